/*
 * Resource ids, shared by lapwing.rc, the language files (lang/xx-XX.rc) and the Win32
 * shell. The command ids (IDM_) live in the portable core (lapwing/command_ids.h), since the
 * core knows when each command applies; the buttons use them as their control ids.
 */
#ifndef LAPWING_RESOURCE_H
#define LAPWING_RESOURCE_H

#include "lapwing/command_ids.h"

#define IDI_LAPWING             1
#define IDA_MAIN                1

/* Dialogs and their controls */
#define IDD_SETTINGS            100
#define IDD_HELP                101
#define IDD_SET_TIME            102
#define IDC_SET_TIME_NOW_TEXT   130
#define IDC_SET_TIME_SET        131
#define IDC_SET_TIME_ADD        132
#define IDC_SET_TIME_VALUE      133
#define IDC_SET_TIME_ERROR      134
#define IDD_HISTORY             103
#define IDD_HISTORY_RUN         104
#define IDD_NAME                105
#define IDC_HISTORY_LIST        140
#define IDC_HISTORY_STATUS      141
#define IDC_HISTORY_OPEN        142
#define IDC_HISTORY_RENAME      143
#define IDC_HISTORY_DELETE      144
#define IDC_HISTORY_COMPARE     145
#define IDC_HISTORY_SAVE        146
#define IDC_HISTORY_SAVE_ALL    147
#define IDC_HISTORY_RUN_LIST    150
#define IDC_HISTORY_RUN_NOTE    151
#define IDC_HISTORY_RUN_COPY    152
#define IDC_HISTORY_RUN_SAVE    153
#define IDC_NAME_LABEL          160
#define IDC_NAME_VALUE          161
#define IDC_NAME_ERROR          162
#define IDC_HELP_KEYS           120
#define IDC_HELP_FOOTER         121
#define IDC_PRECISION           110
#define IDC_THEME               111
#define IDC_ALWAYS_ON_TOP       112
#define IDC_TIME_IN_TITLE       113
#define IDC_HOTKEY_START_STOP   114     /* then LAP, RESET, SHOW_HIDE: one per hotkey slot */
#define IDC_HOTKEY_LAP          115
#define IDC_HOTKEY_RESET        116
#define IDC_HOTKEY_SHOW_HIDE    117
#define IDC_HOTKEY_LOCKOUT      118
#define IDC_TO_TRAY             119
#define IDC_STREAM_FILE         122     /* the stream file's path */
#define IDC_STREAM_BROWSE       123

/* Controls that are not commands */
#define IDC_TIME_DISPLAY        200
#define IDC_LAP_LIST            201
#define IDC_CURRENT_LAP         202
#define IDC_SUMMARY             203
#define IDC_STATUS              204
#define IDC_STRIP               205 /* the strip of stopwatches, from two on */

/* Strings: every one is in each lang/xx-XX.rc. */
#define IDS_APP_TITLE           1000
#define IDS_START               1001
#define IDS_PAUSE               1002
#define IDS_RESUME              1003
#define IDS_LAP                 1004
#define IDS_RESET               1005
#define IDS_LAP_LIST_NAME       1006
/* Several stopwatches: a stopwatch not named yet (%1 its number), the strip's name and the
 * words for a stopwatch's state, the rename dialog, and what a name may not be. */
#define IDS_STOPWATCH_DEFAULT_NAME 1060
#define IDS_STRIP_NAME          1061
#define IDS_STRIP_RUNNING       1062
#define IDS_STRIP_PAUSED        1063
#define IDS_STRIP_STOPPED       1064
#define IDS_STOPWATCH_NAME_TITLE 1065
#define IDS_STOPWATCH_NAME_LABEL 1066
#define IDS_ERROR_NAME_TAKEN    1067
#define IDS_ERROR_NAME_DIGITS   1068
/* The command line's words on stopwatches: %1 the argument, or the name. */
#define IDS_CLI_MISSING_NAME    1069
#define IDS_CLI_NO_SUCH_STOPWATCH 1070
#define IDS_CLI_NAME_NOT_NEW    1071
#define IDS_LAP_LIST_EMPTY      1007    /* %1 the start key, %2 the lap keys */
#define IDS_COLUMN_NUMBER       1010
#define IDS_COLUMN_LAP          1011
#define IDS_COLUMN_TOTAL        1012
#define IDS_COLUMN_DELTA        1013
#define IDS_COLUMN_NOTE         1014
#define IDS_COLUMN_MARK         1015
#define IDS_COLUMN_CORRECTION   1016
/* The mark of the best and the worst lap, in the Mark column. */
#define IDS_MARK_BEST           1020
#define IDS_MARK_WORST          1021
#define IDS_MARK_CORRECTED      1022    /* before the signed amount: "corrected +1:00.00" */
/* The summary line: %1 laps, %2 best, %3 its number, %4 worst, %5 its number, %6 mean,
 * %7 spread (worst minus best). */
#define IDS_SUMMARY             1030
#define IDS_SUMMARY_NONE        1031
#define IDS_SUMMARY_ONE         1034    /* %1 the lap's time */
/* The live current lap: %1 its number, %2 its time so far. */
#define IDS_CURRENT_LAP         1032
/* The window's title while running and paused: %1 the time to the second. */
#define IDS_TITLE_RUNNING       1040
#define IDS_TITLE_PAUSED        1041
/* The taskbar button's overlay icon, as screen readers say it. */
#define IDS_OVERLAY_RUNNING     1042
#define IDS_OVERLAY_PAUSED      1043

/* Tooltips of the buttons: %1 is the command's keys. */
#define IDS_TIP_START_STOP      1100
#define IDS_TIP_LAP             1101
#define IDS_TIP_RESET           1102

/* The help: %1 the version, %2 one IDS_HELP_LINE per command. */
#define IDS_HELP_TITLE          1200
#define IDS_HELP_TEXT           1201
#define IDS_HELP_LINE           1202
#define IDS_HELP_START_STOP     1210
#define IDS_HELP_LAP            1211
#define IDS_HELP_RESET          1212
#define IDS_HELP_COPY           1213
#define IDS_HELP_ABOUT          1214
#define IDS_HELP_UNDO           1215
#define IDS_HELP_SAVE_CSV       1216
#define IDS_HELP_EDIT_NOTE      1217
#define IDS_HELP_SELECT_ALL     1218
#define IDS_HELP_COPY_ALL       1219
#define IDS_HELP_TOPMOST        1220
#define IDS_HELP_MINI_MODE      1221
#define IDS_HELP_FULL_SCREEN    1222
#define IDS_HELP_LEAVE_MODE     1223
#define IDS_HELP_SETTINGS       1224
#define IDS_HELP_HELP           1225
#define IDS_HELP_SHOW_HIDE      1226
#define IDS_HELP_EXIT           1227
#define IDS_HELP_SET_TIME       1228
#define IDS_HELP_HISTORY        1229
#define IDS_HELP_SAY_TIME       1240
#define IDS_HELP_NEW_STOPWATCH  1241
#define IDS_HELP_NEXT_STOPWATCH 1242
#define IDS_HELP_PREVIOUS_STOPWATCH 1243
#define IDS_HELP_SELECT_STOPWATCH 1244
#define IDS_HELP_RENAME_STOPWATCH 1245
#define IDS_HELP_REMOVE_STOPWATCH 1246
#define IDS_HELP_START_ALL      1247
#define IDS_HELP_PAUSE_ALL      1248
#define IDS_HELP_LAP_STOPWATCH  1249
#define IDS_HELP_MOVE_STOPWATCH_LEFT 1250
#define IDS_HELP_MOVE_STOPWATCH_RIGHT 1251
#define IDS_HELP_TOGGLE_STOPWATCH 1252
/* The keyboard shortcuts window (F1): its columns, and under them %1 the version, %2 where
 * the saved state lives. The About box: %1 the version. */
#define IDS_HELP_COLUMN_KEYS    1230
#define IDS_HELP_COLUMN_ACTION  1231
#define IDS_HELP_FOOTER         1232
#define IDS_ABOUT_TEXT          1233
#define IDS_HELP_NO_STATE       1234

/* Menu items (the key is added after a tab) */
#define IDS_MENU_ABOUT          1300
#define IDS_MENU_COPY           1301
#define IDS_MENU_COPY_ALL       1302
#define IDS_MENU_EDIT_NOTE      1303
#define IDS_MENU_SAVE_CSV       1304
#define IDS_MENU_UNDO           1305
#define IDS_MENU_SELECT_ALL     1306
#define IDS_MENU_TOPMOST        1307
#define IDS_MENU_MINI_MODE      1308
#define IDS_MENU_FULL_SCREEN    1309
#define IDS_MENU_SETTINGS       1310
#define IDS_MENU_START_STOP     1311
#define IDS_MENU_LAP            1312
#define IDS_MENU_RESET          1313
#define IDS_MENU_HELP           1314
#define IDS_MENU_SHOW           1315
#define IDS_MENU_EXIT           1316
#define IDS_MENU_SET_TIME       1317
#define IDS_MENU_HISTORY        1318
#define IDS_MENU_SAY_TIME       1319
#define IDS_MENU_NEW_STOPWATCH  1320
#define IDS_MENU_NEXT_STOPWATCH 1321
#define IDS_MENU_PREVIOUS_STOPWATCH 1322
#define IDS_MENU_RENAME_STOPWATCH 1323
#define IDS_MENU_REMOVE_STOPWATCH 1324
#define IDS_MENU_START_ALL      1325
#define IDS_MENU_PAUSE_ALL      1326
#define IDS_MENU_MOVE_STOPWATCH_LEFT 1327
#define IDS_MENU_MOVE_STOPWATCH_RIGHT 1328
/* The strip's menu, for the stopwatch whose tab it is: %1 its name */
#define IDS_STRIP_MENU_START    1329
#define IDS_STRIP_MENU_PAUSE    1330
#define IDS_STRIP_MENU_RESUME   1331
#define IDS_STRIP_MENU_LAP      1332
#define IDS_STRIP_MENU_SHOW     1333
#define IDS_JUMP_TOGGLE_STOPWATCH 1334 /* the jump list's task: %1 the stopwatch's name */

/* Key names and how keys are listed */
#define IDS_KEY_SPACE           1400
#define IDS_KEY_ENTER           1401
#define IDS_KEY_DELETE          1402
#define IDS_KEY_BACKSPACE       1403
#define IDS_KEY_INSERT          1404
#define IDS_KEY_ESCAPE          1405
#define IDS_KEY_TAB             1406
#define IDS_KEY_APPS            1407
#define IDS_KEY_PAGE_UP         1408
#define IDS_KEY_PAGE_DOWN       1409
#define IDS_KEY_WITH_CTRL       1410
#define IDS_KEY_WITH_SHIFT      1411
#define IDS_KEY_WITH_ALT        1412
#define IDS_KEY_LIST_MORE       1420
#define IDS_KEY_LIST_LAST       1421

/* The settings dialog's choices, in the order of the core's enums. */
#define IDS_PRECISION_SECONDS   1450
#define IDS_PRECISION_TENTHS    1451
#define IDS_PRECISION_HUNDREDTHS 1452
#define IDS_PRECISION_MILLISECONDS 1453
#define IDS_THEME_SYSTEM        1460
#define IDS_THEME_LIGHT         1461
#define IDS_THEME_DARK          1462

/* Errors */
#define IDS_ERROR_TITLE         1500
#define IDS_ERROR_STARTUP       1501
#define IDS_ERROR_SYSTEM        1502
#define IDS_ERROR_CLOCK_THREAD  1510
#define IDS_ERROR_OUT_OF_MEMORY 1511
#define IDS_ERROR_CLIPBOARD     1512
#define IDS_ERROR_CLIPBOARD_TIME 1513
#define IDS_ERROR_SAVE          1514
#define IDS_ERROR_NOTE_TOO_LONG 1515
#define IDS_ERROR_NOTE_CHARACTER 1516
#define IDS_ERROR_SAVE_HISTORY  1517
#define IDS_ERROR_NAME_TOO_LONG 1518
#define IDS_ERROR_NAME_CHARACTER 1519

/* Notices in the status line */
#define IDS_NOTICE_COPIED_LAPS  1600
#define IDS_NOTICE_COPIED_LAP   1601
#define IDS_NOTICE_COPIED_TIME  1602
#define IDS_NOTICE_SAVED        1603
#define IDS_NOTICE_UNDID_LAP    1604
#define IDS_NOTICE_UNDID_RESET  1605
#define IDS_NOTICE_RESET        1606
#define IDS_NOTICE_NOTHING_TO_UNDO 1607
#define IDS_NOTICE_SAVE_FAILED  1608
#define IDS_NOTICE_SAVE_WORKS   1609
#define IDS_NOTICE_STATE_DAMAGED 1610
#define IDS_NOTICE_STATE_DAMAGED_UNKEPT 1611
#define IDS_NOTICE_CLOCK_CLAMPED 1612
#define IDS_NOTICE_TOPMOST_ON   1613
#define IDS_NOTICE_TOPMOST_OFF  1614
/* What a command did, for the status line and screen readers: %1 the time. */
#define IDS_NOTICE_STARTED      1615
#define IDS_NOTICE_PAUSED       1616
#define IDS_NOTICE_RESUMED      1617
#define IDS_NOTICE_LAP          1618    /* %1 the lap's number, %2 its time */
#define IDS_NOTICE_HOTKEY_TAKEN 1619    /* %1 the combination */
#define IDS_ERROR_HOTKEY_TAKEN  1620    /* %1 the combination */
#define IDS_ERROR_HOTKEY_PLAIN  1621    /* %1 the combination */
#define IDS_ERROR_HOTKEY_TWICE  1622    /* %1 the combination */
#define IDS_NOTICE_NO_LAP_FOR_NOTE 1630 /* %1 the Lap command's keys */
#define IDS_NOTICE_CORRECTED    1631    /* %1 the amount, signed; %2 the time now; %3 undo's keys */
#define IDS_NOTICE_UNDID_CORRECTION 1632 /* %1 the amount, signed */
#define IDS_NOTICE_HISTORY_DAMAGED 1633 /* %1 the damaged copy's name */
#define IDS_NOTICE_SAY_TIME     1634    /* %1 the time, %2 the current lap's number, %3 its time */
#define IDS_NOTICE_SAY_TIME_STOPPED 1635 /* %1 the time */
#define IDS_NOTICE_ADDED_STOPWATCH 1636  /* %1 its name, %2 the keys that rename it */
#define IDS_NOTICE_REMOVED_STOPWATCH 1637 /* %1 its name, %2 undo's keys */
#define IDS_NOTICE_PUT_BACK_STOPWATCH 1638 /* %1 its name */
#define IDS_NOTICE_STARTED_ALL  1639    /* %1 how many */
#define IDS_NOTICE_PAUSED_ALL   1640    /* %1 how many */
#define IDS_NOTICE_RENAMED_STOPWATCH 1641 /* %1 the name */
#define IDS_NOTICE_LAP_ON       1642    /* %1 the stopwatch's name, %2 the lap's number, %3 its time */
#define IDS_NOTICE_NOT_RUNNING  1643    /* %1 the stopwatch's name */
#define IDS_NOTICE_ONLY_STOPWATCH 1644
#define IDS_NOTICE_FULL         1645
#define IDS_NOTICE_MOVED_STOPWATCH 1646 /* %1 its name, %2 its place now */
#define IDS_NOTICE_STREAM_FAILED 1648 /* %1 the stream file, %2 why */
#define IDS_STREAM_FILE_TITLE   1672
#define IDS_STREAM_FILE_FILTER  1673 /* "|" between the parts */
#define IDS_NOTICE_STREAM_PATH  1649 /* %1 what was given as the stream file's path */
#define IDS_NOTICE_STOPWATCH_STATE 1647 /* %1 its name, %2 its state (IDS_STRIP_RUNNING...), %3 its time */

/* The command line: %1 the argument refused, or the version */
#define IDS_CLI_UNKNOWN         1650
#define IDS_CLI_MISSING_FILE    1651
#define IDS_CLI_TOO_LONG        1652
#define IDS_CLI_HELP            1653
#define IDS_CLI_VERSION         1654
#define IDS_CLI_TOO_MANY        1655
#define IDS_CLI_MISSING_TIME    1656    /* %1 the option */
#define IDS_CLI_BAD_TIME        1657    /* %1 the argument */
#define IDS_CLI_CORRECTION_REFUSED 1658
#define IDS_CLI_NO_ANSWER       1674 /* %1 the seconds waited */
#define IDS_CLI_HISTORY_UNREADABLE 1659 /* %1 the folder, %2 Windows' words */
#define IDS_CLI_EXPORT_FAILED   1660    /* %1 the file, %2 Windows' words */

/* The Set time dialog: %1 the time now; why a time does not parse; why a correction is
 * refused. */
#define IDS_SET_TIME_NOW        1750
#define IDS_HISTORY_COLUMN_STARTED 1800
#define IDS_HISTORY_COLUMN_LAPS 1801
#define IDS_HISTORY_COLUMN_BEST_LAP 1802
#define IDS_HISTORY_COLUMN_NAME 1803
#define IDS_HISTORY_COLUMN_STOPWATCH 1821 /* with several stopwatches: whose run it is */
#define IDS_HISTORY_EMPTY       1804
#define IDS_HISTORY_SUMMARY     1805    /* %1 the number of runs */
#define IDS_HISTORY_SUMMARY_PICKED 1806 /* %1 the number of runs, %2 the run compared with */
#define IDS_HISTORY_DELETED     1807    /* %1 the run */
#define IDS_HISTORY_RESTORED    1808    /* %1 the run */
#define IDS_HISTORY_NOTHING_TO_UNDO 1809
#define IDS_HISTORY_SAVED       1810    /* %1 the file */
#define IDS_HISTORY_COMPARE     1811
#define IDS_HISTORY_COMPARE_BEST 1812
#define IDS_HISTORY_NAME_TITLE  1813
#define IDS_HISTORY_NAME_LABEL  1814
#define IDS_HISTORY_NOTE_TITLE  1815
#define IDS_HISTORY_NOTE_LABEL  1816
#define IDS_HISTORY_RUN_TITLE   1817    /* %1 the run */
#define IDS_COLUMN_VS_BEST      1818
#define IDS_SUMMARY_VS_BEST     1819    /* %1 the run compared with */
#define IDS_SUMMARY_VS_PICKED   1820    /* %1 the run compared with */
#define IDS_TIME_EMPTY          1751
#define IDS_TIME_NOT_A_TIME     1752
#define IDS_TIME_OUT_OF_RANGE   1753
#define IDS_TIME_TOO_LARGE      1754
#define IDS_TIME_BAD_FRACTION   1755
#define IDS_TIME_SIGN           1756
#define IDS_CORRECT_NEGATIVE    1757
#define IDS_CORRECT_BELOW_LAST_LAP 1758
#define IDS_CORRECT_TOO_LARGE   1759
#define IDS_CORRECT_OTHER_STOPWATCH 1760 /* another stopwatch was shown while Set time was open */

/* Save as CSV */
#define IDS_SAVE_TITLE          1700
#define IDS_SAVE_FILTER         1701
#define IDS_SAVE_DEFAULT_NAME   1702

#endif
