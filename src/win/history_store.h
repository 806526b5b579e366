/*
 * The history on disk: history.txt in the state folder (docs/state-format.md, "The history").
 *
 * A reset appends the run's block, a removal or a rename one line (WriteFile into the system's
 * cache before the window shows it, so a killed process loses no run; flushed at once, as a
 * reset is rare). When the file holds more dead lines than live ones it is rewritten whole, in
 * one atomic replace (file_io.c). A damaged file is kept beside as
 * history.corrupt-YYYYMMDD-HHMMSS.txt and what could be read is written back clean.
 *
 * UI thread only; history_store_read is for the command line (no window, nothing written).
 */
#ifndef LAPWING_HISTORY_STORE_H
#define LAPWING_HISTORY_STORE_H

#include <windows.h>

#include "file_io.h"
#include "lapwing/history.h"

typedef struct history_store
{
    WCHAR folder[MAX_PATH];
    WCHAR path[MAX_PATH];
    const file_functions *functions;    /* NULL: Windows'; tests may set fakes */
    HANDLE file;                        /* open for appending; INVALID_HANDLE_VALUE if not */
    BOOL writable;                      /* loaded (or absent): appending cannot lose lines */
} history_store;

/* Prepares the store for `folder\history.txt`; FALSE when the path is too long. */
BOOL history_store_initialize(history_store *store, const WCHAR *folder);
void history_store_delete(history_store *store);

/* Reads `folder\history.txt` into `history` (initialised here) without writing anything.
 * ERROR_SUCCESS (no file: an empty history), or the error that kept it from being read. */
DWORD history_store_read(const WCHAR *folder, history *history, history_report *report);
/* Loads the history for keeping: a damaged file kept aside (named in `kept_as`) and written
 * back clean (only once the copy is made). ERROR_SUCCESS, or the error: the file exists but
 * cannot be read now, or is not a history this Lapwing reads (ERROR_FILE_CORRUPT: another
 * version, say; a copy is kept beside), and nothing will be written over it (appends fail). */
DWORD history_store_load(history_store *store, history *history, WCHAR *kept_as,
                         size_t kept_as_size);
/* Appends lines (from history_write_run, _remove, _name, _note); ERROR_SUCCESS or the error. */
DWORD history_store_append(history_store *store, const char *text, size_t length);
/* Rewrites the file with every run of `history`, atomically; ERROR_SUCCESS or the error. */
DWORD history_store_compact(history_store *store, history *history);

#endif
