/*
 * The history benchmark: 10,000 runs of 100 laps (1,000,000 laps in all) written as the file
 * Lapwing keeps, then
 *   - opening it: the file read and parsed, the vs best table built and the first screen of the
 *     History window's cells formatted (what Ctrl+H shows), beside a baseline that only reads
 *     the same bytes and counts their lines;
 *   - archiving one more run of 100 laps (its block appended to the file and flushed) with
 *     10 runs in the history and with 10,000: the same time, since a run is archived in
 *     O(laps of that run) and the file is never rewritten, beside a baseline that appends the
 *     same bytes to an empty file.
 * On Windows it goes through the shell's own store (history_store.c, file_io.c); natively
 * through stdio and the core. Medians of 7. Not a test: it prints figures.
 *
 * Run: sh bench/run.sh 7
 */
#include "bench_clock.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lapwing/history.h"
#include "lapwing/history_text.h"

#ifdef _WIN32
#include "history_store.h"
#endif

#define RUNS 10000u
#define LAPS_PER_RUN 100u
#define REPEATS 7
#define SCREEN_ROWS 30

static int compare_doubles(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(double *values)
{
    qsort(values, REPEATS, sizeof(double), compare_doubles);
    return values[REPEATS / 2];
}

static void make_run(history_run *run, unsigned seed)
{
    uint64_t total = 0;
    unsigned i;

    history_run_initialize(run);
    for (i = 0; i < LAPS_PER_RUN; i++)
    {
        total += 600000000u + (uint64_t)((seed * 7919u + i * 104729u) % 50000000u);
        if (!laps_append(&run->laps, total))
            exit(1);
    }
    run->total = total;
    run->started_wall = 134000000000000000u + (uint64_t)seed * 36000000000u;
    run->ended_wall = run->started_wall + total;
}

/* A history of `count` runs as its file's text. */
static void write_history(const char *path, unsigned count)
{
    history runs;
    text_buffer text;
    unsigned i;
    FILE *file;

    history_initialize(&runs);
    for (i = 0; i < count; i++)
    {
        history_run run;
        make_run(&run, i);
        history_add(&runs, &run);
    }
    text_buffer_initialize(&text);
    history_write_all(&text, &runs);
    file = fopen(path, "wb");
    if (!file || text.failed || fwrite(text.text, 1, text.length, file) != text.length)
    {
        fprintf(stderr, "bench_history: could not write %s\n", path);
        exit(1);
    }
    fclose(file);
    text_buffer_delete(&text);
    history_delete(&runs);
}

static char *read_whole(const char *path, size_t *length)
{
    FILE *file = fopen(path, "rb");
    char *text;
    long size;

    if (!file || fseek(file, 0, SEEK_END) || (size = ftell(file)) < 0 || fseek(file, 0, SEEK_SET))
        exit(1);
    text = malloc((size_t)size + 1);
    if (!text || fread(text, 1, (size_t)size, file) != (size_t)size)
        exit(1);
    fclose(file);
    *length = (size_t)size;
    return text;
}

/* Opening: as the app loads it and the window shows its first screen. */
static double open_history(const char *folder_or_path, size_t *runs_read)
{
    history runs;
    history_best best;
    char cell[HISTORY_TEXT_MAX];
    double start = seconds_now();
    size_t row;
    int column;

#ifdef _WIN32
    WCHAR folder[MAX_PATH];
    history_report report;
    MultiByteToWideChar(CP_UTF8, 0, folder_or_path, -1, folder, MAX_PATH);
    if (history_store_read(folder, &runs, &report) != ERROR_SUCCESS)
        exit(1);
#else
    history_report report;
    size_t length;
    char *text = read_whole(folder_or_path, &length);
    history_parse(text, length, &runs, &report);
    free(text);
#endif
    history_best_initialize(&best);
    history_best_build(&best, &runs, 1, 0);
    for (row = 0; row < SCREEN_ROWS && row < runs.count; row++)
        for (column = 0; column < HISTORY_COLUMN_COUNT; column++)
        {
            calendar_time when = { 2026, 12, 3, 10, 0, 0 };
            history_text_cell(cell, sizeof(cell), &runs.runs[runs.count - 1 - row],
                              (history_column)column, &when);
        }
    *runs_read = runs.count;
    start = seconds_now() - start;
    history_best_delete(&best);
    history_delete(&runs);
    return start;
}

/* The baseline of opening: the same bytes read, their lines counted. */
static double read_and_count(const char *path)
{
    double start = seconds_now();
    size_t length, lines = 0;
    char *text = read_whole(path, &length), *p = text, *end = text + length;

    while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL)
    {
        lines++;
        p++;
    }
    free(text);
    if (!lines)
        exit(1);
    return seconds_now() - start;
}

/* Archiving one run: its block made and appended (and flushed) to the file at `path`, the file
 * opened for it as a first append after a start opens it. */
static double archive_one(const char *folder, const char *path, history *runs, unsigned seed)
{
    history_run run;
    text_buffer block;
    double start;

    make_run(&run, seed);
    history_add(runs, &run);
    text_buffer_initialize(&block);
#ifdef _WIN32
    {
        history_store store;
        WCHAR wide[MAX_PATH];

        (void)path;
        MultiByteToWideChar(CP_UTF8, 0, folder, -1, wide, MAX_PATH);
        memset(&store, 0, sizeof(store));
        history_store_initialize(&store, wide);
        store.writable = TRUE; /* as after loading: appends go at the end */
        start = seconds_now();
        history_write_run(&block, &runs->runs[runs->count - 1]);
        if (block.failed || history_store_append(&store, block.text, block.length) != ERROR_SUCCESS)
            exit(1);
        start = seconds_now() - start;
        history_store_delete(&store);
    }
#else
    {
        FILE *file;

        (void)folder;
        start = seconds_now();
        history_write_run(&block, &runs->runs[runs->count - 1]);
        file = fopen(path, "ab");
        if (block.failed || !file || fwrite(block.text, 1, block.length, file) != block.length ||
            fflush(file))
            exit(1);
        fclose(file);
        start = seconds_now() - start;
    }
#endif
    text_buffer_delete(&block);
    return start;
}

static void path_in(char *path, size_t size, const char *folder, const char *name)
{
    snprintf(path, size, "%s%s%s", folder, folder[0] ? "/" : "", name);
}

int main(void)
{
    double opened[REPEATS], baseline[REPEATS], small[REPEATS], large[REPEATS], empty[REPEATS];
    char small_folder[64] = "history-small", large_folder[64] = "history-large",
         empty_folder[64] = "history-empty", small_path[128], large_path[128], empty_path[128];
    history small_runs, large_runs, empty_runs;
    size_t runs_read = 0;
    int i;

#ifdef _WIN32
    CreateDirectoryA(small_folder, NULL);
    CreateDirectoryA(large_folder, NULL);
    CreateDirectoryA(empty_folder, NULL);
#else
    if (system("mkdir -p history-small history-large history-empty") != 0)
        return 1;
#endif
    path_in(small_path, sizeof(small_path), small_folder, "history.txt");
    path_in(large_path, sizeof(large_path), large_folder, "history.txt");
    path_in(empty_path, sizeof(empty_path), empty_folder, "history.txt");
    write_history(small_path, 10);
    write_history(large_path, RUNS);
    remove(empty_path);

    for (i = 0; i < REPEATS; i++)
    {
#ifdef _WIN32
        opened[i] = open_history(large_folder, &runs_read);
#else
        opened[i] = open_history(large_path, &runs_read);
#endif
        baseline[i] = read_and_count(large_path);
    }
    history_initialize(&small_runs);
    history_initialize(&large_runs);
    history_initialize(&empty_runs);
    large_runs.next_id = RUNS + 1;
    small_runs.next_id = 11;
    for (i = 0; i < REPEATS; i++)
    {
        small[i] = archive_one(small_folder, small_path, &small_runs, 100000u + (unsigned)i);
        large[i] = archive_one(large_folder, large_path, &large_runs, 200000u + (unsigned)i);
        empty[i] = archive_one(empty_folder, empty_path, &empty_runs, 300000u + (unsigned)i);
    }
    {
        size_t length;
        free(read_whole(large_path, &length));
        printf("| history of %u runs, %u laps (%.1f MB) | median of %d | beside |\n", RUNS,
               RUNS * LAPS_PER_RUN, (double)length / 1e6, REPEATS);
    }
    printf("| --- | ---: | --- |\n");
    printf("| open: read, parse, vs best table, first %d rows (%zu runs read) | %.1f ms | "
           "reading the bytes and counting lines: %.1f ms (%.1fx) |\n",
           SCREEN_ROWS, runs_read, median(opened) * 1e3, median(baseline) * 1e3,
           median(opened) / median(baseline));
    printf("| archive a run of %u laps, history of 10 runs | %.3f ms | appending to an empty "
           "file: %.3f ms (%.2fx) |\n",
           LAPS_PER_RUN, median(small) * 1e3, median(empty) * 1e3, median(small) / median(empty));
    printf("| archive a run of %u laps, history of %u runs | %.3f ms | appending to an empty "
           "file: %.3f ms (%.2fx) |\n",
           LAPS_PER_RUN, RUNS, median(large) * 1e3, median(empty) * 1e3,
           median(large) / median(empty));
    history_delete(&small_runs);
    history_delete(&large_runs);
    history_delete(&empty_runs);
    remove(small_path);
    remove(large_path);
    remove(empty_path);
    return 0;
}
