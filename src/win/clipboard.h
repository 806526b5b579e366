/*
 * The clipboard. UI thread only.
 */
#ifndef LAPWING_CLIPBOARD_H
#define LAPWING_CLIPBOARD_H

#include <windows.h>

/* Puts `text` on the clipboard as CF_UNICODETEXT, owned by `owner`, trying again for about
 * 400 ms while another program holds it (the time keeps showing meanwhile). FALSE on failure,
 * with *error set to Windows' error code, which is 0 when another program merely held the
 * clipboard open (Windows gives no code then). */
BOOL clipboard_set_text(HWND owner, const WCHAR *text, DWORD *error);

#endif
