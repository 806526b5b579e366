/*
 * The time display control: its text, messages and accessibility (time_display_draw.c draws
 * it). See time_display.h. All of it runs on the UI thread.
 */
#include "time_display.h"

#include <oleacc.h>
#include <stdlib.h>
#include <wchar.h>

#include "time_display_private.h"
#include "windows_functions.h"
#ifdef LAPWING_BENCH_FRAME_LAG
#include "frame_lag.h"
#endif

/* Sets the text; TRUE when it changed. */
static BOOL set_text(time_display *display, const WCHAR *text)
{
    size_t old_length = wcslen(display->text);
    int i;

    if (!text)
        text = L"";
    if (wcscmp(display->text, text) == 0)
        return FALSE;
    if (wcslen(text) != old_length)
    {
        /* The hours gained a digit (or the text is new): refit, and repaint it all. */
        lstrcpynW(display->text, text, FORMAT_TIME_MAX);
        time_display_fit(display);
        InvalidateRect(display->window, NULL, FALSE);
        return TRUE;
    }
    /* Same length, same cells: repaint only the characters that changed, in the text's band. */
    for (i = 0; text[i] && i < FORMAT_TIME_MAX - 1; i++)
        if (text[i] != display->text[i])
        {
            RECT cell;
            SetRect(&cell, display->cells[i], display->text_top, display->cells[i + 1],
                    display->text_top + display->band_height);
            InvalidateRect(display->window, &cell, FALSE);
        }
    lstrcpynW(display->text, text, FORMAT_TIME_MAX);
    return TRUE;
}

static LRESULT on_get_text(time_display *display, WPARAM size, WCHAR *buffer)
{
    if (!buffer || size == 0)
        return 0;
    lstrcpynW(buffer, display->text, (int)size);
    return (LRESULT)wcslen(buffer);
}

/* To accessibility clients the display is static text whose name is the time: oleacc's proxy
 * for the Static class does that. Wine's oleacc has no CreateStdAccessibleProxyW (calling its
 * stub aborts the process), so under Wine the default object stays: a client object, still
 * named by WM_GETTEXT. */
static BOOL answer_get_object(HWND window, WPARAM flags, LRESULT *result)
{
    const windows_accessibility_functions *windows = windows_accessibility_functions_get();
    IAccessible *accessible = NULL;

    if (!windows->CreateStdAccessibleProxyW || !windows->LresultFromObject ||
        FAILED(windows->CreateStdAccessibleProxyW(window, L"Static", OBJID_CLIENT,
                                                  &IID_IAccessible, (void **)&accessible)))
        return FALSE;
    *result = windows->LresultFromObject(&IID_IAccessible, flags, (IUnknown *)accessible);
    accessible->lpVtbl->Release(accessible);
    return TRUE;
}

static LRESULT CALLBACK time_display_proc(HWND window, UINT message, WPARAM wparam, LPARAM lparam)
{
    time_display *display = (time_display *)GetWindowLongPtrW(window, 0);

    switch (message)
    {
    case WM_NCCREATE:
        display = calloc(1, sizeof(*display));
        if (!display)
            return FALSE;
        display->window = window;
        display->text_color = display->background_color = CLR_INVALID;
        SetWindowLongPtrW(window, 0, (LONG_PTR)display);
        if (((CREATESTRUCTW *)lparam)->lpszName)
            lstrcpynW(display->text, ((CREATESTRUCTW *)lparam)->lpszName, FORMAT_TIME_MAX);
        return TRUE;
    case WM_NCDESTROY:
        if (display)
        {
            glyph_cache_discard(&display->glyphs);
            if (display->font)
                DeleteObject(display->font);
            free(display);
            SetWindowLongPtrW(window, 0, 0);
        }
        return 0;
    case WM_SIZE:
        time_display_fit(display);
        InvalidateRect(window, NULL, FALSE);
        return 0;
    case WM_ERASEBKGND:
        return 1; /* painting fills the background itself */
    case WM_PAINT:
        time_display_paint(display);
#ifdef LAPWING_BENCH_FRAME_LAG
        frame_lag_painted(window);
#endif
        return 0;
    case WM_SETTEXT:
        set_text(display, (const WCHAR *)lparam);
        /* Announce even when unchanged: a stop at the same hundredth is still news. */
        NotifyWinEvent(EVENT_OBJECT_NAMECHANGE, window, OBJID_CLIENT, CHILDID_SELF);
        return TRUE;
    case TIME_DISPLAY_SHOW:
#ifdef LAPWING_BENCH_FRAME_LAG
        frame_lag_shown(window);
#endif
        set_text(display, (const WCHAR *)lparam);
        return 0;
    case TIME_DISPLAY_SET_COLORS:
        display->text_color = (COLORREF)wparam;
        display->background_color = (COLORREF)lparam;
        glyph_cache_discard(&display->glyphs);
        InvalidateRect(window, NULL, FALSE);
        return 0;
    case WM_NCHITTEST:
        if (GetWindowLongPtrW(window, GWL_STYLE) & TIME_DISPLAY_PASS_HITS)
            return HTTRANSPARENT;
        break;
    case WM_GETTEXT:
        return on_get_text(display, wparam, (WCHAR *)lparam);
    case WM_GETTEXTLENGTH:
        return (LRESULT)wcslen(display->text);
    case WM_GETOBJECT:
        if ((LONG)lparam == OBJID_CLIENT)
        {
            LRESULT result;
            if (answer_get_object(window, wparam, &result))
                return result;
        }
        break;
    case WM_SYSCOLORCHANGE:
    case WM_SETTINGCHANGE:
        glyph_cache_discard(&display->glyphs);
        InvalidateRect(window, NULL, FALSE);
        break;
    }
    return DefWindowProcW(window, message, wparam, lparam);
}

BOOL time_display_register(HINSTANCE instance)
{
    WNDCLASSEXW window_class;

    ZeroMemory(&window_class, sizeof(window_class));
    window_class.cbSize = sizeof(window_class);
    window_class.style = CS_HREDRAW | CS_VREDRAW;
    window_class.lpfnWndProc = time_display_proc;
    window_class.cbWndExtra = sizeof(time_display *);
    window_class.hInstance = instance;
    window_class.hCursor = LoadCursorW(NULL, (LPCWSTR)IDC_ARROW);
    window_class.lpszClassName = TIME_DISPLAY_CLASS;
    if (!RegisterClassExW(&window_class))
        return FALSE;
    window_class.lpszClassName = LAP_DISPLAY_CLASS;
    return RegisterClassExW(&window_class) != 0;
}
