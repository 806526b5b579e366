/*
 * What the History window and a past run's window may ask of their caller (the commands):
 * the window reads the history and the caller changes it, so calls run one way.
 */
#ifndef LAPWING_HISTORY_REQUEST_H
#define LAPWING_HISTORY_REQUEST_H

#include <windows.h>

#include "lapwing/history.h"

typedef struct history_window_request
{
    const history *history;     /* read only: changed through the functions below */
    uint64_t compared_id;       /* the run picked to compare with; 0: the best (kept up) */
    /* A run taken out into `removed` (FALSE when there is none), or put back (taken over). */
    BOOL (*remove)(void *context, uint64_t id, history_run *removed);
    BOOL (*put_back)(void *context, history_run *run);
    /* A run named, a lap's note set (UTF-8, empty removes): 0 or the IDS_ reason why not. */
    UINT (*rename)(void *context, uint64_t id, const char *name);
    UINT (*set_note)(void *context, uint64_t id, size_t lap, const char *note);
    /* Compare the main list with run `id` (0: with the best again). */
    void (*compare)(void *context, uint64_t id);
    /* With several stopwatches (or runs of one removed), a Stopwatch column: the name of the
     * stopwatch `id` into `name` (its default name when it is gone). */
    BOOL show_stopwatches;
    void (*stopwatch_name)(void *context, uint32_t id, WCHAR *name, size_t size);
    void *context;
} history_window_request;

#endif
