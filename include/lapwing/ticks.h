/*
 * Conversions of counter ticks into time units.
 *
 * The tick source (QueryPerformanceCounter on Windows, a fake in tests) has a frequency that is
 * only known at run time: 10 MHz on most Windows 10/11 machines, but 3.x GHz or 1 GHz elsewhere.
 * `ticks * units / frequency` overflows 64 bits after about 10.7 days at 10 MHz when units are
 * 100 ns, so every conversion here divides first and multiplies the remainder, and falls back to
 * an exact long multiplication when even that would overflow. No floating point: the display
 * must never show a time that has not been reached.
 */
#ifndef LAPWING_TICKS_H
#define LAPWING_TICKS_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* floor(a * b / c) for c > 0, exact whenever the result fits in 64 bits (it saturates to
 * UINT64_MAX otherwise). */
uint64_t ticks_multiply_divide(uint64_t a, uint64_t b, uint64_t c);

/* floor(ticks * units_per_second / frequency): ticks as whole units, truncated. */
uint64_t ticks_to_units(uint64_t ticks, uint64_t frequency, uint64_t units_per_second);

/* floor(units * frequency / units_per_second): the first tick count of at least `units`. */
uint64_t ticks_from_units(uint64_t units, uint64_t frequency, uint64_t units_per_second);

#ifdef __cplusplus
}
#endif

#endif
