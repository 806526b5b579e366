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
    LINE_HEIGHT = 20    /* the summary and the status line */
};

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

bool layout_main_window(int width, int height, unsigned dpi, main_layout *layout)
{
    int margin = layout_scale(MARGIN, dpi), gap = layout_scale(GAP, dpi);
    int button_height = layout_scale(BUTTON_HEIGHT, dpi);
    int current_height = layout_scale(CURRENT_LAP_HEIGHT, dpi);
    int line_height = layout_scale(LINE_HEIGHT, dpi);
    int inner_width = width - 2 * margin, display_height, button_width, y;

    if (inner_width < 1 || height < 1)
        return false;
    /* The display takes about a third of what the fixed rows leave; the list gets the rest. */
    display_height =
        (height - 2 * margin - current_height - button_height - 2 * line_height - 4 * gap) * 36 /
        100;
    if (display_height < button_height)
        display_height = button_height;
    button_width = (inner_width - 2 * gap) / 3;
    y = margin;
    layout->display = rect(margin, y, inner_width, display_height);
    y += display_height;
    layout->current_lap = rect(margin, y, inner_width, current_height);
    y += current_height + gap;
    layout->start_stop = rect(margin, y, button_width, button_height);
    layout->lap = rect(margin + button_width + gap, y, button_width, button_height);
    layout->reset = rect(margin + 2 * (button_width + gap), y,
                         inner_width - 2 * (button_width + gap), button_height);
    y += button_height + gap;
    layout->summary = rect(margin, y, inner_width, line_height);
    y += line_height;
    layout->list = rect(margin, y, inner_width, height - margin - line_height - gap - y);
    layout->status = rect(margin, height - margin - line_height, inner_width, line_height);
    return true;
}
