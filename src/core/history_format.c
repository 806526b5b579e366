/*
 * The history's file, written (docs/state-format.md, "The history"): a run's block when a reset
 * archives it, one line for a later removal, name or note, and the whole file when compacted.
 * Reading it is history_parse.c.
 */
#include "lapwing/history.h"

#include <stdio.h>

static void append_format(text_buffer *buffer, const char *format, unsigned long long a,
                          unsigned long long b)
{
    char line[96];
    int length = snprintf(line, sizeof(line), format, a, b);

    if (length > 0)
        text_buffer_append(buffer, line, (size_t)length);
}

void history_write_header(text_buffer *buffer)
{
    append_format(buffer, "lapwing-history %llu\n", HISTORY_FORMAT_VERSION, 0);
}

void history_write_run(text_buffer *buffer, const history_run *run)
{
    char line[160];
    size_t i;
    int length = snprintf(line, sizeof(line), "run %llu %lu %llu %llu %llu %llu\n",
                          (unsigned long long)run->id, (unsigned long)run->stopwatch,
                          (unsigned long long)run->started_wall,
                          (unsigned long long)run->ended_wall, (unsigned long long)run->total,
                          (unsigned long long)run->laps.count);

    if (length > 0)
        text_buffer_append(buffer, line, (size_t)length);
    for (i = 0; i < run->laps.count; i++)
        append_format(buffer, "lap %llu\n", (unsigned long long)run->laps.totals[i], 0);
    for (i = 0; i < run->laps.correction_count; i++)
    {
        const lap_correction *correction = &run->laps.corrections[i];
        length = snprintf(line, sizeof(line), "correct %llu %s%llu\n",
                          (unsigned long long)correction->lap + 1,
                          correction->amount < 0 ? "-" : "",
                          correction->amount < 0
                              ? (unsigned long long)0 - (unsigned long long)correction->amount
                              : (unsigned long long)correction->amount);
        if (length > 0)
            text_buffer_append(buffer, line, (size_t)length);
    }
    for (i = 0; i < run->laps.note_count; i++)
    {
        append_format(buffer, "note %llu ", (unsigned long long)run->laps.notes[i].lap + 1, 0);
        text_buffer_append_string(buffer, run->laps.notes[i].text);
        text_buffer_append(buffer, "\n", 1);
    }
    if (run->name)
    {
        text_buffer_append_string(buffer, "name ");
        text_buffer_append_string(buffer, run->name);
        text_buffer_append(buffer, "\n", 1);
    }
    append_format(buffer, "end %llu\n", (unsigned long long)run->id, 0);
}

void history_write_remove(text_buffer *buffer, uint64_t id)
{
    append_format(buffer, "remove %llu\n", (unsigned long long)id, 0);
}

void history_write_name(text_buffer *buffer, uint64_t id, const char *name)
{
    append_format(buffer, "rename %llu ", (unsigned long long)id, 0);
    text_buffer_append_string(buffer, name);
    text_buffer_append(buffer, "\n", 1);
}

void history_write_note(text_buffer *buffer, uint64_t id, size_t lap, const char *note)
{
    append_format(buffer, "renote %llu %llu ", (unsigned long long)id,
                  (unsigned long long)lap + 1);
    text_buffer_append_string(buffer, note);
    text_buffer_append(buffer, "\n", 1);
}

void history_write_all(text_buffer *buffer, const history *history)
{
    size_t i;

    history_write_header(buffer);
    for (i = 0; i < history->count; i++)
        history_write_run(buffer, &history->runs[i]);
}

bool history_compaction_due(const history *history)
{
    return history->dead_lines > 1000 && history->dead_lines > history->live_lines;
}
