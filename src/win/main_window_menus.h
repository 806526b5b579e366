/*
 * The main window's context menus (main_window_menus.c). A leaf.
 */
#ifndef LAPWING_MAIN_WINDOW_MENUS_H
#define LAPWING_MAIN_WINDOW_MENUS_H

#include "main_window_private.h"

/* The lap list's context menu at `point` (screen; -1, -1 from the keyboard). */
void main_window_show_lap_menu(main_window *state, POINT point);
/* The window's context menu, every command with its key, at `point` (-1, -1: keyboard). */
void main_window_show_command_menu(main_window *state, POINT point);

/* A strip tab's menu (the tab under `point`, or the focused one from the keyboard: -1, -1):
 * start or pause that stopwatch, a lap on it, show it, rename, remove or move it. The commands
 * the choice means, in order, into `commands` (showing it comes first where the command acts
 * on the shown one); how many (0: nothing chosen). */
size_t main_window_show_strip_menu(main_window *state, POINT point, UINT commands[2]);

#endif
