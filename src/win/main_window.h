/*
 * The main window: time display, Start/Stop, Lap and Reset buttons, and the lap list.
 * Public face only; the files that make up the window share main_window_private.h.
 */
#ifndef LAPWING_MAIN_WINDOW_H
#define LAPWING_MAIN_WINDOW_H

#include <windows.h>

#include "app.h"

/* The window class: what other tools (and the tests) find Lapwing's window by. */
#define MAIN_WINDOW_CLASS L"LapwingMainWindow"

BOOL main_window_register(HINSTANCE instance);
/* Creates and shows the main window of `app`; NULL (GetLastError set, or app->failure_message
 * when a step said why) on failure. */
HWND main_window_create(app *app, int show);
/* Once the window has shown and first waits for input (WaitForInputIdle has returned): what no
 * one sees in the first moments (the buttons' tooltips) is made now, so the window shows
 * sooner. */
void main_window_finish_start(HWND window);

#endif
