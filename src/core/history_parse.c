/*
 * The history's file, read (docs/state-format.md, "The history"). Reading trusts nothing, as
 * the state's parser does (the number and word readers are shared with it): every line checked,
 * a bad one skipped and counted, a run's block counting only once its `end` line is there, sizes
 * bounded, time linear in the file's size.
 */
#include "lapwing/history.h"

#include <stdlib.h>
#include <string.h>

#include "lapwing/state_format.h"
#include "state_lines.h"

enum
{
    LINE_MAX_LENGTH = 96 + LAPS_NOTE_MAX_BYTES /* a note line is the longest */
};

typedef struct reader
{
    const char *next, *end;
} reader;

/* As the state's parser: a line without its end, cut to nothing when too long. */
static bool next_line(reader *from, const char **line, size_t *length, bool *torn)
{
    const char *end;

    if (from->next >= from->end)
        return false;
    end = memchr(from->next, '\n', (size_t)(from->end - from->next));
    *torn = end == NULL;
    if (!end)
        end = from->end;
    *line = from->next;
    *length = (size_t)(end - from->next);
    if (*length && (*line)[*length - 1] == '\r')
        (*length)--;
    from->next = end + 1;
    if (*length > LINE_MAX_LENGTH)
        *length = 0, *line = "";
    return true;
}

/* The rest of the line after one space, as a NUL-terminated note or name (checked). */
static bool read_text(const char *p, const char *end, char *out, size_t size)
{
    size_t length;

    if (p >= end || *p != ' ')
        return false;
    p++;
    length = (size_t)(end - p);
    if (length >= size)
        return false;
    memcpy(out, p, length);
    out[length] = '\0';
    return laps_check_note(out) == LAPS_NOTE_OK;
}

typedef struct parse_state
{
    history *history;
    history_report *report;
    history_run run;        /* the block being read */
    bool in_run;
    bool skipping;          /* the rest of a dropped block, up to its end */
    uint64_t expected_laps;
    size_t laps_read, notes_read;
    char text[LAPS_NOTE_MAX_BYTES + 1];
} parse_state;

static void drop_block(parse_state *state)
{
    if (state->in_run)
        history_run_delete(&state->run);
    state->in_run = false;
}

static bool begin_run(parse_state *state, const char *p, const char *end)
{
    uint64_t id, stopwatch, started, ended, total, count;

    if (!state_read_number(&p, end, UINT64_MAX - 1, &id) || !id ||
        !state_read_number(&p, end, UINT32_MAX, &stopwatch) || !stopwatch ||
        !state_read_number(&p, end, UINT64_MAX, &started) ||
        !state_read_number(&p, end, UINT64_MAX, &ended) ||
        !state_read_number(&p, end, STATE_MAX_UNITS, &total) ||
        !state_read_number(&p, end, HISTORY_LAPS_MAX, &count) || !state_at_end(p, end) ||
        state->history->count >= HISTORY_RUNS_MAX ||
        history_find(state->history, id)) /* a removed run's block again brings it back */
        return false;
    history_run_initialize(&state->run);
    state->run.id = id;
    state->run.stopwatch = (uint32_t)stopwatch;
    state->run.started_wall = started;
    state->run.ended_wall = ended;
    state->run.total = total;
    state->expected_laps = count;
    state->in_run = true;
    laps_begin_loading(&state->run.laps);
    return true;
}

/* UTF-8 characters in `text` (the bytes that do not continue one). */
static size_t characters_in(const char *text)
{
    size_t count = 0;

    for (; *text; text++)
        count += ((unsigned char)*text & 0xC0) != 0x80;
    return count;
}

typedef enum line_result
{
    LINE_OK,
    LINE_SKIPPED,       /* a bad note, name or correction: the run keeps the rest */
    LINE_BREAKS_RUN     /* a bad lap or end: the run cannot be trusted, and is dropped */
} line_result;

/* A line inside a run's block. */
static line_result block_line(parse_state *state, const char *p, const char *end)
{
    history_run *run = &state->run;
    uint64_t value, lap;

    if (state_starts_with(&p, end, "lap"))
    {
        if (!state_read_number(&p, end, STATE_MAX_UNITS, &value) || !state_at_end(p, end) ||
            run->laps.count >= state->expected_laps || state->laps_read >= HISTORY_LAPS_MAX ||
            (run->laps.count && value < run->laps.totals[run->laps.count - 1]) ||
            value > run->total || !laps_append(&run->laps, value))
            return LINE_BREAKS_RUN;
        state->laps_read++;
        return LINE_OK;
    }
    if (state_starts_with(&p, end, "correct"))
    {
        bool negative;
        size_t count = run->laps.count;
        bool added;

        if (!state_read_number(&p, end, HISTORY_LAPS_MAX + 1, &lap) || !lap ||
            lap - 1 > run->laps.count || p >= end || *p != ' ')
            return LINE_SKIPPED;
        p++;
        negative = p < end && *p == '-';
        if (negative)
            p++;
        if (!state_read_number(&p, end, STATE_MAX_UNITS, &value) || !state_at_end(p, end) ||
            !value)
            return LINE_SKIPPED;
        /* Corrections come after the laps: the one made in lap N counts the laps before it. */
        run->laps.count = (size_t)(lap - 1);
        added = laps_add_correction(&run->laps, negative ? -(int64_t)value : (int64_t)value);
        run->laps.count = count;
        return added ? LINE_OK : LINE_SKIPPED;
    }
    if (state_starts_with(&p, end, "note"))
    {
        if (!state_read_number(&p, end, HISTORY_LAPS_MAX, &lap) || !lap ||
            lap > run->laps.count || state->notes_read >= HISTORY_NOTES_MAX ||
            !read_text(p, end, state->text, sizeof(state->text)) || !state->text[0] ||
            laps_note(&run->laps, (size_t)lap - 1) ||
            (run->laps.note_count &&
             run->laps.notes[run->laps.note_count - 1].lap >= (size_t)lap - 1) ||
            laps_set_note(&run->laps, (size_t)lap - 1, state->text) != LAPS_NOTE_OK)
            return LINE_SKIPPED;
        state->notes_read++;
        return LINE_OK;
    }
    if (state_starts_with(&p, end, "name"))
    {
        size_t length;
        if (run->name || !read_text(p, end, state->text, sizeof(state->text)) ||
            !state->text[0] || characters_in(state->text) > HISTORY_NAME_MAX_CHARACTERS)
            return LINE_SKIPPED;
        length = strlen(state->text);
        run->name = malloc(length + 1);
        if (!run->name)
            return LINE_SKIPPED;
        memcpy(run->name, state->text, length + 1);
        return LINE_OK;
    }
    if (state_starts_with(&p, end, "end"))
    {
        if (!state_read_number(&p, end, UINT64_MAX, &value) || !state_at_end(p, end) ||
            value != run->id || run->laps.count != state->expected_laps ||
            (run->laps.count && run->laps.totals[run->laps.count - 1] > run->total))
            return LINE_BREAKS_RUN;
        laps_end_loading(&run->laps);
        if (!history_add(state->history, run))
            return LINE_BREAKS_RUN;
        state->in_run = false;
        state->report->runs_read++;
        return LINE_OK;
    }
    return LINE_BREAKS_RUN; /* anything else: the block is not what it says */
}

/* A line between blocks: a run begins, or a past run is removed, renamed or noted. */
static bool top_line(parse_state *state, const char *p, const char *end)
{
    history *history = state->history;
    uint64_t id, lap;
    history_run *run;

    if (state_starts_with(&p, end, "run"))
        return begin_run(state, p, end);
    if (state_starts_with(&p, end, "remove"))
    {
        history_run removed;
        if (!state_read_number(&p, end, UINT64_MAX, &id) || !state_at_end(p, end) ||
            !history_remove(history, id, &removed))
            return false;
        history_run_delete(&removed);
        return true;
    }
    if (state_starts_with(&p, end, "rename"))
    {
        if (!state_read_number(&p, end, UINT64_MAX, &id) || !history_find(history, id))
            return false;
        if (state_at_end(p, end))
            state->text[0] = '\0';
        else if (!read_text(p, end, state->text, sizeof(state->text)))
            return false;
        return history_set_name(history, id, state->text) == LAPS_NOTE_OK;
    }
    if (state_starts_with(&p, end, "renote"))
    {
        if (!state_read_number(&p, end, UINT64_MAX, &id) || (run = history_find(history, id)) == NULL ||
            !state_read_number(&p, end, HISTORY_LAPS_MAX, &lap) || !lap ||
            state->notes_read >= HISTORY_NOTES_MAX)
            return false;
        if (state_at_end(p, end))
            state->text[0] = '\0';
        else if (!read_text(p, end, state->text, sizeof(state->text)))
            return false;
        if (laps_set_note(&run->laps, (size_t)lap - 1, state->text) != LAPS_NOTE_OK)
            return false;
        state->notes_read++;
        history->dead_lines++;
        return true;
    }
    return false;
}

bool history_parse(const char *text, size_t length, history *history, history_report *report)
{
    parse_state state;
    reader from = { text, text ? text + length : text };
    const char *line;
    size_t line_length;
    bool torn, first = true;

    memset(report, 0, sizeof(*report));
    history_initialize(history);
    if (!text || !length)
        return true;
    memset(&state, 0, sizeof(state));
    state.history = history;
    state.report = report;
    while (next_line(&from, &line, &line_length, &torn))
    {
        const char *p = line, *end = line + line_length;
        if (first)
        {
            uint64_t version;
            first = false;
            if (!state_starts_with(&p, end, "lapwing-history"))
            {
                report->no_header = true;
                return false;
            }
            if (!state_read_number(&p, end, UINT64_MAX, &version) || !state_at_end(p, end) ||
                version != HISTORY_FORMAT_VERSION)
            {
                report->wrong_version = true;
                return false;
            }
            continue;
        }
        if (torn)
        {
            report->torn_last_line = true;
            break;
        }
        if (state.in_run)
        {
            line_result result = block_line(&state, p, end);
            if (result != LINE_OK)
                report->bad_lines++;
            if (result == LINE_BREAKS_RUN)
            {
                /* Not kept half: dropped, and the rest of its block skipped up to its end. A
                 * new block's first line (the one before was cut short) begins that block; a
                 * bad end line ends this one. */
                drop_block(&state);
                report->runs_cut++;
                state.skipping = true;
                if (line_length >= 4 && memcmp(line, "run ", 4) == 0)
                {
                    state.skipping = false;
                    if (!top_line(&state, p, end))
                        report->bad_lines++;
                }
                else if (line_length >= 4 && memcmp(line, "end ", 4) == 0)
                    state.skipping = false;
            }
        }
        else if (state.skipping && !(line_length >= 4 && memcmp(line, "run ", 4) == 0))
        {
            if (line_length >= 4 && memcmp(line, "end ", 4) == 0)
                state.skipping = false;
        }
        else
        {
            state.skipping = false;
            if (!top_line(&state, p, end))
                report->bad_lines++;
        }
    }
    if (state.in_run)
    {
        drop_block(&state);
        report->runs_cut++;
    }
    return true;
}
