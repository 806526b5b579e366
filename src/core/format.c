/*
 * Time text. See format.h.
 */
#include "lapwing/format.h"

#include <stdio.h>

#include "lapwing/ticks.h"

size_t format_time(char *text, size_t size, uint64_t ticks, uint64_t frequency)
{
    uint64_t centiseconds = ticks_to_units(ticks, frequency, 100);
    uint64_t hours = centiseconds / 360000u;
    unsigned minutes = (unsigned)(centiseconds / 6000u % 60u);
    unsigned seconds = (unsigned)(centiseconds / 100u % 60u);
    unsigned hundredths = (unsigned)(centiseconds % 100u);
    int length;

    length = snprintf(text, size, "%02llu:%02u:%02u.%02u",
                      (unsigned long long)hours, minutes, seconds, hundredths);
    if (length < 0)
    {
        if (size)
            text[0] = '\0';
        return 0;
    }
    return (size_t)length;
}
