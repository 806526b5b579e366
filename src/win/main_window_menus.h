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

#endif
