/*
 * The optional Windows functions, looked up once. See windows_functions.h.
 *
 * This file alone sees the prototypes of newer Windows (it raises WINVER for itself), so that
 * each lookup is checked against them at compile time: a typedef that drifts from the SDK's
 * prototype fails the build instead of calling a function with the wrong arguments. Everything
 * else is built for Windows 7 and cannot call these functions directly by mistake.
 */
#undef WINVER
#undef _WIN32_WINNT
#define WINVER 0x0A00
#define _WIN32_WINNT 0x0A00

#include "windows_functions.h"

#include <dwmapi.h>
#include <uxtheme.h>
#include <wchar.h>

/* The address of `name` as `type`, or NULL; a compile error if `type` is not the type of the
 * SDK's `name` (_Generic's operand is not evaluated, so nothing is imported). */
#define LOOK_UP(module, name, type)                                                            \
    ((void)sizeof(char[_Generic(&name, type: 1, default: -1)]),                                \
     (module) ? (type)(void (*)(void))GetProcAddress((module), #name) : (type)NULL)

static windows_functions functions;
static INIT_ONCE looked_up = INIT_ONCE_STATIC_INIT;

/* A DLL of System32 by its full path (never from the program's folder). */
static HMODULE load_system_dll(const WCHAR *name)
{
    WCHAR path[MAX_PATH];
    UINT length = GetSystemDirectoryW(path, MAX_PATH);

    if (!length || length + wcslen(name) + 2 > MAX_PATH)
        return NULL;
    path[length] = L'\\';
    lstrcpynW(path + length + 1, name, (int)(MAX_PATH - length - 1));
    return LoadLibraryW(path);
}

static BOOL CALLBACK look_up(INIT_ONCE *once, void *parameter, void **context)
{
    HMODULE kernel32 = GetModuleHandleW(L"kernel32.dll");
    HMODULE user32 = GetModuleHandleW(L"user32.dll");
    HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");

    (void)once;
    (void)parameter;
    (void)context;
    functions.running_on_wine = ntdll && GetProcAddress(ntdll, "wine_get_version") != NULL;
    functions.GetDpiForWindow = LOOK_UP(user32, GetDpiForWindow, get_dpi_for_window_function);
    functions.SystemParametersInfoForDpi =
        LOOK_UP(user32, SystemParametersInfoForDpi, system_parameters_info_for_dpi_function);
    functions.SetDefaultDllDirectories =
        LOOK_UP(kernel32, SetDefaultDllDirectories, set_default_dll_directories_function);
    functions.GetSystemTimePreciseAsFileTime =
        LOOK_UP(kernel32, GetSystemTimePreciseAsFileTime,
                get_system_time_precise_as_file_time_function);
    return TRUE;
}

const windows_functions *windows_functions_get(void)
{
    InitOnceExecuteOnce(&looked_up, look_up, NULL, NULL);
    return &functions;
}

static windows_theme_functions theme_functions;
static INIT_ONCE theme_looked_up = INIT_ONCE_STATIC_INIT;

static BOOL CALLBACK look_up_theme(INIT_ONCE *once, void *parameter, void **context)
{
    HMODULE uxtheme = load_system_dll(L"uxtheme.dll");
    HMODULE dwmapi = load_system_dll(L"dwmapi.dll");

    (void)once;
    (void)parameter;
    (void)context;
    theme_functions.SetWindowTheme =
        LOOK_UP(uxtheme, SetWindowTheme, set_window_theme_function);
    theme_functions.DwmSetWindowAttribute =
        LOOK_UP(dwmapi, DwmSetWindowAttribute, dwm_set_window_attribute_function);
    return TRUE;
}

const windows_theme_functions *windows_theme_functions_get(void)
{
    InitOnceExecuteOnce(&theme_looked_up, look_up_theme, NULL, NULL);
    return &theme_functions;
}

static windows_dialog_functions dialog_functions;
static INIT_ONCE dialog_looked_up = INIT_ONCE_STATIC_INIT;

static BOOL CALLBACK look_up_dialog(INIT_ONCE *once, void *parameter, void **context)
{
    HMODULE comdlg32 = load_system_dll(L"comdlg32.dll");

    (void)once;
    (void)parameter;
    (void)context;
    dialog_functions.GetSaveFileNameW =
        LOOK_UP(comdlg32, GetSaveFileNameW, get_save_file_name_function);
    return TRUE;
}

const windows_dialog_functions *windows_dialog_functions_get(void)
{
    InitOnceExecuteOnce(&dialog_looked_up, look_up_dialog, NULL, NULL);
    return &dialog_functions;
}

static windows_accessibility_functions accessibility_functions;
static INIT_ONCE accessibility_looked_up = INIT_ONCE_STATIC_INIT;

static BOOL CALLBACK look_up_accessibility(INIT_ONCE *once, void *parameter, void **context)
{
    HMODULE oleacc;

    (void)once;
    (void)parameter;
    (void)context;
    if (windows_functions_get()->running_on_wine)
        return TRUE;
    oleacc = load_system_dll(L"oleacc.dll");
    accessibility_functions.CreateStdAccessibleProxyW =
        LOOK_UP(oleacc, CreateStdAccessibleProxyW, create_std_accessible_proxy_function);
    accessibility_functions.LresultFromObject =
        LOOK_UP(oleacc, LresultFromObject, lresult_from_object_function);
    return TRUE;
}

const windows_accessibility_functions *windows_accessibility_functions_get(void)
{
    InitOnceExecuteOnce(&accessibility_looked_up, look_up_accessibility, NULL, NULL);
    return &accessibility_functions;
}
