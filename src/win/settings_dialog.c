/*
 * The Settings dialog. See settings_dialog.h.
 */
#include "settings_dialog.h"

#include <commctrl.h>
#include <commdlg.h>
#include <stdlib.h>

#include "errors.h"
#include "resource.h"
#include "ui_text.h"
#include "utf8.h"

#include <string.h>

typedef struct settings_dialog
{
    settings_dialog_request *request;
    preferences original;   /* put back on Cancel */
} settings_dialog;

static const UINT precision_names[TIME_PRECISION_COUNT] = {
    IDS_PRECISION_SECONDS, IDS_PRECISION_TENTHS, IDS_PRECISION_HUNDREDTHS,
    IDS_PRECISION_MILLISECONDS
};
static const UINT theme_names[THEME_CHOICE_COUNT] = { IDS_THEME_SYSTEM, IDS_THEME_LIGHT,
                                                      IDS_THEME_DARK };
static const int hotkey_controls[HOTKEY_SLOT_COUNT] = { IDC_HOTKEY_START_STOP, IDC_HOTKEY_LAP,
                                                        IDC_HOTKEY_RESET, IDC_HOTKEY_SHOW_HIDE };

void settings_dialog_hotkey_from_control(WORD value, hotkey *key)
{
    BYTE flags = HIBYTE(value);

    key->key = LOBYTE(value);
    key->modifiers = (flags & HOTKEYF_CONTROL ? (unsigned)HOTKEY_CTRL : 0u) |
                     (flags & HOTKEYF_ALT ? (unsigned)HOTKEY_ALT : 0u) |
                     (flags & HOTKEYF_SHIFT ? (unsigned)HOTKEY_SHIFT : 0u);
}

WORD settings_dialog_hotkey_to_control(const hotkey *key)
{
    BYTE flags = (BYTE)((key->modifiers & HOTKEY_CTRL ? HOTKEYF_CONTROL : 0) |
                        (key->modifiers & HOTKEY_ALT ? HOTKEYF_ALT : 0) |
                        (key->modifiers & HOTKEY_SHIFT ? HOTKEYF_SHIFT : 0));
    return MAKEWORD((BYTE)key->key, flags);
}

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

static void check(HWND dialog, int id, bool on)
{
    CheckDlgButton(dialog, id, on ? BST_CHECKED : BST_UNCHECKED);
}

static void show_settings(HWND dialog, const settings_dialog_request *request)
{
    const preferences *shown = request->preferences;
    int slot;

    fill_list(dialog, IDC_PRECISION, precision_names, TIME_PRECISION_COUNT,
              (size_t)shown->precision);
    fill_list(dialog, IDC_THEME, theme_names, THEME_CHOICE_COUNT, (size_t)shown->theme);
    check(dialog, IDC_ALWAYS_ON_TOP, shown->always_on_top);
    check(dialog, IDC_TIME_IN_TITLE, shown->time_in_title);
    check(dialog, IDC_TO_TRAY, shown->minimize_to_tray);
    for (slot = 0; slot < HOTKEY_SLOT_COUNT; slot++)
        SendDlgItemMessageW(dialog, hotkey_controls[slot], HKM_SETHOTKEY,
                            settings_dialog_hotkey_to_control(&request->hotkeys->keys[slot]), 0);
    SetDlgItemInt(dialog, IDC_HOTKEY_LOCKOUT, request->hotkeys->lockout_ms, FALSE);
    {
        WCHAR *path = utf8_to_wide(shown->stream_file);
        SendDlgItemMessageW(dialog, IDC_STREAM_FILE, EM_LIMITTEXT, MAX_PATH - 9, 0);
        SetDlgItemTextW(dialog, IDC_STREAM_FILE, path ? path : L"");
        free(path);
    }
}

/* OK: the stream file's path as typed (a path is taken on OK, not as each letter is typed:
 * half a path would be a file of its own). */
static void take_stream_file(HWND dialog, settings_dialog *state)
{
    WCHAR path[MAX_PATH];
    char *utf8;

    path[0] = L'\0';
    GetDlgItemTextW(dialog, IDC_STREAM_FILE, path, ARRAYSIZE(path));
    utf8 = utf8_from_wide(path);
    if (utf8 && strlen(utf8) < sizeof(state->request->preferences->stream_file))
        strcpy(state->request->preferences->stream_file, utf8);
    free(utf8);
}

/* Browse…: a file chosen or named in the Save dialog, into the edit. */
static void browse_stream_file(HWND dialog)
{
    WCHAR path[MAX_PATH], filter[128], title[128], *bar;
    OPENFILENAMEW choose;

    path[0] = L'\0';
    GetDlgItemTextW(dialog, IDC_STREAM_FILE, path, ARRAYSIZE(path));
    ui_text_load(IDS_STREAM_FILE_FILTER, filter, ARRAYSIZE(filter));
    for (bar = filter; *bar; bar++)
        if (*bar == L'|')
            *bar = L'\0'; /* "Text files|*.txt|" as the dialog wants it */
    ui_text_load(IDS_STREAM_FILE_TITLE, title, ARRAYSIZE(title));
    ZeroMemory(&choose, sizeof(choose));
    choose.lStructSize = sizeof(choose);
    choose.hwndOwner = dialog;
    choose.lpstrFilter = filter;
    choose.lpstrFile = path;
    choose.nMaxFile = MAX_PATH - 8; /* (the path and its terminator: MAX_PATH - 9 characters) */
    choose.lpstrTitle = title;
    choose.lpstrDefExt = L"txt";
    /* No overwrite prompt: the file is there to be rewritten every second. */
    choose.Flags = OFN_PATHMUSTEXIST | OFN_NOCHANGEDIR | OFN_HIDEREADONLY;
    if (GetSaveFileNameW(&choose))
        SetDlgItemTextW(dialog, IDC_STREAM_FILE, path);
}

/* The controls' values into the live preferences, and shown at once. */
static void take_changes(HWND dialog, settings_dialog *state)
{
    preferences *editing = state->request->preferences;
    LRESULT precision = SendDlgItemMessageW(dialog, IDC_PRECISION, CB_GETCURSEL, 0, 0);
    LRESULT theme = SendDlgItemMessageW(dialog, IDC_THEME, CB_GETCURSEL, 0, 0);

    if (precision >= 0 && precision < TIME_PRECISION_COUNT)
        editing->precision = (time_precision)precision;
    if (theme >= 0 && theme < THEME_CHOICE_COUNT)
        editing->theme = (theme_choice)theme;
    editing->always_on_top = IsDlgButtonChecked(dialog, IDC_ALWAYS_ON_TOP) == BST_CHECKED;
    editing->time_in_title = IsDlgButtonChecked(dialog, IDC_TIME_IN_TITLE) == BST_CHECKED;
    editing->minimize_to_tray = IsDlgButtonChecked(dialog, IDC_TO_TRAY) == BST_CHECKED;
    state->request->apply(state->request->context);
}

/* A message about `key` (%1), and the focus back on the control that holds it. */
static void refuse(HWND dialog, UINT message, const hotkey *key, int control, DWORD error)
{
    char text[HOTKEY_TEXT_MAX];
    WCHAR wide[HOTKEY_TEXT_MAX], said[512];
    const WCHAR *insert = wide;

    hotkey_format(key, text, sizeof(text));
    ascii_to_wide(text, wide, HOTKEY_TEXT_MAX);
    ui_text_format(said, ARRAYSIZE(said), message, &insert, 1);
    error_show_text(dialog, said, error);
    SetFocus(GetDlgItem(dialog, control));
}

/* OK: the hotkeys checked and registered; FALSE (the dialog stays) when one cannot be. */
static BOOL take_hotkeys(HWND dialog, settings_dialog *state)
{
    hotkey_settings wanted;
    BOOL translated;
    int slot, other;
    DWORD error;

    ZeroMemory(&wanted, sizeof(wanted));
    for (slot = 0; slot < HOTKEY_SLOT_COUNT; slot++)
    {
        LRESULT value = SendDlgItemMessageW(dialog, hotkey_controls[slot], HKM_GETHOTKEY, 0, 0);
        settings_dialog_hotkey_from_control((WORD)value, &wanted.keys[slot]);
        if (wanted.keys[slot].key && !hotkey_is_allowed(&wanted.keys[slot]))
        {
            refuse(dialog, IDS_ERROR_HOTKEY_PLAIN, &wanted.keys[slot], hotkey_controls[slot], 0);
            return FALSE;
        }
        for (other = 0; other < slot; other++)
            if (wanted.keys[slot].key && hotkey_equal(&wanted.keys[slot], &wanted.keys[other]))
            {
                refuse(dialog, IDS_ERROR_HOTKEY_TWICE, &wanted.keys[slot],
                       hotkey_controls[slot], 0);
                return FALSE;
            }
    }
    wanted.lockout_ms = GetDlgItemInt(dialog, IDC_HOTKEY_LOCKOUT, &translated, FALSE);
    if (!translated || wanted.lockout_ms > HOTKEY_LOCKOUT_MAX_MS)
        wanted.lockout_ms = wanted.lockout_ms > HOTKEY_LOCKOUT_MAX_MS ? HOTKEY_LOCKOUT_MAX_MS : 0;
    slot = state->request->register_hotkeys(state->request->context, &wanted, &error);
    if (slot >= 0)
    {
        refuse(dialog, IDS_ERROR_HOTKEY_TAKEN, &wanted.keys[slot], hotkey_controls[slot], 0);
        return FALSE;
    }
    *state->request->hotkeys = wanted;
    return TRUE;
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
        show_settings(dialog, state->request);
        return TRUE; /* the focus to the first control */
    case WM_COMMAND:
        switch (LOWORD(wparam))
        {
        case IDOK:
            if (take_hotkeys(dialog, state))
            {
                take_stream_file(dialog, state);
                state->request->apply(state->request->context);
                EndDialog(dialog, IDOK);
            }
            return TRUE;
        case IDC_STREAM_BROWSE:
            if (HIWORD(wparam) == BN_CLICKED)
                browse_stream_file(dialog);
            return TRUE;
        case IDCANCEL:
            *state->request->preferences = state->original;
            state->request->apply(state->request->context);
            EndDialog(dialog, IDCANCEL);
            return TRUE;
        case IDC_PRECISION:
        case IDC_THEME:
            if (HIWORD(wparam) == CBN_SELCHANGE)
                take_changes(dialog, state);
            return TRUE;
        case IDC_ALWAYS_ON_TOP:
        case IDC_TIME_IN_TITLE:
        case IDC_TO_TRAY:
            if (HIWORD(wparam) == BN_CLICKED)
                take_changes(dialog, state);
            return TRUE;
        }
        break;
    }
    return FALSE;
}

BOOL settings_dialog_show(HWND owner, settings_dialog_request *request)
{
    settings_dialog state;

    state.request = request;
    state.original = *request->preferences;
    return DialogBoxParamW(GetModuleHandleW(NULL), MAKEINTRESOURCEW(IDD_SETTINGS), owner,
                           settings_dialog_proc, (LPARAM)&state) == IDOK;
}
