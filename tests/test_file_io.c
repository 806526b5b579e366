/*
 * The atomic file writer under faults: a disk full at byte N, a write error midway, a failed
 * flush, a failed rename. Each time the previous file must be untouched and no temporary file
 * left behind; the next successful write must be complete. Then the state store on top of it:
 * a failed snapshot leaves the previous state readable.
 */
#include <windows.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <cmocka.h>

#include "app_state.h"
#include "app.h"
#include "file_io.h"
#include "history_store.h"
#include "state_store.h"

static WCHAR folder[MAX_PATH], target[MAX_PATH];

/* ---- Fakes -------------------------------------------------------------------------------- */

static size_t fail_at_byte = SIZE_MAX; /* writes fail (disk full) once this many bytes went */
static size_t written_so_far;
static BOOL fail_flush, fail_move, fail_write_error;

static BOOL WINAPI fake_write(HANDLE file, LPCVOID data, DWORD size, LPDWORD written,
                              LPOVERLAPPED overlapped)
{
    DWORD allowed = size;

    if (fail_write_error)
    {
        SetLastError(ERROR_CRC);
        return FALSE;
    }
    if (written_so_far + size > fail_at_byte)
        allowed = (DWORD)(fail_at_byte - written_so_far);
    if (!WriteFile(file, data, allowed, written, overlapped))
        return FALSE;
    written_so_far += *written;
    if (allowed < size)
    {
        SetLastError(ERROR_DISK_FULL);
        return FALSE;
    }
    return TRUE;
}

static BOOL WINAPI fake_flush(HANDLE file)
{
    if (fail_flush)
    {
        SetLastError(ERROR_IO_DEVICE);
        return FALSE;
    }
    return FlushFileBuffers(file);
}

static BOOL WINAPI fake_move(LPCWSTR from, LPCWSTR to, DWORD flags)
{
    if (fail_move)
    {
        SetLastError(ERROR_SHARING_VIOLATION); /* the target open in another program */
        return FALSE;
    }
    return MoveFileExW(from, to, flags);
}

static BOOL WINAPI fake_replace(LPCWSTR replaced, LPCWSTR replacement, LPCWSTR backup,
                                DWORD flags, LPVOID exclude, LPVOID reserved)
{
    if (fail_move)
    {
        SetLastError(ERROR_SHARING_VIOLATION);
        return FALSE;
    }
    return ReplaceFileW(replaced, replacement, backup, flags, exclude, reserved);
}

static const file_functions faulty = { CreateFileW, fake_write, fake_flush, fake_move,
                                       fake_replace };

static void no_faults(void)
{
    fail_at_byte = SIZE_MAX;
    written_so_far = 0;
    fail_flush = fail_move = fail_write_error = FALSE;
}

/* ---- Helpers ------------------------------------------------------------------------------ */

static char *read_target(void)
{
    char *data = NULL;
    size_t length = 0;
    if (file_read_all(target, 1 << 20, &data, &length) != ERROR_SUCCESS)
        return NULL;
    return data;
}

/* Files in the folder other than `expected` of them: temporary files left behind. */
static int files_in_folder(void)
{
    WCHAR pattern[MAX_PATH];
    WIN32_FIND_DATAW found;
    HANDLE search;
    int count = 0;

    _snwprintf(pattern, MAX_PATH, L"%ls\\*", folder);
    search = FindFirstFileW(pattern, &found);
    if (search == INVALID_HANDLE_VALUE)
        return 0;
    do
        if (!(found.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY))
            count++;
    while (FindNextFileW(search, &found));
    FindClose(search);
    return count;
}

static void empty_folder(void)
{
    WCHAR pattern[MAX_PATH], file[MAX_PATH];
    WIN32_FIND_DATAW found;
    HANDLE search;

    _snwprintf(pattern, MAX_PATH, L"%ls\\*", folder);
    search = FindFirstFileW(pattern, &found);
    if (search == INVALID_HANDLE_VALUE)
        return;
    do
    {
        _snwprintf(file, MAX_PATH, L"%ls\\%ls", folder, found.cFileName);
        DeleteFileW(file);
    } while (FindNextFileW(search, &found));
    FindClose(search);
}

static int setup(void **state)
{
    WCHAR temp[MAX_PATH];
    (void)state;
    GetTempPathW(MAX_PATH, temp);
    _snwprintf(folder, MAX_PATH, L"%lslapwing-file-io-%lu", temp, GetCurrentProcessId());
    CreateDirectoryW(folder, NULL);
    _snwprintf(target, MAX_PATH, L"%ls\\state.txt", folder);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    empty_folder();
    RemoveDirectoryW(folder);
    return 0;
}

/* ---- Tests -------------------------------------------------------------------------------- */

static void each_fault_leaves_the_previous_file_and_no_temporary(void **state)
{
    static const char old_text[] = "the previous state\n";
    char new_text[100000];
    char *read;
    int fault;
    (void)state;
    memset(new_text, 'n', sizeof(new_text));
    no_faults();
    assert_int_equal(file_write_atomic(&faulty, target, old_text, strlen(old_text), NULL),
                     ERROR_SUCCESS);
    for (fault = 0; fault < 5; fault++)
    {
        DWORD error;
        no_faults();
        switch (fault)
        {
        case 0: fail_at_byte = 0; break;              /* disk full at the first byte */
        case 1: fail_at_byte = 4096 + 17; break;      /* disk full midway */
        case 2: fail_write_error = TRUE; break;       /* a write error */
        case 3: fail_flush = TRUE; break;             /* the flush fails */
        case 4: fail_move = TRUE; break;              /* the rename fails */
        }
        error = file_write_atomic(&faulty, target, new_text, sizeof(new_text), NULL);
        assert_true(error != ERROR_SUCCESS);
        read = read_target();
        assert_non_null(read);
        assert_string_equal(read, old_text);
        free(read);
        assert_int_equal(files_in_folder(), 1); /* no temporary file left behind */
    }
    /* The next write that works is whole. */
    no_faults();
    assert_int_equal(file_write_atomic(&faulty, target, new_text, sizeof(new_text), NULL),
                     ERROR_SUCCESS);
    read = read_target();
    assert_non_null(read);
    assert_int_equal(strlen(read), sizeof(new_text));
    free(read);
    empty_folder();
}

static void a_failed_snapshot_keeps_the_previous_state_readable(void **state)
{
    state_store store;
    saved_state saved, loaded;
    state_report report;
    WCHAR kept[64];
    (void)state;
    no_faults();
    store.functions = &faulty;
    assert_true(state_store_initialize(&store, folder));
    state_store_load(&store, &loaded, &report, kept, 64);
    saved_state_delete(&loaded);

    saved_state_initialize(&saved);
    saved.state = STOPWATCH_PAUSED;
    saved.banked = 5000;
    assert_true(laps_append(&saved.laps, 1000));
    assert_int_equal(state_store_write_snapshot(&store, &saved), ERROR_SUCCESS);
    assert_int_equal(state_store_append(&store, "lap 2000\n", 9), ERROR_SUCCESS);

    /* A bigger state, and the disk fills up while it is written. */
    assert_true(laps_append(&saved.laps, 3000));
    fail_at_byte = written_so_far + 20;
    assert_true(state_store_write_snapshot(&store, &saved) != ERROR_SUCCESS);
    no_faults();
    state_store_delete(&store);

    /* Read back: the previous snapshot and its journal, whole. */
    store.functions = NULL;
    assert_true(state_store_initialize(&store, folder));
    state_store_load(&store, &loaded, &report, kept, 64);
    assert_int_equal(report.bad_lines, 0);
    assert_int_equal(loaded.banked, 5000);
    assert_int_equal(loaded.laps.count, 2);
    assert_int_equal(laps_total(&loaded.laps, 1), 2000);
    saved_state_delete(&loaded);
    saved_state_delete(&saved);
    state_store_delete(&store);
    empty_folder();
}

static void write_text(const WCHAR *name, const char *text)
{
    WCHAR path[MAX_PATH];
    FILE *file;
    _snwprintf(path, MAX_PATH, L"%ls\\%ls", folder, name);
    file = _wfopen(path, L"wb");
    assert_non_null(file);
    fputs(text, file);
    fclose(file);
}

static void a_lost_snapshot_comes_back_from_its_backup(void **state)
{
    state_store store;
    saved_state loaded;
    state_report report;
    WCHAR kept[64];
    (void)state;
    /* A crash inside ReplaceFileW: the old snapshot is the backup, the new one is nowhere. */
    write_text(L"state.bak.txt", "lapwing-state 1\ngeneration 4\nstate paused\nbanked 70\n"
                                 "lap 30\nend\n");
    write_text(L"journal.txt", "lapwing-journal 1 5\nlap 60\n");
    store.functions = NULL;
    assert_true(state_store_initialize(&store, folder));
    assert_int_equal(state_store_load(&store, &loaded, &report, kept, 64), ERROR_SUCCESS);
    assert_int_equal(loaded.banked, 70);
    assert_int_equal(loaded.laps.count, 1);
    /* The next snapshot is past every generation seen, the journal's 5 included. */
    assert_true(store.generation >= 5);
    saved_state_delete(&loaded);
    state_store_delete(&store);
    empty_folder();
}

static void a_snapshot_that_cannot_be_read_now_is_not_written_over(void **state)
{
    static const char text[] = "lapwing-state 1\nstate paused\nbanked 70\nend\n";
    state_store store;
    saved_state loaded;
    state_report report;
    WCHAR kept[64], path[MAX_PATH];
    HANDLE locked;
    char *read;
    (void)state;
    write_text(L"state.txt", text);
    _snwprintf(path, MAX_PATH, L"%ls\\state.txt", folder);
    /* Another program holds it open, sharing nothing. */
    locked = CreateFileW(path, GENERIC_READ, 0, NULL, OPEN_EXISTING, 0, NULL);
    assert_true(locked != INVALID_HANDLE_VALUE);
    store.functions = NULL;
    assert_true(state_store_initialize(&store, folder));
    assert_true(state_store_load(&store, &loaded, &report, kept, 64) != ERROR_SUCCESS);
    saved_state_delete(&loaded);
    state_store_delete(&store);
    CloseHandle(locked);
    read = read_target();
    assert_non_null(read);
    assert_string_equal(read, text);
    free(read);
    empty_folder();
}

/* A whole file of the folder's, NUL-terminated (malloc'd), or NULL. */
static char *read_in_folder(const WCHAR *name)
{
    WCHAR path[MAX_PATH];
    char *text = NULL;
    size_t length = 0;

    _snwprintf(path, MAX_PATH, L"%ls\\%ls", folder, name);
    return file_read_all(path, 1 << 20, &text, &length) == ERROR_SUCCESS ? text : NULL;
}

static void a_damaged_history_is_kept_aside_and_written_back_clean(void **state)
{
    static const char damaged[] = "lapwing-history 1\n"
                                  "run 1 1 0 0 50 1\nlap 20\nend 1\n"
                                  "\x01 noise\n"
                                  "run 2 1 0 0 60 2\nlap 30\n"; /* cut: no end */
    history_store store;
    history runs, again;
    history_report report;
    WCHAR kept[64], pattern[MAX_PATH];
    WIN32_FIND_DATAW found;
    HANDLE search;
    char *text;
    (void)state;
    write_text(L"history.txt", damaged);
    store.functions = NULL;
    assert_true(history_store_initialize(&store, folder));
    assert_int_equal(history_store_load(&store, &runs, kept, 64), ERROR_SUCCESS);
    assert_int_equal(runs.count, 1);
    /* Kept as it was... */
    assert_true(wcsncmp(kept, L"history.corrupt-", 16) == 0);
    _snwprintf(pattern, MAX_PATH, L"%ls\\history.corrupt-*.txt", folder);
    search = FindFirstFileW(pattern, &found);
    assert_true(search != INVALID_HANDLE_VALUE);
    FindClose(search);
    text = read_in_folder(found.cFileName);
    assert_non_null(text);
    assert_string_equal(text, damaged);
    free(text);
    /* ...and written back clean, so a new run appended after it reads whole. */
    {
        history_run run;
        text_buffer block;
        history_run_initialize(&run);
        run.total = 70;
        assert_true(history_add(&runs, &run));
        text_buffer_initialize(&block);
        history_write_run(&block, &runs.runs[runs.count - 1]);
        assert_int_equal(history_store_append(&store, block.text, block.length), ERROR_SUCCESS);
        text_buffer_delete(&block);
    }
    history_store_delete(&store);
    assert_int_equal(history_store_read(folder, &again, &report), ERROR_SUCCESS);
    assert_int_equal(report.bad_lines, 0);
    assert_int_equal(report.runs_cut, 0);
    assert_int_equal(again.count, 2);
    assert_int_equal(again.runs[1].total, 70);
    history_delete(&again);
    history_delete(&runs);
    empty_folder();
}

static void a_history_that_cannot_be_read_now_is_not_written_over(void **state)
{
    static const char text[] = "lapwing-history 1\nrun 1 1 0 0 50 0\nend 1\n";
    history_store store;
    history runs;
    WCHAR kept[64], path[MAX_PATH];
    HANDLE locked;
    char *read;
    (void)state;
    write_text(L"history.txt", text);
    _snwprintf(path, MAX_PATH, L"%ls\\history.txt", folder);
    locked = CreateFileW(path, GENERIC_READ, 0, NULL, OPEN_EXISTING, 0, NULL);
    assert_true(locked != INVALID_HANDLE_VALUE);
    store.functions = NULL;
    assert_true(history_store_initialize(&store, folder));
    assert_true(history_store_load(&store, &runs, kept, 64) != ERROR_SUCCESS);
    /* Appending is refused: nothing of what it holds can be lost. */
    assert_true(history_store_append(&store, "remove 1\n", 9) != ERROR_SUCCESS);
    history_store_delete(&store);
    history_delete(&runs);
    CloseHandle(locked);
    read = read_in_folder(L"history.txt");
    assert_non_null(read);
    assert_string_equal(read, text);
    free(read);
    empty_folder();
}

static void a_failing_save_is_said_once_and_its_recovery_too(void **state)
{
    app first, second;
    stopwatch_snapshot snapshot;
    app_load_news news;
    (void)state;
    no_faults();
    SetEnvironmentVariableW(L"LAPWING_STATE_DIR", folder);
    app_initialize(&first, GetModuleHandleW(NULL)); /* no keys here: saving needs none */
    first.file_functions = &faulty;
    app_load_state(&first, &news, TRUE);
    assert_int_equal(news.error, 0);
    shared_stopwatch_toggle(&first.shared);
    assert_int_equal(app_save_changes(&first), APP_SAVE_QUIET);

    fail_write_error = TRUE; /* the disk goes away */
    shared_stopwatch_lap(&first.shared);
    assert_int_equal(app_save_changes(&first), APP_SAVE_FAILED);
    shared_stopwatch_lap(&first.shared);
    assert_int_equal(app_save_changes(&first), APP_SAVE_QUIET); /* said once */
    fail_write_error = FALSE; /* and comes back */
    shared_stopwatch_lap(&first.shared);
    assert_int_equal(app_save_changes(&first), APP_SAVE_WORKS_AGAIN);
    app_delete(&first);

    /* Everything is there, the laps made while saving failed included. */
    app_initialize(&second, GetModuleHandleW(NULL));
    app_load_state(&second, &news, FALSE);
    shared_stopwatch_snapshot(&second.shared, &snapshot);
    assert_int_equal(snapshot.lap_count, 3);
    app_delete(&second);
    SetEnvironmentVariableW(L"LAPWING_STATE_DIR", NULL);
    empty_folder();
}

/* A folder of the state folder emptied and gone (a stopwatch's own files). */
static void remove_subfolder(const WCHAR *name)
{
    WCHAR sub[MAX_PATH], path[MAX_PATH];
    static const WCHAR *const files[] = { L"state.txt", L"state.bak.txt", L"journal.txt" };
    size_t i;

    _snwprintf(sub, MAX_PATH, L"%ls\\%ls", folder, name);
    for (i = 0; i < ARRAYSIZE(files); i++)
    {
        _snwprintf(path, MAX_PATH, L"%ls\\%ls", sub, files[i]);
        DeleteFileW(path);
    }
    RemoveDirectoryW(sub);
}

static BOOL subfolder_exists(const WCHAR *name)
{
    WCHAR sub[MAX_PATH];
    DWORD attributes;

    _snwprintf(sub, MAX_PATH, L"%ls\\%ls", folder, name);
    attributes = GetFileAttributesW(sub);
    return attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_DIRECTORY);
}

static void several_stopwatches_come_back_after_a_kill_each_with_its_laps(void **state)
{
    app first, second;
    app_load_news news;
    stopwatch_strip_item items[4];
    uint32_t id;
    (void)state;
    no_faults();
    SetEnvironmentVariableW(L"LAPWING_STATE_DIR", folder);
    app_initialize(&first, GetModuleHandleW(NULL)); /* no keys here: saving needs none */
    app_load_state(&first, &news, TRUE);
    assert_int_equal(news.error, 0);
    assert_int_equal(shared_stopwatch_add(&first.shared, "Runner B", &id), STOPWATCH_SET_OK);
    assert_int_equal(id, 2);
    assert_int_equal(shared_stopwatch_add(&first.shared, "Läufer C", &id), STOPWATCH_SET_OK);
    assert_int_equal(app_save_changes(&first), APP_SAVE_QUIET);
    assert_true(subfolder_exists(L"stopwatch-2"));
    assert_true(subfolder_exists(L"stopwatch-3"));
    /* Start all at one tick (the third, paused, too), then the third paused again. */
    shared_stopwatch_select(&first.shared, 2);
    shared_stopwatch_toggle(&first.shared);
    shared_stopwatch_toggle(&first.shared);
    assert_int_equal(shared_stopwatch_start_all(&first.shared, TRUE), 3);
    shared_stopwatch_toggle(&first.shared); /* the third paused again */
    shared_stopwatch_lap_at(&first.shared, 0);
    shared_stopwatch_lap_at(&first.shared, 1);
    shared_stopwatch_lap_at(&first.shared, 1);
    shared_stopwatch_select(&first.shared, 1);
    assert_int_equal(app_save_changes(&first), APP_SAVE_QUIET);
    /* Killed: the journals hold everything, no last snapshot. */
    first.finish_saving = NULL;
    app_stop_saving(&first);
    app_delete(&first);

    app_initialize(&second, GetModuleHandleW(NULL));
    app_load_state(&second, &news, FALSE);
    assert_int_equal(news.error, 0);
    assert_false(news.damaged);
    assert_int_equal(shared_stopwatch_strip(&second.shared, items, ARRAYSIZE(items)), 3);
    assert_int_equal(items[0].id, 1);
    assert_string_equal(items[1].name, "Runner B");
    assert_string_equal(items[2].name, "Läufer C");
    assert_int_equal(items[0].state, STOPWATCH_RUNNING);
    assert_int_equal(items[1].state, STOPWATCH_RUNNING);
    assert_int_equal(items[2].state, STOPWATCH_PAUSED);
    assert_int_equal(items[0].lap_count, 1);
    assert_int_equal(items[1].lap_count, 2);
    assert_int_equal(items[2].lap_count, 0);
    /* Started together, they still read the same (to the 100 ns the disk keeps). */
    assert_true(items[0].elapsed == items[1].elapsed);
    assert_int_equal(shared_stopwatch_selected_id(&second.shared), 2);
    app_delete(&second);

    /* A stopwatch removed loses its files once saved; put back, it has them again. */
    app_initialize(&first, GetModuleHandleW(NULL));
    app_load_state(&first, &news, TRUE);
    assert_int_equal(shared_stopwatch_remove(&first.shared, 1, &id), STOPWATCH_SET_OK);
    assert_int_equal(id, 2);
    assert_int_equal(app_save_changes(&first), APP_SAVE_QUIET);
    assert_false(subfolder_exists(L"stopwatch-2"));
    assert_int_equal(shared_stopwatch_put_back(&first.shared, &id), STOPWATCH_SET_OK);
    assert_int_equal(app_save_changes(&first), APP_SAVE_QUIET);
    assert_true(subfolder_exists(L"stopwatch-2"));
    app_delete(&first);
    app_initialize(&second, GetModuleHandleW(NULL));
    app_load_state(&second, &news, FALSE);
    assert_int_equal(shared_stopwatch_strip(&second.shared, items, ARRAYSIZE(items)), 3);
    assert_string_equal(items[1].name, "Runner B");
    assert_int_equal(items[1].lap_count, 2);
    app_delete(&second);

    /* A list that cannot be read: every stopwatch whose files are there comes back, and the
     * damaged list is kept beside. */
    write_text(L"stopwatches.txt", "lapwing-stopwatches 9\nnonsense\n");
    app_initialize(&second, GetModuleHandleW(NULL));
    app_load_state(&second, &news, FALSE);
    assert_true(news.damaged);
    assert_true(wcsncmp(news.kept_as, L"stopwatches.corrupt-", 20) == 0);
    assert_int_equal(shared_stopwatch_strip(&second.shared, items, ARRAYSIZE(items)), 3);
    assert_int_equal(items[1].id, 2);
    assert_int_equal(items[1].lap_count, 2);
    assert_int_equal(items[2].id, 3);
    app_delete(&second);

    SetEnvironmentVariableW(L"LAPWING_STATE_DIR", NULL);
    remove_subfolder(L"stopwatch-2");
    remove_subfolder(L"stopwatch-3");
    empty_folder();
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(each_fault_leaves_the_previous_file_and_no_temporary),
        cmocka_unit_test(a_failed_snapshot_keeps_the_previous_state_readable),
        cmocka_unit_test(a_lost_snapshot_comes_back_from_its_backup),
        cmocka_unit_test(a_snapshot_that_cannot_be_read_now_is_not_written_over),
        cmocka_unit_test(a_failing_save_is_said_once_and_its_recovery_too),
        cmocka_unit_test(several_stopwatches_come_back_after_a_kill_each_with_its_laps),
        cmocka_unit_test(a_damaged_history_is_kept_aside_and_written_back_clean),
        cmocka_unit_test(a_history_that_cannot_be_read_now_is_not_written_over),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
