/*
 * Keeps one window open in the Wine session for the whole test run. When a Wine session's last
 * window closes its desktop process exits, and a launch soon after can fail; with this window
 * open the session stays up between tests. Not a test itself: the test script starts it and
 * kills it. It shows nothing and takes no input.
 */
#include <windows.h>

int WINAPI WinMain(HINSTANCE instance, HINSTANCE previous, LPSTR command_line, int show)
{
    HWND window;
    MSG message;

    (void)previous;
    (void)command_line;
    (void)show;
    (void)instance;
    window = CreateWindowExA(WS_EX_TOOLWINDOW | WS_EX_NOACTIVATE, "STATIC", "Lapwing test session",
                             WS_POPUP, 0, 0, 1, 1, NULL, NULL, NULL, NULL);
    if (!window)
        return 1;
    ShowWindow(window, SW_SHOWNOACTIVATE);
    while (GetMessageA(&message, NULL, 0, 0) > 0)
        DispatchMessageA(&message);
    return 0;
}
