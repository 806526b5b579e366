/*
 * The main window's controls (main_window_controls.c): made once, in WM_CREATE (the tooltips
 * once the window waits for input). A leaf.
 */
#ifndef LAPWING_MAIN_WINDOW_CONTROLS_H
#define LAPWING_MAIN_WINDOW_CONTROLS_H

#include "main_window_private.h"

/* Makes the window's controls; FALSE if one could not be made. */
BOOL main_window_create_controls(main_window *state);
/* The buttons' tooltips, made once (after the first paint: main_window_finish_start). */
void main_window_create_tooltips(main_window *state);
/* The buttons' tooltips follow the buttons (after a layout). */
void main_window_place_tooltips(main_window *state);

#endif
