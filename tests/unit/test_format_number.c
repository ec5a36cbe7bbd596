/* Unit tests of format() for numbers (int_format.c, float_format.c,
 * float_str.c, complex.c): every presentation type, fill/align/width, signs,
 * 'z', '#', zero padding, ',' and '_' grouping and their error messages,
 * for ints, floats and complex numbers. The table format_number_cases.inc
 * was printed by python3 (CPython 3.11) with gen_format_number_cases.py. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "complex.h"
#include "errors.h"
#include "float.h"
#include "int.h"
#include "lifecycle.h"
#include "str.h"

static void setup(void) { mpy_runtime_init(0, NULL); }
static void teardown(void) { mpy_runtime_fini(); }

TestSuite(format_number, .init = setup, .fini = teardown);

typedef struct {
    char kind;          /* 'i' int, 'f' float, 'c' complex ("real|imag") */
    const char *value;  /* decimal text or repr */
    const char *spec;
    const char *want;   /* the text, or "!Type: message" */
} Case;

static const Case cases[] = {
#include "format_number_cases.inc"
};

static MpyObject *make_value(const Case *c)
{
    switch (c->kind) {
    case 'i':
        return mpy_int_from_string(c->value, strlen(c->value), 10);
    case 'f':
        return mpy_float_from_double(strtod(c->value, NULL));
    default: {
        char *bar;
        double re = strtod(c->value, &bar);
        return mpy_complex_from_doubles(re, strtod(bar + 1, NULL));
    }
    }
}

/* The result of format(value, spec) as text, or "!Type: message". */
static char *format_case(const Case *c)
{
    static char buf[4096];
    MpyObject *v = make_value(c), *spec = mpy_str_from_cstr(c->spec);
    cr_assert(v && spec);
    MpyObject *r = mpy_object_format(v, spec);
    if (r) {
        snprintf(buf, sizeof buf, "%s", mpy_str_as_utf8(r));
        MPY_DECREF(r);
    } else {
        MpyObject *e = mpy_err_fetch();
        MpyObject *m = e ? mpy_object_str(e) : NULL;
        snprintf(buf, sizeof buf, "!%s: %s", e ? MPY_TYPE(e)->tp_name : "?",
                 m ? mpy_str_as_utf8(m) : "?");
        MPY_XDECREF(m);
        MPY_XDECREF(e);
    }
    MPY_DECREF(v);
    MPY_DECREF(spec);
    return buf;
}

static void run_kind(char kind)
{
    int failures = 0;
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const Case *c = &cases[i];
        if (c->kind != kind)
            continue;
        const char *got = format_case(c);
        if (strcmp(got, c->want) != 0 && ++failures <= 20)
            cr_expect_str_eq(got, c->want, "format(%s, '%s')", c->value, c->spec);
    }
    cr_expect_eq(failures, 0, "%d cases differ from CPython", failures);
}

Test(format_number, ints) { run_kind('i'); }
Test(format_number, floats) { run_kind('f'); }
Test(format_number, complex) { run_kind('c'); }

/* bin/oct/hex text and str() of ints and floats. */
Test(format_number, text_forms)
{
    MpyObject *v = mpy_int_from_string("-255", 4, 10);
    MpyObject *h = mpy_int_to_base(v, 16, true), *o = mpy_int_to_base(v, 8, true),
              *b = mpy_int_to_base(v, 2, true);
    cr_expect_str_eq(mpy_str_as_utf8(h), "-0xff");
    cr_expect_str_eq(mpy_str_as_utf8(o), "-0o377");
    cr_expect_str_eq(mpy_str_as_utf8(b), "-0b11111111");
    MPY_DECREF(h);
    MPY_DECREF(o);
    MPY_DECREF(b);
    MPY_DECREF(v);
    char *s = mpy_float_to_string(-0.0, 'r', 0, 0);
    cr_expect_str_eq(s, "-0");
    mpy_mem_free(s);
    s = mpy_float_to_string(1e16, 'r', 0, MPY_DTSF_ADD_DOT_0);
    cr_expect_str_eq(s, "1e+16");
    mpy_mem_free(s);
    s = mpy_float_to_string(2.5, 'r', 0, MPY_DTSF_SIGN);
    cr_expect_str_eq(s, "+2.5");
    mpy_mem_free(s);
}
