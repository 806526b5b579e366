/*
 * The application: what exists before any window and outlives it. Made first in wWinMain and
 * deleted last. It owns the shared stopwatch, the clock thread and the accelerator table (and,
 * later, the settings and the saved state), so a command line or a second instance can reach
 * them without a window.
 *
 * The clock thread posts to a window, so the main window starts it once it exists (WM_CREATE)
 * and stops it before it is gone (WM_DESTROY); the app holds it.
 *
 * UI thread only, but for `shared`, which is the clock thread's too (behind its lock).
 */
#ifndef LAPWING_APP_H
#define LAPWING_APP_H

#include <windows.h>

#include "clock_thread.h"
#include "history_store.h"
#include "lapwing/history.h"
#include "lapwing/hotkey.h"
#include "lapwing/preferences.h"
#include "lapwing/settings.h"
#include "shared_stopwatch.h"
#include "state_store.h"

/* One stopwatch's saving (app_state.c), held by pointer: a store holds a lock and must not
 * move. Stopwatch 1 keeps its files in the state folder itself, as every Lapwing before had
 * them; stopwatch N in its subfolder stopwatch-N. */
typedef struct app_watch
{
    uint32_t id;
    BOOL store_open;
    state_store store;
    stopwatch_state saved_state;    /* what the disk has */
    size_t saved_lap_count;
    uint64_t run_started_wall;  /* FILETIME when the current run first started; 0: unknown */
    uint64_t archived_id;       /* the history run its last reset archived, which an undone
                                 * reset takes back out; 0: none */
} app_watch;

typedef struct app
{
    HINSTANCE instance;
    shared_stopwatch shared;
    clock_thread clock;
    HACCEL accelerators;        /* the keys: the one list (res/lapwing.rc) */
    HWND main_window;           /* NULL until created, and again once destroyed */
    /* Why starting failed, when a step reports it itself (0: the caller names the step). */
    UINT failure_message;
    DWORD failure_error;
    /* Saving (app_state.c): the state folder, and each stopwatch's files (app_watch). */
    BOOL saving;                /* the state folder is used: changes are saved */
    WCHAR state_folder[MAX_PATH];
    struct app_watch **watches; /* one for each stopwatch in the set, while saving */
    size_t watch_count;
    char *list_written;         /* stopwatches.txt as last written (NULL: not yet) */
    size_t list_written_length;
    const file_functions *file_functions; /* NULL: Windows'; tests may set fakes */
    DWORD save_error;           /* the last save's error, 0 while saving works */
    struct app_load_news *load_news; /* what loading found, for the window to say; may be NULL */
    UINT_PTR instance_id;       /* the window's INSTANCE_PROPERTY, so a second Lapwing finds it */
    /* lapwing.ini in the state folder (app_state.c): read at start, rewritten at exit. */
    settings settings;
    WCHAR settings_path[MAX_PATH]; /* empty: settings are not kept */
    preferences preferences;    /* read from `settings` at start */
    hotkey_settings hotkeys;    /* the global hotkeys wanted ([hotkeys]) */
    /* The history (app_history.c): past runs and their file. */
    history history;
    history_store history_store;
    BOOL history_saving;        /* the history's file is kept */
    DWORD history_error;        /* the last history write's error, 0 while it works */
    BOOL history_dirty;         /* a write failed: the file is written whole next time */
    /* What the lap list's vs best column compares with: the best run for each lap, or the run
     * the user picked (compared_id, 0: none picked); rebuilt whenever the runs change. */
    history_best best;
    uint64_t compared_id;
    /* Set by app_load_state when it starts saving: the last snapshot and the store closed, for
     * app_delete (a callback, so the app needs nothing of the saving but this). */
    void (*finish_saving)(struct app *app);
} app;

/* What app_save_changes has to tell the user, once. */
typedef enum app_save_news
{
    APP_SAVE_QUIET,             /* saved, or failing as already said */
    APP_SAVE_FAILED,            /* saving has just started to fail: app->save_error */
    APP_SAVE_WORKS_AGAIN,
    APP_SAVE_HISTORY_FAILED,    /* the history's file has just started to fail: history_error */
    APP_SAVE_HISTORY_WORKS_AGAIN
} app_save_news;

/* What loading found, for the window to say once it exists. */
struct app_load_news
{
    BOOL damaged;               /* something could not be read; see kept_as */
    WCHAR kept_as[64];          /* the damaged file's copy, or empty */
    BOOL clamped;               /* the clock went back, or a time was absurd */
    DWORD error;                /* the state folder could not be used (saving is off) */
    BOOL history_damaged;       /* the history could not all be read; see history_kept_as */
    WCHAR history_kept_as[64];
    DWORD history_error;        /* the history exists but cannot be read (not written over) */
};
typedef struct app_load_news app_load_news;

/* Sets up everything that needs no window. FALSE (GetLastError set) if the accelerator table
 * cannot be loaded; then app_delete is still safe. */
BOOL app_initialize(app *app, HINSTANCE instance);
void app_delete(app *app);

/* Starts the clock thread posting `message` to `window`. On failure records why (see above). */
BOOL app_start_clock(app *app, HWND window, UINT message);
/* Stops it and waits for it; nothing is posted to `window` afterwards. */
void app_stop_clock(app *app);

#endif
