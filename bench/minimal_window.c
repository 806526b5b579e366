/*
 * The baseline for start-up and idle cost: the smallest Win32 program with a visible window
 * and a message loop, built by the same build with the same flags.
 *
 * Built a second time as minimal_window_imports, with MINIMAL_WINDOW_WITH_LAPWING_IMPORTS: the
 * same window importing the DLLs Lapwing imports and carrying its manifest (common controls 6,
 * DPI awareness), so that what those cost is told apart from what Lapwing's own start costs.
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
    ShowWindow(window, show);
    UpdateWindow(window);
    while (GetMessageW(&message, NULL, 0, 0) > 0)
    {
        TranslateMessage(&message);
        DispatchMessageW(&message);
    }
    return 0;
}
