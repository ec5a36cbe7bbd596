/* complex: arithmetic with CPython 3.11's algorithms (Smith's division as
 * _Py_c_quot, integer powers by repeated squaring up to 100, polar form
 * otherwise), equality with ints and floats, the numeric hash, repr,
 * format() and complex() from numbers and strings. */
#include <errno.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "args.h"
#include "complex.h"
#include "errors.h"
#include "float_impl.h"
#include "hash.h"
#include "str.h"
#include "strbuf.h"
#include "tuple.h"
#include "type.h"

#define CVAL(op) MPY_COMPLEX_VALUE(op)

MpyObject *mpy_complex_from_value(MpyComplex c)
{
    MpyComplexObject *op = (MpyComplexObject *)mpy_object_new(&MpyComplex_Type);
    if (op)
        op->cval = c;
    return (MpyObject *)op;
}

MpyObject *mpy_complex_from_doubles(double real, double imag)
{
    return mpy_complex_from_value((MpyComplex){real, imag});
}

static void complex_dealloc(MpyObject *op) { MPY_TYPE(op)->tp_free(op); }

/* ================================================== C arithmetic */

static MpyComplex c_sum(MpyComplex a, MpyComplex b) { return (MpyComplex){a.real + b.real, a.imag + b.imag}; }
static MpyComplex c_diff(MpyComplex a, MpyComplex b) { return (MpyComplex){a.real - b.real, a.imag - b.imag}; }

static MpyComplex c_prod(MpyComplex a, MpyComplex b)
{
    return (MpyComplex){a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
}

/* Smith's method: divide through by the larger part of b; errno EDOM when
 * b is 0. */
static MpyComplex c_quot(MpyComplex a, MpyComplex b)
{
    double abs_breal = fabs(b.real), abs_bimag = fabs(b.imag);
    MpyComplex r;
    if (abs_breal >= abs_bimag) {
        if (abs_breal == 0.0) {
            errno = EDOM;
            r.real = r.imag = 0.0;
        } else {
            double ratio = b.imag / b.real, denom = b.real + b.imag * ratio;
            r.real = (a.real + a.imag * ratio) / denom;
            r.imag = (a.imag - a.real * ratio) / denom;
        }
    } else if (abs_bimag >= abs_breal) {
        double ratio = b.real / b.imag, denom = b.real * ratio + b.imag;
        r.real = (a.real * ratio + a.imag) / denom;
        r.imag = (a.imag * ratio - a.real) / denom;
    } else { /* a nan in b */
        r.real = r.imag = NAN;
    }
    return r;
}

static MpyComplex c_pow(MpyComplex a, MpyComplex b)
{
    MpyComplex r;
    if (b.real == 0.0 && b.imag == 0.0)
        return (MpyComplex){1.0, 0.0};
    if (a.real == 0.0 && a.imag == 0.0) {
        if (b.imag != 0.0 || b.real < 0.0)
            errno = EDOM;
        return (MpyComplex){0.0, 0.0};
    }
    double vabs = hypot(a.real, a.imag), len = pow(vabs, b.real);
    double at = atan2(a.imag, a.real), phase = at * b.real;
    if (b.imag != 0.0) {
        len /= exp(at * b.imag);
        phase += b.imag * log(vabs);
    }
    r.real = len * cos(phase);
    r.imag = len * sin(phase);
    return r;
}

static MpyComplex c_powu(MpyComplex x, long n)
{
    MpyComplex r = {1.0, 0.0}, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask)
            r = c_prod(r, p);
        p = c_prod(p, p);
    }
    return r;
}

static MpyComplex c_powi(MpyComplex x, long n)
{
    if (n > 0)
        return c_powu(x, n);
    return c_quot((MpyComplex){1.0, 0.0}, c_powu(x, -n));
}

/* ======================================================== slots */

/* An int, float or complex operand as a complex: 0, 1 for another type
 * (NotImplemented), -1 with OverflowError for a huge int. */
static int to_complex(MpyObject *op, MpyComplex *out)
{
    if (MPY_COMPLEX_CHECK(op)) {
        *out = CVAL(op);
        return 0;
    }
    out->imag = 0.0;
    return mpy_float_convert(op, &out->real);
}

#define CONVERT_BOTH(v, w, a, b)                                  \
    do {                                                          \
        int rv_ = to_complex(v, &a), rw_ = 0;                     \
        if (rv_ == 0)                                             \
            rw_ = to_complex(w, &b);                              \
        if (rv_ < 0 || rw_ < 0)                                   \
            return NULL;                                          \
        if (rv_ > 0 || rw_ > 0)                                   \
            return MPY_NEWREF(MPY_NOTIMPLEMENTED);                \
    } while (0)

static MpyObject *complex_add(MpyObject *v, MpyObject *w)
{
    MpyComplex a, b;
    CONVERT_BOTH(v, w, a, b);
    return mpy_complex_from_value(c_sum(a, b));
}

static MpyObject *complex_sub(MpyObject *v, MpyObject *w)
{
    MpyComplex a, b;
    CONVERT_BOTH(v, w, a, b);
    return mpy_complex_from_value(c_diff(a, b));
}

static MpyObject *complex_mul(MpyObject *v, MpyObject *w)
{
    MpyComplex a, b;
    CONVERT_BOTH(v, w, a, b);
    return mpy_complex_from_value(c_prod(a, b));
}

static MpyObject *complex_div(MpyObject *v, MpyObject *w)
{
    MpyComplex a, b;
    CONVERT_BOTH(v, w, a, b);
    errno = 0;
    MpyComplex q = c_quot(a, b);
    if (errno == EDOM)
        return mpy_err_set_string(MpyExc_ZeroDivisionError, "complex division by zero");
    return mpy_complex_from_value(q);
}

static MpyObject *complex_pow(MpyObject *v, MpyObject *w, MpyObject *z)
{
    MpyComplex a, b, p;
    CONVERT_BOTH(v, w, a, b);
    if (z != MPY_NONE)
        return mpy_err_set_string(MpyExc_ValueError, "complex modulo");
    errno = 0;
    if (b.imag == 0.0 && b.real == floor(b.real) && fabs(b.real) <= 100.0)
        p = c_powi(a, (long)b.real);
    else
        p = c_pow(a, b);
    if (isinf(p.real) || isinf(p.imag)) {
        if (errno == 0)
            errno = ERANGE;
    } else if (errno == ERANGE) {
        errno = 0;
    }
    if (errno == EDOM)
        return mpy_err_set_string(MpyExc_ZeroDivisionError,
                                  "0.0 to a negative or complex power");
    if (errno == ERANGE)
        return mpy_err_set_string(MpyExc_OverflowError, "complex exponentiation");
    return mpy_complex_from_value(p);
}

static MpyObject *complex_neg(MpyObject *v)
{
    return mpy_complex_from_doubles(-CVAL(v).real, -CVAL(v).imag);
}

static MpyObject *complex_pos(MpyObject *v)
{
    if (MPY_COMPLEX_CHECK_EXACT(v))
        return MPY_NEWREF(v);
    return mpy_complex_from_value(CVAL(v));
}

static MpyObject *complex_abs(MpyObject *v)
{
    MpyComplex c = CVAL(v);
    if (!isfinite(c.real) || !isfinite(c.imag)) {
        if (isinf(c.real) || isinf(c.imag))
            return mpy_float_from_double(INFINITY);
        return mpy_float_from_double(NAN);
    }
    double r = hypot(c.real, c.imag);
    if (isinf(r))
        return mpy_err_set_string(MpyExc_OverflowError, "absolute value too large");
    return mpy_float_from_double(r);
}

static int complex_bool(MpyObject *v) { return CVAL(v).real != 0.0 || CVAL(v).imag != 0.0; }

/* ================================================ compare, hash */

static MpyObject *complex_richcompare(MpyObject *v, MpyObject *w, int op)
{
    if ((op != MPY_EQ && op != MPY_NE) || !MPY_COMPLEX_CHECK(v))
        return MPY_NEWREF(MPY_NOTIMPLEMENTED);
    MpyComplex a = CVAL(v);
    bool equal;
    if (MPY_INT_CHECK(w)) /* exact, even for ints beyond 2**53 */
        equal = a.imag == 0.0 && mpy_int_compare_double(w, a.real) == 0;
    else if (MPY_FLOAT_CHECK(w))
        equal = a.real == MPY_FLOAT_VALUE(w) && a.imag == 0.0;
    else if (MPY_COMPLEX_CHECK(w))
        equal = a.real == CVAL(w).real && a.imag == CVAL(w).imag;
    else
        return MPY_NEWREF(MPY_NOTIMPLEMENTED);
    return mpy_bool_from_long(equal == (op == MPY_EQ));
}

static mpy_hash_t complex_hash(MpyObject *v)
{
    MpyComplex c = CVAL(v);
    uint64_t hr = isnan(c.real) ? (uint64_t)mpy_hash_pointer(v) : (uint64_t)mpy_float_hash(c.real);
    uint64_t hi = isnan(c.imag) ? (uint64_t)mpy_hash_pointer(v) : (uint64_t)mpy_float_hash(c.imag);
    int64_t h = (int64_t)(hr + 1000003 * hi);
    return h == -1 ? -2 : (mpy_hash_t)h;
}

/* ========================================================= repr */

static MpyObject *complex_repr(MpyObject *v)
{
    MpyComplex c = CVAL(v);
    char *re = NULL, *im;
    bool parens = !(c.real == 0.0 && !signbit(c.real));
    if (parens && !(re = mpy_float_to_string(c.real, 'r', 0, 0)))
        return NULL;
    if (!(im = mpy_float_to_string(c.imag, 'r', 0, parens ? MPY_DTSF_SIGN : 0))) {
        mpy_mem_free(re);
        return NULL;
    }
    MpyObject *r = parens ? mpy_str_from_format("(%s%sj)", re, im) : mpy_str_from_format("%sj", im);
    mpy_mem_free(re);
    mpy_mem_free(im);
    return r;
}

/* ======================================================= format */

/* One part as CPython's calc_number_widths/fill_number without padding:
 * sign, grouped integer digits, rest. */
static MpyObject *format_part(const char *text, char sign_rule, char grouping, bool locale_n)
{
    MpyFormatSpec plain = {.fill = ' ', .align = '<', .width = -1, .precision = -1};
    const char *body = text;
    char sign = 0;
    if (*body == '-') {
        sign = '-';
        body++;
    } else if (sign_rule == '+' || sign_rule == ' ') {
        sign = sign_rule;
    }
    size_t nd = strspn(body, "0123456789");
    MpyNumParts p = {.sign = sign, .prefix = "", .digits = body, .n_digits = nd,
                     .rest = body + nd, .n_rest = strlen(body + nd),
                     .grouping = locale_n ? 0 : grouping, .group = 3};
    return mpy_num_layout(&plain, &p);
}

static MpyObject *complex_format_spec(MpyComplex c, const MpyFormatSpec *spec)
{
    if (spec->fill == '0')
        return mpy_err_set_string(MpyExc_ValueError,
                                  "Zero padding is not allowed in complex format specifier");
    if (spec->align == '=')
        return mpy_err_set_string(MpyExc_ValueError,
                                  "'=' alignment flag is not allowed in complex format specifier");
    char type = spec->type;
    int flags = 0, precision = (int)spec->precision, default_precision = 6;
    bool skip_re = false, parens = false;
    if (spec->alternate)
        flags |= MPY_DTSF_ALT;
    if (spec->no_neg_zero)
        flags |= MPY_DTSF_NO_NEG_0;
    if (type == 0) {
        type = 'r';
        default_precision = 0;
        if (c.real == 0.0 && !signbit(c.real))
            skip_re = true;
        else
            parens = true;
    }
    if (type == 'n')
        type = 'g';
    if (precision < 0)
        precision = default_precision;
    else if (type == 'r')
        type = 'g';
    char *re_text = mpy_float_to_string(c.real, type, precision, flags);
    char *im_text = re_text ? mpy_float_to_string(c.imag, type, precision, flags) : NULL;
    MpyObject *re = NULL, *im = NULL, *result = NULL;
    if (im_text) {
        re = format_part(re_text, spec->sign, spec->grouping, spec->type == 'n');
        im = format_part(im_text, skip_re ? spec->sign : '+', spec->grouping, spec->type == 'n');
    }
    if (re && im) {
        MpyStrBuf body = MPY_STRBUF_INIT;
        if (parens)
            mpy_strbuf_append_char(&body, '(');
        if (!skip_re)
            mpy_strbuf_append(&body, MPY_STR_DATA(re), (size_t)MPY_STR_UTF8_LEN(re));
        mpy_strbuf_append(&body, MPY_STR_DATA(im), (size_t)MPY_STR_UTF8_LEN(im));
        mpy_strbuf_append_cstr(&body, parens ? "j)" : "j");
        MpyStrBuf out = MPY_STRBUF_INIT;
        size_t chars = (skip_re ? 0 : (size_t)MPY_STR_LEN(re)) + (size_t)MPY_STR_LEN(im) + 1 + 2 * parens;
        mpy_format_spec_pad(spec, body.data, body.len, chars, 0, &out);
        result = out.failed || body.failed ? mpy_err_no_memory()
                                           : mpy_str_from_utf8(out.data ? out.data : "", out.len);
        mpy_strbuf_free(&body);
        mpy_strbuf_free(&out);
    }
    MPY_XDECREF(re);
    MPY_XDECREF(im);
    mpy_mem_free(re_text);
    mpy_mem_free(im_text);
    return result;
}

static MpyObject *complex_format(MpyObject *self, MpyObject *spec)
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
    if (parsed.type && !strchr("eEfFgGn", parsed.type))
        return mpy_format_spec_unknown_code(&parsed, name);
    return complex_format_spec(CVAL(self), &parsed);
}

/* ==================================================== from text */

static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* The longest float at the start of s[0..n) (CPython's
 * PyOS_string_to_double with an end pointer): its length, 0 if none. */
static size_t float_prefix(const char *s, size_t n, double *out)
{
    size_t i = 0;
    if (i < n && (s[i] == '+' || s[i] == '-'))
        i++;
    size_t word = 0;
    if (n - i >= 8 && !strncasecmp(s + i, "infinity", 8))
        word = 8;
    else if (n - i >= 3 && (!strncasecmp(s + i, "inf", 3) || !strncasecmp(s + i, "nan", 3)))
        word = 3;
    size_t end;
    if (word) {
        end = i + word;
    } else {
        size_t mant = 0;
        while (i < n && is_digit(s[i]))
            i++, mant++;
        if (i < n && s[i] == '.') {
            i++;
            while (i < n && is_digit(s[i]))
                i++, mant++;
        }
        if (!mant)
            return 0;
        end = i;
        if (i < n && (s[i] == 'e' || s[i] == 'E')) {
            size_t j = i + 1;
            if (j < n && (s[j] == '+' || s[j] == '-'))
                j++;
            if (j < n && is_digit(s[j])) {
                while (j < n && is_digit(s[j]))
                    j++;
                end = j;
            }
        }
    }
    if (mpy_float_parse_ascii(s, end, out) < 0)
        return 0;
    return end;
}

/* CPython's complex_from_string_inner on ASCII text without underscores:
 * <float> | <float>j | <float><signed-float>j | <float><sign>j | <sign>j |
 * j, optionally in parentheses, with whitespace around. */
static int parse_complex(const char *s, size_t n, MpyComplex *out)
{
    const char *end = s + n;
    double x = 0.0, y = 0.0, z;
    bool bracket = false;
    while (s < end && is_space(*s))
        s++;
    if (s < end && *s == '(') {
        bracket = true;
        s++;
        while (s < end && is_space(*s))
            s++;
    }
    size_t k = float_prefix(s, (size_t)(end - s), &z);
    if (k) {
        s += k;
        if (s < end && (*s == '+' || *s == '-')) {
            x = z;
            k = float_prefix(s, (size_t)(end - s), &y);
            if (k) {
                s += k;
            } else {
                y = *s == '+' ? 1.0 : -1.0;
                s++;
            }
            if (s >= end || (*s != 'j' && *s != 'J'))
                return -1;
            s++;
        } else if (s < end && (*s == 'j' || *s == 'J')) {
            s++;
            y = z;
        } else {
            x = z;
        }
    } else {
        y = 1.0;
        if (s < end && (*s == '+' || *s == '-'))
            y = *s++ == '+' ? 1.0 : -1.0;
        if (s >= end || (*s != 'j' && *s != 'J'))
            return -1;
        s++;
    }
    while (s < end && is_space(*s))
        s++;
    if (bracket) {
        if (s >= end || *s != ')')
            return -1;
        s++;
        while (s < end && is_space(*s))
            s++;
    }
    if (s != end)
        return -1;
    out->real = x;
    out->imag = y;
    return 0;
}

static int complex_from_str(MpyObject *text, MpyComplex *out)
{
    const char *s = MPY_STR_DATA(text);
    size_t n = (size_t)MPY_STR_UTF8_LEN(text), alen;
    char *ascii = mpy_num_text_to_ascii(s, n, &alen);
    if (!ascii)
        return -1;
    /* underscores only between digits, as float() */
    char *clean = mpy_mem_alloc(alen + 1);
    if (!clean) {
        mpy_mem_free(ascii);
        mpy_err_no_memory();
        return -1;
    }
    size_t m = 0;
    bool bad = false;
    for (size_t i = 0; i < alen; i++) {
        if (ascii[i] != '_')
            clean[m++] = ascii[i];
        else if (!i || !is_digit(ascii[i - 1]) || i + 1 >= alen || !is_digit(ascii[i + 1]))
            bad = true;
    }
    clean[m] = '\0';
    int r = bad ? -1 : parse_complex(clean, m, out);
    mpy_mem_free(ascii);
    mpy_mem_free(clean);
    if (bad)
        mpy_err_format(MpyExc_ValueError, "could not convert string to complex: %R", text);
    else if (r < 0)
        mpy_err_set_string(MpyExc_ValueError, "complex() arg is a malformed string");
    return bad || r < 0 ? -1 : 0;
}

/* ================================================== constructor */

static bool is_number(MpyObject *op)
{
    MpyNumberMethods *nb = &MPY_TYPE(op)->tp_as_number;
    return MPY_COMPLEX_CHECK(op) || nb->nb_float || nb->nb_index;
}

/* The result of __complex__, or NULL with no exception when there is none. */
static MpyObject *call_complex_method(MpyObject *op)
{
    if (!mpy_type_lookup(MPY_TYPE(op), mpy_str_intern_cstr("__complex__")))
        return NULL;
    MpyObject *r = mpy_call_method(op, "__complex__", NULL, 0);
    if (r && !MPY_COMPLEX_CHECK(r)) {
        mpy_err_format(MpyExc_TypeError, "__complex__ returned non-complex (type %T)", r);
        MPY_CLEAR(r);
    }
    return r;
}

static int real_part(MpyObject *op, double *out)
{
    MpyObject *f = mpy_float_from_object(op);
    if (!f)
        return -1;
    *out = MPY_FLOAT_VALUE(f);
    MPY_DECREF(f);
    return 0;
}

/* complex(real=0, imag=0): CPython's complex_new_impl. */
static MpyObject *complex_construct(MpyTypeObject *type, MpyObject *r, MpyObject *i)
{
    MpyComplex cr = {0.0, 0.0}, ci = {0.0, 0.0};
    bool cr_is_complex = false, ci_is_complex = false;
    if (!r)
        r = MPY_SMALL_INT(0);
    if (MPY_COMPLEX_CHECK_EXACT(r) && !i && type == &MpyComplex_Type)
        return MPY_NEWREF(r);
    if (MPY_STR_CHECK(r)) {
        if (i)
            return mpy_err_set_string(MpyExc_TypeError,
                                      "complex() can't take second arg if first is a string");
        if (complex_from_str(r, &cr) < 0)
            return NULL;
        goto make;
    }
    if (i && MPY_STR_CHECK(i))
        return mpy_err_set_string(MpyExc_TypeError, "complex() second arg can't be a string");
    MpyObject *own = call_complex_method(r);
    if (!own && mpy_err_occurred())
        return NULL;
    if (own)
        r = own;
    if (!is_number(r)) {
        mpy_err_format(MpyExc_TypeError,
                       "complex() first argument must be a string or a number, not '%T'", r);
        goto fail;
    }
    if (i && !is_number(i)) {
        mpy_err_format(MpyExc_TypeError, "complex() second argument must be a number, not '%T'",
                       i);
        goto fail;
    }
    if (MPY_COMPLEX_CHECK(r)) {
        cr = CVAL(r);
        cr_is_complex = true;
    } else if (real_part(r, &cr.real) < 0) {
        goto fail;
    }
    MPY_XDECREF(own);
    own = NULL;
    if (!i) {
        ci.real = cr.imag;
    } else if (MPY_COMPLEX_CHECK(i)) {
        ci = CVAL(i);
        ci_is_complex = true;
    } else if (real_part(i, &ci.real) < 0) {
        return NULL;
    }
    if (ci_is_complex)
        cr.real -= ci.imag;
    if (cr_is_complex && i)
        ci.real += cr.imag;
    cr.imag = ci.real;
make:
    if (type == &MpyComplex_Type)
        return mpy_complex_from_value(cr);
    MpyObject *self = mpy_type_generic_alloc(type, 0);
    if (self)
        CVAL(self) = cr;
    return self;
fail:
    MPY_XDECREF(own);
    return NULL;
}

static MpyObject *complex_new(MpyTypeObject *type, MpyObject *const *args, size_t nargs,
                              MpyObject *kwnames)
{
    static const char *const kw[] = {"real", "imag", NULL};
    static const MpyArgSpec spec = {"complex", kw, 0, 2};
    MpyObject *a[2];
    if (mpy_arg_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    return complex_construct(type, a[0], a[1]);
}

static MpyObject *complex_vectorcall(MpyObject *type, MpyObject *const *args, size_t nargs,
                                     MpyObject *kwnames)
{
    if (type != (MpyObject *)&MpyComplex_Type)
        return mpy_call(type, args, nargs, kwnames);
    return complex_new(&MpyComplex_Type, args, nargs, kwnames);
}

/* ====================================================== methods */

static MpyObject *complex_conjugate(MpyObject *self, MpyObject *unused)
{
    return mpy_complex_from_doubles(CVAL(self).real, -CVAL(self).imag);
}

static MpyObject *complex_getnewargs(MpyObject *self, MpyObject *unused)
{
    MpyObject *re = mpy_float_from_double(CVAL(self).real);
    MpyObject *im = mpy_float_from_double(CVAL(self).imag);
    MpyObject *t = re && im ? mpy_tuple_pack(2, re, im) : NULL;
    MPY_XDECREF(re);
    MPY_XDECREF(im);
    return t;
}

static MpyObject *complex_complex(MpyObject *self, MpyObject *unused) { return complex_pos(self); }

static MpyObject *complex_sizeof(MpyObject *self, MpyObject *unused)
{
    return mpy_int_from_ssize(MPY_TYPE(self)->tp_basicsize);
}

static MpyMethodDef complex_methods[] = {
    {"conjugate", MPY_METH(complex_conjugate), MPY_METH_NOARGS,
     "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    {"__complex__", MPY_METH(complex_complex), MPY_METH_NOARGS,
     "Convert this value to exact type complex."},
    {"__getnewargs__", MPY_METH(complex_getnewargs), MPY_METH_NOARGS, NULL},
    {"__format__", MPY_METH(complex_format), MPY_METH_O,
     "Convert to a string according to format_spec."},
    {"__sizeof__", MPY_METH(complex_sizeof), MPY_METH_NOARGS, "Returns size in memory, in bytes."},
    {NULL},
};

static MpyMemberDef complex_members[] = {
    {"real", MPY_T_DOUBLE, offsetof(MpyComplexObject, cval.real), MPY_READONLY,
     "the real part of a complex number"},
    {"imag", MPY_T_DOUBLE, offsetof(MpyComplexObject, cval.imag), MPY_READONLY,
     "the imaginary part of a complex number"},
    {NULL},
};

MpyTypeObject MpyComplex_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "complex",
    .tp_basicsize = sizeof(MpyComplexObject),
    .tp_dealloc = complex_dealloc,
    .tp_repr = complex_repr,
    .tp_as_number = {
        .nb_add = complex_add,
        .nb_subtract = complex_sub,
        .nb_multiply = complex_mul,
        .nb_power = complex_pow,
        .nb_negative = complex_neg,
        .nb_positive = complex_pos,
        .nb_absolute = complex_abs,
        .nb_bool = complex_bool,
        .nb_true_divide = complex_div,
    },
    .tp_hash = complex_hash,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_BASETYPE | MPY_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "Create a complex number from a real part and an optional imaginary part.\n\n"
              "This is equivalent to (real + imag*1j) where imag defaults to 0.",
    .tp_richcompare = complex_richcompare,
    .tp_methods = complex_methods,
    .tp_members = complex_members,
    .tp_new = complex_new,
    .tp_free = mpy_object_free,
    .tp_vectorcall = complex_vectorcall,
};

void mpy_complex_init(void)
{
    if (mpy_type_ready(&MpyComplex_Type) < 0) {
        fprintf(stderr, "minipy: fatal: cannot ready the complex type\n");
        abort();
    }
}

void mpy_complex_fini(void) {}
