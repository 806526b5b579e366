/*
 * The command table and the one way into it.
 *
 * Every input becomes an IDM_ command id (lapwing/command_ids.h) before it does anything:
 * command_from_message turns the messages that carry one (WM_COMMAND from a button, an
 * accelerator key, a menu or a taskbar thumbnail button; WM_SYSCOMMAND from the window menu;
 * WM_HOTKEY) into that id, and the main window hands it to its one execute function.
 *
 * Each command's texts come from here too: its description for the help, its button's tooltip,
 * its menu item; and the keys they name are read from the accelerator table at run time
 * (command_text.c), so the table is the one list of keys and nothing can disagree with it.
 */
#ifndef LAPWING_COMMANDS_H_SHELL
#define LAPWING_COMMANDS_H_SHELL

#include <windows.h>

#include "lapwing/commands.h"

/* Which menus show a command (command_info.menus). */
enum
{
    IN_WINDOW_MENU = 1,     /* Alt+Space */
    IN_LAP_MENU = 2,        /* the lap list's context menu */
    IN_CONTEXT_MENU = 4,    /* the window's context menu: every command */
    IN_TRAY_MENU = 8        /* the notification-area icon's menu */
};

typedef struct command_info
{
    UINT command;   /* IDM_ */
    UINT help;      /* IDS_HELP_: what it does, for the help's "keys: what it does" line */
    UINT tooltip;   /* IDS_TIP_ with %1 for its keys; 0 when it has no button */
    UINT menu_item; /* IDS_MENU_: its text in a menu; 0 when it is in none */
    UINT menus;     /* IN_WINDOW_MENU, IN_LAP_MENU */
} command_info;

extern const command_info command_infos[];
extern const size_t command_info_count;

/* The entry of `command`; NULL for an id that is not a command. */
const command_info *command_find(UINT command);

/* The command carried by a message, if it carries one: TRUE and *command set. */
BOOL command_from_message(UINT message, WPARAM wparam, LPARAM lparam, UINT *command);

/* ---- Texts made from the accelerator table (command_text.c) ---- */

/* The name of one key of the table: "Space", "Ctrl+C", "F1". */
void command_text_key_name(const ACCEL *key, WCHAR *buffer, size_t size);
/* Every key of `command` in table order: "R, Delete or Backspace"; empty when it has none. */
void command_text_keys(HACCEL accelerators, UINT command, WCHAR *buffer, size_t size);
/* The tooltip of `command`'s button, naming its keys. */
void command_text_tooltip(HACCEL accelerators, UINT command, WCHAR *buffer, size_t size);
/* Its menu item, with its first key after a tab ("&About Lapwing\tF1"). */
void command_text_menu_item(HACCEL accelerators, UINT command, WCHAR *buffer, size_t size);
/* The help's row for command_infos[index]: its keys and what it does; FALSE when it has no
 * key (or there is no such entry). */
BOOL command_text_help_row(HACCEL accelerators, size_t index, WCHAR *keys, size_t keys_size,
                           WCHAR *description, size_t description_size);
/* One "keys: what it does" line for each command that has keys, in the help's order,
 * separated by line breaks (none after the last). */
void command_text_help_lines(HACCEL accelerators, WCHAR *buffer, size_t size);

#endif
