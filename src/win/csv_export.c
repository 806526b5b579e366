/*
 * Save as CSV. See csv_export.h.
 */
#include "csv_export.h"

#include <commdlg.h>
#include <shlobj.h>
#include <wchar.h>

#include "lapwing/lap_text.h"
#include "resource.h"
#include "ui_text.h"

enum
{
    ROWS_PER_WRITE = 4096   /* about 300 KB a write */
};

BOOL csv_export_ask_path(HWND owner, WCHAR *path, DWORD size)
{
    WCHAR title[128], filter[256], folder[MAX_PATH], stamp[32];
    const WCHAR *insert = stamp;
    OPENFILENAMEW dialog;
    SYSTEMTIME now;
    WCHAR *bar;

    GetLocalTime(&now);
    _snwprintf(stamp, ARRAYSIZE(stamp), L"%04u-%02u-%02u-%02u%02u", now.wYear, now.wMonth,
               now.wDay, now.wHour, now.wMinute);
    stamp[ARRAYSIZE(stamp) - 1] = L'\0';
    ui_text_format(path, size, IDS_SAVE_DEFAULT_NAME, &insert, 1);
    ui_text_load(IDS_SAVE_TITLE, title, ARRAYSIZE(title));
    /* The filter's pairs are separated by '|' in the STRINGTABLE, by NULs for Windows. */
    ui_text_load(IDS_SAVE_FILTER, filter, ARRAYSIZE(filter) - 1);
    filter[ARRAYSIZE(filter) - 1] = L'\0';
    for (bar = filter; (bar = wcschr(bar, L'|')) != NULL; bar++)
        *bar = L'\0';

    ZeroMemory(&dialog, sizeof(dialog));
    dialog.lStructSize = sizeof(dialog);
    dialog.hwndOwner = owner;
    dialog.lpstrFilter = filter;
    dialog.lpstrFile = path;
    dialog.nMaxFile = size;
    dialog.lpstrTitle = title;
    dialog.lpstrDefExt = L"csv";
    if (SHGetFolderPathW(NULL, CSIDL_PERSONAL, NULL, SHGFP_TYPE_CURRENT, folder) == S_OK)
        dialog.lpstrInitialDir = folder;
    dialog.Flags = OFN_OVERWRITEPROMPT | OFN_PATHMUSTEXIST | OFN_NOREADONLYRETURN |
                   OFN_HIDEREADONLY | OFN_EXPLORER;
    return GetSaveFileNameW(&dialog);
}

static BOOL write_all(HANDLE file, const char *data, size_t length)
{
    while (length)
    {
        DWORD chunk = length > 0x40000000u ? 0x40000000u : (DWORD)length, written = 0;
        if (!WriteFile(file, data, chunk, &written, NULL) || written != chunk)
            return FALSE;
        data += written;
        length -= written;
    }
    return TRUE;
}

/* Writes the whole CSV to `file`; ERROR_SUCCESS or the error. */
static DWORD write_csv(HANDLE file, const laps *laps, uint64_t frequency)
{
    text_buffer buffer;
    size_t index = 0;
    DWORD error = ERROR_SUCCESS;

    text_buffer_initialize(&buffer);
    lap_text_append_csv_header(&buffer);
    do
    {
        size_t end = index + ROWS_PER_WRITE < laps->count ? index + ROWS_PER_WRITE : laps->count;
        for (; index < end; index++)
            lap_text_append_csv_row(&buffer, laps, index, frequency);
        if (buffer.failed)
            error = ERROR_NOT_ENOUGH_MEMORY;
        else if (!write_all(file, buffer.text, buffer.length))
            error = GetLastError() ? GetLastError() : ERROR_WRITE_FAULT;
        text_buffer_clear(&buffer);
    } while (error == ERROR_SUCCESS && index < laps->count);
    text_buffer_delete(&buffer);
    return error;
}

DWORD csv_export_write(const WCHAR *path, const laps *laps, uint64_t frequency)
{
    WCHAR folder[MAX_PATH], temporary[MAX_PATH], *slash;
    HANDLE file;
    DWORD error;

    /* The temporary file goes in the target's folder, so the final move is a rename on the
     * same volume: atomic. */
    lstrcpynW(folder, path, ARRAYSIZE(folder));
    slash = wcsrchr(folder, L'\\');
    if (slash)
        slash[1] = L'\0';
    else
        lstrcpyW(folder, L".");
    if (!GetTempFileNameW(folder, L"lap", 0, temporary))
        return GetLastError();
    file = CreateFileW(temporary, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS,
                       FILE_ATTRIBUTE_NORMAL | FILE_FLAG_SEQUENTIAL_SCAN, NULL);
    if (file == INVALID_HANDLE_VALUE)
    {
        error = GetLastError();
        DeleteFileW(temporary);
        return error;
    }
    error = write_csv(file, laps, frequency);
    if (error == ERROR_SUCCESS && !FlushFileBuffers(file))
        error = GetLastError();
    CloseHandle(file);
    if (error == ERROR_SUCCESS &&
        !MoveFileExW(temporary, path, MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        error = GetLastError();
    if (error != ERROR_SUCCESS)
        DeleteFileW(temporary);
    return error;
}
