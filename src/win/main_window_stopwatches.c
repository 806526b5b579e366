/*
 * The commands for several stopwatches. See main_window_stopwatches.h.
 */
#include "main_window_stopwatches.h"

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "app_history.h"
#include "app_state.h"
#include "app_watches.h"
#include "commands.h"
#include "errors.h"
#include "main_window_model.h"
#include "name_dialog.h"
#include "resource.h"
#include "ui_text.h"

enum
{
    NAME_TEXT_MAX = STOPWATCH_NAME_MAX_CHARACTERS * 2 + 32
};

/* The name the strip shows for the stopwatch at `place` (count when out of range: empty). */
static void name_at(main_window *state, size_t place, WCHAR *name, size_t size)
{
    stopwatch_strip_item *items;
    size_t count;

    name[0] = L'\0';
    items = malloc(sizeof(*items) * (place + 1));
    if (!items)
        return;
    count = shared_stopwatch_strip(&state->app->shared, items, place + 1);
    if (place < count)
        main_window_stopwatch_name(items[place].name, items[place].id, name, size);
    free(items);
}

/* After any change to which stopwatch is selected: the comparison is with the history of the
 * one shown, and nothing of the last removal is pending any more. */
static main_window_changes shown_stopwatch_changed(main_window *state)
{
    app_history_compare(state->app, 0);
    return MAIN_WINDOW_CHANGED_STOPWATCHES | MAIN_WINDOW_CHANGED_STATE |
           MAIN_WINDOW_CHANGED_LAPS | MAIN_WINDOW_CHANGED_HISTORY;
}

/* Ctrl+N: a stopwatch at the end, selected at once (what one adds is what one wants to see). */
static main_window_changes add_stopwatch(main_window *state)
{
    stopwatch_snapshot now;
    WCHAR name[NAME_TEXT_MAX], keys[128];
    const WCHAR *inserts[2] = { name, keys };
    WCHAR text[512];
    uint32_t id;
    app_save_news news;

    switch (shared_stopwatch_add(&state->app->shared, "", &id))
    {
    case STOPWATCH_SET_OK: break;
    case STOPWATCH_SET_OUT_OF_MEMORY:
        error_show(state->window, IDS_ERROR_OUT_OF_MEMORY, ERROR_NOT_ENOUGH_MEMORY);
        return MAIN_WINDOW_CHANGED_NOTHING;
    default:
        return main_window_set_notice(state, IDS_NOTICE_FULL, NULL);
    }
    shared_stopwatch_snapshot(&state->app->shared, &now);
    shared_stopwatch_select(&state->app->shared, now.stopwatch_count - 1);
    news = app_save_changes(state->app);
    main_window_stopwatch_name("", id, name, ARRAYSIZE(name));
    command_text_keys(state->app->accelerators, IDM_RENAME_STOPWATCH, keys, ARRAYSIZE(keys));
    ui_text_format(text, ARRAYSIZE(text), IDS_NOTICE_ADDED_STOPWATCH, inserts, 2);
    return shown_stopwatch_changed(state) | main_window_set_notice_text(state, text) |
           main_window_notice_save_news(state, news);
}

/* The stopwatch at `place` shown; its name and time said (a screen reader hears which). */
static main_window_changes select_stopwatch(main_window *state, size_t place)
{
    WCHAR name[NAME_TEXT_MAX];
    app_save_news news;

    if (!shared_stopwatch_select(&state->app->shared, place))
        return MAIN_WINDOW_CHANGED_NOTHING;
    news = app_save_changes(state->app); /* the list keeps which one is selected */
    name_at(state, place, name, ARRAYSIZE(name));
    return shown_stopwatch_changed(state) | main_window_set_notice_text(state, name) |
           main_window_notice_save_news(state, news) | MAIN_WINDOW_ANNOUNCE_TIME;
}

static main_window_changes step_stopwatch(main_window *state, BOOL forward)
{
    stopwatch_snapshot now;

    shared_stopwatch_snapshot(&state->app->shared, &now);
    if (now.stopwatch_count < 2)
        return MAIN_WINDOW_CHANGED_NOTHING;
    return select_stopwatch(state, forward ? (now.selected + 1) % now.stopwatch_count
                                           : (now.selected + now.stopwatch_count - 1) %
                                                 now.stopwatch_count);
}

/* The rename dialog's `keep`: the name checked and given, or why not. */
typedef struct rename_request
{
    main_window *state;
    uint32_t id;    /* not its place: a second Lapwing's command may move it meanwhile */
} rename_request;

static UINT keep_name(void *context, const char *text)
{
    rename_request *request = context;
    size_t place = shared_stopwatch_place_of(&request->state->app->shared, request->id);

    switch (shared_stopwatch_rename(&request->state->app->shared, place, text))
    {
    case STOPWATCH_SET_OK:           return 0;
    case STOPWATCH_SET_NAME_TAKEN:   return IDS_ERROR_NAME_TAKEN;
    case STOPWATCH_SET_OUT_OF_MEMORY: return IDS_ERROR_OUT_OF_MEMORY;
    default:
        return stopwatch_set_check_name(text) == STOPWATCH_SET_BAD_NAME && text[0] &&
                       strspn(text, "0123456789") == strlen(text)
                   ? IDS_ERROR_NAME_DIGITS
               : strlen(text) > STOPWATCH_NAME_MAX_BYTES ? IDS_ERROR_NAME_TOO_LONG
                                                          : IDS_ERROR_NAME_CHARACTER;
    }
}

/* Ctrl+F2: the selected stopwatch's name, in a small dialog (empty: the default again). */
static main_window_changes rename_stopwatch(main_window *state)
{
    stopwatch_snapshot now;
    stopwatch_strip_item *items;
    rename_request request;
    name_request dialog;
    WCHAR name[NAME_TEXT_MAX];
    BOOL kept;

    shared_stopwatch_snapshot(&state->app->shared, &now);
    items = malloc(sizeof(*items) * now.stopwatch_count);
    if (!items)
        return MAIN_WINDOW_CHANGED_NOTHING;
    shared_stopwatch_strip(&state->app->shared, items, now.stopwatch_count);
    request.state = state;
    request.id = now.selected_id;
    ZeroMemory(&dialog, sizeof(dialog));
    dialog.caption = IDS_STOPWATCH_NAME_TITLE;
    dialog.label = IDS_STOPWATCH_NAME_LABEL;
    dialog.current = items[now.selected].name;
    dialog.keep = keep_name;
    dialog.context = &request;
    kept = name_dialog_show(state->window, &dialog);
    free(items);
    if (!kept)
        return MAIN_WINDOW_CHANGED_NOTHING;
    name_at(state, shared_stopwatch_place_of(&state->app->shared, request.id), name,
            ARRAYSIZE(name));
    return MAIN_WINDOW_CHANGED_STOPWATCHES |
           main_window_set_notice(state, IDS_NOTICE_RENAMED_STOPWATCH, name) |
           main_window_notice_save_news(state, app_save_changes(state->app));
}

/* Ctrl+W: the selected stopwatch's run into the history (paused and reset, as Reset does),
 * then the stopwatch set aside; Ctrl+Z puts it back and undoes that reset. */
static main_window_changes remove_stopwatch(main_window *state)
{
    stopwatch_snapshot now;
    WCHAR name[NAME_TEXT_MAX], keys[128], text[512];
    const WCHAR *inserts[2] = { name, keys };
    app_save_news news, history_news = APP_SAVE_QUIET;
    app_watch *watch;
    uint32_t id;

    shared_stopwatch_snapshot(&state->app->shared, &now);
    if (now.stopwatch_count < 2)
        return main_window_set_notice(state, IDS_NOTICE_ONLY_STOPWATCH, NULL);
    name_at(state, now.selected, name, ARRAYSIZE(name));
    if (now.state == STOPWATCH_RUNNING)
        shared_stopwatch_toggle(&state->app->shared);
    state->put_back_undoes_reset = now.state != STOPWATCH_STOPPED &&
                                   shared_stopwatch_reset(&state->app->shared) == STOPWATCH_OK;
    if (state->put_back_undoes_reset)
        history_news = app_archive_reset(state->app);
    /* What its saving knew (the run a reset archived, before this removal's own too), for a
     * put-back: its files go, and come back fresh. */
    watch = app_selected_watch(state->app);
    state->put_back_archived_id = watch ? watch->archived_id : 0;
    state->put_back_run_started_wall = watch ? watch->run_started_wall : 0;
    if (shared_stopwatch_remove(&state->app->shared, now.selected, &id) != STOPWATCH_SET_OK)
        return MAIN_WINDOW_CHANGED_NOTHING;
    news = app_save_changes(state->app);
    state->put_back_pending = TRUE;
    command_text_keys(state->app->accelerators, IDM_UNDO, keys, ARRAYSIZE(keys));
    ui_text_format(text, ARRAYSIZE(text), IDS_NOTICE_REMOVED_STOPWATCH, inserts, 2);
    return shown_stopwatch_changed(state) | main_window_set_notice_text(state, text) |
           main_window_notice_save_news(state, history_news) |
           main_window_notice_save_news(state, news);
}

main_window_changes main_window_put_back_stopwatch(main_window *state, BOOL *handled)
{
    stopwatch_snapshot now;
    WCHAR name[NAME_TEXT_MAX];
    app_save_news news, history_news = APP_SAVE_QUIET;
    app_watch *watch;
    uint32_t id;

    *handled = state->put_back_pending;
    if (!state->put_back_pending)
        return MAIN_WINDOW_CHANGED_NOTHING;
    state->put_back_pending = FALSE;
    if (shared_stopwatch_put_back(&state->app->shared, &id) != STOPWATCH_SET_OK)
        return MAIN_WINDOW_CHANGED_NOTHING;
    news = app_save_changes(state->app); /* its files again, from what memory kept */
    watch = app_selected_watch(state->app);
    if (watch)
    {
        /* An undo after this one still takes its last reset's run back out of the history. */
        watch->archived_id = state->put_back_archived_id;
        watch->run_started_wall = state->put_back_run_started_wall;
    }
    /* The run this removal archived, back out of the history onto it. */
    if (watch && state->put_back_undoes_reset && state->put_back_archived_id &&
        shared_stopwatch_next_undo(&state->app->shared, NULL) == STOPWATCH_UNDO_RESET &&
        shared_stopwatch_undo(&state->app->shared) == STOPWATCH_OK)
    {
        app_save_news later;
        history_news = app_unarchive_reset(state->app, &later);
        if (news == APP_SAVE_QUIET)
            news = later; /* a failure said by the first save is not hidden by the second */
    }
    state->put_back_archived_id = 0;
    state->put_back_undoes_reset = FALSE;
    shared_stopwatch_snapshot(&state->app->shared, &now);
    name_at(state, now.selected, name, ARRAYSIZE(name));
    return shown_stopwatch_changed(state) |
           main_window_set_notice(state, IDS_NOTICE_PUT_BACK_STOPWATCH, name) |
           main_window_notice_save_news(state, history_news) |
           main_window_notice_save_news(state, news) | MAIN_WINDOW_ANNOUNCE_TIME;
}

/* Ctrl+Shift+Space, Ctrl+Shift+P: every stopwatch at one counter reading. */
static main_window_changes start_or_pause_all(main_window *state, BOOL start)
{
    WCHAR number[24];
    size_t changed = shared_stopwatch_start_all(&state->app->shared, start);
    app_save_news news;

    if (!changed)
        return MAIN_WINDOW_CHANGED_NOTHING;
    news = app_save_changes(state->app);
    _snwprintf(number, ARRAYSIZE(number), L"%lu", (unsigned long)changed);
    number[ARRAYSIZE(number) - 1] = L'\0';
    return main_window_set_notice(state, start ? IDS_NOTICE_STARTED_ALL : IDS_NOTICE_PAUSED_ALL,
                                  number) |
           main_window_notice_save_news(state, news) | MAIN_WINDOW_CHANGED_STATE |
           MAIN_WINDOW_CHANGED_STOPWATCHES;
}

/* 1…9 (or a click on Lap for a strip item): a lap on that stopwatch, said with its name. */
static main_window_changes lap_on(main_window *state, size_t place)
{
    stopwatch_strip_item *items;
    WCHAR name[NAME_TEXT_MAX], number[24], time[FORMAT_TIME_MAX], text[512];
    const WCHAR *inserts[3] = { name, number, time };
    stopwatch_result result = shared_stopwatch_lap_at(&state->app->shared, place);
    size_t count;
    uint64_t total = 0;
    app_save_news news;

    if (result == STOPWATCH_OUT_OF_MEMORY)
    {
        error_show(state->window, IDS_ERROR_OUT_OF_MEMORY, ERROR_NOT_ENOUGH_MEMORY);
        return MAIN_WINDOW_CHANGED_NOTHING;
    }
    name_at(state, place, name, ARRAYSIZE(name));
    if (!name[0])
        return MAIN_WINDOW_CHANGED_NOTHING; /* no stopwatch there */
    if (result != STOPWATCH_OK)
        return main_window_set_notice(state, IDS_NOTICE_NOT_RUNNING, name);
    news = app_save_changes(state->app);
    items = malloc(sizeof(*items) * (place + 1));
    count = items ? shared_stopwatch_strip(&state->app->shared, items, place + 1) : 0;
    if (place < count && items[place].lap_count)
        shared_stopwatch_get_lap_of(&state->app->shared, items[place].id,
                                    items[place].lap_count - 1, &total);
    _snwprintf(number, ARRAYSIZE(number), L"%lu",
               (unsigned long)(place < count ? items[place].lap_count : 0));
    number[ARRAYSIZE(number) - 1] = L'\0';
    free(items);
    main_window_time_text(state, time, total, shared_stopwatch_frequency(&state->app->shared));
    ui_text_format(text, ARRAYSIZE(text), IDS_NOTICE_LAP_ON, inserts, 3);
    return main_window_set_notice_text(state, text) | main_window_notice_save_news(state, news) |
           MAIN_WINDOW_CHANGED_LAPS | MAIN_WINDOW_CHANGED_STOPWATCHES;
}

/* The strip's menu: start, pause or resume a stopwatch not shown (the shown one takes the
 * Start/Pause command itself), said with its name, its state and its time. */
static main_window_changes toggle_on(main_window *state, size_t place)
{
    stopwatch_strip_item *items;
    WCHAR name[NAME_TEXT_MAX], word[32], time[FORMAT_TIME_MAX], text[512];
    const WCHAR *inserts[3] = { name, word, time };
    stopwatch_result result = shared_stopwatch_toggle_at(&state->app->shared, place);
    size_t count;
    app_save_news news;

    if (result != STOPWATCH_OK)
        return MAIN_WINDOW_CHANGED_NOTHING; /* no stopwatch there */
    news = app_save_changes(state->app);
    items = malloc(sizeof(*items) * (place + 1));
    count = items ? shared_stopwatch_strip(&state->app->shared, items, place + 1) : 0;
    if (place >= count)
    {
        free(items);
        return main_window_notice_save_news(state, news) | MAIN_WINDOW_CHANGED_STOPWATCHES;
    }
    main_window_stopwatch_name(items[place].name, items[place].id, name, ARRAYSIZE(name));
    ui_text_load(items[place].state == STOPWATCH_RUNNING ? IDS_STRIP_RUNNING : IDS_STRIP_PAUSED,
                 word, ARRAYSIZE(word));
    main_window_time_text(state, time, items[place].elapsed,
                          shared_stopwatch_frequency(&state->app->shared));
    free(items);
    ui_text_format(text, ARRAYSIZE(text), IDS_NOTICE_STOPWATCH_STATE, inserts, 3);
    return main_window_set_notice_text(state, text) | main_window_notice_save_news(state, news) |
           MAIN_WINDOW_CHANGED_STATE | MAIN_WINDOW_CHANGED_STOPWATCHES;
}

/* Ctrl+Shift+Page Up / Page Down: the shown stopwatch one place along the strip (Ctrl+1…9
 * and the number keys follow its new place). */
static main_window_changes move_stopwatch(main_window *state, BOOL right)
{
    stopwatch_snapshot now;
    WCHAR name[NAME_TEXT_MAX], number[24], text[512];
    const WCHAR *inserts[2] = { name, number };
    size_t to;

    shared_stopwatch_snapshot(&state->app->shared, &now);
    if (right ? now.selected + 1 >= now.stopwatch_count : now.selected == 0)
        return MAIN_WINDOW_CHANGED_NOTHING;
    to = right ? now.selected + 1 : now.selected - 1;
    if (!shared_stopwatch_move(&state->app->shared, now.selected, to))
        return MAIN_WINDOW_CHANGED_NOTHING;
    name_at(state, to, name, ARRAYSIZE(name));
    _snwprintf(number, ARRAYSIZE(number), L"%lu", (unsigned long)(to + 1));
    number[ARRAYSIZE(number) - 1] = L'\0';
    ui_text_format(text, ARRAYSIZE(text), IDS_NOTICE_MOVED_STOPWATCH, inserts, 2);
    return main_window_set_notice_text(state, text) |
           main_window_notice_save_news(state, app_save_changes(state->app)) |
           MAIN_WINDOW_CHANGED_STOPWATCHES;
}

main_window_changes main_window_stopwatch_command(main_window *state, UINT command,
                                                  BOOL *handled)
{
    size_t place;

    *handled = TRUE;
    if (command_stopwatch_place(command, IDM_SELECT_STOPWATCH_FIRST, &place))
        return select_stopwatch(state, place);
    if (command_stopwatch_place(command, IDM_LAP_STOPWATCH_FIRST, &place))
        return lap_on(state, place);
    if (command_stopwatch_place(command, IDM_TOGGLE_STOPWATCH_FIRST, &place))
        return toggle_on(state, place);
    switch (command)
    {
    case IDM_NEW_STOPWATCH:      return add_stopwatch(state);
    case IDM_NEXT_STOPWATCH:     return step_stopwatch(state, TRUE);
    case IDM_PREVIOUS_STOPWATCH: return step_stopwatch(state, FALSE);
    case IDM_RENAME_STOPWATCH:   return rename_stopwatch(state);
    case IDM_REMOVE_STOPWATCH:   return remove_stopwatch(state);
    case IDM_START_ALL:          return start_or_pause_all(state, TRUE);
    case IDM_PAUSE_ALL:          return start_or_pause_all(state, FALSE);
    case IDM_MOVE_STOPWATCH_LEFT: return move_stopwatch(state, FALSE);
    case IDM_MOVE_STOPWATCH_RIGHT: return move_stopwatch(state, TRUE);
    }
    *handled = FALSE;
    return MAIN_WINDOW_CHANGED_NOTHING;
}
