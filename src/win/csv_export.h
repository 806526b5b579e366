/*
 * Save as CSV: the common Save dialog, then the laps written to the chosen file in one buffered
 * pass, never leaving a half-written file (a temporary file in the same folder, flushed, then
 * moved over the target). UI thread only.
 */
#ifndef LAPWING_CSV_EXPORT_H
#define LAPWING_CSV_EXPORT_H

#include <windows.h>

#include "lapwing/history.h"

#include "lapwing/laps.h"

/* Asks where to save (laps-YYYY-MM-DD-HHMM.csv in Documents by default) into `path`. FALSE
 * when the user cancels. */
BOOL csv_export_ask_path(HWND owner, WCHAR *path, DWORD size);
/* Writes `laps` to `path` atomically. ERROR_SUCCESS, or Windows' error (the target is then
 * unchanged, and no temporary file is left behind). */
DWORD csv_export_write(const WCHAR *path, const laps *laps, uint64_t frequency);
/* Every run of `runs` (history_text.h's CSV: a run column first), and one run alike. */
DWORD csv_export_write_history(const WCHAR *path, const history *runs);
DWORD csv_export_write_run(const WCHAR *path, const history_run *run);

#endif
