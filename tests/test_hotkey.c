/*
 * Global hotkeys: parsing and formatting ("Ctrl+Alt+F9"), which combinations are allowed, the
 * settings round trip, and the guard against a second press within N ms.
 */
#include <string.h>

#include "lapwing/command_ids.h"
#include "lapwing/hotkey.h"

#include "test_core.h"

static void parses_and_formats_combinations(void **state)
{
    static const struct
    {
        const char *text, *formatted;
        unsigned modifiers, key;
    } cases[] = {
        { "Ctrl+Alt+F9", "Ctrl+Alt+F9", HOTKEY_CTRL | HOTKEY_ALT, 0x78 },
        { "alt + ctrl + l", "Ctrl+Alt+L", HOTKEY_CTRL | HOTKEY_ALT, 'L' },
        { "F1", "F1", 0, 0x70 },
        { "F24", "F24", 0, 0x87 },
        { "Win+Shift+5", "Shift+Win+5", HOTKEY_WIN | HOTKEY_SHIFT, '5' },
        { "Control+Space", "Ctrl+Space", HOTKEY_CTRL, 0x20 },
        { "Ctrl+Num7", "Ctrl+Num7", HOTKEY_CTRL, 0x67 },
        { "Ctrl+Alt+PageUp", "Ctrl+Alt+PageUp", HOTKEY_CTRL | HOTKEY_ALT, 0x21 },
    };
    size_t i;
    (void)state;
    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
    {
        hotkey key = { 99, 99 };
        char text[HOTKEY_TEXT_MAX];
        assert_true(hotkey_parse(cases[i].text, &key));
        assert_int_equal(key.modifiers, cases[i].modifiers);
        assert_int_equal(key.key, cases[i].key);
        assert_int_equal(hotkey_format(&key, text, sizeof(text)), strlen(cases[i].formatted));
        assert_string_equal(text, cases[i].formatted);
    }
}

static void rejects_what_is_not_a_combination(void **state)
{
    static const char *const bad[] = { "Ctrl+", "Ctrl+Alt", "Ctrl++L", "Ctrl+Ctrl+L", "Ctrl+LL",
                                       "Ctrl+F25", "Ctrl+F0", "Hyper+L", "L+Ctrl", "Ctrl+L+M",
                                       "Ctrl+é" };
    size_t i;
    (void)state;
    for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
    {
        hotkey key = { 7, 7 };
        if (hotkey_parse(bad[i], &key))
            fail_msg("\"%s\" was accepted", bad[i]);
        assert_int_equal(key.modifiers, 7); /* untouched */
        assert_int_equal(key.key, 7);
    }
    {
        hotkey none = { 7, 7 };
        assert_true(hotkey_parse("  ", &none)); /* empty: no hotkey */
        assert_int_equal(none.key, 0);
    }
}

static void a_hotkey_needs_a_modifier_or_a_function_key(void **state)
{
    hotkey key;
    (void)state;
    assert_true(hotkey_parse("L", &key));
    assert_false(hotkey_is_allowed(&key)); /* a plain letter would be taken from everyone */
    assert_true(hotkey_parse("Shift+L", &key));
    assert_false(hotkey_is_allowed(&key)); /* Shift+L types a capital L */
    assert_true(hotkey_parse("Space", &key));
    assert_false(hotkey_is_allowed(&key));
    assert_true(hotkey_parse("Ctrl+L", &key));
    assert_true(hotkey_is_allowed(&key));
    assert_true(hotkey_parse("Win+L", &key));
    assert_true(hotkey_is_allowed(&key));
    assert_true(hotkey_parse("F9", &key));
    assert_true(hotkey_is_allowed(&key));
    assert_true(hotkey_parse("Shift+F9", &key));
    assert_true(hotkey_is_allowed(&key));
    key.key = 0;
    assert_false(hotkey_is_allowed(&key));
}

static void settings_round_trip_and_defaults(void **state)
{
    hotkey_settings written, read;
    settings s;
    text_buffer text;
    (void)state;
    settings_initialize(&s);
    hotkey_settings_read(&s, &read);
    /* Off by default. */
    assert_int_equal(read.keys[HOTKEY_LAP].key, 0);
    assert_int_equal(read.lockout_ms, 0);

    memset(&written, 0, sizeof(written));
    assert_true(hotkey_parse("Ctrl+Alt+L", &written.keys[HOTKEY_LAP]));
    assert_true(hotkey_parse("F9", &written.keys[HOTKEY_START_STOP]));
    assert_true(hotkey_parse("Ctrl+Shift+Home", &written.keys[HOTKEY_SHOW_HIDE]));
    written.lockout_ms = 250;
    hotkey_settings_write(&s, &written);
    text_buffer_initialize(&text);
    settings_write(&s, &text);
    assert_non_null(strstr(text.text, "lap=Ctrl+Alt+L\r\n"));
    settings_delete(&s);

    settings_initialize(&s);
    settings_parse(&s, text.text, text.length);
    text_buffer_delete(&text);
    hotkey_settings_read(&s, &read);
    settings_delete(&s);
    assert_true(hotkey_equal(&read.keys[HOTKEY_LAP], &written.keys[HOTKEY_LAP]));
    assert_true(hotkey_equal(&read.keys[HOTKEY_START_STOP], &written.keys[HOTKEY_START_STOP]));
    assert_true(hotkey_equal(&read.keys[HOTKEY_SHOW_HIDE], &written.keys[HOTKEY_SHOW_HIDE]));
    assert_int_equal(read.keys[HOTKEY_RESET].key, 0);
    assert_int_equal(read.lockout_ms, 250);

    /* A plain letter, nonsense, or a lockout out of range read as off. */
    settings_initialize(&s);
    {
        static const char text_in[] = "[hotkeys]\nlap=L\nreset=Ctrl+Nope\nlockout_ms=99999\n";
        settings_parse(&s, text_in, strlen(text_in));
    }
    hotkey_settings_read(&s, &read);
    settings_delete(&s);
    assert_int_equal(read.keys[HOTKEY_LAP].key, 0);
    assert_int_equal(read.keys[HOTKEY_RESET].key, 0);
    assert_int_equal(read.lockout_ms, 0);
}

static void each_slot_is_a_command(void **state)
{
    (void)state;
    assert_int_equal(hotkey_slot_command(HOTKEY_START_STOP), IDM_START_STOP);
    assert_int_equal(hotkey_slot_command(HOTKEY_LAP), IDM_LAP);
    assert_int_equal(hotkey_slot_command(HOTKEY_RESET), IDM_RESET);
    assert_int_equal(hotkey_slot_command(HOTKEY_SHOW_HIDE), IDM_SHOW_HIDE);
}

static void the_guard_ignores_a_second_press_within_the_lockout(void **state)
{
    hotkey_guard guard;
    (void)state;
    memset(&guard, 0, sizeof(guard));
    /* No lockout: every press counts, even at the same millisecond. */
    assert_true(hotkey_guard_accept(&guard, HOTKEY_LAP, 1000, 0));
    assert_true(hotkey_guard_accept(&guard, HOTKEY_LAP, 1000, 0));
    /* 300 ms lockout: 1000 counts, 1200 not, 1299 not, 1300 does (from the last that counted). */
    memset(&guard, 0, sizeof(guard));
    assert_true(hotkey_guard_accept(&guard, HOTKEY_LAP, 1000, 300));
    assert_false(hotkey_guard_accept(&guard, HOTKEY_LAP, 1200, 300));
    assert_false(hotkey_guard_accept(&guard, HOTKEY_LAP, 1299, 300));
    assert_true(hotkey_guard_accept(&guard, HOTKEY_LAP, 1300, 300));
    /* Slots are apart: Start/Stop right after a lap counts. */
    assert_true(hotkey_guard_accept(&guard, HOTKEY_START_STOP, 1301, 300));
    /* The first press ever counts at any time, 0 included. */
    memset(&guard, 0, sizeof(guard));
    assert_true(hotkey_guard_accept(&guard, HOTKEY_RESET, 0, 300));
    assert_false(hotkey_guard_accept(&guard, HOTKEY_RESET, 1, 300));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(parses_and_formats_combinations),
        cmocka_unit_test(rejects_what_is_not_a_combination),
        cmocka_unit_test(a_hotkey_needs_a_modifier_or_a_function_key),
        cmocka_unit_test(settings_round_trip_and_defaults),
        cmocka_unit_test(each_slot_is_a_command),
        cmocka_unit_test(the_guard_ignores_a_second_press_within_the_lockout),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
