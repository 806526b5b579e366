/*
 * End to end, one Lapwing and its command line: a second start hands over and exits (still one
 * window); lapwing --lap from another process records a lap; --status prints the state to a
 * pipe; --export writes the CSV; --bogus exits with 2 and changes nothing. See driver.h.
 */
#include "driver.h"

#include <stdio.h>

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
    };
    return cmocka_run_group_tests(tests, launch, shut_down_all);
}
