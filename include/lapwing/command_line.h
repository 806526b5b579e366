/*
 * Lapwing's command line: what a script, a Stream Deck or a shortcut asks of it.
 *
 *   lapwing [--start] [--stop] [--toggle] [--lap] [--reset] [--undo] [--show] [--minimized]
 *           [--set TIME] [--add AMOUNT] [--export FILE.csv] [--status]
 *           [--history] [--export-history FILE.csv] [--help] [--version]
 * --set and --add correct the time (time_parse.h: "00:12:30", "-5s", "+1:00"); --history (the
 * chosen stopwatch's runs) and --export-history (every run) answer from the saved history,
 * whether Lapwing runs or not.
 *
 * Actions apply in the order given (`--start --lap`), to the Lapwing already running if there
 * is one, else to a new one. Every argument is checked before any is applied: one that is not
 * known, or malformed, makes the whole command line refused (exit code 2), and nothing changes.
 * Arguments are UTF-8 here; the shell converts Windows' own.
 */
#ifndef LAPWING_COMMAND_LINE_H
#define LAPWING_COMMAND_LINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lapwing/text_buffer.h"

#ifdef __cplusplus
extern "C" {
#endif

#define COMMAND_LINE_MAX_ACTIONS 32
#define COMMAND_LINE_MAX_ARGUMENT 2048  /* bytes of one argument, a path included */
#define COMMAND_LINE_NAME_TEXT_MAX 4096 /* a request's names, each with its terminator */

typedef enum command_line_action
{
    ACTION_START,       /* start or resume; nothing if running */
    ACTION_STOP,        /* pause; nothing if not running */
    ACTION_TOGGLE,
    ACTION_LAP,
    ACTION_RESET,
    ACTION_UNDO,
    ACTION_SHOW,        /* bring the window to the front, restored */
    ACTION_SET,         /* set the elapsed time to amounts[i] (100 ns) */
    ACTION_ADD,         /* add amounts[i] (100 ns, signed) to it */
    ACTION_NEW,         /* a new stopwatch named names[i] */
    ACTION_CHOOSE,      /* the stopwatch names[i] (a name, or its number) from here on */
    ACTION_START_ALL,   /* every stopwatch not running started, at one counter reading */
    ACTION_STOP_ALL     /* every running stopwatch paused */
} command_line_action;

typedef enum command_line_error
{
    COMMAND_LINE_OK = 0,
    COMMAND_LINE_UNKNOWN,       /* an argument that is not an option of ours */
    COMMAND_LINE_MISSING_FILE,  /* --export with no file after it */
    COMMAND_LINE_TOO_LONG,      /* an argument past COMMAND_LINE_MAX_ARGUMENT */
    COMMAND_LINE_TOO_MANY,      /* more than COMMAND_LINE_MAX_ACTIONS actions */
    COMMAND_LINE_MISSING_TIME,  /* --set or --add with nothing after it */
    COMMAND_LINE_BAD_TIME,      /* --set or --add with what is not a time (time_parse.h) */
    COMMAND_LINE_MISSING_NAME   /* --new or --stopwatch with nothing after it */
} command_line_error;

typedef struct command_line
{
    command_line_action actions[COMMAND_LINE_MAX_ACTIONS];
    int64_t amounts[COMMAND_LINE_MAX_ACTIONS]; /* for ACTION_SET and ACTION_ADD, 100 ns */
    /* For ACTION_NEW and ACTION_CHOOSE: into the arguments, or into `name_text` (a request). */
    const char *names[COMMAND_LINE_MAX_ACTIONS];
    char name_text[COMMAND_LINE_NAME_TEXT_MAX];
    size_t action_count;
    bool minimized;             /* a new window starts minimized */
    bool status;                /* print the state and the time */
    bool help;
    bool version;
    const char *export_path;    /* points into the arguments; NULL when not asked */
    bool history;               /* print one line a past run */
    bool list;                  /* print one line a stopwatch */
    const char *export_history_path; /* every past run to this CSV file; NULL when not asked */
    command_line_error error;
    size_t error_argument;      /* the index of the argument refused */
} command_line;

/* Parses arguments 1..count-1 (argument 0 is the program). COMMAND_LINE_OK or why not; on
 * failure `parsed->error_argument` says which argument. */
command_line_error command_line_parse(command_line *parsed, int count, char *const *arguments);
/*
 * A parsed command line as a request to the running Lapwing (sent with WM_COPYDATA): UTF-8
 * text, "lapwing-request 1" and then one line per action ("action lap"; "action set 1250000"
 * and "action add -50000000" with their amounts in 100 ns) and the export path
 * ("export C:\\laps.csv"); the history's options are not sent (they read the saved files).
 * Reading it back checks everything again (the sender may be any
 * program): its size, the header, known actions only; the path is copied into `path`.
 */
#define COMMAND_LINE_REQUEST_MAX 8192
void command_line_write_request(text_buffer *buffer, const command_line *parsed);
bool command_line_read_request(const char *text, size_t length, command_line *parsed,
                               char *path, size_t path_size);

/* The jump list's tasks (right-click on the taskbar button): each runs lapwing.exe with one
 * option, which reaches the running Lapwing as a request. */
typedef struct jump_list_task
{
    unsigned command;           /* IDM_: its title and icon */
    const char *argument;       /* "--toggle" */
} jump_list_task;
extern const jump_list_task jump_list_tasks[];
extern const size_t jump_list_task_count;
/* With several stopwatches the jump list also starts or pauses each of the first few, by its
 * number ("--stopwatch 2 --toggle": the window shows it too). The arguments for the stopwatch
 * at `place` (0 = the first) into `text`; their length, or 0 when `size` is too small. */
#define JUMP_LIST_STOPWATCHES 5
size_t jump_list_stopwatch_argument(char *text, size_t size, size_t place);

/* The first --new or --stopwatch whose name does not do for `set` (--stopwatch: no such
 * stopwatch, counting those the command line adds before it; --new: a name that is not valid
 * or is taken); parsed->action_count when every one does. Checked before anything is applied:
 * a command line with one changes nothing. */
struct stopwatch_set;
size_t command_line_first_unknown_name(const command_line *parsed,
                                       const struct stopwatch_set *set);

/* Whether the command line asks only for output (status, help, version, export, history), so
 * that no window needs to open when Lapwing is not running. */
bool command_line_is_query(const command_line *parsed);

#ifdef __cplusplus
}
#endif

#endif
