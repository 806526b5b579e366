/*
 * The command line, from Windows' side. See remote_control.h.
 */
#include "remote_control.h"

#include <process.h>
#include <shellapi.h>
#include <stdlib.h>
#include <wchar.h>

#include "app_messages.h"
#include "app_state.h"
#include "console_output.h"
#include "csv_export.h"
#include "errors.h"
#include "history_store.h"
#include "lapwing/history_text.h"
#include "local_time.h"
#include "state_store.h"
#include "lapwing/format.h"
#include "resource.h"
#include "ui_text.h"
#include "utf8.h"
#include "version.h"

enum
{
    ANSWER_TIMEOUT_MS = 10000,  /* a busy Lapwing (a modal dialog open) still answers */
    /* The most a second Lapwing spends handing its command line over, whatever it waits for:
     * the window to appear (5 s), the request, the status and its text (10 s each), and a
     * little more. A command takes well under a second; this is the ceiling that keeps a
     * script from hanging. */
    FORWARD_DEADLINE_MS = 40000
};

/* Prints `text`, or shows it in a box when there is no console or pipe to print to. */
static void say(const WCHAR *text, BOOL box_if_nowhere, UINT box_icon)
{
    WCHAR title[64];

    if (console_output_write(text) || !box_if_nowhere)
        return;
    ui_text_load(IDS_APP_TITLE, title, ARRAYSIZE(title));
    MessageBoxW(NULL, text, title, MB_OK | box_icon);
}

/* "The running Lapwing did not answer within N seconds." */
static void say_no_answer(DWORD waited_ms)
{
    WCHAR seconds[16], text[512];
    const WCHAR *insert = seconds;

    _snwprintf(seconds, ARRAYSIZE(seconds), L"%lu", (unsigned long)(waited_ms / 1000));
    seconds[ARRAYSIZE(seconds) - 1] = L'\0';
    ui_text_format(text, ARRAYSIZE(text), IDS_CLI_NO_ANSWER, &insert, 1);
    wcscat(text, L"\r\n");
    say(text, FALSE, 0);
}

static HANDLE forward_done;
/* Armed, then either fired (the deadline passed) or done (the hand-over ended): whichever comes
 * first wins, so a process that carries on as the one Lapwing is never ended by it. */
enum { DEADLINE_ARMED, DEADLINE_FIRED, DEADLINE_DONE };
static volatile LONG deadline_state = DEADLINE_ARMED;

static unsigned __stdcall deadline_main(void *unused)
{
    (void)unused;
    if (WaitForSingleObject(forward_done, FORWARD_DEADLINE_MS) != WAIT_TIMEOUT ||
        InterlockedCompareExchange(&deadline_state, DEADLINE_FIRED, DEADLINE_ARMED) !=
            DEADLINE_ARMED)
        return 0;
    say_no_answer(FORWARD_DEADLINE_MS);
    /* Whatever the main thread still waits for, this process has nothing of its own to save
     * (it only hands a command line over): it ends now, rather than hang the script. */
    TerminateProcess(GetCurrentProcess(), EXIT_FAILED);
    return 0;
}

void remote_control_start_deadline(void)
{
    HANDLE thread;

    forward_done = CreateEventW(NULL, TRUE, FALSE, NULL);
    thread = forward_done ? (HANDLE)_beginthreadex(NULL, 0, deadline_main, NULL, 0, NULL) : NULL;
    if (thread)
        CloseHandle(thread);
}

int remote_control_no_window(void)
{
    say_no_answer(5000 + 10000); /* instance_find_window's wait, then the first's */
    return EXIT_FAILED;
}

void remote_control_end_deadline(void)
{
    if (!forward_done)
        return;
    if (InterlockedCompareExchange(&deadline_state, DEADLINE_DONE, DEADLINE_ARMED) ==
        DEADLINE_FIRED)
        Sleep(INFINITE); /* the deadline won: the thread is ending this process */
    SetEvent(forward_done); /* the thread ends; the handle goes with the process */
}

BOOL remote_control_parse(command_line *parsed, char ***storage, int *count)
{
    WCHAR **wide = CommandLineToArgvW(GetCommandLineW(), count), message[512], *argument;
    const WCHAR *insert;
    int i;

    *storage = NULL;
    if (!wide)
    {
        *count = 0;
        command_line_parse(parsed, 0, NULL);
        return TRUE;
    }
    *storage = calloc((size_t)*count + 1, sizeof(char *));
    for (i = 0; *storage && i < *count; i++)
        (*storage)[i] = utf8_from_wide(wide[i]);
    if (!*storage)
        *count = 0;
    command_line_parse(parsed, *count, *storage);
    if (parsed->error == COMMAND_LINE_OK)
    {
        /* An export path is resolved here, against this process's folder, not the running
         * Lapwing's. */
        for (i = 1; parsed->export_path && i < *count; i++)
            if ((*storage)[i] == parsed->export_path)
            {
                WCHAR full[MAX_PATH];
                DWORD length = GetFullPathNameW(wide[i], MAX_PATH, full, NULL);
                char *resolved = length && length < MAX_PATH ? utf8_from_wide(full) : NULL;
                if (resolved)
                {
                    free((*storage)[i]);
                    (*storage)[i] = resolved;
                    parsed->export_path = resolved;
                }
            }
        LocalFree(wide);
        return TRUE;
    }
    argument = parsed->error_argument < (size_t)*count ? wide[parsed->error_argument] : L"";
    if (wcslen(argument) > 80)
        argument[80] = L'\0';
    insert = argument;
    ui_text_format(message, ARRAYSIZE(message),
                   parsed->error == COMMAND_LINE_MISSING_FILE ? IDS_CLI_MISSING_FILE
                   : parsed->error == COMMAND_LINE_MISSING_TIME ? IDS_CLI_MISSING_TIME
                   : parsed->error == COMMAND_LINE_BAD_TIME   ? IDS_CLI_BAD_TIME
                   : parsed->error == COMMAND_LINE_MISSING_NAME ? IDS_CLI_MISSING_NAME
                   : parsed->error == COMMAND_LINE_UNKNOWN    ? IDS_CLI_UNKNOWN
                   : parsed->error == COMMAND_LINE_TOO_MANY   ? IDS_CLI_TOO_MANY
                                                              : IDS_CLI_TOO_LONG,
                   &insert, 1);
    wcscat(message, L"\r\n");
    say(message, TRUE, MB_ICONERROR);
    LocalFree(wide);
    return FALSE;
}

void remote_control_free(char **storage, int count)
{
    int i;

    if (!storage)
        return;
    for (i = 0; i < count; i++)
        free(storage[i]);
    free(storage);
}

void remote_control_print_help_and_version(const command_line *parsed)
{
    WCHAR text[4096];
    const WCHAR *insert = LAPWING_VERSION_WSTRING;

    ui_text_format(text, ARRAYSIZE(text), parsed->help ? IDS_CLI_HELP : IDS_CLI_VERSION, &insert,
                   1);
    wcscat(text, L"\r\n");
    say(text, TRUE, MB_ICONINFORMATION);
}

/* "running 00:01:23.45 laps 3": for scripts, so the words are not translated. */
static void print_status(stopwatch_state state, const WCHAR *time, size_t laps)
{
    WCHAR line[128];

    _snwprintf(line, ARRAYSIZE(line), L"%ls %ls laps %llu\r\n",
               state == STOPWATCH_RUNNING  ? L"running"
               : state == STOPWATCH_PAUSED ? L"paused"
                                           : L"stopped",
               time, (unsigned long long)laps);
    line[ARRAYSIZE(line) - 1] = L'\0';
    say(line, FALSE, 0);
}

static int send_request(HWND window, const command_line *parsed)
{
    text_buffer request;
    COPYDATASTRUCT data;
    DWORD_PTR answer = 0;

    text_buffer_initialize(&request);
    command_line_write_request(&request, parsed);
    if (request.failed)
    {
        text_buffer_delete(&request);
        return EXIT_FAILED;
    }
    data.dwData = LAPWING_REQUEST_MAGIC;
    data.cbData = (DWORD)request.length;
    data.lpData = request.text;
    if (!SendMessageTimeoutW(window, WM_COPYDATA, 0, (LPARAM)&data, SMTO_ABORTIFHUNG,
                             ANSWER_TIMEOUT_MS, &answer))
    {
        answer = 0;
        say_no_answer(ANSWER_TIMEOUT_MS);
    }
    text_buffer_delete(&request);
    if (answer == REMOTE_CORRECTION_REFUSED)
    {
        WCHAR text[512];
        ui_text_load(IDS_CLI_CORRECTION_REFUSED, text, ARRAYSIZE(text));
        wcscat(text, L"\r\n");
        say(text, FALSE, 0);
    }
    return answer == REMOTE_DONE ? EXIT_DONE : EXIT_FAILED;
}

static int print_window_status(HWND window)
{
    WCHAR time[64] = L"";
    DWORD_PTR answer = 0, length = 0;
    HWND display = GetDlgItem(window, IDC_TIME_DISPLAY);

    if (!SendMessageTimeoutW(window, WM_APP_STATUS, 0, 0, SMTO_ABORTIFHUNG, ANSWER_TIMEOUT_MS,
                             &answer) ||
        !answer || !display ||
        !SendMessageTimeoutW(display, WM_GETTEXT, ARRAYSIZE(time), (LPARAM)time,
                             SMTO_ABORTIFHUNG, ANSWER_TIMEOUT_MS, &length))
        return EXIT_FAILED;
    print_status((stopwatch_state)((answer & 3) - 1), time, (size_t)(answer >> 2));
    return EXIT_DONE;
}

int remote_control_forward(HWND window, const command_line *parsed)
{
    command_line request = *parsed;
    int code;

    /* A plain second start brings the running one to the front. */
    if (!request.action_count && !request.export_path && !request.status && !request.help &&
        !request.version)
        request.actions[request.action_count++] = ACTION_SHOW;
    AllowSetForegroundWindow(ASFW_ANY);
    code = send_request(window, &request);
    if (code == EXIT_DONE && parsed->status)
        code = print_window_status(window);
    return code;
}

int remote_control_apply_to_own_window(HWND window, const command_line *parsed)
{
    int code = EXIT_DONE;

    if (parsed->action_count || parsed->export_path)
        code = send_request(window, parsed);
    if (code == EXIT_DONE && parsed->status)
        code = print_window_status(window);
    return code;
}

int remote_control_answer_here(app *app, const command_line *parsed)
{
    stopwatch_snapshot snapshot;
    char time[FORMAT_TIME_MAX];
    WCHAR wide_time[FORMAT_TIME_MAX];
    size_t i;

    /* --stopwatch B: the answers are B's (read only: nothing is saved here). */
    for (i = 0; i < parsed->action_count; i++)
        if (parsed->actions[i] == ACTION_CHOOSE)
            shared_stopwatch_select(&app->shared,
                                    shared_stopwatch_find(&app->shared, parsed->names[i]));
    shared_stopwatch_snapshot(&app->shared, &snapshot);
    if (parsed->export_path)
    {
        WCHAR *path = utf8_to_wide(parsed->export_path);
        laps copied;
        uint64_t frequency;
        DWORD error = ERROR_NOT_ENOUGH_MEMORY;

        if (path && shared_stopwatch_copy_laps(&app->shared, &copied, &frequency))
        {
            error = csv_export_write(path, &copied, frequency);
            laps_delete(&copied);
        }
        free(path);
        if (error != ERROR_SUCCESS)
            return EXIT_FAILED;
    }
    if (parsed->status)
    {
        format_time(time, sizeof(time), snapshot.elapsed, snapshot.frequency);
        ascii_to_wide(time, wide_time, FORMAT_TIME_MAX);
        print_status(snapshot.state, wide_time, snapshot.lap_count);
    }
    return EXIT_DONE;
}

static void free_saved(app *saved)
{
    if (!saved)
        return;
    app_delete(saved);
    free(saved);
}

/* The saved state read into an app of its own (nothing written): what a running Lapwing has
 * too, since it saves every change before it shows it. NULL when out of memory. */
static app *load_saved(void)
{
    app_load_news news;
    app *saved = calloc(1, sizeof(*saved));

    if (!saved)
        return NULL;
    app_initialize(saved, GetModuleHandleW(NULL)); /* its keys are not needed here */
    if (saved->shared.set.count == 0)
    {
        free_saved(saved); /* out of memory: no stopwatch to read into */
        return NULL;
    }
    app_load_state(saved, &news, FALSE);
    return saved;
}


int remote_control_check_names(const command_line *parsed)
{
    size_t i, first;
    app *saved;
    BOOL named = FALSE;

    for (i = 0; i < parsed->action_count; i++)
        named |= parsed->actions[i] == ACTION_NEW || parsed->actions[i] == ACTION_CHOOSE;
    if (!named)
        return EXIT_DONE;
    if ((saved = load_saved()) == NULL)
        return EXIT_FAILED;
    first = shared_stopwatch_check_request(&saved->shared, parsed);
    free_saved(saved);
    if (first < parsed->action_count)
    {
        WCHAR *name = utf8_to_wide(parsed->names[first]), text[1024];
        const WCHAR *insert = name ? name : L"?";
        ui_text_format(text, ARRAYSIZE(text),
                       parsed->actions[first] == ACTION_NEW ? IDS_CLI_NAME_NOT_NEW
                                                            : IDS_CLI_NO_SUCH_STOPWATCH,
                       &insert, 1);
        wcscat(text, L"\r\n");
        say(text, TRUE, MB_ICONERROR);
        free(name);
        return EXIT_BAD_COMMAND_LINE;
    }
    return EXIT_DONE;
}

/* "2 running 00:01:02.35 laps 3 Runner B": for scripts, the words are not translated; the
 * name last, as it may have spaces (a stopwatch not named: its shown name). */
int remote_control_answer_list(const command_line *parsed)
{
    stopwatch_strip_item *items;
    size_t count, i;
    app *saved;

    if (!parsed->list)
        return EXIT_DONE;
    if ((saved = load_saved()) == NULL)
        return EXIT_FAILED;
    items = malloc(sizeof(*items) * (STOPWATCH_SET_MAX + 1));
    count = items ? shared_stopwatch_strip(&saved->shared, items, STOPWATCH_SET_MAX + 1) : 0;
    for (i = 0; i < count && i <= STOPWATCH_SET_MAX; i++)
    {
        char time[FORMAT_TIME_MAX];
        WCHAR wide_time[FORMAT_TIME_MAX], name[STOPWATCH_NAME_MAX_BYTES + 32], line[512];
        WCHAR *own = items[i].name[0] ? utf8_to_wide(items[i].name) : NULL;

        if (own)
            lstrcpynW(name, own, ARRAYSIZE(name));
        else
        {
            WCHAR number[16];
            const WCHAR *insert = number;
            _snwprintf(number, ARRAYSIZE(number), L"%lu", (unsigned long)items[i].id);
            number[ARRAYSIZE(number) - 1] = L'\0';
            ui_text_format(name, ARRAYSIZE(name), IDS_STOPWATCH_DEFAULT_NAME, &insert, 1);
        }
        free(own);
        format_time(time, sizeof(time), items[i].elapsed,
                    shared_stopwatch_frequency(&saved->shared));
        ascii_to_wide(time, wide_time, FORMAT_TIME_MAX);
        _snwprintf(line, ARRAYSIZE(line), L"%lu %ls %ls laps %llu %ls\r\n",
                   (unsigned long)(i + 1),
                   items[i].state == STOPWATCH_RUNNING  ? L"running"
                   : items[i].state == STOPWATCH_PAUSED ? L"paused"
                                                        : L"stopped",
                   wide_time, (unsigned long long)items[i].lap_count, name);
        line[ARRAYSIZE(line) - 1] = L'\0';
        say(line, FALSE, 0);
    }
    free(items);
    free_saved(saved);
    return EXIT_DONE;
}

/* "lapwing: ..." with two inserts, printed (a box when there is nowhere to print). */
static void say_error(UINT message, const WCHAR *first, DWORD error)
{
    WCHAR system_text[256], text[1024];
    const WCHAR *inserts[2] = { first, system_text };

    error_system_text(error, system_text, ARRAYSIZE(system_text));
    ui_text_format(text, ARRAYSIZE(text), message, inserts, 2);
    wcscat(text, L"\r\n");
    say(text, TRUE, MB_ICONERROR);
}

/* The stopwatch --history prints: the last --stopwatch's, else the selected one, as the saved
 * state has them now (a running Lapwing saved its changes before it answered); 0: none. FALSE
 * when out of memory. */
static BOOL history_stopwatch(const command_line *parsed, uint32_t *id)
{
    app *saved = load_saved();
    uint32_t *ids;
    size_t count, place, i;
    BOOL listed;

    *id = 0;
    if (!saved)
        return FALSE; /* out of memory */
    place = shared_stopwatch_selected_place(&saved->shared);
    for (i = 0; i < parsed->action_count; i++)
        if (parsed->actions[i] == ACTION_CHOOSE)
            place = shared_stopwatch_find(&saved->shared, parsed->names[i]);
    ids = malloc(sizeof(*ids) * (STOPWATCH_SET_MAX + 1));
    count = ids ? shared_stopwatch_ids(&saved->shared, ids, STOPWATCH_SET_MAX + 1) : 0;
    listed = ids != NULL;
    if (place < count && place <= STOPWATCH_SET_MAX)
        *id = ids[place];
    free(ids);
    free_saved(saved);
    return listed;
}

/* --history's lines for `stopwatch`'s runs, oldest first (a log: the newest last), printed a
 * few at a time. */
static void print_history(const history *runs, uint32_t stopwatch)
{
    enum { LINES_PER_WRITE = 64 };
    WCHAR *text = malloc(LINES_PER_WRITE * (HISTORY_TEXT_MAX + 2) * sizeof(WCHAR));
    size_t index, used = 0, lines = 0;

    if (!text)
        return;
    for (index = 0; index < runs->count; index++)
    {
        char line[HISTORY_TEXT_MAX];
        calendar_time started;
        const history_run *run = &runs->runs[index];
        int length;

        if (run->stopwatch != stopwatch)
            continue;
        history_text_line(line, sizeof(line), run,
                          local_time_from_wall(run->started_wall, &started));
        length = MultiByteToWideChar(CP_UTF8, 0, line, -1, text + used, HISTORY_TEXT_MAX);
        if (length > 0)
        {
            used += (size_t)length - 1;
            text[used++] = L'\r';
            text[used++] = L'\n';
        }
        if (++lines % LINES_PER_WRITE == 0)
        {
            text[used] = L'\0';
            console_output_write(text);
            used = 0;
        }
    }
    if (used)
    {
        text[used] = L'\0';
        console_output_write(text);
    }
    free(text);
}

int remote_control_answer_history(const command_line *parsed)
{
    WCHAR folder[MAX_PATH];
    history runs;
    history_report report;
    DWORD error;
    int code = EXIT_DONE;

    if (!parsed->history && !parsed->export_history_path)
        return EXIT_DONE;
    if (!state_store_default_folder(folder, ARRAYSIZE(folder)))
    {
        say_error(IDS_CLI_HISTORY_UNREADABLE, L"%LOCALAPPDATA%\\Lapwing", ERROR_PATH_NOT_FOUND);
        return EXIT_FAILED;
    }
    /* The file itself, written before the window shows a reset: the same answer whether a
     * Lapwing runs or not. */
    error = history_store_read(folder, &runs, &report);
    if (error != ERROR_SUCCESS)
    {
        say_error(IDS_CLI_HISTORY_UNREADABLE, folder, error);
        return EXIT_FAILED;
    }
    if (parsed->history)
    {
        uint32_t stopwatch;
        if (!history_stopwatch(parsed, &stopwatch))
        {
            say_error(IDS_CLI_HISTORY_UNREADABLE, folder, ERROR_NOT_ENOUGH_MEMORY);
            history_delete(&runs);
            return EXIT_FAILED;
        }
        print_history(&runs, stopwatch);
    }
    if (parsed->export_history_path)
    {
        WCHAR *path = utf8_to_wide(parsed->export_history_path);
        error = path ? csv_export_write_history(path, &runs) : ERROR_NOT_ENOUGH_MEMORY;
        if (error != ERROR_SUCCESS)
        {
            say_error(IDS_CLI_EXPORT_FAILED, path ? path : L"?", error);
            code = EXIT_FAILED;
        }
        free(path);
    }
    history_delete(&runs);
    return code;
}
