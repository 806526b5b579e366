/*
 * The stopwatches shared by the UI thread and the clock thread. See shared_stopwatch.h.
 * Lock hold times are a few hundred instructions (a copy of the laps for an export is one
 * memcpy of the totals; the allocations under the lock are the lap array's amortised growth,
 * a note, and that copy); nothing here waits or calls into windows while holding it.
 */
#include "shared_stopwatch.h"

#include <stdlib.h>
#include <string.h>

#include "performance_counter.h"

/* The stopwatch the window shows, which every command without a place acts on. */
#define SELECTED(shared) (&stopwatch_set_selected(&(shared)->set)->watch)

BOOL shared_stopwatch_initialize(shared_stopwatch *shared)
{
    InitializeCriticalSection(&shared->lock);
    shared->listener = NULL;
    shared->epoch = 0;
    if (stopwatch_set_initialize(&shared->set, performance_counter_frequency()))
        return TRUE;
    /* The lock stays for shared_stopwatch_delete; the set is empty (count 0). */
    SetLastError(ERROR_NOT_ENOUGH_MEMORY);
    return FALSE;
}

void shared_stopwatch_delete(shared_stopwatch *shared)
{
    stopwatch_set_delete(&shared->set);
    DeleteCriticalSection(&shared->lock);
}

uint64_t shared_stopwatch_frequency(shared_stopwatch *shared)
{
    return shared->set.frequency; /* set once, before any other thread exists */
}

uint32_t shared_stopwatch_selected_id(shared_stopwatch *shared)
{
    uint32_t id;

    EnterCriticalSection(&shared->lock);
    id = stopwatch_set_selected(&shared->set)->id;
    LeaveCriticalSection(&shared->lock);
    return id;
}

size_t shared_stopwatch_place_of(shared_stopwatch *shared, uint32_t id)
{
    size_t place;

    EnterCriticalSection(&shared->lock);
    place = stopwatch_set_place_of(&shared->set, id);
    LeaveCriticalSection(&shared->lock);
    return place;
}

size_t shared_stopwatch_selected_place(shared_stopwatch *shared)
{
    size_t place;

    EnterCriticalSection(&shared->lock);
    place = shared->set.selected;
    LeaveCriticalSection(&shared->lock);
    return place;
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
    result = stopwatch_toggle(SELECTED(shared), performance_counter_now());
    if (result == STOPWATCH_OK)
        notify_listener(shared);
    LeaveCriticalSection(&shared->lock);
    return result;
}

stopwatch_result shared_stopwatch_lap(shared_stopwatch *shared)
{
    stopwatch_result result;

    EnterCriticalSection(&shared->lock);
    result = stopwatch_lap(SELECTED(shared), performance_counter_now());
    LeaveCriticalSection(&shared->lock);
    return result;
}

stopwatch_result shared_stopwatch_reset(shared_stopwatch *shared)
{
    stopwatch_result result;

    EnterCriticalSection(&shared->lock);
    result = stopwatch_reset(SELECTED(shared));
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
    before = stopwatch_get_state(SELECTED(shared));
    result = set ? stopwatch_set_elapsed(SELECTED(shared), performance_counter_now(), value)
                 : stopwatch_correct(SELECTED(shared), performance_counter_now(), amount);
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
    kind = stopwatch_next_undo(SELECTED(shared), correction);
    LeaveCriticalSection(&shared->lock);
    return kind;
}

stopwatch_result shared_stopwatch_undo(shared_stopwatch *shared)
{
    stopwatch_result result;
    stopwatch_state before;

    EnterCriticalSection(&shared->lock);
    before = stopwatch_get_state(SELECTED(shared));
    result = stopwatch_undo(SELECTED(shared));
    if (result == STOPWATCH_OK && stopwatch_get_state(SELECTED(shared)) != before)
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
    result = stopwatch_set_note(SELECTED(shared), index, text);
    LeaveCriticalSection(&shared->lock);
    return result;
}

void shared_stopwatch_snapshot(shared_stopwatch *shared, stopwatch_snapshot *snapshot)
{
    size_t count;

    EnterCriticalSection(&shared->lock);
    snapshot->state = stopwatch_get_state(SELECTED(shared));
    snapshot->elapsed = stopwatch_elapsed(SELECTED(shared), performance_counter_now());
    snapshot->frequency = shared->set.frequency;
    count = stopwatch_lap_count(SELECTED(shared));
    snapshot->lap_count = count;
    snapshot->last_lap_total = count ? stopwatch_lap_total(SELECTED(shared), count - 1) : 0;
    snapshot->statistics = laps_statistics(stopwatch_laps(SELECTED(shared)));
    snapshot->can_undo = stopwatch_can_undo(SELECTED(shared));
    snapshot->epoch = shared->epoch;
    snapshot->stopwatch_count = shared->set.count;
    snapshot->selected = shared->set.selected;
    snapshot->running_count = stopwatch_set_running_count(&shared->set);
    snapshot->can_put_back = stopwatch_set_can_put_back(&shared->set);
    snapshot->selected_id = stopwatch_set_selected(&shared->set)->id;
    LeaveCriticalSection(&shared->lock);
}

BOOL shared_stopwatch_get_lap(shared_stopwatch *shared, size_t index, uint64_t *lap_ticks,
                              uint64_t *total_ticks)
{
    BOOL found;

    EnterCriticalSection(&shared->lock);
    found = index < stopwatch_lap_count(SELECTED(shared));
    if (found)
    {
        *lap_ticks = stopwatch_lap_ticks(SELECTED(shared), index);
        *total_ticks = stopwatch_lap_total(SELECTED(shared), index);
    }
    LeaveCriticalSection(&shared->lock);
    return found;
}

BOOL shared_stopwatch_lap_cell(shared_stopwatch *shared, size_t index, lap_column column,
                               char *text, size_t size, lap_mark *mark)
{
    BOOL found;

    EnterCriticalSection(&shared->lock);
    found = index < stopwatch_lap_count(SELECTED(shared));
    if (found)
    {
        lap_text_cell(text, size, stopwatch_laps(SELECTED(shared)), index, column,
                      shared->set.frequency);
        *mark = lap_text_mark(stopwatch_laps(SELECTED(shared)), index);
    }
    LeaveCriticalSection(&shared->lock);
    return found;
}

size_t shared_stopwatch_lap_correction(shared_stopwatch *shared, size_t index, char *text,
                                       size_t size, const char *word)
{
    size_t length;

    EnterCriticalSection(&shared->lock);
    length = lap_text_correction(text, size, stopwatch_laps(SELECTED(shared)), index,
                                 shared->set.frequency, word);
    LeaveCriticalSection(&shared->lock);
    return length;
}

BOOL shared_stopwatch_copy_laps(shared_stopwatch *shared, laps *copy, uint64_t *frequency)
{
    BOOL copied;

    EnterCriticalSection(&shared->lock);
    copied = laps_copy(copy, stopwatch_laps(SELECTED(shared)));
    *frequency = shared->set.frequency;
    LeaveCriticalSection(&shared->lock);
    return copied;
}

/* The stopwatch with `id`, or NULL (removed, or never there); under the lock. */
static stopwatch *watch_of(shared_stopwatch *shared, uint32_t id)
{
    size_t place = stopwatch_set_place_of(&shared->set, id);
    return place < shared->set.count ? &stopwatch_set_at(&shared->set, place)->watch : NULL;
}

static void read_view(shared_stopwatch *shared, const stopwatch *watch,
                      stopwatch_persist_view *view)
{
    view->now = performance_counter_now();
    view->state = stopwatch_get_state(watch);
    view->banked = watch->banked_ticks;
    view->run_start = watch->run_start;
    view->frequency = watch->frequency;
    view->lap_count = stopwatch_lap_count(watch);
    view->stopwatch_count = shared->set.count;
    view->running_count = stopwatch_set_running_count(&shared->set);
}

void shared_stopwatch_persist_view(shared_stopwatch *shared, stopwatch_persist_view *view)
{
    EnterCriticalSection(&shared->lock);
    read_view(shared, SELECTED(shared), view);
    LeaveCriticalSection(&shared->lock);
}

BOOL shared_stopwatch_persist_view_of(shared_stopwatch *shared, uint32_t id,
                                      stopwatch_persist_view *view)
{
    stopwatch *watch;

    EnterCriticalSection(&shared->lock);
    if ((watch = watch_of(shared, id)) != NULL)
        read_view(shared, watch, view);
    LeaveCriticalSection(&shared->lock);
    return watch != NULL;
}

BOOL shared_stopwatch_get_lap_of(shared_stopwatch *shared, uint32_t id, size_t index,
                                 uint64_t *total_ticks)
{
    stopwatch *watch;
    BOOL found = FALSE;

    EnterCriticalSection(&shared->lock);
    if ((watch = watch_of(shared, id)) != NULL && index < stopwatch_lap_count(watch))
    {
        *total_ticks = stopwatch_lap_total(watch, index);
        found = TRUE;
    }
    LeaveCriticalSection(&shared->lock);
    return found;
}

BOOL shared_stopwatch_copy_for_saving(shared_stopwatch *shared, uint32_t id,
                                      stopwatch_persist_view *view, laps *copy)
{
    stopwatch *watch;
    BOOL copied = FALSE;

    EnterCriticalSection(&shared->lock);
    if ((watch = watch_of(shared, id)) != NULL)
    {
        read_view(shared, watch, view);
        copied = laps_copy(copy, stopwatch_laps(watch));
    }
    LeaveCriticalSection(&shared->lock);
    return copied;
}

void shared_stopwatch_restore(shared_stopwatch *shared, uint32_t id, stopwatch_state state,
                              uint64_t banked, uint64_t run_start, laps *laps)
{
    stopwatch *watch;

    EnterCriticalSection(&shared->lock);
    if ((watch = watch_of(shared, id)) != NULL)
        stopwatch_restore(watch, state, banked, run_start, laps);
    shared->epoch++;
    notify_listener(shared);
    LeaveCriticalSection(&shared->lock);
}

BOOL shared_stopwatch_copy_reset(shared_stopwatch *shared, uint32_t id, laps *copy,
                                 uint64_t *total, uint64_t *frequency)
{
    stopwatch *watch;
    BOOL copied = FALSE;

    EnterCriticalSection(&shared->lock);
    watch = watch_of(shared, id);
    if (watch && watch->state == STOPWATCH_STOPPED && watch->reset_undoable)
    {
        copied = laps_copy(copy, &watch->reset_laps);
        *total = watch->reset_banked_ticks;
        *frequency = watch->frequency;
    }
    LeaveCriticalSection(&shared->lock);
    return copied;
}

/* ---- The collection ---- */

size_t shared_stopwatch_ids(shared_stopwatch *shared, uint32_t *ids, size_t size)
{
    size_t i, count;

    EnterCriticalSection(&shared->lock);
    count = shared->set.count;
    for (i = 0; i < count && i < size; i++)
        ids[i] = stopwatch_set_at(&shared->set, i)->id;
    LeaveCriticalSection(&shared->lock);
    return count;
}

size_t shared_stopwatch_strip(shared_stopwatch *shared, stopwatch_strip_item *items, size_t size)
{
    uint64_t now = performance_counter_now();
    size_t i, count;

    EnterCriticalSection(&shared->lock);
    count = shared->set.count;
    for (i = 0; i < count && i < size; i++)
    {
        const named_stopwatch *item = stopwatch_set_at(&shared->set, i);
        items[i].id = item->id;
        memcpy(items[i].name, item->name, sizeof(items[i].name));
        items[i].state = stopwatch_get_state(&item->watch);
        items[i].elapsed = stopwatch_elapsed(&item->watch, now);
        items[i].lap_count = stopwatch_lap_count(&item->watch);
    }
    LeaveCriticalSection(&shared->lock);
    return count;
}

stopwatch_set_result shared_stopwatch_add(shared_stopwatch *shared, const char *name,
                                          uint32_t *id)
{
    stopwatch_set_result result;
    size_t place;

    EnterCriticalSection(&shared->lock);
    result = stopwatch_set_add(&shared->set, name, 0, &place);
    if (result == STOPWATCH_SET_OK && id)
        *id = stopwatch_set_at(&shared->set, place)->id;
    LeaveCriticalSection(&shared->lock);
    return result;
}

stopwatch_set_result shared_stopwatch_add_with_id(shared_stopwatch *shared, uint32_t id)
{
    stopwatch_set_result result;

    EnterCriticalSection(&shared->lock);
    result = stopwatch_set_add(&shared->set, "", id, NULL);
    LeaveCriticalSection(&shared->lock);
    return result;
}

stopwatch_set_result shared_stopwatch_rename(shared_stopwatch *shared, size_t place,
                                             const char *name)
{
    stopwatch_set_result result;

    EnterCriticalSection(&shared->lock);
    result = stopwatch_set_rename(&shared->set, place, name);
    LeaveCriticalSection(&shared->lock);
    return result;
}

stopwatch_set_result shared_stopwatch_remove(shared_stopwatch *shared, size_t place,
                                             uint32_t *id)
{
    stopwatch_set_result result;

    EnterCriticalSection(&shared->lock);
    if (place < shared->set.count && id)
        *id = stopwatch_set_at(&shared->set, place)->id;
    result = stopwatch_set_remove(&shared->set, place);
    if (result == STOPWATCH_SET_OK)
    {
        shared->epoch++;
        notify_listener(shared);
    }
    LeaveCriticalSection(&shared->lock);
    return result;
}

stopwatch_set_result shared_stopwatch_put_back(shared_stopwatch *shared, uint32_t *id)
{
    stopwatch_set_result result;

    EnterCriticalSection(&shared->lock);
    result = stopwatch_set_put_back(&shared->set);
    if (result == STOPWATCH_SET_OK)
    {
        if (id)
            *id = stopwatch_set_selected(&shared->set)->id;
        shared->epoch++;
        notify_listener(shared);
    }
    LeaveCriticalSection(&shared->lock);
    return result;
}

BOOL shared_stopwatch_can_put_back(shared_stopwatch *shared)
{
    BOOL can;

    EnterCriticalSection(&shared->lock);
    can = stopwatch_set_can_put_back(&shared->set);
    LeaveCriticalSection(&shared->lock);
    return can;
}

BOOL shared_stopwatch_select(shared_stopwatch *shared, size_t place)
{
    BOOL selected = FALSE;

    EnterCriticalSection(&shared->lock);
    if (place < shared->set.count && place != shared->set.selected)
    {
        stopwatch_set_select(&shared->set, place);
        shared->epoch++; /* another stopwatch's laps: observers read the list anew */
        notify_listener(shared);
        selected = TRUE;
    }
    LeaveCriticalSection(&shared->lock);
    return selected;
}

BOOL shared_stopwatch_move(shared_stopwatch *shared, size_t from, size_t to)
{
    BOOL moved;

    EnterCriticalSection(&shared->lock);
    moved = stopwatch_set_move(&shared->set, from, to);
    LeaveCriticalSection(&shared->lock);
    return moved;
}

size_t shared_stopwatch_find(shared_stopwatch *shared, const char *text)
{
    size_t place;

    EnterCriticalSection(&shared->lock);
    place = stopwatch_set_find(&shared->set, text);
    LeaveCriticalSection(&shared->lock);
    return place;
}

size_t shared_stopwatch_start_all(shared_stopwatch *shared, BOOL start)
{
    size_t changed;

    EnterCriticalSection(&shared->lock);
    /* One counter reading for all: started together, they are comparable to the tick. */
    changed = start ? stopwatch_set_start_all(&shared->set, performance_counter_now())
                    : stopwatch_set_pause_all(&shared->set, performance_counter_now());
    if (changed)
        notify_listener(shared);
    LeaveCriticalSection(&shared->lock);
    return changed;
}

stopwatch_result shared_stopwatch_lap_at(shared_stopwatch *shared, size_t place)
{
    stopwatch_result result = STOPWATCH_IGNORED;

    EnterCriticalSection(&shared->lock);
    if (place < shared->set.count)
        result = stopwatch_lap(&stopwatch_set_at(&shared->set, place)->watch,
                               performance_counter_now());
    LeaveCriticalSection(&shared->lock);
    return result;
}

stopwatch_result shared_stopwatch_toggle_at(shared_stopwatch *shared, size_t place)
{
    stopwatch_result result = STOPWATCH_IGNORED;

    EnterCriticalSection(&shared->lock);
    if (place < shared->set.count)
        result = stopwatch_toggle(&stopwatch_set_at(&shared->set, place)->watch,
                                  performance_counter_now());
    if (result == STOPWATCH_OK)
        notify_listener(shared); /* the clock counts what runs, shown or not */
    LeaveCriticalSection(&shared->lock);
    return result;
}

size_t shared_stopwatch_check_request(shared_stopwatch *shared, const command_line *parsed)
{
    size_t first;

    EnterCriticalSection(&shared->lock);
    first = command_line_first_unknown_name(parsed, &shared->set);
    LeaveCriticalSection(&shared->lock);
    return first;
}

BOOL shared_stopwatch_write_list(shared_stopwatch *shared, text_buffer *buffer)
{
    EnterCriticalSection(&shared->lock);
    stopwatch_list_write(buffer, &shared->set);
    LeaveCriticalSection(&shared->lock);
    return !buffer->failed;
}

void shared_stopwatch_read_list(shared_stopwatch *shared, const char *text, size_t length,
                                stopwatch_list_report *report)
{
    EnterCriticalSection(&shared->lock);
    stopwatch_list_parse(text, length, &shared->set, report);
    shared->epoch++;
    LeaveCriticalSection(&shared->lock);
}
