/*
 * Texts with positional inserts (ui_text.c): translations may reorder inserts, and a pattern
 * that a mistyped translation got wrong is shown as it stands, never read past its inserts.
 */
#include <windows.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <wchar.h>
#include <cmocka.h>

#include "resource.h"
#include "ui_text.h"

static void formatted(const WCHAR *pattern, const WCHAR *const *inserts, size_t count,
                      const WCHAR *expected)
{
    WCHAR buffer[256];

    wmemset(buffer, L'x', 256);
    ui_text_format_pattern(buffer, 256, pattern, inserts, count);
    if (wcscmp(buffer, expected) != 0)
        fail_msg("'%ls' gave '%ls', expected '%ls'", pattern, buffer, expected);
}

static void inserts_go_where_their_numbers_say(void **state)
{
    const WCHAR *two[2] = { L"Space", L"start" };
    (void)state;
    formatted(L"%1: %2", two, 2, L"Space: start");
    formatted(L"%2 (%1)", two, 2, L"start (Space)");         /* a translation's order */
    formatted(L"%1 and %1", two, 2, L"Space and Space");
    formatted(L"line one\nline two %1", two, 2, L"line one\nline two Space");
    formatted(L"100%% sure", two, 2, L"100% sure");
    formatted(L"no inserts", NULL, 0, L"no inserts");
    /* An insert's own percent signs are not read again. */
    {
        const WCHAR *tricky[1] = { L"%2 %1 %%" };
        formatted(L"[%1]", tricky, 1, L"[%2 %1 %%]");
    }
}

static void a_pattern_asking_for_more_than_it_gets_is_shown_as_it_stands(void **state)
{
    const WCHAR *one[1] = { L"1.0.0" };
    (void)state;
    formatted(L"Lapwing %1 %2", one, 1, L"Lapwing %1 %2");
    formatted(L"Lapwing %1!d!", one, 1, L"Lapwing %1!d!");       /* a typed insert */
    formatted(L"%10 inserts", one, 1, L"%10 inserts");
    formatted(L"Lapwing %1", NULL, 0, L"Lapwing %1");
}

static void long_results_are_cut_and_terminated(void **state)
{
    const WCHAR *one[1] = { L"0123456789" };
    WCHAR small[8];
    (void)state;
    wmemset(small, L'x', 8);
    ui_text_format_pattern(small, 8, L"%1%1", one, 1);
    assert_true(wcscmp(small, L"0123456") == 0);
    wmemset(small, L'x', 8);
    ui_text_format_pattern(small, 8, L"%1 %2", one, 1); /* refused, then cut too */
    assert_true(wcscmp(small, L"%1 %2") == 0);
}

static void the_resource_strings_load_and_format(void **state)
{
    WCHAR text[256];
    const WCHAR *keys = L"Space";
    (void)state;
    ui_text_load(IDS_APP_TITLE, text, 256);
    assert_true(wcscmp(text, L"Lapwing") == 0);
    ui_text_format(text, 256, IDS_TIP_START_STOP, &keys, 1);
    assert_true(wcscmp(text, L"Start, pause or resume the stopwatch (Space)") == 0);
    ui_text_load(0xFFF0, text, 256); /* no such string */
    assert_true(text[0] == L'\0');
}

/* String `id` in `language` straight from the resources (not through the thread's UI language),
 * into `text`; FALSE when that language has no such string. */
static BOOL string_in(UINT id, LANGID language, WCHAR *text, size_t size)
{
    HRSRC block = FindResourceExW(GetModuleHandleW(NULL), (LPCWSTR)RT_STRING,
                                  MAKEINTRESOURCEW(id / 16 + 1), language);
    const WCHAR *p;
    UINT i;

    if (!block || (p = LockResource(LoadResource(GetModuleHandleW(NULL), block))) == NULL)
        return FALSE;
    for (i = 0; i < id % 16; i++)
        p += 1 + *p;
    if (!*p || *p >= size)
        return FALSE;
    wmemcpy(text, p + 1, *p);
    text[*p] = L'\0';
    return TRUE;
}

/* The inserts a pattern uses, as a bit set (%1 is bit 1). */
static unsigned inserts_of(const WCHAR *pattern)
{
    unsigned used = 0;
    for (; *pattern; pattern++)
        if (pattern[0] == L'%' && pattern[1] >= L'1' && pattern[1] <= L'9')
            used |= 1u << (pattern[1] - L'0');
    return used;
}

static void every_language_has_every_string_with_the_same_inserts(void **state)
{
    static const LANGID english = MAKELANGID(LANG_ENGLISH, SUBLANG_ENGLISH_US);
    static const LANGID others[] = { MAKELANGID(LANG_GERMAN, SUBLANG_GERMAN) };
    WCHAR text[2048], translated[2048];
    UINT id, count = 0;
    size_t l;
    (void)state;
    for (id = 1000; id < 2000; id++)
    {
        BOOL in_english = string_in(id, english, text, 2048);
        for (l = 0; l < sizeof(others) / sizeof(others[0]); l++)
        {
            BOOL in_other = string_in(id, others[l], translated, 2048);
            if (in_english != in_other)
                fail_msg("string %u is in %s only", id, in_english ? "English" : "a translation");
            if (in_english && inserts_of(text) != inserts_of(translated))
                fail_msg("string %u: '%ls' and '%ls' use different inserts", id, text,
                         translated);
        }
        count += in_english;
    }
    assert_true(count >= 80);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(inserts_go_where_their_numbers_say),
        cmocka_unit_test(a_pattern_asking_for_more_than_it_gets_is_shown_as_it_stands),
        cmocka_unit_test(long_results_are_cut_and_terminated),
        cmocka_unit_test(the_resource_strings_load_and_format),
        cmocka_unit_test(every_language_has_every_string_with_the_same_inserts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
