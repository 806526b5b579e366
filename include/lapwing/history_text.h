/*
 * The history in words and rows: the History window's cells, the command line's lines
 * (--history) and the CSV of every run (--export-history, "Save all as CSV"). Pure C; the
 * dates a user reads are local, so the shell turns a run's FILETIME into a calendar_time and
 * this formats it. Words a user reads (column names) are the shell's; the CSV's column names
 * are fixed, for spreadsheets, as the laps' are.
 */
#ifndef LAPWING_HISTORY_TEXT_H
#define LAPWING_HISTORY_TEXT_H

#include <stdbool.h>
#include <stddef.h>

#include "lapwing/history.h"
#include "lapwing/text_buffer.h"

#ifdef __cplusplus
extern "C" {
#endif

#define HISTORY_TEXT_UNITS_PER_SECOND 10000000u
/* Enough for any cell and a --history line (a name is at most 64 characters, 256 bytes). */
#define HISTORY_TEXT_MAX 400

typedef struct calendar_time
{
    int year, month, day, hour, minute, second;
} calendar_time;

/* The columns of the History window. */
typedef enum history_column
{
    HISTORY_COLUMN_STARTED,     /* "2026-12-02 21:33"; empty when not known */
    HISTORY_COLUMN_TOTAL,       /* "00:12:30.25" */
    HISTORY_COLUMN_LAPS,        /* "5" */
    HISTORY_COLUMN_BEST_LAP,    /* "1:02.50" (the best lap's time); empty with no laps */
    HISTORY_COLUMN_NAME,        /* the run's name */
    HISTORY_COLUMN_CORRECTION,  /* the sum of its corrections, signed as Δ ("+1:00.00", with
                                   U+2212 for minus); empty when it has none (the shell puts
                                   its word before it) */
    HISTORY_COLUMN_COUNT
} history_column;

/* "2026-12-02 21:33" (`seconds`: "2026-12-02 21:33:05"); empty when `when` is NULL. */
size_t history_text_date(char *text, size_t size, const calendar_time *when, bool seconds);
/* One cell of run `run`; `started` is its start in local time (NULL: not known). */
void history_text_cell(char *text, size_t size, const history_run *run, history_column column,
                       const calendar_time *started);
/* A --history line: started (to the second, or "-"), total, laps, name, tab-separated, with
 * no line end. */
void history_text_line(char *text, size_t size, const history_run *run,
                       const calendar_time *started);

/* The main list's vs best cell for lap `number` (from 1) whose total is `total` (100 ns): that
 * total minus the compared run's total at the same lap, signed as Δ ("+1.25", "−0.50" with
 * `minus`), "0.00" when equal; empty when no run compares at that lap. */
void history_text_vs_best(char *text, size_t size, const history_best *best,
                          const history *history, size_t number, uint64_t total,
                          const char *minus);

/* The CSV of runs: UTF-8 with a BOM, RFC 4180, CRLF; the laps' columns (lap_text.h) after a
 * run's id and start: run,started,lap,lap_time,total_time,delta,lap_seconds,total_seconds,
 * note,correction. A run without laps is one row with its total and the lap columns empty. */
void history_text_append_csv_header(text_buffer *buffer);
void history_text_append_csv_run(text_buffer *buffer, const history_run *run,
                                 const calendar_time *started);

#ifdef __cplusplus
}
#endif

#endif
