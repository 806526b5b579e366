/*
 * The texts that name a command's keys: tooltips, the help, menu items. They are made from the
 * accelerator table (res/lapwing.rc) at run time, with the key names and the list pattern
 * ("%1, %2", "%1 or %2") from the STRINGTABLE, so they are translated and cannot disagree with
 * the keys that actually work. UI thread only.
 */
#include "commands.h"

#include <limits.h>
#include <wchar.h>

#include "resource.h"
#include "ui_text.h"

enum { MAX_KEYS = 64, NAME_SIZE = 64 };

static UINT named_key(WORD key)
{
    switch (key)
    {
    case VK_SPACE:  return IDS_KEY_SPACE;
    case VK_RETURN: return IDS_KEY_ENTER;
    case VK_DELETE: return IDS_KEY_DELETE;
    case VK_BACK:   return IDS_KEY_BACKSPACE;
    case VK_INSERT: return IDS_KEY_INSERT;
    case VK_ESCAPE: return IDS_KEY_ESCAPE;
    case VK_TAB:    return IDS_KEY_TAB;
    case VK_APPS:   return IDS_KEY_APPS;
    /* (The layout's own names for these are the number pad's, "Num 9": the table cannot say
     * which of the two keys it means.) */
    case VK_PRIOR:  return IDS_KEY_PAGE_UP;
    case VK_NEXT:   return IDS_KEY_PAGE_DOWN;
    default:        return 0;
    }
}

/* `name` wrapped in a modifier's pattern ("Ctrl+%1"), in place. */
static void add_modifier(WCHAR *name, size_t size, UINT pattern)
{
    WCHAR wrapped[NAME_SIZE];
    const WCHAR *insert = name;

    ui_text_format(wrapped, ARRAYSIZE(wrapped), pattern, &insert, 1);
    lstrcpynW(name, wrapped, (int)size);
}

void command_text_key_name(const ACCEL *key, WCHAR *buffer, size_t size)
{
    WCHAR name[NAME_SIZE] = L"";
    WORD code = key->key;
    UINT string_id;

    if (!size)
        return;
    if (!(key->fVirt & FVIRTKEY) || (code >= '0' && code <= '9') || (code >= 'A' && code <= 'Z'))
        name[0] = (WCHAR)code; /* a character, or a letter or digit key: its own name */
    else if (code >= VK_F1 && code <= VK_F24)
        _snwprintf(name, ARRAYSIZE(name), L"F%u", (unsigned)(code - VK_F1 + 1));
    else if ((string_id = named_key(code)) != 0)
        ui_text_load(string_id, name, ARRAYSIZE(name));
    else /* anything else: the keyboard layout's own name for it */
        GetKeyNameTextW((LONG)(MapVirtualKeyW(code, MAPVK_VK_TO_VSC) << 16), name,
                        ARRAYSIZE(name));
    name[ARRAYSIZE(name) - 1] = L'\0';
    /* Innermost first, so the text reads Ctrl+Alt+Shift+key. */
    if (key->fVirt & FSHIFT)
        add_modifier(name, ARRAYSIZE(name), IDS_KEY_WITH_SHIFT);
    if (key->fVirt & FALT)
        add_modifier(name, ARRAYSIZE(name), IDS_KEY_WITH_ALT);
    if (key->fVirt & FCONTROL)
        add_modifier(name, ARRAYSIZE(name), IDS_KEY_WITH_CTRL);
    lstrcpynW(buffer, name, (int)(size < INT_MAX ? size : INT_MAX));
}

/* The table's keys for `command`, in table order; their number. */
static int keys_of(HACCEL accelerators, UINT command, ACCEL *keys)
{
    ACCEL table[MAX_KEYS];
    int count = accelerators ? CopyAcceleratorTableW(accelerators, table, MAX_KEYS) : 0;
    int i, found = 0;

    for (i = 0; i < count; i++)
        if (table[i].cmd == command)
            keys[found++] = table[i];
    return found;
}

void command_text_keys(HACCEL accelerators, UINT command, WCHAR *buffer, size_t size)
{
    ACCEL keys[MAX_KEYS];
    int count = keys_of(accelerators, command, keys), i;
    WCHAR list[512], name[NAME_SIZE], joined[512];

    if (!size)
        return;
    list[0] = L'\0';
    for (i = 0; i < count; i++)
    {
        const WCHAR *inserts[2] = { list, name };

        command_text_key_name(&keys[i], name, ARRAYSIZE(name));
        if (i == 0)
        {
            lstrcpynW(list, name, ARRAYSIZE(list));
            continue;
        }
        ui_text_format(joined, ARRAYSIZE(joined),
                       i == count - 1 ? IDS_KEY_LIST_LAST : IDS_KEY_LIST_MORE, inserts, 2);
        lstrcpynW(list, joined, ARRAYSIZE(list));
    }
    lstrcpynW(buffer, list, (int)(size < INT_MAX ? size : INT_MAX));
}

void command_text_tooltip(HACCEL accelerators, UINT command, WCHAR *buffer, size_t size)
{
    const command_info *info = command_find(command);
    WCHAR keys[512];
    const WCHAR *insert = keys;

    if (!size)
        return;
    buffer[0] = L'\0';
    if (!info || !info->tooltip)
        return;
    command_text_keys(accelerators, command, keys, ARRAYSIZE(keys));
    ui_text_format(buffer, size, info->tooltip, &insert, 1);
}

void command_text_menu_item(HACCEL accelerators, UINT command, WCHAR *buffer, size_t size)
{
    const command_info *info = command_find(command);
    ACCEL keys[MAX_KEYS];
    WCHAR name[NAME_SIZE];
    size_t length;

    if (!size)
        return;
    buffer[0] = L'\0';
    if (!info || !info->menu_item)
        return;
    ui_text_load(info->menu_item, buffer, (int)(size < INT_MAX ? size : INT_MAX));
    if (keys_of(accelerators, command, keys) == 0)
        return;
    command_text_key_name(&keys[0], name, ARRAYSIZE(name));
    length = wcslen(buffer);
    if (length + 1 + wcslen(name) < size)
    {
        buffer[length] = L'\t';
        wcscpy(buffer + length + 1, name);
    }
}

BOOL command_text_help_row(HACCEL accelerators, size_t index, WCHAR *keys, size_t keys_size,
                           WCHAR *description, size_t description_size)
{
    UINT command;

    if (index >= command_info_count || !keys_size || !description_size)
        return FALSE;
    command = command_infos[index].command;
    command_text_keys(accelerators, command, keys, keys_size);
    if (!keys[0])
        return FALSE;
    /* A command with a place is a row of nine keys: "Ctrl+1 … Ctrl+9". */
    if (command == IDM_SELECT_STOPWATCH_FIRST || command == IDM_LAP_STOPWATCH_FIRST)
    {
        WCHAR last[64];
        size_t length = wcslen(keys);
        command_text_keys(accelerators, command + 8 * IDM_STEP, last, ARRAYSIZE(last));
        if (last[0] && length + 3 + wcslen(last) < keys_size)
            _snwprintf(keys + length, keys_size - length, L" \u2026 %ls", last);
    }
    ui_text_load(command_infos[index].help, description,
                 description_size < INT_MAX ? (int)description_size : INT_MAX);
    return TRUE;
}

void command_text_help_lines(HACCEL accelerators, WCHAR *buffer, size_t size)
{
    size_t i, length = 0;

    if (!size)
        return;
    buffer[0] = L'\0';
    for (i = 0; i < command_info_count; i++)
    {
        WCHAR keys[512], description[512], line[1100];
        const WCHAR *inserts[2] = { keys, description };

        if (!command_text_help_row(accelerators, i, keys, ARRAYSIZE(keys), description,
                                   ARRAYSIZE(description)))
            continue;
        ui_text_format(line, ARRAYSIZE(line), IDS_HELP_LINE, inserts, 2);
        if (length + wcslen(line) + 2 > size)
            break;
        if (length)
            buffer[length++] = L'\n';
        wcscpy(buffer + length, line);
        length += wcslen(line);
    }
}
