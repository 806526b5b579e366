/*
 * The stopwatch state machine, driven by a fake tick source: a plain counter the test moves.
 */
#include "test_core.h"

#include "lapwing/stopwatch.h"

typedef struct fake_clock
{
    uint64_t now;
    uint64_t frequency;
} fake_clock;

static void advance_seconds(fake_clock *clock, uint64_t seconds)
{
    clock->now += seconds * clock->frequency;
}

static void starts_stopped_at_zero(void **state)
{
    stopwatch watch;
    (void)state;
    stopwatch_initialize(&watch, 10000000u);
    assert_int_equal(stopwatch_get_state(&watch), STOPWATCH_STOPPED);
    assert_int_equal(stopwatch_elapsed(&watch, 123456789u), 0);
    assert_int_equal(stopwatch_lap_count(&watch), 0);
    stopwatch_delete(&watch);
}

static void elapsed_is_the_sum_of_running_intervals(void **state)
{
    fake_clock clock = { 5000u, 10000000u }; /* a counter that does not start at zero */
    stopwatch watch;
    (void)state;
    stopwatch_initialize(&watch, clock.frequency);

    assert_int_equal(stopwatch_toggle(&watch, clock.now), STOPWATCH_OK);
    assert_int_equal(stopwatch_get_state(&watch), STOPWATCH_RUNNING);
    advance_seconds(&clock, 3);
    assert_true(stopwatch_elapsed(&watch, clock.now) == 3 * clock.frequency);

    assert_int_equal(stopwatch_toggle(&watch, clock.now), STOPWATCH_OK);
    assert_int_equal(stopwatch_get_state(&watch), STOPWATCH_PAUSED);
    advance_seconds(&clock, 100); /* paused: time passes, elapsed does not */
    assert_true(stopwatch_elapsed(&watch, clock.now) == 3 * clock.frequency);

    assert_int_equal(stopwatch_toggle(&watch, clock.now), STOPWATCH_OK); /* resume */
    advance_seconds(&clock, 2);
    assert_true(stopwatch_elapsed(&watch, clock.now) == 5 * clock.frequency);
    stopwatch_delete(&watch);
}

/* However often anyone looks, elapsed is derived, not accumulated: no drift. */
static void reading_often_does_not_drift(void **state)
{
    const uint64_t frequency = 3579545u;
    stopwatch watch;
    uint64_t now, start = 77u;
    (void)state;
    stopwatch_initialize(&watch, frequency);
    stopwatch_start(&watch, start);
    for (now = start; now < start + 10u * frequency; now += 59659u) /* ~60 Hz, not exact */
        assert_true(stopwatch_elapsed(&watch, now) == now - start);
    assert_true(stopwatch_elapsed(&watch, start + 10u * frequency) == 10u * frequency);
    stopwatch_delete(&watch);
}

static void actions_that_do_not_apply_change_nothing(void **state)
{
    fake_clock clock = { 0, 1000u };
    stopwatch watch;
    (void)state;
    stopwatch_initialize(&watch, clock.frequency);

    assert_int_equal(stopwatch_lap(&watch, clock.now), STOPWATCH_IGNORED);   /* stopped */
    assert_int_equal(stopwatch_reset(&watch), STOPWATCH_IGNORED);            /* nothing to reset */
    assert_int_equal(stopwatch_pause(&watch, clock.now), STOPWATCH_IGNORED); /* not running */

    stopwatch_start(&watch, clock.now);
    assert_int_equal(stopwatch_start(&watch, clock.now), STOPWATCH_IGNORED);
    advance_seconds(&clock, 1);
    assert_int_equal(stopwatch_reset(&watch), STOPWATCH_IGNORED); /* running: stop first */
    assert_true(stopwatch_elapsed(&watch, clock.now) == 1000u);

    stopwatch_pause(&watch, clock.now);
    assert_int_equal(stopwatch_lap(&watch, clock.now), STOPWATCH_IGNORED); /* paused */
    assert_int_equal(stopwatch_lap_count(&watch), 0);
    stopwatch_delete(&watch);
}

static void laps_store_totals_and_lap_times(void **state)
{
    fake_clock clock = { 1000u, 10000000u };
    stopwatch watch;
    (void)state;
    stopwatch_initialize(&watch, clock.frequency);
    stopwatch_start(&watch, clock.now);

    advance_seconds(&clock, 10);
    assert_int_equal(stopwatch_lap(&watch, clock.now), STOPWATCH_OK);
    advance_seconds(&clock, 7);
    assert_int_equal(stopwatch_lap(&watch, clock.now), STOPWATCH_OK);
    stopwatch_pause(&watch, clock.now);
    advance_seconds(&clock, 50); /* paused time is not part of any lap */
    stopwatch_start(&watch, clock.now);
    advance_seconds(&clock, 4);
    assert_int_equal(stopwatch_lap(&watch, clock.now), STOPWATCH_OK);

    assert_int_equal(stopwatch_lap_count(&watch), 3);
    assert_true(stopwatch_lap_total(&watch, 0) == 10u * clock.frequency);
    assert_true(stopwatch_lap_total(&watch, 1) == 17u * clock.frequency);
    assert_true(stopwatch_lap_total(&watch, 2) == 21u * clock.frequency);
    assert_true(stopwatch_lap_ticks(&watch, 0) == 10u * clock.frequency);
    assert_true(stopwatch_lap_ticks(&watch, 1) == 7u * clock.frequency);
    assert_true(stopwatch_lap_ticks(&watch, 2) == 4u * clock.frequency);
    assert_true(stopwatch_lap_total(&watch, 3) == 0); /* out of range */
    assert_true(stopwatch_lap_ticks(&watch, 3) == 0);
    stopwatch_delete(&watch);
}

static void reset_clears_time_and_laps(void **state)
{
    fake_clock clock = { 0, 1000u };
    stopwatch watch;
    (void)state;
    stopwatch_initialize(&watch, clock.frequency);
    stopwatch_start(&watch, clock.now);
    advance_seconds(&clock, 5);
    stopwatch_lap(&watch, clock.now);
    stopwatch_pause(&watch, clock.now);

    assert_int_equal(stopwatch_reset(&watch), STOPWATCH_OK);
    assert_int_equal(stopwatch_get_state(&watch), STOPWATCH_STOPPED);
    assert_int_equal(stopwatch_lap_count(&watch), 0);
    assert_true(stopwatch_elapsed(&watch, clock.now + 99999u) == 0);

    /* And it starts again from zero. */
    stopwatch_start(&watch, clock.now);
    advance_seconds(&clock, 2);
    assert_true(stopwatch_elapsed(&watch, clock.now) == 2000u);
    stopwatch_delete(&watch);
}

static void a_reading_older_than_the_start_counts_as_the_start(void **state)
{
    stopwatch watch;
    (void)state;
    stopwatch_initialize(&watch, 1000u);
    stopwatch_start(&watch, 5000u);
    assert_true(stopwatch_elapsed(&watch, 4000u) == 0);
    stopwatch_lap(&watch, 7000u);
    stopwatch_lap(&watch, 6000u); /* stale: the lap does not go back in time */
    assert_true(stopwatch_lap_total(&watch, 1) == 2000u);
    assert_true(stopwatch_lap_ticks(&watch, 1) == 0);
    stopwatch_delete(&watch);
}

/* Long runs: 100 years at 2.9 GHz is 9.2e18 ticks, still inside 64 bits. */
static void a_century_does_not_overflow(void **state)
{
    size_t i;
    (void)state;
    for (i = 0; i < TEST_FREQUENCY_COUNT; i++)
    {
        uint64_t frequency = test_frequencies[i];
        uint64_t century = 100u * 365u * 24u * 3600u * frequency;
        stopwatch watch;
        stopwatch_initialize(&watch, frequency);
        stopwatch_start(&watch, 1u);
        stopwatch_lap(&watch, 1u + century / 2u);
        assert_true(stopwatch_elapsed(&watch, 1u + century) == century);
        assert_true(stopwatch_lap_ticks(&watch, 0) == century / 2u);
        stopwatch_delete(&watch);
    }
}

static void many_laps_are_kept_in_order(void **state)
{
    stopwatch watch;
    uint64_t i;
    (void)state;
    stopwatch_initialize(&watch, 1000u);
    stopwatch_start(&watch, 0);
    for (i = 1; i <= 100000u; i++)
        assert_int_equal(stopwatch_lap(&watch, i * 3u), STOPWATCH_OK);
    assert_int_equal(stopwatch_lap_count(&watch), 100000u);
    assert_true(stopwatch_lap_total(&watch, 99999u) == 300000u);
    assert_true(stopwatch_lap_ticks(&watch, 54321u) == 3u);
    stopwatch_delete(&watch);
}

static void a_zero_frequency_is_not_a_division_by_zero(void **state)
{
    stopwatch watch;
    (void)state;
    stopwatch_initialize(&watch, 0);
    assert_true(watch.frequency == 1);
    stopwatch_delete(&watch);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(starts_stopped_at_zero),
        cmocka_unit_test(elapsed_is_the_sum_of_running_intervals),
        cmocka_unit_test(reading_often_does_not_drift),
        cmocka_unit_test(actions_that_do_not_apply_change_nothing),
        cmocka_unit_test(laps_store_totals_and_lap_times),
        cmocka_unit_test(reset_clears_time_and_laps),
        cmocka_unit_test(a_reading_older_than_the_start_counts_as_the_start),
        cmocka_unit_test(a_century_does_not_overflow),
        cmocka_unit_test(many_laps_are_kept_in_order),
        cmocka_unit_test(a_zero_frequency_is_not_a_division_by_zero),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
