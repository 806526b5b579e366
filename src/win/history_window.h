/*
 * The History window (IDD_HISTORY, Ctrl+H): the past runs, newest first, in a standard list
 * view (started, total, laps, best lap, name, correction). Enter or a double-click opens a run
 * (history_run_window.h); F2 names it; Delete removes it and Ctrl+Z brings it back while the
 * window is open; Ctrl+C copies its laps; "Save as CSV" one run, "Save all as CSV" every run;
 * "Compare with this run" has the main list's vs best column compare with it instead of the
 * best. Keyboard alone does all of it (Tab, the arrows, Enter, Esc, the access keys).
 *
 * A view of the model: it reads `history` and changes nothing itself; each change is asked of
 * the caller (the commands), which carries it out and saves it. UI thread only.
 */
#ifndef LAPWING_HISTORY_WINDOW_H
#define LAPWING_HISTORY_WINDOW_H

#include <windows.h>

#include "history_request.h"


/* Shows the window over `owner` until it is closed. */
void history_window_show(HWND owner, history_window_request *request);

#endif
