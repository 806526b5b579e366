/*
 * The laps leaving the window (main_window_export.c): copied and saved. A leaf: what it did
 * comes back as a notice for the refresh.
 */
#ifndef LAPWING_MAIN_WINDOW_EXPORT_H
#define LAPWING_MAIN_WINDOW_EXPORT_H

#include "main_window_private.h"

/* Ctrl+C: the selected laps (all with `all`, or when none is selected) as tab-separated text;
 * with no laps, the time. */
main_window_changes main_window_copy(main_window *state, BOOL all);
/* Ctrl+S: the laps as a CSV file the user names. */
main_window_changes main_window_save_csv(main_window *state);

#endif
