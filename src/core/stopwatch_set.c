/*
 * Several named stopwatches. See lapwing/stopwatch_set.h.
 */
#include "lapwing/stopwatch_set.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lapwing/format.h"

static named_stopwatch *new_item(uint64_t frequency, uint32_t id, const char *name)
{
    named_stopwatch *item = calloc(1, sizeof(*item));

    if (!item)
        return NULL;
    item->id = id;
    snprintf(item->name, sizeof(item->name), "%s", name);
    stopwatch_initialize(&item->watch, frequency);
    return item;
}

static void free_item(named_stopwatch *item)
{
    if (!item)
        return;
    stopwatch_delete(&item->watch);
    free(item);
}

bool stopwatch_set_initialize(stopwatch_set *set, uint64_t frequency)
{
    memset(set, 0, sizeof(*set));
    set->frequency = frequency;
    set->next_id = 1;
    return stopwatch_set_add(set, "", 0, NULL) == STOPWATCH_SET_OK;
}

void stopwatch_set_delete(stopwatch_set *set)
{
    size_t i;

    for (i = 0; i < set->count; i++)
        free_item(set->items[i]);
    free_item(set->removed);
    free(set->items);
    memset(set, 0, sizeof(*set));
}

named_stopwatch *stopwatch_set_selected(const stopwatch_set *set)
{
    return set->items[set->selected];
}

named_stopwatch *stopwatch_set_at(const stopwatch_set *set, size_t place)
{
    return place < set->count ? set->items[place] : NULL;
}

size_t stopwatch_set_place_of(const stopwatch_set *set, uint32_t id)
{
    size_t i;

    for (i = 0; i < set->count; i++)
        if (set->items[i]->id == id)
            break;
    return i;
}

static char ascii_lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

static bool same_name(const char *a, const char *b)
{
    for (; *a && *b; a++, b++)
        if (ascii_lower(*a) != ascii_lower(*b))
            return false;
    return *a == *b;
}

static bool all_digits(const char *text)
{
    if (!*text)
        return false;
    for (; *text; text++)
        if (*text < '0' || *text > '9')
            return false;
    return true;
}

stopwatch_set_result stopwatch_set_check_name(const char *name)
{
    size_t characters = 0;
    const unsigned char *p;

    /* A note's rules (UTF-8, no control characters), at a name's length. */
    if (laps_check_note(name) != LAPS_NOTE_OK || all_digits(name))
        return STOPWATCH_SET_BAD_NAME;
    for (p = (const unsigned char *)name; *p; p++)
        if ((*p & 0xC0) != 0x80)
            characters++;
    if (characters > STOPWATCH_NAME_MAX_CHARACTERS || (*name == ' ') ||
        (*name && name[strlen(name) - 1] == ' '))
        return STOPWATCH_SET_BAD_NAME;
    return STOPWATCH_SET_OK;
}

/* Whether a stopwatch other than `except` (a place, or set->count) is named `name`. */
static bool name_taken(const stopwatch_set *set, const char *name, size_t except)
{
    size_t i;

    if (!*name)
        return false; /* any number of stopwatches may be unnamed */
    for (i = 0; i < set->count; i++)
        if (i != except && same_name(set->items[i]->name, name))
            return true;
    return false;
}

/* Room for one more item; false: out of memory. */
static bool make_room(stopwatch_set *set)
{
    size_t capacity;
    named_stopwatch **items;

    if (set->count < set->capacity)
        return true;
    capacity = set->capacity ? set->capacity * 2 : 4;
    items = realloc(set->items, capacity * sizeof(*items));
    if (!items)
        return false;
    set->items = items;
    set->capacity = capacity;
    return true;
}

stopwatch_set_result stopwatch_set_add(stopwatch_set *set, const char *name, uint32_t id,
                                       size_t *place)
{
    stopwatch_set_result result = stopwatch_set_check_name(name);
    named_stopwatch *item;

    if (result != STOPWATCH_SET_OK)
        return result;
    if (set->count >= STOPWATCH_SET_MAX)
        return STOPWATCH_SET_FULL; /* first: a long list of names is not compared for nothing */
    if (name_taken(set, name, set->count))
        return STOPWATCH_SET_NAME_TAKEN;
    if (id == 0)
        id = set->next_id;
    if (id == 0 || id == UINT32_MAX || stopwatch_set_place_of(set, id) < set->count ||
        (set->removed && set->removed->id == id))
        return STOPWATCH_SET_NOTHING; /* ids are never given twice */
    if (!make_room(set))
        return STOPWATCH_SET_OUT_OF_MEMORY;
    item = new_item(set->frequency, id, name);
    if (!item)
        return STOPWATCH_SET_OUT_OF_MEMORY;
    set->items[set->count] = item;
    if (place)
        *place = set->count;
    set->count++;
    if (id >= set->next_id)
        set->next_id = id + 1;
    return STOPWATCH_SET_OK;
}

stopwatch_set_result stopwatch_set_rename(stopwatch_set *set, size_t place, const char *name)
{
    stopwatch_set_result result;

    if (place >= set->count)
        return STOPWATCH_SET_NOTHING;
    if ((result = stopwatch_set_check_name(name)) != STOPWATCH_SET_OK)
        return result;
    if (name_taken(set, name, place))
        return STOPWATCH_SET_NAME_TAKEN;
    snprintf(set->items[place]->name, sizeof(set->items[place]->name), "%s", name);
    return STOPWATCH_SET_OK;
}

stopwatch_set_result stopwatch_set_remove(stopwatch_set *set, size_t place)
{
    if (place >= set->count)
        return STOPWATCH_SET_NOTHING;
    if (set->count == 1)
        return STOPWATCH_SET_LAST_ONE;
    free_item(set->removed);
    set->removed = set->items[place];
    set->removed_place = place;
    memmove(set->items + place, set->items + place + 1,
            (set->count - place - 1) * sizeof(*set->items));
    set->count--;
    if (set->selected > place || set->selected >= set->count)
        set->selected = set->selected ? set->selected - 1 : 0;
    return STOPWATCH_SET_OK;
}

bool stopwatch_set_can_put_back(const stopwatch_set *set)
{
    return set->removed != NULL;
}

stopwatch_set_result stopwatch_set_put_back(stopwatch_set *set)
{
    size_t place;

    if (!set->removed)
        return STOPWATCH_SET_NOTHING;
    if (set->count >= STOPWATCH_SET_MAX)
        return STOPWATCH_SET_FULL;
    if (!make_room(set))
        return STOPWATCH_SET_OUT_OF_MEMORY;
    /* A name taken meanwhile by another stopwatch: back without it rather than not at all. */
    if (name_taken(set, set->removed->name, set->count))
        set->removed->name[0] = '\0';
    place = set->removed_place <= set->count ? set->removed_place : set->count;
    memmove(set->items + place + 1, set->items + place,
            (set->count - place) * sizeof(*set->items));
    set->items[place] = set->removed;
    set->count++;
    set->removed = NULL;
    set->selected = place;
    return STOPWATCH_SET_OK;
}

bool stopwatch_set_select(stopwatch_set *set, size_t place)
{
    if (place >= set->count)
        return false;
    set->selected = place;
    return true;
}

bool stopwatch_set_move(stopwatch_set *set, size_t from, size_t to)
{
    named_stopwatch *item;
    uint32_t selected_id;

    if (from >= set->count || to >= set->count)
        return false;
    selected_id = set->items[set->selected]->id;
    item = set->items[from];
    if (from < to)
        memmove(set->items + from, set->items + from + 1, (to - from) * sizeof(*set->items));
    else
        memmove(set->items + to + 1, set->items + to, (from - to) * sizeof(*set->items));
    set->items[to] = item;
    set->selected = stopwatch_set_place_of(set, selected_id);
    return true;
}

size_t stopwatch_set_find(const stopwatch_set *set, const char *text)
{
    size_t i;

    if (all_digits(text))
    {
        size_t number = 0;
        for (; *text; text++)
        {
            if (number > STOPWATCH_SET_MAX)
                return set->count;
            number = number * 10 + (size_t)(*text - '0');
        }
        return number >= 1 && number <= set->count ? number - 1 : set->count;
    }
    if (!*text)
        return set->count;
    for (i = 0; i < set->count; i++)
        if (same_name(set->items[i]->name, text))
            return i;
    return set->count;
}

size_t stopwatch_set_start_all(stopwatch_set *set, uint64_t now)
{
    size_t i, started = 0;

    for (i = 0; i < set->count; i++)
        if (stopwatch_get_state(&set->items[i]->watch) != STOPWATCH_RUNNING &&
            stopwatch_start(&set->items[i]->watch, now) == STOPWATCH_OK)
            started++;
    return started;
}

size_t stopwatch_set_pause_all(stopwatch_set *set, uint64_t now)
{
    size_t i, paused = 0;

    for (i = 0; i < set->count; i++)
        if (stopwatch_get_state(&set->items[i]->watch) == STOPWATCH_RUNNING &&
            stopwatch_pause(&set->items[i]->watch, now) == STOPWATCH_OK)
            paused++;
    return paused;
}

size_t stopwatch_set_running_count(const stopwatch_set *set)
{
    size_t i, running = 0;

    for (i = 0; i < set->count; i++)
        if (stopwatch_get_state(&set->items[i]->watch) == STOPWATCH_RUNNING)
            running++;
    return running;
}

size_t stopwatch_strip_text(char *text, size_t size, const char *name, uint64_t ticks,
                            uint64_t frequency, const char *state_word)
{
    char time[FORMAT_TIME_MAX];
    int length;

    if (!size)
        return 0;
    format_time_at(time, sizeof(time), ticks, frequency, TIME_PRECISION_SECONDS);
    /* Under an hour, minutes and seconds: a strip of many tabs wants them short. */
    length = snprintf(text, size, "%s  %s  %s", name,
                      strncmp(time, "00:", 3) == 0 ? time + 3 : time, state_word);
    if (length < 0)
    {
        text[0] = '\0';
        return 0;
    }
    return (size_t)length < size ? (size_t)length : size - 1;
}
