/*
 * The history in words and rows. See history_text.h.
 */
#include "lapwing/history_text.h"

#include <stdio.h>
#include <string.h>

#include "lapwing/format.h"
#include "lapwing/lap_text.h"

static size_t cut(char *text, size_t size, int length)
{
    if (!size)
        return 0;
    if (length < 0)
    {
        text[0] = '\0';
        return 0;
    }
    return (size_t)length < size ? (size_t)length : size - 1;
}

size_t history_text_date(char *text, size_t size, const calendar_time *when, bool seconds)
{
    if (!when)
    {
        if (size)
            text[0] = '\0';
        return 0;
    }
    if (seconds)
        return cut(text, size,
                   snprintf(text, size, "%04d-%02d-%02d %02d:%02d:%02d", when->year,
                            when->month, when->day, when->hour, when->minute, when->second));
    return cut(text, size,
               snprintf(text, size, "%04d-%02d-%02d %02d:%02d", when->year, when->month,
                        when->day, when->hour, when->minute));
}

void history_text_cell(char *text, size_t size, const history_run *run, history_column column,
                       const calendar_time *started)
{
    lap_statistics statistics;

    if (!size)
        return;
    text[0] = '\0';
    switch (column)
    {
    case HISTORY_COLUMN_STARTED:
        history_text_date(text, size, started, false);
        break;
    case HISTORY_COLUMN_TOTAL:
        format_time(text, size, run->total, HISTORY_TEXT_UNITS_PER_SECOND);
        break;
    case HISTORY_COLUMN_LAPS:
        snprintf(text, size, "%llu", (unsigned long long)run->laps.count);
        break;
    case HISTORY_COLUMN_BEST_LAP:
        statistics = laps_statistics(&run->laps);
        if (statistics.count)
            lap_text_duration(text, size, statistics.best, HISTORY_TEXT_UNITS_PER_SECOND);
        break;
    case HISTORY_COLUMN_NAME:
        if (run->name)
            snprintf(text, size, "%s", run->name);
        break;
    case HISTORY_COLUMN_CORRECTION:
        if (run->laps.correction_count)
        {
            int64_t sum = 0;
            size_t i;
            for (i = 0; i < run->laps.correction_count; i++)
            {
                /* Saturated: a file may hold more corrections than any run could. */
                int64_t amount = run->laps.corrections[i].amount;
                sum = amount > 0 && sum > INT64_MAX - amount   ? INT64_MAX
                      : amount < 0 && sum < INT64_MIN - amount ? INT64_MIN
                                                               : sum + amount;
            }
            lap_text_delta(text, size, sum, HISTORY_TEXT_UNITS_PER_SECOND, "\xE2\x88\x92");
        }
        break;
    default:
        break;
    }
}

void history_text_line(char *text, size_t size, const history_run *run,
                       const calendar_time *started)
{
    char date[32], total[FORMAT_TIME_MAX];

    if (!history_text_date(date, sizeof(date), started, true))
        snprintf(date, sizeof(date), "-");
    format_time(total, sizeof(total), run->total, HISTORY_TEXT_UNITS_PER_SECOND);
    snprintf(text, size, "%s\t%s\t%llu\t%s", date, total, (unsigned long long)run->laps.count,
             run->name ? run->name : "");
}

void history_text_append_csv_header(text_buffer *buffer)
{
    text_buffer_append_string(buffer, LAP_TEXT_UTF8_BOM
                              "run,started,lap,lap_time,total_time,delta,lap_seconds,"
                              "total_seconds,note,correction\r\n");
}

void history_text_append_csv_run(text_buffer *buffer, const history_run *run,
                                 const calendar_time *started)
{
    char prefix[64], date[32], total[FORMAT_TIME_MAX], seconds[32];
    size_t i;

    history_text_date(date, sizeof(date), started, true);
    snprintf(prefix, sizeof(prefix), "%llu,%s,", (unsigned long long)run->id, date);
    for (i = 0; i < run->laps.count; i++)
    {
        text_buffer_append_string(buffer, prefix);
        lap_text_append_csv_row(buffer, &run->laps, i, HISTORY_TEXT_UNITS_PER_SECOND);
    }
    if (!run->laps.count)
    {
        /* A run with no laps still says how long it was. */
        format_time(total, sizeof(total), run->total, HISTORY_TEXT_UNITS_PER_SECOND);
        lap_text_seconds(seconds, sizeof(seconds), run->total, HISTORY_TEXT_UNITS_PER_SECOND);
        text_buffer_append_string(buffer, prefix);
        text_buffer_append_string(buffer, ",,");
        text_buffer_append_string(buffer, total);
        text_buffer_append_string(buffer, ",,,");
        text_buffer_append_string(buffer, seconds);
        text_buffer_append_string(buffer, ",,\r\n");
    }
}

void history_text_vs_best(char *text, size_t size, const history_best *best,
                          const history *history, size_t number, uint64_t total,
                          const char *minus)
{
    int64_t difference;

    if (!size)
        return;
    text[0] = '\0';
    if (history_best_compare(best, history, number, total, &difference))
        lap_text_delta(text, size, difference, HISTORY_TEXT_UNITS_PER_SECOND, minus);
}
