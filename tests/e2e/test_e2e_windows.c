/*
 * What only real Windows can show: that Lapwing registers for a restart after an update reboot
 * (RegisterApplicationRestart), that its window is per-monitor DPI aware, version 2 (its
 * manifest), and that the dark theme darkens the title bar. Wine has neither to the letter, so under Wine each test is skipped, saying why;
 * on Windows (the Windows workflow) they run. See driver.h for the driver.
 */
#include "driver.h"

#include <stdio.h>

static BOOL under_wine(void)
{
    HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    return ntdll && GetProcAddress(ntdll, "wine_get_version") != NULL;
}

#define skip_under_wine(what)                                                                   \
    do                                                                                          \
    {                                                                                           \
        if (under_wine())                                                                       \
        {                                                                                       \
            print_message("skipped under Wine, which cannot show it: %s\n", what);              \
            skip();                                                                             \
        }                                                                                       \
    } while (0)

typedef HRESULT(WINAPI *restart_settings_function)(HANDLE, PWSTR, PDWORD, PDWORD);

static void lapwing_registers_for_a_restart_after_an_update(void **state)
{
    restart_settings_function get_settings;
    WCHAR command_line[1024];
    DWORD size = 1024, flags = 0;
    (void)state;
    skip_under_wine("Windows Error Reporting's restart registration");
    get_settings = (restart_settings_function)(void (*)(void))GetProcAddress(
        GetModuleHandleW(L"kernel32.dll"), "GetApplicationRestartSettings");
    assert_non_null(get_settings);
    assert_int_equal(get_settings(lapwing.hProcess, command_line, &size, &flags), S_OK);
    /* After a reboot for an update, not after a crash or a hang (the state brings it back). */
    assert_true((flags & RESTART_NO_CRASH) && (flags & RESTART_NO_HANG));
}

typedef void *(WINAPI *window_context_function)(HWND);
typedef BOOL(WINAPI *contexts_equal_function)(void *, void *);

static void the_window_is_per_monitor_dpi_aware_v2(void **state)
{
    HMODULE user32 = GetModuleHandleW(L"user32.dll");
    window_context_function window_context;
    contexts_equal_function equal;
    (void)state;
    skip_under_wine("per-monitor DPI awareness, version 2");
    window_context = (window_context_function)(void (*)(void))GetProcAddress(
        user32, "GetWindowDpiAwarenessContext");
    equal = (contexts_equal_function)(void (*)(void))GetProcAddress(
        user32, "AreDpiAwarenessContextsEqual");
    if (!window_context || !equal)
    {
        print_message("skipped: this Windows is older than 10 1607 (no DPI awareness contexts)\n");
        skip();
    }
    /* DPI_AWARENESS_CONTEXT_PER_MONITOR_AWARE_V2 is ((DPI_AWARENESS_CONTEXT)-4). */
    assert_true(equal(window_context(main_window), (void *)(INT_PTR)-4));
}

typedef HRESULT(WINAPI *dwm_get_function)(HWND, DWORD, void *, DWORD);

/* With theme=dark the title bar is dark too (Windows 10 2004 and later say so when asked). */
static void a_dark_theme_darkens_the_title_bar(void **state)
{
    HMODULE dwm;
    dwm_get_function get_attribute;
    BOOL dark = FALSE;
    (void)state;
    skip_under_wine("the desktop window manager's dark title bar");
    dwm = LoadLibraryW(L"dwmapi.dll");
    get_attribute = dwm ? (dwm_get_function)(void (*)(void))GetProcAddress(
                              dwm, "DwmGetWindowAttribute")
                        : NULL;
    assert_non_null(get_attribute);
    shut_down(NULL);
    write_state_file(L"lapwing.ini", "[view]\r\ntheme=dark\r\n");
    assert_int_equal(launch(NULL), 0);
    pump_for(500);
    /* DWMWA_USE_IMMERSIVE_DARK_MODE (20); a Windows before 10 2004 cannot say. */
    if (FAILED(get_attribute(main_window, 20, &dark, sizeof(dark))))
    {
        print_message("skipped: this Windows does not report a dark title bar (before 10 2004)\n");
        skip();
    }
    assert_true(dark);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(lapwing_registers_for_a_restart_after_an_update),
        cmocka_unit_test(the_window_is_per_monitor_dpi_aware_v2),
        cmocka_unit_test(a_dark_theme_darkens_the_title_bar),
    };
    return cmocka_run_group_tests(tests, launch, shut_down_all);
}
