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
    unsigned long epoch;
} stopwatch_snapshot;

void shared_stopwatch_initialize(shared_stopwatch *shared);
void shared_stopwatch_delete(shared_stopwatch *shared);
void shared_stopwatch_set_listener(shared_stopwatch *shared, HANDLE event);

stopwatch_result shared_stopwatch_toggle(shared_stopwatch *shared);
stopwatch_result shared_stopwatch_lap(shared_stopwatch *shared);
stopwatch_result shared_stopwatch_reset(shared_stopwatch *shared);

void shared_stopwatch_snapshot(shared_stopwatch *shared, stopwatch_snapshot *snapshot);
BOOL shared_stopwatch_is_running(shared_stopwatch *shared);
/* Lap `index` (0 = first): its own ticks and its total; FALSE when out of range. */
BOOL shared_stopwatch_get_lap(shared_stopwatch *shared, size_t index, uint64_t *lap_ticks,
                              uint64_t *total_ticks);
/* A copy of the lap totals, malloc'd (free it), in *totals and *count; FALSE, with both
 * untouched, when out of memory. With no laps: TRUE, *totals NULL and *count 0. The copy is
 * made under the lock and is all the lock covers: formatting a million laps happens outside,
 * so the clock thread is never kept waiting. */
BOOL shared_stopwatch_copy_lap_totals(shared_stopwatch *shared, uint64_t **totals,
                                      size_t *count);

#endif
