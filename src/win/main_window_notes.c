/*
 * A lap's note, edited in place (F2, a double-click): the note editor opened over the lap's
 * Note cell, and its text handed back when the user is done (the commands keep it). A leaf.
 * UI thread only.
 */
#include "main_window_notes.h"

#include <commctrl.h>
#include <stdlib.h>

#include "errors.h"
#include "lapwing/lap_text.h"
#include "resource.h"
#include "utf8.h"

/* F2: the selected lap's note, edited over its cell. */
void main_window_edit_note(main_window *state)
{
    size_t count = 0, *selected = lap_list_selected_laps(&state->laps, &count);
    char text[LAP_TEXT_CELL_MAX];
    lap_mark mark;
    WCHAR *wide;
    RECT cell;
    int row;

    if (!selected || count != 1 || note_editor_is_open(&state->note))
    {
        free(selected);
        return;
    }
    row = lap_list_row_of(&state->laps, selected[0]);
    SendMessageW(state->laps.window, LVM_ENSUREVISIBLE, (WPARAM)row, FALSE);
    cell.top = LAP_COLUMN_NOTE;
    cell.left = LVIR_BOUNDS;
    if (SendMessageW(state->laps.window, LVM_GETSUBITEMRECT, (WPARAM)row, (LPARAM)&cell) &&
        shared_stopwatch_lap_cell(&state->app->shared, selected[0], LAP_COLUMN_NOTE, text,
                                  sizeof(text), &mark) &&
        (wide = utf8_to_wide(text)) != NULL)
    {
        note_editor_open(&state->note, state->window, state->laps.window, &cell, selected[0],
                         wide, state->ui_font);
        free(wide);
    }
    free(selected);
}

BOOL main_window_end_note(main_window *state, BOOL keep, size_t *lap, char **text)
{
    WCHAR *wide;

    if (!note_editor_is_open(&state->note))
        return FALSE;
    *lap = state->note.lap;
    wide = note_editor_close(&state->note);
    SetFocus(state->laps.window);
    *text = keep && wide ? utf8_from_wide(wide) : NULL;
    if (keep && wide && !*text)
        error_show(state->window, IDS_ERROR_OUT_OF_MEMORY, ERROR_NOT_ENOUGH_MEMORY);
    free(wide);
    return *text != NULL;
}
