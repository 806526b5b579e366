/*
 * The refresh: what a command (or a frame, a setting, a second Lapwing) changed, passed on to
 * the listeners in a fixed order. The modes first (a mode or on top changes the window's size
 * and style), then the theme, then the view, which reads the model and shows it, then the
 * shell integrations, which copy what the view shows (the taskbar's buttons are enabled as
 * the window's are). The listeners never call back: what they have to ask for comes back to
 * the hub as a command id. UI thread only.
 */
#include "main_window_refresh.h"

#include "main_window_modes.h"
#include "main_window_shell.h"
#include "main_window_stream.h"
#include "main_window_strip.h"
#include "main_window_theme.h"
#include "main_window_view.h"

void main_window_refresh(main_window *state, main_window_changes changes)
{
    if (changes & MAIN_WINDOW_CHANGED_MODE)
    {
        main_window_set_mode(state, state->wanted_mode);
        main_window_show_strip(state); /* the full window's only */
        main_window_layout(state);
    }
    if ((changes & (MAIN_WINDOW_CHANGED_STOPWATCHES | MAIN_WINDOW_CHANGED_STATE)) &&
        main_window_show_strip(state))
    {
        main_window_layout(state); /* it came or went: everything moves, all is drawn again */
        RedrawWindow(state->window, NULL, NULL, RDW_INVALIDATE | RDW_ERASE | RDW_ALLCHILDREN);
    }
    /* The stream file before the notice: a write that failed is said with the rest. */
    if (changes & MAIN_WINDOW_CHANGED_PREFERENCES)
        changes |= main_window_apply_stream(state);
    else if (changes & (MAIN_WINDOW_CHANGED_STATE | MAIN_WINDOW_CHANGED_LAPS |
                        MAIN_WINDOW_CHANGED_STOPWATCHES))
        changes |= main_window_show_stream(state, TRUE);
    if (changes & MAIN_WINDOW_CHANGED_PREFERENCES)
    {
        main_window_apply_topmost(state);
        main_window_apply_theme(state);
        main_window_apply_clock_rates(state);
    }
    if (changes & MAIN_WINDOW_CHANGED_HISTORY)
        main_window_show_comparison(state);
    if (changes & (MAIN_WINDOW_CHANGED_STATE | MAIN_WINDOW_CHANGED_LAPS |
                   MAIN_WINDOW_CHANGED_PREFERENCES | MAIN_WINDOW_CHANGED_HISTORY))
        main_window_show_state(state, (changes & MAIN_WINDOW_ANNOUNCE_TIME) != 0);
    if (changes & MAIN_WINDOW_CHANGED_NOTICE)
        main_window_show_notice(state);
    if (changes & (MAIN_WINDOW_CHANGED_STATE | MAIN_WINDOW_CHANGED_LAPS |
                   MAIN_WINDOW_CHANGED_PREFERENCES))
        main_window_show_taskbar(state, state->shown_state);
    if (changes & MAIN_WINDOW_CHANGED_STOPWATCHES)
        main_window_show_jump_list(state);
    if (changes & MAIN_WINDOW_BRING_TO_FRONT)
        main_window_bring_to_front(state);
    if (changes & MAIN_WINDOW_SHOW_OR_HIDE)
        main_window_show_or_hide(state);
}
