/*
 * Lapwing's command ids: every action a user can take, whatever it comes from (a button, a key,
 * a menu, the window menu, and later a context menu, the tray, a taskbar thumbnail button, a
 * global hotkey or a second instance's command line), is one of these and reaches one execute
 * function in the shell.
 *
 * Plain #defines and nothing else, so that the resource compiler can read this file too. The ids
 * go in steps of 0x10 and stay below 0xF000, so that any of them can also be an item of the
 * window menu (Windows uses the low four bits of WM_SYSCOMMAND's wParam itself, and ids from
 * 0xF000 up are its own SC_ commands). The buttons use them as their control ids.
 */
#ifndef LAPWING_COMMAND_IDS_H
#define LAPWING_COMMAND_IDS_H

#define IDM_START_STOP          0x0010
#define IDM_LAP                 0x0020
#define IDM_RESET               0x0030
#define IDM_COPY                0x0040
#define IDM_ABOUT               0x0050
#define IDM_UNDO                0x0060
#define IDM_SAVE_CSV            0x0070
#define IDM_EDIT_NOTE           0x0080
#define IDM_SELECT_ALL          0x0090
#define IDM_COPY_ALL            0x00A0
#define IDM_TOPMOST             0x00B0
#define IDM_MINI_MODE           0x00C0
#define IDM_FULL_SCREEN         0x00D0
#define IDM_LEAVE_MODE          0x00E0
#define IDM_SETTINGS            0x00F0
#define IDM_HELP                0x0100
#define IDM_SHOW_HIDE           0x0110
#define IDM_EXIT                0x0120
#define IDM_SET_TIME            0x0130
#define IDM_HISTORY             0x0140
#define IDM_SAY_TIME            0x0150
#define IDM_NEW_STOPWATCH       0x0160
#define IDM_NEXT_STOPWATCH      0x0170
#define IDM_PREVIOUS_STOPWATCH  0x0180
#define IDM_RENAME_STOPWATCH    0x0190
#define IDM_REMOVE_STOPWATCH    0x01A0
#define IDM_START_ALL           0x01B0
#define IDM_PAUSE_ALL           0x01C0
#define IDM_MOVE_STOPWATCH_LEFT 0x01D0
#define IDM_MOVE_STOPWATCH_RIGHT 0x01E0

/* Commands with a stopwatch's place in them: the first, then one IDM_STEP further for each
 * place (Ctrl+2 is IDM_SELECT_STOPWATCH_FIRST + IDM_STEP), IDM_STOPWATCH_PLACES of each. */
#define IDM_SELECT_STOPWATCH_FIRST 0x1000
#define IDM_LAP_STOPWATCH_FIRST    0x5000
#define IDM_TOGGLE_STOPWATCH_FIRST 0x9000
#define IDM_STOPWATCH_PLACES       999

/* Every id above is a multiple of IDM_STEP below IDM_LIMIT. */
#define IDM_STEP                0x0010
#define IDM_LIMIT               0xF000

#endif
