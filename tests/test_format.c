/*
 * Time and lap text: HH:MM:SS.cc, truncated, hours growing, at many counter frequencies.
 */
#include "test_core.h"

#include <string.h>

#include "lapwing/format.h"
/* Text for `seconds` plus `hundredths` (+ `extra_ticks` below the next hundredth). */
static void assert_time(uint64_t frequency, uint64_t seconds, uint64_t hundredths,
                        const char *expected)
{
    char text[FORMAT_TIME_MAX];
    uint64_t exact = seconds * frequency + hundredths * frequency / 100u;
    /* Exactly on the boundary (rounded up to a whole tick where it falls between ticks)... */
    uint64_t at = exact + ((hundredths * frequency) % 100u ? 1u : 0u);
    size_t length = format_time(text, sizeof(text), at, frequency);
    assert_string_equal(text, expected);
    assert_int_equal(length, strlen(expected));
    /* ...and one tick before the next hundredth still shows the same text: truncated. */
    {
        uint64_t next = seconds * frequency + (hundredths + 1u) * frequency / 100u;
        uint64_t before_next = ((hundredths + 1u) * frequency) % 100u ? next : next - 1u;
        format_time(text, sizeof(text), before_next, frequency);
        assert_string_equal(text, expected);
    }
}

static void zero(void **state)
{
    char text[FORMAT_TIME_MAX];
    (void)state;
    assert_int_equal(format_time(text, sizeof(text), 0, 10000000u), 11);
    assert_string_equal(text, "00:00:00.00");
}

static void example_from_the_issue(void **state)
{
    size_t i;
    (void)state;
    for (i = 0; i < TEST_FREQUENCY_COUNT; i++)
        assert_time(test_frequencies[i], 65u, 42u, "00:01:05.42");
}

static void never_rounds_up(void **state)
{
    char text[FORMAT_TIME_MAX];
    (void)state;
    /* 0.999999 s at 1 MHz is 00:00:00.99, never 00:00:01.00. */
    format_time(text, sizeof(text), 999999u, 1000000u);
    assert_string_equal(text, "00:00:00.99");
    /* 59.9999999 s at 10 MHz. */
    format_time(text, sizeof(text), 599999999u, 10000000u);
    assert_string_equal(text, "00:00:59.99");
}

static void one_hour(void **state)
{
    size_t i;
    (void)state;
    for (i = 0; i < TEST_FREQUENCY_COUNT; i++)
    {
        assert_time(test_frequencies[i], 3600u, 0u, "01:00:00.00");
        assert_time(test_frequencies[i], 3599u, 99u, "00:59:59.99");
    }
}

static void eleven_days(void **state)
{
    size_t i;
    (void)state;
    /* 11 days = 264 hours: past the 10.7-day overflow of the naive conversion at 10 MHz. */
    for (i = 0; i < TEST_FREQUENCY_COUNT; i++)
        assert_time(test_frequencies[i], 11u * 86400u + 4u * 60u + 5u, 6u, "264:04:05.06");
}

static void one_year(void **state)
{
    size_t i;
    (void)state;
    for (i = 0; i < TEST_FREQUENCY_COUNT; i++)
        assert_time(test_frequencies[i], 365u * 86400u + 3599u, 99u, "8760:59:59.99");
}

static void one_hundred_years(void **state)
{
    size_t i;
    (void)state;
    for (i = 0; i < TEST_FREQUENCY_COUNT; i++)
        assert_time(test_frequencies[i], 36500u * 86400u + 1u, 1u, "876000:00:01.01");
}

static void hours_past_99(void **state)
{
    (void)state;
    assert_time(10000000u, 123u * 3600u + 4u * 60u + 5u, 6u, "123:04:05.06");
}

static void a_short_buffer_is_truncated_and_terminated(void **state)
{
    char text[6];
    (void)state;
    memset(text, 'x', sizeof(text));
    assert_int_equal(format_time(text, sizeof(text), 0, 1000u), 11);
    assert_string_equal(text, "00:00");
}

static void each_precision(void **state)
{
    /* 1:05.45675 s at each counter frequency, truncated at each precision. */
    static const char *const expected[TIME_PRECISION_COUNT] = { "00:01:05", "00:01:05.4",
                                                                "00:01:05.45", "00:01:05.456" };
    char text[FORMAT_TIME_MAX];
    size_t i, p;
    (void)state;
    for (i = 0; i < TEST_FREQUENCY_COUNT; i++)
    {
        uint64_t frequency = test_frequencies[i];
        uint64_t ticks = 65u * frequency + 45675u * frequency / 100000u;
        for (p = 0; p < TIME_PRECISION_COUNT; p++)
        {
            size_t length = format_time_at(text, sizeof(text), ticks, frequency,
                                           (time_precision)p);
            assert_string_equal(text, expected[p]);
            assert_int_equal(length, strlen(expected[p]));
        }
    }
    /* 59.9999 s never shows a minute at any precision. */
    format_time_at(text, sizeof(text), 599999u, 10000u, TIME_PRECISION_SECONDS);
    assert_string_equal(text, "00:00:59");
    format_time_at(text, sizeof(text), 599999u, 10000u, TIME_PRECISION_MILLISECONDS);
    assert_string_equal(text, "00:00:59.999");
    /* An unknown precision is hundredths, the default. */
    format_time_at(text, sizeof(text), 0, 1000u, (time_precision)99);
    assert_string_equal(text, "00:00:00.00");
}

static void frames_follow_what_can_change(void **state)
{
    (void)state;
    /* As often as the text can change, never above the display's rate. */
    assert_int_equal(format_frames_per_second(TIME_PRECISION_SECONDS, 60), 1);
    assert_int_equal(format_frames_per_second(TIME_PRECISION_TENTHS, 60), 10);
    assert_int_equal(format_frames_per_second(TIME_PRECISION_HUNDREDTHS, 60), 60);
    assert_int_equal(format_frames_per_second(TIME_PRECISION_MILLISECONDS, 60), 60);
    assert_int_equal(format_frames_per_second(TIME_PRECISION_TENTHS, 5), 5);
    assert_int_equal(format_frames_per_second(TIME_PRECISION_SECONDS, 0), 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(zero),
        cmocka_unit_test(example_from_the_issue),
        cmocka_unit_test(never_rounds_up),
        cmocka_unit_test(one_hour),
        cmocka_unit_test(eleven_days),
        cmocka_unit_test(one_year),
        cmocka_unit_test(one_hundred_years),
        cmocka_unit_test(hours_past_99),
        cmocka_unit_test(a_short_buffer_is_truncated_and_terminated),
        cmocka_unit_test(each_precision),
        cmocka_unit_test(frames_follow_what_can_change),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
