/*
 * The model as the main window words it: the time and the title as texts, what the commands
 * can do now, and the notices commands leave for the status line (recorded here, shown by the
 * view when it is told). Reads the model; changes nothing but the notice. UI thread only.
 */
#include "main_window_model.h"

#include <stdlib.h>
#include <wchar.h>

#include "errors.h"
#include "lapwing/format.h"
#include "resource.h"
#include "ui_text.h"
#include "utf8.h"

void main_window_time_text(const main_window *state, WCHAR *wide, uint64_t ticks,
                           uint64_t frequency)
{
    char text[FORMAT_TIME_MAX];

    format_time_at(text, sizeof(text), ticks, frequency, state->app->preferences.precision);
    ascii_to_wide(text, wide, FORMAT_TIME_MAX);
}

void main_window_title_text(const main_window *state, const stopwatch_snapshot *snapshot,
                            BOOL always, WCHAR *title, size_t size)
{
    if ((!always && !state->app->preferences.time_in_title) ||
        snapshot->state == STOPWATCH_STOPPED)
        ui_text_load(IDS_APP_TITLE, title, (int)size);
    else
    {
        char time[FORMAT_TIME_MAX];
        WCHAR wide[FORMAT_TIME_MAX];
        const WCHAR *insert = wide;

        format_time_at(time, sizeof(time), snapshot->elapsed, snapshot->frequency,
                       TIME_PRECISION_SECONDS);
        ascii_to_wide(time, wide, FORMAT_TIME_MAX);
        ui_text_format(title, size,
                       snapshot->state == STOPWATCH_RUNNING ? IDS_TITLE_RUNNING
                                                            : IDS_TITLE_PAUSED,
                       &insert, 1);
    }
}

void main_window_command_context(main_window *state, command_context *context)
{
    stopwatch_snapshot snapshot;

    shared_stopwatch_snapshot(&state->app->shared, &snapshot);
    context->state = snapshot.state;
    context->lap_count = snapshot.lap_count;
    context->can_undo = snapshot.can_undo;
    context->selected_laps = lap_list_selected_count(&state->laps);
    context->in_mode = state->mode != LAYOUT_NORMAL;
    context->on_top = state->app->preferences.always_on_top;
    context->mini = state->mode == LAYOUT_MINI;
    context->full_screen = state->mode == LAYOUT_FULL_SCREEN;
    context->stopwatch_count = snapshot.stopwatch_count;
    context->running_count = snapshot.running_count;
    context->selected_place = snapshot.selected;
    context->can_put_back = snapshot.can_put_back && state->put_back_pending;
}

void main_window_stopwatch_name(const char *name, uint32_t id, WCHAR *wide, size_t size)
{
    WCHAR number[16];
    const WCHAR *insert = number;
    WCHAR *converted;

    if (name && name[0] && (converted = utf8_to_wide(name)) != NULL)
    {
        lstrcpynW(wide, converted, (int)size);
        free(converted);
        return;
    }
    _snwprintf(number, ARRAYSIZE(number), L"%lu", (unsigned long)id);
    number[ARRAYSIZE(number) - 1] = L'\0';
    ui_text_format(wide, size, IDS_STOPWATCH_DEFAULT_NAME, &insert, 1);
}

main_window_changes main_window_set_notice(main_window *state, UINT string_id,
                                           const WCHAR *insert)
{
    ui_text_format(state->notice, ARRAYSIZE(state->notice), string_id, &insert,
                   insert ? 1 : 0);
    return MAIN_WINDOW_CHANGED_NOTICE;
}

main_window_changes main_window_set_notice_text(main_window *state, const WCHAR *text)
{
    lstrcpynW(state->notice, text, ARRAYSIZE(state->notice));
    return MAIN_WINDOW_CHANGED_NOTICE;
}

main_window_changes main_window_notice_save_news(main_window *state, app_save_news news)
{
    WCHAR system_text[256];
    const WCHAR *inserts[2] = { state->app->state_folder, system_text };

    if (news == APP_SAVE_WORKS_AGAIN || news == APP_SAVE_HISTORY_WORKS_AGAIN)
        return main_window_set_notice(state, IDS_NOTICE_SAVE_WORKS, NULL);
    if (news != APP_SAVE_FAILED && news != APP_SAVE_HISTORY_FAILED)
        return MAIN_WINDOW_CHANGED_NOTHING;
    error_system_text(news == APP_SAVE_FAILED ? state->app->save_error
                                              : state->app->history_error,
                      system_text, ARRAYSIZE(system_text));
    ui_text_format(state->notice, ARRAYSIZE(state->notice), IDS_NOTICE_SAVE_FAILED, inserts, 2);
    return MAIN_WINDOW_CHANGED_NOTICE;
}

main_window_changes main_window_notice_load_news(main_window *state, const app_load_news *news)
{
    if (news->error)
    {
        state->app->save_error = news->error;
        return main_window_notice_save_news(state, APP_SAVE_FAILED);
    }
    if (news->damaged)
        return main_window_set_notice(state,
                                      news->kept_as[0] ? IDS_NOTICE_STATE_DAMAGED
                                                       : IDS_NOTICE_STATE_DAMAGED_UNKEPT,
                                      news->kept_as[0] ? news->kept_as : NULL);
    if (news->history_error)
    {
        state->app->history_error = news->history_error;
        return main_window_notice_save_news(state, APP_SAVE_HISTORY_FAILED);
    }
    if (news->history_damaged)
        return main_window_set_notice(state, IDS_NOTICE_HISTORY_DAMAGED, news->history_kept_as);
    if (news->clamped)
        return main_window_set_notice(state, IDS_NOTICE_CLOCK_CLAMPED, NULL);
    return MAIN_WINDOW_CHANGED_NOTHING;
}
