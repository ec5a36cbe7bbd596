/* Unit tests of int and bool (runtime/int*.c, bool.c): the small-int pool,
 * machine-word and GMP arithmetic with overflow promotion, Python's floor
 * division and modulo, true division rounding, powers and modular inverses,
 * shifts and bitwise operations, comparisons (also with floats), the
 * numeric hash, int() from text with the digit limit, repr/bin/oct/hex,
 * the methods, and getsizeof. Every expected value was printed by python3
 * (CPython 3.11) for the same operation. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "bytes.h"
#include "errors.h"
#include "float.h"
#include "int.h"
#include "int_impl.h"
#include "lifecycle.h"
#include "str.h"
#include "tuple.h"

static void setup(void) { mpy_runtime_init(0, NULL); }
static void teardown(void) { mpy_runtime_fini(); }

TestSuite(int, .init = setup, .fini = teardown);

/* ============================================================ helpers */

static MpyObject *I(int64_t v) { return mpy_int_from_i64(v); }
static MpyObject *S(const char *s) { return mpy_str_from_cstr(s); }

/* An int from decimal text (for values beyond 64 bits). */
static MpyObject *N(const char *text)
{
    MpyObject *r = mpy_int_from_string(text, strlen(text), 10);
    cr_assert(r != NULL);
    return r;
}

/* "Type: message" of the pending exception, which is cleared. */
static const char *pending(void)
{
    static char buf[600];
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

/* Checks that o is NULL with this exception pending. */
static void expect_error(MpyObject *o, const char *want)
{
    if (o) {
        MpyObject *r = mpy_object_repr(o);
        cr_expect(false, "expected %s, got %s", want, r ? mpy_str_as_utf8(r) : "?");
        MPY_XDECREF(r);
        MPY_DECREF(o);
        return;
    }
    cr_expect_str_eq(pending(), want);
}

/* Binary operation on two new references, which are released. */
typedef MpyObject *(*binop)(MpyObject *, MpyObject *);
static MpyObject *op2(binop f, MpyObject *a, MpyObject *b)
{
    MpyObject *r = f(a, b);
    MPY_DECREF(a);
    MPY_DECREF(b);
    return r;
}

/* Unary operation on a new reference, which is released. */
static MpyObject *op1(MpyObject *(*f)(MpyObject *), MpyObject *a)
{
    MpyObject *r = f(a);
    MPY_DECREF(a);
    return r;
}

static MpyObject *pow3(MpyObject *a, MpyObject *b, MpyObject *m)
{
    MpyObject *r = mpy_number_power(a, b, m);
    MPY_DECREF(a);
    MPY_DECREF(b);
    MPY_DECREF(m);
    return r;
}

/* Calls a method with positional arguments (new references, released). */
static MpyObject *method(MpyObject *self, const char *name, int n, ...)
{
    MpyObject *args[4] = {NULL};
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

static MpyObject *int_call(int n, ...)
{
    MpyObject *args[4] = {NULL};
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        args[i] = va_arg(ap, MpyObject *);
    va_end(ap);
    MpyObject *r = mpy_call((MpyObject *)&MpyLong_Type, args, (size_t)n, NULL);
    for (int i = 0; i < n; i++)
        MPY_DECREF(args[i]);
    return r;
}

static MpyObject *parse(const char *text, int base)
{
    MpyObject *s = S(text), *r = mpy_int_from_text_object(s, base);
    MPY_DECREF(s);
    return r;
}

/* ============================================================== pool */

Test(int, small_int_pool)
{
    MpyObject *a = I(256), *b = I(256), *c = I(257), *d = I(257);
    cr_expect(a == b);
    cr_expect(c != d);
    cr_expect(MPY_REFCNT(MPY_SMALL_INT(-5)) >= MPY_IMMORTAL_REFCNT);
    MpyObject *e = op2(mpy_number_subtract, I(999), I(743));
    cr_expect(e == MPY_SMALL_INT(256)); /* (n - 743) is 256 */
    MpyObject *f = parse("256", 10), *g = parse("-5", 10);
    cr_expect(f == MPY_SMALL_INT(256) && g == MPY_SMALL_INT(-5));
    MPY_DECREF(a); MPY_DECREF(b); MPY_DECREF(c); MPY_DECREF(d);
    MPY_DECREF(e); MPY_DECREF(f); MPY_DECREF(g);
}

Test(int, bool_singletons)
{
    expect_repr(MPY_NEWREF(MPY_TRUE), "True");
    expect_repr(MPY_NEWREF(MPY_FALSE), "False");
    expect_repr(op2(mpy_number_and, MPY_NEWREF(MPY_TRUE), MPY_NEWREF(MPY_FALSE)), "False");
    expect_repr(op2(mpy_number_or, MPY_NEWREF(MPY_TRUE), MPY_NEWREF(MPY_FALSE)), "True");
    expect_repr(op2(mpy_number_xor, MPY_NEWREF(MPY_TRUE), MPY_NEWREF(MPY_TRUE)), "False");
    expect_repr(op2(mpy_number_and, MPY_NEWREF(MPY_TRUE), I(1)), "1");
    expect_repr(op2(mpy_number_add, MPY_NEWREF(MPY_TRUE), MPY_NEWREF(MPY_TRUE)), "2");
    expect_repr(mpy_number_invert(MPY_TRUE), "-2");
    expect_repr(mpy_number_negative(MPY_TRUE), "-1");
    MpyObject *bool_type = (MpyObject *)&MpyBool_Type;
    expect_repr(mpy_call(bool_type, NULL, 0, NULL), "False");
    MpyObject *five = I(5);
    expect_repr(mpy_call_one(bool_type, five), "True");
    MpyObject *two[2] = {five, five};
    expect_error(mpy_call(bool_type, two, 2, NULL),
                 "TypeError: bool expected at most 1 argument, got 2");
    MPY_DECREF(five);
}

/* ======================================================== arithmetic */

Test(int, add_sub_mul_promote)
{
    expect_repr(op2(mpy_number_add, I(INT64_MAX), I(1)), "9223372036854775808");
    expect_repr(op2(mpy_number_subtract, I(INT64_MIN), I(1)), "-9223372036854775809");
    expect_repr(op2(mpy_number_multiply, N("9223372036854775808"), I(2)), "18446744073709551616");
    expect_repr(op2(mpy_number_multiply, I(INT64_MIN), I(-1)), "9223372036854775808");
    expect_repr(op2(mpy_number_subtract, N("9223372036854775808"), I(1)), "9223372036854775807");
    expect_repr(op2(mpy_number_multiply, N("123456789012345678901234567890"),
                    N("-987654321098765432109876543210")),
                "-121932631137021795226185032733622923332237463801111263526900");
    expect_repr(op2(mpy_number_add, I(3), mpy_float_from_double(0.5)), "3.5");
}

Test(int, floor_division_and_modulo)
{
    expect_repr(op2(mpy_number_floor_divide, I(-7), I(2)), "-4");
    expect_repr(op2(mpy_number_remainder, I(-7), I(2)), "1");
    expect_repr(op2(mpy_number_remainder, I(7), I(-2)), "-1");
    expect_repr(op2(mpy_number_divmod, I(7), I(-2)), "(-4, -1)");
    expect_repr(op2(mpy_number_divmod, I(-7), I(2)), "(-4, 1)");
    expect_repr(op2(mpy_number_floor_divide, I(INT64_MIN), I(-1)), "9223372036854775808");
    expect_repr(op2(mpy_number_remainder, I(INT64_MIN), I(-1)), "0");
    expect_repr(op2(mpy_number_floor_divide, N("-100000000000000000000"), I(7)),
                "-14285714285714285715");
    expect_repr(op2(mpy_number_remainder, N("-100000000000000000000"), I(7)), "5");
    expect_error(op2(mpy_number_floor_divide, I(1), I(0)),
                 "ZeroDivisionError: integer division or modulo by zero");
    expect_error(op2(mpy_number_remainder, I(1), I(0)), "ZeroDivisionError: integer modulo by zero");
    expect_error(op2(mpy_number_divmod, I(1), I(0)),
                 "ZeroDivisionError: integer division or modulo by zero");
    expect_error(op2(mpy_number_floor_divide, N("100000000000000000000"), I(0)),
                 "ZeroDivisionError: integer division or modulo by zero");
}

Test(int, vm_fast_paths)
{
    MpyObject *a = I(40), *b = I(2), *big = N("100000000000000000000");
    expect_repr(mpy_int_add(a, b), "42");
    expect_repr(mpy_int_sub(b, a), "-38");
    expect_repr(mpy_int_mul(a, big), "4000000000000000000000");
    expect_repr(mpy_int_floordiv(big, a), "2500000000000000000");
    MpyObject *m41 = I(-41);
    expect_repr(mpy_int_mod(m41, a), "39");
    MPY_DECREF(m41);
    expect_error(mpy_int_mod(a, MPY_SMALL_INT(0)), "ZeroDivisionError: integer modulo by zero");
    cr_expect(mpy_int_compare(a, b) > 0);
    cr_expect(mpy_int_compare(b, big) < 0);
    cr_expect(mpy_int_compare(big, big) == 0);
    MPY_DECREF(a); MPY_DECREF(b); MPY_DECREF(big);
}

Test(int, true_division)
{
    expect_repr(op2(mpy_number_true_divide, I(10), I(4)), "2.5");
    expect_repr(op2(mpy_number_true_divide, I(0), I(-5)), "-0.0");
    expect_repr(op2(mpy_number_true_divide, N("1000000000000000000000000000000"),
                    N("10000000000")), "1e+20");
    expect_repr(op2(mpy_number_true_divide, N("-9007199254740993"), I(1)), "-9007199254740992.0");
    expect_repr(op2(mpy_number_true_divide, I(1), op2(mpy_number_lshift, I(1), I(1100))), "0.0");
    expect_repr(op2(mpy_number_true_divide, op2(mpy_number_lshift, I(1), I(1100)),
                    op2(mpy_number_lshift, I(1), I(1000))),
                "1.2676506002282294e+30");
    expect_error(op2(mpy_number_true_divide, op2(mpy_number_lshift, I(1), I(1100)), I(3)),
                 "OverflowError: integer division result too large for a float");
    expect_error(op2(mpy_number_true_divide, I(1), I(0)), "ZeroDivisionError: division by zero");
    /* correct rounding at the subnormal boundary: 1 / 2**1074 ... */
    expect_repr(op2(mpy_number_true_divide, I(3), op2(mpy_number_lshift, I(1), I(1075))),
                "1e-323");
}

Test(int, power)
{
    expect_repr(pow3(I(2), I(100), MPY_NEWREF(MPY_NONE)), "1267650600228229401496703205376");
    expect_repr(pow3(I(-3), I(3), MPY_NEWREF(MPY_NONE)), "-27");
    expect_repr(pow3(I(2), I(-2), MPY_NEWREF(MPY_NONE)), "0.25");
    expect_repr(pow3(I(-2), I(-1), MPY_NEWREF(MPY_NONE)), "-0.5");
    expect_repr(pow3(I(0), I(0), MPY_NEWREF(MPY_NONE)), "1");
    expect_error(pow3(I(0), I(-1), MPY_NEWREF(MPY_NONE)),
                 "ZeroDivisionError: 0.0 cannot be raised to a negative power");
    expect_repr(pow3(I(-1), N("18446744073709551617"), MPY_NEWREF(MPY_NONE)), "-1");
    expect_repr(pow3(I(2), I(-1), I(5)), "3");
    expect_repr(pow3(I(3), I(4), I(-5)), "-4");
    expect_repr(pow3(I(-3), I(4), I(5)), "1");
    expect_repr(pow3(I(3), I(-2), I(-7)), "-3");
    expect_repr(pow3(I(0), I(-1), I(1)), "0");
    expect_repr(pow3(I(5), I(0), I(1)), "0");
    expect_error(pow3(I(2), I(-1), I(4)),
                 "ValueError: base is not invertible for the given modulus");
    expect_error(pow3(I(2), I(3), I(0)), "ValueError: pow() 3rd argument cannot be 0");
    expect_error(pow3(I(2), I(3), mpy_float_from_double(5.0)),
                 "TypeError: pow() 3rd argument not allowed unless all arguments are integers");
}

Test(int, shifts_and_bits)
{
    expect_repr(op2(mpy_number_lshift, I(-5), I(1)), "-10");
    expect_repr(op2(mpy_number_rshift, I(-5), I(1)), "-3");
    expect_repr(op2(mpy_number_lshift, I(1), I(64)), "18446744073709551616");
    expect_repr(op2(mpy_number_rshift, N("-18446744073709551616"), I(70)), "-1");
    expect_repr(op2(mpy_number_rshift, I(1), N("9223372036854775808")), "0");
    expect_repr(op2(mpy_number_lshift, I(0), N("18446744073709551616")), "0");
    expect_error(op2(mpy_number_lshift, I(1), I(-1)), "ValueError: negative shift count");
    expect_error(op2(mpy_number_rshift, I(0), I(-1)), "ValueError: negative shift count");
    expect_error(op2(mpy_number_lshift, I(1), N("18446744073709551616")), "MemoryError: ");
    expect_repr(op1(mpy_number_invert, N("18446744073709551616")), "-18446744073709551617");
    expect_repr(op2(mpy_number_and, N("18446744073709551616"), I(-1)), "18446744073709551616");
    expect_repr(op2(mpy_number_or, N("-18446744073709551616"), I(1)), "-18446744073709551615");
    expect_repr(op2(mpy_number_xor, N("-1180591620717411303424"), N("36893488147419103232")),
                "-1143698132569992200192");
}

Test(int, unary)
{
    expect_repr(op1(mpy_number_negative, N("-9223372036854775808")), "9223372036854775808");
    expect_repr(op1(mpy_number_absolute, N("-9223372036854775808")), "9223372036854775808");
    MpyObject *m = I(-5);
    expect_repr(mpy_number_absolute(m), "5");
    expect_repr(mpy_number_positive(m), "-5");
    MPY_DECREF(m);
}

/* ======================================================= comparisons */

Test(int, compare_with_floats)
{
    MpyObject *big = N("9007199254740993"); /* 2**53 + 1 */
    MpyObject *f = mpy_float_from_double(9007199254740992.0);
    cr_expect(mpy_object_richcompare_bool(big, f, MPY_EQ) == 0);
    cr_expect(mpy_object_richcompare_bool(big, f, MPY_GT) == 1);
    cr_expect(mpy_object_richcompare_bool(f, big, MPY_LT) == 1);
    MpyObject *one = I(1), *onef = mpy_float_from_double(1.0), *inf = mpy_float_from_double(INFINITY);
    MpyObject *nan = mpy_float_from_double(NAN), *huge = op2(mpy_number_lshift, I(1), I(1400));
    cr_expect(mpy_object_richcompare_bool(one, onef, MPY_EQ) == 1);
    cr_expect(mpy_object_richcompare_bool(huge, inf, MPY_LT) == 1);
    cr_expect(mpy_object_richcompare_bool(huge, nan, MPY_EQ) == 0);
    cr_expect(mpy_object_richcompare_bool(huge, nan, MPY_NE) == 1);
    cr_expect(mpy_object_richcompare_bool(huge, onef, MPY_GT) == 1);
    MpyObject *objs[] = {big, f, one, onef, inf, nan, huge};
    for (size_t i = 0; i < sizeof objs / sizeof *objs; i++)
        MPY_DECREF(objs[i]);
}

/* ============================================================== hash */

Test(int, numeric_hash)
{
    struct { const char *v; mpy_hash_t h; } cases[] = {
        {"-1", -2}, {"0", 0}, {"12345", 12345},
        {"2305843009213693951", 0},  /* 2**61 - 1 */
        {"2305843009213693952", 1},  /* 2**61 */
        {"-2305843009213693952", -2}, /* -(2**61) hashes to -1 -> -2 */
        {"340282366920938463463374607431768211456", 64}, /* 2**128 */
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        MpyObject *v = N(cases[i].v);
        cr_expect_eq(mpy_object_hash(v), cases[i].h, "hash(%s)", cases[i].v);
        MPY_DECREF(v);
    }
    /* hash(x) == hash(float(x)) */
    MpyObject *v = N("1000000000000000000000"), *f = mpy_float_from_double(1e21);
    cr_expect_eq(mpy_object_hash(v), mpy_object_hash(f));
    MPY_DECREF(v);
    MPY_DECREF(f);
}

/* ============================================================ int() */

Test(int, from_text)
{
    expect_repr(parse(" 1_0 ", 10), "10");
    expect_repr(parse("0x_1f", 0), "31");
    expect_repr(parse("-0x1f", 16), "-31");
    expect_repr(parse("0b1_0", 2), "2");
    expect_repr(parse("0", 0), "0");
    expect_repr(parse("00", 0), "0");
    expect_repr(parse("0_0", 0), "0");
    expect_repr(parse("z", 36), "35");
    expect_repr(parse("Z", 36), "35");
    expect_repr(parse("0o17", 8), "15");
    expect_repr(parse("+1", 10), "1");
    expect_repr(parse("\xd9\xa1\xd9\xa2\xd9\xa3", 10), "123"); /* Arabic-Indic digits */
    expect_repr(parse(" \xe2\x80\x83 12 ", 10), "12");           /* em space */
    expect_repr(parse("\xc2\x85" "1", 10), "1");                 /* NEL */
    expect_repr(parse("123456789012345678901234567890", 10), "123456789012345678901234567890");
    expect_error(parse("x", 10), "ValueError: invalid literal for int() with base 10: 'x'");
    expect_error(parse("", 10), "ValueError: invalid literal for int() with base 10: ''");
    expect_error(parse("1__0", 10), "ValueError: invalid literal for int() with base 10: '1__0'");
    expect_error(parse("_10", 10), "ValueError: invalid literal for int() with base 10: '_10'");
    expect_error(parse("1_", 10), "ValueError: invalid literal for int() with base 10: '1_'");
    expect_error(parse("010", 0), "ValueError: invalid literal for int() with base 0: '010'");
    expect_error(parse("0b102", 0), "ValueError: invalid literal for int() with base 0: '0b102'");
    expect_error(parse("0x", 16), "ValueError: invalid literal for int() with base 16: '0x'");
    expect_error(parse("0o17", 16), "ValueError: invalid literal for int() with base 16: '0o17'");
    expect_error(parse("12 x", 10), "ValueError: invalid literal for int() with base 10: '12 x'");
    expect_error(parse("+ 1", 10), "ValueError: invalid literal for int() with base 10: '+ 1'");
    expect_error(parse("\x1c" "1", 10),
                 "ValueError: invalid literal for int() with base 10: '\\x1c1'");
    MpyObject *b = mpy_bytes_from_data("12", 2);
    expect_repr(mpy_int_from_text_object(b, 10), "12");
    MPY_DECREF(b);
    b = mpy_bytes_from_data("1x", 2);
    expect_error(mpy_int_from_text_object(b, 10),
                 "ValueError: invalid literal for int() with base 10: b'1x'");
    MPY_DECREF(b);
}

Test(int, digit_limit)
{
    char buf[5100];
    memset(buf, '1', 4301);
    buf[4301] = '\0';
    expect_error(parse(buf, 10),
                 "ValueError: Exceeds the limit (4300 digits) for integer string conversion: "
                 "value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit");
    MpyObject *hex = parse(buf, 16); /* power-of-two bases are not limited */
    cr_expect(hex != NULL);
    MPY_XDECREF(hex);
    buf[4301] = 'x';
    buf[4302] = '\0';
    expect_error(parse(buf, 10),
                 "ValueError: Exceeds the limit (4300 digits) for integer string conversion: "
                 "value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit");
    MpyObject *p = pow3(I(10), I(4300), MPY_NEWREF(MPY_NONE));
    expect_error(mpy_object_repr(p),
                 "ValueError: Exceeds the limit (4300 digits) for integer string conversion; "
                 "use sys.set_int_max_str_digits() to increase the limit");
    MpyObject *q = op2(mpy_number_floor_divide, MPY_NEWREF(p), I(10));
    MpyObject *r = mpy_object_repr(q);
    cr_expect(r && MPY_STR_LEN(r) == 4300);
    MPY_XDECREF(r);
    MPY_DECREF(q);
    cr_expect(mpy_int_set_max_str_digits(639) == -1);
    expect_error(NULL, "ValueError: maxdigits must be 0 or larger than 640");
    cr_expect(mpy_int_set_max_str_digits(0) == 0);
    r = mpy_object_repr(p);
    cr_expect(r && MPY_STR_LEN(r) == 4301);
    MPY_XDECREF(r);
    mpy_int_set_max_str_digits(MPY_INT_DEFAULT_MAX_STR_DIGITS);
    MPY_DECREF(p);
}

Test(int, constructor)
{
    expect_repr(int_call(0), "0");
    expect_repr(int_call(1, mpy_float_from_double(-3.7)), "-3");
    expect_repr(int_call(1, mpy_float_from_double(1e20)), "100000000000000000000");
    expect_repr(int_call(1, MPY_NEWREF(MPY_TRUE)), "1");
    expect_repr(int_call(2, S("ff"), I(16)), "255");
    expect_error(int_call(2, S("12"), I(1)),
                 "ValueError: int() base must be >= 2 and <= 36, or 0");
    expect_error(int_call(2, I(12), I(10)),
                 "TypeError: int() can't convert non-string with explicit base");
    expect_error(int_call(1, MPY_NEWREF(MPY_NONE)),
                 "TypeError: int() argument must be a string, a bytes-like object or a real "
                 "number, not 'NoneType'");
    expect_error(int_call(1, mpy_float_from_double(INFINITY)),
                 "OverflowError: cannot convert float infinity to integer");
    expect_error(int_call(1, mpy_float_from_double(NAN)),
                 "ValueError: cannot convert float NaN to integer");
    expect_error(int_call(3, S("5"), I(10), I(3)),
                 "TypeError: int() takes at most 2 arguments (3 given)");
    MpyObject *t = int_call(1, MPY_NEWREF(MPY_TRUE));
    cr_expect(t == MPY_SMALL_INT(1)); /* exact int, pooled */
    MPY_DECREF(t);
}

/* ============================================================= text */

Test(int, bases)
{
    expect_repr(mpy_int_to_base(MPY_SMALL_INT(-255 + 250) /* -5 */, 2, true), "'-0b101'");
    MpyObject *v = I(-255);
    expect_repr(mpy_int_to_base(v, 16, true), "'-0xff'");
    expect_repr(mpy_int_to_base(v, 8, false), "'-377'");
    MPY_DECREF(v);
    v = N("-1180591620717411303424");
    expect_repr(mpy_int_to_base(v, 16, true), "'-0x400000000000000000'");
    MPY_DECREF(v);
}

/* =========================================================== methods */

Test(int, methods)
{
    expect_repr(method(I(-5), "bit_length", 0), "3");
    expect_repr(method(I(0), "bit_length", 0), "0");
    expect_repr(method(op2(mpy_number_lshift, I(1), I(1000)), "bit_length", 0), "1001");
    expect_repr(method(I(5), "bit_count", 0), "2");
    expect_repr(method(I(-255), "bit_count", 0), "8");
    expect_repr(method(I(5), "as_integer_ratio", 0), "(5, 1)");
    expect_repr(method(MPY_NEWREF(MPY_TRUE), "conjugate", 0), "1");
    expect_repr(method(I(5), "__getnewargs__", 0), "(5,)");
    expect_repr(method(I(15), "__round__", 1, I(-1)), "20");
    expect_repr(method(I(25), "__round__", 1, I(-1)), "20");
    expect_repr(method(I(-25), "__round__", 1, I(-1)), "-20");
    expect_repr(method(I(5), "__round__", 1, N("-100000000000000000000")), "0");
    expect_repr(method(N("1000000000000000000005000000000"), "__round__", 1, I(-10)),
                "1000000000000000000000000000000");
    expect_repr(method(I(3), "__round__", 1, I(2)), "3");
    expect_error(method(I(5), "__round__", 1, MPY_NEWREF(MPY_NONE)),
                 "TypeError: 'NoneType' object cannot be interpreted as an integer");
}

Test(int, to_from_bytes)
{
    expect_repr(method(I(5), "to_bytes", 0), "b'\\x05'");
    expect_repr(method(I(255), "to_bytes", 2, I(1), S("little")), "b'\\xff'");
    expect_repr(method(I(1024), "to_bytes", 2, I(2), S("little")), "b'\\x00\\x04'");
    expect_repr(method(I(0), "to_bytes", 2, I(0), S("big")), "b''");
    expect_error(method(I(256), "to_bytes", 2, I(1), S("big")),
                 "OverflowError: int too big to convert");
    expect_error(method(I(-1), "to_bytes", 2, I(1), S("big")),
                 "OverflowError: can't convert negative int to unsigned");
    expect_error(method(I(1), "to_bytes", 2, I(-1), S("big")),
                 "ValueError: length argument must be non-negative");
    expect_error(method(I(1), "to_bytes", 2, I(1), S("middle")),
                 "ValueError: byteorder must be either 'little' or 'big'");
    expect_error(method(I(1), "to_bytes", 2, I(1), I(5)),
                 "TypeError: to_bytes() argument 'byteorder' must be str, not int");
    MpyObject *cls = (MpyObject *)&MpyLong_Type;
    MPY_INCREF(cls);
    expect_repr(method(cls, "from_bytes", 1, mpy_bytes_from_data("\x01\x00", 2)), "256");
    MPY_INCREF(cls);
    expect_repr(method(cls, "from_bytes", 2, mpy_bytes_from_data("\x00\x01", 2), S("little")),
                "256");
    MPY_INCREF(cls);
    expect_repr(method(cls, "from_bytes", 2, mpy_bytes_from_data("", 0), S("big")), "0");
    MPY_INCREF(cls);
    expect_error(method(cls, "from_bytes", 1, I(5)),
                 "TypeError: cannot convert 'int' object to bytes");
}

Test(int, signed_bytes)
{
    /* to_bytes / from_bytes with signed=True through keywords */
    MpyObject *kw = mpy_tuple_pack(1, S("signed"));
    MPY_DECREF(MPY_TUPLE_GET(kw, 0)); /* the pack took its own reference */
    MpyObject *m = I(-128), *f = mpy_object_getattr_str(m, "to_bytes");
    MpyObject *args[3] = {MPY_SMALL_INT(1), S("big"), MPY_TRUE};
    expect_repr(mpy_call(f, args, 2, kw), "b'\\x80'");
    MPY_DECREF(f);
    MPY_DECREF(m);
    m = I(128);
    f = mpy_object_getattr_str(m, "to_bytes");
    expect_error(mpy_call(f, args, 2, kw), "OverflowError: int too big to convert");
    MPY_DECREF(f);
    MPY_DECREF(m);
    f = mpy_object_getattr_str((MpyObject *)&MpyLong_Type, "from_bytes");
    MpyObject *fargs[3] = {mpy_bytes_from_data("\xff\xff", 2), args[1], MPY_TRUE};
    expect_repr(mpy_call(f, fargs, 2, kw), "-1");
    MPY_DECREF(fargs[0]);
    MPY_DECREF(f);
    MPY_DECREF(args[1]);
    MPY_DECREF(kw);
}

Test(int, attributes)
{
    MpyObject *t = MPY_TRUE;
    expect_repr(mpy_object_getattr_str(t, "real"), "1");
    expect_repr(mpy_object_getattr_str(t, "imag"), "0");
    expect_repr(mpy_object_getattr_str(t, "numerator"), "1");
    expect_repr(mpy_object_getattr_str(t, "denominator"), "1");
    MpyObject *r = mpy_object_getattr_str(t, "real");
    cr_expect(MPY_INT_CHECK_EXACT(r));
    MPY_DECREF(r);
}

Test(int, sizeof_as_cpython)
{
    struct { const char *v; size_t size; } cases[] = {
        {"0", 28}, {"1", 28}, {"-1", 28}, {"1073741823", 28}, {"1073741824", 32},
        {"1152921504606846976", 36}, {"1267650600228229401496703205376", 40},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        MpyObject *v = N(cases[i].v);
        cr_expect_eq(mpy_int_sizeof(v), cases[i].size, "sizeof(%s)", cases[i].v);
        MPY_DECREF(v);
    }
    MpyObject *p = op2(mpy_number_lshift, I(1), I(1000));
    expect_repr(method(MPY_NEWREF(p), "__sizeof__", 0), "160");
    MPY_DECREF(p);
    cr_expect_eq(mpy_int_sizeof(MPY_TRUE), 28);
}
