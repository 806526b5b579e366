/*
 * The Settings dialog (IDD_SETTINGS, a standard dialog resource, every control reachable with
 * Tab and its access key): precision, theme, always on top, the time in the title. Each change
 * is applied at once (the window shows it while the dialog is open); Cancel or Esc puts the
 * preferences back as they were, OK keeps them in lapwing.ini. UI thread only.
 */
#ifndef LAPWING_SETTINGS_DIALOG_H
#define LAPWING_SETTINGS_DIALOG_H

#include <windows.h>

#include "lapwing/preferences.h"

/* Called after every change (and after Cancel restored the old ones) with `context`. */
typedef void (*settings_dialog_apply)(void *context);

/* Shows the dialog over `owner`, editing `*preferences` in place; TRUE when the user chose OK
 * (the caller saves them), FALSE when cancelled (`*preferences` is as it was). */
BOOL settings_dialog_show(HWND owner, preferences *preferences, settings_dialog_apply apply,
                          void *context);

#endif
