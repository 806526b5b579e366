/*
 * Resource and command IDs, shared by lapwing.rc and the Win32 shell.
 * Commands (IDM_) are also the control IDs of the buttons that issue them, so a click, a key
 * and (later) a menu item or command-line verb all arrive as the same WM_COMMAND.
 */
#ifndef LAPWING_RESOURCE_H
#define LAPWING_RESOURCE_H

#define IDI_LAPWING             1
#define IDA_MAIN                1

/* Commands */
#define IDM_START_STOP          100
#define IDM_LAP                 101
#define IDM_RESET               102
#define IDM_COPY                103
#define IDM_HELP                104
/* In the window (system) menu: below 0xF000 and a multiple of 16, as Windows requires. */
#define IDM_SYSTEM_ABOUT        0x0010

/* Controls that are not commands */
#define IDC_TIME_DISPLAY        200
#define IDC_LAP_LIST            201

/* Strings */
#define IDS_APP_TITLE           1000
#define IDS_START               1001
#define IDS_STOP                1002
#define IDS_RESUME              1003
#define IDS_LAP                 1004
#define IDS_RESET               1005
#define IDS_TIP_START_STOP      1006
#define IDS_TIP_LAP             1007
#define IDS_TIP_RESET           1008
#define IDS_COLUMN_NUMBER       1009
#define IDS_COLUMN_LAP          1010
#define IDS_COLUMN_TOTAL        1011
#define IDS_HELP_TITLE          1012
#define IDS_HELP_TEXT           1013
#define IDS_ERROR_TITLE         1014
#define IDS_ERROR_STARTUP       1015
#define IDS_ERROR_CLOCK_THREAD  1016
#define IDS_ERROR_OUT_OF_MEMORY 1017
#define IDS_ERROR_CLIPBOARD     1018
#define IDS_LAP_LIST_NAME       1019
#define IDS_MENU_ABOUT          1020

#endif
