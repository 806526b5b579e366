/*
 * The model as the main window words it, for every file of the window: the time as the
 * display shows it, the title, what the commands can do now; and the notices a command leaves
 * for the status line. Calls no other file of the window (main_window_private.h).
 */
#ifndef LAPWING_MAIN_WINDOW_MODEL_H
#define LAPWING_MAIN_WINDOW_MODEL_H

#include "main_window_private.h"

/* `ticks` as the display shows them, at the chosen precision (FORMAT_TIME_MAX characters). */
void main_window_time_text(const main_window *state, WCHAR *wide, uint64_t ticks,
                           uint64_t frequency);
/* The title: "00:01:05 – Lapwing" while running or paused if the preference says so (`always`:
 * with the time whatever the preference, for the tray's tooltip). */
void main_window_title_text(const main_window *state, const stopwatch_snapshot *snapshot,
                            BOOL always, WCHAR *title, size_t size);
/* What decides which commands apply now. */
void main_window_command_context(main_window *state, command_context *context);
/* A stopwatch's name as shown: its own (UTF-8), or "Stopwatch 3" (its id) when it has none. */
void main_window_stopwatch_name(const char *name, uint32_t id, WCHAR *wide, size_t size);

/* Records a notice for the status line (string `string_id` with one insert, or none): the view
 * shows it on the refresh. Returns MAIN_WINDOW_CHANGED_NOTICE. */
main_window_changes main_window_set_notice(main_window *state, UINT string_id,
                                           const WCHAR *insert);
/* The same with a text made already. */
main_window_changes main_window_set_notice_text(main_window *state, const WCHAR *text);
/* What saving had to say (app_save_news), as a notice; nothing when it has nothing to say. */
main_window_changes main_window_notice_save_news(main_window *state, app_save_news news);
/* What loading the saved state found, as a notice. */
main_window_changes main_window_notice_load_news(main_window *state, const app_load_news *news);

#endif
