/*
 * What the files of the main window share, and nothing else includes:
 *   main_window.c           the window procedure (a cracker), creation and destruction
 *   main_window_controls.c  its controls, their tooltips, the window menu's items
 *   main_window_view.c      showing the state: time, current lap, buttons, laps, summary,
 *                           status; layout and fonts
 *   main_window_commands.c  the one execute function every command goes through
 *   main_window_export.c    the laps copied (tab-separated) and saved (CSV)
 *   main_window_notes.c     a lap's note edited in place
 *   main_window_placement.c where the window goes, remembered in lapwing.ini
 *   main_window_modes.c     always on top, mini mode, full screen, the time in the title
 *   main_window_theme.c     light, dark or high contrast, applied to everything it shows
 *   main_window_shell.c     the notification-area icon and the taskbar button
 * The lap list (lap_list.c), the time display (time_display.c), the context menu, the help box,
 * the clipboard and the CSV export are pieces of their own that the window uses. All of it runs
 * on the UI thread.
 */
#ifndef LAPWING_MAIN_WINDOW_PRIVATE_H
#define LAPWING_MAIN_WINDOW_PRIVATE_H

#include <windows.h>

#include "app.h"
#include "lap_list.h"
#include "note_editor.h"
#include "lapwing/command_line.h"
#include "lapwing/commands.h"
#include "lapwing/layout.h"
#include "shared_stopwatch.h"
#include "hotkeys.h"
#include "theme.h"
#include "taskbar.h"
#include "tray.h"

/* The smallest the window gets, in pixels at 96 DPI. */
enum
{
    MAIN_WINDOW_MIN_WIDTH = 340,
    MAIN_WINDOW_MIN_HEIGHT = 400
};

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
    /* The full window while in a mode: put back when the mode ends. */
    WINDOWPLACEMENT normal_placement;
    LONG_PTR normal_style, normal_ex_style;
    theme theme;            /* light, dark or high contrast, and its brush */
    hotkeys hotkeys;        /* the global hotkeys registered for the window */
    tray tray;              /* the notification-area icon, while minimized to it */
    taskbar taskbar;        /* the taskbar button's thumbnail buttons, overlay, jump list */
} main_window;

/* main_window_view.c */
/* Shows the time, the laps and the buttons as the stopwatch has them; `announce` tells screen
 * readers the time once (after a command, not on a frame). While the stopwatch runs, the lap
 * list and the summary catch up on the next frame, so a burst of laps costs one update. */
void main_window_show_state(main_window *state, BOOL announce);
/* A frame from the clock thread: the time, the current lap, what laps came, the buttons. */
void main_window_show_frame(main_window *state);
/* A notice in the status line; it stays until the next one. */
void main_window_show_notice(main_window *state, UINT string_id, const WCHAR *insert);
/* What decides which commands apply now. */
void main_window_command_context(main_window *state, command_context *context);
void main_window_layout(main_window *state);
/* (Re)creates the controls' font at the window's DPI. */
void main_window_apply_fonts(main_window *state);
/* `ticks` as the display shows them, at the chosen precision (FORMAT_TIME_MAX characters). */
void main_window_time_text(const main_window *state, WCHAR *wide, uint64_t ticks,
                           uint64_t frequency);
/* Sizes at 96 DPI scaled to the window's. */
int main_window_scale(const main_window *state, int value);

/* main_window_controls.c */
/* Makes the window's controls; FALSE if one could not be made. */
BOOL main_window_create_controls(main_window *state);
/* The buttons' tooltips follow the buttons (after a layout). */
void main_window_place_tooltips(main_window *state);

/* main_window_placement.c */
/* Shows `window` where lapwing.ini says it was; FALSE when nothing usable is remembered. */
BOOL main_window_restore_placement(HWND window, const settings *settings, int show);
/* Remembers the window's place in lapwing.ini (at close). */
void main_window_remember_placement(main_window *state);
/* WM_GETMINMAXINFO: the smallest window for its mode, never larger than the work area. */
void main_window_min_max_info(main_window *state, MINMAXINFO *info);

/* main_window_modes.c */
/* The title: "00:01:05 – Lapwing" while running or paused (if the preference says so). */
void main_window_show_title(main_window *state, const stopwatch_snapshot *snapshot);
/* That text (`always`: with the time whatever the preference, for the tray's tooltip). */
void main_window_title_text(main_window *state, const stopwatch_snapshot *snapshot,
                            BOOL always, WCHAR *title, size_t size);
/* The clock thread's rates for the precision, the title and the tray. */
void main_window_apply_clock_rates(main_window *state);
/* T: always on top, or not; remembered. */
void main_window_toggle_topmost(main_window *state);
/* The preferences as they are now: on top, the clock's rates, the display. */
void main_window_apply_preferences(main_window *state);
/* Into `mode`, or back to the full window if it is in that mode already (LAYOUT_NORMAL: back
 * from any mode). */
void main_window_set_mode(main_window *state, layout_mode mode);
/* The full window's placement, even while in a mode. */
BOOL main_window_normal_placement(main_window *state, WINDOWPLACEMENT *placement);
/* WM_NCHITTEST after DefWindowProc: in mini mode the body drags the window. */
LRESULT main_window_hit_test(main_window *state, LRESULT hit);

/* main_window_shell.c */
/* The taskbar's thumbnail buttons and overlay as the window shows `shown`. */
void main_window_show_taskbar(main_window *state, stopwatch_state shown);
/* TRUE when `message` is "TaskbarButtonCreated" (the taskbar extras are set up). */
BOOL main_window_taskbar_on_message(main_window *state, UINT message);
void main_window_tray_initialize(main_window *state, UINT message);
/* Minimized: behind the tray icon if the user chose so (TRUE), else nothing (FALSE). */
BOOL main_window_tray_on_minimize(main_window *state);
/* Shown again: the tray icon goes. */
void main_window_tray_on_restore(main_window *state);
/* The icon's callback message. */
LRESULT main_window_tray_on_message(main_window *state, WPARAM wparam, LPARAM lparam);
/* TRUE when `message` is Explorer's "TaskbarCreated" (the icon is added again). */
BOOL main_window_tray_on_taskbar_created(main_window *state, UINT message);

/* main_window_theme.c */
/* The theme as the preferences and Windows say now, applied to everything. */
void main_window_apply_theme(main_window *state);
/* The time's colour for `shown` (running and paused have their own). */
void main_window_show_time_color(main_window *state, stopwatch_state shown);
/* WM_CTLCOLORSTATIC and WM_CTLCOLORBTN: the theme's text and background. */
HBRUSH main_window_control_color(main_window *state, HDC dc);
/* WM_ERASEBKGND: the theme's background. */
BOOL main_window_erase_background(main_window *state, HDC dc);

/* main_window_commands.c */
/* Carries out `command` (an IDM_ id), whichever input it came from. */
void main_window_execute(main_window *state, UINT command);
/* What saving had to say (app_save_news), in the status line, once. */
void main_window_show_save_news(main_window *state, app_save_news news);

/* At start: the global hotkeys of lapwing.ini (one another program owns is said once). */
void main_window_register_hotkeys(main_window *state);

/* main_window_export.c */
/* Ctrl+C: the selected laps (all with `all`, or when none is selected) as tab-separated text;
 * with no laps, the time. */
void main_window_copy(main_window *state, BOOL all);
/* Ctrl+S: the laps as a CSV file the user names. */
void main_window_save_csv(main_window *state);

/* main_window_notes.c */
/* F2: the selected lap's note, edited over its cell. */
void main_window_edit_note(main_window *state);
/* The note editor is done (WM_APP_NOTE_DONE): keep its text as the lap's note, or not. */
void main_window_end_note(main_window *state, BOOL keep);
/* A command line's actions and export (from this process or a second Lapwing); ERROR_SUCCESS
 * or the export's error. */
DWORD main_window_apply_request(main_window *state, const command_line *request);
/* Brings the window to the front, restored if it was minimized. */
void main_window_bring_to_front(main_window *state);
/* What loading the saved state found, said once in the status line. */
void main_window_show_load_news(main_window *state, const app_load_news *news);
/* The lap list's context menu at `point` (screen; -1, -1 from the keyboard). */
void main_window_show_lap_menu(main_window *state, POINT point);
/* The window's context menu, every command with its key, at `point` (-1, -1: keyboard). */
void main_window_show_command_menu(main_window *state, POINT point);

#endif
