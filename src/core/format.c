/*
 * Time and lap text. See format.h.
 */
#include "lapwing/format.h"

#include <stdio.h>
#include <string.h>

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

/* Appends `piece` to the text being built, as far as it fits; counts it whole either way. */
static void append(char *text, size_t size, size_t *length, const char *piece, size_t piece_length)
{
    if (*length < size)
    {
        size_t room = size - *length - 1;
        size_t copy = piece_length < room ? piece_length : room;
        memcpy(text + *length, piece, copy);
        text[*length + copy] = '\0';
    }
    *length += piece_length;
}

size_t format_laps_tsv(char *text, size_t size, const char *header, const uint64_t *totals,
                       size_t count, uint64_t frequency)
{
    size_t length = 0, index;
    char line[32 + 2 * FORMAT_TIME_MAX];
    char lap[FORMAT_TIME_MAX], total[FORMAT_TIME_MAX];
    uint64_t previous_total = 0;

    if (size)
        text[0] = '\0';
    append(text, size, &length, header, strlen(header));
    append(text, size, &length, "\r\n", 2);
    for (index = 0; index < count; index++)
    {
        int line_length;
        format_time(lap, sizeof(lap), totals[index] - previous_total, frequency);
        format_time(total, sizeof(total), totals[index], frequency);
        previous_total = totals[index];
        line_length = snprintf(line, sizeof(line), "%llu\t%s\t%s\r\n",
                               (unsigned long long)index + 1, lap, total);
        if (line_length > 0)
            append(text, size, &length, line, (size_t)line_length);
    }
    return length;
}
