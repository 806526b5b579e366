/*
 * End to end, every run kept: run, reset, run again, reset, and `lapwing --history` (from the
 * running Lapwing's files) lists both with their totals and laps; Ctrl+Z after a reset takes
 * the run back out; a kill right after a reset loses no run (--history with no Lapwing
 * running); --export-history writes every lap with its run; --set and --add correct a running
 * stopwatch from the command line. See driver.h for how the driver works.
 */
#include "driver.h"

#include "resource.h"

#include <stdio.h>
#include <string.h>

static char output[65536];
static int past_runs;     /* runs archived so far by this test */
static int most_past_laps; /* the most laps one of them has */

/* `--history`'s lines, counted. */
static int history_lines(void)
{
    int lines = 0;
    const char *p;

    assert_int_equal(run_lapwing(L"--history", output, sizeof(output)), 0);
    for (p = output; (p = strchr(p, '\n')) != NULL; p++)
        lines++;
    return lines;
}

/* Line `n` (from 0) of the last output into `line`. */
static void output_line(int n, char *line, size_t size)
{
    const char *p = output, *end;

    while (n-- > 0 && (p = strchr(p, '\n')) != NULL)
        p++;
    assert_non_null(p);
    end = strchr(p, '\r');
    assert_non_null(end);
    assert_true((size_t)(end - p) < size);
    memcpy(line, p, (size_t)(end - p));
    line[end - p] = '\0';
}

/* Runs, laps `laps` times (about 0.2 s apart), pauses and resets; `shown` gets the time the
 * display showed when paused. */
#define COLUMN_VS_BEST 6

static int lap_list_columns(void);

/* The lap list's vs best cell of the newest lap: signed as Δ, or "0.00"; or whether there is
 * no such column. */
static BOOL vs_best_is_signed(void)
{
    WCHAR text[64] = L"";
    return lap_list_cell(0, COLUMN_VS_BEST, text, 64) &&
           (text[0] == L'+' || text[0] == 0x2212 || wcscmp(text, L"0.00") == 0);
}

/* The lap list's columns, from its header. */
static int lap_list_columns(void)
{
    DWORD_PTR header = 0, count = 0;
    SendMessageTimeoutW(lap_list, LVM_GETHEADER, 0, 0, SMTO_ABORTIFHUNG, 5000, &header);
    SendMessageTimeoutW((HWND)header, HDM_GETITEMCOUNT, 0, 0, SMTO_ABORTIFHUNG, 5000, &count);
    return (int)count;
}

static void one_run(int laps, WCHAR *shown)
{
    int i;

    type_key(VK_SPACE, FALSE);
    assert_state_label(L"Pau&se");
    for (i = 0; i < laps; i++)
    {
        pump_for(200);
        type_key('L', FALSE);
        assert_laps(i + 1);
        /* With a past run of as many laps to compare with, each lap says how far ahead or
         * behind it is; past them, nothing; with no past run, no column at all. */
        if (i < most_past_laps)
            assert_true(vs_best_is_signed());
        else if (past_runs)
        {
            WCHAR text[64] = L"?";
            assert_true(lap_list_cell(0, COLUMN_VS_BEST, text, 64));
            assert_true(wcscmp(text, L"") == 0);
        }
        else
            assert_int_equal(lap_list_columns(), 6);
    }
    pump_for(200);
    type_key(VK_SPACE, FALSE);
    assert_state_label(L"Re&sume");
    pump_for(200);
    window_text(display, shown, 64);
    type_key('R', FALSE);
    assert_display(ZERO);
    assert_laps(0);
    past_runs++;
    if (laps > most_past_laps)
        most_past_laps = laps;
}

static WCHAR first_total[64], second_total[64];

static void two_runs_are_both_in_the_history(void **state)
{
    char line[512], expected[128];
    (void)state;
    assert_int_equal(history_lines(), 0);
    one_run(2, first_total);
    assert_int_equal(history_lines(), 1);
    one_run(3, second_total);
    assert_int_equal(history_lines(), 2);
    /* Oldest first: started, the total as the display showed it, the laps. */
    output_line(0, line, sizeof(line));
    snprintf(expected, sizeof(expected), "\t%ls\t2", first_total);
    assert_non_null(strstr(line, expected));
    assert_true(line[0] == '2' && line[4] == '-'); /* a date: 20YY-MM-DD HH:MM:SS */
    output_line(1, line, sizeof(line));
    snprintf(expected, sizeof(expected), "\t%ls\t3", second_total);
    assert_non_null(strstr(line, expected));
}

static void an_undone_reset_takes_the_run_back_out(void **state)
{
    WCHAR shown[64];
    (void)state;
    one_run(1, shown);
    assert_int_equal(history_lines(), 3);
    type_key('Z', TRUE);
    assert_display(shown);
    assert_laps(1);
    assert_int_equal(history_lines(), 2);
    /* Reset again: in the history once, not twice. */
    type_key('R', FALSE);
    assert_display(ZERO);
    assert_int_equal(history_lines(), 3);
}

static void a_kill_right_after_a_reset_loses_no_run(void **state)
{
    WCHAR shown[64];
    char line[512], expected[128];
    (void)state;
    one_run(2, shown);
    /* As Task Manager would, at once: no WM_CLOSE, no chance to save on the way out. */
    TerminateProcess(lapwing.hProcess, 1);
    WaitForSingleObject(lapwing.hProcess, 10000);
    shut_down(NULL);
    /* No Lapwing running: answered from the files. */
    assert_int_equal(history_lines(), 4);
    output_line(3, line, sizeof(line));
    snprintf(expected, sizeof(expected), "\t%ls\t2", shown);
    assert_non_null(strstr(line, expected));
    assert_int_equal(launch(NULL), 0);
    assert_display(ZERO);
    assert_laps(0);
    assert_int_equal(history_lines(), 4);
}

static void every_run_exported_with_its_laps(void **state)
{
    WCHAR arguments[MAX_PATH + 32], path[MAX_PATH];
    static char content[65536];
    const char *p;
    int rows = 0;
    (void)state;
    _snwprintf(path, MAX_PATH, L"%ls\\all-runs.csv", state_folder);
    _snwprintf(arguments, MAX_PATH + 32, L"--export-history \"%ls\"", path);
    assert_int_equal(run_lapwing(arguments, output, sizeof(output)), 0);
    assert_true(read_text_file(path, content, sizeof(content)));
    assert_non_null(strstr(content, "run,started,lap,"));
    for (p = content; (p = strstr(p, "\r\n")) != NULL; p += 2)
        rows++;
    /* The header and one row a lap: 2 + 3 + 1 + 2 laps. */
    assert_int_equal(rows, 1 + 8);
    DeleteFileW(path);
    /* A file that cannot be written: exit 1, said. */
    assert_int_equal(run_lapwing(L"--export-history Z:\\no\\such\\folder\\x.csv", output,
                                 sizeof(output)),
                     1);
    assert_non_null(strstr(output, "could not write"));
}

static BOOL a_dialog_other_than(const void *other)
{
    HWND dialog = lapwing_dialog();
    return dialog && dialog != *(const HWND *)other;
}

static BOOL no_dialog(const void *unused)
{
    (void)unused;
    return lapwing_dialog() == NULL;
}

static BOOL count_is(HWND list, int expected)
{
    ULONGLONG deadline = GetTickCount64() + DEADLINE_MS;
    while (list_count(list) != expected)
    {
        if (GetTickCount64() > deadline)
            return FALSE;
        pump_for(20);
    }
    return TRUE;
}

static const WCHAR *cell(HWND list, int row, int column, WCHAR *text)
{
    if (!list_cell(list, row, column, text, 64))
        wcscpy(text, L"?");
    return text;
}

/* A key pressed and released in whatever has the focus (a dialog of Lapwing's). */
static void press(WORD key, BOOL control)
{
    if (control)
        key_event(VK_CONTROL, FALSE);
    key_event(key, FALSE);
    key_event(key, TRUE);
    if (control)
        key_event(VK_CONTROL, TRUE);
    pump_for(200);
}

static void the_history_window_lists_opens_deletes_and_brings_back(void **state)
{
    HWND none = NULL, history, runs, run, laps;
    WCHAR text[64], status[512];
    (void)state;
    SetForegroundWindow(main_window);
    assert_true(wait_until(is_foreground, main_window));
    type_key('H', TRUE);
    assert_true(wait_until(a_dialog_other_than, &none));
    history = lapwing_dialog();
    runs = GetDlgItem(history, IDC_HISTORY_LIST);
    assert_non_null(runs);
    /* Newest first: 2 laps (the killed run), 1, 3 (the second run), 2 (the first). */
    assert_true(count_is(runs, 4));
    assert_true(wcscmp(cell(runs, 0, 2, text), L"2") == 0);
    assert_true(wcscmp(cell(runs, 1, 2, text), L"1") == 0);
    assert_true(wcscmp(cell(runs, 2, 2, text), L"3") == 0);
    assert_true(wcscmp(cell(runs, 2, 1, text), second_total) == 0);
    assert_true(wcscmp(cell(runs, 3, 1, text), first_total) == 0);
    /* Down to the second run; Enter opens it: its three laps, newest on top. */
    pump_for(300);
    press(VK_DOWN, FALSE);
    press(VK_DOWN, FALSE);
    press(VK_RETURN, FALSE);
    assert_true(wait_until(a_dialog_other_than, &history));
    run = lapwing_dialog();
    laps = GetDlgItem(run, IDC_HISTORY_RUN_LIST);
    assert_true(count_is(laps, 3));
    assert_true(wcscmp(cell(laps, 0, 0, text), L"3") == 0);
    assert_true(wcscmp(cell(laps, 2, 0, text), L"1") == 0);
    press(VK_ESCAPE, FALSE);
    assert_true(wait_until(a_dialog_other_than, &run));
    /* Delete takes it out, said below the list; Ctrl+Z brings it back where it was. */
    pump_for(300);
    press(VK_DELETE, FALSE);
    assert_true(count_is(runs, 3));
    window_text(GetDlgItem(history, IDC_HISTORY_STATUS), status, 512);
    assert_non_null(wcsstr(status, L"deleted"));
    assert_true(wcscmp(cell(runs, 2, 2, text), L"2") == 0);
    press('Z', TRUE);
    assert_true(count_is(runs, 4));
    assert_true(wcscmp(cell(runs, 2, 1, text), second_total) == 0);
    press(VK_ESCAPE, FALSE);
    assert_true(wait_until(no_dialog, NULL));
    /* Kept on disk as the window left it. */
    assert_int_equal(history_lines(), 4);
}

static BOOL display_at_least(const void *prefix)
{
    WCHAR text[64];

    window_text(display, text, 64);
    return wcscmp(text, (const WCHAR *)prefix) >= 0;
}

static void set_and_add_on_a_running_stopwatch(void **state)
{
    (void)state;
    type_key(VK_SPACE, FALSE);
    assert_state_label(L"Pau&se");
    assert_int_equal(run_lapwing(L"--set 00:12:30", output, sizeof(output)), 0);
    assert_true(wait_until(display_at_least, L"00:12:30.00"));
    assert_int_equal(run_lapwing(L"--add -5s", output, sizeof(output)), 0);
    assert_int_equal(run_lapwing(L"--stop", output, sizeof(output)), 0);
    assert_state_label(L"Re&sume");
    /* 12:30 less 5 s, plus the moments between: still below 12:30, at least 12:25. */
    assert_true(wait_until(display_at_least, L"00:12:25.00"));
    {
        WCHAR text[64];
        window_text(display, text, 64);
        assert_true(wcscmp(text, L"00:12:30.00") < 0);
    }
    /* Below zero: refused, said, nothing changed; a bad time: exit 2. */
    assert_int_equal(run_lapwing(L"--add -1h", output, sizeof(output)), 1);
    assert_non_null(strstr(output, "not changed"));
    assert_int_equal(run_lapwing(L"--set soon", output, sizeof(output)), 2);
    assert_true(wait_until(display_at_least, L"00:12:25.00"));
}

static BOOL status_says(const void *part)
{
    WCHAR text[512];
    window_text(GetDlgItem(main_window, IDC_STATUS), text, 512);
    return wcsstr(text, (const WCHAR *)part) != NULL;
}

static void ctrl_t_says_the_time_and_the_lap_once(void **state)
{
    WCHAR shown[64], expected[128];
    (void)state;
    SetForegroundWindow(main_window);
    assert_true(wait_until(is_foreground, main_window));
    window_text(display, shown, 64); /* paused: it stays */
    type_key('T', TRUE);
    _snwprintf(expected, 128, L"%ls; lap 1: %ls", shown, shown);
    assert_true(wait_until(status_says, expected));
    assert_state_label(L"Re&sume"); /* said, nothing else done */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(two_runs_are_both_in_the_history),
        cmocka_unit_test(an_undone_reset_takes_the_run_back_out),
        cmocka_unit_test(a_kill_right_after_a_reset_loses_no_run),
        cmocka_unit_test(every_run_exported_with_its_laps),
        cmocka_unit_test(the_history_window_lists_opens_deletes_and_brings_back),
        cmocka_unit_test(set_and_add_on_a_running_stopwatch),
        cmocka_unit_test(ctrl_t_says_the_time_and_the_lap_once),
    };
    return cmocka_run_group_tests(tests, launch, shut_down_all);
}
