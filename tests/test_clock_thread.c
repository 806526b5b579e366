/*
 * The clock thread and the shared stopwatch, under Wine (or on Windows).
 *
 * The receiver is a message-only window owned by the test's thread, which pumps (or, on
 * purpose, does not pump) its queue. Bounds on rates are wide so the tests stay deterministic
 * on a loaded two-core machine; the coalescing and the zero-wakeup checks are exact.
 */
#include <windows.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <cmocka.h>

#include "clock_thread.h"
#include "performance_counter.h"
#include "shared_stopwatch.h"

#define TEST_UPDATE (WM_APP + 7)

typedef struct fixture
{
    HWND window;
    shared_stopwatch shared;
    clock_thread clock;
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof(*f));
    if (!f)
        return -1;
    f->window = CreateWindowExW(0, L"STATIC", L"", 0, 0, 0, 0, 0, HWND_MESSAGE, NULL, NULL, NULL);
    if (!f->window)
        return -1;
    if (!shared_stopwatch_initialize(&f->shared))
        return -1;
    if (!clock_thread_start(&f->clock, &f->shared, f->window, TEST_UPDATE, 60))
        return -1;
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    MSG message;
    clock_thread_stop(&f->clock);
    shared_stopwatch_delete(&f->shared);
    DestroyWindow(f->window);
    while (PeekMessageW(&message, NULL, 0, 0, PM_REMOVE))
        ;
    free(f);
    return 0;
}

/* Pumps the queue for `milliseconds`, acknowledging each update like the main window does.
 * Returns the number of updates received. */
static int pump(fixture *f, DWORD milliseconds)
{
    ULONGLONG deadline = GetTickCount64() + milliseconds;
    int updates = 0;
    MSG message;

    for (;;)
    {
        ULONGLONG now = GetTickCount64();
        while (PeekMessageW(&message, NULL, 0, 0, PM_REMOVE))
        {
            if (message.message == TEST_UPDATE && message.hwnd == f->window)
            {
                clock_thread_update_received(&f->clock);
                updates++;
            }
            else
                DispatchMessageW(&message);
        }
        if (now >= deadline)
            return updates;
        MsgWaitForMultipleObjects(0, NULL, FALSE, (DWORD)(deadline - now), QS_ALLINPUT);
    }
}

/* Removes the updates waiting in the queue without acknowledging them; returns how many. */
static int count_outstanding(fixture *f)
{
    int outstanding = 0;
    MSG message;
    while (PeekMessageW(&message, f->window, TEST_UPDATE, TEST_UPDATE, PM_REMOVE))
        outstanding++;
    return outstanding;
}

static void posts_nothing_and_never_wakes_while_stopped(void **state)
{
    fixture *f = *state;
    assert_int_equal(pump(f, 400), 0);
    assert_int_equal(clock_thread_posts(&f->clock), 0);
    /* Blocked on its event since it started: not one wakeup. */
    assert_int_equal(clock_thread_wakeups(&f->clock), 0);
}

static void posts_about_sixty_times_a_second_while_running(void **state)
{
    fixture *f = *state;
    int updates;
    assert_int_equal(shared_stopwatch_toggle(&f->shared), STOPWATCH_OK);
    updates = pump(f, 1000);
    print_message("clock thread: %d updates in 1 s (target 60)\n", updates);
    /* Not more than the frame rate allows (missed frames are skipped, never bunched)... */
    assert_in_range(updates, 1, 66);
    /* ...and clearly running, even on a loaded machine. */
    assert_true(updates >= 15);
}

static void one_update_outstanding_when_the_receiver_stops_pumping(void **state)
{
    fixture *f = *state;
    LONG posts_before;
    shared_stopwatch_toggle(&f->shared);
    pump(f, 100);
    posts_before = clock_thread_posts(&f->clock);
    Sleep(2000); /* a modal loop, a drag: nobody reads the queue */
    assert_int_equal(count_outstanding(f), 1);
    /* It did not even try to post more: the pending flag held it back. */
    assert_true(clock_thread_posts(&f->clock) - posts_before <= 1);
    /* Once acknowledged, updates flow again. */
    clock_thread_update_received(&f->clock);
    assert_true(pump(f, 300) >= 1);
}

static void stops_posting_and_waking_once_paused(void **state)
{
    fixture *f = *state;
    LONG wakeups, posts;
    shared_stopwatch_toggle(&f->shared);
    assert_true(pump(f, 200) >= 1);
    shared_stopwatch_toggle(&f->shared); /* pause */
    pump(f, 100);                        /* let it see the pause and go back to sleep */
    wakeups = clock_thread_wakeups(&f->clock);
    posts = clock_thread_posts(&f->clock);
    assert_int_equal(pump(f, 500), 0);
    assert_int_equal(clock_thread_wakeups(&f->clock), wakeups);
    assert_int_equal(clock_thread_posts(&f->clock), posts);
    /* Resuming wakes it again. */
    shared_stopwatch_toggle(&f->shared);
    assert_true(pump(f, 300) >= 1);
}

static void stops_posting_while_minimized(void **state)
{
    fixture *f = *state;
    LONG wakeups;
    shared_stopwatch_toggle(&f->shared);
    assert_true(pump(f, 200) >= 1);
    clock_thread_set_visible(&f->clock, FALSE);
    pump(f, 100);
    wakeups = clock_thread_wakeups(&f->clock);
    assert_int_equal(pump(f, 500), 0);
    assert_int_equal(clock_thread_wakeups(&f->clock), wakeups);
    clock_thread_set_visible(&f->clock, TRUE);
    assert_true(pump(f, 300) >= 1);
}

static double stop_milliseconds(fixture *f)
{
    uint64_t start = performance_counter_now();
    clock_thread_stop(&f->clock);
    return (double)(performance_counter_now() - start) * 1000.0 /
           (double)performance_counter_frequency();
}

static void shutdown_joins_quickly_while_running(void **state)
{
    fixture *f = *state;
    LONG posts;
    double milliseconds;
    shared_stopwatch_toggle(&f->shared);
    pump(f, 200);
    milliseconds = stop_milliseconds(f);
    print_message("clock thread: joined in %.2f ms while running\n", milliseconds);
    assert_true(milliseconds < 100.0);
    assert_null(f->clock.thread);
    /* Nothing is posted after the join. */
    posts = clock_thread_posts(&f->clock);
    count_outstanding(f);
    Sleep(200);
    assert_int_equal(count_outstanding(f), 0);
    assert_int_equal(clock_thread_posts(&f->clock), posts);
    clock_thread_stop(&f->clock); /* a second stop is harmless */
}

static void shutdown_joins_quickly_while_stopped(void **state)
{
    fixture *f = *state;
    double milliseconds = stop_milliseconds(f);
    print_message("clock thread: joined in %.2f ms while stopped\n", milliseconds);
    assert_true(milliseconds < 100.0);
}

/* ---- Several threads hammering the same API as the UI ----------------------------------- */

typedef struct hammer
{
    fixture *f;
    volatile LONG stop;
    volatile LONG violations;
    volatile LONG operations;
    unsigned seed;
} hammer;

static unsigned next_random(unsigned *seed)
{
    *seed = *seed * 1103515245u + 12345u;
    return (*seed >> 16) & 0x7fffu;
}

static DWORD WINAPI hammer_thread(void *parameter)
{
    hammer *h = parameter;
    unsigned seed = (unsigned)InterlockedIncrement((volatile LONG *)&h->seed) * 2654435761u;
    while (!InterlockedCompareExchange(&h->stop, 0, 0))
    {
        switch (next_random(&seed) % 8)
        {
        case 0: case 1: shared_stopwatch_toggle(&h->f->shared); break;
        case 2: shared_stopwatch_reset(&h->f->shared); break;
        default: shared_stopwatch_lap(&h->f->shared); break;
        }
        InterlockedIncrement(&h->operations);
    }
    return 0;
}

/* Checks, snapshot after snapshot: within one reset epoch elapsed never goes backwards (it
 * stands still while paused), and the last lap's total never exceeds elapsed. */
static DWORD WINAPI checker_thread(void *parameter)
{
    hammer *h = parameter;
    stopwatch_snapshot previous, current;
    shared_stopwatch_snapshot(&h->f->shared, &previous);
    while (!InterlockedCompareExchange(&h->stop, 0, 0))
    {
        shared_stopwatch_snapshot(&h->f->shared, &current);
        if (current.epoch == previous.epoch && current.elapsed < previous.elapsed)
            InterlockedIncrement(&h->violations);
        if (current.lap_count && current.last_lap_total > current.elapsed)
            InterlockedIncrement(&h->violations);
        if (current.state == STOPWATCH_STOPPED && (current.elapsed || current.lap_count))
            InterlockedIncrement(&h->violations);
        previous = current;
    }
    return 0;
}

static void threads_hammering_keep_the_invariants(void **state)
{
    fixture *f = *state;
    hammer h = { f, 0, 0, 0, 1u };
    HANDLE threads[5];
    size_t i, count;
    uint64_t lap_ticks, total, previous_total = 0;
    stopwatch_snapshot snapshot;

    for (i = 0; i < 4; i++)
        threads[i] = CreateThread(NULL, 0, hammer_thread, &h, 0, NULL);
    threads[4] = CreateThread(NULL, 0, checker_thread, &h, 0, NULL);
    for (i = 0; i < 5; i++)
        assert_non_null(threads[i]);
    pump(f, 1500); /* the clock thread posts away meanwhile */
    InterlockedExchange(&h.stop, 1);
    WaitForMultipleObjects(5, threads, TRUE, INFINITE);
    for (i = 0; i < 5; i++)
        CloseHandle(threads[i]);

    print_message("hammer: %ld operations, %ld violations\n", (long)h.operations,
                  (long)h.violations);
    assert_true(h.operations > 1000);
    assert_int_equal(h.violations, 0);

    /* The laps left are in order, each lap time the difference of its totals. */
    shared_stopwatch_snapshot(&f->shared, &snapshot);
    count = snapshot.lap_count;
    for (i = 0; i < count; i++)
    {
        assert_true(shared_stopwatch_get_lap(&f->shared, i, &lap_ticks, &total));
        assert_true(total >= previous_total);
        assert_true(lap_ticks == total - previous_total);
        previous_total = total;
    }
    assert_false(shared_stopwatch_get_lap(&f->shared, count, &lap_ticks, &total));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(posts_nothing_and_never_wakes_while_stopped, setup, teardown),
        cmocka_unit_test_setup_teardown(posts_about_sixty_times_a_second_while_running, setup, teardown),
        cmocka_unit_test_setup_teardown(one_update_outstanding_when_the_receiver_stops_pumping, setup, teardown),
        cmocka_unit_test_setup_teardown(stops_posting_and_waking_once_paused, setup, teardown),
        cmocka_unit_test_setup_teardown(stops_posting_while_minimized, setup, teardown),
        cmocka_unit_test_setup_teardown(shutdown_joins_quickly_while_running, setup, teardown),
        cmocka_unit_test_setup_teardown(shutdown_joins_quickly_while_stopped, setup, teardown),
        cmocka_unit_test_setup_teardown(threads_hammering_keep_the_invariants, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
