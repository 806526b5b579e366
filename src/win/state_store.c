/*
 * The state on disk. See state_store.h.
 */
#include "state_store.h"

#include <shlobj.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

enum
{
    FLUSH_DELAY_MS = 100,
    STATE_FILE_LIMIT = 512 * 1024 * 1024 /* a larger file is not ours: kept aside, unread */
};

static BOOL folder_is_writable(const WCHAR *folder)
{
    WCHAR probe[MAX_PATH];

    if (!GetTempFileNameW(folder, L"lap", 0, probe))
        return FALSE;
    DeleteFileW(probe);
    return TRUE;
}

BOOL state_store_default_folder(WCHAR *folder, size_t size)
{
    WCHAR path[MAX_PATH], *slash;
    DWORD length;

    length = GetEnvironmentVariableW(L"LAPWING_STATE_DIR", path, ARRAYSIZE(path));
    if (length && length < ARRAYSIZE(path))
    {
        lstrcpynW(folder, path, (int)size);
        return TRUE;
    }
    length = GetModuleFileNameW(NULL, path, ARRAYSIZE(path));
    if (length && length < ARRAYSIZE(path) && (slash = wcsrchr(path, L'\\')) != NULL)
    {
        slash[1] = L'\0';
        if (wcslen(path) + 12 < ARRAYSIZE(path) && (wcscat(path, L"lapwing.ini"), TRUE) &&
            GetFileAttributesW(path) != INVALID_FILE_ATTRIBUTES)
        {
            slash[1] = L'\0';
            if (folder_is_writable(path))
            {
                slash[0] = L'\0';
                lstrcpynW(folder, path, (int)size);
                return TRUE;
            }
        }
    }
    if (SHGetFolderPathW(NULL, CSIDL_LOCAL_APPDATA | CSIDL_FLAG_CREATE, NULL,
                         SHGFP_TYPE_CURRENT, path) != S_OK ||
        wcslen(path) + 9 >= ARRAYSIZE(path))
        return FALSE;
    wcscat(path, L"\\Lapwing");
    lstrcpynW(folder, path, (int)size);
    return TRUE;
}

BOOL state_store_initialize(state_store *store, const WCHAR *folder)
{
    const file_functions *functions = store->functions;

    ZeroMemory(store, sizeof(*store));
    store->functions = functions ? functions : &file_functions_windows;
    store->journal = INVALID_HANDLE_VALUE;
    lstrcpynW(store->folder, folder, MAX_PATH);
    if (!file_path_in(store->snapshot_path, folder, L"state.txt") ||
        !file_path_in(store->backup_path, folder, L"state.bak.txt") ||
        !file_path_in(store->journal_path, folder, L"journal.txt"))
    {
        SetLastError(ERROR_FILENAME_EXCED_RANGE);
        return FALSE;
    }
    if (!CreateDirectoryW(folder, NULL) && GetLastError() != ERROR_ALREADY_EXISTS)
        return FALSE;
    InitializeCriticalSection(&store->handle_lock);
    store->initialized = TRUE;
    store->flushed.journal = &store->journal;
    store->flushed.lock = &store->handle_lock;
    journal_flusher_join(&store->flushed);
    return TRUE; /* without the flusher, appends are flushed by the next snapshot */
}

void state_store_delete(state_store *store)
{
    if (store->initialized)
        journal_flusher_leave(&store->flushed);
    if (store->journal != INVALID_HANDLE_VALUE)
    {
        FlushFileBuffers(store->journal);
        CloseHandle(store->journal);
        store->journal = INVALID_HANDLE_VALUE;
    }
    if (store->initialized)
        DeleteCriticalSection(&store->handle_lock);
    store->initialized = FALSE;
}

/* A copy of a damaged file beside it, as state.corrupt-YYYYMMDD-HHMMSS.txt. */
static void keep_damaged(const state_store *store, const WCHAR *path, WCHAR *kept_as,
                         size_t size)
{
    if (kept_as && size && kept_as[0])
        return; /* one copy is enough */
    file_keep_damaged(path, store->folder, L"state", kept_as, size);
}

/* Reads a snapshot file; FALSE (with *error) when it exists and cannot be read. */
static BOOL read_snapshot(const WCHAR *path, char **text, size_t *length, DWORD *error)
{
    *error = file_read_all(path, STATE_FILE_LIMIT, text, length);
    if (*error == ERROR_FILE_NOT_FOUND)
    {
        *error = ERROR_SUCCESS; /* no file: a fresh start */
        return TRUE;
    }
    return *error == ERROR_SUCCESS;
}

DWORD state_store_load(state_store *store, saved_state *saved, state_report *report,
                       WCHAR *kept_as, size_t kept_as_size)
{
    char *snapshot = NULL, *journal = NULL;
    size_t snapshot_length = 0, journal_length = 0;
    DWORD snapshot_error, journal_error;
    BOOL readable, usable = FALSE, from_backup = FALSE;

    memset(report, 0, sizeof(*report));
    if (kept_as && kept_as_size)
        kept_as[0] = L'\0';
    readable = read_snapshot(store->snapshot_path, &snapshot, &snapshot_length, &snapshot_error);
    journal_error = file_read_all(store->journal_path, STATE_FILE_LIMIT, &journal,
                                  &journal_length);
    if (journal_error != ERROR_SUCCESS && journal_error != ERROR_FILE_NOT_FOUND &&
        journal_error != ERROR_FILE_TOO_LARGE)
    {
        /* A journal that exists but cannot be read now (locked, say): saving over it would
         * lose what it holds. */
        saved_state_initialize(saved);
        memset(report, 0, sizeof(*report));
        free(snapshot);
        return journal_error;
    }
    if (readable)
    {
        usable = state_parse(snapshot, snapshot_length, journal, journal_length, saved, report);
        if (!usable || report->bad_lines || report->no_end)
            keep_damaged(store, store->snapshot_path, kept_as, kept_as_size);
    }
    else if (snapshot_error == ERROR_FILE_TOO_LARGE)
        keep_damaged(store, store->snapshot_path, kept_as, kept_as_size);
    /* Nothing from the snapshot (damaged, too large, unreadable, or gone while its backup is
     * there: a crash inside ReplaceFileW leaves just that): the previous good snapshot, and no
     * journal (the journal was written after the lost snapshot, not after the backup). */
    if (!usable || (!snapshot_length && readable))
    {
        char *backup = NULL;
        size_t backup_length = 0;
        state_report backup_report;
        saved_state older;

        if (file_read_all(store->backup_path, STATE_FILE_LIMIT, &backup, &backup_length) ==
                ERROR_SUCCESS &&
            backup_length &&
            state_parse(backup, backup_length, NULL, 0, &older, &backup_report))
        {
            if (usable || readable)
                saved_state_delete(saved);
            *saved = older;
            from_backup = TRUE;
            usable = TRUE;
        }
        free(backup);
    }
    if (!readable && !from_backup && snapshot_error != ERROR_FILE_TOO_LARGE)
    {
        /* The snapshot exists but cannot be read now, and there is no backup: do not write
         * over it. */
        if (!usable)
            saved_state_initialize(saved);
        free(journal);
        return snapshot_error;
    }
    if (!readable && !from_backup)
        state_parse(NULL, 0, NULL, 0, saved, report); /* too large: a fresh start */
    /* The next snapshot's generation is past every one seen, so no journal on disk can ever be
     * taken for its own. */
    store->generation = saved->generation > report->journal_generation
                            ? saved->generation
                            : report->journal_generation;
    free(snapshot);
    free(journal);
    return ERROR_SUCCESS;
}

/* The flusher may hold a duplicate of the handle while it flushes: writers share. */
static HANDLE open_journal(state_store *store, DWORD disposition)
{
    return store->functions->create(store->journal_path, FILE_APPEND_DATA,
                                    FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, NULL,
                                    disposition, FILE_ATTRIBUTE_NORMAL, NULL);
}

static void replace_journal(state_store *store, HANDLE journal)
{
    HANDLE old;

    EnterCriticalSection(&store->handle_lock);
    old = store->journal;
    store->journal = journal;
    LeaveCriticalSection(&store->handle_lock);
    if (old != INVALID_HANDLE_VALUE)
        CloseHandle(old);
}

DWORD state_store_write_snapshot(state_store *store, saved_state *saved)
{
    text_buffer text;
    DWORD error;
    HANDLE journal;

    saved->generation = store->generation + 1;
    text_buffer_initialize(&text);
    state_write_snapshot(&text, saved);
    if (text.failed)
    {
        text_buffer_delete(&text);
        return ERROR_NOT_ENOUGH_MEMORY;
    }
    error = file_write_atomic(store->functions, store->snapshot_path, text.text, text.length,
                              store->backup_path);
    if (error != ERROR_SUCCESS)
    {
        text_buffer_delete(&text);
        return error;
    }
    store->generation = saved->generation;
    store->journal_lines = 0;
    /* The snapshot holds everything: a new, empty journal of its generation, opened once the
     * old one is closed. */
    text_buffer_clear(&text);
    state_write_journal_header(&text, store->generation);
    replace_journal(store, INVALID_HANDLE_VALUE);
    journal = open_journal(store, CREATE_ALWAYS);
    if (journal == INVALID_HANDLE_VALUE ||
        !file_write_all(store->functions, journal, text.text, text.length))
    {
        error = GetLastError() ? GetLastError() : ERROR_WRITE_FAULT;
        if (journal != INVALID_HANDLE_VALUE)
            CloseHandle(journal);
        journal = INVALID_HANDLE_VALUE;
    }
    replace_journal(store, journal);
    text_buffer_delete(&text);
    return error;
}

DWORD state_store_append(state_store *store, const char *text, size_t length)
{
    if (store->journal == INVALID_HANDLE_VALUE)
        return ERROR_INVALID_HANDLE; /* the caller writes a snapshot instead */
    if (!file_write_all(store->functions, store->journal, text, length))
        return GetLastError() ? GetLastError() : ERROR_WRITE_FAULT;
    store->journal_lines++;
    journal_flusher_ask(&store->flushed, FLUSH_DELAY_MS); /* group commit */
    return ERROR_SUCCESS;
}
