/*
 * Screen readers hear what a line of text says when it changes: the status line is a UI
 * Automation live region (polite), set through IAccPropServices, and each change raises
 * EVENT_OBJECT_LIVEREGIONCHANGED (Windows 8 and later; elsewhere, and under Wine where the
 * property service is missing, the static control's own name change is all there is). State
 * changes (started, paused, lap N) go there; display frames never do. UI thread only; COM is
 * started on the first announcement, not at start-up.
 */
#ifndef LAPWING_LIVE_REGION_H
#define LAPWING_LIVE_REGION_H

#include <windows.h>

/* Sets `text` on `control` and tells screen readers to read it. */
void live_region_announce(HWND control, const WCHAR *text);

#endif
