/*
 * The time display's characters drawn once per font, size and colour into a memory bitmap, so
 * that a frame copies the cells of the digits that changed (one BitBlt each) instead of filling
 * a buffer, rendering text into it and copying it out. A frame's cost then depends on how many
 * digits changed, not on how large the window is. UI thread only.
 */
#ifndef LAPWING_GLYPH_CACHE_H
#define LAPWING_GLYPH_CACHE_H

#include <windows.h>

/* The most distinct characters a cache holds: a time's, plus the words around a lap's time
 * ("Lap 12: ", "Runde 12: "); a text with more is drawn directly. */
#define GLYPH_CACHE_MAX 40

typedef struct glyph_cache
{
    HDC dc;                 /* NULL until built */
    HBITMAP bitmap, old_bitmap;
    int slot_width, height; /* one slot per character of `characters` */
    WCHAR characters[GLYPH_CACHE_MAX + 1];
    /* What it was drawn with: a request with anything else builds it again. */
    HFONT font;
    int digit_width;
    COLORREF text_color, background_color;
} glyph_cache;

/* Draws one character of the display at (x, y) with the DC's font and colours: a digit centred
 * in a cell of digit_width (so the text never jitters), anything else at x. The one way a
 * character is drawn, for the cache and for the direct path alike. */
void glyph_draw_character(HDC dc, WCHAR character, int x, int y, int digit_width);

/* TRUE when the cache is built and holds every character of `text`. */
BOOL glyph_cache_covers(const glyph_cache *cache, const WCHAR *text);

/* Makes sure the cache holds `text`'s characters (always the digits, ':' and '.'; built again
 * with the new ones when a character is missing, and whole when the font, a size or a colour
 * differs from what it was drawn with): drawn in `font`, `text_color` on `background_color`,
 * each slot `height` pixels tall. FALSE when it cannot (too many distinct
 * characters, or GDI out of resources): the caller draws directly. */
BOOL glyph_cache_ensure(glyph_cache *cache, const WCHAR *text, HDC reference, HFONT font,
                        int digit_width, int height, COLORREF text_color,
                        COLORREF background_color);

/* Copies `character`'s cell, `width` wide, to (x, y) of `dc`. */
void glyph_cache_copy(const glyph_cache *cache, HDC dc, WCHAR character, int x, int y, int width);

/* Frees the bitmap: the font, size or colours changed. The next ensure builds it again. */
void glyph_cache_discard(glyph_cache *cache);

#endif
