/*
 * Global hotkeys: RegisterHotKey for each command that has one (with MOD_NOREPEAT, so holding
 * the keys acts once), the command's id as the hotkey's id, so WM_HOTKEY takes the one command
 * path like every other input; and the optional guard against a second press within N ms.
 * Hotkeys keep working while the window is minimized, hidden in the tray or in mini mode: they
 * belong to the thread, not to the window's state. UI thread only.
 */
#ifndef LAPWING_HOTKEYS_H
#define LAPWING_HOTKEYS_H

#include <windows.h>

#include "lapwing/hotkey.h"

typedef struct hotkeys
{
    HWND window;
    hotkey_settings active;     /* what is registered now (a key of 0: none) */
    hotkey_guard guard;
} hotkeys;

/* Registers `wanted` for `window` in place of what was registered. If a combination cannot be
 * registered (another program owns it) nothing changes: the old hotkeys stay registered, and
 * the slot that failed and the error are returned (-1 when all went well). */
int hotkeys_apply(hotkeys *hotkeys, HWND window, const hotkey_settings *wanted, DWORD *error);
/* At start: registers what it can of `wanted`; the first slot that failed (or -1). */
int hotkeys_register_what_can_be(hotkeys *hotkeys, HWND window, const hotkey_settings *wanted,
                                 DWORD *error);
void hotkeys_unregister_all(hotkeys *hotkeys);
/* Whether a WM_HOTKEY for `command` counts (the guard); TRUE for anything not a hotkey's. */
BOOL hotkeys_accept(hotkeys *hotkeys, UINT command);

#endif
