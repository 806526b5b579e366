/*
 * The one command path, in-process with the real main window and the program's own resources
 * (lapwing.rc is linked into this test):
 *  - every message that carries a command maps to its IDM_ id, and nothing else does;
 *  - every command, from every source (a button's click, an accelerator, a taskbar thumbnail
 *    button, the window menu, a hotkey), reaches the one execute function and does its work;
 *  - the taskbar's glyphs are drawn and its button's message is handled.
 * The texts that name the keys: test_command_texts.c.
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

#include "test_clipboard.h"
#include "test_main_window.h"

#include "commands.h"
#include "help_box.h"
#include "resource.h"
#include "taskbar.h"
#include "windows_functions.h"

/* ---- Messages to commands ------------------------------------------------------------------ */

static void messages_that_carry_a_command_map_to_its_id(void **state)
{
    size_t i;
    UINT command;
    (void)state;
    for (i = 0; i < command_count; i++)
    {
        UINT id = command_ids[i];

        command = 0;
        assert_true(command_from_message(WM_COMMAND, MAKEWPARAM(id, BN_CLICKED), 0, &command));
        assert_int_equal(command, id);
        command = 0;
        assert_true(command_from_message(WM_COMMAND, MAKEWPARAM(id, 1), 0, &command));
        assert_int_equal(command, id);
        command = 0;
        assert_true(command_from_message(WM_COMMAND, MAKEWPARAM(id, THBN_CLICKED), 0, &command));
        assert_int_equal(command, id);
        /* The window menu: Windows may set the low four bits; an accelerator sets HIWORD 1. */
        command = 0;
        assert_true(command_from_message(WM_SYSCOMMAND, id | 0x3, 0, &command));
        assert_int_equal(command, id);
        command = 0;
        assert_true(command_from_message(WM_SYSCOMMAND, MAKEWPARAM(id, 1), 0, &command));
        assert_int_equal(command, id);
        command = 0;
        assert_true(command_from_message(WM_HOTKEY, id, 0, &command));
        assert_int_equal(command, id);

        /* Notifications that are not clicks carry no command. */
        assert_false(command_from_message(WM_COMMAND, MAKEWPARAM(id, BN_SETFOCUS), 0, &command));
        assert_false(command_from_message(WM_COMMAND, MAKEWPARAM(id, EN_CHANGE), 0, &command));
        assert_false(command_from_message(WM_KEYDOWN, id, 0, &command));
    }
    /* Windows' own window-menu commands, unknown ids, the system hotkeys: not ours. */
    assert_false(command_from_message(WM_SYSCOMMAND, SC_CLOSE, 0, &command));
    assert_false(command_from_message(WM_SYSCOMMAND, SC_KEYMENU, 0, &command));
    assert_false(command_from_message(WM_COMMAND, MAKEWPARAM(IDC_LAP_LIST, 0), 0, &command));
    assert_false(command_from_message(WM_COMMAND, MAKEWPARAM(0x0FF0, 0), 0, &command));
    assert_false(command_from_message(WM_HOTKEY, (WPARAM)IDHOT_SNAPDESKTOP, 0, &command));
}

/* ---- Every source reaches the execute function --------------------------------------------- */

typedef struct source
{
    const char *name;
    UINT message;
    WPARAM (*wparam)(UINT command);
} source;

static WPARAM button_click(UINT command) { return MAKEWPARAM(command, BN_CLICKED); }
static WPARAM accelerator(UINT command) { return MAKEWPARAM(command, 1); }
static WPARAM thumbnail_button(UINT command) { return MAKEWPARAM(command, THBN_CLICKED); }
static WPARAM window_menu(UINT command) { return (WPARAM)command; }
static WPARAM hotkey_message(UINT command) { return (WPARAM)command; }

static const source sources[] = {
    { "button", WM_COMMAND, button_click },
    { "accelerator", WM_COMMAND, accelerator },
    { "thumbnail button", WM_COMMAND, thumbnail_button },
    { "window menu", WM_SYSCOMMAND, window_menu },
    { "hotkey", WM_HOTKEY, hotkey_message },
};
#define SOURCE_COUNT (sizeof(sources) / sizeof(sources[0]))

static void send_command(const source *from, UINT command)
{
    LPARAM control = 0;

    if (from->message == WM_COMMAND && HIWORD(from->wparam(command)) == BN_CLICKED)
        control = (LPARAM)GetDlgItem(window, (int)command);
    SendMessageW(window, from->message, from->wparam(command), control);
}

static stopwatch_snapshot now_shown(void)
{
    stopwatch_snapshot snapshot;
    shared_stopwatch_snapshot(&the_app.shared, &snapshot);
    return snapshot;
}

static void window_text_is(HWND control, const WCHAR *expected)
{
    WCHAR text[128];
    GetWindowTextW(control, text, 128);
    if (wcscmp(text, expected) != 0)
        fail_msg("'%ls' where '%ls' was expected", text, expected);
}

/* The lap list's item count, once it has caught up (while running, laps reach the list on the
 * next frame); -1 when it did not reach `expected` within 10 s. */
static int list_count_becomes(int expected)
{
    HWND list = GetDlgItem(window, IDC_LAP_LIST);
    ULONGLONG deadline = GetTickCount64() + 10000;
    int count;

    while ((count = ListView_GetItemCount(list)) != expected)
    {
        if (GetTickCount64() > deadline)
            return -1;
        pump_for(20);
    }
    return count;
}

static void start_stop_lap_and_reset_from_every_source(void **state)
{
    HWND start_stop = GetDlgItem(window, IDM_START_STOP);
    size_t i;
    (void)state;
    assert_non_null(start_stop);
    assert_int_equal(now_shown().state, STOPWATCH_STOPPED);
    for (i = 0; i < SOURCE_COUNT; i++)
    {
        print_message("from the %s\n", sources[i].name);
        send_command(&sources[i], IDM_START_STOP);
        assert_int_equal(now_shown().state, STOPWATCH_RUNNING);
        window_text_is(start_stop, L"Pau&se");

        send_command(&sources[i], IDM_LAP);
        assert_int_equal(now_shown().lap_count, 1);
        assert_int_equal(list_count_becomes(1), 1);

        send_command(&sources[i], IDM_START_STOP);
        assert_int_equal(now_shown().state, STOPWATCH_PAUSED);
        window_text_is(start_stop, L"Re&sume");

        send_command(&sources[i], IDM_RESET);
        assert_int_equal(now_shown().state, STOPWATCH_STOPPED);
        assert_int_equal(now_shown().lap_count, 0);
        assert_int_equal(list_count_becomes(0), 0);
        window_text_is(start_stop, L"&Start");
    }
}

static void copy_from_every_source(void **state)
{
    size_t i;
    (void)state;
    for (i = 0; i < SOURCE_COUNT; i++)
    {
        WCHAR *text;

        print_message("from the %s\n", sources[i].name);
        assert_true(test_clipboard_empty(NULL));
        send_command(&sources[i], IDM_COPY);
        text = test_clipboard_text(NULL);
        assert_non_null(text);
        assert_true(wcscmp(text, L"00:00:00.00") == 0); /* no laps: the time shown */
        free(text);
    }
}

/* About is modal: a watcher thread finds the help box this thread opens, notes it and closes
 * it, while this thread is inside the box's message loop. */
typedef struct box_watch
{
    DWORD ui_thread;
    volatile LONG seen;
    volatile LONG stop;
} box_watch;

static BOOL CALLBACK close_help_box(HWND candidate, LPARAM parameter)
{
    box_watch *watch = (box_watch *)parameter;
    WCHAR class_name[16];

    if (GetClassNameW(candidate, class_name, 16) && wcscmp(class_name, L"#32770") == 0 &&
        IsWindowVisible(candidate))
    {
        InterlockedIncrement(&watch->seen);
        PostMessageW(candidate, WM_COMMAND, IDOK, 0);
        return FALSE;
    }
    return TRUE;
}

static DWORD WINAPI watch_for_help_box(void *parameter)
{
    box_watch *watch = parameter;
    while (!InterlockedCompareExchange(&watch->stop, 0, 0))
    {
        EnumThreadWindows(watch->ui_thread, close_help_box, (LPARAM)watch);
        Sleep(20); /* a watcher's poll interval, not a wait for a result */
    }
    return 0;
}

static void about_from_every_source_opens_the_help(void **state)
{
    box_watch watch = { GetCurrentThreadId(), 0, 0 };
    HANDLE watcher = CreateThread(NULL, 0, watch_for_help_box, &watch, 0, NULL);
    size_t i;
    (void)state;
    assert_non_null(watcher);
    for (i = 0; i < SOURCE_COUNT; i++)
    {
        LONG before = watch.seen;
        print_message("from the %s\n", sources[i].name);
        /* Returns once the watcher has closed the box (the box's loop runs in here). */
        send_command(&sources[i], IDM_ABOUT);
        assert_true(watch.seen > before);
        /* And the keyboard shortcuts window (F1). */
        before = watch.seen;
        send_command(&sources[i], IDM_HELP);
        assert_true(watch.seen > before);
    }
    InterlockedExchange(&watch.stop, 1);
    WaitForSingleObject(watcher, INFINITE);
    CloseHandle(watcher);
}

static void clicks_that_are_not_commands_do_nothing(void **state)
{
    (void)state;
    assert_int_equal(now_shown().state, STOPWATCH_STOPPED);
    SendMessageW(window, WM_COMMAND, MAKEWPARAM(IDM_START_STOP, BN_SETFOCUS),
                 (LPARAM)GetDlgItem(window, IDM_START_STOP));
    SendMessageW(window, WM_COMMAND, MAKEWPARAM(IDM_START_STOP + 1, 0), 0);
    assert_int_equal(now_shown().state, STOPWATCH_STOPPED);
}

/* The glyphs of the thumbnail buttons: an icon of the size asked for, opaque in the middle
 * (the glyph) and clear in the corner. */
static void the_taskbar_glyphs_are_drawn(void **state)
{
    int glyph;
    (void)state;
    for (glyph = GLYPH_START; glyph <= GLYPH_RESET; glyph++)
    {
        HICON icon = taskbar_draw_glyph((enum taskbar_glyph)glyph, 16, RGB(255, 255, 255),
                                        CLR_INVALID);
        ICONINFO info;
        BITMAP bitmap;
        HDC dc = CreateCompatibleDC(NULL);
        HGDIOBJ old;

        assert_non_null(icon);
        assert_true(GetIconInfo(icon, &info));
        assert_true(GetObjectW(info.hbmMask, sizeof(bitmap), &bitmap));
        assert_int_equal(bitmap.bmWidth, 16);
        old = SelectObject(dc, info.hbmMask);
        /* AND mask: 0 where the glyph shows, 1 where the background shows through. */
        assert_int_equal(GetPixel(dc, 0, 0) & 0xFFFFFF, 0xFFFFFF);
        assert_int_equal(GetPixel(dc, 6, 8) & 0xFFFFFF, 0);
        SelectObject(dc, old);
        DeleteDC(dc);
        DeleteObject(info.hbmMask);
        DeleteObject(info.hbmColor);
        DestroyIcon(icon);
    }
}

/* When the taskbar button exists the extras are set up (or quietly not, where the shell lacks
 * them), and its thumbnail buttons' clicks take the command path like any other. */
static void the_taskbar_button_message_is_handled(void **state)
{
    UINT created = RegisterWindowMessageW(L"TaskbarButtonCreated");
    stopwatch_state before = now_shown().state;
    (void)state;
    assert_int_equal(SendMessageW(window, created, 0, 0), 0);
    SendMessageW(window, WM_COMMAND, MAKEWPARAM(IDM_START_STOP, THBN_CLICKED), 0);
    assert_int_not_equal(now_shown().state, before);
    SendMessageW(window, WM_COMMAND, MAKEWPARAM(IDM_START_STOP, THBN_CLICKED), 0);
    assert_int_not_equal(now_shown().state, STOPWATCH_RUNNING);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(messages_that_carry_a_command_map_to_its_id),
        cmocka_unit_test(start_stop_lap_and_reset_from_every_source),
        cmocka_unit_test(copy_from_every_source),
        cmocka_unit_test(about_from_every_source_opens_the_help),
        cmocka_unit_test(clicks_that_are_not_commands_do_nothing),
        cmocka_unit_test(the_taskbar_glyphs_are_drawn),
        cmocka_unit_test(the_taskbar_button_message_is_handled),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
