/*
 * The one execute function (main_window_commands.c): the only place that changes the model.
 * Called by the hub, which passes what changed on to the refresh.
 */
#ifndef LAPWING_MAIN_WINDOW_COMMANDS_H
#define LAPWING_MAIN_WINDOW_COMMANDS_H

#include "main_window_private.h"

/* Carries out `command` (an IDM_ id), whichever input it came from; says what changed. */
main_window_changes main_window_execute(main_window *state, UINT command);
/* A note the user typed for lap `lap` (UTF-8), checked, kept and saved. */
main_window_changes main_window_keep_note(main_window *state, size_t lap, const char *text);
/* A command line's actions and export (from this process or a second Lapwing); *export_error
 * is ERROR_SUCCESS, the export's error, or ERROR_INVALID_DATA when a correction (--set, --add)
 * was refused (said in the status line; the actions after it still done, the export not). */
main_window_changes main_window_apply_request(main_window *state, const command_line *request,
                                              DWORD *export_error);

#endif
