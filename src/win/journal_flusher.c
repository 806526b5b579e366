/*
 * The journals' flusher. See journal_flusher.h.
 */
#include "journal_flusher.h"

#include <process.h>
#include <stdlib.h>

/*
 * The flusher's list and its thread. The journals are listed under `lock`; they are flushed
 * through duplicates of their handles, outside it.
 */
typedef struct flusher_handles
{
    HANDLE stop_event;
    HANDLE timer;
} flusher_handles;

static struct
{
    INIT_ONCE once;
    CRITICAL_SECTION lock;          /* guards everything below */
    flushed_journal *journals;      /* through each one's `next` */
    size_t count;
    HANDLE thread;
    flusher_handles *handles;       /* the running thread's, or NULL */
    volatile LONG timer_armed;      /* an append set the timer and the thread has not run since */
} flusher; /* zero: INIT_ONCE_STATIC_INIT, and no store */

static BOOL CALLBACK initialize_flusher(INIT_ONCE *once, void *parameter, void **context)
{
    (void)once;
    (void)parameter;
    (void)context;
    InitializeCriticalSection(&flusher.lock);
    return TRUE;
}

/* A duplicate of each journal appended to since the last flush (`pending` cleared), into
 * `copies` (at most `size`); how many. Under the lock. */
static size_t take_pending(HANDLE *copies, size_t size)
{
    flushed_journal *journal;
    size_t count = 0;

    for (journal = flusher.journals; journal && count < size; journal = journal->next)
    {
        if (!InterlockedExchange(&journal->pending, 0))
            continue;
        EnterCriticalSection(journal->lock);
        if (*journal->journal != INVALID_HANDLE_VALUE &&
            DuplicateHandle(GetCurrentProcess(), *journal->journal, GetCurrentProcess(),
                            &copies[count], 0, FALSE, DUPLICATE_SAME_ACCESS))
            count++;
        LeaveCriticalSection(journal->lock);
    }
    return count;
}

static unsigned __stdcall flusher_main(void *parameter)
{
    flusher_handles *handles = parameter;
    HANDLE waits[2] = { handles->stop_event, handles->timer };

    for (;;)
    {
        DWORD woke = WaitForMultipleObjects(2, waits, FALSE, INFINITE);
        HANDLE *copies;
        size_t count, i;

        InterlockedExchange(&flusher.timer_armed, 0); /* an append from now on sets it again */
        EnterCriticalSection(&flusher.lock);
        copies = malloc(sizeof(*copies) * (flusher.count ? flusher.count : 1));
        count = copies ? take_pending(copies, flusher.count) : 0;
        LeaveCriticalSection(&flusher.lock);
        for (i = 0; i < count; i++)
        {
            FlushFileBuffers(copies[i]); /* outside every lock: the UI never waits for the disk */
            CloseHandle(copies[i]);
        }
        free(copies);
        if (woke != WAIT_OBJECT_0 + 1)
            return 0;
    }
}

void journal_flusher_join(flushed_journal *journal)
{
    InitOnceExecuteOnce(&flusher.once, initialize_flusher, NULL, NULL);
    EnterCriticalSection(&flusher.lock);
    if (!flusher.thread)
    {
        flusher_handles *handles = calloc(1, sizeof(*handles));
        if (handles)
        {
            handles->stop_event = CreateEventW(NULL, TRUE, FALSE, NULL);
            handles->timer = CreateWaitableTimerW(NULL, FALSE, NULL);
        }
        InterlockedExchange(&flusher.timer_armed, 0); /* no timer is set on a new one */
        if (handles && handles->stop_event && handles->timer)
            flusher.thread = (HANDLE)_beginthreadex(NULL, 0, flusher_main, handles, 0, NULL);
        if (flusher.thread)
            flusher.handles = handles;
        else if (handles)
        {
            if (handles->stop_event)
                CloseHandle(handles->stop_event);
            if (handles->timer)
                CloseHandle(handles->timer);
            free(handles);
        }
    }
    journal->pending = 0;
    journal->next = flusher.journals;
    flusher.journals = journal;
    flusher.count++;
    LeaveCriticalSection(&flusher.lock);
}

void journal_flusher_leave(flushed_journal *journal)
{
    flushed_journal **link;
    HANDLE thread = NULL;
    flusher_handles *handles = NULL;

    EnterCriticalSection(&flusher.lock);
    for (link = &flusher.journals; *link; link = &(*link)->next)
        if (*link == journal)
        {
            *link = journal->next;
            flusher.count--;
            break;
        }
    if (flusher.count == 0 && flusher.thread)
    {
        thread = flusher.thread;
        handles = flusher.handles;
        flusher.thread = NULL;
        flusher.handles = NULL;
    }
    LeaveCriticalSection(&flusher.lock);
    if (thread)
    {
        /* Waited for outside the lock, which the thread takes on its way out. */
        SetEvent(handles->stop_event);
        WaitForSingleObject(thread, INFINITE);
        CloseHandle(thread);
        CloseHandle(handles->stop_event);
        CloseHandle(handles->timer);
        free(handles);
    }
}

void journal_flusher_ask(flushed_journal *journal, DWORD delay_ms)
{
    LARGE_INTEGER due;

    InterlockedExchange(&journal->pending, 1);
    if (InterlockedExchange(&flusher.timer_armed, 1) != 0)
        return;
    EnterCriticalSection(&flusher.lock);
    due.QuadPart = -(LONGLONG)delay_ms * 10000;
    if (!flusher.handles ||
        !SetWaitableTimer(flusher.handles->timer, &due, 0, NULL, NULL, FALSE))
        InterlockedExchange(&flusher.timer_armed, 0); /* not set: the next append tries again */
    LeaveCriticalSection(&flusher.lock);
}
