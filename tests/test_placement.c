/*
 * A remembered window put back on a screen: kept, moved in, shrunk, or refused.
 */
#include "lapwing/placement.h"

#include "test_core.h"

static const placement_rect screen = { 0, 0, 1920, 1040 };

static void fit(placement_rect saved, placement_rect expected)
{
    placement_rect fitted;
    assert_true(placement_fit(&saved, &screen, 340, 400, &fitted));
    assert_int_equal(fitted.left, expected.left);
    assert_int_equal(fitted.top, expected.top);
    assert_int_equal(fitted.right, expected.right);
    assert_int_equal(fitted.bottom, expected.bottom);
}

static void a_window_on_the_screen_stays(void **state)
{
    (void)state;
    fit((placement_rect){ 100, 80, 540, 660 }, (placement_rect){ 100, 80, 540, 660 });
}

static void a_window_over_an_edge_moves_in(void **state)
{
    (void)state;
    /* The monitor it was on is gone: it was at x 2500 on a second screen. */
    fit((placement_rect){ 2500, 100, 2940, 680 }, (placement_rect){ 1480, 100, 1920, 680 });
    fit((placement_rect){ -300, -50, 140, 530 }, (placement_rect){ 0, 0, 440, 580 });
}

static void a_window_too_big_or_too_small_is_resized(void **state)
{
    (void)state;
    fit((placement_rect){ 0, 0, 4000, 3000 }, (placement_rect){ 0, 0, 1920, 1040 });
    fit((placement_rect){ 10, 10, 20, 20 }, (placement_rect){ 10, 10, 350, 410 });
}

static void no_window_at_all_is_refused(void **state)
{
    placement_rect fitted;
    (void)state;
    assert_false(placement_fit(&(placement_rect){ 5, 5, 5, 100 }, &screen, 340, 400, &fitted));
    assert_false(placement_fit(&(placement_rect){ 0, 0, 900000, 100 }, &screen, 340, 400,
                               &fitted));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_window_on_the_screen_stays),
        cmocka_unit_test(a_window_over_an_edge_moves_in),
        cmocka_unit_test(a_window_too_big_or_too_small_is_resized),
        cmocka_unit_test(no_window_at_all_is_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
