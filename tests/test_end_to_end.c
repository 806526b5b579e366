/*
 * End to end: this driver launches lapwing.exe (from its own folder), types at it with real
 * keystrokes (SendInput), and reads it the way a screen reader does: WM_GETTEXT on the time
 * display, the item count of the standard list view, the focus through GetGUIThreadInfo.
 *
 * The tests run in order against one Lapwing process. Every wait is a poll with a generous
 * deadline, so a loaded machine makes the run slower, not red.
 */
#include <windows.h>
#include <commctrl.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <cmocka.h>

#include "test_messages.h"

#include "resource.h"
#include "version.h"

#define ZERO L"00:00:00.00"
#define DEADLINE_MS 10000

static PROCESS_INFORMATION app;
static HWND main_window, display, lap_list, start_stop_button, lap_button, reset_button;
static HWND driver_window;

/* ---- Waiting and reading ----------------------------------------------------------------- */

static void window_text(HWND window, WCHAR *text, int size)
{
    DWORD_PTR result = 0;
    text[0] = L'\0';
    SendMessageTimeoutW(window, WM_GETTEXT, (WPARAM)size, (LPARAM)text, SMTO_ABORTIFHUNG, 5000,
                        &result);
}

static int lap_count(void)
{
    DWORD_PTR count = (DWORD_PTR)-1;
    SendMessageTimeoutW(lap_list, LVM_GETITEMCOUNT, 0, 0, SMTO_ABORTIFHUNG, 5000, &count);
    return (int)count;
}

/* A cell of the lap list, read across processes the way accessibility tools do: the LVITEM
 * and its text buffer live in Lapwing's address space. */
static BOOL lap_list_cell(int row, int column, WCHAR *text, int size)
{
    struct remote
    {
        LVITEMW item;
        WCHAR text[64];
    } local, *remote;
    DWORD_PTR length = 0;
    BOOL done = FALSE;

    remote = VirtualAllocEx(app.hProcess, NULL, sizeof(local), MEM_COMMIT, PAGE_READWRITE);
    if (!remote)
        return FALSE;
    ZeroMemory(&local, sizeof(local));
    local.item.mask = LVIF_TEXT;
    local.item.iSubItem = column;
    local.item.pszText = remote->text;
    local.item.cchTextMax = 64;
    if (WriteProcessMemory(app.hProcess, remote, &local, sizeof(local), NULL) &&
        SendMessageTimeoutW(lap_list, LVM_GETITEMTEXTW, (WPARAM)row, (LPARAM)&remote->item,
                            SMTO_ABORTIFHUNG, 5000, &length) &&
        ReadProcessMemory(app.hProcess, remote, &local, sizeof(local), NULL))
    {
        local.text[63] = L'\0';
        lstrcpynW(text, local.text, size);
        done = TRUE;
    }
    VirtualFreeEx(app.hProcess, remote, 0, MEM_RELEASE);
    return done;
}

typedef BOOL (*condition)(const void *argument);

static BOOL wait_until(condition test, const void *argument)
{
    ULONGLONG deadline = GetTickCount64() + DEADLINE_MS;
    while (!test(argument))
    {
        if (GetTickCount64() > deadline)
            return FALSE;
        pump_for(20);
    }
    return TRUE;
}

static BOOL display_is(const void *expected)
{
    WCHAR text[64];
    window_text(display, text, 64);
    return wcscmp(text, expected) == 0;
}

static BOOL display_is_not(const void *unexpected)
{
    return !display_is(unexpected);
}

static BOOL lap_count_is(const void *expected)
{
    return lap_count() == *(const int *)expected;
}

static BOOL button_text_is(const void *expected)
{
    WCHAR text[64];
    window_text(start_stop_button, text, 64);
    return wcscmp(text, expected) == 0;
}

static BOOL is_foreground(const void *window)
{
    return GetForegroundWindow() == (HWND)window;
}

#define assert_display(text) assert_true(wait_until(display_is, (text)))
#define assert_laps(n)                                                                          \
    do                                                                                          \
    {                                                                                           \
        int expected_ = (n);                                                                    \
        assert_true(wait_until(lap_count_is, &expected_));                                      \
    } while (0)
#define assert_state_label(text) assert_true(wait_until(button_text_is, (text)))

/* ---- Typing ------------------------------------------------------------------------------ */

static void key_event(WORD key, BOOL up)
{
    INPUT input;
    ZeroMemory(&input, sizeof(input));
    input.type = INPUT_KEYBOARD;
    input.ki.wVk = key;
    input.ki.wScan = (WORD)MapVirtualKeyW(key, MAPVK_VK_TO_VSC);
    input.ki.dwFlags = up ? KEYEVENTF_KEYUP : 0;
    assert_int_equal(SendInput(1, &input, sizeof(input)), 1);
}

/* Presses and releases `key` (with Ctrl if asked), then lets Lapwing process it. */
static void type_key(WORD key, BOOL control)
{
    assert_true(wait_until(is_foreground, main_window));
    if (control)
        key_event(VK_CONTROL, FALSE);
    key_event(key, FALSE);
    key_event(key, TRUE);
    if (control)
        key_event(VK_CONTROL, TRUE);
    pump_for(150);
}

static HWND focused_control(void)
{
    GUITHREADINFO info;
    ZeroMemory(&info, sizeof(info));
    info.cbSize = sizeof(info);
    if (!GetGUIThreadInfo(app.dwThreadId, &info))
        return NULL;
    return info.hwndFocus;
}

/* ---- Launch and shutdown ----------------------------------------------------------------- */

static BOOL CALLBACK find_main_window(HWND window, LPARAM parameter)
{
    WCHAR class_name[64];
    DWORD process = 0;
    (void)parameter;
    GetWindowThreadProcessId(window, &process);
    if (process == app.dwProcessId && GetClassNameW(window, class_name, 64) &&
        wcscmp(class_name, L"LapwingMainWindow") == 0 && IsWindowVisible(window))
    {
        main_window = window;
        return FALSE;
    }
    return TRUE;
}

static int launch(void **state)
{
    WCHAR path[MAX_PATH], *slash;
    STARTUPINFOW startup;
    ULONGLONG deadline;
    (void)state;

    /* A window of our own for the whole run keeps the Wine session (and its desktop) alive. */
    driver_window = CreateWindowExW(WS_EX_TOOLWINDOW | WS_EX_NOACTIVATE, L"STATIC", L"e2e driver",
                                    WS_POPUP | WS_VISIBLE, 0, 0, 1, 1, NULL, NULL, NULL, NULL);

    GetModuleFileNameW(NULL, path, MAX_PATH);
    slash = wcsrchr(path, L'\\');
    if (!slash)
        return -1;
    wcscpy(slash + 1, L"lapwing.exe");
    ZeroMemory(&startup, sizeof(startup));
    startup.cb = sizeof(startup);
    if (!CreateProcessW(path, NULL, NULL, NULL, FALSE, 0, NULL, NULL, &startup, &app))
    {
        fprintf(stderr, "cannot start %ls: error %lu\n", path, GetLastError());
        return -1;
    }
    WaitForInputIdle(app.hProcess, 10000);
    deadline = GetTickCount64() + 20000;
    while (!main_window && GetTickCount64() < deadline)
    {
        EnumWindows(find_main_window, 0);
        if (!main_window)
            pump_for(50);
    }
    if (!main_window)
    {
        fprintf(stderr, "Lapwing's window did not appear\n");
        return -1;
    }
    display = GetDlgItem(main_window, IDC_TIME_DISPLAY);
    lap_list = GetDlgItem(main_window, IDC_LAP_LIST);
    start_stop_button = GetDlgItem(main_window, IDM_START_STOP);
    lap_button = GetDlgItem(main_window, IDM_LAP);
    reset_button = GetDlgItem(main_window, IDM_RESET);
    if (!display || !lap_list || !start_stop_button || !lap_button || !reset_button)
    {
        fprintf(stderr, "Lapwing's controls were not found by their IDs\n");
        return -1;
    }
    SetForegroundWindow(main_window);
    if (!wait_until(is_foreground, main_window))
    {
        fprintf(stderr, "Lapwing's window did not come to the foreground\n");
        return -1;
    }
    return 0;
}

static int shut_down(void **state)
{
    (void)state;
    if (app.hProcess)
    {
        if (WaitForSingleObject(app.hProcess, 0) == WAIT_TIMEOUT)
        {
            PostMessageW(main_window, WM_CLOSE, 0, 0);
            if (WaitForSingleObject(app.hProcess, 10000) == WAIT_TIMEOUT)
                TerminateProcess(app.hProcess, 1);
        }
        CloseHandle(app.hProcess);
        CloseHandle(app.hThread);
    }
    if (driver_window)
        DestroyWindow(driver_window);
    return 0;
}

/* ---- The tests, in order ----------------------------------------------------------------- */

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
    assert_state_label(L"&Stop");
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

static void ctrl_c_copies_the_laps(void **state)
{
    WCHAR shown[64], *text = NULL, *line, *last_line = NULL, *context = NULL;
    HANDLE data;
    int lines = 0, attempt;
    (void)state;
    window_text(display, shown, 64);
    if (OpenClipboard(driver_window))
    {
        EmptyClipboard();
        CloseClipboard();
    }
    type_key('C', TRUE);
    for (attempt = 0; attempt < 100 && !text; attempt++)
    {
        if (OpenClipboard(driver_window))
        {
            data = GetClipboardData(CF_UNICODETEXT);
            if (data)
            {
                WCHAR *locked = GlobalLock(data);
                if (locked)
                {
                    text = _wcsdup(locked);
                    GlobalUnlock(data);
                }
            }
            CloseClipboard();
        }
        if (!text)
            pump_for(50);
    }
    assert_non_null(text);
    assert_true(wcsncmp(text, L"#\tLap\tTotal\r\n", 13) == 0);
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
    assert_true(wcscmp(wcsrchr(last_line, L'\t') + 1, shown) <= 0);
    free(text);
}

static void f1_shows_help_with_the_version(void **state);

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
    assert_state_label(L"&Stop");
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
    assert_state_label(L"&Stop"); /* resumed once, not resumed and stopped again */
    type_key(VK_SPACE, FALSE);
    assert_state_label(L"Re&sume");
    /* The same with the focus on the lap list. */
    for (tabs = 0; tabs < 6 && focused_control() != lap_list; tabs++)
        type_key(VK_TAB, FALSE);
    assert_ptr_equal(focused_control(), lap_list);
    type_key(VK_SPACE, FALSE);
    assert_state_label(L"&Stop");
    type_key(VK_SPACE, FALSE);
    assert_state_label(L"Re&sume");
    type_key('R', FALSE);
    assert_display(ZERO);
}

typedef struct found_box
{
    HWND box;
} found_box;

static BOOL CALLBACK find_help_box(HWND window, LPARAM parameter)
{
    WCHAR class_name[16];
    DWORD process = 0;
    GetWindowThreadProcessId(window, &process);
    if (process == app.dwProcessId && GetClassNameW(window, class_name, 16) &&
        wcscmp(class_name, L"#32770") == 0 && IsWindowVisible(window))
    {
        ((found_box *)parameter)->box = window;
        return FALSE;
    }
    return TRUE;
}

static BOOL CALLBACK find_version_text(HWND child, LPARAM parameter)
{
    WCHAR text[1024];
    window_text(child, text, 1024);
    if (wcsstr(text, LAPWING_VERSION_WSTRING) && wcsstr(text, L"Space"))
    {
        *(BOOL *)parameter = TRUE;
        return FALSE;
    }
    return TRUE;
}

static BOOL help_box_open(const void *argument)
{
    found_box *found = (found_box *)argument;
    found->box = NULL;
    EnumWindows(find_help_box, (LPARAM)found);
    return found->box != NULL;
}

static BOOL help_box_closed(const void *argument)
{
    return !help_box_open(argument);
}

static void f1_shows_help_with_the_version(void **state)
{
    found_box found = { NULL };
    BOOL has_version = FALSE;
    (void)state;
    type_key(VK_F1, FALSE);
    assert_true(wait_until(help_box_open, &found));
    EnumChildWindows(found.box, find_version_text, (LPARAM)&has_version);
    assert_true(has_version);
    PostMessageW(found.box, WM_COMMAND, IDOK, 0);
    assert_true(wait_until(help_box_closed, &found));
    SetForegroundWindow(main_window);
}

static void closing_while_running_exits_with_code_0(void **state)
{
    DWORD exit_code = 1;
    (void)state;
    type_key(VK_SPACE, FALSE);
    assert_true(wait_until(display_is_not, ZERO));
    PostMessageW(main_window, WM_CLOSE, 0, 0);
    assert_int_equal(WaitForSingleObject(app.hProcess, 10000), WAIT_OBJECT_0);
    assert_true(GetExitCodeProcess(app.hProcess, &exit_code));
    assert_int_equal(exit_code, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(starts_at_zero_with_no_laps),
        cmocka_unit_test(space_starts_it),
        cmocka_unit_test(l_and_enter_record_laps),
        cmocka_unit_test(the_newest_lap_is_on_top),
        cmocka_unit_test(space_freezes_it),
        cmocka_unit_test(ctrl_c_copies_the_laps),
        cmocka_unit_test(r_resets_it),
        cmocka_unit_test(delete_and_backspace_reset_too),
        cmocka_unit_test(holding_space_toggles_once),
        cmocka_unit_test(space_on_a_focused_button_toggles_once),
        cmocka_unit_test(f1_shows_help_with_the_version),
        cmocka_unit_test(closing_while_running_exits_with_code_0),
    };
    return cmocka_run_group_tests(tests, launch, shut_down);
}
