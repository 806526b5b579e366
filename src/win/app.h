/*
 * The application: what exists before any window and outlives it. Made first in wWinMain and
 * deleted last. It owns the shared stopwatch, the clock thread and the accelerator table (and,
 * later, the settings and the saved state), so a command line or a second instance can reach
 * them without a window.
 *
 * The clock thread posts to a window, so the main window starts it once it exists (WM_CREATE)
 * and stops it before it is gone (WM_DESTROY); the app holds it.
 *
 * UI thread only, but for `shared`, which is the clock thread's too (behind its lock).
 */
#ifndef LAPWING_APP_H
#define LAPWING_APP_H

#include <windows.h>

#include "clock_thread.h"
#include "shared_stopwatch.h"

typedef struct app
{
    HINSTANCE instance;
    shared_stopwatch shared;
    clock_thread clock;
    HACCEL accelerators;        /* the keys: the one list (res/lapwing.rc) */
    HWND main_window;           /* NULL until created, and again once destroyed */
    /* Why starting failed, when a step reports it itself (0: the caller names the step). */
    UINT failure_message;
    DWORD failure_error;
} app;

/* Sets up everything that needs no window. FALSE (GetLastError set) if the accelerator table
 * cannot be loaded; then app_delete is still safe. */
BOOL app_initialize(app *app, HINSTANCE instance);
void app_delete(app *app);

/* Starts the clock thread posting `message` to `window`. On failure records why (see above). */
BOOL app_start_clock(app *app, HWND window, UINT message);
/* Stops it and waits for it; nothing is posted to `window` afterwards. */
void app_stop_clock(app *app);

#endif
