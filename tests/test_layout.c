/*
 * The main window's layout at 96, 120, 144 and 192 DPI and at the smallest window: everything
 * inside the client area, in order from top to bottom, nothing overlapping, the margins and the
 * buttons scaled with the DPI.
 */
#include <stdbool.h>

#include "lapwing/layout.h"

#include "test_core.h"

static const unsigned dpis[] = { 96, 120, 144, 192 };

static int bottom(layout_rect r) { return r.top + r.height; }
static int right(layout_rect r) { return r.left + r.width; }

static void inside(layout_rect r, int width, int height)
{
    assert_true(r.left >= 0 && r.top >= 0);
    assert_true(right(r) <= width && bottom(r) <= height);
}

/* The default window (440 x 580 at 96 DPI, less its frame) and the smallest (340 x 400). */
static void check(int width_96, int height_96, unsigned dpi)
{
    int width = layout_scale(width_96, dpi), height = layout_scale(height_96, dpi);
    main_layout l;

    assert_true(layout_main_window(width, height, dpi, &l));
    inside(l.display, width, height);
    inside(l.current_lap, width, height);
    inside(l.start_stop, width, height);
    inside(l.lap, width, height);
    inside(l.reset, width, height);
    inside(l.summary, width, height);
    inside(l.list, width, height);
    inside(l.status, width, height);
    /* Top to bottom, no overlap. */
    assert_true(bottom(l.display) <= l.current_lap.top);
    assert_true(bottom(l.current_lap) <= l.start_stop.top);
    assert_true(bottom(l.start_stop) <= l.summary.top);
    assert_true(bottom(l.summary) <= l.list.top);
    assert_true(bottom(l.list) <= l.status.top);
    /* The buttons side by side, the same size, no wider than 160 px at 96 DPI, centred. */
    assert_true(right(l.start_stop) <= l.lap.left && right(l.lap) <= l.reset.left);
    assert_int_equal(l.reset.width, l.start_stop.width);
    assert_int_equal(l.lap.width, l.start_stop.width);
    assert_true(l.start_stop.width <= layout_scale(160, dpi));
    assert_true(l.start_stop.left - l.display.left - (right(l.display) - right(l.reset)) <= 1 &&
                (right(l.display) - right(l.reset)) - (l.start_stop.left - l.display.left) <= 1);
    assert_int_equal(l.start_stop.height, layout_scale(32, dpi));
    /* Margins and the display scale with the DPI; the list keeps some room. */
    assert_int_equal(l.display.left, layout_scale(12, dpi));
    assert_true(l.display.height >= l.start_stop.height);
    assert_true(l.list.height >= layout_scale(60, dpi));
}

static void the_default_window_at_every_dpi(void **state)
{
    size_t i;
    (void)state;
    for (i = 0; i < sizeof(dpis) / sizeof(dpis[0]); i++)
        check(424, 541, dpis[i]);
}

static void the_smallest_window_at_every_dpi(void **state)
{
    size_t i;
    (void)state;
    for (i = 0; i < sizeof(dpis) / sizeof(dpis[0]); i++)
        check(324, 361, dpis[i]);
}

static void the_same_window_twice_the_dpi_is_twice_the_size(void **state)
{
    main_layout at_96, at_192;
    (void)state;
    assert_true(layout_main_window(424, 541, 96, &at_96));
    assert_true(layout_main_window(848, 1082, 192, &at_192));
    /* Within the pixel that integer division may lose. */
    assert_true(at_192.display.height - 2 * at_96.display.height <= 1 &&
                2 * at_96.display.height - at_192.display.height <= 1);
    assert_true(at_192.list.top - 2 * at_96.list.top <= 1 &&
                2 * at_96.list.top - at_192.list.top <= 1);
    assert_int_equal(at_192.status.top, 2 * at_96.status.top);
}

static void a_tall_or_wide_window_keeps_its_proportions(void **state)
{
    main_layout l;
    size_t i;
    (void)state;
    for (i = 0; i < sizeof(dpis) / sizeof(dpis[0]); i++)
    {
        unsigned dpi = dpis[i];
        /* Tall and narrow: the display no taller than its digits need (no bands of white). */
        assert_true(layout_main_window(layout_scale(324, dpi), layout_scale(1400, dpi), dpi, &l));
        assert_true(l.display.height * 46 <= l.display.width * 10 + 46);
        assert_true(l.list.height > layout_scale(800, dpi));
        /* Maximized on a wide screen: the buttons stay 160 px and centred, the list grows. */
        assert_true(layout_main_window(layout_scale(1900, dpi), layout_scale(1000, dpi), dpi, &l));
        assert_int_equal(l.start_stop.width, layout_scale(160, dpi));
        assert_true(l.list.height >= l.display.height);
    }
}

static void mini_mode_is_the_time_alone(void **state)
{
    main_layout l;
    size_t i;
    (void)state;
    for (i = 0; i < sizeof(dpis) / sizeof(dpis[0]); i++)
    {
        unsigned dpi = dpis[i];
        int width = layout_scale(LAYOUT_MINI_WIDTH, dpi), height = layout_scale(LAYOUT_MINI_HEIGHT, dpi);
        assert_true(layout_window_in_mode(width, height, dpi, LAYOUT_MINI, &l));
        inside(l.display, width, height);
        assert_true(l.display.width >= width - layout_scale(8, dpi) - 1);
        assert_true(l.display.height >= height - layout_scale(8, dpi) - 1);
        assert_int_equal(l.start_stop.width, 0);
        assert_int_equal(l.list.height, 0);
        assert_int_equal(l.current_lap.height, 0);
        assert_int_equal(l.status.width, 0);
    }
    assert_false(layout_window_in_mode(6, 6, 96, LAYOUT_MINI, &l));
}

static void full_screen_is_giant_digits_in_the_middle(void **state)
{
    main_layout l;
    (void)state;
    assert_true(layout_window_in_mode(1920, 1080, 96, LAYOUT_FULL_SCREEN, &l));
    inside(l.display, 1920, 1080);
    inside(l.current_lap, 1920, 1080);
    assert_true(l.display.width >= 1700);
    assert_true(l.display.height >= 300);
    assert_true(bottom(l.display) <= l.current_lap.top);
    /* Centred vertically, give or take a pixel. */
    assert_true(l.display.top - (1080 - bottom(l.current_lap)) <= 1 &&
                (1080 - bottom(l.current_lap)) - l.display.top <= 1);
    assert_int_equal(l.list.height, 0);
    assert_int_equal(l.start_stop.width, 0);
    /* A tall portrait screen: the digits are limited by the width. */
    assert_true(layout_window_in_mode(1080, 1920, 96, LAYOUT_FULL_SCREEN, &l));
    inside(l.display, 1080, 1920);
}

static void no_room_moves_nothing(void **state)
{
    main_layout l;
    (void)state;
    assert_false(layout_main_window(10, 300, 96, &l));
    assert_false(layout_main_window(300, 0, 96, &l));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_default_window_at_every_dpi),
        cmocka_unit_test(the_smallest_window_at_every_dpi),
        cmocka_unit_test(the_same_window_twice_the_dpi_is_twice_the_size),
        cmocka_unit_test(a_tall_or_wide_window_keeps_its_proportions),
        cmocka_unit_test(mini_mode_is_the_time_alone),
        cmocka_unit_test(full_screen_is_giant_digits_in_the_middle),
        cmocka_unit_test(no_room_moves_nothing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
