/*
 * The history's commands (Ctrl+H): the History window opened over the main window, with what
 * it asks (delete, bring back, name, note, compare) carried out on the model (app_history.c)
 * and saved; what saving had to say left as a notice. A leaf of the commands. UI thread only.
 */
#ifndef LAPWING_MAIN_WINDOW_HISTORY_H
#define LAPWING_MAIN_WINDOW_HISTORY_H

#include "main_window_private.h"

main_window_changes main_window_show_history(main_window *state);

#endif
