/*
 * The one execute function: every command, whichever input it came from (a button, a key, the
 * window menu, and later the context and tray menus, a taskbar thumbnail button, a hotkey or a
 * second instance), arrives here as an IDM_ id, one line per command. UI thread only.
 */
#include "main_window_private.h"

#include <stdlib.h>
#include <wchar.h>

#include "clipboard.h"
#include "errors.h"
#include "help_box.h"
#include "lapwing/commands.h"
#include "lapwing/format.h"
#include "resource.h"
#include "ui_text.h"
#include "utf8.h"

static void start_stop(main_window *state)
{
    shared_stopwatch_toggle(&state->app->shared);
    main_window_show_state(state, TRUE);
}

static void lap(main_window *state)
{
    if (shared_stopwatch_lap(&state->app->shared) == STOPWATCH_OUT_OF_MEMORY)
        error_show(state->window, IDS_ERROR_OUT_OF_MEMORY, 0);
    else
        main_window_show_state(state, TRUE);
}

static void reset(main_window *state)
{
    if (shared_stopwatch_reset(&state->app->shared) == STOPWATCH_OK)
        main_window_show_state(state, TRUE);
}

/* The header of the copied laps: the list's column names, joined by tabs, in UTF-8. */
static char *laps_header(void)
{
    WCHAR number[64], lap_name[64], total[64], header[200];

    ui_text_load(IDS_COLUMN_NUMBER, number, ARRAYSIZE(number));
    ui_text_load(IDS_COLUMN_LAP, lap_name, ARRAYSIZE(lap_name));
    ui_text_load(IDS_COLUMN_TOTAL, total, ARRAYSIZE(total));
    _snwprintf(header, ARRAYSIZE(header), L"%ls\t%ls\t%ls", number, lap_name, total);
    header[ARRAYSIZE(header) - 1] = L'\0';
    return utf8_from_wide(header);
}

/* The laps as tab-separated UTF-8 text, malloc'd; NULL when out of memory. Formatted from a
 * copy of the totals, outside the stopwatch's lock. */
static char *laps_text(main_window *state, uint64_t frequency)
{
    uint64_t *totals = NULL;
    size_t count = 0, length;
    char *header, *text = NULL;

    if (!shared_stopwatch_copy_lap_totals(&state->app->shared, &totals, &count))
        return NULL;
    header = laps_header();
    if (header)
    {
        length = format_laps_tsv(NULL, 0, header, totals, count, frequency);
        text = malloc(length + 1);
        if (text)
            format_laps_tsv(text, length + 1, header, totals, count, frequency);
    }
    free(header);
    free(totals);
    return text;
}

/* Ctrl+C: the laps as tab-separated text; with no laps, the time shown. */
static void copy(main_window *state)
{
    stopwatch_snapshot snapshot;
    char time_text[FORMAT_TIME_MAX], *text = NULL;
    const char *source = time_text;
    WCHAR *wide = NULL;
    DWORD error = ERROR_NOT_ENOUGH_MEMORY;

    shared_stopwatch_snapshot(&state->app->shared, &snapshot);
    if (snapshot.lap_count)
        source = text = laps_text(state, snapshot.frequency);
    else
        format_time(time_text, sizeof(time_text), snapshot.elapsed, snapshot.frequency);
    if (source)
        wide = utf8_to_wide(source);
    /* error is 0 when the clipboard was merely busy: the box then adds no system text. */
    if (!wide || !clipboard_set_text(state->window, wide, &error))
        error_show(state->window, IDS_ERROR_CLIPBOARD, wide ? error : ERROR_NOT_ENOUGH_MEMORY);
    free(wide);
    free(text);
}

void main_window_execute(main_window *state, UINT command)
{
    switch (command)
    {
    case IDM_START_STOP: start_stop(state); break;
    case IDM_LAP:        lap(state); break;
    case IDM_RESET:      reset(state); break;
    case IDM_COPY:       copy(state); break;
    case IDM_ABOUT:      help_box_show(state->window, state->app->accelerators); break;
    }
}
