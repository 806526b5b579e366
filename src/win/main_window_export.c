/*
 * The laps leaving the window: copied to the clipboard as tab-separated text (Ctrl+C, Ctrl+Shift+C)
 * and saved as CSV (Ctrl+S). The laps are copied under the stopwatch's lock and formatted outside
 * it. A leaf: what it did comes back as a notice. UI thread only.
 */
#include "main_window_export.h"

#include "main_window_model.h"

#include <stdlib.h>
#include <wchar.h>

#include "clipboard.h"
#include "csv_export.h"
#include "errors.h"
#include "lapwing/format.h"
#include "lapwing/lap_text.h"
#include "resource.h"
#include "ui_text.h"
#include "utf8.h"

/* The header of copied laps: the list's column names, joined by tabs, ending in CRLF. */
static void append_tsv_header(text_buffer *buffer)
{
    static const UINT names[LAP_COLUMN_COUNT] = { IDS_COLUMN_NUMBER, IDS_COLUMN_LAP,
                                                  IDS_COLUMN_TOTAL, IDS_COLUMN_DELTA,
                                                  IDS_COLUMN_NOTE };
    WCHAR name[64];
    char *utf8;
    int i;

    for (i = 0; i < LAP_COLUMN_COUNT; i++)
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

/* Puts `text` on the clipboard, or says in words what could not be copied. */
static BOOL put_on_clipboard(main_window *state, const char *text, UINT failure_message)
{
    WCHAR *wide = utf8_to_wide(text);
    DWORD error = ERROR_NOT_ENOUGH_MEMORY;
    BOOL done = wide && clipboard_set_text(state->window, wide, &error);

    /* error is 0 when the clipboard was merely busy: the box then adds no system text. */
    if (!done)
        error_show(state->window, failure_message, wide ? error : ERROR_NOT_ENOUGH_MEMORY);
    free(wide);
    return done;
}

/* Ctrl+C: the selected laps (every lap if none is selected, or with `all`) as tab-separated
 * text with a header row, from a copy of the laps made outside the stopwatch's lock; with no
 * laps, the time shown. */
main_window_changes main_window_copy(main_window *state, BOOL all)
{
    main_window_changes changes = MAIN_WINDOW_CHANGED_NOTHING;
    stopwatch_snapshot snapshot;
    laps copied;
    uint64_t frequency;
    size_t *selected = NULL, selected_count = 0, i, count;
    text_buffer buffer;
    WCHAR number[24];

    shared_stopwatch_snapshot(&state->app->shared, &snapshot);
    if (!snapshot.lap_count)
    {
        char time[FORMAT_TIME_MAX];
        WCHAR wide[FORMAT_TIME_MAX];

        format_time(time, sizeof(time), snapshot.elapsed, snapshot.frequency);
        if (put_on_clipboard(state, time, IDS_ERROR_CLIPBOARD_TIME))
        {
            ascii_to_wide(time, wide, FORMAT_TIME_MAX);
            changes = main_window_set_notice(state, IDS_NOTICE_COPIED_TIME, wide);
        }
        return changes;
    }
    if (!shared_stopwatch_copy_laps(&state->app->shared, &copied, &frequency))
    {
        error_show(state->window, IDS_ERROR_CLIPBOARD, ERROR_NOT_ENOUGH_MEMORY);
        return changes;
    }
    if (!all)
        selected = lap_list_selected_laps(&state->laps, &selected_count);
    count = selected ? selected_count : copied.count;
    text_buffer_initialize(&buffer);
    append_tsv_header(&buffer);
    for (i = 0; i < count; i++)
    {
        size_t index = selected ? selected[i] : i;
        if (index < copied.count)
            lap_text_append_tsv_row(&buffer, &copied, index, frequency);
    }
    if (buffer.failed)
        error_show(state->window, IDS_ERROR_CLIPBOARD, ERROR_NOT_ENOUGH_MEMORY);
    else if (put_on_clipboard(state, buffer.text, IDS_ERROR_CLIPBOARD))
    {
        _snwprintf(number, ARRAYSIZE(number), L"%llu", (unsigned long long)count);
        number[ARRAYSIZE(number) - 1] = L'\0';
        changes = main_window_set_notice(state, count == 1 ? IDS_NOTICE_COPIED_LAP
                                                           : IDS_NOTICE_COPIED_LAPS,
                                         number);
    }
    text_buffer_delete(&buffer);
    free(selected);
    laps_delete(&copied);
    return changes;
}

/* Ctrl+S: the laps to a CSV file the user picks. */
main_window_changes main_window_save_csv(main_window *state)
{
    WCHAR path[MAX_PATH];
    laps copied;
    uint64_t frequency;
    DWORD error;
    const WCHAR *name;

    if (!csv_export_ask_path(state->window, path, ARRAYSIZE(path)))
        return MAIN_WINDOW_CHANGED_NOTHING;
    if (!shared_stopwatch_copy_laps(&state->app->shared, &copied, &frequency))
        error = ERROR_NOT_ENOUGH_MEMORY;
    else
    {
        error = csv_export_write(path, &copied, frequency);
        laps_delete(&copied);
    }
    if (error == ERROR_SUCCESS)
    {
        name = wcsrchr(path, L'\\');
        return main_window_set_notice(state, IDS_NOTICE_SAVED, name ? name + 1 : path);
    }
    else
    {
        WCHAR message[1024];
        const WCHAR *insert = path;
        ui_text_format(message, ARRAYSIZE(message), IDS_ERROR_SAVE, &insert, 1);
        error_show_text(state->window, message, error);
        return MAIN_WINDOW_CHANGED_NOTHING;
    }
}

