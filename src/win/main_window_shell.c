/*
 * The main window in the shell: its notification-area icon (tray.c), its taskbar button
 * (taskbar.c) and its global hotkeys (hotkeys.c). They listen: the refresh tells them what
 * changed, and what the user does with them comes back as a command id for the hub to run,
 * never as a call into the commands or the view. Calls: the model's texts, the modes' clock
 * rates. Minimized with "minimize to the notification area" chosen, the window hides
 * behind the icon; a click on the icon, Show in its menu, the Show/Hide hotkey or a second
 * Lapwing's --show bring it back, and the icon goes. The icon's menu has Start/Pause, Lap,
 * Reset, Show and Exit, each with its key; the taskbar's thumbnail buttons are Start/Pause,
 * Lap and Reset, enabled as the window's buttons are; both through the one command path. UI
 * thread only.
 */
#include "main_window_shell.h"

#include "main_window_model.h"
#include "main_window_modes.h"

#include <shellapi.h>
#include <windowsx.h>

#include <wchar.h>

#include "command_menu.h"
#include "commands.h"
#include "lapwing/command_line.h"
#include "resource.h"
#include "ui_text.h"
#include "utf8.h"

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

UINT main_window_tray_on_message(main_window *state, WPARAM wparam, LPARAM lparam)
{
    WCHAR tip[128];

    switch (LOWORD(lparam))
    {
    case NIN_SELECT:
    case NIN_KEYSELECT:
    case WM_LBUTTONDBLCLK:
        /* The window is hidden behind the icon: Show/Hide brings it to the front. */
        return IDM_SHOW_HIDE;
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
    return 0; /* the menu's items come as WM_COMMAND, through the one command path */
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

/* The thumbnail buttons' tooltips: the window buttons' texts without their access keys, and
 * the keys, as their own tooltips say. */
static void button_tip(main_window *state, HWND button, UINT command, WCHAR *tip, size_t size)
{
    WCHAR label[64], keys[128], *from, *to;

    GetWindowTextW(button, label, ARRAYSIZE(label));
    for (from = to = label; *from; from++)
        if (*from != L'&')
            *to++ = *from;
    *to = L'\0';
    command_text_keys(state->app->accelerators, command, keys, ARRAYSIZE(keys));
    _snwprintf(tip, size, keys[0] ? L"%ls (%ls)" : L"%ls", label, keys);
    tip[size - 1] = L'\0';
}

void main_window_show_taskbar(main_window *state, stopwatch_state shown)
{
    WCHAR start_stop[128], lap[128], reset[128], overlay[64];
    const WCHAR *texts[4] = { start_stop, lap, reset, overlay };

    if (!state->taskbar.list)
        return;
    button_tip(state, state->start_stop_button, IDM_START_STOP, start_stop, ARRAYSIZE(start_stop));
    button_tip(state, state->lap_button, IDM_LAP, lap, ARRAYSIZE(lap));
    button_tip(state, state->reset_button, IDM_RESET, reset, ARRAYSIZE(reset));
    ui_text_load(shown == STOPWATCH_PAUSED ? IDS_OVERLAY_PAUSED : IDS_OVERLAY_RUNNING, overlay,
                 ARRAYSIZE(overlay));
    taskbar_show_state(&state->taskbar, state->window, shown,
                       IsWindowEnabled(state->lap_button), IsWindowEnabled(state->reset_button),
                       texts);
}

/* The jump list: Start/Pause, Lap and Reset, and with several stopwatches the first few's
 * Start/Pause, named; given to the taskbar when `always` or when that changed. */
static void give_jump_list(main_window *state, BOOL always)
{
    enum { TITLE_MAX = STOPWATCH_NAME_MAX_CHARACTERS * 2 + 64, ARGUMENT_MAX = 32 };
    static const UINT names[3] = { IDS_MENU_START_STOP, IDS_MENU_LAP, IDS_MENU_RESET };
    WCHAR titles[3][64], given[ARRAYSIZE(state->jump_list_given)];
    WCHAR watch_titles[JUMP_LIST_STOPWATCHES][TITLE_MAX];
    WCHAR watch_arguments[JUMP_LIST_STOPWATCHES][ARGUMENT_MAX];
    const WCHAR *title_of[3] = { titles[0], titles[1], titles[2] };
    const WCHAR *watch_title_of[JUMP_LIST_STOPWATCHES], *watch_argument_of[JUMP_LIST_STOPWATCHES];
    stopwatch_strip_item items[JUMP_LIST_STOPWATCHES];
    size_t i, count, used = 0;

    count = shared_stopwatch_strip(&state->app->shared, items, JUMP_LIST_STOPWATCHES);
    if (count < 2)
        count = 0; /* one stopwatch: its Start/Pause is the first task already */
    else if (count > JUMP_LIST_STOPWATCHES)
        count = JUMP_LIST_STOPWATCHES;
    given[0] = L'\0';
    for (i = 0; i < count; i++)
    {
        WCHAR name[TITLE_MAX];
        const WCHAR *insert = name;
        char argument[ARGUMENT_MAX];

        main_window_stopwatch_name(items[i].name, items[i].id, name, ARRAYSIZE(name));
        ui_text_format(watch_titles[i], TITLE_MAX, IDS_JUMP_TOGGLE_STOPWATCH, &insert, 1);
        jump_list_stopwatch_argument(argument, sizeof(argument), i);
        ascii_to_wide(argument, watch_arguments[i], ARGUMENT_MAX);
        watch_title_of[i] = watch_titles[i];
        watch_argument_of[i] = watch_arguments[i];
        used += (size_t)_snwprintf(given + used, ARRAYSIZE(given) - used, L"%ls\n%ls\n",
                                   watch_titles[i], watch_arguments[i]);
        given[ARRAYSIZE(given) - 1] = L'\0';
        if (used >= ARRAYSIZE(given))
            used = ARRAYSIZE(given) - 1;
    }
    if (!always && wcscmp(given, state->jump_list_given) == 0)
        return;
    lstrcpynW(state->jump_list_given, given, ARRAYSIZE(state->jump_list_given));
    for (i = 0; i < 3 && i < jump_list_task_count; i++)
    {
        WCHAR *from, *to;
        ui_text_load(names[i], titles[i], ARRAYSIZE(titles[i]));
        for (from = to = titles[i]; *from; from++)
            if (*from != L'&')
                *to++ = *from;
        *to = L'\0';
    }
    taskbar_set_jump_list(&state->taskbar, title_of, watch_title_of, watch_argument_of, count);
}

BOOL main_window_taskbar_on_message(main_window *state, UINT message)
{
    if (!taskbar_on_message(&state->taskbar, state->window, message))
        return FALSE;
    give_jump_list(state, TRUE);
    main_window_show_taskbar(state, state->shown_state);
    return TRUE;
}

void main_window_show_jump_list(main_window *state)
{
    if (state->taskbar.list) /* not before the taskbar button exists: it gives it then */
        give_jump_list(state, FALSE);
}

main_window_changes main_window_register_hotkeys(main_window *state)
{
    DWORD error;
    int failed = hotkeys_register_what_can_be(&state->hotkeys, state->window,
                                              &state->app->hotkeys, &error);
    char text[HOTKEY_TEXT_MAX];
    WCHAR wide[HOTKEY_TEXT_MAX];

    if (failed < 0)
        return MAIN_WINDOW_CHANGED_NOTHING;
    hotkey_format(&state->app->hotkeys.keys[failed], text, sizeof(text));
    ascii_to_wide(text, wide, HOTKEY_TEXT_MAX);
    return main_window_set_notice(state, IDS_NOTICE_HOTKEY_TAKEN, wide);
}
