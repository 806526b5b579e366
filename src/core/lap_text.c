/*
 * Lap texts. See lap_text.h.
 */
#include "lapwing/lap_text.h"

#include <stdio.h>
#include <string.h>

#include "lapwing/format.h"
#include "lapwing/ticks.h"

/* snprintf's result as a length, cut to what fits. */
static size_t written(int length, char *text, size_t size)
{
    if (length < 0)
    {
        if (size)
            text[0] = '\0';
        return 0;
    }
    return (size_t)length;
}

size_t lap_text_delta(char *text, size_t size, int64_t ticks, uint64_t frequency,
                      const char *minus)
{
    uint64_t magnitude = ticks < 0 ? (uint64_t)(-(ticks + 1)) + 1 : (uint64_t)ticks;
    uint64_t centiseconds = ticks_to_units(magnitude, frequency, 100);
    uint64_t hours = centiseconds / 360000u;
    unsigned minutes = (unsigned)(centiseconds / 6000u % 60u);
    unsigned seconds = (unsigned)(centiseconds / 100u % 60u);
    unsigned hundredths = (unsigned)(centiseconds % 100u);
    const char *sign = centiseconds == 0 ? "" : ticks < 0 ? minus : "+";

    if (hours)
        return written(snprintf(text, size, "%s%llu:%02u:%02u.%02u", sign,
                                (unsigned long long)hours, minutes, seconds, hundredths),
                       text, size);
    if (minutes)
        return written(snprintf(text, size, "%s%u:%02u.%02u", sign, minutes, seconds,
                                hundredths),
                       text, size);
    return written(snprintf(text, size, "%s%u.%02u", sign, seconds, hundredths), text, size);
}

size_t lap_text_duration(char *text, size_t size, uint64_t ticks, uint64_t frequency)
{
    /* The same text as a delta that is never negative, without its '+'. */
    char signed_text[64];
    const char *digits = signed_text;

    lap_text_delta(signed_text, sizeof(signed_text),
                   ticks > (uint64_t)INT64_MAX ? INT64_MAX : (int64_t)ticks, frequency, "-");
    if (signed_text[0] == '+')
        digits++;
    return written(snprintf(text, size, "%s", digits), text, size);
}

size_t lap_text_seconds(char *text, size_t size, uint64_t ticks, uint64_t frequency)
{
    uint64_t milliseconds = ticks_to_units(ticks, frequency, 1000);

    return written(snprintf(text, size, "%llu.%03u", (unsigned long long)(milliseconds / 1000u),
                            (unsigned)(milliseconds % 1000u)),
                   text, size);
}

size_t lap_text_signed_seconds(char *text, size_t size, int64_t ticks, uint64_t frequency)
{
    uint64_t magnitude = ticks < 0 ? (uint64_t)(-(ticks + 1)) + 1 : (uint64_t)ticks;
    uint64_t milliseconds = ticks_to_units(magnitude, frequency, 1000);

    return written(snprintf(text, size, "%s%llu.%03u", ticks < 0 && milliseconds ? "-" : "",
                            (unsigned long long)(milliseconds / 1000u),
                            (unsigned)(milliseconds % 1000u)),
                   text, size);
}

size_t lap_text_correction(char *text, size_t size, const laps *laps, size_t index,
                           uint64_t frequency, const char *word)
{
    char amount[64];
    bool any;
    int64_t sum = laps_correction_in_lap(laps, index, &any);

    if (!any)
    {
        if (size)
            text[0] = '\0';
        return 0;
    }
    /* Never hidden: corrections that add up to nothing still show, as "0.00". */
    lap_text_delta(amount, sizeof(amount), sum, frequency, LAP_TEXT_MINUS);
    if (!word || !*word)
        return written(snprintf(text, size, "%s", amount), text, size);
    return written(snprintf(text, size, "%s %s", word, amount), text, size);
}

lap_mark lap_text_mark(const laps *laps, size_t index)
{
    lap_statistics statistics = laps_statistics(laps);

    if (statistics.count < 2 || statistics.best == statistics.worst)
        return LAP_MARK_NONE;
    if (index == statistics.best_index)
        return LAP_MARK_BEST;
    if (index == statistics.worst_index)
        return LAP_MARK_WORST;
    return LAP_MARK_NONE;
}

/* The delta cell: empty for the first lap. */
static void delta_text(char *text, size_t size, const laps *laps, size_t index,
                       uint64_t frequency, const char *minus)
{
    int64_t delta;

    if (laps_delta(laps, index, &delta))
        lap_text_delta(text, size, delta, frequency, minus);
    else if (size)
        text[0] = '\0';
}

void lap_text_cell(char *text, size_t size, const laps *laps, size_t index, lap_column column,
                   uint64_t frequency)
{
    const char *note;

    if (!size)
        return;
    text[0] = '\0';
    if (index >= laps->count)
        return;
    switch (column)
    {
    case LAP_COLUMN_NUMBER:
        snprintf(text, size, "%llu", (unsigned long long)index + 1);
        break;
    case LAP_COLUMN_LAP:
        format_time(text, size, laps_ticks(laps, index), frequency);
        break;
    case LAP_COLUMN_TOTAL:
        format_time(text, size, laps_total(laps, index), frequency);
        break;
    case LAP_COLUMN_DELTA:
        delta_text(text, size, laps, index, frequency, LAP_TEXT_MINUS);
        break;
    case LAP_COLUMN_NOTE:
        note = laps_note(laps, index);
        if (note)
            snprintf(text, size, "%s", note);
        break;
    default:
        break;
    }
}

/* The fields every export row starts with: #, lap, total and delta (with an ASCII minus), each
 * followed by `separator`. */
static void append_time_fields(text_buffer *buffer, const laps *laps, size_t index,
                               uint64_t frequency, const char *separator)
{
    static const lap_column columns[] = { LAP_COLUMN_NUMBER, LAP_COLUMN_LAP, LAP_COLUMN_TOTAL };
    char cell[LAP_TEXT_CELL_MAX];
    size_t i;

    for (i = 0; i < sizeof(columns) / sizeof(columns[0]); i++)
    {
        lap_text_cell(cell, sizeof(cell), laps, index, columns[i], frequency);
        text_buffer_append_string(buffer, cell);
        text_buffer_append_string(buffer, separator);
    }
    delta_text(cell, sizeof(cell), laps, index, frequency, "-");
    text_buffer_append_string(buffer, cell);
    text_buffer_append_string(buffer, separator);
}

/* `separator` and the lap's corrections as signed seconds (nothing when it has none). */
static void append_correction_field(text_buffer *buffer, const laps *laps, size_t index,
                                    uint64_t frequency, const char *separator)
{
    char cell[32];
    bool any;
    int64_t sum = laps_correction_in_lap(laps, index, &any);

    text_buffer_append_string(buffer, separator);
    if (any)
    {
        lap_text_signed_seconds(cell, sizeof(cell), sum, frequency);
        text_buffer_append_string(buffer, cell);
    }
}

void lap_text_append_tsv_row(text_buffer *buffer, const laps *laps, size_t index,
                             uint64_t frequency)
{
    const char *note = laps_note(laps, index);

    append_time_fields(buffer, laps, index, frequency, "\t");
    if (note) /* notes hold no tabs or line breaks: they are checked when set */
        text_buffer_append_string(buffer, note);
    append_correction_field(buffer, laps, index, frequency, "\t");
    text_buffer_append(buffer, "\r\n", 2);
}

void lap_text_append_csv_header(text_buffer *buffer)
{
    text_buffer_append_string(buffer, LAP_TEXT_UTF8_BOM
                              "lap,lap_time,total_time,delta,lap_seconds,total_seconds,note,"
                              "correction\r\n");
}

static void append_csv_field(text_buffer *buffer, const char *field)
{
    const char *quote;

    if (!strpbrk(field, "\",\r\n"))
    {
        text_buffer_append_string(buffer, field);
        return;
    }
    /* RFC 4180: the field in quotes, each quote inside doubled. */
    text_buffer_append(buffer, "\"", 1);
    while ((quote = strchr(field, '"')) != NULL)
    {
        text_buffer_append(buffer, field, (size_t)(quote - field) + 1);
        text_buffer_append(buffer, "\"", 1);
        field = quote + 1;
    }
    text_buffer_append_string(buffer, field);
    text_buffer_append(buffer, "\"", 1);
}

void lap_text_append_csv_row(text_buffer *buffer, const laps *laps, size_t index,
                             uint64_t frequency)
{
    char cell[LAP_TEXT_CELL_MAX];
    const char *note = laps_note(laps, index);

    append_time_fields(buffer, laps, index, frequency, ",");
    lap_text_seconds(cell, sizeof(cell), laps_ticks(laps, index), frequency);
    text_buffer_append_string(buffer, cell);
    text_buffer_append(buffer, ",", 1);
    lap_text_seconds(cell, sizeof(cell), laps_total(laps, index), frequency);
    text_buffer_append_string(buffer, cell);
    text_buffer_append(buffer, ",", 1);
    if (note)
        append_csv_field(buffer, note);
    append_correction_field(buffer, laps, index, frequency, ",");
    text_buffer_append(buffer, "\r\n", 2);
}
