/*
 * One Lapwing per stopwatch. See instance.h.
 */
#include "instance.h"

#include <wchar.h>


/* FNV-1a of the folder, case folded (Windows paths are not case-sensitive). */
static UINT_PTR folder_id(const WCHAR *folder)
{
    UINT64 hash = 14695981039346656037ull;
    WCHAR lower[MAX_PATH];
    const WCHAR *p;

    lstrcpynW(lower, folder, MAX_PATH);
    CharLowerW(lower);
    for (p = lower; *p; p++)
    {
        hash ^= (UINT64)*p;
        hash *= 1099511628211ull;
    }
    /* Never 0: GetPropW answers 0 for "no such property". */
    return (UINT_PTR)(hash | 1u);
}

BOOL instance_claim(instance *instance, const WCHAR *state_folder)
{
    WCHAR name[64];

    instance->id = folder_id(state_folder);
    /* Local\: this session only, so another user's Lapwing is theirs. */
    _snwprintf(name, ARRAYSIZE(name), L"Local\\Lapwing-%llx", (unsigned long long)instance->id);
    name[ARRAYSIZE(name) - 1] = L'\0';
    /* Owned by the first: released when it exits, however it exits, so a start that finds no
     * window can wait for it to go (instance_wait_for_first) rather than write beside it. */
    instance->mutex = CreateMutexW(NULL, TRUE, name);
    instance->first = instance->mutex && GetLastError() != ERROR_ALREADY_EXISTS;
    return instance->mutex != NULL;
}

BOOL instance_wait_for_first(instance *instance, DWORD wait_ms)
{
    DWORD waited;

    if (instance->first || !instance->mutex)
        return instance->first;
    waited = WaitForSingleObject(instance->mutex, wait_ms);
    instance->first = waited == WAIT_OBJECT_0 || waited == WAIT_ABANDONED;
    return instance->first;
}

void instance_release(instance *instance)
{
    if (instance->mutex && instance->first)
        ReleaseMutex(instance->mutex);
    if (instance->mutex)
        CloseHandle(instance->mutex);
    instance->mutex = NULL;
}

typedef struct search
{
    const WCHAR *class_name;
    UINT_PTR id;
    HWND found;
} search;

static BOOL CALLBACK match(HWND window, LPARAM parameter)
{
    search *looking = (search *)parameter;
    WCHAR class_name[64];

    if (GetClassNameW(window, class_name, ARRAYSIZE(class_name)) &&
        wcscmp(class_name, looking->class_name) == 0 &&
        (UINT_PTR)GetPropW(window, INSTANCE_PROPERTY) == looking->id)
    {
        looking->found = window;
        return FALSE;
    }
    return TRUE;
}

HWND instance_find_window(const WCHAR *class_name, UINT_PTR id, DWORD wait_ms)
{
    search looking = { class_name, id, NULL };
    ULONGLONG deadline = GetTickCount64() + wait_ms;

    for (;;)
    {
        EnumWindows(match, (LPARAM)&looking);
        if (looking.found || GetTickCount64() >= deadline)
            return looking.found;
        /* The other instance is still starting: its window comes within moments. */
        MsgWaitForMultipleObjects(0, NULL, FALSE, 50, QS_SENDMESSAGE);
    }
}
