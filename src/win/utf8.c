/*
 * UTF-8 and UTF-16. See utf8.h. Invalid sequences become U+FFFD rather than failing: text from
 * the core is always valid, and a broken character must not lose the rest.
 */
#include "utf8.h"

#include <stdlib.h>

WCHAR *utf8_to_wide(const char *text)
{
    int length = MultiByteToWideChar(CP_UTF8, 0, text, -1, NULL, 0);
    WCHAR *wide;

    if (length <= 0)
        return calloc(1, sizeof(WCHAR));
    wide = malloc((size_t)length * sizeof(WCHAR));
    if (wide && MultiByteToWideChar(CP_UTF8, 0, text, -1, wide, length) != length)
        wide[0] = L'\0';
    return wide;
}

char *utf8_from_wide(const WCHAR *text)
{
    int length = WideCharToMultiByte(CP_UTF8, 0, text, -1, NULL, 0, NULL, NULL);
    char *narrow;

    if (length <= 0)
        return calloc(1, 1);
    narrow = malloc((size_t)length);
    if (narrow && WideCharToMultiByte(CP_UTF8, 0, text, -1, narrow, length, NULL, NULL) != length)
        narrow[0] = '\0';
    return narrow;
}

void ascii_to_wide(const char *text, WCHAR *wide, size_t size)
{
    size_t i;

    if (!size)
        return;
    for (i = 0; i + 1 < size && text[i]; i++)
        wide[i] = (WCHAR)(unsigned char)text[i];
    wide[i] = L'\0';
}
