/*
 * Text for whoever started Lapwing from a command line: written to the standard output handle
 * when it is a file or a pipe (a script redirected it), else to the console Lapwing was started
 * from (AttachConsole of the parent). Lapwing is a GUI program: with neither, there is nowhere
 * to write, and the caller shows a message box instead when it matters.
 */
#ifndef LAPWING_CONSOLE_OUTPUT_H
#define LAPWING_CONSOLE_OUTPUT_H

#include <windows.h>

/* Writes `text` (UTF-16); FALSE when there is no output to write to. */
BOOL console_output_write(const WCHAR *text);

#endif
