/*
 * The main window's layout. See layout.h.
 */
#include "lapwing/layout.h"

/* In pixels at 96 DPI. */
enum
{
    MARGIN = 12,
    GAP = 8,
    BUTTON_HEIGHT = 32,
    CURRENT_LAP_HEIGHT = 30,
    LINE_HEIGHT = 20,   /* the summary and the status line */
    BUTTON_MAX_WIDTH = 160,
    MINI_MARGIN = 4
};

/* The time's text is about 4.6 times as wide as it is high (eleven characters of Segoe UI):
 * a display taller than that leaves empty bands above and below the digits. */
#define DISPLAY_HEIGHT_OF_WIDTH(width) ((width) * 10 / 46)

int layout_scale(int value, unsigned dpi)
{
    long long scaled = (long long)value * (long long)dpi;
    /* Round half away from zero, as MulDiv. */
    return (int)(scaled >= 0 ? (scaled + 48) / 96 : (scaled - 48) / 96);
}

static layout_rect rect(int left, int top, int width, int height)
{
    layout_rect r;
    r.left = left;
    r.top = top;
    r.width = width > 0 ? width : 0;
    r.height = height > 0 ? height : 0;
    return r;
}

static void hide_all(main_layout *layout)
{
    layout_rect none = { 0, 0, 0, 0 };
    layout->display = layout->current_lap = layout->start_stop = layout->lap = layout->reset =
        layout->summary = layout->list = layout->status = none;
}

static bool layout_normal(int width, int height, unsigned dpi, main_layout *layout)
{
    int margin = layout_scale(MARGIN, dpi), gap = layout_scale(GAP, dpi);
    int button_height = layout_scale(BUTTON_HEIGHT, dpi);
    int current_height = layout_scale(CURRENT_LAP_HEIGHT, dpi);
    int line_height = layout_scale(LINE_HEIGHT, dpi);
    int button_max = layout_scale(BUTTON_MAX_WIDTH, dpi);
    int inner_width = width - 2 * margin, display_height, button_width, buttons_left, y;

    if (inner_width < 1 || height < 1)
        return false;
    /* The display takes about a third of what the fixed rows leave, but no more than its
     * digits fill; the list gets the rest. */
    display_height =
        (height - 2 * margin - current_height - button_height - 2 * line_height - 4 * gap) * 36 /
        100;
    if (display_height > DISPLAY_HEIGHT_OF_WIDTH(inner_width))
        display_height = DISPLAY_HEIGHT_OF_WIDTH(inner_width);
    if (display_height < button_height)
        display_height = button_height;
    /* Buttons of a sensible width, centred as a group. */
    button_width = (inner_width - 2 * gap) / 3;
    if (button_width > button_max)
        button_width = button_max;
    buttons_left = margin + (inner_width - 3 * button_width - 2 * gap) / 2;
    y = margin;
    layout->display = rect(margin, y, inner_width, display_height);
    y += display_height;
    layout->current_lap = rect(margin, y, inner_width, current_height);
    y += current_height + gap;
    layout->start_stop = rect(buttons_left, y, button_width, button_height);
    layout->lap = rect(buttons_left + button_width + gap, y, button_width, button_height);
    layout->reset = rect(buttons_left + 2 * (button_width + gap), y, button_width, button_height);
    y += button_height + gap;
    layout->summary = rect(margin, y, inner_width, line_height);
    y += line_height;
    layout->list = rect(margin, y, inner_width, height - margin - line_height - gap - y);
    layout->status = rect(margin, height - margin - line_height, inner_width, line_height);
    return true;
}

bool layout_main_window(int width, int height, unsigned dpi, main_layout *layout)
{
    return layout_window_in_mode(width, height, dpi, LAYOUT_NORMAL, layout);
}

bool layout_window_in_mode(int width, int height, unsigned dpi, layout_mode mode,
                           main_layout *layout)
{
    int margin, display_height, current_height;

    if (width < 1 || height < 1)
        return false;
    if (mode == LAYOUT_NORMAL)
        return layout_normal(width, height, dpi, layout);
    hide_all(layout);
    if (mode == LAYOUT_MINI)
    {
        /* The time alone, filling the window: the digits follow its size. */
        margin = layout_scale(MINI_MARGIN, dpi);
        if (width <= 2 * margin || height <= 2 * margin)
            return false;
        layout->display = rect(margin, margin, width - 2 * margin, height - 2 * margin);
        return true;
    }
    /* Full screen: giant digits in the middle, the current lap under them, a tenth of the
     * screen's height as margins so the digits read from across a room. */
    margin = width / 20;
    display_height = DISPLAY_HEIGHT_OF_WIDTH(width - 2 * margin);
    if (display_height > height * 6 / 10)
        display_height = height * 6 / 10;
    current_height = display_height / 4;
    if (display_height < 1)
        return false;
    layout->display = rect(margin, (height - display_height - current_height) / 2,
                           width - 2 * margin, display_height);
    layout->current_lap = rect(margin, layout->display.top + display_height, width - 2 * margin,
                               current_height);
    return true;
}
