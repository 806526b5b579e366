/*
 * The main window's stream file (main_window_stream.c): the time it shows, handed to
 * stream_file.c at each frame and each change, the file's path from the preferences, and a
 * write that fails said once in the status line. A listener: it reads the model and never calls
 * back. UI thread only.
 */
#ifndef LAPWING_MAIN_WINDOW_STREAM_H
#define LAPWING_MAIN_WINDOW_STREAM_H

#include "main_window_private.h"

/* The path as the preferences have it now (none: the writer stops). */
main_window_changes main_window_apply_stream(main_window *state);
/* The shown stopwatch's time for the file: at a frame (`changed` FALSE: at most at the file's
 * own rate) or after a change (`changed`: at once). A failure not said yet comes back as a
 * notice. */
main_window_changes main_window_show_stream(main_window *state, BOOL changed);

#endif
