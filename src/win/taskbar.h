/*
 * The taskbar button (Windows 7 and later, ITaskbarList3), set up when Windows says the button
 * exists ("TaskbarButtonCreated"): thumbnail toolbar buttons Start/Pause (its icon and tooltip
 * follow the state), Lap and Reset, enabled exactly as the window's buttons are, whose clicks
 * come back as WM_COMMAND with THBN_CLICKED and so take the one command path; an overlay icon
 * for running and paused, with its accessible description; and the jump list's tasks
 * (ICustomDestinationList: Start/Pause, Lap, Reset run lapwing.exe --toggle, --lap, --reset;
 * with several stopwatches, the first few's Start/Pause below them).
 * Where the interfaces are missing (Wine, a shell without them) everything here carries on
 * silently. UI thread only; COM is started here, after the window shows, not at start-up.
 */
#ifndef LAPWING_TASKBAR_H
#define LAPWING_TASKBAR_H

#include <windows.h>

#include "lapwing/stopwatch.h"

typedef struct taskbar
{
    UINT button_created;        /* RegisterWindowMessage("TaskbarButtonCreated") */
    void *list;                 /* ITaskbarList3 *, or NULL */
    BOOL buttons_added;
    HICON icons[4];             /* start, pause, lap, reset (drawn, not shipped) */
    HICON overlays[2];          /* running, paused */
    stopwatch_state shown;
    BOOL shown_lap, shown_reset, shown_once;
} taskbar;

void taskbar_initialize(taskbar *taskbar);
void taskbar_delete(taskbar *taskbar);
/* TRUE when `message` is "TaskbarButtonCreated": then the buttons, the overlay and the jump
 * list are set up for `window` (again, after Explorer restarted). */
BOOL taskbar_on_message(taskbar *taskbar, HWND window, UINT message);
/* The thumbnail buttons and the overlay as the stopwatch is; `texts` are the tooltips of
 * Start/Pause (for this state), Lap and Reset, and the overlay's description ("Running").
 * Cheap when nothing changed. */
void taskbar_show_state(taskbar *taskbar, HWND window, stopwatch_state state, BOOL lap_enabled,
                        BOOL reset_enabled, const WCHAR *const texts[4]);
/* The jump list's tasks, each titled `titles[i]` (jump_list_tasks' order), then, below a
 * separator, `stopwatch_count` more: lapwing.exe `stopwatch_arguments[i]`, titled
 * `stopwatch_titles[i]`. */
void taskbar_set_jump_list(taskbar *taskbar, const WCHAR *const *titles,
                           const WCHAR *const *stopwatch_titles,
                           const WCHAR *const *stopwatch_arguments, size_t stopwatch_count);

/* The glyph icons, drawn at `size` pixels (exposed for the tests). */
enum taskbar_glyph
{
    GLYPH_START,
    GLYPH_PAUSE,
    GLYPH_LAP,
    GLYPH_RESET
};
HICON taskbar_draw_glyph(enum taskbar_glyph glyph, int size, COLORREF color, COLORREF circle);

#endif
