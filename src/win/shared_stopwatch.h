/*
 * The one stopwatch the UI thread and the clock thread share, behind a CRITICAL_SECTION.
 *
 * Every mutation (buttons, keys, and later the command line and hotkeys) goes through these
 * functions; each takes the lock, reads QueryPerformanceCounter under it, and changes the core
 * stopwatch. Reading the counter inside the lock orders the readings with the mutations, so a
 * snapshot can never see a lap later than its own `now`.
 *
 * After a change of state (start, stop, reset) the listener event, if one is set, is signalled:
 * that is how the clock thread, blocked while nothing runs, learns that it has work again.
 */
#ifndef LAPWING_SHARED_STOPWATCH_H
#define LAPWING_SHARED_STOPWATCH_H

#include <windows.h>

#include "lapwing/lap_text.h"
#include "lapwing/stopwatch.h"

typedef struct shared_stopwatch
{
    CRITICAL_SECTION lock;
    stopwatch watch;
    HANDLE listener;        /* event set after each change of state; may be NULL */
    unsigned long epoch;    /* incremented by each reset, so observers can tell a reset apart */
} shared_stopwatch;

/* A consistent reading of the shared stopwatch, taken under the lock. */
typedef struct stopwatch_snapshot
{
    stopwatch_state state;
    uint64_t elapsed;       /* ticks when the snapshot was taken */
    uint64_t frequency;
    size_t lap_count;
    uint64_t last_lap_total; /* 0 when there are no laps */
    lap_statistics statistics;
    bool can_undo;
    unsigned long epoch;
} stopwatch_snapshot;

void shared_stopwatch_initialize(shared_stopwatch *shared);
void shared_stopwatch_delete(shared_stopwatch *shared);
void shared_stopwatch_set_listener(shared_stopwatch *shared, HANDLE event);

stopwatch_result shared_stopwatch_toggle(shared_stopwatch *shared);
stopwatch_result shared_stopwatch_lap(shared_stopwatch *shared);
stopwatch_result shared_stopwatch_reset(shared_stopwatch *shared);
stopwatch_result shared_stopwatch_undo(shared_stopwatch *shared);
/* A correction of the time: set to `value` ticks (`set`), or `amount` ticks added (negative:
 * taken away); see stopwatch_correct. */
stopwatch_result shared_stopwatch_correct(shared_stopwatch *shared, bool set, uint64_t value,
                                          int64_t amount);
/* What the next undo would take back (a correction's amount in *correction; may be NULL). */
stopwatch_undo_kind shared_stopwatch_next_undo(shared_stopwatch *shared, int64_t *correction);
laps_note_result shared_stopwatch_set_note(shared_stopwatch *shared, size_t index,
                                           const char *text);

void shared_stopwatch_snapshot(shared_stopwatch *shared, stopwatch_snapshot *snapshot);
/* Lap `index` (0 = first): its own ticks and its total; FALSE when out of range. */
BOOL shared_stopwatch_get_lap(shared_stopwatch *shared, size_t index, uint64_t *lap_ticks,
                              uint64_t *total_ticks);
/* What saving needs, read under the lock at one counter reading `now`. */
typedef struct stopwatch_persist_view
{
    stopwatch_state state;
    uint64_t banked;        /* ticks */
    uint64_t run_start;     /* ticks, while running */
    uint64_t now;           /* the counter when read */
    uint64_t frequency;
    size_t lap_count;
} stopwatch_persist_view;

void shared_stopwatch_persist_view(shared_stopwatch *shared, stopwatch_persist_view *view);
/* The view and a deep copy of the laps, under one lock (for a snapshot); FALSE when out of
 * memory. */
BOOL shared_stopwatch_copy_for_saving(shared_stopwatch *shared, stopwatch_persist_view *view,
                                      laps *copy);
/* Puts a saved stopwatch back (see stopwatch_restore), waking the clock thread. */
void shared_stopwatch_restore(shared_stopwatch *shared, stopwatch_state state, uint64_t banked,
                              uint64_t run_start, laps *laps);

/* The text of one cell of lap `index` (see lap_text_cell) and its best/worst mark; FALSE when
 * out of range. Formats one cell under the lock: cheap. */
BOOL shared_stopwatch_lap_cell(shared_stopwatch *shared, size_t index, lap_column column,
                               char *text, size_t size, lap_mark *mark);
/* Lap `index`'s correction mark ("corrected +1:00.00", `word` the shell's), empty and 0 when
 * it has none; `index` may be the lap running now (the lap count). */
size_t shared_stopwatch_lap_correction(shared_stopwatch *shared, size_t index, char *text,
                                       size_t size, const char *word);
/* A deep copy of the laps (laps_copy) in `copy`, to format exports outside the lock, and the
 * counter's frequency; FALSE when out of memory. The copy is one memcpy of the totals and the
 * few notes: milliseconds at a million laps, so the clock thread never waits long. */
BOOL shared_stopwatch_copy_laps(shared_stopwatch *shared, laps *copy, uint64_t *frequency);
/* What the last reset set aside (the run just reset: its laps deep-copied into `copy`, its
 * total in ticks), for the history; FALSE when there is none to undo or out of memory. */
BOOL shared_stopwatch_copy_reset(shared_stopwatch *shared, laps *copy, uint64_t *total,
                                 uint64_t *frequency);

#endif
