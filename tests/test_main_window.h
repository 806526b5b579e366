/*
 * For the Windows tests that run the real main window in-process (with the program's own
 * resources linked in): the app, the window, and cmocka's group setup and teardown.
 */
#ifndef LAPWING_TEST_MAIN_WINDOW_H
#define LAPWING_TEST_MAIN_WINDOW_H

#include <windows.h>
#include <commctrl.h>

#include "test_messages.h"

#include "app.h"
#include "main_window.h"
#include "time_display.h"

static app the_app;
static HWND window;

static int setup(void **state)
{
    INITCOMMONCONTROLSEX controls = { sizeof(controls), ICC_STANDARD_CLASSES |
                                                            ICC_LISTVIEW_CLASSES | ICC_BAR_CLASSES };
    HINSTANCE instance = GetModuleHandleW(NULL);
    (void)state;
    InitCommonControlsEx(&controls);
    if (!app_initialize(&the_app, instance) || !time_display_register(instance) ||
        !main_window_register(instance))
        return -1;
    window = main_window_create(&the_app, SW_SHOWNOACTIVATE);
    if (window)
        main_window_finish_start(window); /* as the message loop does once nothing waits */
    return window ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    if (window)
        DestroyWindow(window);
    pump_for(50);
    app_delete(&the_app);
    return 0;
}

#endif
