/*
 * The application object. See app.h.
 */
#include "app.h"

#include "resource.h"

BOOL app_initialize(app *app, HINSTANCE instance)
{
    ZeroMemory(app, sizeof(*app));
    app->instance = instance;
    settings_initialize(&app->settings);
    preferences_default(&app->preferences);
    if (!shared_stopwatch_initialize(&app->shared))
        return FALSE; /* out of memory; GetLastError says so */
    app->accelerators = LoadAcceleratorsW(instance, MAKEINTRESOURCEW(IDA_MAIN));
    return app->accelerators != NULL;
}

void app_delete(app *app)
{
    app_stop_clock(app);
    if (app->finish_saving)
        app->finish_saving(app);
    app->finish_saving = NULL;
    /* A table loaded from resources is not destroyed: Windows frees it with the process. */
    app->accelerators = NULL;
    shared_stopwatch_delete(&app->shared);
    settings_delete(&app->settings);
}

BOOL app_start_clock(app *app, HWND window, UINT message)
{
    if (clock_thread_start(&app->clock, &app->shared, window, message, CLOCK_THREAD_DEFAULT_FPS))
        return TRUE;
    app->failure_message = IDS_ERROR_CLOCK_THREAD;
    app->failure_error = GetLastError();
    return FALSE;
}

void app_stop_clock(app *app)
{
    clock_thread_stop(&app->clock);
}
