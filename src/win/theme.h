/*
 * Light, dark and high contrast on Windows: which applies (the user's choice, the Windows app
 * theme in the registry, high contrast), the colours and brush for it (the core's palette, or
 * the system's colours in high contrast), and what can be made dark: the title bar
 * (DWMWA_USE_IMMERSIVE_DARK_MODE, 20 on Windows 10 2004 and later, 19 on 1809 to 1909) and the
 * common controls' dark visual style (the "DarkMode_Explorer" theme class of Windows 10 1809
 * and later; elsewhere the controls keep their light look). UI thread only.
 */
#ifndef LAPWING_THEME_H
#define LAPWING_THEME_H

#include <windows.h>

#include "lapwing/palette.h"
#include "lapwing/stopwatch.h"

typedef struct theme
{
    palette palette;
    COLORREF background, text, running, paused, best, worst;
    HBRUSH background_brush;    /* owned, but a system brush in high contrast */
    BOOL owns_brush;
    BOOL was_dark;              /* dark at some point: going light must undo it */
} theme;

/* The theme `choice` gives now (reading the app theme and high contrast); the old brush, if
 * any, is deleted. `*theme` must be zeroed the first time. */
void theme_update(theme *theme, theme_choice choice);
void theme_delete(theme *theme);
/* The colour the time is drawn in for `state`; CLR_INVALID in high contrast (the system's). */
COLORREF theme_time_color(const theme *theme, stopwatch_state state);
/* The title bar of `window` dark or not. */
void theme_apply_title_bar(const theme *theme, HWND window);
/* A common control (a button, the list, its header) in the dark visual style or not. */
void theme_apply_control(const theme *theme, HWND control, BOOL items_view);
/* Whether Windows' high contrast is on (then: system colours only). */
BOOL theme_high_contrast_is_on(void);
/* TRUE for a WM_SETTINGCHANGE that may change the theme ("ImmersiveColorSet"). */
BOOL theme_is_theme_change(LPARAM setting);

#endif
