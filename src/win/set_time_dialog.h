/*
 * The Set time dialog (IDD_SET_TIME, Ctrl+E): "I forgot to start it". The user sets the elapsed
 * time ("00:12:30") or adds or takes away an amount ("+1:00", "-5s"), in any state; the text is
 * parsed by the core (time_parse.h) and what is wrong with it is said in the dialog, which stays
 * open. The correction itself is the caller's (`apply`), so that a refused one (below the newest
 * lap, say) is said there too. UI thread only.
 */
#ifndef LAPWING_SET_TIME_DIALOG_H
#define LAPWING_SET_TIME_DIALOG_H

#include <windows.h>

#include <stdbool.h>
#include <stdint.h>

typedef struct set_time_request
{
    const WCHAR *now_text;  /* the time as the display shows it now */
    /* Carries out the correction: set the time to `units` (100 ns), or add `amount` (100 ns,
     * negative: take away). 0 when done, else the IDS_ string that says why not. */
    UINT (*apply)(void *context, bool set, uint64_t units, int64_t amount);
    void *context;
} set_time_request;

/* Shows the dialog over `owner`; TRUE when a correction was made. */
BOOL set_time_dialog_show(HWND owner, set_time_request *request);

/* The IDS_ string for a time that does not parse (time_parse_result), for the command line as
 * well. */
UINT set_time_parse_message(int result);

#endif
