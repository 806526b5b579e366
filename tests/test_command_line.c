/*
 * The command line: every option, combinations in order, and junk refused whole.
 */
#include <string.h>

#include "lapwing/command_ids.h"
#include "lapwing/command_line.h"
#include "lapwing/stopwatch_set.h"

#include "test_core.h"

static command_line_error parse(command_line *parsed, const char *line)
{
    static char copy[8192];
    char *arguments[64];
    int count = 0;
    char *token;

    strcpy(copy, line);
    arguments[count++] = "lapwing.exe";
    for (token = strtok(copy, " "); token && count < 64; token = strtok(NULL, " "))
        arguments[count++] = token;
    return command_line_parse(parsed, count, arguments);
}

static void nothing_is_nothing(void **state)
{
    command_line parsed;
    (void)state;
    assert_int_equal(parse(&parsed, ""), COMMAND_LINE_OK);
    assert_int_equal(parsed.action_count, 0);
    assert_false(command_line_is_query(&parsed));
}

static void every_action_in_order(void **state)
{
    command_line parsed;
    (void)state;
    assert_int_equal(parse(&parsed, "--start --lap --stop --toggle --reset --undo --show"),
                     COMMAND_LINE_OK);
    assert_int_equal(parsed.action_count, 7);
    assert_int_equal(parsed.actions[0], ACTION_START);
    assert_int_equal(parsed.actions[1], ACTION_LAP);
    assert_int_equal(parsed.actions[2], ACTION_STOP);
    assert_int_equal(parsed.actions[3], ACTION_TOGGLE);
    assert_int_equal(parsed.actions[4], ACTION_RESET);
    assert_int_equal(parsed.actions[5], ACTION_UNDO);
    assert_int_equal(parsed.actions[6], ACTION_SHOW);
    assert_false(command_line_is_query(&parsed));
}

static void queries_and_flags(void **state)
{
    command_line parsed;
    (void)state;
    assert_int_equal(parse(&parsed, "--status"), COMMAND_LINE_OK);
    assert_true(parsed.status);
    assert_true(command_line_is_query(&parsed));
    assert_int_equal(parse(&parsed, "--export C:\\laps\\today.csv"), COMMAND_LINE_OK);
    assert_string_equal(parsed.export_path, "C:\\laps\\today.csv");
    assert_true(command_line_is_query(&parsed));
    assert_int_equal(parse(&parsed, "--help"), COMMAND_LINE_OK);
    assert_true(parsed.help);
    assert_int_equal(parse(&parsed, "/?"), COMMAND_LINE_OK);
    assert_true(parsed.help);
    assert_int_equal(parse(&parsed, "--version"), COMMAND_LINE_OK);
    assert_true(parsed.version);
    assert_int_equal(parse(&parsed, "--minimized"), COMMAND_LINE_OK);
    assert_true(parsed.minimized);
    assert_false(command_line_is_query(&parsed));
    /* A query with an action is not only a query. */
    assert_int_equal(parse(&parsed, "--lap --status"), COMMAND_LINE_OK);
    assert_false(command_line_is_query(&parsed));
}

static void junk_is_refused_whole(void **state)
{
    command_line parsed;
    char huge[COMMAND_LINE_MAX_ARGUMENT + 10];
    char *arguments[3];
    int i;
    (void)state;
    assert_int_equal(parse(&parsed, "--lap --bogus --reset"), COMMAND_LINE_UNKNOWN);
    assert_int_equal(parsed.error_argument, 2);
    assert_int_equal(parse(&parsed, "lap"), COMMAND_LINE_UNKNOWN);
    assert_int_equal(parse(&parsed, "--LAP"), COMMAND_LINE_UNKNOWN);
    assert_int_equal(parse(&parsed, "--lap=1"), COMMAND_LINE_UNKNOWN);
    assert_int_equal(parse(&parsed, "-"), COMMAND_LINE_UNKNOWN);
    assert_int_equal(parse(&parsed, "--export"), COMMAND_LINE_MISSING_FILE);
    assert_int_equal(parse(&parsed, "--export --lap"), COMMAND_LINE_MISSING_FILE);

    memset(huge, 'x', sizeof(huge) - 1);
    huge[sizeof(huge) - 1] = '\0';
    arguments[0] = "lapwing.exe";
    arguments[1] = "--export";
    arguments[2] = huge;
    assert_int_equal(command_line_parse(&parsed, 3, arguments), COMMAND_LINE_TOO_LONG);
    assert_int_equal(parsed.error_argument, 2);

    {
        char line[2000] = "";
        for (i = 0; i <= COMMAND_LINE_MAX_ACTIONS; i++)
            strcat(line, "--lap ");
        assert_int_equal(parse(&parsed, line), COMMAND_LINE_TOO_MANY);
    }
}

static void a_request_round_trips_and_junk_requests_are_refused(void **state)
{
    command_line parsed, read;
    text_buffer request;
    char path[COMMAND_LINE_MAX_ARGUMENT + 1];
    (void)state;
    assert_int_equal(parse(&parsed, "--start --lap --export D:\\x.csv"), COMMAND_LINE_OK);
    text_buffer_initialize(&request);
    command_line_write_request(&request, &parsed);
    assert_string_equal(request.text, "lapwing-request 1\naction start\naction lap\n"
                                      "export D:\\x.csv\n");
    assert_true(command_line_read_request(request.text, request.length, &read, path,
                                          sizeof(path)));
    assert_int_equal(read.action_count, 2);
    assert_int_equal(read.actions[1], ACTION_LAP);
    assert_string_equal(read.export_path, "D:\\x.csv");
    text_buffer_delete(&request);

    assert_false(command_line_read_request("lapwing-request 2\naction lap\n", 30, &read, path,
                                           sizeof(path)));
    assert_false(command_line_read_request("lapwing-request 1\naction format-c\n", 35, &read,
                                           path, sizeof(path)));
    assert_false(command_line_read_request("lapwing-request 1\naction lap", 29, &read, path,
                                           sizeof(path)));
    assert_false(command_line_read_request("lapwing-request 1\naction lap\n\0", 31, &read,
                                           path, sizeof(path)));
    assert_false(command_line_read_request(NULL, 0, &read, path, sizeof(path)));
    assert_true(command_line_read_request("lapwing-request 1\n", 18, &read, path,
                                          sizeof(path)));
    assert_int_equal(read.action_count, 0);
}

/* The jump list's tasks run lapwing.exe with an option that does their command. */
static void set_and_add_carry_their_times(void **state)
{
    command_line parsed;
    (void)state;
    assert_int_equal(parse(&parsed, "--set 00:12:30 --add -5s --add +1:00 --lap"),
                     COMMAND_LINE_OK);
    assert_int_equal(parsed.action_count, 4);
    assert_int_equal(parsed.actions[0], ACTION_SET);
    assert_int_equal(parsed.amounts[0], 750 * INT64_C(10000000));
    assert_int_equal(parsed.actions[1], ACTION_ADD);
    assert_int_equal(parsed.amounts[1], -5 * INT64_C(10000000));
    assert_int_equal(parsed.actions[2], ACTION_ADD);
    assert_int_equal(parsed.amounts[2], 60 * INT64_C(10000000));
    assert_int_equal(parsed.actions[3], ACTION_LAP);
    assert_false(command_line_is_query(&parsed));

    /* Missing or not a time: refused whole, naming the argument. */
    assert_int_equal(parse(&parsed, "--lap --set"), COMMAND_LINE_MISSING_TIME);
    assert_int_equal(parsed.error_argument, 2);
    assert_int_equal(parse(&parsed, "--set soon --lap"), COMMAND_LINE_BAD_TIME);
    assert_int_equal(parsed.error_argument, 2);
    assert_int_equal(parse(&parsed, "--set -5s"), COMMAND_LINE_BAD_TIME); /* no sign to set */
    assert_int_equal(parse(&parsed, "--add 1:75"), COMMAND_LINE_BAD_TIME);
}

static void history_options_are_queries(void **state)
{
    command_line parsed;
    (void)state;
    assert_int_equal(parse(&parsed, "--history"), COMMAND_LINE_OK);
    assert_true(parsed.history);
    assert_true(command_line_is_query(&parsed));
    assert_int_equal(parse(&parsed, "--export-history runs.csv"), COMMAND_LINE_OK);
    assert_string_equal(parsed.export_history_path, "runs.csv");
    assert_true(command_line_is_query(&parsed));
    assert_int_equal(parse(&parsed, "--export-history"), COMMAND_LINE_MISSING_FILE);
    assert_int_equal(parse(&parsed, "--export-history --history"), COMMAND_LINE_MISSING_FILE);
    assert_int_equal(parse(&parsed, "--reset --history"), COMMAND_LINE_OK);
    assert_false(command_line_is_query(&parsed));
}

static void timed_actions_round_trip_as_requests(void **state)
{
    command_line parsed, back;
    text_buffer request;
    char path[64];
    (void)state;
    assert_int_equal(parse(&parsed, "--add -1:00 --set 1:02:03.5 --add 2m"), COMMAND_LINE_OK);
    text_buffer_initialize(&request);
    command_line_write_request(&request, &parsed);
    assert_false(request.failed);
    assert_non_null(strstr(request.text, "action add -600000000\n"));
    assert_true(command_line_read_request(request.text, request.length, &back, path,
                                          sizeof(path)));
    assert_int_equal(back.action_count, 3);
    assert_int_equal(back.actions[0], ACTION_ADD);
    assert_int_equal(back.amounts[0], -600000000);
    assert_int_equal(back.actions[1], ACTION_SET);
    assert_int_equal(back.amounts[1], 37235 * INT64_C(1000000));
    assert_int_equal(back.amounts[2], 1200000000);
    text_buffer_delete(&request);

    /* What any program might send: no amount, a sign to set, junk, too large. */
    {
        static const char *const junk[] = {
            "lapwing-request 1\naction set\n",         "lapwing-request 1\naction set \n",
            "lapwing-request 1\naction set -5\n",      "lapwing-request 1\naction add 5x\n",
            "lapwing-request 1\naction add --5\n",
            "lapwing-request 1\naction set 99999999999999999999999\n",
            "lapwing-request 1\naction lap 5\n",
        };
        size_t i;
        for (i = 0; i < sizeof(junk) / sizeof(junk[0]); i++)
            assert_false(command_line_read_request(junk[i], strlen(junk[i]), &back, path,
                                                   sizeof(path)));
    }
}

/* A stopwatch's jump-list task chooses it by its number and toggles it, and nothing else. */
static void a_stopwatchs_jump_list_task_toggles_it_by_number(void **state)
{
    char program[] = "lapwing.exe", text[64], *arguments[5], *token;
    command_line parsed;
    int count = 1;
    (void)state;
    assert_int_equal(jump_list_stopwatch_argument(text, sizeof(text), 2),
                     strlen("--stopwatch 3 --toggle"));
    assert_string_equal(text, "--stopwatch 3 --toggle");
    arguments[0] = program;
    for (token = strtok(text, " "); token && count < 5; token = strtok(NULL, " "))
        arguments[count++] = token;
    assert_int_equal(command_line_parse(&parsed, count, arguments), COMMAND_LINE_OK);
    assert_int_equal(parsed.action_count, 2);
    assert_int_equal(parsed.actions[0], ACTION_CHOOSE);
    assert_string_equal(parsed.names[0], "3");
    assert_int_equal(parsed.actions[1], ACTION_TOGGLE);
    assert_false(command_line_is_query(&parsed));
    /* Too small a buffer: nothing, never a cut argument. */
    assert_int_equal(jump_list_stopwatch_argument(text, 10, 2), 0);
    assert_string_equal(text, "");
    assert_int_equal(jump_list_stopwatch_argument(text, sizeof(text), 998),
                     strlen("--stopwatch 999 --toggle"));
}

static void jump_list_tasks_are_the_command_line_of_their_command(void **state)
{
    static const struct
    {
        unsigned command;
        command_line_action action;
    } expected[] = {
        { IDM_START_STOP, ACTION_TOGGLE },
        { IDM_LAP, ACTION_LAP },
        { IDM_RESET, ACTION_RESET },
    };
    size_t i;
    (void)state;
    assert_int_equal(jump_list_task_count, 3);
    for (i = 0; i < jump_list_task_count; i++)
    {
        char program[] = "lapwing.exe", argument[32];
        char *arguments[2] = { program, argument };
        command_line parsed;

        assert_int_equal(jump_list_tasks[i].command, expected[i].command);
        strcpy(argument, jump_list_tasks[i].argument);
        assert_int_equal(command_line_parse(&parsed, 2, arguments), COMMAND_LINE_OK);
        assert_int_equal(parsed.action_count, 1);
        assert_int_equal(parsed.actions[0], expected[i].action);
        assert_false(command_line_is_query(&parsed)); /* it reaches the running Lapwing */
    }
}

/* Several stopwatches: --new and --stopwatch carry a name, in requests too; a name that does
 * not do (no such stopwatch, a name taken) is found before anything is applied. */
static void stopwatch_options_carry_names_checked_against_the_set(void **state)
{
    command_line parsed, back;
    text_buffer request;
    stopwatch_set set;
    char path[64];
    size_t place;
    (void)state;
    assert_int_equal(parse(&parsed, "--new B --stopwatch B --lap --stopwatch 1 --start-all "
                                    "--stop-all"),
                     COMMAND_LINE_OK);
    assert_int_equal(parsed.action_count, 6);
    assert_int_equal(parsed.actions[0], ACTION_NEW);
    assert_string_equal(parsed.names[0], "B");
    assert_int_equal(parsed.actions[1], ACTION_CHOOSE);
    assert_int_equal(parsed.actions[4], ACTION_START_ALL);
    assert_int_equal(parsed.actions[5], ACTION_STOP_ALL);
    assert_int_equal(parse(&parsed, "--stopwatch"), COMMAND_LINE_MISSING_NAME);
    assert_int_equal(parse(&parsed, "--list"), COMMAND_LINE_OK);
    assert_true(parsed.list);
    assert_true(command_line_is_query(&parsed));

    /* Through a request, names and all. */
    assert_int_equal(parse(&parsed, "--new Läufer --stopwatch Läufer --lap"), COMMAND_LINE_OK);
    text_buffer_initialize(&request);
    command_line_write_request(&request, &parsed);
    assert_false(request.failed);
    assert_true(command_line_read_request(request.text, request.length, &back, path,
                                          sizeof(path)));
    assert_int_equal(back.action_count, 3);
    assert_string_equal(back.names[0], "Läufer");
    assert_string_equal(back.names[1], "Läufer");
    assert_int_equal(back.actions[2], ACTION_LAP);
    text_buffer_delete(&request);

    /* Against a set of two: "Runner B" and an unnamed one. */
    assert_true(stopwatch_set_initialize(&set, 1000u));
    assert_int_equal(stopwatch_set_add(&set, "Runner B", 0, &place), STOPWATCH_SET_OK);
    assert_int_equal(parse(&parsed, "--stopwatch runner --lap"), COMMAND_LINE_OK);
    assert_int_equal(command_line_first_unknown_name(&parsed, &set), 0);
    parsed.names[0] = "RUNNER B"; /* case is ignored */
    assert_int_equal(command_line_first_unknown_name(&parsed, &set), parsed.action_count);
    assert_int_equal(parse(&parsed, "--stopwatch 2 --lap --stopwatch 3"), COMMAND_LINE_OK);
    assert_int_equal(command_line_first_unknown_name(&parsed, &set), 2);
    assert_int_equal(parse(&parsed, "--new C --stopwatch 3 --stopwatch c"), COMMAND_LINE_OK);
    assert_int_equal(command_line_first_unknown_name(&parsed, &set), parsed.action_count);
    assert_int_equal(parse(&parsed, "--new C --new c"), COMMAND_LINE_OK);
    assert_int_equal(command_line_first_unknown_name(&parsed, &set), 1);
    assert_int_equal(parse(&parsed, "--new 42"), COMMAND_LINE_OK);
    assert_int_equal(command_line_first_unknown_name(&parsed, &set), 0);
    stopwatch_set_delete(&set);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(nothing_is_nothing),
        cmocka_unit_test(every_action_in_order),
        cmocka_unit_test(queries_and_flags),
        cmocka_unit_test(junk_is_refused_whole),
        cmocka_unit_test(a_request_round_trips_and_junk_requests_are_refused),
        cmocka_unit_test(jump_list_tasks_are_the_command_line_of_their_command),
        cmocka_unit_test(a_stopwatchs_jump_list_task_toggles_it_by_number),
        cmocka_unit_test(set_and_add_carry_their_times),
        cmocka_unit_test(history_options_are_queries),
        cmocka_unit_test(timed_actions_round_trip_as_requests),
        cmocka_unit_test(stopwatch_options_carry_names_checked_against_the_set),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
