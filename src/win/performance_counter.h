/*
 * The one clock Lapwing measures with: QueryPerformanceCounter. Any thread may call these.
 */
#ifndef LAPWING_PERFORMANCE_COUNTER_H
#define LAPWING_PERFORMANCE_COUNTER_H

#include <stdint.h>

/* The counter now, in ticks. */
uint64_t performance_counter_now(void);
/* Ticks per second; fixed at boot. */
uint64_t performance_counter_frequency(void);

#endif
