/*
 * The main window in its theme (main_window_theme.c). A leaf: it calls no other window file.
 */
#ifndef LAPWING_MAIN_WINDOW_THEME_H
#define LAPWING_MAIN_WINDOW_THEME_H

#include "main_window_private.h"

/* The theme as the preferences and Windows say now, applied to everything. */
void main_window_apply_theme(main_window *state);
/* The time's colour for `shown` (running and paused have their own). */
void main_window_show_time_color(main_window *state, stopwatch_state shown);
/* WM_CTLCOLORSTATIC and WM_CTLCOLORBTN: the theme's text and background. */
HBRUSH main_window_control_color(main_window *state, HDC dc);
/* WM_ERASEBKGND: the theme's background. */
BOOL main_window_erase_background(main_window *state, HDC dc);

#endif
