/*
 * A lap's note edited in place (main_window_notes.c). A leaf.
 */
#ifndef LAPWING_MAIN_WINDOW_NOTES_H
#define LAPWING_MAIN_WINDOW_NOTES_H

#include "main_window_private.h"

/* F2: a lap's note edited over its cell: the selected lap's (the focused one of several), or
 * with none selected the newest lap's. FALSE when there is no lap to edit. */
BOOL main_window_edit_note(main_window *state);
/* The note editor is done (WM_APP_NOTE_DONE): closes it. TRUE when its text is to be kept:
 * then *lap is the lap and *text its note (UTF-8, malloc'd, for the caller to free). */
BOOL main_window_end_note(main_window *state, BOOL keep, size_t *lap, char **text);

#endif
