/*
 * Preferences in lapwing.ini. See preferences.h.
 */
#include "lapwing/preferences.h"

#define SECTION "view"

static const char *const precision_names[TIME_PRECISION_COUNT] = { "seconds", "tenths",
                                                                   "hundredths",
                                                                   "milliseconds" };
static const char *const theme_names[THEME_CHOICE_COUNT] = { "system", "light", "dark" };

void preferences_default(preferences *preferences)
{
    preferences->precision = TIME_PRECISION_DEFAULT;
    preferences->theme = THEME_SYSTEM;
    preferences->always_on_top = false;
    preferences->time_in_title = true;
    preferences->minimize_to_tray = false;
    preferences->stream_file[0] = '\0';
}

void preferences_read(const settings *settings, preferences *preferences)
{
    preferences_default(preferences);
    preferences->precision = (time_precision)settings_get_choice(
        settings, SECTION, "precision", precision_names, TIME_PRECISION_COUNT,
        (size_t)preferences->precision);
    preferences->theme = (theme_choice)settings_get_choice(
        settings, SECTION, "theme", theme_names, THEME_CHOICE_COUNT, (size_t)preferences->theme);
    preferences->always_on_top =
        settings_get_boolean(settings, SECTION, "always_on_top", preferences->always_on_top);
    preferences->time_in_title =
        settings_get_boolean(settings, SECTION, "time_in_title", preferences->time_in_title);
    preferences->minimize_to_tray = settings_get_boolean(settings, SECTION, "minimize_to_tray",
                                                         preferences->minimize_to_tray);
    /* Too long for a path, or missing: none. */
    if (!settings_get_text(settings, SECTION, "obs_file", preferences->stream_file,
                           sizeof(preferences->stream_file)))
        preferences->stream_file[0] = '\0';
}

void preferences_write(settings *settings, const preferences *preferences)
{
    unsigned precision = (unsigned)preferences->precision, theme = (unsigned)preferences->theme;
    char existing[PREFERENCES_STREAM_FILE_MAX];

    settings_set(settings, SECTION, "precision",
                 precision_names[precision < TIME_PRECISION_COUNT ? precision
                                                                  : TIME_PRECISION_DEFAULT]);
    settings_set(settings, SECTION, "theme",
                 theme_names[theme < THEME_CHOICE_COUNT ? theme : THEME_SYSTEM]);
    settings_set(settings, SECTION, "always_on_top", preferences->always_on_top ? "1" : "0");
    settings_set(settings, SECTION, "time_in_title", preferences->time_in_title ? "1" : "0");
    settings_set(settings, SECTION, "minimize_to_tray", preferences->minimize_to_tray ? "1" : "0");
    /* Written once there is one (a file without it gets no empty line for it). */
    if (preferences->stream_file[0] ||
        settings_get_text(settings, SECTION, "obs_file", existing, sizeof(existing)))
        settings_set(settings, SECTION, "obs_file", preferences->stream_file);
}

palette preferences_palette(theme_choice theme, bool system_dark, bool high_contrast)
{
    if (high_contrast)
        return PALETTE_HIGH_CONTRAST;
    if (theme == THEME_DARK || (theme == THEME_SYSTEM && system_dark))
        return PALETTE_DARK;
    return PALETTE_LIGHT;
}
