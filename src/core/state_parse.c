/*
 * Reading the saved state's text: nothing in it is trusted. See state_format.h and
 * docs/state-format.md.
 */
#include "lapwing/state_format.h"

#include <string.h>

enum
{
    LINE_MAX_LENGTH = 64 + LAPS_NOTE_MAX_BYTES, /* a note line is the longest */
    LAPS_MAX = 50000000                         /* 400 MB of totals: more is a hostile file */
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

/* A decimal number at *text (no sign, no leading spaces beyond one separator), at most `limit`;
 * advances past it. false for anything else, overflow included. */
static bool read_number(const char **text, const char *end, uint64_t limit, uint64_t *value)
{
    const char *p = *text;
    uint64_t number = 0;

    if (p < end && *p == ' ')
        p++;
    if (p >= end || *p < '0' || *p > '9')
        return false;
    for (; p < end && *p >= '0' && *p <= '9'; p++)
    {
        unsigned digit = (unsigned)(*p - '0');
        if (number > (limit - digit) / 10)
            return false;
        number = number * 10 + digit;
    }
    if (p < end && *p != ' ')
        return false;
    *value = number;
    *text = p;
    return true;
}

/* Whether the line is `word` followed by the end or a space; advances past the word. */
static bool starts_with(const char **text, const char *end, const char *word)
{
    size_t length = strlen(word);

    if ((size_t)(end - *text) < length || memcmp(*text, word, length) != 0)
        return false;
    if (*text + length < end && (*text)[length] != ' ')
        return false;
    *text += length;
    return true;
}

static bool at_end(const char *text, const char *end)
{
    return text == end;
}

/* "run BANKED COUNTER WALL BOOT" */
static bool apply_run(saved_state *saved, const char *p, const char *end)
{
    uint64_t banked, counter, wall;
    size_t boot_length, i;

    if (!read_number(&p, end, STATE_MAX_UNITS, &banked) ||
        !read_number(&p, end, UINT64_MAX, &counter) || !read_number(&p, end, UINT64_MAX, &wall))
        return false;
    if (p >= end || *p != ' ')
        return false;
    p++;
    boot_length = (size_t)(end - p);
    if (!boot_length || boot_length > STATE_BOOT_ID_MAX)
        return false;
    /* Visible ASCII only: a boot id is written back as it is read (the fuzzer found a carriage
     * return in one turning into a line end on the way back). */
    for (i = 0; i < boot_length; i++)
        if (p[i] < 0x21 || p[i] > 0x7E)
            return false;
    saved->state = STOPWATCH_RUNNING;
    saved->banked = banked;
    saved->run_start_counter = counter;
    saved->run_start_wall = wall;
    memcpy(saved->boot_id, p, boot_length);
    saved->boot_id[boot_length] = '\0';
    if (strcmp(saved->boot_id, "-") == 0)
        saved->boot_id[0] = '\0';
    return true;
}

/* One line that may stand in a snapshot or a journal; false when it is not valid. */
static bool apply_line(saved_state *saved, const char *p, const char *end, size_t *notes_read)
{
    uint64_t number, lap;

    if (starts_with(&p, end, "lap"))
    {
        if (!read_number(&p, end, STATE_MAX_UNITS, &number) || !at_end(p, end) ||
            saved->laps.count >= LAPS_MAX ||
            (saved->laps.count && number < saved->laps.totals[saved->laps.count - 1]))
            return false;
        return laps_append(&saved->laps, number);
    }
    if (starts_with(&p, end, "note"))
    {
        char text[LAPS_NOTE_MAX_BYTES + 1];
        size_t length;

        if (!read_number(&p, end, UINT64_MAX, &lap) || lap == 0 || lap > saved->laps.count ||
            p >= end || *p != ' ' || ++*notes_read > STATE_NOTES_MAX)
            return false;
        p++;
        length = (size_t)(end - p);
        if (length > LAPS_NOTE_MAX_BYTES || memchr(p, '\0', length))
            return false;
        memcpy(text, p, length);
        text[length] = '\0';
        return laps_set_note(&saved->laps, (size_t)(lap - 1), text) == LAPS_NOTE_OK;
    }
    if (starts_with(&p, end, "run"))
        return apply_run(saved, p, end);
    if (starts_with(&p, end, "pause"))
    {
        if (!read_number(&p, end, STATE_MAX_UNITS, &number) || !at_end(p, end))
            return false;
        saved->state = STOPWATCH_PAUSED;
        saved->banked = number;
        return true;
    }
    if (starts_with(&p, end, "undo"))
        return at_end(p, end) && laps_remove_last(&saved->laps);
    if (starts_with(&p, end, "reset"))
    {
        if (!at_end(p, end))
            return false;
        laps_clear(&saved->laps);
        saved->state = STOPWATCH_STOPPED;
        saved->banked = 0;
        return true;
    }
    return false;
}

/* The snapshot's own lines: the ones above, and its state and banked time. */
static bool apply_snapshot_line(saved_state *saved, const char *p, const char *end,
                                size_t *notes_read, bool *ended)
{
    uint64_t number;

    if (starts_with(&p, end, "generation"))
    {
        if (!read_number(&p, end, UINT64_MAX, &number) || !at_end(p, end))
            return false;
        saved->generation = number;
        return true;
    }
    if (starts_with(&p, end, "state"))
    {
        size_t length = (size_t)(end - p);
        if (length == 8 && memcmp(p, " running", 8) == 0)
            saved->state = STOPWATCH_RUNNING;
        else if (length == 7 && memcmp(p, " paused", 7) == 0)
            saved->state = STOPWATCH_PAUSED;
        else if (length == 8 && memcmp(p, " stopped", 8) == 0)
            saved->state = STOPWATCH_STOPPED;
        else
            return false;
        return true;
    }
    if (starts_with(&p, end, "banked"))
    {
        if (!read_number(&p, end, STATE_MAX_UNITS, &number) || !at_end(p, end))
            return false;
        saved->banked = number;
        return true;
    }
    if (starts_with(&p, end, "end"))
        return (*ended = at_end(p, end));
    return apply_line(saved, p, end, notes_read);
}

/* The header "NAME VERSION [GENERATION]": 1 when it is ours, 0 when not a Lapwing file, -1 for
 * another version. */
static int read_header(const char *p, const char *end, const char *name, uint64_t *generation)
{
    uint64_t version;

    if (!starts_with(&p, end, name))
        return 0;
    if (!read_number(&p, end, 1000000, &version))
        return 0;
    if (version != STATE_FORMAT_VERSION)
        return -1;
    *generation = 0;
    if (!at_end(p, end) && !read_number(&p, end, UINT64_MAX, generation))
        return 0;
    return at_end(p, end) ? 1 : 0;
}

/* A saved running state must have its anchors; without, the best guess is paused. */
static void make_consistent(saved_state *saved)
{
    if (saved->state == STOPWATCH_STOPPED && (saved->banked || saved->laps.count))
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
    uint64_t journal_generation = 0;
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
                int header = read_header(line, line + length, "lapwing-state", &unused);
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
            if (!apply_snapshot_line(saved, line, line + length, &notes_read, &ended))
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
                if (read_header(line, line + length, "lapwing-journal", &journal_generation) <= 0)
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
            if (apply_line(saved, line, line + length, &notes_read))
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
