/*
 * The main window's stream file. See main_window_stream.h.
 */
#include "main_window_stream.h"

#include <stdlib.h>

#include "errors.h"
#include "main_window_model.h"
#include "resource.h"
#include "ui_text.h"
#include "utf8.h"

enum { STREAM_RATE_CAP = 10 }; /* writes a second at most, whatever the display's precision */

/* "Could not write the time to PATH: why." */
static main_window_changes say_failure(main_window *state, DWORD error)
{
    WCHAR why[256], text[768], *path = utf8_to_wide(state->app->preferences.stream_file);
    const WCHAR *inserts[2] = { path ? path : L"?", why };

    error_system_text(error, why, ARRAYSIZE(why));
    ui_text_format(text, ARRAYSIZE(text), IDS_NOTICE_STREAM_FAILED, inserts, 2);
    free(path);
    return main_window_set_notice_text(state, text);
}

main_window_changes main_window_apply_stream(main_window *state)
{
    const char *path = state->app->preferences.stream_file;
    DWORD error = stream_file_set_path(&state->stream, path);

    if (error == ERROR_BAD_PATHNAME)
    {
        WCHAR *wide = utf8_to_wide(path);
        main_window_changes changes =
            main_window_set_notice(state, IDS_NOTICE_STREAM_PATH, wide ? wide : L"?");
        free(wide);
        return changes;
    }
    if (error != ERROR_SUCCESS)
        return say_failure(state, error); /* no writer thread */
    return main_window_show_stream(state, TRUE);
}

main_window_changes main_window_show_stream(main_window *state, BOOL changed)
{
    stopwatch_snapshot now;
    time_precision precision = state->app->preferences.precision;
    char text[FORMAT_TIME_MAX];
    unsigned rate;
    DWORD error;

    if (!stream_file_is_on(&state->stream))
        return MAIN_WINDOW_CHANGED_NOTHING; /* off: not even the snapshot */
    shared_stopwatch_snapshot(&state->app->shared, &now);
    format_time_at(text, sizeof(text), now.elapsed, now.frequency, precision);
    rate = format_frames_per_second(precision, STREAM_RATE_CAP);
    stream_file_offer(&state->stream, text, 1000u / (rate ? rate : 1u), changed);
    error = stream_file_take_error(&state->stream);
    return error == ERROR_SUCCESS ? MAIN_WINDOW_CHANGED_NOTHING
                                  : say_failure(state, error);
}
