/*
 * The time for streams. See stream_file.h.
 */
#include "stream_file.h"

#include <process.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "utf8.h"

enum
{
    FAILURES_BEFORE_SAID = 3,   /* a reader's passing hold on the file is not a failure */
    MOVE_TRIES = 3,             /* a reader holding the file: tried again a moment later */
    STOP_WAIT_MS = 1000         /* the most the window waits for the last write */
};

/* Shared by the UI thread and the writer, each holding a reference: the last to let go frees
 * it, so the window never has to wait for a write that hangs. */
typedef struct stream_writer
{
    CRITICAL_SECTION lock;      /* guards everything below but `references` */
    HANDLE wake;                /* set when there is text to write, or to stop */
    volatile LONG references;
    WCHAR path[MAX_PATH];
    char text[64];              /* the text to write next */
    BOOL pending;               /* `text` not written yet */
    BOOL stop;
    DWORD error;                /* the last failure, ERROR_SUCCESS once a write worked */
    unsigned failures;          /* in a row */
    BOOL error_said;            /* the caller heard of `error` already */
} stream_writer;

static void release(stream_writer *writer)
{
    if (InterlockedDecrement(&writer->references) != 0)
        return;
    DeleteCriticalSection(&writer->lock);
    CloseHandle(writer->wake);
    free(writer);
}

/* `text` into `path` whole: a temporary file beside it, moved over it (a reader sees the old
 * time or the new, never a part). ERROR_SUCCESS, or why not. */
static DWORD write_whole(const WCHAR *path, const char *text)
{
    WCHAR temporary[MAX_PATH + 8];
    HANDLE file;
    DWORD written = 0, length = (DWORD)strlen(text), error = ERROR_SUCCESS;
    int attempt;

    _snwprintf(temporary, ARRAYSIZE(temporary), L"%ls.tmp", path);
    temporary[ARRAYSIZE(temporary) - 1] = L'\0';
    file = CreateFileW(temporary, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL,
                       NULL);
    if (file == INVALID_HANDLE_VALUE)
        return GetLastError();
    if (!WriteFile(file, text, length, &written, NULL) || written != length)
        error = GetLastError() ? GetLastError() : ERROR_WRITE_FAULT;
    CloseHandle(file);
    /* A reader (OBS) that has the file open without sharing its deletion makes the move fail
     * for a moment: a few tries, a little apart (this is the writer's thread, not the UI's). */
    for (attempt = 0; error == ERROR_SUCCESS && attempt < MOVE_TRIES; attempt++)
    {
        if (MoveFileExW(temporary, path, MOVEFILE_REPLACE_EXISTING))
            return ERROR_SUCCESS;
        error = GetLastError();
        if (error != ERROR_SHARING_VIOLATION && error != ERROR_ACCESS_DENIED)
            break;
        if (attempt + 1 < MOVE_TRIES)
        {
            error = ERROR_SUCCESS;
            Sleep(20);
        }
    }
    DeleteFileW(temporary);
    return error;
}

static unsigned __stdcall writer_main(void *parameter)
{
    stream_writer *writer = parameter;

    for (;;)
    {
        WCHAR path[MAX_PATH];
        char text[sizeof(writer->text)];
        BOOL write, stop;
        DWORD error;

        WaitForSingleObject(writer->wake, INFINITE);
        EnterCriticalSection(&writer->lock);
        write = writer->pending;
        stop = writer->stop;
        writer->pending = FALSE;
        memcpy(text, writer->text, sizeof(text));
        memcpy(path, writer->path, sizeof(path));
        LeaveCriticalSection(&writer->lock);
        if (write)
        {
            error = write_whole(path, text);
            EnterCriticalSection(&writer->lock);
            if (error == ERROR_SUCCESS)
            {
                writer->failures = 0;
                writer->error = ERROR_SUCCESS;
                writer->error_said = FALSE; /* a new failure is said again */
            }
            else if (++writer->failures >= FAILURES_BEFORE_SAID)
            {
                if (error != writer->error)
                    writer->error_said = FALSE;
                writer->error = error;
            }
            LeaveCriticalSection(&writer->lock);
        }
        if (stop)
        {
            release(writer);
            return 0;
        }
    }
}

void stream_file_initialize(stream_file *stream)
{
    ZeroMemory(stream, sizeof(*stream));
}

/* The writer told to stop; waited for up to `wait_ms` (it writes what is pending first). It
 * keeps its own reference: one that is stuck in a write ends later, on its own. */
static void stop_writer(stream_file *stream, DWORD wait_ms)
{
    stream_writer *writer = stream->writer;

    if (!writer)
        return;
    EnterCriticalSection(&writer->lock);
    writer->stop = TRUE;
    LeaveCriticalSection(&writer->lock);
    SetEvent(writer->wake);
    if (wait_ms)
        WaitForSingleObject(stream->thread, wait_ms);
    CloseHandle(stream->thread);
    stream->thread = NULL;
    stream->writer = NULL;
    release(writer);
}

void stream_file_delete(stream_file *stream)
{
    stop_writer(stream, STOP_WAIT_MS);
}

DWORD stream_file_set_path(stream_file *stream, const char *path)
{
    WCHAR *wide = path && path[0] ? utf8_to_wide(path) : NULL;
    BOOL usable = wide && wcslen(wide) < MAX_PATH - 8 &&
                  ((wide[0] && wide[1] == L':' && wide[2] == L'\\') ||
                   (wide[0] == L'\\' && wide[1] == L'\\'));
    stream_writer *writer;
    HANDLE thread;
    DWORD error = ERROR_SUCCESS;

    if (usable && stream->writer && wcscmp(wide, stream->path) == 0)
    {
        free(wide);
        return ERROR_SUCCESS; /* the same file: carry on */
    }
    stop_writer(stream, 0);
    stream->path[0] = L'\0';
    stream->offered[0] = '\0';
    if (!usable)
    {
        free(wide);
        return path && path[0] ? ERROR_BAD_PATHNAME : ERROR_SUCCESS;
    }
    writer = calloc(1, sizeof(*writer));
    if (!writer || (writer->wake = CreateEventW(NULL, FALSE, FALSE, NULL)) == NULL)
    {
        error = writer ? GetLastError() : ERROR_NOT_ENOUGH_MEMORY;
        free(writer);
        free(wide);
        return error;
    }
    InitializeCriticalSection(&writer->lock);
    writer->references = 2; /* this side's and the thread's */
    lstrcpynW(writer->path, wide, MAX_PATH);
    thread = (HANDLE)_beginthreadex(NULL, 0, writer_main, writer, 0, NULL);
    if (!thread)
    {
        error = GetLastError() ? GetLastError() : ERROR_NOT_ENOUGH_MEMORY;
        writer->references = 1;
        release(writer);
        free(wide);
        return error;
    }
    stream->thread = thread;
    stream->writer = writer;
    lstrcpynW(stream->path, wide, MAX_PATH);
    free(wide);
    return ERROR_SUCCESS;
}

BOOL stream_file_is_on(const stream_file *stream)
{
    return stream->writer != NULL;
}

void stream_file_offer(stream_file *stream, const char *text, unsigned interval_ms, BOOL now)
{
    stream_writer *writer = stream->writer;
    ULONGLONG at;

    if (!writer || strcmp(text, stream->offered) == 0)
        return;
    at = GetTickCount64();
    /* (A little less than the interval: the tick count is coarse, and a frame that came a
     * hair early would wait a whole frame more.) */
    if (!now && stream->offered[0] && at - stream->offered_at + 15 < interval_ms)
        return;
    lstrcpynA(stream->offered, text, sizeof(stream->offered));
    stream->offered_at = at;
    EnterCriticalSection(&writer->lock);
    lstrcpynA(writer->text, text, sizeof(writer->text));
    writer->pending = TRUE;
    LeaveCriticalSection(&writer->lock);
    SetEvent(writer->wake);
}

DWORD stream_file_take_error(stream_file *stream)
{
    stream_writer *writer = stream->writer;
    DWORD error = ERROR_SUCCESS;

    if (!writer)
        return ERROR_SUCCESS;
    EnterCriticalSection(&writer->lock);
    if (writer->error != ERROR_SUCCESS && !writer->error_said)
    {
        error = writer->error;
        writer->error_said = TRUE;
    }
    LeaveCriticalSection(&writer->lock);
    return error;
}
