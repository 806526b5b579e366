/*
 * One past run (IDD_HISTORY_RUN), opened from the History window: its laps in the main list's
 * columns, newest first, the times read-only; F2 edits a lap's note; Ctrl+C copies the laps
 * (every lap, or the selected ones) as the main window does; "Save as CSV" writes the run.
 * UI thread only.
 */
#ifndef LAPWING_HISTORY_RUN_WINDOW_H
#define LAPWING_HISTORY_RUN_WINDOW_H

#include "history_request.h"

void history_run_window_show(HWND owner, history_window_request *request, uint64_t id);

/* A run's words for titles and notices: "2026-12-02 21:33" or, when its start is not known,
 * "#12". */
void history_run_title(const history_run *run, WCHAR *text, size_t size);

/* The run's laps (all, or the rows selected in `list`, newest first) copied as tab-separated
 * text with the header; said in a box when the clipboard refuses. */
BOOL history_run_copy(HWND owner, HWND list, const history_run *run);

#endif
