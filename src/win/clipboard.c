/*
 * The clipboard. See clipboard.h.
 */
#include "clipboard.h"

#include <wchar.h>

#include "app_messages.h"

enum
{
    OPEN_ATTEMPTS = 16,     /* about 400 ms in all */
    OPEN_RETRY_MS = 25
};

/* Waits `milliseconds` while the window keeps painting and the clock keeps ticking: only
 * paint and clock messages are handled meanwhile, never input, so no command can start in
 * the middle of this one. */
static void wait_showing_time(DWORD milliseconds)
{
    ULONGLONG deadline = GetTickCount64() + milliseconds;
    MSG message;

    for (;;)
    {
        ULONGLONG now = GetTickCount64();
        while (PeekMessageW(&message, NULL, WM_APP_CLOCK_UPDATE, WM_APP_CLOCK_UPDATE, PM_REMOVE) ||
               PeekMessageW(&message, NULL, WM_PAINT, WM_PAINT, PM_REMOVE))
            DispatchMessageW(&message);
        if (now >= deadline)
            return;
        MsgWaitForMultipleObjects(0, NULL, FALSE, (DWORD)(deadline - now),
                                  QS_PAINT | QS_POSTMESSAGE);
    }
}

BOOL clipboard_set_text(HWND owner, const WCHAR *text, DWORD *error)
{
    size_t bytes = (wcslen(text) + 1) * sizeof(WCHAR);
    HGLOBAL memory = GlobalAlloc(GMEM_MOVEABLE, bytes);
    void *locked;
    BOOL done = FALSE, opened = FALSE;
    int attempt;

    *error = ERROR_NOT_ENOUGH_MEMORY;
    if (!memory)
        return FALSE;
    locked = GlobalLock(memory);
    if (locked)
    {
        CopyMemory(locked, text, bytes);
        GlobalUnlock(memory);
        /* Another program may hold the clipboard for a moment (a clipboard manager, a remote
         * desktop): try again for a little while before giving up. */
        for (attempt = 0; attempt < OPEN_ATTEMPTS && !opened; attempt++)
        {
            opened = OpenClipboard(owner);
            if (!opened)
            {
                *error = GetLastError();
                wait_showing_time(OPEN_RETRY_MS);
            }
        }
        if (opened)
        {
            EmptyClipboard();
            done = SetClipboardData(CF_UNICODETEXT, memory) != NULL;
            *error = done ? ERROR_SUCCESS : GetLastError();
            CloseClipboard();
        }
    }
    if (!done)
        GlobalFree(memory); /* once set, the clipboard owns it */
    return done;
}
