/*
 * The laps leaving the window: copied to the clipboard as tab-separated text (Ctrl+C, Ctrl+Shift+C)
 * and saved as CSV (Ctrl+S). The laps are copied under the stopwatch's lock and formatted outside
 * it. A leaf: what it did comes back as a notice. UI thread only.
 */
#include "main_window_export.h"

#include "main_window_model.h"

#include <stdlib.h>
#include <wchar.h>

#include "csv_export.h"
#include "errors.h"
#include "lap_copy.h"
#include "lapwing/format.h"
#include "lapwing/lap_text.h"
#include "resource.h"
#include "ui_text.h"
#include "utf8.h"

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
        if (lap_copy_to_clipboard(state->window, time, IDS_ERROR_CLIPBOARD_TIME))
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
    lap_copy_append_header(&buffer);
    for (i = 0; i < count; i++)
    {
        size_t index = selected ? selected[i] : i;
        if (index < copied.count)
            lap_text_append_tsv_row(&buffer, &copied, index, frequency);
    }
    if (buffer.failed)
        error_show(state->window, IDS_ERROR_CLIPBOARD, ERROR_NOT_ENOUGH_MEMORY);
    else if (lap_copy_to_clipboard(state->window, buffer.text, IDS_ERROR_CLIPBOARD))
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

