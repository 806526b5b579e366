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

/* Which lap F2 means: the focused one among those selected, else the newest selected; with
 * none selected, the newest lap ("name the lap I just took"). -1 when the list has none. */
static int row_to_edit(main_window *state)
{
    int focused = (int)SendMessageW(state->laps.window, LVM_GETNEXTITEM, (WPARAM)-1,
                                    LVNI_FOCUSED);
    int selected = (int)SendMessageW(state->laps.window, LVM_GETNEXTITEM, (WPARAM)-1,
                                     LVNI_SELECTED);

    if (!state->laps.shown_count)
        return -1;
    if (focused >= 0 && (size_t)focused < state->laps.shown_count &&
        (SendMessageW(state->laps.window, LVM_GETITEMSTATE, (WPARAM)focused, LVIS_SELECTED) &
         LVIS_SELECTED))
        return focused;
    if (selected >= 0 && (size_t)selected < state->laps.shown_count)
        return selected; /* rows run newest first: the first selected is the newest */
    return 0;            /* the newest lap */
}

/* Only `row` selected and focused, so the user sees whose note is being typed. */
static void select_only(main_window *state, int row)
{
    LVITEMW item;

    ZeroMemory(&item, sizeof(item));
    item.stateMask = LVIS_SELECTED | LVIS_FOCUSED;
    item.state = 0;
    SendMessageW(state->laps.window, LVM_SETITEMSTATE, (WPARAM)-1, (LPARAM)&item);
    item.state = LVIS_SELECTED | LVIS_FOCUSED;
    SendMessageW(state->laps.window, LVM_SETITEMSTATE, (WPARAM)row, (LPARAM)&item);
    SendMessageW(state->laps.window, LVM_ENSUREVISIBLE, (WPARAM)row, FALSE);
}

BOOL main_window_edit_note(main_window *state)
{
    char text[LAP_TEXT_CELL_MAX];
    lap_mark mark;
    WCHAR *wide;
    RECT cell;
    size_t lap;
    int row;
    stopwatch_snapshot snapshot;

    if (note_editor_is_open(&state->note))
        return TRUE;
    /* While running the list catches up with new laps on the next frame: a note asked for at
     * once belongs to the lap just taken, so the list is brought up to date first. */
    shared_stopwatch_snapshot(&state->app->shared, &snapshot);
    if (snapshot.lap_count != state->laps.shown_count)
        lap_list_show_count(&state->laps, snapshot.lap_count);
    row = row_to_edit(state);
    if (row < 0)
        return FALSE;
    lap = lap_list_lap_of(&state->laps, row);
    select_only(state, row);
    cell.top = LAP_COLUMN_NOTE;
    cell.left = LVIR_BOUNDS;
    if (SendMessageW(state->laps.window, LVM_GETSUBITEMRECT, (WPARAM)row, (LPARAM)&cell) &&
        shared_stopwatch_lap_cell(&state->app->shared, lap, LAP_COLUMN_NOTE, text,
                                  sizeof(text), &mark) &&
        (wide = utf8_to_wide(text)) != NULL)
    {
        note_editor_open(&state->note, state->window, state->laps.window, &cell, lap, wide,
                         state->ui_font);
        free(wide);
    }
    return TRUE;
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
