/*
 * The big time display: a custom control that draws the time in a font scaled to its size,
 * each digit in a cell of the widest digit's width so the text never jitters as digits change.
 *
 * Accessibility contract: WM_GETTEXT answers with the time shown. Frame updates
 * (TIME_DISPLAY_SHOW) change the text silently; WM_SETTEXT changes it and raises one
 * EVENT_OBJECT_NAMECHANGE, which the main window sends on start, stop and lap only, so screen
 * readers are told about events, not sixty times a second.
 */
#ifndef LAPWING_TIME_DISPLAY_H
#define LAPWING_TIME_DISPLAY_H

#include <windows.h>

#define TIME_DISPLAY_CLASS L"LapwingTimeDisplay"

/* wParam: 0, lParam: const WCHAR *text. Shows the text without an accessibility event. */
#define TIME_DISPLAY_SHOW (WM_USER + 1)

BOOL time_display_register(HINSTANCE instance);

#endif
