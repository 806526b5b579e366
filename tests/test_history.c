/*
 * The history's core: runs kept, removed and put back; the best run for each lap (ties, runs
 * with fewer laps, another stopwatch's runs, a run picked); the file written and read back,
 * with appended removals and names replayed, and damage of every kind skipped; the texts.
 */
#include "lapwing/history.h"
#include "lapwing/history_text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test_core.h"

#define SECOND UINT64_C(10000000)

/* A run of `count` laps, each `lap_seconds[i]` long, and its total (the last lap's, plus
 * `tail` seconds after it). */
static void make_run(history_run *run, const uint64_t *lap_seconds, size_t count, uint64_t tail)
{
    uint64_t total = 0;
    size_t i;

    history_run_initialize(run);
    for (i = 0; i < count; i++)
    {
        total += lap_seconds[i] * SECOND;
        assert_true(laps_append(&run->laps, total));
    }
    run->total = total + tail * SECOND;
    run->started_wall = UINT64_C(133771234567890123);
    run->ended_wall = run->started_wall + run->total;
}

static void add_run(history *history, const uint64_t *lap_seconds, size_t count, uint64_t tail)
{
    history_run run;

    make_run(&run, lap_seconds, count, tail);
    assert_true(history_add(history, &run));
    history_run_delete(&run);
}

static void runs_are_kept_removed_and_put_back(void **state)
{
    history history;
    history_run removed;
    static const uint64_t laps[] = { 1, 2, 3 };
    (void)state;
    history_initialize(&history);
    add_run(&history, laps, 3, 0);
    add_run(&history, laps, 2, 1);
    add_run(&history, laps, 1, 0);
    assert_int_equal(history.count, 3);
    assert_int_equal(history.runs[0].id, 1);
    assert_int_equal(history.runs[2].id, 3);
    assert_true(history_remove(&history, 2, &removed));
    assert_int_equal(removed.laps.count, 2);
    assert_null(history_find(&history, 2));
    assert_false(history_remove(&history, 2, &removed) && false);
    assert_true(history_put_back(&history, &removed));
    assert_int_equal(history.count, 3);
    assert_int_equal(history.runs[1].id, 2); /* back in its place */
    assert_int_equal(history.runs[1].laps.count, 2);
    /* Ids are never reused: the next run after a removal of the newest gets a new one. */
    assert_true(history_remove(&history, 3, &removed));
    history_run_delete(&removed);
    add_run(&history, laps, 1, 0);
    assert_int_equal(history.runs[history.count - 1].id, 4);
    history_delete(&history);
}

static void names_are_checked(void **state)
{
    history history;
    static const uint64_t laps[] = { 1 };
    char long_name[80];
    (void)state;
    history_initialize(&history);
    add_run(&history, laps, 1, 0);
    assert_int_equal(history_set_name(&history, 1, "Sprint über 400 m"), LAPS_NOTE_OK);
    assert_string_equal(history.runs[0].name, "Sprint über 400 m");
    assert_int_equal(history_set_name(&history, 1, "tab\there"), LAPS_NOTE_CONTROL_CHARACTER);
    memset(long_name, 'x', 65);
    long_name[65] = '\0';
    assert_int_equal(history_set_name(&history, 1, long_name), LAPS_NOTE_TOO_LONG);
    long_name[64] = '\0';
    assert_int_equal(history_set_name(&history, 1, long_name), LAPS_NOTE_OK);
    assert_int_equal(history_set_name(&history, 1, ""), LAPS_NOTE_OK);
    assert_null(history.runs[0].name);
    assert_int_equal(history_set_name(&history, 9, "x"), LAPS_NOTE_NO_SUCH_LAP);
    history_delete(&history);
}

static void the_best_run_for_each_lap(void **state)
{
    history history;
    history_best best;
    int64_t difference;
    static const uint64_t slow[] = { 10, 10, 10, 10 };  /* 40 s, 4 laps */
    static const uint64_t fast[] = { 5, 5 };            /* 10 s, 2 laps */
    static const uint64_t tie[] = { 4, 6 };             /* 10 s too, later: loses the tie */
    (void)state;
    history_initialize(&history);
    history_best_initialize(&best);
    assert_true(history_best_build(&best, &history, 1, 0));
    assert_false(history_best_compare(&best, &history, 1, SECOND, &difference)); /* nothing */

    add_run(&history, slow, 4, 0);
    add_run(&history, fast, 2, 0);
    add_run(&history, tie, 2, 0);
    assert_true(history_best_build(&best, &history, 1, 0));
    /* Laps 1 and 2: the fast run (the earliest of the two 10 s runs). */
    assert_int_equal(history_best_run_for(&best, 1), 1);
    assert_int_equal(history_best_run_for(&best, 2), 1);
    /* Laps 3 and 4: only the slow run has them. */
    assert_int_equal(history_best_run_for(&best, 3), 0);
    assert_int_equal(history_best_run_for(&best, 4), 0);
    assert_int_equal(history_best_run_for(&best, 5), SIZE_MAX);
    /* This run at 7 s after lap 1: 2 s behind the fast run's 5 s. */
    assert_true(history_best_compare(&best, &history, 1, 7 * SECOND, &difference));
    assert_int_equal(difference, (int64_t)(2 * SECOND));
    assert_true(history_best_compare(&best, &history, 3, 25 * SECOND, &difference));
    assert_int_equal(difference, -(int64_t)(5 * SECOND)); /* 5 s ahead of the slow run's 30 */
    assert_false(history_best_compare(&best, &history, 5, 50 * SECOND, &difference));
    /* The column's texts: signed as Δ, the list's minus, empty when nothing compares. */
    {
        char text[64];
        history_text_vs_best(text, sizeof(text), &best, &history, 1, 7 * SECOND, "\xE2\x88\x92");
        assert_string_equal(text, "+2.00");
        history_text_vs_best(text, sizeof(text), &best, &history, 3, 25 * SECOND, "\xE2\x88\x92");
        assert_string_equal(text, "\xE2\x88\x92" "5.00");
        history_text_vs_best(text, sizeof(text), &best, &history, 2, 10 * SECOND, "-");
        assert_string_equal(text, "0.00");
        history_text_vs_best(text, sizeof(text), &best, &history, 5, 50 * SECOND, "-");
        assert_string_equal(text, "");
    }

    /* Another stopwatch's runs never count. */
    assert_true(history_best_build(&best, &history, 2, 0));
    assert_int_equal(history_best_run_for(&best, 1), SIZE_MAX);

    /* A picked run: every lap compares with it, as far as it has laps. */
    assert_true(history_best_build(&best, &history, 1, 3));
    assert_int_equal(history_best_run_for(&best, 1), 2);
    assert_true(history_best_compare(&best, &history, 1, 4 * SECOND, &difference));
    assert_int_equal(difference, 0);
    assert_false(history_best_compare(&best, &history, 3, 30 * SECOND, &difference));
    history_best_delete(&best);
    history_delete(&history);
}

/* The history written whole and read back: everything the same. */
static void assert_same(const history *a, const history *b)
{
    size_t i, j;

    assert_int_equal(a->count, b->count);
    for (i = 0; i < a->count; i++)
    {
        const history_run *x = &a->runs[i], *y = &b->runs[i];
        assert_int_equal(x->id, y->id);
        assert_int_equal(x->stopwatch, y->stopwatch);
        assert_int_equal(x->started_wall, y->started_wall);
        assert_int_equal(x->ended_wall, y->ended_wall);
        assert_int_equal(x->total, y->total);
        assert_int_equal(x->laps.count, y->laps.count);
        for (j = 0; j < x->laps.count; j++)
            assert_int_equal(x->laps.totals[j], y->laps.totals[j]);
        assert_int_equal(x->laps.note_count, y->laps.note_count);
        for (j = 0; j < x->laps.note_count; j++)
            assert_string_equal(x->laps.notes[j].text, y->laps.notes[j].text);
        assert_int_equal(x->laps.correction_count, y->laps.correction_count);
        for (j = 0; j < x->laps.correction_count; j++)
        {
            assert_int_equal(x->laps.corrections[j].lap, y->laps.corrections[j].lap);
            assert_int_equal(x->laps.corrections[j].amount, y->laps.corrections[j].amount);
        }
        if (x->name || y->name)
            assert_string_equal(x->name, y->name);
    }
}

static void the_file_round_trips(void **state)
{
    history written, read;
    history_report report;
    text_buffer buffer;
    history_run run;
    static const uint64_t laps[] = { 3, 4, 5 };
    (void)state;
    history_initialize(&written);
    make_run(&run, laps, 3, 2);
    assert_int_equal(laps_set_note(&run.laps, 1, "Kehre, \"schnell\""), LAPS_NOTE_OK);
    run.laps.count = 1; /* a correction of -5 s made while lap 2 ran */
    assert_true(laps_add_correction(&run.laps, -5 * (int64_t)SECOND));
    run.laps.count = 3;
    assert_true(laps_add_correction(&run.laps, 60 * (int64_t)SECOND)); /* in the running lap */
    assert_true(history_add(&written, &run));
    history_run_delete(&run);
    make_run(&run, laps, 0, 9); /* no laps at all */
    run.stopwatch = 2;
    run.started_wall = 0;
    assert_true(history_add(&written, &run));
    history_run_delete(&run);
    assert_int_equal(history_set_name(&written, 2, "Aufwärmen"), LAPS_NOTE_OK);

    text_buffer_initialize(&buffer);
    history_write_all(&buffer, &written);
    assert_false(buffer.failed);
    assert_true(history_parse(buffer.text, buffer.length, &read, &report));
    assert_int_equal(report.bad_lines, 0);
    assert_int_equal(report.runs_read, 2);
    assert_same(&written, &read);
    history_delete(&read);

    /* Appended changes replay: a removal, a name, a past run's note. */
    history_write_name(&buffer, 1, "Erster Lauf");
    history_write_note(&buffer, 1, 0, "Start");
    history_write_remove(&buffer, 2);
    assert_true(history_parse(buffer.text, buffer.length, &read, &report));
    assert_int_equal(report.bad_lines, 0);
    assert_int_equal(read.count, 1);
    assert_string_equal(read.runs[0].name, "Erster Lauf");
    assert_string_equal(laps_note(&read.runs[0].laps, 0), "Start");
    assert_int_equal(read.next_id, 3); /* the removed run's id is not given again */
    history_delete(&read);
    text_buffer_delete(&buffer);
    history_delete(&written);
}

static void parse(const char *text, history *history, history_report *report)
{
    assert_true(history_parse(text, strlen(text), history, report));
}

static void damage_is_skipped(void **state)
{
    history history;
    history_report report;
    (void)state;
    /* A torn last block (a crash while appending): the run before it stays. */
    parse("lapwing-history 1\n"
          "run 1 1 0 0 20000000 1\nlap 10000000\nend 1\n"
          "run 2 1 0 0 30000000 2\nlap 10000000\nlap 2000", &history, &report);
    assert_int_equal(history.count, 1);
    assert_true(report.torn_last_line);
    assert_int_equal(report.runs_cut, 1);
    history_delete(&history);

    /* Laps that go back, a wrong lap count, a lap past the total, a bad number: each run
     * dropped, the good one after them kept. */
    parse("lapwing-history 1\n"
          "run 1 1 0 0 50000000 2\nlap 20000000\nlap 10000000\nend 1\n"
          "run 2 1 0 0 50000000 2\nlap 20000000\nend 2\n"
          "run 3 1 0 0 50000000 1\nlap 60000000\nend 3\n"
          "run 4 1 0 0 5000000x 0\nend 4\n"
          "run 5 1 0 0 50000000 1\nlap 20000000\nnote 1 ok\nnote 9 no such lap\nend 5\n",
          &history, &report);
    assert_int_equal(history.count, 1);
    assert_int_equal(history.runs[0].id, 5);
    assert_string_equal(laps_note(&history.runs[0].laps, 0), "ok");
    assert_true(report.bad_lines >= 5);
    history_delete(&history);

    /* An id already there and garbage between blocks: skipped. An older id goes where it
     * belongs (a removed run written again: its removal undone). */
    parse("lapwing-history 1\n"
          "run 7 1 0 0 10 0\nend 7\n"
          "run 7 1 0 0 20 0\nend 7\n"
          "run 3 1 0 0 30 0\nend 3\n"
          "\x01\x02 binary noise\n"
          "remove 99\n",
          &history, &report);
    assert_int_equal(history.count, 2);
    assert_int_equal(history.runs[0].id, 3);
    assert_int_equal(history.runs[1].id, 7);
    assert_int_equal(history.runs[1].total, 10);
    assert_true(report.bad_lines >= 3);
    history_delete(&history);
    parse("lapwing-history 1\n"
          "run 1 1 0 0 10 0\nend 1\nrun 2 1 0 0 20 0\nend 2\n"
          "remove 1\nrun 1 1 0 0 10 0\nend 1\n",
          &history, &report);
    assert_int_equal(report.bad_lines, 0);
    assert_int_equal(history.count, 2);
    assert_int_equal(history.runs[0].id, 1);
    assert_int_equal(history.next_id, 3);
    history_delete(&history);

    /* A block cut short by the next block's first line: that block is read whole; a block
     * whose end is wrong does not hide the lines after it. A name past 64 characters is
     * skipped (the run kept). */
    parse("lapwing-history 1\n"
          "run 1 1 0 0 50 0\nend 1\n"
          "run 2 1 0 0 50 2\nlap 20\n"
          "run 3 1 0 0 60 1\nlap 30\nend 3\n"
          "run 4 1 0 0 70 0\nend 9\n"
          "remove 1\n"
          "run 5 1 0 0 80 0\nname 12345678901234567890123456789012345678901234567890123456789012345\nend 5\n",
          &history, &report);
    assert_int_equal(history.count, 2);
    assert_int_equal(history.runs[0].id, 3);
    assert_int_equal(history.runs[1].id, 5);
    assert_null(history.runs[1].name);
    assert_int_equal(report.runs_cut, 2);
    history_delete(&history);

    /* Not a history, another version: nothing read. */
    assert_false(history_parse("state 1\n", 8, &history, &report));
    assert_true(report.no_header);
    history_delete(&history);
    assert_false(history_parse("lapwing-history 2\n", 18, &history, &report));
    assert_true(report.wrong_version);
    history_delete(&history);
    /* Empty: a fresh history. */
    assert_true(history_parse("", 0, &history, &report));
    assert_int_equal(history.count, 0);
    history_delete(&history);
}

/* 10,000 runs of 100 laps (a million laps) read back whole. Not timed: bench/ measures. */
static void ten_thousand_runs(void **state)
{
    history written, read;
    history_report report;
    text_buffer buffer;
    history_run run;
    uint64_t laps[100];
    size_t i;
    (void)state;
    for (i = 0; i < 100; i++)
        laps[i] = 1 + i % 7;
    history_initialize(&written);
    text_buffer_initialize(&buffer);
    history_write_header(&buffer);
    for (i = 0; i < 10000; i++)
    {
        make_run(&run, laps, 100, i % 3);
        assert_true(history_add(&written, &run)); /* the id given, then appended, as resets do */
        history_write_run(&buffer, &written.runs[written.count - 1]);
        history_run_delete(&run);
    }
    assert_true(history_parse(buffer.text, buffer.length, &read, &report));
    assert_int_equal(report.bad_lines, 0);
    assert_int_equal(read.count, 10000);
    assert_int_equal(read.runs[9999].id, 10000);
    assert_int_equal(read.runs[9999].laps.count, 100);
    assert_same(&written, &read);
    history_delete(&read);
    history_delete(&written);
    text_buffer_delete(&buffer);
}

static void texts(void **state)
{
    history_run run;
    calendar_time when = { 2026, 12, 2, 21, 33, 5 };
    char text[HISTORY_TEXT_MAX];
    text_buffer buffer;
    static const uint64_t laps[] = { 62, 5 };
    (void)state;
    make_run(&run, laps, 2, 3);
    run.id = 4;
    history_text_cell(text, sizeof(text), &run, HISTORY_COLUMN_STARTED, &when);
    assert_string_equal(text, "2026-12-02 21:33");
    history_text_cell(text, sizeof(text), &run, HISTORY_COLUMN_STARTED, NULL);
    assert_string_equal(text, "");
    history_text_cell(text, sizeof(text), &run, HISTORY_COLUMN_TOTAL, &when);
    assert_string_equal(text, "00:01:10.00");
    history_text_cell(text, sizeof(text), &run, HISTORY_COLUMN_LAPS, &when);
    assert_string_equal(text, "2");
    history_text_cell(text, sizeof(text), &run, HISTORY_COLUMN_BEST_LAP, &when);
    assert_string_equal(text, "5.00");
    history_text_cell(text, sizeof(text), &run, HISTORY_COLUMN_CORRECTION, &when);
    assert_string_equal(text, "");
    history_text_line(text, sizeof(text), &run, &when);
    assert_string_equal(text, "2026-12-02 21:33:05\t00:01:10.00\t2\t");
    history_text_line(text, sizeof(text), &run, NULL);
    assert_string_equal(text, "-\t00:01:10.00\t2\t");

    text_buffer_initialize(&buffer);
    history_text_append_csv_header(&buffer);
    history_text_append_csv_run(&buffer, &run, &when);
    assert_non_null(strstr(buffer.text, "run,started,lap,lap_time,total_time,delta,"));
    assert_non_null(strstr(buffer.text, "\r\n4,2026-12-02 21:33:05,1,00:01:02.00,"));
    assert_non_null(strstr(buffer.text, "\r\n4,2026-12-02 21:33:05,2,00:00:05.00,"));
    text_buffer_delete(&buffer);
    /* Corrections summed, signed as the Δ column signs. */
    assert_true(laps_add_correction(&run.laps, -50000000));
    assert_true(laps_add_correction(&run.laps, -10000000));
    history_text_cell(text, sizeof(text), &run, HISTORY_COLUMN_CORRECTION, &when);
    assert_string_equal(text, "\xE2\x88\x92" "6.00");
    history_run_delete(&run);

    /* A run without laps: one row with its total. */
    make_run(&run, laps, 0, 9);
    run.id = 5;
    text_buffer_initialize(&buffer);
    history_text_append_csv_run(&buffer, &run, NULL);
    assert_string_equal(buffer.text, "5,,,,00:00:09.00,,,9.000,,\r\n");
    text_buffer_delete(&buffer);
    history_run_delete(&run);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(runs_are_kept_removed_and_put_back),
        cmocka_unit_test(names_are_checked),
        cmocka_unit_test(the_best_run_for_each_lap),
        cmocka_unit_test(the_file_round_trips),
        cmocka_unit_test(damage_is_skipped),
        cmocka_unit_test(ten_thousand_runs),
        cmocka_unit_test(texts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
