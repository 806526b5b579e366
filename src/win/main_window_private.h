/*
 * What the files of the main window share, and nothing else includes:
 *   main_window.c           the window procedure (a cracker), creation and destruction
 *   main_window_view.c      showing the state: time, buttons, laps; layout and fonts
 *   main_window_commands.c  the one execute function every command goes through
 * The lap list (lap_list.c), the time display (time_display.c), the help box and the clipboard
 * are pieces of their own that the window uses. All of it runs on the UI thread.
 */
#ifndef LAPWING_MAIN_WINDOW_PRIVATE_H
#define LAPWING_MAIN_WINDOW_PRIVATE_H

#include <windows.h>

#include "app.h"
#include "lap_list.h"
#include "shared_stopwatch.h"

typedef struct main_window
{
    HWND window;
    app *app;               /* owns the stopwatch and the clock thread */
    HWND display;
    HWND start_stop_button;
    HWND lap_button;
    HWND reset_button;
    lap_list laps;
    HWND tooltip;
    HWND last_focus;        /* the control to give the focus back to on reactivation */
    HFONT ui_font;
    UINT dpi;
    stopwatch_state shown_state;
} main_window;

/* main_window_view.c */
/* Shows the time, the laps and the buttons as the stopwatch has them; `announce` tells screen
 * readers the time once (after a command, not on a frame). */
void main_window_show_state(main_window *state, BOOL announce);
/* A frame from the clock thread: the time, and the buttons if the state moved on. */
void main_window_show_frame(main_window *state);
void main_window_layout(main_window *state);
/* (Re)creates the controls' font at the window's DPI. */
void main_window_apply_fonts(main_window *state);
/* Sizes at 96 DPI scaled to the window's. */
int main_window_scale(const main_window *state, int value);

/* main_window_commands.c */
/* Carries out `command` (an IDM_ id), whichever input it came from. */
void main_window_execute(main_window *state, UINT command);

#endif
