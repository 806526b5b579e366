/*
 * How the main window stays in view: always on top, mini mode (the time alone in a small
 * window on top, dragged by its body), full screen (giant digits), in front of the others or
 * out of the way, and how often the clock thread posts for what can be seen. Told by the
 * refresh; calls no other window file (the layout after a mode change is the refresh's). UI
 * thread only.
 *
 * A mode keeps the full window's placement and styles and puts them back when it ends, so the
 * window returns to the same rectangle (maximized if it was). The mini window's own place is
 * remembered in lapwing.ini ([mini]).
 */
#include "main_window_modes.h"

#include <wchar.h>

#include "app_state.h"
#include "dpi.h"
#include "lapwing/format.h"
#include "lapwing/placement.h"
#include "resource.h"
#include "time_display.h"
#include "ui_text.h"
#include "utf8.h"

/* ---- Always on top ------------------------------------------------------------------------- */

/* Puts the window above the others or not, and the window menu's check mark with it. Mini
 * mode is always on top, whatever the preference. */
void main_window_apply_topmost(main_window *state)
{
    BOOL on_top = state->mode == LAYOUT_MINI || state->app->preferences.always_on_top;

    SetWindowPos(state->window, on_top ? HWND_TOPMOST : HWND_NOTOPMOST, 0, 0, 0, 0,
                 SWP_NOMOVE | SWP_NOSIZE | SWP_NOACTIVATE);
    CheckMenuItem(GetSystemMenu(state->window, FALSE), IDM_TOPMOST,
                  MF_BYCOMMAND | (state->app->preferences.always_on_top ? MF_CHECKED
                                                                         : MF_UNCHECKED));
}

void main_window_apply_clock_rates(main_window *state)
{
    const preferences *preferences = &state->app->preferences;

    /* As often as the chosen precision can change the display; minimized, once a second for
     * the title's time on the taskbar button, or never (no time in the title; in the tray,
     * whose tooltip is brought up to date when the pointer comes over the icon); and once a
     * second for a stream file, which a stream reads while the window is out of sight. */
    clock_thread_set_rates(&state->app->clock,
                           format_frames_per_second(preferences->precision,
                                                    CLOCK_THREAD_DEFAULT_FPS),
                           (preferences->time_in_title && !state->tray.shown) ||
                                   stream_file_is_on(&state->stream)
                               ? 1u
                               : 0u);
}

/* ---- Mini mode and full screen -------------------------------------------------------------- */

/* The controls a mode shows; the others are hidden, so Tab never reaches them. */
static void show_controls_of_mode(main_window *state)
{
    BOOL normal = state->mode == LAYOUT_NORMAL, full = state->mode == LAYOUT_FULL_SCREEN;
    HWND only_normal[] = { state->start_stop_button, state->lap_button, state->reset_button,
                           state->summary, state->laps.window, state->status };
    size_t i;
    LONG_PTR style = GetWindowLongPtrW(state->display, GWL_STYLE);

    for (i = 0; i < ARRAYSIZE(only_normal); i++)
        ShowWindow(only_normal[i], normal ? SW_SHOWNA : SW_HIDE);
    ShowWindow(state->current_lap, normal || full ? SW_SHOWNA : SW_HIDE);
    /* In mini mode a press on the time drags the window. */
    SetWindowLongPtrW(state->display, GWL_STYLE,
                      state->mode == LAYOUT_MINI ? style | TIME_DISPLAY_PASS_HITS
                                                 : style & ~(LONG_PTR)TIME_DISPLAY_PASS_HITS);
}

/* The mini window's rectangle: where it was last time, if that is still on a screen, else the
 * top right corner of the work area of the monitor the window is on. */
static RECT mini_rectangle(main_window *state)
{
    const settings *settings = &state->app->settings;
    MONITORINFO monitor;
    RECT frame = { 0, 0, main_window_scale(state, LAYOUT_MINI_WIDTH),
                   main_window_scale(state, LAYOUT_MINI_HEIGHT) };
    placement_rect saved, area, fitted;
    RECT result;
    int width, height;

    monitor.cbSize = sizeof(monitor);
    GetMonitorInfoW(MonitorFromWindow(state->window, MONITOR_DEFAULTTONEAREST), &monitor);
    AdjustWindowRectEx(&frame, WS_POPUP | WS_THICKFRAME, FALSE, 0);
    width = frame.right - frame.left;
    height = frame.bottom - frame.top;
    saved.left = (long)settings_get_integer(settings, "mini", "left", 0, -100000, 100000);
    saved.top = (long)settings_get_integer(settings, "mini", "top", 0, -100000, 100000);
    saved.right = saved.left +
                  (long)settings_get_integer(settings, "mini", "width", 0, 0, 100000);
    saved.bottom = saved.top +
                   (long)settings_get_integer(settings, "mini", "height", 0, 0, 100000);
    area.left = monitor.rcWork.left;
    area.top = monitor.rcWork.top;
    area.right = monitor.rcWork.right;
    area.bottom = monitor.rcWork.bottom;
    if (saved.right > saved.left && saved.bottom > saved.top)
    {
        MONITORINFO nearest;
        RECT wanted = { saved.left, saved.top, saved.right, saved.bottom };
        nearest.cbSize = sizeof(nearest);
        if (GetMonitorInfoW(MonitorFromRect(&wanted, MONITOR_DEFAULTTONEAREST), &nearest))
        {
            area.left = nearest.rcWork.left;
            area.top = nearest.rcWork.top;
            area.right = nearest.rcWork.right;
            area.bottom = nearest.rcWork.bottom;
        }
        if (placement_fit(&saved, &area, LAYOUT_MINI_MIN_WIDTH, LAYOUT_MINI_MIN_HEIGHT,
                          &fitted))
        {
            SetRect(&result, fitted.left, fitted.top, fitted.right, fitted.bottom);
            return result;
        }
    }
    SetRect(&result, area.right - width - main_window_scale(state, 16),
            area.top + main_window_scale(state, 16), area.right - main_window_scale(state, 16),
            area.top + main_window_scale(state, 16) + height);
    return result;
}

static void remember_mini_rectangle(main_window *state)
{
    RECT window;

    if (!GetWindowRect(state->window, &window))
        return;
    settings_set_integer(&state->app->settings, "mini", "left", window.left);
    settings_set_integer(&state->app->settings, "mini", "top", window.top);
    settings_set_integer(&state->app->settings, "mini", "width", window.right - window.left);
    settings_set_integer(&state->app->settings, "mini", "height", window.bottom - window.top);
    app_save_settings(state->app);
}

/* Back to the full window, at the rectangle it had. */
static void leave_mode(main_window *state)
{
    if (state->mode == LAYOUT_MINI)
        remember_mini_rectangle(state);
    state->mode = LAYOUT_NORMAL;
    SetWindowLongPtrW(state->window, GWL_STYLE, state->normal_style & ~(LONG_PTR)WS_MAXIMIZE);
    SetWindowLongPtrW(state->window, GWL_EXSTYLE, state->normal_ex_style);
    SetWindowPos(state->window, NULL, 0, 0, 0, 0,
                 SWP_NOMOVE | SWP_NOSIZE | SWP_NOZORDER | SWP_NOACTIVATE | SWP_FRAMECHANGED);
    show_controls_of_mode(state);
    SetWindowPlacement(state->window, &state->normal_placement);
    main_window_apply_topmost(state);
    SetFocus(state->start_stop_button);
}

static void enter_mode(main_window *state, layout_mode mode)
{
    RECT target;

    state->normal_placement.length = sizeof(state->normal_placement);
    if (!GetWindowPlacement(state->window, &state->normal_placement))
        return;
    state->normal_style = GetWindowLongPtrW(state->window, GWL_STYLE);
    state->normal_ex_style = GetWindowLongPtrW(state->window, GWL_EXSTYLE);
    if (mode == LAYOUT_FULL_SCREEN)
    {
        MONITORINFO monitor;
        monitor.cbSize = sizeof(monitor);
        if (!GetMonitorInfoW(MonitorFromWindow(state->window, MONITOR_DEFAULTTONEAREST),
                             &monitor))
            return;
        target = monitor.rcMonitor;
    }
    else
        target = mini_rectangle(state);
    /* The focus stays with the window itself: the keys keep reaching the accelerators. */
    SetFocus(state->window);
    state->mode = mode;
    show_controls_of_mode(state);
    SetWindowLongPtrW(state->window, GWL_STYLE,
                      (LONG_PTR)(LONG)(WS_POPUP | WS_VISIBLE | WS_CLIPCHILDREN | WS_SYSMENU |
                                       (mode == LAYOUT_MINI ? WS_THICKFRAME : 0u)));
    SetWindowPos(state->window, mode == LAYOUT_MINI ? HWND_TOPMOST : HWND_TOP, target.left,
                 target.top, target.right - target.left, target.bottom - target.top,
                 SWP_FRAMECHANGED | SWP_SHOWWINDOW);
    main_window_apply_topmost(state);
}

void main_window_set_mode(main_window *state, layout_mode mode)
{
    if (IsIconic(state->window))
        ShowWindow(state->window, SW_RESTORE);
    /* The same key again leaves; Esc (LAYOUT_NORMAL) leaves whatever mode it is. */
    if (state->mode != LAYOUT_NORMAL)
    {
        BOOL same = state->mode == mode;
        leave_mode(state);
        if (same || mode == LAYOUT_NORMAL)
            return;
    }
    if (mode != LAYOUT_NORMAL)
        enter_mode(state, mode);
}

/* Where the full window is, whatever mode it is in (for remembering it at close). */
BOOL main_window_normal_placement(main_window *state, WINDOWPLACEMENT *placement)
{
    if (state->mode != LAYOUT_NORMAL)
    {
        *placement = state->normal_placement;
        return TRUE;
    }
    placement->length = sizeof(*placement);
    return GetWindowPlacement(state->window, placement);
}

/* In mini mode the window's body is its caption: it drags the window. */
LRESULT main_window_hit_test(main_window *state, LRESULT hit)
{
    if (state->mode == LAYOUT_MINI && hit == HTCLIENT)
        return HTCAPTION;
    return hit;
}

void main_window_bring_to_front(main_window *state)
{
    if (IsIconic(state->window))
        ShowWindow(state->window, SW_RESTORE);
    else
        ShowWindow(state->window, SW_SHOW);
    SetForegroundWindow(state->window);
}

/* Show or hide (a global hotkey, the tray): in front of everything if it is not, else out of
 * the way (minimized, or into the tray when that is chosen). */
void main_window_show_or_hide(main_window *state)
{
    if (IsWindowVisible(state->window) && !IsIconic(state->window) &&
        GetForegroundWindow() == state->window)
        ShowWindow(state->window, SW_MINIMIZE);
    else
        main_window_bring_to_front(state);
}
