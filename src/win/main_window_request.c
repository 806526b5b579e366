/*
 * A command line applied to the window. See main_window_request.h.
 */
#include "main_window_request.h"

#include <stdlib.h>

#include "app_state.h"
#include "csv_export.h"
#include "main_window_commands.h"
#include "main_window_model.h"
#include "utf8.h"

main_window_changes main_window_apply_request(main_window *state, const command_line *request,
                                              DWORD *export_error)
{
    main_window_changes changes = MAIN_WINDOW_CHANGED_NOTHING;
    BOOL refused = FALSE;
    size_t i;

    *export_error = ERROR_SUCCESS;
    /* A stopwatch named that is not there (or a new one's name taken): nothing is done. */
    if (shared_stopwatch_check_request(&state->app->shared, request) < request->action_count)
    {
        *export_error = ERROR_NOT_FOUND;
        return MAIN_WINDOW_CHANGED_NOTHING;
    }
    for (i = 0; i < request->action_count; i++)
    {
        stopwatch_snapshot now;
        size_t place;

        shared_stopwatch_snapshot(&state->app->shared, &now);
        switch (request->actions[i])
        {
        case ACTION_START:
            if (now.state != STOPWATCH_RUNNING)
                changes |= main_window_execute(state, IDM_START_STOP);
            break;
        case ACTION_STOP:
            if (now.state == STOPWATCH_RUNNING)
                changes |= main_window_execute(state, IDM_START_STOP);
            break;
        case ACTION_TOGGLE: changes |= main_window_execute(state, IDM_START_STOP); break;
        case ACTION_LAP:    changes |= main_window_execute(state, IDM_LAP); break;
        case ACTION_RESET:  changes |= main_window_execute(state, IDM_RESET); break;
        case ACTION_UNDO:   changes |= main_window_execute(state, IDM_UNDO); break;
        case ACTION_SHOW:   changes |= MAIN_WINDOW_BRING_TO_FRONT; break;
        case ACTION_SET:
        case ACTION_ADD:
            state->put_back_pending = FALSE;
            changes |= main_window_correct(state, request->actions[i] == ACTION_SET,
                                           request->amounts[i], &refused);
            break;
        case ACTION_NEW:
            /* Added, not shown: --stopwatch shows the one the options after it are for. */
            state->put_back_pending = FALSE;
            if (shared_stopwatch_add(&state->app->shared, request->names[i], NULL) !=
                STOPWATCH_SET_OK)
            {
                /* Taken meanwhile, or no memory: what follows must not act on another. */
                *export_error = ERROR_NOT_FOUND;
                return changes;
            }
            changes |= MAIN_WINDOW_CHANGED_STOPWATCHES |
                       main_window_notice_save_news(state, app_save_changes(state->app));
            break;
        case ACTION_CHOOSE:
            place = shared_stopwatch_find(&state->app->shared, request->names[i]);
            if (place >= now.stopwatch_count)
            {
                *export_error = ERROR_NOT_FOUND; /* removed meanwhile */
                return changes;
            }
            if (place != now.selected)
                changes |= main_window_execute(state, IDM_SELECT_STOPWATCH_FIRST +
                                                          (UINT)place * IDM_STEP);
            break;
        case ACTION_START_ALL: changes |= main_window_execute(state, IDM_START_ALL); break;
        case ACTION_STOP_ALL:  changes |= main_window_execute(state, IDM_PAUSE_ALL); break;
        }
    }
    if (refused)
        *export_error = ERROR_INVALID_DATA;
    if (request->export_path && !refused)
    {
        WCHAR *path = utf8_to_wide(request->export_path);
        laps copied;
        uint64_t frequency;

        if (!path || !shared_stopwatch_copy_laps(&state->app->shared, &copied, &frequency))
            *export_error = ERROR_NOT_ENOUGH_MEMORY;
        else
        {
            *export_error = csv_export_write(path, &copied, frequency);
            laps_delete(&copied);
        }
        free(path);
    }
    return changes;
}
