/*
 * Showing the main window's state: the time, the buttons (their text and whether they are
 * enabled, both from the stopwatch's state), the laps, and the layout at the window's DPI.
 * UI thread only.
 */
#include "main_window_private.h"

#include <wchar.h>

#include "dpi.h"
#include "lapwing/commands.h"
#include "lapwing/format.h"
#include "resource.h"
#include "time_display.h"
#include "ui_text.h"

/* Layout, in pixels at 96 DPI; scaled to the window's DPI. */
enum
{
    LAYOUT_MARGIN = 12,
    LAYOUT_GAP = 8,
    LAYOUT_BUTTON_HEIGHT = 32
};

int main_window_scale(const main_window *state, int value)
{
    return dpi_scale(value, state->dpi);
}

static void set_button_text(HWND button, UINT string_id)
{
    WCHAR text[64], current[64];

    ui_text_load(string_id, text, ARRAYSIZE(text));
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

static void show_controls(main_window *state, stopwatch_state watch_state)
{
    state->shown_state = watch_state;
    set_button_text(state->start_stop_button,
                    watch_state == STOPWATCH_RUNNING ? IDS_STOP
                    : watch_state == STOPWATCH_PAUSED ? IDS_RESUME
                                                      : IDS_START);
    enable_button(state, state->lap_button, command_is_enabled(IDM_LAP, watch_state));
    enable_button(state, state->reset_button, command_is_enabled(IDM_RESET, watch_state));
}

void main_window_show_state(main_window *state, BOOL announce)
{
    stopwatch_snapshot snapshot;

    shared_stopwatch_snapshot(&state->app->shared, &snapshot);
    show_time(state, &snapshot, announce);
    lap_list_show_count(&state->laps, snapshot.lap_count);
    show_controls(state, snapshot.state);
}

void main_window_show_frame(main_window *state)
{
    stopwatch_snapshot snapshot;

    shared_stopwatch_snapshot(&state->app->shared, &snapshot);
    show_time(state, &snapshot, FALSE);
    if (snapshot.state != state->shown_state)
        show_controls(state, snapshot.state);
}

void main_window_apply_fonts(main_window *state)
{
    HFONT font = dpi_create_message_font(state->dpi);

    if (!font)
        return;
    SendMessageW(state->start_stop_button, WM_SETFONT, (WPARAM)font, FALSE);
    SendMessageW(state->lap_button, WM_SETFONT, (WPARAM)font, FALSE);
    SendMessageW(state->reset_button, WM_SETFONT, (WPARAM)font, FALSE);
    lap_list_set_font(&state->laps, font);
    if (state->ui_font)
        DeleteObject(state->ui_font);
    state->ui_font = font;
}

void main_window_layout(main_window *state)
{
    RECT client;
    int margin = main_window_scale(state, LAYOUT_MARGIN);
    int gap = main_window_scale(state, LAYOUT_GAP);
    int button_height = main_window_scale(state, LAYOUT_BUTTON_HEIGHT);
    int width, height, inner_width, display_height, button_width, y;
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
        positions = DeferWindowPos(positions, state->laps.window, NULL, margin, y, inner_width,
                                   height - margin - y > 0 ? height - margin - y : 0,
                                   SWP_NOZORDER | SWP_NOACTIVATE);
    if (positions)
        EndDeferWindowPos(positions);
    lap_list_fit_columns(&state->laps, state->dpi);
}
