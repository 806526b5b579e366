/*
 * Lapwing's entry point and message loop. UI thread.
 *
 * The order: the DLL search path is restricted first, then the app (stopwatch, keys) is made,
 * then the window; one failure shows one message box, and the app is deleted last.
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

int WINAPI wWinMain(HINSTANCE instance, HINSTANCE previous, PWSTR command_line, int show)
{
    INITCOMMONCONTROLSEX controls;
    app app;
    app_load_news load_news;
    HWND window;
    int exit_code;

    (void)previous;
    (void)command_line;
    harden_dll_search_path();

    controls.dwSize = sizeof(controls);
    controls.dwICC = ICC_STANDARD_CLASSES | ICC_LISTVIEW_CLASSES | ICC_BAR_CLASSES;
    InitCommonControlsEx(&controls);

    if (!app_initialize(&app, instance))
    {
        error_show_startup(0, L"LoadAccelerators", GetLastError());
        app_delete(&app);
        return 1;
    }
    /* The saved stopwatch, before the window shows anything. */
    app_load_state(&app, &load_news);
    app.load_news = &load_news;
    /* After an update reboot Windows starts Lapwing again, and the state brings it back. */
    RegisterApplicationRestart(L"", RESTART_NO_CRASH | RESTART_NO_HANG);
    if (!time_display_register(instance) || !main_window_register(instance))
    {
        error_show_startup(0, L"RegisterClassEx", GetLastError());
        app_delete(&app);
        return 1;
    }
    window = main_window_create(&app, show);
    if (!window)
    {
        /* One failure, one box: the step that failed says why, if it recorded it. */
        if (app.failure_message)
            error_show_startup(app.failure_message, NULL, app.failure_error);
        else
            error_show_startup(0, L"CreateWindowEx", GetLastError());
        app_delete(&app);
        return 1;
    }
    exit_code = run_message_loop(&app, window);
    app_delete(&app);
    return exit_code;
}
