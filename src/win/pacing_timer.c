/*
 * The clock thread's waitable timer and its fallbacks. See pacing_timer.h.
 */
#include "pacing_timer.h"

const pacing_timer_functions pacing_timer_windows = { CreateWaitableTimerExW, SetWaitableTimer };

BOOL pacing_timer_initialize(pacing_timer *timer, const pacing_timer_functions *functions)
{
    timer->functions = functions ? functions : &pacing_timer_windows;
    timer->handle = timer->functions->create(NULL, NULL, CREATE_WAITABLE_TIMER_HIGH_RESOLUTION,
                                             TIMER_ALL_ACCESS);
    timer->high_resolution = timer->handle != NULL;
    if (!timer->handle)
        timer->handle = timer->functions->create(NULL, NULL, 0, TIMER_ALL_ACCESS);
    return timer->handle != NULL;
}

BOOL pacing_timer_set(pacing_timer *timer, LONGLONG relative_100ns)
{
    LARGE_INTEGER due;
    HANDLE normal;

    due.QuadPart = -relative_100ns; /* negative: relative to now */
    if (timer->functions->set(timer->handle, &due, 0, NULL, NULL, FALSE))
        return TRUE;
    if (!timer->high_resolution)
        return FALSE;
    /* Created but not settable: give up high resolution for good. */
    normal = timer->functions->create(NULL, NULL, 0, TIMER_ALL_ACCESS);
    if (!normal)
        return FALSE;
    CloseHandle(timer->handle);
    timer->handle = normal;
    timer->high_resolution = FALSE;
    return timer->functions->set(timer->handle, &due, 0, NULL, NULL, FALSE);
}

void pacing_timer_cancel(pacing_timer *timer)
{
    if (timer->handle)
        CancelWaitableTimer(timer->handle);
}

void pacing_timer_delete(pacing_timer *timer)
{
    if (timer->handle)
        CloseHandle(timer->handle);
    timer->handle = NULL;
}
