/*
 * The lap list benchmark (Windows, or Wine): the real main window in-process, running; a burst
 * of 1,000 laps arrives as 1,000 posted Lap commands (as a key held by a fast user, or a queue
 * of clicks), and the time is taken until the list shows them all. Measured with 0, 1 K, 10 K,
 * 100 K and 1 M laps already in the list (a burst must cost the same whatever is there), beside
 * a baseline from the same run: 1,000 posted messages the window does nothing with. Twice: with
 * saving off, and with saving on as Lapwing runs (a journal line written per lap).
 * Not a test: it prints a table.
 *
 * Run: sh bench/run.sh
 */
#include <windows.h>
#include <commctrl.h>

#include <stdio.h>
#include <wchar.h>

#include "app_state.h"
#include "app.h"
#include "main_window.h"
#include "resource.h"
#include "time_display.h"

#define BURST 1000

static double seconds_now(void)
{
    LARGE_INTEGER counter, frequency;
    QueryPerformanceCounter(&counter);
    QueryPerformanceFrequency(&frequency);
    return (double)counter.QuadPart / (double)frequency.QuadPart;
}

static void pump_until_count(HWND list, int count)
{
    MSG message;
    while (ListView_GetItemCount(list) != count)
    {
        while (PeekMessageW(&message, NULL, 0, 0, PM_REMOVE))
        {
            TranslateMessage(&message);
            DispatchMessageW(&message);
        }
        if (ListView_GetItemCount(list) != count)
            MsgWaitForMultipleObjects(0, NULL, FALSE, 50, QS_ALLINPUT);
    }
}

static void pump_until_idle(void)
{
    MSG message;
    while (PeekMessageW(&message, NULL, 0, 0, PM_REMOVE))
        DispatchMessageW(&message);
}

/* One run of the table; with `saving`, the app saves to a scratch state folder as Lapwing does,
 * every lap a journal line. */
static int measure(BOOL saving)
{
    static const int levels[] = { 0, 1000, 10000, 100000, 1000000 };
    INITCOMMONCONTROLSEX controls = { sizeof(controls), ICC_STANDARD_CLASSES |
                                                            ICC_LISTVIEW_CLASSES };
    HINSTANCE instance = GetModuleHandleW(NULL);
    app the_app;
    HWND window, list;
    size_t l;
    int i, shown;
    double start, baseline;

    InitCommonControlsEx(&controls);
    if (!app_initialize(&the_app, instance))
        return 1;
    if (saving)
    {
        app_load_news news;
        WCHAR folder[MAX_PATH], temp[MAX_PATH];
        GetTempPathW(MAX_PATH, temp);
        _snwprintf(folder, MAX_PATH, L"%lslapwing-bench-%lu", temp, GetCurrentProcessId());
        SetEnvironmentVariableW(L"LAPWING_STATE_DIR", folder);
        app_load_state(&the_app, &news, TRUE);
    }
    if ((!saving && (!time_display_register(instance) || !main_window_register(instance))) ||
        !(window = main_window_create(&the_app, SW_SHOW)))
    {
        fprintf(stderr, "bench_ui: could not create the window\n");
        return 1;
    }
    list = GetDlgItem(window, IDC_LAP_LIST);
    SendMessageW(window, WM_COMMAND, MAKEWPARAM(IDM_START_STOP, 0), 0);

    /* The baseline: posted messages that do nothing. */
    start = seconds_now();
    for (i = 0; i < BURST; i++)
        PostMessageW(window, WM_NULL, 0, 0);
    pump_until_idle();
    baseline = seconds_now() - start;

    printf("\nLapwing lap list benchmark, saving %s: a burst of %d Lap commands until the list "
           "shows them\n\n",
           saving ? "on (a journal line a lap)" : "off", BURST);
    printf("| laps already there | ms for the burst | ms per lap | baseline ms (%d no-op "
           "messages) | ratio |\n| ---: | ---: | ---: | ---: | ---: |\n",
           BURST);
    shown = 0;
    for (l = 0; l < sizeof(levels) / sizeof(levels[0]); l++)
    {
        double elapsed;
        /* Fill up to the level straight through the stopwatch (the list catches up at once). */
        while (shown < levels[l])
        {
            shared_stopwatch_lap(&the_app.shared);
            shown++;
        }
        pump_until_count(list, shown);
        if (saving)
            app_save_snapshot(&the_app); /* the filler laps on disk before the clock starts */
        start = seconds_now();
        for (i = 0; i < BURST; i++)
            PostMessageW(window, WM_COMMAND, MAKEWPARAM(IDM_LAP, 1), 0);
        shown += BURST;
        pump_until_count(list, shown);
        elapsed = seconds_now() - start;
        printf("| %d | %.1f | %.3f | %.1f | %.0fx |\n", levels[l], elapsed * 1e3,
               elapsed * 1e3 / BURST, baseline * 1e3, baseline > 0 ? elapsed / baseline : 0.0);
    }
    DestroyWindow(window);
    pump_until_idle();
    app_delete(&the_app);
    if (saving)
    {
        /* The scratch state folder goes. */
        WCHAR folder[MAX_PATH], file[MAX_PATH];
        static const WCHAR *const names[] = { L"state.txt", L"state.bak.txt", L"journal.txt",
                                              L"lapwing.ini" };
        size_t n;
        GetEnvironmentVariableW(L"LAPWING_STATE_DIR", folder, MAX_PATH);
        for (n = 0; n < sizeof(names) / sizeof(names[0]); n++)
        {
            _snwprintf(file, MAX_PATH, L"%ls\\%ls", folder, names[n]);
            DeleteFileW(file);
        }
        RemoveDirectoryW(folder);
    }
    return 0;
}

int main(void)
{
    return measure(FALSE) || measure(TRUE);
}
