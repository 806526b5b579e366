/*
 * The theme. See theme.h.
 */
#include "theme.h"

#include "windows_functions.h"

enum
{
    DARK_MODE_ATTRIBUTE = 20,           /* DWMWA_USE_IMMERSIVE_DARK_MODE, Windows 10 2004+ */
    DARK_MODE_ATTRIBUTE_BEFORE_2004 = 19
};

BOOL theme_high_contrast_is_on(void)
{
    HIGHCONTRASTW contrast;

    ZeroMemory(&contrast, sizeof(contrast));
    contrast.cbSize = sizeof(contrast);
    return SystemParametersInfoW(SPI_GETHIGHCONTRAST, sizeof(contrast), &contrast, 0) &&
           (contrast.dwFlags & HCF_HIGHCONTRASTON);
}

/* Windows' "Choose your default app mode": AppsUseLightTheme = 0 means dark. Missing (Windows
 * 7, 8, early 10, Wine) means light. */
static BOOL system_apps_are_dark(void)
{
    DWORD value = 1, size = sizeof(value);

    if (RegGetValueW(HKEY_CURRENT_USER,
                     L"Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                     L"AppsUseLightTheme", RRF_RT_REG_DWORD, NULL, &value, &size) !=
        ERROR_SUCCESS)
        return FALSE;
    return value == 0;
}

void theme_update(theme *theme, theme_choice choice)
{
    palette_colors colors;

    theme_delete(theme);
    /* Once dark, a light theme must undo it (the title bar, the controls' theme classes). */
    theme->was_dark = theme->was_dark || theme->palette == PALETTE_DARK;
    theme->palette = preferences_palette(choice, system_apps_are_dark(), theme_high_contrast_is_on());
    if (palette_colors_of(theme->palette, &colors))
    {
        theme->background = (COLORREF)colors.background;
        theme->text = (COLORREF)colors.text;
        theme->running = (COLORREF)colors.running;
        theme->paused = (COLORREF)colors.paused;
        theme->best = (COLORREF)colors.best;
        theme->worst = (COLORREF)colors.worst;
        theme->background_brush = CreateSolidBrush(theme->background);
        theme->owns_brush = theme->background_brush != NULL;
    }
    if (!theme->background_brush)
    {
        /* High contrast (or no brush): the system's colours, nothing of our own. */
        theme->background = GetSysColor(COLOR_WINDOW);
        theme->text = theme->running = theme->paused = theme->best = theme->worst =
            GetSysColor(COLOR_WINDOWTEXT);
        theme->background_brush = GetSysColorBrush(COLOR_WINDOW);
        theme->owns_brush = FALSE;
    }
}

void theme_delete(theme *theme)
{
    if (theme->owns_brush && theme->background_brush)
        DeleteObject(theme->background_brush);
    theme->background_brush = NULL;
    theme->owns_brush = FALSE;
}

COLORREF theme_time_color(const theme *theme, stopwatch_state state)
{
    if (theme->palette == PALETTE_HIGH_CONTRAST)
        return CLR_INVALID;
    switch (state)
    {
    case STOPWATCH_RUNNING: return theme->running;
    case STOPWATCH_PAUSED:  return theme->paused;
    default:                return theme->text;
    }
}

void theme_apply_title_bar(const theme *theme, HWND window)
{
    const windows_theme_functions *windows;
    BOOL dark = theme->palette == PALETTE_DARK;

    /* Light from the start: the default, nothing to undo (and no DLL to load at start-up). */
    if (!dark && !theme->was_dark)
        return;
    windows = windows_theme_functions_get();
    if (!windows->DwmSetWindowAttribute)
        return;
    /* The documented attribute first; the older number on Windows 10 before 2004. */
    if (FAILED(windows->DwmSetWindowAttribute(window, DARK_MODE_ATTRIBUTE, &dark, sizeof(dark))))
        windows->DwmSetWindowAttribute(window, DARK_MODE_ATTRIBUTE_BEFORE_2004, &dark,
                                       sizeof(dark));
}

void theme_apply_control(const theme *theme, HWND control, BOOL items_view)
{
    const windows_theme_functions *windows;

    if (theme->palette != PALETTE_DARK && !theme->was_dark)
        return;
    windows = windows_theme_functions_get();
    if (!windows->SetWindowTheme || !control)
        return;
    if (theme->palette == PALETTE_DARK)
        windows->SetWindowTheme(control, items_view ? L"DarkMode_ItemsView" : L"DarkMode_Explorer",
                                NULL);
    else /* back to the class's own visual style */
        windows->SetWindowTheme(control, NULL, NULL);
}

BOOL theme_is_theme_change(LPARAM setting)
{
    return setting && lstrcmpiW((const WCHAR *)setting, L"ImmersiveColorSet") == 0;
}
