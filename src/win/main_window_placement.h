/*
 * Where the main window goes (main_window_placement.c). A leaf beside the modes.
 */
#ifndef LAPWING_MAIN_WINDOW_PLACEMENT_H
#define LAPWING_MAIN_WINDOW_PLACEMENT_H

#include "main_window_private.h"

/* Shows `window` where lapwing.ini says it was; FALSE when nothing usable is remembered. */
BOOL main_window_restore_placement(HWND window, const settings *settings, int show);
/* Remembers the window's place in lapwing.ini (at close). */
void main_window_remember_placement(main_window *state);
/* WM_GETMINMAXINFO: the smallest window for its mode, never larger than the work area. */
void main_window_min_max_info(main_window *state, MINMAXINFO *info);

#endif
