/*
 * The saved state: what Lapwing writes so that closing it, killing it or rebooting the machine
 * loses nothing. Two files, both small versioned UTF-8 text (docs/state-format.md):
 *
 *   state.txt     a snapshot: the stopwatch, its anchors, every lap, correction and note;
 *   journal.txt   what changed since: one short line appended per lap, start, stop, note...
 *
 * Version 2 adds the corrections of the time and when the run first started. Version 1 files
 * (Lapwing before corrections) are read as they always were; only version 2 is written, and
 * the lines version 2 added are not valid in a version 1 file.
 *
 * Times are in 100-ns units, never raw counter ticks (their frequency differs between
 * machines). A running stopwatch is anchored three ways: the counter (in 100 ns) and the wall
 * clock (UTC, 100 ns since 1601, as Windows' FILETIME) at which its current run began, and an
 * id of the boot the counter belongs to.
 *
 * Parsing never trusts the text: every line is checked, a bad line is skipped (and counted), a
 * torn last line is ignored, numbers that overflow or run backwards are refused, and the sizes
 * are bounded, so a corrupt, truncated, huge or hostile file yields what is valid in it, in time
 * linear in its size. Pure C, no I/O: the shell reads and writes the files.
 */
#ifndef LAPWING_STATE_FORMAT_H
#define LAPWING_STATE_FORMAT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lapwing/laps.h"
#include "lapwing/stopwatch.h"
#include "lapwing/text_buffer.h"

#ifdef __cplusplus
extern "C" {
#endif

#define STATE_FORMAT_VERSION 2         /* written; 1 and 2 are read */
#define STATE_BOOT_ID_MAX 64
/* Notes read from one snapshot and journal at the most (notes are typed by hand; the bound
 * keeps a hostile file's notes, each inserted in order, from costing quadratic time). */
#define STATE_NOTES_MAX 10000
/* Corrections read at the most: typed by hand, a few in a run; the bound keeps a hostile file
 * from making every lap's mark a long search. */
#define STATE_CORRECTIONS_MAX 10000
/* No saved time is believed beyond this (about 1,000 years, in 100 ns): the stopwatch's own
 * maximum. */
#define STATE_MAX_UNITS (UINT64_C(10000000) * STOPWATCH_MAX_SECONDS)

typedef struct saved_state
{
    stopwatch_state state;
    uint64_t banked;            /* completed running intervals, 100 ns */
    /* While running: the counter (100 ns) and the wall clock (FILETIME) when the current run
     * began, and the boot they belong to. */
    uint64_t run_start_counter;
    uint64_t run_start_wall;
    char boot_id[STATE_BOOT_ID_MAX + 1];
    laps laps;                  /* totals and corrections' amounts in 100 ns */
    uint64_t generation;        /* which journal belongs to this snapshot */
    /* The wall clock (FILETIME) when the run first started, for the history; 0: not known (a
     * version 1 file, or no run yet). The shell fills it; a reset clears it. */
    uint64_t started_wall;
} saved_state;

typedef struct state_report
{
    size_t bad_lines;           /* lines skipped as malformed */
    bool wrong_version;         /* a header of another version: nothing was read */
    bool no_header;             /* not a Lapwing file at all */
    bool torn_last_line;        /* the last line had no line end (ignored) */
    size_t journal_lines;       /* journal entries applied */
    bool journal_ignored;       /* the journal belonged to another snapshot */
    uint64_t journal_generation; /* the journal's own, when it had a header */
    bool no_end;                /* the snapshot stopped before its "end" line: cut short */
} state_report;

void saved_state_initialize(saved_state *saved);
void saved_state_delete(saved_state *saved);

/* The snapshot's text. */
void state_write_snapshot(text_buffer *buffer, const saved_state *saved);
/* The journal's first line, for a snapshot of `generation`. */
void state_write_journal_header(text_buffer *buffer, uint64_t generation);
/* Journal entries, one line each. */
void state_write_run(text_buffer *buffer, uint64_t banked, uint64_t run_start_counter,
                     uint64_t run_start_wall, const char *boot_id);
void state_write_pause(text_buffer *buffer, uint64_t banked);
void state_write_lap(text_buffer *buffer, uint64_t total);
void state_write_undo_lap(text_buffer *buffer);
void state_write_reset(text_buffer *buffer);
void state_write_note(text_buffer *buffer, size_t lap, const char *note);
/* A correction of `amount` (100 ns, signed) leaving `banked` paused (a stopped stopwatch is
 * paused by one), or, while running, with the current run restarted at these anchors (as in a
 * run line): replayed, the stopwatch is exactly as it was. */
void state_write_correct(text_buffer *buffer, int64_t amount, uint64_t banked);
void state_write_correct_running(text_buffer *buffer, int64_t amount, uint64_t banked,
                                 uint64_t run_start_counter, uint64_t run_start_wall,
                                 const char *boot_id);
/* The newest correction undone, leaving `banked` (paused; stopped when nothing is left, as the
 * stopwatch does), or running with these anchors. */
void state_write_uncorrect(text_buffer *buffer, uint64_t banked);
void state_write_uncorrect_running(text_buffer *buffer, uint64_t banked,
                                   uint64_t run_start_counter, uint64_t run_start_wall,
                                   const char *boot_id);
/* When the run first started (FILETIME). */
void state_write_started(text_buffer *buffer, uint64_t wall);

/*
 * Reads a snapshot (may be NULL or empty: a fresh start) and then the journal written after it
 * (may be NULL) into `saved` (initialised by this call). Returns false when the snapshot is
 * unusable (no header, wrong version) and was not empty: then `saved` is a fresh state with the
 * journal applied if it belongs to generation 0. `report` says what was skipped.
 */
bool state_parse(const char *snapshot, size_t snapshot_length, const char *journal,
                 size_t journal_length, saved_state *saved, state_report *report);

/*
 * The elapsed time of a saved running stopwatch now, in 100 ns: on the same boot from the
 * counter (immune to clock changes), else from the wall clock. A wall clock that went back, or a
 * result beyond STATE_MAX_UNITS, is clamped (to the time banked, or the maximum) and *clamped set.
 */
uint64_t state_elapsed_now(const saved_state *saved, bool same_boot, uint64_t counter_now,
                           uint64_t wall_now, bool *clamped);

#ifdef __cplusplus
}
#endif

#endif
