/*
 * Several named stopwatches: the collection the window shows one of (the selected one).
 *
 * Each stopwatch has an id that never changes and is never given again (the saved state and
 * the history know a stopwatch by it; 1 is the one every Lapwing before this had), a name the
 * user gives it (empty until then: the shell shows a default, "Stopwatch 1"), and a place in
 * the order the strip shows. Numbers the user types ("--stopwatch 2", Ctrl+2) are places,
 * counted from 1; names are unique, compared without regard to ASCII case, and never all
 * digits, so a word on the command line means one thing.
 *
 * There is always at least one stopwatch. Removing one sets it aside (its laps and time kept)
 * until the next removal, so an undo can put it back where it was. Starting or pausing all of
 * them takes one counter reading: every stopwatch started together starts at the same tick.
 *
 * Items are held by pointer, so a stopwatch does not move in memory when others come and go.
 * Not thread-safe: the Windows shell guards the set with the shared stopwatch's lock.
 */
#ifndef LAPWING_STOPWATCH_SET_H
#define LAPWING_STOPWATCH_SET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lapwing/stopwatch.h"
#include "lapwing/text_buffer.h"

#ifdef __cplusplus
extern "C" {
#endif

#define STOPWATCH_SET_MAX 999
#define STOPWATCH_ID_MAX 1000000000u /* ids past it in a list file are refused */
#define STOPWATCH_NAME_MAX_CHARACTERS 64
#define STOPWATCH_NAME_MAX_BYTES (4 * STOPWATCH_NAME_MAX_CHARACTERS)

typedef struct named_stopwatch
{
    uint32_t id;
    char name[STOPWATCH_NAME_MAX_BYTES + 1]; /* UTF-8; empty: not named yet */
    stopwatch watch;
} named_stopwatch;

typedef struct stopwatch_set
{
    uint64_t frequency;
    named_stopwatch **items;    /* count of them, in the strip's order */
    size_t count;
    size_t capacity;
    size_t selected;            /* < count */
    uint32_t next_id;           /* the id the next stopwatch gets */
    named_stopwatch *removed;   /* the last one removed, while it can be put back; or NULL */
    size_t removed_place;
} stopwatch_set;

typedef enum stopwatch_set_result
{
    STOPWATCH_SET_OK = 0,
    STOPWATCH_SET_FULL,         /* STOPWATCH_SET_MAX stopwatches already */
    STOPWATCH_SET_OUT_OF_MEMORY,
    STOPWATCH_SET_BAD_NAME,     /* too long, a control character, not UTF-8, or all digits */
    STOPWATCH_SET_NAME_TAKEN,   /* another stopwatch has it */
    STOPWATCH_SET_LAST_ONE,     /* the only stopwatch cannot be removed */
    STOPWATCH_SET_NOTHING       /* no such stopwatch, or nothing to put back */
} stopwatch_set_result;

/* One stopwatch (id 1, not named, selected). false: out of memory. */
bool stopwatch_set_initialize(stopwatch_set *set, uint64_t frequency);
void stopwatch_set_delete(stopwatch_set *set);

named_stopwatch *stopwatch_set_selected(const stopwatch_set *set);
named_stopwatch *stopwatch_set_at(const stopwatch_set *set, size_t place);
/* The place of the stopwatch with `id`, or set->count when there is none. */
size_t stopwatch_set_place_of(const stopwatch_set *set, uint32_t id);

/* Whether `name` may be a stopwatch's name (empty is allowed: "not named"). */
stopwatch_set_result stopwatch_set_check_name(const char *name);
/* A new stopwatch named `name` (checked, unique; may be empty) after the last one, given
 * `id` when it is not 0 (loading: an id not in use, below which next_id moves up past it) or
 * else next_id; its place in *place (may be NULL). It is not selected. */
stopwatch_set_result stopwatch_set_add(stopwatch_set *set, const char *name, uint32_t id,
                                       size_t *place);
stopwatch_set_result stopwatch_set_rename(stopwatch_set *set, size_t place, const char *name);
/* Removes the stopwatch at `place` (not the last one), setting it aside for
 * stopwatch_set_put_back (a stopwatch set aside before is freed). The one after it is selected
 * when it was (or the one before, when it was the last). */
stopwatch_set_result stopwatch_set_remove(stopwatch_set *set, size_t place);
/* The stopwatch removed last, back at its place and selected; STOPWATCH_SET_NOTHING. */
stopwatch_set_result stopwatch_set_put_back(stopwatch_set *set);
bool stopwatch_set_can_put_back(const stopwatch_set *set);
/* Selects `place`; false when out of range. */
bool stopwatch_set_select(stopwatch_set *set, size_t place);
/* Moves the stopwatch at `from` to `to` (the selection follows it); false when out of range. */
bool stopwatch_set_move(stopwatch_set *set, size_t from, size_t to);
/* The stopwatch a user means by `text`: a place from 1 ("2"), or a name (ASCII case ignored);
 * set->count when none. */
size_t stopwatch_set_find(const stopwatch_set *set, const char *text);

/* Starts every stopwatch that is not running, at the one reading `now`; how many started. */
size_t stopwatch_set_start_all(stopwatch_set *set, uint64_t now);
/* Pauses every running stopwatch at `now`; how many paused. */
size_t stopwatch_set_pause_all(stopwatch_set *set, uint64_t now);
size_t stopwatch_set_running_count(const stopwatch_set *set);

/*
 * The strip's text for one stopwatch: its name, its time to the second and its state in words,
 * "Runner B  1:02  running" (`name` the shown name, `state_word` the shell's word for its
 * state). The length written, without the terminator.
 */
size_t stopwatch_strip_text(char *text, size_t size, const char *name, uint64_t ticks,
                            uint64_t frequency, const char *state_word);

/*
 * The list of stopwatches on disk (stopwatches.txt, docs/state-format.md): their ids, names and
 * order, which one is selected and the next id. Each stopwatch's own state is in its own files.
 */
typedef struct stopwatch_list_report
{
    size_t bad_lines;           /* skipped: malformed, a repeated id or name, past the maximum */
    bool no_header;             /* not a list at all (or another version): nothing read */
} stopwatch_list_report;

void stopwatch_list_write(text_buffer *buffer, const stopwatch_set *set);
/* Reads `text` into `set`, which must be as stopwatch_set_initialize left it: when the list
 * names at least one stopwatch, those replace the first one (in the list's order, the listed
 * one selected). false when it is not a list (report->no_header); `set` is then unchanged, as
 * it is for a list that names none. */
bool stopwatch_list_parse(const char *text, size_t length, stopwatch_set *set,
                          stopwatch_list_report *report);

#ifdef __cplusplus
}
#endif

#endif
