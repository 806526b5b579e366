/*
 * A quiet hint in the empty lap list ("Press Space to start, then L or Enter to record a
 * lap"), drawn over the list's own painting while it has no rows (the list view's empty
 * markup is not there on every Windows, nor under Wine). It is not a row: the item count stays
 * the number of laps. UI thread only.
 */
#ifndef LAPWING_LAP_LIST_HINT_H
#define LAPWING_LAP_LIST_HINT_H

#include <windows.h>

/* Shows `text` in `list` whenever it is empty; FALSE when it could not be attached. */
BOOL lap_list_hint_attach(HWND list, const WCHAR *text);

#endif
