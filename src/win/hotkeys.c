/*
 * Global hotkeys. See hotkeys.h.
 */
#include "hotkeys.h"

#ifndef MOD_NOREPEAT
#define MOD_NOREPEAT 0x4000 /* Windows 7 */
#endif

static BOOL register_one(HWND window, hotkey_slot slot, const hotkey *key)
{
    return RegisterHotKey(window, (int)hotkey_slot_command(slot), key->modifiers | MOD_NOREPEAT,
                          key->key);
}

static void unregister_one(HWND window, hotkey_slot slot)
{
    UnregisterHotKey(window, (int)hotkey_slot_command(slot));
}

void hotkeys_unregister_all(hotkeys *hotkeys)
{
    int slot;

    for (slot = 0; slot < HOTKEY_SLOT_COUNT; slot++)
        if (hotkeys->active.keys[slot].key)
            unregister_one(hotkeys->window, (hotkey_slot)slot);
    ZeroMemory(&hotkeys->active.keys, sizeof(hotkeys->active.keys));
}

int hotkeys_apply(hotkeys *hotkeys, HWND window, const hotkey_settings *wanted, DWORD *error)
{
    hotkey_settings old = hotkeys->active;
    int slot, failed = -1;

    *error = ERROR_SUCCESS;
    hotkeys_unregister_all(hotkeys);
    hotkeys->window = window;
    for (slot = 0; slot < HOTKEY_SLOT_COUNT && failed < 0; slot++)
    {
        if (!wanted->keys[slot].key)
            continue;
        if (!register_one(window, (hotkey_slot)slot, &wanted->keys[slot]))
        {
            *error = GetLastError();
            failed = slot;
        }
        else
            hotkeys->active.keys[slot] = wanted->keys[slot];
    }
    if (failed < 0)
    {
        hotkeys->active.lockout_ms = wanted->lockout_ms;
        return -1;
    }
    /* Put back what worked before. */
    hotkeys_unregister_all(hotkeys);
    for (slot = 0; slot < HOTKEY_SLOT_COUNT; slot++)
        if (old.keys[slot].key && register_one(window, (hotkey_slot)slot, &old.keys[slot]))
            hotkeys->active.keys[slot] = old.keys[slot];
    return failed;
}

int hotkeys_register_what_can_be(hotkeys *hotkeys, HWND window, const hotkey_settings *wanted,
                                 DWORD *error)
{
    int slot, failed = -1;

    *error = ERROR_SUCCESS;
    hotkeys_unregister_all(hotkeys);
    hotkeys->window = window;
    hotkeys->active.lockout_ms = wanted->lockout_ms;
    for (slot = 0; slot < HOTKEY_SLOT_COUNT; slot++)
    {
        if (!wanted->keys[slot].key)
            continue;
        if (register_one(window, (hotkey_slot)slot, &wanted->keys[slot]))
            hotkeys->active.keys[slot] = wanted->keys[slot];
        else if (failed < 0)
        {
            *error = GetLastError();
            failed = slot;
        }
    }
    return failed;
}

BOOL hotkeys_accept(hotkeys *hotkeys, UINT command)
{
    int slot;

    for (slot = 0; slot < HOTKEY_SLOT_COUNT; slot++)
        if (hotkey_slot_command((hotkey_slot)slot) == command)
            return hotkey_guard_accept(&hotkeys->guard, (hotkey_slot)slot, GetTickCount64(),
                                       hotkeys->active.lockout_ms);
    return TRUE;
}
