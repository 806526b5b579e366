/*
 * UTF-8 (the core's text) to UTF-16 (Windows' text) and back. Any thread.
 */
#ifndef LAPWING_UTF8_H
#define LAPWING_UTF8_H

#include <windows.h>

/* A malloc'd UTF-16 copy of `text` (free it); NULL when out of memory. */
WCHAR *utf8_to_wide(const char *text);
/* A malloc'd UTF-8 copy of `text` (free it); NULL when out of memory. */
char *utf8_from_wide(const WCHAR *text);
/* The core's ASCII texts (times, key combinations) widened into `wide`, character by character,
 * cut to `size` - 1 characters and terminated. */
void ascii_to_wide(const char *text, WCHAR *wide, size_t size);

#endif
