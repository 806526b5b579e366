/*
 * A FILETIME from the saved files (UTC) as the date and time a user reads: local time, with
 * the time zone's rules for that date. Any thread.
 */
#ifndef LAPWING_LOCAL_TIME_H
#define LAPWING_LOCAL_TIME_H

#include <stdint.h>

#include "lapwing/history_text.h"

/* `wall` (100 ns since 1601, UTC) in local time into `local`; NULL when `wall` is 0 (not
 * known) or out of Windows' range, else `local`. */
const calendar_time *local_time_from_wall(uint64_t wall, calendar_time *local);

#endif
