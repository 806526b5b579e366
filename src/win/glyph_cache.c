/*
 * The time display's glyph cache. See glyph_cache.h.
 */
#include "glyph_cache.h"

#include <wchar.h>

static int slot_of(const glyph_cache *cache, WCHAR character)
{
    const WCHAR *found = character ? wcschr(cache->characters, character) : NULL;
    return found ? (int)(found - cache->characters) : -1;
}

void glyph_draw_character(HDC dc, WCHAR character, int x, int y, int digit_width)
{
    SIZE size;

    if (character >= L'0' && character <= L'9' && GetTextExtentPoint32W(dc, &character, 1, &size))
        x += (digit_width - size.cx) / 2;
    TextOutW(dc, x, y, &character, 1);
}

BOOL glyph_cache_covers(const glyph_cache *cache, const WCHAR *text)
{
    if (!cache->dc)
        return FALSE;
    for (; *text; text++)
        if (slot_of(cache, *text) < 0)
            return FALSE;
    return TRUE;
}

BOOL glyph_cache_ensure(glyph_cache *cache, const WCHAR *text, HDC reference, HFONT font,
                        int digit_width, int height, COLORREF text_color,
                        COLORREF background_color)
{
    WCHAR characters[GLYPH_CACHE_MAX + 1];
    size_t count;
    HFONT old_font;
    RECT all;
    int slot, slots, slot_width = digit_width;
    SIZE size;

    HBRUSH background;

    if (cache->dc && (cache->font != font || cache->digit_width != digit_width ||
                      cache->height != height || cache->text_color != text_color ||
                      cache->background_color != background_color))
        glyph_cache_discard(cache);
    if (glyph_cache_covers(cache, text))
        return TRUE;
    if (height <= 0 || digit_width <= 0)
        return FALSE;
    /* What it held, or a time's characters, and the text's new ones. */
    lstrcpynW(characters, cache->dc ? cache->characters : L"0123456789:.", GLYPH_CACHE_MAX + 1);
    count = wcslen(characters);
    for (; *text; text++)
        if (!wcschr(characters, *text))
        {
            if (count == GLYPH_CACHE_MAX)
                return FALSE;
            characters[count++] = *text;
            characters[count] = L'\0';
        }
    glyph_cache_discard(cache);
    lstrcpynW(cache->characters, characters, GLYPH_CACHE_MAX + 1);
    slots = (int)count;
    cache->dc = CreateCompatibleDC(reference);
    if (!cache->dc)
        return FALSE;
    old_font = SelectObject(cache->dc, font);
    /* Wide enough for the widest character (a colon in some fonts is wider than a digit). */
    for (slot = 0; slot < slots; slot++)
        if (GetTextExtentPoint32W(cache->dc, &characters[slot], 1, &size) &&
            size.cx > slot_width)
            slot_width = size.cx;
    /* Compatible with the screen, not with the memory DC (that would be monochrome). */
    cache->bitmap = CreateCompatibleBitmap(reference, slot_width * slots, height);
    if (!cache->bitmap)
    {
        SelectObject(cache->dc, old_font);
        DeleteDC(cache->dc);
        cache->dc = NULL;
        return FALSE;
    }
    cache->old_bitmap = SelectObject(cache->dc, cache->bitmap);
    cache->slot_width = slot_width;
    cache->height = height;
    cache->font = font;
    cache->digit_width = digit_width;
    cache->text_color = text_color;
    cache->background_color = background_color;
    SetRect(&all, 0, 0, slot_width * slots, height);
    background = CreateSolidBrush(background_color);
    FillRect(cache->dc, &all, background ? background : GetSysColorBrush(COLOR_WINDOW));
    if (background)
        DeleteObject(background);
    SetBkMode(cache->dc, TRANSPARENT);
    SetTextColor(cache->dc, text_color);
    SetTextAlign(cache->dc, TA_LEFT | TA_TOP);
    for (slot = 0; slot < slots; slot++)
        glyph_draw_character(cache->dc, characters[slot], slot * slot_width, 0, digit_width);
    SelectObject(cache->dc, old_font);
    return TRUE;
}

void glyph_cache_copy(const glyph_cache *cache, HDC dc, WCHAR character, int x, int y, int width)
{
    int slot = slot_of(cache, character);

    if (slot < 0 || !cache->dc)
        return;
    if (width > cache->slot_width)
        width = cache->slot_width;
    BitBlt(dc, x, y, width, cache->height, cache->dc, slot * cache->slot_width, 0, SRCCOPY);
}

void glyph_cache_discard(glyph_cache *cache)
{
    if (!cache->dc)
        return;
    SelectObject(cache->dc, cache->old_bitmap);
    DeleteObject(cache->bitmap);
    DeleteDC(cache->dc);
    cache->dc = NULL;
    cache->bitmap = cache->old_bitmap = NULL;
}
