/*
 * The one execute function: every command, whichever input it came from (a button, a key, the
 * window menu, the lap list's context menu, and later the tray, a taskbar thumbnail button, a
 * hotkey or a second instance), arrives here as an IDM_ id, one line per command. UI thread
 * only.
 */
#include "main_window_private.h"

#include <commctrl.h>
#include <stdlib.h>
#include <wchar.h>

#include "command_menu.h"
#include "commands.h"
#include "csv_export.h"
#include "errors.h"
#include "help_box.h"
#include "lapwing/format.h"
#include "live_region.h"
#include "resource.h"
#include "settings_dialog.h"
#include "ui_text.h"
#include "utf8.h"

/* What saving had to say, in the status line, once. */
void main_window_show_save_news(main_window *state, app_save_news news)
{
    WCHAR system_text[256];
    const WCHAR *inserts[2] = { state->app->store.folder, system_text };
    WCHAR text[768];

    if (news == APP_SAVE_WORKS_AGAIN)
        main_window_show_notice(state, IDS_NOTICE_SAVE_WORKS, NULL);
    else if (news == APP_SAVE_FAILED)
    {
        error_system_text(state->app->save_error, system_text, ARRAYSIZE(system_text));
        ui_text_format(text, ARRAYSIZE(text), IDS_NOTICE_SAVE_FAILED, inserts, 2);
        SetWindowTextW(state->status, text);
    }
}

/* Every change is on its way to the disk (the journal line written, app_save_changes) before
 * the window shows it, so a killed process never loses what the user saw. */

static void start_stop(main_window *state)
{
    stopwatch_snapshot before, after;
    WCHAR time[FORMAT_TIME_MAX];
    app_save_news news;

    shared_stopwatch_snapshot(&state->app->shared, &before);
    shared_stopwatch_toggle(&state->app->shared);
    news = app_save_changes(state->app);
    main_window_show_state(state, TRUE);
    /* Said in the status line, which screen readers hear: started, paused at, resumed at. */
    shared_stopwatch_snapshot(&state->app->shared, &after);
    main_window_time_text(state, time, after.elapsed, after.frequency);
    main_window_show_notice(state,
                            after.state == STOPWATCH_PAUSED    ? IDS_NOTICE_PAUSED
                            : before.state == STOPWATCH_PAUSED ? IDS_NOTICE_RESUMED
                                                               : IDS_NOTICE_STARTED,
                            time);
    main_window_show_save_news(state, news);
}

static void lap(main_window *state)
{
    uint64_t lap_ticks, total;
    stopwatch_snapshot after;
    WCHAR number[24], time[FORMAT_TIME_MAX], text[128];
    const WCHAR *inserts[2] = { number, time };
    app_save_news news;

    if (shared_stopwatch_lap(&state->app->shared) == STOPWATCH_OUT_OF_MEMORY)
    {
        error_show(state->window, IDS_ERROR_OUT_OF_MEMORY, 0);
        return;
    }
    news = app_save_changes(state->app);
    main_window_show_state(state, TRUE);
    shared_stopwatch_snapshot(&state->app->shared, &after);
    if (after.lap_count &&
        shared_stopwatch_get_lap(&state->app->shared, after.lap_count - 1, &lap_ticks, &total))
    {
        _snwprintf(number, ARRAYSIZE(number), L"%llu", (unsigned long long)after.lap_count);
        number[ARRAYSIZE(number) - 1] = L'\0';
        main_window_time_text(state, time, lap_ticks, after.frequency);
        ui_text_format(text, ARRAYSIZE(text), IDS_NOTICE_LAP, inserts, 2);
        live_region_announce(state->status, text);
    }
    main_window_show_save_news(state, news);
}

static void reset(main_window *state)
{
    WCHAR keys[128];
    app_save_news news;

    if (shared_stopwatch_reset(&state->app->shared) != STOPWATCH_OK)
        return;
    news = app_save_changes(state->app);
    main_window_show_state(state, TRUE);
    command_text_keys(state->app->accelerators, IDM_UNDO, keys, ARRAYSIZE(keys));
    main_window_show_notice(state, IDS_NOTICE_RESET, keys);
    main_window_show_save_news(state, news); /* last: a failure to save must not be hidden by the rest */
}

static void undo(main_window *state)
{
    stopwatch_snapshot before;
    WCHAR number[24];
    app_save_news news;

    shared_stopwatch_snapshot(&state->app->shared, &before);
    if (shared_stopwatch_undo(&state->app->shared) != STOPWATCH_OK)
    {
        main_window_show_notice(state, IDS_NOTICE_NOTHING_TO_UNDO, NULL);
        return;
    }
    news = app_save_changes(state->app);
    main_window_show_state(state, TRUE);
    if (before.state == STOPWATCH_STOPPED)
        main_window_show_notice(state, IDS_NOTICE_UNDID_RESET, NULL);
    else
    {
        _snwprintf(number, ARRAYSIZE(number), L"%llu", (unsigned long long)before.lap_count);
        number[ARRAYSIZE(number) - 1] = L'\0';
        main_window_show_notice(state, IDS_NOTICE_UNDID_LAP, number);
    }
    main_window_show_save_news(state, news);
}

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

void main_window_show_load_news(main_window *state, const app_load_news *news)
{
    if (news->error)
    {
        state->app->save_error = news->error;
        main_window_show_save_news(state, APP_SAVE_FAILED);
    }
    else if (news->damaged)
        main_window_show_notice(state, news->kept_as[0] ? IDS_NOTICE_STATE_DAMAGED
                                                        : IDS_NOTICE_STATE_DAMAGED_UNKEPT,
                                news->kept_as[0] ? news->kept_as : NULL);
    else if (news->clamped)
        main_window_show_notice(state, IDS_NOTICE_CLOCK_CLAMPED, NULL);
}

void main_window_bring_to_front(main_window *state)
{
    if (IsIconic(state->window))
        ShowWindow(state->window, SW_RESTORE);
    else
        ShowWindow(state->window, SW_SHOW);
    SetForegroundWindow(state->window);
}

DWORD main_window_apply_request(main_window *state, const command_line *request)
{
    size_t i;
    DWORD error = ERROR_SUCCESS;

    for (i = 0; i < request->action_count; i++)
    {
        stopwatch_snapshot now;

        shared_stopwatch_snapshot(&state->app->shared, &now);
        switch (request->actions[i])
        {
        case ACTION_START:
            if (now.state != STOPWATCH_RUNNING)
                main_window_execute(state, IDM_START_STOP);
            break;
        case ACTION_STOP:
            if (now.state == STOPWATCH_RUNNING)
                main_window_execute(state, IDM_START_STOP);
            break;
        case ACTION_TOGGLE: main_window_execute(state, IDM_START_STOP); break;
        case ACTION_LAP:    main_window_execute(state, IDM_LAP); break;
        case ACTION_RESET:  main_window_execute(state, IDM_RESET); break;
        case ACTION_UNDO:   main_window_execute(state, IDM_UNDO); break;
        case ACTION_SHOW:   main_window_bring_to_front(state); break;
        }
    }
    if (request->export_path)
    {
        WCHAR *path = utf8_to_wide(request->export_path);
        laps copied;
        uint64_t frequency;

        if (!path || !shared_stopwatch_copy_laps(&state->app->shared, &copied, &frequency))
            error = ERROR_NOT_ENOUGH_MEMORY;
        else
        {
            error = csv_export_write(path, &copied, frequency);
            laps_delete(&copied);
        }
        free(path);
    }
    return error;
}

static void apply_preferences(void *state)
{
    main_window_apply_preferences(state);
}

/* The global hotkeys of lapwing.ini; one that another program now owns is said once. */
void main_window_register_hotkeys(main_window *state)
{
    DWORD error;
    int failed = hotkeys_register_what_can_be(&state->hotkeys, state->window,
                                              &state->app->hotkeys, &error);

    if (failed >= 0)
    {
        char text[HOTKEY_TEXT_MAX];
        WCHAR wide[HOTKEY_TEXT_MAX];

        hotkey_format(&state->app->hotkeys.keys[failed], text, sizeof(text));
        ascii_to_wide(text, wide, HOTKEY_TEXT_MAX);
        main_window_show_notice(state, IDS_NOTICE_HOTKEY_TAKEN, wide);
    }
}

static int register_hotkeys(void *state, const hotkey_settings *wanted, DWORD *error)
{
    main_window *window = state;
    return hotkeys_apply(&window->hotkeys, window->window, wanted, error);
}

/* Ctrl+,: the Settings dialog; what it changes shows at once, OK keeps it in lapwing.ini. */
static void show_settings(main_window *state)
{
    settings_dialog_request request;

    request.preferences = &state->app->preferences;
    request.hotkeys = &state->app->hotkeys;
    request.apply = apply_preferences;
    request.register_hotkeys = register_hotkeys;
    request.context = state;
    if (settings_dialog_show(state->window, &request))
        app_save_preferences(state->app);
}

/* Show or hide (a global hotkey, the tray): in front of everything if it is not, else out of
 * the way (minimized, or into the tray when that is chosen). */
static void show_hide(main_window *state)
{
    if (IsWindowVisible(state->window) && !IsIconic(state->window) &&
        GetForegroundWindow() == state->window)
        ShowWindow(state->window, SW_MINIMIZE);
    else
        main_window_bring_to_front(state);
}

void main_window_execute(main_window *state, UINT command)
{
    switch (command)
    {
    case IDM_START_STOP: start_stop(state); break;
    case IDM_LAP:        lap(state); break;
    case IDM_RESET:      reset(state); break;
    case IDM_UNDO:       undo(state); break;
    case IDM_COPY:       main_window_copy(state, FALSE); break;
    case IDM_COPY_ALL:   main_window_copy(state, TRUE); break;
    case IDM_SAVE_CSV:   main_window_save_csv(state); break;
    case IDM_EDIT_NOTE:  main_window_edit_note(state); break;
    case IDM_SELECT_ALL: lap_list_select_all(&state->laps); break;
    case IDM_TOPMOST:    main_window_toggle_topmost(state); break;
    case IDM_MINI_MODE:  main_window_set_mode(state, LAYOUT_MINI); break;
    case IDM_FULL_SCREEN: main_window_set_mode(state, LAYOUT_FULL_SCREEN); break;
    case IDM_LEAVE_MODE:
        if (state->mode != LAYOUT_NORMAL)
            main_window_set_mode(state, LAYOUT_NORMAL);
        break;
    case IDM_SETTINGS:   show_settings(state); break;
    case IDM_SHOW_HIDE:  show_hide(state); break;
    case IDM_EXIT:       PostMessageW(state->window, WM_CLOSE, 0, 0); break;
    case IDM_HELP:
        help_box_show(state->window, state->app->accelerators,
                      state->app->saving ? state->app->store.folder : L"");
        break;
    case IDM_ABOUT:      help_box_show_about(state->window); break;
    }
}
