/*
 * The commands and when they apply. See commands.h.
 */
#include "lapwing/commands.h"

const unsigned command_ids[] = { IDM_START_STOP, IDM_LAP, IDM_RESET, IDM_COPY, IDM_ABOUT };
const size_t command_count = sizeof(command_ids) / sizeof(command_ids[0]);

bool command_is_known(unsigned command)
{
    size_t i;

    for (i = 0; i < command_count; i++)
        if (command_ids[i] == command)
            return true;
    return false;
}

bool command_is_enabled(unsigned command, stopwatch_state state)
{
    switch (command)
    {
    case IDM_START_STOP: return true;
    case IDM_LAP:        return state == STOPWATCH_RUNNING;
    case IDM_RESET:      return state == STOPWATCH_PAUSED;
    case IDM_COPY:       return true;
    case IDM_ABOUT:      return true;
    default:             return false;
    }
}
