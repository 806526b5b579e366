/*
 * The main window among Windows' own messages (main_window_system.c). Told by the hub.
 */
#ifndef LAPWING_MAIN_WINDOW_SYSTEM_H
#define LAPWING_MAIN_WINDOW_SYSTEM_H

#include "main_window_private.h"

/* WM_SIZE: the clock told whether anything can be seen; minimized into the tray or not. */
void main_window_on_size(main_window *state, UINT type);
/* WM_DPICHANGED: fonts at the new DPI, the suggested rectangle, the layout. */
void main_window_on_dpi_changed(main_window *state, UINT dpi, const RECT *suggested);
/* WM_ENDSESSION: everything on disk before the process goes. */
void main_window_on_end_session(main_window *state, BOOL ending);
/* WM_POWERBROADCAST: back from sleep, the display is right at once. */
void main_window_on_power_broadcast(main_window *state, WPARAM event);
/* WM_SETTINGCHANGE: the theme, high contrast, font smoothing followed live. */
void main_window_on_setting_change(main_window *state, WPARAM parameter, LPARAM setting);
/* WM_ACTIVATE: leaving, the control with the focus is remembered. */
void main_window_on_activate(main_window *state, UINT activation);
/* WM_SETFOCUS: the focus given back to a control, so the keys keep reaching the window. */
void main_window_on_set_focus(main_window *state);

#endif
