/*
 * The laps of one run: their totals, their statistics, and their notes.
 *
 * Totals are 64-bit ticks in one growable array (8 bytes a lap; amortised O(1) append, any lap
 * in O(1)); a lap's own time is its total minus the previous total. The statistics are kept up
 * to date on every append in O(1): the best (shortest) and worst (longest) lap, ties going to
 * the earliest. The mean needs no state: the laps add up to the last total. Removing the last
 * lap (undo) is O(1) unless it was the best or the worst, when those are found again in O(n).
 *
 * Notes are UTF-8, at most LAPS_NOTE_MAX_CHARACTERS characters, no control characters; they are
 * kept apart from the totals (sorted by lap), so laps without notes cost nothing extra.
 *
 * Not thread-safe: the Windows shell guards the stopwatch that holds these with a lock.
 */
#ifndef LAPWING_LAPS_H
#define LAPWING_LAPS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define LAPS_NOTE_MAX_CHARACTERS 200
/* The most bytes a note can take in UTF-8 (4 a character), without its terminator. */
#define LAPS_NOTE_MAX_BYTES (4 * LAPS_NOTE_MAX_CHARACTERS)

typedef struct lap_note
{
    size_t lap;             /* the lap's index */
    char *text;             /* UTF-8, malloc'd, never empty */
} lap_note;

/* A correction of the run's time ("I forgot to start it"): `amount` ticks added (negative:
 * taken away) while lap `lap` was running (lap indexes count from 0: `lap` is the number of laps
 * recorded before it). Laps recorded before a correction keep their totals; those after it
 * include it. Never hidden: the list marks the lap, the CSV and the history carry it. */
typedef struct lap_correction
{
    size_t lap;
    int64_t amount;
} lap_correction;

typedef struct laps
{
    uint64_t *totals;       /* count totals, oldest first, never decreasing */
    size_t count;
    size_t capacity;
    size_t best;            /* index of the shortest lap (the earliest of equals); count > 0 */
    size_t worst;           /* index of the longest lap (the earliest of equals); count > 0 */
    lap_note *notes;        /* note_count notes, by lap index */
    size_t note_count;
    size_t note_capacity;
    lap_correction *corrections; /* correction_count corrections, oldest first */
    size_t correction_count;
    size_t correction_capacity;
    /* While loading: best and worst are found once at the end (laps_end_loading), not after
     * every undone lap, so a file of laps and undos costs linear time. */
    bool loading;
    bool statistics_stale;
} laps;

typedef struct lap_statistics
{
    size_t count;
    size_t best_index, worst_index;     /* valid when count > 0 */
    uint64_t best, worst, mean;         /* ticks; mean truncated; all 0 when count is 0 */
} lap_statistics;

typedef enum laps_note_result
{
    LAPS_NOTE_OK = 0,
    LAPS_NOTE_NO_SUCH_LAP,
    LAPS_NOTE_TOO_LONG,         /* more than LAPS_NOTE_MAX_CHARACTERS characters */
    LAPS_NOTE_CONTROL_CHARACTER,/* a tab, a line break or another control character */
    LAPS_NOTE_INVALID_UTF8,
    LAPS_NOTE_OUT_OF_MEMORY     /* nothing changed */
} laps_note_result;

void laps_initialize(laps *laps);
/* Frees everything; the laps may be initialised again afterwards. */
void laps_delete(laps *laps);

/* Appends a lap with `total` ticks (clamped so totals never decrease). false: out of memory,
 * nothing changed. */
bool laps_append(laps *laps, uint64_t total);
/* Removes the last lap and its note; false when there is none. */
bool laps_remove_last(laps *laps);
/* Starts and ends a load (see `loading` above). */
void laps_begin_loading(laps *laps);
void laps_end_loading(laps *laps);
/* Removes every lap and note, keeping the memory for the next run. */
void laps_clear(laps *laps);

/* Total ticks of lap `index` (0 = the first); 0 when out of range. */
uint64_t laps_total(const laps *laps, size_t index);
/* Ticks of lap `index` alone; 0 when out of range. */
uint64_t laps_ticks(const laps *laps, size_t index);
/* Lap `index` minus the lap before it, in ticks (negative: faster). false for the first lap
 * and out of range: it has no delta. */
bool laps_delta(const laps *laps, size_t index, int64_t *delta);
lap_statistics laps_statistics(const laps *laps);

/* Sets lap `index`'s note (an empty text removes it), after checking it (see the results). */
laps_note_result laps_set_note(laps *laps, size_t index, const char *text);
/* Lap `index`'s note, or NULL when it has none. Valid until the notes change. */
const char *laps_note(const laps *laps, size_t index);
/* Checks a note without storing it. */
laps_note_result laps_check_note(const char *text);

/* Records a correction of `amount` ticks in the lap now running (lap `count`); false when out
 * of memory (nothing changed). Corrections stay in the order they were made. */
bool laps_add_correction(laps *laps, int64_t amount);
/* The same in lap `lap` (a saved run read back): no later than the lap now running and no
 * earlier than the newest correction's, so that the order holds; false otherwise. */
bool laps_add_correction_in(laps *laps, size_t lap, int64_t amount);
/* Removes the newest correction; false when there is none. */
bool laps_remove_last_correction(laps *laps);
/* Whether the newest change to the laps is a correction (made after the newest lap): an undo
 * takes that back first. */
bool laps_last_is_correction(const laps *laps);
/* The sum of the corrections made in lap `index` (0 when none); *any set when there is one. */
int64_t laps_correction_in_lap(const laps *laps, size_t index, bool *any);

/* A deep copy of `source` into `copy` (initialised by this call); false when out of memory
 * (then `copy` is empty). */
bool laps_copy(laps *copy, const laps *source);

#ifdef __cplusplus
}
#endif

#endif
