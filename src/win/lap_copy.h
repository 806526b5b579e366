/*
 * Laps as the clipboard takes them, for the main window's Ctrl+C and the History window's: the
 * header row in the user's language and the text put on the clipboard, or what went wrong said
 * in a box. A leaf. UI thread only.
 */
#ifndef LAPWING_LAP_COPY_H
#define LAPWING_LAP_COPY_H

#include <windows.h>

#include "lapwing/text_buffer.h"

/* The list's column names and the correction's, joined by tabs, ending in CRLF: the header of
 * lap_text_append_tsv_row's rows. */
void lap_copy_append_header(text_buffer *buffer);
/* Puts UTF-8 `text` on the clipboard; FALSE (said in a box with `failure_message`) when not. */
BOOL lap_copy_to_clipboard(HWND owner, const char *text, UINT failure_message);

#endif
