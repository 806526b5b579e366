/*
 * The stopwatch state machine. See stopwatch.h for the model.
 */
#include "lapwing/stopwatch.h"

#include <string.h>

#include "lapwing/ticks.h"

void stopwatch_initialize(stopwatch *watch, uint64_t frequency)
{
    memset(watch, 0, sizeof(*watch));
    watch->frequency = frequency ? frequency : 1;
    watch->state = STOPWATCH_STOPPED;
    laps_initialize(&watch->laps);
    laps_initialize(&watch->reset_laps);
}

void stopwatch_delete(stopwatch *watch)
{
    laps_delete(&watch->laps);
    laps_delete(&watch->reset_laps);
    watch->reset_undoable = false;
}

static uint64_t current_run_ticks(const stopwatch *watch, uint64_t now)
{
    /* The counter is monotonic, but a caller may pass a reading taken just before another
     * thread started the run: treat it as the start rather than wrapping around. */
    return now > watch->run_start ? now - watch->run_start : 0;
}

uint64_t stopwatch_elapsed(const stopwatch *watch, uint64_t now)
{
    if (watch->state == STOPWATCH_RUNNING)
        return watch->banked_ticks + current_run_ticks(watch, now);
    return watch->banked_ticks;
}

stopwatch_result stopwatch_start(stopwatch *watch, uint64_t now)
{
    if (watch->state == STOPWATCH_RUNNING)
        return STOPWATCH_IGNORED;
    if (watch->state == STOPWATCH_STOPPED)
    {
        /* A new run: the reset can no longer be undone. */
        laps_delete(&watch->reset_laps);
        watch->reset_undoable = false;
    }
    watch->run_start = now;
    watch->state = STOPWATCH_RUNNING;
    return STOPWATCH_OK;
}

stopwatch_result stopwatch_pause(stopwatch *watch, uint64_t now)
{
    if (watch->state != STOPWATCH_RUNNING)
        return STOPWATCH_IGNORED;
    watch->banked_ticks += current_run_ticks(watch, now);
    watch->state = STOPWATCH_PAUSED;
    return STOPWATCH_OK;
}

stopwatch_result stopwatch_toggle(stopwatch *watch, uint64_t now)
{
    if (watch->state == STOPWATCH_RUNNING)
        return stopwatch_pause(watch, now);
    return stopwatch_start(watch, now);
}

stopwatch_result stopwatch_lap(stopwatch *watch, uint64_t now)
{
    if (watch->state != STOPWATCH_RUNNING)
        return STOPWATCH_IGNORED;
    return laps_append(&watch->laps, stopwatch_elapsed(watch, now)) ? STOPWATCH_OK
                                                                     : STOPWATCH_OUT_OF_MEMORY;
}

stopwatch_result stopwatch_reset(stopwatch *watch)
{
    laps set_aside;

    if (watch->state != STOPWATCH_PAUSED)
        return STOPWATCH_IGNORED;
    /* Set the laps aside instead of freeing them: swapped back by an undo. */
    laps_clear(&watch->reset_laps);
    set_aside = watch->reset_laps;
    watch->reset_laps = watch->laps;
    watch->laps = set_aside;
    watch->reset_banked_ticks = watch->banked_ticks;
    watch->reset_undoable = true;
    watch->banked_ticks = 0;
    watch->run_start = 0;
    watch->state = STOPWATCH_STOPPED;
    return STOPWATCH_OK;
}

stopwatch_undo_kind stopwatch_next_undo(const stopwatch *watch, int64_t *correction)
{
    if (watch->state == STOPWATCH_STOPPED)
        return watch->reset_undoable ? STOPWATCH_UNDO_RESET : STOPWATCH_UNDO_NOTHING;
    /* With no laps, any correction is newer than the (absent) newest lap. */
    if (laps_last_is_correction(&watch->laps))
    {
        if (correction)
            *correction = watch->laps.corrections[watch->laps.correction_count - 1].amount;
        return STOPWATCH_UNDO_CORRECTION;
    }
    return watch->laps.count > 0 ? STOPWATCH_UNDO_LAP : STOPWATCH_UNDO_NOTHING;
}

bool stopwatch_can_undo(const stopwatch *watch)
{
    return stopwatch_next_undo(watch, NULL) != STOPWATCH_UNDO_NOTHING;
}

static uint64_t magnitude_of(int64_t amount)
{
    /* -(INT64_MIN) does not fit an int64_t: negate one less, then add it back. */
    return amount < 0 ? (uint64_t)(-(amount + 1)) + 1 : (uint64_t)amount;
}

/* Takes the newest correction's amount away from the banked time. Running, this moves the
 * elapsed time by exactly the amount without touching the current interval. Only a damaged
 * restore can bank less than a correction made since, so the clamps never apply to a
 * stopwatch that got its corrections from stopwatch_correct. */
static void undo_correction(stopwatch *watch)
{
    int64_t amount = watch->laps.corrections[watch->laps.correction_count - 1].amount;
    uint64_t magnitude = magnitude_of(amount), maximum = stopwatch_max_ticks(watch);

    laps_remove_last_correction(&watch->laps);
    if (amount > 0)
        watch->banked_ticks = watch->banked_ticks > magnitude ? watch->banked_ticks - magnitude
                                                              : 0;
    else if (watch->banked_ticks > maximum || magnitude > maximum - watch->banked_ticks)
        watch->banked_ticks = maximum;
    else
        watch->banked_ticks += magnitude;
    /* A time set on a stopped stopwatch, taken back: stopped again, as it was. */
    if (watch->state == STOPWATCH_PAUSED && watch->banked_ticks == 0 && !watch->laps.count &&
        !watch->laps.correction_count)
    {
        watch->state = STOPWATCH_STOPPED;
        watch->run_start = 0;
    }
}

stopwatch_result stopwatch_undo(stopwatch *watch)
{
    laps cleared;

    switch (stopwatch_next_undo(watch, NULL))
    {
    case STOPWATCH_UNDO_RESET:
        cleared = watch->laps;
        watch->laps = watch->reset_laps;
        watch->reset_laps = cleared;
        watch->banked_ticks = watch->reset_banked_ticks;
        watch->reset_undoable = false;
        watch->state = STOPWATCH_PAUSED;
        return STOPWATCH_OK;
    case STOPWATCH_UNDO_CORRECTION:
        undo_correction(watch);
        return STOPWATCH_OK;
    case STOPWATCH_UNDO_LAP:
        laps_remove_last(&watch->laps);
        return STOPWATCH_OK;
    default:
        return STOPWATCH_IGNORED;
    }
}

uint64_t stopwatch_max_ticks(const stopwatch *watch)
{
    uint64_t ticks = ticks_multiply_divide(STOPWATCH_MAX_SECONDS, watch->frequency, 1);

    return ticks > (uint64_t)INT64_MAX ? (uint64_t)INT64_MAX : ticks;
}

/* The time `elapsed` corrected by `amount`, or why it cannot be. */
static stopwatch_result corrected_time(const stopwatch *watch, uint64_t elapsed, int64_t amount,
                                       uint64_t *corrected)
{
    uint64_t magnitude = magnitude_of(amount), maximum = stopwatch_max_ticks(watch);
    size_t count = watch->laps.count;

    if (amount < 0)
    {
        if (magnitude > elapsed)
            return STOPWATCH_NEGATIVE;
        *corrected = elapsed - magnitude;
    }
    else
    {
        if (elapsed > maximum || magnitude > maximum - elapsed)
            return STOPWATCH_TOO_LARGE;
        *corrected = elapsed + magnitude;
    }
    /* The laps before keep their totals: the current lap cannot become negative. */
    if (count && *corrected < watch->laps.totals[count - 1])
        return STOPWATCH_BELOW_LAST_LAP;
    if (*corrected > maximum)
        return STOPWATCH_TOO_LARGE;
    return STOPWATCH_OK;
}

stopwatch_result stopwatch_correct(stopwatch *watch, uint64_t now, int64_t amount)
{
    uint64_t corrected;
    stopwatch_result result;

    if (amount == 0)
        return STOPWATCH_IGNORED;
    result = corrected_time(watch, stopwatch_elapsed(watch, now), amount, &corrected);
    if (result != STOPWATCH_OK)
        return result;
    if (!laps_add_correction(&watch->laps, amount))
        return STOPWATCH_OUT_OF_MEMORY;
    if (watch->state == STOPWATCH_STOPPED)
    {
        /* "I forgot to start it": a new run, paused at the time set, for the user to resume.
         * Like a start, it drops what a reset set aside. */
        laps_delete(&watch->reset_laps);
        watch->reset_undoable = false;
        watch->state = STOPWATCH_PAUSED;
    }
    else if (watch->state == STOPWATCH_RUNNING && now > watch->run_start)
        watch->run_start = now; /* a stale `now` keeps the start: no time counted twice */
    /* Running, the interval so far is in `corrected`: banked, it restarts at run_start. */
    watch->banked_ticks = corrected;
    return STOPWATCH_OK;
}

stopwatch_result stopwatch_set_elapsed(stopwatch *watch, uint64_t now, uint64_t target)
{
    uint64_t elapsed = stopwatch_elapsed(watch, now);

    if (target > stopwatch_max_ticks(watch))
        return STOPWATCH_TOO_LARGE;
    if (target >= elapsed)
        return stopwatch_correct(watch, now, (int64_t)(target - elapsed));
    if (elapsed - target > (uint64_t)INT64_MAX)
        return STOPWATCH_TOO_LARGE; /* only past the maximum: not a time a correction makes */
    return stopwatch_correct(watch, now, -(int64_t)(elapsed - target));
}

stopwatch_state stopwatch_get_state(const stopwatch *watch)
{
    return watch->state;
}

size_t stopwatch_lap_count(const stopwatch *watch)
{
    return watch->laps.count;
}

uint64_t stopwatch_lap_total(const stopwatch *watch, size_t index)
{
    return laps_total(&watch->laps, index);
}

uint64_t stopwatch_lap_ticks(const stopwatch *watch, size_t index)
{
    return laps_ticks(&watch->laps, index);
}

const uint64_t *stopwatch_lap_totals(const stopwatch *watch)
{
    return watch->laps.totals;
}

const laps *stopwatch_laps(const stopwatch *watch)
{
    return &watch->laps;
}

laps_note_result stopwatch_set_note(stopwatch *watch, size_t index, const char *text)
{
    return laps_set_note(&watch->laps, index, text);
}

void stopwatch_restore(stopwatch *watch, stopwatch_state state, uint64_t banked,
                       uint64_t run_start, laps *laps)
{
    uint64_t frequency = watch->frequency;

    stopwatch_delete(watch);
    stopwatch_initialize(watch, frequency);
    watch->state = state;
    watch->banked_ticks = state == STOPWATCH_STOPPED ? 0 : banked;
    watch->run_start = state == STOPWATCH_RUNNING ? run_start : 0;
    watch->laps = *laps;
    laps_initialize(laps);
}
