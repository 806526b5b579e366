/*
 * Local dates. See local_time.h.
 */
#include "local_time.h"

#include <windows.h>

const calendar_time *local_time_from_wall(uint64_t wall, calendar_time *local)
{
    FILETIME utc;
    SYSTEMTIME universal, here;

    if (!wall || wall > (uint64_t)INT64_MAX)
        return NULL;
    utc.dwLowDateTime = (DWORD)wall;
    utc.dwHighDateTime = (DWORD)(wall >> 32);
    if (!FileTimeToSystemTime(&utc, &universal) ||
        !SystemTimeToTzSpecificLocalTime(NULL, &universal, &here))
        return NULL;
    local->year = here.wYear;
    local->month = here.wMonth;
    local->day = here.wDay;
    local->hour = here.wHour;
    local->minute = here.wMinute;
    local->second = here.wSecond;
    return local;
}
