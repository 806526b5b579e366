/*
 * The clipboard. See clipboard.h.
 */
#include "clipboard.h"

#include <wchar.h>

BOOL clipboard_set_text(HWND owner, const WCHAR *text, DWORD *error)
{
    size_t bytes = (wcslen(text) + 1) * sizeof(WCHAR);
    HGLOBAL memory = GlobalAlloc(GMEM_MOVEABLE, bytes);
    void *locked;
    BOOL done = FALSE;

    *error = ERROR_NOT_ENOUGH_MEMORY;
    if (!memory)
        return FALSE;
    locked = GlobalLock(memory);
    if (locked)
    {
        CopyMemory(locked, text, bytes);
        GlobalUnlock(memory);
        if (OpenClipboard(owner))
        {
            EmptyClipboard();
            done = SetClipboardData(CF_UNICODETEXT, memory) != NULL;
            *error = done ? ERROR_SUCCESS : GetLastError();
            CloseClipboard();
        }
        else
            *error = GetLastError();
    }
    if (!done)
        GlobalFree(memory); /* once set, the clipboard owns it */
    return done;
}
