/*
 * The time for streams. See stream_file.h.
 */
#include "stream_file.h"

#include <process.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "utf8.h"

/* `text` into `path` whole: a temporary file beside it, moved over it (a reader sees the old
 * time or the new, never a part). ERROR_SUCCESS, or why not; a reader that holds the file
 * without sharing its deletion is not an error: the next second's write gets through. */
static DWORD write_whole(const WCHAR *path, const char *text)
{
    WCHAR temporary[MAX_PATH + 8];
    HANDLE file;
    DWORD written = 0, length = (DWORD)strlen(text), error = ERROR_SUCCESS;
    BOOL wrote;

    _snwprintf(temporary, ARRAYSIZE(temporary), L"%ls.tmp", path);
    temporary[ARRAYSIZE(temporary) - 1] = L'\0';
    file = CreateFileW(temporary, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL,
                       NULL);
    if (file == INVALID_HANDLE_VALUE)
        return GetLastError();
    wrote = WriteFile(file, text, length, &written, NULL) && written == length;
    if (!wrote)
        error = GetLastError() ? GetLastError() : ERROR_WRITE_FAULT;
    CloseHandle(file);
    if (wrote && !MoveFileExW(temporary, path, MOVEFILE_REPLACE_EXISTING))
        error = GetLastError() == ERROR_SHARING_VIOLATION ? ERROR_SUCCESS : GetLastError();
    if (!wrote || error != ERROR_SUCCESS || GetFileAttributesW(temporary) != INVALID_FILE_ATTRIBUTES)
        DeleteFileW(temporary);
    return error;
}

static unsigned __stdcall writer_main(void *parameter)
{
    stream_file *stream = parameter;

    for (;;)
    {
        WCHAR path[MAX_PATH];
        char text[sizeof(stream->text)];
        BOOL write, stop;
        DWORD error;

        WaitForSingleObject(stream->wake, INFINITE);
        EnterCriticalSection(&stream->lock);
        write = stream->pending;
        stop = stream->stop;
        stream->pending = FALSE;
        memcpy(text, stream->text, sizeof(text));
        memcpy(path, stream->path, sizeof(path));
        LeaveCriticalSection(&stream->lock);
        if (write)
        {
            error = write_whole(path, text);
            EnterCriticalSection(&stream->lock);
            if (error == ERROR_SUCCESS || error != stream->error)
                stream->error_said = FALSE; /* a new failure is said again */
            stream->error = error;
            LeaveCriticalSection(&stream->lock);
        }
        if (stop)
            return 0;
    }
}

void stream_file_initialize(stream_file *stream)
{
    ZeroMemory(stream, sizeof(*stream));
    InitializeCriticalSection(&stream->lock);
}

static void stop_writer(stream_file *stream)
{
    if (!stream->writer)
        return;
    EnterCriticalSection(&stream->lock);
    stream->stop = TRUE;
    LeaveCriticalSection(&stream->lock);
    SetEvent(stream->wake);
    WaitForSingleObject(stream->writer, INFINITE); /* it writes what is pending first */
    CloseHandle(stream->writer);
    CloseHandle(stream->wake);
    stream->writer = stream->wake = NULL;
    stream->stop = FALSE;
}

void stream_file_delete(stream_file *stream)
{
    stop_writer(stream);
    DeleteCriticalSection(&stream->lock);
}

BOOL stream_file_set_path(stream_file *stream, const char *path)
{
    WCHAR *wide = path && path[0] ? utf8_to_wide(path) : NULL;
    BOOL usable = wide && wcslen(wide) < MAX_PATH - 8 &&
                  ((wide[0] && wide[1] == L':' && wide[2] == L'\\') ||
                   (wide[0] == L'\\' && wide[1] == L'\\'));

    if (usable && stream->writer && wcscmp(wide, stream->path) == 0)
    {
        free(wide);
        return TRUE; /* the same file: carry on */
    }
    stop_writer(stream);
    stream->path[0] = L'\0';
    stream->offered[0] = '\0';
    stream->error = ERROR_SUCCESS;
    stream->error_said = FALSE;
    if (usable)
    {
        lstrcpynW(stream->path, wide, MAX_PATH);
        stream->wake = CreateEventW(NULL, FALSE, FALSE, NULL);
        if (stream->wake)
            stream->writer = (HANDLE)_beginthreadex(NULL, 0, writer_main, stream, 0, NULL);
        if (!stream->writer && stream->wake)
        {
            CloseHandle(stream->wake);
            stream->wake = NULL;
        }
        if (!stream->writer)
            stream->path[0] = L'\0';
    }
    free(wide);
    return usable || !path || !path[0];
}

BOOL stream_file_is_on(const stream_file *stream)
{
    return stream->writer != NULL;
}

void stream_file_offer(stream_file *stream, const char *text, unsigned interval_ms, BOOL now)
{
    ULONGLONG at;

    if (!stream->writer || strcmp(text, stream->offered) == 0)
        return;
    at = GetTickCount64();
    /* (A little less than the interval: the tick count is coarse, and a frame that came a
     * hair early would wait a whole frame more.) */
    if (!now && stream->offered[0] && at - stream->offered_at + 15 < interval_ms)
        return;
    lstrcpynA(stream->offered, text, sizeof(stream->offered));
    stream->offered_at = at;
    EnterCriticalSection(&stream->lock);
    lstrcpynA(stream->text, text, sizeof(stream->text));
    stream->pending = TRUE;
    LeaveCriticalSection(&stream->lock);
    SetEvent(stream->wake);
}

DWORD stream_file_take_error(stream_file *stream)
{
    DWORD error = ERROR_SUCCESS;

    if (!stream->writer)
        return ERROR_SUCCESS;
    EnterCriticalSection(&stream->lock);
    if (stream->error != ERROR_SUCCESS && !stream->error_said)
    {
        error = stream->error;
        stream->error_said = TRUE;
    }
    LeaveCriticalSection(&stream->lock);
    return error;
}
