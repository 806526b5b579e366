/*
 * End to end, correcting the time (Ctrl+E, "I forgot to start it"): a time set on a stopwatch
 * at zero, an amount taken away, Ctrl+Z taking the correction back, a text that is not a time
 * said in the dialog (which stays open), and a running stopwatch set forward that runs on from
 * the new time. See driver.h for how the driver works.
 */
#include "driver.h"

#include "resource.h"

static BOOL a_dialog_is_open(const void *expected)
{
    return (lapwing_dialog() != NULL) == *(const BOOL *)expected;
}

/* A key pressed and released in whatever has the focus (a dialog of Lapwing's). */
static void press(WORD key)
{
    key_event(key, FALSE);
    key_event(key, TRUE);
    pump_for(150);
}

static BOOL status_contains(const void *part)
{
    WCHAR text[512];

    window_text(GetDlgItem(main_window, IDC_STATUS), text, 512);
    return wcsstr(text, (const WCHAR *)part) != NULL;
}

static BOOL display_at_least(const void *prefix)
{
    WCHAR text[64];

    window_text(display, text, 64);
    return wcscmp(text, (const WCHAR *)prefix) >= 0;
}

/* Opens the dialog; `add` chooses "Add or take away" (Alt+A); types `value` and OK. */
static void correct(BOOL add, const WCHAR *value)
{
    BOOL open = TRUE, closed = FALSE;

    SetForegroundWindow(main_window);
    assert_true(wait_until(is_foreground, main_window));
    type_key('E', TRUE);
    assert_true(wait_until(a_dialog_is_open, &open));
    pump_for(300);
    if (add)
    {
        key_event(VK_MENU, FALSE);
        press('A');
        key_event(VK_MENU, TRUE);
        /* Alt+A chose the choice; Alt+T back to the value, which now reads "+". */
        key_event(VK_MENU, FALSE);
        press('T');
        key_event(VK_MENU, TRUE);
        press(VK_END);
        press(VK_BACK);
    }
    type_text(value);
    press(VK_RETURN);
    assert_true(wait_until(a_dialog_is_open, &closed));
}

static void a_time_set_on_a_stopwatch_at_zero(void **state)
{
    (void)state;
    assert_display(ZERO);
    correct(FALSE, L"12:30");
    assert_display(L"00:12:30.00");
    assert_state_label(L"Re&sume"); /* "I forgot to start it": resume from there */
    assert_true(wait_until(status_contains, L"corrected by +12:30.00"));
}

static void an_amount_taken_away_and_undone(void **state)
{
    (void)state;
    correct(TRUE, L"-5s");
    assert_display(L"00:12:25.00");
    assert_true(wait_until(status_contains, L"\x2212" L"5.00"));
    type_key('Z', TRUE);
    assert_display(L"00:12:30.00");
    assert_true(wait_until(status_contains, L"Undid the correction"));
}

static void a_text_that_is_not_a_time_is_said_in_the_dialog(void **state)
{
    BOOL open = TRUE, closed = FALSE;
    HWND dialog;
    WCHAR text[256];
    (void)state;
    SetForegroundWindow(main_window);
    assert_true(wait_until(is_foreground, main_window));
    type_key('E', TRUE);
    assert_true(wait_until(a_dialog_is_open, &open));
    pump_for(300);
    type_text(L"1:75:00");
    press(VK_RETURN);
    pump_for(300);
    dialog = lapwing_dialog();
    assert_non_null(dialog); /* still open */
    window_text(GetDlgItem(dialog, IDC_SET_TIME_ERROR), text, 256);
    assert_non_null(wcsstr(text, L"59"));
    press(VK_ESCAPE);
    assert_true(wait_until(a_dialog_is_open, &closed));
    assert_display(L"00:12:30.00");
}

static void a_running_stopwatch_runs_on_from_the_new_time(void **state)
{
    (void)state;
    type_key(VK_SPACE, FALSE);
    assert_state_label(L"Pau&se");
    correct(FALSE, L"1:00:00");
    assert_true(wait_until(display_at_least, L"01:00:00.00"));
    assert_state_label(L"Pau&se");
    assert_true(wait_until(display_at_least, L"01:00:00.30")); /* still counting */
    type_key(VK_SPACE, FALSE);
    assert_state_label(L"Re&sume");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_time_set_on_a_stopwatch_at_zero),
        cmocka_unit_test(an_amount_taken_away_and_undone),
        cmocka_unit_test(a_text_that_is_not_a_time_is_said_in_the_dialog),
        cmocka_unit_test(a_running_stopwatch_runs_on_from_the_new_time),
    };
    return cmocka_run_group_tests(tests, launch, shut_down_all);
}
