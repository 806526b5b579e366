/*
 * Editing a note in place. See note_editor.h.
 */
#include "note_editor.h"

#include <commctrl.h>
#include <stdlib.h>

#include "app_messages.h"
#include "lapwing/laps.h"

static void finish(HWND edit, BOOL keep)
{
    note_editor *editor = (note_editor *)GetWindowLongPtrW(edit, GWLP_USERDATA);

    if (editor && editor->edit == edit)
        PostMessageW(editor->owner, WM_APP_NOTE_DONE, (WPARAM)keep, 0);
}

static LRESULT CALLBACK edit_subclass(HWND edit, UINT message, WPARAM wparam, LPARAM lparam,
                                      UINT_PTR id, DWORD_PTR data)
{
    (void)id;
    (void)data;
    switch (message)
    {
    case WM_GETDLGCODE:
        return DLGC_WANTALLKEYS | DefSubclassProc(edit, message, wparam, lparam);
    case WM_KEYDOWN:
        if (wparam == VK_RETURN || wparam == VK_ESCAPE)
        {
            finish(edit, wparam == VK_RETURN);
            return 0;
        }
        break;
    case WM_CHAR:
        if (wparam == L'\r' || wparam == 27 || wparam == L'\n')
            return 0; /* no beep */
        break;
    case WM_KILLFOCUS:
        finish(edit, TRUE);
        break;
    case WM_NCDESTROY:
        RemoveWindowSubclass(edit, edit_subclass, 0);
        break;
    }
    return DefSubclassProc(edit, message, wparam, lparam);
}

BOOL note_editor_open(note_editor *editor, HWND owner, HWND list, const RECT *cell, size_t lap,
                      const WCHAR *text, HFONT font)
{
    if (editor->edit)
        return FALSE;
    editor->owner = owner;
    editor->lap = lap;
    editor->edit = CreateWindowExW(0, WC_EDITW, text,
                                   WS_CHILD | WS_VISIBLE | WS_BORDER | ES_AUTOHSCROLL,
                                   cell->left, cell->top, cell->right - cell->left,
                                   cell->bottom - cell->top, list, NULL,
                                   GetModuleHandleW(NULL), NULL);
    if (!editor->edit)
        return FALSE;
    SetWindowLongPtrW(editor->edit, GWLP_USERDATA, (LONG_PTR)editor);
    if (font)
        SendMessageW(editor->edit, WM_SETFONT, (WPARAM)font, FALSE);
    /* UTF-16 units: a note of 200 characters outside the BMP takes 400. The core checks the
     * real limit. */
    SendMessageW(editor->edit, EM_LIMITTEXT, 2 * LAPS_NOTE_MAX_CHARACTERS, 0);
    SetWindowSubclass(editor->edit, edit_subclass, 0, 0);
    SendMessageW(editor->edit, EM_SETSEL, 0, -1);
    SetFocus(editor->edit);
    return TRUE;
}

WCHAR *note_editor_close(note_editor *editor)
{
    HWND edit = editor->edit;
    int length;
    WCHAR *text;

    if (!edit)
        return NULL;
    editor->edit = NULL; /* first: the focus leaving it below must not finish it again */
    length = GetWindowTextLengthW(edit);
    text = malloc(((size_t)(length > 0 ? length : 0) + 1) * sizeof(WCHAR));
    if (text)
        GetWindowTextW(edit, text, length + 1);
    DestroyWindow(edit);
    return text;
}

BOOL note_editor_is_open(const note_editor *editor)
{
    return editor->edit != NULL;
}
