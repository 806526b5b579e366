/*
 * The History window. See history_window.h.
 */
#include "history_window.h"

#include <commctrl.h>
#include <stdlib.h>
#include <wchar.h>

#include "csv_export.h"
#include "errors.h"
#include "history_run_window.h"
#include "list_columns.h"
#include "lapwing/history_text.h"
#include "local_time.h"
#include "name_dialog.h"
#include "resource.h"
#include "ui_text.h"
#include "utf8.h"

enum
{
    UNDO_MAX = 64   /* deletions Ctrl+Z can bring back while the window is open */
};

typedef struct history_dialog
{
    history_window_request *request;
    HWND list;
    history_run removed[UNDO_MAX];  /* the deletions, newest last */
    size_t removed_count;
} history_dialog;

static const history *runs_of(const history_dialog *window)
{
    return window->request->history;
}

/* Rows run newest first. */
static const history_run *run_of_row(const history_dialog *window, int row)
{
    const history *runs = runs_of(window);
    return row >= 0 && (size_t)row < runs->count ? &runs->runs[runs->count - 1 - (size_t)row]
                                                 : NULL;
}

static int row_of_id(const history_dialog *window, uint64_t id)
{
    const history *runs = runs_of(window);
    size_t index = history_index_of(runs, id);
    return index < runs->count ? (int)(runs->count - 1 - index) : -1;
}

static const history_run *focused_run(const history_dialog *window)
{
    return run_of_row(window, ListView_GetNextItem(window->list, -1, LVNI_FOCUSED));
}

/* The list's own column past the core's: whose run it is. */
#define COLUMN_STOPWATCH HISTORY_COLUMN_COUNT

static void cell(const history_dialog *window, const history_run *run, int column, WCHAR *wide,
                 int size)
{
    char text[HISTORY_TEXT_MAX];
    calendar_time started;

    if (column == COLUMN_STOPWATCH)
    {
        wide[0] = L'\0';
        if (window->request->stopwatch_name)
            window->request->stopwatch_name(window->request->context, run->stopwatch, wide,
                                            (size_t)size);
        return;
    }
    history_text_cell(text, sizeof(text), run, (history_column)column,
                      local_time_from_wall(run->started_wall, &started));
    if (column == HISTORY_COLUMN_CORRECTION && text[0])
    {
        /* "corrected +1:00.00": the word is the shell's, as in the lap list. */
        WCHAR word[64];
        ui_text_load(IDS_MARK_CORRECTED, word, ARRAYSIZE(word));
        _snwprintf(wide, (size_t)size, L"%ls ", word);
        wide[size - 1] = L'\0';
        if (!MultiByteToWideChar(CP_UTF8, 0, text, -1, wide + wcslen(wide),
                                 size - (int)wcslen(wide)))
            wide[0] = L'\0';
        return;
    }
    if (!MultiByteToWideChar(CP_UTF8, 0, text, -1, wide, size))
        wide[0] = L'\0';
}

/* The line under the list: how many runs, what the lap list compares with, and news. */
static void say(HWND dialog, history_dialog *window, UINT news, const WCHAR *insert)
{
    WCHAR text[512], count[24], compared[128], line[256];
    const WCHAR *inserts[2] = { count, compared };
    const history_run *picked = window->request->compared_id
                                    ? history_find((history *)runs_of(window),
                                                   window->request->compared_id)
                                    : NULL;

    _snwprintf(count, ARRAYSIZE(count), L"%llu", (unsigned long long)runs_of(window)->count);
    count[ARRAYSIZE(count) - 1] = L'\0';
    if (picked)
        history_run_title(picked, compared, ARRAYSIZE(compared));
    ui_text_format(text, ARRAYSIZE(text),
                   !runs_of(window)->count ? IDS_HISTORY_EMPTY
                   : picked                ? IDS_HISTORY_SUMMARY_PICKED
                                           : IDS_HISTORY_SUMMARY,
                   inserts, 2);
    if (news)
    {
        ui_text_format(line, ARRAYSIZE(line), news, &insert, insert ? 1 : 0);
        wcsncat(text, L" ", ARRAYSIZE(text) - wcslen(text) - 1);
        wcsncat(text, line, ARRAYSIZE(text) - wcslen(text) - 1);
    }
    SetDlgItemTextW(dialog, IDC_HISTORY_STATUS, text);
}

/* The list shows the runs as they are now, `row` focused and selected. */
static void update_buttons(HWND dialog, history_dialog *window);

static void show_runs(HWND dialog, history_dialog *window, int row)
{
    int count = (int)runs_of(window)->count;

    ListView_SetItemCountEx(window->list, count, LVSICF_NOSCROLL);
    if (row >= count)
        row = count - 1;
    if (row >= 0)
    {
        ListView_SetItemState(window->list, -1, 0, LVIS_SELECTED);
        ListView_SetItemState(window->list, row, LVIS_FOCUSED | LVIS_SELECTED,
                              LVIS_FOCUSED | LVIS_SELECTED);
        ListView_EnsureVisible(window->list, row, FALSE);
    }
    ListView_RedrawItems(window->list, 0, count ? count - 1 : 0);
    update_buttons(dialog, window);
}

/* The buttons as the runs and the focused one are now. */
static void update_buttons(HWND dialog, history_dialog *window)
{
    const history_run *run;
    BOOL any = runs_of(window)->count > 0;
    WCHAR label[128];

    EnableWindow(GetDlgItem(dialog, IDC_HISTORY_OPEN), any);
    EnableWindow(GetDlgItem(dialog, IDC_HISTORY_RENAME), any);
    EnableWindow(GetDlgItem(dialog, IDC_HISTORY_DELETE), any);
    EnableWindow(GetDlgItem(dialog, IDC_HISTORY_COMPARE), any);
    EnableWindow(GetDlgItem(dialog, IDC_HISTORY_SAVE), any);
    EnableWindow(GetDlgItem(dialog, IDC_HISTORY_SAVE_ALL), any);
    /* The compare button says what it will do for the focused run. */
    run = focused_run(window);
    ui_text_load(run && run->id == window->request->compared_id ? IDS_HISTORY_COMPARE_BEST
                                                                : IDS_HISTORY_COMPARE,
                 label, ARRAYSIZE(label));
    SetDlgItemTextW(dialog, IDC_HISTORY_COMPARE, label);
}

static void open_run(HWND dialog, history_dialog *window)
{
    const history_run *run = focused_run(window);
    int row = ListView_GetNextItem(window->list, -1, LVNI_FOCUSED);

    if (!run)
        return;
    history_run_window_show(dialog, window->request, run->id);
    ListView_RedrawItems(window->list, row, row);
    SetFocus(window->list);
}

typedef struct rename_context
{
    history_dialog *window;
    uint64_t id;
} rename_context;

static UINT keep_name(void *context, const char *text)
{
    rename_context *rename = context;
    history_window_request *request = rename->window->request;

    return request->rename(request->context, rename->id, text);
}

static void rename_run(HWND dialog, history_dialog *window)
{
    const history_run *run = focused_run(window);
    int row = ListView_GetNextItem(window->list, -1, LVNI_FOCUSED);
    rename_context rename;
    name_request ask;

    if (!run)
        return;
    rename.window = window;
    rename.id = run->id;
    ask.caption = IDS_HISTORY_NAME_TITLE;
    ask.label = IDS_HISTORY_NAME_LABEL;
    ask.current = run->name;
    ask.keep = keep_name;
    ask.context = &rename;
    if (name_dialog_show(dialog, &ask))
        ListView_RedrawItems(window->list, row, row);
    SetFocus(window->list);
}

static void delete_run(HWND dialog, history_dialog *window)
{
    const history_run *run = focused_run(window);
    int row = ListView_GetNextItem(window->list, -1, LVNI_FOCUSED);
    history_run removed;
    WCHAR title[64];

    if (!run)
        return;
    history_run_title(run, title, ARRAYSIZE(title));
    if (!window->request->remove(window->request->context, run->id, &removed))
        return;
    if (window->removed_count == UNDO_MAX)
    {
        /* The oldest deletion can no longer come back. */
        history_run_delete(&window->removed[0]);
        memmove(&window->removed[0], &window->removed[1],
                (UNDO_MAX - 1) * sizeof(window->removed[0]));
        window->removed_count--;
    }
    window->removed[window->removed_count++] = removed;
    show_runs(dialog, window, row);
    say(dialog, window, IDS_HISTORY_DELETED, title);
    SetFocus(window->list);
}

static void undo_delete(HWND dialog, history_dialog *window)
{
    history_run *run;
    uint64_t id;
    WCHAR title[64];

    if (!window->removed_count)
    {
        say(dialog, window, IDS_HISTORY_NOTHING_TO_UNDO, NULL);
        return;
    }
    run = &window->removed[window->removed_count - 1];
    id = run->id;
    history_run_title(run, title, ARRAYSIZE(title));
    if (!window->request->put_back(window->request->context, run))
        return; /* out of memory: kept, to try again */
    window->removed_count--;
    show_runs(dialog, window, row_of_id(window, id));
    say(dialog, window, IDS_HISTORY_RESTORED, title);
    SetFocus(window->list);
}

static void compare(HWND dialog, history_dialog *window)
{
    const history_run *run = focused_run(window);
    int row = ListView_GetNextItem(window->list, -1, LVNI_FOCUSED);

    if (!run)
        return;
    window->request->compared_id = run->id == window->request->compared_id ? 0 : run->id;
    window->request->compare(window->request->context, window->request->compared_id);
    show_runs(dialog, window, row);
    say(dialog, window, 0, NULL);
    SetFocus(window->list);
}

static void save(HWND dialog, history_dialog *window, BOOL all)
{
    const history_run *run = focused_run(window);
    uint64_t id = run ? run->id : 0;
    WCHAR path[MAX_PATH];
    DWORD error;

    if ((!all && !run) || !csv_export_ask_path(dialog, path, MAX_PATH))
        return;
    /* Found again: while the Save dialog was open a reset (a hotkey, a second Lapwing) may
     * have added or taken out a run, moving the others. */
    run = history_find((history *)runs_of(window), id);
    if (!all && !run)
        return;
    error = all ? csv_export_write_history(path, runs_of(window))
                : csv_export_write_run(path, run);
    if (error != ERROR_SUCCESS)
        error_show(dialog, IDS_ERROR_SAVE_HISTORY, error);
    else
        say(dialog, window, IDS_HISTORY_SAVED, path);
}

static void set_up(HWND dialog, history_dialog *window)
{
    static const list_column columns[HISTORY_COLUMN_COUNT] = {
        { IDS_HISTORY_COLUMN_STARTED, 22, TRUE },   { IDS_COLUMN_TOTAL, 16, FALSE },
        { IDS_HISTORY_COLUMN_LAPS, 8, FALSE },      { IDS_HISTORY_COLUMN_BEST_LAP, 13, FALSE },
        { IDS_HISTORY_COLUMN_NAME, 23, TRUE },      { IDS_COLUMN_CORRECTION, 18, TRUE }
    };
    /* The same and, last (the columns before keep their places), whose run it is. */
    static const list_column with_stopwatch[HISTORY_COLUMN_COUNT + 1] = {
        { IDS_HISTORY_COLUMN_STARTED, 19, TRUE },   { IDS_COLUMN_TOTAL, 14, FALSE },
        { IDS_HISTORY_COLUMN_LAPS, 7, FALSE },      { IDS_HISTORY_COLUMN_BEST_LAP, 12, FALSE },
        { IDS_HISTORY_COLUMN_NAME, 17, TRUE },      { IDS_COLUMN_CORRECTION, 14, TRUE },
        { IDS_HISTORY_COLUMN_STOPWATCH, 17, TRUE }
    };

    window->list = GetDlgItem(dialog, IDC_HISTORY_LIST);
    if (window->request->show_stopwatches)
        list_columns_add(window->list, with_stopwatch, HISTORY_COLUMN_COUNT + 1);
    else
        list_columns_add(window->list, columns, HISTORY_COLUMN_COUNT);
    show_runs(dialog, window, 0);
    say(dialog, window, 0, NULL);
    SetFocus(window->list);
}

static BOOL on_notify(HWND dialog, history_dialog *window, NMHDR *header)
{
    if (header->hwndFrom != window->list)
        return FALSE;
    switch (header->code)
    {
    case LVN_GETDISPINFOW:
    {
        NMLVDISPINFOW *info = (NMLVDISPINFOW *)header;
        const history_run *run = run_of_row(window, info->item.iItem);
        if ((info->item.mask & LVIF_TEXT) && run)
            cell(window, run, info->item.iSubItem, info->item.pszText, info->item.cchTextMax);
        return TRUE;
    }
    case LVN_ITEMCHANGED:
        if (((NMLISTVIEW *)header)->uNewState & LVIS_FOCUSED)
            update_buttons(dialog, window);
        return TRUE;
    case NM_DBLCLK:
        open_run(dialog, window);
        return TRUE;
    case LVN_KEYDOWN:
    {
        WORD key = ((NMLVKEYDOWN *)header)->wVKey;
        BOOL control = GetKeyState(VK_CONTROL) < 0;
        const history_run *run = focused_run(window);
        if (key == VK_DELETE)
            delete_run(dialog, window);
        else if (key == VK_F2)
            rename_run(dialog, window);
        else if (control && key == 'Z')
            undo_delete(dialog, window);
        else if (control && key == 'C' && run)
            history_run_copy(dialog, NULL, run);
        else if (control && key == 'S')
            save(dialog, window, GetKeyState(VK_SHIFT) < 0);
        return TRUE;
    }
    }
    return FALSE;
}

static INT_PTR CALLBACK history_dialog_proc(HWND dialog, UINT message, WPARAM wparam,
                                            LPARAM lparam)
{
    history_dialog *window = (history_dialog *)GetWindowLongPtrW(dialog, DWLP_USER);

    switch (message)
    {
    case WM_INITDIALOG:
        window = (history_dialog *)lparam;
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
        case IDOK: /* Enter: the focused run opens */
        case IDC_HISTORY_OPEN:    open_run(dialog, window); return TRUE;
        case IDC_HISTORY_RENAME:  rename_run(dialog, window); return TRUE;
        case IDC_HISTORY_DELETE:  delete_run(dialog, window); return TRUE;
        case IDC_HISTORY_COMPARE: compare(dialog, window); return TRUE;
        case IDC_HISTORY_SAVE:    save(dialog, window, FALSE); return TRUE;
        case IDC_HISTORY_SAVE_ALL: save(dialog, window, TRUE); return TRUE;
        case IDCANCEL:
            EndDialog(dialog, IDCANCEL);
            return TRUE;
        }
        break;
    }
    return FALSE;
}

void history_window_show(HWND owner, history_window_request *request)
{
    history_dialog *window = calloc(1, sizeof(*window));
    size_t i;

    if (!window)
    {
        error_show(owner, IDS_ERROR_OUT_OF_MEMORY, ERROR_NOT_ENOUGH_MEMORY);
        return;
    }
    window->request = request;
    DialogBoxParamW(GetModuleHandleW(NULL), MAKEINTRESOURCEW(IDD_HISTORY), owner,
                    history_dialog_proc, (LPARAM)window);
    /* Deletions not undone are gone for good once the window closes. */
    for (i = 0; i < window->removed_count; i++)
        history_run_delete(&window->removed[i]);
    free(window);
}
