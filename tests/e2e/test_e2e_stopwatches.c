/*
 * End to end, several stopwatches: Ctrl+N adds them and the strip appears (a standard tab
 * control, one tab each); Start all (Ctrl+Shift+Space) starts them; the number keys record a
 * lap on that stopwatch; Ctrl+2 shows the second, whose laps the list then holds; killed and
 * reopened, all three are back with their laps, the running ones still running; Ctrl+W
 * removes one and Ctrl+Z brings it back. See driver.h for the driver.
 */
#include "driver.h"

#include <stdio.h>
#include <string.h>

#include "resource.h"

static HWND strip(void)
{
    return GetDlgItem(main_window, IDC_STRIP);
}

static BOOL strip_count_is(const void *expected)
{
    HWND tabs = strip();
    return tabs && IsWindowVisible(tabs) &&
           (int)SendMessageW(tabs, TCM_GETITEMCOUNT, 0, 0) == *(const int *)expected;
}

static BOOL strip_selection_is(const void *expected)
{
    return (int)SendMessageW(strip(), TCM_GETCURSEL, 0, 0) == *(const int *)expected;
}

#define assert_strip(n)                                                                         \
    do                                                                                          \
    {                                                                                           \
        int expected_ = (n);                                                                    \
        assert_true(wait_until(strip_count_is, &expected_));                                    \
    } while (0)
#define assert_selected(n)                                                                      \
    do                                                                                          \
    {                                                                                           \
        int expected_ = (n);                                                                    \
        assert_true(wait_until(strip_selection_is, &expected_));                                \
    } while (0)

/* Ctrl+Shift and a key. */
static void type_control_shift(WORD key)
{
    assert_true(wait_until(is_foreground, main_window));
    key_event(VK_CONTROL, FALSE);
    key_event(VK_SHIFT, FALSE);
    key_event(key, FALSE);
    key_event(key, TRUE);
    key_event(VK_SHIFT, TRUE);
    key_event(VK_CONTROL, TRUE);
    pump_for(150);
}

static void one_stopwatch_has_no_strip_and_ctrl_n_adds_them(void **state)
{
    HWND tabs = strip();
    (void)state;
    assert_non_null(tabs);
    assert_false(IsWindowVisible(tabs)); /* one stopwatch looks as it always did */
    type_key('N', TRUE);
    assert_strip(2);
    assert_selected(1); /* the new one is shown */
    type_key('N', TRUE);
    assert_strip(3);
    assert_selected(2);
    assert_display(ZERO);
    assert_laps(0);
}

static void start_all_then_a_lap_on_each_by_its_number(void **state)
{
    (void)state;
    type_control_shift(VK_SPACE);
    assert_state_label(L"Pau&se"); /* the third, shown, runs */
    type_key(VK_SPACE, FALSE);     /* and is paused again */
    assert_state_label(L"Re&sume");
    type_key('1', FALSE);
    type_key('2', FALSE);
    type_key('2', FALSE);
    assert_laps(0); /* the third's list: none of those laps are its */
    type_key('2', TRUE);
    assert_selected(1);
    assert_laps(2);
    assert_state_label(L"Pau&se");
    type_key('1', TRUE);
    assert_selected(0);
    assert_laps(1);
    assert_state_label(L"Pau&se");
}

static void killed_all_three_come_back_with_their_laps(void **state)
{
    (void)state;
    type_key('2', TRUE);
    assert_selected(1);
    TerminateProcess(lapwing.hProcess, 1);
    WaitForSingleObject(lapwing.hProcess, 10000);
    shut_down(NULL);

    assert_int_equal(launch(NULL), 0);
    assert_strip(3);
    assert_selected(1);
    assert_laps(2);
    assert_state_label(L"Pau&se");
    type_key('3', TRUE);
    assert_laps(0);
    assert_state_label(L"Re&sume");
    type_key('1', TRUE);
    assert_laps(1);
    assert_state_label(L"Pau&se");
}

static void ctrl_w_removes_one_and_ctrl_z_brings_it_back(void **state)
{
    (void)state;
    type_key('2', TRUE);
    assert_laps(2);
    type_key('W', TRUE);
    assert_strip(2);
    assert_laps(0); /* the third, now second, is shown */
    type_key('Z', TRUE);
    assert_strip(3);
    assert_selected(1);
    assert_laps(2); /* with its laps, paused: its run came back out of the history */
    assert_state_label(L"Re&sume");
}

static void the_command_line_lists_them_and_acts_on_the_one_it_names(void **state)
{
    char output[8192];
    (void)state;
    assert_int_equal(run_lapwing(L"--new \"Runner B\"", output, sizeof(output)), 0);
    assert_strip(4);
    assert_selected(1); /* added, not shown */
    assert_int_equal(run_lapwing(L"--list", output, sizeof(output)), 0);
    assert_non_null(strstr(output, "2 paused "));
    assert_non_null(strstr(output, " laps 2 Stopwatch 2"));
    assert_non_null(strstr(output, "4 stopped 00:00:00.00 laps 0 Runner B"));
    /* The options after --stopwatch act on it (case ignored), and the window shows it. */
    assert_int_equal(run_lapwing(L"--stopwatch \"runner b\" --start --lap", output,
                                 sizeof(output)),
                     0);
    assert_selected(3);
    assert_laps(1);
    assert_state_label(L"Pau&se");
    /* A stopwatch that is not there: exit 2, nothing done, and it says why. */
    assert_int_equal(run_lapwing(L"--lap --stopwatch Nobody --lap", output, sizeof(output)), 2);
    assert_non_null(strstr(output, "Nobody"));
    pump_for(300);
    assert_laps(1);
    assert_int_equal(run_lapwing(L"--stopwatch 9 --status", output, sizeof(output)), 2);
}

/* A hundred stopwatches made from the command line: the window still answers at once. */
static void a_hundred_stopwatches_and_the_window_answers(void **state)
{
    WCHAR arguments[1024];
    char output[1024];
    DWORD_PTR result;
    ULONGLONG before;
    int batch, i, length;
    (void)state;
    for (batch = 0; batch < 4; batch++)
    {
        length = 0;
        for (i = 0; i < 24; i++)
            length += _snwprintf(arguments + length, 1024 - (size_t)length, L"--new S%d ",
                                 batch * 24 + i);
        assert_int_equal(run_lapwing(arguments, output, sizeof(output)), 0);
    }
    assert_strip(100);
    type_control_shift(VK_SPACE); /* all of them running */
    pump_for(1500);
    before = GetTickCount64();
    assert_true(SendMessageTimeoutW(main_window, WM_NULL, 0, 0, SMTO_ABORTIFHUNG, 100, &result));
    print_message("WM_NULL answered in %llu ms with 100 stopwatches running\n",
                  (unsigned long long)(GetTickCount64() - before));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(one_stopwatch_has_no_strip_and_ctrl_n_adds_them),
        cmocka_unit_test(start_all_then_a_lap_on_each_by_its_number),
        cmocka_unit_test(killed_all_three_come_back_with_their_laps),
        cmocka_unit_test(ctrl_w_removes_one_and_ctrl_z_brings_it_back),
        cmocka_unit_test(the_command_line_lists_them_and_acts_on_the_one_it_names),
        cmocka_unit_test(a_hundred_stopwatches_and_the_window_answers),
    };
    return cmocka_run_group_tests(tests, launch, shut_down_all);
}
