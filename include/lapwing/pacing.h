/*
 * Frame pacing on absolute deadlines: frame n of a run that started at tick `start` is due at
 * start + n * frequency / frames_per_second (exact integer arithmetic, no drift). When the
 * caller wakes late, the frames already past are skipped, never bunched up.
 */
#ifndef LAPWING_PACING_H
#define LAPWING_PACING_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Advances *frame to the first frame after it whose deadline is later than `now`, and returns
 * that deadline (a tick). frames_per_second and frequency must be > 0. */
uint64_t pacing_next_deadline(uint64_t start, uint64_t *frame, uint64_t now, uint64_t frequency,
                              uint64_t frames_per_second);

#ifdef __cplusplus
}
#endif

#endif
