/*
 * Start-up: from CreateProcess to a visible main window that answers (WaitForInputIdle, then
 * the window found by its class), the median of 11 launches of lapwing.exe beside the same for
 * the minimal window built by the same build, and for that window built with Lapwing's imports
 * and manifest (minimal_window_imports.exe: what those DLLs cost before Lapwing's own code). Each Lapwing starts with an empty state folder of
 * its own and is closed with WM_CLOSE, as a user closes it.
 */
#include <windows.h>

#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

enum { RUNS = 11 };

static int compare(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* Milliseconds from CreateProcess to the visible window of `class_name`; < 0 on failure. */
static double launch_once(const WCHAR *exe, const WCHAR *class_name)
{
    STARTUPINFOW startup;
    PROCESS_INFORMATION process;
    LARGE_INTEGER frequency, start, end;
    WCHAR command[MAX_PATH + 4];
    HWND window = NULL;
    ULONGLONG deadline;

    ZeroMemory(&startup, sizeof(startup));
    startup.cb = sizeof(startup);
    _snwprintf(command, MAX_PATH + 4, L"\"%ls\"", exe);
    command[MAX_PATH + 3] = L'\0';
    QueryPerformanceFrequency(&frequency);
    QueryPerformanceCounter(&start);
    if (!CreateProcessW(exe, command, NULL, NULL, FALSE, 0, NULL, NULL, &startup, &process))
        return -1;
    WaitForInputIdle(process.hProcess, 20000);
    deadline = GetTickCount64() + 20000;
    while (GetTickCount64() < deadline)
    {
        window = FindWindowW(class_name, NULL);
        if (window && IsWindowVisible(window))
            break;
        window = NULL;
        Sleep(1); /* polling for the window; the figure is its first appearance */
    }
    QueryPerformanceCounter(&end);
    if (window)
        PostMessageW(window, WM_CLOSE, 0, 0);
    if (WaitForSingleObject(process.hProcess, 20000) != WAIT_OBJECT_0)
        TerminateProcess(process.hProcess, 1);
    CloseHandle(process.hThread);
    CloseHandle(process.hProcess);
    if (!window)
        return -1;
    return (double)(end.QuadPart - start.QuadPart) * 1000.0 / (double)frequency.QuadPart;
}

static double median_launch(const WCHAR *exe, const WCHAR *class_name)
{
    double times[RUNS];
    int i;

    for (i = 0; i < RUNS; i++)
        if ((times[i] = launch_once(exe, class_name)) < 0)
            return -1;
    qsort(times, RUNS, sizeof(times[0]), compare);
    return times[RUNS / 2];
}

int main(void)
{
    WCHAR folder[MAX_PATH], lapwing[MAX_PATH], minimal[MAX_PATH], imports[MAX_PATH];
    WCHAR state[MAX_PATH], *slash;
    double lapwing_ms, minimal_ms, imports_ms;

    GetModuleFileNameW(NULL, folder, MAX_PATH);
    slash = wcsrchr(folder, L'\\');
    if (!slash)
        return 1;
    *slash = L'\0';
    _snwprintf(lapwing, MAX_PATH, L"%ls\\lapwing.exe", folder);
    _snwprintf(minimal, MAX_PATH, L"%ls\\minimal_window.exe", folder);
    _snwprintf(imports, MAX_PATH, L"%ls\\minimal_window_imports.exe", folder);
    GetTempPathW(MAX_PATH, state);
    wcscat(state, L"lapwing-bench-startup");
    CreateDirectoryW(state, NULL);
    SetEnvironmentVariableW(L"LAPWING_STATE_DIR", state);

    /* One launch each first, so both are read from the disk cache alike. */
    launch_once(minimal, L"MinimalWindow");
    launch_once(imports, L"MinimalWindow");
    launch_once(lapwing, L"LapwingMainWindow");
    minimal_ms = median_launch(minimal, L"MinimalWindow");
    imports_ms = median_launch(imports, L"MinimalWindow");
    lapwing_ms = median_launch(lapwing, L"LapwingMainWindow");
    printf("Start-up: CreateProcess to a visible, answering window, median of %d\n\n", RUNS);
    printf("| program | ms | baseline ms | ratio | target |\n| --- | ---: | ---: | ---: | ---: |\n");
    printf("| the minimal window with Lapwing's DLLs and manifest | %.1f | %.1f | %.2fx | |\n",
           imports_ms, minimal_ms, minimal_ms > 0 ? imports_ms / minimal_ms : 0.0);
    printf("| Lapwing | %.1f | %.1f | %.2fx | <= 1.3x |\n", lapwing_ms, minimal_ms,
           minimal_ms > 0 ? lapwing_ms / minimal_ms : 0.0);
    return lapwing_ms < 0 || minimal_ms < 0;
}
