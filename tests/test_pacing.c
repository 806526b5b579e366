/*
 * Frame deadlines: on time, without drift, and skipping (not bunching) frames after a late
 * wakeup. Pure arithmetic, so tested natively as well as under Wine.
 */
#include "test_core.h"

#include "lapwing/pacing.h"

static void frames_on_time_follow_the_exact_schedule(void **state)
{
    size_t i;
    (void)state;
    for (i = 0; i < TEST_FREQUENCY_COUNT; i++)
    {
        uint64_t frequency = test_frequencies[i], start = 12345u, frame = 0, n;
        for (n = 1; n <= 600u; n++)
        {
            /* Wake exactly at each deadline: the next one is the next frame. */
            uint64_t now = frame ? start + frame * frequency / 60u : start;
            uint64_t deadline = pacing_next_deadline(start, &frame, now, frequency, 60u);
            assert_true(frame == n);
            assert_true(deadline == start + n * frequency / 60u);
            assert_true(deadline > now);
        }
        /* Ten seconds of frames end exactly ten seconds after the start: no drift. */
        assert_true(start + frame * frequency / 60u == start + 10u * frequency);
    }
}

static void a_late_wakeup_skips_the_missed_frames(void **state)
{
    const uint64_t frequency = 10000000u;
    uint64_t frame = 0, deadline;
    (void)state;
    /* Asleep for 1.005 s (60.3 frames): the next deadline is frame 61, not frame 1. */
    deadline = pacing_next_deadline(0, &frame, 10050000u, frequency, 60u);
    assert_true(frame == 61u);
    assert_true(deadline == 61u * frequency / 60u);
    assert_true(deadline > 10050000u);
}

static void the_deadline_is_always_after_now(void **state)
{
    size_t i;
    (void)state;
    for (i = 0; i < TEST_FREQUENCY_COUNT; i++)
    {
        uint64_t frequency = test_frequencies[i], now;
        /* Every reading around many frame boundaries, including exactly on them. */
        for (now = 0; now < 3u * frequency; now += frequency / 997u + 1u)
        {
            uint64_t frame = 0;
            uint64_t deadline = pacing_next_deadline(0, &frame, now, frequency, 60u);
            assert_true(deadline > now);
            /* And it is the first such frame: the one before is not after now. */
            assert_true(frame == 1u || (frame - 1u) * frequency / 60u <= now);
        }
    }
}

static void a_reading_before_the_start_waits_for_frame_one(void **state)
{
    uint64_t frame = 0;
    (void)state;
    assert_true(pacing_next_deadline(1000u, &frame, 900u, 600u, 60u) == 1010u);
    assert_true(frame == 1u);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(frames_on_time_follow_the_exact_schedule),
        cmocka_unit_test(a_late_wakeup_skips_the_missed_frames),
        cmocka_unit_test(the_deadline_is_always_after_now),
        cmocka_unit_test(a_reading_before_the_start_waits_for_frame_one),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
