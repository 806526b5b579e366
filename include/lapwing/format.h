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

/* How finely the display shows a time: HH:MM:SS, .t, .cc (the default) or .mmm. */
typedef enum time_precision
{
    TIME_PRECISION_SECONDS,
    TIME_PRECISION_TENTHS,
    TIME_PRECISION_HUNDREDTHS,
    TIME_PRECISION_MILLISECONDS,
    TIME_PRECISION_COUNT
} time_precision;

#define TIME_PRECISION_DEFAULT TIME_PRECISION_HUNDREDTHS

/* Writes the time of `ticks` at `frequency` into `text` (at least FORMAT_TIME_MAX chars is
 * always enough), in hundredths. Returns the length written, without the terminator. */
size_t format_time(char *text, size_t size, uint64_t ticks, uint64_t frequency);
/* The same at `precision` (an unknown one is taken as hundredths). */
size_t format_time_at(char *text, size_t size, uint64_t ticks, uint64_t frequency,
                      time_precision precision);

/* How many times a second a running display at `precision` needs a frame: as often as its
 * text can change, but never more than `display_rate` (the frames the screen can show). A
 * seconds display needs 1 frame a second, so it costs almost nothing. */
unsigned format_frames_per_second(time_precision precision, unsigned display_rate);

#ifdef __cplusplus
}
#endif

#endif
