/*
 * Times typed by a user: the elapsed time to set ("12:30", "1:02:03.5") and a signed amount to
 * add or take away ("+1:00", "-5s", "1h30m"), for the correction dialog and the command line
 * (--set, --add).
 *
 * Two forms, for either:
 *   clock    [[H:]M:]S[.f]   "00:12:30", "1:02:03.45", "12:30.5", "90", "5.250"; the first
 *                            field may be as large as it likes (hours past 99, "90" seconds),
 *                            the fields after it are one or two digits below 60
 *   units    [Nh][Nm][Ns]    "1h30m", "2m 30s", "90s", "1.5h"; in that order, each at most
 *                            once, spaces between allowed; after the first, below 60 again
 * A fraction (up to 7 digits, "." or ",") only on the last field. Spaces around are ignored.
 * An amount may start with a sign: '+', '-' or the minus sign U+2212 the lap list shows (so
 * "−5.00" copied from it reads back); without one it means add. An elapsed time has no sign.
 *
 * Results in 100-ns units, at most TIME_PARSE_MAX_UNITS (the most a stopwatch holds). A text
 * that does not parse says why, for the shell to put in words; the output is then untouched.
 */
#ifndef LAPWING_TIME_PARSE_H
#define LAPWING_TIME_PARSE_H

#include <stdint.h>

#include "lapwing/stopwatch.h"

#ifdef __cplusplus
extern "C" {
#endif

#define TIME_PARSE_UNITS_PER_SECOND 10000000u
#define TIME_PARSE_FRACTION_DIGITS 7
#define TIME_PARSE_MAX_UNITS (UINT64_C(10000000) * STOPWATCH_MAX_SECONDS)

typedef enum time_parse_result
{
    TIME_PARSE_OK = 0,
    TIME_PARSE_EMPTY,           /* nothing, or only spaces */
    TIME_PARSE_NOT_A_TIME,      /* "abc", "1::2", "1:2:3:4", "1h30" (a number without its unit) */
    TIME_PARSE_OUT_OF_RANGE,    /* a field after the first not below 60: "1:75:00", "2m90s" */
    TIME_PARSE_TOO_LARGE,       /* too many digits, or more than TIME_PARSE_MAX_UNITS */
    TIME_PARSE_BAD_FRACTION,    /* "12.", 8 digits or more, or one before another field */
    TIME_PARSE_SIGN             /* a sign in an elapsed time, a second one, or one inside */
} time_parse_result;

/* An elapsed time (no sign) into *units. */
time_parse_result time_parse_elapsed(const char *text, uint64_t *units);
/* A signed amount into *units (negative: to take away). */
time_parse_result time_parse_amount(const char *text, int64_t *units);

#ifdef __cplusplus
}
#endif

#endif
