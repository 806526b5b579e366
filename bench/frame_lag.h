/*
 * For the benchmarks only (built into lapwing_frame_lag and lapwing_draw_direct_lag): the age of
 * the time on screen. The time display calls frame_lag_shown when a frame's text arrives (the
 * stopwatch was read just before) and frame_lag_painted when it has painted it; after
 * LAPWING_BENCH_LAG_SECONDS (default 10) of frames it writes, once, to the file named by
 * LAPWING_BENCH_LAG_FILE: frames, frames per second, and the lag's p50, p99 and max in
 * microseconds.
 */
#ifndef LAPWING_FRAME_LAG_H
#define LAPWING_FRAME_LAG_H

#include <windows.h>

void frame_lag_shown(HWND display);
void frame_lag_painted(HWND display);

#endif
