/*
 * libFuzzer target for the saved state's parser (state_format.c): any bytes (after the first,
 * which says where the snapshot ends and the journal begins) must parse without a crash, a hang, a
 * leak or undefined behaviour, give laps that run forwards with valid statistics and corrections
 * in order inside them, and write a snapshot that reads back the same.
 *
 * Built natively with clang by scripts/fuzz.sh (-fsanitize=fuzzer,address,undefined).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lapwing/state_format.h"

static void check(const saved_state *saved)
{
    size_t i;

    for (i = 1; i < saved->laps.count; i++)
        if (saved->laps.totals[i] < saved->laps.totals[i - 1])
            abort();
    if (saved->laps.count &&
        (saved->laps.best >= saved->laps.count || saved->laps.worst >= saved->laps.count))
        abort();
    for (i = 0; i < saved->laps.note_count; i++)
        if (saved->laps.notes[i].lap >= saved->laps.count ||
            laps_check_note(saved->laps.notes[i].text) != LAPS_NOTE_OK)
            abort();
    /* Corrections: in the laps or the one running, oldest first, never of nothing. */
    if (saved->laps.correction_count > STATE_CORRECTIONS_MAX)
        abort();
    for (i = 0; i < saved->laps.correction_count; i++)
    {
        const lap_correction *correction = &saved->laps.corrections[i];
        if (correction->lap > saved->laps.count || correction->amount == 0 ||
            (i && correction->lap < saved->laps.corrections[i - 1].lap))
            abort();
    }
    /* Stopped means nothing measured. */
    if (saved->state == STOPWATCH_STOPPED &&
        (saved->banked || saved->laps.count || saved->laps.correction_count))
        abort();
}

/* Field by field: a correction's struct may have padding (32-bit size_t). */
static int same_corrections(const laps *a, const laps *b)
{
    size_t i;

    for (i = 0; i < a->correction_count; i++)
        if (a->corrections[i].lap != b->corrections[i].lap ||
            a->corrections[i].amount != b->corrections[i].amount)
            return 0;
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* The first byte says where the snapshot ends and the journal begins. */
    size_t split = size ? 1 + data[0] * (size - 1) / 256 : 0;
    saved_state saved, again;
    state_report report;
    text_buffer written;

    state_parse((const char *)data + (size ? 1 : 0), split - (size ? 1 : 0),
                (const char *)data + split, size - split, &saved, &report);
    check(&saved);

    /* What was read writes out and reads back the same. */
    text_buffer_initialize(&written);
    state_write_snapshot(&written, &saved);
    if (!written.failed)
    {
        state_parse(written.text, written.length, NULL, 0, &again, &report);
        check(&again);
        if (report.bad_lines || again.laps.count != saved.laps.count ||
            again.laps.note_count != saved.laps.note_count ||
            again.banked != saved.banked || again.started_wall != saved.started_wall ||
            again.laps.correction_count != saved.laps.correction_count ||
            !same_corrections(&again.laps, &saved.laps) ||
            (again.laps.count &&
             memcmp(again.laps.totals, saved.laps.totals, saved.laps.count * 8) != 0))
            abort();
        saved_state_delete(&again);
    }
    text_buffer_delete(&written);
    saved_state_delete(&saved);
    return 0;
}
