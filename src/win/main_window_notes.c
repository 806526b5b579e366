/*
 * A lap's note, edited in place (F2, a double-click): the note editor opened over the lap's
 * Note cell, and its text kept as the lap's note (and saved) when the user is done. UI thread
 * only.
 */
#include "main_window_private.h"

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

void main_window_end_note(main_window *state, BOOL keep)
{
    size_t lap = state->note.lap;
    WCHAR *text;
    char *utf8;
    laps_note_result result;

    if (!note_editor_is_open(&state->note))
        return;
    text = note_editor_close(&state->note);
    SetFocus(state->laps.window);
    if (!keep || !text)
    {
        free(text);
        return;
    }
    utf8 = utf8_from_wide(text);
    result = utf8 ? shared_stopwatch_set_note(&state->app->shared, lap, utf8)
                  : LAPS_NOTE_OUT_OF_MEMORY;
    switch (result)
    {
    case LAPS_NOTE_OK:
        main_window_show_save_news(state, app_save_note(state->app, lap, utf8));
        lap_list_refresh(&state->laps);
        break;
    case LAPS_NOTE_TOO_LONG:     error_show(state->window, IDS_ERROR_NOTE_TOO_LONG, 0); break;
    case LAPS_NOTE_OUT_OF_MEMORY:
        error_show(state->window, IDS_ERROR_OUT_OF_MEMORY, ERROR_NOT_ENOUGH_MEMORY);
        break;
    case LAPS_NOTE_NO_SUCH_LAP:  break; /* undone meanwhile */
    default:                     error_show(state->window, IDS_ERROR_NOTE_CHARACTER, 0); break;
    }
    free(utf8);
    free(text);
}

