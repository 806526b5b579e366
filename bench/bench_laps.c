/*
 * The laps benchmark: adds 1,000,000 laps through the API the window uses (on Windows the
 * shared stopwatch, lock and QueryPerformanceCounter included; natively the core stopwatch),
 * and prints, as a table, the time per lap at 1 K, 10 K, 100 K and 1 M laps beside a baseline
 * measured in the same run (appending the same values to a plain growable array), the bytes a
 * lap takes, and the time and size of a CSV export of the million laps beside a baseline (writing
 * as many bytes from one buffer). Not a test: it prints figures; ratios are what to compare,
 * since the machines are shared and absolute times vary.
 *
 * Run: sh bench/run.sh
 */
#include "bench_clock.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lapwing/lap_text.h"
#include "lapwing/stopwatch.h"

#ifdef _WIN32
#include "shared_stopwatch.h"
#endif

#define LAP_COUNT 1000000u

static const size_t checkpoints[] = { 1000u, 10000u, 100000u, 1000000u };
#define CHECKPOINT_COUNT (sizeof(checkpoints) / sizeof(checkpoints[0]))

/* The baseline: a plain growable array of 64-bit values, doubling like the laps do. */
typedef struct plain_array
{
    uint64_t *values;
    size_t count, capacity;
} plain_array;

static int plain_append(plain_array *array, uint64_t value)
{
    if (array->count == array->capacity)
    {
        size_t capacity = array->capacity ? array->capacity * 2 : 64;
        uint64_t *grown = realloc(array->values, capacity * sizeof(uint64_t));
        if (!grown)
            return 0;
        array->values = grown;
        array->capacity = capacity;
    }
    array->values[array->count++] = value;
    return 1;
}

/* Writes `laps` as CSV to `path` in chunks, as the window's export does; the bytes written. */
static size_t write_csv(const char *path, const laps *laps, uint64_t frequency)
{
    FILE *file = fopen(path, "wb");
    text_buffer buffer;
    size_t index = 0, total = 0;

    if (!file)
        return 0;
    text_buffer_initialize(&buffer);
    lap_text_append_csv_header(&buffer);
    while (index < laps->count)
    {
        size_t end = index + 4096 < laps->count ? index + 4096 : laps->count;
        for (; index < end; index++)
            lap_text_append_csv_row(&buffer, laps, index, frequency);
        total += fwrite(buffer.text, 1, buffer.length, file);
        text_buffer_clear(&buffer);
    }
    text_buffer_delete(&buffer);
    fclose(file);
    return total;
}

static size_t write_plain(const char *path, size_t bytes)
{
    FILE *file = fopen(path, "wb");
    char *block = malloc(1 << 20);
    size_t total = 0;

    if (!file || !block)
    {
        if (file)
            fclose(file);
        free(block);
        return 0;
    }
    memset(block, 'x', 1 << 20);
    while (total < bytes)
    {
        size_t chunk = bytes - total < (1u << 20) ? bytes - total : (1u << 20);
        total += fwrite(block, 1, chunk, file);
    }
    fclose(file);
    free(block);
    return total;
}

int main(void)
{
    double lap_seconds[CHECKPOINT_COUNT], plain_seconds[CHECKPOINT_COUNT], start;
    plain_array plain = { NULL, 0, 0 };
    size_t done = 0, c, csv_bytes, plain_bytes;
    const laps *laps;
    uint64_t frequency;
    double csv_time, plain_write_time;
#ifdef _WIN32
    shared_stopwatch shared;
    if (!shared_stopwatch_initialize(&shared))
        return 1;
    shared_stopwatch_toggle(&shared);
    frequency = shared_stopwatch_frequency(&shared);
#else
    stopwatch watch;
    uint64_t tick = 0;
    stopwatch_initialize(&watch, 10000000u);
    stopwatch_start(&watch, 0);
    frequency = watch.frequency;
#endif

    for (c = 0; c < CHECKPOINT_COUNT; c++)
    {
        size_t end = checkpoints[c], i;
        start = seconds_now();
        for (i = done; i < end; i++)
        {
#ifdef _WIN32
            if (shared_stopwatch_lap(&shared) != STOPWATCH_OK)
#else
            tick += 12345;
            if (stopwatch_lap(&watch, tick) != STOPWATCH_OK)
#endif
            {
                fprintf(stderr, "bench: out of memory at lap %zu\n", i);
                return 1;
            }
        }
        lap_seconds[c] = seconds_now() - start;
        start = seconds_now();
        for (i = done; i < end; i++)
            if (!plain_append(&plain, (uint64_t)i * 12345u))
                return 1;
        plain_seconds[c] = seconds_now() - start;
        done = end;
    }

#ifdef _WIN32
    laps = stopwatch_laps(&stopwatch_set_selected(&shared.set)->watch);
    printf("Lapwing laps benchmark (Windows build: shared stopwatch, lock and QPC per lap)\n\n");
#else
    laps = stopwatch_laps(&watch);
    printf("Lapwing laps benchmark (native build: the core stopwatch)\n\n");
#endif
    printf("| laps | ns per lap | baseline ns per append | ratio |\n");
    printf("| ---: | ---: | ---: | ---: |\n");
    done = 0;
    for (c = 0; c < CHECKPOINT_COUNT; c++)
    {
        double count = (double)(checkpoints[c] - done);
        double lap_ns = lap_seconds[c] * 1e9 / count, plain_ns = plain_seconds[c] * 1e9 / count;
        printf("| %zu | %.1f | %.1f | %.1fx |\n", checkpoints[c], lap_ns, plain_ns,
               plain_ns > 0 ? lap_ns / plain_ns : 0.0);
        done = checkpoints[c];
    }
    printf("\nbytes per lap: %.1f (totals array capacity %zu for %zu laps; notes: none)\n",
           (double)(laps->capacity * sizeof(uint64_t)) / (double)laps->count, laps->capacity,
           laps->count);

    start = seconds_now();
    csv_bytes = write_csv("bench-laps.csv", laps, frequency);
    csv_time = seconds_now() - start;
    start = seconds_now();
    plain_bytes = write_plain("bench-plain.bin", csv_bytes);
    plain_write_time = seconds_now() - start;
    printf("\n| export of %zu laps | seconds | MB | baseline seconds (same bytes, one buffer) "
           "| ratio |\n| --- | ---: | ---: | ---: | ---: |\n",
           laps->count);
    printf("| CSV | %.3f | %.1f | %.3f | %.1fx |\n", csv_time, (double)csv_bytes / 1e6,
           plain_write_time, plain_write_time > 0 ? csv_time / plain_write_time : 0.0);
    remove("bench-laps.csv");
    remove("bench-plain.bin");
    (void)plain_bytes;
    free(plain.values);
#ifdef _WIN32
    shared_stopwatch_delete(&shared);
#else
    stopwatch_delete(&watch);
#endif
    return 0;
}
