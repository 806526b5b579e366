/*
 * Text for times: what the display shows, and every time in the lap list and its exports
 * (lap_text.h).
 *
 * Times are HH:MM:SS.cc (hours grow past 99: 123:04:05.06), always truncated, never rounded up,
 * so the display never shows a time that has not been reached yet. Plain ASCII, so the Windows
 * shell can widen it character by character.
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

#ifdef __cplusplus
}
#endif

#endif
