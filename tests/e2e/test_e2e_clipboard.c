/*
 * End to end, the clipboard: Ctrl+C copies the laps as tab-separated text with a header row,
 * and with no laps the time shown. See driver.h for how the driver works.
 */
#include "driver.h"

#include "test_clipboard.h"

/* Field `n` (0 = the first) of a tab-separated line, into `field`. */
static const WCHAR *nth_field(const WCHAR *line, int n, WCHAR *field, size_t size)
{
    const WCHAR *end;
    size_t length;

    for (; n > 0 && line; n--)
        line = wcschr(line, L'\t') ? wcschr(line, L'\t') + 1 : NULL;
    if (!line)
        return L"";
    end = wcschr(line, L'\t');
    length = end ? (size_t)(end - line) : wcslen(line);
    if (length >= size)
        length = size - 1;
    wmemcpy(field, line, length);
    field[length] = L'\0';
    return field;
}

static void three_laps_then_stopped(void **state)
{
    (void)state;
    assert_display(ZERO);
    type_key(VK_SPACE, FALSE);
    assert_true(wait_until(display_is_not, ZERO));
    type_key('L', FALSE);
    assert_laps(1);
    pump_for(100);
    type_key('L', FALSE);
    assert_laps(2);
    type_key(VK_RETURN, FALSE);
    assert_laps(3);
    type_key(VK_SPACE, FALSE);
    assert_state_label(L"Re&sume");
}

static void ctrl_c_copies_the_laps(void **state)
{
    WCHAR shown[64], total[64], *text = NULL, *line, *last_line = NULL, *context = NULL;
    int lines = 0;
    (void)state;
    window_text(display, shown, 64);
    assert_true(test_clipboard_empty(driver_window));
    type_key('C', TRUE);
    text = test_clipboard_text(driver_window);
    assert_non_null(text);
    assert_true(wcsncmp(text, L"#\tLap\tTotal\t\x0394\tNote\tCorrection\r\n", 31) == 0);
    /* Every line ends in CR LF; cut them apart and keep the last. */
    for (line = text; (context = wcsstr(line, L"\r\n")) != NULL; line = context + 2)
    {
        *context = L'\0';
        lines++;
        last_line = line;
    }
    assert_int_equal(*line, L'\0'); /* nothing after the last CR LF */
    assert_int_equal(lines, 4); /* header + 3 laps */
    /* The third lap's total cannot be later than the time the display froze at. */
    assert_true(wcsncmp(last_line, L"3\t", 2) == 0);
    assert_true(wcscmp(nth_field(last_line, 2, total, 64), shown) <= 0);
    free(text);
}

static void with_no_laps_ctrl_c_copies_the_time_shown(void **state)
{
    WCHAR shown[64], *text;
    (void)state;
    type_key('R', FALSE);
    assert_laps(0);
    type_key(VK_SPACE, FALSE);
    assert_true(wait_until(display_is_not, ZERO));
    type_key(VK_SPACE, FALSE);
    assert_state_label(L"Re&sume");
    window_text(display, shown, 64);
    assert_true(test_clipboard_empty(driver_window));
    type_key(VK_INSERT, TRUE); /* Ctrl+Insert, the other copy key */
    text = test_clipboard_text(driver_window);
    assert_non_null(text);
    assert_true(wcscmp(text, shown) == 0);
    free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(three_laps_then_stopped),
        cmocka_unit_test(ctrl_c_copies_the_laps),
        cmocka_unit_test(with_no_laps_ctrl_c_copies_the_time_shown),
    };
    return cmocka_run_group_tests(tests, launch, shut_down_all);
}
