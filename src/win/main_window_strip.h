/*
 * The strip of stopwatches: a standard tab control above the time, shown from two stopwatches
 * on (in the full window only), one tab each with its name, its time to the second and its
 * state in words ("Runner B  1:02  running"), the selected one's tab selected. It reads the
 * model and shows it; a click on a tab comes back to the hub as a command. UI thread only.
 */
#ifndef LAPWING_MAIN_WINDOW_STRIP_H
#define LAPWING_MAIN_WINDOW_STRIP_H

#include "main_window_private.h"

BOOL main_window_create_strip(main_window *state);
/* The strip as the model has it now: its tabs, their texts, the selected one, shown or not.
 * TRUE when it appeared or went (the window's layout changes). */
BOOL main_window_show_strip(main_window *state);
/* A frame: the tabs' times again once a second has passed since they were made. */
void main_window_tick_strip(main_window *state);
/* The strip's height at the window's DPI while shown, else 0. */
int main_window_strip_height(const main_window *state);

#endif
