/*
 * The saved state's text: round trips, the journal applied over the snapshot, and every kind of
 * bad input (garbage, a wrong version, torn and overlong lines, numbers that overflow or run
 * backwards, a journal of another snapshot) yielding what is valid; the elapsed time restored
 * on the same boot, after a reboot, and after the clock went back.
 */
#include <string.h>

#include "lapwing/state_format.h"

#include "test_core.h"

static char *snapshot_of(const saved_state *saved)
{
    static text_buffer buffer;
    text_buffer_delete(&buffer);
    text_buffer_initialize(&buffer);
    state_write_snapshot(&buffer, saved);
    assert_false(buffer.failed);
    return buffer.text;
}

static void parse(const char *snapshot, const char *journal, saved_state *saved,
                  state_report *report)
{
    state_parse(snapshot, snapshot ? strlen(snapshot) : 0, journal,
                journal ? strlen(journal) : 0, saved, report);
}

static void a_running_stopwatch_with_laps_and_notes_round_trips(void **state)
{
    saved_state saved, read;
    state_report report;
    char *text;
    (void)state;
    saved_state_initialize(&saved);
    saved.state = STOPWATCH_RUNNING;
    saved.banked = 12345678;
    saved.run_start_counter = 987654321;
    saved.run_start_wall = UINT64_C(133456789012345678);
    strcpy(saved.boot_id, "boot-42");
    saved.generation = 7;
    assert_true(laps_append(&saved.laps, 10000000));
    assert_true(laps_append(&saved.laps, 25000000));
    assert_int_equal(laps_set_note(&saved.laps, 1, "Kehre, \"schnell\" \xC3\xBC"), LAPS_NOTE_OK);
    text = snapshot_of(&saved);
    assert_true(strncmp(text, "lapwing-state 2\n", 16) == 0);

    assert_true(state_parse(text, strlen(text), NULL, 0, &read, &report));
    assert_int_equal(report.bad_lines, 0);
    assert_int_equal(read.state, STOPWATCH_RUNNING);
    assert_int_equal(read.banked, 12345678);
    assert_int_equal(read.run_start_counter, 987654321);
    assert_true(read.run_start_wall == UINT64_C(133456789012345678));
    assert_string_equal(read.boot_id, "boot-42");
    assert_int_equal(read.generation, 7);
    assert_int_equal(read.laps.count, 2);
    assert_int_equal(laps_total(&read.laps, 1), 25000000);
    assert_string_equal(laps_note(&read.laps, 1), "Kehre, \"schnell\" \xC3\xBC");
    saved_state_delete(&read);
    saved_state_delete(&saved);
}

static void the_journal_replays_over_the_snapshot(void **state)
{
    saved_state saved;
    state_report report;
    const char *snapshot = "lapwing-state 1\ngeneration 3\nstate paused\nbanked 500\nlap 200\n"
                           "end\n";
    const char *journal = "lapwing-journal 1 3\n"
                          "run 500 1000 2000 b1\n"
                          "lap 700\n"
                          "lap 900\n"
                          "note 3 third\n"
                          "undo\n"
                          "lap 950\n"
                          "pause 1200\n";
    (void)state;
    parse(snapshot, journal, &saved, &report);
    assert_int_equal(report.bad_lines, 0);
    assert_int_equal(report.journal_lines, 7);
    assert_int_equal(saved.state, STOPWATCH_PAUSED);
    assert_int_equal(saved.banked, 1200);
    assert_int_equal(saved.laps.count, 3);
    assert_int_equal(laps_total(&saved.laps, 2), 950);
    assert_null(laps_note(&saved.laps, 2)); /* its lap was undone */
    saved_state_delete(&saved);

    /* A reset in the journal clears everything. */
    parse(snapshot, "lapwing-journal 1 3\nreset\n", &saved, &report);
    assert_int_equal(saved.state, STOPWATCH_STOPPED);
    assert_int_equal(saved.laps.count, 0);
    assert_int_equal(saved.banked, 0);
    saved_state_delete(&saved);
}

static void a_journal_of_another_snapshot_is_ignored(void **state)
{
    saved_state saved;
    state_report report;
    const char *snapshot = "lapwing-state 1\ngeneration 4\nstate paused\nbanked 500\nend\n";
    (void)state;
    /* Compaction wrote generation 4 and died before the new journal: the old one is stale. */
    parse(snapshot, "lapwing-journal 1 3\nlap 100\n", &saved, &report);
    assert_true(report.journal_ignored);
    assert_int_equal(saved.laps.count, 0);
    saved_state_delete(&saved);
}

static void a_torn_last_line_is_ignored(void **state)
{
    saved_state saved;
    state_report report;
    (void)state;
    parse(NULL, "lapwing-journal 1 0\nrun 0 10 20 b\nlap 100\nlap 2", &saved, &report);
    assert_true(report.torn_last_line);
    assert_int_equal(report.bad_lines, 0);
    assert_int_equal(saved.laps.count, 1);
    assert_int_equal(saved.state, STOPWATCH_RUNNING);
    saved_state_delete(&saved);
}

static void bad_lines_are_skipped_and_counted(void **state)
{
    static const char *const bad[] = {
        "lap -5",
        "lap 18446744073709551616",             /* 2^64 */
        "lap 99999999999999999999999",
        "lap 100 200",
        "lap",
        "lap 50",                               /* runs backwards */
        "note 9 no such lap",
        "note 0 zero",
        "note 1 tab\there",
        "pause x",
        "run 1 2 3",                            /* no boot id */
        "run 1 2 3 a b",
        "run 1 2 3 a\rb",                       /* control characters in the boot id */
        "run 1 2 3 \x7F",
        "state flying",
        "banked 1e9",
        "lapx 100",
        "\xFF\xFE garbage \x01\x02",
        "",
    };
    text_buffer snapshot;
    saved_state saved;
    state_report report;
    size_t i;
    char long_line[3000];
    (void)state;
    text_buffer_initialize(&snapshot);
    text_buffer_append_string(&snapshot, "lapwing-state 1\nstate paused\nbanked 500\nlap 100\n");
    for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
    {
        text_buffer_append_string(&snapshot, bad[i]);
        text_buffer_append(&snapshot, "\n", 1);
    }
    memset(long_line, 'a', sizeof(long_line) - 1);
    long_line[sizeof(long_line) - 1] = '\0';
    memcpy(long_line, "note 1 ", 7);
    text_buffer_append_string(&snapshot, long_line);
    text_buffer_append_string(&snapshot, "\nlap 300\nend\n");
    state_parse(snapshot.text, snapshot.length, NULL, 0, &saved, &report);
    assert_int_equal(report.bad_lines, sizeof(bad) / sizeof(bad[0]) + 1);
    assert_int_equal(saved.laps.count, 2);          /* lap 100 and lap 300 */
    assert_int_equal(laps_total(&saved.laps, 1), 300);
    assert_null(laps_note(&saved.laps, 0));
    assert_int_equal(saved.banked, 500);
    text_buffer_delete(&snapshot);
    saved_state_delete(&saved);
}

static void not_ours_or_another_version_starts_clean(void **state)
{
    saved_state saved;
    state_report report;
    (void)state;
    assert_false(state_parse("hello\nlap 5\n", 12, NULL, 0, &saved, &report));
    assert_true(report.no_header);
    assert_int_equal(saved.laps.count, 0);
    saved_state_delete(&saved);

    assert_false(state_parse("lapwing-state 3\nlap 5\n", 22, NULL, 0, &saved, &report));
    assert_true(report.wrong_version);
    assert_int_equal(saved.laps.count, 0);
    saved_state_delete(&saved);

    /* Binary noise with NULs inside. */
    assert_false(state_parse("\0\0\0lapwing-state 1\n", 20, NULL, 0, &saved, &report));
    saved_state_delete(&saved);

    /* Empty files are a fresh start, not an error. */
    assert_true(state_parse("", 0, "", 0, &saved, &report));
    assert_int_equal(saved.state, STOPWATCH_STOPPED);
    saved_state_delete(&saved);
}

static void a_running_state_without_anchors_is_paused(void **state)
{
    saved_state saved;
    state_report report;
    (void)state;
    parse("lapwing-state 1\nstate running\nbanked 700\nend\n", NULL, &saved, &report);
    assert_int_equal(saved.state, STOPWATCH_PAUSED);
    assert_int_equal(saved.banked, 700);
    saved_state_delete(&saved);
}

static void elapsed_now_on_the_same_boot_after_a_reboot_and_after_the_clock_went_back(void **state)
{
    saved_state saved;
    bool clamped;
    (void)state;
    saved_state_initialize(&saved);
    saved.state = STOPWATCH_RUNNING;
    saved.banked = 1000;
    saved.run_start_counter = 50000;
    saved.run_start_wall = 9000000;
    /* Same boot: the counter, whatever the wall clock says. */
    assert_int_equal(state_elapsed_now(&saved, true, 80000, 1, &clamped), 31000);
    assert_false(clamped);
    /* Another boot: the wall clock. */
    assert_int_equal(state_elapsed_now(&saved, false, 5, 9500000, &clamped), 501000);
    assert_false(clamped);
    /* The clock went back while closed: never negative, and said. */
    assert_int_equal(state_elapsed_now(&saved, false, 5, 100, &clamped), 1000);
    assert_true(clamped);
    /* Absurd: capped. */
    assert_true(state_elapsed_now(&saved, false, 5, UINT64_MAX, &clamped) == STATE_MAX_UNITS);
    assert_true(clamped);
    /* Paused: the banked time. */
    saved.state = STOPWATCH_PAUSED;
    assert_int_equal(state_elapsed_now(&saved, false, 5, UINT64_MAX, &clamped), 1000);
    assert_false(clamped);
    saved_state_delete(&saved);
}

static void journal_lines_are_one_short_line_each(void **state)
{
    text_buffer buffer;
    (void)state;
    text_buffer_initialize(&buffer);
    state_write_journal_header(&buffer, 5);
    state_write_run(&buffer, 0, 10, 20, "");
    state_write_lap(&buffer, 123);
    state_write_note(&buffer, 0, "first");
    state_write_undo_lap(&buffer);
    state_write_pause(&buffer, 456);
    state_write_reset(&buffer);
    assert_string_equal(buffer.text, "lapwing-journal 2 5\nrun 0 10 20 -\nlap 123\nnote 1 first\n"
                                     "undo\npause 456\nreset\n");
    text_buffer_delete(&buffer);
}

static void a_snapshot_cut_short_is_noticed(void **state)
{
    saved_state saved;
    state_report report;
    (void)state;
    parse("lapwing-state 1\nstate paused\nbanked 5\nlap 3\n", NULL, &saved, &report);
    assert_true(report.no_end);
    assert_int_equal(saved.laps.count, 1); /* what is there is still used */
    saved_state_delete(&saved);
    parse("lapwing-state 1\nstate paused\nbanked 5\nend\n", NULL, &saved, &report);
    assert_false(report.no_end);
    saved_state_delete(&saved);
}

static void laps_and_undos_of_the_best_lap_load_in_linear_time(void **state)
{
    text_buffer journal;
    saved_state saved;
    state_report report;
    uint64_t total = 0;
    int i;
    (void)state;
    /* 100,000 slow laps, then 100,000 times a fast lap taken back: with best and worst found
     * again after each undo, this is 10^10 steps; found once at the end, it is instant. */
    text_buffer_initialize(&journal);
    state_write_journal_header(&journal, 0);
    state_write_run(&journal, 0, 1, 2, "b1");
    for (i = 0; i < 100000; i++)
        state_write_lap(&journal, total += 1000);
    for (i = 0; i < 100000; i++)
    {
        state_write_lap(&journal, total + 1);
        state_write_undo_lap(&journal);
    }
    state_parse(NULL, 0, journal.text, journal.length, &saved, &report);
    assert_int_equal(report.bad_lines, 0);
    assert_int_equal(saved.laps.count, 100000);
    assert_int_equal(laps_statistics(&saved.laps).best_index, 0);
    assert_int_equal(laps_statistics(&saved.laps).worst_index, 0);
    saved_state_delete(&saved);
    text_buffer_delete(&journal);
}

static void notes_beyond_the_bound_are_refused(void **state)
{
    text_buffer journal;
    saved_state saved;
    state_report report;
    int i;
    (void)state;
    text_buffer_initialize(&journal);
    state_write_journal_header(&journal, 0);
    state_write_run(&journal, 0, 1, 2, "b1");
    for (i = 0; i < STATE_NOTES_MAX + 5; i++)
        state_write_lap(&journal, (uint64_t)i);
    /* In reverse order, the costly way round. */
    for (i = STATE_NOTES_MAX + 4; i >= 0; i--)
        state_write_note(&journal, (size_t)i, "n");
    state_parse(NULL, 0, journal.text, journal.length, &saved, &report);
    assert_int_equal(saved.laps.note_count, STATE_NOTES_MAX);
    assert_int_equal(report.bad_lines, 5);
    saved_state_delete(&saved);
    text_buffer_delete(&journal);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_running_stopwatch_with_laps_and_notes_round_trips),
        cmocka_unit_test(the_journal_replays_over_the_snapshot),
        cmocka_unit_test(a_journal_of_another_snapshot_is_ignored),
        cmocka_unit_test(a_torn_last_line_is_ignored),
        cmocka_unit_test(bad_lines_are_skipped_and_counted),
        cmocka_unit_test(not_ours_or_another_version_starts_clean),
        cmocka_unit_test(a_running_state_without_anchors_is_paused),
        cmocka_unit_test(elapsed_now_on_the_same_boot_after_a_reboot_and_after_the_clock_went_back),
        cmocka_unit_test(journal_lines_are_one_short_line_each),
        cmocka_unit_test(a_snapshot_cut_short_is_noticed),
        cmocka_unit_test(laps_and_undos_of_the_best_lap_load_in_linear_time),
        cmocka_unit_test(notes_beyond_the_bound_are_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
