/*
 * Where a remembered window goes back to: the saved rectangle, kept if it is on the monitor's
 * work area, moved onto it if it hangs over an edge, shrunk if it is larger, and refused when it
 * is absurd (no size, a corner far off any screen). Pure arithmetic on rectangles, so it is
 * tested without a screen; the shell supplies the nearest monitor's work area.
 */
#ifndef LAPWING_PLACEMENT_H
#define LAPWING_PLACEMENT_H

#include <stdbool.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct placement_rect
{
    long left, top, right, bottom;
} placement_rect;

/* `saved` fitted into `work_area` (at least `min_width` x `min_height`) in *fitted; false when
 * `saved` is no window at all (then use the default placement). */
bool placement_fit(const placement_rect *saved, const placement_rect *work_area, long min_width,
                   long min_height, placement_rect *fitted);

#ifdef __cplusplus
}
#endif

#endif
