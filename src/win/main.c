/*
 * Lapwing's entry point and message loop. UI thread.
 *
 * The order: the DLL search path is restricted first; the command line is checked whole (a bad
 * one exits with 2 and changes nothing); if a Lapwing of the same state folder already runs,
 * the command line goes to it and this process exits; else the app (stopwatch, keys, saved
 * state) is made, then the window, and the command line is applied to it. One failure shows
 * one message box, and the app is deleted last.
 *
 * The loop gives every message to the keyboard first (keyboard.h: held keys never repeat a
 * command, a button the user tabbed to takes Space and Enter, then the accelerator table and
 * IsDialogMessage), then to the window.
 */
#include <windows.h>
#include <commctrl.h>
#include <stdlib.h>

#include "app.h"
#include "app_history.h"
#include "app_state.h"
#include "errors.h"
#include "instance.h"
#include "keyboard.h"
#include "lapwing/command_line.h"
#include "remote_control.h"
#include "state_store.h"
#include "main_window.h"
#include "resource.h"
#include "time_display.h"
#include "windows_functions.h"

/* Only System32 for DLLs loaded from here on: people run downloads from their Downloads
 * folder, where a planted DLL must not be picked up. Windows 7 without KB2533623 lacks the
 * call; it then keeps its default search order. */
static void harden_dll_search_path(void)
{
    const windows_functions *windows = windows_functions_get();

    if (windows->SetDefaultDllDirectories)
        windows->SetDefaultDllDirectories(LOAD_LIBRARY_SEARCH_SYSTEM32);
}

/* The rest of the start (main_window_finish_start) waits for the first moment with nothing to
 * do: the queue empty for START_QUIET_MS once the window is painted. A stopwatch that starts
 * running posts a frame every few milliseconds, so after START_LATEST_MS it is done anyway. */
enum
{
    START_QUIET_MS = 30,
    START_LATEST_MS = 150
};

static int run_message_loop(app *app, HWND window)
{
    keyboard keys;
    MSG message;
    BOOL got, started = FALSE;
    ULONGLONG start_deadline = 0;

    keyboard_initialize(&keys, window, app->accelerators);
    for (;;)
    {
        if (!started && !PeekMessageW(&message, NULL, 0, 0, PM_NOREMOVE))
        {
            ULONGLONG now = GetTickCount64();

            if (!start_deadline)
                start_deadline = now + START_LATEST_MS;
            /* A real wait, which is what WaitForInputIdle waits for (under Wine a peek that
             * finds nothing is not); input that comes meanwhile goes first. */
            if (MsgWaitForMultipleObjectsEx(0, NULL, START_QUIET_MS, QS_ALLINPUT,
                                            MWMO_INPUTAVAILABLE) == WAIT_TIMEOUT ||
                now >= start_deadline)
            {
                started = TRUE;
                main_window_finish_start(window);
            }
            continue;
        }
        if ((got = GetMessageW(&message, NULL, 0, 0)) == 0)
            break;
        if (got == -1)
            return 1;
        if (keyboard_translate(&keys, &message))
            continue;
        TranslateMessage(&message);
        DispatchMessageW(&message);
        keyboard_after_dispatch(&keys, &message);
    }
    return (int)message.wParam;
}

/* The window, the message loop, and the app deleted last: the main path. */
static int run(app *app, const command_line *parsed, int show)
{
    app_load_news load_news;
    HWND window;
    int exit_code;

    /* The saved stopwatch, before the window shows anything. */
    app_load_state(app, &load_news, TRUE);
    app_load_history(app, &load_news);
    app->load_news = &load_news;
    /* After an update reboot Windows starts Lapwing again, and the state brings it back. */
    RegisterApplicationRestart(L"", RESTART_NO_CRASH | RESTART_NO_HANG);
    window = main_window_create(app, parsed->minimized ? SW_SHOWMINNOACTIVE : show);
    if (!window)
    {
        /* One failure, one box: the step that failed says why, if it recorded it. */
        if (app->failure_message)
            error_show_startup(app->failure_message, NULL, app->failure_error);
        else
            error_show_startup(0, L"CreateWindowEx", GetLastError());
        return EXIT_FAILED;
    }
    app->load_news = NULL;
    exit_code = remote_control_apply_to_own_window(window, parsed);
    if (exit_code == EXIT_DONE)
        exit_code = remote_control_answer_history(parsed);
    if (exit_code == EXIT_DONE)
        exit_code = remote_control_answer_list(parsed);
    run_message_loop(app, window);
    app_history_finish(app);
    /* WM_CLOSE ends with 0; a command line that could not be done says so afterwards. */
    return exit_code;
}

int WINAPI wWinMain(HINSTANCE instance, HINSTANCE previous, PWSTR command_line_text, int show)
{
    INITCOMMONCONTROLSEX controls;
    command_line parsed;
    char **arguments = NULL;
    int argument_count = 0, exit_code;
    WCHAR folder[MAX_PATH];
    struct instance me = { NULL, 0, TRUE };
    app app;

    (void)previous;
    (void)command_line_text;
    harden_dll_search_path();

    /* Every argument checked before any is applied; a bad one changes nothing. */
    if (!remote_control_parse(&parsed, &arguments, &argument_count))
    {
        remote_control_free(arguments, argument_count);
        return EXIT_BAD_COMMAND_LINE;
    }
    if (parsed.help || parsed.version)
    {
        remote_control_print_help_and_version(&parsed);
        remote_control_free(arguments, argument_count);
        return EXIT_DONE;
    }

    controls.dwSize = sizeof(controls);
    controls.dwICC = ICC_STANDARD_CLASSES | ICC_LISTVIEW_CLASSES | ICC_BAR_CLASSES;
    InitCommonControlsEx(&controls);

    if (!app_initialize(&app, instance))
    {
        error_show_startup(0, L"LoadAccelerators", GetLastError());
        app_delete(&app);
        remote_control_free(arguments, argument_count);
        return EXIT_FAILED;
    }

    /* A stopwatch named that is not there: exit 2, nothing changed. */
    exit_code = remote_control_check_names(&parsed);
    if (exit_code != EXIT_DONE)
    {
        app_delete(&app);
        remote_control_free(arguments, argument_count);
        return exit_code;
    }

    /* One Lapwing per state folder: a second start hands its command line to the first. */
    if (state_store_default_folder(folder, ARRAYSIZE(folder)) && instance_claim(&me, folder))
    {
        app.instance_id = me.id;
        if (!me.first)
        {
            HWND running;

            remote_control_start_deadline();
            running = instance_find_window(MAIN_WINDOW_CLASS, me.id, 5000);
            if (running || !instance_wait_for_first(&me, 10000))
            {
                /* Hand over; or, if it neither showed a window nor went, do nothing rather
                 * than write its files beside it. */
                exit_code = running ? remote_control_forward(running, &parsed)
                                    : remote_control_no_window();
                remote_control_end_deadline(); /* the rest reads the saved files alone */
                if (exit_code == EXIT_DONE)
                    exit_code = remote_control_answer_history(&parsed);
                if (exit_code == EXIT_DONE)
                    exit_code = remote_control_answer_list(&parsed);
                instance_release(&me);
                app_delete(&app);
                remote_control_free(arguments, argument_count);
                return exit_code;
            }
            remote_control_end_deadline();
            /* It closed as we started: carry on as the one Lapwing. */
        }
    }

    if (command_line_is_query(&parsed))
    {
        /* Only output was asked for, and no Lapwing runs: answer from the saved state. */
        app_load_news news;
        app_load_state(&app, &news, FALSE);
        exit_code = remote_control_answer_here(&app, &parsed);
        if (exit_code == EXIT_DONE)
            exit_code = remote_control_answer_history(&parsed);
        if (exit_code == EXIT_DONE)
            exit_code = remote_control_answer_list(&parsed);
    }
    else if (!time_display_register(instance) || !main_window_register(instance))
    {
        error_show_startup(0, L"RegisterClassEx", GetLastError());
        exit_code = EXIT_FAILED;
    }
    else
        exit_code = run(&app, &parsed, show);
    app_delete(&app);
    instance_release(&me);
    remote_control_free(arguments, argument_count);
    return exit_code;
}
