/*
 * The saved state's lines (state_lines.c), for the reader of the files (state_parse.c): private
 * to the core. Each function checks a whole line before it changes anything in `saved`, and
 * returns false for a line that is not valid in a file of `version`.
 */
#ifndef LAPWING_STATE_LINES_H
#define LAPWING_STATE_LINES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lapwing/state_format.h"

/* A decimal number at *text (no sign, no leading spaces beyond one separator), at most
 * `limit`; advances past it. false for anything else, overflow included. */
bool state_read_number(const char **text, const char *end, uint64_t limit, uint64_t *value);
/* Whether the line is `word` followed by the end or a space; advances past the word. */
bool state_starts_with(const char **text, const char *end, const char *word);
bool state_at_end(const char *text, const char *end);

/* A snapshot's line; *ended is set by its "end" line. `notes_read` counts the notes read from
 * both files (STATE_NOTES_MAX). */
bool state_apply_snapshot_line(saved_state *saved, const char *p, const char *end,
                               size_t *notes_read, bool *ended, uint64_t version);
/* A journal's line. */
bool state_apply_journal_line(saved_state *saved, const char *p, const char *end,
                              size_t *notes_read, uint64_t version);

#endif
