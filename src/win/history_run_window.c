/*
 * One past run's window. See history_run_window.h.
 */
#include "history_run_window.h"

#include <commctrl.h>
#include <stdlib.h>
#include <wchar.h>

#include "csv_export.h"
#include "errors.h"
#include "lap_copy.h"
#include "list_columns.h"
#include "lapwing/history_text.h"
#include "lapwing/lap_text.h"
#include "local_time.h"
#include "name_dialog.h"
#include "resource.h"
#include "ui_text.h"
#include "utf8.h"

enum
{
    COLUMN_MARK = LAP_COLUMN_COUNT, /* the correction's mark, after the lap_text columns */
    COLUMNS
};

typedef struct run_window
{
    history_window_request *request;
    uint64_t id;
    HWND list;
} run_window;

void history_run_title(const history_run *run, WCHAR *text, size_t size)
{
    calendar_time started;
    char date[32];

    if (history_text_date(date, sizeof(date), local_time_from_wall(run->started_wall, &started),
                          false))
        _snwprintf(text, size, L"%hs", date);
    else
        _snwprintf(text, size, L"#%llu", (unsigned long long)run->id);
    text[size - 1] = L'\0';
}

static const history_run *the_run(const run_window *window)
{
    return history_find((history *)window->request->history, window->id);
}

/* Rows run newest first, as in the main list. */
static size_t lap_of_row(const history_run *run, int row)
{
    return run->laps.count - 1 - (size_t)row;
}

BOOL history_run_copy(HWND owner, HWND list, const history_run *run)
{
    text_buffer buffer;
    int row;
    UINT selected = list ? ListView_GetSelectedCount(list) : 0;
    size_t i;
    BOOL done = FALSE;

    text_buffer_initialize(&buffer);
    lap_copy_append_header(&buffer);
    if (selected > 0)
    {
        /* The selected rows, oldest first (the rows run newest first: from the bottom). */
        for (row = ListView_GetItemCount(list) - 1; row >= 0; row--)
            if (ListView_GetItemState(list, row, LVIS_SELECTED) & LVIS_SELECTED)
                lap_text_append_tsv_row(&buffer, &run->laps, lap_of_row(run, row),
                                        HISTORY_TEXT_UNITS_PER_SECOND);
    }
    else
        for (i = 0; i < run->laps.count; i++)
            lap_text_append_tsv_row(&buffer, &run->laps, i, HISTORY_TEXT_UNITS_PER_SECOND);
    if (buffer.failed)
        error_show(owner, IDS_ERROR_CLIPBOARD, ERROR_NOT_ENOUGH_MEMORY);
    else
        done = lap_copy_to_clipboard(owner, buffer.text, IDS_ERROR_CLIPBOARD);
    text_buffer_delete(&buffer);
    return done;
}

static void cell(const history_run *run, size_t lap, int column, WCHAR *wide, int size)
{
    char text[LAPS_NOTE_MAX_BYTES + 64];

    if (column == COLUMN_MARK)
    {
        WCHAR word[64];
        char *utf8;
        ui_text_load(IDS_MARK_CORRECTED, word, ARRAYSIZE(word));
        utf8 = utf8_from_wide(word);
        lap_text_correction(text, sizeof(text), &run->laps, lap, HISTORY_TEXT_UNITS_PER_SECOND,
                            utf8);
        free(utf8);
    }
    else
        lap_text_cell(text, sizeof(text), &run->laps, lap, (lap_column)column,
                      HISTORY_TEXT_UNITS_PER_SECOND);
    if (!MultiByteToWideChar(CP_UTF8, 0, text, -1, wide, size))
        wide[0] = L'\0';
}

typedef struct note_context
{
    run_window *window;
    size_t lap;
} note_context;

static UINT keep_note(void *context, const char *text)
{
    note_context *note = context;
    history_window_request *request = note->window->request;

    return request->set_note(request->context, note->window->id, note->lap, text);
}

/* F2: the focused (or the newest) lap's note. */
static void edit_note(HWND dialog, run_window *window)
{
    const history_run *run = the_run(window);
    int row = ListView_GetNextItem(window->list, -1, LVNI_FOCUSED);
    note_context note;
    name_request ask;

    if (!run || !run->laps.count)
        return;
    if (row < 0)
        row = 0;
    note.window = window;
    note.lap = lap_of_row(run, row);
    ask.caption = IDS_HISTORY_NOTE_TITLE;
    ask.label = IDS_HISTORY_NOTE_LABEL;
    ask.current = laps_note(&run->laps, note.lap);
    ask.keep = keep_note;
    ask.context = &note;
    if (name_dialog_show(dialog, &ask))
        ListView_RedrawItems(window->list, row, row);
    SetFocus(window->list);
}

static void save_csv(HWND dialog, run_window *window)
{
    const history_run *run = the_run(window);
    WCHAR path[MAX_PATH];
    DWORD error;

    if (!run || !csv_export_ask_path(dialog, path, MAX_PATH))
        return;
    /* Found again: a reset while the Save dialog was open may have moved the runs. */
    if ((run = the_run(window)) == NULL)
        return;
    error = csv_export_write_run(path, run);
    if (error != ERROR_SUCCESS)
        error_show(dialog, IDS_ERROR_SAVE_HISTORY, error);
}

static void set_up(HWND dialog, run_window *window)
{
    static const list_column columns[COLUMNS] = {
        { IDS_COLUMN_NUMBER, 8, FALSE }, { IDS_COLUMN_LAP, 18, FALSE },
        { IDS_COLUMN_TOTAL, 18, FALSE }, { IDS_COLUMN_DELTA, 14, FALSE },
        { IDS_COLUMN_NOTE, 24, TRUE },   { IDS_COLUMN_MARK, 18, TRUE }
    };
    const history_run *run = the_run(window);
    WCHAR title[128], when[64];
    const WCHAR *insert = when;

    window->list = GetDlgItem(dialog, IDC_HISTORY_RUN_LIST);
    list_columns_add(window->list, columns, COLUMNS);
    if (run)
    {
        history_run_title(run, when, ARRAYSIZE(when));
        ui_text_format(title, ARRAYSIZE(title), IDS_HISTORY_RUN_TITLE, &insert, 1);
        SetWindowTextW(dialog, title);
        ListView_SetItemCountEx(window->list, (int)run->laps.count, 0);
        if (run->laps.count)
            ListView_SetItemState(window->list, 0, LVIS_FOCUSED | LVIS_SELECTED,
                                  LVIS_FOCUSED | LVIS_SELECTED);
    }
    SetFocus(window->list);
}

static BOOL on_notify(HWND dialog, run_window *window, NMHDR *header)
{
    const history_run *run = the_run(window);

    if (header->hwndFrom != window->list || !run)
        return FALSE;
    if (header->code == LVN_GETDISPINFOW)
    {
        NMLVDISPINFOW *info = (NMLVDISPINFOW *)header;
        if ((info->item.mask & LVIF_TEXT) && info->item.iItem >= 0 &&
            (size_t)info->item.iItem < run->laps.count)
            cell(run, lap_of_row(run, info->item.iItem), info->item.iSubItem,
                 info->item.pszText, info->item.cchTextMax);
        return TRUE;
    }
    if (header->code == NM_DBLCLK)
    {
        edit_note(dialog, window);
        return TRUE;
    }
    if (header->code == LVN_KEYDOWN)
    {
        WORD key = ((NMLVKEYDOWN *)header)->wVKey;
        BOOL control = GetKeyState(VK_CONTROL) < 0;
        if (key == VK_F2)
            edit_note(dialog, window);
        else if (control && key == 'C')
            history_run_copy(dialog, window->list, run);
        else if (control && key == 'A')
            ListView_SetItemState(window->list, -1, LVIS_SELECTED, LVIS_SELECTED);
        return TRUE;
    }
    return FALSE;
}

static INT_PTR CALLBACK run_window_proc(HWND dialog, UINT message, WPARAM wparam, LPARAM lparam)
{
    run_window *window = (run_window *)GetWindowLongPtrW(dialog, DWLP_USER);

    switch (message)
    {
    case WM_INITDIALOG:
        window = (run_window *)lparam;
        SetWindowLongPtrW(dialog, DWLP_USER, (LONG_PTR)window);
        set_up(dialog, window);
        return FALSE; /* the focus is set */
    case WM_NOTIFY:
        return window && on_notify(dialog, window, (NMHDR *)lparam);
    case WM_COMMAND:
        if (!window)
            break;
        switch (LOWORD(wparam))
        {
        case IDC_HISTORY_RUN_NOTE:
            edit_note(dialog, window);
            return TRUE;
        case IDC_HISTORY_RUN_COPY:
            if (the_run(window))
                history_run_copy(dialog, window->list, the_run(window));
            return TRUE;
        case IDC_HISTORY_RUN_SAVE:
            save_csv(dialog, window);
            return TRUE;
        case IDOK:
            /* Enter in the list: the note of the focused lap. */
            if (GetFocus() == window->list)
                edit_note(dialog, window);
            return TRUE;
        case IDCANCEL:
            EndDialog(dialog, IDCANCEL);
            return TRUE;
        }
        break;
    }
    return FALSE;
}

void history_run_window_show(HWND owner, history_window_request *request, uint64_t id)
{
    run_window window = { request, id, NULL };

    DialogBoxParamW(GetModuleHandleW(NULL), MAKEINTRESOURCEW(IDD_HISTORY_RUN), owner,
                    run_window_proc, (LPARAM)&window);
}
