/* Unit tests of str (runtime/str.c, str_methods.c, str_codecs.c): the
 * shared singletons, creation and the writer, CPython 3.11's hash, slicing
 * and indexing by code point, in-place concatenation, iteration, str(),
 * the codecs and the methods. Every expected value was printed by python3
 * (CPython 3.11) for the same operation. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdarg.h>
#include <string.h>

#include "bytes.h"
#include "errors.h"
#include "hash.h"
#include "int.h"
#include "lifecycle.h"
#include "list.h"
#include "slice.h"
#include "str.h"
#include "str_impl.h"
#include "tuple.h"

static void setup(void)
{
    mpy_hash_set_seed(0); /* as PYTHONHASHSEED=0 */
    mpy_runtime_init(0, NULL);
}

static void teardown(void) { mpy_runtime_fini(); }

TestSuite(str, .init = setup, .fini = teardown);

/* ============================================================ helpers */

static MpyObject *S(const char *utf8) { return mpy_str_from_cstr(utf8); }
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

/* "Type: message" of the pending exception, which is cleared. */
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

/* Checks repr(o) and releases o. */
static void expect_repr(MpyObject *o, const char *want)
{
    cr_assert(o != NULL, "expected %s, got %s", want, pending());
    MpyObject *r = mpy_object_repr(o);
    cr_assert(r != NULL, "repr failed: %s", pending());
    cr_expect_str_eq(mpy_str_as_utf8(r), want);
    MPY_DECREF(r);
    MPY_DECREF(o);
}

static void expect_error(MpyObject *o, const char *want)
{
    cr_assert(o == NULL, "expected the error %s", want);
    cr_expect_str_eq(pending(), want);
}

/* self.name(*args), stealing self and the n arguments. */
static MpyObject *M(MpyObject *self, const char *name, int n, ...)
{
    MpyObject *args[8];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        args[i] = va_arg(ap, MpyObject *);
    va_end(ap);
    MpyObject *r = mpy_call_method(self, name, args, (size_t)n);
    for (int i = 0; i < n; i++)
        MPY_DECREF(args[i]);
    MPY_DECREF(self);
    return r;
}

/* o[start:stop:step] with NULL for a missing part; steals o. */
static MpyObject *slice(MpyObject *o, MpyObject *start, MpyObject *stop, MpyObject *step)
{
    MpyObject *sl = mpy_slice_new(start, stop, step);
    MPY_XDECREF(start), MPY_XDECREF(stop), MPY_XDECREF(step);
    MpyObject *r = mpy_object_getitem(o, sl);
    MPY_DECREF(sl);
    MPY_DECREF(o);
    return r;
}

static MpyObject *item(MpyObject *o, long i)
{
    MpyObject *k = I(i), *r = mpy_object_getitem(o, k);
    MPY_DECREF(k);
    MPY_DECREF(o);
    return r;
}

/* ========================================================== singletons */

Test(str, empty_and_latin1_strings_are_shared_and_immortal)
{
    MpyObject *a = S(""), *b = mpy_str_from_utf8("xyz", 0);
    cr_expect_eq(a, b);
    cr_expect_geq(MPY_REFCNT(a), MPY_IMMORTAL_REFCNT);
    MpyObject *c = S("\xc3\xa9"), *d = mpy_str_from_codepoint(0xE9);
    cr_expect_eq(c, d, "chr(233) is chr(233)");
    cr_expect_geq(MPY_REFCNT(c), MPY_IMMORTAL_REFCNT);
    MpyObject *e = mpy_str_from_codepoint(0x100), *f = mpy_str_from_codepoint(0x100);
    cr_expect_neq(e, f, "chr(256) is not chr(256)");
    MpyObject *xa = S("xa"), *g = mpy_str_substring(xa, 1, 2), *h = mpy_str_from_codepoint('a');
    cr_expect_eq(g, h, "'xa'[1] is chr(97)");
    MPY_DECREF(a), MPY_DECREF(b), MPY_DECREF(c), MPY_DECREF(d);
    MPY_DECREF(e), MPY_DECREF(f), MPY_DECREF(g), MPY_DECREF(h), MPY_DECREF(xa);
}

Test(str, runtime_single_characters_from_every_path_are_shared)
{
    MpyObject *a = mpy_str_from_codepoint('q');
    MpyObject *b = item(S("xq"), 1);
    MpyObject *c = M(S("Q"), "lower", 0);
    MpyObject *d = M(S(" q "), "strip", 0);
    MpyObject *it = mpy_object_getiter(a), *e = mpy_iter_next(it);
    cr_expect(a == b && b == c && c == d && d == e);
    MPY_DECREF(a), MPY_DECREF(b), MPY_DECREF(c), MPY_DECREF(d), MPY_DECREF(e), MPY_DECREF(it);
}

Test(str, layout_and_sizeof_match_cpython)
{
    cr_expect_eq(MpyUnicode_Type.tp_basicsize, 49);
    const char *texts[] = {"", "a", "ab", "\xc3\xa9", "\xe4\xb8\xad\xe6\x96\x87", "\xf0\x9f\x98\x80"};
    const long sizes[] = {49, 50, 51, 74, 78, 80};
    for (int i = 0; i < 6; i++) {
        MpyObject *r = M(S(texts[i]), "__sizeof__", 0);
        cr_assert(r);
        cr_expect_eq(mpy_int_as_i64(r), sizes[i], "sizeof(%s)", texts[i]);
        MPY_DECREF(r);
    }
}

/* ============================================================ creation */

Test(str, length_kind_and_flags)
{
    MpyObject *s = S("h\xc3\xa9llo \xe4\xb8\xad \xf0\x9f\x98\x80");
    cr_expect_eq(MPY_STR_LEN(s), 9);
    cr_expect_eq(MPY_STR_UTF8_LEN(s), 15);
    cr_expect_eq(((MpyStrObject *)s)->max_char, 0x1F600u);
    cr_expect(!MPY_STR_IS_ASCII(s));
    MpyObject *t = S("plain");
    cr_expect(MPY_STR_IS_ASCII(t));
    cr_expect_eq(mpy_str_char_at(s, 1), 0xE9u);
    cr_expect_eq(mpy_str_char_at(s, 6), 0x4E2Du);
    cr_expect_eq(mpy_str_char_at(s, 8), 0x1F600u);
    MPY_DECREF(s), MPY_DECREF(t);
}

Test(str, raw_then_finish)
{
    MpyObject *s = mpy_str_new_raw(4);
    memcpy(MPY_STR_DATA(s), "\xc3\xa9t\xc3", 4);
    MPY_STR_DATA(s)[3] = 'e';
    s = mpy_str_finish(s);
    expect_repr(s, "'\xc3\xa9te'");
    MpyObject *one = mpy_str_new_raw(1);
    MPY_STR_DATA(one)[0] = 'z';
    one = mpy_str_finish(one);
    MpyObject *z = mpy_str_from_codepoint('z');
    cr_expect_eq(one, z, "a finished 1-character string is the singleton");
    MPY_DECREF(one), MPY_DECREF(z);
}

Test(str, writer_builds_in_place)
{
    MpyStrWriter w = MPY_STRW_INIT;
    cr_assert(mpy_strw_append_cstr(&w, "ab") == 0);
    cr_assert(mpy_strw_append_char(&w, 0x4E2D) == 0);
    cr_assert(mpy_strw_append_fill(&w, '-', 3) == 0);
    cr_assert(mpy_strw_appendf(&w, "%d|%s|%.2s|%5s|%-3s|", 42, "x", "abc", "r", "l") == 0);
    MpyObject *s = mpy_strw_finish(&w);
    cr_expect_eq(MPY_STR_LEN(s), 24);
    expect_repr(s, "'ab\xe4\xb8\xad---42|x|ab|    r|l  |'");
    MpyStrWriter e = MPY_STRW_INIT;
    MpyObject *empty = mpy_strw_finish(&e), *ref = S("");
    cr_expect_eq(empty, ref);
    MPY_DECREF(empty), MPY_DECREF(ref);
}

Test(str, from_format_codes)
{
    MpyObject *obj = S("o\xc3\xa9");
    MpyObject *s = mpy_str_from_format("%s %d %i %u %ld %zd %zu %c %x %% %.3s %U %R %S %T %V %V", "c",
                                       -1, 2, 3u, 4L, (ssize_t)-5, (size_t)6, 0x263A, 255,
                                       "abcdef", obj, obj, obj, obj, obj, "unused", NULL, "alt");
    expect_repr(s, "\"c -1 2 3 4 -5 6 \xe2\x98\xba ff % abc o\xc3\xa9 'o\xc3\xa9' o\xc3\xa9 str o\xc3\xa9 alt\"");
    MpyObject *p = mpy_str_from_format("%p", (void *)0x1234);
    expect_repr(p, "'0x1234'");
    MPY_DECREF(obj);
}

/* ================================================================ hash */

Test(str, hash_equals_cpython_with_seed_0)
{
    struct { const char *text; long long hash; } cases[] = {
        {"abc", -4594863902769663758LL},
        {"\xe4\xb8\xad\xe6\x96\x87", 501833946989431548LL},
        {"", 0},
        {"\xf0\x9f\x98\x80", -3536540696076613844LL},
        {"\xc3\xa9", 6047309291227476195LL},
        {"h\xc3\xa9llo w\xc3\xb6rld, this is long", 5504313710985429954LL},
        {"\xe4\xb8\xad\xe6\x96\x87\xe4\xb8\xad\xe6\x96\x87\xe4\xb8\xad\xe6\x96\x87\xe4\xb8\xad"
         "\xe6\x96\x87\xe4\xb8\xad\xe6\x96\x87x", -912077306802936839LL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        MpyObject *s = S(cases[i].text);
        cr_expect_eq((long long)mpy_object_hash(s), cases[i].hash, "hash(%s)", cases[i].text);
        cr_expect_eq(((MpyStrObject *)s)->hash, (mpy_hash_t)cases[i].hash, "cached");
        MPY_DECREF(s);
    }
    cr_expect_eq((long long)mpy_hash_bytes("abc", 3), -4594863902769663758LL);
}

Test(str, hash_follows_the_seed)
{
    mpy_hash_set_seed(1);
    cr_expect_eq((long long)mpy_hash_bytes("hello world!!", 13), 8022469484893003659LL);
    MpyObject *s = S("abc");
    cr_expect_eq((long long)mpy_str_hash(s), -4667308735975688587LL);
    MPY_DECREF(s);
    mpy_hash_set_seed(42);
    s = S("\xe4\xb8\xad\xe6\x96\x87");
    cr_expect_eq((long long)mpy_str_hash(s), 4786665480535555245LL);
    MPY_DECREF(s);
    mpy_hash_set_seed(0);
}

/* ======================================================== comparisons */

Test(str, ordering_is_code_point_order)
{
    const char *ordered[] = {"", "a", "ab", "b", "\xc3\xa9", "\xed\xa0\x80" /* U+D800 */,
                             "\xee\x80\x80" /* U+E000 */, "\xef\xbf\xbf", "\xf0\x9f\x98\x80"};
    for (int i = 0; i + 1 < 9; i++) {
        MpyObject *a = S(ordered[i]), *b = S(ordered[i + 1]);
        cr_expect_lt(mpy_str_compare(a, b), 0, "%d", i);
        cr_expect_eq(mpy_object_richcompare_bool(a, b, MPY_LT), 1);
        cr_expect_eq(mpy_object_richcompare_bool(b, a, MPY_GE), 1);
        MPY_DECREF(a), MPY_DECREF(b);
    }
    MpyObject *a = S("x"), *one = I(1);
    expect_error(mpy_object_richcompare(a, one, MPY_LT),
                 "TypeError: '<' not supported between instances of 'str' and 'int'");
    cr_expect_eq(mpy_object_richcompare_bool(a, one, MPY_EQ), 0);
    MPY_DECREF(a), MPY_DECREF(one);
}

/* ================================================ indexing and slicing */

Test(str, indexing)
{
    expect_repr(item(S("hello"), -1), "'o'");
    expect_repr(item(S("h\xc3\xa9llo w\xc3\xb6rld"), 7), "'\xc3\xb6'");
    expect_repr(item(S("\xf0\x9f\x98\x80" "a\xf0\x9f\x98\x80" "b"), 2), "'\xf0\x9f\x98\x80'");
    expect_error(item(S("hello"), 5), "IndexError: string index out of range");
    expect_error(item(S("hello"), -6), "IndexError: string index out of range");
    MpyObject *s = S("abc"), *k = S("x");
    expect_error(mpy_object_getitem(s, k), "TypeError: string indices must be integers, not 'str'");
    MPY_DECREF(s), MPY_DECREF(k);
}

Test(str, slicing)
{
    const char *hw = "h\xc3\xa9llo w\xc3\xb6rld";
    expect_repr(slice(S(hw), I(2), I(9), NULL), "'llo w\xc3\xb6r'");
    expect_repr(slice(S(hw), NULL, NULL, I(-1)), "'dlr\xc3\xb6w oll\xc3\xa9h'");
    expect_repr(slice(S(hw), NULL, NULL, I(3)), "'hlwl'");
    expect_repr(slice(S(hw), I(-3), NULL, I(-2)), "'rwolh'");
    expect_repr(slice(S(hw), I(100), NULL, NULL), "''");
    expect_repr(slice(S("abcdef"), I(5), I(1), I(-2)), "'fd'");
    expect_error(slice(S("abcdef"), NULL, NULL, I(0)), "ValueError: slice step cannot be zero");
    MpyObject *s = S("abc"), *whole = slice(MPY_NEWREF(s), NULL, NULL, NULL);
    cr_expect_eq(whole, s, "s[:] is s");
    MPY_DECREF(whole), MPY_DECREF(s);
}

Test(str, random_access_on_non_ascii_is_consistent)
{
    MpyStrWriter w = MPY_STRW_INIT;
    for (int i = 0; i < 500; i++)
        mpy_strw_append_char(&w, i % 3 == 0 ? 'a' + i % 26 : i % 3 == 1 ? 0xE9 : 0x4E00 + i);
    MpyObject *s = mpy_strw_finish(&w);
    unsigned seed = 7;
    for (int n = 0; n < 2000; n++) {
        seed = seed * 1103515245u + 12345u;
        ssize_t i = (ssize_t)(seed >> 8) % 500;
        uint32_t want = i % 3 == 0 ? 'a' + i % 26 : i % 3 == 1 ? 0xE9 : 0x4E00 + (uint32_t)i;
        cr_assert_eq(mpy_str_char_at(s, i), want, "index %zd", i);
    }
    MPY_DECREF(s);
}

/* ======================================================= concatenation */

Test(str, concat_and_repeat)
{
    MpyObject *a = S("abc"), *b = S("d\xc3\xa9"), *e = S("");
    expect_repr(mpy_number_add(a, b), "'abcd\xc3\xa9'");
    MpyObject *r = mpy_number_add(a, e);
    cr_expect_eq(r, a, "s + '' is s");
    MPY_DECREF(r);
    MpyObject *one = I(1);
    expect_error(mpy_number_add(a, one), "TypeError: can only concatenate str (not \"int\") to str");
    MpyObject *three = I(3), *neg = I(-2);
    expect_repr(mpy_number_multiply(b, three), "'d\xc3\xa9" "d\xc3\xa9" "d\xc3\xa9'");
    expect_repr(mpy_number_multiply(three, a), "'abcabcabc'");
    expect_repr(mpy_number_multiply(a, neg), "''");
    MpyObject *big = mpy_int_from_i64(1LL << 62);
    expect_error(mpy_number_multiply(a, big), "OverflowError: repeated string is too long");
    expect_error(mpy_number_multiply(a, a), "TypeError: can't multiply sequence by non-int of type 'str'");
    MPY_DECREF(a), MPY_DECREF(b), MPY_DECREF(e), MPY_DECREF(one), MPY_DECREF(three);
    MPY_DECREF(neg), MPY_DECREF(big);
}

Test(str, concat_inplace_grows_a_private_string)
{
    MpyObject *s = S("start:"), *piece = S("x\xc3\xa9");
    for (int i = 0; i < 20000; i++)
        cr_assert(mpy_str_concat_inplace(&s, piece) == 0);
    cr_expect_eq(MPY_STR_LEN(s), 6 + 40000);
    cr_expect_eq(MPY_REFCNT(s), 1);
    cr_expect_eq(mpy_str_char_at(s, 40005), 0xE9u);
    MpyObject *h1 = I(mpy_str_hash(s));
    MpyObject *copy = mpy_str_from_utf8(MPY_STR_DATA(s), (size_t)MPY_STR_UTF8_LEN(s));
    cr_expect_eq(mpy_str_hash(copy), mpy_str_hash(s), "the cached hash was reset");
    /* a shared string is not modified */
    MpyObject *other = MPY_NEWREF(s);
    cr_assert(mpy_str_concat_inplace(&s, piece) == 0);
    cr_expect_neq(s, other);
    cr_expect_eq(MPY_STR_LEN(other), 40006);
    MPY_DECREF(s), MPY_DECREF(other), MPY_DECREF(piece), MPY_DECREF(h1), MPY_DECREF(copy);
}

Test(str, contains)
{
    MpyObject *s = S("caf\xc3\xa9 au lait"), *sub = S("\xc3\xa9 a"), *no = S("tea"), *e = S("");
    cr_expect_eq(mpy_sequence_contains(s, sub), 1);
    cr_expect_eq(mpy_sequence_contains(s, no), 0);
    cr_expect_eq(mpy_sequence_contains(s, e), 1);
    MpyObject *one = I(1);
    cr_expect_eq(mpy_sequence_contains(s, one), -1);
    cr_expect_str_eq(pending(), "TypeError: 'in <string>' requires string as left operand, not int");
    MPY_DECREF(s), MPY_DECREF(sub), MPY_DECREF(no), MPY_DECREF(e), MPY_DECREF(one);
}

/* ============================================================ iteration */

Test(str, iterators)
{
    MpyObject *s = S("a\xf0\x9f\x98\x80\xc3\xa9"), *it = mpy_object_getiter(s);
    cr_expect_str_eq(MPY_TYPE(it)->tp_name, "str_iterator");
    expect_repr(mpy_list_from_iterable(it), "['a', '\xf0\x9f\x98\x80', '\xc3\xa9']");
    cr_expect_null(mpy_iter_next(it));
    cr_expect_null(mpy_err_occurred());
    MpyObject *t = S("ab"), *it2 = mpy_object_getiter(t);
    cr_expect_str_eq(MPY_TYPE(it2)->tp_name, "str_ascii_iterator");
    expect_repr(M(MPY_NEWREF(it2), "__length_hint__", 0), "2");
    MPY_DECREF(s), MPY_DECREF(it), MPY_DECREF(t), MPY_DECREF(it2);
}

/* ================================================================ str() */

static MpyObject *call_str(int n, ...)
{
    MpyObject *args[4];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        args[i] = va_arg(ap, MpyObject *);
    va_end(ap);
    MpyObject *r = mpy_call((MpyObject *)&MpyUnicode_Type, args, (size_t)n, NULL);
    for (int i = 0; i < n; i++)
        MPY_DECREF(args[i]);
    return r;
}

Test(str, constructor)
{
    expect_repr(call_str(0), "''");
    expect_repr(call_str(1, I(5)), "'5'");
    expect_repr(call_str(1, mpy_bytes_from_data("ab", 2)), "\"b'ab'\"");
    expect_repr(call_str(2, mpy_bytes_from_data("\xe4\xb8\xad", 3), S("utf-8")), "'\xe4\xb8\xad'");
    expect_repr(call_str(3, mpy_bytes_from_data("a\xff" "b", 3), S("utf-8"), S("replace")),
                "'a\xef\xbf\xbd" "b'");
    expect_error(call_str(2, I(1), S("utf-8")),
                 "TypeError: decoding to str: need a bytes-like object, int found");
    expect_error(call_str(2, S("a"), S("utf-8")), "TypeError: decoding str is not supported");
    expect_error(call_str(2, mpy_bytes_from_data("a", 1), I(1)),
                 "TypeError: str() argument 'encoding' must be str, not int");
    expect_error(call_str(4, I(1), I(2), I(3), I(4)),
                 "TypeError: str() takes at most 3 arguments (4 given)");
    expect_error(call_str(2, mpy_bytes_from_data("\xff", 1), S("utf-8")),
                 "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: "
                 "invalid start byte");
    expect_error(call_str(2, mpy_bytes_from_data("a", 1), S("foo")), "LookupError: unknown encoding: foo");
}

/* =============================================================== codecs */

static MpyObject *decode(const char *data, size_t n, const char *enc, const char *errors)
{
    return mpy_str_decode(data, n, enc, errors);
}

Test(str, decode_errors_match_cpython)
{
    expect_error(decode("\xe4\xb8", 2, NULL, NULL), "UnicodeDecodeError: 'utf-8' codec can't decode "
                                                    "bytes in position 0-1: unexpected end of data");
    expect_error(decode("\xe4\x41", 2, NULL, NULL), "UnicodeDecodeError: 'utf-8' codec can't decode "
                                                    "byte 0xe4 in position 0: invalid continuation byte");
    expect_error(decode("\xf0\x9f\x98" "A", 4, NULL, NULL),
                 "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-2: invalid "
                 "continuation byte");
    expect_error(decode("\xed\xa0\x80", 3, NULL, NULL), "UnicodeDecodeError: 'utf-8' codec can't "
                                                        "decode byte 0xed in position 0: invalid "
                                                        "continuation byte");
    expect_error(decode("ab\xff", 3, "ascii", NULL), "UnicodeDecodeError: 'ascii' codec can't decode "
                                                     "byte 0xff in position 2: ordinal not in range(128)");
    expect_repr(decode("\xed\xa0\x80", 3, "utf-8", "surrogatepass"), "'\\ud800'");
    expect_repr(decode("a\xff" "b\xfe", 4, "utf-8", "surrogateescape"), "'a\\udcffb\\udcfe'");
    expect_repr(decode("a\xff" "b", 3, "utf-8", "backslashreplace"), "'a\\\\xffb'");
    expect_repr(decode("\xf0\x9f\x98x", 4, "utf-8", "replace"), "'\xef\xbf\xbdx'");
    expect_repr(decode("a\x80" "b", 3, "ascii", "ignore"), "'ab'");
    expect_repr(decode("caf\xe9", 4, "ISO-8859-1", NULL), "'caf\xc3\xa9'");
    expect_error(decode("a\xff" "b", 3, "utf-8", "bogus"), "LookupError: unknown error handler name 'bogus'");
    expect_repr(decode("ab", 2, "utf-8", "bogus"), "'ab'");
    expect_repr(decode("\xff\xfe" "a\0=\xd8\0\xde", 8, "utf-16", NULL), "'a\xf0\x9f\x98\x80'");
    expect_error(decode("\xff\xfe" "a\0b", 5, "utf-16", NULL),
                 "UnicodeDecodeError: 'utf-16-le' codec can't decode byte 0x62 in position 4: "
                 "truncated data");
    expect_error(decode("\0\xd8" "a\0", 4, "utf-16-le", NULL),
                 "UnicodeDecodeError: 'utf-16-le' codec can't decode bytes in position 0-1: illegal "
                 "UTF-16 surrogate");
    expect_error(decode("\0\0\x11\0", 4, "utf-32-le", NULL),
                 "UnicodeDecodeError: 'utf-32-le' codec can't decode bytes in position 0-3: code "
                 "point not in range(0x110000)");
    expect_repr(decode("\xef\xbb\xbf" "abc", 6, "utf-8-sig", NULL), "'abc'");
}

static MpyObject *encode(const char *text, const char *enc, const char *errors)
{
    MpyObject *s = S(text), *b = mpy_str_encode(s, enc, errors);
    MPY_DECREF(s);
    return b;
}

Test(str, encode_errors_match_cpython)
{
    expect_repr(encode("h\xc3\xa9llo", NULL, NULL), "b'h\\xc3\\xa9llo'");
    expect_repr(encode("h\xc3\xa9llo", "latin1", NULL), "b'h\\xe9llo'");
    expect_error(encode("\xc3\xa9\xe2\x82\xac", "latin-1", NULL),
                 "UnicodeEncodeError: 'latin-1' codec can't encode character '\\u20ac' in position "
                 "1: ordinal not in range(256)");
    expect_error(encode("\xed\xa0\x80\xed\xa0\x81", "utf-8", NULL),
                 "UnicodeEncodeError: 'utf-8' codec can't encode characters in position 0-1: "
                 "surrogates not allowed");
    expect_repr(encode("\xc3\xa9\xe2\x82\xacx", "ascii", "xmlcharrefreplace"), "b'&#233;&#8364;x'");
    expect_repr(encode("\xc3\xa9\xe2\x82\xac", "ascii", "backslashreplace"), "b'\\\\xe9\\\\u20ac'");
    expect_repr(encode("\xc3\xa9\xe2\x82\xac", "ascii", "replace"), "b'?" "?'");
    expect_repr(encode("\xed\xb2\x80x", "utf-8", "surrogateescape"), "b'\\x80x'");
    expect_repr(encode("h\xed\xa0\x80", "utf-8", "surrogatepass"), "b'h\\xed\\xa0\\x80'");
    expect_repr(encode("a\xf0\x9f\x98\x80", "utf-16", NULL), "b'\\xff\\xfea\\x00=\\xd8\\x00\\xde'");
    expect_repr(encode("\xc3\xa9", "utf-32-be", NULL), "b'\\x00\\x00\\x00\\xe9'");
    expect_repr(encode("a", "utf-8-sig", NULL), "b'\\xef\\xbb\\xbfa'");
    expect_error(encode("a", "utf-7", NULL), "LookupError: unknown encoding: utf-7");
}

/* ============================================================== methods */

Test(str, split_and_join)
{
    expect_repr(M(S("  a  b  "), "split", 0), "['a', 'b']");
    expect_repr(M(S("  a  b  "), "split", 2, MPY_NEWREF(MPY_NONE), I(1)), "['a', 'b  ']");
    expect_repr(M(S("  a  b  "), "rsplit", 2, MPY_NEWREF(MPY_NONE), I(1)), "['  a', 'b']");
    expect_repr(M(S("a,b,,c"), "split", 1, S(",")), "['a', 'b', '', 'c']");
    expect_repr(M(S("a,b,,c"), "rsplit", 2, S(","), I(1)), "['a,b,', 'c']");
    expect_repr(M(S("a\x1c" "b\xc2\x85" "c\xe3\x80\x80" "d"), "split", 0), "['a', 'b', 'c', 'd']");
    expect_repr(M(S(""), "split", 0), "[]");
    expect_repr(M(S(""), "split", 1, S(",")), "['']");
    expect_error(M(S("a"), "split", 1, S("")), "ValueError: empty separator");
    expect_error(M(S("a"), "split", 1, I(1)), "TypeError: must be str or None, not int");
    expect_repr(M(S("a\nb\r\nc\rd\x0b" "e\x0c" "f\x1cg\xc2\x85h\xe2\x80\xa8i"), "splitlines", 0),
                "['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']");
    expect_repr(M(S("a\n\r\n"), "splitlines", 1, MPY_NEWREF(MPY_TRUE)), "['a\\n', '\\r\\n']");
    MpyObject *list = mpy_list_new(0), *x = S("x"), *e = S("\xc3\xa9");
    mpy_list_append(list, x);
    mpy_list_append(list, e);
    expect_repr(M(S(", "), "join", 1, MPY_NEWREF(list)), "'x, \xc3\xa9'");
    MpyObject *one = I(1);
    mpy_list_append(list, one);
    expect_error(M(S("-"), "join", 1, MPY_NEWREF(list)),
                 "TypeError: sequence item 2: expected str instance, int found");
    expect_error(M(S("-"), "join", 1, I(5)), "TypeError: can only join an iterable");
    MpyObject *single = mpy_tuple_pack(1, x), *r = M(S("-"), "join", 1, single);
    cr_expect_eq(r, x, "'-'.join([x]) is x");
    MPY_DECREF(r), MPY_DECREF(list), MPY_DECREF(x), MPY_DECREF(e), MPY_DECREF(one);
}

Test(str, search)
{
    expect_repr(M(S("h\xc3\xa9llo"), "find", 1, S("l")), "2");
    expect_repr(M(S("h\xc3\xa9llo"), "rfind", 1, S("l")), "3");
    expect_repr(M(S("h\xc3\xa9llo"), "find", 2, S("l"), I(3)), "3");
    expect_repr(M(S("abcabc"), "rfind", 3, S("b"), I(0), I(4)), "1");
    expect_repr(M(S("abc"), "find", 2, S(""), I(4)), "-1");
    expect_repr(M(S("abc"), "find", 3, S("a"), MPY_NEWREF(MPY_NONE), MPY_NEWREF(MPY_NONE)), "0");
    expect_error(M(S("a"), "index", 1, S("b")), "ValueError: substring not found");
    expect_error(M(S("a"), "find", 0), "TypeError: find() takes at least 1 argument (0 given)");
    expect_error(M(S("a"), "find", 2, S("a"), S("x")),
                 "TypeError: slice indices must be integers or None or have an __index__ method");
    expect_error(M(S("a"), "count", 1, I(1)), "TypeError: must be str, not int");
    expect_repr(M(S("abc"), "count", 1, S("")), "4");
    expect_repr(M(S("abcabc"), "count", 3, S("bc"), I(1), I(-1)), "1");
    expect_repr(M(S("abc"), "startswith", 1, T(2, S("x"), S("a"))), "True");
    expect_repr(M(S("abc"), "endswith", 3, S("b"), I(0), I(-1)), "True");
    expect_repr(M(S("abc"), "startswith", 2, S(""), I(4)), "False");
    expect_error(M(S("a"), "startswith", 1, I(1)),
                 "TypeError: startswith first arg must be str or a tuple of str, not int");
}

Test(str, case_mapping_with_special_casing)
{
    expect_repr(M(S("\xc3\x9f"), "upper", 0), "'SS'");
    expect_repr(M(S("\xef\xac\x81"), "upper", 0), "'FI'");
    expect_repr(M(S("\xc5\x89"), "upper", 0), "'\xca\xbcN'");
    expect_repr(M(S("\xc4\xb0"), "lower", 0), "'i\xcc\x87'");
    expect_repr(M(S("\xc3\x9f"), "casefold", 0), "'ss'");
    expect_repr(M(S("\xce\xa3\xce\x91\xce\xa3"), "lower", 0), "'\xcf\x83\xce\xb1\xcf\x82'");
    expect_repr(M(S("\xce\xa3"), "lower", 0), "'\xcf\x83'");
    expect_repr(M(S("hello wORLD"), "title", 0), "'Hello World'");
    expect_repr(M(S("they're bill's"), "title", 0), "\"They'Re Bill'S\"");
    expect_repr(M(S("\xc7\x86"), "title", 0), "'\xc7\x85'");
    expect_repr(M(S("\xc3\x9f" "a"), "capitalize", 0), "'Ssa'");
    expect_repr(M(S("aB\xc3\x9f"), "swapcase", 0), "'AbSS'");
    expect_repr(M(S("\xe1\x83\x90"), "title", 0), "'\xe1\x83\x90'"); /* Georgian keeps its case */
}

Test(str, predicates)
{
    struct { const char *text, *method; bool want; } cases[] = {
        {"\xc2\xb2", "isdigit", true}, {"\xc2\xb2", "isdecimal", false},
        {"\xc2\xbd", "isnumeric", true}, {"", "isdigit", false}, {"a1", "isalnum", true},
        {" \t\x1c", "isspace", true}, {"\xc2\x85", "isspace", true}, {"\xc7\x85", "istitle", true},
        {"Ab Cd", "istitle", true}, {"A1B", "istitle", true}, {"aB", "isupper", false},
        {"1A", "isupper", true}, {"\xe4\xb8\xad\xe6\x96\x87", "isidentifier", true},
        {"1a", "isidentifier", false}, {"_", "isidentifier", true},
        {"a\xcc\x80", "isidentifier", true}, {"\x7f", "isprintable", false},
        {" ", "isprintable", true}, {"\xc2\xa0", "isprintable", false}, {"\xc3\xa9", "isascii", false},
        {"", "isascii", true}, {"abc", "islower", true}, {"\xe2\x85\xb0", "islower", true},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        MpyObject *r = M(S(cases[i].text), cases[i].method, 0);
        cr_assert(r);
        cr_expect_eq(r == MPY_TRUE, cases[i].want, "%s.%s()", cases[i].text, cases[i].method);
        MPY_DECREF(r);
    }
}

Test(str, strip_pad_replace)
{
    expect_repr(M(S("xxhixx"), "strip", 1, S("x")), "'hi'");
    expect_repr(M(S("  hi\xc2\x85"), "strip", 0), "'hi'");
    expect_repr(M(S("\xc3\xa9 h\xc3\xa9"), "rstrip", 1, S("\xc3\xa9")), "'\xc3\xa9 h'");
    expect_error(M(S("a"), "strip", 1, I(1)), "TypeError: strip arg must be None or str");
    expect_repr(M(S("a"), "center", 1, I(4)), "' a  '");
    expect_repr(M(S("ab"), "center", 1, I(5)), "'  ab '");
    expect_repr(M(S("\xc3\xa9"), "center", 2, I(3), S("\xc3\xbc")), "'\xc3\xbc\xc3\xa9\xc3\xbc'");
    expect_error(M(S("a"), "center", 2, I(5), S("xy")),
                 "TypeError: The fill character must be exactly one character long");
    expect_error(M(S("a"), "center", 0), "TypeError: center expected at least 1 argument, got 0");
    expect_repr(M(S("-12"), "zfill", 1, I(6)), "'-00012'");
    expect_repr(M(S("a\tb\n\tc"), "expandtabs", 0), "'a       b\\n        c'");
    expect_repr(M(S("aaa"), "replace", 2, S(""), S("-")), "'-a-a-a-'");
    expect_repr(M(S("aaa"), "replace", 3, S(""), S("-"), I(2)), "'-a-aa'");
    expect_repr(M(S("h\xc3\xa9h\xc3\xa9"), "replace", 2, S("\xc3\xa9"), S("e")), "'hehe'");
    expect_error(M(S("a"), "replace", 2, I(1), S("b")),
                 "TypeError: replace() argument 1 must be str, not int");
    MpyObject *s = S("abc"), *r = M(MPY_NEWREF(s), "replace", 2, S("x"), S("y"));
    cr_expect_eq(r, s, "an unchanged string is returned itself");
    MPY_DECREF(r), MPY_DECREF(s);
    expect_repr(M(S("abcb"), "rpartition", 1, S("b")), "('abc', 'b', '')");
    expect_repr(M(S("abc"), "partition", 1, S("x")), "('abc', '', '')");
    expect_error(M(S("a"), "partition", 1, S("")), "ValueError: empty separator");
    expect_repr(M(S("hello"), "removeprefix", 1, S("he")), "'llo'");
    expect_repr(M(S("hello"), "removesuffix", 1, S("lo")), "'hel'");
}

Test(str, maketrans_and_translate)
{
    MpyObject *table = mpy_call_method((MpyObject *)&MpyUnicode_Type, "maketrans", NULL, 0);
    expect_error(table, "TypeError: maketrans expected at least 1 argument, got 0");
    MpyObject *args[3] = {S("abc"), S("xyz"), S("b")};
    table = mpy_call_method((MpyObject *)&MpyUnicode_Type, "maketrans", args, 3);
    cr_assert(table, "%s", pending());
    expect_repr(M(S("abcd"), "translate", 1, MPY_NEWREF(table)), "'xzd'");
    MPY_DECREF(table);
    MPY_DECREF(args[0]), MPY_DECREF(args[1]), MPY_DECREF(args[2]);
    MpyObject *bad[2] = {S("ab"), S("c")};
    expect_error(mpy_call_method((MpyObject *)&MpyUnicode_Type, "maketrans", bad, 2),
                 "ValueError: the first two maketrans arguments must have equal length");
    MPY_DECREF(bad[0]), MPY_DECREF(bad[1]);
}

Test(str, encode_method_arguments)
{
    expect_error(M(S("a"), "encode", 1, I(1)), "TypeError: encode() argument 'encoding' must be str, not int");
    expect_repr(M(S("\xc3\xa9"), "encode", 2, S("ascii"), S("ignore")), "b''");
}
