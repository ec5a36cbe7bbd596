/* int's constructor, methods and attributes: int(), int(x), int(text, base),
 * bit_length, bit_count, to_bytes, from_bytes, as_integer_ratio, __round__,
 * __format__, __sizeof__, real/imag/numerator/denominator. CPython 3.11's
 * argument rules and messages. */
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "args.h"
#include "buffer.h"
#include "bytearray.h"
#include "bytes.h"
#include "errors.h"
#include "format_spec.h"
#include "int_impl.h"
#include "str.h"
#include "tuple.h"
#include "type.h"
#include "warnings.h"

/* ======================================================== int(x) */

/* The result of __int__/__index__/__trunc__, checked to be an int and made
 * exact (CPython warns about subclasses; minipy has no warnings yet). */
static MpyObject *checked_int_result(MpyObject *r, const char *method)
{
    if (!r || MPY_INT_CHECK_EXACT(r))
        return r;
    if (!MPY_INT_CHECK(r)) {
        mpy_err_format(MpyExc_TypeError, "%s returned non-int (type %T)", method, r);
        MPY_DECREF(r);
        return NULL;
    }
    char msg[400];
    snprintf(msg, sizeof msg,
             "%s returned non-int (type %.200s).  The ability to return an instance of a "
             "strict subclass of int is deprecated, and may be removed in a future version of "
             "Python.",
             method, mpy_type_short_name(MPY_TYPE(r)));
    if (mpy_warn(MpyExc_DeprecationWarning, msg, 1) < 0) {
        MPY_DECREF(r);
        return NULL;
    }
    MPY_SETREF(r, mpy_int_exact_copy(r));
    return r;
}

static MpyObject *index_of(MpyObject *x)
{
    return checked_int_result(MPY_TYPE(x)->tp_as_number.nb_index(x), "__index__");
}

/* CPython's PyNumber_Long. */
MpyObject *mpy_int_from_object(MpyObject *x)
{
    if (MPY_INT_CHECK_EXACT(x))
        return MPY_NEWREF(x);
    MpyNumberMethods *nb = &MPY_TYPE(x)->tp_as_number;
    if (nb->nb_int)
        return checked_int_result(nb->nb_int(x), "__int__");
    if (nb->nb_index)
        return index_of(x);
    if (mpy_type_lookup(MPY_TYPE(x), MPY_ID(__trunc__))) {
        if (mpy_warn(MpyExc_DeprecationWarning,
                     "The delegation of int() to __trunc__ is deprecated.", 1) < 0)
            return NULL;
        MpyObject *r = mpy_call_method(x, "__trunc__", NULL, 0);
        if (!r || MPY_INT_CHECK(r))
            return checked_int_result(r, "__trunc__");
        if (!MPY_TYPE(r)->tp_as_number.nb_index) {
            mpy_err_format(MpyExc_TypeError, "__trunc__ returned non-Integral (type %T)", r);
            MPY_DECREF(r);
            return NULL;
        }
        MPY_SETREF(r, index_of(r));
        return r;
    }
    if (MPY_STR_CHECK(x) || MPY_BYTES_CHECK(x) || MPY_BYTEARRAY_CHECK(x))
        return mpy_int_from_text_object(x, 10);
    MpyBuffer view;
    if (mpy_buffer_get_simple(x, &view)) { /* a memoryview: its bytes, quoted as bytes */
        MpyObject *b = mpy_bytes_from_data(view.buf, view.len);
        mpy_buffer_release(&view);
        MpyObject *r = b ? mpy_int_from_text_object(b, 10) : NULL;
        MPY_XDECREF(b);
        return r;
    }
    return mpy_err_format(MpyExc_TypeError,
                          "int() argument must be a string, a bytes-like object or a real "
                          "number, not '%T'",
                          x);
}

/* int(x=0, /, base=10) for the exact type. */
static MpyObject *int_construct(MpyObject *const *args, size_t nargs, MpyObject *kwnames)
{
    static const char *const kw[] = {"", "base", NULL};
    static const MpyArgSpec spec = {"int", kw, 0, 2};
    MpyObject *a[2];
    if (!kwnames && nargs == 1) /* int(x): the common call */
        return mpy_int_from_object(args[0]);
    if (mpy_arg_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    if (!a[0]) {
        if (a[1])
            return mpy_err_set_string(MpyExc_TypeError, "int() missing string argument");
        return mpy_int_from_i64(0);
    }
    if (!a[1])
        return mpy_int_from_object(a[0]);
    ssize_t base = mpy_number_as_ssize(a[1], NULL); /* clamps, then fails below */
    if (base == -1 && mpy_err_occurred())
        return NULL;
    if ((base != 0 && base < 2) || base > 36)
        return mpy_err_set_string(MpyExc_ValueError,
                                  "int() base must be >= 2 and <= 36, or 0");
    if (!MPY_STR_CHECK(a[0]) && !MPY_BYTES_CHECK(a[0]) && !MPY_BYTEARRAY_CHECK(a[0]))
        return mpy_err_set_string(MpyExc_TypeError,
                                  "int() can't convert non-string with explicit base");
    return mpy_int_from_text_object(a[0], (int)base);
}

MpyObject *mpy_int_tp_new(MpyTypeObject *type, MpyObject *const *args, size_t nargs,
                          MpyObject *kwnames)
{
    MpyObject *value = int_construct(args, nargs, kwnames);
    if (!value || type == &MpyLong_Type)
        return value;
    /* A subclass instance carries a copy of the value. */
    MpyObject *self = mpy_type_generic_alloc(type, 0);
    if (self) {
        MpyIntObject *dst = INT_OBJ(self), *src = INT_OBJ(value);
        if (src->big_alloc) {
            __mpz_struct big;
            mpz_t copy;
            mpz_init_set(copy, mpy_int_big(value, &big));
            mpy_int_take_mpz(dst, copy);
        } else {
            dst->big_alloc = 0;
            dst->v.small = src->v.small;
        }
    }
    MPY_DECREF(value);
    return self;
}

MpyObject *mpy_int_vectorcall(MpyObject *type, MpyObject *const *args, size_t nargs,
                              MpyObject *kwnames)
{
    if (type != (MpyObject *)&MpyLong_Type) /* a subclass: __new__/__init__ */
        return mpy_call(type, args, nargs, kwnames);
    return int_construct(args, nargs, kwnames);
}

/* ========================================================== methods */

static MpyObject *int_self(MpyObject *self, MpyObject *unused) { return mpy_int_exact_copy(self); }

static MpyObject *int_bit_length(MpyObject *self, MpyObject *unused)
{
    if (mpy_int_sign(self) == 0)
        return mpy_int_from_i64(0);
    MpyMpzView view;
    return mpy_int_from_u64(mpz_sizeinbase(mpy_int_mpz(self, &view), 2));
}

static MpyObject *int_bit_count(MpyObject *self, MpyObject *unused)
{
    MpyMpzView view;
    mpz_srcptr z = mpy_int_mpz(self, &view);
    /* the popcount of |x|: limbs hold the magnitude */
    uint64_t count = 0;
    size_t n = mpz_size(z);
    for (size_t i = 0; i < n; i++)
        count += (uint64_t)__builtin_popcountll(mpz_getlimbn(z, (mp_size_t)i));
    return mpy_int_from_u64(count);
}

static MpyObject *int_as_integer_ratio(MpyObject *self, MpyObject *unused)
{
    MpyObject *n = mpy_int_exact_copy(self);
    if (!n)
        return NULL;
    MpyObject *t = mpy_tuple_pack(2, n, MPY_SMALL_INT(1));
    MPY_DECREF(n);
    return t;
}

static MpyObject *int_getnewargs(MpyObject *self, MpyObject *unused)
{
    MpyObject *n = mpy_int_exact_copy(self);
    if (!n)
        return NULL;
    MpyObject *t = mpy_tuple_pack(1, n);
    MPY_DECREF(n);
    return t;
}

static MpyObject *int_sizeof(MpyObject *self, MpyObject *unused)
{
    return mpy_int_from_u64(mpy_int_sizeof(self));
}

/* round(x, -k): the nearest multiple of 10**k, ties to even (CPython's
 * long_round with _PyLong_DivmodNear). */
static MpyObject *int_round(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    if (mpy_arg_check_positional("__round__", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return mpy_int_exact_copy(self);
    MpyObject *nd = mpy_number_index(args[0]);
    if (!nd)
        return NULL;
    int sign = mpy_int_sign(nd);
    MpyMpzView vx, vn;
    mpz_srcptr x = mpy_int_mpz(self, &vx), zn = mpy_int_mpz(nd, &vn);
    if (sign >= 0) {
        MPY_DECREF(nd);
        return mpy_int_exact_copy(self);
    }
    /* 10**k beyond twice |x| rounds everything to 0 */
    bool tiny = mpz_cmpabs_ui(zn, mpz_sizeinbase(x, 10) + 1) > 0;
    unsigned long k = mpz_get_ui(zn); /* |ndigits| */
    MPY_DECREF(nd);
    if (tiny)
        return mpy_int_from_i64(0);
    mpz_t m, q, r;
    mpz_inits(m, q, r, NULL);
    mpz_ui_pow_ui(m, 10, k);
    mpz_fdiv_qr(q, r, x, m);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, m);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    mpz_mul(q, q, m);
    mpz_clears(m, r, NULL);
    return mpy_int_from_mpz_steal(q);
}

static MpyObject *int_format(MpyObject *self, MpyObject *spec)
{
    if (!MPY_STR_CHECK(spec))
        return mpy_err_format(MpyExc_TypeError, "__format__() argument must be str, not %T",
                              spec);
    if (MPY_STR_LEN(spec) == 0)
        return mpy_object_str(self);
    MpyFormatSpec parsed;
    if (mpy_format_spec_parse_for(spec, &parsed, 'd', '>', mpy_type_short_name(MPY_TYPE(self))) < 0)
        return NULL;
    return mpy_int_format_spec(self, &parsed);
}

/* --------------------------------------------------- to/from bytes */

/* 1 for 'little', 0 for 'big', -1 with an error otherwise. */
static int parse_byteorder(MpyObject *order, const char *fname)
{
    if (!order)
        return 0;
    if (!MPY_STR_CHECK(order)) {
        mpy_err_format(MpyExc_TypeError, "%s() argument 'byteorder' must be str, not %T", fname,
                       order);
        return -1;
    }
    if (mpy_str_equal_cstr(order, "little"))
        return 1;
    if (mpy_str_equal_cstr(order, "big"))
        return 0;
    mpy_err_set_string(MpyExc_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

static void reverse_bytes(unsigned char *p, size_t n)
{
    for (size_t i = 0; i < n / 2; i++) {
        unsigned char t = p[i];
        p[i] = p[n - 1 - i];
        p[n - 1 - i] = t;
    }
}

/* Whether x fits in `length` bytes, as two's complement when is_signed. */
static bool fits_bytes(mpz_srcptr x, ssize_t length, bool is_signed)
{
    if (mpz_sgn(x) == 0)
        return true;
    size_t bits = mpz_sizeinbase(x, 2);
    size_t avail = (size_t)length * 8;
    if (!is_signed)
        return bits <= avail;
    if (mpz_sgn(x) > 0)
        return bits < avail;
    /* -2**(avail-1) is the one negative value with `avail` bits that fits */
    return bits < avail || (bits == avail && mpz_scan1(x, 0) == bits - 1);
}

static MpyObject *int_to_bytes(MpyObject *self, MpyObject *const *args, size_t nargs,
                               MpyObject *kwnames)
{
    static const char *const kw[] = {"length", "byteorder", "signed", NULL};
    static const MpyArgSpec spec = {"to_bytes", kw, 0, 2};
    MpyObject *a[3];
    if (mpy_arg_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    ssize_t length = 1;
    if (a[0]) {
        MpyObject *n = mpy_number_index(a[0]);
        if (!n)
            return NULL;
        length = mpy_int_as_ssize(n);
        MPY_DECREF(n);
        if (length == -1 && mpy_err_occurred())
            return NULL;
        if (length < 0)
            return mpy_err_set_string(MpyExc_ValueError,
                                      "length argument must be non-negative");
    }
    int little = parse_byteorder(a[1], "to_bytes");
    int is_signed = a[2] ? mpy_object_is_true(a[2]) : 0;
    if (little < 0 || is_signed < 0)
        return NULL;
    MpyMpzView view;
    mpz_srcptr x = mpy_int_mpz(self, &view);
    if (!is_signed && mpz_sgn(x) < 0)
        return mpy_err_set_string(MpyExc_OverflowError, "can't convert negative int to unsigned");
    if (!fits_bytes(x, length, is_signed))
        return mpy_err_set_string(MpyExc_OverflowError, "int too big to convert");
    unsigned char *buf = mpy_mem_calloc((size_t)length + 1, 1);
    if (!buf)
        return mpy_err_no_memory();
    mpz_t u; /* x modulo 2**(8*length): its two's complement bytes */
    mpz_init(u);
    mpz_fdiv_r_2exp(u, x, (mp_bitcnt_t)length * 8);
    size_t count = 0;
    size_t need = mpz_sgn(u) ? (mpz_sizeinbase(u, 2) + 7) / 8 : 0;
    if (need)
        mpz_export(buf + (size_t)length - need, &count, 1, 1, 1, 0, u);
    mpz_clear(u);
    if (little)
        reverse_bytes(buf, (size_t)length);
    MpyObject *r = mpy_bytes_from_data((const char *)buf, (size_t)length);
    mpy_mem_free(buf);
    return r;
}

static MpyObject *int_from_bytes(MpyObject *cls, MpyObject *const *args, size_t nargs,
                                 MpyObject *kwnames)
{
    static const char *const kw[] = {"bytes", "byteorder", "signed", NULL};
    static const MpyArgSpec spec = {"from_bytes", kw, 1, 2};
    MpyObject *a[3];
    if (mpy_arg_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    int little = parse_byteorder(a[1], "from_bytes");
    int is_signed = a[2] ? mpy_object_is_true(a[2]) : 0;
    if (little < 0 || is_signed < 0)
        return NULL;
    MpyObject *data;
    if (MPY_BYTES_CHECK(a[0]) || MPY_BYTEARRAY_CHECK(a[0]))
        data = MPY_NEWREF(a[0]);
    else if (MPY_STR_CHECK(a[0]) || MPY_INT_CHECK(a[0]))
        return mpy_err_format(MpyExc_TypeError, "cannot convert '%T' object to bytes", a[0]);
    else if (!(data = mpy_call_one((MpyObject *)&MpyBytes_Type, a[0])))
        return NULL;
    const char *bytes;
    size_t n;
    mpy_bytes_like(data, &bytes, &n);
    mpz_t z;
    mpz_init(z);
    if (n)
        mpz_import(z, n, little ? -1 : 1, 1, 0, 0, bytes);
    if (is_signed && n && (bytes[little ? n - 1 : 0] & 0x80)) {
        mpz_t top;
        mpz_init(top);
        mpz_setbit(top, (mp_bitcnt_t)n * 8);
        mpz_sub(z, z, top);
        mpz_clear(top);
    }
    MPY_DECREF(data);
    MpyObject *r = mpy_int_from_mpz_steal(z);
    if (r && cls != (MpyObject *)&MpyLong_Type)
        MPY_SETREF(r, mpy_call_one(cls, r));
    return r;
}

/* ==================================================== attributes */

static MpyObject *int_get_self(MpyObject *self, void *closure) { return mpy_int_exact_copy(self); }
static MpyObject *int_get_zero(MpyObject *self, void *closure) { return mpy_int_from_i64(0); }
static MpyObject *int_get_one(MpyObject *self, void *closure) { return mpy_int_from_i64(1); }

MpyGetSetDef mpy_int_getset[] = {
    {"real", int_get_self, NULL, "the real part of a complex number", NULL},
    {"imag", int_get_zero, NULL, "the imaginary part of a complex number", NULL},
    {"numerator", int_get_self, NULL, "the numerator of a rational number in lowest terms", NULL},
    {"denominator", int_get_one, NULL, "the denominator of a rational number in lowest terms",
     NULL},
    {NULL},
};

MpyMethodDef mpy_int_methods[] = {
    {"conjugate", MPY_METH(int_self), MPY_METH_NOARGS, "Returns self, the complex conjugate of any int."},
    {"bit_length", MPY_METH(int_bit_length), MPY_METH_NOARGS,
     "Number of bits necessary to represent self in binary."},
    {"bit_count", MPY_METH(int_bit_count), MPY_METH_NOARGS,
     "Number of ones in the binary representation of the absolute value of self."},
    {"to_bytes", MPY_METH(int_to_bytes), MPY_METH_FASTCALL | MPY_METH_KEYWORDS,
     "Return an array of bytes representing an integer."},
    {"from_bytes", MPY_METH(int_from_bytes), MPY_METH_FASTCALL | MPY_METH_KEYWORDS | MPY_METH_CLASS,
     "Return the integer represented by the given array of bytes."},
    {"as_integer_ratio", MPY_METH(int_as_integer_ratio), MPY_METH_NOARGS,
     "Return integer ratio."},
    {"__trunc__", MPY_METH(int_self), MPY_METH_NOARGS, "Truncating an Integral returns itself."},
    {"__floor__", MPY_METH(int_self), MPY_METH_NOARGS, "Flooring an Integral returns itself."},
    {"__ceil__", MPY_METH(int_self), MPY_METH_NOARGS, "Ceiling of an Integral returns itself."},
    {"__round__", MPY_METH(int_round), MPY_METH_FASTCALL,
     "Rounding an Integral returns itself.\n\nRounding with an ndigits argument also returns an integer."},
    {"__getnewargs__", MPY_METH(int_getnewargs), MPY_METH_NOARGS, NULL},
    {"__format__", MPY_METH(int_format), MPY_METH_O, "Convert to a string according to format_spec."},
    {"__sizeof__", MPY_METH(int_sizeof), MPY_METH_NOARGS, "Returns size in memory, in bytes."},
    {NULL},
};
