/*
 * The history: every run a reset has finished, kept. Pure C, no I/O: the shell reads and
 * appends the file (docs/state-format.md, "The history").
 *
 * A run is what the stopwatch had when it was reset: its laps (totals in 100-ns units, their
 * notes and the corrections of the time), its total, when it started and ended (wall clock,
 * FILETIME; 0 when not known, as for runs of Lapwing before the history), a name the user may
 * give it, and the stopwatch it belongs to (1 for the only one today: the format carries the
 * id from the start, so that several named stopwatches each keep a history of their own).
 *
 * The runs are kept oldest first with increasing ids, never reused in one history. Archiving a
 * run appends one block to the file, in O(laps of that run); a removal, a name or a note edited
 * later is one more line, so the file is never rewritten as it grows, only compacted now and
 * then (history_compaction_due) in one atomic replace.
 *
 * "Compared with the best": for lap N of the run now, the best run is the past run of the same
 * stopwatch with the smallest total among those that have at least N laps (ties: the earliest);
 * the comparison is this run's total at lap N minus that run's total at lap N. history_best
 * answers it in O(1) a lap after an O(runs + laps) build.
 *
 * Not thread-safe: the shell's UI thread alone holds it.
 */
#ifndef LAPWING_HISTORY_H
#define LAPWING_HISTORY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lapwing/laps.h"
#include "lapwing/text_buffer.h"

#ifdef __cplusplus
extern "C" {
#endif

#define HISTORY_FORMAT_VERSION 1
/* A run's name: up to this many characters, checked as a note is (laps_check_note). */
#define HISTORY_NAME_MAX_CHARACTERS 64
/* Bounds against a hostile file: runs, laps in all, and notes in all. */
#define HISTORY_RUNS_MAX 1000000
#define HISTORY_LAPS_MAX 50000000
#define HISTORY_NOTES_MAX 1000000

typedef struct history_run
{
    uint64_t id;                /* > 0, unique in the history */
    uint32_t stopwatch;         /* which stopwatch's run: 1 today */
    uint64_t started_wall;      /* FILETIME (UTC, 100 ns since 1601); 0: not known */
    uint64_t ended_wall;        /* when it was reset; 0: not known */
    uint64_t total;             /* 100 ns, at least the last lap's total */
    laps laps;                  /* totals and corrections in 100 ns, notes */
    char *name;                 /* UTF-8, malloc'd; NULL when it has none */
} history_run;

typedef struct history
{
    history_run *runs;          /* count runs, oldest first (ids increasing) */
    size_t count;
    size_t capacity;
    uint64_t next_id;           /* the id the next run gets */
    size_t dead_lines;          /* lines in the file that no longer count (removed runs...) */
    size_t live_lines;          /* lines of the runs that do */
} history;

void history_run_initialize(history_run *run);
void history_run_delete(history_run *run);

void history_initialize(history *history);
void history_delete(history *history);

/* Takes `run` over (it is left empty): appended as the newest, with the next id when its id is
 * 0; a run with an id already passed goes where that id belongs (history_put_back). false when
 * out of memory or the id is taken (then `run` is left as it was). */
bool history_add(history *history, history_run *run);
/* The run with `id`, or NULL. */
history_run *history_find(history *history, uint64_t id);
/* Its index, or history->count when there is none. */
size_t history_index_of(const history *history, uint64_t id);
/* Takes the run with `id` out into `removed` (for an undo); false when there is none. */
bool history_remove(history *history, uint64_t id, history_run *removed);
/* Puts a removed run back where its id belongs (an undone removal); takes it over. false when
 * out of memory or its id is taken. */
bool history_put_back(history *history, history_run *run);
/* Names run `id` (an empty text removes the name); checked as a note is, up to
 * HISTORY_NAME_MAX_CHARACTERS. */
laps_note_result history_set_name(history *history, uint64_t id, const char *name);

/* ---- Compared with the best ---------------------------------------------------------------- */

typedef struct history_best
{
    /* by_laps[n - 1]: the index of the best run with at least n laps, or SIZE_MAX. */
    size_t *by_laps;
    size_t length;              /* the most laps any run of the stopwatch has */
    size_t picked;              /* a run the user picked to compare with, or SIZE_MAX */
} history_best;

void history_best_initialize(history_best *best);
void history_best_delete(history_best *best);
/* Builds the table for the runs of `stopwatch`, in O(runs + laps); false when out of memory
 * (then nothing compares). With `picked_id` (not 0) every lap compares with that run instead,
 * as far as it has laps. */
bool history_best_build(history_best *best, const history *history, uint32_t stopwatch,
                        uint64_t picked_id);
/* The run lap `number` (from 1) compares with: its index, or SIZE_MAX when none has that many
 * laps. */
size_t history_best_run_for(const history_best *best, size_t number);
/* The comparison of lap `number` (from 1) whose total is `total` (100 ns) with the best run:
 * total minus the best run's total at that lap, in *difference; false when nothing compares. */
bool history_best_compare(const history_best *best, const history *history, size_t number,
                          uint64_t total, int64_t *difference);

/* ---- The file ------------------------------------------------------------------------------- */

typedef struct history_report
{
    size_t bad_lines;           /* skipped as malformed */
    size_t runs_read;           /* complete runs read */
    size_t runs_cut;            /* a block without its end (a crash while appending) */
    bool no_header;             /* not a Lapwing history at all */
    bool wrong_version;         /* another version: nothing was read */
    bool torn_last_line;        /* a last line without its line end, ignored */
} history_report;

/* The file's first line. */
void history_write_header(text_buffer *buffer);
/* One run as its block: appended when a reset archives it. */
void history_write_run(text_buffer *buffer, const history_run *run);
/* A run removed (Delete in the history, or a reset undone). */
void history_write_remove(text_buffer *buffer, uint64_t id);
/* A run named (an empty name removes it). */
void history_write_name(text_buffer *buffer, uint64_t id, const char *name);
/* A past run's lap note edited (lap from 0; an empty note removes it). */
void history_write_note(text_buffer *buffer, uint64_t id, size_t lap, const char *note);
/* The whole history compacted: the header and every run's block. */
void history_write_all(text_buffer *buffer, const history *history);
/* After the file was rewritten whole (history_write_all): no dead lines left. */
void history_mark_compacted(history *history);
/* Whether rewriting the file whole is worth it: more dead lines than live ones, past a few. */
bool history_compaction_due(const history *history);

/* Reads a history file into `history` (initialised by this call); nothing in it is trusted, in
 * time linear in its size. false when the text is not usable at all (no header, another
 * version) and not empty; `report` says what was skipped. */
bool history_parse(const char *text, size_t length, history *history, history_report *report);

#ifdef __cplusplus
}
#endif

#endif
