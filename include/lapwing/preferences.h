/*
 * What a user chooses about how Lapwing looks and behaves, read from and written to the
 * settings (lapwing.ini, [view]) in one place, so that the window, the settings dialog and the
 * tests agree on the keys, their values and their defaults. Anything missing or malformed in
 * the file reads as its default.
 */
#ifndef LAPWING_PREFERENCES_H
#define LAPWING_PREFERENCES_H

#include <stdbool.h>

#include "lapwing/format.h"
#include "lapwing/settings.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Light or dark: as the Windows app theme says, or chosen. High contrast always wins. */
typedef enum theme_choice
{
    THEME_SYSTEM,
    THEME_LIGHT,
    THEME_DARK,
    THEME_CHOICE_COUNT
} theme_choice;

#define PREFERENCES_STREAM_FILE_MAX 1024 /* bytes of the path, its terminator included */

typedef struct preferences
{
    time_precision precision;   /* of the display and the current lap */
    theme_choice theme;
    bool always_on_top;
    bool time_in_title;         /* "00:01:05 – Lapwing" while running */
    bool minimize_to_tray;      /* minimized, the window hides behind a notification icon */
    /* [view] obs_file: a text file that holds the time shown, for streams (UTF-8 path; empty:
     * none). */
    char stream_file[PREFERENCES_STREAM_FILE_MAX];
} preferences;

/* The defaults: hundredths, the system's theme, not on top, the time in the title, no tray, no
 * stream file. */
void preferences_default(preferences *preferences);
void preferences_read(const settings *settings, preferences *preferences);
/* Writes every preference (an unchanged one keeps its line). */
void preferences_write(settings *settings, const preferences *preferences);

/* Whether the dark palette applies: the choice, the app theme Windows reports (`system_dark`),
 * and high contrast, which always wins (then neither palette: system colours only). */
typedef enum palette
{
    PALETTE_LIGHT,
    PALETTE_DARK,
    PALETTE_HIGH_CONTRAST
} palette;
palette preferences_palette(theme_choice theme, bool system_dark, bool high_contrast);

#ifdef __cplusplus
}
#endif

#endif
