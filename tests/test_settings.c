/*
 * Settings: typed reads with defaults for anything bad, and rewrites that keep every comment,
 * unknown key and section a person wrote.
 */
#include <string.h>

#include "lapwing/settings.h"

#include "test_core.h"

static const char portable_file[] =
    "; Lapwing portable mode.\r\n"
    ";\r\n"
    "; The file's presence is what counts.\r\n";

static void values_are_read_typed_and_checked(void **state)
{
    static const char text[] = "\xEF\xBB\xBF[Window]\nx = 120\ny=-40\nwidth=abc\nheight=99999999\n"
                               "maximized= yes \n[other]\nx=7\n";
    settings s;
    (void)state;
    settings_initialize(&s);
    settings_parse(&s, text, strlen(text));
    assert_int_equal(settings_get_integer(&s, "window", "x", 0, -32000, 32000), 120);
    assert_int_equal(settings_get_integer(&s, "WINDOW", "Y", 0, -32000, 32000), -40);
    assert_int_equal(settings_get_integer(&s, "window", "width", 440, 100, 10000), 440);
    assert_int_equal(settings_get_integer(&s, "window", "height", 580, 100, 10000), 580);
    assert_int_equal(settings_get_integer(&s, "window", "missing", 5, 0, 10), 5);
    assert_true(settings_get_boolean(&s, "window", "maximized", false));
    assert_int_equal(settings_get_integer(&s, "other", "x", 0, 0, 100), 7);
    assert_int_equal(settings_get_integer(&s, "nowhere", "x", 3, 0, 100), 3);
    settings_delete(&s);
}

static void rewriting_keeps_what_a_person_wrote(void **state)
{
    settings s;
    text_buffer out;
    (void)state;
    settings_initialize(&s);
    settings_parse(&s, portable_file, strlen(portable_file));
    settings_set_integer(&s, "window", "x", 100);
    settings_set_integer(&s, "window", "y", 50);
    text_buffer_initialize(&out);
    settings_write(&s, &out);
    assert_string_equal(out.text, "; Lapwing portable mode.\r\n;\r\n; The file's presence is what "
                                  "counts.\r\n[window]\r\nx=100\r\ny=50\r\n");
    text_buffer_delete(&out);

    /* A value changed in place; a comment and an unknown key in the section stay. */
    settings_parse(&s, "[window]\r\n; where it was\r\nx=1\r\ntheme=dark\r\n\r\n[keys]\r\na=b\r\n",
                   58);
    settings_set_integer(&s, "window", "x", 2);
    settings_set_integer(&s, "window", "y", 3);
    text_buffer_initialize(&out);
    settings_write(&s, &out);
    assert_string_equal(out.text, "[window]\r\n; where it was\r\nx=2\r\ntheme=dark\r\ny=3\r\n\r\n"
                                  "[keys]\r\na=b\r\n");
    text_buffer_delete(&out);
    settings_delete(&s);
}

static void hostile_text_is_kept_but_never_read(void **state)
{
    char text[3000];
    settings s;
    (void)state;
    memset(text, 'x', sizeof(text));
    memcpy(text, "[window]\nx=", 11);
    text[sizeof(text) - 1] = '\0';
    settings_initialize(&s);
    settings_parse(&s, text, strlen(text));
    assert_int_equal(settings_get_integer(&s, "window", "x", 9, 0, 100), 9);
    settings_parse(&s, "[window]\nx=5\0garbage", 20);
    assert_int_equal(settings_get_integer(&s, "window", "x", 9, 0, 100), 5);
    settings_parse(&s, NULL, 0);
    assert_int_equal(s.count, 0);
    settings_delete(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(values_are_read_typed_and_checked),
        cmocka_unit_test(rewriting_keeps_what_a_person_wrote),
        cmocka_unit_test(hostile_text_is_kept_but_never_read),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
