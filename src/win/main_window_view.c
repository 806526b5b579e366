/*
 * Showing the main window's state: the time, the live current lap, the buttons (their text and
 * whether they are enabled, from the core's command_is_enabled), the laps, the summary line,
 * the status line, the title, and the layout at the window's DPI. It is told (by the refresh,
 * or a frame from the clock thread) and reads the model; it never carries out a command.
 * Calls: the model's texts, the controls' tooltips, the theme's time colour. UI thread only.
 */
#include "main_window_view.h"

#include "main_window_controls.h"
#include "main_window_model.h"
#include "main_window_strip.h"
#include "main_window_theme.h"

#include <stdlib.h>
#include <wchar.h>

#include "dpi.h"
#include "history_run_window.h"
#include "lapwing/format.h"
#include "lapwing/lap_text.h"
#include "lapwing/layout.h"
#include "live_region.h"
#include "resource.h"
#include "time_display.h"
#include "ui_text.h"
#include "utf8.h"

static void set_text_if_changed(HWND control, const WCHAR *text)
{
    WCHAR current[512];

    GetWindowTextW(control, current, ARRAYSIZE(current));
    if (wcscmp(text, current) != 0)
        SetWindowTextW(control, text);
}

static void set_button_text(HWND button, UINT string_id)
{
    WCHAR text[64];

    ui_text_load(string_id, text, ARRAYSIZE(text));
    set_text_if_changed(button, text);
}

/* Enables or disables a button; a button about to be disabled hands the focus on first, or the
 * keyboard would be left with no focus and the keys would stop reaching the accelerators. */
static void enable_button(main_window *state, HWND button, BOOL enable)
{
    if (!enable && GetFocus() == button)
        SetFocus(state->start_stop_button);
    EnableWindow(button, enable);
}

/* The title ("00:01:05 – Lapwing"), made again only when its second, the state or the
 * preference changed: sixty frames a second cost one title a second. */
static void show_title(main_window *state, const stopwatch_snapshot *snapshot)
{
    WCHAR title[128];
    uint64_t second = snapshot->frequency ? snapshot->elapsed / snapshot->frequency : 0;
    BOOL with_time = state->app->preferences.time_in_title;

    if (state->shown_title[0] && second == state->title_second &&
        snapshot->state == state->title_state && with_time == state->title_with_time)
        return;
    state->title_second = second;
    state->title_state = snapshot->state;
    state->title_with_time = with_time;
    main_window_title_text(state, snapshot, FALSE, title, ARRAYSIZE(title));
    /* Compared with what was set, not read back: sixty frames a second cost no message. */
    if (wcscmp(title, state->shown_title) == 0)
        return;
    lstrcpynW(state->shown_title, title, ARRAYSIZE(state->shown_title));
    SetWindowTextW(state->window, title);
}

static void show_time(main_window *state, const stopwatch_snapshot *snapshot, BOOL announce)
{
    WCHAR wide[FORMAT_TIME_MAX];

    main_window_time_text(state, wide, snapshot->elapsed, snapshot->frequency);
    SendMessageW(state->display, announce ? WM_SETTEXT : TIME_DISPLAY_SHOW, 0, (LPARAM)wide);
}

/* "Lap 4: 00:00:03.21", the time since the last lap, as phone stopwatches show it; empty at
 * zero. Never a list row: the list's item count stays the number of laps. */
static void show_current_lap(main_window *state, const stopwatch_snapshot *snapshot)
{
    WCHAR number[24], time[FORMAT_TIME_MAX], text[96] = L"";
    const WCHAR *inserts[2] = { number, time };

    if (snapshot->state != STOPWATCH_STOPPED)
    {
        _snwprintf(number, ARRAYSIZE(number), L"%llu",
                   (unsigned long long)snapshot->lap_count + 1);
        number[ARRAYSIZE(number) - 1] = L'\0';
        main_window_time_text(state, time,
                  snapshot->elapsed > snapshot->last_lap_total
                      ? snapshot->elapsed - snapshot->last_lap_total
                      : 0,
                  snapshot->frequency);
        ui_text_format(text, ARRAYSIZE(text), IDS_CURRENT_LAP, inserts, 2);
    }
    SendMessageW(state->current_lap, TIME_DISPLAY_SHOW, 0, (LPARAM)text);
}

/* `ticks` as a short duration ("0.62", "1:02.50"): the summary has a lot to say in a line. */
static void duration_text(WCHAR *wide, size_t size, uint64_t ticks, uint64_t frequency)
{
    char text[64];

    lap_text_duration(text, sizeof(text), ticks, frequency);
    ascii_to_wide(text, wide, size);
}

/* " · vs best: the run of 2026-12-02 21:33": the run the lap running now compares with. */
static void append_comparison(main_window *state, const stopwatch_snapshot *snapshot,
                              WCHAR *text, size_t size)
{
    const history_best *best = &state->app->best;
    size_t index = history_best_run_for(best, snapshot->lap_count + 1);
    WCHAR title[64], part[160];
    const WCHAR *insert = title;

    if (index == SIZE_MAX && snapshot->lap_count)
        index = history_best_run_for(best, snapshot->lap_count);
    if (index >= state->app->history.count)
        return;
    history_run_title(&state->app->history.runs[index], title, ARRAYSIZE(title));
    ui_text_format(part, ARRAYSIZE(part),
                   best->picked != SIZE_MAX ? IDS_SUMMARY_VS_PICKED : IDS_SUMMARY_VS_BEST,
                   &insert, 1);
    wcsncat(text, L" \x00B7 ", size - wcslen(text) - 1);
    wcsncat(text, part, size - wcslen(text) - 1);
}

void main_window_show_comparison(main_window *state)
{
    lap_list_set_comparison(&state->laps, &state->app->history, &state->app->best);
}

/* "3 laps · best 0.62 (#2) · worst 1.21 (#1) · mean 0.89 · spread 0.59" */
static void show_summary(main_window *state, const stopwatch_snapshot *snapshot)
{
    const lap_statistics *statistics = &snapshot->statistics;
    WCHAR count[24], best[FORMAT_TIME_MAX], best_number[24], worst[FORMAT_TIME_MAX],
        worst_number[24], mean[FORMAT_TIME_MAX], spread[FORMAT_TIME_MAX], text[400];
    const WCHAR *inserts[7] = { count, best, best_number, worst, worst_number, mean, spread };

    if (!statistics->count)
        ui_text_load(IDS_SUMMARY_NONE, text, ARRAYSIZE(text));
    else if (statistics->count == 1)
    {
        const WCHAR *only = best;
        duration_text(best, ARRAYSIZE(best), statistics->best, snapshot->frequency);
        ui_text_format(text, ARRAYSIZE(text), IDS_SUMMARY_ONE, &only, 1);
    }
    else
    {
        _snwprintf(count, ARRAYSIZE(count), L"%llu", (unsigned long long)statistics->count);
        _snwprintf(best_number, ARRAYSIZE(best_number), L"%llu",
                   (unsigned long long)statistics->best_index + 1);
        _snwprintf(worst_number, ARRAYSIZE(worst_number), L"%llu",
                   (unsigned long long)statistics->worst_index + 1);
        count[ARRAYSIZE(count) - 1] = best_number[ARRAYSIZE(best_number) - 1] =
            worst_number[ARRAYSIZE(worst_number) - 1] = L'\0';
        duration_text(best, ARRAYSIZE(best), statistics->best, snapshot->frequency);
        duration_text(worst, ARRAYSIZE(worst), statistics->worst, snapshot->frequency);
        duration_text(mean, ARRAYSIZE(mean), statistics->mean, snapshot->frequency);
        duration_text(spread, ARRAYSIZE(spread), statistics->worst - statistics->best,
                      snapshot->frequency);
        ui_text_format(text, ARRAYSIZE(text), IDS_SUMMARY, inserts, 7);
    }
    append_comparison(state, snapshot, text, ARRAYSIZE(text));
    set_text_if_changed(state->summary, text);
}

static void show_controls(main_window *state, const stopwatch_snapshot *snapshot)
{
    command_context context;

    context.state = snapshot->state;
    context.lap_count = snapshot->lap_count;
    context.can_undo = snapshot->can_undo;
    context.selected_laps = 0;
    context.in_mode = state->mode != LAYOUT_NORMAL;
    context.on_top = context.mini = context.full_screen = false; /* not asked here */
    context.stopwatch_count = snapshot->stopwatch_count;
    context.running_count = snapshot->running_count;
    context.can_put_back = snapshot->can_put_back && state->put_back_pending;
    if (state->shown_state != snapshot->state)
        main_window_show_time_color(state, snapshot->state);
    state->shown_state = snapshot->state;
    set_button_text(state->start_stop_button,
                    snapshot->state == STOPWATCH_RUNNING  ? IDS_PAUSE
                    : snapshot->state == STOPWATCH_PAUSED ? IDS_RESUME
                                                          : IDS_START);
    enable_button(state, state->lap_button, command_is_enabled(IDM_LAP, &context));
    enable_button(state, state->reset_button, command_is_enabled(IDM_RESET, &context));
}

static void show_laps(main_window *state, const stopwatch_snapshot *snapshot)
{
    BOOL same_count = snapshot->lap_count == state->shown_lap_count;

    state->laps_changed = FALSE;
    state->shown_lap_count = snapshot->lap_count;
    show_summary(state, snapshot);
    if (same_count)
        lap_list_refresh(&state->laps); /* a note or an undone-and-redone lap */
    else
        lap_list_show_count(&state->laps, snapshot->lap_count);
}

void main_window_show_state(main_window *state, BOOL announce)
{
    stopwatch_snapshot snapshot;

    shared_stopwatch_snapshot(&state->app->shared, &snapshot);
    show_title(state, &snapshot);
    show_time(state, &snapshot, announce);
    show_current_lap(state, &snapshot);
    /* While frames come (running, not minimized), the next one shows the laps, however many
     * came; without frames (minimized: a lap from the command line) they are shown now, so the
     * list's item count is always the number of laps. */
    if (snapshot.state == STOPWATCH_RUNNING && snapshot.lap_count > state->shown_lap_count &&
        !IsIconic(state->window))
        state->laps_changed = TRUE;
    else
        show_laps(state, &snapshot);
    show_controls(state, &snapshot);
}

main_window_changes main_window_show_frame(main_window *state)
{
    stopwatch_snapshot snapshot;

    shared_stopwatch_snapshot(&state->app->shared, &snapshot);
    show_title(state, &snapshot);
    /* Minimized, a frame is the title's once a second: nothing else can be seen. */
    if (IsIconic(state->window))
        return MAIN_WINDOW_CHANGED_NOTHING;
    show_time(state, &snapshot, FALSE);
    show_current_lap(state, &snapshot);
    main_window_tick_strip(state);
    if (state->laps_changed || snapshot.lap_count != state->shown_lap_count)
        show_laps(state, &snapshot);
    if (snapshot.state == state->shown_state)
        return MAIN_WINDOW_CHANGED_NOTHING;
    /* Changed by another thread than a command's: the listeners hear of it too. */
    show_controls(state, &snapshot);
    return MAIN_WINDOW_CHANGED_STATE;
}

void main_window_show_notice(main_window *state)
{
    live_region_announce(state->status, state->notice); /* even when unchanged: news again */
}

void main_window_apply_fonts(main_window *state)
{
    HFONT font = dpi_create_message_font(state->dpi);

    if (!font)
        return;
    SendMessageW(state->start_stop_button, WM_SETFONT, (WPARAM)font, FALSE);
    SendMessageW(state->lap_button, WM_SETFONT, (WPARAM)font, FALSE);
    SendMessageW(state->reset_button, WM_SETFONT, (WPARAM)font, FALSE);
    SendMessageW(state->summary, WM_SETFONT, (WPARAM)font, FALSE);
    SendMessageW(state->status, WM_SETFONT, (WPARAM)font, FALSE);
    if (state->strip)
        SendMessageW(state->strip, WM_SETFONT, (WPARAM)font, FALSE);
    lap_list_set_font(&state->laps, font, state->dpi);
    if (state->ui_font)
        DeleteObject(state->ui_font);
    state->ui_font = font;
}

void main_window_layout(main_window *state)
{
    RECT client;
    main_layout layout;
    HDWP positions;
    int strip_height = main_window_strip_height(state);

    GetClientRect(state->window, &client);
    /* From two stopwatches on, the strip takes a band at the top; the rest lays out below. */
    if (!layout_window_in_mode(client.right, client.bottom - strip_height, state->dpi,
                               state->mode, &layout))
        return;
    layout.display.top += strip_height;
    layout.current_lap.top += strip_height;
    layout.start_stop.top += strip_height;
    layout.lap.top += strip_height;
    layout.reset.top += strip_height;
    layout.summary.top += strip_height;
    layout.list.top += strip_height;
    layout.status.top += strip_height;
    positions = BeginDeferWindowPos(10);
    /* What the mode hides (an empty rectangle) keeps its place, so the list keeps its
     * columns for when the full window comes back. */
#define PLACE(control, r)                                                                       \
    if (positions && (r).width > 0 && (r).height > 0)                                           \
        positions = DeferWindowPos(positions, (control), NULL, (r).left, (r).top, (r).width,    \
                                   (r).height, SWP_NOZORDER | SWP_NOACTIVATE)
    PLACE(state->display, layout.display);
    PLACE(state->current_lap, layout.current_lap);
    PLACE(state->start_stop_button, layout.start_stop);
    PLACE(state->lap_button, layout.lap);
    PLACE(state->reset_button, layout.reset);
    PLACE(state->summary, layout.summary);
    PLACE(state->laps.window, layout.list);
    PLACE(state->status, layout.status);
    if (positions && strip_height)
        positions = DeferWindowPos(positions, state->strip, NULL, main_window_scale(state, 6),
                                   main_window_scale(state, 4),
                                   client.right - main_window_scale(state, 12),
                                   strip_height - main_window_scale(state, 6),
                                   SWP_NOZORDER | SWP_NOACTIVATE);
#undef PLACE
    if (positions)
        EndDeferWindowPos(positions);
    main_window_place_tooltips(state);
    lap_list_fit_columns(&state->laps, TRUE);
}
