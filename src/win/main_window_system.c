/*
 * The main window among Windows' own messages: its size (minimized into the tray or not), its
 * DPI, Windows' settings and theme, sleep and resume, the end of the session, and the focus
 * given back to a control. Told by the hub; calls the view, the modes, the theme and the shell
 * as each message needs. UI thread only.
 */
#include "main_window_system.h"

#include "app_state.h"
#include "main_window_shell.h"
#include "main_window_theme.h"
#include "main_window_view.h"
#include "theme.h"

void main_window_on_size(main_window *state, UINT type)
{
    clock_thread_set_visible(&state->app->clock, type != SIZE_MINIMIZED);
    if (type == SIZE_MINIMIZED)
    {
        main_window_tray_on_minimize(state);
        return;
    }
    main_window_tray_on_restore(state);
    main_window_layout(state);
    main_window_show_state(state, FALSE); /* the display missed frames while minimized */
}

void main_window_on_dpi_changed(main_window *state, UINT dpi, const RECT *suggested)
{
    state->dpi = dpi;
    main_window_apply_fonts(state);
    SetWindowPos(state->window, NULL, suggested->left, suggested->top,
                 suggested->right - suggested->left, suggested->bottom - suggested->top,
                 SWP_NOZORDER | SWP_NOACTIVATE);
    main_window_layout(state);
}

/* Windows is shutting down, logging off or restarting for an update: everything on disk before
 * the process goes. */
void main_window_on_end_session(main_window *state, BOOL ending)
{
    if (ending)
        app_save_snapshot(state->app);
}

/* Back from sleep or hibernation: the display is right at once (the counter kept counting). */
void main_window_on_power_broadcast(main_window *state, WPARAM event)
{
    if (event == PBT_APMRESUMEAUTOMATIC || event == PBT_APMRESUMESUSPEND)
        main_window_show_state(state, FALSE);
}

void main_window_on_setting_change(main_window *state, WPARAM parameter, LPARAM setting)
{
    /* The app theme (dark or light) or high contrast changed: follow it live. */
    if (theme_is_theme_change(setting) || parameter == SPI_SETHIGHCONTRAST)
        main_window_apply_theme(state);
    /* Only top-level windows hear of it: the displays draw their glyph caches again (font
     * smoothing, ClearType may have changed). */
    SendMessageW(state->display, WM_SETTINGCHANGE, parameter, setting);
    SendMessageW(state->current_lap, WM_SETTINGCHANGE, parameter, setting);
    main_window_apply_fonts(state);
    main_window_layout(state);
}

void main_window_on_activate(main_window *state, UINT activation)
{
    HWND focus = GetFocus();

    /* Leaving: remember which control had the focus, as a dialog does. */
    if (activation == WA_INACTIVE && focus && IsChild(state->window, focus))
        state->last_focus = focus;
}

void main_window_on_set_focus(main_window *state)
{
    /* Give the focus back to a control, so the keyboard keeps reaching the window. */
    HWND target = state->last_focus;

    /* Mini mode and full screen show no control that takes the focus: the window keeps it. */
    if (state->mode != LAYOUT_NORMAL)
        return;
    if (!target || !IsWindow(target) || !IsWindowEnabled(target))
        target = state->start_stop_button;
    SetFocus(target);
}
