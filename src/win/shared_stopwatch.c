/*
 * The stopwatch shared by the UI thread and the clock thread. See shared_stopwatch.h.
 * Lock hold times are a few hundred instructions (a copy of the laps for an export is one
 * memcpy of the totals; the allocations under the lock are the lap array's amortised growth,
 * a note, and that copy); nothing here waits or calls into windows while holding it.
 */
#include "shared_stopwatch.h"

#include <stdlib.h>

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

/* A correction: `set` the time to `value` ticks, or add `amount` ticks (negative: take away). */
stopwatch_result shared_stopwatch_correct(shared_stopwatch *shared, bool set, uint64_t value,
                                          int64_t amount)
{
    stopwatch_result result;
    stopwatch_state before;

    EnterCriticalSection(&shared->lock);
    before = stopwatch_get_state(&shared->watch);
    result = set ? stopwatch_set_elapsed(&shared->watch, performance_counter_now(), value)
                 : stopwatch_correct(&shared->watch, performance_counter_now(), amount);
    if (result == STOPWATCH_OK)
    {
        if (before == STOPWATCH_STOPPED)
            shared->epoch++; /* a new run, from a time set on a stopwatch at zero */
        notify_listener(shared); /* the clock's pacing anchors on the new time */
    }
    LeaveCriticalSection(&shared->lock);
    return result;
}

stopwatch_undo_kind shared_stopwatch_next_undo(shared_stopwatch *shared, int64_t *correction)
{
    stopwatch_undo_kind kind;

    EnterCriticalSection(&shared->lock);
    kind = stopwatch_next_undo(&shared->watch, correction);
    LeaveCriticalSection(&shared->lock);
    return kind;
}

stopwatch_result shared_stopwatch_undo(shared_stopwatch *shared)
{
    stopwatch_result result;
    stopwatch_state before;

    EnterCriticalSection(&shared->lock);
    before = stopwatch_get_state(&shared->watch);
    result = stopwatch_undo(&shared->watch);
    if (result == STOPWATCH_OK && stopwatch_get_state(&shared->watch) != before)
    {
        shared->epoch++; /* the time jumped back from zero: a new epoch for observers */
        notify_listener(shared);
    }
    LeaveCriticalSection(&shared->lock);
    return result;
}

laps_note_result shared_stopwatch_set_note(shared_stopwatch *shared, size_t index,
                                           const char *text)
{
    laps_note_result result;

    EnterCriticalSection(&shared->lock);
    result = stopwatch_set_note(&shared->watch, index, text);
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
    snapshot->statistics = laps_statistics(stopwatch_laps(&shared->watch));
    snapshot->can_undo = stopwatch_can_undo(&shared->watch);
    snapshot->epoch = shared->epoch;
    LeaveCriticalSection(&shared->lock);
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

BOOL shared_stopwatch_lap_cell(shared_stopwatch *shared, size_t index, lap_column column,
                               char *text, size_t size, lap_mark *mark)
{
    BOOL found;

    EnterCriticalSection(&shared->lock);
    found = index < stopwatch_lap_count(&shared->watch);
    if (found)
    {
        lap_text_cell(text, size, stopwatch_laps(&shared->watch), index, column,
                      shared->watch.frequency);
        *mark = lap_text_mark(stopwatch_laps(&shared->watch), index);
    }
    LeaveCriticalSection(&shared->lock);
    return found;
}

size_t shared_stopwatch_lap_correction(shared_stopwatch *shared, size_t index, char *text,
                                       size_t size, const char *word)
{
    size_t length;

    EnterCriticalSection(&shared->lock);
    length = lap_text_correction(text, size, stopwatch_laps(&shared->watch), index,
                                 shared->watch.frequency, word);
    LeaveCriticalSection(&shared->lock);
    return length;
}

BOOL shared_stopwatch_copy_laps(shared_stopwatch *shared, laps *copy, uint64_t *frequency)
{
    BOOL copied;

    EnterCriticalSection(&shared->lock);
    copied = laps_copy(copy, stopwatch_laps(&shared->watch));
    *frequency = shared->watch.frequency;
    LeaveCriticalSection(&shared->lock);
    return copied;
}

static void read_view(shared_stopwatch *shared, stopwatch_persist_view *view)
{
    view->now = performance_counter_now();
    view->state = stopwatch_get_state(&shared->watch);
    view->banked = shared->watch.banked_ticks;
    view->run_start = shared->watch.run_start;
    view->frequency = shared->watch.frequency;
    view->lap_count = stopwatch_lap_count(&shared->watch);
}

void shared_stopwatch_persist_view(shared_stopwatch *shared, stopwatch_persist_view *view)
{
    EnterCriticalSection(&shared->lock);
    read_view(shared, view);
    LeaveCriticalSection(&shared->lock);
}

BOOL shared_stopwatch_copy_for_saving(shared_stopwatch *shared, stopwatch_persist_view *view,
                                      laps *copy)
{
    BOOL copied;

    EnterCriticalSection(&shared->lock);
    read_view(shared, view);
    copied = laps_copy(copy, stopwatch_laps(&shared->watch));
    LeaveCriticalSection(&shared->lock);
    return copied;
}

void shared_stopwatch_restore(shared_stopwatch *shared, stopwatch_state state, uint64_t banked,
                              uint64_t run_start, laps *laps)
{
    EnterCriticalSection(&shared->lock);
    stopwatch_restore(&shared->watch, state, banked, run_start, laps);
    shared->epoch++;
    notify_listener(shared);
    LeaveCriticalSection(&shared->lock);
}

BOOL shared_stopwatch_copy_reset(shared_stopwatch *shared, laps *copy, uint64_t *total,
                                 uint64_t *frequency)
{
    BOOL copied = FALSE;

    EnterCriticalSection(&shared->lock);
    if (shared->watch.state == STOPWATCH_STOPPED && shared->watch.reset_undoable)
    {
        copied = laps_copy(copy, &shared->watch.reset_laps);
        *total = shared->watch.reset_banked_ticks;
        *frequency = shared->watch.frequency;
    }
    LeaveCriticalSection(&shared->lock);
    return copied;
}
