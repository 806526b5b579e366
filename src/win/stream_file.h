/*
 * The time for streams: a small UTF-8 text file (lapwing.ini's [view] obs_file=PATH, or the
 * Settings dialog) that holds the time the window shows and nothing else, for OBS's Text
 * source ("Read from file"). It is rewritten whole (a temporary file moved over it, so a reader
 * never sees half a time), once a second or at the display's precision, at most ten times a
 * second, by a thread of its own: the UI thread only hands it the text and never waits for the
 * disk. Off (no path), there is no thread and no cost.
 *
 * The UI thread calls everything here.
 */
#ifndef LAPWING_STREAM_FILE_H
#define LAPWING_STREAM_FILE_H

#include <windows.h>

typedef struct stream_file
{
    CRITICAL_SECTION lock;      /* guards the fields the writer reads and writes */
    HANDLE writer;              /* the thread, while a path is set */
    HANDLE wake;                /* set when there is text to write, or to stop */
    WCHAR path[MAX_PATH];
    char text[64];              /* the text to write next */
    BOOL pending;               /* `text` not written yet */
    BOOL stop;
    DWORD error;                /* the last write's, ERROR_SUCCESS when it worked */
    BOOL error_said;            /* the caller heard of `error` already */
    /* The UI thread's own: what it handed over last, and when. */
    char offered[64];
    ULONGLONG offered_at;
} stream_file;

void stream_file_initialize(stream_file *stream);
/* Writes what is pending, and stops the writer. */
void stream_file_delete(stream_file *stream);
/* The file to write (UTF-8; empty: none, the writer stops). FALSE when the path cannot be a
 * file's (too long, not a full path): then nothing is written. */
BOOL stream_file_set_path(stream_file *stream, const char *path);
BOOL stream_file_is_on(const stream_file *stream);
/* The time as shown now; written when it changed and `interval_ms` has passed since the last
 * text handed over (at once when `now`: a pause, a reset). */
void stream_file_offer(stream_file *stream, const char *text, unsigned interval_ms, BOOL now);
/* A write's failure not said yet: its error (the folder missing, access denied), once;
 * ERROR_SUCCESS otherwise. A later success clears it, so a new failure is said again. */
DWORD stream_file_take_error(stream_file *stream);

#endif
