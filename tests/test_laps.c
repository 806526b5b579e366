/*
 * Laps: statistics kept up to date on append and on undo (ties go to the earliest lap), notes
 * (limits, control characters, UTF-8), and the stopwatch's undo of a lap and of a reset.
 */
#include <string.h>

#include "lapwing/laps.h"
#include "lapwing/stopwatch.h"

#include "test_core.h"

static void no_laps_no_statistics(void **state)
{
    laps laps;
    lap_statistics statistics;
    (void)state;
    laps_initialize(&laps);
    statistics = laps_statistics(&laps);
    assert_int_equal(statistics.count, 0);
    assert_int_equal(statistics.best, 0);
    assert_int_equal(statistics.worst, 0);
    assert_int_equal(statistics.mean, 0);
    assert_false(laps_remove_last(&laps));
    laps_delete(&laps);
}

static void best_worst_and_mean_follow_every_lap(void **state)
{
    static const uint64_t times[] = { 500, 300, 900, 300, 900, 400 };
    laps laps;
    lap_statistics statistics;
    (void)state;
    laps_of(&laps, times, 6);
    statistics = laps_statistics(&laps);
    assert_int_equal(statistics.count, 6);
    assert_int_equal(statistics.best, 300);
    assert_int_equal(statistics.best_index, 1);  /* lap 4 ties it: the earliest wins */
    assert_int_equal(statistics.worst, 900);
    assert_int_equal(statistics.worst_index, 2); /* lap 5 ties it */
    assert_int_equal(statistics.mean, 3300 / 6);
    laps_delete(&laps);
}

static void undoing_the_best_lap_brings_back_the_previous_best(void **state)
{
    static const uint64_t times[] = { 500, 300, 900, 100 };
    laps laps;
    lap_statistics statistics;
    (void)state;
    laps_of(&laps, times, 4);
    assert_int_equal(laps_statistics(&laps).best_index, 3);
    assert_true(laps_remove_last(&laps));
    statistics = laps_statistics(&laps);
    assert_int_equal(statistics.count, 3);
    assert_int_equal(statistics.best_index, 1);
    assert_int_equal(statistics.best, 300);
    assert_int_equal(statistics.worst_index, 2);
    assert_int_equal(statistics.mean, 1700 / 3);
    /* The worst goes the same way. */
    assert_true(laps_remove_last(&laps));
    statistics = laps_statistics(&laps);
    assert_int_equal(statistics.worst_index, 0);
    assert_int_equal(statistics.best_index, 1);
    assert_true(laps_remove_last(&laps));
    assert_true(laps_remove_last(&laps));
    assert_int_equal(laps_statistics(&laps).count, 0);
    laps_delete(&laps);
}

static void statistics_match_a_recount_after_random_laps_and_undos(void **state)
{
    laps laps;
    uint64_t total = 0, seed = 12345;
    int step;
    (void)state;
    laps_initialize(&laps);
    for (step = 0; step < 5000; step++)
    {
        size_t i, best = 0, worst = 0;
        lap_statistics statistics;

        seed = seed * 6364136223846793005u + 1442695040888963407u;
        if ((seed >> 60) < 3 && laps.count)
        {
            laps_remove_last(&laps);
            total = laps.count ? laps.totals[laps.count - 1] : 0;
        }
        else
        {
            total += (seed >> 33) % 50; /* small values: many ties */
            assert_true(laps_append(&laps, total));
        }
        for (i = 1; i < laps.count; i++)
        {
            if (laps_ticks(&laps, i) < laps_ticks(&laps, best))
                best = i;
            if (laps_ticks(&laps, i) > laps_ticks(&laps, worst))
                worst = i;
        }
        statistics = laps_statistics(&laps);
        if (laps.count)
        {
            assert_int_equal(statistics.best_index, best);
            assert_int_equal(statistics.worst_index, worst);
        }
    }
    laps_delete(&laps);
}

static void deltas_are_signed_and_lap_one_has_none(void **state)
{
    static const uint64_t times[] = { 500, 300, 900 };
    laps laps;
    int64_t delta = 0;
    (void)state;
    laps_of(&laps, times, 3);
    assert_false(laps_delta(&laps, 0, &delta));
    assert_true(laps_delta(&laps, 1, &delta));
    assert_int_equal(delta, -200);
    assert_true(laps_delta(&laps, 2, &delta));
    assert_int_equal(delta, 600);
    assert_false(laps_delta(&laps, 3, &delta));
    laps_delete(&laps);
}

static void notes_are_checked_and_kept_apart(void **state)
{
    static const uint64_t times[] = { 500, 300, 900 };
    char longest[4 * LAPS_NOTE_MAX_CHARACTERS + 8];
    laps laps;
    size_t i;
    (void)state;
    laps_of(&laps, times, 3);
    assert_null(laps_note(&laps, 0));
    assert_int_equal(laps_set_note(&laps, 2, "Sprint"), LAPS_NOTE_OK);
    assert_int_equal(laps_set_note(&laps, 0, "Warm-up, \"easy\""), LAPS_NOTE_OK);
    assert_string_equal(laps_note(&laps, 2), "Sprint");
    assert_string_equal(laps_note(&laps, 0), "Warm-up, \"easy\"");
    assert_null(laps_note(&laps, 1));
    assert_int_equal(laps.note_count, 2);
    /* Replaced, then removed by an empty text. */
    assert_int_equal(laps_set_note(&laps, 2, "Sprint \xC3\xBC" "ber 200 m"), LAPS_NOTE_OK);
    assert_string_equal(laps_note(&laps, 2), "Sprint \xC3\xBC" "ber 200 m");
    assert_int_equal(laps_set_note(&laps, 2, ""), LAPS_NOTE_OK);
    assert_null(laps_note(&laps, 2));
    assert_int_equal(laps.note_count, 1);

    /* Refused, and nothing changes. */
    assert_int_equal(laps_set_note(&laps, 3, "no such lap"), LAPS_NOTE_NO_SUCH_LAP);
    assert_int_equal(laps_set_note(&laps, 0, "a\tb"), LAPS_NOTE_CONTROL_CHARACTER);
    assert_int_equal(laps_set_note(&laps, 0, "a\nb"), LAPS_NOTE_CONTROL_CHARACTER);
    assert_int_equal(laps_set_note(&laps, 0, "a\xC2\x85" "b"), LAPS_NOTE_CONTROL_CHARACTER);
    assert_int_equal(laps_set_note(&laps, 0, "a\xC3"), LAPS_NOTE_INVALID_UTF8);
    assert_int_equal(laps_set_note(&laps, 0, "\xC0\xAF"), LAPS_NOTE_INVALID_UTF8); /* overlong */
    assert_string_equal(laps_note(&laps, 0), "Warm-up, \"easy\"");

    /* 200 characters, even of four bytes each, fit; 201 do not. */
    for (i = 0; i < LAPS_NOTE_MAX_CHARACTERS; i++)
        memcpy(longest + 4 * i, "\xF0\x9F\x8F\x81", 4); /* a chequered flag */
    longest[4 * LAPS_NOTE_MAX_CHARACTERS] = '\0';
    assert_int_equal(laps_set_note(&laps, 1, longest), LAPS_NOTE_OK);
    strcat(longest, "x");
    assert_int_equal(laps_set_note(&laps, 1, longest), LAPS_NOTE_TOO_LONG);

    /* Undoing a lap takes its note with it. */
    assert_true(laps_remove_last(&laps));
    assert_true(laps_remove_last(&laps));
    assert_int_equal(laps.note_count, 1);
    assert_true(laps_append(&laps, 5000));
    assert_null(laps_note(&laps, 1));
    laps_delete(&laps);
}

static void a_copy_is_deep(void **state)
{
    static const uint64_t times[] = { 500, 300 };
    laps laps, copy;
    (void)state;
    laps_of(&laps, times, 2);
    assert_int_equal(laps_set_note(&laps, 1, "kept"), LAPS_NOTE_OK);
    assert_true(laps_copy(&copy, &laps));
    laps_delete(&laps);
    assert_int_equal(copy.count, 2);
    assert_int_equal(laps_total(&copy, 1), 800);
    assert_string_equal(laps_note(&copy, 1), "kept");
    assert_int_equal(laps_statistics(&copy).best_index, 1);
    laps_delete(&copy);
}

/* ---- The stopwatch's undo ------------------------------------------------------------------ */

static void undo_removes_the_newest_lap_while_running(void **state)
{
    stopwatch watch;
    (void)state;
    stopwatch_initialize(&watch, 1000u);
    assert_false(stopwatch_can_undo(&watch));
    assert_int_equal(stopwatch_undo(&watch), STOPWATCH_IGNORED);
    stopwatch_start(&watch, 0);
    assert_int_equal(stopwatch_undo(&watch), STOPWATCH_IGNORED); /* no laps yet */
    stopwatch_lap(&watch, 1000);
    stopwatch_lap(&watch, 3000);
    assert_true(stopwatch_can_undo(&watch));
    assert_int_equal(stopwatch_undo(&watch), STOPWATCH_OK);
    assert_int_equal(stopwatch_lap_count(&watch), 1);
    assert_int_equal(stopwatch_get_state(&watch), STOPWATCH_RUNNING);
    assert_int_equal(stopwatch_elapsed(&watch, 5000), 5000); /* the clock kept running */
    assert_int_equal(stopwatch_undo(&watch), STOPWATCH_OK);
    assert_int_equal(stopwatch_lap_count(&watch), 0);
    assert_int_equal(stopwatch_undo(&watch), STOPWATCH_IGNORED);
    stopwatch_delete(&watch);
}

static void undo_after_a_reset_brings_laps_notes_and_time_back_paused(void **state)
{
    stopwatch watch;
    lap_statistics statistics;
    (void)state;
    stopwatch_initialize(&watch, 1000u);
    stopwatch_start(&watch, 0);
    stopwatch_lap(&watch, 1000);
    stopwatch_lap(&watch, 1500);
    stopwatch_lap(&watch, 3500);
    assert_int_equal(stopwatch_set_note(&watch, 1, "fast"), LAPS_NOTE_OK);
    stopwatch_pause(&watch, 4000);
    assert_int_equal(stopwatch_reset(&watch), STOPWATCH_OK);
    assert_int_equal(stopwatch_lap_count(&watch), 0);
    assert_int_equal(stopwatch_elapsed(&watch, 9000), 0);

    assert_true(stopwatch_can_undo(&watch));
    assert_int_equal(stopwatch_undo(&watch), STOPWATCH_OK);
    assert_int_equal(stopwatch_get_state(&watch), STOPWATCH_PAUSED);
    assert_int_equal(stopwatch_elapsed(&watch, 9000), 4000);
    assert_int_equal(stopwatch_lap_count(&watch), 3);
    assert_string_equal(laps_note(stopwatch_laps(&watch), 1), "fast");
    statistics = laps_statistics(stopwatch_laps(&watch));
    assert_int_equal(statistics.best_index, 1);
    assert_int_equal(statistics.worst_index, 2);

    /* Undo again: the newest lap goes (the reset was undone already). */
    assert_int_equal(stopwatch_undo(&watch), STOPWATCH_OK);
    assert_int_equal(stopwatch_lap_count(&watch), 2);
    assert_int_equal(stopwatch_get_state(&watch), STOPWATCH_PAUSED);
    stopwatch_delete(&watch);
}

static void a_new_run_after_a_reset_cannot_bring_the_old_one_back(void **state)
{
    stopwatch watch;
    (void)state;
    stopwatch_initialize(&watch, 1000u);
    stopwatch_start(&watch, 0);
    stopwatch_lap(&watch, 1000);
    stopwatch_pause(&watch, 2000);
    stopwatch_reset(&watch);
    stopwatch_start(&watch, 5000);
    assert_false(stopwatch_can_undo(&watch));
    assert_int_equal(stopwatch_undo(&watch), STOPWATCH_IGNORED);
    assert_int_equal(stopwatch_lap_count(&watch), 0);
    assert_int_equal(stopwatch_elapsed(&watch, 6000), 1000);
    /* Two resets in a row: the undo brings back the second one's laps. */
    stopwatch_lap(&watch, 5500);
    stopwatch_pause(&watch, 6000);
    stopwatch_reset(&watch);
    assert_int_equal(stopwatch_undo(&watch), STOPWATCH_OK);
    assert_int_equal(stopwatch_lap_count(&watch), 1);
    assert_int_equal(stopwatch_lap_total(&watch, 0), 500);
    stopwatch_delete(&watch);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(no_laps_no_statistics),
        cmocka_unit_test(best_worst_and_mean_follow_every_lap),
        cmocka_unit_test(undoing_the_best_lap_brings_back_the_previous_best),
        cmocka_unit_test(statistics_match_a_recount_after_random_laps_and_undos),
        cmocka_unit_test(deltas_are_signed_and_lap_one_has_none),
        cmocka_unit_test(notes_are_checked_and_kept_apart),
        cmocka_unit_test(a_copy_is_deep),
        cmocka_unit_test(undo_removes_the_newest_lap_while_running),
        cmocka_unit_test(undo_after_a_reset_brings_laps_notes_and_time_back_paused),
        cmocka_unit_test(a_new_run_after_a_reset_cannot_bring_the_old_one_back),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
