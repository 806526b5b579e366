/*
 * A one-line text asked for (IDD_NAME): a past run's name (F2 in the History window) or a past
 * lap's note (F2 in a run's window). The check is the caller's (`keep`), so what is wrong with
 * the text (too long, a character that is not allowed) is said in the dialog, which stays
 * open. UI thread only.
 */
#ifndef LAPWING_NAME_DIALOG_H
#define LAPWING_NAME_DIALOG_H

#include <windows.h>

typedef struct name_request
{
    UINT caption;           /* IDS_: the dialog's title */
    UINT label;             /* IDS_: the edit's label, with its access key */
    const char *current;    /* UTF-8, may be NULL */
    /* Keeps `text` (UTF-8; empty removes it): 0, or the IDS_ string that says why not. */
    UINT (*keep)(void *context, const char *text);
    void *context;
} name_request;

/* TRUE when a text was kept. */
BOOL name_dialog_show(HWND owner, name_request *request);

#endif
