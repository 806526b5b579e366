/*
 * Lap texts: every column of the list, the signed delta, the best and worst marks, and the
 * tab-separated and CSV rows (header, BOM, quoting, line ends, 3-decimal seconds).
 */
#include <string.h>

#include "lapwing/lap_text.h"

#include "test_core.h"

static void delta(int64_t ticks, uint64_t frequency, const char *expected)
{
    char text[64];
    size_t length = lap_text_delta(text, sizeof(text), ticks, frequency, "-");
    assert_string_equal(text, expected);
    assert_int_equal(length, strlen(expected));
}

static void deltas_are_signed_and_grow_with_their_size(void **state)
{
    (void)state;
    delta(420, 1000u, "+0.42");
    delta(-1070, 1000u, "-1.07");
    delta(0, 1000u, "0.00");
    delta(9, 1000u, "0.00");        /* less than a hundredth: no sign on zero */
    delta(-9, 1000u, "0.00");
    delta(62500, 1000u, "+1:02.50");
    delta(-3600000, 1000u, "-1:00:00.00");
    delta(4200000, 10000000u, "+0.42");
    delta(INT64_MIN, 1000u, "-2562047788015:12:55.80"); /* the most negative: no overflow */
}

static void the_list_shows_the_typographic_minus(void **state)
{
    static const uint64_t times[] = { 2000, 930 };
    laps laps;
    char text[LAP_TEXT_CELL_MAX];
    (void)state;
    laps_of(&laps, times, 2);
    lap_text_cell(text, sizeof(text), &laps, 1, LAP_COLUMN_DELTA, 1000u);
    assert_string_equal(text, LAP_TEXT_MINUS "1.07");
    laps_delete(&laps);
}

static void every_column_of_a_row(void **state)
{
    static const uint64_t times[] = { 65420, 4580 };
    laps laps;
    char text[LAP_TEXT_CELL_MAX];
    (void)state;
    laps_of(&laps, times, 2);
    assert_int_equal(laps_set_note(&laps, 1, "Kehre"), LAPS_NOTE_OK);
    lap_text_cell(text, sizeof(text), &laps, 1, LAP_COLUMN_NUMBER, 1000u);
    assert_string_equal(text, "2");
    lap_text_cell(text, sizeof(text), &laps, 1, LAP_COLUMN_LAP, 1000u);
    assert_string_equal(text, "00:00:04.58");
    lap_text_cell(text, sizeof(text), &laps, 1, LAP_COLUMN_TOTAL, 1000u);
    assert_string_equal(text, "00:01:10.00");
    lap_text_cell(text, sizeof(text), &laps, 1, LAP_COLUMN_DELTA, 1000u);
    assert_string_equal(text, LAP_TEXT_MINUS "1:00.84");
    lap_text_cell(text, sizeof(text), &laps, 1, LAP_COLUMN_NOTE, 1000u);
    assert_string_equal(text, "Kehre");
    /* Lap 1: no delta, no note; out of range: nothing. */
    lap_text_cell(text, sizeof(text), &laps, 0, LAP_COLUMN_DELTA, 1000u);
    assert_string_equal(text, "");
    lap_text_cell(text, sizeof(text), &laps, 0, LAP_COLUMN_NOTE, 1000u);
    assert_string_equal(text, "");
    lap_text_cell(text, sizeof(text), &laps, 2, LAP_COLUMN_LAP, 1000u);
    assert_string_equal(text, "");
    laps_delete(&laps);
}

static void best_and_worst_are_marked_only_when_they_differ(void **state)
{
    static const uint64_t times[] = { 500, 300, 900, 300 };
    static const uint64_t equal[] = { 500, 500, 500 };
    laps laps;
    (void)state;
    laps_of(&laps, times, 1);
    assert_int_equal(lap_text_mark(&laps, 0), LAP_MARK_NONE); /* one lap: nothing to compare */
    laps_delete(&laps);

    laps_of(&laps, times, 4);
    assert_int_equal(lap_text_mark(&laps, 0), LAP_MARK_NONE);
    assert_int_equal(lap_text_mark(&laps, 1), LAP_MARK_BEST);
    assert_int_equal(lap_text_mark(&laps, 2), LAP_MARK_WORST);
    assert_int_equal(lap_text_mark(&laps, 3), LAP_MARK_NONE); /* ties: the earliest */
    laps_delete(&laps);

    laps_of(&laps, equal, 3);
    assert_int_equal(lap_text_mark(&laps, 0), LAP_MARK_NONE);
    laps_delete(&laps);
}

static void durations_read_short(void **state)
{
    char text[32];
    (void)state;
    lap_text_duration(text, sizeof(text), 620, 1000u);
    assert_string_equal(text, "0.62");
    lap_text_duration(text, sizeof(text), 62500, 1000u);
    assert_string_equal(text, "1:02.50");
    lap_text_duration(text, sizeof(text), 3600000, 1000u);
    assert_string_equal(text, "1:00:00.00");
    lap_text_duration(text, sizeof(text), 0, 1000u);
    assert_string_equal(text, "0.00");
}

static void seconds_have_three_decimals_truncated(void **state)
{
    char text[32];
    (void)state;
    lap_text_seconds(text, sizeof(text), 65420, 1000u);
    assert_string_equal(text, "65.420");
    lap_text_seconds(text, sizeof(text), 9999999, 10000000u); /* 0.9999999 s */
    assert_string_equal(text, "0.999");
    lap_text_seconds(text, sizeof(text), 0, 1000u);
    assert_string_equal(text, "0.000");
}

static void tab_separated_rows(void **state)
{
    static const uint64_t times[] = { 65420, 4580 };
    laps laps;
    text_buffer buffer;
    (void)state;
    laps_of(&laps, times, 2);
    assert_int_equal(laps_set_note(&laps, 1, "Kehre, schnell"), LAPS_NOTE_OK);
    text_buffer_initialize(&buffer);
    lap_text_append_tsv_row(&buffer, &laps, 0, 1000u);
    lap_text_append_tsv_row(&buffer, &laps, 1, 1000u);
    assert_false(buffer.failed);
    assert_string_equal(buffer.text, "1\t00:01:05.42\t00:01:05.42\t\t\t\r\n"
                                     "2\t00:00:04.58\t00:01:10.00\t-1:00.84\tKehre, schnell\t"
                                     "\r\n");
    assert_int_equal(buffer.length, strlen(buffer.text));
    text_buffer_delete(&buffer);
    laps_delete(&laps);
}

static void csv_file_rows(void **state)
{
    static const uint64_t times[] = { 65420, 4580, 5000 };
    laps laps;
    text_buffer buffer;
    (void)state;
    laps_of(&laps, times, 3);
    assert_int_equal(laps_set_note(&laps, 1, "Kehre, \"schnell\""), LAPS_NOTE_OK);
    assert_int_equal(laps_set_note(&laps, 2, "\xC3\xBC" "ber"), LAPS_NOTE_OK);
    text_buffer_initialize(&buffer);
    lap_text_append_csv_header(&buffer);
    lap_text_append_csv_row(&buffer, &laps, 0, 1000u);
    lap_text_append_csv_row(&buffer, &laps, 1, 1000u);
    lap_text_append_csv_row(&buffer, &laps, 2, 1000u);
    assert_string_equal(buffer.text,
                        "\xEF\xBB\xBF"
                        "lap,lap_time,total_time,delta,lap_seconds,total_seconds,note,"
                        "correction\r\n"
                        "1,00:01:05.42,00:01:05.42,,65.420,65.420,,\r\n"
                        "2,00:00:04.58,00:01:10.00,-1:00.84,4.580,70.000,"
                        "\"Kehre, \"\"schnell\"\"\",\r\n"
                        "3,00:00:05.00,00:01:15.00,+0.42,5.000,75.000,\xC3\xBC" "ber,\r\n");
    text_buffer_delete(&buffer);
    laps_delete(&laps);
}

/* Laps of 65.42 s, 4.58 s (with +60 s and -5.5 s set while it ran) and 5 s, and 1 s taken away
 * in the lap running now. */
static void corrected_laps(laps *laps)
{
    static const uint64_t times[] = { 65420, 4580, 5000 };
    size_t i;
    uint64_t total = 0;

    laps_initialize(laps);
    for (i = 0; i < 3; i++)
    {
        if (i == 1)
        {
            assert_true(laps_add_correction(laps, 60000));
            assert_true(laps_add_correction(laps, -5500));
        }
        total += times[i];
        assert_true(laps_append(laps, total));
    }
    assert_true(laps_add_correction(laps, -1000));
}

static void a_corrected_lap_is_marked_with_its_amount(void **state)
{
    laps laps;
    char text[LAP_TEXT_CELL_MAX];
    (void)state;
    corrected_laps(&laps);
    assert_int_equal(lap_text_correction(text, sizeof(text), &laps, 0, 1000u, "corrected"), 0);
    assert_string_equal(text, "");
    lap_text_correction(text, sizeof(text), &laps, 1, 1000u, "corrected");
    assert_string_equal(text, "corrected +54.50");
    lap_text_correction(text, sizeof(text), &laps, 3, 1000u, "korrigiert");
    assert_string_equal(text, "korrigiert " LAP_TEXT_MINUS "1.00");
    assert_int_equal(lap_text_correction(text, sizeof(text), &laps, 3, 1000u, NULL),
                     strlen(LAP_TEXT_MINUS "1.00"));
    assert_string_equal(text, LAP_TEXT_MINUS "1.00");
    lap_text_correction(text, sizeof(text), &laps, 1, 1000u, "");
    assert_string_equal(text, "+54.50");
    /* Past a minute, it reads as the delta does; corrections that add up to nothing show. */
    assert_true(laps_add_correction(&laps, 61000));
    lap_text_correction(text, sizeof(text), &laps, 3, 1000u, NULL);
    assert_string_equal(text, "+1:00.00");
    assert_true(laps_add_correction(&laps, -60000));
    lap_text_correction(text, sizeof(text), &laps, 3, 1000u, NULL);
    assert_string_equal(text, "0.00");
    /* Cut to fit, like snprintf. */
    assert_int_equal(lap_text_correction(text, 5, &laps, 1, 1000u, "corrected"), 16);
    assert_string_equal(text, "corr");
    laps_delete(&laps);
}

static void signed_seconds_for_spreadsheets(void **state)
{
    char text[32];
    (void)state;
    lap_text_signed_seconds(text, sizeof(text), -5500, 1000u);
    assert_string_equal(text, "-5.500");
    lap_text_signed_seconds(text, sizeof(text), 60000, 1000u);
    assert_string_equal(text, "60.000");
    lap_text_signed_seconds(text, sizeof(text), -9999999, 10000000u); /* towards zero */
    assert_string_equal(text, "-0.999");
    lap_text_signed_seconds(text, sizeof(text), -9999, 10000000u);   /* no "-0.000" */
    assert_string_equal(text, "0.000");
    lap_text_signed_seconds(text, sizeof(text), INT64_MIN, 1000u);
    assert_string_equal(text, "-9223372036854775.808");
}

static void rows_carry_the_correction_last(void **state)
{
    laps laps;
    text_buffer buffer;
    (void)state;
    corrected_laps(&laps);
    text_buffer_initialize(&buffer);
    lap_text_append_tsv_row(&buffer, &laps, 0, 1000u);
    lap_text_append_tsv_row(&buffer, &laps, 1, 1000u);
    lap_text_append_csv_row(&buffer, &laps, 1, 1000u);
    lap_text_append_csv_row(&buffer, &laps, 2, 1000u);
    assert_string_equal(buffer.text, "1\t00:01:05.42\t00:01:05.42\t\t\t\r\n"
                                     "2\t00:00:04.58\t00:01:10.00\t-1:00.84\t\t54.500\r\n"
                                     "2,00:00:04.58,00:01:10.00,-1:00.84,4.580,70.000,,54.500\r\n"
                                     "3,00:00:05.00,00:01:15.00,+0.42,5.000,75.000,,\r\n");
    text_buffer_delete(&buffer);
    laps_delete(&laps);
}

static void a_text_buffer_grows_and_clears(void **state)
{
    text_buffer buffer;
    int i;
    (void)state;
    text_buffer_initialize(&buffer);
    for (i = 0; i < 10000; i++)
        text_buffer_append(&buffer, "0123456789", 10);
    assert_false(buffer.failed);
    assert_int_equal(buffer.length, 100000);
    assert_int_equal(strlen(buffer.text), 100000);
    text_buffer_clear(&buffer);
    assert_int_equal(buffer.length, 0);
    assert_string_equal(buffer.text, "");
    text_buffer_delete(&buffer);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(deltas_are_signed_and_grow_with_their_size),
        cmocka_unit_test(the_list_shows_the_typographic_minus),
        cmocka_unit_test(every_column_of_a_row),
        cmocka_unit_test(best_and_worst_are_marked_only_when_they_differ),
        cmocka_unit_test(durations_read_short),
        cmocka_unit_test(seconds_have_three_decimals_truncated),
        cmocka_unit_test(tab_separated_rows),
        cmocka_unit_test(csv_file_rows),
        cmocka_unit_test(a_corrected_lap_is_marked_with_its_amount),
        cmocka_unit_test(signed_seconds_for_spreadsheets),
        cmocka_unit_test(rows_carry_the_correction_last),
        cmocka_unit_test(a_text_buffer_grows_and_clears),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
