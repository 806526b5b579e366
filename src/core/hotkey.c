/*
 * Global hotkeys' text, rules and guard. See hotkey.h.
 */
#include "lapwing/hotkey.h"

#include <stdio.h>
#include <string.h>

#include "lapwing/command_ids.h"

/* Windows' virtual-key codes of the named keys a hotkey may use. */
static const struct
{
    const char *name;
    unsigned key;
} named_keys[] = {
    { "Space", 0x20 },  { "PageUp", 0x21 }, { "PageDown", 0x22 }, { "End", 0x23 },
    { "Home", 0x24 },   { "Left", 0x25 },   { "Up", 0x26 },        { "Right", 0x27 },
    { "Down", 0x28 },   { "Insert", 0x2D }, { "Delete", 0x2E },    { "Pause", 0x13 },
    { "Num0", 0x60 },   { "Num1", 0x61 },   { "Num2", 0x62 },      { "Num3", 0x63 },
    { "Num4", 0x64 },   { "Num5", 0x65 },   { "Num6", 0x66 },      { "Num7", 0x67 },
    { "Num8", 0x68 },   { "Num9", 0x69 },
};
#define NAMED_KEY_COUNT (sizeof(named_keys) / sizeof(named_keys[0]))

enum
{
    KEY_F1 = 0x70,
    KEY_F24 = 0x87
};

static const struct
{
    const char *name;
    unsigned modifier;
} modifier_names[] = {
    { "Ctrl", HOTKEY_CTRL }, { "Control", HOTKEY_CTRL }, { "Alt", HOTKEY_ALT },
    { "Shift", HOTKEY_SHIFT }, { "Win", HOTKEY_WIN },
};

static bool same_word(const char *text, size_t length, const char *word)
{
    size_t i;

    if (strlen(word) != length)
        return false;
    for (i = 0; i < length; i++)
    {
        char a = text[i], b = word[i];
        if (a >= 'a' && a <= 'z')
            a = (char)(a - 'a' + 'A');
        if (b >= 'a' && b <= 'z')
            b = (char)(b - 'a' + 'A');
        if (a != b)
            return false;
    }
    return true;
}

/* The key of a name: a letter, a digit, F1 to F24, or a named key; 0 when none. */
static unsigned key_of(const char *name, size_t length)
{
    size_t i;

    if (length == 1)
    {
        char c = name[0];
        if (c >= 'a' && c <= 'z')
            c = (char)(c - 'a' + 'A');
        if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            return (unsigned)(unsigned char)c;
        return 0;
    }
    if ((name[0] == 'F' || name[0] == 'f') && length <= 3)
    {
        unsigned number = 0;
        for (i = 1; i < length; i++)
        {
            if (name[i] < '0' || name[i] > '9')
                return 0;
            number = number * 10u + (unsigned)(name[i] - '0');
        }
        if (number >= 1 && number <= 24)
            return KEY_F1 + number - 1u;
        return 0;
    }
    for (i = 0; i < NAMED_KEY_COUNT; i++)
        if (same_word(name, length, named_keys[i].name))
            return named_keys[i].key;
    return 0;
}

bool hotkey_parse(const char *text, hotkey *result)
{
    hotkey parsed = { 0, 0 };
    const char *part = text;

    while (*part == ' ' || *part == '\t')
        part++;
    if (!*part)
    {
        *result = parsed;
        return true;
    }
    for (;;)
    {
        const char *end = strchr(part, '+');
        size_t length = end ? (size_t)(end - part) : strlen(part);
        size_t i;
        bool is_modifier = false;

        while (length && (part[length - 1] == ' ' || part[length - 1] == '\t'))
            length--;
        if (!length || parsed.key)
            return false; /* an empty part ("Ctrl++"), or something after the key */
        for (i = 0; i < sizeof(modifier_names) / sizeof(modifier_names[0]); i++)
            if (same_word(part, length, modifier_names[i].name))
            {
                if (parsed.modifiers & modifier_names[i].modifier)
                    return false; /* "Ctrl+Ctrl+L" */
                parsed.modifiers |= modifier_names[i].modifier;
                is_modifier = true;
            }
        if (!is_modifier)
        {
            parsed.key = key_of(part, length);
            if (!parsed.key)
                return false;
        }
        if (!end)
            break;
        part = end + 1;
        while (*part == ' ' || *part == '\t')
            part++;
    }
    if (!parsed.key)
        return false; /* modifiers alone */
    *result = parsed;
    return true;
}

size_t hotkey_format(const hotkey *key, char *text, size_t size)
{
    char name[16];
    size_t i;
    int length;

    if (!size)
        return 0;
    text[0] = '\0';
    if (!key->key)
        return 0;
    if (key->key >= KEY_F1 && key->key <= KEY_F24)
        snprintf(name, sizeof(name), "F%u", key->key - KEY_F1 + 1u);
    else if ((key->key >= 'A' && key->key <= 'Z') || (key->key >= '0' && key->key <= '9'))
        snprintf(name, sizeof(name), "%c", (char)key->key);
    else
    {
        snprintf(name, sizeof(name), "0x%02X", key->key);
        for (i = 0; i < NAMED_KEY_COUNT; i++)
            if (named_keys[i].key == key->key)
                snprintf(name, sizeof(name), "%s", named_keys[i].name);
    }
    length = snprintf(text, size, "%s%s%s%s%s", key->modifiers & HOTKEY_CTRL ? "Ctrl+" : "",
                      key->modifiers & HOTKEY_ALT ? "Alt+" : "",
                      key->modifiers & HOTKEY_SHIFT ? "Shift+" : "",
                      key->modifiers & HOTKEY_WIN ? "Win+" : "", name);
    return length < 0 ? 0 : (size_t)length;
}

bool hotkey_is_allowed(const hotkey *key)
{
    if (!key->key)
        return false;
    if (key->key >= KEY_F1 && key->key <= KEY_F24)
        return true;
    /* Shift alone still types: a hotkey needs Ctrl, Alt or Win. */
    return (key->modifiers & (HOTKEY_CTRL | HOTKEY_ALT | HOTKEY_WIN)) != 0;
}

bool hotkey_equal(const hotkey *first, const hotkey *second)
{
    return first->key == second->key && (!first->key || first->modifiers == second->modifiers);
}

unsigned hotkey_slot_command(hotkey_slot slot)
{
    switch (slot)
    {
    case HOTKEY_START_STOP: return IDM_START_STOP;
    case HOTKEY_LAP:        return IDM_LAP;
    case HOTKEY_RESET:      return IDM_RESET;
    case HOTKEY_SHOW_HIDE:  return IDM_SHOW_HIDE;
    default:                return 0;
    }
}

static const char *const slot_names[HOTKEY_SLOT_COUNT] = { "start_stop", "lap", "reset",
                                                           "show_hide" };

void hotkey_settings_read(const settings *settings, hotkey_settings *read)
{
    size_t i;

    memset(read, 0, sizeof(*read));
    for (i = 0; i < HOTKEY_SLOT_COUNT; i++)
    {
        char text[HOTKEY_TEXT_MAX];
        hotkey key;
        if (settings_get_text(settings, "hotkeys", slot_names[i], text, sizeof(text)) &&
            hotkey_parse(text, &key) && (!key.key || hotkey_is_allowed(&key)))
            read->keys[i] = key;
    }
    read->lockout_ms = (unsigned)settings_get_integer(settings, "hotkeys", "lockout_ms", 0, 0,
                                                      HOTKEY_LOCKOUT_MAX_MS);
}

void hotkey_settings_write(settings *settings, const hotkey_settings *written)
{
    size_t i;

    for (i = 0; i < HOTKEY_SLOT_COUNT; i++)
    {
        char text[HOTKEY_TEXT_MAX];
        hotkey_format(&written->keys[i], text, sizeof(text));
        settings_set(settings, "hotkeys", slot_names[i], text);
    }
    settings_set_integer(settings, "hotkeys", "lockout_ms", written->lockout_ms);
}

bool hotkey_guard_accept(hotkey_guard *guard, hotkey_slot slot, uint64_t now_ms,
                         unsigned lockout_ms)
{
    if ((unsigned)slot >= HOTKEY_SLOT_COUNT)
        return false;
    if (lockout_ms && guard->pressed[slot] && now_ms >= guard->last_ms[slot] &&
        now_ms - guard->last_ms[slot] < lockout_ms)
        return false;
    guard->pressed[slot] = true;
    guard->last_ms[slot] = now_ms;
    return true;
}
