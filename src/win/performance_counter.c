/*
 * QueryPerformanceCounter and its frequency. See performance_counter.h.
 */
#include "performance_counter.h"

#include <windows.h>

uint64_t performance_counter_now(void)
{
    LARGE_INTEGER counter;
    QueryPerformanceCounter(&counter);
    return (uint64_t)counter.QuadPart;
}

uint64_t performance_counter_frequency(void)
{
    LARGE_INTEGER frequency;
    /* Never fails on Windows XP and later; the fallback only keeps a division defined. */
    if (!QueryPerformanceFrequency(&frequency) || frequency.QuadPart <= 0)
        return 1000;
    return (uint64_t)frequency.QuadPart;
}
