/*
 * The one execute function: every command, whichever input it came from (a button, a key, the
 * window menu, a context menu, the tray, a taskbar thumbnail button, a hotkey or a second
 * instance), arrives here as an IDM_ id, one line per command. It changes the model (the
 * stopwatch, its laps and notes, the preferences, the mode asked for), saves what changed, and
 * says what changed; the hub then has the refresh tell the view and the listeners. It never
 * calls the view, the modes, the theme or the shell. Calls: the model's texts and notices, and
 * the leaves that do a command's work (copy, save, notes). UI thread only.
 */
#include "main_window_commands.h"

#include <stdlib.h>
#include <wchar.h>

#include "app_history.h"
#include "app_state.h"
#include "commands.h"
#include "errors.h"
#include "help_box.h"
#include "lapwing/format.h"
#include "lapwing/lap_text.h"
#include "lapwing/ticks.h"
#include "main_window_export.h"
#include "main_window_history.h"
#include "main_window_model.h"
#include "main_window_notes.h"
#include "main_window_stopwatches.h"
#include "resource.h"
#include "set_time_dialog.h"
#include "lapwing/time_parse.h"
#include "ui_text.h"
#include "utf8.h"

/* Every change is on its way to the disk (the journal line written, app_save_changes) before
 * the window shows it, so a killed process never loses what the user saw. A notice about
 * saving comes last: a failure to save must not be hidden by the command's own notice. */

static void number_text(WCHAR *text, size_t size, unsigned long long number)
{
    _snwprintf(text, size, L"%llu", number);
    text[size - 1] = L'\0';
}

static main_window_changes start_stop(main_window *state)
{
    stopwatch_snapshot before, after;
    WCHAR time[FORMAT_TIME_MAX];
    main_window_changes changes;
    app_save_news news;

    shared_stopwatch_snapshot(&state->app->shared, &before);
    shared_stopwatch_toggle(&state->app->shared);
    news = app_save_changes(state->app);
    /* Said in the status line, which screen readers hear: started, paused at, resumed at. */
    shared_stopwatch_snapshot(&state->app->shared, &after);
    main_window_time_text(state, time, after.elapsed, after.frequency);
    changes = main_window_set_notice(state,
                                     after.state == STOPWATCH_PAUSED    ? IDS_NOTICE_PAUSED
                                     : before.state == STOPWATCH_PAUSED ? IDS_NOTICE_RESUMED
                                                                        : IDS_NOTICE_STARTED,
                                     time);
    return changes | main_window_notice_save_news(state, news) | MAIN_WINDOW_CHANGED_STATE |
           MAIN_WINDOW_ANNOUNCE_TIME;
}

static main_window_changes lap(main_window *state)
{
    uint64_t lap_ticks, total;
    stopwatch_snapshot after;
    WCHAR number[24], time[FORMAT_TIME_MAX];
    const WCHAR *inserts[2] = { number, time };
    main_window_changes changes = MAIN_WINDOW_CHANGED_LAPS | MAIN_WINDOW_ANNOUNCE_TIME;
    app_save_news news;

    if (shared_stopwatch_lap(&state->app->shared) == STOPWATCH_OUT_OF_MEMORY)
    {
        error_show(state->window, IDS_ERROR_OUT_OF_MEMORY, 0);
        return MAIN_WINDOW_CHANGED_NOTHING;
    }
    news = app_save_changes(state->app);
    shared_stopwatch_snapshot(&state->app->shared, &after);
    if (after.lap_count &&
        shared_stopwatch_get_lap(&state->app->shared, after.lap_count - 1, &lap_ticks, &total))
    {
        number_text(number, ARRAYSIZE(number), (unsigned long long)after.lap_count);
        main_window_time_text(state, time, lap_ticks, after.frequency);
        ui_text_format(state->notice, ARRAYSIZE(state->notice), IDS_NOTICE_LAP, inserts, 2);
        changes |= MAIN_WINDOW_CHANGED_NOTICE;
    }
    return changes | main_window_notice_save_news(state, news);
}

static main_window_changes reset(main_window *state)
{
    WCHAR keys[128];
    main_window_changes changes;
    app_save_news news, history_news;

    if (shared_stopwatch_reset(&state->app->shared) != STOPWATCH_OK)
        return MAIN_WINDOW_CHANGED_NOTHING;
    /* The run into the history before the state says it was reset (app_history.h). */
    history_news = app_archive_reset(state->app);
    news = app_save_changes(state->app);
    command_text_keys(state->app->accelerators, IDM_UNDO, keys, ARRAYSIZE(keys));
    changes = main_window_set_notice(state, IDS_NOTICE_RESET, keys);
    changes |= main_window_notice_save_news(state, history_news);
    return changes | main_window_notice_save_news(state, news) | MAIN_WINDOW_CHANGED_STATE |
           MAIN_WINDOW_CHANGED_LAPS | MAIN_WINDOW_CHANGED_HISTORY | MAIN_WINDOW_ANNOUNCE_TIME;
}

/* A correction's amount as the Δ column signs it: "+1:00.00", "−5.00". */
static void amount_text(WCHAR *wide, size_t size, int64_t ticks, uint64_t frequency)
{
    char text[64];
    WCHAR *utf16;

    lap_text_delta(text, sizeof(text), ticks, frequency, "\xE2\x88\x92");
    utf16 = utf8_to_wide(text);
    lstrcpynW(wide, utf16 ? utf16 : L"?", (int)size);
    free(utf16);
}

static main_window_changes undo(main_window *state)
{
    stopwatch_snapshot before;
    WCHAR number[24], amount[64];
    main_window_changes changes;
    app_save_news news, history_news = APP_SAVE_QUIET;
    int64_t correction = 0;
    stopwatch_undo_kind kind = shared_stopwatch_next_undo(&state->app->shared, &correction);

    shared_stopwatch_snapshot(&state->app->shared, &before);
    if (shared_stopwatch_undo(&state->app->shared) != STOPWATCH_OK)
        return main_window_set_notice(state, IDS_NOTICE_NOTHING_TO_UNDO, NULL);
    /* A correction undone moves the time without a lap or a new state: a snapshot keeps it. An
     * undone reset takes the run back out of the history. */
    if (kind == STOPWATCH_UNDO_RESET)
        history_news = app_unarchive_reset(state->app, &news);
    else
        news = kind == STOPWATCH_UNDO_CORRECTION ? app_save_snapshot(state->app)
                                                 : app_save_changes(state->app);
    if (kind == STOPWATCH_UNDO_CORRECTION)
    {
        amount_text(amount, ARRAYSIZE(amount), correction, before.frequency);
        changes = main_window_set_notice(state, IDS_NOTICE_UNDID_CORRECTION, amount);
    }
    else if (before.state == STOPWATCH_STOPPED)
        changes = main_window_set_notice(state, IDS_NOTICE_UNDID_RESET, NULL);
    else
    {
        number_text(number, ARRAYSIZE(number), (unsigned long long)before.lap_count);
        changes = main_window_set_notice(state, IDS_NOTICE_UNDID_LAP, number);
    }
    changes |= main_window_notice_save_news(state, history_news);
    return changes | main_window_notice_save_news(state, news) | MAIN_WINDOW_CHANGED_STATE |
           MAIN_WINDOW_CHANGED_LAPS | MAIN_WINDOW_CHANGED_HISTORY | MAIN_WINDOW_ANNOUNCE_TIME;
}

main_window_changes main_window_keep_note(main_window *state, size_t lap, const char *text)
{
    switch (shared_stopwatch_set_note(&state->app->shared, lap, text))
    {
    case LAPS_NOTE_OK:
        return MAIN_WINDOW_CHANGED_LAPS |
               main_window_notice_save_news(state, app_save_note(state->app, lap, text));
    case LAPS_NOTE_TOO_LONG:     error_show(state->window, IDS_ERROR_NOTE_TOO_LONG, 0); break;
    case LAPS_NOTE_OUT_OF_MEMORY:
        error_show(state->window, IDS_ERROR_OUT_OF_MEMORY, ERROR_NOT_ENOUGH_MEMORY);
        break;
    case LAPS_NOTE_NO_SUCH_LAP:  break; /* undone meanwhile */
    default:                     error_show(state->window, IDS_ERROR_NOTE_CHARACTER, 0); break;
    }
    return MAIN_WINDOW_CHANGED_NOTHING;
}

/* F2: a note for the selected lap, or the newest; with no laps, the status line says so. */
static main_window_changes edit_note(main_window *state)
{
    WCHAR keys[128];

    if (main_window_edit_note(state))
        return MAIN_WINDOW_CHANGED_NOTHING;
    command_text_keys(state->app->accelerators, IDM_LAP, keys, ARRAYSIZE(keys));
    return main_window_set_notice(state, IDS_NOTICE_NO_LAP_FOR_NOTE, keys);
}

/* Set time's `apply`: the correction made (in ticks of this machine's counter) and saved; the
 * reason when the stopwatch refuses it, for the dialog to say. */
typedef struct correction_request
{
    main_window *state;
    uint32_t stopwatch;     /* the one shown when the dialog opened */
    int64_t made;           /* ticks, once done */
    app_save_news news;
} correction_request;

static UINT apply_correction(void *context, bool set, uint64_t units, int64_t amount)
{
    correction_request *request = context;
    app *app = request->state->app;
    uint64_t frequency = shared_stopwatch_frequency(&app->shared);
    uint64_t magnitude = ticks_from_units(amount < 0 ? (uint64_t)0 - (uint64_t)amount
                                                     : (uint64_t)amount,
                                          frequency, TIME_PARSE_UNITS_PER_SECOND);
    stopwatch_result result;
    int64_t correction = 0;

    /* The dialog showed that one's time; a correction of another would be a surprise. */
    if (shared_stopwatch_selected_id(&app->shared) != request->stopwatch)
        return IDS_CORRECT_OTHER_STOPWATCH;
    result = shared_stopwatch_correct(&app->shared, set,
                                      ticks_from_units(units, frequency,
                                                       TIME_PARSE_UNITS_PER_SECOND),
                                      amount < 0 ? -(int64_t)magnitude : (int64_t)magnitude);
    switch (result)
    {
    case STOPWATCH_OK:
        break;
    case STOPWATCH_IGNORED:         return 0; /* nothing to correct: the time is that already */
    case STOPWATCH_NEGATIVE:        return IDS_CORRECT_NEGATIVE;
    case STOPWATCH_BELOW_LAST_LAP:  return IDS_CORRECT_BELOW_LAST_LAP;
    case STOPWATCH_TOO_LARGE:       return IDS_CORRECT_TOO_LARGE;
    default:                        return IDS_ERROR_OUT_OF_MEMORY;
    }
    /* What was recorded (for a time set, the amount it took to get there). */
    shared_stopwatch_next_undo(&app->shared, &correction);
    request->made = correction;
    /* A time moved without a lap or a new state: a snapshot keeps it (and the correction). */
    request->news = app_save_snapshot(app);
    return 0;
}

static main_window_changes corrected(main_window *state, const correction_request *request);

main_window_changes main_window_correct(main_window *state, bool set, int64_t amount,
                                        BOOL *refused)
{
    correction_request request = { state, shared_stopwatch_selected_id(&state->app->shared), 0,
                                   APP_SAVE_QUIET };
    UINT reason = apply_correction(&request, set, set ? (uint64_t)amount : 0, set ? 0 : amount);

    if (reason)
    {
        *refused = TRUE;
        return main_window_set_notice(state, reason, NULL);
    }
    return request.made ? corrected(state, &request) : MAIN_WINDOW_CHANGED_NOTHING;
}

/* Ctrl+T: the time and the lap running now said once through the status line (a live
 * region), for a screen reader's user who asks; the display itself never speaks. */
static main_window_changes say_time(main_window *state)
{
    stopwatch_snapshot now;
    WCHAR time[FORMAT_TIME_MAX], number[24], lap_time[FORMAT_TIME_MAX], text[256];
    const WCHAR *inserts[3] = { time, number, lap_time };

    shared_stopwatch_snapshot(&state->app->shared, &now);
    main_window_time_text(state, time, now.elapsed, now.frequency);
    if (now.state == STOPWATCH_STOPPED)
        return main_window_set_notice(state, IDS_NOTICE_SAY_TIME_STOPPED, time);
    number_text(number, ARRAYSIZE(number), (unsigned long long)now.lap_count + 1);
    main_window_time_text(state, lap_time,
                          now.elapsed > now.last_lap_total ? now.elapsed - now.last_lap_total : 0,
                          now.frequency);
    ui_text_format(text, ARRAYSIZE(text), IDS_NOTICE_SAY_TIME, inserts, 3);
    return main_window_set_notice_text(state, text);
}

/* Ctrl+E: the time set, or an amount added or taken away; said in the status line. */
static main_window_changes set_time(main_window *state)
{
    stopwatch_snapshot now;
    WCHAR shown[FORMAT_TIME_MAX];
    correction_request request = { state, 0, 0, APP_SAVE_QUIET };
    set_time_request dialog;

    shared_stopwatch_snapshot(&state->app->shared, &now);
    request.stopwatch = now.selected_id;
    main_window_time_text(state, shown, now.elapsed, now.frequency);
    dialog.now_text = shown;
    dialog.apply = apply_correction;
    dialog.context = &request;
    if (!set_time_dialog_show(state->window, &dialog) || !request.made)
        return MAIN_WINDOW_CHANGED_NOTHING;
    return corrected(state, &request);
}

/* A correction made: the amount and the time now said in the status line, with undo's keys. */
static main_window_changes corrected(main_window *state, const correction_request *request)
{
    stopwatch_snapshot now;
    WCHAR shown[FORMAT_TIME_MAX], amount[64], keys[128], text[256];
    const WCHAR *inserts[3] = { amount, shown, keys };

    shared_stopwatch_snapshot(&state->app->shared, &now);
    main_window_time_text(state, shown, now.elapsed, now.frequency);
    amount_text(amount, ARRAYSIZE(amount), request->made, now.frequency);
    command_text_keys(state->app->accelerators, IDM_UNDO, keys, ARRAYSIZE(keys));
    ui_text_format(text, ARRAYSIZE(text), IDS_NOTICE_CORRECTED, inserts, 3);
    return main_window_set_notice_text(state, text) |
           main_window_notice_save_news(state, request->news) | MAIN_WINDOW_CHANGED_STATE |
           MAIN_WINDOW_CHANGED_LAPS | MAIN_WINDOW_ANNOUNCE_TIME;
}

/* T: always on top, or not; remembered at once. */
static main_window_changes toggle_topmost(main_window *state)
{
    state->app->preferences.always_on_top = !state->app->preferences.always_on_top;
    app_save_preferences(state->app);
    return MAIN_WINDOW_CHANGED_PREFERENCES |
           main_window_set_notice(state,
                                  state->app->preferences.always_on_top ? IDS_NOTICE_TOPMOST_ON
                                                                        : IDS_NOTICE_TOPMOST_OFF,
                                  NULL);
}

/* M, F11, Esc: the mode asked for (the same key again leaves it, as the modes know). */
static main_window_changes ask_mode(main_window *state, layout_mode mode)
{
    if (mode == LAYOUT_NORMAL && state->mode == LAYOUT_NORMAL)
        return MAIN_WINDOW_CHANGED_NOTHING; /* Esc in the full window does nothing */
    state->wanted_mode = mode;
    return MAIN_WINDOW_CHANGED_MODE;
}

/* Whether `command` changes a stopwatch: after it, Ctrl+Z undoes that, not a removal before. */
static BOOL changes_a_stopwatch(UINT command)
{
    size_t place;

    switch (command)
    {
    case IDM_START_STOP: case IDM_LAP: case IDM_RESET: case IDM_SET_TIME: case IDM_EDIT_NOTE:
    case IDM_NEW_STOPWATCH: case IDM_START_ALL: case IDM_PAUSE_ALL:
    case IDM_MOVE_STOPWATCH_LEFT: case IDM_MOVE_STOPWATCH_RIGHT:
        return TRUE;
    default:
        return command_stopwatch_place(command, IDM_LAP_STOPWATCH_FIRST, &place) ||
               command_stopwatch_place(command, IDM_TOGGLE_STOPWATCH_FIRST, &place);
    }
}

/* Whether `command` may show another stopwatch: a note being typed is kept first, on the lap
 * it was typed for (its editor says it is done only later, by a posted message). */
static BOOL may_change_the_shown_stopwatch(UINT command)
{
    size_t place;

    switch (command)
    {
    case IDM_NEW_STOPWATCH: case IDM_NEXT_STOPWATCH: case IDM_PREVIOUS_STOPWATCH:
    case IDM_REMOVE_STOPWATCH: case IDM_UNDO:
        return TRUE;
    default:
        return command_stopwatch_place(command, IDM_SELECT_STOPWATCH_FIRST, &place);
    }
}

main_window_changes main_window_execute(main_window *state, UINT command)
{
    main_window_changes changes, kept = MAIN_WINDOW_CHANGED_NOTHING;
    BOOL handled;
    size_t noted_lap, place;
    char *text;

    /* The strip's Start/Pause on the stopwatch shown is the Start/Pause button's command. */
    if (command_stopwatch_place(command, IDM_TOGGLE_STOPWATCH_FIRST, &place) &&
        place == shared_stopwatch_selected_place(&state->app->shared))
        command = IDM_START_STOP;
    if (may_change_the_shown_stopwatch(command) &&
        main_window_end_note(state, TRUE, &noted_lap, &text))
    {
        kept = main_window_keep_note(state, noted_lap, text);
        free(text);
    }
    if (changes_a_stopwatch(command))
        state->put_back_pending = FALSE;
    if (command == IDM_UNDO)
    {
        changes = main_window_put_back_stopwatch(state, &handled);
        if (handled)
            return changes | kept;
    }
    changes = main_window_stopwatch_command(state, command, &handled);
    if (handled)
        return changes | kept; /* an undo that is not a put-back returns the laps changed */
    switch (command)
    {
    case IDM_START_STOP:  return start_stop(state);
    case IDM_LAP:         return lap(state);
    case IDM_RESET:       return reset(state);
    case IDM_UNDO:        return undo(state);
    case IDM_SET_TIME:    return set_time(state);
    case IDM_HISTORY:     return main_window_show_history(state);
    case IDM_SAY_TIME:    return say_time(state);
    case IDM_COPY:        return main_window_copy(state, FALSE);
    case IDM_COPY_ALL:    return main_window_copy(state, TRUE);
    case IDM_SAVE_CSV:    return main_window_save_csv(state);
    case IDM_EDIT_NOTE:   return edit_note(state);
    case IDM_SELECT_ALL:  lap_list_select_all(&state->laps); break;
    case IDM_TOPMOST:     return toggle_topmost(state);
    case IDM_MINI_MODE:   return ask_mode(state, LAYOUT_MINI);
    case IDM_FULL_SCREEN: return ask_mode(state, LAYOUT_FULL_SCREEN);
    case IDM_LEAVE_MODE:  return ask_mode(state, LAYOUT_NORMAL);
    case IDM_SETTINGS:    return MAIN_WINDOW_OPEN_SETTINGS;
    case IDM_SHOW_HIDE:   return MAIN_WINDOW_SHOW_OR_HIDE;
    case IDM_EXIT:        PostMessageW(state->window, WM_CLOSE, 0, 0); break;
    case IDM_HELP:
        help_box_show(state->window, state->app->accelerators,
                      state->app->saving ? state->app->state_folder : L"");
        break;
    case IDM_ABOUT:       help_box_show_about(state->window); break;
    }
    return MAIN_WINDOW_CHANGED_NOTHING;
}
