/*
 * Lapwing's entry point and message loop.
 *
 * The loop gives keys to the accelerator table first (so Space, L, R... do the same thing
 * whichever control has the focus, and a focused button never turns Space into a click), then
 * to IsDialogMessage for Tab and mnemonics, then to the window. Held keys are ignored: Windows
 * repeats WM_KEYDOWN while a key is down, and a held Space must not toggle again and again.
 */
#include <windows.h>
#include <commctrl.h>
#include <stdlib.h>

#include "errors.h"
#include "main_window.h"
#include "resource.h"
#include "time_display.h"

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

int WINAPI wWinMain(HINSTANCE instance, HINSTANCE previous, PWSTR command_line, int show)
{
    INITCOMMONCONTROLSEX controls;
    HACCEL accelerators;
    accelerator_keys keys;
    HWND window;
    MSG message;
    BOOL got;

    (void)previous;
    (void)command_line;

    controls.dwSize = sizeof(controls);
    controls.dwICC = ICC_STANDARD_CLASSES | ICC_LISTVIEW_CLASSES | ICC_BAR_CLASSES;
    InitCommonControlsEx(&controls);

    if (!time_display_register(instance) || !main_window_register(instance))
    {
        error_show_fatal(L"RegisterClassEx", GetLastError());
        return 1;
    }
    accelerators = LoadAcceleratorsW(instance, MAKEINTRESOURCEW(IDA_MAIN));
    if (!accelerators)
    {
        error_show_fatal(L"LoadAccelerators", GetLastError());
        return 1;
    }
    accelerator_keys_load(accelerators, &keys);

    window = main_window_create(instance, show);
    if (!window)
    {
        error_show_fatal(L"CreateWindowEx", GetLastError());
        return 1;
    }

    while ((got = GetMessageW(&message, NULL, 0, 0)) != 0)
    {
        if (got == -1)
            break;
        if (message.hwnd == window || IsChild(window, message.hwnd))
        {
            if (is_repeated_accelerator_key(&keys, &message))
                continue;
            if (TranslateAcceleratorW(window, accelerators, &message))
                continue;
            if (IsDialogMessageW(window, &message))
                continue;
        }
        TranslateMessage(&message);
        DispatchMessageW(&message);
    }
    DestroyAcceleratorTable(accelerators);
    return got == -1 ? 1 : (int)message.wParam;
}
