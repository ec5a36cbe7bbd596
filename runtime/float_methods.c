/* float's constructor, methods and attributes: float(x), round with and
 * without ndigits (correctly rounded, ties to even), trunc/floor/ceil,
 * is_integer, as_integer_ratio, hex, fromhex, __format__, __getformat__,
 * __sizeof__, real/imag. CPython 3.11's rules and messages. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "args.h"
#include "buffer.h"
#include "bytearray.h"
#include "bytes.h"
#include "errors.h"
#include "float_impl.h"
#include "format_spec.h"
#include "str.h"
#include "tuple.h"
#include "type.h"
#include "warnings.h"

#define VALUE(op) MPY_FLOAT_VALUE(op)

/* ====================================================== float(x) */

/* CPython's PyNumber_Float. */
MpyObject *mpy_float_from_object(MpyObject *x)
{
    if (MPY_FLOAT_CHECK_EXACT(x))
        return MPY_NEWREF(x);
    if (MPY_STR_CHECK(x))
        return mpy_float_from_str_object(x);
    MpyNumberMethods *nb = &MPY_TYPE(x)->tp_as_number;
    if (nb->nb_float) {
        MpyObject *r = nb->nb_float(x);
        if (!r || MPY_FLOAT_CHECK_EXACT(r))
            return r;
        if (!MPY_FLOAT_CHECK(r)) {
            mpy_err_format(MpyExc_TypeError, "%s.__float__ returned non-float (type %T)",
                           mpy_type_short_name(MPY_TYPE(x)), r);
            MPY_DECREF(r);
            return NULL;
        }
        char msg[400];
        snprintf(msg, sizeof msg,
                 "%.50s.__float__ returned non-float (type %.50s).  The ability to return an "
                 "instance of a strict subclass of float is deprecated, and may be removed in a "
                 "future version of Python.",
                 mpy_type_short_name(MPY_TYPE(x)), mpy_type_short_name(MPY_TYPE(r)));
        if (mpy_warn(MpyExc_DeprecationWarning, msg, 1) < 0) {
            MPY_DECREF(r);
            return NULL;
        }
        MPY_SETREF(r, mpy_float_from_double(VALUE(r)));
        return r;
    }
    if (nb->nb_index) {
        MpyObject *i = mpy_number_index(x);
        if (!i)
            return NULL;
        double d = mpy_int_as_double(i);
        MPY_DECREF(i);
        return d == -1.0 && mpy_err_occurred() ? NULL : mpy_float_from_double(d);
    }
    if (MPY_FLOAT_CHECK(x))
        return mpy_float_from_double(VALUE(x));
    MpyBuffer view;
    if (mpy_buffer_get_simple(x, &view)) { /* bytes, bytearray, memoryview */
        MpyObject *r = mpy_float_from_bytes_text(view.buf, (size_t)view.len, x);
        mpy_buffer_release(&view);
        return r;
    }
    return mpy_err_format(MpyExc_TypeError,
                          "float() argument must be a string or a real number, not '%T'", x);
}

static MpyObject *float_construct(MpyObject *const *args, size_t nargs, MpyObject *kwnames)
{
    if (mpy_arg_no_keywords("float", kwnames) < 0 ||
        mpy_arg_check_positional("float", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return mpy_float_from_double(0.0);
    return mpy_float_from_object(args[0]);
}

MpyObject *mpy_float_tp_new(MpyTypeObject *type, MpyObject *const *args, size_t nargs,
                            MpyObject *kwnames)
{
    MpyObject *value = float_construct(args, nargs, kwnames);
    if (!value || type == &MpyFloat_Type)
        return value;
    MpyObject *self = mpy_type_generic_alloc(type, 0);
    if (self)
        VALUE(self) = VALUE(value);
    MPY_DECREF(value);
    return self;
}

MpyObject *mpy_float_vectorcall(MpyObject *type, MpyObject *const *args, size_t nargs,
                                MpyObject *kwnames)
{
    if (type != (MpyObject *)&MpyFloat_Type)
        return mpy_call(type, args, nargs, kwnames);
    return float_construct(args, nargs, kwnames);
}

/* ======================================================= rounding */

MpyObject *mpy_float_round_to_int(double x)
{
    double r = round(x);
    if (fabs(x - r) == 0.5) /* halfway: to even */
        r = 2.0 * round(x / 2.0);
    return mpy_int_from_double(r);
}

/* x = mant * 2**exp exactly, with mant a 53-bit integer (x finite). */
static void split_double(double x, mpz_t mant, long *exp)
{
    int e;
    double m = frexp(fabs(x), &e);
    mpz_set_d(mant, ldexp(m, DBL_MANT_DIG));
    *exp = e - DBL_MANT_DIG;
}

/* round(x, ndigits) for ndigits < 0: x rounded, ties to even, to a
 * multiple of 10**-ndigits, computed exactly with GMP, and the decimal
 * result read back by strtod (correctly rounded). CPython gets the same
 * digits from dtoa's mode 3. */
static char *round_negative_digits(double x, int ndigits)
{
    mpz_t num, den, q, r;
    mpz_inits(num, den, q, r, NULL);
    long e;
    split_double(x, num, &e);
    mpz_ui_pow_ui(den, 10, (unsigned long)-ndigits);
    if (e >= 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    mpz_fdiv_qr(q, r, num, den);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, den);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    size_t n = mpz_sizeinbase(q, 10) + 16;
    char *buf = mpy_mem_alloc(n);
    if (buf) {
        char *p = buf;
        if (signbit(x))
            *p++ = '-';
        mpz_get_str(p, 10, q);
        sprintf(p + strlen(p), "e%d", -ndigits);
    }
    mpz_clears(num, den, q, r, NULL);
    return buf;
}

static MpyObject *double_round(double x, int ndigits)
{
    char *text;
    if (ndigits >= 0) {
        int n = snprintf(NULL, 0, "%.*f", ndigits, x);
        if ((text = mpy_mem_alloc((size_t)n + 1)))
            snprintf(text, (size_t)n + 1, "%.*f", ndigits, x);
    } else {
        text = round_negative_digits(x, ndigits);
    }
    if (!text)
        return mpy_err_no_memory();
    errno = 0;
    double rounded = strtod(text, NULL);
    int err = errno;
    mpy_mem_free(text);
    if (err == ERANGE && fabs(rounded) >= 1.0)
        return mpy_err_set_string(MpyExc_OverflowError, "rounded value too large to represent");
    return mpy_float_from_double(rounded);
}

#define NDIGITS_MAX ((int)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103))
#define NDIGITS_MIN (-(int)((DBL_MAX_EXP + 1) * 0.30103))

static MpyObject *float_round(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    if (mpy_arg_check_positional("__round__", nargs, 0, 1) < 0)
        return NULL;
    double x = VALUE(self);
    if (nargs == 0 || args[0] == MPY_NONE)
        return mpy_float_round_to_int(x);
    ssize_t ndigits = mpy_number_as_ssize(args[0], NULL);
    if (ndigits == -1 && mpy_err_occurred())
        return NULL;
    if (!isfinite(x) || ndigits > NDIGITS_MAX)
        return mpy_float_from_double(x);
    if (ndigits < NDIGITS_MIN)
        return mpy_float_from_double(0.0 * x);
    return double_round(x, (int)ndigits);
}

static MpyObject *float_trunc(MpyObject *self, MpyObject *unused)
{
    return mpy_int_from_double(VALUE(self));
}

static MpyObject *float_floor(MpyObject *self, MpyObject *unused)
{
    return mpy_int_from_double(floor(VALUE(self)));
}

static MpyObject *float_ceil(MpyObject *self, MpyObject *unused)
{
    return mpy_int_from_double(ceil(VALUE(self)));
}

/* ==================================================== other methods */

static MpyObject *float_conjugate(MpyObject *self, MpyObject *unused)
{
    return mpy_float_from_double(VALUE(self));
}

static MpyObject *float_is_integer(MpyObject *self, MpyObject *unused)
{
    double x = VALUE(self);
    return mpy_bool_from_long(isfinite(x) && floor(x) == x);
}

static MpyObject *float_as_integer_ratio(MpyObject *self, MpyObject *unused)
{
    double x = VALUE(self);
    if (isinf(x))
        return mpy_err_set_string(MpyExc_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(x))
        return mpy_err_set_string(MpyExc_ValueError, "cannot convert NaN to integer ratio");
    mpz_t num, den;
    mpz_inits(num, den, NULL);
    long e = 0;
    if (x != 0.0) {
        split_double(x, num, &e);
        mp_bitcnt_t tz = mpz_scan1(num, 0); /* lowest terms: drop factors of 2 */
        mpz_fdiv_q_2exp(num, num, tz);
        e += (long)tz;
        if (x < 0)
            mpz_neg(num, num);
    }
    mpz_set_ui(den, 1);
    if (e >= 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    MpyObject *n = mpy_int_from_mpz_steal(num), *d = mpy_int_from_mpz_steal(den);
    MpyObject *t = n && d ? mpy_tuple_pack(2, n, d) : NULL;
    MPY_XDECREF(n);
    MPY_XDECREF(d);
    return t;
}

static MpyObject *float_getnewargs(MpyObject *self, MpyObject *unused)
{
    MpyObject *v = mpy_float_from_double(VALUE(self));
    if (!v)
        return NULL;
    MpyObject *t = mpy_tuple_pack(1, v);
    MPY_DECREF(v);
    return t;
}

static MpyObject *float_sizeof(MpyObject *self, MpyObject *unused)
{
    return mpy_int_from_ssize(MPY_TYPE(self)->tp_basicsize);
}

static MpyObject *float_format(MpyObject *self, MpyObject *spec)
{
    if (!MPY_STR_CHECK(spec))
        return mpy_err_format(MpyExc_TypeError, "__format__() argument must be str, not %T",
                              spec);
    if (MPY_STR_LEN(spec) == 0)
        return mpy_object_str(self);
    const char *name = mpy_type_short_name(MPY_TYPE(self));
    MpyFormatSpec parsed;
    if (mpy_format_spec_parse_for(spec, &parsed, 0, '>', name) < 0)
        return NULL;
    if (!strchr("eEfFgGn%", parsed.type) && parsed.type)
        return mpy_format_spec_unknown_code(&parsed, name);
    return mpy_float_format_spec(VALUE(self), &parsed);
}

static MpyObject *float_getformat(MpyObject *cls, MpyObject *arg)
{
    if (!MPY_STR_CHECK(arg))
        return mpy_err_format(MpyExc_TypeError, "__getformat__() argument must be str, not %T",
                              arg);
    if (!mpy_str_equal_cstr(arg, "double") && !mpy_str_equal_cstr(arg, "float"))
        return mpy_err_set_string(MpyExc_ValueError,
                                  "__getformat__() argument 1 must be 'double' or 'float'");
    return mpy_str_from_cstr("IEEE, little-endian");
}

/* ============================================================= hex */

/* 0x1.<13 hex digits>p<exp> (0x0.<...>p-1022 for subnormals), as
 * CPython's float_hex. */
static MpyObject *float_hex(MpyObject *self, MpyObject *unused)
{
    double x = VALUE(self);
    if (!isfinite(x) || x == 0.0) {
        if (isnan(x))
            return mpy_str_from_cstr("nan");
        if (isinf(x))
            return mpy_str_from_cstr(x > 0 ? "inf" : "-inf");
        return mpy_str_from_cstr(signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    }
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    int biased = (int)((bits >> 52) & 0x7FF);
    uint64_t frac = bits & ((UINT64_C(1) << 52) - 1);
    char buf[40];
    snprintf(buf, sizeof buf, "%s0x%d.%013llxp%+d", x < 0 ? "-" : "", biased ? 1 : 0,
             (unsigned long long)frac, biased ? biased - 1023 : -1022);
    return mpy_str_from_cstr(buf);
}

static int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

static bool space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* Checks the syntax CPython's float_fromhex accepts and rewrites the text
 * as "[-]0x<coefficient>p<exponent>" for strtod. 0, or -1 when invalid. */
static int fromhex_clean(const char *s, size_t n, char *out, double *special)
{
    const char *end = s + n;
    while (s < end && space(*s))
        s++;
    while (end > s && space(end[-1]))
        end--;
    if (mpy_float_parse_ascii(s, (size_t)(end - s), special) == 0 &&
        (isinf(*special) || isnan(*special)))
        return 1;
    char *w = out;
    if (s < end && (*s == '+' || *s == '-'))
        *w++ = *s++;
    if (end - s >= 2 && s[0] == '0' && (s[1] | 0x20) == 'x')
        s += 2;
    w += sprintf(w, "0x");
    size_t ndigits = 0;
    while (s < end && hex_value(*s) >= 0)
        *w++ = *s++, ndigits++;
    if (s < end && *s == '.') {
        *w++ = *s++;
        while (s < end && hex_value(*s) >= 0)
            *w++ = *s++, ndigits++;
    }
    if (!ndigits)
        return -1;
    *w++ = 'p';
    if (s < end && (*s | 0x20) == 'p') {
        s++;
        if (s < end && (*s == '+' || *s == '-'))
            *w++ = *s++;
        if (s >= end || *s < '0' || *s > '9')
            return -1;
        while (s < end && *s >= '0' && *s <= '9')
            *w++ = *s++;
    } else {
        *w++ = '0';
    }
    *w = '\0';
    return s == end ? 0 : -1;
}

static MpyObject *float_fromhex(MpyObject *cls, MpyObject *arg)
{
    if (!MPY_STR_CHECK(arg))
        return mpy_err_set_string(MpyExc_TypeError, "bad argument type for built-in operation");
    size_t n = (size_t)MPY_STR_UTF8_LEN(arg);
    char *clean = mpy_mem_alloc(n + 8);
    if (!clean)
        return mpy_err_no_memory();
    double x;
    int kind = fromhex_clean(MPY_STR_DATA(arg), n, clean, &x);
    if (kind == 0) {
        errno = 0;
        x = strtod(clean, NULL);
        if (errno == ERANGE && isinf(x)) {
            mpy_mem_free(clean);
            return mpy_err_set_string(MpyExc_OverflowError,
                                      "hexadecimal value too large to represent as a float");
        }
    }
    mpy_mem_free(clean);
    if (kind < 0)
        return mpy_err_set_string(MpyExc_ValueError, "invalid hexadecimal floating-point string");
    MpyObject *r = mpy_float_from_double(x);
    if (r && cls != (MpyObject *)&MpyFloat_Type)
        MPY_SETREF(r, mpy_call_one(cls, r));
    return r;
}

/* ===================================================== attributes */

static MpyObject *float_get_real(MpyObject *self, void *closure)
{
    return mpy_float_from_double(VALUE(self));
}

static MpyObject *float_get_imag(MpyObject *self, void *closure)
{
    return mpy_float_from_double(0.0);
}

MpyGetSetDef mpy_float_getset[] = {
    {"real", float_get_real, NULL, "the real part of a complex number", NULL},
    {"imag", float_get_imag, NULL, "the imaginary part of a complex number", NULL},
    {NULL},
};

MpyMethodDef mpy_float_methods[] = {
    {"conjugate", MPY_METH(float_conjugate), MPY_METH_NOARGS,
     "Return self, the complex conjugate of any float."},
    {"__trunc__", MPY_METH(float_trunc), MPY_METH_NOARGS,
     "Return the Integral closest to x between 0 and x."},
    {"__floor__", MPY_METH(float_floor), MPY_METH_NOARGS, "Return the floor as an Integral."},
    {"__ceil__", MPY_METH(float_ceil), MPY_METH_NOARGS, "Return the ceiling as an Integral."},
    {"__round__", MPY_METH(float_round), MPY_METH_FASTCALL,
     "Return the Integral closest to x, rounding half toward even.\n\n"
     "When an argument is passed, work like built-in round(x, ndigits)."},
    {"as_integer_ratio", MPY_METH(float_as_integer_ratio), MPY_METH_NOARGS,
     "Return integer ratio."},
    {"fromhex", MPY_METH(float_fromhex), MPY_METH_O | MPY_METH_CLASS,
     "Create a floating-point number from a hexadecimal string."},
    {"hex", MPY_METH(float_hex), MPY_METH_NOARGS,
     "Return a hexadecimal representation of a floating-point number."},
    {"is_integer", MPY_METH(float_is_integer), MPY_METH_NOARGS,
     "Return True if the float is an integer."},
    {"__getnewargs__", MPY_METH(float_getnewargs), MPY_METH_NOARGS, NULL},
    {"__getformat__", MPY_METH(float_getformat), MPY_METH_O | MPY_METH_CLASS,
     "You probably don't want to use this function."},
    {"__format__", MPY_METH(float_format), MPY_METH_O, "Formats the float according to format_spec."},
    {"__sizeof__", MPY_METH(float_sizeof), MPY_METH_NOARGS, "Returns size in memory, in bytes."},
    {NULL},
};
