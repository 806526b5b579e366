/*
 * Editing a lap's note in place: an edit box over the lap's Note cell. Enter keeps the text,
 * Esc cancels, leaving the box keeps it too (as renaming a file in Explorer does). While it is
 * open, every key goes to it, none to the stopwatch's accelerators (typing "L" in a note must
 * not record a lap): the message loop gives no key to the accelerators while an edit box has
 * the focus (main.c). UI thread only.
 *
 * The box tells its owner it is done by posting WM_APP_NOTE_DONE (wParam TRUE to keep the text)
 * rather than calling back, so the owner ends the edit outside the box's own messages.
 */
#ifndef LAPWING_NOTE_EDITOR_H
#define LAPWING_NOTE_EDITOR_H

#include <windows.h>

typedef struct note_editor
{
    HWND edit;              /* NULL when no note is being edited */
    HWND owner;             /* gets WM_APP_NOTE_DONE */
    size_t lap;             /* the lap whose note it is */
} note_editor;

/* Opens the box over `cell` (client coordinates of `list`) with `text`, for lap `lap`. */
BOOL note_editor_open(note_editor *editor, HWND owner, HWND list, const RECT *cell, size_t lap,
                      const WCHAR *text, HFONT font);
/* The text typed (malloc'd UTF-16) and closes the box; NULL if none was open. */
WCHAR *note_editor_close(note_editor *editor);
BOOL note_editor_is_open(const note_editor *editor);

#endif
