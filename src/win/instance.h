/*
 * One Lapwing per stopwatch: a named mutex scoped to the user's session and to the state
 * folder (two portable copies in different folders are two stopwatches; the installed copy is
 * one), and a way to find that instance's window. UI thread.
 */
#ifndef LAPWING_INSTANCE_H
#define LAPWING_INSTANCE_H

#include <windows.h>

/* The window property that names the instance a main window belongs to. */
#define INSTANCE_PROPERTY L"LapwingInstance"

typedef struct instance
{
    HANDLE mutex;
    UINT_PTR id;        /* a hash of the state folder */
    BOOL first;         /* no other Lapwing of this state folder was running */
} instance;

/* Claims the instance of `state_folder`. FALSE only when the mutex cannot be made at all. */
BOOL instance_claim(instance *instance, const WCHAR *state_folder);
void instance_release(instance *instance);
/* A Lapwing of this folder runs but shows no window (it is closing, or still loading): waits up
 * to `wait_ms` for it to exit and then becomes the first. FALSE if it did not go. */
BOOL instance_wait_for_first(instance *instance, DWORD wait_ms);
/* The window of class `class_name` of the running instance `id`, waiting up to `wait_ms` for it to appear (it
 * may be starting); NULL if there is none. */
HWND instance_find_window(const WCHAR *class_name, UINT_PTR id, DWORD wait_ms);

#endif
