/*
 * Settings: an INI text (lapwing.ini) read and rewritten without losing anything a person wrote
 * in it. Lines are kept as they are; setting a value replaces it in place, or adds it at the end
 * of its section (adding the section if need be); comments, blank lines, unknown sections and
 * keys stay. Reading is typed and checked: a missing, malformed or out-of-range value gives the
 * default (ReactOS notepad's rule: start from the defaults, accept only well-typed values).
 *
 * Sections and keys are ASCII and compared without case; values are UTF-8. Lines are bounded;
 * a line past SETTINGS_LINE_MAX is kept but never read as a value.
 */
#ifndef LAPWING_SETTINGS_H
#define LAPWING_SETTINGS_H

#include <stdbool.h>
#include <stddef.h>

#include "lapwing/text_buffer.h"

#ifdef __cplusplus
extern "C" {
#endif

#define SETTINGS_LINE_MAX 1024
#define SETTINGS_MAX_LINES 10000

typedef struct settings
{
    char **lines;           /* without line ends */
    size_t count;
    size_t capacity;
    bool failed;            /* out of memory at some point: do not rewrite the file */
} settings;

void settings_initialize(settings *settings);
void settings_delete(settings *settings);
/* Reads `text` (may be NULL): every line kept, CRLF or LF, a BOM dropped. */
void settings_parse(settings *settings, const char *text, size_t length);
/* The whole text again, CRLF line ends. */
void settings_write(const settings *settings, text_buffer *buffer);

/* `key` in `section` as an integer in [minimum, maximum], else `fallback`. */
long long settings_get_integer(const settings *settings, const char *section, const char *key,
                               long long fallback, long long minimum, long long maximum);
bool settings_get_boolean(const settings *settings, const char *section, const char *key,
                          bool fallback);
/* `key`'s value as written (trimmed) into `value`; false when missing or longer than `size`. */
bool settings_get_text(const settings *settings, const char *section, const char *key,
                       char *value, size_t size);
/* The index of `key`'s value among `choices` (compared without case), else `fallback`. */
size_t settings_get_choice(const settings *settings, const char *section, const char *key,
                           const char *const *choices, size_t count, size_t fallback);
/* Sets `key` in `section` to `value` (written as it is). */
void settings_set(settings *settings, const char *section, const char *key, const char *value);
void settings_set_integer(settings *settings, const char *section, const char *key,
                          long long value);

#ifdef __cplusplus
}
#endif

#endif
