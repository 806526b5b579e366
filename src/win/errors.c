/*
 * Error messages. See errors.h.
 */
#include "errors.h"

#include <wchar.h>

#include "resource.h"

void load_string(UINT id, WCHAR *buffer, int size)
{
    if (size <= 0)
        return;
    if (!LoadStringW(GetModuleHandleW(NULL), id, buffer, size))
        buffer[0] = L'\0';
}

/* "text\n\nError N: system text" into `buffer`. */
static void append_system_error(WCHAR *buffer, size_t size, DWORD error)
{
    WCHAR system_text[512];
    size_t length = wcslen(buffer);
    DWORD written;

    if (!error)
        return;
    written = FormatMessageW(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, NULL,
                             error, 0, system_text, ARRAYSIZE(system_text), NULL);
    if (!written)
        system_text[0] = L'\0';
    /* FormatMessage ends its text with CR LF; the message box adds its own spacing. */
    while (written && (system_text[written - 1] == L'\n' || system_text[written - 1] == L'\r'))
        system_text[--written] = L'\0';
    _snwprintf(buffer + length, size - length, L"\n\nError %lu: %ls", (unsigned long)error,
               system_text);
    buffer[size - 1] = L'\0';
}

void error_show(HWND owner, UINT message_id, DWORD error)
{
    WCHAR title[64], text[1024];

    load_string(IDS_ERROR_TITLE, title, ARRAYSIZE(title));
    load_string(message_id, text, ARRAYSIZE(text));
    append_system_error(text, ARRAYSIZE(text), error);
    MessageBoxW(owner, text, title, MB_OK | MB_ICONERROR);
}

void error_show_fatal(const WCHAR *step, DWORD error)
{
    WCHAR title[64], format[256], text[1024];

    load_string(IDS_ERROR_TITLE, title, ARRAYSIZE(title));
    load_string(IDS_ERROR_STARTUP, format, ARRAYSIZE(format));
    _snwprintf(text, ARRAYSIZE(text), format, step);
    text[ARRAYSIZE(text) - 1] = L'\0';
    append_system_error(text, ARRAYSIZE(text), error);
    MessageBoxW(NULL, text, title, MB_OK | MB_ICONERROR);
}
