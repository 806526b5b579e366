/*
 * Start-up: from CreateProcess to a visible main window that answers (WaitForInputIdle, then
 * the window found by its class), the median of RUNS launches of each program, launched round
 * robin (one of each in turn, so a busy moment of the machine falls on all of them alike):
 *   - the minimal window built by the same build (the baseline);
 *   - that window with Lapwing's imports and manifest (what those DLLs cost before Lapwing's
 *     own code), and with the controls Lapwing's contracts name as well (the least any window
 *     keeping those contracts costs);
 *   - Lapwing with an empty state folder (after its first launch, the folder holds what a
 *     first start leaves: the settings, the window's place, an empty stopwatch);
 *   - Lapwing with a large saved state: 1,000 laps on the stopwatch and 100 past runs of 20
 *     laps in the history. Its window is checked to show the 1,000 laps.
 * Each Lapwing is closed with WM_CLOSE, as a user closes it.
 */
#include <windows.h>
#include <commctrl.h>

#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

enum
{
    RUNS = 15,
    LARGE_LAPS = 1000,
    HISTORY_RUNS = 100,
    HISTORY_LAPS = 20
};

typedef struct program
{
    const char *label;
    const WCHAR *exe_name;
    const WCHAR *class_name;
    const WCHAR *state_folder; /* LAPWING_STATE_DIR for it; NULL: none */
    WCHAR path[MAX_PATH];
    double times[RUNS];
    int failures;
    long laps_shown;           /* the lap list's item count at the last launch; -1: no list */
} program;

static int compare(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* Milliseconds from CreateProcess to the visible window of the program's class; < 0 on
 * failure. */
static double launch_once(program *program)
{
    STARTUPINFOW startup;
    PROCESS_INFORMATION process;
    LARGE_INTEGER frequency, start, end;
    WCHAR command[MAX_PATH + 4];
    HWND window = NULL;
    ULONGLONG deadline;

    SetEnvironmentVariableW(L"LAPWING_STATE_DIR", program->state_folder);
    ZeroMemory(&startup, sizeof(startup));
    startup.cb = sizeof(startup);
    _snwprintf(command, MAX_PATH + 4, L"\"%ls\"", program->path);
    command[MAX_PATH + 3] = L'\0';
    QueryPerformanceFrequency(&frequency);
    QueryPerformanceCounter(&start);
    if (!CreateProcessW(program->path, command, NULL, NULL, FALSE, 0, NULL, NULL, &startup,
                        &process))
        return -1;
    WaitForInputIdle(process.hProcess, 20000);
    deadline = GetTickCount64() + 20000;
    while (GetTickCount64() < deadline)
    {
        window = FindWindowW(program->class_name, NULL);
        if (window && IsWindowVisible(window))
            break;
        window = NULL;
        Sleep(1); /* polling for the window; the figure is its first appearance */
    }
    QueryPerformanceCounter(&end);
    if (window)
    {
        HWND list = FindWindowExW(window, NULL, WC_LISTVIEWW, NULL);
        program->laps_shown = list ? (long)SendMessageW(list, LVM_GETITEMCOUNT, 0, 0) : -1;
        PostMessageW(window, WM_CLOSE, 0, 0);
    }
    if (WaitForSingleObject(process.hProcess, 20000) != WAIT_OBJECT_0)
        TerminateProcess(process.hProcess, 1);
    CloseHandle(process.hThread);
    CloseHandle(process.hProcess);
    if (!window)
        return -1;
    return (double)(end.QuadPart - start.QuadPart) * 1000.0 / (double)frequency.QuadPart;
}

static double median_of(program *program)
{
    qsort(program->times, RUNS, sizeof(program->times[0]), compare);
    return program->failures ? -1 : program->times[RUNS / 2];
}

/* Writes `text` made by `write` into folder\name. */
static BOOL write_file(const WCHAR *folder, const WCHAR *name, void (*write)(FILE *))
{
    WCHAR path[MAX_PATH];
    FILE *file;

    _snwprintf(path, MAX_PATH, L"%ls\\%ls", folder, name);
    path[MAX_PATH - 1] = L'\0';
    if ((file = _wfopen(path, L"wb")) == NULL)
        return FALSE;
    write(file);
    return fclose(file) == 0;
}

/* A paused stopwatch of 1,000 laps of a second each (times in 100 ns units). */
static void write_large_state(FILE *file)
{
    int i;

    fprintf(file, "lapwing-state 1\ngeneration 1\nstate paused\nbanked %lld\n",
            (long long)LARGE_LAPS * 10000000 + 5000000);
    for (i = 1; i <= LARGE_LAPS; i++)
        fprintf(file, "lap %lld\n", (long long)i * 10000000);
    fprintf(file, "end\n");
}

/* 100 past runs of 20 laps each, an hour apart in December 2026 (FILETIME). */
static void write_history(FILE *file)
{
    const long long hour = 36000000000LL, started = 134090000000000000LL;
    int run, lap;

    fprintf(file, "lapwing-history 1\n");
    for (run = 1; run <= HISTORY_RUNS; run++)
    {
        long long total = (long long)HISTORY_LAPS * (600000000 + run * 1000);
        fprintf(file, "run %d 1 %lld %lld %lld %d\n", run, started + run * hour,
                started + run * hour + total, total, HISTORY_LAPS);
        for (lap = 1; lap <= HISTORY_LAPS; lap++)
            fprintf(file, "lap %lld\n", (long long)lap * (600000000 + run * 1000));
        fprintf(file, "end %d\n", run);
    }
}

/* The files of a state folder made here (one level: that is all Lapwing writes), then it. */
static void remove_folder(const WCHAR *folder)
{
    WIN32_FIND_DATAW found;
    WCHAR pattern[MAX_PATH], path[MAX_PATH];
    HANDLE search;

    _snwprintf(pattern, MAX_PATH, L"%ls\\*", folder);
    pattern[MAX_PATH - 1] = L'\0';
    search = FindFirstFileW(pattern, &found);
    if (search != INVALID_HANDLE_VALUE)
    {
        do
        {
            if (found.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY)
                continue;
            _snwprintf(path, MAX_PATH, L"%ls\\%ls", folder, found.cFileName);
            path[MAX_PATH - 1] = L'\0';
            DeleteFileW(path);
        } while (FindNextFileW(search, &found));
        FindClose(search);
    }
    RemoveDirectoryW(folder);
}

int main(void)
{
    WCHAR folder[MAX_PATH], temp[MAX_PATH], empty[MAX_PATH], large[MAX_PATH], *slash;
#define PROGRAM(label_, exe_, class_, folder_)                                                  \
    { .label = (label_), .exe_name = (exe_), .class_name = (class_), .state_folder = (folder_) }
    program programs[] = {
        PROGRAM("the minimal window (baseline)", L"minimal_window.exe", L"MinimalWindow", NULL),
        PROGRAM("the minimal window with Lapwing's DLLs and manifest",
                L"minimal_window_imports.exe", L"MinimalWindow", NULL),
        PROGRAM("that window with Lapwing's controls (time, 3 buttons, list view)",
                L"minimal_window_controls.exe", L"MinimalWindow", NULL),
        PROGRAM("Lapwing, empty state", L"lapwing.exe", L"LapwingMainWindow", empty),
        PROGRAM("Lapwing, 1,000 laps and 100 runs of history", L"lapwing.exe",
                L"LapwingMainWindow", large),
    };
#undef PROGRAM
    enum { MINIMAL, IMPORTS, CONTROLS, EMPTY, LARGE, PROGRAMS };
    double medians[PROGRAMS];
    size_t i;
    int run;

    GetModuleFileNameW(NULL, folder, MAX_PATH);
    slash = wcsrchr(folder, L'\\');
    if (!slash)
        return 1;
    *slash = L'\0';
    GetTempPathW(MAX_PATH, temp);
    _snwprintf(empty, MAX_PATH, L"%lslapwing-bench-startup-empty-%lu", temp, GetCurrentProcessId());
    _snwprintf(large, MAX_PATH, L"%lslapwing-bench-startup-large-%lu", temp, GetCurrentProcessId());
    if (!CreateDirectoryW(empty, NULL) || !CreateDirectoryW(large, NULL) ||
        !write_file(large, L"state.txt", write_large_state) ||
        !write_file(large, L"history.txt", write_history))
    {
        fprintf(stderr, "bench_startup: cannot make the state folders in %ls\n", temp);
        return 1;
    }
    for (i = 0; i < PROGRAMS; i++)
        _snwprintf(programs[i].path, MAX_PATH, L"%ls\\%ls", folder, programs[i].exe_name);

    /* One round first, not counted: every program read from the disk cache alike, and each
     * Lapwing's folder as a second start finds it. */
    for (run = -1; run < RUNS; run++)
        for (i = 0; i < PROGRAMS; i++)
        {
            double ms = launch_once(&programs[i]);
            if (run < 0)
                continue;
            programs[i].times[run] = ms;
            if (ms < 0)
                programs[i].failures++;
        }
    for (i = 0; i < PROGRAMS; i++)
        medians[i] = median_of(&programs[i]);
    remove_folder(empty);
    remove_folder(large);

    printf("Start-up: CreateProcess to a visible, answering window, median of %d launches each, "
           "round robin\n\n", RUNS);
    printf("| program | ms | x the minimal window | x with Lapwing's DLLs | target |\n"
           "| --- | ---: | ---: | ---: | --- |\n");
    for (i = 0; i < PROGRAMS; i++)
    {
        const char *target = i == EMPTY   ? "<= 1.3x the minimal window, <= 1.1x with the DLLs"
                             : i == LARGE ? "<= 1.1x the empty state's"
                                          : "";
        if (medians[i] < 0)
        {
            printf("| %s | failed %d of %d launches | | | %s |\n", programs[i].label,
                   programs[i].failures, RUNS, target);
            continue;
        }
        printf("| %s | %.1f | %.2fx | %.2fx | %s |\n", programs[i].label, medians[i],
               medians[MINIMAL] > 0 ? medians[i] / medians[MINIMAL] : 0.0,
               medians[IMPORTS] > 0 ? medians[i] / medians[IMPORTS] : 0.0, target);
    }
    if (medians[LARGE] > 0 && medians[EMPTY] > 0)
        printf("\nThe large state: %.2fx the empty state's start (its lap list showed %ld laps).\n",
               medians[LARGE] / medians[EMPTY], programs[LARGE].laps_shown);
    return medians[EMPTY] < 0 || medians[MINIMAL] < 0 || medians[LARGE] < 0;
}
