/*
 * Typed times: every form of an elapsed time and of a signed amount, spaces, both decimal
 * marks, the largest time there is, and every error with the output left untouched.
 */
#include "lapwing/time_parse.h"

#include "test_core.h"

#define SECONDS(s) (UINT64_C(10000000) * (s))

static const uint64_t untouched = UINT64_C(0xDEADBEEF);

static void elapsed(const char *text, uint64_t expected)
{
    uint64_t units = untouched;
    time_parse_result result = time_parse_elapsed(text, &units);
    if (result != TIME_PARSE_OK || units != expected)
        fail_msg("\"%s\": result %d, %llu units, expected %llu", text, (int)result,
                 (unsigned long long)units, (unsigned long long)expected);
}

static void elapsed_refused(const char *text, time_parse_result expected)
{
    uint64_t units = untouched;
    time_parse_result result = time_parse_elapsed(text, &units);
    if (result != expected || units != untouched)
        fail_msg("\"%s\": result %d, expected %d", text ? text : "(null)", (int)result,
                 (int)expected);
}

static void amount(const char *text, int64_t expected)
{
    int64_t units = (int64_t)untouched;
    time_parse_result result = time_parse_amount(text, &units);
    if (result != TIME_PARSE_OK || units != expected)
        fail_msg("\"%s\": result %d, %lld units, expected %lld", text, (int)result,
                 (long long)units, (long long)expected);
}

static void amount_refused(const char *text, time_parse_result expected)
{
    int64_t units = (int64_t)untouched;
    time_parse_result result = time_parse_amount(text, &units);
    if (result != expected || units != (int64_t)untouched)
        fail_msg("\"%s\": result %d, expected %d", text ? text : "(null)", (int)result,
                 (int)expected);
}

static void elapsed_in_clock_form(void **state)
{
    (void)state;
    elapsed("00:12:30", SECONDS(750));
    elapsed("00:12:30.25", SECONDS(750) + 2500000);
    elapsed("1:02:03", SECONDS(3723));
    elapsed("12:30", SECONDS(750));
    elapsed("12:30.5", SECONDS(750) + 5000000);
    elapsed("1:5", SECONDS(65));                         /* one digit is enough */
    elapsed("90", SECONDS(90));                          /* the first field may pass 59 */
    elapsed("75:00", SECONDS(4500));
    elapsed("3600", SECONDS(3600));
    elapsed("5.250", SECONDS(5) + 2500000);
    elapsed("5,5", SECONDS(5) + 5000000);                /* a decimal comma */
    elapsed("0.0000001", 1);                             /* 7 digits: one unit */
    elapsed("1.1234567", SECONDS(1) + 1234567);
    elapsed("123:04:05.06", SECONDS(123 * 3600 + 245) + 600000); /* hours past 99 */
    elapsed("0", 0);
    elapsed("00:00:00.00", 0);
    elapsed("  12:30 \t\r\n", SECONDS(750));
    elapsed("000000000000000000000000000012", SECONDS(12)); /* zeros are not too many digits */
    /* The most a stopwatch holds, exactly. */
    elapsed("8784000:00:00", SECONDS(STOPWATCH_MAX_SECONDS));
    elapsed("31622400000", TIME_PARSE_MAX_UNITS);
}

static void elapsed_with_units(void **state)
{
    (void)state;
    elapsed("1h30m", SECONDS(5400));
    elapsed("1h 30m", SECONDS(5400));
    elapsed("1H30M", SECONDS(5400));
    elapsed("2m30s", SECONDS(150));
    elapsed("2m 30.25s", SECONDS(150) + 2500000);
    elapsed("90s", SECONDS(90));
    elapsed("90 s", SECONDS(90));
    elapsed("1m", SECONDS(60));
    elapsed("1h5s", SECONDS(3605));
    elapsed("1.5h", SECONDS(5400));
    elapsed("0.5m", SECONDS(30));
    elapsed("200h", SECONDS(720000));
}

static void elapsed_refused_with_a_reason(void **state)
{
    (void)state;
    elapsed_refused(NULL, TIME_PARSE_EMPTY);
    elapsed_refused("", TIME_PARSE_EMPTY);
    elapsed_refused(" \t ", TIME_PARSE_EMPTY);

    elapsed_refused("abc", TIME_PARSE_NOT_A_TIME);
    elapsed_refused("x12", TIME_PARSE_NOT_A_TIME);
    elapsed_refused("12x", TIME_PARSE_NOT_A_TIME);
    elapsed_refused("1::2", TIME_PARSE_NOT_A_TIME);
    elapsed_refused(":30", TIME_PARSE_NOT_A_TIME);
    elapsed_refused("30:", TIME_PARSE_NOT_A_TIME);
    elapsed_refused("1:2:3:4", TIME_PARSE_NOT_A_TIME);
    elapsed_refused("12 30", TIME_PARSE_NOT_A_TIME);
    elapsed_refused(".5", TIME_PARSE_NOT_A_TIME);
    elapsed_refused("1h30", TIME_PARSE_NOT_A_TIME);      /* 30 of what? */
    elapsed_refused("30m1h", TIME_PARSE_NOT_A_TIME);     /* out of order */
    elapsed_refused("1m1m", TIME_PARSE_NOT_A_TIME);
    elapsed_refused("5sec", TIME_PARSE_NOT_A_TIME);
    elapsed_refused("1:30m", TIME_PARSE_NOT_A_TIME);
    elapsed_refused("h", TIME_PARSE_NOT_A_TIME);
    elapsed_refused("12:3\xC3\xA4", TIME_PARSE_NOT_A_TIME);

    elapsed_refused("1:75:00", TIME_PARSE_OUT_OF_RANGE);  /* 75 minutes */
    elapsed_refused("1:60", TIME_PARSE_OUT_OF_RANGE);
    elapsed_refused("0:00:60", TIME_PARSE_OUT_OF_RANGE);
    elapsed_refused("1:005", TIME_PARSE_OUT_OF_RANGE);    /* minutes and seconds: two digits */
    elapsed_refused("1h75m", TIME_PARSE_OUT_OF_RANGE);
    elapsed_refused("2m90s", TIME_PARSE_OUT_OF_RANGE);

    elapsed_refused("18446744073709551616", TIME_PARSE_TOO_LARGE); /* 2^64 */
    elapsed_refused("99999999999999999999999999", TIME_PARSE_TOO_LARGE);
    elapsed_refused("31622400001", TIME_PARSE_TOO_LARGE);
    elapsed_refused("8784000:00:00.0000001", TIME_PARSE_TOO_LARGE);
    elapsed_refused("9999999999999999:00:00", TIME_PARSE_TOO_LARGE);
    elapsed_refused("5124095576030432:00:00", TIME_PARSE_TOO_LARGE); /* 2^64 + 3584 seconds */
    elapsed_refused("8784001h", TIME_PARSE_TOO_LARGE);
    elapsed_refused("8784000h1s", TIME_PARSE_TOO_LARGE);

    elapsed_refused("12.", TIME_PARSE_BAD_FRACTION);
    elapsed_refused("12.x", TIME_PARSE_BAD_FRACTION);
    elapsed_refused("12.12345678", TIME_PARSE_BAD_FRACTION); /* 8 digits */
    elapsed_refused("1.5:00", TIME_PARSE_BAD_FRACTION);
    elapsed_refused("1.2.3", TIME_PARSE_BAD_FRACTION);
    elapsed_refused("1.5h30m", TIME_PARSE_BAD_FRACTION);

    elapsed_refused("+12:30", TIME_PARSE_SIGN);
    elapsed_refused("-5", TIME_PARSE_SIGN);
    elapsed_refused("\xE2\x88\x92" "5", TIME_PARSE_SIGN);
    elapsed_refused("1:-5", TIME_PARSE_SIGN);
    elapsed_refused("5-", TIME_PARSE_SIGN);
    elapsed_refused("1h-5m", TIME_PARSE_SIGN);
}

static void amounts_with_and_without_a_sign(void **state)
{
    (void)state;
    amount("+1:00", (int64_t)SECONDS(60));
    amount("-5s", -(int64_t)SECONDS(5));
    amount("-5", -(int64_t)SECONDS(5));
    amount("+90s", (int64_t)SECONDS(90));
    amount("1m", (int64_t)SECONDS(60));                  /* no sign: add */
    amount("1h30m", (int64_t)SECONDS(5400));
    amount("-0:05.5", -(int64_t)SECONDS(5) - 5000000);
    amount("+2m30s", (int64_t)SECONDS(150));
    amount("\xE2\x88\x92" "5.00", -(int64_t)SECONDS(5)); /* the lap list's minus, pasted */
    amount("- 5s", -(int64_t)SECONDS(5));
    amount("  +1:00:00  ", (int64_t)SECONDS(3600));
    amount("+0", 0);
    amount("-31622400000", -(int64_t)TIME_PARSE_MAX_UNITS);
}

static void amounts_refused_with_a_reason(void **state)
{
    (void)state;
    amount_refused(NULL, TIME_PARSE_EMPTY);
    amount_refused("", TIME_PARSE_EMPTY);
    amount_refused("  ", TIME_PARSE_EMPTY);
    amount_refused("+", TIME_PARSE_NOT_A_TIME);
    amount_refused("-", TIME_PARSE_NOT_A_TIME);
    amount_refused("-abc", TIME_PARSE_NOT_A_TIME);
    amount_refused("+1:2:3:4", TIME_PARSE_NOT_A_TIME);
    amount_refused("+-5", TIME_PARSE_SIGN);
    amount_refused("--5", TIME_PARSE_SIGN);
    amount_refused("5+", TIME_PARSE_SIGN);
    amount_refused("-5-", TIME_PARSE_SIGN);
    amount_refused("+1:75:00", TIME_PARSE_OUT_OF_RANGE);
    amount_refused("-1m90s", TIME_PARSE_OUT_OF_RANGE);
    amount_refused("-31622400001", TIME_PARSE_TOO_LARGE);
    amount_refused("+99999999999999999999", TIME_PARSE_TOO_LARGE);
    amount_refused("-5.", TIME_PARSE_BAD_FRACTION);
    amount_refused("+0.12345678", TIME_PARSE_BAD_FRACTION);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(elapsed_in_clock_form),
        cmocka_unit_test(elapsed_with_units),
        cmocka_unit_test(elapsed_refused_with_a_reason),
        cmocka_unit_test(amounts_with_and_without_a_sign),
        cmocka_unit_test(amounts_refused_with_a_reason),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
