/*
 * Live regions. See live_region.h.
 */
#include "live_region.h"

#include <initguid.h>
#include <oleacc.h>

#ifndef EVENT_OBJECT_LIVEREGIONCHANGED
#define EVENT_OBJECT_LIVEREGIONCHANGED 0x8019
#endif

/* UI Automation's LiveSetting property and its "polite" value (uiautomationclient.h). */
DEFINE_GUID(live_setting_property, 0xc12bcd8e, 0x2a8e, 0x4950, 0x8a, 0xe7, 0x36, 0x25, 0x11,
            0x1d, 0x58, 0xeb);
enum { LIVE_SETTING_POLITE = 1 };

/* Marks `control` as a polite live region, once; FALSE when this Windows cannot. */
static BOOL make_live(HWND control)
{
    static HWND made;
    static BOOL tried;
    IAccPropServices *services = NULL;
    VARIANT polite;
    HRESULT result;

    if (made == control)
        return TRUE;
    if (tried)
        return FALSE;
    tried = TRUE;
    result = CoInitializeEx(NULL, COINIT_APARTMENTTHREADED);
    if (FAILED(result) && result != RPC_E_CHANGED_MODE)
        return FALSE;
    if (FAILED(CoCreateInstance(&CLSID_AccPropServices, NULL, CLSCTX_INPROC_SERVER,
                                &IID_IAccPropServices, (void **)&services)))
        return FALSE;
    ZeroMemory(&polite, sizeof(polite)); /* VT_EMPTY, as VariantInit: oleaut32 not needed */
    polite.vt = VT_I4;
    polite.lVal = LIVE_SETTING_POLITE;
    result = services->lpVtbl->SetHwndProp(services, control, (DWORD)OBJID_CLIENT, CHILDID_SELF,
                                           live_setting_property, polite);
    services->lpVtbl->Release(services);
    if (FAILED(result))
        return FALSE;
    made = control;
    return TRUE;
}

void live_region_announce(HWND control, const WCHAR *text)
{
    SetWindowTextW(control, text);
    if (make_live(control))
        NotifyWinEvent(EVENT_OBJECT_LIVEREGIONCHANGED, control, OBJID_CLIENT, CHILDID_SELF);
}
