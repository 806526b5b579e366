/*
 * The main window in the shell (main_window_shell.c): the notification-area icon, the taskbar
 * button and the global hotkeys. Listeners: told by the refresh and the hub; what the user does
 * with them comes back as a command id.
 */
#ifndef LAPWING_MAIN_WINDOW_SHELL_H
#define LAPWING_MAIN_WINDOW_SHELL_H

#include "main_window_private.h"

/* The taskbar's thumbnail buttons and overlay as the window shows `shown` (after the view, so
 * the buttons it copies are up to date). */
void main_window_show_taskbar(main_window *state, stopwatch_state shown);
/* TRUE when `message` is "TaskbarButtonCreated" (the taskbar extras are set up). */
BOOL main_window_taskbar_on_message(main_window *state, UINT message);
/* The jump list's stopwatch tasks again, when the stopwatches' names or order changed. */
void main_window_show_jump_list(main_window *state);
void main_window_tray_initialize(main_window *state, UINT message);
/* Minimized: behind the tray icon if the user chose so (TRUE), else nothing (FALSE). */
BOOL main_window_tray_on_minimize(main_window *state);
/* Shown again: the tray icon goes. */
void main_window_tray_on_restore(main_window *state);
/* The icon's callback message: the command it asks for (0: none). */
UINT main_window_tray_on_message(main_window *state, WPARAM wparam, LPARAM lparam);
/* TRUE when `message` is Explorer's "TaskbarCreated" (the icon is added again). */
BOOL main_window_tray_on_taskbar_created(main_window *state, UINT message);
/* At start: the global hotkeys of lapwing.ini; one another program owns is a notice. */
main_window_changes main_window_register_hotkeys(main_window *state);

#endif
