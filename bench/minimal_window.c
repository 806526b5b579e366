/*
 * The baseline for start-up and idle cost: the smallest Win32 program with a visible window
 * and a message loop, built by the same build with the same flags.
 *
 * Built a second time as minimal_window_imports, with MINIMAL_WINDOW_WITH_LAPWING_IMPORTS: the
 * same window importing the DLLs Lapwing imports and carrying its manifest (common controls 6,
 * DPI awareness), so that what those cost is told apart from what Lapwing's own start costs.
 *
 * And a third time as minimal_window_controls, with MINIMAL_WINDOW_WITH_CONTROLS as well: that
 * window with the controls Lapwing's contracts name and nothing behind them (a static text for
 * the time, three buttons, a report list view with six columns), painted before its first
 * wait for input: the least any window that keeps those contracts costs.
 */
#include <windows.h>
#ifdef MINIMAL_WINDOW_WITH_LAPWING_IMPORTS
#include <commctrl.h>
#include <ole2.h>
#include <shellapi.h>

/* Never called: it makes the linker import one function of each DLL Lapwing imports. */
void import_what_lapwing_imports(void);
void import_what_lapwing_imports(void)
{
    HKEY key;
    Shell_NotifyIconW(NIM_DELETE, NULL);
    CoInitializeEx(NULL, COINIT_APARTMENTTHREADED);
    InitCommonControls();
    RegOpenKeyExW(HKEY_CURRENT_USER, L"", 0, KEY_READ, &key);
}
#endif

#ifdef MINIMAL_WINDOW_WITH_CONTROLS
static void add_lapwings_controls(HWND window, HINSTANCE instance)
{
    static const WCHAR *const buttons[] = { L"&Start", L"&Lap", L"&Reset" };
    static const WCHAR *const columns[] = { L"#", L"Lap", L"Total", L"\x0394", L"Note", L"" };
    HWND list;
    int i;

    CreateWindowExW(0, L"STATIC", L"00:00.00", WS_CHILD | WS_VISIBLE | SS_CENTER, 10, 10, 404,
                    100, window, NULL, instance, NULL);
    for (i = 0; i < 3; i++)
        CreateWindowExW(0, L"BUTTON", buttons[i], WS_CHILD | WS_VISIBLE | WS_TABSTOP, 10 + i * 136,
                        120, 128, 32, window, NULL, instance, NULL);
    list = CreateWindowExW(WS_EX_CLIENTEDGE, WC_LISTVIEWW, L"Laps",
                           WS_CHILD | WS_VISIBLE | WS_TABSTOP | LVS_REPORT | LVS_OWNERDATA, 10,
                           162, 404, 360, window, NULL, instance, NULL);
    for (i = 0; i < 6; i++)
    {
        LVCOLUMNW column;
        ZeroMemory(&column, sizeof(column));
        column.mask = LVCF_TEXT | LVCF_WIDTH;
        column.cx = 64;
        column.pszText = (WCHAR *)columns[i];
        SendMessageW(list, LVM_INSERTCOLUMNW, (WPARAM)i, (LPARAM)&column);
    }
}
#endif

static LRESULT CALLBACK window_proc(HWND window, UINT message, WPARAM wparam, LPARAM lparam)
{
    if (message == WM_DESTROY)
    {
        PostQuitMessage(0);
        return 0;
    }
    return DefWindowProcW(window, message, wparam, lparam);
}

int WINAPI wWinMain(HINSTANCE instance, HINSTANCE previous, PWSTR command_line, int show)
{
    WNDCLASSW window_class;
    MSG message;
    HWND window;

    (void)previous;
    (void)command_line;
    ZeroMemory(&window_class, sizeof(window_class));
    window_class.lpfnWndProc = window_proc;
    window_class.hInstance = instance;
    window_class.hCursor = LoadCursorW(NULL, (LPCWSTR)IDC_ARROW);
    window_class.hbrBackground = (HBRUSH)(COLOR_WINDOW + 1);
    window_class.lpszClassName = L"MinimalWindow";
    if (!RegisterClassW(&window_class))
        return 1;
    window = CreateWindowW(L"MinimalWindow", L"Minimal window", WS_OVERLAPPEDWINDOW,
                           CW_USEDEFAULT, CW_USEDEFAULT, 440, 580, NULL, NULL, instance, NULL);
    if (!window)
        return 1;
#ifdef MINIMAL_WINDOW_WITH_CONTROLS
    add_lapwings_controls(window, instance);
#endif
    ShowWindow(window, show);
    UpdateWindow(window);
    while (GetMessageW(&message, NULL, 0, 0) > 0)
    {
        TranslateMessage(&message);
        DispatchMessageW(&message);
    }
    return 0;
}
