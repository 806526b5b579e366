/*
 * Laps, their statistics and their notes. See laps.h for the model.
 */
#include "lapwing/laps.h"

#include <stdlib.h>
#include <string.h>

void laps_initialize(laps *laps)
{
    memset(laps, 0, sizeof(*laps));
}

static void free_notes(laps *laps)
{
    size_t i;

    for (i = 0; i < laps->note_count; i++)
        free(laps->notes[i].text);
    laps->note_count = 0;
}

void laps_delete(laps *laps)
{
    free_notes(laps);
    free(laps->notes);
    free(laps->corrections);
    free(laps->totals);
    laps_initialize(laps);
}

void laps_clear(laps *laps)
{
    free_notes(laps);
    laps->correction_count = 0;
    laps->count = 0;
    laps->best = laps->worst = 0;
    laps->statistics_stale = false;
}

uint64_t laps_total(const laps *laps, size_t index)
{
    return index < laps->count ? laps->totals[index] : 0;
}

uint64_t laps_ticks(const laps *laps, size_t index)
{
    if (index >= laps->count)
        return 0;
    return index ? laps->totals[index] - laps->totals[index - 1] : laps->totals[0];
}

bool laps_delta(const laps *laps, size_t index, int64_t *delta)
{
    uint64_t lap, previous;

    if (index == 0 || index >= laps->count)
        return false;
    lap = laps_ticks(laps, index);
    previous = laps_ticks(laps, index - 1);
    if (lap >= previous)
        *delta = lap - previous > (uint64_t)INT64_MAX ? INT64_MAX : (int64_t)(lap - previous);
    else
        *delta = previous - lap > (uint64_t)INT64_MAX ? -INT64_MAX : -(int64_t)(previous - lap);
    return true;
}

static bool reserve(laps *laps)
{
    size_t capacity;
    uint64_t *grown;

    if (laps->count < laps->capacity)
        return true;
    capacity = laps->capacity ? laps->capacity * 2 : 64;
    if (capacity < laps->capacity || capacity > SIZE_MAX / sizeof(uint64_t))
        return false;
    grown = realloc(laps->totals, capacity * sizeof(uint64_t));
    if (!grown)
        return false;
    laps->totals = grown;
    laps->capacity = capacity;
    return true;
}

bool laps_append(laps *laps, uint64_t total)
{
    size_t index = laps->count;
    uint64_t lap;

    if (!reserve(laps))
        return false;
    /* Laps never go back in time, even if a caller's reading is stale. */
    if (index && total < laps->totals[index - 1])
        total = laps->totals[index - 1];
    laps->totals[index] = total;
    laps->count++;
    if (laps->statistics_stale)
        return true; /* found again at the end of the load */
    lap = laps_ticks(laps, index);
    /* Strictly better or worse only: of equal laps the earliest keeps the mark. */
    if (index == 0 || lap < laps_ticks(laps, laps->best))
        laps->best = index;
    if (index == 0 || lap > laps_ticks(laps, laps->worst))
        laps->worst = index;
    return true;
}

/* The best and worst found again from scratch: only after the last lap held one of them. */
static void find_best_and_worst(laps *laps)
{
    size_t i;

    laps->best = laps->worst = 0;
    for (i = 1; i < laps->count; i++)
    {
        uint64_t lap = laps_ticks(laps, i);
        if (lap < laps_ticks(laps, laps->best))
            laps->best = i;
        if (lap > laps_ticks(laps, laps->worst))
            laps->worst = i;
    }
}

/* The position of lap `index`'s note, or where it would go. */
static size_t note_position(const laps *laps, size_t index, bool *found)
{
    size_t low = 0, high = laps->note_count;

    while (low < high)
    {
        size_t middle = low + (high - low) / 2;
        if (laps->notes[middle].lap < index)
            low = middle + 1;
        else
            high = middle;
    }
    *found = low < laps->note_count && laps->notes[low].lap == index;
    return low;
}

static void remove_note_at(laps *laps, size_t position)
{
    free(laps->notes[position].text);
    memmove(&laps->notes[position], &laps->notes[position + 1],
            (laps->note_count - position - 1) * sizeof(lap_note));
    laps->note_count--;
}

bool laps_remove_last(laps *laps)
{
    size_t removed;
    bool found;
    size_t position;

    if (!laps->count)
        return false;
    removed = --laps->count;
    position = note_position(laps, removed, &found);
    if (found)
        remove_note_at(laps, position);
    /* Undo takes a newer correction back first (laps_last_is_correction); a file that says
     * otherwise loses the corrections that would point past the laps. */
    while (laps->correction_count &&
           laps->corrections[laps->correction_count - 1].lap > laps->count)
        laps->correction_count--;
    if (!laps->count)
        laps->best = laps->worst = 0;
    else if (laps->best == removed || laps->worst == removed)
    {
        if (laps->loading)
            laps->statistics_stale = true;
        else
            find_best_and_worst(laps);
    }
    return true;
}

void laps_begin_loading(laps *laps)
{
    laps->loading = true;
}

void laps_end_loading(laps *laps)
{
    laps->loading = false;
    if (laps->statistics_stale)
        find_best_and_worst(laps);
    laps->statistics_stale = false;
}

lap_statistics laps_statistics(const laps *laps)
{
    lap_statistics statistics;

    memset(&statistics, 0, sizeof(statistics));
    statistics.count = laps->count;
    if (!laps->count)
        return statistics;
    statistics.best_index = laps->best;
    statistics.worst_index = laps->worst;
    statistics.best = laps_ticks(laps, laps->best);
    statistics.worst = laps_ticks(laps, laps->worst);
    /* The laps add up to the last total. */
    statistics.mean = laps->totals[laps->count - 1] / laps->count;
    return statistics;
}

laps_note_result laps_check_note(const char *text)
{
    const unsigned char *p = (const unsigned char *)text;
    size_t characters = 0;

    while (*p)
    {
        unsigned long code;
        int extra, i;

        if (*p < 0x80)
            code = *p, extra = 0;
        else if ((*p & 0xE0) == 0xC0)
            code = *p & 0x1Fu, extra = 1;
        else if ((*p & 0xF0) == 0xE0)
            code = *p & 0x0Fu, extra = 2;
        else if ((*p & 0xF8) == 0xF0)
            code = *p & 0x07u, extra = 3;
        else
            return LAPS_NOTE_INVALID_UTF8;
        for (i = 1; i <= extra; i++)
        {
            if ((p[i] & 0xC0) != 0x80)
                return LAPS_NOTE_INVALID_UTF8;
            code = (code << 6) | (p[i] & 0x3Fu);
        }
        /* Overlong forms, surrogates and values past Unicode are not UTF-8. */
        if ((extra == 1 && code < 0x80) || (extra == 2 && code < 0x800) ||
            (extra == 3 && code < 0x10000) || (code >= 0xD800 && code <= 0xDFFF) ||
            code > 0x10FFFF)
            return LAPS_NOTE_INVALID_UTF8;
        if (code < 0x20 || (code >= 0x7F && code <= 0x9F) || code == 0x2028 || code == 0x2029)
            return LAPS_NOTE_CONTROL_CHARACTER;
        if (++characters > LAPS_NOTE_MAX_CHARACTERS)
            return LAPS_NOTE_TOO_LONG;
        p += extra + 1;
    }
    return LAPS_NOTE_OK;
}

laps_note_result laps_set_note(laps *laps, size_t index, const char *text)
{
    laps_note_result result;
    bool found;
    size_t position, length;
    char *copy;

    if (index >= laps->count)
        return LAPS_NOTE_NO_SUCH_LAP;
    if ((result = laps_check_note(text)) != LAPS_NOTE_OK)
        return result;
    position = note_position(laps, index, &found);
    if (!*text)
    {
        if (found)
            remove_note_at(laps, position);
        return LAPS_NOTE_OK;
    }
    length = strlen(text);
    copy = malloc(length + 1);
    if (!copy)
        return LAPS_NOTE_OUT_OF_MEMORY;
    memcpy(copy, text, length + 1);
    if (found)
    {
        free(laps->notes[position].text);
        laps->notes[position].text = copy;
        return LAPS_NOTE_OK;
    }
    if (laps->note_count == laps->note_capacity)
    {
        size_t capacity = laps->note_capacity ? laps->note_capacity * 2 : 8;
        lap_note *grown = capacity <= SIZE_MAX / sizeof(lap_note)
                              ? realloc(laps->notes, capacity * sizeof(lap_note))
                              : NULL;
        if (!grown)
        {
            free(copy);
            return LAPS_NOTE_OUT_OF_MEMORY;
        }
        laps->notes = grown;
        laps->note_capacity = capacity;
    }
    memmove(&laps->notes[position + 1], &laps->notes[position],
            (laps->note_count - position) * sizeof(lap_note));
    laps->notes[position].lap = index;
    laps->notes[position].text = copy;
    laps->note_count++;
    return LAPS_NOTE_OK;
}

const char *laps_note(const laps *laps, size_t index)
{
    bool found;
    size_t position = note_position(laps, index, &found);

    return found ? laps->notes[position].text : NULL;
}

bool laps_add_correction(laps *laps, int64_t amount)
{
    return laps_add_correction_in(laps, laps->count, amount);
}

bool laps_add_correction_in(laps *laps, size_t lap, int64_t amount)
{
    if (lap > laps->count ||
        (laps->correction_count && lap < laps->corrections[laps->correction_count - 1].lap))
        return false;
    if (laps->correction_count == laps->correction_capacity)
    {
        size_t capacity = laps->correction_capacity ? laps->correction_capacity * 2 : 4;
        lap_correction *grown = capacity > SIZE_MAX / sizeof(lap_correction)
                                    ? NULL
                                    : realloc(laps->corrections,
                                              capacity * sizeof(lap_correction));
        if (!grown)
            return false;
        laps->corrections = grown;
        laps->correction_capacity = capacity;
    }
    laps->corrections[laps->correction_count].lap = lap;
    laps->corrections[laps->correction_count].amount = amount;
    laps->correction_count++;
    return true;
}

bool laps_remove_last_correction(laps *laps)
{
    if (!laps->correction_count)
        return false;
    laps->correction_count--;
    return true;
}

bool laps_last_is_correction(const laps *laps)
{
    return laps->correction_count &&
           laps->corrections[laps->correction_count - 1].lap >= laps->count;
}

int64_t laps_correction_in_lap(const laps *laps, size_t index, bool *any)
{
    int64_t sum = 0;
    size_t i;

    *any = false;
    /* Few corrections in a run (they are typed by hand): a scan costs nothing. */
    for (i = 0; i < laps->correction_count; i++)
        if (laps->corrections[i].lap == index)
        {
            /* Saturated: a file may hold more corrections than any run could. */
            int64_t amount = laps->corrections[i].amount;
            sum = amount > 0 && sum > INT64_MAX - amount   ? INT64_MAX
                  : amount < 0 && sum < INT64_MIN - amount ? INT64_MIN
                                                           : sum + amount;
            *any = true;
        }
    return sum;
}

bool laps_copy(laps *copy, const laps *source)
{
    size_t i;

    laps_initialize(copy);
    if (source->correction_count)
    {
        copy->corrections = malloc(source->correction_count * sizeof(lap_correction));
        if (!copy->corrections)
            return false;
        memcpy(copy->corrections, source->corrections,
               source->correction_count * sizeof(lap_correction));
        copy->correction_count = copy->correction_capacity = source->correction_count;
    }
    if (source->count)
    {
        copy->totals = malloc(source->count * sizeof(uint64_t));
        if (!copy->totals)
            return false;
        memcpy(copy->totals, source->totals, source->count * sizeof(uint64_t));
        copy->count = copy->capacity = source->count;
        copy->best = source->best;
        copy->worst = source->worst;
    }
    if (source->note_count)
    {
        copy->notes = calloc(source->note_count, sizeof(lap_note));
        if (!copy->notes)
        {
            laps_delete(copy);
            return false;
        }
        copy->note_capacity = source->note_count;
        for (i = 0; i < source->note_count; i++)
        {
            size_t length = strlen(source->notes[i].text);
            copy->notes[i].lap = source->notes[i].lap;
            copy->notes[i].text = malloc(length + 1);
            if (!copy->notes[i].text)
            {
                laps_delete(copy);
                return false;
            }
            memcpy(copy->notes[i].text, source->notes[i].text, length + 1);
            copy->note_count++;
        }
    }
    return true;
}
