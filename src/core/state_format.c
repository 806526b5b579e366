/*
 * Writing the saved state's text (reading it: state_parse.c). See state_format.h and
 * docs/state-format.md.
 */
#include "lapwing/state_format.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void saved_state_initialize(saved_state *saved)
{
    memset(saved, 0, sizeof(*saved));
    saved->state = STOPWATCH_STOPPED;
    laps_initialize(&saved->laps);
}

void saved_state_delete(saved_state *saved)
{
    laps_delete(&saved->laps);
    saved_state_initialize(saved);
}

#if defined(__GNUC__)
static void append_format(text_buffer *buffer, const char *format, ...)
    __attribute__((format(printf, 2, 3)));
#endif

static void append_format(text_buffer *buffer, const char *format, ...)
{
    char line[128];
    va_list arguments;
    int length;

    va_start(arguments, format);
    length = vsnprintf(line, sizeof(line), format, arguments);
    va_end(arguments);
    if (length > 0)
        text_buffer_append(buffer, line, (size_t)length < sizeof(line) ? (size_t)length
                                                                      : sizeof(line) - 1);
}

static const char *state_name(stopwatch_state state)
{
    switch (state)
    {
    case STOPWATCH_RUNNING: return "running";
    case STOPWATCH_PAUSED:  return "paused";
    default:                return "stopped";
    }
}

void state_write_run(text_buffer *buffer, uint64_t banked, uint64_t run_start_counter,
                     uint64_t run_start_wall, const char *boot_id)
{
    append_format(buffer, "run %llu %llu %llu ", (unsigned long long)banked,
                  (unsigned long long)run_start_counter, (unsigned long long)run_start_wall);
    text_buffer_append_string(buffer, boot_id[0] ? boot_id : "-");
    text_buffer_append(buffer, "\n", 1);
}

void state_write_pause(text_buffer *buffer, uint64_t banked)
{
    append_format(buffer, "pause %llu\n", (unsigned long long)banked);
}

void state_write_lap(text_buffer *buffer, uint64_t total)
{
    append_format(buffer, "lap %llu\n", (unsigned long long)total);
}

void state_write_undo_lap(text_buffer *buffer)
{
    text_buffer_append_string(buffer, "undo\n");
}

void state_write_reset(text_buffer *buffer)
{
    text_buffer_append_string(buffer, "reset\n");
}

void state_write_note(text_buffer *buffer, size_t lap, const char *note)
{
    append_format(buffer, "note %llu ", (unsigned long long)lap + 1);
    text_buffer_append_string(buffer, note);
    text_buffer_append(buffer, "\n", 1);
}

void state_write_journal_header(text_buffer *buffer, uint64_t generation)
{
    append_format(buffer, "lapwing-journal %d %llu\n", STATE_FORMAT_VERSION,
                  (unsigned long long)generation);
}

void state_write_snapshot(text_buffer *buffer, const saved_state *saved)
{
    size_t i;

    append_format(buffer, "lapwing-state %d\n", STATE_FORMAT_VERSION);
    append_format(buffer, "generation %llu\n", (unsigned long long)saved->generation);
    append_format(buffer, "state %s\n", state_name(saved->state));
    append_format(buffer, "banked %llu\n", (unsigned long long)saved->banked);
    if (saved->state == STOPWATCH_RUNNING)
        state_write_run(buffer, saved->banked, saved->run_start_counter, saved->run_start_wall,
                        saved->boot_id);
    for (i = 0; i < saved->laps.count; i++)
        state_write_lap(buffer, saved->laps.totals[i]);
    for (i = 0; i < saved->laps.note_count; i++)
        state_write_note(buffer, saved->laps.notes[i].lap, saved->laps.notes[i].text);
    text_buffer_append_string(buffer, "end\n");
}
