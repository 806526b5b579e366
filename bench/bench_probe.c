/*
 * Asks the running Lapwing how many display updates its clock thread has posted (the clock
 * thread's own counter), for bench/run.sh: run it before and after a measurement. Prints the
 * count, or -1 when no Lapwing window is there.
 */
#include <windows.h>
#include <stdio.h>

#include "app_messages.h"
#include "main_window.h"

int main(void)
{
    HWND window = FindWindowW(MAIN_WINDOW_CLASS, NULL);
    DWORD_PTR posts = 0;

    if (!window || !SendMessageTimeoutW(window, WM_APP_CLOCK_POSTS, 0, 0, SMTO_ABORTIFHUNG, 5000,
                                        &posts))
    {
        printf("-1\n");
        return 1;
    }
    printf("%lu\n", (unsigned long)posts);
    return 0;
}
