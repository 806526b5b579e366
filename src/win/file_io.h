/*
 * Files, written whole or not at all. Every rewrite goes to a temporary file in the target's
 * folder, is flushed, and then replaces the target in one step (ReplaceFileW, keeping the old
 * one as a backup when asked; MoveFileExW with MOVEFILE_REPLACE_EXISTING | WRITE_THROUGH when
 * there is none yet): at no instant can a crash leave neither the old file nor the new one.
 *
 * The Windows calls are reached through a table so that tests can make them fail the way a
 * full disk, a failing flush or a locked file does. Any thread.
 */
#ifndef LAPWING_FILE_IO_H
#define LAPWING_FILE_IO_H

#include <windows.h>

typedef struct file_functions
{
    HANDLE(WINAPI *create)(LPCWSTR, DWORD, DWORD, LPSECURITY_ATTRIBUTES, DWORD, DWORD, HANDLE);
    BOOL(WINAPI *write)(HANDLE, LPCVOID, DWORD, LPDWORD, LPOVERLAPPED);
    BOOL(WINAPI *flush)(HANDLE);
    BOOL(WINAPI *move)(LPCWSTR, LPCWSTR, DWORD);
    BOOL(WINAPI *replace)(LPCWSTR, LPCWSTR, LPCWSTR, DWORD, LPVOID, LPVOID);
} file_functions;

/* Windows' own. */
extern const file_functions file_functions_windows;

/* Writes `length` bytes to `path` atomically (see above); `backup` (may be NULL) receives the
 * previous file. ERROR_SUCCESS, or Windows' error: the target is then as it was, and no
 * temporary file is left behind. `functions` NULL: Windows'. */
DWORD file_write_atomic(const file_functions *functions, const WCHAR *path, const void *data,
                        size_t length, const WCHAR *backup);
/* Writes what `writer` writes to the open temporary file (it returns ERROR_SUCCESS or an
 * error), atomically as above: for contents made piece by piece (a CSV of a million laps). */
typedef DWORD (*file_writer)(void *context, const file_functions *functions, HANDLE file);
DWORD file_write_atomic_with(const file_functions *functions, const WCHAR *path,
                             const WCHAR *backup, file_writer writer, void *context);
/* A damaged file kept aside: `source` copied into `folder` as
 * STEM.corrupt-YYYYMMDD-HHMMSS.txt (the local time), that name into `name` (`size` characters;
 * may be NULL). FALSE when the copy could not be made. */
BOOL file_keep_damaged(const WCHAR *source, const WCHAR *folder, const WCHAR *stem, WCHAR *name,
                       size_t size);
/* `folder\\name` into `path` (MAX_PATH characters); FALSE when it does not fit. */
BOOL file_path_in(WCHAR *path, const WCHAR *folder, const WCHAR *name);
/* Reads a whole file of at most `limit` bytes into a malloc'd, NUL-terminated buffer.
 * ERROR_SUCCESS; ERROR_FILE_NOT_FOUND when there is none; ERROR_FILE_TOO_LARGE past `limit`. */
DWORD file_read_all(const WCHAR *path, size_t limit, char **data, size_t *length);
/* Writes all of `length` bytes to an open file through `functions`; FALSE with the error set. */
BOOL file_write_all(const file_functions *functions, HANDLE file, const void *data,
                    size_t length);

#endif
