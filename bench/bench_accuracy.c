/*
 * Accuracy: how far the time Lapwing shows can drift from the truth.
 *  1. Simulated: the core stopwatch given counter readings for 1 hour, 1 day, 1 year and 100
 *     years, run in 1,000 stretches with pauses between, at three counter frequencies (10 MHz
 *     as QueryPerformanceCounter usually ticks, the 3.579545 MHz ACPI timer, a 2.4 GHz TSC):
 *     the time it reports against the exact total, in microseconds, and the display's text.
 *  2. For real, for LAPWING_BENCH_ACCURACY_SECONDS (default 60): the classic tutorial stopwatch
 *     (a thread that sleeps 10 ms and adds 10 ms to a counter) beside the core stopwatch reading
 *     the monotonic counter; each one's drift from the counter in ms per minute.
 * Not a test: it prints figures. Run: sh bench/run.sh
 */
#ifndef _WIN32
#define _POSIX_C_SOURCE 199309L
#endif
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "lapwing/format.h"
#include "lapwing/stopwatch.h"
#include "lapwing/ticks.h"

#ifdef _WIN32
#include <windows.h>
#include <process.h>

static uint64_t counter_now(void)
{
    LARGE_INTEGER counter;
    QueryPerformanceCounter(&counter);
    return (uint64_t)counter.QuadPart;
}
static uint64_t counter_frequency(void)
{
    LARGE_INTEGER frequency;
    QueryPerformanceFrequency(&frequency);
    return (uint64_t)frequency.QuadPart;
}
static void sleep_ms(unsigned ms) { Sleep(ms); }
#else
#include <pthread.h>
#include <time.h>

static uint64_t counter_now(void)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (uint64_t)now.tv_sec * 1000000000u + (uint64_t)now.tv_nsec;
}
static uint64_t counter_frequency(void) { return 1000000000u; }
static void sleep_ms(unsigned ms)
{
    struct timespec pause = { (time_t)(ms / 1000), (long)(ms % 1000) * 1000000L };
    nanosleep(&pause, NULL);
}
#endif

static void simulated(void)
{
    static const struct { const char *name; uint64_t seconds; } spans[] = {
        { "1 hour", 3600u }, { "1 day", 86400u }, { "1 year", 31556952u },
        { "100 years", 3155695200u } };
    static const uint64_t frequencies[] = { 10000000u, 3579545u, 2400000000u };
    size_t s, f;

    printf("Simulated runs: 1,000 stretches with pauses between, the core against the exact total\n\n");
    printf("| span | counter | shown | error, microseconds |\n| --- | ---: | --- | ---: |\n");
    for (s = 0; s < sizeof(spans) / sizeof(spans[0]); s++)
        for (f = 0; f < sizeof(frequencies) / sizeof(frequencies[0]); f++)
        {
            uint64_t frequency = frequencies[f];
            uint64_t total = spans[s].seconds * frequency; /* exact, in counter ticks */
            uint64_t now = 987654321u, given = 0, elapsed, exact_us, shown_us;
            stopwatch watch;
            char text[FORMAT_TIME_MAX];
            int stretch;

            stopwatch_initialize(&watch, frequency);
            for (stretch = 0; stretch < 1000; stretch++)
            {
                /* Uneven stretches that add up to the total exactly. */
                uint64_t part = stretch < 999 ? total / 1000 + (uint64_t)(stretch % 7) - 3
                                              : total - given;
                stopwatch_start(&watch, now);
                now += part;
                given += part;
                stopwatch_pause(&watch, now);
                now += frequency * 5 + 12345; /* a pause, not counted */
            }
            elapsed = stopwatch_elapsed(&watch, now);
            exact_us = spans[s].seconds * 1000000u;
            shown_us = ticks_to_units(elapsed, frequency, 1000000u);
            format_time(text, sizeof(text), elapsed, frequency);
            printf("| %s | %.6g MHz | %s | %lld |\n", spans[s].name, (double)frequency / 1e6,
                   text, (long long)(shown_us - exact_us));
            stopwatch_delete(&watch);
        }
}

static volatile long tutorial_ms, tutorial_stop;

#ifdef _WIN32
static unsigned __stdcall tutorial_thread(void *unused)
#else
static void *tutorial_thread(void *unused)
#endif
{
    (void)unused;
    while (!tutorial_stop)
    {
        sleep_ms(10);
        tutorial_ms += 10;
    }
    return 0;
}

static void for_real(void)
{
    const char *setting = getenv("LAPWING_BENCH_ACCURACY_SECONDS");
    unsigned seconds = setting && atoi(setting) > 0 ? (unsigned)atoi(setting) : 60u;
    uint64_t frequency = counter_frequency(), begin, end;
    double truth_ms, ours_ms, minutes;
    stopwatch watch;

    stopwatch_initialize(&watch, frequency);
    begin = counter_now();
    stopwatch_start(&watch, begin);
#ifdef _WIN32
    HANDLE thread = (HANDLE)_beginthreadex(NULL, 0, tutorial_thread, NULL, 0, NULL);
#else
    pthread_t thread;
    pthread_create(&thread, NULL, tutorial_thread, NULL);
#endif
    sleep_ms(seconds * 1000u);
    end = counter_now();
    ours_ms = (double)stopwatch_elapsed(&watch, end) * 1000.0 / (double)frequency;
    truth_ms = (double)(end - begin) * 1000.0 / (double)frequency;
    tutorial_stop = 1;
#ifdef _WIN32
    WaitForSingleObject(thread, INFINITE);
    CloseHandle(thread);
#else
    pthread_join(thread, NULL);
#endif
    minutes = truth_ms / 60000.0;
    printf("\nFor real, %u s: drift from the monotonic counter\n\n", seconds);
    printf("| stopwatch | shows after %u s | drift, ms per minute |\n| --- | ---: | ---: |\n",
           seconds);
    printf("| the counter itself (truth) | %.3f s | 0 |\n", truth_ms / 1000.0);
    printf("| Lapwing's core (reads the counter) | %.3f s | %.3f |\n", ours_ms / 1000.0,
           (ours_ms - truth_ms) / minutes);
    printf("| tutorial pattern (sleep 10 ms, add 10 ms) | %.3f s | %.1f |\n",
           (double)tutorial_ms / 1000.0, ((double)tutorial_ms - truth_ms) / minutes);
    stopwatch_delete(&watch);
}

int main(void)
{
    simulated();
    for_real();
    return 0;
}
