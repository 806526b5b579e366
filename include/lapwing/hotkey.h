/*
 * Global hotkeys as portable facts: a combination ("Ctrl+Alt+F9") parsed from and written to
 * lapwing.ini, checked (a modifier, or a function key: never a plain letter that would take a
 * key away from every other program), the optional guard against a second press within N ms,
 * and which commands can have one. Key codes are Windows' virtual-key numbers (the same on every
 * Windows keyboard layout for letters, digits and named keys), defined here so the core needs
 * no <windows.h>.
 */
#ifndef LAPWING_HOTKEY_H
#define LAPWING_HOTKEY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lapwing/settings.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Modifiers, with RegisterHotKey's values. */
enum
{
    HOTKEY_ALT = 0x1,
    HOTKEY_CTRL = 0x2,
    HOTKEY_SHIFT = 0x4,
    HOTKEY_WIN = 0x8
};

typedef struct hotkey
{
    unsigned modifiers;     /* HOTKEY_ bits */
    unsigned key;           /* a virtual-key code; 0: no hotkey */
} hotkey;

/* The longest text of a combination, with its terminator. */
#define HOTKEY_TEXT_MAX 48

/* Parses "Ctrl+Alt+F9" (names without case, in any order, spaces allowed around '+'); an empty
 * text is "no hotkey" (true, key 0). False for anything else, with *result untouched. */
bool hotkey_parse(const char *text, hotkey *result);
/* Writes "Ctrl+Alt+F9" (Ctrl, Alt, Shift, Win, then the key); "" for no hotkey. */
size_t hotkey_format(const hotkey *key, char *text, size_t size);
/* Whether `key` may be registered: a key with a modifier (Shift alone is not enough for a
 * letter, digit or Space: Shift+L types a capital L everywhere), or a function key alone. */
bool hotkey_is_allowed(const hotkey *key);
bool hotkey_equal(const hotkey *first, const hotkey *second);

/* The commands that can have a hotkey, in the order the settings show them. */
typedef enum hotkey_slot
{
    HOTKEY_START_STOP,
    HOTKEY_LAP,
    HOTKEY_RESET,
    HOTKEY_SHOW_HIDE,
    HOTKEY_SLOT_COUNT
} hotkey_slot;

/* The command id (IDM_) of a slot. */
unsigned hotkey_slot_command(hotkey_slot slot);

typedef struct hotkey_settings
{
    hotkey keys[HOTKEY_SLOT_COUNT];
    unsigned lockout_ms;    /* ignore a second press of the same hotkey within this; 0: off */
} hotkey_settings;

#define HOTKEY_LOCKOUT_MAX_MS 10000u

/* [hotkeys] in lapwing.ini; off (no keys, no lockout) by default; a key that does not parse or
 * is not allowed reads as none. */
void hotkey_settings_read(const settings *settings, hotkey_settings *read);
void hotkey_settings_write(settings *settings, const hotkey_settings *written);

/* The guard: the time of each slot's last accepted press. */
typedef struct hotkey_guard
{
    uint64_t last_ms[HOTKEY_SLOT_COUNT];
    bool pressed[HOTKEY_SLOT_COUNT];
} hotkey_guard;

/* Whether a press of `slot` at `now_ms` (a monotonic clock) counts: always with no lockout,
 * else only `lockout_ms` or more after the last press that counted. */
bool hotkey_guard_accept(hotkey_guard *guard, hotkey_slot slot, uint64_t now_ms,
                         unsigned lockout_ms);

#ifdef __cplusplus
}
#endif

#endif
