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
 * Corrections ("I forgot to start it"): the time can be set, or an amount added or taken away,
 * stopped, paused or running (a running stopwatch runs on from the new time; a stopped one
 * becomes paused at it, to be resumed). A correction is never hidden: it is recorded in the laps
 * (lap_correction: the lap it was made in and its signed amount), so it travels with them
 * through a reset and its undo, a copy and a restore. Laps recorded before it keep their totals,
 * so a correction may not take the time below the newest lap's total.
 *
 * Undo: the last reset can be undone while the stopwatch still stands at zero (the laps and the
 * time come back, paused: a reset only sets them aside, in O(1)); otherwise undo takes back the
 * newest change to the laps, again and again, while the clock keeps running: a correction made
 * after the newest lap (its amount taken away again), else the newest lap. Starting a new run
 * (a start or a correction of a stopped stopwatch) drops what the reset set aside.
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

/* The most time a stopwatch holds, about 1,000 years (what the saved state believes too); in
 * ticks also never past INT64_MAX, so that any correction between two times fits an int64_t. */
#define STOPWATCH_MAX_SECONDS (UINT64_C(3600) * 24 * 366 * 1000)

typedef enum stopwatch_result
{
    STOPWATCH_OK = 0,
    STOPWATCH_IGNORED,        /* the action does not apply in this state; nothing changed */
    STOPWATCH_OUT_OF_MEMORY,  /* a lap or a correction could not be stored; nothing changed */
    /* A correction refused, nothing changed: */
    STOPWATCH_NEGATIVE,       /* the time would be below zero */
    STOPWATCH_BELOW_LAST_LAP, /* below the newest lap's total (the current lap would be negative) */
    STOPWATCH_TOO_LARGE       /* past the most a stopwatch holds (stopwatch_max_ticks) */
} stopwatch_result;

/* What the next undo would take back, so that the shell can say it ("Undid the lap"). */
typedef enum stopwatch_undo_kind
{
    STOPWATCH_UNDO_NOTHING,
    STOPWATCH_UNDO_RESET,       /* the laps and the time come back, paused */
    STOPWATCH_UNDO_LAP,         /* the newest lap */
    STOPWATCH_UNDO_CORRECTION   /* the newest correction: its amount is taken away again */
} stopwatch_undo_kind;

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
/* Undoes the last reset, or else the newest correction or lap (see above). Undoing a correction
 * takes its amount away from the time again; a running stopwatch runs on, and a paused one that
 * is back at zero with no laps and no correction left is stopped again (as it was before a time
 * was set on it). */
stopwatch_result stopwatch_undo(stopwatch *watch);
bool stopwatch_can_undo(const stopwatch *watch);
/* What stopwatch_undo would do now; for a correction, its amount in *correction (may be NULL). */
stopwatch_undo_kind stopwatch_next_undo(const stopwatch *watch, int64_t *correction);

/* Corrects the time by `amount` ticks (negative: takes it away) at `now`, in any state, and
 * records the correction in the lap running now. Running: the current interval is banked and
 * restarted at `now` (it runs on from the new time). Stopped: a new run, paused at `amount`.
 * STOPWATCH_IGNORED for an amount of 0; refused (see stopwatch_result) below zero, below the
 * newest lap's total or past stopwatch_max_ticks; STOPWATCH_OUT_OF_MEMORY. Nothing changes
 * unless it is STOPWATCH_OK. */
stopwatch_result stopwatch_correct(stopwatch *watch, uint64_t now, int64_t amount);
/* Sets the time to `target` ticks at `now`: a correction by the difference (the same results;
 * setting the time it already has, 0 on a stopped stopwatch included, is STOPWATCH_IGNORED). */
stopwatch_result stopwatch_set_elapsed(stopwatch *watch, uint64_t now, uint64_t target);
/* The most ticks the stopwatch holds: STOPWATCH_MAX_SECONDS at its frequency, at most
 * INT64_MAX. */
uint64_t stopwatch_max_ticks(const stopwatch *watch);

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
 * running), and `laps` with their corrections (taken over: it is left empty). No reset to undo
 * afterwards; the laps and the corrections can be undone. */
void stopwatch_restore(stopwatch *watch, stopwatch_state state, uint64_t banked,
                       uint64_t run_start, laps *laps);
/* Sets lap `index`'s note; see laps_set_note. */
laps_note_result stopwatch_set_note(stopwatch *watch, size_t index, const char *text);

#ifdef __cplusplus
}
#endif

#endif
