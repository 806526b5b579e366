/*
 * The main window's struct, which only the window's own files include, and what they tell one
 * another: a mask of what changed. Calls between the files run one way (docs/design.md):
 *
 *   main_window.c           the hub: the window procedure (a cracker), creation, destruction;
 *                           runs every command as execute, then refresh
 *   main_window_commands.c  execute: the one function that changes the model (the stopwatch,
 *                           its laps and notes, the preferences); says what changed
 *   main_window_refresh.c   tells the listeners what changed, in a fixed order: the modes, the
 *                           theme, the view, the shell integrations
 *   main_window_view.c      shows the model: time, current lap, buttons, laps, summary, status
 *                           line, title; layout and fonts
 *   main_window_modes.c     always on top, mini mode, full screen, in front or out of the way
 *   main_window_theme.c     light, dark or high contrast, applied to everything it shows
 *   main_window_shell.c     the notification-area icon, the taskbar button, the hotkeys
 *   main_window_model.c     reading the model as the window words it (times, the title, what
 *                           applies now) and recording notices; calls no window file
 *   main_window_controls.c, _placement.c, _menus.c, _export.c, _notes.c: leaves that take the
 *                           struct and return a result; they call no file above them
 * Each file has its own header; a file includes the headers of the files it calls and no
 * other (scripts/check-call-direction.sh fails when two files call each other both ways). All
 * of it runs on the UI thread.
 */
#ifndef LAPWING_MAIN_WINDOW_PRIVATE_H
#define LAPWING_MAIN_WINDOW_PRIVATE_H

#include <windows.h>

#include "app.h"
#include "dpi.h"
#include "lap_list.h"
#include "note_editor.h"
#include "lapwing/command_line.h"
#include "lapwing/commands.h"
#include "lapwing/layout.h"
#include "shared_stopwatch.h"
#include "hotkeys.h"
#include "theme.h"
#include "stream_file.h"
#include "taskbar.h"
#include "tray.h"

/* The smallest the window gets, in pixels at 96 DPI. */
enum
{
    MAIN_WINDOW_MIN_WIDTH = 340,
    MAIN_WINDOW_MIN_HEIGHT = 400
};

/* What a command (or anything else) changed, for main_window_refresh to pass on. */
typedef enum main_window_change
{
    MAIN_WINDOW_CHANGED_NOTHING = 0,
    MAIN_WINDOW_CHANGED_STATE = 1 << 0,      /* started, paused, reset, the time set */
    MAIN_WINDOW_CHANGED_LAPS = 1 << 1,       /* a lap came or went, a note changed */
    MAIN_WINDOW_CHANGED_PREFERENCES = 1 << 2,/* on top, precision, theme, title, tray */
    MAIN_WINDOW_CHANGED_MODE = 1 << 3,       /* `wanted_mode` asks for another mode */
    MAIN_WINDOW_CHANGED_NOTICE = 1 << 4,     /* `notice` has news for the status line */
    MAIN_WINDOW_ANNOUNCE_TIME = 1 << 5,      /* screen readers hear the time (a command) */
    MAIN_WINDOW_BRING_TO_FRONT = 1 << 6,     /* restored and in front of the others */
    MAIN_WINDOW_SHOW_OR_HIDE = 1 << 7,       /* in front if it is not, else out of the way */
    MAIN_WINDOW_OPEN_SETTINGS = 1 << 8,      /* the Settings dialog (it shows changes live) */
    MAIN_WINDOW_CHANGED_HISTORY = 1 << 9,    /* a run archived, removed, put back or renamed */
    MAIN_WINDOW_CHANGED_STOPWATCHES = 1 << 10 /* one added, removed, renamed or selected */
} main_window_change;
typedef unsigned main_window_changes;        /* main_window_change bits */

typedef struct main_window
{
    HWND window;
    app *app;               /* owns the stopwatch and the clock thread */
    HWND display;
    HWND current_lap;       /* the live current lap: a second, smaller time display */
    HWND start_stop_button;
    HWND lap_button;
    HWND reset_button;
    HWND summary;           /* laps, best, worst, mean, spread: a static text */
    lap_list laps;
    note_editor note;       /* a lap's note being edited in place */
    HWND status;            /* notices ("Copied 40 laps"): a static text */
    HWND tooltip;
    HWND last_focus;        /* the control to give the focus back to on reactivation */
    HFONT ui_font;
    UINT dpi;
    stopwatch_state shown_state;
    size_t shown_lap_count; /* the laps the summary and the list show */
    BOOL laps_changed;      /* laps changed while running: shown on the next frame */
    WCHAR shown_title[128]; /* the title as last set */
    /* What it was made from: a frame with the same second, state and preference makes the
     * same title, so it is not made again (sixty frames a second, one title). */
    uint64_t title_second;
    stopwatch_state title_state;
    BOOL title_with_time;
    layout_mode mode;       /* normal, mini or full screen */
    layout_mode wanted_mode;/* what the last command asked for (MAIN_WINDOW_CHANGED_MODE) */
    WCHAR notice[768];      /* the status line's news (MAIN_WINDOW_CHANGED_NOTICE) */
    /* The full window while in a mode: put back when the mode ends. */
    WINDOWPLACEMENT normal_placement;
    LONG_PTR normal_style, normal_ex_style;
    theme theme;            /* light, dark or high contrast, and its brush */
    hotkeys hotkeys;        /* the global hotkeys registered for the window */
    tray tray;              /* the notification-area icon, while minimized to it */
    taskbar taskbar;        /* the taskbar button's thumbnail buttons, overlay, jump list */
    stream_file stream;     /* the time for streams ([view] obs_file), when there is a path */
    /* The jump list's stopwatch tasks as last given (titles and arguments): it is made again
     * only when they change, not at every refresh. */
    WCHAR jump_list_given[JUMP_LIST_STOPWATCHES * (STOPWATCH_NAME_MAX_CHARACTERS * 2 + 96)];
    /* Several stopwatches: the strip (a tab control, shown from two on), when its texts were
     * last made (once a second is enough: it shows whole seconds), and the removal Ctrl+Z can
     * take back (with the run its removal archived). */
    HWND strip;
    BOOL strip_shown;
    ULONGLONG strip_made_at;
    BOOL put_back_pending;
    BOOL put_back_undoes_reset;     /* the removal reset it (its run went to the history) */
    uint64_t put_back_archived_id;
    uint64_t put_back_run_started_wall;
} main_window;

/* Sizes at 96 DPI scaled to the window's. */
static inline int main_window_scale(const main_window *state, int value)
{
    return dpi_scale(value, state->dpi);
}

#endif
