/*
 * The lap list. See lap_list.h.
 */
#include "lap_list.h"

#include <commctrl.h>
#include <stdlib.h>
#include <wchar.h>

#include "dpi.h"
#include "lapwing/history_text.h"
#include "lapwing/ticks.h"
#include "resource.h"
#include "theme.h"
#include "ui_text.h"
#include "utf8.h"

enum
{
    CELL_PADDING = 14,      /* at 96 DPI: the list view's own margins around a cell's text */
    NOTE_MIN_WIDTH = 80,
    /* The list's own column after the core's: "▲ best" or "▼ worst". It is the last column
     * by index, so #, Lap, Total, Δ and Note keep the indexes other tools read them by, and it
     * is shown right after # (LVM_SETCOLUMNORDERARRAY). */
    COLUMN_MARK = LAP_COLUMN_COUNT,
    COLUMN_COUNT,
    /* vs best, while a past run compares (lap_list_set_comparison): last by index too, shown
     * after Δ. */
    COLUMN_VS_BEST = COLUMN_COUNT,
    COLUMN_ALL
};

static const UINT column_names[COLUMN_COUNT] = { IDS_COLUMN_NUMBER, IDS_COLUMN_LAP,
                                                 IDS_COLUMN_TOTAL,  IDS_COLUMN_DELTA,
                                                 IDS_COLUMN_NOTE,   IDS_COLUMN_MARK };
static const int column_order[COLUMN_COUNT] = { LAP_COLUMN_NUMBER, COLUMN_MARK,
                                                LAP_COLUMN_LAP,    LAP_COLUMN_TOTAL,
                                                LAP_COLUMN_DELTA,  LAP_COLUMN_NOTE };
static const int column_order_comparing[COLUMN_ALL] = {
    LAP_COLUMN_NUMBER, COLUMN_MARK, LAP_COLUMN_LAP, LAP_COLUMN_TOTAL, LAP_COLUMN_DELTA,
    COLUMN_VS_BEST,    LAP_COLUMN_NOTE
};

/* The columns there are now. */
static int column_count(const lap_list *list)
{
    return list->comparing ? COLUMN_ALL : COLUMN_COUNT;
}

/* Typed letters would move the selection (the list view's incremental search) and fight the
 * stopwatch's keys: the list takes no characters. */
static LRESULT CALLBACK list_subclass(HWND window, UINT message, WPARAM wparam, LPARAM lparam,
                                      UINT_PTR id, DWORD_PTR data)
{
    (void)id;
    (void)data;
    if (message == WM_CHAR)
        return 0;
    if (message == WM_NCDESTROY)
        RemoveWindowSubclass(window, list_subclass, 0);
    return DefSubclassProc(window, message, wparam, lparam);
}

BOOL lap_list_create(lap_list *list, HWND parent, UINT id, shared_stopwatch *shared)
{
    WCHAR name[64];

    list->shared = shared;
    list->history = NULL;
    list->best = NULL;
    list->comparing = FALSE;
    list->shown_count = 0;
    list->fitted_width = -1;
    list->needed_digits = 0;
    list->columns_inserted = FALSE;
    list->dpi = 96;
    /* Named, so that a screen reader that finds no label still says what the list is. */
    ui_text_load(IDS_LAP_LIST_NAME, name, ARRAYSIZE(name));
    list->window = CreateWindowExW(
        WS_EX_CLIENTEDGE, WC_LISTVIEWW, name,
        WS_CHILD | WS_VISIBLE | WS_TABSTOP | LVS_REPORT | LVS_OWNERDATA | LVS_SHOWSELALWAYS |
            LVS_NOSORTHEADER,
        0, 0, 0, 0, parent, (HMENU)(UINT_PTR)id, GetModuleHandleW(NULL), NULL);
    if (!list->window)
        return FALSE;
    SendMessageW(list->window, LVM_SETEXTENDEDLISTVIEWSTYLE,
                 LVS_EX_FULLROWSELECT | LVS_EX_DOUBLEBUFFER | LVS_EX_LABELTIP,
                 LVS_EX_FULLROWSELECT | LVS_EX_DOUBLEBUFFER | LVS_EX_LABELTIP);
    SetWindowSubclass(list->window, list_subclass, 0, 0);
    return TRUE;
}

void lap_list_set_font(lap_list *list, HFONT font, UINT dpi)
{
    list->dpi = dpi;
    list->needed_digits = 0; /* measured again in the new font */
    SendMessageW(list->window, WM_SETFONT, (WPARAM)font, FALSE);
    lap_list_fit_columns(list, TRUE);
}

/* What each column's widest text needs in the list's font, padding included, for lap numbers
 * of `digits` digits (at least three): measured in one device context, as the list view's own
 * LVM_GETSTRINGWIDTH measures (its font in a DC of the list). */
static void measure_columns(lap_list *list, int digits)
{
    static const WCHAR *const time_sample = L"000:00:00.00";
    static const WCHAR *const delta_sample = L"\x2212" L"00:00.00";
    WCHAR number[24] = L"000", sample[64];
    int padding = dpi_scale(CELL_PADDING, list->dpi), i;
    HDC dc = GetDC(list->window);
    HGDIOBJ old_font = NULL;
    SIZE size = { 0, 0 };

#define TEXT_WIDTH(text)                                                                        \
    (dc && GetTextExtentPoint32W(dc, (text), (int)wcslen(text), &size) ? size.cx + padding      \
                                                                        : padding)
    if (dc)
        old_font = SelectObject(dc, (HGDIOBJ)SendMessageW(list->window, WM_GETFONT, 0, 0));
    for (i = 3; i < digits && i < 20; i++)
        number[i] = L'0';
    number[i] = L'\0';
    list->needed[LAP_COLUMN_NUMBER] = TEXT_WIDTH(number);
    ui_text_load(IDS_MARK_WORST, sample, ARRAYSIZE(sample));
    list->needed[COLUMN_MARK] = TEXT_WIDTH(sample);
    ui_text_load(IDS_MARK_BEST, sample, ARRAYSIZE(sample));
    if (TEXT_WIDTH(sample) > list->needed[COLUMN_MARK])
        list->needed[COLUMN_MARK] = size.cx + padding;
    list->needed[LAP_COLUMN_LAP] = TEXT_WIDTH(time_sample);
    list->needed[LAP_COLUMN_TOTAL] = list->needed[LAP_COLUMN_LAP];
    list->needed[LAP_COLUMN_DELTA] = TEXT_WIDTH(delta_sample);
    list->needed[COLUMN_VS_BEST] = list->needed[LAP_COLUMN_DELTA];
    list->needed[LAP_COLUMN_NOTE] = 0;
    /* No column narrower than its own header. */
    for (i = 0; i < COLUMN_ALL; i++)
    {
        ui_text_load(i == COLUMN_VS_BEST ? IDS_COLUMN_VS_BEST : column_names[i], sample,
                     ARRAYSIZE(sample));
        if (i != LAP_COLUMN_NOTE && TEXT_WIDTH(sample) > list->needed[i])
            list->needed[i] = size.cx + padding;
    }
#undef TEXT_WIDTH
    if (dc)
    {
        SelectObject(dc, old_font);
        ReleaseDC(list->window, dc);
    }
    list->needed_digits = digits;
}

/* The digits of the largest lap number shown, at least three. */
static int number_digits(size_t count)
{
    int digits = 0;

    for (; count; count /= 10)
        digits++;
    return digits < 3 ? 3 : digits;
}

/* Column `i` inserted `width` wide. */
static BOOL insert_column(lap_list *list, int i, int width)
{
    WCHAR text[64];
    LVCOLUMNW column;

    ui_text_load(i == COLUMN_VS_BEST ? IDS_COLUMN_VS_BEST : column_names[i], text,
                 ARRAYSIZE(text));
    ZeroMemory(&column, sizeof(column));
    column.mask = LVCF_TEXT | LVCF_WIDTH | LVCF_FMT | LVCF_SUBITEM;
    column.fmt = i == LAP_COLUMN_NUMBER || i == LAP_COLUMN_NOTE || i == COLUMN_MARK
                     ? LVCFMT_LEFT
                     : LVCFMT_RIGHT;
    column.cx = width;
    column.pszText = text;
    column.iSubItem = i;
    return SendMessageW(list->window, LVM_INSERTCOLUMNW, (WPARAM)i, (LPARAM)&column) >= 0;
}

void lap_list_fit_columns(lap_list *list, BOOL force)
{
    RECT client;
    int widths[COLUMN_ALL], used = 0, i, width, note_min, digits;

    GetClientRect(list->window, &client);
    width = client.right;
    /* No width yet (before the first layout, or hidden by mini mode): no columns yet. */
    if (width <= 0 || (!force && width == list->fitted_width))
        return;
    list->fitted_width = width;
    /* What each column's widest text needs; the rest goes to the note. The number needs as
     * many digits as the most laps shown so far (at least three). */
    digits = number_digits(list->shown_count);
    if (list->needed_digits != digits)
        measure_columns(list, digits);
    for (i = 0; i < column_count(list); i++)
    {
        widths[i] = list->needed[i];
        if (i != LAP_COLUMN_NOTE)
            used += widths[i];
    }
    note_min = dpi_scale(NOTE_MIN_WIDTH, list->dpi);
    widths[LAP_COLUMN_NOTE] = width - used;
    if (widths[LAP_COLUMN_NOTE] < note_min)
    {
        /* A narrow window: the times give up what the note needs, equally. */
        int short_by = note_min - widths[LAP_COLUMN_NOTE];
        widths[LAP_COLUMN_LAP] -= short_by / 3;
        widths[LAP_COLUMN_TOTAL] -= short_by / 3;
        widths[LAP_COLUMN_DELTA] -= short_by - 2 * (short_by / 3);
        widths[LAP_COLUMN_NOTE] = note_min;
    }
    /* The columns are made here, at their widths, the first time: a width changed afterwards
     * costs a header change and a repaint each. Then only what changed. */
    for (i = 0; i < column_count(list); i++)
    {
        if (widths[i] < 0)
            widths[i] = 0;
        if (!list->columns_inserted)
            insert_column(list, i, widths[i]);
        else if (SendMessageW(list->window, LVM_GETCOLUMNWIDTH, (WPARAM)i, 0) != widths[i])
            SendMessageW(list->window, LVM_SETCOLUMNWIDTH, (WPARAM)i, widths[i]);
    }
    if (!list->columns_inserted)
    {
        list->columns_inserted = TRUE;
        SendMessageW(list->window, LVM_SETCOLUMNORDERARRAY, (WPARAM)column_count(list),
                     (LPARAM)(list->comparing ? column_order_comparing : column_order));
    }
}

int lap_list_row_of(const lap_list *list, size_t index)
{
    return (int)(list->shown_count - 1 - index);
}

size_t lap_list_lap_of(const lap_list *list, int row)
{
    return list->shown_count - 1 - (size_t)row;
}

void lap_list_show_count(lap_list *list, size_t count)
{
    size_t old_count = list->shown_count;
    int top, *selected = NULL, selected_count = 0, row;
    BOOL grew = count > old_count;

    if (count == old_count)
        return;
    top = (int)SendMessageW(list->window, LVM_GETTOPINDEX, 0, 0);
    /* Newest on top: rows move down as laps are added, so remember the selection by row and
     * move it along. A reset or an undo (fewer laps) keeps the rows that remain. */
    if (grew && old_count)
    {
        int total = (int)SendMessageW(list->window, LVM_GETSELECTEDCOUNT, 0, 0);
        if (total > 0 && (selected = malloc((size_t)total * sizeof(int))) != NULL)
        {
            row = -1;
            while (selected_count < total &&
                   (row = (int)SendMessageW(list->window, LVM_GETNEXTITEM, (WPARAM)row,
                                            LVNI_SELECTED)) >= 0)
                selected[selected_count++] = row;
        }
    }
    SendMessageW(list->window, LVM_SETITEMCOUNT, (WPARAM)count, LVSICF_NOSCROLL);
    list->shown_count = count;
    if (selected)
    {
        LVITEMW item;
        int shift = (int)(count - old_count), i;

        ZeroMemory(&item, sizeof(item));
        item.stateMask = LVIS_SELECTED | LVIS_FOCUSED;
        SendMessageW(list->window, LVM_SETITEMSTATE, (WPARAM)-1, (LPARAM)&item);
        item.state = LVIS_SELECTED;
        for (i = 0; i < selected_count; i++)
            SendMessageW(list->window, LVM_SETITEMSTATE, (WPARAM)(selected[i] + shift),
                         (LPARAM)&item);
        free(selected);
    }
    /* Someone reading older laps further down keeps their place; at the top, the newest lap
     * stays in view. */
    if (grew && top > 0)
    {
        RECT row_rect;
        row_rect.left = LVIR_BOUNDS;
        if (SendMessageW(list->window, LVM_GETITEMRECT, 0, (LPARAM)&row_rect))
            SendMessageW(list->window, LVM_SCROLL, 0,
                         (LPARAM)((int)(count - old_count) * (row_rect.bottom - row_rect.top)));
    }
    InvalidateRect(list->window, NULL, FALSE);
    /* The scroll bar may have come or gone; the numbers may have gained a digit. */
    lap_list_fit_columns(list, number_digits(count) != number_digits(old_count));
}

void lap_list_refresh(lap_list *list)
{
    InvalidateRect(list->window, NULL, FALSE);
}

size_t lap_list_selected_count(lap_list *list)
{
    LRESULT count = SendMessageW(list->window, LVM_GETSELECTEDCOUNT, 0, 0);
    return count > 0 ? (size_t)count : 0;
}

size_t *lap_list_selected_laps(lap_list *list, size_t *count)
{
    size_t total = lap_list_selected_count(list), found = 0;
    size_t *indexes;
    int row = -1;

    *count = 0;
    if (!total || (indexes = malloc(total * sizeof(size_t))) == NULL)
        return NULL;
    while (found < total &&
           (row = (int)SendMessageW(list->window, LVM_GETNEXTITEM, (WPARAM)row,
                                    LVNI_SELECTED)) >= 0)
        if ((size_t)row < list->shown_count)
            indexes[found++] = lap_list_lap_of(list, row);
    /* Rows run newest first: turn them around so the laps read oldest first. */
    for (row = 0; (size_t)row < found / 2; row++)
    {
        size_t swap = indexes[row];
        indexes[row] = indexes[found - 1 - (size_t)row];
        indexes[found - 1 - (size_t)row] = swap;
    }
    *count = found;
    return indexes;
}

void lap_list_select_all(lap_list *list)
{
    LVITEMW item;

    ZeroMemory(&item, sizeof(item));
    item.stateMask = LVIS_SELECTED;
    item.state = LVIS_SELECTED;
    SendMessageW(list->window, LVM_SETITEMSTATE, (WPARAM)-1, (LPARAM)&item);
}

/* Lap `index` against the compared run at the same lap: "+1.25", "−0.50", or empty. */
static void vs_best_text(lap_list *list, size_t index, WCHAR *wide, int size)
{
    char text[64];
    uint64_t lap_ticks, total;

    if (!list->best || !shared_stopwatch_get_lap(list->shared, index, &lap_ticks, &total))
        return;
    history_text_vs_best(text, sizeof(text), list->best, list->history, index + 1,
                         ticks_to_units(total, shared_stopwatch_frequency(list->shared),
                                        HISTORY_TEXT_UNITS_PER_SECOND),
                         "\xE2\x88\x92");
    if (!MultiByteToWideChar(CP_UTF8, 0, text, -1, wide, size))
        wide[0] = L'\0';
}

void lap_list_set_comparison(lap_list *list, const history *history, const history_best *best)
{
    BOOL wanted = best && (best->length || best->picked != SIZE_MAX);

    list->history = history;
    list->best = best;
    if (!list->columns_inserted)
        list->comparing = wanted; /* the first fit makes the columns */
    else if (wanted && !list->comparing)
    {
        if (!insert_column(list, COLUMN_VS_BEST, 80))
            return;
        list->comparing = TRUE;
        SendMessageW(list->window, LVM_SETCOLUMNORDERARRAY, COLUMN_ALL,
                     (LPARAM)column_order_comparing);
        lap_list_fit_columns(list, TRUE);
    }
    else if (!wanted && list->comparing)
    {
        SendMessageW(list->window, LVM_DELETECOLUMN, COLUMN_VS_BEST, 0);
        list->comparing = FALSE;
        SendMessageW(list->window, LVM_SETCOLUMNORDERARRAY, COLUMN_COUNT, (LPARAM)column_order);
        lap_list_fit_columns(list, TRUE);
    }
    lap_list_refresh(list);
}

/* The text of one cell: row 0 is the newest lap. */
static void get_cell_text(lap_list *list, LVITEMW *item)
{
    char text[LAP_TEXT_CELL_MAX];
    lap_mark mark = LAP_MARK_NONE;
    lap_column column = item->iSubItem == COLUMN_MARK ? LAP_COLUMN_NUMBER
                                                      : (lap_column)item->iSubItem;
    WCHAR *wide;

    item->pszText[0] = L'\0';
    if (item->iItem < 0 || (size_t)item->iItem >= list->shown_count || item->iSubItem < 0 ||
        item->iSubItem >= column_count(list))
        return;
    if (item->iSubItem == COLUMN_VS_BEST)
    {
        vs_best_text(list, lap_list_lap_of(list, item->iItem), item->pszText, item->cchTextMax);
        return;
    }
    if (!shared_stopwatch_lap_cell(list->shared, lap_list_lap_of(list, item->iItem), column,
                                   text, sizeof(text), &mark))
        return;
    if (item->iSubItem == COLUMN_MARK)
    {
        WCHAR word[64];
        char *utf8;
        size_t length;

        if (mark != LAP_MARK_NONE)
            ui_text_load(mark == LAP_MARK_BEST ? IDS_MARK_BEST : IDS_MARK_WORST, item->pszText,
                         item->cchTextMax);
        /* A correction is never hidden: "corrected +1:00.00", after best or worst. */
        ui_text_load(IDS_MARK_CORRECTED, word, ARRAYSIZE(word));
        utf8 = utf8_from_wide(word);
        length = utf8 ? shared_stopwatch_lap_correction(list->shared,
                                                        lap_list_lap_of(list, item->iItem),
                                                        text, sizeof(text), utf8)
                      : 0;
        free(utf8);
        if (length && (wide = utf8_to_wide(text)) != NULL)
        {
            size_t used = wcslen(item->pszText);
            if (used && used + 2 < (size_t)item->cchTextMax)
                wcscat(item->pszText, L", "), used += 2;
            lstrcpynW(item->pszText + used, wide, item->cchTextMax - (int)used);
            free(wide);
        }
        return;
    }
    wide = utf8_to_wide(text);
    if (wide)
        lstrcpynW(item->pszText, wide, item->cchTextMax);
    free(wide);
}

/* A colour for the marked laps chosen against the list's own background (the theme's), so it reads
 * on light and dark alike; the text colour of every other row stays the system's. */
static COLORREF mark_colour(const lap_list *list, lap_mark mark)
{
    COLORREF background = (COLORREF)SendMessageW(list->window, LVM_GETBKCOLOR, 0, 0);
    BOOL dark = GetRValue(background) + GetGValue(background) + GetBValue(background) < 3 * 128;

    /* Green and red of a strength that keeps 4.5:1 contrast on a light or a dark background. */
    if (mark == LAP_MARK_BEST)
        return dark ? RGB(110, 220, 120) : RGB(0, 120, 40);
    return dark ? RGB(255, 130, 120) : RGB(190, 25, 25);
}

static LRESULT on_custom_draw(lap_list *list, NMLVCUSTOMDRAW *draw)
{
    char text[8];
    lap_mark mark = LAP_MARK_NONE;

    switch (draw->nmcd.dwDrawStage)
    {
    case CDDS_PREPAINT:
        return theme_high_contrast_is_on() ? CDRF_DODEFAULT : CDRF_NOTIFYITEMDRAW;
    case CDDS_ITEMPREPAINT:
        if (draw->nmcd.dwItemSpec < list->shown_count &&
            shared_stopwatch_lap_cell(list->shared,
                                      lap_list_lap_of(list, (int)draw->nmcd.dwItemSpec),
                                      LAP_COLUMN_NUMBER, text, sizeof(text), &mark) &&
            mark != LAP_MARK_NONE)
        {
            draw->clrText = mark_colour(list, mark);
            return CDRF_NEWFONT;
        }
        return CDRF_DODEFAULT;
    default:
        return CDRF_DODEFAULT;
    }
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
    case NM_CUSTOMDRAW:
        *result = on_custom_draw(list, (NMLVCUSTOMDRAW *)header);
        return TRUE;
    case NM_SETFOCUS:
        /* Tabbing in shows where the keyboard is: the newest lap gets the focus rectangle
         * (not the selection) when no row has it yet. */
        if (list->shown_count &&
            SendMessageW(list->window, LVM_GETNEXTITEM, (WPARAM)-1, LVNI_FOCUSED) < 0)
        {
            LVITEMW item;
            ZeroMemory(&item, sizeof(item));
            item.stateMask = LVIS_FOCUSED;
            item.state = LVIS_FOCUSED;
            SendMessageW(list->window, LVM_SETITEMSTATE, 0, (LPARAM)&item);
        }
        *result = 0;
        return TRUE;
    default:
        return FALSE;
    }
}
