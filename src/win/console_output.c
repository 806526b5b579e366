/*
 * Output for the command line. See console_output.h.
 */
#include "console_output.h"

#include <stdlib.h>
#include <wchar.h>

#include "utf8.h"

BOOL console_output_write(const WCHAR *text)
{
    HANDLE output = GetStdHandle(STD_OUTPUT_HANDLE);
    DWORD type = output && output != INVALID_HANDLE_VALUE ? GetFileType(output)
                                                           : FILE_TYPE_UNKNOWN;
    DWORD written;

    if (type == FILE_TYPE_DISK || type == FILE_TYPE_PIPE)
    {
        /* A script reads it: UTF-8, as any program reading a pipe expects today. */
        char *utf8 = utf8_from_wide(text);
        BOOL done = utf8 && WriteFile(output, utf8, (DWORD)strlen(utf8), &written, NULL);
        free(utf8);
        return done;
    }
    if (type == FILE_TYPE_CHAR)
        return WriteConsoleW(output, text, (DWORD)wcslen(text), &written, NULL);
    if (AttachConsole(ATTACH_PARENT_PROCESS))
    {
        HANDLE console = CreateFileW(L"CONOUT$", GENERIC_WRITE, FILE_SHARE_WRITE, NULL,
                                     OPEN_EXISTING, 0, NULL);
        BOOL done = console != INVALID_HANDLE_VALUE &&
                    WriteConsoleW(console, text, (DWORD)wcslen(text), &written, NULL);
        if (console != INVALID_HANDLE_VALUE)
            CloseHandle(console);
        FreeConsole();
        return done;
    }
    return FALSE;
}
