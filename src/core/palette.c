/*
 * The palettes. See palette.h.
 */
#include "lapwing/palette.h"

#include <math.h>

bool palette_colors_of(palette palette, palette_colors *colors)
{
    switch (palette)
    {
    case PALETTE_LIGHT:
        colors->background = PALETTE_RGB(255, 255, 255);
        colors->text = PALETTE_RGB(0, 0, 0);
        colors->running = PALETTE_RGB(0, 95, 184);   /* Windows' default accent, darkened */
        colors->paused = PALETTE_RGB(150, 88, 0);
        colors->best = PALETTE_RGB(0, 120, 40);
        colors->worst = PALETTE_RGB(190, 25, 25);
        return true;
    case PALETTE_DARK:
        colors->background = PALETTE_RGB(32, 32, 32); /* Windows 11's dark window */
        colors->text = PALETTE_RGB(255, 255, 255);
        colors->running = PALETTE_RGB(96, 205, 255); /* the accent as dark mode shows it */
        colors->paused = PALETTE_RGB(252, 185, 0);
        colors->best = PALETTE_RGB(110, 220, 120);
        colors->worst = PALETTE_RGB(255, 130, 120);
        return true;
    default:
        return false;
    }
}

/* Relative luminance of one channel (0..255), as WCAG 2 defines it. */
static double channel(uint32_t value)
{
    double c = (double)(value & 0xFFu) / 255.0;
    return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4);
}

static double luminance(uint32_t color)
{
    return 0.2126 * channel(color) + 0.7152 * channel(color >> 8) + 0.0722 * channel(color >> 16);
}

double palette_contrast(uint32_t first, uint32_t second)
{
    double a = luminance(first), b = luminance(second);
    return a > b ? (a + 0.05) / (b + 0.05) : (b + 0.05) / (a + 0.05);
}
