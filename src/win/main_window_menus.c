/*
 * The main window's context menus: the lap list's (copy, save, note, undo, select all) and the
 * window's (every command with its key), and a strip tab's (that stopwatch's commands), where the
 * mouse or the keyboard asks for them. The items come back as WM_COMMAND, or as the commands
 * the strip's menu returns, through the one command path. A leaf. UI thread only.
 */
#include "main_window_menus.h"

#include <commctrl.h>
#include <stdlib.h>

#include "command_menu.h"
#include "commands.h"
#include "main_window_model.h"
#include "resource.h"
#include "ui_text.h"

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

/* The tab a strip menu is for: the one under `point` (screen), or the focused one. */
static int strip_tab_at(main_window *state, POINT *point)
{
    TCHITTESTINFO hit;
    RECT tab;
    int place;

    if (point->x != -1 || point->y != -1)
    {
        hit.pt = *point;
        ScreenToClient(state->strip, &hit.pt);
        hit.flags = 0;
        return (int)SendMessageW(state->strip, TCM_HITTEST, 0, (LPARAM)&hit);
    }
    place = (int)SendMessageW(state->strip, TCM_GETCURFOCUS, 0, 0);
    if (place < 0)
        place = (int)SendMessageW(state->strip, TCM_GETCURSEL, 0, 0);
    if (place < 0 || !SendMessageW(state->strip, TCM_GETITEMRECT, (WPARAM)place, (LPARAM)&tab))
        SetRect(&tab, 0, 0, 0, 0);
    point->x = tab.left;
    point->y = tab.bottom;
    ClientToScreen(state->strip, point);
    return place;
}

/* An item "pattern with the name" (or the command's own text) and, when `keys_of` has one, its
 * first key after a tab: a key is named only where it does the same to this stopwatch. */
static void add_strip_item(main_window *state, HMENU menu, UINT id, UINT flags, UINT pattern,
                           const WCHAR *name, UINT keys_of)
{
    WCHAR text[256], keys[128], *comma;

    if (pattern)
        ui_text_format(text, ARRAYSIZE(text), pattern, &name, 1);
    else
    {
        command_text_menu_item(state->app->accelerators, id, text, ARRAYSIZE(text));
        if ((comma = wcschr(text, L'\t')) != NULL)
            *comma = L'\0'; /* its key, if it is this stopwatch's, comes below */
    }
    if (keys_of)
    {
        command_text_keys(state->app->accelerators, keys_of, keys, ARRAYSIZE(keys));
        if ((comma = wcschr(keys, L',')) != NULL)
            *comma = L'\0'; /* the first key is enough in a menu */
        if (keys[0] && wcslen(text) + 1 + wcslen(keys) < ARRAYSIZE(text))
        {
            wcscat(text, L"\t");
            wcscat(text, keys);
        }
    }
    AppendMenuW(menu, MF_STRING | flags, id, text);
}

size_t main_window_show_strip_menu(main_window *state, POINT point, UINT commands[2])
{
    stopwatch_strip_item *items;
    stopwatch_snapshot now;
    WCHAR name[STOPWATCH_NAME_MAX_CHARACTERS * 2 + 32];
    HMENU menu;
    UINT step, chosen, select, toggle_text, first;
    size_t count, place, old_place;
    uint32_t id;
    BOOL shown;
    int tab = strip_tab_at(state, &point);

    shared_stopwatch_snapshot(&state->app->shared, &now);
    if (tab < 0 || (size_t)tab >= now.stopwatch_count || (size_t)tab >= IDM_STOPWATCH_PLACES)
        return 0;
    place = (size_t)tab;
    items = malloc(sizeof(*items) * (place + 1));
    count = items ? shared_stopwatch_strip(&state->app->shared, items, place + 1) : 0;
    if (place >= count || (menu = CreatePopupMenu()) == NULL)
    {
        free(items);
        return 0;
    }
    main_window_stopwatch_name(items[place].name, items[place].id, name, ARRAYSIZE(name));
    id = items[place].id;
    step = (UINT)place * IDM_STEP;
    select = IDM_SELECT_STOPWATCH_FIRST + step;
    shown = place == now.selected;
    toggle_text = items[place].state == STOPWATCH_RUNNING  ? IDS_STRIP_MENU_PAUSE
                  : items[place].state == STOPWATCH_PAUSED ? IDS_STRIP_MENU_RESUME
                                                           : IDS_STRIP_MENU_START;
    /* The keys named are those that do the same to this stopwatch. */
    add_strip_item(state, menu, IDM_TOGGLE_STOPWATCH_FIRST + step, 0, toggle_text, name,
                   shown ? IDM_START_STOP : 0u);
    add_strip_item(state, menu, IDM_LAP_STOPWATCH_FIRST + step,
                   items[place].state == STOPWATCH_RUNNING ? 0u : MF_GRAYED, IDS_STRIP_MENU_LAP,
                   name, IDM_LAP_STOPWATCH_FIRST + step);
    AppendMenuW(menu, MF_SEPARATOR, 0, NULL);
    add_strip_item(state, menu, select, shown ? MF_CHECKED : 0u, IDS_STRIP_MENU_SHOW, name,
                   select);
    add_strip_item(state, menu, IDM_RENAME_STOPWATCH, 0, 0, NULL,
                   shown ? IDM_RENAME_STOPWATCH : 0u);
    add_strip_item(state, menu, IDM_REMOVE_STOPWATCH, now.stopwatch_count > 1 ? 0u : MF_GRAYED,
                   0, NULL, shown ? IDM_REMOVE_STOPWATCH : 0u);
    add_strip_item(state, menu, IDM_MOVE_STOPWATCH_LEFT, place > 0 ? 0u : MF_GRAYED, 0, NULL,
                   shown ? IDM_MOVE_STOPWATCH_LEFT : 0u);
    add_strip_item(state, menu, IDM_MOVE_STOPWATCH_RIGHT,
                   place + 1 < now.stopwatch_count ? 0u : MF_GRAYED, 0, NULL,
                   shown ? IDM_MOVE_STOPWATCH_RIGHT : 0u);
    free(items);
    SetForegroundWindow(state->window);
    chosen = (UINT)TrackPopupMenu(menu,
                                  TPM_LEFTALIGN | TPM_TOPALIGN | TPM_RIGHTBUTTON | TPM_RETURNCMD |
                                      TPM_NONOTIFY,
                                  point.x, point.y, 0, state->window, NULL);
    PostMessageW(state->window, WM_NULL, 0, 0);
    DestroyMenu(menu);
    if (!chosen)
        return 0;
    /* The menu's loop let other commands in (a second Lapwing's, a jump-list task): the
     * stopwatch is found again by its id, and the command carries its place now. */
    shared_stopwatch_snapshot(&state->app->shared, &now);
    place = shared_stopwatch_place_of(&state->app->shared, id);
    if (place >= now.stopwatch_count || place >= IDM_STOPWATCH_PLACES)
        return 0; /* gone meanwhile */
    shown = place == now.selected;
    select = IDM_SELECT_STOPWATCH_FIRST + (UINT)place * IDM_STEP;
    if ((first = command_stopwatch_range(chosen, &old_place)) != 0)
        chosen = first + (UINT)place * IDM_STEP;
    /* Rename, remove and move act on the shown stopwatch: this one is shown first. */
    if (!shown && (chosen == IDM_RENAME_STOPWATCH || chosen == IDM_REMOVE_STOPWATCH ||
                   chosen == IDM_MOVE_STOPWATCH_LEFT || chosen == IDM_MOVE_STOPWATCH_RIGHT))
    {
        commands[0] = select;
        commands[1] = chosen;
        return 2;
    }
    commands[0] = chosen;
    return 1;
}
