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

/* " BANKED COUNTER WALL BOOT" and the line end: a run's anchors, after its word. */
static void append_anchors(text_buffer *buffer, uint64_t banked, uint64_t run_start_counter,
                           uint64_t run_start_wall, const char *boot_id)
{
    append_format(buffer, " %llu %llu %llu ", (unsigned long long)banked,
                  (unsigned long long)run_start_counter, (unsigned long long)run_start_wall);
    text_buffer_append_string(buffer, boot_id[0] ? boot_id : "-");
    text_buffer_append(buffer, "\n", 1);
}

void state_write_run(text_buffer *buffer, uint64_t banked, uint64_t run_start_counter,
                     uint64_t run_start_wall, const char *boot_id)
{
    text_buffer_append_string(buffer, "run");
    append_anchors(buffer, banked, run_start_counter, run_start_wall, boot_id);
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

void state_write_correct(text_buffer *buffer, int64_t amount, uint64_t banked)
{
    append_format(buffer, "correct %lld %llu\n", (long long)amount, (unsigned long long)banked);
}

void state_write_correct_running(text_buffer *buffer, int64_t amount, uint64_t banked,
                                 uint64_t run_start_counter, uint64_t run_start_wall,
                                 const char *boot_id)
{
    append_format(buffer, "correct %lld", (long long)amount);
    append_anchors(buffer, banked, run_start_counter, run_start_wall, boot_id);
}

void state_write_uncorrect(text_buffer *buffer, uint64_t banked)
{
    append_format(buffer, "uncorrect %llu\n", (unsigned long long)banked);
}

void state_write_uncorrect_running(text_buffer *buffer, uint64_t banked,
                                   uint64_t run_start_counter, uint64_t run_start_wall,
                                   const char *boot_id)
{
    text_buffer_append_string(buffer, "uncorrect");
    append_anchors(buffer, banked, run_start_counter, run_start_wall, boot_id);
}

void state_write_started(text_buffer *buffer, uint64_t wall)
{
    append_format(buffer, "started %llu\n", (unsigned long long)wall);
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
    if (saved->started_wall)
        state_write_started(buffer, saved->started_wall);
    for (i = 0; i < saved->laps.count; i++)
        state_write_lap(buffer, saved->laps.totals[i]);
    /* After the laps, each with the lap it was made in (counting from 1, as notes do; one more
     * than the laps: the lap that was running). */
    for (i = 0; i < saved->laps.correction_count; i++)
        append_format(buffer, "correct %llu %lld\n",
                      (unsigned long long)saved->laps.corrections[i].lap + 1,
                      (long long)saved->laps.corrections[i].amount);
    for (i = 0; i < saved->laps.note_count; i++)
        state_write_note(buffer, saved->laps.notes[i].lap, saved->laps.notes[i].text);
    text_buffer_append_string(buffer, "end\n");
}
