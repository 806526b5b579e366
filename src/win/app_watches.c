/*
 * Each stopwatch's files, and the list of them. See app_watches.h.
 */
#include "app_watches.h"

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "lapwing/stopwatch_set.h"

enum
{
    LIST_FILE_LIMIT = 4 * 1024 * 1024,
    IDS_MAX = STOPWATCH_SET_MAX + 1
};

app_watch *app_watch_of(app *app, uint32_t id)
{
    size_t i;

    for (i = 0; i < app->watch_count; i++)
        if (app->watches[i]->id == id)
            return app->watches[i];
    return NULL;
}

app_watch *app_selected_watch(app *app)
{
    return app_watch_of(app, shared_stopwatch_selected_id(&app->shared));
}

/* Stopwatch 1 in the state folder itself (the files of every Lapwing before load as it),
 * stopwatch N in stopwatch-N inside it. FALSE when the path does not fit. */
static BOOL watch_folder(const app *app, uint32_t id, WCHAR *folder)
{
    int written;

    if (id == 1)
        written = _snwprintf(folder, MAX_PATH, L"%ls", app->state_folder);
    else
        written = _snwprintf(folder, MAX_PATH, L"%ls\\stopwatch-%lu", app->state_folder,
                             (unsigned long)id);
    if (written < 0 || written >= MAX_PATH)
        return FALSE;
    folder[MAX_PATH - 1] = L'\0';
    return TRUE;
}

/* A stopwatch's saving, its store opened in its folder (created if need be); NULL with the
 * error set. */
app_watch *app_watch_open(app *app, uint32_t id)
{
    WCHAR folder[MAX_PATH];
    app_watch *watch = calloc(1, sizeof(*watch));
    app_watch **grown;

    if (!watch)
    {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    grown = realloc(app->watches, (app->watch_count + 1) * sizeof(*grown));
    if (!grown)
    {
        free(watch);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    app->watches = grown;
    watch->id = id;
    watch->saved_state = STOPWATCH_STOPPED;
    watch->store.functions = app->file_functions;
    if (!watch_folder(app, id, folder))
    {
        free(watch);
        SetLastError(ERROR_FILENAME_EXCED_RANGE);
        return NULL;
    }
    if (!state_store_initialize(&watch->store, folder))
    {
        DWORD error = GetLastError();
        free(watch);
        SetLastError(error ? error : ERROR_PATH_NOT_FOUND);
        return NULL;
    }
    watch->store_open = TRUE;
    app->watches[app->watch_count++] = watch;
    return watch;
}

void app_watch_close(app_watch *watch)
{
    if (watch->store_open)
        state_store_delete(&watch->store);
    watch->store_open = FALSE;
    free(watch);
}

/* A removed stopwatch's files go with it (once the list no longer names it); its runs are in
 * the history by then. Stopwatch 1's are the state folder's own: only its state files go. */
void app_watch_forget_files(app *app, uint32_t id)
{
    static const WCHAR *const names[] = { L"state.txt", L"state.bak.txt", L"journal.txt" };
    WCHAR folder[MAX_PATH], path[MAX_PATH];
    size_t i;

    if (!watch_folder(app, id, folder))
        return;
    for (i = 0; i < ARRAYSIZE(names); i++)
        if (file_path_in(path, folder, names[i]))
            DeleteFileW(path);
    if (id != 1)
        RemoveDirectoryW(folder); /* not when the user put something else there */
}

static BOOL list_path(const app *app, WCHAR *path)
{
    return file_path_in(path, app->state_folder, L"stopwatches.txt");
}

/* stopwatches.txt, rewritten (atomically) when its text changed: a stopwatch added, removed,
 * renamed, moved or selected. */
DWORD app_watches_write_list(app *app)
{
    WCHAR path[MAX_PATH];
    text_buffer text;
    DWORD error = ERROR_SUCCESS;

    text_buffer_initialize(&text);
    if (!shared_stopwatch_write_list(&app->shared, &text))
        error = ERROR_NOT_ENOUGH_MEMORY;
    else if (app->list_written && app->list_written_length == text.length &&
             memcmp(app->list_written, text.text, text.length) == 0)
        error = ERROR_SUCCESS;
    else if (!list_path(app, path))
        error = ERROR_FILENAME_EXCED_RANGE;
    else if ((error = file_write_atomic(app->file_functions, path, text.text, text.length,
                                        NULL)) == ERROR_SUCCESS)
    {
        free(app->list_written);
        app->list_written = text.text; /* kept, to compare with the next */
        app->list_written_length = text.length;
        text.text = NULL;
    }
    text_buffer_delete(&text);
    return error;
}

/* With no list, or one not all read: every stopwatch-N folder that holds a state, and that the
 * set does not have, comes back as stopwatch N (not named): a damaged list loses no stopwatch.
 * (With a good list a folder it does not name is one removed, whose files were going.) */
static void recover_unlisted(app *app)
{
    WCHAR pattern[MAX_PATH], folder[MAX_PATH], path[MAX_PATH];
    WIN32_FIND_DATAW found;
    HANDLE search;
    uint32_t ids[IDS_MAX];
    size_t count = shared_stopwatch_ids(&app->shared, ids, ARRAYSIZE(ids)), i;

    if (!file_path_in(pattern, app->state_folder, L"stopwatch-*"))
        return;
    search = FindFirstFileW(pattern, &found);
    if (search == INVALID_HANDLE_VALUE)
        return;
    do
    {
        WCHAR *end;
        unsigned long id = wcstoul(found.cFileName + 10, &end, 10);
        BOOL known = FALSE;

        if (!(found.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) || *end || id < 2 ||
            id > STOPWATCH_ID_MAX || found.cFileName[10] < L'0' || found.cFileName[10] > L'9')
            continue;
        for (i = 0; i < count && i < ARRAYSIZE(ids) && !known; i++)
            known = ids[i] == id;
        if (known || !watch_folder(app, (uint32_t)id, folder) ||
            !file_path_in(path, folder, L"state.txt") ||
            (GetFileAttributesW(path) == INVALID_FILE_ATTRIBUTES &&
             (!file_path_in(path, folder, L"journal.txt") ||
              GetFileAttributesW(path) == INVALID_FILE_ATTRIBUTES)))
            continue;
        shared_stopwatch_add_with_id(&app->shared, (uint32_t)id);
    } while (FindNextFileW(search, &found));
    FindClose(search);
}

/* A list that could not all be read, copied aside (stopwatches.corrupt-DATE.txt) before it is
 * written anew. */
static void keep_damaged_list(app *app, const WCHAR *path, WCHAR *kept_as, size_t size)
{
    WCHAR name[96];

    if (file_keep_damaged(path, app->state_folder, L"stopwatches", name, ARRAYSIZE(name)) &&
        !kept_as[0])
        lstrcpynW(kept_as, name, (int)size);
}

/* stopwatches.txt into the set, when there is one (a state of an earlier Lapwing has none: its
 * one stopwatch is stopwatch 1). FALSE when it is there but cannot be read now. */
BOOL app_watches_load_list(app *app, app_load_news *news)
{
    WCHAR path[MAX_PATH];
    char *text = NULL;
    size_t length = 0;
    stopwatch_list_report report;
    DWORD error;

    if (!list_path(app, path))
        return TRUE;
    error = file_read_all(path, LIST_FILE_LIMIT, &text, &length);
    if (error == ERROR_FILE_NOT_FOUND || error == ERROR_PATH_NOT_FOUND)
    {
        recover_unlisted(app);
        return TRUE;
    }
    if (error != ERROR_SUCCESS)
    {
        news->error = error;
        return FALSE;
    }
    shared_stopwatch_read_list(&app->shared, text, length, &report);
    if (report.bad_lines || report.no_header)
    {
        /* What could be read is used, with every stopwatch whose files are there; the damaged
         * list is kept beside, and written anew. */
        news->damaged = TRUE;
        keep_damaged_list(app, path, news->kept_as, ARRAYSIZE(news->kept_as));
        recover_unlisted(app);
    }
    free(text);
    return TRUE;
}

