/*
 * Saving the app's state (app_state.c): each stopwatch and its laps in its files (their
 * stores and list: app_watches.c), and lapwing.ini. UI thread only.
 */
#ifndef LAPWING_APP_STATE_H
#define LAPWING_APP_STATE_H

#include "app.h"

/* Loads the saved state into the stopwatch and, with `save`, starts saving (in the
 * folder state_store_default_folder picks). Never fails the start: `news` says what went
 * wrong; files that exist but cannot be read are never written over (saving stays off). */
void app_load_state(app *app, app_load_news *news, BOOL save);
/* After any command: writes what changed to the journal (or a snapshot when that is due). */
app_save_news app_save_changes(app *app);
/* After a note changed. */
app_save_news app_save_note(app *app, size_t lap, const char *text);
/* Everything, as a snapshot (at exit, when Windows ends the session). */
app_save_news app_save_snapshot(app *app);
/* Rewrites lapwing.ini with `app->settings`, keeping what a person wrote in it. */
DWORD app_save_settings(app *app);
/* Writes `app->preferences` and `app->hotkeys` into the settings and rewrites lapwing.ini at once (a choice is
 * kept even if the process is killed later). */
DWORD app_save_preferences(app *app);
/* The wall clock now, as a FILETIME (UTC, 100 ns since 1601). */
uint64_t app_wall_clock_now(void);
/* Counter ticks as 100-ns units. */
uint64_t app_ticks_to_units(uint64_t ticks, uint64_t frequency);
/* Laps in counter ticks into 100-ns units (totals and corrections), and back. */
void app_laps_to_units(laps *laps, uint64_t frequency);
void app_laps_from_units(laps *laps, uint64_t frequency);
/* Stops saving (flushed and closed); app_delete calls it after a last snapshot. */
void app_stop_saving(app *app);

#endif
