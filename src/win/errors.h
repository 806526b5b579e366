/*
 * Error messages. Every user-visible string comes from the STRINGTABLE; system errors add
 * Windows' own number and text so a report from a user says what actually failed.
 */
#ifndef LAPWING_ERRORS_H
#define LAPWING_ERRORS_H

#include <windows.h>

/* Loads string `id` into `buffer` (empty if missing). */
void load_string(UINT id, WCHAR *buffer, int size);
/* A message box with string `message_id`, plus the text of `error` when it is not 0. */
void error_show(HWND owner, UINT message_id, DWORD error);
/* For failures before there is a window: the startup message, the failing step and `error`. */
void error_show_fatal(const WCHAR *step, DWORD error);

#endif
