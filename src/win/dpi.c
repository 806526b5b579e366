/*
 * DPI helpers. See dpi.h.
 */
#include "dpi.h"

#include "windows_functions.h"

UINT dpi_of_system(void)
{
    HDC dc = GetDC(NULL);
    int dpi = 0;

    if (dc)
    {
        dpi = GetDeviceCaps(dc, LOGPIXELSY);
        ReleaseDC(NULL, dc);
    }
    return dpi > 0 ? (UINT)dpi : 96;
}

UINT dpi_of_window(HWND window)
{
    const windows_functions *windows = windows_functions_get();
    UINT dpi = 0;
    HDC dc;

    if (windows->GetDpiForWindow)
        dpi = windows->GetDpiForWindow(window);
    if (!dpi && (dc = GetDC(window)) != NULL)
    {
        int caps = GetDeviceCaps(dc, LOGPIXELSY);
        dpi = caps > 0 ? (UINT)caps : 0;
        ReleaseDC(window, dc);
    }
    return dpi ? dpi : 96;
}

int dpi_scale(int value, UINT dpi)
{
    return MulDiv(value, (int)dpi, 96);
}

HFONT dpi_create_message_font(UINT dpi)
{
    const windows_functions *windows = windows_functions_get();
    NONCLIENTMETRICSW metrics;

    ZeroMemory(&metrics, sizeof(metrics));
    metrics.cbSize = sizeof(metrics);
    if (windows->SystemParametersInfoForDpi &&
        windows->SystemParametersInfoForDpi(SPI_GETNONCLIENTMETRICS, sizeof(metrics), &metrics, 0,
                                            dpi))
        return CreateFontIndirectW(&metrics.lfMessageFont);
    /* Before 10 1607 the metrics are at the system DPI: scale them. */
    if (!SystemParametersInfoW(SPI_GETNONCLIENTMETRICS, sizeof(metrics), &metrics, 0))
        return NULL;
    metrics.lfMessageFont.lfHeight =
        MulDiv(metrics.lfMessageFont.lfHeight, (int)dpi, (int)dpi_of_system());
    return CreateFontIndirectW(&metrics.lfMessageFont);
}
