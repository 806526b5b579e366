/*
 * Help and About. See help_box.h.
 */
#include "help_box.h"

#include <commctrl.h>

#include "commands.h"
#include "resource.h"
#include "ui_text.h"
#include "version.h"

void help_box_text(HACCEL accelerators, WCHAR *buffer, size_t size)
{
    WCHAR lines[2048];
    const WCHAR *inserts[2] = { LAPWING_VERSION_WSTRING, lines };

    command_text_help_lines(accelerators, lines, ARRAYSIZE(lines));
    ui_text_format(buffer, size, IDS_HELP_TEXT, inserts, 2);
}

typedef struct help_request
{
    HACCEL accelerators;
    const WCHAR *state_folder;
} help_request;

static void add_column(HWND list, int index, UINT title_id, int width)
{
    WCHAR title[64];
    LVCOLUMNW column;

    ui_text_load(title_id, title, ARRAYSIZE(title));
    ZeroMemory(&column, sizeof(column));
    column.mask = LVCF_TEXT | LVCF_WIDTH | LVCF_SUBITEM;
    column.pszText = title;
    column.cx = width;
    column.iSubItem = index;
    SendMessageW(list, LVM_INSERTCOLUMNW, (WPARAM)index, (LPARAM)&column);
}

/* One row per command that has keys, in the command table's order. */
static void fill_keys(HWND list, HACCEL accelerators)
{
    RECT client;
    int row = 0, keys_width;
    size_t i;

    GetClientRect(list, &client);
    keys_width = (client.right - client.left) * 2 / 5;
    SendMessageW(list, LVM_SETEXTENDEDLISTVIEWSTYLE, LVS_EX_FULLROWSELECT, LVS_EX_FULLROWSELECT);
    add_column(list, 0, IDS_HELP_COLUMN_KEYS, keys_width);
    add_column(list, 1, IDS_HELP_COLUMN_ACTION,
               client.right - client.left - keys_width - GetSystemMetrics(SM_CXVSCROLL));
    for (i = 0; i < command_info_count; i++)
    {
        WCHAR keys[256], description[256];
        LVITEMW item;

        if (!command_text_help_row(accelerators, i, keys, ARRAYSIZE(keys), description,
                                   ARRAYSIZE(description)))
            continue;
        /* A description of two lines (Copy) reads as one in a row. */
        for (WCHAR *c = description; *c; c++)
            if (*c == L'\n')
                *c = L' ';
        ZeroMemory(&item, sizeof(item));
        item.mask = LVIF_TEXT;
        item.iItem = row;
        item.pszText = keys;
        SendMessageW(list, LVM_INSERTITEMW, 0, (LPARAM)&item);
        item.iSubItem = 1;
        item.pszText = description;
        SendMessageW(list, LVM_SETITEMTEXTW, (WPARAM)row, (LPARAM)&item);
        row++;
    }
    /* The first row focused, so the arrow keys and a screen reader start at the top. */
    {
        LVITEMW item;
        ZeroMemory(&item, sizeof(item));
        item.stateMask = item.state = LVIS_FOCUSED | LVIS_SELECTED;
        SendMessageW(list, LVM_SETITEMSTATE, 0, (LPARAM)&item);
    }
}

static INT_PTR CALLBACK help_proc(HWND dialog, UINT message, WPARAM wparam, LPARAM lparam)
{
    switch (message)
    {
    case WM_INITDIALOG:
    {
        const help_request *request = (const help_request *)lparam;
        WCHAR nowhere[128], footer[1024];
        const WCHAR *inserts[2] = { LAPWING_VERSION_WSTRING, request->state_folder };

        if (!request->state_folder || !request->state_folder[0])
        {
            ui_text_load(IDS_HELP_NO_STATE, nowhere, ARRAYSIZE(nowhere));
            inserts[1] = nowhere;
        }
        ui_text_format(footer, ARRAYSIZE(footer), IDS_HELP_FOOTER, inserts, 2);
        SetDlgItemTextW(dialog, IDC_HELP_FOOTER, footer);
        fill_keys(GetDlgItem(dialog, IDC_HELP_KEYS), request->accelerators);
        return TRUE;
    }
    case WM_COMMAND:
        if (LOWORD(wparam) == IDOK || LOWORD(wparam) == IDCANCEL)
        {
            EndDialog(dialog, IDOK);
            return TRUE;
        }
        break;
    }
    return FALSE;
}

void help_box_show(HWND owner, HACCEL accelerators, const WCHAR *state_folder)
{
    help_request request = { accelerators, state_folder };

    DialogBoxParamW(GetModuleHandleW(NULL), MAKEINTRESOURCEW(IDD_HELP), owner, help_proc,
                    (LPARAM)&request);
}

void help_box_show_about(HWND owner)
{
    WCHAR title[64], text[1024];
    const WCHAR *version = LAPWING_VERSION_WSTRING;
    MSGBOXPARAMSW box;

    ui_text_load(IDS_HELP_TITLE, title, ARRAYSIZE(title));
    ui_text_format(text, ARRAYSIZE(text), IDS_ABOUT_TEXT, &version, 1);
    ZeroMemory(&box, sizeof(box));
    box.cbSize = sizeof(box);
    box.hwndOwner = owner;
    box.hInstance = GetModuleHandleW(NULL);
    box.lpszText = text;
    box.lpszCaption = title;
    box.dwStyle = MB_OK | MB_USERICON;
    box.lpszIcon = MAKEINTRESOURCEW(IDI_LAPWING);
    MessageBoxIndirectW(&box);
}
