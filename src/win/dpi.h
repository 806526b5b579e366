/*
 * DPI: sizes are defined at 96 DPI and scaled to the DPI of the window they are used in.
 * UI thread only.
 */
#ifndef LAPWING_DPI_H
#define LAPWING_DPI_H

#include <windows.h>

/* The window's DPI (GetDpiForWindow where Windows has it; the system DPI before 10 1607). */
UINT dpi_of_window(HWND window);
/* The primary monitor's DPI: for sizes chosen before there is a window. */
UINT dpi_of_system(void);
/* `value` pixels at 96 DPI, at `dpi`. */
int dpi_scale(int value, UINT dpi);
/* The system's message font (the buttons' and lists' font) at `dpi`; NULL on failure. */
HFONT dpi_create_message_font(UINT dpi);

#endif
