/*
 * The main window in its theme: light, dark or high contrast (theme.c decides which and with
 * what colours), applied to the window's own background, its lines of text, the time (whose
 * colour says running or paused, as the button's text does), the lap list and the title bar.
 * Again whenever Windows' app theme, high contrast or the system colours change. UI thread
 * only.
 */
#include "main_window_theme.h"

#include <commctrl.h>

#include "time_display.h"

/* The time's colour for the state it shows: an accent while running, another while paused. */
void main_window_show_time_color(main_window *state, stopwatch_state shown)
{
    COLORREF background = state->theme.palette == PALETTE_HIGH_CONTRAST
                              ? CLR_INVALID
                              : state->theme.background;
    COLORREF plain = state->theme.palette == PALETTE_HIGH_CONTRAST ? CLR_INVALID
                                                                    : state->theme.text;

    SendMessageW(state->display, TIME_DISPLAY_SET_COLORS,
                 (WPARAM)theme_time_color(&state->theme, shown), (LPARAM)background);
    SendMessageW(state->current_lap, TIME_DISPLAY_SET_COLORS, (WPARAM)plain, (LPARAM)background);
}

void main_window_apply_theme(main_window *state)
{
    HWND buttons[] = { state->start_stop_button, state->lap_button, state->reset_button };
    HWND header = (HWND)SendMessageW(state->laps.window, LVM_GETHEADER, 0, 0);
    size_t i;

    theme_update(&state->theme, state->app->preferences.theme);
    theme_apply_title_bar(&state->theme, state->window);
    for (i = 0; i < ARRAYSIZE(buttons); i++)
        theme_apply_control(&state->theme, buttons[i], FALSE);
    theme_apply_control(&state->theme, state->laps.window, FALSE);
    theme_apply_control(&state->theme, header, TRUE);
    SendMessageW(state->laps.window, LVM_SETBKCOLOR, 0, (LPARAM)state->theme.background);
    SendMessageW(state->laps.window, LVM_SETTEXTBKCOLOR, 0, (LPARAM)state->theme.background);
    SendMessageW(state->laps.window, LVM_SETTEXTCOLOR, 0, (LPARAM)state->theme.text);
    main_window_show_time_color(state, state->shown_state);
    RedrawWindow(state->window, NULL, NULL,
                 RDW_ERASE | RDW_FRAME | RDW_INVALIDATE | RDW_ALLCHILDREN);
}

/* The lines of text sit on the window's own background, in its text colour. */
HBRUSH main_window_control_color(main_window *state, HDC dc)
{
    SetTextColor(dc, state->theme.text);
    SetBkColor(dc, state->theme.background);
    return state->theme.background_brush;
}

BOOL main_window_erase_background(main_window *state, HDC dc)
{
    RECT client;

    GetClientRect(state->window, &client);
    FillRect(dc, &client, state->theme.background_brush);
    return TRUE;
}
