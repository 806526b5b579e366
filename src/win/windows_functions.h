/*
 * Windows functions that not every supported Windows has (Lapwing runs on Windows 7 and later),
 * looked up once, typed, and checked against the SDK's own prototypes at compile time; and the
 * compatibility defines that go with them. Nothing else in the shell calls GetProcAddress.
 *
 * A NULL member means "this Windows does not have it": every caller has a fallback.
 */
#ifndef LAPWING_WINDOWS_FUNCTIONS_H
#define LAPWING_WINDOWS_FUNCTIONS_H

#include <windows.h>
#include <oleacc.h>

#ifndef WM_DPICHANGED
#define WM_DPICHANGED 0x02E0 /* Windows 8.1 */
#endif
#ifndef LOAD_LIBRARY_SEARCH_SYSTEM32
#define LOAD_LIBRARY_SEARCH_SYSTEM32 0x00000800 /* Windows 8, or 7 with KB2533623 */
#endif
#ifndef THBN_CLICKED
#define THBN_CLICKED 0x1800 /* a taskbar thumbnail button's WM_COMMAND code (Windows 7) */
#endif

typedef UINT(WINAPI *get_dpi_for_window_function)(HWND);
typedef BOOL(WINAPI *system_parameters_info_for_dpi_function)(UINT, UINT, PVOID, UINT, UINT);
typedef BOOL(WINAPI *set_default_dll_directories_function)(DWORD);
typedef VOID(WINAPI *get_system_time_precise_as_file_time_function)(LPFILETIME);
typedef HRESULT(WINAPI *create_std_accessible_proxy_function)(HWND, LPCWSTR, LONG, REFIID,
                                                              void **);

typedef HRESULT(WINAPI *set_window_theme_function)(HWND, LPCWSTR, LPCWSTR);
typedef HRESULT(WINAPI *dwm_set_window_attribute_function)(HWND, DWORD, LPCVOID, DWORD);

typedef struct windows_functions
{
    get_dpi_for_window_function GetDpiForWindow;                       /* user32, 10 1607 */
    system_parameters_info_for_dpi_function SystemParametersInfoForDpi; /* user32, 10 1607 */
    set_default_dll_directories_function SetDefaultDllDirectories;     /* kernel32, 8 */
    get_system_time_precise_as_file_time_function GetSystemTimePreciseAsFileTime; /* 8 */
    /* oleacc. Left NULL under Wine, whose oleacc aborts the process in this stub. */
    create_std_accessible_proxy_function CreateStdAccessibleProxyW;
    BOOL running_on_wine;
} windows_functions;

/* The table, filled on the first call (from any thread: the lookup runs once). */
const windows_functions *windows_functions_get(void);

/* The dark theme's functions, in DLLs loaded from System32 by their full path on the first call:
 * only when dark mode is wanted, so a light start-up never loads them. */
typedef struct windows_theme_functions
{
    set_window_theme_function SetWindowTheme;                           /* uxtheme, XP */
    dwm_set_window_attribute_function DwmSetWindowAttribute;            /* dwmapi, Vista */
} windows_theme_functions;
const windows_theme_functions *windows_theme_functions_get(void);

#endif
