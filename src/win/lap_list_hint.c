/*
 * The empty list's hint. See lap_list_hint.h.
 */
#include "lap_list_hint.h"

#include "theme.h"

#include <commctrl.h>
#include <stdlib.h>
#include <wchar.h>

enum { HINT_SUBCLASS_ID = 1 };

/* The text colour halfway to the background: quiet, but readable. */
static COLORREF quiet_color(HWND list)
{
    COLORREF text = (COLORREF)SendMessageW(list, LVM_GETTEXTCOLOR, 0, 0);
    COLORREF background = (COLORREF)SendMessageW(list, LVM_GETBKCOLOR, 0, 0);

    if (text == CLR_DEFAULT || text == CLR_NONE)
        text = GetSysColor(COLOR_WINDOWTEXT);
    if (background == CLR_DEFAULT || background == CLR_NONE)
        background = GetSysColor(COLOR_WINDOW);
    return RGB((GetRValue(text) * 3 + GetRValue(background) * 2) / 5,
               (GetGValue(text) * 3 + GetGValue(background) * 2) / 5,
               (GetBValue(text) * 3 + GetBValue(background) * 2) / 5);
}

static void paint_hint(HWND list, const WCHAR *text)
{
    HWND header = (HWND)SendMessageW(list, LVM_GETHEADER, 0, 0);
    RECT client, header_rect;
    HDC dc = GetDC(list);
    HFONT old_font;

    if (!dc)
        return;
    GetClientRect(list, &client);
    if (header && IsWindowVisible(header) && GetWindowRect(header, &header_rect))
        client.top += header_rect.bottom - header_rect.top;
    InflateRect(&client, -8, -8);
    client.top += 16;
    old_font = SelectObject(dc, (HFONT)SendMessageW(list, WM_GETFONT, 0, 0));
    SetBkMode(dc, TRANSPARENT);
    /* In high contrast, the system's grey text, as the theme defines it. */
    SetTextColor(dc, theme_high_contrast_is_on() ? GetSysColor(COLOR_GRAYTEXT)
                                                 : quiet_color(list));
    DrawTextW(dc, text, -1, &client, DT_CENTER | DT_TOP | DT_WORDBREAK | DT_NOPREFIX);
    SelectObject(dc, old_font);
    ReleaseDC(list, dc);
}

static LRESULT CALLBACK hint_proc(HWND list, UINT message, WPARAM wparam, LPARAM lparam,
                                  UINT_PTR id, DWORD_PTR data)
{
    WCHAR *text = (WCHAR *)data;
    LRESULT result;

    switch (message)
    {
    case WM_PAINT:
        result = DefSubclassProc(list, message, wparam, lparam);
        if (SendMessageW(list, LVM_GETITEMCOUNT, 0, 0) == 0)
            paint_hint(list, text);
        return result;
    case WM_SIZE:
        /* The hint is centred: a new width moves all of it. */
        InvalidateRect(list, NULL, TRUE);
        break;
    case WM_NCDESTROY:
        RemoveWindowSubclass(list, hint_proc, id);
        free(text);
        break;
    }
    return DefSubclassProc(list, message, wparam, lparam);
}

BOOL lap_list_hint_attach(HWND list, const WCHAR *text)
{
    WCHAR *copy = _wcsdup(text);

    if (!copy)
        return FALSE;
    if (!SetWindowSubclass(list, hint_proc, HINT_SUBCLASS_ID, (DWORD_PTR)copy))
    {
        free(copy);
        return FALSE;
    }
    return TRUE;
}
