/*
 * The stopwatches the UI thread and the clock thread share (lapwing/stopwatch_set.h), behind
 * one CRITICAL_SECTION. The functions without an id or a place act on the selected one, the
 * one the window shows; saving and the history name a stopwatch by its id.
 *
 * Every mutation (buttons, keys, the command line and hotkeys) goes through these
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

#include "lapwing/command_line.h"
#include "lapwing/lap_text.h"
#include "lapwing/stopwatch.h"
#include "lapwing/stopwatch_set.h"

typedef struct shared_stopwatch
{
    CRITICAL_SECTION lock;
    stopwatch_set set;
    HANDLE listener;        /* event set after each change of state; may be NULL */
    /* Incremented by each reset and each change of the selected stopwatch, so observers can
     * tell that the laps they show are not the ones they read before. */
    unsigned long epoch;
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
    size_t stopwatch_count;
    size_t selected;        /* its place */
    size_t running_count;   /* of the whole set */
    bool can_put_back;      /* a stopwatch removed can come back */
    uint32_t selected_id;
} stopwatch_snapshot;

/* One stopwatch, selected. FALSE (GetLastError set) when out of memory: then it has none, and
 * only shared_stopwatch_delete may follow. */
BOOL shared_stopwatch_initialize(shared_stopwatch *shared);
void shared_stopwatch_delete(shared_stopwatch *shared);
void shared_stopwatch_set_listener(shared_stopwatch *shared, HANDLE event);
/* The id of the stopwatch the window shows. */
uint32_t shared_stopwatch_selected_id(shared_stopwatch *shared);
/* Where stopwatch `id` is in the order (0 = first); the count when there is none. */
size_t shared_stopwatch_place_of(shared_stopwatch *shared, uint32_t id);
/* Where the selected stopwatch is in the order (0 = first). */
size_t shared_stopwatch_selected_place(shared_stopwatch *shared);
/* The counter's frequency, the same for every stopwatch. */
uint64_t shared_stopwatch_frequency(shared_stopwatch *shared);

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
    size_t stopwatch_count; /* of the whole set, for the clock: the strip is shown from 2 */
    size_t running_count;
} stopwatch_persist_view;

/* The selected stopwatch's view (the clock thread's one reading a frame). */
void shared_stopwatch_persist_view(shared_stopwatch *shared, stopwatch_persist_view *view);
/* Stopwatch `id`'s view, its lap `index`'s total; FALSE when there is no such stopwatch (or
 * lap). */
BOOL shared_stopwatch_persist_view_of(shared_stopwatch *shared, uint32_t id,
                                      stopwatch_persist_view *view);
BOOL shared_stopwatch_get_lap_of(shared_stopwatch *shared, uint32_t id, size_t index,
                                 uint64_t *total_ticks);
/* The view and a deep copy of stopwatch `id`'s laps, under one lock (for a snapshot); FALSE
 * when there is no such stopwatch or out of memory. */
BOOL shared_stopwatch_copy_for_saving(shared_stopwatch *shared, uint32_t id,
                                      stopwatch_persist_view *view, laps *copy);
/* Puts a saved stopwatch back (see stopwatch_restore), waking the clock thread. */
void shared_stopwatch_restore(shared_stopwatch *shared, uint32_t id, stopwatch_state state,
                              uint64_t banked, uint64_t run_start, laps *laps);

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
/* What stopwatch `id`'s last reset set aside (the run just reset: its laps deep-copied into
 * `copy`, its total in ticks), for the history; FALSE when there is none to undo or out of
 * memory. */
BOOL shared_stopwatch_copy_reset(shared_stopwatch *shared, uint32_t id, laps *copy,
                                 uint64_t *total, uint64_t *frequency);

/* ---- The collection (lapwing/stopwatch_set.h: places count from 0 here) ---- */

/* One stopwatch as the strip shows it, read at one counter reading. */
typedef struct stopwatch_strip_item
{
    uint32_t id;
    char name[STOPWATCH_NAME_MAX_BYTES + 1];
    stopwatch_state state;
    uint64_t elapsed;       /* ticks */
    size_t lap_count;
} stopwatch_strip_item;

/* The ids in order (at most `size` of them written); how many stopwatches there are. */
size_t shared_stopwatch_ids(shared_stopwatch *shared, uint32_t *ids, size_t size);
/* The strip's items in order (at most `size`); how many stopwatches there are. */
size_t shared_stopwatch_strip(shared_stopwatch *shared, stopwatch_strip_item *items,
                              size_t size);
/* A new stopwatch at the end (not selected); its id in *id. */
stopwatch_set_result shared_stopwatch_add(shared_stopwatch *shared, const char *name,
                                          uint32_t *id);
stopwatch_set_result shared_stopwatch_rename(shared_stopwatch *shared, size_t place,
                                             const char *name);
/* Removes (sets aside) the stopwatch at `place`, its id in *id; see stopwatch_set_remove. */
stopwatch_set_result shared_stopwatch_remove(shared_stopwatch *shared, size_t place,
                                             uint32_t *id);
/* A stopwatch with the given `id` (not in use; loading), not named, at the end. */
stopwatch_set_result shared_stopwatch_add_with_id(shared_stopwatch *shared, uint32_t id);
/* The one removed last, back and selected; its id in *id. */
stopwatch_set_result shared_stopwatch_put_back(shared_stopwatch *shared, uint32_t *id);
BOOL shared_stopwatch_can_put_back(shared_stopwatch *shared);
/* Selects `place`; FALSE when out of range or already selected. */
BOOL shared_stopwatch_select(shared_stopwatch *shared, size_t place);
BOOL shared_stopwatch_move(shared_stopwatch *shared, size_t from, size_t to);
/* The place of the stopwatch `text` names (a number from 1, or a name); the count if none. */
size_t shared_stopwatch_find(shared_stopwatch *shared, const char *text);
/* Starts (`start`) every stopwatch not running, or pauses every running one, at one counter
 * reading; how many changed. */
size_t shared_stopwatch_start_all(shared_stopwatch *shared, BOOL start);
/* A lap on the stopwatch at `place` (running only). */
stopwatch_result shared_stopwatch_lap_at(shared_stopwatch *shared, size_t place);
/* Starts, pauses or resumes the stopwatch at `place`, as Space does the selected one. */
stopwatch_result shared_stopwatch_toggle_at(shared_stopwatch *shared, size_t place);
/* command_line_first_unknown_name against the set, under the lock. */
size_t shared_stopwatch_check_request(shared_stopwatch *shared, const command_line *parsed);
/* The list file's text (stopwatches.txt); FALSE when out of memory. */
BOOL shared_stopwatch_write_list(shared_stopwatch *shared, text_buffer *buffer);
/* Reads the list file into the set as shared_stopwatch_initialize left it. */
void shared_stopwatch_read_list(shared_stopwatch *shared, const char *text, size_t length,
                                stopwatch_list_report *report);

#endif
