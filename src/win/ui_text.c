/*
 * Texts from the STRINGTABLE with positional inserts. See ui_text.h.
 */
#include "ui_text.h"

#include <wchar.h>

void ui_text_load(UINT id, WCHAR *buffer, int size)
{
    if (size <= 0)
        return;
    if (!LoadStringW(GetModuleHandleW(NULL), id, buffer, size))
        buffer[0] = L'\0';
}

/* Whether FormatMessageW can fill `pattern` from `insert_count` string inserts without reading
 * past them: every %n is 1..insert_count and none carries a !printf! type. */
static BOOL inserts_fit(const WCHAR *pattern, size_t insert_count)
{
    const WCHAR *p;

    for (p = pattern; *p; p++)
    {
        size_t number = 0;

        if (*p != L'%')
            continue;
        if (p[1] < L'1' || p[1] > L'9')
        {
            if (p[1]) /* %%, %n, %t, %. and the like: escapes with no insert */
                p++;
            continue;
        }
        for (p++; *p >= L'0' && *p <= L'9'; p++)
            number = number * 10 + (size_t)(*p - L'0');
        if (number > insert_count || *p == L'!')
            return FALSE;
        p--;
    }
    return TRUE;
}

/* FormatMessageW turns each line feed into CR LF; the texts keep the pattern's own line feeds,
 * so what a translator wrote is what is shown (and what tests compare). */
static void drop_carriage_returns(WCHAR *text)
{
    WCHAR *read, *write = text;

    for (read = text; *read; read++)
        if (!(read[0] == L'\r' && read[1] == L'\n'))
            *write++ = *read;
    *write = L'\0';
}

static void copy_cut(WCHAR *buffer, size_t size, const WCHAR *text)
{
    size_t length = wcslen(text);

    if (length >= size)
        length = size - 1;
    wmemcpy(buffer, text, length);
    buffer[length] = L'\0';
}

void ui_text_format_pattern(WCHAR *buffer, size_t size, const WCHAR *pattern,
                            const WCHAR *const *inserts, size_t insert_count)
{
    WCHAR *formatted = NULL;
    DWORD_PTR arguments[9];
    size_t i;

    if (!size)
        return;
    if (insert_count > 9 || !inserts_fit(pattern, insert_count))
    {
        copy_cut(buffer, size, pattern);
        return;
    }
    for (i = 0; i < insert_count; i++)
        arguments[i] = (DWORD_PTR)(inserts[i] ? inserts[i] : L"");
    if (FormatMessageW(FORMAT_MESSAGE_FROM_STRING | FORMAT_MESSAGE_ARGUMENT_ARRAY |
                           FORMAT_MESSAGE_ALLOCATE_BUFFER |
                           (insert_count ? 0 : FORMAT_MESSAGE_IGNORE_INSERTS),
                       pattern, 0, 0, (WCHAR *)&formatted, 0, (va_list *)arguments) &&
        formatted)
    {
        if (!wcschr(pattern, L'\r'))
            drop_carriage_returns(formatted);
        copy_cut(buffer, size, formatted);
    }
    else
        copy_cut(buffer, size, pattern);
    LocalFree(formatted);
}

void ui_text_format(WCHAR *buffer, size_t size, UINT id, const WCHAR *const *inserts,
                    size_t insert_count)
{
    WCHAR pattern[4096]; /* the command line's help is the longest */

    ui_text_load(id, pattern, ARRAYSIZE(pattern));
    ui_text_format_pattern(buffer, size, pattern, inserts, insert_count);
}
