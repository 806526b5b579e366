/*
 * End to end, the time for streams ([view] obs_file in lapwing.ini): the file holds the time the
 * window shows, follows it while it runs (at most ten times a second), holds the paused time
 * exactly, and keeps being written while the window is minimized; a folder that is not there,
 * or a path that is not a full one, is said in the status line and nothing else breaks. See
 * driver.h for the driver.
 */
#include "driver.h"

#include <stdio.h>
#include <string.h>

#include "resource.h"

static WCHAR stream_path[MAX_PATH];

/* lapwing.ini with `lines` after [view], Lapwing started on it. */
static void launch_with(const char *lines)
{
    char ini[MAX_PATH * 3 + 128];

    shut_down(NULL);
    /* No time in the title: minimized, nothing but the stream file asks for frames. */
    snprintf(ini, sizeof(ini), "[view]\r\nprecision=tenths\r\ntime_in_title=0\r\n%s", lines);
    write_state_file(L"lapwing.ini", ini);
    assert_int_equal(launch(NULL), 0);
}

/* The file's text (no more than a time); empty when it cannot be read. */
static void stream_text(char *text, size_t size)
{
    if (!read_text_file(stream_path, text, size))
        text[0] = '\0';
}

static BOOL stream_is(const void *expected)
{
    char text[64];
    stream_text(text, sizeof(text));
    return strcmp(text, (const char *)expected) == 0;
}

static BOOL stream_is_not(const void *unexpected)
{
    char text[64];
    stream_text(text, sizeof(text));
    return text[0] && strcmp(text, (const char *)unexpected) != 0;
}

/* The file holds what the display shows, to the character. */
static BOOL stream_is_the_display(const void *unused)
{
    WCHAR shown[64];
    char text[64], narrow[64];
    (void)unused;
    window_text(display, shown, 64);
    snprintf(narrow, sizeof(narrow), "%ls", shown);
    stream_text(text, sizeof(text));
    return text[0] && strcmp(text, narrow) == 0;
}

static BOOL status_has(const void *part)
{
    WCHAR text[1024];
    window_text(GetDlgItem(main_window, IDC_STATUS), text, 1024);
    return wcsstr(text, (const WCHAR *)part) != NULL;
}

static void the_file_follows_the_time_and_holds_the_paused_one(void **state)
{
    char line[MAX_PATH * 3 + 32], first[64];
    (void)state;
    _snwprintf(stream_path, MAX_PATH, L"%ls\\obs time.txt", state_folder);
    stream_path[MAX_PATH - 1] = L'\0';
    snprintf(line, sizeof(line), "obs_file=%ls\r\n", stream_path);
    launch_with(line);
    /* Stopped: the zero the window shows, at its precision. */
    assert_true(wait_until(stream_is, "00:00:00.0"));
    type_key(VK_SPACE, FALSE);
    assert_state_label(L"Pau&se");
    assert_true(wait_until(stream_is_not, "00:00:00.0"));
    stream_text(first, sizeof(first));
    assert_int_equal(strlen(first), strlen("00:00:00.0"));
    assert_true(wait_until(stream_is_not, first)); /* it follows the running time */
    type_key(VK_SPACE, FALSE);
    assert_state_label(L"Re&sume");
    assert_true(wait_until(stream_is_the_display, NULL)); /* paused: exactly what is shown */
    /* Minimized and running, the file still moves (a stream reads it all the while). */
    type_key(VK_SPACE, FALSE);
    assert_state_label(L"Pau&se");
    ShowWindow(main_window, SW_MINIMIZE);
    pump_for(300);
    stream_text(first, sizeof(first));
    assert_true(wait_until(stream_is_not, first));
    ShowWindow(main_window, SW_RESTORE);
}

static void a_missing_folder_or_a_relative_path_is_said(void **state)
{
    char line[MAX_PATH * 3 + 32];
    int laps;
    (void)state;
    _snwprintf(stream_path, MAX_PATH, L"%ls\\no such folder\\time.txt", state_folder);
    stream_path[MAX_PATH - 1] = L'\0';
    snprintf(line, sizeof(line), "obs_file=%ls\r\n", stream_path);
    launch_with(line);
    assert_true(wait_until(status_has, L"Could not write the time to"));
    assert_true(wait_until(status_has, L"no such folder"));
    launch_with("obs_file=time.txt\r\n");
    assert_true(wait_until(status_has, L"is not a full path"));
    /* And the stopwatch works as ever (it came back running). */
    assert_state_label(L"Pau&se");
    laps = lap_count();
    type_key('L', FALSE);
    assert_laps(laps + 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_file_follows_the_time_and_holds_the_paused_one),
        cmocka_unit_test(a_missing_folder_or_a_relative_path_is_said),
    };
    return cmocka_run_group_tests(tests, launch, shut_down_all);
}
