/* Unit tests of bytes (runtime/bytes.c): the immortal b'' and 1-byte
 * objects, the sequence operations, hashing, bytes() and the methods, with
 * the results and messages python3 (CPython 3.11) gives. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdarg.h>
#include <string.h>

#include "bytearray.h"
#include "bytes.h"
#include "errors.h"
#include "hash.h"
#include "int.h"
#include "lifecycle.h"
#include "list.h"
#include "slice.h"
#include "str.h"
#include "tuple.h"

static void setup(void)
{
    mpy_hash_set_seed(0);
    mpy_runtime_init(0, NULL);
}
static void teardown(void) { mpy_runtime_fini(); }

TestSuite(bytes, .init = setup, .fini = teardown);

static MpyObject *B(const char *s) { return mpy_bytes_from_data(s, strlen(s)); }
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

static MpyObject *call_bytes(int n, ...)
{
    MpyObject *args[4];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        args[i] = va_arg(ap, MpyObject *);
    va_end(ap);
    MpyObject *r = mpy_call((MpyObject *)&MpyBytes_Type, args, (size_t)n, NULL);
    for (int i = 0; i < n; i++)
        MPY_DECREF(args[i]);
    return r;
}

Test(bytes, shared_immortal_objects)
{
    MpyObject *e1 = B(""), *e2 = mpy_bytes_new_raw(0);
    cr_expect_eq(e1, e2);
    cr_expect_geq(MPY_REFCNT(e1), MPY_IMMORTAL_REFCNT);
    MpyObject *one = I(1);
    MpyObject *a = B("a"), *xa = B("xa"), *sl = mpy_slice_new(one, NULL, NULL);
    MpyObject *a2 = mpy_object_getitem(xa, sl);
    cr_expect_eq(a, a2, "b'xa'[1:] is b'a'");
    cr_expect_eq(MpyBytes_Type.tp_basicsize, 33);
    expect_repr(M(B("abc"), "__sizeof__", 0), "36");
    MPY_DECREF(e1), MPY_DECREF(e2), MPY_DECREF(a), MPY_DECREF(xa), MPY_DECREF(a2);
    MPY_DECREF(one), MPY_DECREF(sl);
}

Test(bytes, hash_equals_cpython)
{
    MpyObject *b = B("abc"), *e = B("");
    cr_expect_eq((long long)mpy_object_hash(b), -4594863902769663758LL);
    cr_expect_eq(mpy_object_hash(e), 0);
    MPY_DECREF(b), MPY_DECREF(e);
}

Test(bytes, sequence_operations)
{
    MpyObject *b = B("abc"), *k = I(-1);
    expect_repr(mpy_object_getitem(b, k), "99");
    MPY_DECREF(k);
    k = I(-4);
    expect_error(mpy_object_getitem(b, k), "IndexError: index out of range");
    MPY_DECREF(k);
    k = S("x");
    expect_error(mpy_object_getitem(b, k), "TypeError: byte indices must be integers or slices, not str");
    cr_expect_eq(mpy_sequence_contains(b, k), -1);
    cr_expect_str_eq(pending(), "TypeError: a bytes-like object is required, not 'str'");
    MPY_DECREF(k);
    k = I(300);
    cr_expect_eq(mpy_sequence_contains(b, k), -1);
    cr_expect_str_eq(pending(), "ValueError: byte must be in range(0, 256)");
    MPY_DECREF(k);
    k = I(98);
    cr_expect_eq(mpy_sequence_contains(b, k), 1);
    MPY_DECREF(k);
    MpyObject *sl = mpy_slice_new(NULL, NULL, NULL), *m1 = I(-1);
    MPY_DECREF(sl);
    sl = mpy_slice_new(NULL, NULL, m1);
    expect_repr(mpy_object_getitem(b, sl), "b'cba'");
    MPY_DECREF(sl), MPY_DECREF(m1);
    expect_repr(mpy_list_from_iterable(b), "[97, 98, 99]");
    MpyObject *s = S("c");
    expect_error(mpy_number_add(b, s), "TypeError: can't concat str to bytes");
    MpyObject *three = I(3);
    expect_repr(mpy_number_multiply(b, three), "b'abcabcabc'");
    MpyObject *d = B("abd");
    cr_expect_eq(mpy_object_richcompare_bool(b, d, MPY_LT), 1);
    cr_expect_eq(mpy_object_richcompare_bool(b, s, MPY_EQ), 0);
    MPY_DECREF(b), MPY_DECREF(s), MPY_DECREF(three), MPY_DECREF(d);
}

Test(bytes, constructor)
{
    expect_repr(call_bytes(0), "b''");
    expect_repr(call_bytes(1, I(3)), "b'\\x00\\x00\\x00'");
    expect_repr(call_bytes(2, S("\xc3\xa9"), S("utf-8")), "b'\\xc3\\xa9'");
    MpyObject *l = mpy_list_new(0), *x = I(65);
    mpy_list_append(l, x);
    expect_repr(call_bytes(1, MPY_NEWREF(l)), "b'A'");
    MpyObject *big = I(256);
    mpy_list_append(l, big);
    expect_error(call_bytes(1, MPY_NEWREF(l)), "ValueError: bytes must be in range(0, 256)");
    expect_error(call_bytes(1, S("abc")), "TypeError: string argument without an encoding");
    expect_error(call_bytes(1, I(-1)), "ValueError: negative count");
    expect_error(call_bytes(2, I(1), S("utf-8")), "TypeError: encoding without a string argument");
    expect_error(call_bytes(2, S("a"), I(1)), "TypeError: bytes() argument 'encoding' must be str, not int");
    expect_error(call_bytes(2, S("\xc3\xa9"), S("ascii")),
                 "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: "
                 "ordinal not in range(128)");
    MpyObject *b = B("xyz"), *same = call_bytes(1, MPY_NEWREF(b));
    cr_expect_eq(same, b, "bytes(b) is b");
    MPY_DECREF(l), MPY_DECREF(x), MPY_DECREF(big), MPY_DECREF(b), MPY_DECREF(same);
}

Test(bytes, methods)
{
    expect_repr(M(B("abcde"), "hex", 2, S(":"), I(2)), "'61:6263:6465'");
    expect_repr(M(B("abcde"), "hex", 2, S(":"), I(-2)), "'6162:6364:65'");
    expect_error(M(B("abc"), "hex", 1, S("::")), "ValueError: sep must be length 1.");
    MpyObject *good = S("61 62\n");
    expect_repr(mpy_call_method((MpyObject *)&MpyBytes_Type, "fromhex", &good, 1), "b'ab'");
    MPY_DECREF(good);
    MpyObject *bad = S(" 61 6 2");
    expect_error(mpy_call_method((MpyObject *)&MpyBytes_Type, "fromhex", &bad, 1),
                 "ValueError: non-hexadecimal number found in fromhex() arg at position 5");
    MPY_DECREF(bad);
    MpyObject *parts = T(2, B("a"), B("b"));
    expect_repr(M(B(","), "join", 1, parts), "b'a,b'");
    expect_repr(M(B("  a b  "), "split", 2, MPY_NEWREF(MPY_NONE), I(1)), "[b'a', b'b  ']");
    expect_repr(M(B("a,b,c"), "rsplit", 2, B(","), I(1)), "[b'a,b', b'c']");
    expect_repr(M(B("a\x1c" "b"), "split", 0), "[b'a\\x1cb']");
    expect_repr(M(B("xyxabcyx"), "strip", 1, B("xy")), "b'abc'");
    expect_error(M(B("a"), "strip", 1, S("a")), "TypeError: a bytes-like object is required, not 'str'");
    expect_repr(M(B("abc"), "find", 1, I(99)), "2");
    expect_error(M(B("a"), "find", 1, S("a")),
                 "TypeError: argument should be integer or bytes-like object, not 'str'");
    expect_error(M(B("a"), "index", 1, B("z")), "ValueError: subsection not found");
    expect_repr(M(B("abc"), "count", 1, B("")), "4");
    expect_repr(M(B("abc"), "replace", 2, B(""), B("-")), "b'-a-b-c-'");
    expect_repr(M(B("aaa"), "replace", 3, B("a"), B("bb"), I(2)), "b'bbbba'");
    expect_repr(M(B("aBc"), "upper", 0), "b'ABC'");
    expect_repr(M(B("AbC"), "lower", 0), "b'abc'");
    expect_repr(M(B("abc"), "startswith", 2, B("b"), I(1)), "True");
    expect_error(M(B("a"), "startswith", 1, S("a")),
                 "TypeError: startswith first arg must be bytes or a tuple of bytes, not str");
    expect_repr(M(B("caf\xc3\xa9"), "decode", 0), "'caf\xc3\xa9'");
    expect_repr(M(B("caf\xe9"), "decode", 1, S("latin-1")), "'caf\xc3\xa9'");
    expect_error(M(B("\xff"), "decode", 0), "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff "
                                            "in position 0: invalid start byte");
    expect_error(M(B("a"), "decode", 1, I(1)), "TypeError: decode() argument 'encoding' must be str, not int");
}

Test(bytes, repr)
{
    expect_repr(mpy_bytes_from_data("a'\"\n\t\x00\xff", 7), "b'a\\'\"\\n\\t\\x00\\xff'");
    expect_repr(B("it's"), "b\"it's\"");
}

/* ============================================================ bytearray */

static MpyObject *BA(const char *s) { return mpy_bytearray_from_data(s, strlen(s)); }

static MpyObject *sizeof_of(MpyObject *o)
{
    MpyObject *r = mpy_call_method(o, "__sizeof__", NULL, 0);
    return r;
}

Test(bytes, bytearray_grows_as_cpython)
{
    /* sys.getsizeof-visible growth while appending: CPython 3.11's
     * PyByteArray_Resize over-allocation. */
    const long want[] = {56, 58, 61, 61, 61, 64, 64, 64, 68, 68, 68, 68, 75};
    MpyObject *ba = BA(""), *one = I(1);
    for (int i = 0; i < 13; i++) {
        MpyObject *s = sizeof_of(ba);
        cr_assert(s);
        cr_expect_eq(mpy_int_as_i64(s), want[i], "size after %d appends", i);
        MPY_DECREF(s);
        MPY_DECREF(M(MPY_NEWREF(ba), "append", 1, MPY_NEWREF(one)));
    }
    MPY_DECREF(ba), MPY_DECREF(one);
}

Test(bytes, bytearray_mutation)
{
    MpyObject *ba = BA("hello"), *k = I(0), *v = I(72);
    cr_assert(mpy_object_setitem(ba, k, v) == 0);
    MPY_DECREF(M(MPY_NEWREF(ba), "extend", 1, B(" ok")));
    expect_repr(MPY_NEWREF(ba), "bytearray(b'Hello ok')");
    MpyObject *one = I(1), *three = I(3), *sl = mpy_slice_new(one, three, NULL);
    MpyObject *el = B("EL");
    cr_assert(mpy_object_setitem(ba, sl, el) == 0);
    expect_repr(MPY_NEWREF(ba), "bytearray(b'HELlo ok')");
    cr_assert(mpy_object_delitem(ba, sl) == 0);
    expect_repr(MPY_NEWREF(ba), "bytearray(b'Hlo ok')");
    MpyObject *big = I(256);
    cr_expect_eq(mpy_object_setitem(ba, k, big), -1);
    cr_expect_str_eq(pending(), "ValueError: byte must be in range(0, 256)");
    expect_error(M(BA(""), "pop", 0), "IndexError: pop from empty bytearray");
    expect_error(M(MPY_NEWREF(ba), "remove", 1, I(200)), "ValueError: value not found in bytearray");
    cr_expect_eq(mpy_object_hash(ba), -1);
    cr_expect_str_eq(pending(), "TypeError: unhashable type: 'bytearray'");
    expect_repr(M(MPY_NEWREF(ba), "upper", 0), "bytearray(b'HLO OK')");
    expect_repr(M(BA("a b"), "split", 0), "[bytearray(b'a'), bytearray(b'b')]");
    MpyObject *b = B("Hlo ok");
    cr_expect_eq(mpy_object_richcompare_bool(b, ba, MPY_EQ), 1);
    expect_repr(BA("a'\""), "bytearray(b'a\\'\"')");
    expect_repr(BA("it's"), "bytearray(b\"it\\'s\")");
    MPY_DECREF(ba), MPY_DECREF(k), MPY_DECREF(v), MPY_DECREF(one), MPY_DECREF(three);
    MPY_DECREF(sl), MPY_DECREF(el), MPY_DECREF(big), MPY_DECREF(b);
}
