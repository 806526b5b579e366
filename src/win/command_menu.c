/*
 * Menus made from the command table. See command_menu.h.
 */
#include "command_menu.h"

#include "commands.h"

void command_menu_show(HWND owner, HACCEL accelerators, UINT menus,
                       const command_context *context, POINT point)
{
    HMENU menu = CreatePopupMenu();
    size_t i;

    if (!menu)
        return;
    for (i = 0; i < command_info_count; i++)
    {
        WCHAR text[128];
        UINT flags = MF_STRING;

        if (!(command_infos[i].menus & menus))
            continue;
        command_text_menu_item(accelerators, command_infos[i].command, text, ARRAYSIZE(text));
        if (!command_is_enabled(command_infos[i].command, context))
            flags |= MF_GRAYED;
        if (command_is_checked(command_infos[i].command, context))
            flags |= MF_CHECKED;
        AppendMenuW(menu, flags, command_infos[i].command, text);
    }
    /* The owner must be in the foreground, or the menu would not close on a click elsewhere. */
    SetForegroundWindow(owner);
    TrackPopupMenu(menu, TPM_LEFTALIGN | TPM_TOPALIGN | TPM_RIGHTBUTTON, point.x, point.y, 0,
                   owner, NULL);
    PostMessageW(owner, WM_NULL, 0, 0);
    DestroyMenu(menu);
}
