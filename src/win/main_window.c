/*
 * The main window: its procedure, its creation and its destruction; the hub of its files (see
 * main_window_private.h). UI thread only.
 *
 * The window procedure is a cracker: each message is unpacked and handed to one typed on_...
 * handler. Every message that carries a command (WM_COMMAND from a button, an accelerator key
 * or a menu; WM_SYSCOMMAND from the window menu; the tray, the taskbar, hotkeys and a second
 * instance) is turned into its IDM_ id by command_from_message and goes to the one execute
 * function, main_window_execute, so there is exactly one path per action; what it says changed
 * goes to main_window_refresh, which tells the view and the listeners. Calls run one way: from
 * here down, never back.
 *
 * The state lives in a main_window struct attached to the window in WM_NCCREATE; the stopwatch
 * and the clock thread belong to the app. The clock thread is started in WM_CREATE and stopped
 * (signalled and joined) in WM_DESTROY, before the window is gone, so it can never post to a
 * destroyed window.
 */
#include "main_window.h"
#include "app_state.h"
#include "main_window_private.h"

#include "main_window_commands.h"
#include "main_window_controls.h"
#include "main_window_menus.h"
#include "main_window_model.h"
#include "main_window_modes.h"
#include "main_window_notes.h"
#include "main_window_placement.h"
#include "main_window_refresh.h"
#include "main_window_request.h"
#include "main_window_shell.h"
#include "main_window_stream.h"
#include "main_window_system.h"
#include "main_window_theme.h"
#include "main_window_view.h"

#include <commctrl.h>
#include <windowsx.h>
#include <stdlib.h>

#include "app_messages.h"
#include "commands.h"
#include "dpi.h"
#include "instance.h"
#include "resource.h"
#include "settings_dialog.h"
#include "time_display.h"
#include "ui_text.h"
#include "windows_functions.h"

/* Sizes in pixels at 96 DPI. */
enum
{
    DEFAULT_WIDTH = 440,
    DEFAULT_HEIGHT = 580
};

/* ---- Commands ------------------------------------------------------------------------------ */

static void apply_preferences(void *state)
{
    main_window_refresh(state, MAIN_WINDOW_CHANGED_PREFERENCES);
}

static int register_hotkeys(void *state, const hotkey_settings *wanted, DWORD *error)
{
    main_window *window = state;
    return hotkeys_apply(&window->hotkeys, window->window, wanted, error);
}

/* Ctrl+,: the Settings dialog; what it changes shows at once, OK keeps it in lapwing.ini. */
static void show_settings(main_window *state)
{
    settings_dialog_request request;

    request.preferences = &state->app->preferences;
    request.hotkeys = &state->app->hotkeys;
    request.apply = apply_preferences;
    request.register_hotkeys = register_hotkeys;
    request.context = state;
    if (settings_dialog_show(state->window, &request))
        app_save_preferences(state->app);
}

/* The one path: the command changes the model, and what it changed is shown. */
static void run_command(main_window *state, UINT command)
{
    main_window_changes changes = main_window_execute(state, command);

    if (changes & MAIN_WINDOW_OPEN_SETTINGS)
        show_settings(state);
    main_window_refresh(state, changes);
}

/* ---- Creation and destruction ------------------------------------------------------------ */

static BOOL on_create(main_window *state)
{
    state->dpi = dpi_of_window(state->window);
    if (!main_window_create_controls(state))
        return FALSE;
    main_window_apply_fonts(state);
    state->shown_state = STOPWATCH_STOPPED;
    main_window_show_state(state, FALSE);

    if (!app_start_clock(state->app, state->window, WM_APP_CLOCK_UPDATE))
        return FALSE; /* the app recorded why; wWinMain says so, once */
    main_window_tray_initialize(state, WM_APP_TRAY);
    taskbar_initialize(&state->taskbar);
    stream_file_initialize(&state->stream);
    /* The strip too, when the saved state has several stopwatches. */
    main_window_refresh(state, MAIN_WINDOW_CHANGED_PREFERENCES | MAIN_WINDOW_CHANGED_STOPWATCHES);
    main_window_layout(state);
    state->app->main_window = state->window;
    SetPropW(state->window, INSTANCE_PROPERTY, (HANDLE)state->app->instance_id);
    if (state->app->load_news)
        main_window_refresh(state, main_window_notice_load_news(state, state->app->load_news));
    main_window_refresh(state, main_window_register_hotkeys(state));
    return TRUE;
}

static void on_destroy(main_window *state)
{
    hotkeys_unregister_all(&state->hotkeys);
    tray_hide(&state->tray);
    stream_file_delete(&state->stream); /* the time as last shown is written first */
    main_window_remember_placement(state);
    /* Join the clock thread while the window still exists: after this nothing posts to it. */
    app_stop_clock(state->app);
    RemovePropW(state->window, INSTANCE_PROPERTY);
    if (state->tooltip)
        DestroyWindow(state->tooltip); /* it has no owner to take it along */
    state->tooltip = NULL;
    state->app->main_window = NULL;
    PostQuitMessage(0);
}

static void on_nc_destroy(main_window *state)
{
    if (state->ui_font)
        DeleteObject(state->ui_font);
    theme_delete(&state->theme);
    taskbar_delete(&state->taskbar);
    SetWindowLongPtrW(state->window, GWLP_USERDATA, 0);
    free(state);
}

/* ---- Other messages ------------------------------------------------------------------------ */

static void on_clock_update(main_window *state)
{
    /* Clear first, then read: an update after this read is posted again, never lost. */
    clock_thread_update_received(&state->app->clock);
#ifdef LAPWING_BENCH_POST_ONLY
    return; /* the benchmarks' floor: a post taken and nothing done with it */
#endif
    main_window_refresh(state, main_window_show_frame(state) | main_window_show_stream(state, FALSE));
}

/* A strip tab's menu, and what was chosen on it run in order. */
static void show_strip_menu(main_window *state, POINT point)
{
    UINT commands[2];
    size_t count = main_window_show_strip_menu(state, point, commands), i;

    for (i = 0; i < count; i++)
        run_command(state, commands[i]);
}

static LRESULT on_notify(main_window *state, NMHDR *header)
{
    LRESULT result = 0;

    /* A double-click on a lap edits its note, as F2 does. */
    if (header->hwndFrom == state->laps.window && header->code == NM_DBLCLK)
    {
        run_command(state, IDM_EDIT_NOTE);
        return 0;
    }
    /* A right-click on a tab: its menu (and no WM_CONTEXTMENU after it). */
    if (header->hwndFrom == state->strip && header->code == NM_RCLICK)
    {
        DWORD at = GetMessagePos();
        POINT point = { GET_X_LPARAM(at), GET_Y_LPARAM(at) };
        show_strip_menu(state, point);
        return TRUE;
    }
    /* A tab of the strip chosen (a click, or the arrows on the focused strip). */
    if (header->hwndFrom == state->strip && header->code == TCN_SELCHANGE)
    {
        LRESULT place = SendMessageW(state->strip, TCM_GETCURSEL, 0, 0);
        if (place >= 0 && place < IDM_STOPWATCH_PLACES)
            run_command(state, IDM_SELECT_STOPWATCH_FIRST + (UINT)place * IDM_STEP);
        return 0;
    }
    if (lap_list_on_notify(&state->laps, header, &result))
        return result;
    return 0;
}

/* A second Lapwing's command line: checked again here (any program can send WM_COPYDATA),
 * then applied through the one command path. */
static LRESULT on_copy_data(main_window *state, const COPYDATASTRUCT *data)
{
    command_line request;
    char path[COMMAND_LINE_MAX_ARGUMENT + 1];
    DWORD export_error;

    if (!data || data->dwData != LAPWING_REQUEST_MAGIC ||
        !command_line_read_request(data->lpData, data->cbData, &request, path, sizeof(path)))
        return REMOTE_REFUSED;
    main_window_refresh(state, main_window_apply_request(state, &request, &export_error));
    return export_error == ERROR_SUCCESS        ? REMOTE_DONE
           : export_error == ERROR_INVALID_DATA ? REMOTE_CORRECTION_REFUSED
                                                : REMOTE_EXPORT_FAILED;
}

/* The note editor is done: its text kept as the lap's note, through the commands. */
static void on_note_done(main_window *state, BOOL keep)
{
    size_t lap;
    char *text;

    if (main_window_end_note(state, keep, &lap, &text))
    {
        main_window_refresh(state, main_window_keep_note(state, lap, text));
        free(text);
    }
}

static LRESULT on_status(main_window *state)
{
    stopwatch_snapshot snapshot;

    shared_stopwatch_snapshot(&state->app->shared, &snapshot);
    return (LRESULT)((size_t)(snapshot.state + 1) | snapshot.lap_count << 2);
}

/* Right-click, Shift+F10 or the Menu key: the lap list's menu on the list, every command
 * elsewhere in the window (and anywhere on the mini window); the title bar keeps the window
 * menu. */
static BOOL on_context_menu(main_window *state, HWND target, POINT point)
{
    if (target == state->strip)
    {
        /* A click was NM_RCLICK's already (Wine's tab control sends both): the keyboard's. */
        if (point.x == -1 && point.y == -1)
            show_strip_menu(state, point);
        return TRUE;
    }
    if (target == state->laps.window)
    {
        main_window_show_lap_menu(state, point);
        return TRUE;
    }
    if (point.x != -1 || point.y != -1)
    {
        LRESULT hit = SendMessageW(state->window, WM_NCHITTEST, 0, MAKELPARAM(point.x, point.y));
        if (hit != HTCLIENT && state->mode != LAYOUT_MINI)
            return FALSE;
    }
    main_window_show_command_menu(state, point);
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

    /* The one command path: buttons, keys, the window menu, hotkeys, and every later source
     * (a hotkey's second press within the guard's time is not a command). */
    if (command_from_message(message, wparam, lparam, &command) &&
        (message != WM_HOTKEY || hotkeys_accept(&state->hotkeys, command)))
    {
        run_command(state, command);
        return 0;
    }

    if (main_window_tray_on_taskbar_created(state, message) ||
        main_window_taskbar_on_message(state, message))
        return 0;
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
    case WM_CTLCOLORBTN:
        return (LRESULT)main_window_control_color(state, (HDC)wparam);
    case WM_ERASEBKGND:
        return main_window_erase_background(state, (HDC)wparam);
    case WM_SYSCOLORCHANGE:
        main_window_apply_theme(state);
        break; /* DefWindowProc passes it on to the common controls */
    case WM_COPYDATA:
        return on_copy_data(state, (const COPYDATASTRUCT *)lparam);
    case WM_APP_STATUS:
        return on_status(state);
    case WM_APP_CLOCK_POSTS:
        return clock_thread_posts(&state->app->clock);
    case WM_APP_TRAY:
        command = main_window_tray_on_message(state, wparam, lparam);
        if (command)
            run_command(state, command);
        return 0;
    case WM_NCHITTEST:
        return main_window_hit_test(state, DefWindowProcW(window, message, wparam, lparam));
    case WM_NCLBUTTONDBLCLK:
        /* A double-click on the mini window returns to the full window. */
        if (state->mode == LAYOUT_MINI && wparam == HTCAPTION)
        {
            run_command(state, IDM_LEAVE_MODE);
            return 0;
        }
        break;
    case WM_APP_NOTE_DONE:
        on_note_done(state, (BOOL)wparam);
        return 0;
    case WM_SIZE:
        main_window_on_size(state, (UINT)wparam);
        return 0;
    case WM_ACTIVATE:
        main_window_on_activate(state, LOWORD(wparam));
        break; /* DefWindowProc then sets the focus to the window: on_set_focus */
    case WM_SETFOCUS:
        main_window_on_set_focus(state);
        return 0;
    case WM_GETMINMAXINFO:
        main_window_min_max_info(state, (MINMAXINFO *)lparam);
        return 0;
    case WM_DPICHANGED:
        main_window_on_dpi_changed(state, HIWORD(wparam), (const RECT *)lparam);
        return 0;
    case WM_SETTINGCHANGE:
        main_window_on_setting_change(state, wparam, lparam);
        return 0;
    case WM_QUERYENDSESSION:
        return TRUE;
    case WM_ENDSESSION:
        main_window_on_end_session(state, (BOOL)wparam);
        return 0;
    case WM_POWERBROADCAST:
        main_window_on_power_broadcast(state, wparam);
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
    if (!main_window_restore_placement(window, &app->settings, show))
        ShowWindow(window, show);
    UpdateWindow(window);
    return window;
}

void main_window_finish_start(HWND window)
{
    main_window *state = (main_window *)GetWindowLongPtrW(window, GWLP_USERDATA);

    if (state)
        main_window_create_tooltips(state);
}
