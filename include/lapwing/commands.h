/*
 * The commands, as portable facts: which ids exist and when each one can be carried out. The
 * Windows shell adds their texts and keys (see src/win/commands.h); buttons and menus are
 * enabled from command_is_enabled, so a control can never offer what the command would refuse.
 */
#ifndef LAPWING_COMMANDS_H
#define LAPWING_COMMANDS_H

#include <stdbool.h>
#include <stddef.h>

#include "lapwing/command_ids.h"
#include "lapwing/stopwatch.h"

#ifdef __cplusplus
extern "C" {
#endif

/* What decides whether a command applies now. */
typedef struct command_context
{
    stopwatch_state state;
    size_t lap_count;
    bool can_undo;          /* stopwatch_can_undo */
    size_t selected_laps;   /* rows selected in the lap list */
    bool in_mode;           /* mini mode or full screen: Esc leaves it */
    bool on_top;            /* the always-on-top preference */
    bool mini;              /* in mini mode */
    bool full_screen;       /* in full screen */
    size_t stopwatch_count; /* how many stopwatches there are (1 or more) */
    size_t running_count;   /* how many of them run */
    bool can_put_back;      /* a stopwatch removed can come back (undo) */
    size_t selected_place;  /* where the selected stopwatch is among them (0 = first) */
} command_context;

/* The command ids, in the order the help lists them. */
extern const unsigned command_ids[];
extern const size_t command_count;

/* The place a command with a place carries (IDM_SELECT_STOPWATCH_FIRST,
 * IDM_LAP_STOPWATCH_FIRST or IDM_TOGGLE_STOPWATCH_FIRST as `first`): true and *place set when
 * `command` is one of its range. */
bool command_stopwatch_place(unsigned command, unsigned first, size_t *place);
/* The first id of the range `command` is in (IDM_SELECT_STOPWATCH_FIRST...), with its place;
 * 0 when it has no place. */
unsigned command_stopwatch_range(unsigned command, size_t *place);
/* TRUE for an id of the list above, or of a range with a place. */
bool command_is_known(unsigned command);
/* Whether `command` does something now. */
bool command_is_enabled(unsigned command, const command_context *context);
/* Whether a menu shows `command` checked: the switches that are on (always on top, mini mode,
 * full screen). */
bool command_is_checked(unsigned command, const command_context *context);

#ifdef __cplusplus
}
#endif

#endif
