/*
 * Laps on the clipboard. See lap_copy.h.
 */
#include "lap_copy.h"

#include <stdlib.h>

#include "clipboard.h"
#include "errors.h"
#include "resource.h"
#include "ui_text.h"
#include "utf8.h"

void lap_copy_append_header(text_buffer *buffer)
{
    static const UINT names[] = { IDS_COLUMN_NUMBER, IDS_COLUMN_LAP,  IDS_COLUMN_TOTAL,
                                  IDS_COLUMN_DELTA,  IDS_COLUMN_NOTE, IDS_COLUMN_CORRECTION };
    WCHAR name[64];
    char *utf8;
    size_t i;

    for (i = 0; i < ARRAYSIZE(names); i++)
    {
        ui_text_load(names[i], name, ARRAYSIZE(name));
        utf8 = utf8_from_wide(name);
        if (!utf8)
        {
            buffer->failed = TRUE;
            return;
        }
        if (i)
            text_buffer_append(buffer, "\t", 1);
        text_buffer_append_string(buffer, utf8);
        free(utf8);
    }
    text_buffer_append(buffer, "\r\n", 2);
}

BOOL lap_copy_to_clipboard(HWND owner, const char *text, UINT failure_message)
{
    WCHAR *wide = utf8_to_wide(text);
    DWORD error = ERROR_NOT_ENOUGH_MEMORY;
    BOOL done = wide && clipboard_set_text(owner, wide, &error);

    /* error is 0 when the clipboard was merely busy: the box then adds no system text. */
    if (!done)
        error_show(owner, failure_message, wide ? error : ERROR_NOT_ENOUGH_MEMORY);
    free(wide);
    return done;
}
