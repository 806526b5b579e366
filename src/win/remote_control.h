/*
 * The command line, from Windows' side: the arguments read and checked, help and errors
 * printed (console_output.c, or a message box when there is nowhere to print), and a request
 * sent to the Lapwing already running (WM_COPYDATA, WM_APP_STATUS) or answered here when only
 * output was asked for. UI thread, in wWinMain.
 *
 * Exit codes: 0 done; 1 it could not be done (no Lapwing answered, the export failed);
 * 2 a bad command line (nothing was changed).
 */
#ifndef LAPWING_REMOTE_CONTROL_H
#define LAPWING_REMOTE_CONTROL_H

#include <windows.h>

#include "app.h"
#include "lapwing/command_line.h"

enum
{
    EXIT_DONE = 0,
    EXIT_FAILED = 1,
    EXIT_BAD_COMMAND_LINE = 2
};

/* The process's arguments, parsed; `storage` holds them (free with remote_control_free).
 * FALSE when they are refused: the message is already out. */
BOOL remote_control_parse(command_line *parsed, char ***storage, int *count);
void remote_control_free(char **storage, int count);
/* --help and --version. */
void remote_control_print_help_and_version(const command_line *parsed);
/* Sends `parsed` to the running Lapwing's `window`; prints --status. The exit code. */
int remote_control_forward(HWND window, const command_line *parsed);
/* Around handing a command line over to the running Lapwing: past FORWARD_DEADLINE_MS (40 s),
 * whatever it waits for, this process says the running Lapwing did not answer and exits 1. */
void remote_control_start_deadline(void);
void remote_control_end_deadline(void);
/* A Lapwing holds the state folder but neither shows a window nor goes: said, exit 1. */
int remote_control_no_window(void);
/* Answers a query (--status, --export) with no window, from `app`'s loaded state. */
int remote_control_answer_here(app *app, const command_line *parsed);
/* --history and --export-history, from the saved history (whether a Lapwing runs or not),
 * after the rest of the command line. The exit code. */
int remote_control_answer_history(const command_line *parsed);
/* The names --new and --stopwatch give, checked against the saved stopwatches before anything
 * is applied: EXIT_BAD_COMMAND_LINE (said) when one does not do. */
int remote_control_check_names(const command_line *parsed);
/* --list: one line a stopwatch, from the saved state (whether a Lapwing runs or not). */
int remote_control_answer_list(const command_line *parsed);
/* Applies `parsed` to this process's new `window` through the same path a second Lapwing
 * takes; prints --status. The exit code the command line would have had. */
int remote_control_apply_to_own_window(HWND window, const command_line *parsed);

#endif
