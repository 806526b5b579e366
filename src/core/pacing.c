/*
 * Frame deadlines for the clock thread. See pacing.h.
 */
#include "lapwing/pacing.h"

#include "lapwing/ticks.h"

static uint64_t deadline_of(uint64_t start, uint64_t frame, uint64_t frequency,
                            uint64_t frames_per_second)
{
    return start + ticks_multiply_divide(frame, frequency, frames_per_second);
}

uint64_t pacing_next_deadline(uint64_t start, uint64_t *frame, uint64_t now, uint64_t frequency,
                              uint64_t frames_per_second)
{
    uint64_t next = *frame + 1;
    uint64_t deadline = deadline_of(start, next, frequency, frames_per_second);

    if (deadline <= now && now > start)
    {
        /* Late: jump to the frame that covers `now` rather than replaying the missed ones. */
        uint64_t covering = ticks_multiply_divide(now - start, frames_per_second, frequency);
        if (covering >= next)
            next = covering;
        deadline = deadline_of(start, next, frequency, frames_per_second);
    }
    /* Rounding can leave the jumped-to deadline at (or a frame before) `now`. */
    while (deadline <= now)
        deadline = deadline_of(start, ++next, frequency, frames_per_second);
    *frame = next;
    return deadline;
}
