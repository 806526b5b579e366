/* Shared by the Windows tests: reading and emptying the clipboard, retrying while another
 * process (Lapwing, or Wine's clipboard bridge) holds it open. */
#ifndef LAPWING_TEST_CLIPBOARD_H
#define LAPWING_TEST_CLIPBOARD_H

#include <windows.h>
#include <stdlib.h>
#include <wchar.h>

#include "test_messages.h"

/* The clipboard's text, once there is some (_wcsdup'd: free it); NULL after about 5 s. */
static inline WCHAR *test_clipboard_text(HWND owner)
{
    WCHAR *text = NULL;
    int attempt;

    for (attempt = 0; attempt < 100 && !text; attempt++)
    {
        if (OpenClipboard(owner))
        {
            HANDLE data = GetClipboardData(CF_UNICODETEXT);
            WCHAR *locked = data ? GlobalLock(data) : NULL;
            if (locked)
            {
                text = _wcsdup(locked);
                GlobalUnlock(data);
            }
            CloseClipboard();
        }
        if (!text)
            pump_for(50);
    }
    return text;
}

/* Empties the clipboard; FALSE if it stayed busy for about 5 s. */
static inline BOOL test_clipboard_empty(HWND owner)
{
    int attempt;

    for (attempt = 0; attempt < 100; attempt++)
    {
        if (OpenClipboard(owner))
        {
            EmptyClipboard();
            CloseClipboard();
            return TRUE;
        }
        pump_for(50);
    }
    return FALSE;
}

#endif
