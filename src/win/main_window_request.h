/*
 * A command line applied to the window (main_window_request.c): this process's own, or a second
 * Lapwing's request, checked again by the hub. Each action becomes a command of the one execute
 * function; then the export. UI thread only.
 */
#ifndef LAPWING_MAIN_WINDOW_REQUEST_H
#define LAPWING_MAIN_WINDOW_REQUEST_H

#include "main_window_private.h"

/* A command line's actions and export; *export_error is ERROR_SUCCESS, the export's error,
 * ERROR_NOT_FOUND when a stopwatch it names is not there (nothing done, or nothing after it),
 * or ERROR_INVALID_DATA when a correction (--set, --add) was refused (said in the status line;
 * the actions after it still done, the export not). */
main_window_changes main_window_apply_request(main_window *state, const command_line *request,
                                              DWORD *export_error);

#endif
