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
    assert_true(command_count >= 10);
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

/* The context a window would see for `watch`, with `selected` rows selected. */
static command_context context_of(const stopwatch *watch, size_t selected)
{
    command_context context;
    context.state = stopwatch_get_state(watch);
    context.lap_count = stopwatch_lap_count(watch);
    context.can_undo = stopwatch_can_undo(watch);
    context.selected_laps = selected;
    context.in_mode = context.on_top = context.mini = context.full_screen = false;
    context.stopwatch_count = 1;
    context.running_count = context.state == STOPWATCH_RUNNING;
    context.can_put_back = false;
    return context;
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
        command_context context;
        bool does;

        bring_into(&watch, states[i]);
        context = context_of(&watch, 0);
        does = stopwatch_toggle(&watch, 2000u) == STOPWATCH_OK;
        assert_int_equal(command_is_enabled(IDM_START_STOP, &context), does);
        stopwatch_delete(&watch);

        bring_into(&watch, states[i]);
        context = context_of(&watch, 0);
        does = stopwatch_lap(&watch, 2000u) == STOPWATCH_OK;
        assert_int_equal(command_is_enabled(IDM_LAP, &context), does);
        stopwatch_delete(&watch);

        bring_into(&watch, states[i]);
        context = context_of(&watch, 0);
        does = stopwatch_reset(&watch) == STOPWATCH_OK;
        assert_int_equal(command_is_enabled(IDM_RESET, &context), does);
        /* Right after a reset, undo applies; and it does what it promises. */
        context = context_of(&watch, 0);
        does = stopwatch_undo(&watch) == STOPWATCH_OK;
        assert_int_equal(command_is_enabled(IDM_UNDO, &context), does);
        stopwatch_delete(&watch);

        /* Undo with a lap to take back (running or paused) or with nothing at all. */
        bring_into(&watch, states[i]);
        if (states[i] == STOPWATCH_RUNNING)
            stopwatch_lap(&watch, 1500u);
        context = context_of(&watch, 0);
        does = stopwatch_undo(&watch) == STOPWATCH_OK;
        assert_int_equal(command_is_enabled(IDM_UNDO, &context), does);
        assert_int_equal(does, states[i] == STOPWATCH_RUNNING);
        stopwatch_delete(&watch);

        /* Copy and About work in every state; an unknown id in none. */
        context.state = states[i];
        assert_true(command_is_enabled(IDM_COPY, &context));
        assert_true(command_is_enabled(IDM_ABOUT, &context));
        assert_false(command_is_enabled(0x0FF0, &context));
    }
}

/* F2 edits the selected lap's note, or the newest lap's with none selected: it needs a lap. */
static void lap_commands_and_a_note_need_laps(void **state)
{
    command_context context = { STOPWATCH_PAUSED, 0, false, 0, false, false, false, false, 1, 0, false, 0 };
    (void)state;
    assert_false(command_is_enabled(IDM_SAVE_CSV, &context));
    assert_false(command_is_enabled(IDM_COPY_ALL, &context));
    assert_false(command_is_enabled(IDM_SELECT_ALL, &context));
    assert_false(command_is_enabled(IDM_EDIT_NOTE, &context));
    context.lap_count = 3;
    assert_true(command_is_enabled(IDM_SAVE_CSV, &context));
    assert_true(command_is_enabled(IDM_COPY_ALL, &context));
    assert_true(command_is_enabled(IDM_SELECT_ALL, &context));
    assert_true(command_is_enabled(IDM_EDIT_NOTE, &context));
    context.selected_laps = 2;
    assert_true(command_is_enabled(IDM_EDIT_NOTE, &context));
}

/* Set time applies stopped, paused and running alike. */
static void set_time_applies_in_every_state(void **state)
{
    command_context context = { STOPWATCH_STOPPED, 0, false, 0, false, false, false, false, 1, 0, false, 0 };
    (void)state;
    assert_true(command_is_enabled(IDM_SET_TIME, &context));
    context.state = STOPWATCH_RUNNING;
    assert_true(command_is_enabled(IDM_SET_TIME, &context));
    context.state = STOPWATCH_PAUSED;
    assert_true(command_is_enabled(IDM_SET_TIME, &context));
}

static void switches_are_checked_when_on(void **state)
{
    command_context context = { STOPWATCH_RUNNING, 3, true, 1, false, false, false, false, 1, 1, false, 0 };
    size_t i;
    (void)state;
    for (i = 0; i < command_count; i++)
        assert_false(command_is_checked(command_ids[i], &context));
    context.on_top = true;
    assert_true(command_is_checked(IDM_TOPMOST, &context));
    assert_false(command_is_checked(IDM_MINI_MODE, &context));
    context.mini = true;
    assert_true(command_is_checked(IDM_MINI_MODE, &context));
    assert_false(command_is_checked(IDM_FULL_SCREEN, &context));
    context.full_screen = true;
    assert_true(command_is_checked(IDM_FULL_SCREEN, &context));
    assert_false(command_is_checked(IDM_LAP, &context));
}

static void window_commands_apply_always_and_esc_only_in_a_mode(void **state)
{
    command_context context = { STOPWATCH_RUNNING, 0, false, 0, false, false, false, false, 1, 1, false, 0 };
    (void)state;
    assert_true(command_is_enabled(IDM_TOPMOST, &context));
    assert_true(command_is_enabled(IDM_MINI_MODE, &context));
    assert_true(command_is_enabled(IDM_FULL_SCREEN, &context));
    assert_true(command_is_enabled(IDM_SETTINGS, &context));
    /* Esc means nothing in the normal window (a user pressing it must not lose a thing). */
    assert_false(command_is_enabled(IDM_LEAVE_MODE, &context));
    context.in_mode = true;
    assert_true(command_is_enabled(IDM_LEAVE_MODE, &context));
}

/* The commands for several stopwatches: a place in the id, and each applies when it can. */
static void stopwatch_commands_carry_a_place_and_apply_when_they_can(void **state)
{
    command_context context = { STOPWATCH_STOPPED, 0, false, 0, false, false, false, false,
                                1, 0, false, 0 };
    size_t place = 99;
    (void)state;
    assert_true(command_stopwatch_place(IDM_SELECT_STOPWATCH_FIRST + 2 * IDM_STEP,
                                        IDM_SELECT_STOPWATCH_FIRST, &place));
    assert_int_equal(place, 2);
    assert_true(command_stopwatch_place(IDM_LAP_STOPWATCH_FIRST, IDM_LAP_STOPWATCH_FIRST,
                                        &place));
    assert_int_equal(place, 0);
    assert_false(command_stopwatch_place(IDM_SELECT_STOPWATCH_FIRST + 1,
                                         IDM_SELECT_STOPWATCH_FIRST, &place));
    assert_false(command_stopwatch_place(IDM_SELECT_STOPWATCH_FIRST +
                                             IDM_STOPWATCH_PLACES * IDM_STEP,
                                         IDM_SELECT_STOPWATCH_FIRST, &place));
    assert_true(command_is_known(IDM_LAP_STOPWATCH_FIRST + 8 * IDM_STEP));
    assert_true(IDM_LAP_STOPWATCH_FIRST + IDM_STOPWATCH_PLACES * IDM_STEP <= IDM_LIMIT);
    assert_true(IDM_SELECT_STOPWATCH_FIRST + IDM_STOPWATCH_PLACES * IDM_STEP <=
                IDM_LAP_STOPWATCH_FIRST);

    /* One stopwatch: nothing to switch to or remove; Start all starts it. */
    assert_true(command_is_enabled(IDM_NEW_STOPWATCH, &context));
    assert_false(command_is_enabled(IDM_NEXT_STOPWATCH, &context));
    assert_false(command_is_enabled(IDM_REMOVE_STOPWATCH, &context));
    assert_true(command_is_enabled(IDM_SELECT_STOPWATCH_FIRST, &context));
    assert_false(command_is_enabled(IDM_SELECT_STOPWATCH_FIRST + IDM_STEP, &context));
    assert_true(command_is_enabled(IDM_START_ALL, &context));
    assert_false(command_is_enabled(IDM_PAUSE_ALL, &context));
    /* Three, all running: Start all has nothing to start; a removed one can come back. */
    context.stopwatch_count = 3;
    context.running_count = 3;
    context.can_put_back = true;
    assert_true(command_is_enabled(IDM_PREVIOUS_STOPWATCH, &context));
    assert_true(command_is_enabled(IDM_REMOVE_STOPWATCH, &context));
    assert_true(command_is_enabled(IDM_LAP_STOPWATCH_FIRST + 2 * IDM_STEP, &context));
    assert_false(command_is_enabled(IDM_LAP_STOPWATCH_FIRST + 3 * IDM_STEP, &context));
    assert_false(command_is_enabled(IDM_START_ALL, &context));
    assert_true(command_is_enabled(IDM_PAUSE_ALL, &context));
    assert_true(command_is_enabled(IDM_UNDO, &context));
    /* The strip's Start/Pause has a place too; moving needs a place to move to. */
    assert_int_equal(command_stopwatch_range(IDM_TOGGLE_STOPWATCH_FIRST + 2 * IDM_STEP, &place),
                     IDM_TOGGLE_STOPWATCH_FIRST);
    assert_int_equal(place, 2);
    assert_int_equal(command_stopwatch_range(IDM_LAP_STOPWATCH_FIRST + 4 * IDM_STEP, &place),
                     IDM_LAP_STOPWATCH_FIRST);
    assert_int_equal(place, 4);
    assert_int_equal(command_stopwatch_range(IDM_START_ALL, &place), 0);
    assert_true(IDM_LAP_STOPWATCH_FIRST + IDM_STOPWATCH_PLACES * IDM_STEP <=
                IDM_TOGGLE_STOPWATCH_FIRST);
    assert_true(IDM_TOGGLE_STOPWATCH_FIRST + IDM_STOPWATCH_PLACES * IDM_STEP <= IDM_LIMIT);
    assert_true(command_is_enabled(IDM_TOGGLE_STOPWATCH_FIRST + 2 * IDM_STEP, &context));
    assert_false(command_is_enabled(IDM_TOGGLE_STOPWATCH_FIRST + 3 * IDM_STEP, &context));
    context.selected_place = 0;
    assert_false(command_is_enabled(IDM_MOVE_STOPWATCH_LEFT, &context));
    assert_true(command_is_enabled(IDM_MOVE_STOPWATCH_RIGHT, &context));
    context.selected_place = 2;
    assert_true(command_is_enabled(IDM_MOVE_STOPWATCH_LEFT, &context));
    assert_false(command_is_enabled(IDM_MOVE_STOPWATCH_RIGHT, &context));
    context.stopwatch_count = IDM_STOPWATCH_PLACES;
    assert_false(command_is_enabled(IDM_NEW_STOPWATCH, &context));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(ids_are_unique_steps_that_fit_the_window_menu),
        cmocka_unit_test(enabled_exactly_when_the_stopwatch_would_do_it),
        cmocka_unit_test(lap_commands_and_a_note_need_laps),
        cmocka_unit_test(set_time_applies_in_every_state),
        cmocka_unit_test(window_commands_apply_always_and_esc_only_in_a_mode),
        cmocka_unit_test(switches_are_checked_when_on),
        cmocka_unit_test(stopwatch_commands_carry_a_place_and_apply_when_they_can),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
