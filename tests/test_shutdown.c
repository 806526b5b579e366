/*
 * The real main window in-process, under load:
 *  - closed while its clock thread posts at full rate, 100 times in a row: it closes at once,
 *    the clock thread has ended when the window is gone, and nothing is posted after that;
 *  - its UI thread blocked for 2 s while running: one update waits in the queue, not 120, and
 *    the first frame after shows the time as it is then, not as it was.
 */
#include <windows.h>
#include <commctrl.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <cmocka.h>

#include "test_messages.h"

#include "app.h"
#include "app_messages.h"
#include "lapwing/command_ids.h"
#include "main_window.h"
#include "resource.h"
#include "time_display.h"

static app the_app;
static HWND window;

static int register_classes(void **state)
{
    INITCOMMONCONTROLSEX controls = { sizeof(controls), ICC_STANDARD_CLASSES |
                                                            ICC_LISTVIEW_CLASSES | ICC_BAR_CLASSES };
    HINSTANCE instance = GetModuleHandleW(NULL);
    (void)state;
    InitCommonControlsEx(&controls);
    return time_display_register(instance) && main_window_register(instance) ? 0 : -1;
}

static void open_running(int show)
{
    assert_true(app_initialize(&the_app, GetModuleHandleW(NULL)));
    window = main_window_create(&the_app, show);
    assert_non_null(window);
    SendMessageW(window, WM_COMMAND, MAKEWPARAM(IDM_START_STOP, 0), 0);
}

/* Pumps until the clock thread has posted `count` updates; FALSE after 10 s. */
static BOOL pump_until_posts(LONG count)
{
    ULONGLONG deadline = GetTickCount64() + 10000;
    while (clock_thread_posts(&the_app.clock) < count)
    {
        if (GetTickCount64() > deadline)
            return FALSE;
        pump_for(5);
    }
    return TRUE;
}

/* Dispatches until the window is gone (its WM_QUIT dropped); FALSE after 10 s. */
static BOOL pump_until_destroyed(void)
{
    ULONGLONG deadline = GetTickCount64() + 10000;
    MSG message;
    while (IsWindow(window))
    {
        if (GetTickCount64() > deadline)
            return FALSE;
        while (PeekMessageW(&message, NULL, 0, 0, PM_REMOVE))
            if (message.message != WM_QUIT)
                DispatchMessageW(&message);
        MsgWaitForMultipleObjects(0, NULL, FALSE, 5, QS_ALLINPUT);
    }
    return TRUE;
}

static void closing_while_posting_at_full_rate_100_times(void **state)
{
    int round;
    (void)state;
    for (round = 0; round < 100; round++)
    {
        LONG posts_when_gone;

        /* Hidden: under Wine without a window manager, hiding a shown window waits 2 s for
         * the manager that is not there; the race between closing and posting is the same. */
        open_running(SW_HIDE);
        assert_true(pump_until_posts(3));
        PostMessageW(window, WM_CLOSE, 0, 0);
        assert_true(pump_until_destroyed());
        /* The thread was joined in WM_DESTROY: it has ended, and it posts no more. */
        assert_null(the_app.clock.thread);
        posts_when_gone = clock_thread_posts(&the_app.clock);
        pump_for(20);
        assert_int_equal(clock_thread_posts(&the_app.clock), posts_when_gone);
        app_delete(&the_app);
    }
}

static double shown_seconds(void)
{
    WCHAR text[32] = L"";
    unsigned hours = 0, minutes = 0, seconds = 0, hundredths = 0;
    GetWindowTextW(GetDlgItem(window, IDC_TIME_DISPLAY), text, 32);
    assert_int_equal(swscanf(text, L"%u:%u:%u.%u", &hours, &minutes, &seconds, &hundredths), 4);
    return hours * 3600.0 + minutes * 60.0 + seconds + hundredths / 100.0;
}

static void a_blocked_ui_thread_gets_one_update_then_the_time_as_it_is(void **state)
{
    MSG message, first;
    int waiting = 0;
    stopwatch_snapshot now;
    double shown;
    (void)state;
    open_running(SW_SHOWNOACTIVATE);
    assert_true(pump_until_posts(3));

    Sleep(2000); /* the UI thread busy elsewhere: nothing pumped */

    /* One update waits, however many frames went by (the next is posted only once this one
     * is taken). */
    while (PeekMessageW(&message, window, WM_APP_CLOCK_UPDATE, WM_APP_CLOCK_UPDATE, PM_REMOVE))
        if (waiting++ == 0)
            first = message;
    assert_int_equal(waiting, 1);

    /* The first frame after shows the time now (to a frame), not 2 s ago. */
    DispatchMessageW(&first);
    shown = shown_seconds();
    shared_stopwatch_snapshot(&the_app.shared, &now);
    print_message("shown %.2f s, the stopwatch at %.3f s\n", shown,
                  (double)now.elapsed / (double)now.frequency);
    assert_true(shown >= 2.0);
    assert_true((double)now.elapsed / (double)now.frequency - shown < 0.1);
    DestroyWindow(window);
    pump_until_destroyed();
    app_delete(&the_app);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(closing_while_posting_at_full_rate_100_times),
        cmocka_unit_test(a_blocked_ui_thread_gets_one_update_then_the_time_as_it_is),
    };
    return cmocka_run_group_tests(tests, register_classes, NULL);
}
