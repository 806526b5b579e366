/*
 * The history's runs and the comparison with the best one. See history.h.
 */
#include "lapwing/history.h"

#include <stdlib.h>
#include <string.h>

void history_run_initialize(history_run *run)
{
    memset(run, 0, sizeof(*run));
    run->stopwatch = 1;
    laps_initialize(&run->laps);
}

void history_run_delete(history_run *run)
{
    laps_delete(&run->laps);
    free(run->name);
    history_run_initialize(run);
}

void history_initialize(history *history)
{
    memset(history, 0, sizeof(*history));
    history->next_id = 1;
}

void history_delete(history *history)
{
    size_t i;

    for (i = 0; i < history->count; i++)
        history_run_delete(&history->runs[i]);
    free(history->runs);
    history_initialize(history);
}

static bool reserve(history *history)
{
    size_t capacity;
    history_run *grown;

    if (history->count < history->capacity)
        return true;
    capacity = history->capacity ? history->capacity * 2 : 16;
    if (capacity > SIZE_MAX / sizeof(history_run))
        return false;
    grown = realloc(history->runs, capacity * sizeof(history_run));
    if (!grown)
        return false;
    history->runs = grown;
    history->capacity = capacity;
    return true;
}

/* The lines a run's block takes in the file (for when compaction is due). */
static size_t lines_of(const history_run *run)
{
    return 2 + run->laps.count + run->laps.note_count + run->laps.correction_count +
           (run->name ? 1 : 0);
}

void history_mark_compacted(history *history)
{
    size_t i;

    history->dead_lines = 0;
    history->live_lines = 0;
    for (i = 0; i < history->count; i++)
        history->live_lines += lines_of(&history->runs[i]);
}

bool history_add(history *history, history_run *run)
{
    /* An id already passed (a removed run written again when its removal was undone): where
     * its id belongs, so the ids keep increasing with the index. */
    if (run->id && run->id < history->next_id)
        return history_put_back(history, run);
    if (!reserve(history))
        return false;
    if (!run->id)
        run->id = history->next_id;
    if (run->id >= history->next_id)
        history->next_id = run->id + 1;
    history->runs[history->count++] = *run;
    history->live_lines += lines_of(run);
    laps_initialize(&run->laps);
    run->name = NULL;
    return true;
}

size_t history_index_of(const history *history, uint64_t id)
{
    size_t low = 0, high = history->count;

    /* Ids increase with the index: a binary search. */
    while (low < high)
    {
        size_t middle = low + (high - low) / 2;
        if (history->runs[middle].id < id)
            low = middle + 1;
        else
            high = middle;
    }
    return low < history->count && history->runs[low].id == id ? low : history->count;
}

history_run *history_find(history *history, uint64_t id)
{
    size_t index = history_index_of(history, id);
    return index < history->count ? &history->runs[index] : NULL;
}

bool history_remove(history *history, uint64_t id, history_run *removed)
{
    size_t index = history_index_of(history, id);
    size_t lines;

    if (index == history->count)
        return false;
    *removed = history->runs[index];
    memmove(&history->runs[index], &history->runs[index + 1],
            (history->count - index - 1) * sizeof(history_run));
    history->count--;
    lines = lines_of(removed);
    history->live_lines = history->live_lines > lines ? history->live_lines - lines : 0;
    history->dead_lines += lines + 1; /* its block, and the line that removes it */
    return true;
}

bool history_put_back(history *history, history_run *run)
{
    size_t index;

    if (!run->id || history_find(history, run->id) || !reserve(history))
        return false;
    for (index = history->count; index > 0 && history->runs[index - 1].id > run->id; index--)
        ;
    memmove(&history->runs[index + 1], &history->runs[index],
            (history->count - index) * sizeof(history_run));
    history->runs[index] = *run;
    history->count++;
    history->live_lines += lines_of(run);
    if (run->id >= history->next_id)
        history->next_id = run->id + 1;
    laps_initialize(&run->laps);
    run->name = NULL;
    return true;
}

laps_note_result history_set_name(history *history, uint64_t id, const char *name)
{
    history_run *run = history_find(history, id);
    laps_note_result checked;
    size_t characters = 0;
    const char *p;
    char *copy;

    if (!run)
        return LAPS_NOTE_NO_SUCH_LAP;
    checked = laps_check_note(name);
    if (checked != LAPS_NOTE_OK)
        return checked;
    for (p = name; *p; p++)
        if (((unsigned char)*p & 0xC0) != 0x80)
            characters++;
    if (characters > HISTORY_NAME_MAX_CHARACTERS)
        return LAPS_NOTE_TOO_LONG;
    copy = NULL;
    if (*name)
    {
        size_t length = strlen(name);
        copy = malloc(length + 1);
        if (!copy)
            return LAPS_NOTE_OUT_OF_MEMORY;
        memcpy(copy, name, length + 1);
    }
    if (!run->name && copy)
        history->live_lines++;
    free(run->name);
    run->name = copy;
    history->dead_lines++; /* the renaming line itself, folded into the block by a compaction */
    return LAPS_NOTE_OK;
}

/* ---- Compared with the best ---------------------------------------------------------------- */

void history_best_initialize(history_best *best)
{
    memset(best, 0, sizeof(*best));
    best->picked = SIZE_MAX;
}

void history_best_delete(history_best *best)
{
    free(best->by_laps);
    history_best_initialize(best);
}

/* `a` beats `b`: a smaller total, or the same total and earlier. */
static bool better(const history *history, size_t a, size_t b)
{
    return b == SIZE_MAX || history->runs[a].total < history->runs[b].total ||
           (history->runs[a].total == history->runs[b].total && a < b);
}

bool history_best_build(history_best *best, const history *history, uint32_t stopwatch,
                        uint64_t picked_id)
{
    size_t i, longest = 0, n;

    history_best_delete(best);
    for (i = 0; i < history->count; i++)
        if (history->runs[i].stopwatch == stopwatch && history->runs[i].laps.count > longest)
            longest = history->runs[i].laps.count;
    if (picked_id)
    {
        size_t index = history_index_of(history, picked_id);
        if (index < history->count && history->runs[index].stopwatch == stopwatch)
            best->picked = index;
    }
    if (!longest)
        return true;
    best->by_laps = malloc(longest * sizeof(size_t));
    if (!best->by_laps)
        return false;
    best->length = longest;
    for (n = 0; n < longest; n++)
        best->by_laps[n] = SIZE_MAX;
    /* Each run first stands for exactly its own lap count... */
    for (i = 0; i < history->count; i++)
    {
        size_t count = history->runs[i].laps.count;
        if (history->runs[i].stopwatch == stopwatch && count &&
            better(history, i, best->by_laps[count - 1]))
            best->by_laps[count - 1] = i;
    }
    /* ...then a run with more laps also counts for fewer: the minimum from the longest down. */
    for (n = longest - 1; n > 0; n--)
        if (best->by_laps[n] != SIZE_MAX && better(history, best->by_laps[n], best->by_laps[n - 1]))
            best->by_laps[n - 1] = best->by_laps[n];
    return true;
}

size_t history_best_run_for(const history_best *best, size_t number)
{
    if (best->picked != SIZE_MAX)
        return best->picked;
    if (!number || number > best->length)
        return SIZE_MAX;
    return best->by_laps[number - 1];
}

bool history_best_compare(const history_best *best, const history *history, size_t number,
                          uint64_t total, int64_t *difference)
{
    size_t index = history_best_run_for(best, number);
    uint64_t theirs;

    if (index >= history->count || !number || number > history->runs[index].laps.count)
        return false;
    theirs = history->runs[index].laps.totals[number - 1];
    *difference = total >= theirs ? (int64_t)(total - theirs) : -(int64_t)(theirs - total);
    return true;
}
