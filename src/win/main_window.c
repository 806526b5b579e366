/*
 * The main window. Runs on the UI thread only.
 *
 * The window procedure is a cracker: each message is unpacked and handed to one typed on_...
 * handler. Every command (a button click, an accelerator key, and later menus and the command
 * line) arrives as WM_COMMAND with an IDM_ id and goes through the one flat switch in
 * on_command, so there is exactly one path per action.
 *
 * The state lives in a main_window struct attached to the window in WM_NCCREATE. It owns the
 * shared stopwatch and the clock thread: the clock thread is started in WM_CREATE and stopped
 * (signalled and joined) in WM_DESTROY, before the window is gone, so it can never post to a
 * destroyed window.
 */
#include "main_window.h"

#include <commctrl.h>
#include <stdlib.h>
#include <wchar.h>

#include "app_messages.h"
#include "clock_thread.h"
#include "errors.h"
#include "lapwing/format.h"
#include "resource.h"
#include "shared_stopwatch.h"
#include "time_display.h"
#include "version.h"

/* Layout, in pixels at 96 DPI; scaled to the window's DPI. */
enum
{
    LAYOUT_MARGIN = 12,
    LAYOUT_GAP = 8,
    LAYOUT_BUTTON_HEIGHT = 32,
    LAYOUT_MIN_WIDTH = 340,
    LAYOUT_MIN_HEIGHT = 400,
    LAYOUT_DEFAULT_WIDTH = 440,
    LAYOUT_DEFAULT_HEIGHT = 580,
    LAYOUT_NUMBER_COLUMN = 64
};

typedef struct main_window
{
    HWND window;
    HWND display;
    HWND start_stop_button;
    HWND lap_button;
    HWND reset_button;
    HWND lap_list;
    HWND tooltip;
    HWND last_focus;        /* the control to give the focus back to on reactivation */
    HFONT ui_font;
    UINT dpi;
    shared_stopwatch shared;
    BOOL shared_initialized;
    clock_thread clock;
    stopwatch_state shown_state;
    size_t shown_lap_count;
} main_window;

/* ---- DPI ----------------------------------------------------------------------------------- */

typedef UINT(WINAPI *get_dpi_for_window_function)(HWND);
typedef BOOL(WINAPI *system_parameters_for_dpi_function)(UINT, UINT, PVOID, UINT, UINT);

static UINT window_dpi(HWND window)
{
    /* GetDpiForWindow is Windows 10 1607+; Windows 7 and 8 use the system DPI. */
    static get_dpi_for_window_function get_dpi_for_window;
    static BOOL looked_up;
    UINT dpi = 0;
    HDC dc;

    if (!looked_up)
    {
        get_dpi_for_window = (get_dpi_for_window_function)(void (*)(void))GetProcAddress(
            GetModuleHandleW(L"user32.dll"), "GetDpiForWindow");
        looked_up = TRUE;
    }
    if (get_dpi_for_window)
        dpi = get_dpi_for_window(window);
    if (!dpi && (dc = GetDC(window)) != NULL)
    {
        dpi = (UINT)GetDeviceCaps(dc, LOGPIXELSY);
        ReleaseDC(window, dc);
    }
    return dpi ? dpi : 96;
}

static int scale(const main_window *state, int value)
{
    return MulDiv(value, (int)state->dpi, 96);
}

/* The system's message font at the window's DPI, for the buttons and the list. */
static HFONT create_ui_font(UINT dpi)
{
    static system_parameters_for_dpi_function parameters_for_dpi;
    static BOOL looked_up;
    NONCLIENTMETRICSW metrics;
    HDC dc;
    int system_dpi = 96;

    if (!looked_up)
    {
        parameters_for_dpi = (system_parameters_for_dpi_function)(void (*)(void))GetProcAddress(
            GetModuleHandleW(L"user32.dll"), "SystemParametersInfoForDpi");
        looked_up = TRUE;
    }
    ZeroMemory(&metrics, sizeof(metrics));
    metrics.cbSize = sizeof(metrics);
    if (parameters_for_dpi &&
        parameters_for_dpi(SPI_GETNONCLIENTMETRICS, sizeof(metrics), &metrics, 0, dpi))
        return CreateFontIndirectW(&metrics.lfMessageFont);
    if (!SystemParametersInfoW(SPI_GETNONCLIENTMETRICS, sizeof(metrics), &metrics, 0))
        return NULL;
    if ((dc = GetDC(NULL)) != NULL)
    {
        system_dpi = GetDeviceCaps(dc, LOGPIXELSY);
        ReleaseDC(NULL, dc);
    }
    metrics.lfMessageFont.lfHeight = MulDiv(metrics.lfMessageFont.lfHeight, (int)dpi, system_dpi);
    return CreateFontIndirectW(&metrics.lfMessageFont);
}

static void apply_fonts(main_window *state)
{
    HFONT font = create_ui_font(state->dpi);

    if (!font)
        return;
    SendMessageW(state->start_stop_button, WM_SETFONT, (WPARAM)font, FALSE);
    SendMessageW(state->lap_button, WM_SETFONT, (WPARAM)font, FALSE);
    SendMessageW(state->reset_button, WM_SETFONT, (WPARAM)font, FALSE);
    SendMessageW(state->lap_list, WM_SETFONT, (WPARAM)font, FALSE);
    if (state->ui_font)
        DeleteObject(state->ui_font);
    state->ui_font = font;
}

/* ---- Layout -------------------------------------------------------------------------------- */

static void layout(main_window *state)
{
    RECT client;
    int margin = scale(state, LAYOUT_MARGIN), gap = scale(state, LAYOUT_GAP);
    int button_height = scale(state, LAYOUT_BUTTON_HEIGHT);
    int width, height, inner_width, display_height, button_width, y, list_width, number_width;
    HDWP positions;

    GetClientRect(state->window, &client);
    width = client.right;
    height = client.bottom;
    inner_width = width - 2 * margin;
    if (inner_width < 1 || height < 1)
        return;

    /* The display takes about a third of the height; the list gets the rest. */
    display_height = (height - 2 * margin - button_height - 2 * gap) * 36 / 100;
    if (display_height < button_height)
        display_height = button_height;
    button_width = (inner_width - 2 * gap) / 3;
    y = margin;

    positions = BeginDeferWindowPos(5);
    if (positions)
        positions = DeferWindowPos(positions, state->display, NULL, margin, y, inner_width,
                                   display_height, SWP_NOZORDER | SWP_NOACTIVATE);
    y += display_height + gap;
    if (positions)
        positions = DeferWindowPos(positions, state->start_stop_button, NULL, margin, y,
                                   button_width, button_height, SWP_NOZORDER | SWP_NOACTIVATE);
    if (positions)
        positions = DeferWindowPos(positions, state->lap_button, NULL,
                                   margin + button_width + gap, y, button_width, button_height,
                                   SWP_NOZORDER | SWP_NOACTIVATE);
    if (positions)
        positions = DeferWindowPos(positions, state->reset_button, NULL,
                                   margin + 2 * (button_width + gap), y,
                                   inner_width - 2 * (button_width + gap), button_height,
                                   SWP_NOZORDER | SWP_NOACTIVATE);
    y += button_height + gap;
    if (positions)
        positions = DeferWindowPos(positions, state->lap_list, NULL, margin, y, inner_width,
                                   height - margin - y > 0 ? height - margin - y : 0,
                                   SWP_NOZORDER | SWP_NOACTIVATE);
    if (positions)
        EndDeferWindowPos(positions);

    /* Columns: a narrow "#", and Lap and Total sharing the rest. */
    GetClientRect(state->lap_list, &client);
    list_width = client.right;
    number_width = scale(state, LAYOUT_NUMBER_COLUMN);
    if (list_width > number_width)
    {
        int rest = list_width - number_width;
        SendMessageW(state->lap_list, LVM_SETCOLUMNWIDTH, 0, number_width);
        SendMessageW(state->lap_list, LVM_SETCOLUMNWIDTH, 1, rest / 2);
        SendMessageW(state->lap_list, LVM_SETCOLUMNWIDTH, 2, rest - rest / 2);
    }
}

/* ---- Showing the state --------------------------------------------------------------------- */

static void set_button_text(HWND button, UINT string_id)
{
    WCHAR text[64], current[64];

    load_string(string_id, text, ARRAYSIZE(text));
    GetWindowTextW(button, current, ARRAYSIZE(current));
    if (wcscmp(text, current) != 0)
        SetWindowTextW(button, text);
}

/* Enables or disables a button; a button about to be disabled hands the focus on first, or the
 * keyboard would be left with no focus and the keys would stop reaching the accelerators. */
static void enable_button(main_window *state, HWND button, BOOL enable)
{
    if (!enable && GetFocus() == button)
        SetFocus(state->start_stop_button);
    EnableWindow(button, enable);
}

static void show_time(main_window *state, const stopwatch_snapshot *snapshot, BOOL announce)
{
    char text[FORMAT_TIME_MAX];
    WCHAR wide[FORMAT_TIME_MAX];
    size_t length = format_time(text, sizeof(text), snapshot->elapsed, snapshot->frequency), i;

    for (i = 0; i <= length && i < FORMAT_TIME_MAX; i++)
        wide[i] = (WCHAR)(unsigned char)text[i];
    wide[FORMAT_TIME_MAX - 1] = L'\0';
    SendMessageW(state->display, announce ? WM_SETTEXT : TIME_DISPLAY_SHOW, 0, (LPARAM)wide);
}

static void show_laps(main_window *state, size_t lap_count)
{
    LRESULT selected;

    if (lap_count == state->shown_lap_count)
        return;
    /* Newest on top: every row moves down, so the selection has to follow its lap, and
     * everything visible is redrawn. A reset (fewer laps) clears the selection. */
    selected = SendMessageW(state->lap_list, LVM_GETNEXTITEM, (WPARAM)-1, LVNI_SELECTED);
    SendMessageW(state->lap_list, LVM_SETITEMCOUNT, (WPARAM)lap_count, LVSICF_NOSCROLL);
    if (selected >= 0)
    {
        LVITEMW item;
        ZeroMemory(&item, sizeof(item));
        item.stateMask = LVIS_SELECTED | LVIS_FOCUSED;
        SendMessageW(state->lap_list, LVM_SETITEMSTATE, (WPARAM)-1, (LPARAM)&item);
        if (lap_count > state->shown_lap_count)
        {
            item.state = LVIS_SELECTED | LVIS_FOCUSED;
            SendMessageW(state->lap_list, LVM_SETITEMSTATE,
                         (WPARAM)(selected + (LRESULT)(lap_count - state->shown_lap_count)),
                         (LPARAM)&item);
        }
    }
    InvalidateRect(state->lap_list, NULL, FALSE);
    state->shown_lap_count = lap_count;
}

static void show_controls(main_window *state, stopwatch_state watch_state)
{
    state->shown_state = watch_state;
    set_button_text(state->start_stop_button,
                    watch_state == STOPWATCH_RUNNING ? IDS_STOP
                    : watch_state == STOPWATCH_PAUSED ? IDS_RESUME
                                                      : IDS_START);
    enable_button(state, state->lap_button, watch_state == STOPWATCH_RUNNING);
    enable_button(state, state->reset_button, watch_state == STOPWATCH_PAUSED);
}

/* After a command: show everything, and tell screen readers the time once. */
static void show_state(main_window *state, BOOL announce)
{
    stopwatch_snapshot snapshot;

    shared_stopwatch_snapshot(&state->shared, &snapshot);
    show_time(state, &snapshot, announce);
    show_laps(state, snapshot.lap_count);
    show_controls(state, snapshot.state);
}

/* ---- Commands ------------------------------------------------------------------------------ */

static void on_start_stop(main_window *state)
{
    shared_stopwatch_toggle(&state->shared);
    show_state(state, TRUE);
}

static void on_lap(main_window *state)
{
    if (shared_stopwatch_lap(&state->shared) == STOPWATCH_OUT_OF_MEMORY)
        error_show(state->window, IDS_ERROR_OUT_OF_MEMORY, 0);
    else
        show_state(state, TRUE);
}

static void on_reset(main_window *state)
{
    if (shared_stopwatch_reset(&state->shared) == STOPWATCH_OK)
        show_state(state, TRUE);
}

/* Puts UTF-16 text on the clipboard. */
static BOOL set_clipboard_text(HWND owner, const WCHAR *text)
{
    size_t bytes = (wcslen(text) + 1) * sizeof(WCHAR);
    HGLOBAL memory = GlobalAlloc(GMEM_MOVEABLE, bytes);
    void *locked;
    BOOL done = FALSE;

    if (!memory)
        return FALSE;
    locked = GlobalLock(memory);
    if (locked)
    {
        CopyMemory(locked, text, bytes);
        GlobalUnlock(memory);
        if (OpenClipboard(owner))
        {
            EmptyClipboard();
            done = SetClipboardData(CF_UNICODETEXT, memory) != NULL;
            CloseClipboard();
        }
    }
    if (!done)
        GlobalFree(memory);
    return done;
}

/* Ctrl+C: the laps as tab-separated text; with no laps, the time shown. */
static void on_copy(main_window *state)
{
    stopwatch_snapshot snapshot;
    char *text = NULL;
    WCHAR *wide = NULL;
    char time_text[FORMAT_TIME_MAX];
    const char *source;
    size_t length = 0, i;
    BOOL copied = FALSE;
    DWORD error = ERROR_NOT_ENOUGH_MEMORY;

    shared_stopwatch_snapshot(&state->shared, &snapshot);
    if (snapshot.lap_count)
    {
        text = shared_stopwatch_laps_tsv(&state->shared);
        source = text;
    }
    else
    {
        format_time(time_text, sizeof(time_text), snapshot.elapsed, snapshot.frequency);
        source = time_text;
    }
    if (source)
    {
        length = strlen(source);
        wide = malloc((length + 1) * sizeof(WCHAR));
    }
    if (wide)
    {
        for (i = 0; i <= length; i++) /* ASCII only: see format.h */
            wide[i] = (WCHAR)(unsigned char)source[i];
        copied = set_clipboard_text(state->window, wide);
        if (!copied)
            error = GetLastError(); /* 0 when the clipboard was merely busy: no system text */
    }
    if (!copied)
        error_show(state->window, IDS_ERROR_CLIPBOARD, error);
    free(wide);
    free(text);
}

static void on_help(main_window *state)
{
    WCHAR title[64], format[1024], text[1200];
    MSGBOXPARAMSW box;

    load_string(IDS_HELP_TITLE, title, ARRAYSIZE(title));
    load_string(IDS_HELP_TEXT, format, ARRAYSIZE(format));
    _snwprintf(text, ARRAYSIZE(text), format, LAPWING_VERSION_WSTRING);
    text[ARRAYSIZE(text) - 1] = L'\0';

    ZeroMemory(&box, sizeof(box));
    box.cbSize = sizeof(box);
    box.hwndOwner = state->window;
    box.hInstance = GetModuleHandleW(NULL);
    box.lpszText = text;
    box.lpszCaption = title;
    box.dwStyle = MB_OK | MB_USERICON;
    box.lpszIcon = MAKEINTRESOURCEW(IDI_LAPWING);
    MessageBoxIndirectW(&box);
}

static void on_command(main_window *state, int id, HWND control, UINT code)
{
    (void)control;
    /* Buttons send BN_CLICKED (0), accelerators 1; anything else is not a command. */
    if (code > 1)
        return;
    switch (id)
    {
    case IDM_START_STOP: on_start_stop(state); break;
    case IDM_LAP:        on_lap(state); break;
    case IDM_RESET:      on_reset(state); break;
    case IDM_COPY:       on_copy(state); break;
    case IDM_HELP:       on_help(state); break;
    }
}

/* ---- The lap list -------------------------------------------------------------------------- */

/* The list is virtual (LVS_OWNERDATA): it asks for rows as it draws them, so its cost does not
 * grow with the number of laps. Row 0 is the newest lap. */
static void on_get_lap_text(main_window *state, NMLVDISPINFOW *info)
{
    LVITEMW *item = &info->item;
    size_t lap_index;
    uint64_t lap_ticks, total_ticks;
    char text[FORMAT_TIME_MAX];
    int i;

    if (!(item->mask & LVIF_TEXT) || !item->pszText || item->cchTextMax <= 0)
        return;
    item->pszText[0] = L'\0';
    if (item->iItem < 0 || (size_t)item->iItem >= state->shown_lap_count)
        return;
    lap_index = state->shown_lap_count - 1 - (size_t)item->iItem;
    if (!shared_stopwatch_get_lap(&state->shared, lap_index, &lap_ticks, &total_ticks))
        return;
    switch (item->iSubItem)
    {
    case 0:
        _snwprintf(item->pszText, (size_t)item->cchTextMax, L"%llu",
                   (unsigned long long)lap_index + 1);
        item->pszText[item->cchTextMax - 1] = L'\0';
        return;
    case 1:
        format_time(text, sizeof(text), lap_ticks, state->shared.watch.frequency);
        break;
    default:
        format_time(text, sizeof(text), total_ticks, state->shared.watch.frequency);
        break;
    }
    for (i = 0; text[i] && i < item->cchTextMax - 1; i++)
        item->pszText[i] = (WCHAR)(unsigned char)text[i];
    item->pszText[i] = L'\0';
}

static LRESULT on_notify(main_window *state, NMHDR *header)
{
    if (header->hwndFrom == state->lap_list && header->code == LVN_GETDISPINFOW)
        on_get_lap_text(state, (NMLVDISPINFOW *)header);
    return 0;
}

/* ---- Creation ------------------------------------------------------------------------------ */

static HWND create_button(main_window *state, int id, UINT text_id)
{
    WCHAR text[64];

    load_string(text_id, text, ARRAYSIZE(text));
    return CreateWindowExW(0, WC_BUTTONW, text,
                           WS_CHILD | WS_VISIBLE | WS_TABSTOP | BS_PUSHBUTTON, 0, 0, 0, 0,
                           state->window, (HMENU)(INT_PTR)id, GetModuleHandleW(NULL), NULL);
}

static void add_tooltip(main_window *state, HWND control, UINT text_id)
{
    WCHAR text[128];
    TTTOOLINFOW tool;

    load_string(text_id, text, ARRAYSIZE(text));
    ZeroMemory(&tool, sizeof(tool));
    tool.cbSize = sizeof(tool);
    tool.uFlags = TTF_IDISHWND | TTF_SUBCLASS;
    tool.hwnd = state->window;
    tool.uId = (UINT_PTR)control;
    tool.lpszText = text;
    SendMessageW(state->tooltip, TTM_ADDTOOLW, 0, (LPARAM)&tool);
}

static BOOL create_lap_list(main_window *state)
{
    static const UINT column_text[3] = { IDS_COLUMN_NUMBER, IDS_COLUMN_LAP, IDS_COLUMN_TOTAL };
    WCHAR text[64], name[64];
    LVCOLUMNW column;
    int i;

    /* Named, so that a screen reader that finds no label still says what the list is. */
    load_string(IDS_LAP_LIST_NAME, name, ARRAYSIZE(name));
    state->lap_list = CreateWindowExW(
        WS_EX_CLIENTEDGE, WC_LISTVIEWW, name,
        WS_CHILD | WS_VISIBLE | WS_TABSTOP | LVS_REPORT | LVS_OWNERDATA | LVS_SINGLESEL |
            LVS_SHOWSELALWAYS | LVS_NOSORTHEADER,
        0, 0, 0, 0, state->window, (HMENU)(INT_PTR)IDC_LAP_LIST, GetModuleHandleW(NULL), NULL);
    if (!state->lap_list)
        return FALSE;
    SendMessageW(state->lap_list, LVM_SETEXTENDEDLISTVIEWSTYLE,
                 LVS_EX_FULLROWSELECT | LVS_EX_DOUBLEBUFFER,
                 LVS_EX_FULLROWSELECT | LVS_EX_DOUBLEBUFFER);
    for (i = 0; i < 3; i++)
    {
        load_string(column_text[i], text, ARRAYSIZE(text));
        ZeroMemory(&column, sizeof(column));
        column.mask = LVCF_TEXT | LVCF_WIDTH | LVCF_FMT | LVCF_SUBITEM;
        column.fmt = i == 0 ? LVCFMT_LEFT : LVCFMT_RIGHT;
        column.cx = 100;
        column.pszText = text;
        column.iSubItem = i;
        if (SendMessageW(state->lap_list, LVM_INSERTCOLUMNW, (WPARAM)i, (LPARAM)&column) < 0)
            return FALSE;
    }
    return TRUE;
}

/* "About Lapwing	F1" in the window menu (Alt+Space), where Windows users look for it. */
static void add_about_to_system_menu(main_window *state)
{
    HMENU menu = GetSystemMenu(state->window, FALSE);
    WCHAR text[64];

    if (!menu)
        return;
    load_string(IDS_MENU_ABOUT, text, ARRAYSIZE(text));
    AppendMenuW(menu, MF_SEPARATOR, 0, NULL);
    AppendMenuW(menu, MF_STRING, IDM_SYSTEM_ABOUT, text);
}

static BOOL on_create(main_window *state)
{
    HINSTANCE instance = GetModuleHandleW(NULL);

    state->dpi = window_dpi(state->window);
    shared_stopwatch_initialize(&state->shared);
    state->shared_initialized = TRUE;

    state->display = CreateWindowExW(0, TIME_DISPLAY_CLASS, L"00:00:00.00", WS_CHILD | WS_VISIBLE,
                                     0, 0, 0, 0, state->window,
                                     (HMENU)(INT_PTR)IDC_TIME_DISPLAY, instance, NULL);
    state->start_stop_button = create_button(state, IDM_START_STOP, IDS_START);
    state->lap_button = create_button(state, IDM_LAP, IDS_LAP);
    state->reset_button = create_button(state, IDM_RESET, IDS_RESET);
    if (!state->display || !state->start_stop_button || !state->lap_button ||
        !state->reset_button || !create_lap_list(state))
        return FALSE;

    state->tooltip = CreateWindowExW(WS_EX_TOPMOST, TOOLTIPS_CLASSW, NULL,
                                     WS_POPUP | TTS_ALWAYSTIP | TTS_NOPREFIX, CW_USEDEFAULT,
                                     CW_USEDEFAULT, CW_USEDEFAULT, CW_USEDEFAULT, state->window,
                                     NULL, instance, NULL);
    if (state->tooltip)
    {
        add_tooltip(state, state->start_stop_button, IDS_TIP_START_STOP);
        add_tooltip(state, state->lap_button, IDS_TIP_LAP);
        add_tooltip(state, state->reset_button, IDS_TIP_RESET);
    }

    add_about_to_system_menu(state);
    apply_fonts(state);
    state->shown_state = STOPWATCH_STOPPED;
    state->shown_lap_count = 0;
    show_state(state, FALSE);

    if (!clock_thread_start(&state->clock, &state->shared, state->window, WM_APP_CLOCK_UPDATE,
                            CLOCK_THREAD_DEFAULT_FPS))
    {
        error_show(NULL, IDS_ERROR_CLOCK_THREAD, GetLastError());
        return FALSE;
    }
    layout(state);
    return TRUE;
}

static void on_destroy(main_window *state)
{
    /* Join the clock thread while the window still exists: after this nothing posts to it. */
    clock_thread_stop(&state->clock);
    PostQuitMessage(0);
}

/* ---- Other messages ------------------------------------------------------------------------ */

static void on_clock_update(main_window *state)
{
    stopwatch_snapshot snapshot;

    /* Clear first, then read: an update after this read is posted again, never lost. */
    clock_thread_update_received(&state->clock);
    shared_stopwatch_snapshot(&state->shared, &snapshot);
    show_time(state, &snapshot, FALSE);
    if (snapshot.state != state->shown_state)
        show_controls(state, snapshot.state);
}

static void on_size(main_window *state, UINT type)
{
    clock_thread_set_visible(&state->clock, type != SIZE_MINIMIZED);
    if (type == SIZE_MINIMIZED)
        return;
    layout(state);
    show_state(state, FALSE); /* the display missed frames while minimized */
}

static void on_dpi_changed(main_window *state, UINT dpi, const RECT *suggested)
{
    state->dpi = dpi;
    apply_fonts(state);
    SetWindowPos(state->window, NULL, suggested->left, suggested->top,
                 suggested->right - suggested->left, suggested->bottom - suggested->top,
                 SWP_NOZORDER | SWP_NOACTIVATE);
    layout(state);
}

static void on_get_min_max_info(main_window *state, MINMAXINFO *info)
{
    info->ptMinTrackSize.x = scale(state, LAYOUT_MIN_WIDTH);
    info->ptMinTrackSize.y = scale(state, LAYOUT_MIN_HEIGHT);
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

#ifndef WM_DPICHANGED
#define WM_DPICHANGED 0x02E0
#endif

static LRESULT CALLBACK main_window_proc(HWND window, UINT message, WPARAM wparam, LPARAM lparam)
{
    main_window *state = (main_window *)GetWindowLongPtrW(window, GWLP_USERDATA);

    if (message == WM_NCCREATE)
    {
        state = ((CREATESTRUCTW *)lparam)->lpCreateParams;
        state->window = window;
        SetWindowLongPtrW(window, GWLP_USERDATA, (LONG_PTR)state);
        return DefWindowProcW(window, message, wparam, lparam);
    }
    if (!state)
        return DefWindowProcW(window, message, wparam, lparam);

    switch (message)
    {
    case WM_CREATE:
        return on_create(state) ? 0 : -1;
    case WM_DESTROY:
        on_destroy(state);
        return 0;
    case WM_NCDESTROY:
        if (state->ui_font)
            DeleteObject(state->ui_font);
        if (state->shared_initialized)
            shared_stopwatch_delete(&state->shared);
        SetWindowLongPtrW(window, GWLP_USERDATA, 0);
        free(state);
        return DefWindowProcW(window, message, wparam, lparam);
    case WM_SYSCOMMAND:
        if ((wparam & 0xFFF0) == IDM_SYSTEM_ABOUT)
        {
            on_help(state);
            return 0;
        }
        break;
    case WM_APP_CLOCK_UPDATE:
        on_clock_update(state);
        return 0;
    case WM_COMMAND:
        on_command(state, LOWORD(wparam), (HWND)lparam, HIWORD(wparam));
        return 0;
    case WM_NOTIFY:
        return on_notify(state, (NMHDR *)lparam);
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
        apply_fonts(state);
        layout(state);
        return 0;
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

HWND main_window_create(HINSTANCE instance, int show)
{
    main_window *state = calloc(1, sizeof(*state));
    WCHAR title[64];
    HWND window;
    UINT dpi;
    HDC dc;
    RECT work_area;
    int width, height;

    if (!state)
    {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    load_string(IDS_APP_TITLE, title, ARRAYSIZE(title));
    /* The default size at the primary monitor's DPI; WM_DPICHANGED corrects it elsewhere. */
    dpi = 96;
    if ((dc = GetDC(NULL)) != NULL)
    {
        dpi = (UINT)GetDeviceCaps(dc, LOGPIXELSY);
        ReleaseDC(NULL, dc);
    }
    width = MulDiv(LAYOUT_DEFAULT_WIDTH, (int)dpi, 96);
    height = MulDiv(LAYOUT_DEFAULT_HEIGHT, (int)dpi, 96);
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
                             width, height, NULL, NULL, instance, state);
    /* On failure WM_NCDESTROY has freed the state, or WM_NCCREATE never ran. */
    if (!window)
        return NULL;
    ShowWindow(window, show);
    UpdateWindow(window);
    return window;
}
