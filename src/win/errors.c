/*
 * Error messages. See errors.h.
 */
#include "errors.h"

#include <wchar.h>

#include "resource.h"
#include "ui_text.h"

/* `text`, and when `error` is not 0 Windows' number and text for it, into `buffer`. */
static void add_system_error(WCHAR *buffer, size_t size, const WCHAR *text, DWORD error)
{
    WCHAR *system_text = NULL, number[16];
    const WCHAR *inserts[3];
    size_t length;

    if (!error)
    {
        lstrcpynW(buffer, text, (int)size);
        return;
    }
    FormatMessageW(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS |
                       FORMAT_MESSAGE_ALLOCATE_BUFFER,
                   NULL, error, 0, (WCHAR *)&system_text, 0, NULL);
    /* FormatMessage ends its text with CR LF; the message box adds its own spacing. */
    length = system_text ? wcslen(system_text) : 0;
    while (length && (system_text[length - 1] == L'\n' || system_text[length - 1] == L'\r'))
        system_text[--length] = L'\0';
    _snwprintf(number, ARRAYSIZE(number), L"%lu", (unsigned long)error);
    number[ARRAYSIZE(number) - 1] = L'\0';
    inserts[0] = text;
    inserts[1] = number;
    inserts[2] = system_text ? system_text : L"";
    ui_text_format(buffer, size, IDS_ERROR_SYSTEM, inserts, 3);
    LocalFree(system_text);
}

void error_system_text(DWORD error, WCHAR *buffer, size_t size)
{
    DWORD written;

    if (!size)
        return;
    written = FormatMessageW(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, NULL,
                             error, 0, buffer, (DWORD)size, NULL);
    if (!written)
        _snwprintf(buffer, size, L"%lu", (unsigned long)error);
    buffer[size - 1] = L'\0';
    written = (DWORD)wcslen(buffer);
    while (written && (buffer[written - 1] == L'\n' || buffer[written - 1] == L'\r' ||
                       buffer[written - 1] == L' '))
        buffer[--written] = L'\0';
}

static void show(HWND owner, const WCHAR *text)
{
    WCHAR title[64];

    ui_text_load(IDS_ERROR_TITLE, title, ARRAYSIZE(title));
    MessageBoxW(owner, text, title, MB_OK | MB_ICONERROR);
}

void error_show(HWND owner, UINT message_id, DWORD error)
{
    WCHAR message[512], text[1024];

    ui_text_load(message_id, message, ARRAYSIZE(message));
    add_system_error(text, ARRAYSIZE(text), message, error);
    show(owner, text);
}

void error_show_text(HWND owner, const WCHAR *message, DWORD error)
{
    WCHAR text[1024];

    add_system_error(text, ARRAYSIZE(text), message, error);
    show(owner, text);
}

void error_show_startup(UINT message_id, const WCHAR *step, DWORD error)
{
    WCHAR what[512], message[768], text[1024];
    const WCHAR *insert = what;

    if (message_id)
        ui_text_load(message_id, what, ARRAYSIZE(what));
    else
        insert = step ? step : L"";
    ui_text_format(message, ARRAYSIZE(message), IDS_ERROR_STARTUP, &insert, 1);
    add_system_error(text, ARRAYSIZE(text), message, error);
    show(NULL, text);
}
