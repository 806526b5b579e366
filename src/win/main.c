/*
 * Lapwing's entry point and message loop. UI thread.
 *
 * The order: the DLL search path is restricted first; the command line is checked whole (a bad
 * one exits with 2 and changes nothing); if a Lapwing of the same state folder already runs,
 * the command line goes to it and this process exits; else the app (stopwatch, keys, saved
 * state) is made, then the window, and the command line is applied to it. One failure shows
 * one message box, and the app is deleted last.
 *
 * The loop gives keys to the accelerator table first (so Space, L, R... do the same thing
 * whichever control has the focus, and a focused button never turns Space into a click), then
 * to IsDialogMessage for Tab and mnemonics, then to the window. Held keys are ignored: Windows
 * repeats WM_KEYDOWN while a key is down, and a held Space must not toggle again and again.
 */
#include <windows.h>
#include <commctrl.h>
#include <stdlib.h>

#include "app.h"
#include "errors.h"
#include "instance.h"
#include "lapwing/command_line.h"
#include "remote_control.h"
#include "state_store.h"
#include "main_window.h"
#include "resource.h"
#include "time_display.h"
#include "windows_functions.h"

/* The virtual keys of the accelerator table, so repeats of exactly those keys are dropped
 * (arrow keys and the like still repeat in the lap list). */
typedef struct accelerator_keys
{
    WORD keys[64];
    int count;
} accelerator_keys;

static void accelerator_keys_load(HACCEL accelerators, accelerator_keys *keys)
{
    ACCEL entries[64];
    int count = CopyAcceleratorTableW(accelerators, entries, ARRAYSIZE(entries)), i;

    keys->count = 0;
    for (i = 0; i < count && keys->count < (int)ARRAYSIZE(keys->keys); i++)
        if (entries[i].fVirt & FVIRTKEY)
            keys->keys[keys->count++] = entries[i].key;
}

static BOOL is_repeated_accelerator_key(const accelerator_keys *keys, const MSG *message)
{
    int i;

    if (message->message != WM_KEYDOWN && message->message != WM_SYSKEYDOWN)
        return FALSE;
    if (!(message->lParam & (1L << 30))) /* bit 30: the key was already down */
        return FALSE;
    for (i = 0; i < keys->count; i++)
        if (keys->keys[i] == (WORD)message->wParam)
            return TRUE;
    return FALSE;
}

/* Keys that belong to the control with the focus, not to the stopwatch: everything typed into
 * an edit box (a lap's note: "L" there is a letter, not a lap), and Delete and Backspace in the
 * lap list (a user who selected a lap and pressed Delete must not lose every lap; R still
 * resets, and a reset can be undone). */
static BOOL key_belongs_to_focus(HWND window, const MSG *message)
{
    HWND focus;
    WCHAR class_name[32];

    if (message->message != WM_KEYDOWN && message->message != WM_SYSKEYDOWN &&
        message->message != WM_CHAR && message->message != WM_SYSCHAR)
        return FALSE;
    focus = GetFocus();
    if (!focus || !IsChild(window, focus))
        return FALSE;
    if (GetClassNameW(focus, class_name, ARRAYSIZE(class_name)) &&
        lstrcmpiW(class_name, WC_EDITW) == 0)
        return message->message != WM_SYSKEYDOWN; /* Alt+F4 and the like still work */
    return GetDlgCtrlID(focus) == IDC_LAP_LIST && message->message == WM_KEYDOWN &&
           (message->wParam == VK_DELETE || message->wParam == VK_BACK);
}

/* Only System32 for DLLs loaded from here on: people run downloads from their Downloads
 * folder, where a planted DLL must not be picked up. Windows 7 without KB2533623 lacks the
 * call; it then keeps its default search order. */
static void harden_dll_search_path(void)
{
    const windows_functions *windows = windows_functions_get();

    if (windows->SetDefaultDllDirectories)
        windows->SetDefaultDllDirectories(LOAD_LIBRARY_SEARCH_SYSTEM32);
}

static int run_message_loop(app *app, HWND window)
{
    accelerator_keys keys;
    MSG message;
    BOOL got;

    accelerator_keys_load(app->accelerators, &keys);
    while ((got = GetMessageW(&message, NULL, 0, 0)) != 0)
    {
        if (got == -1)
            return 1;
        if (message.hwnd == window || IsChild(window, message.hwnd))
        {
            BOOL for_focus = key_belongs_to_focus(window, &message);
            if (!for_focus && is_repeated_accelerator_key(&keys, &message))
                continue;
            if (!for_focus && TranslateAcceleratorW(window, app->accelerators, &message))
                continue;
            if (IsDialogMessageW(window, &message))
                continue;
        }
        TranslateMessage(&message);
        DispatchMessageW(&message);
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
    run_message_loop(app, window);
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

    /* One Lapwing per state folder: a second start hands its command line to the first. */
    if (state_store_default_folder(folder, ARRAYSIZE(folder)) && instance_claim(&me, folder))
    {
        app.instance_id = me.id;
        if (!me.first)
        {
            HWND running = instance_find_window(me.id, 5000);
            if (running || !instance_wait_for_first(&me, 10000))
            {
                /* Hand over; or, if it neither showed a window nor went, do nothing rather
                 * than write its files beside it. */
                exit_code = running ? remote_control_forward(running, &parsed) : EXIT_FAILED;
                instance_release(&me);
                app_delete(&app);
                remote_control_free(arguments, argument_count);
                return exit_code;
            }
            /* It closed as we started: carry on as the one Lapwing. */
        }
    }

    if (command_line_is_query(&parsed))
    {
        /* Only output was asked for, and no Lapwing runs: answer from the saved state. */
        app_load_news news;
        app_load_state(&app, &news, FALSE);
        exit_code = remote_control_answer_here(&app, &parsed);
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
