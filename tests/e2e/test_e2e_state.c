/*
 * End to end, nothing is lost: close while running and reopen (still running, the laps there,
 * the time counted while closed); kill the process right after a lap (the lap is there); a
 * damaged state file (a clean or recovered start, the damaged copy kept, a notice); a state that
 * cannot be read (left alone, the stopwatch still works; a save that fails for a while is tested
 * in-process, in test_file_io). See driver.h for the driver.
 */
#include "driver.h"

#include <stdio.h>

#include "resource.h"

static BOOL status_contains(const void *text)
{
    WCHAR status[512];
    window_text(GetDlgItem(main_window, IDC_STATUS), status, 512);
    return wcsstr(status, (const WCHAR *)text) != NULL;
}

static void state_file(const WCHAR *name, WCHAR *path)
{
    _snwprintf(path, MAX_PATH, L"%ls\\%ls", state_folder, name);
    path[MAX_PATH - 1] = L'\0';
}

static void reopen(void)
{
    assert_int_equal(launch(NULL), 0);
}

static void close_lapwing(void)
{
    DWORD exit_code = 1;
    PostMessageW(main_window, WM_CLOSE, 0, 0);
    assert_int_equal(WaitForSingleObject(lapwing.hProcess, 10000), WAIT_OBJECT_0);
    assert_true(GetExitCodeProcess(lapwing.hProcess, &exit_code));
    assert_int_equal(exit_code, 0);
    shut_down(NULL);
}

static void closed_while_running_it_is_still_running_when_reopened(void **state)
{
    WCHAR at_close[64], after[64];
    (void)state;
    type_key(VK_SPACE, FALSE);
    assert_true(wait_until(display_is_not, ZERO));
    type_key('L', FALSE);
    assert_laps(1);
    pump_for(200);
    type_key('L', FALSE);
    assert_laps(2);
    window_text(display, at_close, 64);
    close_lapwing();
    pump_for(1500); /* closed for a while: the time goes on counting */

    reopen();
    assert_state_label(L"Pau&se");
    assert_laps(2);
    window_text(display, after, 64);
    /* Same format, later: at least the 1.5 s it was closed. */
    assert_int_equal(wcslen(after), 11);
    assert_true(wcscmp(after, at_close) > 0);
    assert_true(_wtoi(after + 6) * 100 + _wtoi(after + 9) >=
                _wtoi(at_close + 6) * 100 + _wtoi(at_close + 9) + 150);
}

static void killed_right_after_a_lap_the_lap_is_there(void **state)
{
    (void)state;
    type_key('L', FALSE);
    assert_laps(3);
    /* As Task Manager would: no WM_CLOSE, no chance to save on the way out. */
    TerminateProcess(lapwing.hProcess, 1);
    WaitForSingleObject(lapwing.hProcess, 10000);
    shut_down(NULL);

    reopen();
    assert_laps(3);
    assert_state_label(L"Pau&se");
    type_key(VK_SPACE, FALSE);
    assert_state_label(L"Re&sume");
}

static void a_damaged_state_file_is_kept_and_said(void **state)
{
    WCHAR path[MAX_PATH], pattern[MAX_PATH];
    WIN32_FIND_DATAW found;
    HANDLE search;
    FILE *file;
    (void)state;
    close_lapwing();
    state_file(L"state.txt", path);
    file = _wfopen(path, L"wb");
    assert_non_null(file);
    fputs("lapwing-state 1\nstate paused\nbanked 20000000\nlap 10000000\n\x01\x02 noise\n"
          "lap 99999999999999999999999999\nend\n", file);
    fclose(file);
    state_file(L"journal.txt", path);
    DeleteFileW(path);

    reopen();
    /* What was valid is back: paused at 2 s, one lap. */
    assert_laps(1);
    assert_display(L"00:00:02.00");
    assert_true(wait_until(status_contains, L"kept as state.corrupt-"));
    state_file(L"state.corrupt-*.txt", pattern);
    search = FindFirstFileW(pattern, &found);
    assert_true(search != INVALID_HANDLE_VALUE);
    FindClose(search);
}

static void a_state_that_cannot_be_read_is_left_alone(void **state)
{
    WCHAR journal[MAX_PATH], snapshot[MAX_PATH];
    char before[4096], after[4096];
    (void)state;
    /* A folder where the journal should be: it cannot be read (as a file locked by another
     * program cannot). Lapwing must not write over what it could not read. */
    close_lapwing();
    state_file(L"journal.txt", journal);
    state_file(L"state.txt", snapshot);
    assert_true(read_text_file(snapshot, before, sizeof(before)));
    DeleteFileW(journal);
    assert_true(CreateDirectoryW(journal, NULL));

    reopen();
    assert_true(wait_until(status_contains, L"Could not save"));
    type_key(VK_SPACE, FALSE);
    assert_state_label(L"Pau&se");
    type_key('L', FALSE);
    assert_laps(1); /* the stopwatch works, in memory */
    close_lapwing();
    assert_true(read_text_file(snapshot, after, sizeof(after)));
    assert_string_equal(after, before);
    assert_true(RemoveDirectoryW(journal));
    reopen();
    assert_laps(1); /* what was saved before, as it was */
}

static void the_window_comes_back_where_it_was_and_the_ini_keeps_comments(void **state)
{
    WCHAR path[MAX_PATH];
    char content[2048];
    FILE *file;
    RECT before, after;
    (void)state;
    close_lapwing();
    state_file(L"lapwing.ini", path);
    file = _wfopen(path, L"wb");
    assert_non_null(file);
    fputs("; written by hand\r\n[custom]\r\nkeep=me\r\n", file);
    fclose(file);

    reopen();
    SetWindowPos(main_window, NULL, 150, 120, 500, 650, SWP_NOZORDER | SWP_NOACTIVATE);
    pump_for(300);
    GetWindowRect(main_window, &before);
    close_lapwing();

    assert_true(read_text_file(path, content, sizeof(content)));
    assert_non_null(strstr(content, "; written by hand\r\n"));
    assert_non_null(strstr(content, "[custom]\r\nkeep=me\r\n"));
    assert_non_null(strstr(content, "[window]\r\n"));

    reopen();
    GetWindowRect(main_window, &after);
    assert_int_equal(after.left, before.left);
    assert_int_equal(after.top, before.top);
    assert_int_equal(after.right - after.left, before.right - before.left);
    assert_int_equal(after.bottom - after.top, before.bottom - before.top);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(closed_while_running_it_is_still_running_when_reopened),
        cmocka_unit_test(killed_right_after_a_lap_the_lap_is_there),
        cmocka_unit_test(a_damaged_state_file_is_kept_and_said),
        cmocka_unit_test(a_state_that_cannot_be_read_is_left_alone),
        cmocka_unit_test(the_window_comes_back_where_it_was_and_the_ini_keeps_comments),
    };
    return cmocka_run_group_tests(tests, launch, shut_down_all);
}
