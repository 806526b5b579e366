/*
 * The command line. See command_line.h.
 */
#include "lapwing/command_line.h"

#include "lapwing/command_ids.h"
#include "lapwing/stopwatch_set.h"
#include "lapwing/time_parse.h"

#include <stdio.h>
#include <string.h>

static const struct
{
    const char *name;
    command_line_action action;
} action_options[] = {
    { "--start", ACTION_START }, { "--stop", ACTION_STOP }, { "--toggle", ACTION_TOGGLE },
    { "--lap", ACTION_LAP },     { "--reset", ACTION_RESET }, { "--undo", ACTION_UNDO },
    { "--show", ACTION_SHOW },   { "--set", ACTION_SET },     { "--add", ACTION_ADD },
    { "--new", ACTION_NEW },     { "--stopwatch", ACTION_CHOOSE },
    { "--start-all", ACTION_START_ALL }, { "--stop-all", ACTION_STOP_ALL },
};

static command_line_error refuse(command_line *parsed, command_line_error error, int index)
{
    parsed->error = error;
    parsed->error_argument = (size_t)index;
    return error;
}

/* The file after --export or --export-history, at arguments[*i + 1]. */
static command_line_error file_after(command_line *parsed, int count, char *const *arguments,
                                     int *i, const char **path)
{
    if (*i + 1 >= count || !arguments[*i + 1] || !arguments[*i + 1][0] ||
        strncmp(arguments[*i + 1], "--", 2) == 0)
        return refuse(parsed, COMMAND_LINE_MISSING_FILE, *i);
    if (strlen(arguments[*i + 1]) > COMMAND_LINE_MAX_ARGUMENT)
        return refuse(parsed, COMMAND_LINE_TOO_LONG, *i + 1);
    *path = arguments[++*i];
    return COMMAND_LINE_OK;
}

/* The time after --set or --add, at arguments[*i + 1] ("-5s" is a time here, not an option). */
static command_line_error time_after(command_line *parsed, int count, char *const *arguments,
                                     int *i, command_line_action action)
{
    int64_t amount = 0;
    uint64_t elapsed = 0;
    bool read;

    if (*i + 1 >= count || !arguments[*i + 1] || !arguments[*i + 1][0])
        return refuse(parsed, COMMAND_LINE_MISSING_TIME, *i);
    if (strlen(arguments[*i + 1]) > COMMAND_LINE_MAX_ARGUMENT)
        return refuse(parsed, COMMAND_LINE_TOO_LONG, *i + 1);
    if (action == ACTION_SET)
        read = time_parse_elapsed(arguments[*i + 1], &elapsed) == TIME_PARSE_OK;
    else
        read = time_parse_amount(arguments[*i + 1], &amount) == TIME_PARSE_OK;
    if (!read)
        return refuse(parsed, COMMAND_LINE_BAD_TIME, *i + 1);
    parsed->amounts[parsed->action_count - 1] = action == ACTION_SET ? (int64_t)elapsed : amount;
    ++*i;
    return COMMAND_LINE_OK;
}

/* The name after --new or --stopwatch (checked when it is used: it names a stopwatch). */
static command_line_error name_after(command_line *parsed, int count, char *const *arguments,
                                     int *i)
{
    const char *c;

    /* "--new --start" is a name forgotten, not a stopwatch called "--start". */
    if (*i + 1 >= count || !arguments[*i + 1] || !arguments[*i + 1][0] ||
        strncmp(arguments[*i + 1], "--", 2) == 0 ||
        strlen(arguments[*i + 1]) > STOPWATCH_NAME_MAX_BYTES)
        return refuse(parsed, COMMAND_LINE_MISSING_NAME, *i);
    for (c = arguments[*i + 1]; *c; c++)
        if ((unsigned char)*c < 0x20 || *c == 0x7F)
            return refuse(parsed, COMMAND_LINE_MISSING_NAME, *i); /* no name has them */
    parsed->names[parsed->action_count - 1] = arguments[*i + 1];
    ++*i;
    return COMMAND_LINE_OK;
}

command_line_error command_line_parse(command_line *parsed, int count, char *const *arguments)
{
    int i;

    memset(parsed, 0, sizeof(*parsed));
    for (i = 1; i < count; i++)
    {
        const char *argument = arguments[i];
        size_t option;
        bool known = false;

        if (!argument || strlen(argument) > COMMAND_LINE_MAX_ARGUMENT)
            return refuse(parsed, COMMAND_LINE_TOO_LONG, i);
        for (option = 0; option < sizeof(action_options) / sizeof(action_options[0]); option++)
            if (strcmp(argument, action_options[option].name) == 0)
            {
                if (parsed->action_count == COMMAND_LINE_MAX_ACTIONS)
                    return refuse(parsed, COMMAND_LINE_TOO_MANY, i);
                parsed->actions[parsed->action_count++] = action_options[option].action;
                known = true;
                if ((action_options[option].action == ACTION_SET ||
                     action_options[option].action == ACTION_ADD) &&
                    time_after(parsed, count, arguments, &i, action_options[option].action))
                    return parsed->error;
                if ((action_options[option].action == ACTION_NEW ||
                     action_options[option].action == ACTION_CHOOSE) &&
                    name_after(parsed, count, arguments, &i))
                    return parsed->error;
            }
        if (known)
            continue;
        if (strcmp(argument, "--minimized") == 0)
            parsed->minimized = true;
        else if (strcmp(argument, "--status") == 0)
            parsed->status = true;
        else if (strcmp(argument, "--help") == 0 || strcmp(argument, "-h") == 0 ||
                 strcmp(argument, "/?") == 0)
            parsed->help = true;
        else if (strcmp(argument, "--version") == 0)
            parsed->version = true;
        else if (strcmp(argument, "--history") == 0)
            parsed->history = true;
        else if (strcmp(argument, "--list") == 0)
            parsed->list = true;
        else if (strcmp(argument, "--export") == 0)
        {
            if (file_after(parsed, count, arguments, &i, &parsed->export_path))
                return parsed->error;
        }
        else if (strcmp(argument, "--export-history") == 0)
        {
            if (file_after(parsed, count, arguments, &i, &parsed->export_history_path))
                return parsed->error;
        }
        else
            return refuse(parsed, COMMAND_LINE_UNKNOWN, i);
    }
    return COMMAND_LINE_OK;
}

const jump_list_task jump_list_tasks[] = {
    { IDM_START_STOP, "--toggle" },
    { IDM_LAP, "--lap" },
    { IDM_RESET, "--reset" },
};
const size_t jump_list_task_count = sizeof(jump_list_tasks) / sizeof(jump_list_tasks[0]);

size_t jump_list_stopwatch_argument(char *text, size_t size, size_t place)
{
    int length = snprintf(text, size, "--stopwatch %lu --toggle", (unsigned long)(place + 1));

    if (length < 0 || (size_t)length >= size)
    {
        if (size)
            text[0] = '\0';
        return 0;
    }
    return (size_t)length;
}

bool command_line_is_query(const command_line *parsed)
{
    size_t i;

    /* Choosing a stopwatch asks nothing of it: "--stopwatch B --status" is a question. */
    for (i = 0; i < parsed->action_count; i++)
        if (parsed->actions[i] != ACTION_CHOOSE)
            return false;
    return !parsed->minimized &&
           (parsed->status || parsed->help || parsed->version || parsed->export_path ||
            parsed->history || parsed->export_history_path || parsed->list);
}

static const char *action_word(command_line_action action)
{
    size_t i;

    for (i = 0; i < sizeof(action_options) / sizeof(action_options[0]); i++)
        if (action_options[i].action == action)
            return action_options[i].name + 2;
    return "?";
}

void command_line_write_request(text_buffer *buffer, const command_line *parsed)
{
    size_t i;

    text_buffer_append_string(buffer, "lapwing-request 1\n");
    for (i = 0; i < parsed->action_count; i++)
    {
        text_buffer_append_string(buffer, "action ");
        text_buffer_append_string(buffer, action_word(parsed->actions[i]));
        if (parsed->actions[i] == ACTION_SET || parsed->actions[i] == ACTION_ADD)
        {
            char amount[32];
            int64_t value = parsed->amounts[i];
            snprintf(amount, sizeof(amount), " %s%llu", value < 0 ? "-" : "",
                     value < 0 ? (unsigned long long)0 - (unsigned long long)value
                               : (unsigned long long)value);
            text_buffer_append_string(buffer, amount);
        }
        if ((parsed->actions[i] == ACTION_NEW || parsed->actions[i] == ACTION_CHOOSE) &&
            parsed->names[i])
        {
            text_buffer_append(buffer, " ", 1);
            text_buffer_append_string(buffer, parsed->names[i]);
        }
        text_buffer_append(buffer, "\n", 1);
    }
    if (parsed->export_path)
    {
        text_buffer_append_string(buffer, "export ");
        text_buffer_append_string(buffer, parsed->export_path);
        text_buffer_append(buffer, "\n", 1);
    }
}

/* A request's amount: digits (a '-' first for --add), at most TIME_PARSE_MAX_UNITS. */
static bool read_amount(const char *p, const char *end, bool signed_amount, int64_t *amount)
{
    bool negative = signed_amount && p < end && *p == '-';
    uint64_t value = 0;

    if (negative)
        p++;
    if (p == end)
        return false;
    for (; p < end; p++)
    {
        if (*p < '0' || *p > '9')
            return false;
        value = value * 10 + (uint64_t)(*p - '0');
        if (value > TIME_PARSE_MAX_UNITS)
            return false;
    }
    *amount = negative ? -(int64_t)value : (int64_t)value;
    return true;
}

bool command_line_read_request(const char *text, size_t length, command_line *parsed,
                               char *path, size_t path_size)
{
    static const char header[] = "lapwing-request 1\n";
    const char *p, *end = text + length;
    size_t name_used = 0;

    memset(parsed, 0, sizeof(*parsed));
    if (!text || length > COMMAND_LINE_REQUEST_MAX || length < sizeof(header) - 1 ||
        memcmp(text, header, sizeof(header) - 1) != 0 || memchr(text, '\0', length))
        return false;
    for (p = text + sizeof(header) - 1; p < end;)
    {
        const char *line_end = memchr(p, '\n', (size_t)(end - p));
        size_t line_length, i;
        bool known = false;

        if (!line_end)
            return false; /* every line ends */
        line_length = (size_t)(line_end - p);
        if (line_length > 7 && memcmp(p, "action ", 7) == 0)
        {
            for (i = 0; i < sizeof(action_options) / sizeof(action_options[0]); i++)
            {
                command_line_action action = action_options[i].action;
                const char *word = action_options[i].name + 2;
                size_t word_length = strlen(word);
                bool timed = action == ACTION_SET || action == ACTION_ADD;
                bool named = action == ACTION_NEW || action == ACTION_CHOOSE;
                int64_t amount = 0;

                if (named)
                {
                    size_t name_length = line_length - 7 - word_length - 1;
                    if (line_length > 7 + word_length + 1 &&
                        memcmp(p + 7, word, word_length) == 0 && p[7 + word_length] == ' ' &&
                        name_length <= STOPWATCH_NAME_MAX_BYTES &&
                        name_used + name_length + 1 <= sizeof(parsed->name_text) &&
                        parsed->action_count < COMMAND_LINE_MAX_ACTIONS)
                    {
                        memcpy(parsed->name_text + name_used, p + 8 + word_length, name_length);
                        parsed->name_text[name_used + name_length] = '\0';
                        parsed->names[parsed->action_count] = parsed->name_text + name_used;
                        parsed->actions[parsed->action_count++] = action;
                        name_used += name_length + 1;
                        known = true;
                    }
                    continue;
                }
                if (timed ? line_length > 7 + word_length + 1 &&
                                memcmp(p + 7, word, word_length) == 0 &&
                                p[7 + word_length] == ' ' &&
                                read_amount(p + 8 + word_length, line_end, action == ACTION_ADD,
                                            &amount)
                          : word_length == line_length - 7 &&
                                memcmp(p + 7, word, line_length - 7) == 0)
                {
                    if (parsed->action_count == COMMAND_LINE_MAX_ACTIONS)
                        return false;
                    parsed->amounts[parsed->action_count] = amount;
                    parsed->actions[parsed->action_count++] = action;
                    known = true;
                }
            }
        }
        else if (line_length > 7 && memcmp(p, "export ", 7) == 0 && !parsed->export_path &&
                 line_length - 7 < path_size && line_length - 7 <= COMMAND_LINE_MAX_ARGUMENT)
        {
            memcpy(path, p + 7, line_length - 7);
            path[line_length - 7] = '\0';
            parsed->export_path = path;
            known = true;
        }
        if (!known)
            return false;
        p = line_end + 1;
    }
    return true;
}

/* ASCII case ignored, as stopwatch names compare. */
static bool same_name(const char *a, const char *b)
{
    for (; *a && *b; a++, b++)
    {
        char x = *a >= 'A' && *a <= 'Z' ? (char)(*a - 'A' + 'a') : *a;
        char y = *b >= 'A' && *b <= 'Z' ? (char)(*b - 'A' + 'a') : *b;
        if (x != y)
            return false;
    }
    return *a == *b;
}

static bool all_digits(const char *text, size_t *number)
{
    size_t value = 0;

    if (!*text)
        return false;
    for (; *text; text++)
    {
        if (*text < '0' || *text > '9' || value > STOPWATCH_SET_MAX)
            return false;
        value = value * 10 + (size_t)(*text - '0');
    }
    *number = value;
    return true;
}

size_t command_line_first_unknown_name(const command_line *parsed, const stopwatch_set *set)
{
    const char *added[COMMAND_LINE_MAX_ACTIONS];
    size_t added_count = 0, i, j, number;

    for (i = 0; i < parsed->action_count; i++)
    {
        const char *name = parsed->names[i];
        bool found = false;

        if (parsed->actions[i] != ACTION_NEW && parsed->actions[i] != ACTION_CHOOSE)
            continue;
        if (!name)
            return i;
        if (parsed->actions[i] == ACTION_NEW)
        {
            if (stopwatch_set_check_name(name) != STOPWATCH_SET_OK || !name[0] ||
                stopwatch_set_find(set, name) < set->count ||
                set->count + added_count >= STOPWATCH_SET_MAX)
                return i;
            for (j = 0; j < added_count; j++)
                if (same_name(added[j], name))
                    return i;
            added[added_count++] = name;
            continue;
        }
        if (all_digits(name, &number))
            found = number >= 1 && number <= set->count + added_count;
        else
        {
            found = stopwatch_set_find(set, name) < set->count;
            for (j = 0; j < added_count && !found; j++)
                found = same_name(added[j], name);
        }
        if (!found)
            return i;
    }
    return parsed->action_count;
}
