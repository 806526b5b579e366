/*
 * The command table and the messages that carry commands. See commands.h.
 */
#include "commands.h"

#include "resource.h"
#include "windows_functions.h"

/* In the order of the core's command_ids (the help lists them so). */
const command_info command_infos[] = {
    { IDM_START_STOP, IDS_HELP_START_STOP, IDS_TIP_START_STOP, IDS_MENU_START_STOP,
      IN_CONTEXT_MENU | IN_TRAY_MENU },
    { IDM_LAP,        IDS_HELP_LAP,   IDS_TIP_LAP,   IDS_MENU_LAP,   IN_CONTEXT_MENU | IN_TRAY_MENU },
    { IDM_RESET,      IDS_HELP_RESET, IDS_TIP_RESET, IDS_MENU_RESET, IN_CONTEXT_MENU | IN_TRAY_MENU },
    { IDM_UNDO,       IDS_HELP_UNDO,       0, IDS_MENU_UNDO,       IN_LAP_MENU | IN_CONTEXT_MENU },
    { IDM_SET_TIME,   IDS_HELP_SET_TIME,   0, IDS_MENU_SET_TIME,   IN_WINDOW_MENU | IN_CONTEXT_MENU },
    { IDM_HISTORY,    IDS_HELP_HISTORY,    0, IDS_MENU_HISTORY,    IN_WINDOW_MENU | IN_CONTEXT_MENU },
    { IDM_SAY_TIME,   IDS_HELP_SAY_TIME,   0, IDS_MENU_SAY_TIME,   IN_WINDOW_MENU | IN_CONTEXT_MENU },
    { IDM_NEW_STOPWATCH, IDS_HELP_NEW_STOPWATCH, 0, IDS_MENU_NEW_STOPWATCH,
      IN_WINDOW_MENU | IN_CONTEXT_MENU },
    { IDM_NEXT_STOPWATCH, IDS_HELP_NEXT_STOPWATCH, 0, IDS_MENU_NEXT_STOPWATCH, IN_CONTEXT_MENU },
    { IDM_PREVIOUS_STOPWATCH, IDS_HELP_PREVIOUS_STOPWATCH, 0, IDS_MENU_PREVIOUS_STOPWATCH,
      IN_CONTEXT_MENU },
    { IDM_SELECT_STOPWATCH_FIRST, IDS_HELP_SELECT_STOPWATCH, 0, 0, 0 },
    { IDM_RENAME_STOPWATCH, IDS_HELP_RENAME_STOPWATCH, 0, IDS_MENU_RENAME_STOPWATCH,
      IN_CONTEXT_MENU },
    { IDM_REMOVE_STOPWATCH, IDS_HELP_REMOVE_STOPWATCH, 0, IDS_MENU_REMOVE_STOPWATCH,
      IN_CONTEXT_MENU },
    { IDM_START_ALL,  IDS_HELP_START_ALL,  0, IDS_MENU_START_ALL,  IN_CONTEXT_MENU },
    { IDM_PAUSE_ALL,  IDS_HELP_PAUSE_ALL,  0, IDS_MENU_PAUSE_ALL,  IN_CONTEXT_MENU },
    { IDM_MOVE_STOPWATCH_LEFT, IDS_HELP_MOVE_STOPWATCH_LEFT, 0, IDS_MENU_MOVE_STOPWATCH_LEFT, 0 },
    { IDM_MOVE_STOPWATCH_RIGHT, IDS_HELP_MOVE_STOPWATCH_RIGHT, 0, IDS_MENU_MOVE_STOPWATCH_RIGHT,
      0 },
    { IDM_LAP_STOPWATCH_FIRST, IDS_HELP_LAP_STOPWATCH, 0, 0, 0 },
    { IDM_TOGGLE_STOPWATCH_FIRST, IDS_HELP_TOGGLE_STOPWATCH, 0, 0, 0 },
    { IDM_COPY,       IDS_HELP_COPY,       0, IDS_MENU_COPY,       IN_LAP_MENU | IN_CONTEXT_MENU },
    { IDM_COPY_ALL,   IDS_HELP_COPY_ALL,   0, IDS_MENU_COPY_ALL,   IN_LAP_MENU | IN_CONTEXT_MENU },
    { IDM_SAVE_CSV,   IDS_HELP_SAVE_CSV,   0, IDS_MENU_SAVE_CSV,   IN_LAP_MENU | IN_CONTEXT_MENU },
    { IDM_EDIT_NOTE,  IDS_HELP_EDIT_NOTE,  0, IDS_MENU_EDIT_NOTE,  IN_LAP_MENU },
    { IDM_SELECT_ALL, IDS_HELP_SELECT_ALL, 0, IDS_MENU_SELECT_ALL, IN_LAP_MENU },
    { IDM_TOPMOST,    IDS_HELP_TOPMOST,    0, IDS_MENU_TOPMOST,  IN_WINDOW_MENU | IN_CONTEXT_MENU },
    { IDM_MINI_MODE,  IDS_HELP_MINI_MODE,  0, IDS_MENU_MINI_MODE, IN_WINDOW_MENU | IN_CONTEXT_MENU },
    { IDM_FULL_SCREEN, IDS_HELP_FULL_SCREEN, 0, IDS_MENU_FULL_SCREEN,
      IN_WINDOW_MENU | IN_CONTEXT_MENU },
    { IDM_LEAVE_MODE, IDS_HELP_LEAVE_MODE, 0, 0,                   0 },
    { IDM_SETTINGS,   IDS_HELP_SETTINGS,   0, IDS_MENU_SETTINGS, IN_WINDOW_MENU | IN_CONTEXT_MENU },
    { IDM_SHOW_HIDE,  IDS_HELP_SHOW_HIDE,  0, IDS_MENU_SHOW,       IN_TRAY_MENU },
    { IDM_HELP,       IDS_HELP_HELP,       0, IDS_MENU_HELP,     IN_WINDOW_MENU | IN_CONTEXT_MENU },
    { IDM_ABOUT,      IDS_HELP_ABOUT,      0, IDS_MENU_ABOUT,    IN_WINDOW_MENU | IN_CONTEXT_MENU },
    { IDM_EXIT,       IDS_HELP_EXIT,       0, IDS_MENU_EXIT,       IN_TRAY_MENU },
};
const size_t command_info_count = ARRAYSIZE(command_infos);

const command_info *command_find(UINT command)
{
    size_t i, place;

    /* A command with a place has the entry of its range's first. */
    if (command_stopwatch_range(command, &place))
        command = command_stopwatch_range(command, &place);
    for (i = 0; i < command_info_count; i++)
        if (command_infos[i].command == command)
            return &command_infos[i];
    return NULL;
}

BOOL command_from_message(UINT message, WPARAM wparam, LPARAM lparam, UINT *command)
{
    UINT id;

    (void)lparam;
    switch (message)
    {
    case WM_COMMAND:
        /* A menu item or a button's BN_CLICKED (0), an accelerator key (1), a taskbar
         * thumbnail button (THBN_CLICKED). Other notifications are not commands. */
        switch (HIWORD(wparam))
        {
        case 0: case 1: case THBN_CLICKED: break;
        default: return FALSE;
        }
        id = LOWORD(wparam);
        break;
    case WM_SYSCOMMAND:
        /* The window menu: Windows keeps the low four bits for itself; its own SC_ commands
         * (0xF000 and up) are not ours. */
        id = (UINT)(wparam & 0xFFF0);
        if (id >= IDM_LIMIT)
            return FALSE;
        break;
    case WM_HOTKEY:
        /* A global hotkey is registered with its command's id. */
        id = (UINT)wparam;
        break;
    default:
        return FALSE;
    }
    if (!command_is_known(id))
        return FALSE;
    *command = id;
    return TRUE;
}
