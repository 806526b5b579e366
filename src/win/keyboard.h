/*
 * The keyboard, before any window sees a key (the message loop calls keyboard_translate for
 * every message). In this order:
 *  - a held key never repeats a command: repeats of the accelerator table's keys and of
 *    Alt+letter (the buttons' access keys) are dropped;
 *  - keys typed into an edit box (a lap's note) belong to it, and Delete and Backspace in the
 *    lap list do not reset;
 *  - Windows' convention for buttons: once the user has moved the focus to a button with Tab,
 *    Shift+Tab or an arrow key, Space or Enter presses *that* button, on key-down. Lapwing's own
 *    initial focus and the focus after a mouse click do not count (tracked here: Wine, and
 *    Windows with access keys always underlined, show focus cues either way, so the UI state
 *    cannot tell), so out of the box Space starts and pauses and Enter records a lap;
 *  - then the accelerator table (Space, L, R... whichever control has the focus), then
 *    IsDialogMessage (Tab, access keys).
 * After a click on Lap or Reset the focus goes back to Start/Pause, so it never rests on a
 * button the next Space would not press. UI thread only.
 */
#ifndef LAPWING_KEYBOARD_H
#define LAPWING_KEYBOARD_H

#include <windows.h>

typedef struct keyboard
{
    HWND window;                /* the main window */
    HACCEL accelerators;
    WORD keys[64];              /* the table's virtual keys, whose repeats are dropped */
    int key_count;
    BOOL focus_moved_by_keyboard;
} keyboard;

void keyboard_initialize(keyboard *keyboard, HWND window, HACCEL accelerators);
/* TRUE when `message` was handled (or dropped) and must not be dispatched. */
BOOL keyboard_translate(keyboard *keyboard, MSG *message);
/* After `message` was dispatched. */
void keyboard_after_dispatch(keyboard *keyboard, const MSG *message);

#endif
