/*
 * The lap list: a standard SysListView32 in report view whose item count is the number of laps
 * (no extra rows), newest on top, read by screen readers like any list view. It is virtual
 * (LVS_OWNERDATA): rows are formatted only when shown, so a million laps cost nothing here.
 * UI thread only; it reads the laps from the shared stopwatch.
 */
#ifndef LAPWING_LAP_LIST_H
#define LAPWING_LAP_LIST_H

#include <windows.h>

#include "shared_stopwatch.h"

typedef struct lap_list
{
    HWND window;
    shared_stopwatch *shared;
    size_t shown_count;     /* the item count the list has been given */
} lap_list;

/* Creates the list view as child `id` of `parent`, with its columns. FALSE on failure. */
BOOL lap_list_create(lap_list *list, HWND parent, UINT id, shared_stopwatch *shared);
void lap_list_set_font(lap_list *list, HFONT font);
/* Shares the list's width among its columns, at `dpi`. */
void lap_list_fit_columns(lap_list *list, UINT dpi);
/* Shows `count` laps; the selection stays on its lap as new laps push it down. */
void lap_list_show_count(lap_list *list, size_t count);
/* Handles the list's WM_NOTIFY; FALSE when `header` is not the list's (or not handled). */
BOOL lap_list_on_notify(lap_list *list, NMHDR *header, LRESULT *result);

#endif
