/*
 * What changed, passed on (main_window_refresh.c). Called by the hub.
 */
#ifndef LAPWING_MAIN_WINDOW_REFRESH_H
#define LAPWING_MAIN_WINDOW_REFRESH_H

#include "main_window_private.h"

/* Tells the modes, the theme, the view and the shell integrations, in that order, about
 * `changes`. */
void main_window_refresh(main_window *state, main_window_changes changes);

#endif
