/*
 * Typed times. See time_parse.h for the forms.
 *
 * The text is read once, left to right, over a start and an end (spaces trimmed first); every
 * number is checked for overflow as its digits come, so any length of input costs linear time
 * and nothing can wrap around. The first character that does not fit decides the error: a
 * sign, a stray '.' or ',' (a fraction gone wrong) or anything else (not a time).
 */
#include "lapwing/time_parse.h"

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#define MINUS_SIGN "\xE2\x88\x92" /* U+2212, as the lap list shows a negative delta */

enum
{
    CLOCK_FIELDS_MAX = 3,       /* H:M:S */
    LATER_FIELD_DIGITS_MAX = 2  /* the minutes and seconds after the first field */
};

/* A number as typed: its whole part, how many digits that had, and a fraction in 100 ns. */
typedef struct typed_number
{
    uint64_t whole;
    unsigned digits;
    uint64_t fraction;
    bool has_fraction;
} typed_number;

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* The length of the sign at `p` (1, or 3 for U+2212), 0 when there is none. */
static size_t sign_length(const char *p, const char *end, bool *negative)
{
    size_t minus = sizeof(MINUS_SIGN) - 1;

    if (p < end && (*p == '+' || *p == '-'))
    {
        *negative = *p == '-';
        return 1;
    }
    if ((size_t)(end - p) >= minus && memcmp(p, MINUS_SIGN, minus) == 0)
    {
        *negative = true;
        return minus;
    }
    return 0;
}

/* Why the character at `p` does not belong where it is. */
static time_parse_result unexpected(const char *p, const char *end)
{
    bool negative;

    if (sign_length(p, end, &negative))
        return TIME_PARSE_SIGN;
    if (p < end && (*p == '.' || *p == ','))
        return TIME_PARSE_BAD_FRACTION;
    return TIME_PARSE_NOT_A_TIME;
}

static const char *skip_spaces(const char *p, const char *end)
{
    while (p < end && is_space(*p))
        p++;
    return p;
}

/* Digits and perhaps a fraction at *p; advances past them. */
static time_parse_result read_number(const char **p, const char *end, typed_number *number)
{
    const char *q = *p;
    unsigned fraction_digits = 0;

    memset(number, 0, sizeof(*number));
    for (; q < end && is_digit(*q); q++)
    {
        unsigned digit = (unsigned)(*q - '0');
        if (number->whole > (UINT64_MAX - digit) / 10)
            return TIME_PARSE_TOO_LARGE;
        number->whole = number->whole * 10 + digit;
        number->digits++;
    }
    if (!number->digits)
        return q < end && (*q == '.' || *q == ',') ? TIME_PARSE_NOT_A_TIME : unexpected(q, end);
    if (q < end && (*q == '.' || *q == ','))
    {
        for (q++; q < end && is_digit(*q); q++)
        {
            if (++fraction_digits > TIME_PARSE_FRACTION_DIGITS)
                return TIME_PARSE_BAD_FRACTION;
            number->fraction = number->fraction * 10 + (unsigned)(*q - '0');
        }
        if (!fraction_digits)
            return TIME_PARSE_BAD_FRACTION;
        for (; fraction_digits < TIME_PARSE_FRACTION_DIGITS; fraction_digits++)
            number->fraction *= 10;
        number->has_fraction = true;
    }
    *p = q;
    return TIME_PARSE_OK;
}

/* A field after the first: minutes or seconds, one or two digits below 60. */
static bool in_range(const typed_number *number)
{
    return number->digits <= LATER_FIELD_DIGITS_MAX && number->whole < 60;
}

/* `seconds` whole seconds and `fraction` (100 ns) as units, or TOO_LARGE. */
static time_parse_result to_units(uint64_t seconds, uint64_t fraction, uint64_t *units)
{
    if (seconds > STOPWATCH_MAX_SECONDS)
        return TIME_PARSE_TOO_LARGE;
    seconds = seconds * TIME_PARSE_UNITS_PER_SECOND + fraction;
    if (seconds > TIME_PARSE_MAX_UNITS)
        return TIME_PARSE_TOO_LARGE;
    *units = seconds;
    return TIME_PARSE_OK;
}

/* [[H:]M:]S[.f] */
static time_parse_result parse_clock(const char *p, const char *end, uint64_t *units)
{
    typed_number fields[CLOCK_FIELDS_MAX];
    size_t count = 0, i;
    uint64_t seconds = 0;
    time_parse_result result;

    for (;;)
    {
        if (count == CLOCK_FIELDS_MAX)
            return TIME_PARSE_NOT_A_TIME; /* a fourth field */
        if ((result = read_number(&p, end, &fields[count])) != TIME_PARSE_OK)
            return result;
        count++;
        if (p == end)
            break;
        if (*p != ':')
            return unexpected(p, end);
        if (fields[count - 1].has_fraction)
            return TIME_PARSE_BAD_FRACTION; /* "1.5:00" */
        p++;
    }
    for (i = 0; i < count; i++)
    {
        if (i && !in_range(&fields[i]))
            return TIME_PARSE_OUT_OF_RANGE;
        if (seconds > (UINT64_MAX - fields[i].whole) / 60)
            return TIME_PARSE_TOO_LARGE;
        seconds = seconds * 60 + fields[i].whole;
    }
    return to_units(seconds, fields[count - 1].fraction, units);
}

/* [Nh][Nm][Ns], in that order. */
static time_parse_result parse_with_units(const char *p, const char *end, uint64_t *units)
{
    static const char letters[] = "hms";
    static const uint64_t seconds_of[] = { 3600, 60, 1 };
    int previous = -1;
    uint64_t total = 0;
    bool after_fraction = false;
    time_parse_result result;

    while (p < end)
    {
        typed_number number;
        const char *letter;
        int unit;

        if (after_fraction)
            return TIME_PARSE_BAD_FRACTION; /* "1.5h30m": a fraction only on the last one */
        if ((result = read_number(&p, end, &number)) != TIME_PARSE_OK)
            return result;
        p = skip_spaces(p, end);
        if (p == end)
            return TIME_PARSE_NOT_A_TIME; /* "1h30": 30 of what? */
        letter = *p ? strchr(letters, *p | 0x20) : NULL; /* either case */
        if (!letter)
            return unexpected(p, end);
        unit = (int)(letter - letters);
        if (unit <= previous)
            return TIME_PARSE_NOT_A_TIME; /* "30m1h", "1m1m" */
        if (previous >= 0 && !in_range(&number))
            return TIME_PARSE_OUT_OF_RANGE;
        if (number.whole > STOPWATCH_MAX_SECONDS / seconds_of[unit])
            return TIME_PARSE_TOO_LARGE;
        /* Each term is at most about TIME_PARSE_MAX_UNITS: three of them fit in 64 bits. */
        total += number.whole * seconds_of[unit] * TIME_PARSE_UNITS_PER_SECOND +
                 number.fraction * seconds_of[unit];
        if (total > TIME_PARSE_MAX_UNITS)
            return TIME_PARSE_TOO_LARGE;
        previous = unit;
        after_fraction = number.has_fraction;
        p = skip_spaces(p + 1, end);
    }
    *units = total;
    return TIME_PARSE_OK;
}

/* Either form, told apart by a unit letter anywhere. */
static time_parse_result parse_magnitude(const char *p, const char *end, uint64_t *units)
{
    const char *q;

    for (q = p; q < end; q++)
        if (*q && strchr("hmsHMS", *q))
            return parse_with_units(p, end, units);
    return parse_clock(p, end, units);
}

/* The text without the spaces around it, in [*p, *end); false when nothing is left. */
static bool trimmed(const char *text, const char **p, const char **end)
{
    if (!text)
        return false;
    *p = text;
    *end = text + strlen(text);
    *p = skip_spaces(*p, *end);
    while (*end > *p && is_space((*end)[-1]))
        (*end)--;
    return *p < *end;
}

time_parse_result time_parse_elapsed(const char *text, uint64_t *units)
{
    const char *p, *end;

    if (!trimmed(text, &p, &end))
        return TIME_PARSE_EMPTY;
    /* A leading sign is where a number should be: TIME_PARSE_SIGN, as anywhere else. */
    return parse_magnitude(p, end, units);
}

time_parse_result time_parse_amount(const char *text, int64_t *units)
{
    const char *p, *end;
    bool negative = false;
    size_t sign;
    uint64_t magnitude;
    time_parse_result result;

    if (!trimmed(text, &p, &end))
        return TIME_PARSE_EMPTY;
    sign = sign_length(p, end, &negative);
    p = skip_spaces(p + sign, end);
    if (p == end)
        return TIME_PARSE_NOT_A_TIME; /* a sign alone */
    if (sign_length(p, end, &negative))
        return TIME_PARSE_SIGN; /* "+-5", "--5" */
    if ((result = parse_magnitude(p, end, &magnitude)) != TIME_PARSE_OK)
        return result;
    /* At most TIME_PARSE_MAX_UNITS, far inside an int64_t either way. */
    *units = negative ? -(int64_t)magnitude : (int64_t)magnitude;
    return TIME_PARSE_OK;
}
