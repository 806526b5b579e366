/*
 * The lap list: a standard SysListView32 in report view whose item count is the number of laps
 * (no extra rows), newest on top, read by screen readers like any list view. It is virtual
 * (LVS_OWNERDATA): rows are formatted only when shown, so a million laps cost nothing here.
 *
 * Columns: #, Lap, Total, Δ, Note, and Mark, shown after #, and vs best after Δ while a past
 * run compares. The best and worst laps are marked
 * in words in Mark ("▲ best") and in colour (NM_CUSTOMDRAW), never by colour alone; in high
 * contrast only the words. Widths follow the list's client width whenever it changes (the vertical scroll bar
 * included), the time columns capped at what their text needs, the rest going to Note.
 *
 * UI thread only; it reads the laps from the shared stopwatch.
 */
#ifndef LAPWING_LAP_LIST_H
#define LAPWING_LAP_LIST_H

#include <windows.h>

#include "lapwing/history.h"
#include "shared_stopwatch.h"

typedef struct lap_list
{
    HWND window;
    shared_stopwatch *shared;
    size_t shown_count;     /* the item count the list has been given */
    int fitted_width;       /* the client width the columns were last fitted to */
    UINT dpi;
    /* The vs best column's run to compare with, read only (the app's); NULL: none. */
    const history *history;
    const history_best *best;
    BOOL comparing;         /* the column is there */
    /* What each column's widest text needs in the list's font, measured once per font and
     * number of digits (each measure through the list view is a round trip to its DC). */
    int needed[8];
    int needed_digits;      /* the lap number's digits they were measured for; 0: not yet */
    BOOL columns_inserted;  /* the columns are made at the first fit, at their widths */
} lap_list;

/* Creates the list view as child `id` of `parent`, with its columns. FALSE on failure. */
BOOL lap_list_create(lap_list *list, HWND parent, UINT id, shared_stopwatch *shared);
void lap_list_set_font(lap_list *list, HFONT font, UINT dpi);
/* Shares the list's width among its columns (when it changed, or always if `force`). */
void lap_list_fit_columns(lap_list *list, BOOL force);
/* Shows `count` laps. Newest on top: the selection stays on its laps as new laps push them
 * down, and the view stays where the user scrolled to unless they were at the top. */
void lap_list_show_count(lap_list *list, size_t count);
/* Compares the laps with the past runs in `best` (a vs best column after Δ, while there is
 * a run to compare with; none without); redraws. Call again whenever they change. */
void lap_list_set_comparison(lap_list *list, const history *history, const history_best *best);
/* Redraws the visible rows (a note or a mark changed). */
void lap_list_refresh(lap_list *list);

/* The selected laps' indexes (0 = the first lap), oldest first, malloc'd; *count of them.
 * NULL with *count 0 when none is selected (or out of memory). */
size_t *lap_list_selected_laps(lap_list *list, size_t *count);
size_t lap_list_selected_count(lap_list *list);
void lap_list_select_all(lap_list *list);
/* The row of lap `index`, and back. */
int lap_list_row_of(const lap_list *list, size_t index);
size_t lap_list_lap_of(const lap_list *list, int row);

/* Handles the list's WM_NOTIFY; FALSE when `header` is not the list's (or not handled). */
BOOL lap_list_on_notify(lap_list *list, NMHDR *header, LRESULT *result);

#endif
