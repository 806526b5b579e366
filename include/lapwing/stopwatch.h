/*
 * The stopwatch: a state machine over caller-supplied integer ticks.
 *
 * It never reads a clock itself. Every call that depends on time takes `now`, a reading of a
 * monotonic counter whose frequency was given at creation, so tests drive it with a fake tick
 * source and the Windows shell with QueryPerformanceCounter. Elapsed time is the sum of the
 * completed running intervals plus (now - start of the current one): it is never accumulated
 * from timer ticks, so it cannot drift however often (or rarely) anyone looks at it.
 *
 * States:
 *   STOPWATCH_STOPPED  nothing measured: elapsed is zero and there are no laps
 *   STOPWATCH_RUNNING  measuring
 *   STOPWATCH_PAUSED   stopped with time (and maybe laps) to show; resume or reset
 *
 * Laps store their total (split) time; a lap's own time is its total minus the previous total.
 * They live in one growable array of 64-bit totals so that a million laps cost 8 MB and any lap
 * is found in constant time (the lap list view is virtual and asks for rows by index); see
 * laps.h for their statistics and notes.
 *
 * Undo: the last reset can be undone while the stopwatch still stands at zero (the laps and the
 * time come back, paused: a reset only sets them aside, in O(1)); otherwise undo removes the
 * newest lap, again and again, while the clock keeps running. Starting a new run drops what the
 * reset set aside.
 *
 * Not thread-safe: the Windows shell guards one instance with a lock.
 */
#ifndef LAPWING_STOPWATCH_H
#define LAPWING_STOPWATCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lapwing/laps.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum stopwatch_state
{
    STOPWATCH_STOPPED,
    STOPWATCH_RUNNING,
    STOPWATCH_PAUSED
} stopwatch_state;

typedef enum stopwatch_result
{
    STOPWATCH_OK = 0,
    STOPWATCH_IGNORED,      /* the action does not apply in this state; nothing changed */
    STOPWATCH_OUT_OF_MEMORY /* a lap could not be stored; nothing changed */
} stopwatch_result;

typedef struct stopwatch
{
    uint64_t frequency;      /* ticks per second of the tick source, > 0 */
    uint64_t banked_ticks;   /* sum of the completed running intervals */
    uint64_t run_start;      /* tick at which the current running interval began */
    stopwatch_state state;
    laps laps;
    laps reset_laps;         /* what the last reset set aside, while it can be undone */
    uint64_t reset_banked_ticks;
    bool reset_undoable;
} stopwatch;

/* A fresh, stopped stopwatch for a tick source of `frequency` ticks per second. */
void stopwatch_initialize(stopwatch *watch, uint64_t frequency);
/* Frees the laps. The stopwatch may be initialised again afterwards. */
void stopwatch_delete(stopwatch *watch);

/* Stopped or paused: starts or resumes. Running: pauses. */
stopwatch_result stopwatch_toggle(stopwatch *watch, uint64_t now);
stopwatch_result stopwatch_start(stopwatch *watch, uint64_t now);  /* stopped or paused only */
stopwatch_result stopwatch_pause(stopwatch *watch, uint64_t now);  /* running only */
/* Records a lap at `now`; running only. */
stopwatch_result stopwatch_lap(stopwatch *watch, uint64_t now);
/* Back to zero with no laps; paused only (a running stopwatch must be stopped first). */
stopwatch_result stopwatch_reset(stopwatch *watch);
/* Undoes the last reset, or else removes the newest lap (see above). */
stopwatch_result stopwatch_undo(stopwatch *watch);
bool stopwatch_can_undo(const stopwatch *watch);

/* Elapsed ticks at `now`. A `now` earlier than the current run's start counts as its start. */
uint64_t stopwatch_elapsed(const stopwatch *watch, uint64_t now);

stopwatch_state stopwatch_get_state(const stopwatch *watch);
size_t stopwatch_lap_count(const stopwatch *watch);
/* Total (split) ticks of lap `index` (0 = the first lap recorded); 0 when out of range. */
uint64_t stopwatch_lap_total(const stopwatch *watch, size_t index);
/* Ticks of lap `index` alone: its total minus the previous lap's total. */
uint64_t stopwatch_lap_ticks(const stopwatch *watch, size_t index);
/* The lap totals, oldest first (stopwatch_lap_count of them); valid until the next change. */
const uint64_t *stopwatch_lap_totals(const stopwatch *watch);
/* The laps themselves, for their statistics, deltas and notes; valid until the next change. */
const laps *stopwatch_laps(const stopwatch *watch);
/* Puts a saved stopwatch back: `state`, `banked` ticks, the current run's start tick (when
 * running), and `laps` (taken over: it is left empty). Nothing to undo afterwards. */
void stopwatch_restore(stopwatch *watch, stopwatch_state state, uint64_t banked,
                       uint64_t run_start, laps *laps);
/* Sets lap `index`'s note; see laps_set_note. */
laps_note_result stopwatch_set_note(stopwatch *watch, size_t index, const char *text);

#ifdef __cplusplus
}
#endif

#endif
