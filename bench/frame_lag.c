/*
 * The time display's frame lag, for the benchmarks. See frame_lag.h. UI thread only.
 */
#include "frame_lag.h"

#include <stdio.h>
#include <stdlib.h>

#include "time_display.h"

static HWND measured;          /* the time display (not the lap display beside it) */
static LARGE_INTEGER frequency, shown_at, first_paint;
static BOOL pending, reported;
static unsigned *lags;         /* microseconds */
static size_t count, capacity;

static int by_value(const void *a, const void *b)
{
    unsigned x = *(const unsigned *)a, y = *(const unsigned *)b;
    return x < y ? -1 : x > y;
}

static void report(double seconds)
{
    char path[MAX_PATH];
    FILE *file;
    DWORD length = GetEnvironmentVariableA("LAPWING_BENCH_LAG_FILE", path, sizeof(path));

    reported = TRUE;
    if (length == 0 || length >= sizeof(path) || count == 0)
        return;
    qsort(lags, count, sizeof(lags[0]), by_value);
    file = fopen(path, "w");
    if (!file)
        return;
    fprintf(file, "frames=%u fps=%.1f p50_us=%u p99_us=%u max_us=%u\n", (unsigned)count,
            (double)count / seconds, lags[count / 2], lags[count * 99 / 100], lags[count - 1]);
    fclose(file);
}

void frame_lag_shown(HWND display)
{
    WCHAR name[64];

    if (!measured && GetClassNameW(display, name, 64) && lstrcmpW(name, TIME_DISPLAY_CLASS) == 0)
        measured = display;
    if (display != measured || reported)
        return;
    QueryPerformanceCounter(&shown_at);
    pending = TRUE;
}

void frame_lag_painted(HWND display)
{
    LARGE_INTEGER now;
    char text[16];
    static double limit;
    double seconds;

    if (display != measured || !pending || reported)
        return;
    pending = FALSE;
    QueryPerformanceCounter(&now);
    if (!frequency.QuadPart)
        QueryPerformanceFrequency(&frequency);
    if (!first_paint.QuadPart)
        first_paint = now;
    if (count == capacity)
    {
        size_t grown = capacity ? capacity * 2 : 4096;
        unsigned *bigger = realloc(lags, grown * sizeof(*lags));
        if (!bigger)
            return;
        lags = bigger;
        capacity = grown;
    }
    lags[count++] = (unsigned)((now.QuadPart - shown_at.QuadPart) * 1000000 / frequency.QuadPart);
    if (limit == 0)
    {
        limit = 10.0;
        if (GetEnvironmentVariableA("LAPWING_BENCH_LAG_SECONDS", text, sizeof(text)) &&
            atof(text) > 0)
            limit = atof(text);
    }
    seconds = (double)(now.QuadPart - first_paint.QuadPart) / (double)frequency.QuadPart;
    if (seconds >= limit)
        report(seconds);
}
