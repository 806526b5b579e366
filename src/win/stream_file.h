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

struct stream_writer; /* stream_file.c's: the writer thread's own, freed by the last of the two */

typedef struct stream_file
{
    struct stream_writer *writer;   /* while a path is set */
    HANDLE thread;                  /* the writer's, while a path is set */
    WCHAR path[MAX_PATH];
    /* What was handed over last, and when. */
    char offered[64];
    ULONGLONG offered_at;
} stream_file;

void stream_file_initialize(stream_file *stream);
/* Stops the writer, giving it a moment to write what is pending (never waiting long: a share
 * that went away must not hold the window up; the writer then ends on its own). */
void stream_file_delete(stream_file *stream);
/* The file to write (UTF-8; empty: none, the writer stops). ERROR_SUCCESS;
 * ERROR_BAD_PATHNAME when the path cannot be a file's (too long, not a full path); or why the
 * writer could not start. Then nothing is written. */
DWORD stream_file_set_path(stream_file *stream, const char *path);
BOOL stream_file_is_on(const stream_file *stream);
/* The time as shown now; written when it changed and `interval_ms` has passed since the last
 * text handed over (at once when `now`: a pause, a reset). */
void stream_file_offer(stream_file *stream, const char *text, unsigned interval_ms, BOOL now);
/* A failure not said yet (the folder missing, access denied: several writes in a row, not a
 * reader's passing hold on the file): its error, once; ERROR_SUCCESS otherwise. A later
 * success clears it, so a new failure is said again. */
DWORD stream_file_take_error(stream_file *stream);

#endif
