/*
 * Showing the main window's state (main_window_view.c). Called by the hub and the refresh.
 */
#ifndef LAPWING_MAIN_WINDOW_VIEW_H
#define LAPWING_MAIN_WINDOW_VIEW_H

#include "main_window_private.h"

/* Shows the time, the laps, the buttons and the title as the stopwatch has them; `announce`
 * tells screen readers the time once (after a command, not on a frame). While the stopwatch
 * runs, the lap list and the summary catch up on the next frame, so a burst of laps costs one
 * update. */
void main_window_show_state(main_window *state, BOOL announce);
/* The past runs changed (or the run picked to compare with): the lap list's vs best column. */
void main_window_show_comparison(main_window *state);
/* A frame from the clock thread: the time, the current lap, what laps came, the buttons.
 * MAIN_WINDOW_CHANGED_STATE when the stopwatch's state was not the one shown (the refresh
 * tells the listeners then). */
main_window_changes main_window_show_frame(main_window *state);
/* The recorded notice (main_window_set_notice) in the status line, which screen readers hear. */
void main_window_show_notice(main_window *state);
void main_window_layout(main_window *state);
/* (Re)creates the controls' font at the window's DPI. */
void main_window_apply_fonts(main_window *state);

#endif
