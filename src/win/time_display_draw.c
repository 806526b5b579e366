/*
 * How the time display is drawn. See time_display_private.h. UI thread only.
 */
#include "time_display_private.h"

#include <wchar.h>


static COLORREF text_color_of(const time_display *display)
{
    return display->text_color != CLR_INVALID ? display->text_color
                                              : GetSysColor(COLOR_WINDOWTEXT);
}

static COLORREF background_color_of(const time_display *display)
{
    return display->background_color != CLR_INVALID ? display->background_color
                                                    : GetSysColor(COLOR_WINDOW);
}

/* The background as a brush; *owned when the caller must delete it. */
static HBRUSH background_brush_of(const time_display *display, BOOL *owned)
{
    HBRUSH brush = NULL;

    *owned = FALSE;
    if (display->background_color != CLR_INVALID)
        brush = CreateSolidBrush(display->background_color);
    if (brush)
        *owned = TRUE;
    else
        brush = GetSysColorBrush(COLOR_WINDOW);
    return brush;
}

/* Width of `text` drawn the way paint_text draws it. */
static int measure_text(HDC dc, const WCHAR *text, int digit_width)
{
    int width = 0;
    SIZE size;

    for (; *text; text++)
    {
        if (*text >= L'0' && *text <= L'9')
            width += digit_width;
        else if (GetTextExtentPoint32W(dc, text, 1, &size))
            width += size.cx;
    }
    return width;
}

static int widest_digit(HDC dc)
{
    int widest = 0;
    WCHAR digit;
    SIZE size;

    for (digit = L'0'; digit <= L'9'; digit++)
        if (GetTextExtentPoint32W(dc, &digit, 1, &size) && size.cx > widest)
            widest = size.cx;
    return widest;
}

static HFONT create_font(int height)
{
    return CreateFontW(-height, 0, 0, 0, FW_NORMAL, FALSE, FALSE, FALSE, DEFAULT_CHARSET,
                       OUT_TT_PRECIS, CLIP_DEFAULT_PRECIS, CLEARTYPE_QUALITY,
                       VARIABLE_PITCH | FF_SWISS, L"Segoe UI");
}

/* Picks the largest font at which the longest likely text fits the client area: measured once
 * at a reference height and scaled, so resizing keeps the display proportional. */
static void fit_font(time_display *display)
{
    enum { REFERENCE_HEIGHT = 100 };
    RECT client;
    HDC dc;
    HFONT reference, old_font;
    TEXTMETRICW metrics;
    int text_width, text_height, width, height, by_width, by_height, size;
    /* Size for the text shown (its digits all take the widest digit's cell, so any time of
     * the same length fits): at least two digits of hours at any precision. */
    const WCHAR *sample = wcslen(display->text) >= 8 ? display->text : L"00:00:00.00";

    GetClientRect(display->window, &client);
    width = client.right - client.left;
    height = client.bottom - client.top;
    if (width <= 0 || height <= 0)
        return;

    dc = GetDC(display->window);
    reference = create_font(REFERENCE_HEIGHT);
    old_font = SelectObject(dc, reference);
    GetTextMetricsW(dc, &metrics);
    text_width = measure_text(dc, sample, widest_digit(dc));
    text_height = metrics.tmAscent - metrics.tmInternalLeading + metrics.tmDescent / 2;
    SelectObject(dc, old_font);
    DeleteObject(reference);

    /* Leave a margin: 92% of the width and 70% of the height. */
    by_width = text_width > 0 ? MulDiv(REFERENCE_HEIGHT, width * 92 / 100, text_width) : 1;
    by_height = text_height > 0 ? MulDiv(REFERENCE_HEIGHT, height * 70 / 100, text_height) : 1;
    size = by_width < by_height ? by_width : by_height;
    if (size < 8)
        size = 8;

    glyph_cache_discard(&display->glyphs);
    if (display->font)
        DeleteObject(display->font);
    display->font = create_font(size);
    old_font = SelectObject(dc, display->font);
    display->digit_width = widest_digit(dc);
    SelectObject(dc, old_font);
    ReleaseDC(display->window, dc);
}

/* The cells of the current text, centred in the client area as paint_text draws them. */
static void layout_cells(time_display *display)
{
    RECT client;
    HDC dc;
    HFONT old_font;
    TEXTMETRICW metrics;
    const WCHAR *character;
    int x, i = 0;
    SIZE size;

    GetClientRect(display->window, &client);
    dc = GetDC(display->window);
    if (!dc)
        return;
    old_font = SelectObject(dc, display->font);
    GetTextMetricsW(dc, &metrics);
    x = (client.right - measure_text(dc, display->text, display->digit_width)) / 2;
    /* Centre the digits (ascent without the internal leading), not the whole cell. */
    display->text_top = (client.bottom - (metrics.tmAscent + metrics.tmInternalLeading)) / 2;
    display->band_height = metrics.tmHeight;
    for (character = display->text; *character && i < FORMAT_TIME_MAX; character++, i++)
    {
        display->cells[i] = x;
        if (*character >= L'0' && *character <= L'9')
            x += display->digit_width;
        else if (GetTextExtentPoint32W(dc, character, 1, &size))
            x += size.cx;
    }
    display->cells[i] = x;
    SelectObject(dc, old_font);
    ReleaseDC(display->window, dc);
}

/* Draws the characters whose cells meet `area` (client coordinates). */
static void paint_text(time_display *display, HDC dc, const RECT *area)
{
    HFONT old_font = SelectObject(dc, display->font);
    int i;

    SetBkMode(dc, TRANSPARENT);
    SetTextColor(dc, text_color_of(display));
    SetTextAlign(dc, TA_LEFT | TA_TOP);
    for (i = 0; display->text[i] && i < FORMAT_TIME_MAX; i++)
    {
        int left = display->cells[i], right = display->cells[i + 1];

        if (right < area->left || left > area->right)
            continue; /* not in this paint */
        glyph_draw_character(dc, display->text[i], left, display->text_top, display->digit_width);
    }
    SelectObject(dc, old_font);
}

/* A frame from the glyph cache: each character's cell copied in one piece, the background
 * around the text filled once; nothing drawn twice, so no buffer is needed against flicker.
 * FALSE when the cache cannot serve (a character it lacks, or GDI out of resources). */
static BOOL paint_from_cache(time_display *display, HDC dc, const RECT *area, HBRUSH background)
{
    int i, saved, length = (int)wcslen(display->text);
    int top = display->text_top, bottom = display->text_top + display->band_height;

    if (length == 0 || (GetWindowLongPtrW(display->window, GWL_STYLE) & TIME_DISPLAY_DRAW_DIRECT) ||
        !glyph_cache_ensure(&display->glyphs, display->text, dc, display->font,
                            display->digit_width, display->band_height, text_color_of(display),
                            background_color_of(display)))
        return FALSE;
    saved = SaveDC(dc);
    if (!saved)
        return FALSE;
    ExcludeClipRect(dc, display->cells[0], top, display->cells[length], bottom);
    FillRect(dc, area, background);
    RestoreDC(dc, saved);
    if (bottom <= area->top || top >= area->bottom)
        return TRUE;
    for (i = 0; i < length; i++)
    {
        int left = display->cells[i], right = display->cells[i + 1];
        if (right > area->left && left < area->right)
            glyph_cache_copy(&display->glyphs, dc, display->text[i], left, top, right - left);
    }
    return TRUE;
}

/* From the glyph cache when it can; otherwise double-buffered so sixty frames a second do not
 * flicker, in a bitmap the size of what needs painting (usually a digit or two). */
void time_display_paint(time_display *display)
{
    PAINTSTRUCT paint;
    HDC dc = BeginPaint(display->window, &paint);
    const RECT *area = &paint.rcPaint;
    int width = area->right - area->left, height = area->bottom - area->top;
    HDC memory_dc;
    HBITMAP bitmap = NULL, old_bitmap;
    BOOL owned;
    HBRUSH background;

    if (width <= 0 || height <= 0)
    {
        EndPaint(display->window, &paint);
        return;
    }
    background = background_brush_of(display, &owned);
    if (paint_from_cache(display, dc, area, background))
    {
        if (owned)
            DeleteObject(background);
        EndPaint(display->window, &paint);
        return;
    }
    memory_dc = CreateCompatibleDC(dc);
    if (memory_dc)
        bitmap = CreateCompatibleBitmap(dc, width, height);
    if (bitmap)
    {
        old_bitmap = SelectObject(memory_dc, bitmap);
        /* The bitmap's origin is the paint area's corner. */
        SetViewportOrgEx(memory_dc, -area->left, -area->top, NULL);
        FillRect(memory_dc, area, background);
        paint_text(display, memory_dc, area);
        SetViewportOrgEx(memory_dc, 0, 0, NULL);
        BitBlt(dc, area->left, area->top, width, height, memory_dc, 0, 0, SRCCOPY);
        SelectObject(memory_dc, old_bitmap);
        DeleteObject(bitmap);
    }
    else
    {
        FillRect(dc, area, background);
        paint_text(display, dc, area);
    }
    if (memory_dc)
        DeleteDC(memory_dc);
    if (owned)
        DeleteObject(background);
    EndPaint(display->window, &paint);
}

void time_display_fit(time_display *display)
{
    fit_font(display);
    layout_cells(display);
}
