/*
 * The command line. See command_line.h.
 */
#include "lapwing/command_line.h"

#include "lapwing/command_ids.h"

#include <string.h>

static const struct
{
    const char *name;
    command_line_action action;
} action_options[] = {
    { "--start", ACTION_START }, { "--stop", ACTION_STOP }, { "--toggle", ACTION_TOGGLE },
    { "--lap", ACTION_LAP },     { "--reset", ACTION_RESET }, { "--undo", ACTION_UNDO },
    { "--show", ACTION_SHOW },
};

static command_line_error refuse(command_line *parsed, command_line_error error, int index)
{
    parsed->error = error;
    parsed->error_argument = (size_t)index;
    return error;
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
        else if (strcmp(argument, "--export") == 0)
        {
            if (i + 1 >= count || !arguments[i + 1] || !arguments[i + 1][0] ||
                strncmp(arguments[i + 1], "--", 2) == 0)
                return refuse(parsed, COMMAND_LINE_MISSING_FILE, i);
            if (strlen(arguments[i + 1]) > COMMAND_LINE_MAX_ARGUMENT)
                return refuse(parsed, COMMAND_LINE_TOO_LONG, i + 1);
            parsed->export_path = arguments[++i];
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

bool command_line_is_query(const command_line *parsed)
{
    return !parsed->action_count && !parsed->minimized &&
           (parsed->status || parsed->help || parsed->version || parsed->export_path);
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
        text_buffer_append(buffer, "\n", 1);
    }
    if (parsed->export_path)
    {
        text_buffer_append_string(buffer, "export ");
        text_buffer_append_string(buffer, parsed->export_path);
        text_buffer_append(buffer, "\n", 1);
    }
}

bool command_line_read_request(const char *text, size_t length, command_line *parsed,
                               char *path, size_t path_size)
{
    static const char header[] = "lapwing-request 1\n";
    const char *p, *end = text + length;

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
                const char *word = action_options[i].name + 2;
                if (strlen(word) == line_length - 7 && memcmp(p + 7, word, line_length - 7) == 0)
                {
                    if (parsed->action_count == COMMAND_LINE_MAX_ACTIONS)
                        return false;
                    parsed->actions[parsed->action_count++] = action_options[i].action;
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
