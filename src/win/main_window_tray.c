/*
 * The main window and its notification-area icon (tray.c): minimized with "minimize to the
 * notification area" chosen, the window hides behind the icon; a click on the icon, Show in its
 * menu, the Show/Hide hotkey or a second Lapwing's --show bring it back, and the icon goes. The
 * icon's menu has Start/Pause, Lap, Reset, Show and Exit, each with its key, through the one
 * command path. UI thread only.
 */
#include "main_window_private.h"

#include <shellapi.h>
#include <windowsx.h>

#include "command_menu.h"
#include "commands.h"
#include "resource.h"

#ifndef NIN_SELECT
#define NIN_SELECT (WM_USER + 0)
#endif
#ifndef NIN_KEYSELECT
#define NIN_KEYSELECT (WM_USER + 1)
#endif

void main_window_tray_initialize(main_window *state, UINT message)
{
    HICON icon = LoadImageW(GetModuleHandleW(NULL), MAKEINTRESOURCEW(IDI_LAPWING), IMAGE_ICON,
                            GetSystemMetrics(SM_CXSMICON), GetSystemMetrics(SM_CYSMICON), 0);

    tray_initialize(&state->tray, state->window, message, icon);
}

/* The icon's tooltip: the title's text ("00:01:05 – Lapwing"). */
static void tip_text(main_window *state, WCHAR *tip, size_t size)
{
    stopwatch_snapshot snapshot;

    shared_stopwatch_snapshot(&state->app->shared, &snapshot);
    main_window_title_text(state, &snapshot, TRUE, tip, size);
}

BOOL main_window_tray_on_minimize(main_window *state)
{
    WCHAR tip[128];

    if (!state->app->preferences.minimize_to_tray)
        return FALSE;
    tip_text(state, tip, ARRAYSIZE(tip));
    if (!tray_show(&state->tray, tip))
        return FALSE; /* no notification area: it stays on the taskbar */
    ShowWindow(state->window, SW_HIDE);
    main_window_apply_clock_rates(state);
    return TRUE;
}

void main_window_tray_on_restore(main_window *state)
{
    if (!state->tray.shown)
        return;
    tray_hide(&state->tray);
    main_window_apply_clock_rates(state);
}

LRESULT main_window_tray_on_message(main_window *state, WPARAM wparam, LPARAM lparam)
{
    WCHAR tip[128];

    switch (LOWORD(lparam))
    {
    case NIN_SELECT:
    case NIN_KEYSELECT:
    case WM_LBUTTONDBLCLK:
        main_window_bring_to_front(state);
        break;
    case WM_CONTEXTMENU:
    {
        POINT point = { GET_X_LPARAM(wparam), GET_Y_LPARAM(wparam) };
        command_context context;

        main_window_command_context(state, &context);
        command_menu_show(state->window, state->app->accelerators, IN_TRAY_MENU, &context,
                          point);
        break;
    }
    case WM_MOUSEMOVE:
        /* The pointer is over the icon: its tooltip may show, so it tells the time now. */
        tip_text(state, tip, ARRAYSIZE(tip));
        tray_set_tip(&state->tray, tip, FALSE);
        break;
    }
    return 0;
}

BOOL main_window_tray_on_taskbar_created(main_window *state, UINT message)
{
    WCHAR tip[128];

    if (!state->tray.taskbar_created || message != state->tray.taskbar_created)
        return FALSE;
    tip_text(state, tip, ARRAYSIZE(tip));
    tray_recreate(&state->tray, tip);
    return TRUE;
}
