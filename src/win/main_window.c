/*
 * The main window: its procedure, its creation and its destruction. UI thread only.
 *
 * The window procedure is a cracker: each message is unpacked and handed to one typed on_...
 * handler. Every message that carries a command (WM_COMMAND from a button, an accelerator key
 * or a menu; WM_SYSCOMMAND from the window menu; and later the tray, the taskbar, hotkeys and a
 * second instance) is turned into its IDM_ id by command_from_message and goes to the one
 * execute function, main_window_execute, so there is exactly one path per action.
 *
 * The state lives in a main_window struct attached to the window in WM_NCCREATE; the stopwatch
 * and the clock thread belong to the app. The clock thread is started in WM_CREATE and stopped
 * (signalled and joined) in WM_DESTROY, before the window is gone, so it can never post to a
 * destroyed window.
 */
#include "main_window.h"
#include "main_window_private.h"

#include <commctrl.h>
#include <windowsx.h>
#include <stdlib.h>

#include "app_messages.h"
#include "commands.h"
#include "dpi.h"
#include "instance.h"
#include "lapwing/placement.h"
#include "resource.h"
#include "time_display.h"
#include "ui_text.h"
#include "windows_functions.h"

/* Sizes in pixels at 96 DPI. */
enum
{
    MIN_WIDTH = 340,
    MIN_HEIGHT = 400,
    DEFAULT_WIDTH = 440,
    DEFAULT_HEIGHT = 580
};

/* ---- Creation ------------------------------------------------------------------------------ */

static HWND create_button(main_window *state, UINT command, UINT text_id)
{
    WCHAR text[64];

    ui_text_load(text_id, text, ARRAYSIZE(text));
    return CreateWindowExW(0, WC_BUTTONW, text,
                           WS_CHILD | WS_VISIBLE | WS_TABSTOP | BS_PUSHBUTTON, 0, 0, 0, 0,
                           state->window, (HMENU)(UINT_PTR)command, GetModuleHandleW(NULL), NULL);
}

/* A line of text (the summary, the status): a standard static control, which screen readers
 * read as it is. */
static HWND create_line(main_window *state, UINT id)
{
    return CreateWindowExW(0, WC_STATICW, L"",
                           WS_CHILD | WS_VISIBLE | SS_LEFT | SS_NOPREFIX | SS_ENDELLIPSIS, 0, 0,
                           0, 0, state->window, (HMENU)(UINT_PTR)id, GetModuleHandleW(NULL),
                           NULL);
}

/* The button's tooltip: what it does and its keys, from the accelerator table. */
static void add_tooltip(main_window *state, HWND button, UINT command)
{
    WCHAR text[256];
    TTTOOLINFOW tool;

    command_text_tooltip(state->app->accelerators, command, text, ARRAYSIZE(text));
    ZeroMemory(&tool, sizeof(tool));
    tool.cbSize = sizeof(tool);
    tool.uFlags = TTF_IDISHWND | TTF_SUBCLASS;
    tool.hwnd = state->window;
    tool.uId = (UINT_PTR)button;
    tool.lpszText = text;
    SendMessageW(state->tooltip, TTM_ADDTOOLW, 0, (LPARAM)&tool);
}

/* The commands that have a window-menu item (About Lapwing) go below Windows' own items, where
 * Windows users look for them, with their key. */
static void add_to_window_menu(main_window *state)
{
    HMENU menu = GetSystemMenu(state->window, FALSE);
    BOOL separated = FALSE;
    size_t i;

    if (!menu)
        return;
    for (i = 0; i < command_info_count; i++)
    {
        WCHAR text[128];

        if (!(command_infos[i].menus & IN_WINDOW_MENU))
            continue;
        if (!separated)
            separated = AppendMenuW(menu, MF_SEPARATOR, 0, NULL);
        command_text_menu_item(state->app->accelerators, command_infos[i].command, text,
                               ARRAYSIZE(text));
        AppendMenuW(menu, MF_STRING, command_infos[i].command, text);
    }
}

static BOOL on_create(main_window *state)
{
    HINSTANCE instance = GetModuleHandleW(NULL);

    state->dpi = dpi_of_window(state->window);
    state->display = CreateWindowExW(0, TIME_DISPLAY_CLASS, L"00:00:00.00", WS_CHILD | WS_VISIBLE,
                                     0, 0, 0, 0, state->window,
                                     (HMENU)(UINT_PTR)IDC_TIME_DISPLAY, instance, NULL);
    state->current_lap = CreateWindowExW(0, LAP_DISPLAY_CLASS, L"", WS_CHILD | WS_VISIBLE, 0, 0,
                                         0, 0, state->window,
                                         (HMENU)(UINT_PTR)IDC_CURRENT_LAP, instance, NULL);
    state->summary = create_line(state, IDC_SUMMARY);
    state->status = create_line(state, IDC_STATUS);
    state->start_stop_button = create_button(state, IDM_START_STOP, IDS_START);
    state->lap_button = create_button(state, IDM_LAP, IDS_LAP);
    state->reset_button = create_button(state, IDM_RESET, IDS_RESET);
    if (!state->display || !state->current_lap || !state->summary || !state->status ||
        !state->start_stop_button || !state->lap_button || !state->reset_button ||
        !lap_list_create(&state->laps, state->window, IDC_LAP_LIST, &state->app->shared))
        return FALSE;

    state->tooltip = CreateWindowExW(WS_EX_TOPMOST, TOOLTIPS_CLASSW, NULL,
                                     WS_POPUP | TTS_ALWAYSTIP | TTS_NOPREFIX, CW_USEDEFAULT,
                                     CW_USEDEFAULT, CW_USEDEFAULT, CW_USEDEFAULT, state->window,
                                     NULL, instance, NULL);
    if (state->tooltip)
    {
        add_tooltip(state, state->start_stop_button, IDM_START_STOP);
        add_tooltip(state, state->lap_button, IDM_LAP);
        add_tooltip(state, state->reset_button, IDM_RESET);
    }

    add_to_window_menu(state);
    main_window_apply_fonts(state);
    state->shown_state = STOPWATCH_STOPPED;
    main_window_show_state(state, FALSE);

    if (!app_start_clock(state->app, state->window, WM_APP_CLOCK_UPDATE))
        return FALSE; /* the app recorded why; wWinMain says so, once */
    main_window_layout(state);
    state->app->main_window = state->window;
    SetPropW(state->window, INSTANCE_PROPERTY, (HANDLE)state->app->instance_id);
    if (state->app->load_news)
        main_window_show_load_news(state, state->app->load_news);
    return TRUE;
}

/* The window's place and size, remembered in lapwing.ini for the next start. */
static void remember_placement(main_window *state)
{
    WINDOWPLACEMENT placement;
    settings *settings = &state->app->settings;

    placement.length = sizeof(placement);
    if (!state->app->settings_path[0] || !GetWindowPlacement(state->window, &placement))
        return;
    settings_set_integer(settings, "window", "left", placement.rcNormalPosition.left);
    settings_set_integer(settings, "window", "top", placement.rcNormalPosition.top);
    settings_set_integer(settings, "window", "width",
                         placement.rcNormalPosition.right - placement.rcNormalPosition.left);
    settings_set_integer(settings, "window", "height",
                         placement.rcNormalPosition.bottom - placement.rcNormalPosition.top);
    settings_set_integer(settings, "window", "maximized", placement.showCmd == SW_SHOWMAXIMIZED);
    app_save_settings(state->app);
}

static void on_destroy(main_window *state)
{
    remember_placement(state);
    /* Join the clock thread while the window still exists: after this nothing posts to it. */
    app_stop_clock(state->app);
    RemovePropW(state->window, INSTANCE_PROPERTY);
    state->app->main_window = NULL;
    PostQuitMessage(0);
}

static void on_nc_destroy(main_window *state)
{
    if (state->ui_font)
        DeleteObject(state->ui_font);
    SetWindowLongPtrW(state->window, GWLP_USERDATA, 0);
    free(state);
}

/* ---- Other messages ------------------------------------------------------------------------ */

static void on_clock_update(main_window *state)
{
    /* Clear first, then read: an update after this read is posted again, never lost. */
    clock_thread_update_received(&state->app->clock);
    main_window_show_frame(state);
}

static void on_size(main_window *state, UINT type)
{
    clock_thread_set_visible(&state->app->clock, type != SIZE_MINIMIZED);
    if (type == SIZE_MINIMIZED)
        return;
    main_window_layout(state);
    main_window_show_state(state, FALSE); /* the display missed frames while minimized */
}

static void on_dpi_changed(main_window *state, UINT dpi, const RECT *suggested)
{
    state->dpi = dpi;
    main_window_apply_fonts(state);
    SetWindowPos(state->window, NULL, suggested->left, suggested->top,
                 suggested->right - suggested->left, suggested->bottom - suggested->top,
                 SWP_NOZORDER | SWP_NOACTIVATE);
    main_window_layout(state);
}

/* Windows is shutting down, logging off or restarting for an update: everything on disk before
 * the process goes. */
static void on_end_session(main_window *state, BOOL ending)
{
    if (ending)
        app_save_snapshot(state->app);
}

/* Back from sleep or hibernation: the display is right at once (the counter kept counting). */
static void on_power_broadcast(main_window *state, WPARAM event)
{
    if (event == PBT_APMRESUMEAUTOMATIC || event == PBT_APMRESUMESUSPEND)
        main_window_show_state(state, FALSE);
}

static void on_setting_change(main_window *state)
{
    main_window_apply_fonts(state);
    main_window_layout(state);
}

static void on_get_min_max_info(main_window *state, MINMAXINFO *info)
{
    info->ptMinTrackSize.x = main_window_scale(state, MIN_WIDTH);
    info->ptMinTrackSize.y = main_window_scale(state, MIN_HEIGHT);
}

static void on_activate(main_window *state, UINT activation)
{
    HWND focus = GetFocus();

    /* Leaving: remember which control had the focus, as a dialog does. */
    if (activation == WA_INACTIVE && focus && IsChild(state->window, focus))
        state->last_focus = focus;
}

static void on_set_focus(main_window *state)
{
    /* Give the focus back to a control, so the keyboard keeps reaching the window. */
    HWND target = state->last_focus;

    if (!target || !IsWindow(target) || !IsWindowEnabled(target))
        target = state->start_stop_button;
    SetFocus(target);
}

static LRESULT on_notify(main_window *state, NMHDR *header)
{
    LRESULT result = 0;

    /* A double-click on a lap edits its note, as F2 does. */
    if (header->hwndFrom == state->laps.window && header->code == NM_DBLCLK)
    {
        main_window_execute(state, IDM_EDIT_NOTE);
        return 0;
    }
    if (lap_list_on_notify(&state->laps, header, &result))
        return result;
    return 0;
}

/* The lines of text sit on the window's own background, not the dialog grey. */
static HBRUSH on_control_colour_static(HDC dc)
{
    SetTextColor(dc, GetSysColor(COLOR_WINDOWTEXT));
    SetBkColor(dc, GetSysColor(COLOR_WINDOW));
    return GetSysColorBrush(COLOR_WINDOW);
}

/* A second Lapwing's command line: checked again here (any program can send WM_COPYDATA),
 * then applied through the one command path. */
static LRESULT on_copy_data(main_window *state, const COPYDATASTRUCT *data)
{
    command_line request;
    char path[COMMAND_LINE_MAX_ARGUMENT + 1];

    if (!data || data->dwData != LAPWING_REQUEST_MAGIC ||
        !command_line_read_request(data->lpData, data->cbData, &request, path, sizeof(path)))
        return REMOTE_REFUSED;
    return main_window_apply_request(state, &request) == ERROR_SUCCESS ? REMOTE_DONE
                                                                        : REMOTE_EXPORT_FAILED;
}

static LRESULT on_status(main_window *state)
{
    stopwatch_snapshot snapshot;

    shared_stopwatch_snapshot(&state->app->shared, &snapshot);
    return (LRESULT)((size_t)(snapshot.state + 1) | snapshot.lap_count << 2);
}

static BOOL on_context_menu(main_window *state, HWND target, POINT point)
{
    if (target != state->laps.window)
        return FALSE;
    main_window_show_lap_menu(state, point);
    return TRUE;
}

static LRESULT CALLBACK main_window_proc(HWND window, UINT message, WPARAM wparam, LPARAM lparam)
{
    main_window *state = (main_window *)GetWindowLongPtrW(window, GWLP_USERDATA);
    UINT command;

    if (message == WM_NCCREATE)
    {
        state = ((CREATESTRUCTW *)lparam)->lpCreateParams;
        state->window = window;
        SetWindowLongPtrW(window, GWLP_USERDATA, (LONG_PTR)state);
        return DefWindowProcW(window, message, wparam, lparam);
    }
    if (!state)
        return DefWindowProcW(window, message, wparam, lparam);

    /* The one command path: buttons, keys, the window menu, and every later source. */
    if (command_from_message(message, wparam, lparam, &command))
    {
        main_window_execute(state, command);
        return 0;
    }

    switch (message)
    {
    case WM_CREATE:
        return on_create(state) ? 0 : -1;
    case WM_DESTROY:
        on_destroy(state);
        return 0;
    case WM_NCDESTROY:
        on_nc_destroy(state);
        return DefWindowProcW(window, message, wparam, lparam);
    case WM_APP_CLOCK_UPDATE:
        on_clock_update(state);
        return 0;
    case WM_NOTIFY:
        return on_notify(state, (NMHDR *)lparam);
    case WM_CONTEXTMENU:
    {
        POINT point = { GET_X_LPARAM(lparam), GET_Y_LPARAM(lparam) };
        if (on_context_menu(state, (HWND)wparam, point))
            return 0;
        break;
    }
    case WM_CTLCOLORSTATIC:
        return (LRESULT)on_control_colour_static((HDC)wparam);
    case WM_COPYDATA:
        return on_copy_data(state, (const COPYDATASTRUCT *)lparam);
    case WM_APP_STATUS:
        return on_status(state);
    case WM_APP_NOTE_DONE:
        main_window_end_note(state, (BOOL)wparam);
        return 0;
    case WM_SIZE:
        on_size(state, (UINT)wparam);
        return 0;
    case WM_ACTIVATE:
        on_activate(state, LOWORD(wparam));
        break; /* DefWindowProc then sets the focus to the window: on_set_focus */
    case WM_SETFOCUS:
        on_set_focus(state);
        return 0;
    case WM_GETMINMAXINFO:
        on_get_min_max_info(state, (MINMAXINFO *)lparam);
        return 0;
    case WM_DPICHANGED:
        on_dpi_changed(state, HIWORD(wparam), (const RECT *)lparam);
        return 0;
    case WM_SETTINGCHANGE:
        on_setting_change(state);
        return 0;
    case WM_QUERYENDSESSION:
        return TRUE;
    case WM_ENDSESSION:
        on_end_session(state, (BOOL)wparam);
        return 0;
    case WM_POWERBROADCAST:
        on_power_broadcast(state, wparam);
        return TRUE;
    }
    return DefWindowProcW(window, message, wparam, lparam);
}

BOOL main_window_register(HINSTANCE instance)
{
    WNDCLASSEXW window_class;

    ZeroMemory(&window_class, sizeof(window_class));
    window_class.cbSize = sizeof(window_class);
    window_class.style = CS_HREDRAW | CS_VREDRAW;
    window_class.lpfnWndProc = main_window_proc;
    window_class.hInstance = instance;
    window_class.hIcon = LoadIconW(instance, MAKEINTRESOURCEW(IDI_LAPWING));
    window_class.hIconSm = LoadImageW(instance, MAKEINTRESOURCEW(IDI_LAPWING), IMAGE_ICON,
                                      GetSystemMetrics(SM_CXSMICON),
                                      GetSystemMetrics(SM_CYSMICON), 0);
    window_class.hCursor = LoadCursorW(NULL, (LPCWSTR)IDC_ARROW);
    window_class.hbrBackground = (HBRUSH)(COLOR_WINDOW + 1);
    window_class.lpszClassName = MAIN_WINDOW_CLASS;
    return RegisterClassExW(&window_class) != 0;
}

/* Where the window was last time (lapwing.ini), fitted onto the nearest monitor's work area
 * (that monitor may be gone); FALSE when nothing usable is remembered. The window is shown. */
static BOOL restore_placement(HWND window, const settings *settings, int show)
{
    WINDOWPLACEMENT placement;
    placement_rect saved, area, fitted;
    MONITORINFO primary, nearest;
    POINT origin = { 0, 0 };
    RECT on_screen;
    long long width, height;
    long shift_x, shift_y;

    width = settings_get_integer(settings, "window", "width", 0, 0, 100000);
    height = settings_get_integer(settings, "window", "height", 0, 0, 100000);
    if (!width || !height)
        return FALSE;
    saved.left = (long)settings_get_integer(settings, "window", "left", 0, -100000, 100000);
    saved.top = (long)settings_get_integer(settings, "window", "top", 0, -100000, 100000);
    saved.right = saved.left + (long)width;
    saved.bottom = saved.top + (long)height;
    /* The placement's rectangle is in workspace coordinates: the primary monitor's work area
     * is their origin. On the screen, it is fitted to the nearest monitor's work area. */
    primary.cbSize = nearest.cbSize = sizeof(MONITORINFO);
    if (!GetMonitorInfoW(MonitorFromPoint(origin, MONITOR_DEFAULTTOPRIMARY), &primary))
        return FALSE;
    shift_x = primary.rcWork.left - primary.rcMonitor.left;
    shift_y = primary.rcWork.top - primary.rcMonitor.top;
    SetRect(&on_screen, saved.left + shift_x, saved.top + shift_y, saved.right + shift_x,
            saved.bottom + shift_y);
    if (!GetMonitorInfoW(MonitorFromRect(&on_screen, MONITOR_DEFAULTTONEAREST), &nearest))
        return FALSE;
    area.left = nearest.rcWork.left - shift_x;
    area.top = nearest.rcWork.top - shift_y;
    area.right = nearest.rcWork.right - shift_x;
    area.bottom = nearest.rcWork.bottom - shift_y;
    if (!placement_fit(&saved, &area, MIN_WIDTH, MIN_HEIGHT, &fitted))
        return FALSE;
    placement.length = sizeof(placement);
    if (!GetWindowPlacement(window, &placement))
        return FALSE;
    placement.flags = 0;
    placement.showCmd = (UINT)show;
    if (settings_get_boolean(settings, "window", "maximized", FALSE) &&
        show != SW_SHOWMINNOACTIVE && show != SW_SHOWMINIMIZED && show != SW_MINIMIZE)
        placement.showCmd = SW_SHOWMAXIMIZED;
    SetRect(&placement.rcNormalPosition, fitted.left, fitted.top, fitted.right, fitted.bottom);
    return SetWindowPlacement(window, &placement);
}

HWND main_window_create(app *app, int show)
{
    main_window *state = calloc(1, sizeof(*state));
    WCHAR title[64];
    HWND window;
    UINT dpi = dpi_of_system();
    RECT work_area;
    int width, height;

    if (!state)
    {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    state->app = app;
    ui_text_load(IDS_APP_TITLE, title, ARRAYSIZE(title));
    /* The default size at the primary monitor's DPI; WM_DPICHANGED corrects it elsewhere. */
    width = dpi_scale(DEFAULT_WIDTH, dpi);
    height = dpi_scale(DEFAULT_HEIGHT, dpi);
    /* A small screen at a high scale (1366x768 at 150%) must still show the whole window. */
    if (SystemParametersInfoW(SPI_GETWORKAREA, 0, &work_area, 0))
    {
        int work_height = (work_area.bottom - work_area.top) * 9 / 10;
        int work_width = (work_area.right - work_area.left) * 9 / 10;
        if (height > work_height)
            height = work_height;
        if (width > work_width)
            width = work_width;
    }
    window = CreateWindowExW(WS_EX_CONTROLPARENT, MAIN_WINDOW_CLASS, title,
                             WS_OVERLAPPEDWINDOW | WS_CLIPCHILDREN, CW_USEDEFAULT, CW_USEDEFAULT,
                             width, height, NULL, NULL, app->instance, state);
    /* On failure WM_NCDESTROY has freed the state, or WM_NCCREATE never ran. */
    if (!window)
        return NULL;
    if (!restore_placement(window, &app->settings, show))
        ShowWindow(window, show);
    UpdateWindow(window);
    return window;
}
