/*
 * Each stopwatch's files (app_watches.c): one app_watch and its state store per stopwatch of
 * the set (stopwatch 1 in the state folder itself, stopwatch N in stopwatch-N inside it), and
 * their list, stopwatches.txt (ids, names, order, the selected one), written when it changed
 * and read at start (a damaged one kept aside, and every stopwatch-N folder with a state
 * brought back). What goes into the files is app_state.c's. UI thread only.
 */
#ifndef LAPWING_APP_WATCHES_H
#define LAPWING_APP_WATCHES_H

#include "app.h"

/* Stopwatch `id`'s saving, or the selected one's; NULL while not saving. */
app_watch *app_watch_of(app *app, uint32_t id);
app_watch *app_selected_watch(app *app);
/* A stopwatch's saving, its store opened in its folder (created if need be), added to the
 * app's; NULL with the error set. */
app_watch *app_watch_open(app *app, uint32_t id);
/* Its store closed and the app_watch freed (the caller takes it off the app's list). */
void app_watch_close(app_watch *watch);
/* A removed stopwatch's files deleted (its folder too, when nothing else is in it). */
void app_watch_forget_files(app *app, uint32_t id);
/* stopwatches.txt rewritten (atomically) when its text changed; ERROR_SUCCESS or why not. */
DWORD app_watches_write_list(app *app);
/* stopwatches.txt into the set, when there is one; FALSE (news->error set) when it is there
 * but cannot be read now. */
BOOL app_watches_load_list(app *app, app_load_news *news);

#endif
