/*
 * End to end, one Lapwing and its command line: a second start hands over and exits (still one
 * window); lapwing --lap from another process records a lap; --status prints the state to a
 * pipe; --export writes the CSV; --bogus exits with 2 and changes nothing; two hundred forwarded
 * commands right after the window appears each end, every lap counted once. See driver.h.
 */
#include "driver.h"

#include <stdio.h>
#include <string.h>

#include "main_window.h"

static BOOL CALLBACK count_main_windows(HWND window, LPARAM parameter)
{
    WCHAR class_name[64];
    if (GetClassNameW(window, class_name, 64) && wcscmp(class_name, MAIN_WINDOW_CLASS) == 0)
        (*(int *)parameter)++;
    return TRUE;
}

static int main_windows(void)
{
    int count = 0;
    EnumWindows(count_main_windows, (LPARAM)&count);
    return count;
}

static void a_second_start_hands_over_and_exits(void **state)
{
    char output[256];
    (void)state;
    assert_int_equal(main_windows(), 1);
    assert_int_equal(run_lapwing(L"", output, sizeof(output)), 0);
    assert_int_equal(main_windows(), 1);
    assert_display(ZERO);
}

static void lap_from_another_process(void **state)
{
    char output[256];
    (void)state;
    assert_int_equal(run_lapwing(L"--start", output, sizeof(output)), 0);
    assert_state_label(L"Pau&se");
    assert_int_equal(run_lapwing(L"--lap --lap", output, sizeof(output)), 0);
    assert_laps(2);
    /* --start while running changes nothing. */
    assert_int_equal(run_lapwing(L"--start", output, sizeof(output)), 0);
    assert_state_label(L"Pau&se");
}

static void a_lap_while_minimized_is_counted_at_once(void **state)
{
    char output[256];
    (void)state;
    /* Minimized, no display frames come: the list must still count the lap. */
    ShowWindow(main_window, SW_MINIMIZE);
    pump_for(300);
    assert_int_equal(run_lapwing(L"--lap", output, sizeof(output)), 0);
    assert_laps(3);
    ShowWindow(main_window, SW_RESTORE);
    SetForegroundWindow(main_window);
    pump_for(300);
}

static void status_prints_to_a_pipe(void **state)
{
    char output[256];
    (void)state;
    assert_int_equal(run_lapwing(L"--status", output, sizeof(output)), 0);
    if (strncmp(output, "running 00:00:", 14) != 0 || !strstr(output, " laps 3\r\n"))
        fail_msg("status printed '%s'", output);
}

static void export_writes_the_csv(void **state)
{
    WCHAR path[MAX_PATH], arguments[MAX_PATH + 32];
    char output[256], content[512];
    (void)state;
    _snwprintf(path, MAX_PATH, L"%ls\\export.csv", state_folder);
    _snwprintf(arguments, MAX_PATH + 32, L"--export \"%ls\"", path);
    assert_int_equal(run_lapwing(arguments, output, sizeof(output)), 0);
    assert_true(read_text_file(path, content, sizeof(content)));
    assert_non_null(strstr(content, "lap,lap_time,total_time"));
    assert_non_null(strstr(content, "\r\n2,"));
    DeleteFileW(path);
}

static void a_bogus_option_exits_with_2_and_changes_nothing(void **state)
{
    char output[512];
    (void)state;
    assert_int_equal(run_lapwing(L"--lap --bogus", output, sizeof(output)), 2);
    assert_non_null(strstr(output, "--bogus"));
    pump_for(300);
    assert_int_equal(lap_count(), 3); /* the --lap before it was not applied either */
    assert_state_label(L"Pau&se");
    assert_int_equal(run_lapwing(L"--export", output, sizeof(output)), 2);
    assert_int_equal(main_windows(), 1);
}

/* Two hundred forwarded commands in a row, from the moment the window appears: each one exits
 * with 0 well before its deadline (none hangs), and every lap is counted once. The times are
 * printed for the record, not asserted against a speed (the benchmarks do that). */
static void two_hundred_forwarded_commands_each_end_and_count_once(void **state)
{
    enum { COMMANDS = 200 };
    char output[256];
    ULONGLONG slowest = 0, all = 0;
    int laps, i;
    (void)state;
    shut_down(NULL);
    assert_int_equal(launch(NULL), 0); /* the window has just appeared */
    assert_int_equal(run_lapwing(L"--start", output, sizeof(output)), 0);
    assert_state_label(L"Pau&se");
    laps = lap_count();
    for (i = 0; i < COMMANDS; i++)
    {
        ULONGLONG before = GetTickCount64(), took;
        int code = run_lapwing(L"--lap", output, sizeof(output));

        took = GetTickCount64() - before;
        if (code != 0)
            fail_msg("forwarded command %d exited with %d after %llu ms: %s", i + 1, code,
                     (unsigned long long)took, output);
        slowest = took > slowest ? took : slowest;
        all += took;
    }
    assert_laps(laps + COMMANDS);
    print_message("%d forwarded commands: %llu ms each on average, the slowest %llu ms\n",
                  COMMANDS, (unsigned long long)(all / COMMANDS), (unsigned long long)slowest);
}

/* A Lapwing that does not answer (its window's thread held still): the command exits with 1 and
 * says so, within the deadline, rather than hang the script. */
static void a_lapwing_that_does_not_answer_is_said_and_exits_1(void **state)
{
    char output[1024];
    int code;
    (void)state;
    assert_true(SuspendThread(lapwing.hThread) != (DWORD)-1);
    code = run_lapwing(L"--lap", output, sizeof(output));
    ResumeThread(lapwing.hThread);
    assert_int_equal(code, 1);
    assert_non_null(strstr(output, "did not answer"));
}

static void help_and_version_print(void **state)
{
    char output[4096];
    (void)state;
    assert_int_equal(run_lapwing(L"--version", output, sizeof(output)), 0);
    assert_true(strncmp(output, "Lapwing ", 8) == 0);
    assert_int_equal(run_lapwing(L"--help", output, sizeof(output)), 0);
    assert_non_null(strstr(output, "--status"));
    assert_non_null(strstr(output, "Exit codes"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_second_start_hands_over_and_exits),
        cmocka_unit_test(lap_from_another_process),
        cmocka_unit_test(a_lap_while_minimized_is_counted_at_once),
        cmocka_unit_test(status_prints_to_a_pipe),
        cmocka_unit_test(export_writes_the_csv),
        cmocka_unit_test(a_bogus_option_exits_with_2_and_changes_nothing),
        cmocka_unit_test(help_and_version_print),
        cmocka_unit_test(two_hundred_forwarded_commands_each_end_and_count_once),
        cmocka_unit_test(a_lapwing_that_does_not_answer_is_said_and_exits_1),
    };
    return cmocka_run_group_tests(tests, launch, shut_down_all);
}
