/* float and text: float(str) with CPython's grammar (underscores between
 * digits, inf/infinity/nan, surrounding whitespace, Unicode digits), and
 * PyOS_double_to_string's layouts for 'e' 'f' 'g' 'r'. The digits come
 * from glibc's printf, which rounds correctly (half-even on the exact binary
 * value, like CPython's dtoa), and from mpy_float_repr for the shortest. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "bytearray.h"
#include "bytes.h"
#include "errors.h"
#include "float_fixed.h"
#include "float_impl.h"
#include "float_repr.h"
#include "str.h"

/* ============================================================ parsing */

static bool is_digit(char c) { return c >= '0' && c <= '9'; }
static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* "inf", "infinity" or "nan" in any case, after an optional sign. */
static bool parse_special(const char *s, size_t n, double *out)
{
    double sign = 1.0;
    if (n && (*s == '+' || *s == '-')) {
        sign = *s == '-' ? -1.0 : 1.0;
        s++;
        n--;
    }
    if ((n == 3 && !strncasecmp(s, "inf", 3)) || (n == 8 && !strncasecmp(s, "infinity", 8))) {
        *out = sign * INFINITY;
        return true;
    }
    if (n == 3 && !strncasecmp(s, "nan", 3)) {
        *out = copysign(NAN, sign);
        return true;
    }
    return false;
}

/* [sign] (digits [. digits*] | . digits) [(e|E) [sign] digits], whole. */
static bool is_decimal_literal(const char *s, size_t n)
{
    size_t i = 0, mant = 0;
    if (i < n && (s[i] == '+' || s[i] == '-'))
        i++;
    while (i < n && is_digit(s[i]))
        i++, mant++;
    if (i < n && s[i] == '.') {
        i++;
        while (i < n && is_digit(s[i]))
            i++, mant++;
    }
    if (!mant)
        return false;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            i++;
        size_t exp = 0;
        while (i < n && is_digit(s[i]))
            i++, exp++;
        if (!exp)
            return false;
    }
    return i == n;
}

int mpy_float_parse_ascii(const char *s, size_t len, double *out)
{
    while (len && is_space(*s))
        s++, len--;
    while (len && is_space(s[len - 1]))
        len--;
    if (parse_special(s, len, out))
        return 0;
    /* Copy without the underscores, each of which must sit between two
     * digits (CPython's _Py_string_to_number_with_underscores). */
    char stack[64];
    char *buf = len < sizeof stack ? stack : mpy_mem_alloc(len + 1);
    if (!buf)
        return -1;
    size_t n = 0;
    char prev = 0;
    int result = -1;
    for (size_t i = 0; i < len; prev = s[i++]) {
        if (s[i] == '_') {
            if (!is_digit(prev) || i + 1 >= len || !is_digit(s[i + 1]))
                goto done;
        } else {
            buf[n++] = s[i];
        }
    }
    buf[n] = '\0';
    if (is_decimal_literal(buf, n)) {
        *out = strtod(buf, NULL); /* correctly rounded; overflow gives inf */
        result = 0;
    }
done:
    if (buf != stack)
        mpy_mem_free(buf);
    return result;
}

static MpyObject *could_not_convert(MpyObject *obj)
{
    return mpy_err_format(MpyExc_ValueError, "could not convert string to float: %R", obj);
}

static bool all_ascii(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80)
            return false;
    return true;
}

/* Parses UTF-8 text; the error quotes `orig`, or the text when NULL. */
static MpyObject *float_from_utf8(const char *s, size_t len, MpyObject *orig)
{
    char *ascii = NULL;
    size_t alen = len;
    if (!all_ascii(s, len) && !(ascii = mpy_num_text_to_ascii(s, len, &alen)))
        return NULL;
    double d;
    int r = mpy_float_parse_ascii(ascii ? ascii : s, alen, &d);
    mpy_mem_free(ascii);
    if (r == 0)
        return mpy_float_from_double(d);
    if (orig)
        return could_not_convert(orig);
    MpyObject *text = mpy_str_from_utf8(s, len);
    if (text) {
        could_not_convert(text);
        MPY_DECREF(text);
    }
    return NULL;
}

MpyObject *mpy_float_from_string(const char *s, size_t len) { return float_from_utf8(s, len, NULL); }

MpyObject *mpy_float_from_str_object(MpyObject *obj)
{
    return float_from_utf8(MPY_STR_DATA(obj), (size_t)MPY_STR_UTF8_LEN(obj), obj);
}

MpyObject *mpy_float_from_bytes_text(const char *s, size_t n, MpyObject *obj)
{
    double d;
    if (memchr(s, '\0', n) || mpy_float_parse_ascii(s, n, &d) < 0)
        return could_not_convert(obj);
    return mpy_float_from_double(d);
}

/* ====================================================== the digits */

/* What CPython's _Py_dg_dtoa gives: significant digits without trailing
 * zeros (possibly none, when the value rounds to 0 in fixed mode) and the
 * position of the decimal point (value = 0.DIGITS * 10**decpt). */
typedef struct {
    char *digits; /* mpy_mem_alloc'd, NUL-terminated */
    size_t len;
    long decpt;
    bool negative;
} Digits;

static void strip_trailing_zeros(Digits *d)
{
    while (d->len && d->digits[d->len - 1] == '0')
        d->len--;
    d->digits[d->len] = '\0';
}

/* printf into a fresh buffer. */
static char *print_alloc(const char *fmt, int precision, double v)
{
    int n = snprintf(NULL, 0, fmt, precision, v);
    char *buf = mpy_mem_alloc((size_t)n + 1);
    if (buf)
        snprintf(buf, (size_t)n + 1, fmt, precision, v);
    return buf;
}

/* mode 0: the shortest digits that round-trip, read back from the repr. */
static bool digits_shortest(double v, Digits *d)
{
    char buf[32];
    size_t n = mpy_float_repr(fabs(v), buf, sizeof buf);
    d->digits = mpy_mem_alloc(n + 1);
    if (!d->digits)
        return false;
    long exp = 0, point = -1;
    d->len = 0;
    for (size_t i = 0; i < n; i++) {
        char c = buf[i];
        if (c == '.')
            point = (long)d->len;
        else if (c == 'e') {
            exp = strtol(buf + i + 1, NULL, 10);
            break;
        } else
            d->digits[d->len++] = c;
    }
    if (point < 0)
        point = (long)d->len;
    /* drop leading zeros ("0.001" has digits "1") */
    size_t lead = 0;
    while (lead < d->len && d->digits[lead] == '0')
        lead++;
    memmove(d->digits, d->digits + lead, d->len - lead);
    d->len -= lead;
    d->decpt = point - (long)lead + exp;
    strip_trailing_zeros(d);
    if (d->len == 0) { /* zero */
        d->digits[0] = '0';
        d->digits[1] = '\0';
        d->len = 1;
        d->decpt = 1;
    }
    return true;
}

/* mode 2: `ndigits` significant digits, from "%.*e". */
static bool digits_significant(double v, int ndigits, Digits *d)
{
    char *buf = print_alloc("%.*e", ndigits - 1, fabs(v));
    if (!buf)
        return false;
    char *e = strchr(buf, 'e');
    long exp = strtol(e + 1, NULL, 10);
    d->digits = buf;
    d->len = 0;
    for (char *p = buf; p < e; p++)
        if (*p != '.')
            buf[d->len++] = *p;
    d->decpt = exp + 1;
    strip_trailing_zeros(d);
    if (v == 0.0 || d->len == 0) {
        strcpy(buf, "0");
        d->len = 1;
        d->decpt = 1;
    }
    return true;
}

/* mode 3: `ndigits` digits after the point, from "%.*f". */
static bool digits_fixed(double v, int ndigits, Digits *d)
{
    char *exact = mpy_mem_alloc(40);
    if (!exact)
        return false;
    if (mpy_float_fixed_digits(v, ndigits, exact, &d->len, &d->decpt)) {
        d->digits = exact;
        if (v == 0.0) {
            strcpy(exact, "0");
            d->len = 1;
            d->decpt = 1;
        }
        return true;
    }
    mpy_mem_free(exact);
    char *buf = print_alloc("%.*f", ndigits, fabs(v));
    if (!buf)
        return false;
    d->digits = buf;
    d->len = 0;
    long point = -1;
    for (char *p = buf; *p; p++) {
        if (*p == '.')
            point = (long)d->len;
        else
            buf[d->len++] = *p;
    }
    if (point < 0)
        point = (long)d->len;
    size_t lead = 0;
    while (lead < d->len && buf[lead] == '0')
        lead++;
    memmove(buf, buf + lead, d->len - lead);
    d->len -= lead;
    d->decpt = point - (long)lead;
    strip_trailing_zeros(d);
    if (v == 0.0) {
        strcpy(buf, "0");
        d->len = 1;
        d->decpt = 1;
    } else if (d->len == 0) {
        d->decpt = -ndigits; /* rounds to zero: no digits, as dtoa */
    }
    return true;
}

/* ========================================================== layout */

static void put_zeros(char **p, long n)
{
    for (long i = 0; i < n; i++)
        *(*p)++ = '0';
}

/* CPython's format_float_short: places the digits, pads with zeros on
 * either side, and adds the exponent, for code 'e' 'f' 'g' or 'r'. */
static char *format_digits(const Digits *d, char code, int precision, int flags, bool upper)
{
    bool add_dot_0 = flags & MPY_DTSF_ADD_DOT_0, alt = flags & MPY_DTSF_ALT;
    long decpt = d->decpt, len = (long)d->len, exp = 0;
    long vend = len;
    bool use_exp = false;
    switch (code) {
    case 'e': use_exp = true; vend = precision; break;
    case 'f': vend = decpt + precision; break;
    case 'g':
        if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision))
            use_exp = true;
        if (alt)
            vend = precision;
        break;
    default: /* 'r' */
        if (decpt <= -4 || decpt > 16)
            use_exp = true;
        break;
    }
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    long vstart = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot_0)
        vend = vend > decpt ? vend : decpt + 1;
    else
        vend = vend > decpt ? vend : decpt;

    bool negative = d->negative;
    if (negative && (flags & MPY_DTSF_NO_NEG_0) && (len == 0 || (len == 1 && d->digits[0] == '0')))
        negative = false;
    char *buf = mpy_mem_alloc((size_t)(vend - vstart) + 16);
    if (!buf)
        return NULL;
    char *p = buf;
    if (negative)
        *p++ = '-';
    else if (flags & MPY_DTSF_SIGN)
        *p++ = '+';
    if (decpt <= 0) {
        put_zeros(&p, decpt - vstart);
        *p++ = '.';
        put_zeros(&p, -decpt);
    } else {
        put_zeros(&p, -vstart);
    }
    if (0 < decpt && decpt <= len) {
        memcpy(p, d->digits, (size_t)decpt);
        p += decpt;
        *p++ = '.';
        memcpy(p, d->digits + decpt, (size_t)(len - decpt));
        p += len - decpt;
    } else {
        memcpy(p, d->digits, (size_t)len);
        p += len;
    }
    if (len < decpt) {
        put_zeros(&p, decpt - len);
        *p++ = '.';
        put_zeros(&p, vend - decpt);
    } else {
        put_zeros(&p, vend - len);
    }
    if (p[-1] == '.' && !alt)
        p--;
    if (use_exp)
        p += sprintf(p, "%c%+.02ld", upper ? 'E' : 'e', exp);
    *p = '\0';
    return buf;
}

static char *special_string(double v, int flags, bool upper)
{
    char *buf = mpy_mem_alloc(8);
    if (!buf)
        return NULL;
    char *p = buf;
    if (isinf(v) && v < 0)
        *p++ = '-';
    else if (flags & MPY_DTSF_SIGN)
        *p++ = '+';
    strcpy(p, isinf(v) ? (upper ? "INF" : "inf") : (upper ? "NAN" : "nan"));
    return buf;
}

char *mpy_float_to_string(double v, char code, int precision, int flags)
{
    bool upper = code == 'E' || code == 'F' || code == 'G';
    char lower = upper ? (char)(code - 'A' + 'a') : code;
    if (!isfinite(v)) {
        char *s = special_string(v, flags, upper);
        return s ? s : (char *)mpy_err_no_memory();
    }
    Digits d = {.negative = signbit(v) != 0};
    bool ok;
    switch (lower) {
    case 'e': precision++; ok = digits_significant(v, precision, &d); break;
    case 'f': ok = digits_fixed(v, precision, &d); break;
    case 'g':
        if (precision == 0)
            precision = 1;
        ok = digits_significant(v, precision, &d);
        break;
    default: ok = digits_shortest(v, &d); break;
    }
    if (!ok)
        return (char *)mpy_err_no_memory();
    char *s = format_digits(&d, lower, precision, flags, upper);
    mpy_mem_free(d.digits);
    return s ? s : (char *)mpy_err_no_memory();
}
