/*
 * The saved state, version 2: corrections and the run's first start in the snapshot and in the
 * journal, a replayed journal giving the stopwatch exactly as it was, bad correction lines
 * skipped, and version 1 files (the documentation's examples, verbatim) read as they always
 * were, the lines of version 2 not valid in them.
 */
#include <string.h>

#include "lapwing/state_format.h"

#include "test_core.h"

static void parse(const char *snapshot, const char *journal, saved_state *saved,
                  state_report *report)
{
    state_parse(snapshot, snapshot ? strlen(snapshot) : 0, journal,
                journal ? strlen(journal) : 0, saved, report);
}

/* The examples docs/state-format.md gave of version 1, verbatim: what Lapwing 1.0 writes. */
static const char version_1_snapshot[] =
    "lapwing-state 1\n"
    "generation 12\n"
    "state running\n"
    "banked 523400000\n"
    "run 523400000 8812345678901 133771234567890123 b1795864000\n"
    "lap 612300000\n"
    "lap 1254000000\n"
    "note 2 Kehre, \"schnell\"\n"
    "end\n";
static const char version_1_journal[] =
    "lapwing-journal 1 12\n"
    "lap 1890000000\n"
    "note 3 water\n"
    "pause 2011000000\n"
    "run 2011000000 8833345678901 133771255567890123 b1795864000\n"
    "undo\n"
    "reset\n";

/* Its examples of version 2 (kept in step with the page). */
static const char version_2_snapshot[] =
    "lapwing-state 2\n"
    "generation 12\n"
    "state running\n"
    "banked 1123400000\n"
    "run 1123400000 8812345678901 133771234567890123 b1795864000\n"
    "started 133771228000000000\n"
    "lap 612300000\n"
    "lap 1854000000\n"
    "correct 2 600000000\n"
    "note 2 Kehre, \"schnell\"\n"
    "end\n";
static const char version_2_journal[] =
    "lapwing-journal 2 12\n"
    "lap 1890000000\n"
    "note 3 water\n"
    "correct -50000000 1900000000 8833345678901 133771255567890123 b1795864000\n"
    "pause 2011000000\n"
    "uncorrect 2061000000\n"
    "run 2061000000 8843345678901 133771265567890123 b1795864000\n"
    "undo\n"
    "reset\n"
    "started 133771300000000000\n"
    "correct 7500000000 7500000000\n";

static void the_documented_version_2_examples_read_whole(void **state)
{
    saved_state saved;
    state_report report;
    char journal[sizeof(version_2_journal)];
    (void)state;
    parse(version_2_snapshot, NULL, &saved, &report);
    assert_int_equal(report.bad_lines, 0);
    assert_int_equal(saved.laps.correction_count, 1);
    assert_int_equal(saved.laps.corrections[0].lap, 1);
    assert_true(saved.started_wall == UINT64_C(133771228000000000));
    saved_state_delete(&saved);
    /* Up to the reset: paused after the undo, the correction made in lap 3 undone too. */
    strcpy(journal, version_2_journal);
    *strstr(journal, "reset\n") = '\0';
    parse(version_2_snapshot, journal, &saved, &report);
    assert_int_equal(report.bad_lines, 0);
    assert_int_equal(saved.state, STOPWATCH_RUNNING);
    assert_true(saved.banked == UINT64_C(2061000000));
    assert_int_equal(saved.laps.count, 2);
    assert_int_equal(saved.laps.correction_count, 1);
    saved_state_delete(&saved);
    parse(version_2_snapshot, version_2_journal, &saved, &report);
    assert_int_equal(report.bad_lines, 0);
    assert_int_equal(report.journal_lines, 10);
    assert_int_equal(saved.state, STOPWATCH_PAUSED);
    assert_true(saved.banked == UINT64_C(7500000000));
    assert_int_equal(saved.laps.correction_count, 1);
    assert_true(saved.started_wall == UINT64_C(133771300000000000));
    saved_state_delete(&saved);
}

static void version_1_files_read_as_they_always_were(void **state)
{
    saved_state saved;
    state_report report;
    char journal[sizeof(version_1_journal)];
    (void)state;
    assert_true(state_parse(version_1_snapshot, strlen(version_1_snapshot), NULL, 0, &saved,
                            &report));
    assert_int_equal(report.bad_lines, 0);
    assert_false(report.no_end);
    assert_false(report.wrong_version);
    assert_int_equal(saved.generation, 12);
    assert_int_equal(saved.state, STOPWATCH_RUNNING);
    assert_int_equal(saved.banked, 523400000);
    assert_true(saved.run_start_counter == UINT64_C(8812345678901));
    assert_true(saved.run_start_wall == UINT64_C(133771234567890123));
    assert_string_equal(saved.boot_id, "b1795864000");
    assert_int_equal(saved.laps.count, 2);
    assert_int_equal(laps_total(&saved.laps, 1), 1254000000);
    assert_string_equal(laps_note(&saved.laps, 1), "Kehre, \"schnell\"");
    assert_int_equal(saved.laps.correction_count, 0);
    assert_true(saved.started_wall == 0);
    saved_state_delete(&saved);

    /* The journal up to its undo: running again, the third lap and its note taken back. */
    strcpy(journal, version_1_journal);
    *strstr(journal, "reset\n") = '\0';
    parse(version_1_snapshot, journal, &saved, &report);
    assert_int_equal(report.bad_lines, 0);
    assert_int_equal(report.journal_lines, 5);
    assert_int_equal(saved.state, STOPWATCH_RUNNING);
    assert_true(saved.banked == UINT64_C(2011000000));
    assert_true(saved.run_start_counter == UINT64_C(8833345678901));
    assert_int_equal(saved.laps.count, 2);
    assert_null(laps_note(&saved.laps, 2));
    saved_state_delete(&saved);

    /* And all of it: reset. */
    parse(version_1_snapshot, version_1_journal, &saved, &report);
    assert_int_equal(report.bad_lines, 0);
    assert_int_equal(report.journal_lines, 6);
    assert_int_equal(saved.state, STOPWATCH_STOPPED);
    assert_int_equal(saved.laps.count, 0);
    assert_int_equal(saved.banked, 0);
    saved_state_delete(&saved);
}

static void version_2_lines_are_not_valid_in_a_version_1_file(void **state)
{
    saved_state saved;
    state_report report;
    (void)state;
    parse("lapwing-state 1\nstate paused\nbanked 500\nlap 100\ncorrect 1 50\nstarted 7\nend\n",
          "lapwing-journal 1 0\ncorrect 50 550\nuncorrect 500\nstarted 7\nlap 600\n", &saved,
          &report);
    assert_int_equal(report.bad_lines, 5);
    assert_int_equal(report.journal_lines, 1);
    assert_int_equal(saved.laps.count, 2);
    assert_int_equal(saved.laps.correction_count, 0);
    assert_true(saved.started_wall == 0);
    assert_int_equal(saved.banked, 500);
    saved_state_delete(&saved);
    /* Not even over a version 2 snapshot that has a correction to undo. */
    parse("lapwing-state 2\nstate paused\nbanked 500\ncorrect 1 50\nend\n",
          "lapwing-journal 1 0\nuncorrect 450\n", &saved, &report);
    assert_int_equal(report.bad_lines, 1);
    assert_int_equal(saved.laps.correction_count, 1);
    saved_state_delete(&saved);
}

static void corrections_and_the_start_round_trip_in_a_snapshot(void **state)
{
    saved_state saved, read;
    state_report report;
    text_buffer text;
    (void)state;
    saved_state_initialize(&saved);
    saved.state = STOPWATCH_RUNNING;
    saved.banked = 1700000000;
    saved.run_start_counter = 4000;
    saved.run_start_wall = 5000;
    strcpy(saved.boot_id, "b9");
    saved.started_wall = UINT64_C(133771234000000000);
    assert_true(laps_add_correction(&saved.laps, 600000000));  /* in lap 1 */
    assert_true(laps_append(&saved.laps, 700000000));
    assert_true(laps_append(&saved.laps, 900000000));
    assert_true(laps_add_correction(&saved.laps, -50000000)); /* in lap 3, running */
    assert_int_equal(laps_set_note(&saved.laps, 0, "late start"), LAPS_NOTE_OK);
    text_buffer_initialize(&text);
    state_write_snapshot(&text, &saved);
    assert_string_equal(text.text, "lapwing-state 2\ngeneration 0\nstate running\n"
                                   "banked 1700000000\nrun 1700000000 4000 5000 b9\n"
                                   "started 133771234000000000\nlap 700000000\nlap 900000000\n"
                                   "correct 1 600000000\ncorrect 3 -50000000\n"
                                   "note 1 late start\nend\n");
    assert_true(state_parse(text.text, text.length, NULL, 0, &read, &report));
    assert_int_equal(report.bad_lines, 0);
    assert_true(read.started_wall == saved.started_wall);
    assert_int_equal(read.laps.correction_count, 2);
    assert_int_equal(read.laps.corrections[0].lap, 0);
    assert_int_equal(read.laps.corrections[0].amount, 600000000);
    assert_int_equal(read.laps.corrections[1].lap, 2);
    assert_int_equal(read.laps.corrections[1].amount, -50000000);
    assert_true(laps_last_is_correction(&read.laps));
    assert_string_equal(laps_note(&read.laps, 0), "late start");
    saved_state_delete(&read);
    saved_state_delete(&saved);
    text_buffer_delete(&text);
}

static void journal_lines_of_corrections(void **state)
{
    text_buffer buffer;
    (void)state;
    text_buffer_initialize(&buffer);
    state_write_started(&buffer, 130000000000000000u);
    state_write_correct(&buffer, -50000000, 100);
    state_write_correct_running(&buffer, 600000000, 700, 10, 20, "");
    state_write_uncorrect(&buffer, 100);
    state_write_uncorrect_running(&buffer, 100, 10, 20, "b1");
    state_write_correct(&buffer, INT64_MIN + 1, 0);
    assert_string_equal(buffer.text, "started 130000000000000000\ncorrect -50000000 100\n"
                                     "correct 600000000 700 10 20 -\nuncorrect 100\n"
                                     "uncorrect 100 10 20 b1\n"
                                     "correct -9223372036854775807 0\n");
    text_buffer_delete(&buffer);
}

/* A stopwatch at 10 MHz (ticks are 100 ns) driven as the shell does, each change journaled:
 * the journal replayed is the stopwatch. */
static void a_replayed_journal_is_the_stopwatch_exactly(void **state)
{
    stopwatch watch;
    text_buffer journal;
    saved_state saved;
    state_report report;
    size_t i;
    (void)state;
    stopwatch_initialize(&watch, 10000000u);
    text_buffer_initialize(&journal);
    state_write_journal_header(&journal, 0);
    state_write_started(&journal, 77);

    stopwatch_start(&watch, 100);
    state_write_run(&journal, watch.banked_ticks, watch.run_start, 1100, "b1");
    stopwatch_lap(&watch, 1000);
    state_write_lap(&journal, stopwatch_lap_total(&watch, 0));
    assert_int_equal(stopwatch_correct(&watch, 2000, 6000), STOPWATCH_OK);
    state_write_correct_running(&journal, 6000, watch.banked_ticks, watch.run_start, 3000, "b1");
    stopwatch_pause(&watch, 3000);
    state_write_pause(&journal, watch.banked_ticks);
    assert_int_equal(stopwatch_undo(&watch), STOPWATCH_OK);          /* the correction */
    state_write_uncorrect(&journal, watch.banked_ticks);
    assert_int_equal(stopwatch_correct(&watch, 3000, -100), STOPWATCH_OK);
    state_write_correct(&journal, -100, watch.banked_ticks);
    stopwatch_start(&watch, 5000);
    state_write_run(&journal, watch.banked_ticks, watch.run_start, 6000, "b1");
    assert_int_equal(stopwatch_set_elapsed(&watch, 5500, 90000), STOPWATCH_OK);
    state_write_correct_running(&journal, watch.laps.corrections[1].amount, watch.banked_ticks,
                                watch.run_start, 6500, "b1");

    parse(NULL, journal.text, &saved, &report);
    assert_int_equal(report.bad_lines, 0);
    assert_int_equal(saved.state, stopwatch_get_state(&watch));
    assert_true(saved.banked == watch.banked_ticks);
    assert_true(saved.run_start_counter == watch.run_start);
    assert_true(saved.run_start_wall == 6500);
    assert_true(saved.started_wall == 77);
    assert_int_equal(saved.laps.count, watch.laps.count);
    assert_int_equal(saved.laps.correction_count, watch.laps.correction_count);
    for (i = 0; i < watch.laps.correction_count; i++)
    {
        assert_int_equal(saved.laps.corrections[i].lap, watch.laps.corrections[i].lap);
        assert_int_equal(saved.laps.corrections[i].amount, watch.laps.corrections[i].amount);
    }
    saved_state_delete(&saved);
    text_buffer_delete(&journal);
    stopwatch_delete(&watch);
}

static void the_journal_replays_corrections_and_their_undo(void **state)
{
    saved_state saved;
    state_report report;
    const char *snapshot = "lapwing-state 2\ngeneration 3\nstate paused\nbanked 500\nlap 200\n"
                           "end\n";
    const char *journal = "lapwing-journal 2 3\n"
                          "started 130000000000000000\n"
                          "run 500 1000 2000 b1\n"
                          "correct 6000 7000 1500 2500 b1\n"
                          "lap 8000\n"
                          "correct -300 8100\n"
                          "uncorrect 8400\n"
                          "uncorrect 8400\n"             /* the newest is older than a lap */
                          "undo\n"
                          "uncorrect 1400 3000 4000 b1\n";
    (void)state;
    parse(snapshot, journal, &saved, &report);
    assert_int_equal(report.bad_lines, 1);
    assert_int_equal(report.journal_lines, 8);
    assert_int_equal(saved.state, STOPWATCH_RUNNING);
    assert_int_equal(saved.banked, 1400);
    assert_int_equal(saved.run_start_counter, 3000);
    assert_int_equal(saved.run_start_wall, 4000);
    assert_int_equal(saved.laps.count, 1);
    assert_int_equal(saved.laps.correction_count, 0);
    assert_true(saved.started_wall == UINT64_C(130000000000000000));
    saved_state_delete(&saved);
}

static void a_time_set_on_a_stopped_stopwatch_and_taken_back(void **state)
{
    saved_state saved;
    state_report report;
    (void)state;
    parse(NULL, "lapwing-journal 2 0\ncorrect 7500000000 7500000000\n", &saved, &report);
    assert_int_equal(saved.state, STOPWATCH_PAUSED);
    assert_true(saved.banked == UINT64_C(7500000000));
    assert_int_equal(saved.laps.correction_count, 1);
    assert_int_equal(saved.laps.corrections[0].lap, 0);
    saved_state_delete(&saved);
    parse(NULL, "lapwing-journal 2 0\ncorrect 7500000000 7500000000\nuncorrect 0\n", &saved,
          &report);
    assert_int_equal(report.bad_lines, 0);
    assert_int_equal(saved.state, STOPWATCH_STOPPED);
    assert_int_equal(saved.laps.correction_count, 0);
    saved_state_delete(&saved);
    /* A reset ends the run: its start is forgotten with it. */
    parse(NULL, "lapwing-journal 2 0\nstarted 5\nrun 0 1 2 b1\npause 9\nreset\n", &saved,
          &report);
    assert_true(saved.started_wall == 0);
    saved_state_delete(&saved);
    /* A stopped snapshot that holds a correction is paused: stopped means nothing measured. */
    parse("lapwing-state 2\nstate stopped\ncorrect 1 5\nend\n", NULL, &saved, &report);
    assert_int_equal(saved.state, STOPWATCH_PAUSED);
    saved_state_delete(&saved);
}

static void bad_correction_lines_are_skipped(void **state)
{
    static const char *const bad[] = {
        "correct 0 5", "correct 4 5", "correct 1 0", "correct 1 -0", "correct 1 - 5",
        "correct 1 --5", "correct 1 5 6", "correct 1", "correct x 5", "correct 1 +5",
        "correct 1 316224000000000001", "correct 1 -316224000000000001", "correct 1 5x",
        "started -1", "started", "started 1 2", "started x",
        "correct 2 5",                      /* valid, and then one before it: */
        "correct 1 5",
    };
    text_buffer snapshot;
    saved_state saved;
    state_report report;
    size_t i;
    (void)state;
    text_buffer_initialize(&snapshot);
    text_buffer_append_string(&snapshot, "lapwing-state 2\nstate paused\nbanked 500\nlap 100\n"
                                         "lap 200\n");
    for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
    {
        text_buffer_append_string(&snapshot, bad[i]);
        text_buffer_append(&snapshot, "\n", 1);
    }
    text_buffer_append_string(&snapshot, "end\n");
    parse(snapshot.text, "lapwing-journal 2 0\ncorrect 0 5\ncorrect 5\ncorrect 5 6 7\n"
                         "correct -5 6 7 8\ncorrect 5 x\nuncorrect x\ncorrect 1 2 3 \x01\n",
          &saved, &report);
    assert_int_equal(report.bad_lines, sizeof(bad) / sizeof(bad[0]) - 1 + 7);
    assert_int_equal(saved.laps.correction_count, 1);
    assert_int_equal(saved.laps.corrections[0].lap, 1);
    assert_int_equal(saved.banked, 500);
    assert_int_equal(saved.state, STOPWATCH_PAUSED);
    /* With only older corrections left, an uncorrect has nothing to take back. */
    saved_state_delete(&saved);
    text_buffer_delete(&snapshot);
}

static void corrections_beyond_the_bound_are_refused(void **state)
{
    text_buffer journal;
    saved_state saved;
    state_report report;
    int i;
    (void)state;
    text_buffer_initialize(&journal);
    state_write_journal_header(&journal, 0);
    for (i = 1; i <= STATE_CORRECTIONS_MAX + 3; i++)
        state_write_correct(&journal, 1, (uint64_t)i);
    state_parse(NULL, 0, journal.text, journal.length, &saved, &report);
    assert_int_equal(saved.laps.correction_count, STATE_CORRECTIONS_MAX);
    assert_int_equal(report.bad_lines, 3);
    assert_int_equal(saved.banked, STATE_CORRECTIONS_MAX);
    saved_state_delete(&saved);
    text_buffer_delete(&journal);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(version_1_files_read_as_they_always_were),
        cmocka_unit_test(version_2_lines_are_not_valid_in_a_version_1_file),
        cmocka_unit_test(the_documented_version_2_examples_read_whole),
        cmocka_unit_test(corrections_and_the_start_round_trip_in_a_snapshot),
        cmocka_unit_test(journal_lines_of_corrections),
        cmocka_unit_test(a_replayed_journal_is_the_stopwatch_exactly),
        cmocka_unit_test(the_journal_replays_corrections_and_their_undo),
        cmocka_unit_test(a_time_set_on_a_stopped_stopwatch_and_taken_back),
        cmocka_unit_test(bad_correction_lines_are_skipped),
        cmocka_unit_test(corrections_beyond_the_bound_are_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
