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
#include <commdlg.h>
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

/* oleacc, loaded from System32 when an accessibility client first asks the time display for its
 * object (most runs have none, and it is memory the rest never need). Both NULL under Wine,
 * whose oleacc aborts the process in CreateStdAccessibleProxyW's stub: nothing is loaded there. */
typedef LRESULT(WINAPI *lresult_from_object_function)(REFIID, WPARAM, LPUNKNOWN);
typedef struct windows_accessibility_functions
{
    create_std_accessible_proxy_function CreateStdAccessibleProxyW;     /* oleacc, XP */
    lresult_from_object_function LresultFromObject;                     /* oleacc */
} windows_accessibility_functions;
const windows_accessibility_functions *windows_accessibility_functions_get(void);

/* The Save dialog's DLL, loaded from System32 on the first Save as CSV: under Wine comdlg32 and
 * what it brings in (the print spooler's DLLs among them) are 8 MB of memory and part of the
 * start-up, for a dialog most runs never open. NULL when it cannot be loaded. */
typedef BOOL(WINAPI *get_save_file_name_function)(LPOPENFILENAMEW);
typedef struct windows_dialog_functions
{
    get_save_file_name_function GetSaveFileNameW;                       /* comdlg32 */
} windows_dialog_functions;
const windows_dialog_functions *windows_dialog_functions_get(void);

#endif
