/*
 * Several named stopwatches: the collection (add, rename, select, move, remove and put back,
 * found by number or name), all started and paused at one counter reading, the strip's text,
 * and the list file written and read back, damage skipped.
 */
#include "lapwing/stopwatch_set.h"

#include <stdio.h>
#include <string.h>

#include "test_core.h"

#define FREQUENCY UINT64_C(1000)

static const char *name_at(const stopwatch_set *set, size_t place)
{
    return stopwatch_set_at(set, place)->name;
}

static void a_collection_of_stopwatches(void **unused)
{
    stopwatch_set set;
    size_t place = 99;
    (void)unused;

    assert_true(stopwatch_set_initialize(&set, FREQUENCY));
    assert_int_equal(set.count, 1);
    assert_int_equal(stopwatch_set_selected(&set)->id, 1);
    assert_string_equal(stopwatch_set_selected(&set)->name, "");

    assert_int_equal(stopwatch_set_add(&set, "Anna", 0, &place), STOPWATCH_SET_OK);
    assert_int_equal(place, 1);
    assert_int_equal(stopwatch_set_at(&set, 1)->id, 2);
    assert_int_equal(stopwatch_set_add(&set, "Bülent Öztürk", 0, NULL), STOPWATCH_SET_OK);
    assert_int_equal(stopwatch_set_at(&set, 2)->id, 3);
    /* Added, not selected. */
    assert_int_equal(set.selected, 0);

    /* Names: unique without regard to case, never all digits, at most 64 characters. */
    assert_int_equal(stopwatch_set_add(&set, "anna", 0, NULL), STOPWATCH_SET_NAME_TAKEN);
    assert_int_equal(stopwatch_set_add(&set, "42", 0, NULL), STOPWATCH_SET_BAD_NAME);
    assert_int_equal(stopwatch_set_add(&set, "a\tb", 0, NULL), STOPWATCH_SET_BAD_NAME);
    assert_int_equal(stopwatch_set_add(&set, "\xC3", 0, NULL), STOPWATCH_SET_BAD_NAME);
    assert_int_equal(stopwatch_set_add(&set, " padded", 0, NULL), STOPWATCH_SET_BAD_NAME);
    {
        char name[4 * 65 + 1] = "";
        size_t i;
        for (i = 0; i < 64; i++)
            strcat(name, "\xC3\xA4"); /* ä: 64 characters, 128 bytes */
        assert_int_equal(stopwatch_set_check_name(name), STOPWATCH_SET_OK);
        strcat(name, "x");
        assert_int_equal(stopwatch_set_check_name(name), STOPWATCH_SET_BAD_NAME);
    }
    assert_int_equal(set.count, 3);

    /* Renamed; its own name again in another case is fine, another's is not. */
    assert_int_equal(stopwatch_set_rename(&set, 1, "ANNA"), STOPWATCH_SET_OK);
    assert_string_equal(name_at(&set, 1), "ANNA");
    assert_int_equal(stopwatch_set_rename(&set, 2, "anna"), STOPWATCH_SET_NAME_TAKEN);
    assert_int_equal(stopwatch_set_rename(&set, 7, "x"), STOPWATCH_SET_NOTHING);

    /* Found by place from 1 or by name. */
    assert_int_equal(stopwatch_set_find(&set, "2"), 1);
    assert_int_equal(stopwatch_set_find(&set, "anna"), 1);
    assert_int_equal(stopwatch_set_find(&set, "BÜLENT ÖZTÜRK"), set.count); /* ASCII case only */
    assert_int_equal(stopwatch_set_find(&set, "Bülent Öztürk"), 2);
    assert_int_equal(stopwatch_set_find(&set, "0"), set.count);
    assert_int_equal(stopwatch_set_find(&set, "4"), set.count);
    assert_int_equal(stopwatch_set_find(&set, "99999999999999999999"), set.count);
    assert_int_equal(stopwatch_set_find(&set, "nobody"), set.count);
    assert_int_equal(stopwatch_set_find(&set, ""), set.count);

    /* Moved: the selection follows the stopwatch it was on. */
    assert_true(stopwatch_set_select(&set, 2));
    assert_true(stopwatch_set_move(&set, 2, 0));
    assert_string_equal(name_at(&set, 0), "Bülent Öztürk");
    assert_string_equal(name_at(&set, 1), "");
    assert_int_equal(set.selected, 0);
    assert_true(stopwatch_set_move(&set, 0, 2));
    assert_int_equal(set.selected, 2);
    assert_false(stopwatch_set_move(&set, 0, 3));
    assert_false(stopwatch_set_select(&set, 3));

    stopwatch_set_delete(&set);
}

static void removed_and_put_back(void **unused)
{
    stopwatch_set set;
    named_stopwatch *anna;
    (void)unused;

    assert_true(stopwatch_set_initialize(&set, FREQUENCY));
    assert_int_equal(stopwatch_set_remove(&set, 0), STOPWATCH_SET_LAST_ONE);
    assert_int_equal(stopwatch_set_put_back(&set), STOPWATCH_SET_NOTHING);
    assert_int_equal(stopwatch_set_add(&set, "Anna", 0, NULL), STOPWATCH_SET_OK);
    assert_int_equal(stopwatch_set_add(&set, "Ben", 0, NULL), STOPWATCH_SET_OK);
    anna = stopwatch_set_at(&set, 1);
    assert_int_equal(stopwatch_start(&anna->watch, 100), STOPWATCH_OK);
    assert_int_equal(stopwatch_lap(&anna->watch, 250), STOPWATCH_OK);

    /* The selected one removed: the one after it is selected. */
    assert_true(stopwatch_set_select(&set, 1));
    assert_int_equal(stopwatch_set_remove(&set, 1), STOPWATCH_SET_OK);
    assert_int_equal(set.count, 2);
    assert_string_equal(stopwatch_set_selected(&set)->name, "Ben");
    assert_true(stopwatch_set_can_put_back(&set));
    /* Its name is free meanwhile, its id is not. */
    assert_int_equal(stopwatch_set_find(&set, "Anna"), set.count);
    assert_int_equal(stopwatch_set_add(&set, "", 2, NULL), STOPWATCH_SET_NOTHING);

    /* Back where it was, selected, with its lap and still running, the same object. */
    assert_int_equal(stopwatch_set_put_back(&set), STOPWATCH_SET_OK);
    assert_ptr_equal(stopwatch_set_at(&set, 1), anna);
    assert_int_equal(set.selected, 1);
    assert_int_equal(stopwatch_lap_count(&anna->watch), 1);
    assert_int_equal(stopwatch_get_state(&anna->watch), STOPWATCH_RUNNING);
    assert_false(stopwatch_set_can_put_back(&set));

    /* The last one removed: the one before it is selected. A second removal frees the first. */
    assert_true(stopwatch_set_select(&set, 2));
    assert_int_equal(stopwatch_set_remove(&set, 2), STOPWATCH_SET_OK);
    assert_int_equal(set.selected, 1);
    assert_int_equal(stopwatch_set_remove(&set, 0), STOPWATCH_SET_OK);
    assert_int_equal(set.count, 1);
    assert_string_equal(stopwatch_set_selected(&set)->name, "Anna");
    /* A name taken meanwhile: put back without its name. */
    assert_int_equal(stopwatch_set_rename(&set, 0, "Kim"), STOPWATCH_SET_OK);
    assert_int_equal(stopwatch_set_add(&set, "", 0, NULL), STOPWATCH_SET_OK);
    assert_int_equal(stopwatch_set_at(&set, 1)->id, 4); /* never a removed one's id */
    assert_int_equal(stopwatch_set_put_back(&set), STOPWATCH_SET_OK);
    assert_int_equal(stopwatch_set_selected(&set)->id, 1);
    assert_int_equal(set.selected, 0);
    stopwatch_set_delete(&set);
}

static void all_start_at_one_tick(void **unused)
{
    stopwatch_set set;
    size_t i;
    (void)unused;

    assert_true(stopwatch_set_initialize(&set, FREQUENCY));
    for (i = 0; i < 99; i++)
        assert_int_equal(stopwatch_set_add(&set, "", 0, NULL), STOPWATCH_SET_OK);
    /* One already running keeps its start; one paused resumes with its time. */
    assert_int_equal(stopwatch_start(&stopwatch_set_at(&set, 3)->watch, 10), STOPWATCH_OK);
    assert_int_equal(stopwatch_start(&stopwatch_set_at(&set, 5)->watch, 10), STOPWATCH_OK);
    assert_int_equal(stopwatch_pause(&stopwatch_set_at(&set, 5)->watch, 30), STOPWATCH_OK);

    assert_int_equal(stopwatch_set_start_all(&set, 1000), 99);
    assert_int_equal(stopwatch_set_running_count(&set), 100);
    for (i = 0; i < set.count; i++)
    {
        const stopwatch *watch = &stopwatch_set_at(&set, i)->watch;
        uint64_t expected = i == 3 ? 2990 : i == 5 ? 2020 : 2000;
        assert_int_equal(stopwatch_elapsed(watch, 3000), expected);
    }
    assert_int_equal(stopwatch_set_start_all(&set, 1100), 0);

    assert_int_equal(stopwatch_set_pause_all(&set, 4000), 100);
    assert_int_equal(stopwatch_set_running_count(&set), 0);
    for (i = 0; i < set.count; i++)
        if (i != 3 && i != 5)
            assert_int_equal(stopwatch_elapsed(&stopwatch_set_at(&set, i)->watch, 9000), 3000);
    assert_int_equal(stopwatch_set_pause_all(&set, 4100), 0);
    stopwatch_set_delete(&set);
}

static void the_strip_says_name_time_and_state(void **unused)
{
    char text[128];
    (void)unused;

    assert_int_equal(stopwatch_strip_text(text, sizeof(text), "Anna", 62999, FREQUENCY,
                                          "running"),
                     strlen("Anna  01:02  running"));
    assert_string_equal(text, "Anna  01:02  running");
    stopwatch_strip_text(text, sizeof(text), "Anna", 3600000 + 62999, FREQUENCY, "paused");
    assert_string_equal(text, "Anna  01:01:02  paused");
    stopwatch_strip_text(text, sizeof(text), "Stopwatch 2", 0, FREQUENCY, "stopped");
    assert_string_equal(text, "Stopwatch 2  00:00  stopped");
    assert_int_equal(stopwatch_strip_text(text, 6, "Anna", 0, FREQUENCY, "x"), 5);
    assert_string_equal(text, "Anna ");
}

static void the_list_round_trips(void **unused)
{
    stopwatch_set set, read;
    stopwatch_list_report report;
    text_buffer buffer;
    (void)unused;

    assert_true(stopwatch_set_initialize(&set, FREQUENCY));
    assert_int_equal(stopwatch_set_add(&set, "Anna", 0, NULL), STOPWATCH_SET_OK);
    assert_int_equal(stopwatch_set_add(&set, "Bülent", 0, NULL), STOPWATCH_SET_OK);
    assert_int_equal(stopwatch_set_add(&set, "", 0, NULL), STOPWATCH_SET_OK);
    assert_int_equal(stopwatch_set_remove(&set, 0), STOPWATCH_SET_OK);
    assert_true(stopwatch_set_move(&set, 2, 0));
    assert_true(stopwatch_set_select(&set, 2));
    text_buffer_initialize(&buffer);
    stopwatch_list_write(&buffer, &set);
    assert_false(buffer.failed);
    assert_string_equal(buffer.text, "lapwing-stopwatches 1\n"
                                     "next 5\n"
                                     "stopwatch 4\n"
                                     "stopwatch 2 Anna\n"
                                     "stopwatch 3 Bülent\n"
                                     "selected 3\n");

    assert_true(stopwatch_set_initialize(&read, FREQUENCY));
    assert_true(stopwatch_list_parse(buffer.text, buffer.length, &read, &report));
    assert_int_equal(report.bad_lines, 0);
    assert_int_equal(read.count, 3);
    assert_int_equal(stopwatch_set_at(&read, 0)->id, 4);
    assert_string_equal(name_at(&read, 1), "Anna");
    assert_string_equal(name_at(&read, 2), "Bülent");
    assert_int_equal(read.selected, 2);
    assert_int_equal(read.next_id, 5);
    stopwatch_set_delete(&read);
    text_buffer_delete(&buffer);
    stopwatch_set_delete(&set);
}

static void a_damaged_list(void **unused)
{
    static const char text[] = "lapwing-stopwatches 1\r\n"
                               "next 2\n"
                               "stopwatch 7 Anna\n"
                               "stopwatch 7 Again\n"      /* the id again */
                               "stopwatch 8 anna\n"       /* the name again */
                               "stopwatch 0 Zero\n"
                               "stopwatch 9 12\n"         /* all digits */
                               "stopwatch x\n"
                               "garbage \xFF\xFE\n"
                               "stopwatch 5\n"
                               "selected 99\n";
    stopwatch_set set;
    stopwatch_list_report report;
    (void)unused;

    assert_true(stopwatch_set_initialize(&set, FREQUENCY));
    assert_true(stopwatch_list_parse(text, sizeof(text) - 1, &set, &report));
    assert_int_equal(report.bad_lines, 6);
    assert_int_equal(set.count, 2);
    assert_int_equal(stopwatch_set_at(&set, 0)->id, 7);
    assert_int_equal(stopwatch_set_at(&set, 1)->id, 5);
    assert_int_equal(set.selected, 0);   /* 99 is not there */
    assert_int_equal(set.next_id, 8);    /* past every id, whatever "next" said */
    stopwatch_set_delete(&set);

    /* Not a list, or an empty one: the one stopwatch stays. */
    assert_true(stopwatch_set_initialize(&set, FREQUENCY));
    assert_false(stopwatch_list_parse("lapwing-stopwatches 2\nstopwatch 4\n", 34, &set, &report));
    assert_true(report.no_header);
    assert_false(stopwatch_list_parse("", 0, &set, &report));
    assert_true(stopwatch_list_parse("lapwing-stopwatches 1\n", 22, &set, &report));
    assert_int_equal(set.count, 1);
    assert_int_equal(stopwatch_set_selected(&set)->id, 1);
    stopwatch_set_delete(&set);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_collection_of_stopwatches),
        cmocka_unit_test(removed_and_put_back),
        cmocka_unit_test(all_start_at_one_tick),
        cmocka_unit_test(the_strip_says_name_time_and_state),
        cmocka_unit_test(the_list_round_trips),
        cmocka_unit_test(a_damaged_list),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
