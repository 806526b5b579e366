/*
 * The list of stopwatches on disk (stopwatches.txt): which stopwatches there are, in what
 * order, named what, and which one is selected. See docs/state-format.md.
 *
 *   lapwing-stopwatches 1
 *   next 4
 *   stopwatch 1
 *   stopwatch 3 Runner B
 *   selected 3
 *
 * Reading trusts nothing: a line that does not parse, an id given twice, a name taken or not
 * valid, or a stopwatch past the maximum is skipped and counted.
 */
#include "lapwing/stopwatch_set.h"

#include <stdio.h>
#include <string.h>

#include "state_lines.h"

#define LIST_HEADER "lapwing-stopwatches 1"

void stopwatch_list_write(text_buffer *buffer, const stopwatch_set *set)
{
    char line[64];
    size_t i;

    text_buffer_append_string(buffer, LIST_HEADER "\n");
    snprintf(line, sizeof(line), "next %lu\n", (unsigned long)set->next_id);
    text_buffer_append_string(buffer, line);
    for (i = 0; i < set->count; i++)
    {
        snprintf(line, sizeof(line), "stopwatch %lu", (unsigned long)set->items[i]->id);
        text_buffer_append_string(buffer, line);
        if (set->items[i]->name[0])
        {
            text_buffer_append_string(buffer, " ");
            text_buffer_append_string(buffer, set->items[i]->name);
        }
        text_buffer_append_string(buffer, "\n");
    }
    snprintf(line, sizeof(line), "selected %lu\n",
             (unsigned long)set->items[set->selected]->id);
    text_buffer_append_string(buffer, line);
}

typedef struct list_reading
{
    stopwatch_set *set;
    size_t listed;              /* stopwatches read so far (the first replaces the default) */
    uint32_t selected_id;
    uint32_t next_id;
} list_reading;

/* "stopwatch ID [NAME]" */
static bool stopwatch_line(list_reading *reading, const char *p, const char *end)
{
    char name[STOPWATCH_NAME_MAX_BYTES + 1];
    uint64_t id;
    size_t length;
    named_stopwatch *first;

    if (!state_read_number(&p, end, STOPWATCH_ID_MAX, &id) || id == 0)
        return false;
    if (p < end && *p == ' ')
        p++;
    length = (size_t)(end - p);
    if (length > STOPWATCH_NAME_MAX_BYTES)
        return false;
    memcpy(name, p, length);
    name[length] = '\0';
    if (stopwatch_set_check_name(name) != STOPWATCH_SET_OK)
        return false;
    if (reading->listed == 0)
    {
        /* The default stopwatch becomes the first one listed. */
        first = stopwatch_set_at(reading->set, 0);
        first->id = (uint32_t)id;
        snprintf(first->name, sizeof(first->name), "%s", name);
        if (reading->set->next_id <= id)
            reading->set->next_id = (uint32_t)id + 1;
        reading->listed = 1;
        return true;
    }
    if (stopwatch_set_add(reading->set, name, (uint32_t)id, NULL) != STOPWATCH_SET_OK)
        return false;
    reading->listed++;
    return true;
}

static bool list_line(list_reading *reading, const char *p, const char *end)
{
    uint64_t value;

    if (state_starts_with(&p, end, "stopwatch"))
        return stopwatch_line(reading, p, end);
    if (state_starts_with(&p, end, "selected"))
    {
        if (!state_read_number(&p, end, STOPWATCH_ID_MAX, &value) || !state_at_end(p, end))
            return false;
        reading->selected_id = (uint32_t)value;
        return true;
    }
    if (state_starts_with(&p, end, "next"))
    {
        if (!state_read_number(&p, end, STOPWATCH_ID_MAX, &value) || !state_at_end(p, end))
            return false;
        reading->next_id = (uint32_t)value;
        return true;
    }
    return false;
}

bool stopwatch_list_parse(const char *text, size_t length, stopwatch_set *set,
                          stopwatch_list_report *report)
{
    const char *p = text, *end = text + length;
    size_t header_length = strlen(LIST_HEADER);
    list_reading reading = { set, 0, 0, 0 };
    size_t place;

    memset(report, 0, sizeof(*report));
    if (!text || length < header_length || memcmp(text, LIST_HEADER, header_length) != 0 ||
        (length > header_length && text[header_length] != '\n' &&
         text[header_length] != '\r'))
    {
        report->no_header = true;
        return false;
    }
    p += header_length;
    while (p < end)
    {
        const char *line = p, *line_end;

        while (p < end && *p != '\n')
            p++;
        line_end = p;
        if (p < end)
            p++;
        if (line_end > line && line_end[-1] == '\r')
            line_end--;
        if (line_end == line)
            continue;
        if (!list_line(&reading, line, line_end))
            report->bad_lines++;
    }
    /* Ids are never given twice: past every id listed, whatever "next" said. */
    if (reading.next_id > set->next_id)
        set->next_id = reading.next_id;
    place = stopwatch_set_place_of(set, reading.selected_id);
    set->selected = place < set->count ? place : 0;
    return true;
}
