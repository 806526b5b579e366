/*
 * The help box (F1, and About Lapwing in the window menu): the version and every key.
 * UI thread only.
 */
#ifndef LAPWING_HELP_BOX_H
#define LAPWING_HELP_BOX_H

#include <windows.h>

/* The help text: the version and one line per command with its keys from `accelerators`. */
void help_box_text(HACCEL accelerators, WCHAR *buffer, size_t size);
/* Shows the help, modal to `owner`, until the user closes it. */
void help_box_show(HWND owner, HACCEL accelerators);

#endif
