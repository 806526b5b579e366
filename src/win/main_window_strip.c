/*
 * The strip of stopwatches. See main_window_strip.h.
 */
#include "main_window_strip.h"

#include <commctrl.h>
#include <stdlib.h>

#include "main_window_model.h"
#include "resource.h"
#include "ui_text.h"
#include "utf8.h"

enum
{
    STRIP_HEIGHT = 30,      /* at 96 DPI, before the control can say: a tab and its margins */
    TAB_TEXT_MAX = STOPWATCH_NAME_MAX_CHARACTERS * 2 + 64
};

BOOL main_window_create_strip(main_window *state)
{
    WCHAR name[64];

    ui_text_load(IDS_STRIP_NAME, name, ARRAYSIZE(name));
    /* Its window text is its name for screen readers; Tab reaches it, the arrows choose. */
    state->strip = CreateWindowExW(0, WC_TABCONTROLW, name,
                                   WS_CHILD | WS_TABSTOP | WS_CLIPSIBLINGS | TCS_BUTTONS |
                                       TCS_FLATBUTTONS | TCS_SINGLELINE |
                                       TCS_FOCUSONBUTTONDOWN,
                                   0, 0, 0, 0, state->window, (HMENU)(UINT_PTR)IDC_STRIP,
                                   GetModuleHandleW(NULL), NULL);
    state->strip_shown = FALSE;
    return state->strip != NULL;
}

/* One tab's text, as the model has it now. */
static void tab_text(main_window *state, const stopwatch_strip_item *item, WCHAR *wide,
                     size_t size)
{
    WCHAR name[TAB_TEXT_MAX], word[32];
    char *name_utf8, *word_utf8, text[TAB_TEXT_MAX * 3];
    WCHAR *converted;

    main_window_stopwatch_name(item->name, item->id, name, ARRAYSIZE(name));
    ui_text_load(item->state == STOPWATCH_RUNNING  ? IDS_STRIP_RUNNING
                 : item->state == STOPWATCH_PAUSED ? IDS_STRIP_PAUSED
                                                   : IDS_STRIP_STOPPED,
                 word, ARRAYSIZE(word));
    name_utf8 = utf8_from_wide(name);
    word_utf8 = utf8_from_wide(word);
    text[0] = '\0';
    if (name_utf8 && word_utf8)
        stopwatch_strip_text(text, sizeof(text), name_utf8, item->elapsed,
                             shared_stopwatch_frequency(&state->app->shared), word_utf8);
    free(name_utf8);
    free(word_utf8);
    converted = utf8_to_wide(text);
    lstrcpynW(wide, converted ? converted : name, (int)size);
    free(converted);
}

/* Whether tab `index` can be seen now (a single row scrolls: the others are out of sight). */
static BOOL tab_in_sight(main_window *state, size_t index, const RECT *strip_client)
{
    RECT tab;

    return SendMessageW(state->strip, TCM_GETITEMRECT, (WPARAM)index, (LPARAM)&tab) &&
           tab.right > strip_client->left && tab.left < strip_client->right;
}

/* The tabs made (or remade) from the model, a tab's text set only when it changed; with
 * `in_sight_only`, only the tabs in sight (a frame's: each text set makes the control measure
 * every tab again, and a hundred running stopwatches change a hundred texts a second). */
static void fill_tabs(main_window *state, size_t *selected, BOOL in_sight_only)
{
    stopwatch_snapshot now;
    stopwatch_strip_item *items;
    size_t count, i, tabs;
    RECT strip_client;

    shared_stopwatch_snapshot(&state->app->shared, &now);
    *selected = now.selected;
    items = malloc(sizeof(*items) * now.stopwatch_count);
    if (!items)
        return;
    count = shared_stopwatch_strip(&state->app->shared, items, now.stopwatch_count);
    if (count > now.stopwatch_count)
        count = now.stopwatch_count; /* one added meanwhile: the next refresh has it */
    tabs = (size_t)SendMessageW(state->strip, TCM_GETITEMCOUNT, 0, 0);
    /* Every tab's text set with the drawing held, then the strip drawn once: a hundred running
     * stopwatches change a hundred texts a second, and each set would draw it again. */
    if (state->strip_shown) /* (WM_SETREDRAW TRUE would show a hidden strip) */
        SendMessageW(state->strip, WM_SETREDRAW, FALSE, 0);
    while (tabs > count)
        SendMessageW(state->strip, TCM_DELETEITEM, (WPARAM)--tabs, 0);
    GetClientRect(state->strip, &strip_client);
    for (i = 0; i < count; i++)
    {
        WCHAR text[TAB_TEXT_MAX], shown[TAB_TEXT_MAX];
        TCITEMW item;

        if (in_sight_only && i < tabs && !tab_in_sight(state, i, &strip_client))
            continue; /* set when it is next in sight, within a second */
        tab_text(state, &items[i], text, ARRAYSIZE(text));
        ZeroMemory(&item, sizeof(item));
        item.mask = TCIF_TEXT;
        if (i >= tabs)
        {
            item.pszText = text;
            SendMessageW(state->strip, TCM_INSERTITEMW, (WPARAM)i, (LPARAM)&item);
            continue;
        }
        shown[0] = L'\0';
        item.pszText = shown;
        item.cchTextMax = ARRAYSIZE(shown);
        SendMessageW(state->strip, TCM_GETITEMW, (WPARAM)i, (LPARAM)&item);
        if (wcscmp(shown, text) != 0)
        {
            item.pszText = text;
            SendMessageW(state->strip, TCM_SETITEMW, (WPARAM)i, (LPARAM)&item);
        }
    }
    free(items);
    if (state->strip_shown)
    {
        SendMessageW(state->strip, WM_SETREDRAW, TRUE, 0);
        RedrawWindow(state->strip, NULL, NULL, RDW_INVALIDATE | RDW_ERASE);
    }
    state->strip_made_at = GetTickCount64();
}

BOOL main_window_show_strip(main_window *state)
{
    stopwatch_snapshot now;
    BOOL wanted;
    size_t selected = 0;

    if (!state->strip)
        return FALSE;
    shared_stopwatch_snapshot(&state->app->shared, &now);
    wanted = now.stopwatch_count > 1 && state->mode == LAYOUT_NORMAL;
    if (wanted)
    {
        fill_tabs(state, &selected, FALSE);
        if ((size_t)SendMessageW(state->strip, TCM_GETCURSEL, 0, 0) != selected)
            SendMessageW(state->strip, TCM_SETCURSEL, (WPARAM)selected, 0);
    }
    if (wanted == state->strip_shown)
        return FALSE;
    state->strip_shown = wanted;
    ShowWindow(state->strip, wanted ? SW_SHOWNA : SW_HIDE);
    return TRUE;
}

void main_window_tick_strip(main_window *state)
{
    size_t selected;

    /* 900 ms, not 1000: the tick count is coarse, and at one frame a second a frame that read
     * 990 ms would wait for the next, two seconds after. */
    if (state->strip_shown && GetTickCount64() - state->strip_made_at >= 900)
        fill_tabs(state, &selected, TRUE);
}

int main_window_strip_height(const main_window *state)
{
    RECT tab;

    if (!state->strip_shown)
        return 0;
    /* The row of tabs as the control draws it at its font, and a margin above and below. */
    if (SendMessageW(state->strip, TCM_GETITEMRECT, 0, (LPARAM)&tab) && tab.bottom > 0)
        return tab.bottom + main_window_scale(state, 10);
    return main_window_scale(state, STRIP_HEIGHT);
}
