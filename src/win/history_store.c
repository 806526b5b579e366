/*
 * The history on disk. See history_store.h.
 */
#include "history_store.h"

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "lapwing/text_buffer.h"

enum
{
    HISTORY_FILE_LIMIT = 1024 * 1024 * 1024 /* past this it is not ours: kept aside, unread */
};

BOOL history_store_initialize(history_store *store, const WCHAR *folder)
{
    const file_functions *functions = store->functions;

    ZeroMemory(store, sizeof(*store));
    store->functions = functions ? functions : &file_functions_windows;
    store->file = INVALID_HANDLE_VALUE;
    lstrcpynW(store->folder, folder, MAX_PATH);
    if (!file_path_in(store->path, folder, L"history.txt"))
    {
        SetLastError(ERROR_FILENAME_EXCED_RANGE);
        return FALSE;
    }
    return TRUE;
}

void history_store_delete(history_store *store)
{
    if (store->file != INVALID_HANDLE_VALUE)
        CloseHandle(store->file);
    store->file = INVALID_HANDLE_VALUE;
    store->writable = FALSE;
}

static DWORD read_from(const WCHAR *path, history *history, history_report *report,
                       BOOL *usable)
{
    char *text = NULL;
    size_t length = 0;
    DWORD error = file_read_all(path, HISTORY_FILE_LIMIT, &text, &length);

    *usable = TRUE;
    if (error == ERROR_FILE_NOT_FOUND)
    {
        history_parse(NULL, 0, history, report);
        return ERROR_SUCCESS;
    }
    if (error == ERROR_FILE_TOO_LARGE)
    {
        history_parse(NULL, 0, history, report);
        *usable = FALSE;
        return ERROR_SUCCESS;
    }
    if (error != ERROR_SUCCESS)
    {
        history_parse(NULL, 0, history, report);
        return error;
    }
    *usable = history_parse(text, length, history, report);
    free(text);
    return ERROR_SUCCESS;
}

DWORD history_store_read(const WCHAR *folder, history *history, history_report *report)
{
    WCHAR path[MAX_PATH];
    BOOL usable;

    if (!file_path_in(path, folder, L"history.txt"))
    {
        history_initialize(history);
        memset(report, 0, sizeof(*report));
        return ERROR_FILENAME_EXCED_RANGE;
    }
    return read_from(path, history, report, &usable);
}

/* A copy of a damaged history beside it; its name in `kept_as`. FALSE when it could not be
 * made (then nothing may be written over the original). */
static BOOL keep_damaged(const history_store *store, WCHAR *kept_as, size_t size)
{
    return file_keep_damaged(store->path, store->folder, L"history", kept_as, size);
}

DWORD history_store_load(history_store *store, history *history, WCHAR *kept_as,
                         size_t kept_as_size)
{
    history_report report;
    BOOL usable;
    DWORD error;

    if (kept_as && kept_as_size)
        kept_as[0] = L'\0';
    error = read_from(store->path, history, &report, &usable);
    if (error != ERROR_SUCCESS)
        return error; /* not writable: nothing it holds is written over */
    if (!usable)
    {
        /* Not a history this Lapwing reads (another version, no header, too large): a copy
         * kept beside, and the file itself left alone, with the history off. */
        keep_damaged(store, kept_as, kept_as_size);
        return ERROR_FILE_CORRUPT;
    }
    store->writable = TRUE;
    if (report.bad_lines || report.runs_cut || report.torn_last_line)
    {
        /* Kept as it was, and written back with what could be read, so that appends go after
         * whole lines; never written over without that copy. */
        if (!keep_damaged(store, kept_as, kept_as_size))
        {
            store->writable = FALSE;
            return GetLastError() ? GetLastError() : ERROR_WRITE_FAULT;
        }
        error = history_store_compact(store, history);
    }
    return error;
}

static DWORD open_for_appending(history_store *store)
{
    LARGE_INTEGER size;

    store->file = store->functions->create(store->path, FILE_APPEND_DATA | FILE_READ_ATTRIBUTES,
                                           FILE_SHARE_READ | FILE_SHARE_DELETE, NULL, OPEN_ALWAYS,
                                           FILE_ATTRIBUTE_NORMAL, NULL);
    if (store->file == INVALID_HANDLE_VALUE)
        return GetLastError() ? GetLastError() : ERROR_OPEN_FAILED;
    if (GetFileSizeEx(store->file, &size) && size.QuadPart == 0)
    {
        text_buffer header;
        BOOL written;

        text_buffer_initialize(&header);
        history_write_header(&header);
        written = !header.failed &&
                  file_write_all(store->functions, store->file, header.text, header.length);
        text_buffer_delete(&header);
        if (!written)
        {
            DWORD error = GetLastError() ? GetLastError() : ERROR_WRITE_FAULT;
            CloseHandle(store->file);
            store->file = INVALID_HANDLE_VALUE;
            return error;
        }
    }
    return ERROR_SUCCESS;
}

DWORD history_store_append(history_store *store, const char *text, size_t length)
{
    DWORD error;

    if (!store->writable)
        return ERROR_ACCESS_DENIED;
    if (store->file == INVALID_HANDLE_VALUE && (error = open_for_appending(store)) != 0)
        return error;
    if (!file_write_all(store->functions, store->file, text, length))
    {
        error = GetLastError() ? GetLastError() : ERROR_WRITE_FAULT;
        /* Reopened next time: a half-written line is then a torn one the reader skips. */
        CloseHandle(store->file);
        store->file = INVALID_HANDLE_VALUE;
        return error;
    }
    /* A reset is rare and a run is what the user cannot redo: on the disk at once. */
    store->functions->flush(store->file);
    return ERROR_SUCCESS;
}

DWORD history_store_compact(history_store *store, history *history)
{
    text_buffer text;
    DWORD error;

    if (!store->writable)
        return ERROR_ACCESS_DENIED;
    text_buffer_initialize(&text);
    history_write_all(&text, history);
    if (text.failed)
    {
        text_buffer_delete(&text);
        return ERROR_NOT_ENOUGH_MEMORY;
    }
    if (store->file != INVALID_HANDLE_VALUE)
    {
        CloseHandle(store->file); /* the replace needs it closed */
        store->file = INVALID_HANDLE_VALUE;
    }
    error = file_write_atomic(store->functions, store->path, text.text, text.length, NULL);
    text_buffer_delete(&text);
    if (error == ERROR_SUCCESS)
        history_mark_compacted(history);
    return error;
}
