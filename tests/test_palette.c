/*
 * The palettes: every text colour reads on its background (at least 4.5:1, WCAG AA), running
 * and paused look different from each other and from plain text, and high contrast has no
 * palette (the system's colours are used).
 */
#include "lapwing/palette.h"

#include "test_core.h"

static void contrast_of_known_pairs(void **state)
{
    (void)state;
    /* Black on white is 21:1, a colour with itself 1:1, in either order. */
    assert_true(palette_contrast(PALETTE_RGB(0, 0, 0), PALETTE_RGB(255, 255, 255)) > 20.9);
    assert_true(palette_contrast(PALETTE_RGB(255, 255, 255), PALETTE_RGB(0, 0, 0)) > 20.9);
    assert_true(palette_contrast(PALETTE_RGB(90, 90, 90), PALETTE_RGB(90, 90, 90)) < 1.001);
    /* Pure red on white is about 4.0: not enough for text. */
    assert_true(palette_contrast(PALETTE_RGB(255, 0, 0), PALETTE_RGB(255, 255, 255)) < 4.5);
}

static void every_text_colour_reads_on_its_background(void **state)
{
    static const palette palettes[] = { PALETTE_LIGHT, PALETTE_DARK };
    size_t i;
    (void)state;
    for (i = 0; i < 2; i++)
    {
        palette_colors c;
        assert_true(palette_colors_of(palettes[i], &c));
        assert_true(palette_contrast(c.text, c.background) >= 7.0);
        assert_true(palette_contrast(c.running, c.background) >= 4.5);
        assert_true(palette_contrast(c.paused, c.background) >= 4.5);
        assert_true(palette_contrast(c.best, c.background) >= 4.5);
        assert_true(palette_contrast(c.worst, c.background) >= 4.5);
        assert_true(c.running != c.paused && c.running != c.text && c.paused != c.text);
    }
}

static void dark_is_dark_and_light_is_light(void **state)
{
    palette_colors light, dark;
    (void)state;
    assert_true(palette_colors_of(PALETTE_LIGHT, &light));
    assert_true(palette_colors_of(PALETTE_DARK, &dark));
    assert_true(palette_contrast(light.background, PALETTE_RGB(0, 0, 0)) > 15.0);
    assert_true(palette_contrast(dark.background, PALETTE_RGB(0, 0, 0)) < 2.0);
}

static void high_contrast_has_no_palette(void **state)
{
    palette_colors c;
    (void)state;
    assert_false(palette_colors_of(PALETTE_HIGH_CONTRAST, &c));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(contrast_of_known_pairs),
        cmocka_unit_test(every_text_colour_reads_on_its_background),
        cmocka_unit_test(dark_is_dark_and_light_is_light),
        cmocka_unit_test(high_contrast_has_no_palette),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
