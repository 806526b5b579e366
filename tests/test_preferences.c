/*
 * Preferences: defaults for anything missing or malformed, a round trip through lapwing.ini's
 * text for every value, and which palette a theme choice gives (high contrast always wins).
 */
#include <string.h>

#include "lapwing/preferences.h"

#include "test_core.h"

static void read_text(const char *text, preferences *read)
{
    settings s;
    settings_initialize(&s);
    settings_parse(&s, text, strlen(text));
    preferences_read(&s, read);
    settings_delete(&s);
}

static void a_missing_file_gives_the_defaults(void **state)
{
    preferences read;
    (void)state;
    read_text("", &read);
    assert_int_equal(read.precision, TIME_PRECISION_HUNDREDTHS);
    assert_int_equal(read.theme, THEME_SYSTEM);
    assert_false(read.always_on_top);
    assert_true(read.time_in_title);
    assert_false(read.minimize_to_tray);
    assert_string_equal(read.stream_file, "");
}

static void values_are_read_as_words(void **state)
{
    preferences read;
    (void)state;
    read_text("[View]\nprecision = Tenths\ntheme=dark\nalways_on_top=yes\ntime_in_title=0\n",
              &read);
    assert_int_equal(read.precision, TIME_PRECISION_TENTHS);
    assert_int_equal(read.theme, THEME_DARK);
    assert_true(read.always_on_top);
    assert_false(read.time_in_title);
}

static void malformed_values_read_as_defaults(void **state)
{
    preferences read;
    (void)state;
    read_text("[view]\nprecision=nanoseconds\ntheme=7\nalways_on_top=perhaps\n", &read);
    assert_int_equal(read.precision, TIME_PRECISION_HUNDREDTHS);
    assert_int_equal(read.theme, THEME_SYSTEM);
    assert_false(read.always_on_top);
}

static void every_value_survives_a_round_trip(void **state)
{
    unsigned precision, theme, flags;
    (void)state;
    for (precision = 0; precision < TIME_PRECISION_COUNT; precision++)
        for (theme = 0; theme < THEME_CHOICE_COUNT; theme++)
            for (flags = 0; flags < 8; flags++)
            {
                preferences written, read;
                settings s;
                text_buffer text;

                written.precision = (time_precision)precision;
                written.theme = (theme_choice)theme;
                written.always_on_top = (flags & 1) != 0;
                written.time_in_title = (flags & 2) != 0;
                written.minimize_to_tray = (flags & 4) != 0;
                strcpy(written.stream_file, flags & 1 ? "C:\\OBS\\zeit \xc3\xa4.txt" : "");
                settings_initialize(&s);
                settings_parse(&s, "; mine\r\n[window]\r\nleft=3\r\n", 25);
                preferences_write(&s, &written);
                text_buffer_initialize(&text);
                settings_write(&s, &text);
                settings_delete(&s);
                /* What a person wrote stays. */
                assert_non_null(strstr(text.text, "; mine\r\n[window]\r\nleft=3\r\n"));
                read_text(text.text, &read);
                text_buffer_delete(&text);
                assert_int_equal(read.precision, written.precision);
                assert_int_equal(read.theme, written.theme);
                assert_int_equal(read.always_on_top, written.always_on_top);
                assert_int_equal(read.time_in_title, written.time_in_title);
                assert_int_equal(read.minimize_to_tray, written.minimize_to_tray);
                assert_string_equal(read.stream_file, written.stream_file);
            }
}

/* The stream file: a path as written (any language); a file without one gets no line for it;
 * one cleared is written empty (off), not left as it was. */
static void the_stream_file_is_a_path_or_nothing(void **state)
{
    preferences read;
    settings s;
    text_buffer text;
    char path[PREFERENCES_STREAM_FILE_MAX + 32];
    (void)state;
    read_text("[view]\nobs_file = D:\\Stream\\time.txt\n", &read);
    assert_string_equal(read.stream_file, "D:\\Stream\\time.txt");

    preferences_default(&read);
    settings_initialize(&s);
    preferences_write(&s, &read);
    text_buffer_initialize(&text);
    settings_write(&s, &text);
    assert_null(strstr(text.text, "obs_file"));
    text_buffer_delete(&text);
    settings_delete(&s);

    settings_initialize(&s);
    settings_parse(&s, "[view]\r\nobs_file=C:\\t.txt\r\n", 27);
    preferences_write(&s, &read); /* the defaults: none */
    text_buffer_initialize(&text);
    settings_write(&s, &text);
    assert_non_null(strstr(text.text, "obs_file=\r\n"));
    text_buffer_delete(&text);
    settings_delete(&s);

    /* Longer than a path can be: none, rather than a cut path. */
    memset(path, 'a', sizeof(path));
    memcpy(path, "[view]\nobs_file=", 16);
    path[sizeof(path) - 1] = '\0';
    read_text(path, &read);
    assert_string_equal(read.stream_file, "");
}

static void high_contrast_always_wins(void **state)
{
    (void)state;
    assert_int_equal(preferences_palette(THEME_SYSTEM, false, false), PALETTE_LIGHT);
    assert_int_equal(preferences_palette(THEME_SYSTEM, true, false), PALETTE_DARK);
    assert_int_equal(preferences_palette(THEME_LIGHT, true, false), PALETTE_LIGHT);
    assert_int_equal(preferences_palette(THEME_DARK, false, false), PALETTE_DARK);
    assert_int_equal(preferences_palette(THEME_DARK, true, true), PALETTE_HIGH_CONTRAST);
    assert_int_equal(preferences_palette(THEME_LIGHT, false, true), PALETTE_HIGH_CONTRAST);
    assert_int_equal(preferences_palette(THEME_SYSTEM, true, true), PALETTE_HIGH_CONTRAST);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_missing_file_gives_the_defaults),
        cmocka_unit_test(values_are_read_as_words),
        cmocka_unit_test(malformed_values_read_as_defaults),
        cmocka_unit_test(every_value_survives_a_round_trip),
        cmocka_unit_test(the_stream_file_is_a_path_or_nothing),
        cmocka_unit_test(high_contrast_always_wins),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
