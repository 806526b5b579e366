/*
 * Atomic file writes. See file_io.h.
 */
#include "file_io.h"

#include <stdlib.h>
#include <wchar.h>

const file_functions file_functions_windows = { CreateFileW, WriteFile, FlushFileBuffers,
                                                MoveFileExW, ReplaceFileW };

BOOL file_write_all(const file_functions *functions, HANDLE file, const void *data,
                    size_t length)
{
    const char *bytes = data;

    while (length)
    {
        DWORD chunk = length > 0x40000000u ? 0x40000000u : (DWORD)length, written = 0;
        if (!functions->write(file, bytes, chunk, &written, NULL))
            return FALSE;
        if (written != chunk)
        {
            SetLastError(ERROR_DISK_FULL); /* a short write with no error: no room left */
            return FALSE;
        }
        bytes += written;
        length -= written;
    }
    return TRUE;
}

DWORD file_write_atomic_with(const file_functions *functions, const WCHAR *path,
                             const WCHAR *backup, file_writer writer, void *context)
{
    WCHAR folder[MAX_PATH], temporary[MAX_PATH], *slash;
    HANDLE file;
    DWORD error;

    if (!functions)
        functions = &file_functions_windows;
    /* The temporary file goes in the target's folder, so the final step is a rename on the
     * same volume: atomic. */
    lstrcpynW(folder, path, ARRAYSIZE(folder));
    slash = wcsrchr(folder, L'\\');
    if (slash)
        slash[1] = L'\0';
    else
        lstrcpyW(folder, L".");
    if (!GetTempFileNameW(folder, L"lap", 0, temporary))
        return GetLastError();
    file = functions->create(temporary, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS,
                             FILE_ATTRIBUTE_NORMAL | FILE_FLAG_SEQUENTIAL_SCAN, NULL);
    if (file == INVALID_HANDLE_VALUE)
    {
        error = GetLastError();
        DeleteFileW(temporary);
        return error ? error : ERROR_WRITE_FAULT;
    }
    error = writer(context, functions, file);
    if (error == ERROR_SUCCESS && !functions->flush(file))
        error = GetLastError() ? GetLastError() : ERROR_WRITE_FAULT;
    CloseHandle(file);
    if (error == ERROR_SUCCESS)
    {
        /* ReplaceFileW keeps the old file as the backup; with no old file, a plain move. */
        BOOL done = FALSE;
        if (backup && GetFileAttributesW(path) != INVALID_FILE_ATTRIBUTES)
            done = functions->replace(path, temporary, backup, REPLACEFILE_IGNORE_MERGE_ERRORS,
                                      NULL, NULL);
        if (!done)
            done = functions->move(temporary, path,
                                   MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH);
        if (!done)
            error = GetLastError() ? GetLastError() : ERROR_WRITE_FAULT;
    }
    if (error != ERROR_SUCCESS)
        DeleteFileW(temporary);
    return error;
}

typedef struct bytes
{
    const void *data;
    size_t length;
} bytes;

static DWORD write_bytes(void *context, const file_functions *functions, HANDLE file)
{
    bytes *what = context;

    if (file_write_all(functions, file, what->data, what->length))
        return ERROR_SUCCESS;
    return GetLastError() ? GetLastError() : ERROR_WRITE_FAULT;
}

DWORD file_write_atomic(const file_functions *functions, const WCHAR *path, const void *data,
                        size_t length, const WCHAR *backup)
{
    bytes what = { data, length };

    return file_write_atomic_with(functions, path, backup, write_bytes, &what);
}

DWORD file_read_all(const WCHAR *path, size_t limit, char **data, size_t *length)
{
    HANDLE file = CreateFileW(path, GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL,
                              OPEN_EXISTING, FILE_FLAG_SEQUENTIAL_SCAN, NULL);
    LARGE_INTEGER size;
    char *buffer;
    DWORD got = 0, error = ERROR_SUCCESS;
    size_t total = 0;

    *data = NULL;
    *length = 0;
    if (file == INVALID_HANDLE_VALUE)
        return GetLastError() == ERROR_PATH_NOT_FOUND ? ERROR_FILE_NOT_FOUND : GetLastError();
    if (!GetFileSizeEx(file, &size) || size.QuadPart < 0)
        error = GetLastError() ? GetLastError() : ERROR_READ_FAULT;
    else if ((unsigned long long)size.QuadPart > limit)
        error = ERROR_FILE_TOO_LARGE;
    if (error != ERROR_SUCCESS)
    {
        CloseHandle(file);
        return error;
    }
    buffer = malloc((size_t)size.QuadPart + 1);
    if (!buffer)
    {
        CloseHandle(file);
        return ERROR_NOT_ENOUGH_MEMORY;
    }
    while (total < (size_t)size.QuadPart)
    {
        DWORD want = (DWORD)((size_t)size.QuadPart - total > 0x40000000u
                                 ? 0x40000000u
                                 : (size_t)size.QuadPart - total);
        if (!ReadFile(file, buffer + total, want, &got, NULL) || got == 0)
            break; /* shorter than it said: what was read is what there is */
        total += got;
    }
    CloseHandle(file);
    buffer[total] = '\0';
    *data = buffer;
    *length = total;
    return ERROR_SUCCESS;
}

BOOL file_keep_damaged(const WCHAR *source, const WCHAR *folder, const WCHAR *stem, WCHAR *name,
                       size_t size)
{
    WCHAR kept[96], target[MAX_PATH];
    SYSTEMTIME now;

    GetLocalTime(&now);
    _snwprintf(kept, ARRAYSIZE(kept), L"%ls.corrupt-%04u%02u%02u-%02u%02u%02u.txt", stem,
               now.wYear, now.wMonth, now.wDay, now.wHour, now.wMinute, now.wSecond);
    kept[ARRAYSIZE(kept) - 1] = L'\0';
    if (!file_path_in(target, folder, kept) || !CopyFileW(source, target, FALSE))
        return FALSE;
    if (name && size)
        lstrcpynW(name, kept, (int)size);
    return TRUE;
}

BOOL file_path_in(WCHAR *path, const WCHAR *folder, const WCHAR *name)
{
    int length = _snwprintf(path, MAX_PATH, L"%ls\\%ls", folder, name);
    path[MAX_PATH - 1] = L'\0';
    return length > 0 && length < MAX_PATH;
}
