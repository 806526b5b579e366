/*
 * libFuzzer target for the history's parser (history_format.c): any bytes must parse without a
 * crash, a hang, a leak or undefined behaviour, give runs with increasing ids whose laps run
 * forwards inside their totals, with valid notes, names and corrections, and write a history
 * that reads back the same.
 *
 * Built natively with clang by scripts/fuzz.sh (-fsanitize=fuzzer,address,undefined).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lapwing/history.h"

static void check(const history *history)
{
    size_t i, j;

    for (i = 0; i < history->count; i++)
    {
        const history_run *run = &history->runs[i];
        if (run->id == 0 || run->id >= history->next_id ||
            (i && run->id <= history->runs[i - 1].id))
            abort();
        for (j = 0; j < run->laps.count; j++)
            if ((j && run->laps.totals[j] < run->laps.totals[j - 1]) ||
                run->laps.totals[j] > run->total)
                abort();
        for (j = 0; j < run->laps.note_count; j++)
            if (run->laps.notes[j].lap >= run->laps.count ||
                laps_check_note(run->laps.notes[j].text) != LAPS_NOTE_OK)
                abort();
        for (j = 0; j < run->laps.correction_count; j++)
            if (run->laps.corrections[j].lap > run->laps.count ||
                run->laps.corrections[j].amount == 0 ||
                (j && run->laps.corrections[j].lap < run->laps.corrections[j - 1].lap))
                abort();
        if (run->name && (!run->name[0] || laps_check_note(run->name) != LAPS_NOTE_OK))
            abort();
    }
}

static int same(const history *a, const history *b)
{
    size_t i, j;

    if (a->count != b->count)
        return 0;
    for (i = 0; i < a->count; i++)
    {
        const history_run *x = &a->runs[i], *y = &b->runs[i];
        if (x->id != y->id || x->stopwatch != y->stopwatch ||
            x->started_wall != y->started_wall || x->ended_wall != y->ended_wall ||
            x->total != y->total || x->laps.count != y->laps.count ||
            x->laps.note_count != y->laps.note_count ||
            x->laps.correction_count != y->laps.correction_count || !x->name != !y->name ||
            (x->name && strcmp(x->name, y->name) != 0))
            return 0;
        if (x->laps.count && memcmp(x->laps.totals, y->laps.totals, x->laps.count * 8) != 0)
            return 0;
        for (j = 0; j < x->laps.note_count; j++)
            if (x->laps.notes[j].lap != y->laps.notes[j].lap ||
                strcmp(x->laps.notes[j].text, y->laps.notes[j].text) != 0)
                return 0;
        for (j = 0; j < x->laps.correction_count; j++)
            if (x->laps.corrections[j].lap != y->laps.corrections[j].lap ||
                x->laps.corrections[j].amount != y->laps.corrections[j].amount)
                return 0;
    }
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    history read, again;
    history_report report;
    text_buffer written;

    history_parse((const char *)data, size, &read, &report);
    check(&read);

    /* What was read writes out whole (a compaction) and reads back the same. */
    text_buffer_initialize(&written);
    history_write_all(&written, &read);
    if (!written.failed)
    {
        if (!history_parse(written.text, written.length, &again, &report) ||
            report.bad_lines || report.runs_cut || !same(&read, &again))
            abort();
        check(&again);
        history_delete(&again);
    }
    text_buffer_delete(&written);
    history_delete(&read);
    return 0;
}
