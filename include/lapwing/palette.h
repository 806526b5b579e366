/*
 * The colours of the light and the dark palette, as portable facts the tests can check: every
 * text colour keeps at least 4.5:1 contrast (WCAG AA) with its background. High contrast has
 * no palette of its own: the shell uses the system's colours then.
 *
 * Colours are 0x00BBGGRR, the layout of a Windows COLORREF.
 */
#ifndef LAPWING_PALETTE_H
#define LAPWING_PALETTE_H

#include <stdbool.h>
#include <stdint.h>

#include "lapwing/preferences.h"

#ifdef __cplusplus
extern "C" {
#endif

#define PALETTE_RGB(r, g, b) ((uint32_t)(r) | (uint32_t)(g) << 8 | (uint32_t)(b) << 16)

typedef struct palette_colors
{
    uint32_t background;
    uint32_t text;
    uint32_t running;       /* the time while the stopwatch runs: a restrained accent */
    uint32_t paused;        /* the time while paused: another, warmer */
    uint32_t best;          /* the best lap's row */
    uint32_t worst;         /* the worst lap's row */
} palette_colors;

/* The colours of `palette`; false for PALETTE_HIGH_CONTRAST (use the system's). */
bool palette_colors_of(palette palette, palette_colors *colors);
/* The WCAG contrast ratio of two colours, from 1 (the same) to 21 (black on white). */
double palette_contrast(uint32_t first, uint32_t second);

#ifdef __cplusplus
}
#endif

#endif
