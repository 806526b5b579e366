/*
 * The saved state's lines, each checked before it changes anything and then applied: the lines
 * a snapshot and a journal share, the snapshot's own, and the journal's corrections. Reading the
 * files line by line, and their headers, is state_parse.c's. Nothing in a line is trusted.
 */
#include "state_lines.h"

#include <string.h>

enum
{
    LAPS_MAX = 50000000 /* 400 MB of totals: more is a hostile file */
};

/* A decimal number at *text (no sign, no leading spaces beyond one separator), at most `limit`;
 * advances past it. false for anything else, overflow included. */
bool state_read_number(const char **text, const char *end, uint64_t limit, uint64_t *value)
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
bool state_starts_with(const char **text, const char *end, const char *word)
{
    size_t length = strlen(word);

    if ((size_t)(end - *text) < length || memcmp(*text, word, length) != 0)
        return false;
    if (*text + length < end && (*text)[length] != ' ')
        return false;
    *text += length;
    return true;
}

bool state_at_end(const char *text, const char *end)
{
    return text == end;
}

/* A run's anchors as a line gives them: " BANKED COUNTER WALL BOOT". */
typedef struct run_anchors
{
    uint64_t banked, counter, wall;
    char boot_id[STATE_BOOT_ID_MAX + 1];
} run_anchors;

static bool read_anchors(const char *p, const char *end, run_anchors *run)
{
    size_t boot_length, i;

    if (!state_read_number(&p, end, STATE_MAX_UNITS, &run->banked) ||
        !state_read_number(&p, end, UINT64_MAX, &run->counter) ||
        !state_read_number(&p, end, UINT64_MAX, &run->wall))
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
    memcpy(run->boot_id, p, boot_length);
    run->boot_id[boot_length] = '\0';
    if (strcmp(run->boot_id, "-") == 0)
        run->boot_id[0] = '\0';
    return true;
}

static void apply_running(saved_state *saved, const run_anchors *run)
{
    saved->state = STOPWATCH_RUNNING;
    saved->banked = run->banked;
    saved->run_start_counter = run->counter;
    saved->run_start_wall = run->wall;
    memcpy(saved->boot_id, run->boot_id, sizeof(saved->boot_id));
}

/* What a correction (or its undo) leaves: " BANKED", paused, or the anchors of the run that
 * goes on. */
static bool read_outcome(const char *p, const char *end, bool *running, run_anchors *run)
{
    const char *q = p;

    if (state_read_number(&q, end, STATE_MAX_UNITS, &run->banked) && state_at_end(q, end))
    {
        *running = false;
        return true;
    }
    *running = true;
    return read_anchors(p, end, run);
}

static void apply_outcome(saved_state *saved, bool running, const run_anchors *run)
{
    if (running)
        apply_running(saved, run);
    else
    {
        saved->state = STOPWATCH_PAUSED;
        saved->banked = run->banked;
    }
}

/* A correction's amount: an optional '-' and at most STATE_MAX_UNITS; never 0 (the stopwatch
 * makes no correction of nothing). Advances past it. */
static bool read_amount(const char **text, const char *end, int64_t *amount)
{
    const char *p = *text;
    uint64_t magnitude;
    bool negative;

    if (p < end && *p == ' ')
        p++;
    negative = p < end && *p == '-';
    if (negative && (++p >= end || *p < '0' || *p > '9'))
        return false;
    if (!state_read_number(&p, end, STATE_MAX_UNITS, &magnitude) || !magnitude)
        return false;
    *amount = negative ? -(int64_t)magnitude : (int64_t)magnitude;
    *text = p;
    return true;
}

/* The snapshot's "correct N AMOUNT": lap N's (from 1; N may be the lap that was running). */
static bool apply_snapshot_correct(saved_state *saved, const char *p, const char *end)
{
    uint64_t lap;
    int64_t amount;

    /* Compared before the cast: a size_t of 32 bits would make 2^32 + 1 the first lap. */
    if (!state_read_number(&p, end, UINT64_MAX, &lap) || lap == 0 || lap - 1 > saved->laps.count ||
        !read_amount(&p, end, &amount) || !state_at_end(p, end) ||
        saved->laps.correction_count >= STATE_CORRECTIONS_MAX)
        return false;
    return laps_add_correction_in(&saved->laps, (size_t)(lap - 1), amount);
}

/* The journal's "correct AMOUNT OUTCOME": made in the lap running then, which is now. */
static bool apply_journal_correct(saved_state *saved, const char *p, const char *end)
{
    int64_t amount;
    bool running;
    run_anchors run;

    if (!read_amount(&p, end, &amount) || !read_outcome(p, end, &running, &run) ||
        saved->laps.correction_count >= STATE_CORRECTIONS_MAX ||
        !laps_add_correction(&saved->laps, amount))
        return false;
    apply_outcome(saved, running, &run);
    return true;
}

/* "uncorrect OUTCOME": the newest correction, made after the newest lap, undone. */
static bool apply_uncorrect(saved_state *saved, const char *p, const char *end)
{
    bool running;
    run_anchors run;

    if (!laps_last_is_correction(&saved->laps) || !read_outcome(p, end, &running, &run))
        return false;
    laps_remove_last_correction(&saved->laps);
    apply_outcome(saved, running, &run);
    /* As the stopwatch does: a time set on a stopped stopwatch, taken back, is stopped again. */
    if (saved->state == STOPWATCH_PAUSED && !saved->banked && !saved->laps.count &&
        !saved->laps.correction_count)
        saved->state = STOPWATCH_STOPPED;
    return true;
}

/* One line that may stand in a snapshot or a journal of `version`; false when it is not
 * valid. */
static bool apply_line(saved_state *saved, const char *p, const char *end, size_t *notes_read,
                       uint64_t version)
{
    uint64_t number, lap;
    run_anchors run;

    if (state_starts_with(&p, end, "lap"))
    {
        if (!state_read_number(&p, end, STATE_MAX_UNITS, &number) || !state_at_end(p, end) ||
            saved->laps.count >= LAPS_MAX ||
            (saved->laps.count && number < saved->laps.totals[saved->laps.count - 1]))
            return false;
        return laps_append(&saved->laps, number);
    }
    if (state_starts_with(&p, end, "note"))
    {
        char text[LAPS_NOTE_MAX_BYTES + 1];
        size_t length;

        if (!state_read_number(&p, end, UINT64_MAX, &lap) || lap == 0 || lap > saved->laps.count ||
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
    if (state_starts_with(&p, end, "run"))
    {
        if (!read_anchors(p, end, &run))
            return false;
        apply_running(saved, &run);
        return true;
    }
    if (state_starts_with(&p, end, "pause"))
    {
        if (!state_read_number(&p, end, STATE_MAX_UNITS, &number) || !state_at_end(p, end))
            return false;
        saved->state = STOPWATCH_PAUSED;
        saved->banked = number;
        return true;
    }
    if (state_starts_with(&p, end, "undo"))
        return state_at_end(p, end) && laps_remove_last(&saved->laps);
    if (state_starts_with(&p, end, "reset"))
    {
        if (!state_at_end(p, end))
            return false;
        laps_clear(&saved->laps);
        saved->state = STOPWATCH_STOPPED;
        saved->banked = 0;
        saved->started_wall = 0; /* the run is over: the next start is a new one's */
        return true;
    }
    if (version >= 2 && state_starts_with(&p, end, "started"))
    {
        if (!state_read_number(&p, end, UINT64_MAX, &number) || !state_at_end(p, end))
            return false;
        saved->started_wall = number;
        return true;
    }
    return false;
}

/* A journal's line: the lines above, and the corrections as they were made and undone. */
bool state_apply_journal_line(saved_state *saved, const char *p, const char *end,
                              size_t *notes_read, uint64_t version)
{
    if (version >= 2 && state_starts_with(&p, end, "correct"))
        return apply_journal_correct(saved, p, end);
    if (version >= 2 && state_starts_with(&p, end, "uncorrect"))
        return apply_uncorrect(saved, p, end);
    return apply_line(saved, p, end, notes_read, version);
}

/* The snapshot's own lines: the ones above, its state and banked time, and its corrections. */
bool state_apply_snapshot_line(saved_state *saved, const char *p, const char *end,
                               size_t *notes_read, bool *ended, uint64_t version)
{
    uint64_t number;

    if (state_starts_with(&p, end, "generation"))
    {
        if (!state_read_number(&p, end, UINT64_MAX, &number) || !state_at_end(p, end))
            return false;
        saved->generation = number;
        return true;
    }
    if (state_starts_with(&p, end, "state"))
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
    if (state_starts_with(&p, end, "banked"))
    {
        if (!state_read_number(&p, end, STATE_MAX_UNITS, &number) || !state_at_end(p, end))
            return false;
        saved->banked = number;
        return true;
    }
    if (state_starts_with(&p, end, "end"))
        return (*ended = state_at_end(p, end));
    if (version >= 2 && state_starts_with(&p, end, "correct"))
        return apply_snapshot_correct(saved, p, end);
    return apply_line(saved, p, end, notes_read, version);
}
