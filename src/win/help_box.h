/*
 * Help: the keyboard shortcuts window (F1: every key and what it does, in two aligned columns
 * made from the command table and the accelerator table, then the version, the licence and
 * where the laps are saved) and the About box (the window menu: the version and the licence).
 * UI thread only.
 */
#ifndef LAPWING_HELP_BOX_H
#define LAPWING_HELP_BOX_H

#include <windows.h>

/* The help as text: the version and one "keys: what it does" line per command. */
void help_box_text(HACCEL accelerators, WCHAR *buffer, size_t size);
/* The keyboard shortcuts window, modal to `owner`; `state_folder` may be empty (not saving). */
void help_box_show(HWND owner, HACCEL accelerators, const WCHAR *state_folder);
/* The About box, modal to `owner`. */
void help_box_show_about(HWND owner);

#endif
