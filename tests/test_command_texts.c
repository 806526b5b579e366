/*
 * The one list of keys, in-process with the real main window and the program's own resources:
 * the accelerator table, the buttons' tooltips (on disabled buttons too), the F1 help and the
 * window menu agree, with the exact texts users have seen.
 */
#include <windows.h>
#include <commctrl.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <wchar.h>
#include <cmocka.h>

#include "test_main_window.h"

#include "commands.h"
#include "help_box.h"
#include "resource.h"

/* ---- The accelerator table, the tooltips, the help and the window menu agree ---------------- */

static void every_command_has_texts_and_every_key_a_command(void **state)
{
    ACCEL keys[64];
    int count = CopyAcceleratorTableW(the_app.accelerators, keys, 64), i;
    size_t j;
    (void)state;
    assert_true(count >= 9);
    for (i = 0; i < count; i++)
    {
        WCHAR name[64];
        assert_true(command_is_known(keys[i].cmd));
        assert_non_null(command_find(keys[i].cmd));
        command_text_key_name(&keys[i], name, 64);
        assert_true(name[0] != L'\0');
    }
    /* The core's commands and the shell's table are the same list, in the same order. */
    assert_int_equal(command_info_count, command_count);
    for (j = 0; j < command_count; j++)
        assert_int_equal(command_infos[j].command, command_ids[j]);
}

/* The text of the tooltip that `tooltip` shows for `button`. */
static void tooltip_text(HWND tooltip, HWND button, WCHAR *text, int size)
{
    TTTOOLINFOW tool;
    ZeroMemory(&tool, sizeof(tool));
    tool.cbSize = sizeof(tool);
    tool.hwnd = window;
    tool.uId = (UINT_PTR)button;
    tool.lpszText = text;
    text[0] = L'\0';
    SendMessageW(tooltip, TTM_GETTEXTW, (WPARAM)size, (LPARAM)&tool);
}

static BOOL CALLBACK find_tooltip(HWND candidate, LPARAM parameter)
{
    WCHAR class_name[64];
    TTTOOLINFOW tool;
    ZeroMemory(&tool, sizeof(tool));
    tool.cbSize = sizeof(tool);
    tool.hwnd = window;
    tool.uId = (UINT_PTR)GetDlgItem(window, IDM_START_STOP);
    /* The tooltip that has the buttons as its tools (the list view has one of its own). */
    if (GetClassNameW(candidate, class_name, 64) && wcscmp(class_name, TOOLTIPS_CLASSW) == 0 &&
        SendMessageW(candidate, TTM_GETTOOLINFOW, 0, (LPARAM)&tool))
    {
        *(HWND *)parameter = candidate;
        return FALSE;
    }
    return TRUE;
}

static void tooltips_help_and_menu_name_the_tables_keys(void **state)
{
    static const struct
    {
        UINT command;
        const WCHAR *tooltip;
    } buttons[] = {
        { IDM_START_STOP, L"Start, pause or resume the stopwatch (Space)" },
        { IDM_LAP, L"Record a lap while running (L or Enter)" },
        { IDM_RESET, L"Reset to zero while stopped (R, Delete or Backspace)" },
    };
    ACCEL keys[64];
    int count = CopyAcceleratorTableW(the_app.accelerators, keys, 64), i;
    HWND tooltip = NULL;
    WCHAR help[4096], text[256], menu_text[128];
    HMENU window_menu = GetSystemMenu(window, FALSE);
    size_t b;
    (void)state;

    EnumThreadWindows(GetCurrentThreadId(), find_tooltip, (LPARAM)&tooltip);
    assert_non_null(tooltip);
    help_box_text(the_app.accelerators, help, 4096);

    /* The texts 1.0 showed, now made from the table. */
    for (b = 0; b < sizeof(buttons) / sizeof(buttons[0]); b++)
    {
        tooltip_text(tooltip, GetDlgItem(window, (int)buttons[b].command), text, 256);
        if (wcscmp(text, buttons[b].tooltip) != 0)
            fail_msg("tooltip '%ls', expected '%ls'", text, buttons[b].tooltip);
    }
    /* A disabled button still has its tooltip: the tool is its rectangle on the window. */
    for (b = 0; b < sizeof(buttons) / sizeof(buttons[0]); b++)
    {
        HWND button = GetDlgItem(window, (int)buttons[b].command);
        TTHITTESTINFOW hit;
        RECT r;
        ZeroMemory(&hit, sizeof(hit));
        hit.ti.cbSize = sizeof(hit.ti);
        GetWindowRect(button, &r);
        MapWindowPoints(NULL, window, (POINT *)&r, 2);
        hit.hwnd = window;
        hit.pt.x = (r.left + r.right) / 2;
        hit.pt.y = (r.top + r.bottom) / 2;
        EnableWindow(button, FALSE);
        assert_true(SendMessageW(tooltip, TTM_HITTESTW, 0, (LPARAM)&hit));
        assert_true(hit.ti.uId == (UINT_PTR)button);
        EnableWindow(button, TRUE);
    }
    assert_non_null(wcsstr(help, L"Space: start, pause or resume\n"));
    assert_non_null(wcsstr(help, L"L or Enter: record a lap (while running)\n"));
    assert_non_null(wcsstr(help, L"R, Delete or Backspace: reset (while stopped)\n"));
    assert_non_null(wcsstr(help, L"Ctrl+C or Ctrl+Insert: copy the selected laps"));
    assert_non_null(wcsstr(help, L"Ctrl+Z: undo the last lap, or the last reset\n"));
    assert_non_null(wcsstr(help, L"F1: these keyboard shortcuts\n"));
    assert_non_null(wcsstr(help, L"Ctrl+1 \u2026 Ctrl+9: stopwatch 1 to 9\n"));
    assert_non_null(wcsstr(help, L"1 \u2026 9: a lap on stopwatch 1 to 9"));
    assert_non_null(wcsstr(help, L"Ctrl+Shift+Space: start every stopwatch"));
    assert_non_null(wcsstr(help, L"T: keep the window above the others, or not\n"));
    assert_true(GetMenuStringW(window_menu, IDM_HELP, menu_text, 128, MF_BYCOMMAND) > 0);
    assert_true(wcscmp(menu_text, L"&Keyboard shortcuts\tF1") == 0);
    assert_true(GetMenuStringW(window_menu, IDM_ABOUT, menu_text, 128, MF_BYCOMMAND) > 0);
    assert_true(wcscmp(menu_text, L"&About Lapwing") == 0);

    /* And in general: every key of the table is named by its command's tooltip (if it has a
     * button), by the help, and by its menu item (the first key, if it has one). */
    for (i = 0; i < count; i++)
    {
        const command_info *info = command_find(keys[i].cmd);
        WCHAR name[64];
        size_t place;
        /* A range's keys are named as one: "Ctrl+1 … Ctrl+9". */
        BOOL inside_range =
            (command_stopwatch_place(keys[i].cmd, IDM_SELECT_STOPWATCH_FIRST, &place) ||
             command_stopwatch_place(keys[i].cmd, IDM_LAP_STOPWATCH_FIRST, &place)) &&
            place != 0 && place != 8;

        command_text_key_name(&keys[i], name, 64);
        if (!inside_range && !wcsstr(help, name))
            fail_msg("the help does not name %ls", name);
        if (info->tooltip)
        {
            tooltip_text(tooltip, GetDlgItem(window, (int)keys[i].cmd), text, 256);
            if (!wcsstr(text, name))
                fail_msg("the tooltip '%ls' does not name %ls", text, name);
        }
        if (info->menus & IN_WINDOW_MENU)
        {
            assert_true(GetMenuStringW(window_menu, keys[i].cmd, menu_text, 128, MF_BYCOMMAND) > 0);
            assert_non_null(wcschr(menu_text, L'\t'));
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_command_has_texts_and_every_key_a_command),
        cmocka_unit_test(tooltips_help_and_menu_name_the_tables_keys),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
