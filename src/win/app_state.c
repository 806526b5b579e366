/*
 * Saving the app's stopwatch, and loading it at start. UI thread only.
 *
 * After every command the window calls app_save_changes, which compares the stopwatch with
 * what the disk has (state and lap count) and appends what changed to the journal, before the
 * window shows it. A reset, an undone reset, a journal past JOURNAL_LINES_MAX lines, a failed
 * append (once saving works again) and the exit write a whole snapshot instead.
 *
 * Times go to disk in 100 ns. A running stopwatch is anchored to the counter (in 100 ns) and to
 * the wall clock at the start of its current run, and to this boot; see docs/state-format.md
 * for how they are read back.
 */
#include "app_state.h"

#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
#include <string.h>

#include "lapwing/ticks.h"
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

/* When the run on the stopwatch started by the wall clock, for the history: noted once when it
 * leaves zero (now less what it already counts, so a time set on a stopped stopwatch started
 * that long ago; an undone reset has it back from the history first), forgotten at a reset
 * (archived by then). */
static void note_run_start(app *app, const stopwatch_persist_view *view)
{
    uint64_t counted, now;

    if (view->state == STOPWATCH_STOPPED)
    {
        app->run_started_wall = 0;
        return;
    }
    if (app->run_started_wall)
        return;
    counted = view->banked;
    if (view->state == STOPWATCH_RUNNING && view->now > view->run_start)
        counted += view->now - view->run_start;
    counted = to_units(counted, view->frequency);
    now = app_wall_clock_now();
    app->run_started_wall = now > counted ? now - counted : 1;
}

/* The stopwatch as a saved state (laps converted to 100 ns); FALSE when out of memory. */
static BOOL saved_from_stopwatch(app *app, saved_state *saved, stopwatch_persist_view *view)
{
    laps copy;

    saved_state_initialize(saved);
    if (!shared_stopwatch_copy_for_saving(&app->shared, shared_stopwatch_selected_id(&app->shared),
                                          view, &copy))
        return FALSE;
    app_laps_to_units(&copy, view->frequency);
    saved->laps = copy;
    note_run_start(app, view);
    saved->started_wall = app->run_started_wall;
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
    saved_state saved;
    stopwatch_persist_view view;
    DWORD error;

    if (!app->saving)
        return APP_SAVE_QUIET;
    if (!saved_from_stopwatch(app, &saved, &view))
        return outcome(app, ERROR_NOT_ENOUGH_MEMORY);
    error = state_store_write_snapshot(&app->store, &saved);
    if (error == ERROR_SUCCESS)
    {
        app->saved_state = view.state;
        app->saved_lap_count = view.lap_count;
    }
    saved_state_delete(&saved);
    return outcome(app, error);
}

app_save_news app_save_changes(app *app)
{
    stopwatch_persist_view view;
    text_buffer lines;
    size_t i;
    DWORD error = ERROR_SUCCESS;

    if (!app->saving)
        return APP_SAVE_QUIET;
    shared_stopwatch_persist_view(&app->shared, &view);
    /* A reset, an undone reset, a long journal or a journal that missed lines: a snapshot. */
    if (app->save_error || app->store.journal_lines > JOURNAL_LINES_MAX ||
        (view.state == STOPWATCH_STOPPED && app->saved_state != STOPWATCH_STOPPED) ||
        (app->saved_state == STOPWATCH_STOPPED && view.state == STOPWATCH_PAUSED))
        return app_save_snapshot(app);

    text_buffer_initialize(&lines);
    for (i = view.lap_count; i < app->saved_lap_count; i++)
        state_write_undo_lap(&lines);
    for (i = app->saved_lap_count; i < view.lap_count; i++)
    {
        uint64_t lap_ticks, total;
        if (shared_stopwatch_get_lap(&app->shared, i, &lap_ticks, &total))
            state_write_lap(&lines, to_units(total, view.frequency));
    }
    if (view.state != app->saved_state)
    {
        if (app->saved_state == STOPWATCH_STOPPED)
        {
            /* A new run: when it started, for the history (the date a user reads). */
            note_run_start(app, &view);
            state_write_started(&lines, app->run_started_wall);
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
        error = state_store_append(&app->store, lines.text, lines.length);
    text_buffer_delete(&lines);
    if (error != ERROR_SUCCESS)
        return outcome(app, error);
    app->saved_state = view.state;
    app->saved_lap_count = view.lap_count;
    return outcome(app, ERROR_SUCCESS);
}

app_save_news app_save_note(app *app, size_t lap, const char *text)
{
    text_buffer line;
    DWORD error;

    if (!app->saving)
        return APP_SAVE_QUIET;
    if (app->save_error)
        return app_save_snapshot(app);
    text_buffer_initialize(&line);
    state_write_note(&line, lap, text);
    error = line.failed ? ERROR_NOT_ENOUGH_MEMORY
                        : state_store_append(&app->store, line.text, line.length);
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

void app_load_state(app *app, app_load_news *news, BOOL save)
{
    WCHAR folder[MAX_PATH];
    saved_state saved;
    state_report report;
    uint64_t frequency = shared_stopwatch_frequency(&app->shared), banked, run_start = 0, counter_now;
    bool clamped = false;

    DWORD error;

    ZeroMemory(news, sizeof(*news));
    if (!state_store_default_folder(folder, ARRAYSIZE(folder)) ||
        !state_store_initialize(&app->store, folder))
    {
        news->error = GetLastError() ? GetLastError() : ERROR_PATH_NOT_FOUND;
        return;
    }
    app->saving = TRUE;
    app->finish_saving = finish_saving;
    load_settings(app, folder);
    error = state_store_load(&app->store, &saved, &report, news->kept_as,
                             ARRAYSIZE(news->kept_as));
    if (error != ERROR_SUCCESS)
    {
        /* The files are there but cannot be read now: never write over them. */
        news->error = error;
        app_stop_saving(app);
        app->settings_path[0] = L'\0';
        return;
    }
    news->damaged = report.bad_lines || report.no_header || report.wrong_version || report.no_end;

    /* Back to ticks of this machine's counter. */
    counter_now = performance_counter_now();
    banked = ticks_from_units(saved.banked, frequency, UNITS);
    if (saved.state == STOPWATCH_RUNNING)
    {
        uint64_t now_units = to_units(counter_now, frequency);
        uint64_t elapsed = state_elapsed_now(
            &saved, same_boot(saved.boot_id, now_units, saved.run_start_counter), now_units,
            app_wall_clock_now(), &clamped);
        uint64_t run = ticks_from_units(elapsed - saved.banked, frequency, UNITS);
        run_start = counter_now > run ? counter_now - run : 0;
        if (run > counter_now)
            banked += run - counter_now; /* a run longer than this boot: bank the rest */
    }
    app_laps_from_units(&saved.laps, frequency);
    app->run_started_wall = saved.state == STOPWATCH_STOPPED ? 0 : saved.started_wall;
    news->clamped = clamped;
    shared_stopwatch_restore(&app->shared, shared_stopwatch_selected_id(&app->shared), saved.state, banked, run_start, &saved.laps);
    saved_state_delete(&saved);
    if (!save)
    {
        /* Only read (lapwing --status, --export with no Lapwing running): nothing written. */
        app_stop_saving(app);
        app->settings_path[0] = L'\0';
        return;
    }
    /* A fresh snapshot with this boot's anchors, and its own journal from here on. */
    app->saved_state = STOPWATCH_STOPPED;
    app->saved_lap_count = 0;
    app_save_snapshot(app);
    if (app->save_error)
        news->error = app->save_error;
}

void app_stop_saving(app *app)
{
    if (app->saving)
        state_store_delete(&app->store);
    app->saving = FALSE;
}

/* app->finish_saving: the last snapshot, then the store closed. */
static void finish_saving(app *app)
{
    if (app->saving)
        app_save_snapshot(app);
    app_stop_saving(app);
}
