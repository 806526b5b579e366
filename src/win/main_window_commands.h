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
/* --set and --add: the shown stopwatch's time set (`set`) or corrected by `amount` (100 ns), as
 * the Set time dialog does; a refusal said in the status line, and *refused set. */
main_window_changes main_window_correct(main_window *state, bool set, int64_t amount,
                                        BOOL *refused);

#endif
