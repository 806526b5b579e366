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
/* The same control under another name, for the current lap under the time: tools that look for
 * the time display by its class find the one that shows the time. */
#define LAP_DISPLAY_CLASS L"LapwingLapDisplay"

/* wParam: 0, lParam: const WCHAR *text. Shows the text without an accessibility event. */
#define TIME_DISPLAY_SHOW (WM_USER + 1)

/* A style of the control: mouse hits fall through to the parent (mini mode, where the whole
 * window is dragged by its body). */
#define TIME_DISPLAY_PASS_HITS 0x0001
/* A style: every frame drawn directly (text rendered into a buffer), never from the glyph
 * cache; the baseline the cache is compared with, in the tests (same pixels) and in the
 * benchmarks (lower cost). */
#define TIME_DISPLAY_DRAW_DIRECT 0x0002
/* wParam: the text's colour, lParam: the background's (COLORREFs); CLR_INVALID for either
 * means the system's window colours (high contrast, the light theme). */
#define TIME_DISPLAY_SET_COLORS (WM_USER + 2)

/* Registers both classes. */
BOOL time_display_register(HINSTANCE instance);

#endif
