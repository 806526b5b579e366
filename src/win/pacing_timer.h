/*
 * The clock thread's waitable timer: high resolution where Windows has one, a normal one where
 * it does not. Windows 10 before 1803 has no CREATE_WAITABLE_TIMER_HIGH_RESOLUTION, and builds
 * fail at different steps: 1607 refuses to create such a timer, 1809 has been seen to create it
 * and refuse to set it. So both steps fall back to a normal timer.
 *
 * Wine behaves like none of those, so the two Windows calls are reached through a table that a
 * test can replace with fakes that fail the way those builds do.
 */
#ifndef LAPWING_PACING_TIMER_H
#define LAPWING_PACING_TIMER_H

#include <windows.h>

#ifndef CREATE_WAITABLE_TIMER_HIGH_RESOLUTION
#define CREATE_WAITABLE_TIMER_HIGH_RESOLUTION 0x00000002
#endif

typedef struct pacing_timer_functions
{
    HANDLE(WINAPI *create)(LPSECURITY_ATTRIBUTES, LPCWSTR, DWORD, DWORD);
    BOOL(WINAPI *set)(HANDLE, const LARGE_INTEGER *, LONG, PTIMERAPCROUTINE, LPVOID, BOOL);
} pacing_timer_functions;

typedef struct pacing_timer
{
    HANDLE handle;
    BOOL high_resolution;
    const pacing_timer_functions *functions;
} pacing_timer;

/* Windows' own CreateWaitableTimerExW and SetWaitableTimer. */
extern const pacing_timer_functions pacing_timer_windows;

/* Creates the timer through `functions` (NULL: Windows'); FALSE with GetLastError set. */
BOOL pacing_timer_initialize(pacing_timer *timer, const pacing_timer_functions *functions);
/* Sets it to fire once, `relative_100ns` from now. May replace the handle (the fallback). */
BOOL pacing_timer_set(pacing_timer *timer, LONGLONG relative_100ns);
void pacing_timer_cancel(pacing_timer *timer);
void pacing_timer_delete(pacing_timer *timer);

#endif
