/*
 * Time text. See format.h.
 */
#include "lapwing/format.h"

#include <stdio.h>

#include "lapwing/ticks.h"

/* Units a second of each precision. */
static const unsigned units_per_second[TIME_PRECISION_COUNT] = { 1, 10, 100, 1000 };

size_t format_time_at(char *text, size_t size, uint64_t ticks, uint64_t frequency,
                      time_precision precision)
{
    unsigned per_second, digits;
    uint64_t units, hours, whole_seconds;
    unsigned minutes, seconds, fraction;
    int length;

    if ((unsigned)precision >= TIME_PRECISION_COUNT)
        precision = TIME_PRECISION_HUNDREDTHS;
    per_second = units_per_second[precision];
    digits = (unsigned)precision; /* 0, 1, 2 or 3 decimals */
    units = ticks_to_units(ticks, frequency, per_second);
    whole_seconds = units / per_second;
    hours = whole_seconds / 3600u;
    minutes = (unsigned)(whole_seconds / 60u % 60u);
    seconds = (unsigned)(whole_seconds % 60u);
    fraction = (unsigned)(units % per_second);
    if (digits == 0)
        length = snprintf(text, size, "%02llu:%02u:%02u", (unsigned long long)hours, minutes,
                          seconds);
    else
        length = snprintf(text, size, "%02llu:%02u:%02u.%0*u", (unsigned long long)hours,
                          minutes, seconds, (int)digits, fraction);
    if (length < 0)
    {
        if (size)
            text[0] = '\0';
        return 0;
    }
    return (size_t)length;
}

size_t format_time(char *text, size_t size, uint64_t ticks, uint64_t frequency)
{
    return format_time_at(text, size, ticks, frequency, TIME_PRECISION_HUNDREDTHS);
}

unsigned format_frames_per_second(time_precision precision, unsigned display_rate)
{
    unsigned needed;

    if ((unsigned)precision >= TIME_PRECISION_COUNT)
        precision = TIME_PRECISION_HUNDREDTHS;
    needed = units_per_second[precision];
    if (display_rate == 0)
        display_rate = 1;
    return needed < display_rate ? needed : display_rate;
}
