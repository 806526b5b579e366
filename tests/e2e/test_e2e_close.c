/*
 * End to end, closing: WM_CLOSE while the stopwatch runs ends Lapwing with exit code 0.
 * See driver.h for how the driver works.
 */
#include "driver.h"

static void closing_while_running_exits_with_code_0(void **state)
{
    DWORD exit_code = 1;
    (void)state;
    type_key(VK_SPACE, FALSE);
    assert_true(wait_until(display_is_not, ZERO));
    PostMessageW(main_window, WM_CLOSE, 0, 0);
    assert_int_equal(WaitForSingleObject(lapwing.hProcess, 10000), WAIT_OBJECT_0);
    assert_true(GetExitCodeProcess(lapwing.hProcess, &exit_code));
    assert_int_equal(exit_code, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(closing_while_running_exits_with_code_0),
    };
    return cmocka_run_group_tests(tests, launch, shut_down_all);
}
