/*
 * The pacing timer's fallbacks, with fake Windows calls that fail the way real builds do:
 * Windows 10 1607 refuses to create a high-resolution timer, 1809 creates it and refuses to set
 * it. Wine does neither, so without the fakes these paths would never run here.
 */
#include <windows.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "clock_thread.h"
#include "pacing_timer.h"
#include "test_messages.h"

static HANDLE high_resolution_handles[16];
static int high_resolution_count;
static int set_calls;

/* 1607: no such flag. */
static HANDLE WINAPI create_refusing_high_resolution(LPSECURITY_ATTRIBUTES attributes,
                                                     LPCWSTR name, DWORD flags, DWORD access)
{
    if (flags & CREATE_WAITABLE_TIMER_HIGH_RESOLUTION)
    {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    return CreateWaitableTimerExW(attributes, name, flags, access);
}

/* 1809: creates it (a normal timer stands in for it here) and remembers which it was... */
static HANDLE WINAPI create_remembering_high_resolution(LPSECURITY_ATTRIBUTES attributes,
                                                        LPCWSTR name, DWORD flags, DWORD access)
{
    HANDLE timer = CreateWaitableTimerExW(attributes, name,
                                          flags & ~(DWORD)CREATE_WAITABLE_TIMER_HIGH_RESOLUTION,
                                          access);
    if (timer && (flags & CREATE_WAITABLE_TIMER_HIGH_RESOLUTION) && high_resolution_count < 16)
        high_resolution_handles[high_resolution_count++] = timer;
    return timer;
}

/* ...and refuses to set it. */
static BOOL WINAPI set_refusing_high_resolution(HANDLE timer, const LARGE_INTEGER *due,
                                                LONG period, PTIMERAPCROUTINE routine,
                                                LPVOID argument, BOOL resume)
{
    int i;
    set_calls++;
    for (i = 0; i < high_resolution_count; i++)
        if (high_resolution_handles[i] == timer)
        {
            SetLastError(ERROR_INVALID_PARAMETER);
            return FALSE;
        }
    return SetWaitableTimer(timer, due, period, routine, argument, resume);
}

static HANDLE WINAPI create_nothing(LPSECURITY_ATTRIBUTES attributes, LPCWSTR name, DWORD flags,
                                    DWORD access)
{
    (void)attributes; (void)name; (void)flags; (void)access;
    SetLastError(ERROR_NO_SYSTEM_RESOURCES);
    return NULL;
}

static const pacing_timer_functions windows_1607 = { create_refusing_high_resolution,
                                                     SetWaitableTimer };
static const pacing_timer_functions windows_1809 = { create_remembering_high_resolution,
                                                     set_refusing_high_resolution };
static const pacing_timer_functions no_timers = { create_nothing, SetWaitableTimer };

static int reset_fakes(void **state)
{
    (void)state;
    high_resolution_count = 0;
    set_calls = 0;
    return 0;
}

/* The timer fires: waited for with a generous bound, it is signalled. */
static void assert_fires(pacing_timer *timer)
{
    assert_true(pacing_timer_set(timer, 20 * 10000)); /* 20 ms */
    assert_int_equal(WaitForSingleObject(timer->handle, 5000), WAIT_OBJECT_0);
}

static void falls_back_when_creating_fails(void **state)
{
    pacing_timer timer;
    (void)state;
    assert_true(pacing_timer_initialize(&timer, &windows_1607));
    assert_false(timer.high_resolution);
    assert_non_null(timer.handle);
    assert_fires(&timer);
    pacing_timer_delete(&timer);
    assert_null(timer.handle);
}

static void falls_back_when_setting_fails(void **state)
{
    pacing_timer timer;
    HANDLE first;
    (void)state;
    assert_true(pacing_timer_initialize(&timer, &windows_1809));
    assert_true(timer.high_resolution);
    first = timer.handle;
    assert_fires(&timer);
    /* Refused once, then replaced by a normal timer that is set instead. */
    assert_false(timer.high_resolution);
    assert_ptr_not_equal(timer.handle, first);
    assert_int_equal(set_calls, 2);
    /* From then on the normal timer is set directly. */
    assert_fires(&timer);
    assert_int_equal(set_calls, 3);
    pacing_timer_delete(&timer);
}

static void windows_own_functions_give_a_working_timer(void **state)
{
    pacing_timer timer;
    (void)state;
    assert_true(pacing_timer_initialize(&timer, NULL));
    print_message("pacing timer: high resolution %s here\n", timer.high_resolution ? "yes" : "no");
    assert_fires(&timer);
    assert_fires(&timer);
    pacing_timer_delete(&timer);
}

static void no_timer_at_all_fails_cleanly(void **state)
{
    pacing_timer timer;
    clock_thread clock;
    shared_stopwatch shared;
    (void)state;
    assert_false(pacing_timer_initialize(&timer, &no_timers));
    assert_null(timer.handle);
    assert_int_equal(GetLastError(), ERROR_NO_SYSTEM_RESOURCES);

    /* The clock thread reports it instead of starting without a pace. */
    assert_true(shared_stopwatch_initialize(&shared));
    ZeroMemory(&clock, sizeof(clock));
    clock.timer_functions = &no_timers;
    assert_false(clock_thread_start(&clock, &shared, NULL, WM_APP, 60));
    assert_null(clock.thread);
    clock_thread_stop(&clock); /* harmless on a clock that never started */
    shared_stopwatch_delete(&shared);
}

/* The whole clock thread on a 1809-like system: it falls back and still paces at ~60 Hz. */
static void the_clock_thread_paces_on_the_fallback_timer(void **state)
{
    HWND window = CreateWindowExW(0, L"STATIC", L"", 0, 0, 0, 0, 0, HWND_MESSAGE, NULL, NULL, NULL);
    clock_thread clock;
    shared_stopwatch shared;
    ULONGLONG deadline;
    int updates = 0;
    MSG message;
    (void)state;
    assert_non_null(window);
    assert_true(shared_stopwatch_initialize(&shared));
    ZeroMemory(&clock, sizeof(clock));
    clock.timer_functions = &windows_1809;
    assert_true(clock_thread_start(&clock, &shared, window, WM_APP + 3, 60));
    shared_stopwatch_toggle(&shared);
    deadline = GetTickCount64() + 1000;
    while (GetTickCount64() < deadline)
    {
        while (PeekMessageW(&message, window, WM_APP + 3, WM_APP + 3, PM_REMOVE))
        {
            clock_thread_update_received(&clock);
            updates++;
        }
        MsgWaitForMultipleObjects(0, NULL, FALSE, 10, QS_ALLINPUT);
    }
    print_message("fallback timer: %d updates in 1 s\n", updates);
    assert_false(clock.timer.high_resolution);
    assert_in_range(updates, 15, 66);
    clock_thread_stop(&clock);
    shared_stopwatch_delete(&shared);
    DestroyWindow(window);
    pump_for(0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(falls_back_when_creating_fails, reset_fakes),
        cmocka_unit_test_setup(falls_back_when_setting_fails, reset_fakes),
        cmocka_unit_test_setup(windows_own_functions_give_a_working_timer, reset_fakes),
        cmocka_unit_test_setup(no_timer_at_all_fails_cleanly, reset_fakes),
        cmocka_unit_test_setup(the_clock_thread_paces_on_the_fallback_timer, reset_fakes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
