/*
 * Reading the saved state's text: nothing in it is trusted. The files line by line (torn and
 * overlong lines), their headers and versions, the journal over its snapshot; what each line
 * does is state_lines.c's. See state_format.h and docs/state-format.md.
 */
#include "lapwing/state_format.h"

#include <string.h>

#include "state_lines.h"

enum
{
    LINE_MAX_LENGTH = 64 + LAPS_NOTE_MAX_BYTES /* a note line is the longest */
};

typedef struct line_reader
{
    const char *next, *end;
} line_reader;

/* The next line (without its line end) in *line, *length; false at the end. A line longer than
 * LINE_MAX_LENGTH is returned cut to nothing, so that it counts as bad. *torn is set for a last
 * line with no line end. */
static bool next_line(line_reader *reader, const char **line, size_t *length, bool *torn)
{
    const char *end;

    if (!reader->next || reader->next >= reader->end)
        return false;
    end = memchr(reader->next, '\n', (size_t)(reader->end - reader->next));
    *torn = end == NULL;
    if (!end)
        end = reader->end;
    *line = reader->next;
    *length = (size_t)(end - reader->next);
    if (*length && (*line)[*length - 1] == '\r')
        (*length)--;
    reader->next = end + 1;
    if (*length > LINE_MAX_LENGTH)
        *length = 0, *line = "";
    return true;
}

/* The header "NAME VERSION [GENERATION]": 1 when it is ours (its version in *version), 0 when
 * not a Lapwing file, -1 for a version this Lapwing does not know. */
static int read_header(const char *p, const char *end, const char *name, uint64_t *version,
                       uint64_t *generation)
{
    if (!state_starts_with(&p, end, name))
        return 0;
    if (!state_read_number(&p, end, 1000000, version))
        return 0;
    if (*version < 1 || *version > STATE_FORMAT_VERSION)
        return -1;
    *generation = 0;
    if (!state_at_end(p, end) && !state_read_number(&p, end, UINT64_MAX, generation))
        return 0;
    return state_at_end(p, end) ? 1 : 0;
}

/* A saved running state must have its anchors; without, the best guess is paused. */
static void make_consistent(saved_state *saved)
{
    if (saved->state == STOPWATCH_STOPPED &&
        (saved->banked || saved->laps.count || saved->laps.correction_count))
        saved->state = STOPWATCH_PAUSED;
    if (saved->state == STOPWATCH_RUNNING && !saved->run_start_counter && !saved->run_start_wall)
        saved->state = STOPWATCH_PAUSED;
}

bool state_parse(const char *snapshot, size_t snapshot_length, const char *journal,
                 size_t journal_length, saved_state *saved, state_report *report)
{
    line_reader reader;
    const char *line;
    size_t length;
    bool torn = false, usable = true, first = true, ended = false;
    uint64_t journal_generation = 0, version = 0;
    bool running_line = false;
    size_t notes_read = 0;

    memset(report, 0, sizeof(*report));
    saved_state_initialize(saved);
    laps_begin_loading(&saved->laps);

    if (snapshot && snapshot_length)
    {
        reader.next = snapshot;
        reader.end = snapshot + snapshot_length;
        while (next_line(&reader, &line, &length, &torn))
        {
            if (first)
            {
                uint64_t unused;
                int header = read_header(line, line + length, "lapwing-state", &version, &unused);
                first = false;
                if (header <= 0)
                {
                    report->no_header = header == 0;
                    report->wrong_version = header < 0;
                    usable = false;
                    break;
                }
                continue;
            }
            if (torn)
            {
                report->torn_last_line = true;
                break;
            }
            if (length >= 3 && memcmp(line, "run", 3) == 0)
                running_line = true;
            if (!state_apply_snapshot_line(saved, line, line + length, &notes_read, &ended, version))
                report->bad_lines++;
        }
        report->no_end = usable && !ended;
        if (!usable)
        {
            saved_state_delete(saved);
            laps_begin_loading(&saved->laps);
        }
        else if (saved->state == STOPWATCH_RUNNING && !running_line)
            saved->state = STOPWATCH_PAUSED;
    }

    if (journal && journal_length)
    {
        first = true;
        reader.next = journal;
        reader.end = journal + journal_length;
        while (next_line(&reader, &line, &length, &torn))
        {
            if (first)
            {
                first = false;
                if (read_header(line, line + length, "lapwing-journal", &version,
                                &journal_generation) <= 0)
                {
                    report->journal_ignored = true;
                    break;
                }
                report->journal_generation = journal_generation;
                if (journal_generation != saved->generation)
                {
                    report->journal_ignored = true;
                    break;
                }
                continue;
            }
            if (torn)
            {
                report->torn_last_line = true; /* a power cut mid-append: ignored */
                break;
            }
            if (state_apply_journal_line(saved, line, line + length, &notes_read, version))
                report->journal_lines++;
            else
                report->bad_lines++;
        }
    }
    laps_end_loading(&saved->laps);
    make_consistent(saved);
    return usable;
}

uint64_t state_elapsed_now(const saved_state *saved, bool same_boot, uint64_t counter_now,
                           uint64_t wall_now, bool *clamped)
{
    uint64_t run, elapsed;

    *clamped = false;
    if (saved->state != STOPWATCH_RUNNING)
        return saved->banked;
    if (same_boot)
    {
        run = counter_now >= saved->run_start_counter ? counter_now - saved->run_start_counter : 0;
        *clamped = counter_now < saved->run_start_counter;
    }
    else if (wall_now >= saved->run_start_wall)
        run = wall_now - saved->run_start_wall;
    else
    {
        run = 0; /* the clock went back while Lapwing was closed */
        *clamped = true;
    }
    if (run > STATE_MAX_UNITS - saved->banked)
    {
        *clamped = true;
        return STATE_MAX_UNITS;
    }
    elapsed = saved->banked + run;
    return elapsed;
}
