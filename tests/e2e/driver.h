/*
 * The end-to-end driver: it launches lapwing.exe (from its own folder), types at it with real
 * keystrokes (SendInput), and reads it the way a screen reader does: WM_GETTEXT on the time
 * display, the item count and cells of the standard list view, the focus through
 * GetGUIThreadInfo. Each test_e2e_*.c file is one feature, run in order against one Lapwing
 * process that launch() starts and shut_down() ends (cmocka group setup and teardown).
 *
 * Every wait is a poll with a generous deadline, so a loaded machine makes the run slower, not
 * red. The driver keeps a window of its own open for the whole run, so the Wine session (and
 * its desktop) stays up.
 */
#ifndef LAPWING_E2E_DRIVER_H
#define LAPWING_E2E_DRIVER_H

#include <windows.h>
#include <commctrl.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <wchar.h>
#include <cmocka.h>

#include "test_messages.h"

#define ZERO L"00:00:00.00"
#define DEADLINE_MS 10000

/* The Lapwing process and its windows, found by the class name and the control ids. */
extern PROCESS_INFORMATION lapwing;
extern HWND main_window, display, lap_list, start_stop_button, lap_button, reset_button;
extern HWND driver_window;

/* cmocka group setup and teardown: start Lapwing and find its windows; close it; close it and
 * remove its state folder and the driver's window. Each test program has a state folder of
 * its own (LAPWING_STATE_DIR), kept across launch and shut_down so a test can reopen Lapwing. */
int launch(void **state);
int shut_down(void **state);
int shut_down_all(void **state);
extern WCHAR state_folder[MAX_PATH];
void remove_state_folder(void);

/* Reading */
void window_text(HWND window, WCHAR *text, int size);
int lap_count(void);
/* A cell of the lap list, read across processes the way accessibility tools do. */
BOOL lap_list_cell(int row, int column, WCHAR *text, int size);
/* The same for any list view of Lapwing's (a dialog's). */
int list_count(HWND list);
BOOL list_cell(HWND list, int row, int column, WCHAR *text, int size);
HWND focused_control(void);
/* Lapwing's visible dialog (#32770: a message box, the help, the Save dialog), or NULL. */
HWND lapwing_dialog(void);
/* Whether a popup menu (#32768) is open, as `expected` (a BOOL) says. */
BOOL a_menu_is_open(const void *expected);

/* Waiting: polls `test` until it holds or DEADLINE_MS pass. */
typedef BOOL (*condition)(const void *argument);
BOOL wait_until(condition test, const void *argument);
BOOL display_is(const void *expected);
BOOL display_is_not(const void *unexpected);
BOOL lap_count_is(const void *expected);
BOOL button_text_is(const void *expected);
BOOL is_foreground(const void *window);

#define assert_display(text) assert_true(wait_until(display_is, (text)))
#define assert_laps(n)                                                                          \
    do                                                                                          \
    {                                                                                           \
        int expected_ = (n);                                                                    \
        assert_true(wait_until(lap_count_is, &expected_));                                      \
    } while (0)
#define assert_state_label(text) assert_true(wait_until(button_text_is, (text)))

/* Runs lapwing.exe (beside the driver) with `arguments`, what it prints into `output`; its exit
 * code, or -1 (it could not start, or did not end within 20 s and was ended). */
int run_lapwing(const WCHAR *arguments, char *output, size_t size);
/* `text` as the file `name` of the state folder (lapwing.ini, say), written whole. */
void write_state_file(const WCHAR *name, const char *text);
/* A whole (small) file as text into `content`; FALSE when it cannot be read. */
BOOL read_text_file(const WCHAR *path, char *content, size_t size);

/* Typing: one key event; a key pressed and released (with Ctrl if asked), then processed. */
void key_event(WORD key, BOOL up);
void type_key(WORD key, BOOL control);
/* Types `text` character by character (KEYEVENTF_UNICODE) into whatever has the focus. */
void type_text(const WCHAR *text);
/* Gives the keyboard focus in Lapwing to `control` with Tab presses; FALSE if it never got it. */
BOOL tab_to(HWND control);

#endif
