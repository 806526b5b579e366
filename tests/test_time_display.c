/*
 * The time display control, in the test's own process (Wine's accessibility runtime does not
 * cross processes, Windows' does): WM_GETTEXT answers with the time shown; frame updates raise
 * no accessibility events, WM_SETTEXT raises exactly one; the accessible object is static text
 * named by the time (that last check runs on Windows only: see below).
 */
#include <windows.h>
#include <oleacc.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "test_messages.h"

#include "time_display.h"

static HWND parent, display;
static volatile LONG name_changes;

static void CALLBACK on_win_event(HWINEVENTHOOK hook, DWORD event, HWND window, LONG object,
                                  LONG child, DWORD thread, DWORD time)
{
    (void)hook; (void)thread; (void)time; (void)child;
    if (event == EVENT_OBJECT_NAMECHANGE && window == display && object == OBJID_CLIENT)
        InterlockedIncrement(&name_changes);
}

static int setup(void **state)
{
    (void)state;
    if (!time_display_register(GetModuleHandleW(NULL)))
        return -1;
    parent = CreateWindowExW(0, L"STATIC", L"parent", WS_OVERLAPPEDWINDOW, 0, 0, 400, 200, NULL,
                             NULL, NULL, NULL);
    display = CreateWindowExW(0, TIME_DISPLAY_CLASS, L"00:00:00.00", WS_CHILD | WS_VISIBLE, 0, 0,
                              380, 150, parent, NULL, GetModuleHandleW(NULL), NULL);
    return parent && display ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    DestroyWindow(parent);
    return 0;
}

static void text(WCHAR *buffer, int size)
{
    buffer[0] = L'\0';
    SendMessageW(display, WM_GETTEXT, (WPARAM)size, (LPARAM)buffer);
}

static void get_text_answers_with_the_time_shown(void **state)
{
    WCHAR buffer[64], small[6];
    (void)state;
    text(buffer, 64);
    assert_true(wcscmp(buffer, L"00:00:00.00") == 0);
    assert_int_equal(SendMessageW(display, WM_GETTEXTLENGTH, 0, 0), 11);

    SendMessageW(display, TIME_DISPLAY_SHOW, 0, (LPARAM)L"00:01:05.42");
    text(buffer, 64);
    assert_true(wcscmp(buffer, L"00:01:05.42") == 0);
    assert_int_equal(GetWindowTextLengthW(display), 11);

    /* A short buffer gets a terminated prefix, as with any window. */
    assert_int_equal(SendMessageW(display, WM_GETTEXT, 6, (LPARAM)small), 5);
    assert_true(wcscmp(small, L"00:01") == 0);

    /* Hours past 99 fit too. */
    SendMessageW(display, TIME_DISPLAY_SHOW, 0, (LPARAM)L"123:04:05.06");
    text(buffer, 64);
    assert_true(wcscmp(buffer, L"123:04:05.06") == 0);
}

static void frame_updates_are_silent_and_set_text_announces_once(void **state)
{
    HWINEVENTHOOK hook;
    WCHAR frame[32];
    int i;
    (void)state;
    hook = SetWinEventHook(EVENT_OBJECT_NAMECHANGE, EVENT_OBJECT_NAMECHANGE, NULL, on_win_event,
                           GetCurrentProcessId(), 0, WINEVENT_OUTOFCONTEXT);
    assert_non_null(hook);
    pump_for(100);
    InterlockedExchange(&name_changes, 0);

    /* A second of frames: no events. */
    for (i = 0; i < 60; i++)
    {
        wsprintfW(frame, L"00:00:%02d.%02d", i / 60, (i * 100 / 60) % 100);
        SendMessageW(display, TIME_DISPLAY_SHOW, 0, (LPARAM)frame);
    }
    pump_for(300);
    assert_int_equal(name_changes, 0);

    /* A start, stop or lap: one event. */
    SetWindowTextW(display, L"00:00:01.00");
    pump_for(300);
    assert_int_equal(name_changes, 1);
    UnhookWinEvent(hook);
}

static BOOL running_under_wine(void)
{
    HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    return ntdll && GetProcAddress(ntdll, "wine_get_version") != NULL;
}

static void accessible_object_is_static_text_named_by_the_time(void **state)
{
    IAccessible *accessible = NULL;
    VARIANT self, role;
    BSTR name = NULL;
    (void)state;
    /* Wine 8's oleacc answers AccessibleObjectFromWindow with E_NOINTERFACE even for its own
     * controls, and has no CreateStdAccessibleProxyW: this check needs Windows. */
    if (running_under_wine())
    {
        print_message("skipped under Wine: its oleacc cannot answer this\n");
        skip();
    }
    SendMessageW(display, TIME_DISPLAY_SHOW, 0, (LPARAM)L"00:00:07.25");
    assert_true(SUCCEEDED(CoInitialize(NULL)));
    assert_true(SUCCEEDED(AccessibleObjectFromWindow(display, (DWORD)OBJID_CLIENT,
                                                     &IID_IAccessible, (void **)&accessible)));
    VariantInit(&self);
    self.vt = VT_I4;
    self.lVal = CHILDID_SELF;
    VariantInit(&role);
    assert_true(SUCCEEDED(accessible->lpVtbl->get_accRole(accessible, self, &role)));
    assert_int_equal(role.vt, VT_I4);
    assert_int_equal(role.lVal, ROLE_SYSTEM_STATICTEXT);
    assert_true(SUCCEEDED(accessible->lpVtbl->get_accName(accessible, self, &name)));
    assert_non_null(name);
    assert_true(wcscmp(name, L"00:00:07.25") == 0);
    SysFreeString(name);
    accessible->lpVtbl->Release(accessible);
    CoUninitialize();
}

static void paints_at_any_size_without_failing(void **state)
{
    static const SIZE sizes[] = { { 0, 0 }, { 1, 1 }, { 40, 10 }, { 2000, 900 }, { 380, 150 } };
    size_t i;
    (void)state;
    ShowWindow(parent, SW_SHOWNOACTIVATE);
    for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++)
    {
        SetWindowPos(display, NULL, 0, 0, sizes[i].cx, sizes[i].cy, SWP_NOZORDER | SWP_NOACTIVATE);
        assert_true(RedrawWindow(display, NULL, NULL, RDW_INVALIDATE | RDW_UPDATENOW));
    }
    assert_true(IsWindow(display));
}

static void a_frame_repaints_only_the_digits_that_changed(void **state)
{
    RECT client, update;
    (void)state;
    /* A large display, wholly visible (what is clipped away is never invalid). */
    SetWindowPos(parent, NULL, 0, 0, 1200, 600, SWP_NOZORDER | SWP_NOACTIVATE);
    ShowWindow(parent, SW_SHOWNOACTIVATE);
    SetWindowPos(display, NULL, 0, 0, 1100, 450, SWP_NOZORDER | SWP_NOACTIVATE);
    SendMessageW(display, TIME_DISPLAY_SHOW, 0, (LPARAM)L"00:00:01.00");
    UpdateWindow(display);
    assert_false(GetUpdateRect(display, &update, FALSE));

    /* The hundredths move on: one digit's cell, not the control. */
    SendMessageW(display, TIME_DISPLAY_SHOW, 0, (LPARAM)L"00:00:01.01");
    GetClientRect(display, &client);
    assert_true(GetUpdateRect(display, &update, FALSE));
    assert_true(update.right - update.left < client.right / 8);
    assert_true(update.left > client.right / 2); /* the last digit, on the right */
    UpdateWindow(display);

    /* Seconds and hundredths: two cells, still a small part. */
    SendMessageW(display, TIME_DISPLAY_SHOW, 0, (LPARAM)L"00:00:02.02");
    assert_true(GetUpdateRect(display, &update, FALSE));
    assert_true(update.right - update.left < client.right / 2);
    UpdateWindow(display);

    /* The hours gain a digit: everything is laid out again. */
    SendMessageW(display, TIME_DISPLAY_SHOW, 0, (LPARAM)L"100:00:00.00");
    assert_true(GetUpdateRect(display, &update, FALSE));
    assert_int_equal(update.right - update.left, client.right);
    UpdateWindow(display);
}

/* The client area's pixels, top-down 32-bit; the caller frees them. */
static DWORD *capture(HWND window, SIZE *size)
{
    RECT client;
    BITMAPINFO info;
    DWORD *pixels;
    HDC dc = GetDC(window), memory = CreateCompatibleDC(dc);
    HBITMAP bitmap, old;

    GetClientRect(window, &client);
    size->cx = client.right;
    size->cy = client.bottom;
    ZeroMemory(&info, sizeof(info));
    info.bmiHeader.biSize = sizeof(info.bmiHeader);
    info.bmiHeader.biWidth = size->cx;
    info.bmiHeader.biHeight = -size->cy;
    info.bmiHeader.biPlanes = 1;
    info.bmiHeader.biBitCount = 32;
    bitmap = CreateDIBSection(dc, &info, DIB_RGB_COLORS, (void **)&pixels, NULL, 0);
    assert_non_null(bitmap);
    old = SelectObject(memory, bitmap);
    BitBlt(memory, 0, 0, size->cx, size->cy, dc, 0, 0, SRCCOPY);
    GdiFlush();
    {
        DWORD *copy = malloc((size_t)size->cx * (size_t)size->cy * sizeof(DWORD));
        assert_non_null(copy);
        memcpy(copy, pixels, (size_t)size->cx * (size_t)size->cy * sizeof(DWORD));
        SelectObject(memory, old);
        DeleteObject(bitmap);
        DeleteDC(memory);
        ReleaseDC(window, dc);
        return copy;
    }
}

/* Frames from the glyph cache, digit by digit, end as the same pixels as the same text drawn
 * directly in one paint, on a light and on a dark background: no stale digit, no glyph moved by
 * a pixel, no colour lost. */
static void frames_from_the_glyph_cache_match_text_drawn_directly(void **state)
{
    /* The time, and the current lap's line (words, a space: characters the cache adds). */
    static const WCHAR *frames[][7] = {
        { L"00:00:00.00", L"00:00:00.01", L"00:00:00.19", L"00:00:07.29", L"00:00:59.99",
          L"00:01:00.00", L"00:13:48.56" },
        { L"Lap 1: 00:00:00.00", L"Lap 1: 00:00:00.01", L"Lap 1: 00:00:00.19",
          L"Lap 2: 00:00:00.29", L"Lap 3: 00:00:59.99", L"Lap 9: 00:01:00.00",
          L"Lap 7: 00:13:48.56" } };
    static const COLORREF colors[][2] = { { CLR_INVALID, CLR_INVALID },
                                          { RGB(0x9c, 0xdc, 0xfe), RGB(0x20, 0x20, 0x20) } };
    HWND direct;
    size_t c, f, sequence;
    (void)state;
    SetWindowPos(parent, NULL, 0, 0, 1000, 700, SWP_NOZORDER | SWP_NOACTIVATE);
    ShowWindow(parent, SW_SHOWNOACTIVATE);
    SetWindowPos(display, NULL, 0, 0, 900, 300, SWP_NOZORDER | SWP_NOACTIVATE);
    direct = CreateWindowExW(0, TIME_DISPLAY_CLASS, L"", WS_CHILD | WS_VISIBLE |
                             TIME_DISPLAY_DRAW_DIRECT, 0, 320, 900, 300, parent, NULL,
                             GetModuleHandleW(NULL), NULL);
    assert_non_null(direct);
    for (sequence = 0; sequence < 2; sequence++)
    for (c = 0; c < sizeof(colors) / sizeof(colors[0]); c++)
    {
        SIZE cached_size, direct_size;
        DWORD *cached_pixels, *direct_pixels;
        size_t i, count, differing = 0, inked = 0;

        SendMessageW(display, TIME_DISPLAY_SET_COLORS, colors[c][0], (LPARAM)colors[c][1]);
        SendMessageW(direct, TIME_DISPLAY_SET_COLORS, colors[c][0], (LPARAM)colors[c][1]);
        for (f = 0; f < 7; f++)
        {
            SendMessageW(display, TIME_DISPLAY_SHOW, 0, (LPARAM)frames[sequence][f]);
            UpdateWindow(display);
        }
        SendMessageW(direct, TIME_DISPLAY_SHOW, 0, (LPARAM)frames[sequence][f - 1]);
        RedrawWindow(direct, NULL, NULL, RDW_INVALIDATE | RDW_UPDATENOW);

        cached_pixels = capture(display, &cached_size);
        direct_pixels = capture(direct, &direct_size);
        assert_int_equal(cached_size.cx, direct_size.cx);
        assert_int_equal(cached_size.cy, direct_size.cy);
        count = (size_t)cached_size.cx * (size_t)cached_size.cy;
        for (i = 0; i < count; i++)
        {
            if ((cached_pixels[i] & 0xffffff) != (direct_pixels[i] & 0xffffff))
                differing++;
            if ((direct_pixels[i] & 0xffffff) != (direct_pixels[0] & 0xffffff))
                inked++;
        }
        print_message("text %u, colours %u: %u of %u pixels differ, %u inked\n",
                      (unsigned)sequence, (unsigned)c,
                      (unsigned)differing, (unsigned)count, (unsigned)inked);
        assert_true(inked > count / 50); /* the digits are there, not a blank control */
        assert_int_equal(differing, 0);
        free(cached_pixels);
        free(direct_pixels);
    }
    DestroyWindow(direct);
    SendMessageW(display, TIME_DISPLAY_SET_COLORS, CLR_INVALID, (LPARAM)CLR_INVALID);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(get_text_answers_with_the_time_shown),
        cmocka_unit_test(frame_updates_are_silent_and_set_text_announces_once),
        cmocka_unit_test(accessible_object_is_static_text_named_by_the_time),
        cmocka_unit_test(paints_at_any_size_without_failing),
        cmocka_unit_test(a_frame_repaints_only_the_digits_that_changed),
        cmocka_unit_test(frames_from_the_glyph_cache_match_text_drawn_directly),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
