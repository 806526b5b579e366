/*
 * The keyboard. See keyboard.h.
 */
#include "keyboard.h"

#include <commctrl.h>

#include "resource.h"

void keyboard_initialize(keyboard *keyboard, HWND window, HACCEL accelerators)
{
    ACCEL entries[64];
    int count = CopyAcceleratorTableW(accelerators, entries, ARRAYSIZE(entries)), i;

    ZeroMemory(keyboard, sizeof(*keyboard));
    keyboard->window = window;
    keyboard->accelerators = accelerators;
    for (i = 0; i < count && keyboard->key_count < (int)ARRAYSIZE(keyboard->keys); i++)
        if (entries[i].fVirt & FVIRTKEY)
            keyboard->keys[keyboard->key_count++] = entries[i].key;
}

static BOOL is_repeat(const MSG *message)
{
    return (message->lParam & (1L << 30)) != 0; /* bit 30: the key was already down */
}

/* A repeat of a key that does something once: an accelerator's, or Alt+anything (the buttons'
 * access keys; arrow keys and the like still repeat in the lap list). */
static BOOL is_repeated_command_key(const keyboard *keyboard, const MSG *message)
{
    int i;

    if (!is_repeat(message))
        return FALSE;
    if (message->message == WM_SYSKEYDOWN || message->message == WM_SYSCHAR)
        return TRUE;
    if (message->message != WM_KEYDOWN)
        return FALSE;
    for (i = 0; i < keyboard->key_count; i++)
        if (keyboard->keys[i] == (WORD)message->wParam)
            return TRUE;
    return FALSE;
}

static BOOL is_class(HWND window, const WCHAR *name)
{
    WCHAR class_name[32];

    return window && GetClassNameW(window, class_name, ARRAYSIZE(class_name)) &&
           lstrcmpiW(class_name, name) == 0;
}

/* Keys that belong to the control with the focus, not to the stopwatch: everything typed into
 * an edit box (a lap's note: "L" there is a letter, not a lap), and Delete and Backspace in the
 * lap list (a user who selected a lap and pressed Delete must not lose every lap; R still
 * resets, and a reset can be undone). */
static BOOL key_belongs_to_focus(const keyboard *keyboard, const MSG *message, HWND focus)
{
    if (message->message != WM_KEYDOWN && message->message != WM_SYSKEYDOWN &&
        message->message != WM_CHAR && message->message != WM_SYSCHAR)
        return FALSE;
    if (!focus || !IsChild(keyboard->window, focus))
        return FALSE;
    if (is_class(focus, WC_EDITW))
        return message->message != WM_SYSKEYDOWN; /* Alt+F4 and the like still work */
    return GetDlgCtrlID(focus) == IDC_LAP_LIST && message->message == WM_KEYDOWN &&
           (message->wParam == VK_DELETE || message->wParam == VK_BACK);
}

/* One of the window's push buttons, enabled, with the focus. */
static BOOL is_our_button(const keyboard *keyboard, HWND control)
{
    return control && GetParent(control) == keyboard->window && is_class(control, WC_BUTTONW) &&
           IsWindowEnabled(control) && IsWindowVisible(control);
}

static BOOL is_focus_key(WPARAM key)
{
    return key == VK_TAB || key == VK_LEFT || key == VK_RIGHT || key == VK_UP || key == VK_DOWN;
}

BOOL keyboard_translate(keyboard *keyboard, MSG *message)
{
    HWND focus;
    BOOL for_focus;

    if (message->hwnd != keyboard->window && !IsChild(keyboard->window, message->hwnd))
        return FALSE;
    switch (message->message)
    {
    case WM_LBUTTONDOWN:
    case WM_RBUTTONDOWN:
    case WM_MBUTTONDOWN:
    case WM_NCLBUTTONDOWN:
        keyboard->focus_moved_by_keyboard = FALSE; /* the mouse is in charge again */
        return FALSE;
    }
    focus = GetFocus();
    for_focus = key_belongs_to_focus(keyboard, message, focus);
    if (!for_focus && is_repeated_command_key(keyboard, message))
        return TRUE;
    if (message->message == WM_KEYDOWN && !for_focus)
    {
        /* Tab, Shift+Tab and the arrows move the focus among the controls (IsDialogMessage,
         * below): from now on the focus is where the user put it. */
        if (is_focus_key(message->wParam))
            keyboard->focus_moved_by_keyboard = TRUE;
        /* Space or Enter on a button the user tabbed to presses that button, at once. */
        else if ((message->wParam == VK_SPACE || message->wParam == VK_RETURN) &&
                 keyboard->focus_moved_by_keyboard && is_our_button(keyboard, focus) &&
                 GetKeyState(VK_CONTROL) >= 0 && GetKeyState(VK_MENU) >= 0)
        {
            SendMessageW(keyboard->window, WM_COMMAND,
                         MAKEWPARAM(GetDlgCtrlID(focus), BN_CLICKED), (LPARAM)focus);
            return TRUE;
        }
    }
    if (!for_focus &&
        TranslateAcceleratorW(keyboard->window, keyboard->accelerators, message))
        return TRUE;
    /* IsDialogMessage dispatches what it takes (mouse messages too) itself. */
    if (!IsDialogMessageW(keyboard->window, message))
        return FALSE;
    keyboard_after_dispatch(keyboard, message);
    return TRUE;
}

void keyboard_after_dispatch(keyboard *keyboard, const MSG *message)
{
    HWND focus;

    /* A click leaves the focus on the button clicked: on Lap or Reset that would mislead the
     * next Space (which starts and pauses), so it goes back to Start/Pause. */
    if (message->message != WM_LBUTTONUP || keyboard->focus_moved_by_keyboard)
        return;
    focus = GetFocus();
    if (focus == message->hwnd && is_class(focus, WC_BUTTONW) &&
        GetParent(focus) == keyboard->window && GetDlgCtrlID(focus) != IDM_START_STOP)
    {
        HWND start_stop = GetDlgItem(keyboard->window, IDM_START_STOP);
        if (start_stop && IsWindowVisible(start_stop))
            SetFocus(start_stop);
    }
}
