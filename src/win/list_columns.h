/*
 * A dialog's report list view given its columns: names from the string table, each a share of
 * the list's width (the vertical scroll bar left out), left-aligned or right-aligned (times and
 * numbers). A leaf. UI thread only.
 */
#ifndef LAPWING_LIST_COLUMNS_H
#define LAPWING_LIST_COLUMNS_H

#include <windows.h>

typedef struct list_column
{
    UINT name;      /* IDS_ */
    int share;      /* per cent of the width */
    BOOL left;      /* text (left) or a number or time (right) */
} list_column;

/* Full-row selection, double buffering, and the `count` columns. */
void list_columns_add(HWND list, const list_column *columns, int count);

#endif
