/*
 * The clock thread: tells the main window when the running time has changed enough to show.
 *
 * Owned by the UI thread, which starts and stops it. The thread itself only reads the shared
 * stopwatch (under its lock) and posts one private message to one window; it never touches a
 * control, never SendMessage()s and never PostThreadMessage()s.
 *
 * - While the stopwatch runs and the window is visible it posts `message` about
 *   `frames_per_second` times a second, paced by a waitable timer on deadlines computed from
 *   QueryPerformanceCounter (frame n is due at start + n/fps seconds), so a late frame does not
 *   push the later ones back; frames missed while the machine was busy are skipped, not queued.
 * - Coalesced: a message is posted only when none is outstanding. The UI calls
 *   clock_thread_update_received() *before* it reads the time, so an update made after that
 *   read is never lost, and a receiver that stops pumping (a modal loop, a drag) finds one
 *   message waiting, not a pile.
 * - When stopped, or when the window is minimized (unless the title shows the time: then once a
 *   second), it blocks on its wake event: no timer, no polling, no wakeups at all until the
 *   state changes.
 */
#ifndef LAPWING_CLOCK_THREAD_H
#define LAPWING_CLOCK_THREAD_H

#include <windows.h>

#include "pacing_timer.h"
#include "shared_stopwatch.h"

typedef struct clock_thread
{
    shared_stopwatch *shared;
    HWND window;
    UINT message;
    volatile LONG visible_rate; /* frames a second while the window can be seen */
    volatile LONG hidden_rate;  /* while minimized: 1 for the title's time, or 0 */
    HANDLE thread;
    HANDLE wake_event;          /* auto-reset: state changed, visibility changed, or stop */
    pacing_timer timer;         /* high resolution where Windows has one */
    const pacing_timer_functions *timer_functions; /* NULL: Windows'; tests may set fakes */
    volatile LONG stop_requested;
    volatile LONG visible;
    volatile LONG update_pending;
    volatile LONG wakeups;      /* times the thread returned from a wait (for tests) */
    volatile LONG posts;        /* messages posted (for tests) */
} clock_thread;

#define CLOCK_THREAD_DEFAULT_FPS 60

/* Starts the thread. FALSE (with GetLastError set) when a handle could not be created.
 * `clock` must be zeroed, or hold only timer_functions set by a test. */
BOOL clock_thread_start(clock_thread *clock, shared_stopwatch *shared, HWND window, UINT message,
                        unsigned frames_per_second);
/* Signals the thread, waits for it to finish and closes its handles. Safe on a clock that
 * failed to start or was already stopped. After it returns nothing more is posted. */
void clock_thread_stop(clock_thread *clock);
/* The window was minimized (FALSE) or shown again (TRUE). */
void clock_thread_set_visible(clock_thread *clock, BOOL visible);
/* Frames a second while the window can be seen (what the display's precision needs) and
 * while it is minimized (0: none, the thread sleeps); the thread picks them up at once. At
 * these rates frames are aligned to the elapsed time's whole seconds. */
void clock_thread_set_rates(clock_thread *clock, unsigned visible_rate, unsigned hidden_rate);
/* The receiver got `message`: call before reading the time. */
void clock_thread_update_received(clock_thread *clock);

LONG clock_thread_wakeups(clock_thread *clock);
LONG clock_thread_posts(clock_thread *clock);

#endif
