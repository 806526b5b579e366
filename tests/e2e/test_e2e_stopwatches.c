/*
 * End to end, several stopwatches: Ctrl+N adds them and the strip appears (a standard tab
 * control, one tab each); Start all (Ctrl+Shift+Space) starts them; the number keys record a
 * lap on that stopwatch; Ctrl+2 shows the second, whose laps the list then holds; killed and
 * reopened, all three are back with their laps, the running ones still running; Ctrl+W
 * removes one and Ctrl+Z brings it back; a tab's menu acts on its stopwatch; Ctrl+Shift+Page Up
 * and Page Down move the shown one. See driver.h for the driver.
 */
#include "driver.h"

#include <stdio.h>
#include <stdlib.h>
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

/* A tab's place in the strip, read across processes as accessibility tools do; FALSE when
 * it is scrolled out of sight. */
static BOOL tab_rect(int index, RECT *tab)
{
    RECT *remote, strip_client;
    DWORD_PTR done = 0;
    BOOL read;

    remote = VirtualAllocEx(lapwing.hProcess, NULL, sizeof(*remote), MEM_COMMIT, PAGE_READWRITE);
    if (!remote)
        return FALSE;
    read = SendMessageTimeoutW(strip(), TCM_GETITEMRECT, (WPARAM)index, (LPARAM)remote,
                               SMTO_ABORTIFHUNG, 5000, &done) &&
           done && ReadProcessMemory(lapwing.hProcess, remote, tab, sizeof(*tab), NULL);
    VirtualFreeEx(lapwing.hProcess, remote, 0, MEM_RELEASE);
    GetClientRect(strip(), &strip_client);
    /* (The scroll arrows take the right end: a tab must end well before it.) */
    return read && tab->left >= 0 && tab->right + 48 <= strip_client.right;
}

/* A right-click on tab `index`, then a menu item's access key. */
static void menu_on_tab(int index, WORD access_key)
{
    RECT tab;
    POINT middle;
    BOOL open = TRUE, closed = FALSE;

    assert_true(tab_rect(index, &tab));
    middle.x = (tab.left + tab.right) / 2;
    middle.y = (tab.top + tab.bottom) / 2;
    ClientToScreen(strip(), &middle);
    assert_true(wait_until(is_foreground, main_window));
    SetCursorPos(middle.x, middle.y);
    mouse_event(MOUSEEVENTF_RIGHTDOWN, 0, 0, 0, 0);
    mouse_event(MOUSEEVENTF_RIGHTUP, 0, 0, 0, 0);
    assert_true(wait_until(a_menu_is_open, &open));
    key_event(access_key, FALSE);
    key_event(access_key, TRUE);
    assert_true(wait_until(a_menu_is_open, &closed));
}

/* --list's line for stopwatch `number` into `line`; FALSE when there is none. */
static BOOL list_line(int number, char *line, size_t size)
{
    char output[8192], start[16], *at, *end;

    if (run_lapwing(L"--list", output, sizeof(output)) != 0)
        return FALSE;
    snprintf(start, sizeof(start), "%d ", number);
    for (at = output; at && *at; at = end ? end + 1 : NULL)
    {
        end = strchr(at, '\n');
        if (end)
            *end = '\0';
        if (strncmp(at, start, strlen(start)) == 0)
        {
            snprintf(line, size, "%s", at);
            return TRUE;
        }
    }
    return FALSE;
}

static BOOL list_line_has(int number, const char *expected)
{
    char line[512];
    return list_line(number, line, sizeof(line)) && strstr(line, expected) != NULL;
}

static int laps_in_line(int number)
{
    char line[512];
    const char *laps;
    return list_line(number, line, sizeof(line)) && (laps = strstr(line, " laps ")) != NULL
               ? atoi(laps + 6)
               : -1;
}

static BOOL a_history_window_is_open(const void *unused)
{
    HWND dialog = lapwing_dialog();
    (void)unused;
    return dialog && GetDlgItem(dialog, IDC_HISTORY_LIST) != NULL;
}

static BOOL a_set_time_dialog_is_open(const void *unused)
{
    HWND dialog = lapwing_dialog();
    (void)unused;
    return dialog && GetDlgItem(dialog, IDC_SET_TIME_ERROR) != NULL;
}

static BOOL no_dialog(const void *unused)
{
    (void)unused;
    return lapwing_dialog() == NULL;
}

static int line_count(const char *text)
{
    int lines = 0;
    for (; *text; text++)
        lines += *text == '\n';
    return lines;
}

/* The strip's menu starts, pauses and laps the stopwatch of the tab clicked, not the one shown;
 * Ctrl+Shift+Page Up and Page Down move the shown one; --history prints the chosen one's runs
 * only. */
static void a_tabs_menu_acts_on_its_stopwatch_and_ctrl_shift_page_up_moves(void **state)
{
    char output[8192];
    RECT tab;
    int index = -1, number, laps, i;
    HWND runs;
    WCHAR cell[64];
    (void)state;
    assert_selected(3); /* Runner B, running with a lap */
    for (i = 0; i < 3 && index < 0; i++) /* a tab in sight that is not the one shown */
        if (tab_rect(i, &tab))
            index = i;
    assert_true(index >= 0);
    number = index + 1;
    if (list_line_has(number, "running "))
    {
        menu_on_tab(index, 'P'); /* "&Pause Stopwatch N" */
        assert_true(list_line_has(number, "paused "));
    }
    assert_true(list_line_has(number, "paused "));
    assert_selected(3); /* still the one shown, still running */
    assert_state_label(L"Pau&se");
    menu_on_tab(index, 'R'); /* "&Resume" */
    assert_true(list_line_has(number, "running "));
    laps = laps_in_line(number);
    assert_true(laps >= 0);
    menu_on_tab(index, 'L'); /* "&Lap on" */
    assert_int_equal(laps_in_line(number), laps + 1);
    assert_laps(1); /* Runner B's list: that lap was not its */

    type_control_shift(VK_PRIOR);
    assert_selected(2);
    assert_true(list_line_has(3, "Runner B"));
    assert_true(list_line_has(4, "Stopwatch 3"));
    type_control_shift(VK_NEXT);
    assert_selected(3);
    assert_true(list_line_has(4, "Runner B"));

    /* Runner B reset: one run in its history, none in the first's. */
    type_key(VK_SPACE, FALSE);
    assert_state_label(L"Re&sume");
    type_key('R', FALSE);
    assert_laps(0);
    assert_int_equal(run_lapwing(L"--history", output, sizeof(output)), 0);
    assert_int_equal(line_count(output), 1);
    assert_int_equal(run_lapwing(L"--stopwatch 1 --history", output, sizeof(output)), 0);
    assert_int_equal(line_count(output), 0);
    assert_int_equal(run_lapwing(L"--stopwatch \"Runner B\" --history", output, sizeof(output)),
                     0);
    assert_int_equal(line_count(output), 1);

    /* The History window says whose run it is, in a column of its own after the others. */
    type_key('H', TRUE);
    assert_true(wait_until(a_history_window_is_open, NULL));
    runs = GetDlgItem(lapwing_dialog(), IDC_HISTORY_LIST);
    assert_int_equal(SendMessageW((HWND)SendMessageW(runs, LVM_GETHEADER, 0, 0),
                                  HDM_GETITEMCOUNT, 0, 0),
                     7);
    assert_true(list_cell(runs, 0, 6, cell, 64));
    assert_true(wcscmp(cell, L"Runner B") == 0);
    key_event(VK_ESCAPE, FALSE);
    key_event(VK_ESCAPE, TRUE);
    assert_true(wait_until(no_dialog, NULL));
}

/* Set time open on one stopwatch while a second Lapwing's --stopwatch shows another: OK then
 * corrects neither, and the dialog says why. */
static void set_time_corrects_only_the_stopwatch_it_was_opened_for(void **state)
{
    char output[1024];
    WCHAR error[512];
    HWND dialog;
    (void)state;
    assert_selected(3); /* Runner B, stopped at zero */
    SetForegroundWindow(main_window);
    assert_true(wait_until(is_foreground, main_window));
    type_key('E', TRUE);
    assert_true(wait_until(a_set_time_dialog_is_open, NULL));
    dialog = lapwing_dialog();
    assert_int_equal(run_lapwing(L"--stopwatch 1", output, sizeof(output)), 0);
    assert_selected(0);
    SetForegroundWindow(dialog);
    assert_true(wait_until(is_foreground, dialog));
    pump_for(300);
    type_text(L"00:10:00");
    key_event(VK_RETURN, FALSE);
    key_event(VK_RETURN, TRUE);
    pump_for(500);
    assert_true(lapwing_dialog() == dialog); /* still open, saying why */
    window_text(GetDlgItem(dialog, IDC_SET_TIME_ERROR), error, 512);
    assert_non_null(wcsstr(error, L"Another stopwatch"));
    key_event(VK_ESCAPE, FALSE);
    key_event(VK_ESCAPE, TRUE);
    assert_true(wait_until(no_dialog, NULL));
    assert_true(list_line_has(4, "stopped 00:00:00.00 laps 0 Runner B"));
    assert_true(list_line_has(1, "running 00:0")); /* under ten minutes: not set to 00:10:00 */
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
        cmocka_unit_test(a_tabs_menu_acts_on_its_stopwatch_and_ctrl_shift_page_up_moves),
        cmocka_unit_test(set_time_corrects_only_the_stopwatch_it_was_opened_for),
        cmocka_unit_test(a_hundred_stopwatches_and_the_window_answers),
    };
    return cmocka_run_group_tests(tests, launch, shut_down_all);
}
