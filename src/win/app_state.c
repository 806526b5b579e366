/*
 * Saving the app's stopwatches, and loading them at start. UI thread only.
 *
 * After every command the window calls app_save_changes, which compares each stopwatch with
 * what the disk has (state and lap count) and appends what changed to its journal, before the
 * window shows it; a stopwatch added gets its files, one removed loses them, and the list of
 * them (stopwatches.txt: ids, names, order, the selected one) is rewritten when it changed. A reset, an undone reset, a journal past JOURNAL_LINES_MAX lines, a failed
 * append (once saving works again) and the exit write a whole snapshot instead.
 *
 * Times go to disk in 100 ns. A running stopwatch is anchored to the counter (in 100 ns) and to
 * the wall clock at the start of its current run, and to this boot; see docs/state-format.md
 * for how they are read back.
 */
#include "app_state.h"

#include "app_watches.h"

#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
#include <string.h>

#include "lapwing/ticks.h"
#include "lapwing/stopwatch_set.h"
#include "performance_counter.h"
#include "windows_functions.h"

enum
{
    JOURNAL_LINES_MAX = 20000,
    UNITS = 10000000,               /* 100 ns a second */
    BOOT_TOLERANCE_SECONDS = 120    /* a boot time read twice differs by clock drift at most */
};

static uint64_t to_units(uint64_t ticks, uint64_t frequency)
{
    return ticks_to_units(ticks, frequency, UNITS);
}

uint64_t app_ticks_to_units(uint64_t ticks, uint64_t frequency)
{
    return to_units(ticks, frequency);
}

uint64_t app_wall_clock_now(void)
{
    const windows_functions *windows = windows_functions_get();
    FILETIME now;

    if (windows->GetSystemTimePreciseAsFileTime)
        windows->GetSystemTimePreciseAsFileTime(&now);
    else
        GetSystemTimeAsFileTime(&now); /* Windows 7 */
    return ((uint64_t)now.dwHighDateTime << 32) | now.dwLowDateTime;
}

/* A signed amount of ticks in 100 ns, and back (corrections). */
static int64_t signed_to_units(int64_t ticks, uint64_t frequency)
{
    uint64_t magnitude = ticks < 0 ? (uint64_t)0 - (uint64_t)ticks : (uint64_t)ticks;
    uint64_t units = to_units(magnitude, frequency);
    return ticks < 0 ? -(int64_t)units : (int64_t)units;
}

static int64_t signed_from_units(int64_t units, uint64_t frequency)
{
    uint64_t magnitude = units < 0 ? (uint64_t)0 - (uint64_t)units : (uint64_t)units;
    uint64_t ticks = ticks_from_units(magnitude, frequency, UNITS);
    return units < 0 ? -(int64_t)ticks : (int64_t)ticks;
}

void app_laps_to_units(laps *laps, uint64_t frequency)
{
    size_t i;

    for (i = 0; i < laps->count; i++)
        laps->totals[i] = to_units(laps->totals[i], frequency);
    for (i = 0; i < laps->correction_count; i++)
        laps->corrections[i].amount = signed_to_units(laps->corrections[i].amount, frequency);
}

void app_laps_from_units(laps *laps, uint64_t frequency)
{
    size_t i;

    for (i = 0; i < laps->count; i++)
        laps->totals[i] = ticks_from_units(laps->totals[i], frequency, UNITS);
    for (i = 0; i < laps->correction_count; i++)
        laps->corrections[i].amount = signed_from_units(laps->corrections[i].amount, frequency);
}

/* When this boot began, in seconds of the wall clock: the same all through a boot, give or take
 * the clock's drift, and different after a restart. */
static uint64_t boot_seconds(void)
{
    uint64_t wall = app_wall_clock_now() / UNITS, up = GetTickCount64() / 1000;
    return wall > up ? wall - up : 0;
}

static void boot_id(char *id, size_t size)
{
    snprintf(id, size, "b%llu", (unsigned long long)boot_seconds());
}

static BOOL same_boot(const char *saved_id, uint64_t counter_now, uint64_t run_start_counter)
{
    uint64_t saved = 0, now = boot_seconds();
    const char *digit;

    /* "b" and a number, read with care: the id comes from a file. */
    if (saved_id[0] != 'b' || !saved_id[1] || counter_now < run_start_counter)
        return FALSE;
    for (digit = saved_id + 1; *digit; digit++)
    {
        if (*digit < '0' || *digit > '9' || saved > (UINT64_MAX - 9) / 10)
            return FALSE;
        saved = saved * 10 + (uint64_t)(*digit - '0');
    }
    return (saved > now ? saved - now : now - saved) <= BOOT_TOLERANCE_SECONDS;
}

/* When the run on a stopwatch started by the wall clock, for the history: noted once when it
 * leaves zero (now less what it already counts, so a time set on a stopped stopwatch started
 * that long ago; an undone reset has it back from the history first), forgotten at a reset
 * (archived by then). */
static void note_run_start(app_watch *watch, const stopwatch_persist_view *view)
{
    uint64_t counted, now;

    if (view->state == STOPWATCH_STOPPED)
    {
        watch->run_started_wall = 0;
        return;
    }
    if (watch->run_started_wall)
        return;
    counted = view->banked;
    if (view->state == STOPWATCH_RUNNING && view->now > view->run_start)
        counted += view->now - view->run_start;
    counted = to_units(counted, view->frequency);
    now = app_wall_clock_now();
    watch->run_started_wall = now > counted ? now - counted : 1;
}

/* The stopwatch as a saved state (laps converted to 100 ns); FALSE when out of memory or gone. */
static BOOL saved_from_stopwatch(app *app, app_watch *watch, saved_state *saved,
                                 stopwatch_persist_view *view)
{
    laps copy;

    saved_state_initialize(saved);
    if (!shared_stopwatch_copy_for_saving(&app->shared, watch->id, view, &copy))
        return FALSE;
    app_laps_to_units(&copy, view->frequency);
    saved->laps = copy;
    note_run_start(watch, view);
    saved->started_wall = watch->run_started_wall;
    saved->state = view->state;
    saved->banked = to_units(view->banked, view->frequency);
    if (view->state == STOPWATCH_RUNNING)
    {
        uint64_t run = view->now > view->run_start ? view->now - view->run_start : 0;
        saved->run_start_counter = to_units(view->run_start, view->frequency);
        saved->run_start_wall = app_wall_clock_now() - to_units(run, view->frequency);
        boot_id(saved->boot_id, sizeof(saved->boot_id));
    }
    return TRUE;
}

static DWORD watch_snapshot(app *app, app_watch *watch)
{
    saved_state saved;
    stopwatch_persist_view view;
    DWORD error;

    if (!watch->store_open)
        return ERROR_SUCCESS;
    if (!saved_from_stopwatch(app, watch, &saved, &view))
    {
        saved_state_delete(&saved);
        return ERROR_NOT_ENOUGH_MEMORY;
    }
    error = state_store_write_snapshot(&watch->store, &saved);
    if (error == ERROR_SUCCESS)
    {
        watch->saved_state = view.state;
        watch->saved_lap_count = view.lap_count;
    }
    saved_state_delete(&saved);
    return error;
}

/* What changed on one stopwatch since the disk last had it, appended to its journal. */
static DWORD watch_changes(app *app, app_watch *watch)
{
    stopwatch_persist_view view;
    text_buffer lines;
    size_t i;
    DWORD error = ERROR_SUCCESS;

    if (!watch->store_open || !shared_stopwatch_persist_view_of(&app->shared, watch->id, &view))
        return ERROR_SUCCESS;
    /* A reset, an undone reset, a long journal or a journal that missed lines: a snapshot. */
    if (app->save_error || watch->store.journal_lines > JOURNAL_LINES_MAX ||
        (view.state == STOPWATCH_STOPPED && watch->saved_state != STOPWATCH_STOPPED) ||
        (watch->saved_state == STOPWATCH_STOPPED && view.state == STOPWATCH_PAUSED))
        return watch_snapshot(app, watch);
    if (view.state == watch->saved_state && view.lap_count == watch->saved_lap_count)
        return ERROR_SUCCESS; /* the common case for all but the stopwatch a command was for */

    text_buffer_initialize(&lines);
    for (i = view.lap_count; i < watch->saved_lap_count; i++)
        state_write_undo_lap(&lines);
    for (i = watch->saved_lap_count; i < view.lap_count; i++)
    {
        uint64_t total;
        if (shared_stopwatch_get_lap_of(&app->shared, watch->id, i, &total))
            state_write_lap(&lines, to_units(total, view.frequency));
    }
    if (view.state != watch->saved_state)
    {
        if (watch->saved_state == STOPWATCH_STOPPED)
        {
            /* A new run: when it started, for the history (the date a user reads). */
            note_run_start(watch, &view);
            state_write_started(&lines, watch->run_started_wall);
        }
        if (view.state == STOPWATCH_RUNNING)
        {
            char id[STATE_BOOT_ID_MAX + 1];
            uint64_t run = view.now > view.run_start ? view.now - view.run_start : 0;
            boot_id(id, sizeof(id));
            state_write_run(&lines, to_units(view.banked, view.frequency),
                            to_units(view.run_start, view.frequency),
                            app_wall_clock_now() - to_units(run, view.frequency), id);
        }
        else if (view.state == STOPWATCH_PAUSED)
            state_write_pause(&lines, to_units(view.banked, view.frequency));
    }
    if (lines.failed)
        error = ERROR_NOT_ENOUGH_MEMORY;
    else if (lines.length)
        error = state_store_append(&watch->store, lines.text, lines.length);
    text_buffer_delete(&lines);
    if (error != ERROR_SUCCESS)
        return error;
    watch->saved_state = view.state;
    watch->saved_lap_count = view.lap_count;
    return ERROR_SUCCESS;
}

enum
{
    IDS_MAX = STOPWATCH_SET_MAX + 1
};

/* The saving in step with the set: a stopwatch added gets its files (a fresh snapshot), the
 * list is written, and then a stopwatch gone loses its files (in that order: a kill between
 * leaves at worst a folder no list names). */
static DWORD sync_watches(app *app)
{
    uint32_t ids[IDS_MAX];
    size_t count = shared_stopwatch_ids(&app->shared, ids, ARRAYSIZE(ids)), i, j;
    DWORD error = ERROR_SUCCESS, list_error;

    if (count > ARRAYSIZE(ids))
        count = ARRAYSIZE(ids);
    for (i = 0; i < count; i++)
    {
        app_watch *watch;
        if (app_watch_of(app, ids[i]))
            continue;
        app_watch_forget_files(app, ids[i]); /* nothing of an earlier life replays into it */
        if ((watch = app_watch_open(app, ids[i])) == NULL)
            error = GetLastError();
        else if ((list_error = watch_snapshot(app, watch)) != ERROR_SUCCESS)
            error = list_error;
    }
    list_error = app_watches_write_list(app);
    if (list_error != ERROR_SUCCESS)
        return list_error;
    for (i = 0; i < app->watch_count;)
    {
        BOOL listed = FALSE;
        for (j = 0; j < count && !listed; j++)
            listed = ids[j] == app->watches[i]->id;
        if (listed)
        {
            i++;
            continue;
        }
        {
            uint32_t gone = app->watches[i]->id;
            app_watch_close(app->watches[i]);
            app->watches[i] = app->watches[--app->watch_count];
            app_watch_forget_files(app, gone);
        }
    }
    return error;
}

/* Tells the caller once when saving starts failing, and once when it works again. */
static app_save_news outcome(app *app, DWORD error)
{
    DWORD before = app->save_error;

    app->save_error = error;
    if (error && !before)
        return APP_SAVE_FAILED;
    if (!error && before)
        return APP_SAVE_WORKS_AGAIN;
    return APP_SAVE_QUIET;
}

app_save_news app_save_snapshot(app *app)
{
    DWORD error, first = ERROR_SUCCESS;
    size_t i;

    if (!app->saving)
        return APP_SAVE_QUIET;
    first = sync_watches(app);
    for (i = 0; i < app->watch_count; i++)
        if ((error = watch_snapshot(app, app->watches[i])) != ERROR_SUCCESS && !first)
            first = error;
    return outcome(app, first);
}

app_save_news app_save_changes(app *app)
{
    DWORD error, first;
    size_t i;

    if (!app->saving)
        return APP_SAVE_QUIET;
    if (app->save_error)
        return app_save_snapshot(app);
    first = sync_watches(app);
    for (i = 0; i < app->watch_count; i++)
        if ((error = watch_changes(app, app->watches[i])) != ERROR_SUCCESS && !first)
            first = error;
    return outcome(app, first);
}

app_save_news app_save_note(app *app, size_t lap, const char *text)
{
    app_watch *watch = app_selected_watch(app);
    text_buffer line;
    DWORD error;

    if (!app->saving || !watch || !watch->store_open)
        return APP_SAVE_QUIET;
    if (app->save_error)
        return app_save_snapshot(app);
    text_buffer_initialize(&line);
    state_write_note(&line, lap, text);
    error = line.failed ? ERROR_NOT_ENOUGH_MEMORY
                        : state_store_append(&watch->store, line.text, line.length);
    text_buffer_delete(&line);
    return outcome(app, error);
}

enum
{
    SETTINGS_FILE_LIMIT = 1024 * 1024
};

/* lapwing.ini in the state folder (the very file that marks portable mode, in that mode). */
static void load_settings(app *app, const WCHAR *folder)
{
    char *text = NULL;
    size_t length = 0;

    _snwprintf(app->settings_path, MAX_PATH, L"%ls\\lapwing.ini", folder);
    app->settings_path[MAX_PATH - 1] = L'\0';
    if (file_read_all(app->settings_path, SETTINGS_FILE_LIMIT, &text, &length) ==
        ERROR_SUCCESS)
        settings_parse(&app->settings, text, length);
    free(text);
    preferences_read(&app->settings, &app->preferences);
    hotkey_settings_read(&app->settings, &app->hotkeys);
}

DWORD app_save_settings(app *app)
{
    text_buffer text;
    DWORD error;

    if (!app->settings_path[0] || app->settings.failed)
        return ERROR_SUCCESS; /* nothing to keep, or not all of it could be read: leave it */
    text_buffer_initialize(&text);
    settings_write(&app->settings, &text);
    if (text.failed)
        error = ERROR_NOT_ENOUGH_MEMORY;
    else
        error = file_write_atomic(NULL, app->settings_path, text.text ? text.text : "",
                                  text.length, NULL);
    text_buffer_delete(&text);
    return error;
}

DWORD app_save_preferences(app *app)
{
    preferences_write(&app->settings, &app->preferences);
    hotkey_settings_write(&app->settings, &app->hotkeys);
    return app_save_settings(app);
}

static void finish_saving(app *app);

/* Stopwatch `watch`'s saved state, back in ticks of this machine's counter, onto it. */
static void restore_watch(app *app, app_watch *watch, saved_state *saved, bool *clamped)
{
    uint64_t frequency = shared_stopwatch_frequency(&app->shared), banked, run_start = 0;
    uint64_t counter_now = performance_counter_now();

    banked = ticks_from_units(saved->banked, frequency, UNITS);
    if (saved->state == STOPWATCH_RUNNING)
    {
        uint64_t now_units = to_units(counter_now, frequency);
        uint64_t elapsed = state_elapsed_now(
            saved, same_boot(saved->boot_id, now_units, saved->run_start_counter), now_units,
            app_wall_clock_now(), clamped);
        uint64_t run = ticks_from_units(elapsed - saved->banked, frequency, UNITS);
        run_start = counter_now > run ? counter_now - run : 0;
        if (run > counter_now)
            banked += run - counter_now; /* a run longer than this boot: bank the rest */
    }
    app_laps_from_units(&saved->laps, frequency);
    watch->run_started_wall = saved->state == STOPWATCH_STOPPED ? 0 : saved->started_wall;
    shared_stopwatch_restore(&app->shared, watch->id, saved->state, banked, run_start,
                             &saved->laps);
}

void app_load_state(app *app, app_load_news *news, BOOL save)
{
    uint32_t ids[IDS_MAX];
    size_t count, i;
    bool clamped = false;

    ZeroMemory(news, sizeof(*news));
    if (!state_store_default_folder(app->state_folder, ARRAYSIZE(app->state_folder)) ||
        (!CreateDirectoryW(app->state_folder, NULL) && GetLastError() != ERROR_ALREADY_EXISTS))
    {
        news->error = GetLastError() ? GetLastError() : ERROR_PATH_NOT_FOUND;
        return;
    }
    app->saving = TRUE;
    app->finish_saving = finish_saving;
    load_settings(app, app->state_folder);
    if (!app_watches_load_list(app, news))
    {
        app_stop_saving(app);
        app->settings_path[0] = L'\0';
        return;
    }
    count = shared_stopwatch_ids(&app->shared, ids, ARRAYSIZE(ids));
    for (i = 0; i < count && i < ARRAYSIZE(ids); i++)
    {
        saved_state saved;
        state_report report;
        WCHAR kept_as[ARRAYSIZE(news->kept_as)] = L"";
        app_watch *watch = app_watch_open(app, ids[i]);
        DWORD error = watch ? state_store_load(&watch->store, &saved, &report, kept_as,
                                               ARRAYSIZE(kept_as))
                            : GetLastError();
        if (error != ERROR_SUCCESS)
        {
            /* The files are there but cannot be read now: never write over them. */
            news->error = error;
            app_stop_saving(app);
            app->settings_path[0] = L'\0';
            return;
        }
        if (kept_as[0])
            wcscpy(news->kept_as, kept_as);
        if (report.bad_lines || report.no_header || report.wrong_version || report.no_end)
            news->damaged = TRUE;
        restore_watch(app, watch, &saved, &clamped);
        saved_state_delete(&saved);
    }
    news->clamped = clamped;
    if (!save)
    {
        /* Only read (lapwing --status, --export with no Lapwing running): nothing written. */
        app_stop_saving(app);
        app->settings_path[0] = L'\0';
        return;
    }
    /* A fresh snapshot of each with this boot's anchors, and its own journal from here on. */
    for (i = 0; i < app->watch_count; i++)
    {
        app->watches[i]->saved_state = STOPWATCH_STOPPED;
        app->watches[i]->saved_lap_count = 0;
    }
    app_save_snapshot(app);
    if (app->save_error)
        news->error = app->save_error;
}

void app_stop_saving(app *app)
{
    size_t i;

    for (i = 0; i < app->watch_count; i++)
        app_watch_close(app->watches[i]);
    free(app->watches);
    app->watches = NULL;
    app->watch_count = 0;
    free(app->list_written);
    app->list_written = NULL;
    app->list_written_length = 0;
    app->saving = FALSE;
}

/* app->finish_saving: the last snapshot, then the stores closed. */
static void finish_saving(app *app)
{
    if (app->saving)
        app_save_snapshot(app);
    app_stop_saving(app);
}
