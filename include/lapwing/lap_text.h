/*
 * The texts of laps: the list's cells, the delta, the best and worst marks, the mark of a
 * corrected lap, and the rows that Ctrl+C (tab-separated) and Save as CSV write. All UTF-8;
 * words a user reads (column names, "best", "worst", "corrected") are the shell's, from its
 * STRINGTABLE, so nothing here needs translating.
 */
#ifndef LAPWING_LAP_TEXT_H
#define LAPWING_LAP_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "lapwing/laps.h"
#include "lapwing/text_buffer.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum lap_column
{
    LAP_COLUMN_NUMBER,      /* "12" */
    LAP_COLUMN_LAP,         /* the lap's own time, "00:00:04.58" */
    LAP_COLUMN_TOTAL,       /* its total, "00:01:10.00" */
    LAP_COLUMN_DELTA,       /* this lap minus the previous: "+0.42", "−1.07"; empty for lap 1 */
    LAP_COLUMN_NOTE,        /* its note, or empty */
    LAP_COLUMN_COUNT
} lap_column;

typedef enum lap_mark
{
    LAP_MARK_NONE,
    LAP_MARK_BEST,          /* the shortest lap (the earliest of equals) */
    LAP_MARK_WORST          /* the longest lap (the earliest of equals) */
} lap_mark;

/* The typographic minus sign (U+2212) the list shows; exports use ASCII '-'. */
#define LAP_TEXT_MINUS "\xE2\x88\x92"
/* The byte order mark that makes Excel read a CSV file as UTF-8. */
#define LAP_TEXT_UTF8_BOM "\xEF\xBB\xBF"
/* The most bytes one cell takes, with its terminator (a note is the longest). */
#define LAP_TEXT_CELL_MAX (LAPS_NOTE_MAX_BYTES + 1)

/* A signed difference: "+0.42", "-1.07" (with `minus`), "+1:02.50" past a minute,
 * "+1:00:00.00" past an hour; "0.00" when it is zero. Truncated to hundredths like every time.
 * Returns the length written (like snprintf, cut to fit `size`). */
size_t lap_text_delta(char *text, size_t size, int64_t ticks, uint64_t frequency,
                      const char *minus);
/* A duration as short as it reads: "0.62", "1:02.50", "1:00:00.00" (the summary line's). */
size_t lap_text_duration(char *text, size_t size, uint64_t ticks, uint64_t frequency);
/* Seconds with 3 decimals and a '.', truncated: "65.420", for spreadsheets. */
size_t lap_text_seconds(char *text, size_t size, uint64_t ticks, uint64_t frequency);
/* The same signed, with an ASCII '-' (truncated towards zero): "-5.500", "60.000". */
size_t lap_text_signed_seconds(char *text, size_t size, int64_t ticks, uint64_t frequency);

/* Whether lap `index` is marked best or worst: only when there are two laps or more and the
 * best and the worst differ (with every lap equal, none stands out). */
lap_mark lap_text_mark(const laps *laps, size_t index);
/* The mark of a lap whose time was corrected while it ran: `word` (the shell's "corrected"), a
 * space and the signed sum of its corrections as a delta with the list's minus ("corrected
 * +1:00.00", "corrected −5.00"); only the amount when `word` is NULL or empty. Empty, and 0
 * returned, for a lap without a correction. `index` may be laps->count: the lap running now.
 * Returns the length written (like snprintf, cut to fit `size`). */
size_t lap_text_correction(char *text, size_t size, const laps *laps, size_t index,
                           uint64_t frequency, const char *word);
/* The text of one cell of the list (see lap_column); empty out of range. */
void lap_text_cell(char *text, size_t size, const laps *laps, size_t index, lap_column column,
                   uint64_t frequency);

/* One tab-separated row: #, Lap, Total, Delta, Note, Correction (the signed seconds of the
 * lap's corrections, empty when none), ending in CRLF (the clipboard's). The shell's header row
 * names the same six columns. */
void lap_text_append_tsv_row(text_buffer *buffer, const laps *laps, size_t index,
                             uint64_t frequency);
/* The CSV file's start: the BOM and the header row
 * lap,lap_time,total_time,delta,lap_seconds,total_seconds,note,correction (CRLF): names for
 * programs, not translated. */
void lap_text_append_csv_header(text_buffer *buffer);
/* One RFC 4180 row; the note quoted when it holds a quote, a comma or a line break; the
 * correction as signed seconds ("-5.000"), empty when the lap has none. */
void lap_text_append_csv_row(text_buffer *buffer, const laps *laps, size_t index,
                             uint64_t frequency);

#ifdef __cplusplus
}
#endif

#endif
