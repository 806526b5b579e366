/* Shared by the core tests: cmocka's headers in the order it needs them. */
#ifndef LAPWING_TEST_CORE_H
#define LAPWING_TEST_CORE_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

/* Counter frequencies seen in the wild: 1 kHz (a coarse fake), the ACPI PM timer, the HPET,
 * Windows 10/11's usual 10 MHz, a 1 GHz counter, and a TSC-based 2.9 GHz. */
static const uint64_t test_frequencies[] = {
    1000u, 3579545u, 14318180u, 10000000u, 1000000000u, 2903999000u,
};
#define TEST_FREQUENCY_COUNT (sizeof(test_frequencies) / sizeof(test_frequencies[0]))

/* Laps with these lap times (in ticks), for the lap tests. */
#ifdef LAPWING_LAPS_H
static inline void laps_of(laps *laps, const uint64_t *lap_times, size_t count)
{
    uint64_t total = 0;
    size_t i;

    laps_initialize(laps);
    for (i = 0; i < count; i++)
    {
        total += lap_times[i];
        assert_true(laps_append(laps, total));
    }
}
#endif

#endif
