/*
 * Lapwing's private window messages, all in one place, from WM_APP up.
 */
#ifndef LAPWING_APP_MESSAGES_H
#define LAPWING_APP_MESSAGES_H

#include <windows.h>

enum app_message
{
    /* Posted by the clock thread: the running time has moved on; read it and show it.
     * Carries nothing: the receiver reads the time itself, after clearing the pending flag. */
    WM_APP_CLOCK_UPDATE = WM_APP + 1,
    /* Posted by the note editor: the user is done with a note. wParam: TRUE to keep it. */
    WM_APP_NOTE_DONE,
    /* Sent by a second Lapwing (lapwing --status): answers (state + 1) | lap count << 2. */
    WM_APP_STATUS,
    /* Sent by the tests: answers how many updates the clock thread has posted. */
    WM_APP_CLOCK_POSTS,
    /* The notification-area icon's events (tray.h). */
    WM_APP_TRAY
};

/* WM_COPYDATA from a second Lapwing: dwData is this, lpData a command_line request
 * (lapwing/command_line.h). The answer is one of the remote_answer values. */
#define LAPWING_REQUEST_MAGIC 0x4C505731u /* "LPW1" */
enum remote_answer
{
    REMOTE_DONE = 1,
    REMOTE_REFUSED,         /* not a valid request */
    REMOTE_EXPORT_FAILED,
    REMOTE_CORRECTION_REFUSED /* --set or --add would go below zero or the newest lap */
};

#endif
