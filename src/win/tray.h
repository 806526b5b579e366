/*
 * The notification-area icon, when the user chose "minimize to the notification area":
 * Shell_NotifyIconW with NOTIFYICON_VERSION_4, added when the window is minimized (the window
 * then hides, so it leaves the taskbar) and removed when it is shown again; added again after
 * Explorer restarts (the "TaskbarCreated" message). Its tooltip is the elapsed time, refreshed
 * when the pointer is over the icon (at most once a second), so nothing wakes up to keep it
 * current while nobody looks. Its events come back to the window as `message`. UI thread
 * only.
 */
#ifndef LAPWING_TRAY_H
#define LAPWING_TRAY_H

#include <windows.h>

typedef struct tray
{
    HWND window;
    UINT message;           /* the callback message */
    UINT taskbar_created;   /* RegisterWindowMessage("TaskbarCreated") */
    HICON icon;
    BOOL shown;
    ULONGLONG tip_updated;  /* GetTickCount64 of the last tooltip change */
} tray;

void tray_initialize(tray *tray, HWND window, UINT message, HICON icon);
/* Shows the icon with `tip`; FALSE when the shell has no notification area (then the caller
 * keeps the window on the taskbar instead). */
BOOL tray_show(tray *tray, const WCHAR *tip);
void tray_hide(tray *tray);
/* The tooltip, if a second has passed since the last change (or `now` is TRUE). */
void tray_set_tip(tray *tray, const WCHAR *tip, BOOL now);
/* Explorer restarted: the icon again, if it was there. */
void tray_recreate(tray *tray, const WCHAR *tip);

#endif
