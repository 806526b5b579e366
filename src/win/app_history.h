/*
 * The history the app keeps (app_history.c): every run a reset finished, in `app->history` and
 * history.txt beside the saved state. Part of the model: the execute function alone changes
 * it; the History window reads it. UI thread only.
 *
 * A reset writes the run to the history before the state's journal says "reset", and an undone
 * reset puts the run back as the current one in the state before its removal from the history
 * is written: a crash between the two leaves the run in both places, never in neither, and the
 * next start keeps it as the current run only.
 */
#ifndef LAPWING_APP_HISTORY_H
#define LAPWING_APP_HISTORY_H

#include "app.h"

/* Loads the history from the state folder (after app_load_state); `news` says what was damaged
 * or could not be read. */
void app_load_history(app *app, app_load_news *news);
/* After a reset (before it is saved): the run it set aside, archived. */
app_save_news app_archive_reset(app *app);
/* After a reset was undone in the stopwatch: the state saved (what that said in
 * `state_news`) with the run's start kept, then the run taken out of the history again. */
app_save_news app_unarchive_reset(app *app, app_save_news *state_news);
/* A past run removed (into `removed`, for an undo; FALSE when there is none), or put back. */
app_save_news app_history_remove(app *app, uint64_t id, history_run *removed, BOOL *done);
app_save_news app_history_put_back(app *app, history_run *run, BOOL *done);
/* A past run named, or one of its laps' notes changed (checked as a note is). */
app_save_news app_history_rename(app *app, uint64_t id, const char *name,
                                 laps_note_result *result);
app_save_news app_history_set_note(app *app, uint64_t id, size_t lap, const char *note,
                                   laps_note_result *result);
/* The lap list compares with run `id` from now on (0: with the best run again). */
void app_history_compare(app *app, uint64_t id);
/* Writes the history file anew when enough of it is dead (at exit too). */
void app_history_compact_if_due(app *app);
/* At exit: compacted if due, the file closed, the runs freed. */
void app_history_finish(app *app);

#endif
