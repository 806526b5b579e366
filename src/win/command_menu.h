/*
 * Menus made from the command table: the lap list's context menu (right-click, Shift+F10, the
 * Menu key). Each item shows its key and is enabled from command_is_enabled; a chosen item
 * comes back as WM_COMMAND, so it takes the one command path. UI thread only.
 */
#ifndef LAPWING_COMMAND_MENU_H
#define LAPWING_COMMAND_MENU_H

#include <windows.h>

#include "lapwing/commands.h"

/* Shows the commands of `menus` (IN_LAP_MENU...) at `point` (screen coordinates) for `owner`,
 * which gets the chosen command as WM_COMMAND. */
void command_menu_show(HWND owner, HACCEL accelerators, UINT menus,
                       const command_context *context, POINT point);

#endif
