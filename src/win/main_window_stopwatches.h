/*
 * The commands for several stopwatches: add (Ctrl+N), choose (Ctrl+Tab, Ctrl+Shift+Tab,
 * Ctrl+1…9, the strip), rename (Ctrl+F2), remove and bring back (Ctrl+W, Ctrl+Z), start all
 * and pause all at one tick (Ctrl+Shift+Space, Ctrl+Shift+P), and a lap on stopwatch N (its
 * number key). Each changes the model, saves and says what changed. A leaf of the commands.
 * UI thread only.
 */
#ifndef LAPWING_MAIN_WINDOW_STOPWATCHES_H
#define LAPWING_MAIN_WINDOW_STOPWATCHES_H

#include "main_window_private.h"

/* The stopwatch command `command` (an IDM_ of the list above, or of a range with a place);
 * FALSE in *handled when it is not one of them. */
main_window_changes main_window_stopwatch_command(main_window *state, UINT command,
                                                  BOOL *handled);
/* Ctrl+Z right after a removal: the stopwatch back where it was, with its run; FALSE in
 * *handled when no removal is pending (the stopwatch's own undo applies). */
main_window_changes main_window_put_back_stopwatch(main_window *state, BOOL *handled);

#endif
