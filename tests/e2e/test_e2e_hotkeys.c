/*
 * End to end, global hotkeys: combinations from lapwing.ini ([hotkeys]) start, pause and
 * record laps while another program has the focus; one that another program already owns is
 * said in the status line; in the Settings dialog a combination another program owns is
 * refused with a message and not kept; minimized to the notification area the window hides and
 * the clock sleeps, and the Show/Hide hotkey or the icon bring it back. See driver.h for how
 * the driver works.
 */
#include "driver.h"

#include <stdio.h>
#include <string.h>

#include "app_messages.h"
#include "resource.h"

static HWND other_program;  /* a window of the driver's that takes the focus */

static void write_ini(const char *text)
{
    WCHAR path[MAX_PATH];
    FILE *file;
    _snwprintf(path, MAX_PATH, L"%ls\\lapwing.ini", state_folder);
    path[MAX_PATH - 1] = L'\0';
    file = _wfopen(path, L"wb");
    assert_non_null(file);
    fputs(text, file);
    fclose(file);
}

static void relaunch_with(const char *ini)
{
    shut_down(NULL);
    write_ini(ini);
    assert_int_equal(launch(NULL), 0);
}

/* Ctrl+Alt+`key`, pressed while whatever has the focus keeps it. */
static void press_combination(WORD key)
{
    key_event(VK_CONTROL, FALSE);
    key_event(VK_MENU, FALSE);
    key_event(key, FALSE);
    key_event(key, TRUE);
    key_event(VK_MENU, TRUE);
    key_event(VK_CONTROL, TRUE);
    pump_for(200);
}

static void focus_the_other_program(void)
{
    if (!other_program)
        other_program = CreateWindowExW(0, L"EDIT", L"another program",
                                        WS_OVERLAPPEDWINDOW | WS_VISIBLE, 600, 100, 300, 200,
                                        NULL, NULL, NULL, NULL);
    assert_non_null(other_program);
    SetForegroundWindow(other_program);
    SetFocus(other_program);
    assert_true(wait_until(is_foreground, other_program));
}

static void hotkeys_work_while_another_program_has_the_focus(void **state)
{
    (void)state;
    relaunch_with("[hotkeys]\r\nstart_stop=Ctrl+Alt+S\r\nlap=Ctrl+Alt+L\r\n");
    focus_the_other_program();
    press_combination('S');
    assert_state_label(L"Pau&se");
    press_combination('L');
    assert_laps(1);
    press_combination('L');
    assert_laps(2);
    press_combination('S');
    assert_state_label(L"Re&sume");
    /* The other program kept the focus all along. */
    assert_true(is_foreground(other_program));
}

static BOOL status_starts_with(const void *prefix)
{
    WCHAR text[512];
    window_text(GetDlgItem(main_window, IDC_STATUS), text, 512);
    return wcsncmp(text, prefix, wcslen(prefix)) == 0;
}

static void a_combination_another_program_owns_is_said_at_start(void **state)
{
    (void)state;
    focus_the_other_program();
    assert_true(RegisterHotKey(other_program, 1, MOD_CONTROL | MOD_ALT, 'K'));
    relaunch_with("[hotkeys]\r\nreset=Ctrl+Alt+K\r\nlap=Ctrl+Alt+L\r\n");
    assert_true(wait_until(status_starts_with, L"The hotkey Ctrl+Alt+K could not be set"));
    /* The others still work. */
    type_key(VK_SPACE, FALSE);
    assert_state_label(L"Pau&se");
    focus_the_other_program();
    press_combination('L');
    assert_laps(3);
}

static BOOL CALLBACK find_refusal(HWND window, LPARAM found)
{
    WCHAR class_name[16], text[512];
    DWORD process = 0;
    HWND child = NULL;

    GetWindowThreadProcessId(window, &process);
    if (process != lapwing.dwProcessId || !IsWindowVisible(window) ||
        !GetClassNameW(window, class_name, 16) || wcscmp(class_name, L"#32770") != 0)
        return TRUE;
    while ((child = FindWindowExW(window, child, L"Static", NULL)) != NULL)
    {
        window_text(child, text, 512);
        if (wcsstr(text, L"Ctrl+Alt+K is already used by another program"))
        {
            *(HWND *)found = window;
            return FALSE;
        }
    }
    return TRUE;
}

static BOOL refusal_shown(const void *found)
{
    *(HWND *)found = NULL;
    EnumWindows(find_refusal, (LPARAM)found);
    return *(HWND *)found != NULL;
}

static BOOL read_ini(char *content, size_t size)
{
    WCHAR path[MAX_PATH];
    _snwprintf(path, MAX_PATH, L"%ls\\lapwing.ini", state_folder);
    path[MAX_PATH - 1] = L'\0';
    return read_text_file(path, content, size);
}

/* In the Settings dialog: a taken combination is refused, the dialog stays, nothing kept. */
static void the_settings_refuse_a_taken_combination(void **state)
{
    HWND dialog = NULL, refusal = NULL;
    char before[4096], after[4096];
    (void)state;
    assert_true(read_ini(before, sizeof(before)));
    SetForegroundWindow(main_window);
    assert_true(wait_until(is_foreground, main_window));
    type_key(VK_OEM_COMMA, TRUE);
    {
        ULONGLONG deadline = GetTickCount64() + DEADLINE_MS;
        while (!(dialog = lapwing_dialog()) && GetTickCount64() < deadline)
            pump_for(50);
    }
    assert_non_null(dialog);
    /* Ctrl+Alt+K (the driver's) into the Show/Hide hotkey box, as the control holds it (the
     * Reset box has it from lapwing.ini, unregistered), then OK. */
    SendMessageW(GetDlgItem(dialog, IDC_HOTKEY_RESET), HKM_SETHOTKEY, 0, 0);
    SendMessageW(GetDlgItem(dialog, IDC_HOTKEY_SHOW_HIDE), HKM_SETHOTKEY,
                 MAKEWORD('K', HOTKEYF_CONTROL | HOTKEYF_ALT), 0);
    PostMessageW(dialog, WM_COMMAND, IDOK, 0);
    assert_true(wait_until(refusal_shown, &refusal));
    PostMessageW(refusal, WM_COMMAND, IDOK, 0);
    pump_for(300);
    assert_true(IsWindow(dialog) && IsWindowVisible(dialog)); /* still open */
    PostMessageW(dialog, WM_COMMAND, IDCANCEL, 0);
    pump_for(500);
    assert_true(read_ini(after, sizeof(after)));
    assert_string_equal(after, before); /* nothing kept */
    UnregisterHotKey(other_program, 1);
}

static BOOL ini_has(const void *line)
{
    char content[4096];
    return read_ini(content, sizeof(content)) && strstr(content, line) != NULL;
}

static HWND open_settings(void)
{
    HWND dialog = NULL;
    ULONGLONG deadline;

    SetForegroundWindow(main_window);
    assert_true(wait_until(is_foreground, main_window));
    type_key(VK_OEM_COMMA, TRUE);
    deadline = GetTickCount64() + DEADLINE_MS;
    /* The Settings dialog itself, not a box of the test before still closing (a loaded
     * machine is slow to take one away). */
    while (!((dialog = lapwing_dialog()) != NULL && GetDlgItem(dialog, IDC_HOTKEY_LAP)) &&
           GetTickCount64() < deadline)
        pump_for(50);
    assert_non_null(dialog);
    return dialog;
}

/* Set in the Settings dialog (the path a user takes), a hotkey works at once and is kept. */
static void a_hotkey_set_in_the_settings_works(void **state)
{
    HWND dialog = open_settings();
    int laps = lap_count();
    (void)state;
    SendMessageW(GetDlgItem(dialog, IDC_HOTKEY_RESET), HKM_SETHOTKEY, 0, 0);
    SendMessageW(GetDlgItem(dialog, IDC_HOTKEY_LAP), HKM_SETHOTKEY,
                 MAKEWORD('J', HOTKEYF_CONTROL | HOTKEYF_ALT), 0);
    PostMessageW(dialog, WM_COMMAND, IDOK, 0);
    assert_true(wait_until(ini_has, "lap=Ctrl+Alt+J\r\n"));
    if (!button_text_is(L"Pau&se"))
    {
        SetForegroundWindow(main_window);
        type_key(VK_SPACE, FALSE);
    }
    assert_state_label(L"Pau&se");
    focus_the_other_program();
    press_combination('J');
    assert_laps(laps + 1);
    assert_true(is_foreground(other_program));
}

static BOOL main_window_visible(const void *expected)
{
    return (IsWindowVisible(main_window) != 0) == *(const BOOL *)expected;
}

/* Minimize to the tray: the window hides and the clock sleeps; the Show/Hide hotkey and a click
 * on the icon (its callback, as the shell sends it) bring it back. */
static void minimized_to_the_tray_and_back(void **state)
{
    BOOL shown = TRUE, hidden = FALSE;
    LRESULT posts_before, posts_after;
    (void)state;
    relaunch_with("[view]\r\nminimize_to_tray=1\r\n[hotkeys]\r\nshow_hide=Ctrl+Alt+H\r\n");
    /* The saved stopwatch came back as it was: running, whatever it was, for what follows. */
    if (!button_text_is(L"Pau&se"))
        type_key(VK_SPACE, FALSE);
    assert_state_label(L"Pau&se");
    PostMessageW(main_window, WM_SYSCOMMAND, SC_MINIMIZE, 0);
    assert_true(wait_until(main_window_visible, &hidden));
    /* Hidden in the tray, running: no updates at all (the tooltip is refreshed on hover). */
    pump_for(300);
    posts_before = SendMessageW(main_window, WM_APP_CLOCK_POSTS, 0, 0);
    pump_for(2000);
    posts_after = SendMessageW(main_window, WM_APP_CLOCK_POSTS, 0, 0);
    assert_int_equal(posts_after, posts_before);
    /* The hotkey brings it back, to the front. */
    focus_the_other_program();
    press_combination('H');
    assert_true(wait_until(main_window_visible, &shown));
    assert_true(wait_until(is_foreground, main_window));
    assert_false(IsIconic(main_window));
    /* Again, and back with a click on the icon. */
    PostMessageW(main_window, WM_SYSCOMMAND, SC_MINIMIZE, 0);
    assert_true(wait_until(main_window_visible, &hidden));
    PostMessageW(main_window, WM_APP_TRAY, 0, MAKELPARAM(WM_USER /* NIN_SELECT */, 1));
    assert_true(wait_until(main_window_visible, &shown));
    assert_state_label(L"Pau&se"); /* it kept running */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(hotkeys_work_while_another_program_has_the_focus),
        cmocka_unit_test(a_combination_another_program_owns_is_said_at_start),
        cmocka_unit_test(the_settings_refuse_a_taken_combination),
        cmocka_unit_test(a_hotkey_set_in_the_settings_works),
        cmocka_unit_test(minimized_to_the_tray_and_back),
    };
    int failed = cmocka_run_group_tests(tests, launch, shut_down_all);
    if (other_program)
        DestroyWindow(other_program);
    return failed;
}
