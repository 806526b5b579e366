/*
 * Correcting the time ("I forgot to start it"): set and add while stopped, paused and running;
 * results below zero, below the newest lap and past the maximum refused with nothing changed;
 * the laps before a correction keeping their totals; undo taking corrections, laps and a reset
 * back newest first; corrections travelling through a reset, its undo and a restore.
 * A fake tick source at 1 kHz: one tick a millisecond.
 */
#include "lapwing/stopwatch.h"

#include "test_core.h"

enum
{
    SECOND = 1000
};

static void expect_corrections(const stopwatch *watch, size_t count)
{
    assert_int_equal(stopwatch_laps(watch)->correction_count, count);
}

static void a_time_set_on_a_stopped_stopwatch_pauses_it_there(void **state)
{
    stopwatch watch;
    const laps *laps;
    (void)state;
    stopwatch_initialize(&watch, 1000u);
    /* Setting zero on a stopped stopwatch, or adding nothing, does nothing. */
    assert_int_equal(stopwatch_set_elapsed(&watch, 500, 0), STOPWATCH_IGNORED);
    assert_int_equal(stopwatch_correct(&watch, 500, 0), STOPWATCH_IGNORED);
    assert_int_equal(stopwatch_get_state(&watch), STOPWATCH_STOPPED);
    expect_corrections(&watch, 0);

    /* 12:30 of a run started and forgotten: paused there, for the user to resume. */
    assert_int_equal(stopwatch_set_elapsed(&watch, 500, 750 * SECOND), STOPWATCH_OK);
    assert_int_equal(stopwatch_get_state(&watch), STOPWATCH_PAUSED);
    assert_int_equal(stopwatch_elapsed(&watch, 99999), 750 * SECOND);
    laps = stopwatch_laps(&watch);
    expect_corrections(&watch, 1);
    assert_int_equal(laps->corrections[0].lap, 0);
    assert_int_equal(laps->corrections[0].amount, 750 * SECOND);
    assert_int_equal(stopwatch_start(&watch, 100000), STOPWATCH_OK);
    assert_int_equal(stopwatch_elapsed(&watch, 102000), 752 * SECOND);
    stopwatch_delete(&watch);
}

static void adding_and_taking_away_while_paused(void **state)
{
    stopwatch watch;
    (void)state;
    stopwatch_initialize(&watch, 1000u);
    stopwatch_start(&watch, 0);
    stopwatch_pause(&watch, 5 * SECOND);
    assert_int_equal(stopwatch_correct(&watch, 9 * SECOND, 60 * SECOND), STOPWATCH_OK);
    assert_int_equal(stopwatch_elapsed(&watch, 9 * SECOND), 65 * SECOND);
    assert_int_equal(stopwatch_correct(&watch, 9 * SECOND, -5 * SECOND), STOPWATCH_OK);
    assert_int_equal(stopwatch_elapsed(&watch, 9 * SECOND), 60 * SECOND);
    assert_int_equal(stopwatch_get_state(&watch), STOPWATCH_PAUSED);
    /* The time it already has: nothing to correct. */
    assert_int_equal(stopwatch_set_elapsed(&watch, 9 * SECOND, 60 * SECOND), STOPWATCH_IGNORED);
    assert_int_equal(stopwatch_set_elapsed(&watch, 9 * SECOND, 30 * SECOND), STOPWATCH_OK);
    assert_int_equal(stopwatch_elapsed(&watch, 9 * SECOND), 30 * SECOND);
    assert_int_equal(stopwatch_laps(&watch)->corrections[2].amount, -30 * SECOND);
    expect_corrections(&watch, 3);
    stopwatch_delete(&watch);
}

static void below_zero_is_refused_and_nothing_changes(void **state)
{
    stopwatch watch;
    (void)state;
    stopwatch_initialize(&watch, 1000u);
    assert_int_equal(stopwatch_correct(&watch, 0, -1), STOPWATCH_NEGATIVE);
    assert_int_equal(stopwatch_get_state(&watch), STOPWATCH_STOPPED);
    expect_corrections(&watch, 0);
    stopwatch_start(&watch, 0);
    stopwatch_pause(&watch, 5 * SECOND);
    assert_int_equal(stopwatch_correct(&watch, 0, -6 * SECOND), STOPWATCH_NEGATIVE);
    assert_int_equal(stopwatch_correct(&watch, 0, INT64_MIN), STOPWATCH_NEGATIVE);
    assert_int_equal(stopwatch_elapsed(&watch, 0), 5 * SECOND);
    expect_corrections(&watch, 0);
    /* Exactly to zero is a time like any other. */
    assert_int_equal(stopwatch_correct(&watch, 0, -5 * SECOND), STOPWATCH_OK);
    assert_int_equal(stopwatch_elapsed(&watch, 0), 0);
    assert_int_equal(stopwatch_get_state(&watch), STOPWATCH_PAUSED);
    stopwatch_delete(&watch);
}

static void below_the_newest_lap_is_refused_and_laps_before_keep_their_totals(void **state)
{
    stopwatch watch;
    (void)state;
    stopwatch_initialize(&watch, 1000u);
    stopwatch_start(&watch, 0);
    stopwatch_lap(&watch, 10 * SECOND);
    stopwatch_lap(&watch, 17 * SECOND);
    assert_int_equal(stopwatch_set_elapsed(&watch, 20 * SECOND, 16 * SECOND),
                     STOPWATCH_BELOW_LAST_LAP);
    assert_int_equal(stopwatch_correct(&watch, 20 * SECOND, -3 * SECOND - 1),
                     STOPWATCH_BELOW_LAST_LAP);
    assert_int_equal(stopwatch_elapsed(&watch, 20 * SECOND), 20 * SECOND);
    expect_corrections(&watch, 0);
    /* Down to the newest lap's total: the current lap starts again from nothing. */
    assert_int_equal(stopwatch_set_elapsed(&watch, 20 * SECOND, 17 * SECOND), STOPWATCH_OK);
    assert_int_equal(stopwatch_elapsed(&watch, 20 * SECOND), 17 * SECOND);
    assert_int_equal(stopwatch_correct(&watch, 20 * SECOND, 100 * SECOND), STOPWATCH_OK);
    assert_int_equal(stopwatch_lap(&watch, 21 * SECOND), STOPWATCH_OK);
    assert_int_equal(stopwatch_lap_total(&watch, 0), 10 * SECOND);
    assert_int_equal(stopwatch_lap_total(&watch, 1), 17 * SECOND);
    assert_int_equal(stopwatch_lap_total(&watch, 2), 118 * SECOND); /* the laps after include it */
    assert_int_equal(stopwatch_lap_ticks(&watch, 2), 101 * SECOND);
    stopwatch_delete(&watch);
}

static void running_keeps_running_from_the_new_time(void **state)
{
    stopwatch watch;
    (void)state;
    stopwatch_initialize(&watch, 1000u);
    stopwatch_start(&watch, 5000); /* a counter that does not start at zero */
    assert_int_equal(stopwatch_correct(&watch, 8000, 60 * SECOND), STOPWATCH_OK);
    assert_int_equal(stopwatch_get_state(&watch), STOPWATCH_RUNNING);
    /* The interval so far is banked and restarts now: nothing to underflow later. */
    assert_int_equal(watch.banked_ticks, 63 * SECOND);
    assert_int_equal(watch.run_start, 8000);
    assert_int_equal(stopwatch_elapsed(&watch, 8000), 63 * SECOND);
    assert_int_equal(stopwatch_elapsed(&watch, 10000), 65 * SECOND);
    assert_int_equal(stopwatch_set_elapsed(&watch, 10000, 60 * SECOND), STOPWATCH_OK);
    assert_int_equal(stopwatch_elapsed(&watch, 11000), 61 * SECOND);
    /* A reading older than the run's start (another thread's) counts no time twice. */
    assert_int_equal(stopwatch_correct(&watch, 9000, SECOND), STOPWATCH_OK);
    assert_int_equal(watch.run_start, 10000);
    assert_int_equal(stopwatch_elapsed(&watch, 11000), 62 * SECOND);
    stopwatch_delete(&watch);
}

static void past_the_maximum_is_refused(void **state)
{
    size_t i;
    (void)state;
    for (i = 0; i < TEST_FREQUENCY_COUNT; i++)
    {
        stopwatch watch;
        uint64_t maximum;

        stopwatch_initialize(&watch, test_frequencies[i]);
        maximum = stopwatch_max_ticks(&watch);
        assert_true(maximum <= (uint64_t)INT64_MAX);
        /* 1,000 years, or as many ticks as a signed 64-bit holds (292 years at 1 GHz). */
        assert_true(maximum >= 100u * 365u * 24u * 3600u * test_frequencies[i]);
        assert_int_equal(stopwatch_set_elapsed(&watch, 0, maximum + 1), STOPWATCH_TOO_LARGE);
        assert_int_equal(stopwatch_set_elapsed(&watch, 0, UINT64_MAX), STOPWATCH_TOO_LARGE);
        assert_int_equal(stopwatch_set_elapsed(&watch, 0, maximum), STOPWATCH_OK);
        assert_int_equal(stopwatch_correct(&watch, 0, 1), STOPWATCH_TOO_LARGE);
        assert_int_equal(stopwatch_correct(&watch, 0, INT64_MAX), STOPWATCH_TOO_LARGE);
        assert_true(stopwatch_elapsed(&watch, 0) == maximum);
        assert_int_equal(stopwatch_correct(&watch, 0, -1), STOPWATCH_OK);
        stopwatch_delete(&watch);
    }
    {
        stopwatch watch;
        laps none;
        stopwatch_initialize(&watch, 10000000u);
        assert_true(stopwatch_max_ticks(&watch) == UINT64_C(10000000) * STOPWATCH_MAX_SECONDS);
        /* A damaged restore past the maximum: an addition does not wrap around to a small time. */
        laps_initialize(&none);
        stopwatch_restore(&watch, STOPWATCH_PAUSED, UINT64_MAX - 5, 0, &none);
        assert_int_equal(stopwatch_correct(&watch, 0, 10), STOPWATCH_TOO_LARGE);
        assert_true(stopwatch_elapsed(&watch, 0) == UINT64_MAX - 5);
        stopwatch_delete(&watch);
    }
}

static void undo_takes_corrections_and_laps_back_newest_first(void **state)
{
    stopwatch watch;
    int64_t amount = 0;
    (void)state;
    stopwatch_initialize(&watch, 1000u);
    stopwatch_start(&watch, 0);
    stopwatch_lap(&watch, 10 * SECOND);                                  /* lap 1 at 0:10 */
    assert_int_equal(stopwatch_correct(&watch, 12 * SECOND, 60 * SECOND), STOPWATCH_OK);
    stopwatch_lap(&watch, 20 * SECOND);                                  /* lap 2 at 1:20 */
    assert_int_equal(stopwatch_correct(&watch, 30 * SECOND, -5 * SECOND), STOPWATCH_OK);
    assert_int_equal(stopwatch_elapsed(&watch, 30 * SECOND), 85 * SECOND);

    assert_int_equal(stopwatch_next_undo(&watch, &amount), STOPWATCH_UNDO_CORRECTION);
    assert_int_equal(amount, -5 * SECOND);
    assert_int_equal(stopwatch_undo(&watch), STOPWATCH_OK);
    assert_int_equal(stopwatch_elapsed(&watch, 30 * SECOND), 90 * SECOND);
    assert_int_equal(stopwatch_get_state(&watch), STOPWATCH_RUNNING);

    assert_int_equal(stopwatch_next_undo(&watch, &amount), STOPWATCH_UNDO_LAP);
    assert_int_equal(stopwatch_undo(&watch), STOPWATCH_OK);
    assert_int_equal(stopwatch_lap_count(&watch), 1);

    assert_int_equal(stopwatch_next_undo(&watch, &amount), STOPWATCH_UNDO_CORRECTION);
    assert_int_equal(amount, 60 * SECOND);
    assert_int_equal(stopwatch_undo(&watch), STOPWATCH_OK);
    /* As if never corrected: running from 0 at tick 0. */
    assert_int_equal(stopwatch_elapsed(&watch, 30 * SECOND), 30 * SECOND);
    assert_int_equal(stopwatch_elapsed(&watch, 31 * SECOND), 31 * SECOND);

    assert_int_equal(stopwatch_next_undo(&watch, NULL), STOPWATCH_UNDO_LAP);
    assert_int_equal(stopwatch_undo(&watch), STOPWATCH_OK);
    assert_int_equal(stopwatch_next_undo(&watch, NULL), STOPWATCH_UNDO_NOTHING);
    assert_false(stopwatch_can_undo(&watch));
    assert_int_equal(stopwatch_undo(&watch), STOPWATCH_IGNORED);
    assert_int_equal(stopwatch_get_state(&watch), STOPWATCH_RUNNING);
    stopwatch_delete(&watch);
}

static void a_correction_travels_through_a_reset_and_its_undo(void **state)
{
    stopwatch watch;
    bool any;
    (void)state;
    stopwatch_initialize(&watch, 1000u);
    stopwatch_start(&watch, 0);
    stopwatch_lap(&watch, 10 * SECOND);
    stopwatch_correct(&watch, 15 * SECOND, 60 * SECOND);
    stopwatch_pause(&watch, 20 * SECOND);
    assert_int_equal(stopwatch_reset(&watch), STOPWATCH_OK);
    expect_corrections(&watch, 0);
    assert_int_equal(stopwatch_elapsed(&watch, 0), 0);

    /* The reset first, then the correction, then the lap. */
    assert_int_equal(stopwatch_next_undo(&watch, NULL), STOPWATCH_UNDO_RESET);
    assert_int_equal(stopwatch_undo(&watch), STOPWATCH_OK);
    assert_int_equal(stopwatch_get_state(&watch), STOPWATCH_PAUSED);
    assert_int_equal(stopwatch_elapsed(&watch, 0), 80 * SECOND);
    expect_corrections(&watch, 1);
    assert_int_equal(laps_correction_in_lap(stopwatch_laps(&watch), 1, &any), 60 * SECOND);
    assert_true(any);

    assert_int_equal(stopwatch_next_undo(&watch, NULL), STOPWATCH_UNDO_CORRECTION);
    assert_int_equal(stopwatch_undo(&watch), STOPWATCH_OK);
    assert_int_equal(stopwatch_elapsed(&watch, 0), 20 * SECOND);
    assert_int_equal(stopwatch_next_undo(&watch, NULL), STOPWATCH_UNDO_LAP);
    assert_int_equal(stopwatch_undo(&watch), STOPWATCH_OK);
    assert_int_equal(stopwatch_lap_count(&watch), 0);
    assert_int_equal(stopwatch_get_state(&watch), STOPWATCH_PAUSED); /* 0:20 still there */
    assert_false(stopwatch_can_undo(&watch));
    stopwatch_delete(&watch);
}

static void undoing_a_time_set_on_a_stopped_stopwatch_stops_it_again(void **state)
{
    stopwatch watch;
    (void)state;
    stopwatch_initialize(&watch, 1000u);
    stopwatch_start(&watch, 0);
    stopwatch_lap(&watch, SECOND);
    stopwatch_pause(&watch, 2 * SECOND);
    stopwatch_reset(&watch);
    /* A time set after a reset is a new run: the old one cannot come back. */
    assert_int_equal(stopwatch_set_elapsed(&watch, 0, 750 * SECOND), STOPWATCH_OK);
    assert_int_equal(stopwatch_next_undo(&watch, NULL), STOPWATCH_UNDO_CORRECTION);
    assert_int_equal(stopwatch_undo(&watch), STOPWATCH_OK);
    assert_int_equal(stopwatch_get_state(&watch), STOPWATCH_STOPPED);
    assert_int_equal(stopwatch_elapsed(&watch, 0), 0);
    assert_false(stopwatch_can_undo(&watch));
    assert_int_equal(stopwatch_lap_count(&watch), 0);

    /* Resumed and paused after the time was set: the undo leaves the time measured since. */
    stopwatch_set_elapsed(&watch, 0, 750 * SECOND);
    stopwatch_start(&watch, 100 * SECOND);
    stopwatch_pause(&watch, 110 * SECOND);
    assert_int_equal(stopwatch_undo(&watch), STOPWATCH_OK);
    assert_int_equal(stopwatch_get_state(&watch), STOPWATCH_PAUSED);
    assert_int_equal(stopwatch_elapsed(&watch, 0), 10 * SECOND);
    stopwatch_delete(&watch);
}

static void corrections_belong_to_the_lap_they_were_made_in(void **state)
{
    stopwatch watch;
    const laps *laps;
    bool any;
    (void)state;
    stopwatch_initialize(&watch, 1000u);
    stopwatch_start(&watch, 0);
    stopwatch_lap(&watch, 10 * SECOND);
    stopwatch_correct(&watch, 11 * SECOND, 30 * SECOND);
    stopwatch_correct(&watch, 12 * SECOND, -2 * SECOND);
    stopwatch_lap(&watch, 13 * SECOND);
    stopwatch_correct(&watch, 14 * SECOND, 5 * SECOND); /* in the lap running now */
    laps = stopwatch_laps(&watch);
    assert_int_equal(laps_correction_in_lap(laps, 0, &any), 0);
    assert_false(any);
    assert_int_equal(laps_correction_in_lap(laps, 1, &any), 28 * SECOND);
    assert_true(any);
    assert_int_equal(laps_correction_in_lap(laps, 2, &any), 5 * SECOND);
    assert_true(any);
    assert_int_equal(stopwatch_lap_ticks(&watch, 1), 31 * SECOND);
    stopwatch_delete(&watch);
}

static void a_restored_stopwatch_can_undo_its_corrections(void **state)
{
    stopwatch watch;
    laps saved;
    (void)state;
    laps_initialize(&saved);
    assert_true(laps_append(&saved, 10 * SECOND));
    assert_true(laps_add_correction(&saved, 60 * SECOND));
    stopwatch_initialize(&watch, 1000u);
    stopwatch_restore(&watch, STOPWATCH_RUNNING, 70 * SECOND, 500, &saved);
    assert_int_equal(saved.correction_count, 0); /* taken over */
    assert_int_equal(stopwatch_next_undo(&watch, NULL), STOPWATCH_UNDO_CORRECTION);
    assert_int_equal(stopwatch_undo(&watch), STOPWATCH_OK);
    assert_int_equal(stopwatch_elapsed(&watch, 1500), 11 * SECOND);
    assert_int_equal(stopwatch_next_undo(&watch, NULL), STOPWATCH_UNDO_LAP);
    stopwatch_delete(&watch);
    laps_delete(&saved);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_time_set_on_a_stopped_stopwatch_pauses_it_there),
        cmocka_unit_test(adding_and_taking_away_while_paused),
        cmocka_unit_test(below_zero_is_refused_and_nothing_changes),
        cmocka_unit_test(below_the_newest_lap_is_refused_and_laps_before_keep_their_totals),
        cmocka_unit_test(running_keeps_running_from_the_new_time),
        cmocka_unit_test(past_the_maximum_is_refused),
        cmocka_unit_test(undo_takes_corrections_and_laps_back_newest_first),
        cmocka_unit_test(a_correction_travels_through_a_reset_and_its_undo),
        cmocka_unit_test(undoing_a_time_set_on_a_stopped_stopwatch_stops_it_again),
        cmocka_unit_test(corrections_belong_to_the_lap_they_were_made_in),
        cmocka_unit_test(a_restored_stopwatch_can_undo_its_corrections),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
