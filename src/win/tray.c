/*
 * The notification-area icon. See tray.h.
 */
#include "tray.h"

#include <shellapi.h>

enum { TRAY_ICON_ID = 1 };

static void describe(const tray *tray, NOTIFYICONDATAW *data, const WCHAR *tip)
{
    ZeroMemory(data, sizeof(*data));
    data->cbSize = sizeof(*data);
    data->hWnd = tray->window;
    data->uID = TRAY_ICON_ID;
    data->uFlags = NIF_MESSAGE | NIF_ICON | NIF_TIP | NIF_SHOWTIP;
    data->uCallbackMessage = tray->message;
    data->hIcon = tray->icon;
    if (tip)
        lstrcpynW(data->szTip, tip, ARRAYSIZE(data->szTip));
}

void tray_initialize(tray *tray, HWND window, UINT message, HICON icon)
{
    ZeroMemory(tray, sizeof(*tray));
    tray->window = window;
    tray->message = message;
    tray->icon = icon;
    tray->taskbar_created = RegisterWindowMessageW(L"TaskbarCreated");
}

BOOL tray_show(tray *tray, const WCHAR *tip)
{
    NOTIFYICONDATAW data;

    if (tray->shown)
        return TRUE;
    describe(tray, &data, tip);
    if (!Shell_NotifyIconW(NIM_ADD, &data))
        return FALSE;
    /* Version 4: keyboard and mouse events as NIN_SELECT, NIN_KEYSELECT, WM_CONTEXTMENU. */
    data.uVersion = NOTIFYICON_VERSION_4;
    Shell_NotifyIconW(NIM_SETVERSION, &data);
    tray->shown = TRUE;
    tray->tip_updated = GetTickCount64();
    return TRUE;
}

void tray_hide(tray *tray)
{
    NOTIFYICONDATAW data;

    if (!tray->shown)
        return;
    describe(tray, &data, NULL);
    data.uFlags = 0;
    Shell_NotifyIconW(NIM_DELETE, &data);
    tray->shown = FALSE;
}

void tray_set_tip(tray *tray, const WCHAR *tip, BOOL now)
{
    NOTIFYICONDATAW data;
    ULONGLONG ticks = GetTickCount64();

    if (!tray->shown || (!now && ticks - tray->tip_updated < 1000))
        return;
    describe(tray, &data, tip);
    data.uFlags = NIF_TIP | NIF_SHOWTIP;
    Shell_NotifyIconW(NIM_MODIFY, &data);
    tray->tip_updated = ticks;
}

void tray_recreate(tray *tray, const WCHAR *tip)
{
    if (!tray->shown)
        return;
    tray->shown = FALSE;
    tray_show(tray, tip);
}
