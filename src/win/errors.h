/*
 * Error messages. Every user-visible string comes from the STRINGTABLE; system errors add
 * Windows' own number and text so a report from a user says what actually failed. One failure
 * shows one box: the functions here are called once, where the failure is handled.
 */
#ifndef LAPWING_ERRORS_H
#define LAPWING_ERRORS_H

#include <windows.h>

/* A message box with string `message_id`, plus the text of `error` when it is not 0. */
void error_show(HWND owner, UINT message_id, DWORD error);
/* The same with a text already made (a message with its inserts filled). */
void error_show_text(HWND owner, const WCHAR *message, DWORD error);
/* Windows' text for `error` (without its line end), into `buffer`. */
void error_system_text(DWORD error, WCHAR *buffer, size_t size);
/* For a start that failed: "Lapwing could not start: <what>", and `error` when not 0. `what`
 * is string `message_id`, or when that is 0 the failing step's name (a Windows function). */
void error_show_startup(UINT message_id, const WCHAR *step, DWORD error);

#endif
