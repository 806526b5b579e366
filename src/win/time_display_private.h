/*
 * The time display's private parts, shared by its two files only: time_display.c (the window:
 * its text, messages and accessibility) and time_display_draw.c (how it is drawn: the font
 * fitted to its size, the characters' cells, painting from the glyph cache or directly).
 * UI thread only.
 */
#ifndef LAPWING_TIME_DISPLAY_PRIVATE_H
#define LAPWING_TIME_DISPLAY_PRIVATE_H

#include <windows.h>

#include "glyph_cache.h"
#include "lapwing/format.h"
#include "time_display.h"

typedef struct time_display
{
    HWND window;
    WCHAR text[FORMAT_TIME_MAX];
    HFONT font;
    int digit_width;    /* width of the widest digit in `font`: every digit gets this cell */
    /* Where each character's cell starts (client x), for the text's length; cells[length] is
     * where the last ends. A frame repaints only the cells whose character changed, so its
     * cost does not grow with the control's size. */
    int cells[FORMAT_TIME_MAX + 1];
    int text_top;
    int band_height; /* the font's line: what a character's cell repaints */
    glyph_cache glyphs;
    COLORREF text_color;        /* CLR_INVALID: the system's */
    COLORREF background_color;
} time_display;

/* Fits the font to the client area and lays out the text's cells: on a resize, or when the
 * text's length changes. */
void time_display_fit(time_display *display);

/* WM_PAINT. */
void time_display_paint(time_display *display);

#endif
