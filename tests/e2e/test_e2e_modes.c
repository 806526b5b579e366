/*
 * End to end, staying in view: T toggles always on top (remembered in lapwing.ini); the title
 * carries the elapsed time while running; M shrinks the window to the time alone, on top, with
 * every key still working, and back to the same rectangle; F11 fills the screen and Esc leaves;
 * Esc in the full window does nothing; the settings dialog (Ctrl+,) applies a change at once
 * and Esc undoes it; at seconds precision the display shows whole seconds and the clock thread
 * posts about once a second. See driver.h for how the driver works.
 */
#include "driver.h"

#include <stdio.h>
#include <string.h>

#include "app_messages.h"
#include "resource.h"

static BOOL is_topmost(const void *expected)
{
    BOOL topmost = (GetWindowLongW(main_window, GWL_EXSTYLE) & WS_EX_TOPMOST) != 0;
    return topmost == *(const BOOL *)expected;
}

static BOOL title_starts_with(const void *prefix)
{
    WCHAR title[128];
    GetWindowTextW(main_window, title, 128);
    return wcsncmp(title, prefix, wcslen(prefix)) == 0;
}

static BOOL title_is(const void *expected)
{
    WCHAR title[128];
    GetWindowTextW(main_window, title, 128);
    return wcscmp(title, expected) == 0;
}

static BOOL window_rect_is(const void *expected)
{
    RECT now;
    return GetWindowRect(main_window, &now) && EqualRect(&now, expected);
}

static BOOL window_is_small(const void *unused)
{
    RECT now;
    (void)unused;
    return GetWindowRect(main_window, &now) && now.bottom - now.top < 200 &&
           !IsWindowVisible(lap_list);
}

static BOOL ini_has(const void *line)
{
    WCHAR path[MAX_PATH];
    char content[4096];
    _snwprintf(path, MAX_PATH, L"%ls\\lapwing.ini", state_folder);
    path[MAX_PATH - 1] = L'\0';
    return read_text_file(path, content, sizeof(content)) && strstr(content, line) != NULL;
}

static void t_toggles_always_on_top_and_remembers_it(void **state)
{
    BOOL on = TRUE, off = FALSE;
    (void)state;
    assert_true(wait_until(is_topmost, &off));
    type_key('T', FALSE);
    assert_true(wait_until(is_topmost, &on));
    assert_true(wait_until(ini_has, "always_on_top=1"));
    type_key('T', FALSE);
    assert_true(wait_until(is_topmost, &off));
    assert_true(wait_until(ini_has, "always_on_top=0"));
}

static void the_title_carries_the_time_while_running(void **state)
{
    (void)state;
    assert_true(wait_until(title_is, L"Lapwing"));
    type_key(VK_SPACE, FALSE);
    assert_true(wait_until(title_starts_with, L"00:00:00 \u2013 Lapwing"));
    /* Once a second, to the second. */
    assert_true(wait_until(title_starts_with, L"00:00:01 \u2013 Lapwing"));
    type_key(VK_SPACE, FALSE);
    assert_true(wait_until(title_starts_with, L"00:00:0"));
    {
        WCHAR title[128];
        GetWindowTextW(main_window, title, 128);
        assert_non_null(wcsstr(title, L"(paused) \u2013 Lapwing"));
    }
    type_key(VK_SPACE, FALSE); /* running again for what follows */
    assert_state_label(L"Pau&se");
}

static BOOL status_starts_with(const void *prefix)
{
    WCHAR text[256];
    window_text(GetDlgItem(main_window, IDC_STATUS), text, 256);
    return wcsncmp(text, prefix, wcslen(prefix)) == 0;
}

/* Screen readers hear the status line: started, lap N with its time, paused at. */
static void state_changes_are_said_in_the_status_line(void **state)
{
    (void)state;
    type_key(VK_SPACE, FALSE); /* running (from the test before): pause */
    assert_true(wait_until(status_starts_with, L"Paused at 00:00:"));
    type_key(VK_SPACE, FALSE);
    assert_true(wait_until(status_starts_with, L"Resumed at 00:00:"));
    type_key('L', FALSE);
    assert_true(wait_until(status_starts_with, L"Lap 1: 00:00:"));
}

static void m_shows_the_time_alone_and_every_key_still_works(void **state)
{
    RECT before;
    BOOL on = TRUE, off = FALSE;
    int laps_before = lap_count();
    (void)state;
    assert_true(GetWindowRect(main_window, &before));
    type_key('M', FALSE);
    assert_true(wait_until(window_is_small, NULL));
    assert_true(IsWindowVisible(display));
    assert_false(IsWindowVisible(start_stop_button));
    assert_true(wait_until(is_topmost, &on));
    /* The stopwatch's keys in mini mode. */
    type_key('L', FALSE);
    assert_laps(laps_before + 1);
    type_key(VK_SPACE, FALSE);
    assert_state_label(L"Re&sume");
    type_key(VK_SPACE, FALSE);
    assert_state_label(L"Pau&se");
    /* M again: the full window, where it was, no longer on top. */
    type_key('M', FALSE);
    assert_true(wait_until(window_rect_is, &before));
    assert_true(IsWindowVisible(lap_list));
    assert_true(IsWindowVisible(start_stop_button));
    assert_true(wait_until(is_topmost, &off));
    /* The mini window's place is remembered for next time. */
    assert_true(wait_until(ini_has, "[mini]"));
    /* Esc leaves mini mode too. */
    type_key('M', FALSE);
    assert_true(wait_until(window_is_small, NULL));
    type_key(VK_ESCAPE, FALSE);
    assert_true(wait_until(window_rect_is, &before));
}

static void f11_fills_the_screen_and_esc_leaves(void **state)
{
    RECT before, screen;
    MONITORINFO monitor;
    (void)state;
    assert_true(GetWindowRect(main_window, &before));
    monitor.cbSize = sizeof(monitor);
    assert_true(GetMonitorInfoW(MonitorFromWindow(main_window, MONITOR_DEFAULTTONEAREST),
                                &monitor));
    screen = monitor.rcMonitor;
    type_key(VK_F11, FALSE);
    assert_true(wait_until(window_rect_is, &screen));
    assert_false(IsWindowVisible(lap_list));
    assert_true(IsWindowVisible(display));
    type_key(VK_ESCAPE, FALSE);
    assert_true(wait_until(window_rect_is, &before));
    /* F11 again and F11 to leave. */
    type_key(VK_F11, FALSE);
    assert_true(wait_until(window_rect_is, &screen));
    type_key(VK_F11, FALSE);
    assert_true(wait_until(window_rect_is, &before));
    /* Esc in the full window changes nothing. */
    type_key(VK_ESCAPE, FALSE);
    pump_for(300);
    assert_true(wait_until(window_rect_is, &before));
    assert_true(IsWindowVisible(lap_list));
}

static BOOL display_has_length(const void *length)
{
    WCHAR text[64];
    window_text(display, text, 64);
    return wcslen(text) == *(const size_t *)length && wcscmp(text, L"00:00:00") != 0;
}

/* The window's own background, read from the screen a few pixels into its client area. */
static BOOL background_is_dark(const void *expected)
{
    POINT corner = { 3, 3 };
    HDC screen = GetDC(NULL);
    COLORREF color;
    BOOL dark;

    ClientToScreen(main_window, &corner);
    color = GetPixel(screen, corner.x, corner.y);
    ReleaseDC(NULL, screen);
    dark = color != CLR_INVALID && GetRValue(color) + GetGValue(color) + GetBValue(color) < 3 * 80;
    return dark == *(const BOOL *)expected;
}

/* A key pressed and released in whatever has the focus (a dialog of Lapwing's). */
static void press(WORD key)
{
    key_event(key, FALSE);
    key_event(key, TRUE);
    pump_for(150);
}

static BOOL a_dialog_is_open(const void *expected)
{
    return (lapwing_dialog() != NULL) == *(const BOOL *)expected;
}

/* Ctrl+, opens the settings; a change shows at once, Esc puts it back, OK keeps it. */
static void settings_apply_at_once_and_cancel_undoes(void **state)
{
    BOOL open = TRUE, closed = FALSE, dark = FALSE;
    size_t seconds = 8, tenths = 10, hundredths = 11;
    (void)state;
    assert_true(wait_until(background_is_dark, &dark)); /* light out of the box */
    type_key(VK_OEM_COMMA, TRUE);
    assert_true(wait_until(a_dialog_is_open, &open));
    press(VK_HOME); /* the precision list has the focus: its first choice, seconds */
    assert_true(wait_until(display_has_length, &seconds));
    press(VK_ESCAPE);
    assert_true(wait_until(a_dialog_is_open, &closed));
    assert_true(wait_until(display_has_length, &hundredths));
    assert_false(ini_has("precision=seconds"));

    type_key(VK_OEM_COMMA, TRUE);
    assert_true(wait_until(a_dialog_is_open, &open));
    press(VK_UP); /* from hundredths to tenths */
    assert_true(wait_until(display_has_length, &tenths));
    press(VK_RETURN);
    assert_true(wait_until(a_dialog_is_open, &closed));
    if (!wait_until(ini_has, "precision=tenths"))
    {
        WCHAR path[MAX_PATH];
        char content[4096] = "";
        _snwprintf(path, MAX_PATH, L"%ls\\lapwing.ini", state_folder);
        path[MAX_PATH - 1] = L'\0';
        read_text_file(path, content, sizeof(content));
        fail_msg("lapwing.ini has no precision=tenths:\n%s", content);
    }
    assert_true(wait_until(display_has_length, &tenths));
}

/* Shift+F10 away from the list: a menu of every command; its access key M takes mini mode. */
static void the_context_menu_has_every_command(void **state)
{
    RECT before;
    BOOL open = TRUE, closed = FALSE;
    (void)state;
    assert_true(GetWindowRect(main_window, &before));
    assert_true(tab_to(start_stop_button));
    key_event(VK_SHIFT, FALSE);
    key_event(VK_F10, FALSE);
    key_event(VK_F10, TRUE);
    key_event(VK_SHIFT, TRUE);
    assert_true(wait_until(a_menu_is_open, &open));
    press('M');
    assert_true(wait_until(a_menu_is_open, &closed));
    assert_true(wait_until(window_is_small, NULL));
    type_key(VK_ESCAPE, FALSE);
    assert_true(wait_until(window_rect_is, &before));
}

/* Reopened with precision=seconds and the dark theme: whole seconds, about one update a
 * second, a dark window. */
static void seconds_precision_wakes_about_once_a_second(void **state)
{
    size_t seconds_length = 8;
    LRESULT posts_before, posts_after;
    (void)state;
    shut_down(NULL);
    write_state_file(L"lapwing.ini", "[view]\r\nprecision=seconds\r\ntheme=dark\r\n");
    assert_int_equal(launch(NULL), 0);
    /* The saved stopwatch comes back running, shown in whole seconds. */
    assert_true(wait_until(display_has_length, &seconds_length));
    assert_state_label(L"Pau&se");
    posts_before = SendMessageW(main_window, WM_APP_CLOCK_POSTS, 0, 0);
    pump_for(3000);
    posts_after = SendMessageW(main_window, WM_APP_CLOCK_POSTS, 0, 0);
    /* Three seconds: about three updates (not 180 as at hundredths). */
    print_message("updates in 3 s at seconds precision: %ld\n", (long)(posts_after - posts_before));
    assert_true(posts_after - posts_before >= 1);
    assert_true(posts_after - posts_before <= 6);
    {
        BOOL dark = TRUE;
        assert_true(wait_until(background_is_dark, &dark));
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(t_toggles_always_on_top_and_remembers_it),
        cmocka_unit_test(the_title_carries_the_time_while_running),
        cmocka_unit_test(state_changes_are_said_in_the_status_line),
        cmocka_unit_test(m_shows_the_time_alone_and_every_key_still_works),
        cmocka_unit_test(f11_fills_the_screen_and_esc_leaves),
        cmocka_unit_test(settings_apply_at_once_and_cancel_undoes),
        cmocka_unit_test(the_context_menu_has_every_command),
        cmocka_unit_test(seconds_precision_wakes_about_once_a_second),
    };
    return cmocka_run_group_tests(tests, launch, shut_down_all);
}
