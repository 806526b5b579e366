/*
 * The end-to-end driver. See driver.h.
 */
#include "driver.h"

#include <stdio.h>
#include <string.h>

#include "main_window.h"
#include "resource.h"

PROCESS_INFORMATION lapwing;
HWND main_window, display, lap_list, start_stop_button, lap_button, reset_button;
HWND driver_window;

/* ---- Waiting and reading ----------------------------------------------------------------- */

void window_text(HWND window, WCHAR *text, int size)
{
    DWORD_PTR result = 0;
    text[0] = L'\0';
    SendMessageTimeoutW(window, WM_GETTEXT, (WPARAM)size, (LPARAM)text, SMTO_ABORTIFHUNG, 5000,
                        &result);
}

int lap_count(void)
{
    return list_count(lap_list);
}

int list_count(HWND list)
{
    DWORD_PTR count = (DWORD_PTR)-1;
    SendMessageTimeoutW(list, LVM_GETITEMCOUNT, 0, 0, SMTO_ABORTIFHUNG, 5000, &count);
    return (int)count;
}

/* A cell of the lap list, read across processes the way accessibility tools do: the LVITEM
 * and its text buffer live in Lapwing's address space. */
BOOL lap_list_cell(int row, int column, WCHAR *text, int size)
{
    return list_cell(lap_list, row, column, text, size);
}

BOOL list_cell(HWND list, int row, int column, WCHAR *text, int size)
{
    struct remote
    {
        LVITEMW item;
        WCHAR text[64];
    } local, *remote;
    DWORD_PTR length = 0;
    BOOL done = FALSE;

    remote = VirtualAllocEx(lapwing.hProcess, NULL, sizeof(local), MEM_COMMIT, PAGE_READWRITE);
    if (!remote)
        return FALSE;
    ZeroMemory(&local, sizeof(local));
    local.item.mask = LVIF_TEXT;
    local.item.iSubItem = column;
    local.item.pszText = remote->text;
    local.item.cchTextMax = 64;
    if (WriteProcessMemory(lapwing.hProcess, remote, &local, sizeof(local), NULL) &&
        SendMessageTimeoutW(list, LVM_GETITEMTEXTW, (WPARAM)row, (LPARAM)&remote->item,
                            SMTO_ABORTIFHUNG, 5000, &length) &&
        ReadProcessMemory(lapwing.hProcess, remote, &local, sizeof(local), NULL))
    {
        local.text[63] = L'\0';
        lstrcpynW(text, local.text, size);
        done = TRUE;
    }
    VirtualFreeEx(lapwing.hProcess, remote, 0, MEM_RELEASE);
    return done;
}

BOOL wait_until(condition test, const void *argument)
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

BOOL display_is(const void *expected)
{
    WCHAR text[64];
    window_text(display, text, 64);
    return wcscmp(text, expected) == 0;
}

BOOL display_is_not(const void *unexpected)
{
    return !display_is(unexpected);
}

BOOL lap_count_is(const void *expected)
{
    return lap_count() == *(const int *)expected;
}

BOOL button_text_is(const void *expected)
{
    WCHAR text[64];
    window_text(start_stop_button, text, 64);
    return wcscmp(text, expected) == 0;
}

BOOL is_foreground(const void *window)
{
    return GetForegroundWindow() == (HWND)window;
}

/* ---- Typing ------------------------------------------------------------------------------ */

void key_event(WORD key, BOOL up)
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
void type_key(WORD key, BOOL control)
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

BOOL read_text_file(const WCHAR *path, char *content, size_t size)
{
    FILE *file = _wfopen(path, L"rb");
    size_t length;

    if (!file)
        return FALSE;
    length = fread(content, 1, size - 1, file);
    fclose(file);
    content[length] = '\0';
    return TRUE;
}

void type_text(const WCHAR *text)
{
    for (; *text; text++)
    {
        INPUT input[2];
        ZeroMemory(input, sizeof(input));
        input[0].type = input[1].type = INPUT_KEYBOARD;
        input[0].ki.wScan = input[1].ki.wScan = *text;
        input[0].ki.dwFlags = KEYEVENTF_UNICODE;
        input[1].ki.dwFlags = KEYEVENTF_UNICODE | KEYEVENTF_KEYUP;
        assert_int_equal(SendInput(2, input, sizeof(INPUT)), 2);
        pump_for(30);
    }
    pump_for(150);
}

BOOL tab_to(HWND control)
{
    int tabs;
    for (tabs = 0; tabs < 8 && focused_control() != control; tabs++)
        type_key(VK_TAB, FALSE);
    return focused_control() == control;
}

static BOOL CALLBACK find_dialog(HWND window, LPARAM parameter)
{
    WCHAR class_name[16];
    DWORD process = 0;
    GetWindowThreadProcessId(window, &process);
    if (process == lapwing.dwProcessId && GetClassNameW(window, class_name, 16) &&
        wcscmp(class_name, L"#32770") == 0 && IsWindowVisible(window))
    {
        *(HWND *)parameter = window;
        return FALSE;
    }
    return TRUE;
}

static BOOL CALLBACK find_menu(HWND candidate, LPARAM found)
{
    WCHAR class_name[16];
    if (IsWindowVisible(candidate) && GetClassNameW(candidate, class_name, 16) &&
        wcscmp(class_name, L"#32768") == 0)
    {
        *(BOOL *)found = TRUE;
        return FALSE;
    }
    return TRUE;
}

BOOL a_menu_is_open(const void *expected)
{
    BOOL found = FALSE;
    EnumWindows(find_menu, (LPARAM)&found);
    return found == *(const BOOL *)expected;
}

HWND lapwing_dialog(void)
{
    HWND dialog = NULL;
    EnumWindows(find_dialog, (LPARAM)&dialog);
    return dialog;
}

HWND focused_control(void)
{
    GUITHREADINFO info;
    ZeroMemory(&info, sizeof(info));
    info.cbSize = sizeof(info);
    if (!GetGUIThreadInfo(lapwing.dwThreadId, &info))
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
    if (process == lapwing.dwProcessId && GetClassNameW(window, class_name, 64) &&
        wcscmp(class_name, MAIN_WINDOW_CLASS) == 0 && IsWindowVisible(window))
    {
        main_window = window;
        return FALSE;
    }
    return TRUE;
}

WCHAR state_folder[MAX_PATH];

/* A state folder of this test's own, so that no test finds another's laps: Lapwing saves where
 * LAPWING_STATE_DIR says. */
static void make_state_folder(void)
{
    WCHAR temp[MAX_PATH];

    if (state_folder[0])
        return;
    GetTempPathW(MAX_PATH, temp);
    _snwprintf(state_folder, MAX_PATH, L"%lslapwing-e2e-%lu", temp, GetCurrentProcessId());
    state_folder[MAX_PATH - 1] = L'\0';
    remove_state_folder();
    CreateDirectoryW(state_folder, NULL);
    SetEnvironmentVariableW(L"LAPWING_STATE_DIR", state_folder);
}

/* `folder` and everything in it, folders too: a stopwatch-N folder left by an earlier run
 * whose driver had the same process id (Wine reuses them) would come back as a stopwatch. */
static void remove_folder(const WCHAR *folder)
{
    WCHAR pattern[MAX_PATH], file[MAX_PATH];
    WIN32_FIND_DATAW found;
    HANDLE search;

    _snwprintf(pattern, MAX_PATH, L"%ls\\*", folder);
    pattern[MAX_PATH - 1] = L'\0';
    search = FindFirstFileW(pattern, &found);
    if (search != INVALID_HANDLE_VALUE)
    {
        do
        {
            _snwprintf(file, MAX_PATH, L"%ls\\%ls", folder, found.cFileName);
            file[MAX_PATH - 1] = L'\0';
            SetFileAttributesW(file, FILE_ATTRIBUTE_NORMAL);
            if (!(found.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY))
                DeleteFileW(file);
            else if (wcscmp(found.cFileName, L".") != 0 && wcscmp(found.cFileName, L"..") != 0)
                remove_folder(file);
        } while (FindNextFileW(search, &found));
        FindClose(search);
    }
    RemoveDirectoryW(folder);
}

void remove_state_folder(void)
{
    remove_folder(state_folder);
}

void write_state_file(const WCHAR *name, const char *text)
{
    WCHAR path[MAX_PATH];
    FILE *file;

    _snwprintf(path, MAX_PATH, L"%ls\\%ls", state_folder, name);
    path[MAX_PATH - 1] = L'\0';
    file = _wfopen(path, L"wb");
    assert_non_null(file);
    fputs(text, file);
    fclose(file);
}

int launch(void **state)
{
    WCHAR path[MAX_PATH], *slash;
    STARTUPINFOW startup;
    ULONGLONG deadline;
    (void)state;

    /* A window of our own for the whole run keeps the Wine session (and its desktop) alive. */
    if (!driver_window)
        driver_window = CreateWindowExW(WS_EX_TOOLWINDOW | WS_EX_NOACTIVATE, L"STATIC",
                                        L"e2e driver", WS_POPUP | WS_VISIBLE, 0, 0, 1, 1, NULL,
                                        NULL, NULL, NULL);
    make_state_folder();
    main_window = NULL;

    GetModuleFileNameW(NULL, path, MAX_PATH);
    slash = wcsrchr(path, L'\\');
    if (!slash)
        return -1;
    wcscpy(slash + 1, L"lapwing.exe");
    ZeroMemory(&startup, sizeof(startup));
    startup.cb = sizeof(startup);
    if (!CreateProcessW(path, NULL, NULL, NULL, FALSE, 0, NULL, NULL, &startup, &lapwing))
    {
        fprintf(stderr, "cannot start %ls: error %lu\n", path, GetLastError());
        return -1;
    }
    WaitForInputIdle(lapwing.hProcess, 10000);
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

int shut_down(void **state)
{
    (void)state;
    if (lapwing.hProcess)
    {
        if (WaitForSingleObject(lapwing.hProcess, 0) == WAIT_TIMEOUT)
        {
            PostMessageW(main_window, WM_CLOSE, 0, 0);
            if (WaitForSingleObject(lapwing.hProcess, 10000) == WAIT_TIMEOUT)
                TerminateProcess(lapwing.hProcess, 1);
        }
        CloseHandle(lapwing.hProcess);
        CloseHandle(lapwing.hThread);
    }
    ZeroMemory(&lapwing, sizeof(lapwing));
    return 0;
}

int shut_down_all(void **state)
{
    shut_down(state);
    remove_state_folder();
    if (driver_window)
        DestroyWindow(driver_window);
    driver_window = NULL;
    return 0;
}

/* Runs lapwing.exe with `arguments`, its output into `output`; its exit code, or -1. */
int run_lapwing(const WCHAR *arguments, char *output, size_t size)
{
    WCHAR path[MAX_PATH], command[1024], *slash;
    SECURITY_ATTRIBUTES inherit = { sizeof(inherit), NULL, TRUE };
    STARTUPINFOW startup;
    PROCESS_INFORMATION process;
    HANDLE read_end, write_end;
    DWORD exit_code = (DWORD)-1, got = 0, total = 0;
    ULONGLONG deadline = GetTickCount64() + 20000;

    GetModuleFileNameW(NULL, path, MAX_PATH);
    slash = wcsrchr(path, L'\\');
    wcscpy(slash + 1, L"lapwing.exe");
    _snwprintf(command, 1024, L"\"%ls\" %ls", path, arguments);
    if (!CreatePipe(&read_end, &write_end, &inherit, 0))
        return -1;
    SetHandleInformation(read_end, HANDLE_FLAG_INHERIT, 0);
    ZeroMemory(&startup, sizeof(startup));
    startup.cb = sizeof(startup);
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdOutput = write_end;
    startup.hStdError = write_end;
    startup.hStdInput = GetStdHandle(STD_INPUT_HANDLE);
    if (!CreateProcessW(path, command, NULL, NULL, TRUE, 0, NULL, NULL, &startup, &process))
    {
        CloseHandle(read_end);
        CloseHandle(write_end);
        return -1;
    }
    CloseHandle(write_end);
    /* Read what it prints until it exits (or 20 s pass: then it is ended, and counts as a
     * failure): a process that never exits must not hang the test on its pipe. */
    for (;;)
    {
        DWORD available = 0;
        BOOL exited = WaitForSingleObject(process.hProcess, 50) == WAIT_OBJECT_0;

        while (PeekNamedPipe(read_end, NULL, 0, NULL, &available, NULL) && available &&
               total + 1 < size &&
               ReadFile(read_end, output + total, (DWORD)(size - 1 - total) < available
                                                      ? (DWORD)(size - 1 - total)
                                                      : available,
                        &got, NULL) &&
               got)
            total += got;
        if (exited)
        {
            GetExitCodeProcess(process.hProcess, &exit_code);
            break;
        }
        if (GetTickCount64() > deadline)
        {
            TerminateProcess(process.hProcess, 9);
            break;
        }
    }
    output[total] = '\0';
    CloseHandle(read_end);
    CloseHandle(process.hProcess);
    CloseHandle(process.hThread);
    return (int)exit_code;
}
