/*
 * The stopwatch state machine. See stopwatch.h for the model.
 */
#include "lapwing/stopwatch.h"

#include <stdlib.h>
#include <string.h>

void stopwatch_initialize(stopwatch *watch, uint64_t frequency)
{
    memset(watch, 0, sizeof(*watch));
    watch->frequency = frequency ? frequency : 1;
    watch->state = STOPWATCH_STOPPED;
}

void stopwatch_delete(stopwatch *watch)
{
    free(watch->lap_totals);
    watch->lap_totals = NULL;
    watch->lap_count = 0;
    watch->lap_capacity = 0;
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

static int reserve_lap(stopwatch *watch)
{
    size_t capacity;
    uint64_t *grown;

    if (watch->lap_count < watch->lap_capacity)
        return 1;
    capacity = watch->lap_capacity ? watch->lap_capacity * 2 : 64;
    if (capacity < watch->lap_capacity || capacity > SIZE_MAX / sizeof(uint64_t))
        return 0;
    grown = realloc(watch->lap_totals, capacity * sizeof(uint64_t));
    if (!grown)
        return 0;
    watch->lap_totals = grown;
    watch->lap_capacity = capacity;
    return 1;
}

stopwatch_result stopwatch_lap(stopwatch *watch, uint64_t now)
{
    uint64_t total;

    if (watch->state != STOPWATCH_RUNNING)
        return STOPWATCH_IGNORED;
    if (!reserve_lap(watch))
        return STOPWATCH_OUT_OF_MEMORY;
    total = stopwatch_elapsed(watch, now);
    /* Laps never go back in time, even if a caller's reading is stale. */
    if (watch->lap_count && total < watch->lap_totals[watch->lap_count - 1])
        total = watch->lap_totals[watch->lap_count - 1];
    watch->lap_totals[watch->lap_count++] = total;
    return STOPWATCH_OK;
}

stopwatch_result stopwatch_reset(stopwatch *watch)
{
    if (watch->state != STOPWATCH_PAUSED)
        return STOPWATCH_IGNORED;
    watch->banked_ticks = 0;
    watch->run_start = 0;
    watch->lap_count = 0;
    watch->state = STOPWATCH_STOPPED;
    return STOPWATCH_OK;
}

stopwatch_state stopwatch_get_state(const stopwatch *watch)
{
    return watch->state;
}

size_t stopwatch_lap_count(const stopwatch *watch)
{
    return watch->lap_count;
}

uint64_t stopwatch_lap_total(const stopwatch *watch, size_t index)
{
    return index < watch->lap_count ? watch->lap_totals[index] : 0;
}

uint64_t stopwatch_lap_ticks(const stopwatch *watch, size_t index)
{
    if (index >= watch->lap_count)
        return 0;
    if (index == 0)
        return watch->lap_totals[0];
    return watch->lap_totals[index] - watch->lap_totals[index - 1];
}

const uint64_t *stopwatch_lap_totals(const stopwatch *watch)
{
    return watch->lap_totals;
}
