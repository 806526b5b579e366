/*
 * The name dialog. See name_dialog.h.
 */
#include "name_dialog.h"

#include <stdlib.h>

#include "resource.h"
#include "ui_text.h"
#include "utf8.h"

static BOOL try_keep(HWND dialog, name_request *request)
{
    WCHAR wide[1200];
    char *text;
    UINT refused;

    GetDlgItemTextW(dialog, IDC_NAME_VALUE, wide, ARRAYSIZE(wide));
    text = utf8_from_wide(wide);
    refused = text ? request->keep(request->context, text) : IDS_ERROR_OUT_OF_MEMORY;
    free(text);
    if (refused)
    {
        WCHAR reason[256];
        ui_text_load(refused, reason, ARRAYSIZE(reason));
        SetDlgItemTextW(dialog, IDC_NAME_ERROR, reason);
        MessageBeep(MB_ICONWARNING);
        SendDlgItemMessageW(dialog, IDC_NAME_VALUE, EM_SETSEL, 0, -1);
        SetFocus(GetDlgItem(dialog, IDC_NAME_VALUE));
        return FALSE;
    }
    return TRUE;
}

static INT_PTR CALLBACK name_dialog_proc(HWND dialog, UINT message, WPARAM wparam,
                                         LPARAM lparam)
{
    name_request *request = (name_request *)GetWindowLongPtrW(dialog, DWLP_USER);

    switch (message)
    {
    case WM_INITDIALOG:
    {
        WCHAR text[128], *current;

        request = (name_request *)lparam;
        SetWindowLongPtrW(dialog, DWLP_USER, (LONG_PTR)request);
        ui_text_load(request->caption, text, ARRAYSIZE(text));
        SetWindowTextW(dialog, text);
        ui_text_load(request->label, text, ARRAYSIZE(text));
        SetDlgItemTextW(dialog, IDC_NAME_LABEL, text);
        current = utf8_to_wide(request->current ? request->current : "");
        SetDlgItemTextW(dialog, IDC_NAME_VALUE, current ? current : L"");
        free(current);
        SendDlgItemMessageW(dialog, IDC_NAME_VALUE, EM_LIMITTEXT, 1100, 0);
        SendDlgItemMessageW(dialog, IDC_NAME_VALUE, EM_SETSEL, 0, -1);
        SetFocus(GetDlgItem(dialog, IDC_NAME_VALUE));
        return FALSE; /* the focus is set */
    }
    case WM_COMMAND:
        switch (LOWORD(wparam))
        {
        case IDOK:
            if (try_keep(dialog, request))
                EndDialog(dialog, IDOK);
            return TRUE;
        case IDCANCEL:
            EndDialog(dialog, IDCANCEL);
            return TRUE;
        }
        break;
    }
    return FALSE;
}

BOOL name_dialog_show(HWND owner, name_request *request)
{
    return DialogBoxParamW(GetModuleHandleW(NULL), MAKEINTRESOURCEW(IDD_NAME), owner,
                           name_dialog_proc, (LPARAM)request) == IDOK;
}
