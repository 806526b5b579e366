/*
 * The history's commands. See main_window_history.h.
 */
#include "main_window_history.h"

#include "app_history.h"
#include "history_window.h"
#include "main_window_model.h"
#include "resource.h"

#include <stdlib.h>

typedef struct history_session
{
    main_window *state;
    history_window_request *request;
    app_save_news news;     /* the last thing saving had to say */
    BOOL changed;
} history_session;

static void keep_news(history_session *session, app_save_news news)
{
    if (news != APP_SAVE_QUIET)
        session->news = news;
}

static BOOL remove_run(void *context, uint64_t id, history_run *removed)
{
    history_session *session = context;
    BOOL done;

    keep_news(session, app_history_remove(session->state->app, id, removed, &done));
    session->changed |= done;
    /* The run compared with gone: the best again, as the window should say. */
    session->request->compared_id = session->state->app->compared_id;
    return done;
}

static BOOL put_back_run(void *context, history_run *run)
{
    history_session *session = context;
    BOOL done;

    keep_news(session, app_history_put_back(session->state->app, run, &done));
    session->changed |= done;
    return done;
}

static UINT reason(laps_note_result result, BOOL name)
{
    switch (result)
    {
    case LAPS_NOTE_OK:            return 0;
    case LAPS_NOTE_TOO_LONG:      return name ? IDS_ERROR_NAME_TOO_LONG : IDS_ERROR_NOTE_TOO_LONG;
    case LAPS_NOTE_OUT_OF_MEMORY: return IDS_ERROR_OUT_OF_MEMORY;
    case LAPS_NOTE_NO_SUCH_LAP:   return IDS_ERROR_OUT_OF_MEMORY; /* cannot happen: it is open */
    default:                      return name ? IDS_ERROR_NAME_CHARACTER : IDS_ERROR_NOTE_CHARACTER;
    }
}

static UINT rename_run(void *context, uint64_t id, const char *name)
{
    history_session *session = context;
    laps_note_result result;

    keep_news(session, app_history_rename(session->state->app, id, name, &result));
    return reason(result, TRUE);
}

static UINT set_note(void *context, uint64_t id, size_t lap, const char *note)
{
    history_session *session = context;
    laps_note_result result;

    keep_news(session, app_history_set_note(session->state->app, id, lap, note, &result));
    return reason(result, FALSE);
}

static void compare(void *context, uint64_t id)
{
    history_session *session = context;

    app_history_compare(session->state->app, id);
    session->changed = TRUE;
}

static void stopwatch_name(void *context, uint32_t id, WCHAR *name, size_t size)
{
    history_session *session = context;
    shared_stopwatch *shared = &session->state->app->shared;
    stopwatch_strip_item *items;
    size_t count, i;
    const char *own = "";

    items = malloc(sizeof(*items) * (STOPWATCH_SET_MAX + 1));
    count = items ? shared_stopwatch_strip(shared, items, STOPWATCH_SET_MAX + 1) : 0;
    for (i = 0; i < count && i <= STOPWATCH_SET_MAX; i++)
        if (items[i].id == id)
            own = items[i].name;
    main_window_stopwatch_name(own, id, name, size); /* a removed one: its default name */
    free(items);
}

/* Runs of more than one stopwatch to tell apart: several now, or a removed one's runs. */
static BOOL several_stopwatches(main_window *state)
{
    stopwatch_snapshot now;
    size_t i;

    shared_stopwatch_snapshot(&state->app->shared, &now);
    if (now.stopwatch_count > 1)
        return TRUE;
    for (i = 0; i < state->app->history.count; i++)
        if (state->app->history.runs[i].stopwatch != now.selected_id)
            return TRUE;
    return FALSE;
}

main_window_changes main_window_show_history(main_window *state)
{
    history_window_request request;
    history_session session = { state, &request, APP_SAVE_QUIET, FALSE };

    request.history = &state->app->history;
    request.compared_id = state->app->compared_id;
    request.remove = remove_run;
    request.put_back = put_back_run;
    request.rename = rename_run;
    request.set_note = set_note;
    request.compare = compare;
    request.show_stopwatches = several_stopwatches(state);
    request.stopwatch_name = stopwatch_name;
    request.context = &session;
    history_window_show(state->window, &request);
    return main_window_notice_save_news(state, session.news) |
           (session.changed ? MAIN_WINDOW_CHANGED_HISTORY : MAIN_WINDOW_CHANGED_NOTHING);
}
