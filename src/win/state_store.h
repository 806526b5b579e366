/*
 * The state on disk: the snapshot (state.txt, its previous version state.bak.txt) and the
 * journal (journal.txt) of docs/state-format.md, in one folder.
 *
 * A journal line is written (WriteFile, so in the system's cache: a killed process loses
 * nothing) before the window shows the change; the flush to the disk itself is grouped by a
 * small thread at most 100 ms later (a waitable timer, no polling), so a hundred laps a second
 * never wait for the disk. One such thread (journal_flusher.c) serves every store of the process (each stopwatch
 * has one). A snapshot replaces state.txt whole (file_io.c) and starts a new
 * journal of the next generation; a journal of another generation is ignored on load, so a
 * crash between the two cannot replay a journal twice.
 *
 * The UI thread calls everything here; the flusher thread only flushes duplicates of the
 * journals' handles.
 */
#ifndef LAPWING_STATE_STORE_H
#define LAPWING_STATE_STORE_H

#include <windows.h>

#include "file_io.h"
#include "journal_flusher.h"
#include "lapwing/state_format.h"

typedef struct state_store
{
    WCHAR folder[MAX_PATH];
    WCHAR snapshot_path[MAX_PATH];
    WCHAR backup_path[MAX_PATH];
    WCHAR journal_path[MAX_PATH];
    const file_functions *functions;    /* NULL: Windows'; tests may set fakes */
    HANDLE journal;                     /* open for appending; INVALID_HANDLE_VALUE if not */
    uint64_t generation;
    size_t journal_lines;               /* since the last snapshot */
    BOOL initialized;                   /* state_store_initialize got as far as the lock */
    CRITICAL_SECTION handle_lock;       /* guards `journal` against the flusher's duplicate */
    flushed_journal flushed;            /* on journal_flusher.c's list while initialized */
} state_store;

/* Where the state lives: beside lapwing.exe when lapwing.ini is there and the folder can be
 * written (portable), else %LOCALAPPDATA%\Lapwing. LAPWING_STATE_DIR, when set, overrides
 * both (tests use it). */
BOOL state_store_default_folder(WCHAR *folder, size_t size);

/* Prepares the store in `folder` (created if need be). FALSE with the error set. */
BOOL state_store_initialize(state_store *store, const WCHAR *folder);
void state_store_delete(state_store *store);

/* Reads the snapshot and the journal into `saved`. A snapshot that cannot be used (or holds bad
 * lines, or was cut short) is kept beside as state.corrupt-<date>.txt, named in `kept_as`, and
 * the backup is used when the snapshot gave nothing (or is gone). ERROR_SUCCESS; otherwise the
 * files exist but cannot be read now (locked, access denied, no memory): `saved` is a fresh
 * start and the caller must not write over them. */
DWORD state_store_load(state_store *store, saved_state *saved, state_report *report,
                       WCHAR *kept_as, size_t kept_as_size);
/* Writes `saved` as the new snapshot (its generation is set here) and starts its journal.
 * ERROR_SUCCESS or the error: when the snapshot could not be written, the previous snapshot and
 * journal stay as they were; when only the new journal could not be started, the snapshot
 * holds everything and the next change writes a snapshot again. */
DWORD state_store_write_snapshot(state_store *store, saved_state *saved);
/* Appends journal lines; ERROR_SUCCESS or the error. */
DWORD state_store_append(state_store *store, const char *text, size_t length);

#endif
