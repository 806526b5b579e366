/*
 * The main window's controls: the time display, the current lap, the buttons with their
 * tooltips (their keys from the accelerator table), the summary and status lines, the lap
 * list, and the window menu's items. Made once, in WM_CREATE. UI thread only.
 */
#include "main_window_controls.h"

#include <commctrl.h>

#include "commands.h"
#include "lap_list_hint.h"
#include "main_window_strip.h"
#include "resource.h"
#include "time_display.h"
#include "ui_text.h"

static HWND create_button(main_window *state, UINT command, UINT text_id)
{
    WCHAR text[64];

    ui_text_load(text_id, text, ARRAYSIZE(text));
    return CreateWindowExW(0, WC_BUTTONW, text,
                           WS_CHILD | WS_VISIBLE | WS_TABSTOP | BS_PUSHBUTTON, 0, 0, 0, 0,
                           state->window, (HMENU)(UINT_PTR)command, GetModuleHandleW(NULL), NULL);
}

/* A line of text (the summary, the status): a standard static control, which screen readers
 * read as it is. */
static HWND create_line(main_window *state, UINT id)
{
    return CreateWindowExW(0, WC_STATICW, L"",
                           WS_CHILD | WS_VISIBLE | SS_LEFT | SS_NOPREFIX | SS_ENDELLIPSIS, 0, 0,
                           0, 0, state->window, (HMENU)(UINT_PTR)id, GetModuleHandleW(NULL),
                           NULL);
}

/* The button's tooltip: what it does and its keys, from the accelerator table. The tool is the
 * button's rectangle on the window (kept up to date by main_window_place_tooltips), not the
 * button itself: a disabled button gets no mouse messages, and "Lap (L or Enter), while
 * running" must still explain why Lap is grey. */
static void add_tooltip(main_window *state, HWND button, UINT command)
{
    WCHAR text[256];
    TTTOOLINFOW tool;

    command_text_tooltip(state->app->accelerators, command, text, ARRAYSIZE(text));
    ZeroMemory(&tool, sizeof(tool));
    tool.cbSize = sizeof(tool);
    tool.uFlags = TTF_SUBCLASS;
    tool.hwnd = state->window;
    tool.uId = (UINT_PTR)button;
    tool.lpszText = text;
    SendMessageW(state->tooltip, TTM_ADDTOOLW, 0, (LPARAM)&tool);
}

void main_window_place_tooltips(main_window *state)
{
    HWND buttons[] = { state->start_stop_button, state->lap_button, state->reset_button };
    size_t i;

    if (!state->tooltip)
        return;
    for (i = 0; i < ARRAYSIZE(buttons); i++)
    {
        TTTOOLINFOW tool;
        ZeroMemory(&tool, sizeof(tool));
        tool.cbSize = sizeof(tool);
        tool.hwnd = state->window;
        tool.uId = (UINT_PTR)buttons[i];
        /* Hidden (mini mode, full screen): no rectangle, no tooltip. */
        if (IsWindowVisible(buttons[i]))
        {
            GetWindowRect(buttons[i], &tool.rect);
            MapWindowPoints(NULL, state->window, (POINT *)&tool.rect, 2);
        }
        SendMessageW(state->tooltip, TTM_NEWTOOLRECTW, 0, (LPARAM)&tool);
    }
}

/* The commands that have a window-menu item (About Lapwing) go below Windows' own items, where
 * Windows users look for them, with their key. */
static void add_to_window_menu(main_window *state)
{
    HMENU menu = GetSystemMenu(state->window, FALSE);
    BOOL separated = FALSE;
    size_t i;

    if (!menu)
        return;
    for (i = 0; i < command_info_count; i++)
    {
        WCHAR text[128];

        if (!(command_infos[i].menus & IN_WINDOW_MENU))
            continue;
        if (!separated)
            separated = AppendMenuW(menu, MF_SEPARATOR, 0, NULL);
        command_text_menu_item(state->app->accelerators, command_infos[i].command, text,
                               ARRAYSIZE(text));
        AppendMenuW(menu, MF_STRING, command_infos[i].command, text);
    }
}

/* "Press Space to start, then L or Enter to record a lap.", keys from the table. */
static void add_empty_hint(main_window *state)
{
    WCHAR start[128], lap[128], text[512];
    const WCHAR *inserts[2] = { start, lap };

    command_text_keys(state->app->accelerators, IDM_START_STOP, start, ARRAYSIZE(start));
    command_text_keys(state->app->accelerators, IDM_LAP, lap, ARRAYSIZE(lap));
    ui_text_format(text, ARRAYSIZE(text), IDS_LAP_LIST_EMPTY, inserts, 2);
    lap_list_hint_attach(state->laps.window, text);
}

/* The buttons' tooltips: nobody sees one in the first moments, so they are made once the
 * window has shown and waits for input (each tool is a round trip to the tooltip). */
void main_window_create_tooltips(main_window *state)
{
    if (state->tooltip)
        return;
    /* Without an owner (and destroyed with the window, in WM_DESTROY): under Wine a topmost
     * popup owned by the window keeps the window itself from being made topmost (T). */
    state->tooltip = CreateWindowExW(WS_EX_TOPMOST, TOOLTIPS_CLASSW, NULL,
                                     WS_POPUP | TTS_ALWAYSTIP | TTS_NOPREFIX, CW_USEDEFAULT,
                                     CW_USEDEFAULT, CW_USEDEFAULT, CW_USEDEFAULT, NULL, NULL,
                                     GetModuleHandleW(NULL), NULL);
    if (state->tooltip)
    {
        add_tooltip(state, state->start_stop_button, IDM_START_STOP);
        add_tooltip(state, state->lap_button, IDM_LAP);
        add_tooltip(state, state->reset_button, IDM_RESET);
    }
    main_window_place_tooltips(state);
}

BOOL main_window_create_controls(main_window *state)
{
    HINSTANCE instance = GetModuleHandleW(NULL);
    DWORD display_style = WS_CHILD | WS_VISIBLE;

#ifdef LAPWING_BENCH_DRAW_DIRECT
    display_style |= TIME_DISPLAY_DRAW_DIRECT; /* the benchmarks' baseline for the glyph cache */
#endif
    state->display = CreateWindowExW(0, TIME_DISPLAY_CLASS, L"00:00:00.00", display_style,
                                     0, 0, 0, 0, state->window,
                                     (HMENU)(UINT_PTR)IDC_TIME_DISPLAY, instance, NULL);
    state->current_lap = CreateWindowExW(0, LAP_DISPLAY_CLASS, L"", display_style, 0, 0,
                                         0, 0, state->window,
                                         (HMENU)(UINT_PTR)IDC_CURRENT_LAP, instance, NULL);
    state->summary = create_line(state, IDC_SUMMARY);
    state->status = create_line(state, IDC_STATUS);
    state->start_stop_button = create_button(state, IDM_START_STOP, IDS_START);
    state->lap_button = create_button(state, IDM_LAP, IDS_LAP);
    state->reset_button = create_button(state, IDM_RESET, IDS_RESET);
    if (!state->display || !state->current_lap || !state->summary || !state->status ||
        !state->start_stop_button || !state->lap_button || !state->reset_button ||
        !lap_list_create(&state->laps, state->window, IDC_LAP_LIST, &state->app->shared) ||
        !main_window_create_strip(state))
        return FALSE;
    /* The past runs, loaded before the window: the vs best column from the start. */
    lap_list_set_comparison(&state->laps, &state->app->history, &state->app->best);

    add_to_window_menu(state);
    add_empty_hint(state);
    return TRUE;
}
