/*
 * The Set time dialog. See set_time_dialog.h.
 */
#include "set_time_dialog.h"

#include <stdlib.h>

#include "lapwing/time_parse.h"
#include "resource.h"
#include "ui_text.h"
#include "utf8.h"

UINT set_time_parse_message(int result)
{
    switch ((time_parse_result)result)
    {
    case TIME_PARSE_OK:           return 0;
    case TIME_PARSE_EMPTY:        return IDS_TIME_EMPTY;
    case TIME_PARSE_OUT_OF_RANGE: return IDS_TIME_OUT_OF_RANGE;
    case TIME_PARSE_TOO_LARGE:    return IDS_TIME_TOO_LARGE;
    case TIME_PARSE_BAD_FRACTION: return IDS_TIME_BAD_FRACTION;
    case TIME_PARSE_SIGN:         return IDS_TIME_SIGN;
    case TIME_PARSE_NOT_A_TIME:
    default:                      return IDS_TIME_NOT_A_TIME;
    }
}

/* The reason in the dialog's own line (read by screen readers as the edit's neighbour), and
 * the value selected for typing over. */
static void say_why_not(HWND dialog, UINT message)
{
    WCHAR text[256];

    ui_text_load(message, text, ARRAYSIZE(text));
    SetDlgItemTextW(dialog, IDC_SET_TIME_ERROR, text);
    MessageBeep(MB_ICONWARNING);
    SendDlgItemMessageW(dialog, IDC_SET_TIME_VALUE, EM_SETSEL, 0, -1);
    SetFocus(GetDlgItem(dialog, IDC_SET_TIME_VALUE));
}

/* OK: parsed, then carried out; FALSE (the dialog stays open) when either says no. */
static BOOL try_apply(HWND dialog, set_time_request *request)
{
    WCHAR wide[64];
    char *text;
    bool set = IsDlgButtonChecked(dialog, IDC_SET_TIME_SET) == BST_CHECKED;
    uint64_t units = 0;
    int64_t amount = 0;
    time_parse_result parsed;
    UINT refused;

    GetDlgItemTextW(dialog, IDC_SET_TIME_VALUE, wide, ARRAYSIZE(wide));
    text = utf8_from_wide(wide);
    if (!text)
        parsed = TIME_PARSE_TOO_LARGE;
    else
        parsed = set ? time_parse_elapsed(text, &units) : time_parse_amount(text, &amount);
    free(text);
    if (parsed != TIME_PARSE_OK)
    {
        say_why_not(dialog, set_time_parse_message((int)parsed));
        return FALSE;
    }
    refused = request->apply(request->context, set, units, amount);
    if (refused)
    {
        say_why_not(dialog, refused);
        return FALSE;
    }
    return TRUE;
}

static INT_PTR CALLBACK set_time_dialog_proc(HWND dialog, UINT message, WPARAM wparam,
                                             LPARAM lparam)
{
    set_time_request *request = (set_time_request *)GetWindowLongPtrW(dialog, DWLP_USER);

    switch (message)
    {
    case WM_INITDIALOG:
    {
        const WCHAR *insert;
        WCHAR text[128];

        request = (set_time_request *)lparam;
        SetWindowLongPtrW(dialog, DWLP_USER, (LONG_PTR)request);
        insert = request->now_text;
        ui_text_format(text, ARRAYSIZE(text), IDS_SET_TIME_NOW, &insert, 1);
        SetDlgItemTextW(dialog, IDC_SET_TIME_NOW_TEXT, text);
        CheckRadioButton(dialog, IDC_SET_TIME_SET, IDC_SET_TIME_ADD, IDC_SET_TIME_SET);
        SetDlgItemTextW(dialog, IDC_SET_TIME_VALUE, request->now_text);
        SendDlgItemMessageW(dialog, IDC_SET_TIME_VALUE, EM_LIMITTEXT, 40, 0);
        SendDlgItemMessageW(dialog, IDC_SET_TIME_VALUE, EM_SETSEL, 0, -1);
        SetFocus(GetDlgItem(dialog, IDC_SET_TIME_VALUE));
        return FALSE; /* the focus is set */
    }
    case WM_COMMAND:
        switch (LOWORD(wparam))
        {
        case IDOK:
            if (try_apply(dialog, request))
                EndDialog(dialog, IDOK);
            return TRUE;
        case IDCANCEL:
            EndDialog(dialog, IDCANCEL);
            return TRUE;
        case IDC_SET_TIME_SET:
        case IDC_SET_TIME_ADD:
            /* The other way of correcting: what was typed may no longer fit it. */
            SetDlgItemTextW(dialog, IDC_SET_TIME_ERROR, L"");
            if (HIWORD(wparam) == BN_CLICKED && LOWORD(wparam) == IDC_SET_TIME_ADD &&
                IsDlgButtonChecked(dialog, IDC_SET_TIME_ADD) == BST_CHECKED)
            {
                SetDlgItemTextW(dialog, IDC_SET_TIME_VALUE, L"+");
                SendDlgItemMessageW(dialog, IDC_SET_TIME_VALUE, EM_SETSEL, 1, 1);
            }
            return TRUE;
        }
        break;
    }
    return FALSE;
}

BOOL set_time_dialog_show(HWND owner, set_time_request *request)
{
    return DialogBoxParamW(GetModuleHandleW(NULL), MAKEINTRESOURCEW(IDD_SET_TIME), owner,
                           set_time_dialog_proc, (LPARAM)request) == IDOK;
}
