/* Unit tests of float and complex (runtime/float*.c, complex.c): repr,
 * CPython's numeric hash, arithmetic with Python's signs and messages,
 * powers with IEEE's special cases, float() and complex() from text,
 * rounding, hex/fromhex, as_integer_ratio, the free list, and the math
 * module. Every expected value was printed by python3 (CPython 3.11). */
#include <criterion/criterion.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "complex.h"
#include "errors.h"
#include "float.h"
#include "float_impl.h"
#include "int.h"
#include "lifecycle.h"
#include "module.h"
#include "modules.h"
#include "str.h"
#include "tuple.h"

static void setup(void) { mpy_runtime_init(0, NULL); }
static void teardown(void) { mpy_runtime_fini(); }

TestSuite(float, .init = setup, .fini = teardown);

/* ============================================================ helpers */

static MpyObject *F(double v) { return mpy_float_from_double(v); }
static MpyObject *I(int64_t v) { return mpy_int_from_i64(v); }
static MpyObject *S(const char *s) { return mpy_str_from_cstr(s); }
static MpyObject *C(double re, double im) { return mpy_complex_from_doubles(re, im); }

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
    if (o) {
        MpyObject *r = mpy_object_repr(o);
        cr_expect(false, "expected %s, got %s", want, r ? mpy_str_as_utf8(r) : "?");
        MPY_XDECREF(r);
        MPY_DECREF(o);
        return;
    }
    cr_expect_str_eq(pending(), want);
}

typedef MpyObject *(*binop)(MpyObject *, MpyObject *);
static MpyObject *op2(binop f, MpyObject *a, MpyObject *b)
{
    MpyObject *r = f(a, b);
    MPY_DECREF(a);
    MPY_DECREF(b);
    return r;
}

static MpyObject *power(MpyObject *a, MpyObject *b)
{
    MpyObject *r = mpy_number_power(a, b, MPY_NONE);
    MPY_DECREF(a);
    MPY_DECREF(b);
    return r;
}

static MpyObject *call_n(MpyObject *callable, int n, va_list ap)
{
    MpyObject *args[4] = {NULL};
    for (int i = 0; i < n; i++)
        args[i] = va_arg(ap, MpyObject *);
    MpyObject *r = mpy_call(callable, args, (size_t)n, NULL);
    for (int i = 0; i < n; i++)
        MPY_DECREF(args[i]);
    return r;
}

/* type(*args) with new references, released. */
static MpyObject *make(MpyTypeObject *type, int n, ...)
{
    va_list ap;
    va_start(ap, n);
    MpyObject *r = call_n((MpyObject *)type, n, ap);
    va_end(ap);
    return r;
}

static MpyObject *method(MpyObject *self, const char *name, int n, ...)
{
    MpyObject *f = mpy_object_getattr_str(self, name);
    MPY_DECREF(self);
    cr_assert(f != NULL, "no attribute %s: %s", name, pending());
    va_list ap;
    va_start(ap, n);
    MpyObject *r = call_n(f, n, ap);
    va_end(ap);
    MPY_DECREF(f);
    return r;
}

/* A tuple that takes over the new references it is given. */
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

/* math.<name>(*args) */
static MpyObject *math_module;
static MpyObject *math(const char *name, int n, ...)
{
    if (!math_module) {
        for (const MpyModuleDef *const *d = mpy_builtin_module_defs; *d; d++)
            if (!strcmp((*d)->m_name, "math"))
                math_module = mpy_module_from_def(*d);
        cr_assert(math_module != NULL);
    }
    MpyObject *f = mpy_object_getattr_str(math_module, name);
    cr_assert(f != NULL, "math.%s: %s", name, pending());
    va_list ap;
    va_start(ap, n);
    MpyObject *r = call_n(f, n, ap);
    va_end(ap);
    MPY_DECREF(f);
    return r;
}

static void drop_math(void) { MPY_CLEAR(math_module); }

/* ============================================================== repr */

Test(float, repr_and_hash)
{
    struct { double v; const char *repr; mpy_hash_t hash; } cases[] = {
        {0.1, "0.1", 230584300921369408},
        {1e16, "1e+16", 10000000000000000},
        {1e-5, "1e-05", 2170758078822671208},
        {123.456, "123.456", 1051464412201451643},
        {-0.0, "-0.0", 0},
        {INFINITY, "inf", 314159},
        {-INFINITY, "-inf", -314159},
        {1.0 / 3, "0.3333333333333333", 768614336404564608},
        {5e-324, "5e-324", 16777216},
        {1.7976931348623157e308, "1.7976931348623157e+308", 2234066890152476671},
        {1e22, "1e+22", 1864712049423028464},
        {0.5, "0.5", 1152921504606846976},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        MpyObject *f = F(cases[i].v);
        cr_expect_eq(mpy_object_hash(f), cases[i].hash, "hash(%s)", cases[i].repr);
        expect_repr(f, cases[i].repr);
    }
    MpyObject *nan = F(NAN);
    expect_repr(MPY_NEWREF(nan), "nan");
    cr_expect(mpy_object_hash(nan) != -1);
    MPY_DECREF(nan);
}

Test(float, free_list)
{
    MpyObject *a = F(1.5);
    MPY_DECREF(a);
    MpyObject *b = F(2.5); /* reuses the block just freed */
    cr_expect(a == b);
    cr_expect(MPY_FLOAT_VALUE(b) == 2.5 && MPY_REFCNT(b) == 1);
    MPY_DECREF(b);
}

/* ======================================================== arithmetic */

Test(float, division_and_modulo)
{
    expect_repr(op2(mpy_number_divmod, F(-7.5), I(2)), "(-4.0, 0.5)");
    expect_repr(op2(mpy_number_divmod, F(7.5), I(-2)), "(-4.0, -0.5)");
    expect_repr(op2(mpy_number_remainder, F(-7.5), I(2)), "0.5");
    expect_repr(op2(mpy_number_floor_divide, F(7.5), I(-2)), "-4.0");
    expect_repr(op2(mpy_number_divmod, F(-0.0), I(1)), "(-0.0, 0.0)");
    expect_repr(op2(mpy_number_remainder, F(0.0), I(-1)), "-0.0");
    expect_repr(op2(mpy_number_true_divide, I(1), F(4.0)), "0.25");
    expect_error(op2(mpy_number_true_divide, F(1.0), I(0)),
                 "ZeroDivisionError: float division by zero");
    expect_error(op2(mpy_number_floor_divide, F(1.0), I(0)),
                 "ZeroDivisionError: float floor division by zero");
    expect_error(op2(mpy_number_remainder, F(1.0), F(0.0)), "ZeroDivisionError: float modulo");
    expect_error(op2(mpy_number_divmod, F(1.0), I(0)), "ZeroDivisionError: float divmod()");
    expect_error(op2(mpy_number_add, F(1.0), op2(mpy_number_lshift, I(1), I(1100))),
                 "OverflowError: int too large to convert to float");
}

Test(float, powers)
{
    expect_repr(power(F(2.0), F(0.5)), "1.4142135623730951");
    expect_repr(power(F(-8.0), op2(mpy_number_true_divide, I(1), I(3))),
                "(1.0000000000000002+1.7320508075688772j)");
    expect_repr(power(F(-2.0), I(3)), "-8.0");
    expect_repr(power(F(NAN), I(0)), "1.0");
    expect_repr(power(F(1.0), F(NAN)), "1.0");
    expect_repr(power(F(-1.0), F(INFINITY)), "1.0");
    expect_repr(power(F(INFINITY), I(-1)), "0.0");
    expect_repr(power(F(-INFINITY), I(3)), "-inf");
    expect_repr(power(F(-0.0), I(3)), "-0.0");
    expect_error(power(F(0.0), I(-1)),
                 "ZeroDivisionError: 0.0 cannot be raised to a negative power");
    expect_error(power(F(10.0), I(400)), "OverflowError: (34, 'Numerical result out of range')");
    MpyObject *r = mpy_number_power(MPY_SMALL_INT(2), MPY_SMALL_INT(3), MPY_SMALL_INT(5));
    expect_repr(r, "3");
    MpyObject *two = F(2.0);
    expect_error(mpy_number_power(two, MPY_SMALL_INT(3), MPY_SMALL_INT(5)),
                 "TypeError: pow() 3rd argument not allowed unless all arguments are integers");
    MPY_DECREF(two);
}

Test(float, compare)
{
    MpyObject *a = F(1.5), *b = I(1), *n = F(NAN);
    cr_expect(mpy_object_richcompare_bool(a, b, MPY_GT) == 1);
    cr_expect(mpy_object_richcompare_bool(b, a, MPY_LT) == 1);
    cr_expect(mpy_object_richcompare_bool(n, n, MPY_EQ) == 1); /* identity */
    MpyObject *r = mpy_object_richcompare(n, n, MPY_EQ);
    expect_repr(r, "False");
    r = mpy_object_richcompare(n, b, MPY_NE);
    expect_repr(r, "True");
    MPY_DECREF(a);
    MPY_DECREF(b);
    MPY_DECREF(n);
}

/* ========================================================== float() */

Test(float, from_text)
{
    struct { const char *text; const char *repr; } ok[] = {
        {" 1_000.5 ", "1000.5"}, {"1.e5", "100000.0"}, {".5", "0.5"}, {"5.", "5.0"},
        {"-nan", "nan"}, {"+inf", "inf"}, {"-Infinity", "-inf"}, {"INFINITY", "inf"},
        {"1_0.5", "10.5"}, {"1e1_0", "10000000000.0"}, {"0_1", "1.0"}, {"1e-400", "0.0"},
        {"-0", "-0.0"}, {"\t3.5\n", "3.5"}, {"1e500", "inf"},
        {"\xd9\xa1.\xd9\xa5", "1.5"}, {"\xc2\xa0" "2", "2.0"},
    };
    for (size_t i = 0; i < sizeof ok / sizeof *ok; i++)
        expect_repr(mpy_float_from_string(ok[i].text, strlen(ok[i].text)), ok[i].repr);
    const char *bad[] = {"x", "", "1e", ".", "infinit", "1._5", "1_.5", "1e_10", "_1", "1_",
                         "1.5_", "nan(1)", "0x1p3", "1__0", "\x1c" "1"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        MpyObject *r = mpy_float_from_string(bad[i], strlen(bad[i]));
        cr_expect(r == NULL, "float(%s) should fail", bad[i]);
        MPY_XDECREF(r);
        MpyObject *e = mpy_err_fetch();
        cr_expect(e && MPY_TYPE(e) == MpyExc_ValueError);
        MPY_XDECREF(e);
    }
    expect_error(mpy_float_from_string("x", 1), "ValueError: could not convert string to float: 'x'");
}

Test(float, constructor)
{
    expect_repr(make(&MpyFloat_Type, 0), "0.0");
    expect_repr(make(&MpyFloat_Type, 1, I(7)), "7.0");
    expect_repr(make(&MpyFloat_Type, 1, S(" -2.5 ")), "-2.5");
    expect_error(make(&MpyFloat_Type, 1, MPY_NEWREF(MPY_NONE)),
                 "TypeError: float() argument must be a string or a real number, not 'NoneType'");
    expect_error(make(&MpyFloat_Type, 2, I(1), I(2)),
                 "TypeError: float expected at most 1 argument, got 2");
    expect_error(make(&MpyFloat_Type, 1, op2(mpy_number_lshift, I(1), I(1024))),
                 "OverflowError: int too large to convert to float");
}

/* ========================================================== methods */

Test(float, rounding)
{
    expect_repr(method(F(2.675), "__round__", 1, I(2)), "2.67");
    expect_repr(method(F(0.125), "__round__", 1, I(2)), "0.12");
    expect_repr(method(F(-2.5), "__round__", 0), "-2");
    expect_repr(method(F(2.5), "__round__", 0), "2");
    expect_repr(method(F(2500.0), "__round__", 1, I(-3)), "2000.0");
    expect_repr(method(F(3500.0), "__round__", 1, I(-3)), "4000.0");
    expect_repr(method(F(1.5), "__round__", 1, I(-400)), "0.0");
    expect_repr(method(F(-0.4), "__round__", 1, I(0)), "-0.0");
    expect_repr(method(F(123.456), "__round__", 1, I(-1)), "120.0");
    expect_repr(method(F(5e-324), "__round__", 1, I(323)), "0.0");
    expect_repr(method(F(1e300), "__round__", 1, I(-299)), "1e+300");
    expect_repr(method(F(1e300), "__round__", 1, I(400)), "1e+300");
    expect_repr(method(F(1.5), "__round__", 1, MPY_NEWREF(MPY_NONE)), "2");
    expect_error(method(F(1.7976931348623157e308), "__round__", 1, I(-308)),
                 "OverflowError: rounded value too large to represent");
    expect_error(method(F(NAN), "__round__", 0),
                 "ValueError: cannot convert float NaN to integer");
    expect_error(method(F(INFINITY), "__round__", 0),
                 "OverflowError: cannot convert float infinity to integer");
    expect_repr(method(F(-1.5), "__floor__", 0), "-2");
    expect_repr(method(F(-1.5), "__ceil__", 0), "-1");
    expect_repr(method(F(-1.5), "__trunc__", 0), "-1");
    expect_repr(method(F(1e20), "__trunc__", 0), "100000000000000000000");
}

Test(float, methods)
{
    expect_repr(method(F(0.1), "as_integer_ratio", 0), "(3602879701896397, 36028797018963968)");
    expect_repr(method(F(-0.75), "as_integer_ratio", 0), "(-3, 4)");
    expect_repr(method(F(0.0), "as_integer_ratio", 0), "(0, 1)");
    expect_error(method(F(INFINITY), "as_integer_ratio", 0),
                 "OverflowError: cannot convert Infinity to integer ratio");
    expect_error(method(F(NAN), "as_integer_ratio", 0),
                 "ValueError: cannot convert NaN to integer ratio");
    expect_repr(method(F(1.5), "is_integer", 0), "False");
    expect_repr(method(F(2.0), "is_integer", 0), "True");
    expect_repr(method(F(1e300), "hex", 0), "'0x1.7e43c8800759cp+996'");
    expect_repr(method(F(-5e-324), "hex", 0), "'-0x0.0000000000001p-1022'");
    expect_repr(method(F(-0.0), "hex", 0), "'-0x0.0p+0'");
    expect_repr(method(F(1.0), "hex", 0), "'0x1.0000000000000p+0'");
    expect_repr(method(F(INFINITY), "hex", 0), "'inf'");
    MpyObject *cls = (MpyObject *)&MpyFloat_Type;
    struct { const char *text; const char *repr; } hex[] = {
        {"0x1.999999999999ap-4", "0.1"}, {"0x1p-1074", "5e-324"}, {"0x1p-1075", "0.0"},
        {" -0X1.8P+1 ", "-3.0"}, {"inf", "inf"}, {"-infinity", "-inf"}, {"1", "1.0"},
        {"0x.8", "0.5"}, {"0x1.", "1.0"}, {"0x1.fffffffffffff7p1023", "1.7976931348623157e+308"},
        {"0x1.00000000000008p0", "1.0"}, {"0x1.00000000000018p0", "1.0000000000000004"},
        {"0x0.00000000000008000001p-1022", "5e-324"},
    };
    for (size_t i = 0; i < sizeof hex / sizeof *hex; i++)
        expect_repr(method(MPY_NEWREF(cls), "fromhex", 1, S(hex[i].text)), hex[i].repr);
    expect_error(method(MPY_NEWREF(cls), "fromhex", 1, S("0x1p1024")),
                 "OverflowError: hexadecimal value too large to represent as a float");
    expect_error(method(MPY_NEWREF(cls), "fromhex", 1, S("0x1p")),
                 "ValueError: invalid hexadecimal floating-point string");
    expect_error(method(MPY_NEWREF(cls), "fromhex", 1, S("0x1_0p0")),
                 "ValueError: invalid hexadecimal floating-point string");
    expect_repr(method(F(1.5), "__getnewargs__", 0), "(1.5,)");
    expect_repr(method(F(1.5), "__sizeof__", 0), "24");
    expect_repr(method(F(1.5), "conjugate", 0), "1.5");
    expect_repr(method(F(1.5), "__float__", 0), "1.5");
}

/* ========================================================== complex */

Test(float, complex_repr_and_ops)
{
    expect_repr(C(1, 2), "(1+2j)");
    expect_repr(C(0, 2), "2j");
    expect_repr(C(-0.0, -1), "(-0-1j)");
    expect_repr(C(0.0, -0.0), "-0j");
    expect_repr(C(-0.0, 0), "(-0+0j)");
    expect_repr(C(1e20, 1e-5), "(1e+20+1e-05j)");
    expect_repr(C(NAN, INFINITY), "(nan+infj)");
    expect_repr(op2(mpy_number_multiply, C(1, 2), C(3, -1)), "(5+5j)");
    expect_repr(op2(mpy_number_true_divide, C(1, 2), C(3, -1)), "(0.1+0.7000000000000001j)");
    expect_repr(power(C(1, 2), I(2)), "(-3+4j)");
    expect_repr(power(C(1, 2), F(0.5)), "(1.272019649514069+0.7861513777574233j)");
    expect_repr(power(C(1, 2), I(-2)), "(-0.12-0.16j)");
    expect_repr(power(I(2), C(0, 1)), "(0.7692389013639721+0.6389612763136348j)");
    expect_repr(power(C(0, 1), C(0, 1)), "(0.20787957635076193+0j)");
    expect_error(power(C(0, 1e200), I(2)), "OverflowError: complex exponentiation");
    expect_error(power(C(0, 0), I(-1)), "ZeroDivisionError: 0.0 to a negative or complex power");
    expect_error(op2(mpy_number_true_divide, C(0, 1), I(0)),
                 "ZeroDivisionError: complex division by zero");
    MpyObject *c34 = C(3, 4);
    expect_repr(mpy_number_absolute(c34), "5.0");
    MPY_DECREF(c34);
    expect_error(op2(mpy_number_floor_divide, C(0, 1), I(1)),
                 "TypeError: unsupported operand type(s) for //: 'complex' and 'int'");
    MpyObject *c = C(1.5, -2), *z = C(1, 0), *one = I(1);
    cr_expect_eq(mpy_object_hash(c), 1152921504604846971);
    cr_expect(mpy_object_richcompare_bool(z, one, MPY_EQ) == 1);
    expect_error(mpy_object_richcompare(c, z, MPY_LT),
                 "TypeError: '<' not supported between instances of 'complex' and 'complex'");
    MPY_DECREF(c);
    MPY_DECREF(z);
    MPY_DECREF(one);
}

Test(float, complex_constructor)
{
    expect_repr(make(&MpyComplex_Type, 2, I(1), I(2)), "(1+2j)");
    expect_repr(make(&MpyComplex_Type, 1, S("1_0+2_0j")), "(10+20j)");
    expect_repr(make(&MpyComplex_Type, 1, S(" ( 1+2j ) ")), "(1+2j)");
    expect_repr(make(&MpyComplex_Type, 1, S("1+j")), "(1+1j)");
    expect_repr(make(&MpyComplex_Type, 1, S("-j")), "-1j");
    expect_repr(make(&MpyComplex_Type, 1, S("1e5j")), "100000j");
    expect_repr(make(&MpyComplex_Type, 1, S("-inf+nanj")), "(-inf+nanj)");
    expect_repr(make(&MpyComplex_Type, 2, C(0, 1), C(0, 1)), "(-1+1j)");
    expect_repr(make(&MpyComplex_Type, 2, C(1, 2), I(3)), "(1+5j)");
    expect_error(make(&MpyComplex_Type, 1, S("1 + 2j")),
                 "ValueError: complex() arg is a malformed string");
    expect_error(make(&MpyComplex_Type, 1, S("1_+2j")),
                 "ValueError: could not convert string to complex: '1_+2j'");
    expect_error(make(&MpyComplex_Type, 2, S("1"), I(2)),
                 "TypeError: complex() can't take second arg if first is a string");
    expect_error(make(&MpyComplex_Type, 2, I(1), S("2")),
                 "TypeError: complex() second arg can't be a string");
    expect_error(make(&MpyComplex_Type, 1, MPY_NEWREF(MPY_NONE)),
                 "TypeError: complex() first argument must be a string or a number, not 'NoneType'");
    expect_error(make(&MpyComplex_Type, 2, I(1), MPY_NEWREF(MPY_NONE)),
                 "TypeError: complex() second argument must be a number, not 'NoneType'");
    expect_repr(method(C(1, 2), "conjugate", 0), "(1-2j)");
    expect_repr(method(C(1, 2), "__getnewargs__", 0), "(1.0, 2.0)");
    expect_repr(method(C(1, 2), "__sizeof__", 0), "32");
    MpyObject *j = C(0, 1);
    expect_repr(mpy_object_getattr_str(j, "real"), "0.0");
    MPY_DECREF(j);
}

/* ============================================================= math */

Test(float, math_real_functions)
{
    expect_repr(math("sqrt", 1, I(2)), "1.4142135623730951");
    expect_error(math("sqrt", 1, I(-1)), "ValueError: math domain error");
    expect_error(math("sqrt", 1, S("a")), "TypeError: must be real number, not str");
    expect_error(math("exp", 1, I(1000)), "OverflowError: math range error");
    expect_repr(math("exp", 1, I(-1000)), "0.0");
    expect_error(math("log", 1, I(0)), "ValueError: math domain error");
    expect_error(math("log", 2, I(10), I(1)), "ZeroDivisionError: float division by zero");
    expect_repr(math("log", 2, I(8), I(2)), "3.0");
    expect_repr(math("log", 1, op2(mpy_number_lshift, I(1), I(10000))), "6931.471805599453");
    expect_repr(math("log", 2, op2(mpy_number_lshift, I(1), I(10000)), I(2)), "10000.0");
    expect_repr(math("log10", 1, power(I(10), I(400))), "400.0");
    expect_repr(math("log2", 1, op2(mpy_number_lshift, I(1), I(1000))), "1000.0");
    expect_error(math("log", 0), "TypeError: math.log requires 1 to 2 arguments");
    expect_repr(math("pow", 2, F(NAN), I(0)), "1.0");
    expect_error(math("pow", 2, I(0), I(-1)), "ValueError: math domain error");
    expect_error(math("pow", 2, I(10), I(400)), "OverflowError: math range error");
    expect_error(math("pow", 1, I(1)), "TypeError: pow expected 2 arguments, got 1");
    expect_repr(math("atan2", 2, I(0), F(-0.0)), "3.141592653589793");
    expect_error(math("fmod", 2, I(5), I(0)), "ValueError: math domain error");
    expect_repr(math("fmod", 2, I(1), F(INFINITY)), "1.0");
    expect_repr(math("floor", 1, F(-1.5)), "-2");
    expect_repr(math("ceil", 1, F(1.2)), "2");
    expect_repr(math("floor", 1, op2(mpy_number_lshift, I(1), I(100))),
                "1267650600228229401496703205376");
    expect_error(math("floor", 1, F(INFINITY)),
                 "OverflowError: cannot convert float infinity to integer");
    expect_error(math("trunc", 1, S("a")), "TypeError: type str doesn't define __trunc__ method");
    expect_error(math("gamma", 1, I(0)), "ValueError: math domain error");
    expect_error(math("gamma", 1, I(200)), "OverflowError: math range error");
    expect_error(math("ldexp", 2, I(1), I(2000)), "OverflowError: math range error");
    expect_repr(math("ldexp", 2, F(1.0), I(-2000)), "0.0");
    expect_error(math("ldexp", 2, I(1), F(1.5)),
                 "TypeError: Expected an int as second argument to ldexp.");
    expect_repr(math("frexp", 1, I(8)), "(0.5, 4)");
    expect_repr(math("modf", 1, F(-INFINITY)), "(-0.0, -inf)");
    expect_repr(math("degrees", 1, F(3.141592653589793)), "180.0");
    expect_repr(math("radians", 1, I(180)), "3.141592653589793");
    expect_error(math("isnan", 1, op2(mpy_number_lshift, I(1), I(2000))),
                 "OverflowError: int too large to convert to float");
    expect_repr(math("ulp", 1, F(1.0)), "2.220446049250313e-16");
    expect_repr(math("remainder", 2, I(5), I(3)), "-1.0");
    drop_math();
}

Test(float, math_integer_functions)
{
    expect_repr(math("factorial", 1, I(20)), "2432902008176640000");
    expect_repr(math("factorial", 1, I(25)), "15511210043330985984000000");
    expect_error(math("factorial", 1, I(-1)), "ValueError: factorial() not defined for negative values");
    expect_error(math("factorial", 1, F(1.0)),
                 "TypeError: 'float' object cannot be interpreted as an integer");
    expect_error(math("factorial", 1, power(I(10), I(20))),
                 "OverflowError: factorial() argument should not exceed 9223372036854775807");
    expect_repr(math("gcd", 0), "0");
    expect_repr(math("gcd", 3, I(12), I(18), I(27)), "3");
    expect_repr(math("gcd", 1, I(-4)), "4");
    expect_repr(math("lcm", 0), "1");
    expect_repr(math("lcm", 3, I(4), I(6), I(10)), "60");
    expect_repr(math("lcm", 2, I(-4), I(6)), "12");
    expect_repr(math("isqrt", 1, power(I(10), I(40))), "100000000000000000000");
    expect_error(math("isqrt", 1, I(-1)), "ValueError: isqrt() argument must be nonnegative");
    expect_repr(math("comb", 2, I(5), I(2)), "10");
    expect_repr(math("comb", 2, I(5), I(7)), "0");
    expect_repr(math("comb", 2, power(I(10), I(20)), I(2)),
                "4999999999999999999950000000000000000000");
    expect_error(math("comb", 2, I(-1), I(2)), "ValueError: n must be a non-negative integer");
    expect_error(math("comb", 2, I(5), I(-1)), "ValueError: k must be a non-negative integer");
    expect_repr(math("perm", 1, I(5)), "120");
    expect_repr(math("perm", 2, I(5), I(2)), "20");
    expect_repr(math("perm", 2, I(5), MPY_NEWREF(MPY_NONE)), "120");
    expect_error(math("perm", 0), "TypeError: perm expected at least 1 argument, got 0");
    drop_math();
}

Test(float, math_sums)
{
    MpyObject *tenth = F(0.1);
    MpyObject *list10 = mpy_tuple_pack(10, tenth, tenth, tenth, tenth, tenth, tenth, tenth,
                                       tenth, tenth, tenth);
    MPY_DECREF(tenth);
    expect_repr(math("fsum", 1, list10), "1.0");
    expect_repr(math("fsum", 1, T(7, F(1e100), F(1.0), F(-1e100), F(1e-100), F(1e50), F(-1.0),
                                  F(-1e50))),
                "1e-100");
    expect_error(math("fsum", 1, T(2, F(1e308), F(1e308))),
                 "OverflowError: intermediate overflow in fsum");
    expect_error(math("fsum", 1, T(2, F(INFINITY), F(-INFINITY))),
                 "ValueError: -inf + inf in fsum");
    expect_repr(math("hypot", 0), "0.0");
    expect_repr(math("hypot", 2, I(3), I(4)), "5.0");
    expect_repr(math("hypot", 3, I(3), I(4), I(12)), "13.0");
    expect_repr(math("hypot", 2, F(1e308), F(1e308)), "1.4142135623730951e+308");
    expect_repr(math("hypot", 2, F(INFINITY), F(NAN)), "inf");
    expect_repr(math("dist", 2, mpy_tuple_pack(2, MPY_SMALL_INT(0), MPY_SMALL_INT(0)),
                     mpy_tuple_pack(2, MPY_SMALL_INT(3), MPY_SMALL_INT(4))),
                "5.0");
    expect_error(math("dist", 2, mpy_tuple_pack(2, MPY_SMALL_INT(0), MPY_SMALL_INT(0)),
                      mpy_tuple_pack(1, MPY_SMALL_INT(3))),
                 "ValueError: both points must have the same number of dimensions");
    expect_repr(math("prod", 1, mpy_tuple_pack(3, MPY_SMALL_INT(1), MPY_SMALL_INT(2),
                                               MPY_SMALL_INT(3))),
                "6");
    expect_repr(math("prod", 1, mpy_tuple_new(0)), "1");
    drop_math();
}
