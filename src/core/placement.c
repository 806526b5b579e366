/*
 * Fitting a remembered window onto a screen. See placement.h.
 */
#include "lapwing/placement.h"

bool placement_fit(const placement_rect *saved, const placement_rect *work_area, long min_width,
                   long min_height, placement_rect *fitted)
{
    long width = saved->right - saved->left, height = saved->bottom - saved->top;
    long area_width = work_area->right - work_area->left;
    long area_height = work_area->bottom - work_area->top;

    if (width <= 0 || height <= 0 || area_width <= 0 || area_height <= 0 ||
        width > 100000 || height > 100000)
        return false;
    if (width < min_width)
        width = min_width;
    if (height < min_height)
        height = min_height;
    if (width > area_width)
        width = area_width;
    if (height > area_height)
        height = area_height;
    fitted->left = saved->left;
    fitted->top = saved->top;
    /* Wholly on the work area: moved in from whichever edge it crosses. */
    if (fitted->left + width > work_area->right)
        fitted->left = work_area->right - width;
    if (fitted->top + height > work_area->bottom)
        fitted->top = work_area->bottom - height;
    if (fitted->left < work_area->left)
        fitted->left = work_area->left;
    if (fitted->top < work_area->top)
        fitted->top = work_area->top;
    fitted->right = fitted->left + width;
    fitted->bottom = fitted->top + height;
    return true;
}
