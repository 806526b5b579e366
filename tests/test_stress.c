/*
 * Stress, under Wine: 4 threads x 100,000 random start/stop, lap, reset and undo operations
 * through the shared stopwatch the UI uses, while the clock thread runs and posts. After every
 * operation each thread takes a snapshot and checks what must always hold:
 *  - a snapshot is consistent: as many statistics as laps, the last lap's total no later than
 *    the elapsed time, best <= mean <= worst;
 *  - while running in the same run (the same reset epoch), the elapsed time never goes back;
 * and a watchdog fails the test (instead of hanging CI) if the threads do not finish in time,
 * which is what a deadlock between them and the clock thread would look like.
 */
#include <windows.h>
#include <process.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <cmocka.h>

#include "clock_thread.h"
#include "shared_stopwatch.h"

#define TEST_UPDATE (WM_APP + 9)
enum
{
    THREADS = 4,
    OPERATIONS = 100000,
    WATCHDOG_MS = 150000    /* a generous bound on a loaded 2-core machine */
};

typedef struct worker
{
    shared_stopwatch *shared;
    uint32_t seed;
    volatile LONG violations;
    char first_violation[160];
    size_t laps_recorded, undos, resets;
} worker;

static uint32_t next_random(uint32_t *state)
{
    /* xorshift32: the same sequence every run, per thread. */
    uint32_t x = *state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return *state = x;
}

static void violation(worker *w, const char *what, size_t operation)
{
    if (InterlockedIncrement(&w->violations) == 1)
        snprintf(w->first_violation, sizeof(w->first_violation), "operation %lu: %s",
                 (unsigned long)operation, what);
}

static unsigned __stdcall work(void *parameter)
{
    worker *w = parameter;
    stopwatch_snapshot before, after;
    size_t i;

    shared_stopwatch_snapshot(w->shared, &before);
    for (i = 0; i < OPERATIONS; i++)
    {
        uint32_t choice = next_random(&w->seed) % 100u;

        if (choice < 30)
            shared_stopwatch_toggle(w->shared);
        else if (choice < 80)
        {
            if (shared_stopwatch_lap(w->shared) == STOPWATCH_OK)
                w->laps_recorded++;
        }
        else if (choice < 85)
        {
            if (shared_stopwatch_reset(w->shared) == STOPWATCH_OK)
                w->resets++;
        }
        else if (shared_stopwatch_undo(w->shared) == STOPWATCH_OK)
            w->undos++;

        shared_stopwatch_snapshot(w->shared, &after);
        if (after.statistics.count != after.lap_count)
            violation(w, "the statistics count other laps than there are", i);
        if (after.lap_count && after.last_lap_total > after.elapsed)
            violation(w, "the last lap ends after the elapsed time", i);
        if (after.lap_count &&
            (after.statistics.best > after.statistics.worst ||
             after.statistics.mean < after.statistics.best ||
             after.statistics.mean > after.statistics.worst))
            violation(w, "best <= mean <= worst does not hold", i);
        if (before.state == STOPWATCH_RUNNING && after.state == STOPWATCH_RUNNING &&
            before.epoch == after.epoch && after.elapsed < before.elapsed)
            violation(w, "the elapsed time went back while running", i);
        before = after;
    }
    return 0;
}

static void four_threads_and_the_clock_keep_every_invariant(void **state)
{
    HWND window = CreateWindowExW(0, L"STATIC", L"", 0, 0, 0, 0, 0, HWND_MESSAGE, NULL, NULL,
                                  NULL);
    shared_stopwatch shared;
    clock_thread clock;
    worker workers[THREADS];
    HANDLE threads[THREADS];
    ULONGLONG deadline;
    DWORD finished = WAIT_TIMEOUT;
    LONG updates = 0;
    int i;
    (void)state;

    assert_non_null(window);
    assert_true(shared_stopwatch_initialize(&shared));
    ZeroMemory(&clock, sizeof(clock));
    assert_true(clock_thread_start(&clock, &shared, window, TEST_UPDATE, 60));
    for (i = 0; i < THREADS; i++)
    {
        ZeroMemory(&workers[i], sizeof(workers[i]));
        workers[i].shared = &shared;
        workers[i].seed = 0x9E3779B9u * (uint32_t)(i + 1);
        threads[i] = (HANDLE)_beginthreadex(NULL, 0, work, &workers[i], 0, NULL);
        assert_non_null(threads[i]);
    }
    /* The UI's side: receive and acknowledge the clock's updates until the workers are done
     * or the watchdog's time is up. */
    deadline = GetTickCount64() + WATCHDOG_MS;
    while (GetTickCount64() < deadline)
    {
        MSG message;
        DWORD waited = MsgWaitForMultipleObjects(THREADS, threads, TRUE, 100, QS_ALLINPUT);
        if (waited == WAIT_OBJECT_0)
        {
            finished = WAIT_OBJECT_0;
            break;
        }
        while (PeekMessageW(&message, NULL, 0, 0, PM_REMOVE))
            if (message.message == TEST_UPDATE)
            {
                clock_thread_update_received(&clock);
                updates++;
            }
    }
    if (finished != WAIT_OBJECT_0)
        finished = WaitForMultipleObjects(THREADS, threads, TRUE, 0);
    if (finished != WAIT_OBJECT_0)
        fail_msg("the threads did not finish within %d s: a deadlock?", WATCHDOG_MS / 1000);
    clock_thread_stop(&clock);
    for (i = 0; i < THREADS; i++)
    {
        CloseHandle(threads[i]);
        print_message("thread %d: %lu laps, %lu resets, %lu undos\n", i,
                      (unsigned long)workers[i].laps_recorded, (unsigned long)workers[i].resets,
                      (unsigned long)workers[i].undos);
        if (workers[i].violations)
            fail_msg("thread %d: %ld violations, the first at %s", i,
                     (long)workers[i].violations, workers[i].first_violation);
        /* Every kind of operation really happened. */
        assert_true(workers[i].laps_recorded > 0 && workers[i].resets > 0 &&
                    workers[i].undos > 0);
    }
    print_message("clock updates received: %ld\n", (long)updates);
    shared_stopwatch_delete(&shared);
    DestroyWindow(window);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(four_threads_and_the_clock_keep_every_invariant),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
