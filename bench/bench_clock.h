/*
 * The benchmarks' clock: seconds from QueryPerformanceCounter on Windows, CLOCK_MONOTONIC
 * natively. Include first (it asks for POSIX's clock_gettime under -std=c17).
 */
#ifndef LAPWING_BENCH_CLOCK_H
#define LAPWING_BENCH_CLOCK_H

#ifdef _WIN32
#include <windows.h>

static double seconds_now(void)
{
    LARGE_INTEGER counter, frequency;
    QueryPerformanceCounter(&counter);
    QueryPerformanceFrequency(&frequency);
    return (double)counter.QuadPart / (double)frequency.QuadPart;
}
#else
#define _POSIX_C_SOURCE 199309L /* clock_gettime under -std=c17 */
#include <time.h>

static double seconds_now(void)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)now.tv_sec + (double)now.tv_nsec / 1e9;
}
#endif

#endif
