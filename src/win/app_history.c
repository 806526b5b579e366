/*
 * The history the app keeps. See app_history.h.
 */
#include "app_history.h"

#include "app_state.h"
#include "app_watches.h"
#include "lapwing/text_buffer.h"

/* Tells the caller once when writing the history starts failing, and once when it works
 * again (as saving the state does, apart from it: one must not hide the other). */
static app_save_news outcome(app *app, DWORD error)
{
    DWORD before = app->history_error;

    app->history_error = error;
    if (error && !before)
        return APP_SAVE_HISTORY_FAILED;
    if (!error && before)
        return APP_SAVE_HISTORY_WORKS_AGAIN;
    return APP_SAVE_QUIET;
}

/* Appends the lines made to the history's file. After a failed write the file may end in a
 * part of a line, or miss what memory has: it is written whole instead (what memory holds,
 * these lines' change included), until that works. */
static app_save_news append(app *app, const text_buffer *lines)
{
    DWORD error;

    if (!app->history_saving)
        return APP_SAVE_QUIET;
    if (app->history_dirty || lines->failed)
        error = history_store_compact(&app->history_store, &app->history);
    else
        error = history_store_append(&app->history_store, lines->text, lines->length);
    app->history_dirty = error != ERROR_SUCCESS;
    return outcome(app, error);
}

/* The comparison table, after any change to the runs (a picked run gone: the best again). */
static void rebuild_best(app *app)
{
    if (app->compared_id && !history_find(&app->history, app->compared_id))
        app->compared_id = 0;
    if (!history_best_build(&app->best, &app->history, shared_stopwatch_selected_id(&app->shared),
                            app->compared_id))
        history_best_delete(&app->best); /* out of memory: nothing compares, nothing breaks */
}

void app_history_compare(app *app, uint64_t id)
{
    app->compared_id = id;
    rebuild_best(app);
}

void app_load_history(app *app, app_load_news *news)
{
    DWORD error;

    history_initialize(&app->history);
    history_best_initialize(&app->best);
    if (!app->saving || !history_store_initialize(&app->history_store, app->state_folder))
        return;
    error = history_store_load(&app->history_store, &app->history, news->history_kept_as,
                               ARRAYSIZE(news->history_kept_as));
    if (error != ERROR_SUCCESS)
    {
        news->history_error = error; /* there, but not readable now: never written over */
        return;
    }
    app->history_saving = TRUE;
    news->history_damaged = news->history_kept_as[0] != L'\0';
    /* The run now on a stopwatch is the history's newest too when Lapwing stopped between a
     * reset's two writes (or an undone reset's): it stays the current run only. */
    if (app->history.count)
    {
        const history_run *newest = &app->history.runs[app->history.count - 1];
        app_watch *watch = app_watch_of(app, newest->stopwatch);
        if (watch && watch->run_started_wall && newest->started_wall == watch->run_started_wall)
        {
            history_run removed;
            uint64_t id = newest->id;
            text_buffer line;

            history_remove(&app->history, id, &removed);
            history_run_delete(&removed);
            text_buffer_initialize(&line);
            history_write_remove(&line, id);
            append(app, &line);
            text_buffer_delete(&line);
        }
    }
    app_history_compact_if_due(app);
    rebuild_best(app);
}

app_save_news app_archive_reset(app *app)
{
    history_run run;
    uint64_t total, frequency;
    text_buffer block;
    app_save_news news;
    app_watch *watch = app_selected_watch(app);

    if (!watch)
        return APP_SAVE_QUIET; /* not saving: no history either */
    watch->archived_id = 0;
    history_run_initialize(&run);
    run.stopwatch = watch->id;
    if (!shared_stopwatch_copy_reset(&app->shared, watch->id, &run.laps, &total, &frequency))
        return outcome(app, ERROR_NOT_ENOUGH_MEMORY);
    app_laps_to_units(&run.laps, frequency);
    run.total = app_ticks_to_units(total, frequency);
    if (run.laps.count && run.laps.totals[run.laps.count - 1] > run.total)
        run.total = run.laps.totals[run.laps.count - 1];
    run.started_wall = watch->run_started_wall;
    run.ended_wall = app_wall_clock_now();
    if (!history_add(&app->history, &run))
    {
        history_run_delete(&run);
        return outcome(app, ERROR_NOT_ENOUGH_MEMORY);
    }
    watch->archived_id = app->history.runs[app->history.count - 1].id;
    rebuild_best(app);
    text_buffer_initialize(&block);
    history_write_run(&block, &app->history.runs[app->history.count - 1]);
    news = append(app, &block);
    text_buffer_delete(&block);
    return news;
}

app_save_news app_unarchive_reset(app *app, app_save_news *state_news)
{
    app_watch *watch = app_selected_watch(app);
    history_run removed, *archived;
    text_buffer line;
    app_save_news news;
    uint64_t archived_id;

    if (!watch)
    {
        *state_news = app_save_changes(app);
        return APP_SAVE_QUIET;
    }
    archived = history_find(&app->history, watch->archived_id);

    /* The state first (the run current again, with its start), then the history without it;
     * while the state cannot be saved, the history keeps it (the next start keeps it as the
     * current run only, if the state is saved by then). */
    if (archived)
        watch->run_started_wall = archived->started_wall;
    *state_news = app_save_changes(app);
    archived_id = watch->archived_id;
    watch->archived_id = 0;
    if (!archived || app->save_error || !history_remove(&app->history, archived_id, &removed))
        return APP_SAVE_QUIET;
    history_run_delete(&removed);
    rebuild_best(app);
    text_buffer_initialize(&line);
    history_write_remove(&line, archived_id);
    news = append(app, &line);
    text_buffer_delete(&line);
    return news;
}

app_save_news app_history_remove(app *app, uint64_t id, history_run *removed, BOOL *done)
{
    text_buffer line;
    app_save_news news;

    *done = history_remove(&app->history, id, removed);
    if (!*done)
        return APP_SAVE_QUIET;
    /* archived_id stays: put back in this window, an undone reset still takes it out. */
    rebuild_best(app);
    text_buffer_initialize(&line);
    history_write_remove(&line, id);
    news = append(app, &line);
    text_buffer_delete(&line);
    return news;
}

app_save_news app_history_put_back(app *app, history_run *run, BOOL *done)
{
    text_buffer block;
    app_save_news news;
    uint64_t id = run->id;
    history_run *back;

    *done = history_put_back(&app->history, run);
    if (!*done || (back = history_find(&app->history, id)) == NULL)
        return APP_SAVE_QUIET;
    rebuild_best(app);
    /* Its block once more: the reader puts a passed id back where it belongs. */
    text_buffer_initialize(&block);
    history_write_run(&block, back);
    news = append(app, &block);
    text_buffer_delete(&block);
    return news;
}

app_save_news app_history_rename(app *app, uint64_t id, const char *name,
                                 laps_note_result *result)
{
    text_buffer line;
    app_save_news news;

    *result = history_set_name(&app->history, id, name);
    if (*result != LAPS_NOTE_OK)
        return APP_SAVE_QUIET;
    text_buffer_initialize(&line);
    history_write_name(&line, id, name);
    news = append(app, &line);
    text_buffer_delete(&line);
    return news;
}

app_save_news app_history_set_note(app *app, uint64_t id, size_t lap, const char *note,
                                   laps_note_result *result)
{
    history_run *run = history_find(&app->history, id);
    text_buffer line;
    app_save_news news;

    *result = run ? laps_set_note(&run->laps, lap, note) : LAPS_NOTE_NO_SUCH_LAP;
    if (*result != LAPS_NOTE_OK)
        return APP_SAVE_QUIET;
    app->history.dead_lines++;
    text_buffer_initialize(&line);
    history_write_note(&line, id, lap, note);
    news = append(app, &line);
    text_buffer_delete(&line);
    return news;
}

void app_history_compact_if_due(app *app)
{
    if (app->history_saving && history_compaction_due(&app->history))
        outcome(app, history_store_compact(&app->history_store, &app->history));
}

void app_history_finish(app *app)
{
    if (app->history_saving && app->history_dirty)
        history_store_compact(&app->history_store, &app->history);
    app_history_compact_if_due(app);
    if (app->history_saving)
        history_store_delete(&app->history_store);
    app->history_saving = FALSE;
    history_best_delete(&app->best);
    history_delete(&app->history);
}
