/*
 * The stopwatch state machine. See stopwatch.h for the model.
 */
#include "lapwing/stopwatch.h"

#include <string.h>

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

bool stopwatch_can_undo(const stopwatch *watch)
{
    if (watch->state == STOPWATCH_STOPPED)
        return watch->reset_undoable;
    return watch->laps.count > 0;
}

stopwatch_result stopwatch_undo(stopwatch *watch)
{
    if (!stopwatch_can_undo(watch))
        return STOPWATCH_IGNORED;
    if (watch->state == STOPWATCH_STOPPED)
    {
        laps cleared = watch->laps;
        watch->laps = watch->reset_laps;
        watch->reset_laps = cleared;
        watch->banked_ticks = watch->reset_banked_ticks;
        watch->reset_undoable = false;
        watch->state = STOPWATCH_PAUSED;
        return STOPWATCH_OK;
    }
    laps_remove_last(&watch->laps);
    return STOPWATCH_OK;
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
