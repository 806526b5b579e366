/*
 * End to end, the laps: the best and worst laps are marked in words, the Δ column is signed,
 * R then Ctrl+Z brings the laps and the time back, Ctrl+Z takes back a lap while the clock runs,
 * Delete in the list does not reset, F2 with nothing selected notes the newest lap, a note typed with letters that are also stopwatch keys
 * records no lap, and Ctrl+S writes a CSV file through the real Save dialog whose rows match
 * the list. And what the start leaves for after its first paint: the list's columns (made at
 * their widths, the note taking the rest) and the buttons' tooltips. See driver.h for how the
 * driver works.
 */
#include "driver.h"

#include <stdio.h>

#define COLUMN_NUMBER 0
#define COLUMN_LAP 1
#define COLUMN_DELTA 3
#define COLUMN_NOTE 4
#define COLUMN_MARK 5


/* The text of a cell, or "?" when it could not be read. */
static const WCHAR *cell_text(int row, int column, WCHAR *text)
{
    if (!lap_list_cell(row, column, text, 64))
        wcscpy(text, L"?");
    return text;
}

/* The lap list's columns, read through its header; the widths' sum. */
static int column_widths(int *sum)
{
    DWORD_PTR header = 0, count = 0, width = 0;
    int i;

    *sum = 0;
    SendMessageTimeoutW(lap_list, LVM_GETHEADER, 0, 0, SMTO_ABORTIFHUNG, 5000, &header);
    SendMessageTimeoutW((HWND)header, HDM_GETITEMCOUNT, 0, 0, SMTO_ABORTIFHUNG, 5000, &count);
    for (i = 0; i < (int)count; i++)
    {
        SendMessageTimeoutW(lap_list, LVM_GETCOLUMNWIDTH, (WPARAM)i, 0, SMTO_ABORTIFHUNG, 5000,
                            &width);
        if ((int)width <= 0)
            fail_msg("column %d is %d pixels wide", i, (int)width);
        *sum += (int)width;
    }
    return (int)count;
}

static void the_list_has_six_columns_and_the_note_takes_the_rest(void **state)
{
    RECT client;
    int sum;
    (void)state;
    assert_int_equal(column_widths(&sum), 6);
    GetClientRect(lap_list, &client);
    assert_int_equal(sum, client.right);
}

/* The tooltip window of Lapwing's thread that has the buttons as its tools. */
static BOOL CALLBACK find_button_tooltip(HWND candidate, LPARAM found)
{
    WCHAR class_name[64];

    if (GetClassNameW(candidate, class_name, 64) && wcscmp(class_name, TOOLTIPS_CLASSW) == 0 &&
        SendMessageW(candidate, TTM_GETTOOLCOUNT, 0, 0) == 3)
    {
        *(HWND *)found = candidate;
        return FALSE;
    }
    return TRUE;
}

static BOOL buttons_have_tooltips(const void *unused)
{
    HWND tooltip = NULL;
    (void)unused;
    EnumThreadWindows(lapwing.dwThreadId, find_button_tooltip, (LPARAM)&tooltip);
    return tooltip != NULL;
}

static void the_buttons_get_their_tooltips_after_the_first_paint(void **state)
{
    (void)state;
    assert_true(wait_until(buttons_have_tooltips, NULL));
}

static void three_laps_of_different_lengths(void **state)
{
    (void)state;
    assert_display(ZERO);
    type_key(VK_SPACE, FALSE);
    assert_true(wait_until(display_is_not, ZERO));
    pump_for(300);
    type_key('L', FALSE);
    assert_laps(1);
    pump_for(900);
    type_key('L', FALSE);
    assert_laps(2);
    pump_for(100);
    type_key('L', FALSE);
    assert_laps(3);
    type_key(VK_SPACE, FALSE);
    assert_state_label(L"Re&sume");
}

static void best_and_worst_are_marked_in_words(void **state)
{
    WCHAR text[64];
    int row, best = 0, worst = 0;
    (void)state;
    for (row = 0; row < 3; row++)
    {
        cell_text(row, COLUMN_MARK, text);
        if (wcsstr(text, L"best"))
            best++;
        if (wcsstr(text, L"worst"))
            worst++;
    }
    assert_int_equal(best, 1);
    assert_int_equal(worst, 1);
    /* Lap 3 (on top) came 0.1 s after lap 2 (0.9 s): it is the best, lap 2 the worst. */
    assert_non_null(wcsstr(cell_text(0, COLUMN_MARK, text), L"best"));
    assert_non_null(wcsstr(cell_text(1, COLUMN_MARK, text), L"worst"));
    /* The number column is the number alone. */
    assert_true(wcscmp(cell_text(0, COLUMN_NUMBER, text), L"3") == 0);
}

static void the_delta_column_is_signed(void **state)
{
    WCHAR text[64];
    (void)state;
    assert_true(wcscmp(cell_text(2, COLUMN_DELTA, text), L"") == 0); /* lap 1: no delta */
    assert_true(cell_text(1, COLUMN_DELTA, text)[0] == L'+');        /* lap 2: slower */
    assert_true(cell_text(0, COLUMN_DELTA, text)[0] == 0x2212);      /* lap 3: faster */
}

static void r_then_ctrl_z_brings_everything_back(void **state)
{
    WCHAR before[64], lap_one[64], text[64];
    (void)state;
    window_text(display, before, 64);
    cell_text(2, COLUMN_LAP, lap_one);
    type_key('R', FALSE);
    assert_display(ZERO);
    assert_laps(0);
    type_key('Z', TRUE);
    assert_laps(3);
    assert_display(before);
    assert_state_label(L"Re&sume");
    assert_true(wcscmp(cell_text(2, COLUMN_LAP, text), lap_one) == 0);
}

static void ctrl_z_takes_back_a_lap_while_running(void **state)
{
    (void)state;
    type_key(VK_SPACE, FALSE);
    assert_state_label(L"Pau&se");
    type_key('L', FALSE);
    assert_laps(4);
    type_key('Z', TRUE);
    assert_laps(3);
    assert_state_label(L"Pau&se"); /* the clock keeps running */
    type_key(VK_SPACE, FALSE);
    assert_state_label(L"Re&sume");
}

static void delete_in_the_list_does_not_reset(void **state)
{
    (void)state;
    assert_true(tab_to(lap_list));
    type_key(VK_DELETE, FALSE);
    type_key(VK_BACK, FALSE);
    pump_for(300);
    assert_int_equal(lap_count(), 3);
    assert_true(wait_until(display_is_not, ZERO));
}

/* F2 with no lap selected notes the newest lap, at once after it was taken while running (the
 * list catches up with its laps on the next frame), and the note's letters and spaces stay
 * text: no lap, no pause. */
static void f2_with_nothing_selected_notes_the_newest_lap(void **state)
{
    WCHAR text[64];
    (void)state;
    type_key(VK_SPACE, FALSE);
    assert_state_label(L"Pau&se");
    type_key('L', FALSE);
    type_key(VK_F2, FALSE);
    type_text(L"Kehre schnell lr");
    type_key(VK_RETURN, FALSE);
    assert_laps(4);
    pump_for(200);
    assert_int_equal(lap_count(), 4);
    assert_state_label(L"Pau&se");
    assert_true(wcscmp(cell_text(0, COLUMN_NUMBER, text), L"4") == 0);
    assert_true(wcscmp(cell_text(0, COLUMN_NOTE, text), L"Kehre schnell lr") == 0);
    /* Back as it was for the tests after: the lap (and its note) taken back, paused. */
    type_key('Z', TRUE);
    assert_laps(3);
    type_key(VK_SPACE, FALSE);
    assert_state_label(L"Re&sume");
}

static void a_note_typed_with_stopwatch_keys_records_nothing(void **state)
{
    WCHAR text[64];
    (void)state;
    assert_true(tab_to(lap_list));
    type_key(VK_DOWN, FALSE); /* the focus starts on the newest lap, unselected: */
    type_key(VK_UP, FALSE);   /* down and back up selects it */
    type_key(VK_F2, FALSE);
    type_text(L"Lap R C");
    type_key(VK_RETURN, FALSE);
    pump_for(200);
    assert_int_equal(lap_count(), 3);
    assert_state_label(L"Re&sume");
    assert_true(wcscmp(cell_text(0, COLUMN_NOTE, text), L"Lap R C") == 0);
    /* Esc leaves a note as it was. */
    type_key(VK_F2, FALSE);
    type_text(L"changed");
    type_key(VK_ESCAPE, FALSE);
    pump_for(200);
    assert_true(wcscmp(cell_text(0, COLUMN_NOTE, text), L"Lap R C") == 0);
}

static BOOL dialog_open(const void *argument)
{
    *(HWND *)argument = lapwing_dialog();
    return *(HWND *)argument != NULL;
}

static BOOL file_exists(const void *path)
{
    return GetFileAttributesW((const WCHAR *)path) != INVALID_FILE_ATTRIBUTES;
}

static void ctrl_s_saves_a_csv_that_matches_the_list(void **state)
{
    WCHAR folder[MAX_PATH], path[MAX_PATH], lap_text[64];
    char content[4096], expected[128], lap_narrow[64];
    HWND dialog = NULL;
    int row, lines = 0;
    char *line;
    (void)state;
    GetTempPathW(MAX_PATH, folder);
    _snwprintf(path, MAX_PATH, L"%lslapwing-e2e-%lu.csv", folder, GetCurrentProcessId());
    DeleteFileW(path);

    SetForegroundWindow(main_window);
    assert_true(wait_until(is_foreground, main_window));
    type_key('S', TRUE);
    assert_true(wait_until(dialog_open, &dialog));
    pump_for(500);
    /* The file name box has the focus and the default name selected: type over it. */
    type_text(path);
    key_event(VK_RETURN, FALSE); /* to the dialog, which has the foreground now */
    key_event(VK_RETURN, TRUE);
    assert_true(wait_until(file_exists, path));
    pump_for(300);

    assert_true(read_text_file(path, content, sizeof(content)));
    assert_true(strncmp(content, "\xEF\xBB\xBF" "lap,lap_time,total_time,delta,lap_seconds,"
                                 "total_seconds,note,correction\r\n", 3 + 73) == 0);
    /* One row per lap, oldest first, each lap time as the list shows it. */
    for (line = strstr(content, "\r\n"); line && line[2]; line = strstr(line + 2, "\r\n"))
        lines++;
    assert_int_equal(lines, 3);
    for (row = 0; row < 3; row++)
    {
        int i;
        cell_text(2 - row, COLUMN_LAP, lap_text);
        for (i = 0; lap_text[i] && i < 63; i++)
            lap_narrow[i] = (char)lap_text[i];
        lap_narrow[i] = '\0';
        snprintf(expected, sizeof(expected), "\r\n%d,%s,", row + 1, lap_narrow);
        if (!strstr(content, expected))
            fail_msg("no row '%s' in the CSV", expected + 2);
    }
    assert_non_null(strstr(content, ",Lap R C,\r\n")); /* no correction: its column empty */
    DeleteFileW(path);
}

/* Reopened running at hundredths, the clock posts a frame every few milliseconds and the queue
 * is never empty for long: the tooltips still come. */
static void reopened_running_the_buttons_still_get_their_tooltips(void **state)
{
    (void)state;
    type_key(VK_SPACE, FALSE);
    assert_state_label(L"Pau&se");
    shut_down(NULL);
    assert_int_equal(launch(NULL), 0);
    assert_state_label(L"Pau&se");
    assert_true(wait_until(buttons_have_tooltips, NULL));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_list_has_six_columns_and_the_note_takes_the_rest),
        cmocka_unit_test(the_buttons_get_their_tooltips_after_the_first_paint),
        cmocka_unit_test(three_laps_of_different_lengths),
        cmocka_unit_test(best_and_worst_are_marked_in_words),
        cmocka_unit_test(the_delta_column_is_signed),
        cmocka_unit_test(r_then_ctrl_z_brings_everything_back),
        cmocka_unit_test(ctrl_z_takes_back_a_lap_while_running),
        cmocka_unit_test(delete_in_the_list_does_not_reset),
        cmocka_unit_test(f2_with_nothing_selected_notes_the_newest_lap),
        cmocka_unit_test(a_note_typed_with_stopwatch_keys_records_nothing),
        cmocka_unit_test(ctrl_s_saves_a_csv_that_matches_the_list),
        cmocka_unit_test(reopened_running_the_buttons_still_get_their_tooltips),
    };
    return cmocka_run_group_tests(tests, launch, shut_down_all);
}
