/*
 * The texts Lapwing shows: loaded from the STRINGTABLE (res/lang/xx-XX.rc), with positional
 * inserts (%1, %2, ...) filled by FormatMessageW. A translation may reorder the inserts; a
 * pattern that asks for an insert it was not given, or for a typed insert (%1!d!), is shown as
 * it stands rather than read past its inserts. No printf format ever comes from a resource.
 */
#ifndef LAPWING_UI_TEXT_H
#define LAPWING_UI_TEXT_H

#include <windows.h>

/* Loads string `id` into `buffer` (empty if missing; cut to fit). */
void ui_text_load(UINT id, WCHAR *buffer, int size);
/* `pattern` with %1..%n replaced by inserts[0..n-1], into `buffer` (cut to fit). */
void ui_text_format_pattern(WCHAR *buffer, size_t size, const WCHAR *pattern,
                            const WCHAR *const *inserts, size_t insert_count);
/* The same with the pattern loaded from string `id`. */
void ui_text_format(WCHAR *buffer, size_t size, UINT id, const WCHAR *const *inserts,
                    size_t insert_count);

#endif
