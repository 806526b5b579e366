/*
 * A list view's columns. See list_columns.h.
 */
#include "list_columns.h"

#include <commctrl.h>

#include "ui_text.h"

void list_columns_add(HWND list, const list_column *columns, int count)
{
    WCHAR name[64];
    LVCOLUMNW column;
    RECT area;
    int i;

    ListView_SetExtendedListViewStyle(list, LVS_EX_FULLROWSELECT | LVS_EX_DOUBLEBUFFER);
    GetClientRect(list, &area);
    for (i = 0; i < count; i++)
    {
        ZeroMemory(&column, sizeof(column));
        column.mask = LVCF_TEXT | LVCF_WIDTH | LVCF_FMT;
        column.fmt = columns[i].left ? LVCFMT_LEFT : LVCFMT_RIGHT;
        ui_text_load(columns[i].name, name, ARRAYSIZE(name));
        column.pszText = name;
        column.cx = (area.right - GetSystemMetrics(SM_CXVSCROLL)) * columns[i].share / 100;
        ListView_InsertColumn(list, i, &column);
    }
}
