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
    WM_APP_NOTE_DONE
};

#endif
