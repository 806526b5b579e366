/*
 * The stopwatch shared by the UI thread and the clock thread. See shared_stopwatch.h.
 * Lock hold times are a few hundred instructions (a copy of the lap totals is one memcpy; the
 * only allocation under the lock is the lap array's amortised growth); nothing here waits or
 * calls into windows while holding it.
 */
#include "shared_stopwatch.h"

#include <stdlib.h>
#include <string.h>

#include "performance_counter.h"

void shared_stopwatch_initialize(shared_stopwatch *shared)
{
    InitializeCriticalSection(&shared->lock);
    stopwatch_initialize(&shared->watch, performance_counter_frequency());
    shared->listener = NULL;
    shared->epoch = 0;
}

void shared_stopwatch_delete(shared_stopwatch *shared)
{
    stopwatch_delete(&shared->watch);
    DeleteCriticalSection(&shared->lock);
}

void shared_stopwatch_set_listener(shared_stopwatch *shared, HANDLE event)
{
    EnterCriticalSection(&shared->lock);
    shared->listener = event;
    LeaveCriticalSection(&shared->lock);
}

static void notify_listener(shared_stopwatch *shared)
{
    if (shared->listener)
        SetEvent(shared->listener);
}

stopwatch_result shared_stopwatch_toggle(shared_stopwatch *shared)
{
    stopwatch_result result;

    EnterCriticalSection(&shared->lock);
    result = stopwatch_toggle(&shared->watch, performance_counter_now());
    if (result == STOPWATCH_OK)
        notify_listener(shared);
    LeaveCriticalSection(&shared->lock);
    return result;
}

stopwatch_result shared_stopwatch_lap(shared_stopwatch *shared)
{
    stopwatch_result result;

    EnterCriticalSection(&shared->lock);
    result = stopwatch_lap(&shared->watch, performance_counter_now());
    LeaveCriticalSection(&shared->lock);
    return result;
}

stopwatch_result shared_stopwatch_reset(shared_stopwatch *shared)
{
    stopwatch_result result;

    EnterCriticalSection(&shared->lock);
    result = stopwatch_reset(&shared->watch);
    if (result == STOPWATCH_OK)
    {
        shared->epoch++;
        notify_listener(shared);
    }
    LeaveCriticalSection(&shared->lock);
    return result;
}

void shared_stopwatch_snapshot(shared_stopwatch *shared, stopwatch_snapshot *snapshot)
{
    size_t count;

    EnterCriticalSection(&shared->lock);
    snapshot->state = stopwatch_get_state(&shared->watch);
    snapshot->elapsed = stopwatch_elapsed(&shared->watch, performance_counter_now());
    snapshot->frequency = shared->watch.frequency;
    count = stopwatch_lap_count(&shared->watch);
    snapshot->lap_count = count;
    snapshot->last_lap_total = count ? stopwatch_lap_total(&shared->watch, count - 1) : 0;
    snapshot->epoch = shared->epoch;
    LeaveCriticalSection(&shared->lock);
}

BOOL shared_stopwatch_is_running(shared_stopwatch *shared)
{
    BOOL running;

    EnterCriticalSection(&shared->lock);
    running = stopwatch_get_state(&shared->watch) == STOPWATCH_RUNNING;
    LeaveCriticalSection(&shared->lock);
    return running;
}

BOOL shared_stopwatch_get_lap(shared_stopwatch *shared, size_t index, uint64_t *lap_ticks,
                              uint64_t *total_ticks)
{
    BOOL found;

    EnterCriticalSection(&shared->lock);
    found = index < stopwatch_lap_count(&shared->watch);
    if (found)
    {
        *lap_ticks = stopwatch_lap_ticks(&shared->watch, index);
        *total_ticks = stopwatch_lap_total(&shared->watch, index);
    }
    LeaveCriticalSection(&shared->lock);
    return found;
}

BOOL shared_stopwatch_copy_lap_totals(shared_stopwatch *shared, uint64_t **totals,
                                      size_t *count)
{
    uint64_t *copy = NULL;
    size_t room = 0, copied;

    /* Allocate outside the lock, then copy under it; if laps were added in between, grow and
     * try again (laps only ever grow, or go back to none). */
    for (;;)
    {
        EnterCriticalSection(&shared->lock);
        copied = stopwatch_lap_count(&shared->watch);
        if (copied <= room)
        {
            if (copied)
                memcpy(copy, stopwatch_lap_totals(&shared->watch), copied * sizeof(*copy));
            LeaveCriticalSection(&shared->lock);
            break;
        }
        LeaveCriticalSection(&shared->lock);
        free(copy);
        room = copied + copied / 8 + 16;
        copy = room <= SIZE_MAX / sizeof(*copy) ? malloc(room * sizeof(*copy)) : NULL;
        if (!copy)
            return FALSE;
    }
    if (!copied)
    {
        free(copy);
        copy = NULL;
    }
    *totals = copy;
    *count = copied;
    return TRUE;
}
