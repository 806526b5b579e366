/*
 * One thread that flushes the journals of every state store in the process (each stopwatch has
 * its store: a hundred stopwatches, one thread), started with the first journal and ended with
 * the last. An append asks for a flush; the first ask after a flush sets a waitable timer, the
 * later ones, of any journal, ride along (group commit); no timer, no wakeup. The thread flushes
 * a duplicate of each journal's handle, taken under that journal's own lock, outside every lock:
 * the UI never waits for the disk.
 *
 * The UI thread calls everything here.
 */
#ifndef LAPWING_JOURNAL_FLUSHER_H
#define LAPWING_JOURNAL_FLUSHER_H

#include <windows.h>

/* A journal on the flusher's list: the store's own handle, read under the store's lock. It must
 * stay where it is from join to leave. */
typedef struct flushed_journal
{
    HANDLE *journal;                /* INVALID_HANDLE_VALUE: none open now */
    CRITICAL_SECTION *lock;         /* guards *journal */
    volatile LONG pending;          /* appended since the flusher last took it */
    struct flushed_journal *next;   /* the flusher's list (its lock guards it) */
} flushed_journal;

/* On the list (the thread started with the first). */
void journal_flusher_join(flushed_journal *journal);
/* Off the list: the flusher never touches it again (the thread ended with the last). */
void journal_flusher_leave(flushed_journal *journal);
/* After an append: flushed within `delay_ms` (when the thread runs; else by the store's next
 * snapshot). */
void journal_flusher_ask(flushed_journal *journal, DWORD delay_ms);

#endif
