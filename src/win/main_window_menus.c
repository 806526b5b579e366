/*
 * The main window's context menus: the lap list's (copy, save, note, undo, select all) and the
 * window's (every command with its key), where the mouse or the keyboard asks for them. The
 * items come back as WM_COMMAND, through the one command path. A leaf. UI thread only.
 */
#include "main_window_menus.h"

#include <commctrl.h>

#include "command_menu.h"
#include "commands.h"
#include "main_window_model.h"

void main_window_show_lap_menu(main_window *state, POINT point)
{
    command_context context;

    main_window_command_context(state, &context);
    if (point.x == -1 && point.y == -1)
    {
        /* From the keyboard: under the focused row, or the list's corner. */
        RECT row;
        int focused = (int)SendMessageW(state->laps.window, LVM_GETNEXTITEM, (WPARAM)-1,
                                        LVNI_FOCUSED);
        row.left = LVIR_LABEL;
        if (focused < 0 ||
            !SendMessageW(state->laps.window, LVM_GETITEMRECT, (WPARAM)focused, (LPARAM)&row))
            SetRect(&row, 0, 0, 0, 0);
        point.x = row.left;
        point.y = row.bottom;
        ClientToScreen(state->laps.window, &point);
    }
    command_menu_show(state->window, state->app->accelerators, IN_LAP_MENU, &context, point);
}

void main_window_show_command_menu(main_window *state, POINT point)
{
    command_context context;

    main_window_command_context(state, &context);
    if (point.x == -1 && point.y == -1)
    {
        /* From the keyboard: at the focused control's corner, or the window's. */
        HWND focus = GetFocus();
        RECT corner;
        GetWindowRect(focus && IsChild(state->window, focus) ? focus : state->window, &corner);
        point.x = corner.left;
        point.y = corner.top;
    }
    command_menu_show(state->window, state->app->accelerators, IN_CONTEXT_MENU, &context, point);
}
