/*
 * The main window's layout as a pure function: the client size and the DPI in, a rectangle for
 * every control out. Sizes are defined at 96 DPI and scaled; tested at 96, 120, 144 and 192 DPI
 * and at the smallest window, without a window.
 */
#ifndef LAPWING_LAYOUT_H
#define LAPWING_LAYOUT_H

#include <stdbool.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct layout_rect
{
    int left, top, width, height;
} layout_rect;

typedef struct main_layout
{
    layout_rect display;        /* the time */
    layout_rect current_lap;    /* the live current lap, under it */
    layout_rect start_stop, lap, reset;
    layout_rect summary;
    layout_rect list;
    layout_rect status;
} main_layout;

/* What the window shows: everything; the time alone, small and on top (mini mode); or the
 * time and the current lap, giant, on the whole screen. */
typedef enum layout_mode
{
    LAYOUT_NORMAL,
    LAYOUT_MINI,
    LAYOUT_FULL_SCREEN
} layout_mode;

/* `value` pixels at 96 DPI, at `dpi` (rounded to nearest, as MulDiv does). */
int layout_scale(int value, unsigned dpi);
/* The layout of a client area `width` x `height` at `dpi`; false when it is too small to hold
 * anything (then nothing is moved). */
bool layout_main_window(int width, int height, unsigned dpi, main_layout *layout);
/* The same in `mode`; what a mode does not show gets an empty rectangle (and is hidden). */
bool layout_window_in_mode(int width, int height, unsigned dpi, layout_mode mode,
                           main_layout *layout);
/* The smallest window in mini mode, at 96 DPI, client area. */
enum
{
    LAYOUT_MINI_MIN_WIDTH = 120,
    LAYOUT_MINI_MIN_HEIGHT = 36,
    LAYOUT_MINI_WIDTH = 240,
    LAYOUT_MINI_HEIGHT = 64
};

#ifdef __cplusplus
}
#endif

#endif
