/*
 * The time display's glyph cache. See glyph_cache.h.
 */
#include "glyph_cache.h"

#include <wchar.h>

static int slot_of(WCHAR character)
{
    const WCHAR *found = character ? wcschr(GLYPH_CACHE_CHARACTERS, character) : NULL;
    return found ? (int)(found - GLYPH_CACHE_CHARACTERS) : -1;
}

void glyph_draw_character(HDC dc, WCHAR character, int x, int y, int digit_width)
{
    SIZE size;

    if (character >= L'0' && character <= L'9' && GetTextExtentPoint32W(dc, &character, 1, &size))
        x += (digit_width - size.cx) / 2;
    TextOutW(dc, x, y, &character, 1);
}

BOOL glyph_cache_covers(const WCHAR *text)
{
    for (; *text; text++)
        if (slot_of(*text) < 0)
            return FALSE;
    return TRUE;
}

BOOL glyph_cache_ensure(glyph_cache *cache, HDC reference, HFONT font, int digit_width,
                        int height, COLORREF text_color, HBRUSH background)
{
    enum { SLOTS = sizeof(GLYPH_CACHE_CHARACTERS) / sizeof(WCHAR) - 1 };
    HFONT old_font;
    RECT all;
    int slot, slot_width = digit_width;
    SIZE size;

    if (cache->dc)
        return TRUE;
    if (height <= 0 || digit_width <= 0)
        return FALSE;
    cache->dc = CreateCompatibleDC(reference);
    if (!cache->dc)
        return FALSE;
    old_font = SelectObject(cache->dc, font);
    /* Wide enough for the widest character (a colon in some fonts is wider than a digit). */
    for (slot = 0; slot < SLOTS; slot++)
        if (GetTextExtentPoint32W(cache->dc, &GLYPH_CACHE_CHARACTERS[slot], 1, &size) &&
            size.cx > slot_width)
            slot_width = size.cx;
    /* Compatible with the screen, not with the memory DC (that would be monochrome). */
    cache->bitmap = CreateCompatibleBitmap(reference, slot_width * SLOTS, height);
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
    SetRect(&all, 0, 0, slot_width * SLOTS, height);
    FillRect(cache->dc, &all, background);
    SetBkMode(cache->dc, TRANSPARENT);
    SetTextColor(cache->dc, text_color);
    SetTextAlign(cache->dc, TA_LEFT | TA_TOP);
    for (slot = 0; slot < SLOTS; slot++)
        glyph_draw_character(cache->dc, GLYPH_CACHE_CHARACTERS[slot], slot * slot_width, 0,
                             digit_width);
    SelectObject(cache->dc, old_font);
    return TRUE;
}

void glyph_cache_copy(const glyph_cache *cache, HDC dc, WCHAR character, int x, int y, int width)
{
    int slot = slot_of(character);

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
