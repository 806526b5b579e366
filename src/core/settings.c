/*
 * Settings as INI text. See settings.h.
 */
#include "lapwing/settings.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void settings_initialize(settings *settings)
{
    memset(settings, 0, sizeof(*settings));
}

void settings_delete(settings *settings)
{
    size_t i;

    for (i = 0; i < settings->count; i++)
        free(settings->lines[i]);
    free(settings->lines);
    settings_initialize(settings);
}

/* Inserts a copy of `text` (`length` bytes) as line `at`. */
static void insert_line(settings *settings, size_t at, const char *text, size_t length)
{
    char *line;

    if (settings->failed || settings->count >= SETTINGS_MAX_LINES)
    {
        settings->failed = true;
        return;
    }
    if (settings->count == settings->capacity)
    {
        size_t capacity = settings->capacity ? settings->capacity * 2 : 16;
        char **grown = realloc(settings->lines, capacity * sizeof(char *));
        if (!grown)
        {
            settings->failed = true;
            return;
        }
        settings->lines = grown;
        settings->capacity = capacity;
    }
    line = malloc(length + 1);
    if (!line)
    {
        settings->failed = true;
        return;
    }
    memcpy(line, text, length);
    line[length] = '\0';
    memmove(&settings->lines[at + 1], &settings->lines[at],
            (settings->count - at) * sizeof(char *));
    settings->lines[at] = line;
    settings->count++;
}

void settings_parse(settings *settings, const char *text, size_t length)
{
    const char *p = text, *end = text ? text + length : NULL;

    settings_delete(settings);
    if (!text)
        return;
    if (length >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    while (p < end && !settings->failed)
    {
        const char *line_end = memchr(p, '\n', (size_t)(end - p));
        size_t line_length = (size_t)((line_end ? line_end : end) - p);
        if (line_length && p[line_length - 1] == '\r')
            line_length--;
        if (memchr(p, '\0', line_length))
            line_length = (size_t)((const char *)memchr(p, '\0', line_length) - p);
        insert_line(settings, settings->count, p, line_length);
        if (!line_end)
            break;
        p = line_end + 1;
    }
}

void settings_write(const settings *settings, text_buffer *buffer)
{
    size_t i;

    for (i = 0; i < settings->count; i++)
    {
        text_buffer_append_string(buffer, settings->lines[i]);
        text_buffer_append(buffer, "\r\n", 2);
    }
}

/* `text` without spaces at its ends, as a start and a length. */
static void trim(const char **text, size_t *length)
{
    while (*length && isspace((unsigned char)**text))
        (*text)++, (*length)--;
    while (*length && isspace((unsigned char)(*text)[*length - 1]))
        (*length)--;
}

static bool same_word(const char *text, size_t length, const char *word)
{
    size_t i;

    if (strlen(word) != length)
        return false;
    for (i = 0; i < length; i++)
        if (tolower((unsigned char)text[i]) != tolower((unsigned char)word[i]))
            return false;
    return true;
}

/* The section a line opens ("[name]"), as a start and length; false if it opens none. */
static bool section_of(const char *line, const char **name, size_t *length)
{
    size_t line_length = strlen(line);

    trim(&line, &line_length);
    if (line_length < 2 || line[0] != '[' || line[line_length - 1] != ']')
        return false;
    *name = line + 1;
    *length = line_length - 2;
    trim(name, length);
    return true;
}

/* Whether a line sets `key`; its value (trimmed) when it does. */
static bool key_of(const char *line, const char *key, const char **value, size_t *value_length)
{
    const char *equals;
    const char *name = line;
    size_t name_length, line_length = strlen(line);

    if (line_length > SETTINGS_LINE_MAX || line[0] == ';' || line[0] == '#')
        return false;
    equals = strchr(line, '=');
    if (!equals)
        return false;
    name_length = (size_t)(equals - line);
    trim(&name, &name_length);
    if (!same_word(name, name_length, key))
        return false;
    *value = equals + 1;
    *value_length = strlen(equals + 1);
    trim(value, value_length);
    return true;
}

/* The first line that sets `key` in `section` (its index), as the Windows profile functions
 * read it; else where `section` ends and whether there is one. */
static bool find(const settings *settings, const char *section, const char *key, size_t *at,
                 size_t *section_end, bool *section_found)
{
    size_t i;
    bool inside = false;

    *section_found = false;
    *section_end = settings->count;
    for (i = 0; i < settings->count; i++)
    {
        const char *name, *value;
        size_t name_length, value_length;

        if (section_of(settings->lines[i], &name, &name_length))
        {
            if (inside)
            {
                *section_end = i;
                return false;
            }
            inside = same_word(name, name_length, section);
            if (inside)
                *section_found = true;
            continue;
        }
        if (inside && key_of(settings->lines[i], key, &value, &value_length))
        {
            *at = i;
            return true;
        }
    }
    return false;
}

/* The value of `key` in `section`, copied into `value`; false when there is none. */
static bool get(const settings *settings, const char *section, const char *key, char *value,
                size_t size)
{
    size_t at, end, length;
    bool section_found;
    const char *text;

    if (!find(settings, section, key, &at, &end, &section_found) ||
        !key_of(settings->lines[at], key, &text, &length) || length >= size)
        return false;
    memcpy(value, text, length);
    value[length] = '\0';
    return true;
}

long long settings_get_integer(const settings *settings, const char *section, const char *key,
                               long long fallback, long long minimum, long long maximum)
{
    char text[32], *end;
    long long value;

    if (!get(settings, section, key, text, sizeof(text)) || !text[0])
        return fallback;
    value = strtoll(text, &end, 10);
    if (*end || value < minimum || value > maximum)
        return fallback;
    return value;
}

bool settings_get_boolean(const settings *settings, const char *section, const char *key,
                          bool fallback)
{
    char text[16];

    if (!get(settings, section, key, text, sizeof(text)))
        return fallback;
    if (same_word(text, strlen(text), "1") || same_word(text, strlen(text), "true") ||
        same_word(text, strlen(text), "yes") || same_word(text, strlen(text), "on"))
        return true;
    if (same_word(text, strlen(text), "0") || same_word(text, strlen(text), "false") ||
        same_word(text, strlen(text), "no") || same_word(text, strlen(text), "off"))
        return false;
    return fallback;
}

bool settings_get_text(const settings *settings, const char *section, const char *key,
                       char *value, size_t size)
{
    return get(settings, section, key, value, size);
}

size_t settings_get_choice(const settings *settings, const char *section, const char *key,
                           const char *const *choices, size_t count, size_t fallback)
{
    char text[64];
    size_t i;

    if (!get(settings, section, key, text, sizeof(text)))
        return fallback;
    for (i = 0; i < count; i++)
        if (same_word(text, strlen(text), choices[i]))
            return i;
    return fallback;
}

void settings_set(settings *settings, const char *section, const char *key, const char *value)
{
    size_t at, end;
    bool section_found;
    text_buffer line;

    text_buffer_initialize(&line);
    text_buffer_append_string(&line, key);
    text_buffer_append(&line, "=", 1);
    text_buffer_append_string(&line, value);
    if (line.failed)
    {
        settings->failed = true;
        text_buffer_delete(&line);
        return;
    }
    if (find(settings, section, key, &at, &end, &section_found))
    {
        char *copy = malloc(line.length + 1);
        if (!copy)
            settings->failed = true;
        else
        {
            memcpy(copy, line.text, line.length + 1);
            free(settings->lines[at]);
            settings->lines[at] = copy;
        }
    }
    else
    {
        if (!section_found)
        {
            text_buffer header;
            text_buffer_initialize(&header);
            text_buffer_append(&header, "[", 1);
            text_buffer_append_string(&header, section);
            text_buffer_append(&header, "]", 1);
            if (!header.failed)
                insert_line(settings, settings->count, header.text, header.length);
            text_buffer_delete(&header);
            end = settings->count;
        }
        else
            /* After the section's last value, before the blank lines that end it. */
            while (end > 0 && settings->lines[end - 1][0] == '\0')
                end--;
        insert_line(settings, end, line.text, line.length);
    }
    text_buffer_delete(&line);
}

void settings_set_integer(settings *settings, const char *section, const char *key,
                          long long value)
{
    char text[32];

    snprintf(text, sizeof(text), "%lld", value);
    settings_set(settings, section, key, text);
}
