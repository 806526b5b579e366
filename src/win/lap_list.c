/*
 * The lap list. See lap_list.h.
 */
#include "lap_list.h"

#include <commctrl.h>
#include <wchar.h>

#include "dpi.h"
#include "lapwing/format.h"
#include "resource.h"
#include "ui_text.h"

enum
{
    COLUMN_NUMBER,
    COLUMN_LAP,
    COLUMN_TOTAL,
    COLUMN_COUNT,
    NUMBER_COLUMN_WIDTH = 64 /* at 96 DPI */
};

BOOL lap_list_create(lap_list *list, HWND parent, UINT id, shared_stopwatch *shared)
{
    static const UINT column_text[COLUMN_COUNT] = { IDS_COLUMN_NUMBER, IDS_COLUMN_LAP,
                                                    IDS_COLUMN_TOTAL };
    WCHAR text[64], name[64];
    LVCOLUMNW column;
    int i;

    list->shared = shared;
    list->shown_count = 0;
    /* Named, so that a screen reader that finds no label still says what the list is. */
    ui_text_load(IDS_LAP_LIST_NAME, name, ARRAYSIZE(name));
    list->window = CreateWindowExW(
        WS_EX_CLIENTEDGE, WC_LISTVIEWW, name,
        WS_CHILD | WS_VISIBLE | WS_TABSTOP | LVS_REPORT | LVS_OWNERDATA | LVS_SINGLESEL |
            LVS_SHOWSELALWAYS | LVS_NOSORTHEADER,
        0, 0, 0, 0, parent, (HMENU)(UINT_PTR)id, GetModuleHandleW(NULL), NULL);
    if (!list->window)
        return FALSE;
    SendMessageW(list->window, LVM_SETEXTENDEDLISTVIEWSTYLE,
                 LVS_EX_FULLROWSELECT | LVS_EX_DOUBLEBUFFER,
                 LVS_EX_FULLROWSELECT | LVS_EX_DOUBLEBUFFER);
    for (i = 0; i < COLUMN_COUNT; i++)
    {
        ui_text_load(column_text[i], text, ARRAYSIZE(text));
        ZeroMemory(&column, sizeof(column));
        column.mask = LVCF_TEXT | LVCF_WIDTH | LVCF_FMT | LVCF_SUBITEM;
        column.fmt = i == COLUMN_NUMBER ? LVCFMT_LEFT : LVCFMT_RIGHT;
        column.cx = 100;
        column.pszText = text;
        column.iSubItem = i;
        if (SendMessageW(list->window, LVM_INSERTCOLUMNW, (WPARAM)i, (LPARAM)&column) < 0)
            return FALSE;
    }
    return TRUE;
}

void lap_list_set_font(lap_list *list, HFONT font)
{
    SendMessageW(list->window, WM_SETFONT, (WPARAM)font, FALSE);
}

void lap_list_fit_columns(lap_list *list, UINT dpi)
{
    RECT client;
    int number_width = dpi_scale(NUMBER_COLUMN_WIDTH, dpi);

    /* A narrow "#", and Lap and Total sharing the rest. */
    GetClientRect(list->window, &client);
    if (client.right > number_width)
    {
        int rest = client.right - number_width;
        SendMessageW(list->window, LVM_SETCOLUMNWIDTH, COLUMN_NUMBER, number_width);
        SendMessageW(list->window, LVM_SETCOLUMNWIDTH, COLUMN_LAP, rest / 2);
        SendMessageW(list->window, LVM_SETCOLUMNWIDTH, COLUMN_TOTAL, rest - rest / 2);
    }
}

void lap_list_show_count(lap_list *list, size_t count)
{
    LRESULT selected;

    if (count == list->shown_count)
        return;
    /* Newest on top: every row moves down, so the selection has to follow its lap, and
     * everything visible is redrawn. A reset (fewer laps) clears the selection. */
    selected = SendMessageW(list->window, LVM_GETNEXTITEM, (WPARAM)-1, LVNI_SELECTED);
    SendMessageW(list->window, LVM_SETITEMCOUNT, (WPARAM)count, LVSICF_NOSCROLL);
    if (selected >= 0)
    {
        LVITEMW item;
        ZeroMemory(&item, sizeof(item));
        item.stateMask = LVIS_SELECTED | LVIS_FOCUSED;
        SendMessageW(list->window, LVM_SETITEMSTATE, (WPARAM)-1, (LPARAM)&item);
        if (count > list->shown_count)
        {
            item.state = LVIS_SELECTED | LVIS_FOCUSED;
            SendMessageW(list->window, LVM_SETITEMSTATE,
                         (WPARAM)selected + (WPARAM)(count - list->shown_count), (LPARAM)&item);
        }
    }
    InvalidateRect(list->window, NULL, FALSE);
    list->shown_count = count;
}

/* The text of one cell: row 0 is the newest lap. */
static void get_cell_text(lap_list *list, LVITEMW *item)
{
    size_t lap_index;
    uint64_t lap_ticks, total_ticks;
    char text[FORMAT_TIME_MAX];
    int i;

    item->pszText[0] = L'\0';
    if (item->iItem < 0 || (size_t)item->iItem >= list->shown_count)
        return;
    lap_index = list->shown_count - 1 - (size_t)item->iItem;
    if (!shared_stopwatch_get_lap(list->shared, lap_index, &lap_ticks, &total_ticks))
        return;
    switch (item->iSubItem)
    {
    case COLUMN_NUMBER:
        _snwprintf(item->pszText, (size_t)item->cchTextMax, L"%llu",
                   (unsigned long long)lap_index + 1);
        item->pszText[item->cchTextMax - 1] = L'\0';
        return;
    case COLUMN_LAP:
        format_time(text, sizeof(text), lap_ticks, list->shared->watch.frequency);
        break;
    default:
        format_time(text, sizeof(text), total_ticks, list->shared->watch.frequency);
        break;
    }
    for (i = 0; text[i] && i < item->cchTextMax - 1; i++)
        item->pszText[i] = (WCHAR)(unsigned char)text[i];
    item->pszText[i] = L'\0';
}

BOOL lap_list_on_notify(lap_list *list, NMHDR *header, LRESULT *result)
{
    if (header->hwndFrom != list->window)
        return FALSE;
    switch (header->code)
    {
    case LVN_GETDISPINFOW:
    {
        LVITEMW *item = &((NMLVDISPINFOW *)header)->item;
        if ((item->mask & LVIF_TEXT) && item->pszText && item->cchTextMax > 0)
            get_cell_text(list, item);
        *result = 0;
        return TRUE;
    }
    default:
        return FALSE;
    }
}
