/*
 * The Settings dialog. See settings_dialog.h.
 */
#include "settings_dialog.h"

#include "resource.h"
#include "ui_text.h"

typedef struct settings_dialog
{
    preferences *editing;   /* the live preferences: changed as the user changes a control */
    preferences original;   /* put back on Cancel */
    settings_dialog_apply apply;
    void *context;
} settings_dialog;

static const UINT precision_names[TIME_PRECISION_COUNT] = {
    IDS_PRECISION_SECONDS, IDS_PRECISION_TENTHS, IDS_PRECISION_HUNDREDTHS,
    IDS_PRECISION_MILLISECONDS
};
static const UINT theme_names[THEME_CHOICE_COUNT] = { IDS_THEME_SYSTEM, IDS_THEME_LIGHT,
                                                      IDS_THEME_DARK };

/* Fills a drop-down list with `count` strings and selects `selected`. */
static void fill_list(HWND dialog, int id, const UINT *names, size_t count, size_t selected)
{
    HWND list = GetDlgItem(dialog, id);
    size_t i;

    for (i = 0; i < count; i++)
    {
        WCHAR text[128];
        ui_text_load(names[i], text, ARRAYSIZE(text));
        SendMessageW(list, CB_ADDSTRING, 0, (LPARAM)text);
    }
    SendMessageW(list, CB_SETCURSEL, (WPARAM)selected, 0);
}

static void show_preferences(HWND dialog, const preferences *shown)
{
    fill_list(dialog, IDC_PRECISION, precision_names, TIME_PRECISION_COUNT,
              (size_t)shown->precision);
    fill_list(dialog, IDC_THEME, theme_names, THEME_CHOICE_COUNT, (size_t)shown->theme);
    CheckDlgButton(dialog, IDC_ALWAYS_ON_TOP, shown->always_on_top ? BST_CHECKED : BST_UNCHECKED);
    CheckDlgButton(dialog, IDC_TIME_IN_TITLE, shown->time_in_title ? BST_CHECKED : BST_UNCHECKED);
}

/* The controls' values into the live preferences, and shown at once. */
static void take_changes(HWND dialog, settings_dialog *state)
{
    LRESULT precision = SendDlgItemMessageW(dialog, IDC_PRECISION, CB_GETCURSEL, 0, 0);
    LRESULT theme = SendDlgItemMessageW(dialog, IDC_THEME, CB_GETCURSEL, 0, 0);

    if (precision >= 0 && precision < TIME_PRECISION_COUNT)
        state->editing->precision = (time_precision)precision;
    if (theme >= 0 && theme < THEME_CHOICE_COUNT)
        state->editing->theme = (theme_choice)theme;
    state->editing->always_on_top = IsDlgButtonChecked(dialog, IDC_ALWAYS_ON_TOP) == BST_CHECKED;
    state->editing->time_in_title = IsDlgButtonChecked(dialog, IDC_TIME_IN_TITLE) == BST_CHECKED;
    state->apply(state->context);
}

static INT_PTR CALLBACK settings_dialog_proc(HWND dialog, UINT message, WPARAM wparam,
                                             LPARAM lparam)
{
    settings_dialog *state = (settings_dialog *)GetWindowLongPtrW(dialog, DWLP_USER);

    switch (message)
    {
    case WM_INITDIALOG:
        SetWindowLongPtrW(dialog, DWLP_USER, lparam);
        state = (settings_dialog *)lparam;
        show_preferences(dialog, state->editing);
        return TRUE; /* the focus to the first control */
    case WM_COMMAND:
        switch (LOWORD(wparam))
        {
        case IDOK:
            EndDialog(dialog, IDOK);
            return TRUE;
        case IDCANCEL:
            *state->editing = state->original;
            state->apply(state->context);
            EndDialog(dialog, IDCANCEL);
            return TRUE;
        case IDC_PRECISION:
        case IDC_THEME:
            if (HIWORD(wparam) == CBN_SELCHANGE)
                take_changes(dialog, state);
            return TRUE;
        case IDC_ALWAYS_ON_TOP:
        case IDC_TIME_IN_TITLE:
            if (HIWORD(wparam) == BN_CLICKED)
                take_changes(dialog, state);
            return TRUE;
        }
        break;
    }
    return FALSE;
}

BOOL settings_dialog_show(HWND owner, preferences *preferences, settings_dialog_apply apply,
                          void *context)
{
    settings_dialog state;

    state.editing = preferences;
    state.original = *preferences;
    state.apply = apply;
    state.context = context;
    return DialogBoxParamW(GetModuleHandleW(NULL), MAKEINTRESOURCEW(IDD_SETTINGS), owner,
                           settings_dialog_proc, (LPARAM)&state) == IDOK;
}
