/*
 * The Settings dialog (IDD_SETTINGS, a standard dialog resource, every control reachable with
 * Tab and its access key): precision, theme, always on top, the time in the title, minimizing
 * to the tray, the stream file (a path, or Browse…), and the global hotkeys with their guard.
 * Each preference is applied at once (the window shows it while the dialog is open), the stream
 * file's path on OK; Cancel or Esc puts them back as they were. The
 * hotkeys are checked and registered on OK: a plain letter, a combination used twice, or one
 * that another program owns is said in a message and the dialog stays open, nothing changed.
 * UI thread only.
 */
#ifndef LAPWING_SETTINGS_DIALOG_H
#define LAPWING_SETTINGS_DIALOG_H

#include <windows.h>

#include "lapwing/hotkey.h"
#include "lapwing/preferences.h"

typedef struct settings_dialog_request
{
    preferences *preferences;       /* edited in place, live */
    hotkey_settings *hotkeys;       /* changed on OK only, once registered */
    /* Called after every change of a preference (and after Cancel restored them). */
    void (*apply)(void *context);
    /* Registers `wanted`; -1 when done, else the slot another program owns (nothing
     * changed, `*error` why). */
    int (*register_hotkeys)(void *context, const hotkey_settings *wanted, DWORD *error);
    void *context;
} settings_dialog_request;

/* Shows the dialog over `owner`; TRUE when the user chose OK (the caller saves). */
BOOL settings_dialog_show(HWND owner, settings_dialog_request *request);

/* A hotkey control's value (HKM_GETHOTKEY) as a combination, and back. */
void settings_dialog_hotkey_from_control(WORD value, hotkey *key);
WORD settings_dialog_hotkey_to_control(const hotkey *key);

#endif
