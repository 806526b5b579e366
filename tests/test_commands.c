/*
 * The command ids and when each command applies: ids fit the window menu, and a command is
 * enabled in exactly the states in which the stopwatch would carry it out.
 */
#include "test_core.h"

#include "lapwing/commands.h"

static void ids_are_unique_steps_that_fit_the_window_menu(void **state)
{
    size_t i, j;
    (void)state;
    assert_true(command_count >= 5);
    for (i = 0; i < command_count; i++)
    {
        assert_true(command_ids[i] != 0);
        assert_int_equal(command_ids[i] % IDM_STEP, 0);
        assert_true(command_ids[i] < IDM_LIMIT);
        assert_true(command_is_known(command_ids[i]));
        for (j = i + 1; j < command_count; j++)
            assert_true(command_ids[i] != command_ids[j]);
    }
    assert_false(command_is_known(0));
    assert_false(command_is_known(IDM_START_STOP + 1)); /* the low bits are Windows' */
    assert_false(command_is_known(0xF060));             /* SC_CLOSE */
}

/* A stopwatch brought into `wanted` at tick 1000. */
static void bring_into(stopwatch *watch, stopwatch_state wanted)
{
    stopwatch_initialize(watch, 1000u);
    if (wanted != STOPWATCH_STOPPED)
        stopwatch_start(watch, 0);
    if (wanted == STOPWATCH_PAUSED)
        stopwatch_pause(watch, 1000u);
    assert_int_equal(stopwatch_get_state(watch), wanted);
}

static void enabled_exactly_when_the_stopwatch_would_do_it(void **state)
{
    static const stopwatch_state states[] = { STOPWATCH_STOPPED, STOPWATCH_RUNNING,
                                              STOPWATCH_PAUSED };
    size_t i;
    (void)state;
    for (i = 0; i < 3; i++)
    {
        stopwatch watch;
        bool does;

        bring_into(&watch, states[i]);
        does = stopwatch_toggle(&watch, 2000u) == STOPWATCH_OK;
        assert_int_equal(command_is_enabled(IDM_START_STOP, states[i]), does);
        stopwatch_delete(&watch);

        bring_into(&watch, states[i]);
        does = stopwatch_lap(&watch, 2000u) == STOPWATCH_OK;
        assert_int_equal(command_is_enabled(IDM_LAP, states[i]), does);
        stopwatch_delete(&watch);

        bring_into(&watch, states[i]);
        does = stopwatch_reset(&watch) == STOPWATCH_OK;
        assert_int_equal(command_is_enabled(IDM_RESET, states[i]), does);
        stopwatch_delete(&watch);

        /* Copy and About work in every state; an unknown id in none. */
        assert_true(command_is_enabled(IDM_COPY, states[i]));
        assert_true(command_is_enabled(IDM_ABOUT, states[i]));
        assert_false(command_is_enabled(0x0FF0, states[i]));
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(ids_are_unique_steps_that_fit_the_window_menu),
        cmocka_unit_test(enabled_exactly_when_the_stopwatch_would_do_it),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
