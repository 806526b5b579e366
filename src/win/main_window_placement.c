/*
 * Where the main window goes: remembered in lapwing.ini ([window]) when it closes, and put back
 * at the next start, fitted onto a monitor that is still there (the fitting is the core's
 * placement_fit). UI thread only.
 */
#include "main_window_placement.h"

#include "app_state.h"
#include "main_window_modes.h"

#include "lapwing/placement.h"

/* Where the window was last time (lapwing.ini), fitted onto the nearest monitor's work area
 * (that monitor may be gone); FALSE when nothing usable is remembered. The window is shown. */
BOOL main_window_restore_placement(HWND window, const settings *settings, int show)
{
    WINDOWPLACEMENT placement;
    placement_rect saved, area, fitted;
    MONITORINFO primary, nearest;
    POINT origin = { 0, 0 };
    RECT on_screen;
    long long width, height;
    long shift_x, shift_y;

    width = settings_get_integer(settings, "window", "width", 0, 0, 100000);
    height = settings_get_integer(settings, "window", "height", 0, 0, 100000);
    if (!width || !height)
        return FALSE;
    saved.left = (long)settings_get_integer(settings, "window", "left", 0, -100000, 100000);
    saved.top = (long)settings_get_integer(settings, "window", "top", 0, -100000, 100000);
    saved.right = saved.left + (long)width;
    saved.bottom = saved.top + (long)height;
    /* The placement's rectangle is in workspace coordinates: the primary monitor's work area
     * is their origin. On the screen, it is fitted to the nearest monitor's work area. */
    primary.cbSize = nearest.cbSize = sizeof(MONITORINFO);
    if (!GetMonitorInfoW(MonitorFromPoint(origin, MONITOR_DEFAULTTOPRIMARY), &primary))
        return FALSE;
    shift_x = primary.rcWork.left - primary.rcMonitor.left;
    shift_y = primary.rcWork.top - primary.rcMonitor.top;
    SetRect(&on_screen, saved.left + shift_x, saved.top + shift_y, saved.right + shift_x,
            saved.bottom + shift_y);
    if (!GetMonitorInfoW(MonitorFromRect(&on_screen, MONITOR_DEFAULTTONEAREST), &nearest))
        return FALSE;
    area.left = nearest.rcWork.left - shift_x;
    area.top = nearest.rcWork.top - shift_y;
    area.right = nearest.rcWork.right - shift_x;
    area.bottom = nearest.rcWork.bottom - shift_y;
    if (!placement_fit(&saved, &area, MAIN_WINDOW_MIN_WIDTH, MAIN_WINDOW_MIN_HEIGHT, &fitted))
        return FALSE;
    placement.length = sizeof(placement);
    if (!GetWindowPlacement(window, &placement))
        return FALSE;
    placement.flags = 0;
    placement.showCmd = (UINT)show;
    if (settings_get_boolean(settings, "window", "maximized", FALSE) &&
        show != SW_SHOWMINNOACTIVE && show != SW_SHOWMINIMIZED && show != SW_MINIMIZE)
        placement.showCmd = SW_SHOWMAXIMIZED;
    SetRect(&placement.rcNormalPosition, fitted.left, fitted.top, fitted.right, fitted.bottom);
    return SetWindowPlacement(window, &placement);
}

/* The window's place and size, remembered in lapwing.ini for the next start. */
void main_window_remember_placement(main_window *state)
{
    WINDOWPLACEMENT placement;
    settings *settings = &state->app->settings;

    if (!state->app->settings_path[0] || !main_window_normal_placement(state, &placement))
        return;
    settings_set_integer(settings, "window", "left", placement.rcNormalPosition.left);
    settings_set_integer(settings, "window", "top", placement.rcNormalPosition.top);
    settings_set_integer(settings, "window", "width",
                         placement.rcNormalPosition.right - placement.rcNormalPosition.left);
    settings_set_integer(settings, "window", "height",
                         placement.rcNormalPosition.bottom - placement.rcNormalPosition.top);
    settings_set_integer(settings, "window", "maximized", placement.showCmd == SW_SHOWMAXIMIZED);
    app_save_settings(state->app);
}

/* The smallest window: the full layout's, or the mini window's in mini mode; never larger than
 * the monitor's work area (200 % on a 1366 x 768 screen), where the layout degrades instead. */
void main_window_min_max_info(main_window *state, MINMAXINFO *info)
{
    MONITORINFO monitor;
    RECT frame;
    LONG width, height;

    if (state->mode == LAYOUT_FULL_SCREEN)
        return;
    SetRect(&frame, 0, 0,
            main_window_scale(state, state->mode == LAYOUT_MINI ? LAYOUT_MINI_MIN_WIDTH : 0),
            main_window_scale(state, state->mode == LAYOUT_MINI ? LAYOUT_MINI_MIN_HEIGHT : 0));
    if (state->mode == LAYOUT_MINI)
        AdjustWindowRectEx(&frame, (DWORD)GetWindowLongPtrW(state->window, GWL_STYLE), FALSE,
                           0);
    width = state->mode == LAYOUT_MINI ? frame.right - frame.left
                                       : main_window_scale(state, MAIN_WINDOW_MIN_WIDTH);
    height = state->mode == LAYOUT_MINI ? frame.bottom - frame.top
                                        : main_window_scale(state, MAIN_WINDOW_MIN_HEIGHT);
    monitor.cbSize = sizeof(monitor);
    if (GetMonitorInfoW(MonitorFromWindow(state->window, MONITOR_DEFAULTTONEAREST), &monitor))
    {
        if (width > monitor.rcWork.right - monitor.rcWork.left)
            width = monitor.rcWork.right - monitor.rcWork.left;
        if (height > monitor.rcWork.bottom - monitor.rcWork.top)
            height = monitor.rcWork.bottom - monitor.rcWork.top;
    }
    info->ptMinTrackSize.x = width;
    info->ptMinTrackSize.y = height;
}
