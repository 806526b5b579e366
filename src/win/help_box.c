/*
 * The help box. See help_box.h.
 */
#include "help_box.h"

#include "commands.h"
#include "resource.h"
#include "ui_text.h"
#include "version.h"

void help_box_text(HACCEL accelerators, WCHAR *buffer, size_t size)
{
    WCHAR lines[2048];
    const WCHAR *inserts[2] = { LAPWING_VERSION_WSTRING, lines };

    command_text_help_lines(accelerators, lines, ARRAYSIZE(lines));
    ui_text_format(buffer, size, IDS_HELP_TEXT, inserts, 2);
}

void help_box_show(HWND owner, HACCEL accelerators)
{
    WCHAR title[64], text[3072];
    MSGBOXPARAMSW box;

    ui_text_load(IDS_HELP_TITLE, title, ARRAYSIZE(title));
    help_box_text(accelerators, text, ARRAYSIZE(text));

    ZeroMemory(&box, sizeof(box));
    box.cbSize = sizeof(box);
    box.hwndOwner = owner;
    box.hInstance = GetModuleHandleW(NULL);
    box.lpszText = text;
    box.lpszCaption = title;
    box.dwStyle = MB_OK | MB_USERICON;
    box.lpszIcon = MAKEINTRESOURCEW(IDI_LAPWING);
    MessageBoxIndirectW(&box);
}
