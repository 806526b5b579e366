/*
 * The commands and when they apply. See commands.h.
 */
#include "lapwing/commands.h"

const unsigned command_ids[] = { IDM_START_STOP, IDM_LAP,         IDM_RESET,
                                 IDM_UNDO,       IDM_SET_TIME,    IDM_HISTORY,
                                 IDM_SAY_TIME,
                                 IDM_NEW_STOPWATCH, IDM_NEXT_STOPWATCH, IDM_PREVIOUS_STOPWATCH,
                                 IDM_SELECT_STOPWATCH_FIRST, IDM_RENAME_STOPWATCH,
                                 IDM_REMOVE_STOPWATCH, IDM_START_ALL, IDM_PAUSE_ALL,
                                 IDM_MOVE_STOPWATCH_LEFT, IDM_MOVE_STOPWATCH_RIGHT,
                                 IDM_LAP_STOPWATCH_FIRST, IDM_TOGGLE_STOPWATCH_FIRST,
                                 IDM_COPY,
                                 IDM_COPY_ALL,
                                 IDM_SAVE_CSV,   IDM_EDIT_NOTE,   IDM_SELECT_ALL,
                                 IDM_TOPMOST,    IDM_MINI_MODE,   IDM_FULL_SCREEN,
                                 IDM_LEAVE_MODE, IDM_SETTINGS,    IDM_SHOW_HIDE,
                                 IDM_HELP,       IDM_ABOUT,       IDM_EXIT };
const size_t command_count = sizeof(command_ids) / sizeof(command_ids[0]);

bool command_stopwatch_place(unsigned command, unsigned first, size_t *place)
{
    if (command < first || command >= first + IDM_STOPWATCH_PLACES * IDM_STEP ||
        (command - first) % IDM_STEP)
        return false;
    *place = (command - first) / IDM_STEP;
    return true;
}

unsigned command_stopwatch_range(unsigned command, size_t *place)
{
    static const unsigned firsts[] = { IDM_SELECT_STOPWATCH_FIRST, IDM_LAP_STOPWATCH_FIRST,
                                       IDM_TOGGLE_STOPWATCH_FIRST };
    size_t i;

    for (i = 0; i < sizeof(firsts) / sizeof(firsts[0]); i++)
        if (command_stopwatch_place(command, firsts[i], place))
            return firsts[i];
    return 0;
}

bool command_is_known(unsigned command)
{
    size_t i, place;

    if (command_stopwatch_range(command, &place))
        return true;

    for (i = 0; i < command_count; i++)
        if (command_ids[i] == command)
            return true;
    return false;
}

bool command_is_checked(unsigned command, const command_context *context)
{
    switch (command)
    {
    case IDM_TOPMOST:     return context->on_top;
    case IDM_MINI_MODE:   return context->mini;
    case IDM_FULL_SCREEN: return context->full_screen;
    default:              return false;
    }
}

bool command_is_enabled(unsigned command, const command_context *context)
{
    size_t place;

    if (command_stopwatch_range(command, &place))
        return place < context->stopwatch_count;
    switch (command)
    {
    case IDM_START_STOP: return true;
    case IDM_LAP:        return context->state == STOPWATCH_RUNNING;
    case IDM_RESET:      return context->state == STOPWATCH_PAUSED;
    case IDM_UNDO:       return context->can_undo || context->can_put_back;
    case IDM_SET_TIME:   return true; /* stopped, paused or running alike */
    case IDM_HISTORY:    return true; /* an empty history says how it fills */
    case IDM_SAY_TIME:   return true;
    case IDM_NEW_STOPWATCH: return context->stopwatch_count < IDM_STOPWATCH_PLACES;
    case IDM_NEXT_STOPWATCH:
    case IDM_PREVIOUS_STOPWATCH:
    case IDM_REMOVE_STOPWATCH: return context->stopwatch_count > 1;
    case IDM_RENAME_STOPWATCH: return true;
    case IDM_START_ALL:  return context->running_count < context->stopwatch_count;
    case IDM_PAUSE_ALL:  return context->running_count > 0;
    case IDM_MOVE_STOPWATCH_LEFT: return context->selected_place > 0;
    case IDM_MOVE_STOPWATCH_RIGHT: return context->selected_place + 1 < context->stopwatch_count;
    case IDM_COPY:       return true; /* with no laps it copies the time */
    case IDM_COPY_ALL:   return context->lap_count > 0;
    case IDM_SAVE_CSV:   return context->lap_count > 0;
    case IDM_EDIT_NOTE:  return context->lap_count > 0; /* the selected lap's, or the newest */
    case IDM_SELECT_ALL: return context->lap_count > 0;
    case IDM_TOPMOST:    return true;
    case IDM_MINI_MODE:  return true;
    case IDM_FULL_SCREEN: return true;
    case IDM_LEAVE_MODE: return context->in_mode;
    case IDM_SETTINGS:   return true;
    case IDM_SHOW_HIDE:  return true;
    case IDM_HELP:       return true;
    case IDM_ABOUT:      return true;
    case IDM_EXIT:       return true;
    default:             return false;
    }
}
