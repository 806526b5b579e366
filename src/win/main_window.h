/*
 * The main window: time display, Start/Stop, Lap and Reset buttons, and the lap list.
 * It owns the shared stopwatch and the clock thread; see main_window.c.
 */
#ifndef LAPWING_MAIN_WINDOW_H
#define LAPWING_MAIN_WINDOW_H

#include <windows.h>

#define MAIN_WINDOW_CLASS L"LapwingMainWindow"

BOOL main_window_register(HINSTANCE instance);
/* Creates and shows the main window; NULL (GetLastError set) on failure. */
HWND main_window_create(HINSTANCE instance, int show);

#endif
