/*
 * End to end, the keys: Space starts, stops and resumes; L and Enter record laps, newest on top;
 * R, Delete and Backspace reset while stopped; a held key (and a held Alt+S) acts once; Space
 * on the focused Start button or on the list toggles once; a button the user tabbed to takes
 * Space and Enter; a click on Lap leaves the focus on Start/Pause. See driver.h for how the driver works.
 */
#include "driver.h"

static void starts_at_zero_with_no_laps(void **state)
{
    WCHAR class_name[64];
    (void)state;
    assert_display(ZERO);
    assert_int_equal(lap_count(), 0);
    assert_true(GetClassNameW(lap_list, class_name, 64));
    assert_string_equal(class_name, L"SysListView32");
    assert_state_label(L"&Start");
    assert_false(IsWindowEnabled(lap_button));
    assert_false(IsWindowEnabled(reset_button));
}

static void space_starts_it(void **state)
{
    WCHAR first[64], later[64];
    (void)state;
    type_key(VK_SPACE, FALSE);
    assert_true(wait_until(display_is_not, ZERO));
    assert_state_label(L"Pau&se");
    assert_true(IsWindowEnabled(lap_button));
    window_text(display, first, 64);
    pump_for(300);
    window_text(display, later, 64);
    /* Same length, same format: a later time sorts after an earlier one. */
    assert_int_equal(wcslen(first), 11);
    assert_true(wcscmp(later, first) > 0);
}

static void l_and_enter_record_laps(void **state)
{
    (void)state;
    type_key('L', FALSE);
    assert_laps(1);
    pump_for(100);
    type_key('L', FALSE);
    assert_laps(2);
    type_key(VK_RETURN, FALSE);
    assert_laps(3);
}

static void the_newest_lap_is_on_top(void **state)
{
    WCHAR number[64], lap[64], total[64], older_total[64];
    (void)state;
    assert_true(lap_list_cell(0, 0, number, 64));
    assert_true(wcscmp(number, L"3") == 0);
    assert_true(lap_list_cell(2, 0, number, 64));
    assert_true(wcscmp(number, L"1") == 0);
    /* Lap 1's lap time is its total; later totals are later. */
    assert_true(lap_list_cell(2, 1, lap, 64));
    assert_true(lap_list_cell(2, 2, total, 64));
    assert_int_equal(wcslen(total), 11);
    assert_true(wcscmp(lap, total) == 0);
    assert_true(lap_list_cell(0, 2, older_total, 64));
    assert_true(wcscmp(older_total, total) > 0);
}

static void space_freezes_it(void **state)
{
    WCHAR first[64], later[64];
    (void)state;
    type_key(VK_SPACE, FALSE);
    assert_state_label(L"Re&sume");
    window_text(display, first, 64);
    pump_for(400);
    window_text(display, later, 64);
    assert_true(wcscmp(first, later) == 0);
    assert_true(wcscmp(first, ZERO) != 0);
    assert_false(IsWindowEnabled(lap_button));
    assert_true(IsWindowEnabled(reset_button));
    /* L does nothing while stopped. */
    type_key('L', FALSE);
    pump_for(200);
    assert_int_equal(lap_count(), 3);
}

static void r_resets_it(void **state)
{
    (void)state;
    type_key('R', FALSE);
    assert_display(ZERO);
    assert_laps(0);
    assert_state_label(L"&Start");
    assert_false(IsWindowEnabled(reset_button));
}

static void delete_and_backspace_reset_too(void **state)
{
    static const WORD keys[2] = { VK_DELETE, VK_BACK };
    int i;
    (void)state;
    for (i = 0; i < 2; i++)
    {
        type_key(VK_SPACE, FALSE);
        assert_true(wait_until(display_is_not, ZERO));
        type_key('L', FALSE);
        assert_laps(1);
        /* Reset does nothing while running... */
        type_key(keys[i], FALSE);
        pump_for(200);
        assert_int_equal(lap_count(), 1);
        type_key(VK_SPACE, FALSE);
        assert_state_label(L"Re&sume");
        /* ...and clears everything once stopped. */
        type_key(keys[i], FALSE);
        assert_display(ZERO);
        assert_laps(0);
    }
}

static void holding_space_toggles_once(void **state)
{
    int i;
    (void)state;
    assert_state_label(L"&Start");
    assert_true(wait_until(is_foreground, main_window));
    /* Four key-downs and one key-up: auto-repeat. Honoured, they would toggle four times and
     * leave it stopped; ignored, it toggles once and runs. */
    for (i = 0; i < 4; i++)
    {
        key_event(VK_SPACE, FALSE);
        pump_for(60);
    }
    key_event(VK_SPACE, TRUE);
    pump_for(300);
    assert_state_label(L"Pau&se");
    type_key(VK_SPACE, FALSE);
    assert_state_label(L"Re&sume");
}

static void space_on_a_focused_button_toggles_once(void **state)
{
    int tabs;
    (void)state;
    /* Tab to the Start/Stop button: a plain button would click on Space as well. */
    for (tabs = 0; tabs < 6 && focused_control() != start_stop_button; tabs++)
        type_key(VK_TAB, FALSE);
    assert_ptr_equal(focused_control(), start_stop_button);
    type_key(VK_SPACE, FALSE);
    pump_for(300);
    assert_state_label(L"Pau&se"); /* resumed once, not resumed and stopped again */
    type_key(VK_SPACE, FALSE);
    assert_state_label(L"Re&sume");
    /* The same with the focus on the lap list. */
    for (tabs = 0; tabs < 6 && focused_control() != lap_list; tabs++)
        type_key(VK_TAB, FALSE);
    assert_ptr_equal(focused_control(), lap_list);
    type_key(VK_SPACE, FALSE);
    assert_state_label(L"Pau&se");
    type_key(VK_SPACE, FALSE);
    assert_state_label(L"Re&sume");
    type_key('R', FALSE);
    assert_display(ZERO);
}

/* Windows' convention: a button the user tabbed to takes Space and Enter, on key-down. */
static void a_button_tabbed_to_takes_space_and_enter(void **state)
{
    int laps;
    (void)state;
    type_key(VK_SPACE, FALSE);
    assert_state_label(L"Pau&se");
    assert_true(tab_to(lap_button));
    laps = lap_count();
    type_key(VK_SPACE, FALSE);
    assert_laps(laps + 1);
    type_key(VK_RETURN, FALSE);
    assert_laps(laps + 2);
    assert_state_label(L"Pau&se"); /* a lap, not a pause */
    assert_true(tab_to(start_stop_button));
    type_key(VK_RETURN, FALSE);
    assert_state_label(L"Re&sume");
    assert_true(tab_to(reset_button));
    type_key(VK_SPACE, FALSE);
    assert_display(ZERO);
    assert_laps(0);
}

static void holding_an_access_key_acts_once(void **state)
{
    int i;
    (void)state;
    assert_state_label(L"&Start");
    assert_true(wait_until(is_foreground, main_window));
    key_event(VK_MENU, FALSE);
    for (i = 0; i < 4; i++)
    {
        key_event('S', FALSE);
        pump_for(60);
    }
    key_event('S', TRUE);
    key_event(VK_MENU, TRUE);
    pump_for(300);
    assert_state_label(L"Pau&se"); /* started once, not started, paused, resumed, paused */
    type_key(VK_SPACE, FALSE);
    assert_state_label(L"Re&sume");
    type_key('R', FALSE);
    assert_display(ZERO);
}

static void click(HWND control)
{
    RECT r;
    INPUT input[2];
    assert_true(GetWindowRect(control, &r));
    SetCursorPos((r.left + r.right) / 2, (r.top + r.bottom) / 2);
    pump_for(100);
    ZeroMemory(input, sizeof(input));
    input[0].type = input[1].type = INPUT_MOUSE;
    input[0].mi.dwFlags = MOUSEEVENTF_LEFTDOWN;
    input[1].mi.dwFlags = MOUSEEVENTF_LEFTUP;
    assert_int_equal(SendInput(2, input, sizeof(INPUT)), 2);
    pump_for(200);
}

static BOOL focus_is(const void *control)
{
    return focused_control() == (HWND)control;
}

/* A click on Lap records a lap and leaves the focus on Start/Pause: the next Space pauses. */
static void a_click_does_not_leave_the_focus_on_lap(void **state)
{
    int laps;
    (void)state;
    type_key(VK_SPACE, FALSE);
    assert_state_label(L"Pau&se");
    laps = lap_count();
    click(lap_button);
    assert_laps(laps + 1);
    if (!wait_until(focus_is, start_stop_button))
        fail_msg("the focus is on control %d", GetDlgCtrlID(focused_control()));
    type_key(VK_SPACE, FALSE);
    assert_state_label(L"Re&sume");
    assert_int_equal(lap_count(), laps + 1);
    type_key('R', FALSE);
    assert_display(ZERO);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(starts_at_zero_with_no_laps),
        cmocka_unit_test(space_starts_it),
        cmocka_unit_test(l_and_enter_record_laps),
        cmocka_unit_test(the_newest_lap_is_on_top),
        cmocka_unit_test(space_freezes_it),
        cmocka_unit_test(r_resets_it),
        cmocka_unit_test(delete_and_backspace_reset_too),
        cmocka_unit_test(holding_space_toggles_once),
        cmocka_unit_test(space_on_a_focused_button_toggles_once),
        cmocka_unit_test(a_button_tabbed_to_takes_space_and_enter),
        cmocka_unit_test(holding_an_access_key_acts_once),
        cmocka_unit_test(a_click_does_not_leave_the_focus_on_lap),
    };
    return cmocka_run_group_tests(tests, launch, shut_down_all);
}
