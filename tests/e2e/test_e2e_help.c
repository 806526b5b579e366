/*
 * End to end, the help: F1 opens the keyboard shortcuts (a list of every key, the version and
 * where the laps are saved); About Lapwing in the window menu (Alt+Space) names the version.
 * See driver.h for how the driver works.
 */
#include "driver.h"

#include "version.h"

static BOOL CALLBACK find_version_text(HWND child, LPARAM parameter)
{
    WCHAR text[1024];
    window_text(child, text, 1024);
    if (wcsstr(text, LAPWING_VERSION_WSTRING))
    {
        *(BOOL *)parameter = TRUE;
        return FALSE;
    }
    return TRUE;
}

typedef struct found_box
{
    HWND box;
} found_box;

static BOOL help_box_open(const void *argument)
{
    found_box *found = (found_box *)argument;
    found->box = lapwing_dialog();
    return found->box != NULL;
}

static BOOL help_box_closed(const void *argument)
{
    return !help_box_open(argument);
}

/* A box of Lapwing's is open and names the version (and, with `keys`, lists at least that
 * many keys); then it is closed with OK. */
static void assert_help_opens_then_close_it(int keys)
{
    found_box found = { NULL };
    BOOL has_version = FALSE;

    assert_true(wait_until(help_box_open, &found));
    EnumChildWindows(found.box, find_version_text, (LPARAM)&has_version);
    assert_true(has_version);
    if (keys)
    {
        HWND list = FindWindowExW(found.box, NULL, L"SysListView32", NULL);
        assert_non_null(list);
        assert_true(SendMessageW(list, LVM_GETITEMCOUNT, 0, 0) >= keys);
    }
    PostMessageW(found.box, WM_COMMAND, IDOK, 0);
    assert_true(wait_until(help_box_closed, &found));
    SetForegroundWindow(main_window);
}

static void f1_shows_help_with_the_version(void **state)
{
    (void)state;
    type_key(VK_F1, FALSE);
    assert_help_opens_then_close_it(15);
}

static void the_window_menu_opens_about(void **state)
{
    (void)state;
    assert_true(wait_until(is_foreground, main_window));
    /* Alt+Space opens the window menu; About Lapwing is its last item, one Up from the first
     * (its mnemonic A is taken by "About Wine" under Wine). */
    key_event(VK_MENU, FALSE);
    key_event(VK_SPACE, FALSE);
    key_event(VK_SPACE, TRUE);
    key_event(VK_MENU, TRUE);
    pump_for(300);
    key_event(VK_UP, FALSE);
    key_event(VK_UP, TRUE);
    pump_for(100);
    key_event(VK_RETURN, FALSE);
    key_event(VK_RETURN, TRUE);
    assert_help_opens_then_close_it(0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(f1_shows_help_with_the_version),
        cmocka_unit_test(the_window_menu_opens_about),
    };
    return cmocka_run_group_tests(tests, launch, shut_down_all);
}
