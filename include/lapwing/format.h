/*
 * Text for times and laps: what the display shows, what the lap list shows, what Ctrl+C copies.
 *
 * Times are HH:MM:SS.cc (hours grow past 99: 123:04:05.06), always truncated, never rounded up,
 * so the display never shows a time that has not been reached yet. Plain ASCII, so the Windows
 * shell can widen it character by character (the lap text's header, which the shell supplies,
 * is the only part that may be other UTF-8).
 */
#ifndef LAPWING_FORMAT_H
#define LAPWING_FORMAT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Longest time text plus its terminator: 20 digits of hours, ":MM:SS.cc", NUL. */
#define FORMAT_TIME_MAX 32

/* Writes the time of `ticks` at `frequency` into `text` (at least FORMAT_TIME_MAX chars is
 * always enough). Returns the length written, without the terminator. */
size_t format_time(char *text, size_t size, uint64_t ticks, uint64_t frequency);

/*
 * The laps as tab-separated text: the `header` line (the column names, already joined by tabs:
 * they are translated, so the shell supplies them), then one line per lap, oldest first, lines
 * ending in CRLF (the clipboard's convention). UTF-8. `totals` are `count` lap totals in ticks
 * at `frequency` (a copy, so the caller need not hold any lock while this runs).
 * Like snprintf: writes at most `size` bytes, always terminated when size > 0, and returns the
 * length the whole text needs (without the terminator), so a caller can ask with size 0 first.
 */
size_t format_laps_tsv(char *text, size_t size, const char *header, const uint64_t *totals,
                       size_t count, uint64_t frequency);

#ifdef __cplusplus
}
#endif

#endif
