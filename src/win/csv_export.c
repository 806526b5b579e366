/*
 * Save as CSV. See csv_export.h.
 */
#include "csv_export.h"

#include <commdlg.h>
#include <shlobj.h>
#include <wchar.h>

#include "errors.h"
#include "file_io.h"
#include "lapwing/history_text.h"
#include "lapwing/lap_text.h"
#include "local_time.h"
#include "resource.h"
#include "ui_text.h"
#include "windows_functions.h"

enum
{
    ROWS_PER_WRITE = 4096   /* about 300 KB a write */
};

BOOL csv_export_ask_path(HWND owner, WCHAR *path, DWORD size)
{
    WCHAR title[128], filter[256], folder[MAX_PATH], stamp[32];
    const WCHAR *insert = stamp;
    const windows_dialog_functions *windows;
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
    windows = windows_dialog_functions_get();
    if (!windows->GetSaveFileNameW)
    {
        /* comdlg32 could not be loaded: say so, with the system's reason, and save nothing. */
        error_show_text(owner, L"comdlg32.dll: GetSaveFileNameW", ERROR_MOD_NOT_FOUND);
        return FALSE;
    }
    return windows->GetSaveFileNameW(&dialog);
}

typedef struct csv_source
{
    const laps *laps;
    uint64_t frequency;
} csv_source;

/* Writes the whole CSV to `file` in one buffered pass; ERROR_SUCCESS or the error. */
static DWORD write_csv(void *context, const file_functions *functions, HANDLE file)
{
    const csv_source *source = context;
    text_buffer buffer;
    size_t index = 0, count = source->laps->count;
    DWORD error = ERROR_SUCCESS;

    text_buffer_initialize(&buffer);
    lap_text_append_csv_header(&buffer);
    do
    {
        size_t end = index + ROWS_PER_WRITE < count ? index + ROWS_PER_WRITE : count;
        for (; index < end; index++)
            lap_text_append_csv_row(&buffer, source->laps, index, source->frequency);
        if (buffer.failed)
            error = ERROR_NOT_ENOUGH_MEMORY;
        else if (!file_write_all(functions, file, buffer.text, buffer.length))
            error = GetLastError() ? GetLastError() : ERROR_WRITE_FAULT;
        text_buffer_clear(&buffer);
    } while (error == ERROR_SUCCESS && index < count);
    text_buffer_delete(&buffer);
    return error;
}

DWORD csv_export_write(const WCHAR *path, const laps *laps, uint64_t frequency)
{
    csv_source source = { laps, frequency };

    return file_write_atomic_with(NULL, path, NULL, write_csv, &source);
}

/* Every run of the history, a buffer written each few thousand rows. */
static DWORD write_history_csv(void *context, const file_functions *functions, HANDLE file)
{
    const history *runs = context;
    text_buffer buffer;
    size_t index;
    DWORD error = ERROR_SUCCESS;

    text_buffer_initialize(&buffer);
    history_text_append_csv_header(&buffer);
    for (index = 0; index <= runs->count && error == ERROR_SUCCESS; index++)
    {
        if (index < runs->count)
        {
            calendar_time started;
            const history_run *run = &runs->runs[index];
            history_text_append_csv_run(&buffer, run,
                                        local_time_from_wall(run->started_wall, &started));
            if (buffer.length < ROWS_PER_WRITE * 64 && !buffer.failed)
                continue;
        }
        if (buffer.failed)
            error = ERROR_NOT_ENOUGH_MEMORY;
        else if (buffer.length && !file_write_all(functions, file, buffer.text, buffer.length))
            error = GetLastError() ? GetLastError() : ERROR_WRITE_FAULT;
        text_buffer_clear(&buffer);
    }
    text_buffer_delete(&buffer);
    return error;
}

DWORD csv_export_write_history(const WCHAR *path, const history *runs)
{
    return file_write_atomic_with(NULL, path, NULL, write_history_csv, (void *)runs);
}

DWORD csv_export_write_run(const WCHAR *path, const history_run *run)
{
    history one;

    /* One run as a history of one, sharing its rows. */
    history_initialize(&one);
    one.runs = (history_run *)run;
    one.count = 1;
    return csv_export_write_history(path, &one);
}
