/*
 * The taskbar button. See taskbar.h.
 */
#include "taskbar.h"

#include <initguid.h>
#include <objbase.h>
#include <shobjidl.h>
#include <propkey.h>

#include "lapwing/command_line.h"
#include "lapwing/command_ids.h"

#define LIST(taskbar) ((ITaskbarList3 *)(taskbar)->list)

enum { BUTTON_COUNT = 3 };
static const UINT button_ids[BUTTON_COUNT] = { IDM_START_STOP, IDM_LAP, IDM_RESET };

/* A glyph drawn into an icon: white on the thumbnail toolbar's dark background, or on a filled
 * circle of `circle` (CLR_INVALID: none) for the overlay. */
HICON taskbar_draw_glyph(enum taskbar_glyph glyph, int size, COLORREF color, COLORREF circle)
{
    HDC screen = GetDC(NULL), dc = CreateCompatibleDC(screen);
    HBITMAP image = CreateCompatibleBitmap(screen, size, size);
    HBITMAP mask = CreateBitmap(size, size, 1, 1, NULL);
    HICON icon = NULL;
    int pass, u = size / 8 > 0 ? size / 8 : 1;

    ReleaseDC(NULL, screen);
    if (!dc || !image || !mask)
        goto done;
    /* Pass 0 the mask (black where the glyph is), pass 1 the colours on black. */
    for (pass = 0; pass < 2; pass++)
    {
        HGDIOBJ old = SelectObject(dc, pass ? (HGDIOBJ)image : (HGDIOBJ)mask);
        COLORREF ink = pass ? color : RGB(0, 0, 0);
        HBRUSH brush = CreateSolidBrush(ink);
        HGDIOBJ old_brush, old_pen = SelectObject(dc, GetStockObject(NULL_PEN));
        RECT all = { 0, 0, size, size };

        FillRect(dc, &all, (HBRUSH)GetStockObject(pass ? BLACK_BRUSH : WHITE_BRUSH));
        if (circle != CLR_INVALID)
        {
            HBRUSH disc = CreateSolidBrush(pass ? circle : RGB(0, 0, 0));
            old_brush = SelectObject(dc, disc);
            Ellipse(dc, 0, 0, size + 1, size + 1);
            SelectObject(dc, old_brush);
            DeleteObject(disc);
        }
        old_brush = SelectObject(dc, brush);
        switch (glyph)
        {
        case GLYPH_START:
        {
            POINT triangle[3] = { { 3 * u, 2 * u }, { 3 * u, size - 2 * u },
                                  { size - 2 * u, size / 2 } };
            Polygon(dc, triangle, 3);
            break;
        }
        case GLYPH_PAUSE:
            Rectangle(dc, 2 * u, 2 * u, 2 * u + 2 * u + 1, size - 2 * u + 1);
            Rectangle(dc, size - 4 * u, 2 * u, size - 2 * u + 1, size - 2 * u + 1);
            break;
        case GLYPH_LAP:
        {
            /* A flag: a pole and its pennant. */
            POINT pennant[3] = { { 3 * u, u }, { size - u, 3 * u }, { 3 * u, 5 * u } };
            Rectangle(dc, 2 * u, u, 3 * u + 1, size - u + 1);
            Polygon(dc, pennant, 3);
            break;
        }
        case GLYPH_RESET:
            Rectangle(dc, 2 * u, 2 * u, size - 2 * u + 1, size - 2 * u + 1);
            break;
        }
        SelectObject(dc, old_brush);
        SelectObject(dc, old_pen);
        DeleteObject(brush);
        SelectObject(dc, old);
    }
    {
        /* The AND mask: white (1) where the background shows through, black where the glyph
         * is; the colour image black where it is clear. */
        ICONINFO info = { TRUE, 0, 0, mask, image };
        icon = CreateIconIndirect(&info);
    }
done:
    if (image)
        DeleteObject(image);
    if (mask)
        DeleteObject(mask);
    if (dc)
        DeleteDC(dc);
    return icon;
}

void taskbar_initialize(taskbar *taskbar)
{
    ZeroMemory(taskbar, sizeof(*taskbar));
    taskbar->button_created = RegisterWindowMessageW(L"TaskbarButtonCreated");
}

void taskbar_delete(taskbar *taskbar)
{
    size_t i;

    if (taskbar->list)
        LIST(taskbar)->lpVtbl->Release(LIST(taskbar));
    taskbar->list = NULL;
    for (i = 0; i < ARRAYSIZE(taskbar->icons); i++)
        if (taskbar->icons[i])
            DestroyIcon(taskbar->icons[i]);
    for (i = 0; i < ARRAYSIZE(taskbar->overlays); i++)
        if (taskbar->overlays[i])
            DestroyIcon(taskbar->overlays[i]);
    ZeroMemory(taskbar->icons, sizeof(taskbar->icons));
    ZeroMemory(taskbar->overlays, sizeof(taskbar->overlays));
}

static void make_icons(taskbar *taskbar)
{
    int size = GetSystemMetrics(SM_CXSMICON), i;

    if (taskbar->icons[0])
        return;
    for (i = 0; i < 4; i++)
        taskbar->icons[i] = taskbar_draw_glyph((enum taskbar_glyph)i, size, RGB(255, 255, 255),
                                               CLR_INVALID);
    taskbar->overlays[0] = taskbar_draw_glyph(GLYPH_START, size, RGB(255, 255, 255),
                                              RGB(16, 124, 16));
    taskbar->overlays[1] = taskbar_draw_glyph(GLYPH_PAUSE, size, RGB(0, 0, 0),
                                              RGB(252, 185, 0));
}

BOOL taskbar_on_message(taskbar *taskbar, HWND window, UINT message)
{
    HRESULT result;

    if (!taskbar->button_created || message != taskbar->button_created)
        return FALSE;
    /* Explorer restarted: the buttons anew. */
    taskbar->buttons_added = FALSE;
    taskbar->shown_once = FALSE;
    if (!taskbar->list)
    {
        void *list = NULL;
        result = CoInitializeEx(NULL, COINIT_APARTMENTTHREADED);
        if (FAILED(result) && result != RPC_E_CHANGED_MODE)
            return TRUE;
        if (FAILED(CoCreateInstance(&CLSID_TaskbarList, NULL, CLSCTX_INPROC_SERVER,
                                    &IID_ITaskbarList3, &list)))
            return TRUE; /* Vista, or a shell without it: no taskbar extras */
        taskbar->list = list;
        if (FAILED(LIST(taskbar)->lpVtbl->HrInit(LIST(taskbar))))
        {
            LIST(taskbar)->lpVtbl->Release(LIST(taskbar));
            taskbar->list = NULL;
            return TRUE;
        }
    }
    (void)window;
    make_icons(taskbar);
    return TRUE;
}

static void describe_buttons(taskbar *taskbar, THUMBBUTTON *buttons, stopwatch_state state,
                             BOOL lap_enabled, BOOL reset_enabled, const WCHAR *const texts[3])
{
    int i;

    ZeroMemory(buttons, sizeof(THUMBBUTTON) * BUTTON_COUNT);
    for (i = 0; i < BUTTON_COUNT; i++)
    {
        buttons[i].dwMask = THB_ICON | THB_TOOLTIP | THB_FLAGS;
        buttons[i].iId = button_ids[i];
        lstrcpynW(buttons[i].szTip, texts[i], ARRAYSIZE(buttons[i].szTip));
        buttons[i].dwFlags = THBF_ENABLED;
    }
    buttons[0].hIcon = taskbar->icons[state == STOPWATCH_RUNNING ? GLYPH_PAUSE : GLYPH_START];
    buttons[1].hIcon = taskbar->icons[GLYPH_LAP];
    buttons[2].hIcon = taskbar->icons[GLYPH_RESET];
    if (!lap_enabled)
        buttons[1].dwFlags = THBF_DISABLED;
    if (!reset_enabled)
        buttons[2].dwFlags = THBF_DISABLED;
}

void taskbar_show_state(taskbar *taskbar, HWND window, stopwatch_state state, BOOL lap_enabled,
                        BOOL reset_enabled, const WCHAR *const texts[4])
{
    THUMBBUTTON buttons[BUTTON_COUNT];
    ITaskbarList3 *list = LIST(taskbar);

    if (!list || (taskbar->shown_once && taskbar->shown == state &&
                  taskbar->shown_lap == lap_enabled && taskbar->shown_reset == reset_enabled))
        return;
    describe_buttons(taskbar, buttons, state, lap_enabled, reset_enabled, texts);
    if (!taskbar->buttons_added)
        taskbar->buttons_added =
            SUCCEEDED(list->lpVtbl->ThumbBarAddButtons(list, window, BUTTON_COUNT, buttons));
    else
        list->lpVtbl->ThumbBarUpdateButtons(list, window, BUTTON_COUNT, buttons);
    /* The overlay says running or paused; its description is what screen readers say. */
    list->lpVtbl->SetOverlayIcon(list, window,
                                 state == STOPWATCH_STOPPED ? NULL
                                                            : taskbar->overlays[state ==
                                                                                STOPWATCH_PAUSED],
                                 state == STOPWATCH_STOPPED ? L"" : texts[3]);
    taskbar->shown = state;
    taskbar->shown_lap = lap_enabled;
    taskbar->shown_reset = reset_enabled;
    taskbar->shown_once = TRUE;
}

/* One task: lapwing.exe `argument`, titled `title`, with the program's icon; or, with no
 * title, the line that separates two groups of tasks. */
static IShellLinkW *make_task(const WCHAR *program, const WCHAR *argument, const WCHAR *title)
{
    IShellLinkW *link = NULL;
    IPropertyStore *properties = NULL;
    PROPVARIANT value;

    if (FAILED(CoCreateInstance(&CLSID_ShellLink, NULL, CLSCTX_INPROC_SERVER, &IID_IShellLinkW,
                                (void **)&link)))
        return NULL;
    if (title)
    {
        link->lpVtbl->SetPath(link, program);
        link->lpVtbl->SetArguments(link, argument);
        link->lpVtbl->SetIconLocation(link, program, 0);
    }
    if (SUCCEEDED(link->lpVtbl->QueryInterface(link, &IID_IPropertyStore, (void **)&properties)))
    {
        /* SetValue copies the value: the title is only lent to it. */
        PropVariantInit(&value);
        if (title)
        {
            value.vt = VT_LPWSTR;
            value.pwszVal = (WCHAR *)title;
            properties->lpVtbl->SetValue(properties, &PKEY_Title, &value);
        }
        else
        {
            value.vt = VT_BOOL;
            value.boolVal = VARIANT_TRUE;
            properties->lpVtbl->SetValue(properties, &PKEY_AppUserModel_IsDestListSeparator,
                                         &value);
        }
        properties->lpVtbl->Commit(properties);
        properties->lpVtbl->Release(properties);
    }
    return link;
}

static void add_task(IObjectCollection *tasks, const WCHAR *program, const WCHAR *argument,
                     const WCHAR *title)
{
    IShellLinkW *link = make_task(program, argument, title);

    if (link)
    {
        tasks->lpVtbl->AddObject(tasks, (IUnknown *)link);
        link->lpVtbl->Release(link);
    }
}

void taskbar_set_jump_list(taskbar *taskbar, const WCHAR *const *titles,
                           const WCHAR *const *stopwatch_titles,
                           const WCHAR *const *stopwatch_arguments, size_t stopwatch_count)
{
    ICustomDestinationList *destinations = NULL;
    IObjectCollection *tasks = NULL;
    IObjectArray *removed = NULL;
    WCHAR program[MAX_PATH];
    UINT slots;
    size_t i;

    if (!taskbar->list || !GetModuleFileNameW(NULL, program, MAX_PATH))
        return;
    if (FAILED(CoCreateInstance(&CLSID_DestinationList, NULL, CLSCTX_INPROC_SERVER,
                                &IID_ICustomDestinationList, (void **)&destinations)))
        return;
    if (SUCCEEDED(destinations->lpVtbl->BeginList(destinations, &slots, &IID_IObjectArray,
                                                  (void **)&removed)) &&
        SUCCEEDED(CoCreateInstance(&CLSID_EnumerableObjectCollection, NULL,
                                   CLSCTX_INPROC_SERVER, &IID_IObjectCollection,
                                   (void **)&tasks)))
    {
        for (i = 0; i < jump_list_task_count; i++)
        {
            WCHAR argument[32];
            size_t c;
            for (c = 0; jump_list_tasks[i].argument[c] && c < ARRAYSIZE(argument) - 1; c++)
                argument[c] = (WCHAR)jump_list_tasks[i].argument[c];
            argument[c] = L'\0';
            add_task(tasks, program, argument, titles[i]);
        }
        /* Then, apart, each of the first few stopwatches' Start/Pause. */
        if (stopwatch_count)
            add_task(tasks, program, NULL, NULL);
        for (i = 0; i < stopwatch_count; i++)
            add_task(tasks, program, stopwatch_arguments[i], stopwatch_titles[i]);
        if (SUCCEEDED(destinations->lpVtbl->AddUserTasks(destinations, (IObjectArray *)tasks)))
            destinations->lpVtbl->CommitList(destinations);
        else
            destinations->lpVtbl->AbortList(destinations);
    }
    if (tasks)
        tasks->lpVtbl->Release(tasks);
    if (removed)
        removed->lpVtbl->Release(removed);
    destinations->lpVtbl->Release(destinations);
}
