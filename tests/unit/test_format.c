/* Unit tests of text formatting: the format-spec parser and padding
 * (runtime/format_spec.c), format() of a str, `str % args` and
 * str.format / format_map (runtime/str_format.c). Expected results and
 * messages are python3's (CPython 3.11). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdarg.h>
#include <string.h>

#include "dict.h"
#include "errors.h"
#include "format_spec.h"
#include "int.h"
#include "lifecycle.h"
#include "list.h"
#include "str.h"
#include "str_impl.h"
#include "tuple.h"

static void setup(void) { mpy_runtime_init(0, NULL); }
static void teardown(void) { mpy_runtime_fini(); }

TestSuite(format, .init = setup, .fini = teardown);

static MpyObject *S(const char *s) { return mpy_str_from_cstr(s); }
static MpyObject *I(long v) { return mpy_int_from_i64(v); }

/* A tuple of the n given objects, stealing them. */
static MpyObject *T(int n, ...)
{
    MpyObject *t = mpy_tuple_new(n);
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        MPY_TUPLE_SET(t, i, va_arg(ap, MpyObject *));
    va_end(ap);
    return t;
}

static const char *pending(void)
{
    static char buf[512];
    MpyObject *e = mpy_err_fetch();
    if (!e)
        return "(no exception)";
    MpyObject *m = mpy_object_str(e);
    snprintf(buf, sizeof buf, "%s: %s", MPY_TYPE(e)->tp_name, m ? mpy_str_as_utf8(m) : "?");
    MPY_XDECREF(m);
    MPY_DECREF(e);
    return buf;
}

/* Checks str(o) (not repr: the texts are easier to read) and releases o. */
static void expect_text(MpyObject *o, const char *want)
{
    cr_assert(o != NULL, "expected '%s', got %s", want, pending());
    cr_assert(MPY_STR_CHECK(o));
    cr_expect_str_eq(mpy_str_as_utf8(o), want);
    MPY_DECREF(o);
}

static void expect_error(MpyObject *o, const char *want)
{
    cr_assert(o == NULL, "expected the error %s", want);
    cr_expect_str_eq(pending(), want);
}

/* ============================================================ the parser */

static int parse(const char *text, MpyFormatSpec *spec)
{
    MpyObject *s = S(text);
    int r = mpy_format_spec_parse(s, spec, 'd', '>');
    MPY_DECREF(s);
    return r;
}

Test(format, parser_fields)
{
    MpyFormatSpec f;
    cr_assert(parse("*^+z#012_.3f", &f) == 0, "%s", pending());
    cr_expect_eq(f.fill, '*');
    cr_expect_eq(f.align, '^');
    cr_expect_eq(f.sign, '+');
    cr_expect(f.no_neg_zero);
    cr_expect(f.alternate);
    cr_expect_eq(f.width, 12);
    cr_expect_eq(f.grouping, '_');
    cr_expect_eq(f.precision, 3);
    cr_expect_eq(f.type, 'f');
    cr_assert(parse("010", &f) == 0);
    cr_expect_eq(f.fill, '0');
    cr_expect_eq(f.align, '=', "a leading 0 means '=' alignment for numbers");
    cr_expect(f.zero_pad);
    cr_assert(parse("\xc3\xa9<5", &f) == 0);
    cr_expect_eq(f.fill, 0xE9u);
    cr_assert(parse("", &f) == 0);
    cr_expect_eq(f.type, 'd');
    cr_expect_eq(f.width, -1);
    cr_expect_eq(f.precision, -1);
}

Test(format, parser_errors)
{
    MpyFormatSpec f;
    struct { const char *spec, *msg; } cases[] = {
        {"xx", "ValueError: Invalid format specifier 'xx' for object of type 'int'"},
        {",_", "ValueError: Cannot specify both ',' and '_'."},
        {"_,", "ValueError: Cannot specify both ',' and '_'."},
        {",,", "ValueError: Cannot specify ',' with ','."},
        {",s", "ValueError: Cannot specify ',' with 's'."},
        {"_c", "ValueError: Cannot specify '_' with 'c'."},
        {".", "ValueError: Format specifier missing precision"},
        {"99999999999999999999", "ValueError: Too many decimal digits in format string"},
        {".99999999999999999999", "ValueError: Too many decimal digits in format string"},
        {"\xc3\xa9", "ValueError: Unknown format code '\\xe9' for object of type 'int'"},
        {",\xc3\xa9", "ValueError: Cannot specify ',' with '\\xe9'."},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        cr_expect_eq(parse(cases[i].spec, &f), -1, "%s", cases[i].spec);
        cr_expect_str_eq(pending(), cases[i].msg);
    }
    MpyObject *s = S("xx");
    cr_expect_eq(mpy_format_spec_parse_for(s, &f, 0, '>', "complex"), -1);
    cr_expect_str_eq(pending(), "ValueError: Invalid format specifier 'xx' for object of type 'complex'");
    MPY_DECREF(s);
    cr_assert(parse("x", &f) == 0);
    cr_expect_null(mpy_format_spec_unknown_code(&f, "float"));
    cr_expect_str_eq(pending(), "ValueError: Unknown format code 'x' for object of type 'float'");
}

Test(format, padding)
{
    MpyFormatSpec f;
    MpyStrBuf b = MPY_STRBUF_INIT;
    cr_assert(parse("*^9", &f) == 0);
    mpy_format_spec_pad(&f, "-12", 3, 3, 1, &b);
    cr_expect_str_eq(b.data, "***-12***");
    mpy_strbuf_free(&b);
    cr_assert(parse("09", &f) == 0);
    mpy_format_spec_pad(&f, "-0x1f", 5, 5, 3, &b);
    cr_expect_str_eq(b.data, "-0x00001f");
    mpy_strbuf_free(&b);
    cr_assert(parse("\xc3\xa9>4", &f) == 0);
    mpy_format_spec_pad(&f, "\xe4\xb8\xad", 3, 1, 0, &b);
    cr_expect_str_eq(b.data, "\xc3\xa9\xc3\xa9\xc3\xa9\xe4\xb8\xad");
    mpy_strbuf_free(&b);
}

/* =================================================== format() of a str */

static MpyObject *fmt(const char *value, const char *spec)
{
    MpyObject *v = S(value), *s = S(spec), *r = mpy_object_format(v, s);
    MPY_DECREF(v), MPY_DECREF(s);
    return r;
}

Test(format, str_format_spec)
{
    expect_text(fmt("abc", ">5"), "  abc");
    expect_text(fmt("abc", ".2"), "ab");
    expect_text(fmt("abc", "05"), "abc00");
    expect_text(fmt("abc", "x<5"), "abcxx");
    expect_text(fmt("abc", "*^8.2s"), "***ab***");
    expect_text(fmt("\xc3\xa9", "^4"), " \xc3\xa9  ");
    expect_text(fmt("ab", "\xc3\xa9^5"), "\xc3\xa9" "ab\xc3\xa9\xc3\xa9");
    expect_error(fmt("abc", "d"), "ValueError: Unknown format code 'd' for object of type 'str'");
    expect_error(fmt("abc", "=5"), "ValueError: '=' alignment not allowed in string format specifier");
    expect_error(fmt("abc", "+"), "ValueError: Sign not allowed in string format specifier");
    expect_error(fmt("abc", " "), "ValueError: Space not allowed in string format specifier");
    expect_error(fmt("abc", "#"), "ValueError: Alternate form (#) not allowed in string format specifier");
    expect_error(fmt("abc", "z"), "ValueError: Negative zero coercion (z) not allowed in string format "
                                  "specifier");
    expect_error(fmt("abc", ","), "ValueError: Cannot specify ',' with 's'.");
    MpyObject *s = S("abc"), *spec = S(">2"), *r = mpy_object_format(s, spec);
    cr_expect_eq(r, s, "format(s, '>2') is s");
    MPY_DECREF(s), MPY_DECREF(spec), MPY_DECREF(r);
}

/* ================================================================== % */

/* fmt % args, stealing args. */
static MpyObject *pct(const char *format, MpyObject *args)
{
    MpyObject *f = S(format), *r = mpy_number_remainder(f, args);
    MPY_DECREF(f), MPY_DECREF(args);
    return r;
}

Test(format, percent_conversions)
{
    expect_text(pct("%s %r %a", T(3, S("x"), S("x"), S("\xc3\xa9"))), "x 'x' '\\xe9'");
    expect_text(pct("%5d|%-5d|%05d|%+d|% d|%+05d|%-05d",
                    T(7, I(3), I(3), I(3), I(3), I(3), I(-3), I(3))),
                "    3|3    |00003|+3| 3|-0003|3    ");
    expect_text(pct("%#x %#X %#o %x %X %o", T(6, I(255), I(255), I(8), I(-255), I(255),
                                                           I(-8))),
                "0xff 0XFF 0o10 -ff FF -10");
    expect_text(pct("%#.3x|%.3d|%05x|%+05x|%#08x|%-#8x|", T(6, I(5), I(-5), I(-255),
                                                                        I(255), I(255), I(255))),
                "0x005|-005|-00ff|+00ff|0x0000ff|0xff    |");
    expect_text(pct("%c%c", T(2, I(233), S("z"))), "\xc3\xa9z");
    expect_text(pct("%10.4s|%-6r|", T(2, S("abcdefg"), S("a"))), "      abcd|'a'   |");
    expect_text(pct("%*d|%-*d|%*d", T(6, I(5), I(3), I(5), I(3), I(-5), I(3))),
                "    3|3    |3    ");
    expect_text(pct("%.2s", S("\xc3\xa9\xe4\xb8\xad\xe6\x96\x87")), "\xc3\xa9\xe4\xb8\xad");
    expect_text(pct("%s %%", I(1)), "1 %");
    expect_text(pct("%ld %hd %i %u", T(4, I(1), I(2), I(3), I(-4))), "1 2 3 -4");
}

Test(format, percent_mappings)
{
    MpyObject *d = mpy_dict_new(), *x = S("ex"), *y = I(7);
    mpy_dict_set_item_str(d, "x", x);
    mpy_dict_set_item_str(d, "y", y);
    expect_text(pct("%(x)s %(y)d %(x)r", MPY_NEWREF(d)), "ex 7 'ex'");
    expect_error(pct("%(x)s %s", MPY_NEWREF(d)), "TypeError: not enough arguments for format string");
    expect_text(pct("no fields", MPY_NEWREF(d)), "no fields");
    expect_error(pct("%(x", MPY_NEWREF(d)), "ValueError: incomplete format key");
    expect_error(pct("%(x)s", I(1)), "TypeError: format requires a mapping");
    MPY_DECREF(d), MPY_DECREF(x), MPY_DECREF(y);
}

Test(format, percent_errors)
{
    expect_error(pct("%s %s", T(1, I(1))), "TypeError: not enough arguments for format string");
    expect_error(pct("%s", T(2, I(1), I(2))),
                 "TypeError: not all arguments converted during string formatting");
    expect_error(pct("abc", I(5)), "TypeError: not all arguments converted during string formatting");
    expect_error(pct("%", I(1)), "ValueError: incomplete format");
    expect_error(pct("%z", I(1)), "ValueError: unsupported format character 'z' (0x7a) at index 1");
    expect_error(pct("\xc3\xa9%\xc3\xa9", I(1)),
                 "ValueError: unsupported format character '?' (0xe9) at index 2");
    expect_error(pct("%5%", T(1, I(1))),
                 "ValueError: unsupported format character '%' (0x25) at index 2");
    expect_error(pct("%d", S("x")), "TypeError: %d format: a real number is required, not str");
    expect_error(pct("%x", S("x")), "TypeError: %x format: an integer is required, not str");
    expect_error(pct("%c", S("ab")), "TypeError: %c requires int or char");
    expect_error(pct("%c", I(0x110000)), "OverflowError: %c arg not in range(0x110000)");
    expect_error(pct("%*d", T(2, S("x"), I(3))), "TypeError: * wants int");
    MpyObject *f = S("plain"), *empty = mpy_tuple_new(0), *r = mpy_number_remainder(f, empty);
    cr_expect_eq(r, f, "a format without fields is returned itself");
    MPY_DECREF(f), MPY_DECREF(empty), MPY_DECREF(r);
}

/* ========================================================= str.format */

/* format.format(*args, **kw): n positional values then the keyword
 * values named by kwnames (a tuple, stolen); everything stolen. */
static MpyObject *call_format(const char *format, MpyObject *kwnames, int n, ...)
{
    MpyObject *args[8];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        args[i] = va_arg(ap, MpyObject *);
    va_end(ap);
    MpyObject *f = S(format);
    size_t nkw = kwnames ? (size_t)MPY_SIZE(kwnames) : 0;
    MpyObject *r = mpy_str_format_method(f, args, (size_t)n - nkw, kwnames);
    for (int i = 0; i < n; i++)
        MPY_DECREF(args[i]);
    MPY_XDECREF(kwnames);
    MPY_DECREF(f);
    return r;
}

Test(format, format_method_fields)
{
    expect_text(call_format("{0} {1} {0}", NULL, 2, S("a"), S("b")), "a b a");
    expect_text(call_format("{} {}", NULL, 2, S("x"), S("y")), "x y");
    expect_text(call_format("{:*^10}|", NULL, 1, S("hi")), "****hi****|");
    expect_text(call_format("{0!r:^9}", NULL, 1, S("ab")), "  'ab'   ");
    expect_text(call_format("{0!a}", NULL, 1, S("h\xc3\xa9")), "'h\\xe9'");
    expect_text(call_format("{x}{y}", T(2, S("x"), S("y")), 2, I(1), S("2")), "12");
    expect_text(call_format("{:>{}}", NULL, 2, S("a"), I(5)), "    a");
    expect_text(call_format("{0:{1}{2}}", NULL, 3, S("a"), S(">"), I(3)), "  a");
    expect_text(call_format("{0:>{width}}", T(1, S("width")), 2, S("a"), I(5)), "    a");
    expect_text(call_format("{{{}}}", NULL, 1, I(1)), "{1}");
    MpyObject *l = mpy_list_new(0), *a = S("a"), *bc = S("bc");
    mpy_list_append(l, a);
    mpy_list_append(l, bc);
    expect_text(call_format("{0[1][0]}", NULL, 1, MPY_NEWREF(l)), "b");
    expect_error(call_format("{0[10]}", NULL, 1, MPY_NEWREF(l)), "IndexError: list index out of range");
    MPY_DECREF(l), MPY_DECREF(a), MPY_DECREF(bc);
}

Test(format, format_method_errors)
{
    struct { const char *format, *msg; } cases[] = {
        {"{} {1}", "ValueError: cannot switch from automatic field numbering to manual field specification"},
        {"{1} {}", "ValueError: cannot switch from manual field specification to automatic field numbering"},
        {"{3}", "IndexError: Replacement index 3 out of range for positional args tuple"},
        {"{a}", "KeyError: 'a'"},
        {"{0[}", "ValueError: expected '}' before end of string"},
        {"{0[0]x}", "ValueError: Only '.' or '[' may follow ']' in format field specifier"},
        {"{0.}", "ValueError: Empty attribute in format string"},
        {"{!x}", "ValueError: Unknown conversion specifier x"},
        {"{!}", "ValueError: unmatched '{' in format spec"},
        {"{!rr}", "ValueError: expected ':' after conversion specifier"},
        {"{:{:{}}}", "ValueError: Max string recursion exceeded"},
        {"{", "ValueError: Single '{' encountered in format string"},
        {"}", "ValueError: Single '}' encountered in format string"},
        {"{0.y}", "AttributeError: 'str' object has no attribute 'y'"},
        {"{0:d}", "ValueError: Unknown format code 'd' for object of type 'str'"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        expect_error(call_format(cases[i].format, NULL, 3, S("p"), S("q"), S("r")), cases[i].msg);
}

Test(format, format_map)
{
    MpyObject *d = mpy_dict_new(), *v = S("xyz");
    mpy_dict_set_item_str(d, "a", v);
    MpyObject *f = S("{a} {a[0]} {a!r:>6}");
    expect_text(mpy_str_format_map(f, d), "xyz x  'xyz'");
    MPY_DECREF(f);
    f = S("{}");
    expect_error(mpy_str_format_map(f, d), "ValueError: Format string contains positional fields");
    MPY_DECREF(f);
    f = S("{b}");
    expect_error(mpy_str_format_map(f, d), "KeyError: 'b'");
    MPY_DECREF(f), MPY_DECREF(d), MPY_DECREF(v);
}
