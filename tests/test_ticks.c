/*
 * Tick conversions: exact, truncating, and free of overflow at any realistic frequency.
 */
#include "test_core.h"

#include "lapwing/ticks.h"

static void multiply_divide_small_values_are_exact(void **state)
{
    (void)state;
    assert_int_equal(ticks_multiply_divide(0, 5, 7), 0);
    assert_int_equal(ticks_multiply_divide(10, 10, 3), 33);
    assert_int_equal(ticks_multiply_divide(7, 1, 7), 1);
    assert_int_equal(ticks_multiply_divide(6, 1, 7), 0);
}

static void multiply_divide_survives_products_beyond_64_bits(void **state)
{
    (void)state;
    /* 2^63 * 10^7 / 10^7 = 2^63: the product needs 87 bits. */
    assert_true(ticks_multiply_divide((uint64_t)1 << 63, 10000000u, 10000000u) == (uint64_t)1 << 63);
    /* (2^64 - 1) * 3 / 4, computed by hand: 13835058055282163711. */
    assert_true(ticks_multiply_divide(UINT64_MAX, 3, 4) == 13835058055282163711u);
    /* remainder * units overflows: r = c - 1 with c ~ 2^63 and b ~ 2^62. */
    assert_true(ticks_multiply_divide(((uint64_t)1 << 63) - 2, (uint64_t)1 << 62,
                                      ((uint64_t)1 << 63) - 1) ==
                ((uint64_t)1 << 62) - 1);
    /* A quotient that cannot fit saturates instead of wrapping. */
    assert_true(ticks_multiply_divide(UINT64_MAX, 2, 1) == UINT64_MAX);
    assert_true(ticks_multiply_divide(5, 5, 0) == UINT64_MAX);
}

static void ticks_to_units_truncates(void **state)
{
    (void)state;
    /* 1.999999 s at 1 MHz is 1 whole second and 199 hundredths, never 200. */
    assert_int_equal(ticks_to_units(1999999u, 1000000u, 1), 1);
    assert_int_equal(ticks_to_units(1999999u, 1000000u, 100), 199);
    assert_int_equal(ticks_to_units(2000000u, 1000000u, 100), 200);
}

/* The trap from the issue: ticks * 10^7 overflows after about 10.7 days at 10 MHz. */
static void ticks_to_100ns_past_eleven_days_at_10mhz(void **state)
{
    const uint64_t frequency = 10000000u;
    const uint64_t eleven_days = 11u * 24u * 3600u * frequency;
    (void)state;
    assert_true(eleven_days * 10000000u / frequency != eleven_days); /* the naive way is wrong */
    assert_true(ticks_to_units(eleven_days, frequency, 10000000u) == eleven_days);
}

static void ticks_from_units_round_trips(void **state)
{
    size_t i;
    (void)state;
    for (i = 0; i < TEST_FREQUENCY_COUNT; i++)
    {
        uint64_t frequency = test_frequencies[i];
        uint64_t units;
        for (units = 0; units < 100000u; units += 997u)
        {
            uint64_t ticks = ticks_from_units(units, frequency, 100);
            /* The first tick that shows `units` hundredths: shows them, and one less does not. */
            assert_true(ticks_to_units(ticks, frequency, 100) == units);
            if (ticks)
                assert_true(ticks_to_units(ticks - 1, frequency, 100) < units);
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(multiply_divide_small_values_are_exact),
        cmocka_unit_test(multiply_divide_survives_products_beyond_64_bits),
        cmocka_unit_test(ticks_to_units_truncates),
        cmocka_unit_test(ticks_to_100ns_past_eleven_days_at_10mhz),
        cmocka_unit_test(ticks_from_units_round_trips),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
