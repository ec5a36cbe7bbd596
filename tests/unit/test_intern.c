/* Unit tests of the intern table (runtime/intern.c): CPython 3.11's
 * "mortal" interning (the table holds no reference and forgets a dying
 * string), the C-string cache, the immortal identifiers, and the start-up
 * 1-character strings that make `chr(97) is 'a'` False but
 * `chr(65) is 'A'` True, as in CPython 3.11. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "errors.h"
#include "hash.h"
#include "intern.h"
#include "lifecycle.h"
#include "str.h"

static void setup(void) { mpy_runtime_init(0, NULL); }
static void teardown(void) { mpy_runtime_fini(); }

TestSuite(intern, .init = setup, .fini = teardown);

static MpyObject *S(const char *utf8) { return mpy_str_from_cstr(utf8); }

static MpyObject *lookup(const char *text)
{
    MpyObject *s = S(text);
    MpyObject *r = mpy_intern_lookup(text, strlen(text), mpy_str_hash(s));
    MPY_DECREF(s);
    return r;
}

Test(intern, equal_strings_become_one_object)
{
    MpyObject *a = S("hello world"), *b = S("hello world");
    cr_expect_neq(a, b);
    mpy_str_intern_in_place(&a);
    mpy_str_intern_in_place(&b);
    cr_expect_eq(a, b);
    cr_expect(MPY_STR_IS_INTERNED(a));
    cr_expect_eq(MPY_REFCNT(a), 2, "the table adds no reference");
    MPY_DECREF(a), MPY_DECREF(b);
}

Test(intern, a_dying_string_leaves_the_table)
{
    size_t before = mpy_intern_count();
    MpyObject *a = S("mortal_name_123");
    mpy_str_intern_in_place(&a);
    cr_expect_eq(mpy_intern_count(), before + 1);
    cr_expect_eq(lookup("mortal_name_123"), a);
    MPY_DECREF(a);
    cr_expect_eq(mpy_intern_count(), before);
    cr_expect_null(lookup("mortal_name_123"));
    /* the next string with that text becomes the canonical one */
    MpyObject *b = S("mortal_name_123");
    MpyObject *keep = b;
    mpy_str_intern_in_place(&b);
    cr_expect_eq(b, keep);
    MPY_DECREF(b);
}

Test(intern, many_strings_grow_the_table)
{
    enum { N = 5000 };
    static MpyObject *held[N];
    char buf[32];
    for (int i = 0; i < N; i++) {
        snprintf(buf, sizeof buf, "name_%d", i);
        held[i] = S(buf);
        mpy_str_intern_in_place(&held[i]);
    }
    for (int i = 0; i < N; i++) {
        snprintf(buf, sizeof buf, "name_%d", i);
        MpyObject *again = S(buf);
        mpy_str_intern_in_place(&again);
        cr_assert_eq(again, held[i]);
        MPY_DECREF(again);
    }
    for (int i = 0; i < N; i += 2)
        MPY_DECREF(held[i]);
    for (int i = 1; i < N; i += 2) {
        snprintf(buf, sizeof buf, "name_%d", i);
        cr_assert_eq(lookup(buf), held[i]);
        MPY_DECREF(held[i]);
    }
}

Test(intern, cstr_cache_returns_borrowed_canonical_strings)
{
    MpyObject *a = mpy_str_intern_cstr("some_attribute");
    MpyObject *b = mpy_str_intern_cstr("some_attribute");
    cr_expect_eq(a, b);
    cr_expect(MPY_STR_IS_INTERNED(a));
    MpyObject *c = S("some_attribute");
    mpy_str_intern_in_place(&c);
    cr_expect_eq(c, a);
    MPY_DECREF(c);
    char dynamic[32];
    strcpy(dynamic, "first");
    MpyObject *d = mpy_str_intern_cstr(dynamic);
    strcpy(dynamic, "second"); /* same buffer, new text */
    MpyObject *e = mpy_str_intern_cstr(dynamic);
    cr_expect_neq(d, e);
    cr_expect(mpy_str_equal_cstr(d, "first"));
    cr_expect(mpy_str_equal_cstr(e, "second"));
    cr_expect_eq(mpy_str_intern_cstr("\xe4\xb8\xad\xe6\x96\x87"), mpy_str_intern_cstr("\xe4\xb8\xad\xe6\x96\x87"));
}

Test(intern, identifiers_are_immortal_and_canonical)
{
    cr_expect(mpy_str_equal_cstr(MPY_ID(__init__), "__init__"));
    cr_expect_geq(MPY_REFCNT(MPY_ID(__init__)), MPY_IMMORTAL_REFCNT);
    cr_expect_eq(mpy_str_intern_cstr("__init__"), MPY_ID(__init__));
    MpyObject *s = S("__len__");
    mpy_str_intern_in_place(&s);
    cr_expect_eq(s, MPY_ID(__len__));
    MPY_DECREF(s);
}

Test(intern, start_up_single_characters)
{
    /* 'a' is interned at start-up as a separate object: chr(97) is not the
     * interned 'a'; 'A' is not, so interning the singleton keeps it. */
    MpyObject *a = mpy_str_from_codepoint('a'), *ia = MPY_NEWREF(a);
    mpy_str_intern_in_place(&ia);
    cr_expect_neq(ia, a);
    cr_expect(mpy_str_equal(ia, a));
    cr_expect_geq(MPY_REFCNT(ia), MPY_IMMORTAL_REFCNT);
    MpyObject *A = mpy_str_from_codepoint('A'), *iA = MPY_NEWREF(A);
    mpy_str_intern_in_place(&iA);
    cr_expect_eq(iA, A);
    MPY_DECREF(a), MPY_DECREF(ia), MPY_DECREF(A), MPY_DECREF(iA);
}

Test(intern, empty_string_interns_to_itself)
{
    MpyObject *e = S(""), *i = MPY_NEWREF(e);
    mpy_str_intern_in_place(&i);
    cr_expect_eq(i, e);
    MPY_DECREF(e), MPY_DECREF(i);
}
