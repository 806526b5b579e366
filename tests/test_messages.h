/* Shared by the Windows tests: pumping the test thread's message queue for a while. */
#ifndef LAPWING_TEST_MESSAGES_H
#define LAPWING_TEST_MESSAGES_H

#include <windows.h>

/* Dispatches every message that arrives during the next `milliseconds`. */
static inline void pump_for(DWORD milliseconds)
{
    ULONGLONG deadline = GetTickCount64() + milliseconds;
    MSG message;
    for (;;)
    {
        ULONGLONG now = GetTickCount64();
        while (PeekMessageW(&message, NULL, 0, 0, PM_REMOVE))
            DispatchMessageW(&message);
        if (now >= deadline)
            return;
        MsgWaitForMultipleObjects(0, NULL, FALSE, (DWORD)(deadline - now), QS_ALLINPUT);
    }
}

#endif
