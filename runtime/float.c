/* float: the object and its free list, CPython's numeric hash, comparisons
 * with floats and (exactly) with ints, and arithmetic with Python's rules
 * for signs, zero division and powers. Text is in float_str.c, methods and
 * the constructor in float_methods.c, format() in float_format.c. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "complex.h"
#include "errors.h"
#include "float_impl.h"
#include "float_repr.h"
#include "hash.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

/* ======================================================== free list */

#define FLOAT_MAXFREELIST 100

MpyFloatObject *mpy_float_free_list;
int mpy_float_numfree;

MpyObject *mpy_float_new_uncached(double v)
{
    MpyFloatObject *op = (MpyFloatObject *)mpy_object_new(&MpyFloat_Type);
    if (op)
        op->ob_fval = v;
    return (MpyObject *)op;
}

/* After mpy_float_fini, floats still dying in the rest of the shutdown are
 * freed at once, so that the leak check sees them go. */
static int freelist_limit = FLOAT_MAXFREELIST;

static void float_dealloc(MpyObject *op)
{
    if (MPY_FLOAT_CHECK_EXACT(op) && mpy_float_numfree < freelist_limit) {
        op->ob_type = (MpyTypeObject *)(void *)mpy_float_free_list;
        mpy_float_free_list = (MpyFloatObject *)op;
        mpy_float_numfree++;
        return;
    }
    MPY_TYPE(op)->tp_free(op);
}

static size_t freelist_count(void *arg) { return (size_t)mpy_float_numfree; }

/* ==================================================== conversions */

int mpy_float_convert(MpyObject *op, double *out)
{
    if (MPY_FLOAT_CHECK_EXACT(op) || MPY_FLOAT_CHECK(op)) {
        *out = MPY_FLOAT_VALUE(op);
        return 0;
    }
    if (!MPY_INT_CHECK(op))
        return 1;
    *out = mpy_int_as_double(op);
    return *out == -1.0 && mpy_err_occurred() ? -1 : 0;
}

double mpy_float_as_double(MpyObject *op)
{
    if (MPY_FLOAT_CHECK_EXACT(op))
        return MPY_FLOAT_VALUE(op);
    if (MPY_INT_CHECK(op))
        return mpy_int_as_double(op);
    MpyNumberMethods *nb = &MPY_TYPE(op)->tp_as_number;
    if (!nb->nb_float) {
        if (MPY_FLOAT_CHECK(op))
            return MPY_FLOAT_VALUE(op);
        if (nb->nb_index) {
            MpyObject *i = mpy_number_index(op);
            if (!i)
                return -1.0;
            double d = mpy_int_as_double(i);
            MPY_DECREF(i);
            return d;
        }
        mpy_err_format(MpyExc_TypeError, "must be real number, not %T", op);
        return -1.0;
    }
    MpyObject *r = nb->nb_float(op);
    if (!r)
        return -1.0;
    if (!MPY_FLOAT_CHECK(r)) {
        mpy_err_format(MpyExc_TypeError, "%s.__float__ returned non-float (type %T)",
                       mpy_type_short_name(MPY_TYPE(op)), r);
        MPY_DECREF(r);
        return -1.0;
    }
    double d = MPY_FLOAT_VALUE(r);
    MPY_DECREF(r);
    return d;
}

/* ============================================================= hash */

#define HASH_BITS 61
#define HASH_MODULUS ((UINT64_C(1) << HASH_BITS) - 1)
#define HASH_INF 314159

/* The value x = m * 2**e reduced modulo 2**61 - 1, where 2**-1 is the
 * inverse of 2: CPython's _Py_HashDouble, so that hash(x) == hash(n)
 * whenever the float x equals the int n. */
mpy_hash_t mpy_float_hash(double v)
{
    if (isinf(v))
        return v > 0 ? HASH_INF : -HASH_INF;
    if (isnan(v))
        return 0;
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) { /* 28 bits at a time */
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS)
            x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : (mpy_hash_t)h;
}

static mpy_hash_t float_tp_hash(MpyObject *op)
{
    double v = MPY_FLOAT_VALUE(op);
    if (isnan(v)) /* 3.10+: each nan hashes by identity */
        return mpy_hash_pointer(op);
    return mpy_float_hash(v);
}

/* ====================================================== comparison */

static MpyObject *compare_result(int c, int op)
{
    bool r;
    switch (op) {
    case MPY_LT: r = c < 0; break;
    case MPY_LE: r = c <= 0; break;
    case MPY_EQ: r = c == 0; break;
    case MPY_NE: r = c != 0; break;
    case MPY_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return mpy_bool_from_long(r);
}

static MpyObject *float_richcompare(MpyObject *v, MpyObject *w, int op)
{
    if (!MPY_FLOAT_CHECK(v))
        return MPY_NEWREF(MPY_NOTIMPLEMENTED);
    double x = MPY_FLOAT_VALUE(v);
    int c;
    if (MPY_FLOAT_CHECK(w)) {
        double y = MPY_FLOAT_VALUE(w);
        if (isnan(x) || isnan(y))
            return mpy_bool_from_long(op == MPY_NE);
        c = (x > y) - (x < y);
    } else if (MPY_INT_CHECK(w)) {
        c = mpy_int_compare_double(w, x); /* exact; 2 for nan */
        if (c == 2)
            return mpy_bool_from_long(op == MPY_NE);
        c = -c;
    } else {
        return MPY_NEWREF(MPY_NOTIMPLEMENTED);
    }
    return compare_result(c, op);
}

/* ====================================================== arithmetic */

/* Converts both operands, or returns NotImplemented / NULL from the
 * enclosing slot. */
#define CONVERT_BOTH(v, w, a, b)                                  \
    do {                                                          \
        int rv_ = mpy_float_convert(v, &a), rw_ = 0;              \
        if (rv_ == 0)                                             \
            rw_ = mpy_float_convert(w, &b);                       \
        if (rv_ < 0 || rw_ < 0)                                   \
            return NULL;                                          \
        if (rv_ > 0 || rw_ > 0)                                   \
            return MPY_NEWREF(MPY_NOTIMPLEMENTED);                \
    } while (0)

static MpyObject *float_add(MpyObject *v, MpyObject *w)
{
    double a, b;
    CONVERT_BOTH(v, w, a, b);
    return mpy_float_from_double(a + b);
}

static MpyObject *float_sub(MpyObject *v, MpyObject *w)
{
    double a, b;
    CONVERT_BOTH(v, w, a, b);
    return mpy_float_from_double(a - b);
}

static MpyObject *float_mul(MpyObject *v, MpyObject *w)
{
    double a, b;
    CONVERT_BOTH(v, w, a, b);
    return mpy_float_from_double(a * b);
}

static MpyObject *float_div(MpyObject *v, MpyObject *w)
{
    double a, b;
    CONVERT_BOTH(v, w, a, b);
    if (b == 0.0)
        return mpy_err_set_string(MpyExc_ZeroDivisionError, "float division by zero");
    return mpy_float_from_double(a / b);
}

/* Python's modulo: the result has the sign of the divisor. */
static double float_mod_value(double a, double b)
{
    double mod = fmod(a, b);
    if (mod)
        return (b < 0) != (mod < 0) ? mod + b : mod;
    return copysign(0.0, b);
}

static MpyObject *float_rem(MpyObject *v, MpyObject *w)
{
    double a, b;
    CONVERT_BOTH(v, w, a, b);
    if (b == 0.0)
        return mpy_err_set_string(MpyExc_ZeroDivisionError, "float modulo");
    return mpy_float_from_double(float_mod_value(a, b));
}

/* CPython's _float_div_mod: floor quotient and modulo, with care for the
 * signs of zeros and for a quotient that fmod's rounding leaves just off. */
static void float_divmod_values(double a, double b, double *floordiv, double *mod)
{
    double m = fmod(a, b);
    double div = (a - m) / b;
    if (m) {
        if ((b < 0) != (m < 0)) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, b);
    }
    double fd;
    if (div) {
        fd = floor(div);
        if (div - fd > 0.5)
            fd += 1.0;
    } else {
        fd = copysign(0.0, a / b);
    }
    *floordiv = fd;
    *mod = m;
}

static MpyObject *float_floor_div(MpyObject *v, MpyObject *w)
{
    double a, b, q, m;
    CONVERT_BOTH(v, w, a, b);
    if (b == 0.0)
        return mpy_err_set_string(MpyExc_ZeroDivisionError, "float floor division by zero");
    float_divmod_values(a, b, &q, &m);
    return mpy_float_from_double(q);
}

static MpyObject *float_divmod(MpyObject *v, MpyObject *w)
{
    double a, b, q, m;
    CONVERT_BOTH(v, w, a, b);
    if (b == 0.0)
        return mpy_err_set_string(MpyExc_ZeroDivisionError, "float divmod()");
    float_divmod_values(a, b, &q, &m);
    MpyObject *t = mpy_tuple_new(2);
    MpyObject *fq = mpy_float_from_double(q), *fm = mpy_float_from_double(m);
    if (!t || !fq || !fm) {
        MPY_XDECREF(t);
        MPY_XDECREF(fq);
        MPY_XDECREF(fm);
        return NULL;
    }
    MPY_TUPLE_SET(t, 0, fq);
    MPY_TUPLE_SET(t, 1, fm);
    return t;
}

MpyObject *mpy_float_errno_error(int err)
{
    MpyObject *args = mpy_tuple_new(2);
    if (!args)
        return NULL;
    MpyObject *code = mpy_int_from_i64(err), *msg = mpy_str_from_cstr(strerror(err));
    if (!code || !msg) {
        MPY_XDECREF(code);
        MPY_XDECREF(msg);
        MPY_DECREF(args);
        return NULL;
    }
    MPY_TUPLE_SET(args, 0, code);
    MPY_TUPLE_SET(args, 1, msg);
    mpy_err_set_object(err == ERANGE ? MpyExc_OverflowError : MpyExc_ValueError, args);
    MPY_DECREF(args);
    return NULL;
}

static bool is_odd_integer(double x) { return fmod(fabs(x), 2.0) == 1.0; }

/* CPython's float_pow: IEEE's special cases decided here rather than by
 * the C library, a negative base with a fractional exponent handed to
 * complex, and errno turned into OverflowError. */
MpyObject *mpy_float_pow_values(double x, double y, MpyObject *vx, MpyObject *vy)
{
    if (y == 0.0)
        return mpy_float_from_double(1.0);
    if (isnan(x))
        return mpy_float_from_double(x);
    if (isnan(y))
        return mpy_float_from_double(x == 1.0 ? 1.0 : y);
    if (isinf(y)) {
        double ax = fabs(x);
        if (ax == 1.0)
            return mpy_float_from_double(1.0);
        return mpy_float_from_double((y > 0.0) == (ax > 1.0) ? fabs(y) : 0.0);
    }
    if (isinf(x)) {
        bool odd = is_odd_integer(y);
        if (y > 0.0)
            return mpy_float_from_double(odd ? x : fabs(x));
        return mpy_float_from_double(odd ? copysign(0.0, x) : 0.0);
    }
    if (x == 0.0) {
        if (y < 0.0)
            return mpy_err_set_string(MpyExc_ZeroDivisionError,
                                      "0.0 cannot be raised to a negative power");
        return mpy_float_from_double(is_odd_integer(y) ? x : 0.0);
    }
    bool negate = false;
    if (x < 0.0) {
        if (y != floor(y))
            return MpyComplex_Type.tp_as_number.nb_power(vx, vy, MPY_NONE);
        x = -x;
        negate = is_odd_integer(y);
    }
    if (x == 1.0)
        return mpy_float_from_double(negate ? -1.0 : 1.0);
    errno = 0;
    double r = pow(x, y);
    if (errno == 0 && isinf(r))
        errno = ERANGE;
    else if (errno == ERANGE && r == 0.0)
        errno = 0; /* underflow to zero is fine */
    if (errno)
        return mpy_float_errno_error(errno);
    return mpy_float_from_double(negate ? -r : r);
}

static MpyObject *float_pow(MpyObject *v, MpyObject *w, MpyObject *z)
{
    if (z != MPY_NONE)
        return mpy_err_set_string(MpyExc_TypeError,
                                  "pow() 3rd argument not allowed unless all arguments are "
                                  "integers");
    double a, b;
    CONVERT_BOTH(v, w, a, b);
    return mpy_float_pow_values(a, b, v, w);
}

static MpyObject *float_neg(MpyObject *v) { return mpy_float_from_double(-MPY_FLOAT_VALUE(v)); }
static MpyObject *float_abs(MpyObject *v) { return mpy_float_from_double(fabs(MPY_FLOAT_VALUE(v))); }
static int float_bool(MpyObject *v) { return MPY_FLOAT_VALUE(v) != 0.0; }

static MpyObject *float_pos(MpyObject *v)
{
    if (MPY_FLOAT_CHECK_EXACT(v))
        return MPY_NEWREF(v);
    return mpy_float_from_double(MPY_FLOAT_VALUE(v));
}

static MpyObject *float_trunc_int(MpyObject *v) { return mpy_int_from_double(MPY_FLOAT_VALUE(v)); }

/* =========================================================== repr */

static MpyObject *float_repr(MpyObject *v)
{
    char buf[32];
    size_t n = mpy_float_repr(MPY_FLOAT_VALUE(v), buf, sizeof buf);
    return mpy_str_from_utf8(buf, n);
}

/* ===================================================== the type */

MpyTypeObject MpyFloat_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "float",
    .tp_basicsize = sizeof(MpyFloatObject),
    .tp_dealloc = float_dealloc,
    .tp_repr = float_repr,
    .tp_as_number = {
        .nb_add = float_add,
        .nb_subtract = float_sub,
        .nb_multiply = float_mul,
        .nb_remainder = float_rem,
        .nb_divmod = float_divmod,
        .nb_power = float_pow,
        .nb_negative = float_neg,
        .nb_positive = float_pos,
        .nb_absolute = float_abs,
        .nb_bool = float_bool,
        .nb_int = float_trunc_int,
        .nb_float = float_pos,
        .nb_floor_divide = float_floor_div,
        .nb_true_divide = float_div,
    },
    .tp_hash = float_tp_hash,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_BASETYPE | MPY_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "Convert a string or number to a floating point number, if possible.",
    .tp_richcompare = float_richcompare,
    .tp_methods = mpy_float_methods,
    .tp_getset = mpy_float_getset,
    .tp_new = mpy_float_tp_new,
    .tp_free = mpy_object_free,
    .tp_vectorcall = mpy_float_vectorcall,
};

void mpy_float_init(void)
{
    freelist_limit = FLOAT_MAXFREELIST;
    if (mpy_type_ready(&MpyFloat_Type) < 0) {
        fprintf(stderr, "minipy: fatal: cannot ready the float type\n");
        abort();
    }
    mpy_alloc_register_freelist("free PyFloatObjects", freelist_count, NULL,
                                sizeof(MpyFloatObject));
}

void mpy_float_fini(void)
{
    while (mpy_float_free_list) {
        MpyFloatObject *op = mpy_float_free_list;
        mpy_float_free_list = (MpyFloatObject *)(void *)op->ob_base.ob_type;
        mpy_object_free(op);
    }
    mpy_float_numfree = 0;
    freelist_limit = 0;
}
