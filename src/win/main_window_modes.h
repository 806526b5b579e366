/*
 * How the main window stays in view (main_window_modes.c). Told by the refresh and the hub;
 * calls no other window file.
 */
#ifndef LAPWING_MAIN_WINDOW_MODES_H
#define LAPWING_MAIN_WINDOW_MODES_H

#include "main_window_private.h"

/* Above the other windows or not, as the preference says (mini mode always is), and the
 * window menu's check mark with it. */
void main_window_apply_topmost(main_window *state);
/* The clock thread's rates for the precision, the title and the tray. */
void main_window_apply_clock_rates(main_window *state);
/* Into `mode`, or back to the full window if it is in that mode already (LAYOUT_NORMAL: back
 * from any mode). The caller lays the window out afterwards. */
void main_window_set_mode(main_window *state, layout_mode mode);
/* The full window's placement, even while in a mode. */
BOOL main_window_normal_placement(main_window *state, WINDOWPLACEMENT *placement);
/* WM_NCHITTEST after DefWindowProc: in mini mode the body drags the window. */
LRESULT main_window_hit_test(main_window *state, LRESULT hit);
/* Restored if it was minimized, and in front. */
void main_window_bring_to_front(main_window *state);
/* In front if it is not, else minimized (or into the tray when that is chosen). */
void main_window_show_or_hide(main_window *state);

#endif
