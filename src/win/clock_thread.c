/*
 * The clock thread. See clock_thread.h for what it promises; this file is how.
 *
 * Threads: clock_thread_start/stop/set_visible/update_received run on the UI thread;
 * clock_thread_main runs on the clock thread. They share only the interlocked flags, the wake
 * event and the shared stopwatch (under its own lock).
 */
#include "clock_thread.h"

#include <process.h>

#include "lapwing/pacing.h"
#include "lapwing/ticks.h"
#include "performance_counter.h"

static void post_update(clock_thread *clock)
{
    /* Coalescing: post only if no update is outstanding. */
    if (InterlockedCompareExchange(&clock->update_pending, 1, 0) != 0)
        return;
    /* Counted before it is posted, so that no reader can receive a message the count does
     * not include yet. */
    InterlockedIncrement(&clock->posts);
    if (!PostMessageW(clock->window, clock->message, 0, 0))
    {
        InterlockedDecrement(&clock->posts);
        InterlockedExchange(&clock->update_pending, 0); /* try again next frame */
    }
}

/* Frames a second now (`view` read once, under the stopwatch's lock, for this frame): the
 * window's rate while it can be seen, the hidden rate (the title's once a second, or none)
 * while minimized; 0 while the stopwatch is not running. Another stopwatch running, with the
 * strip in sight, is one frame a second: the strip shows whole seconds. */
static unsigned current_rate(clock_thread *clock, const stopwatch_persist_view *view)
{
    LONG rate = InterlockedCompareExchange(&clock->visible, 0, 0)
                    ? InterlockedCompareExchange(&clock->visible_rate, 0, 0)
                    : InterlockedCompareExchange(&clock->hidden_rate, 0, 0);

    if (rate <= 0)
        return 0;
    if (view->state == STOPWATCH_RUNNING)
        return (unsigned)rate;
    if (InterlockedCompareExchange(&clock->visible, 0, 0) && view->stopwatch_count > 1 &&
        view->running_count > 0)
        return 1;
    return 0;
}

/* Where frame 0 of this run lies: the counter reading at which the elapsed time was a whole
 * second, so that at a few frames a second each frame comes just after the shown text changes
 * (a seconds display updates right as the second turns, not up to a second late). Half a
 * millisecond later still, so a timer that fires a hair early never shows the old text. */
static uint64_t pacing_anchor(const stopwatch_persist_view *view)
{
    uint64_t into_second = view->frequency ? view->banked % view->frequency : 0;
    uint64_t margin = view->frequency / 2000u;

    if (view->run_start < into_second)
        return view->run_start + margin;
    return view->run_start - into_second + margin;
}

static unsigned __stdcall clock_thread_main(void *parameter)
{
    clock_thread *clock = parameter;
    uint64_t frequency = performance_counter_frequency();
    uint64_t pacing_start = 0, frame = 0, run_start = 0;
    unsigned paced_rate = 0;
    BOOL pacing = FALSE;

    while (!InterlockedCompareExchange(&clock->stop_requested, 0, 0))
    {
        HANDLE handles[2];
        uint64_t now, deadline;
        LONGLONG wait_100ns;
        stopwatch_persist_view view;
        unsigned rate;

        /* One reading of the stopwatch a frame: whether it runs, and where its run began. */
        shared_stopwatch_persist_view(clock->shared, &view);
        rate = current_rate(clock, &view);

        if (!rate)
        {
            if (pacing)
                pacing_timer_cancel(&clock->timer);
            pacing = FALSE;
            WaitForSingleObject(clock->wake_event, INFINITE);
            InterlockedIncrement(&clock->wakeups);
            continue;
        }

        post_update(clock);

        /* A new run (a start, a resume) or a new rate: pace from its own anchor. */
        if (!pacing || view.run_start != run_start || rate != paced_rate)
        {
            pacing_start = pacing_anchor(&view);
            frame = 0;
            pacing = TRUE;
            run_start = view.run_start;
            paced_rate = rate;
        }
        now = performance_counter_now();
        deadline = pacing_next_deadline(pacing_start, &frame, now, frequency, rate);
        wait_100ns = (LONGLONG)ticks_to_units(deadline - now, frequency, 10000000u) + 1;

        if (pacing_timer_set(&clock->timer, wait_100ns))
        {
            /* Read the handle after setting: the fallback may have replaced it. */
            handles[0] = clock->wake_event;
            handles[1] = clock->timer.handle;
            WaitForMultipleObjects(2, handles, FALSE, INFINITE);
        }
        else
            /* No timer at all (should not happen): still wake for a change of state. */
            WaitForSingleObject(clock->wake_event, (DWORD)(wait_100ns / 10000) + 1);
        InterlockedIncrement(&clock->wakeups);
    }
    return 0;
}

BOOL clock_thread_start(clock_thread *clock, shared_stopwatch *shared, HWND window, UINT message,
                        unsigned frames_per_second)
{
    const pacing_timer_functions *timer_functions = clock->timer_functions;
    DWORD error;

    ZeroMemory(clock, sizeof(*clock));
    clock->timer_functions = timer_functions; /* set by a test before starting, else NULL */
    clock->shared = shared;
    clock->window = window;
    clock->message = message;
    clock->visible_rate =
        (LONG)(frames_per_second ? frames_per_second : CLOCK_THREAD_DEFAULT_FPS);
    clock->hidden_rate = 0;
    clock->visible = 1;

    clock->wake_event = CreateEventW(NULL, FALSE, FALSE, NULL);
    if (!clock->wake_event)
        return FALSE;
    if (!pacing_timer_initialize(&clock->timer, clock->timer_functions))
        goto failed;
    shared_stopwatch_set_listener(shared, clock->wake_event);
    clock->thread = (HANDLE)_beginthreadex(NULL, 0, clock_thread_main, clock, 0, NULL);
    if (!clock->thread)
    {
        shared_stopwatch_set_listener(shared, NULL);
        goto failed;
    }
    return TRUE;

failed:
    error = GetLastError();
    pacing_timer_delete(&clock->timer);
    CloseHandle(clock->wake_event);
    clock->wake_event = NULL;
    SetLastError(error);
    return FALSE;
}

void clock_thread_stop(clock_thread *clock)
{
    if (!clock->thread)
        return;
    InterlockedExchange(&clock->stop_requested, 1);
    SetEvent(clock->wake_event);
    WaitForSingleObject(clock->thread, INFINITE);
    CloseHandle(clock->thread);
    clock->thread = NULL;
    shared_stopwatch_set_listener(clock->shared, NULL);
    pacing_timer_delete(&clock->timer);
    CloseHandle(clock->wake_event);
    clock->wake_event = NULL;
}

void clock_thread_set_visible(clock_thread *clock, BOOL visible)
{
    if (InterlockedExchange(&clock->visible, visible ? 1 : 0) != (visible ? 1 : 0) &&
        clock->wake_event)
        SetEvent(clock->wake_event);
}

void clock_thread_set_rates(clock_thread *clock, unsigned visible_rate, unsigned hidden_rate)
{
    LONG old_visible = InterlockedExchange(&clock->visible_rate, (LONG)visible_rate);
    LONG old_hidden = InterlockedExchange(&clock->hidden_rate, (LONG)hidden_rate);

    if ((old_visible != (LONG)visible_rate || old_hidden != (LONG)hidden_rate) &&
        clock->wake_event)
        SetEvent(clock->wake_event);
}

void clock_thread_update_received(clock_thread *clock)
{
    InterlockedExchange(&clock->update_pending, 0);
}

LONG clock_thread_wakeups(clock_thread *clock)
{
    return InterlockedCompareExchange(&clock->wakeups, 0, 0);
}

LONG clock_thread_posts(clock_thread *clock)
{
    return InterlockedCompareExchange(&clock->posts, 0, 0);
}
