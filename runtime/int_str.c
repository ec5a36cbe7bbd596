/* int and text: int(str, base) with CPython's rules (prefixes, single
 * underscores between digits, surrounding whitespace, Unicode decimal digits)
 * and the decimal, binary, octal and hex forms of an int; the 4300-digit
 * limit on decimal conversions (CVE-2020-10735) both ways. */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "alloc.h"
#include "bytearray.h"
#include "bytes.h"
#include "errors.h"
#include "int_impl.h"
#include "str.h"
#include "utf8.h"

static int max_str_digits = MPY_INT_DEFAULT_MAX_STR_DIGITS;

int mpy_int_get_max_str_digits(void) { return max_str_digits; }

int mpy_int_set_max_str_digits(ssize_t maxdigits)
{
    if (maxdigits != 0 && (maxdigits < MPY_INT_MAX_STR_DIGITS_THRESHOLD || maxdigits > INT32_MAX)) {
        mpy_err_set_string(MpyExc_ValueError, "maxdigits must be 0 or larger than 640");
        return -1;
    }
    max_str_digits = (int)maxdigits;
    return 0;
}

/* ======================================================= Unicode text */

/* Py_ISSPACE: the ASCII whitespace int() and float() skip. */
static bool is_ascii_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static bool is_unicode_space(uint32_t cp)
{
    if (cp == 0x85 || cp == 0xA0)
        return true;
    const utf8proc_property_t *p = utf8proc_get_property((utf8proc_int32_t)cp);
    return p->category == UTF8PROC_CATEGORY_ZS || p->bidi_class == UTF8PROC_BIDI_CLASS_WS ||
           p->bidi_class == UTF8PROC_BIDI_CLASS_B || p->bidi_class == UTF8PROC_BIDI_CLASS_S;
}

/* The value of a decimal digit (category Nd), or -1. Unicode keeps each set
 * of decimal digits contiguous and in order from its zero, so the value is
 * the distance from the start of the run, modulo 10. */
static int unicode_decimal(uint32_t cp)
{
    if (utf8proc_category((utf8proc_int32_t)cp) != UTF8PROC_CATEGORY_ND)
        return -1;
    uint32_t start = cp;
    while (start > 0 && utf8proc_category((utf8proc_int32_t)(start - 1)) == UTF8PROC_CATEGORY_ND)
        start--;
    return (int)((cp - start) % 10);
}

char *mpy_num_text_to_ascii(const char *s, size_t len, size_t *out_len)
{
    char *out = mpy_mem_alloc(len + 1);
    if (!out) {
        mpy_err_no_memory();
        return NULL;
    }
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        size_t k;
        uint32_t cp = mpy_utf8_decode(s + i, &k);
        i += k;
        int d;
        if (cp < 127)
            out[n++] = (char)cp;
        else if (is_unicode_space(cp))
            out[n++] = ' ';
        else if ((d = unicode_decimal(cp)) >= 0)
            out[n++] = (char)('0' + d);
        else {
            out[n++] = '?'; /* no number has it: parsing stops here */
            break;
        }
    }
    out[n] = '\0';
    *out_len = n;
    return out;
}

/* ============================================================ parsing */

static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

static MpyObject *digit_limit_error(size_t digits)
{
    return mpy_err_format(MpyExc_ValueError,
                          "Exceeds the limit (%d digits) for integer string conversion: value "
                          "has %zu digits; use sys.set_int_max_str_digits() to increase the limit",
                          max_str_digits, digits);
}

/* The number in digits[0..n) (underscores already removed). */
static MpyObject *convert_digits(const char *digits, size_t n, int base, bool negative)
{
    if (n <= 18 && base <= 10) {
        int64_t v = 0;
        for (size_t i = 0; i < n; i++)
            v = v * base + (digits[i] - '0');
        return mpy_int_from_i64_inline(negative ? -v : v);
    }
    char *buf = mpy_mem_alloc(n + 1);
    if (!buf)
        return mpy_err_no_memory();
    memcpy(buf, digits, n);
    buf[n] = '\0';
    mpz_t z;
    mpz_init(z);
    mpz_set_str(z, buf, base); /* valid by construction */
    mpy_mem_free(buf);
    if (negative)
        mpz_neg(z, z);
    return mpy_int_from_mpz_steal(z);
}

/* CPython's PyLong_FromString on ASCII text s[0..len). Returns the int; or
 * NULL with *invalid set and no exception when the text is not a literal;
 * or NULL with an exception (the digit limit, memory). */
static MpyObject *parse_ascii(const char *s, size_t len, int base, bool *invalid)
{
    const char *p = s, *end = s + len;
    *invalid = true;
    while (p < end && is_ascii_space(*p))
        p++;
    bool negative = false;
    if (p < end && (*p == '+' || *p == '-'))
        negative = *p++ == '-';
    bool zero_only = false;
    char x = p + 1 < end ? (char)(p[1] | 0x20) : 0;
    if (base == 0) {
        if (p >= end || *p != '0')
            base = 10;
        else if (x == 'x')
            base = 16;
        else if (x == 'o')
            base = 8;
        else if (x == 'b')
            base = 2;
        else {
            base = 10; /* a C-style octal literal is invalid, unless it is zero */
            zero_only = true;
        }
    }
    if (p < end && *p == '0' &&
        ((base == 16 && x == 'x') || (base == 8 && x == 'o') || (base == 2 && x == 'b'))) {
        p += 2;
        if (p < end && *p == '_') /* one underscore may follow the prefix */
            p++;
    }
    if (p >= end || *p == '_')
        return NULL;

    /* The run of digits, with single underscores between them. */
    char *digits = mpy_mem_alloc((size_t)(end - p) + 1);
    if (!digits)
        return mpy_err_no_memory();
    size_t n = 0;
    char prev = 0;
    for (; p < end && (digit_value(*p) < base || *p == '_'); prev = *p++) {
        if (*p != '_')
            digits[n++] = *p;
        else if (prev == '_')
            break;
    }
    MpyObject *result = NULL;
    if (n == 0 || prev == '_' || (p < end && *p == '_'))
        goto done;
    if ((base & (base - 1)) != 0 && max_str_digits > 0 && n > (size_t)max_str_digits) {
        *invalid = false;
        digit_limit_error(n);
        goto done;
    }
    while (p < end && is_ascii_space(*p))
        p++;
    if (p != end)
        goto done;
    if (zero_only && strspn(digits, "0") < n)
        goto done;
    *invalid = false;
    result = convert_digits(digits, n, base, negative);
done:
    mpy_mem_free(digits);
    return result;
}

/* "invalid literal for int() with base 10: '...'", quoting at most 200
 * characters of repr(obj) (CPython's %.200R). */
static MpyObject *invalid_literal(int base, MpyObject *obj)
{
    MpyObject *r = mpy_object_repr(obj);
    if (!r)
        return NULL;
    if (MPY_STR_LEN(r) > 200) {
        MpyObject *cut = mpy_str_substring(r, 0, 200);
        MPY_DECREF(r);
        if (!(r = cut))
            return NULL;
    }
    mpy_err_format(MpyExc_ValueError, "invalid literal for int() with base %d: %U", base, r);
    MPY_DECREF(r);
    return NULL;
}

static bool is_ascii(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)s[i] >= 0x80)
            return false;
    return true;
}

/* Parses str text (UTF-8); `orig` (may be NULL) is the object to quote. */
static MpyObject *int_from_utf8(const char *s, size_t len, int base, MpyObject *orig)
{
    char *ascii = NULL;
    size_t alen = len;
    if (!is_ascii(s, len)) {
        if (!(ascii = mpy_num_text_to_ascii(s, len, &alen)))
            return NULL;
    }
    bool invalid;
    MpyObject *r = parse_ascii(ascii ? ascii : s, alen, base, &invalid);
    mpy_mem_free(ascii);
    if (r || !invalid)
        return r;
    if (orig)
        return invalid_literal(base, orig);
    MpyObject *text = mpy_str_from_utf8(s, len);
    if (text) {
        invalid_literal(base, text);
        MPY_DECREF(text);
    }
    return NULL;
}

MpyObject *mpy_int_from_string(const char *s, size_t len, int base)
{
    return int_from_utf8(s, len, base, NULL);
}

MpyObject *mpy_int_from_text_object(MpyObject *obj, int base)
{
    if (MPY_STR_CHECK(obj))
        return int_from_utf8(MPY_STR_DATA(obj), (size_t)MPY_STR_UTF8_LEN(obj), base, obj);
    /* bytes or bytearray: ASCII only, no Unicode digits or spaces */
    const char *data;
    size_t len;
    if (!mpy_bytes_like(obj, &data, &len))
        return mpy_err_bad_internal_call();
    bool invalid;
    MpyObject *r = parse_ascii(data, len, base, &invalid);
    if (r || !invalid)
        return r;
    /* CPython quotes a bytearray's text as bytes (b'...') */
    MpyObject *quoted = mpy_bytes_from_data(data, len);
    if (quoted) {
        invalid_literal(base, quoted);
        MPY_DECREF(quoted);
    }
    return NULL;
}

/* ============================================================ printing */

static MpyObject *str_digits_error(void)
{
    return mpy_err_format(MpyExc_ValueError,
                          "Exceeds the limit (%d digits) for integer string conversion; "
                          "use sys.set_int_max_str_digits() to increase the limit",
                          max_str_digits);
}

/* Digits of the machine word |v| in `base`, written backwards from `end`. */
static char *word_digits(uint64_t v, int base, char *end)
{
    static const char hexdigits[] = "0123456789abcdef";
    *--end = '\0';
    do {
        *--end = hexdigits[v % (unsigned)base];
        v /= (unsigned)base;
    } while (v);
    return end;
}

char *mpy_int_abs_digits(MpyObject *op, int base, size_t *len)
{
    MpyIntObject *io = INT_OBJ(op);
    if (!io->big_alloc) {
        char tmp[72];
        int64_t v = io->v.small;
        char *d = word_digits(v < 0 ? -(uint64_t)v : (uint64_t)v, base, tmp + sizeof tmp);
        *len = strlen(d);
        char *out = mpy_mem_alloc(*len + 1);
        if (!out)
            return (char *)mpy_err_no_memory();
        memcpy(out, d, *len + 1);
        return out;
    }
    mpz_t mag; /* |value|, sharing the limbs */
    mpz_roinit_n(mag, io->v.big_limbs, io->big_size < 0 ? -io->big_size : io->big_size);
    size_t bound = mpz_sizeinbase(mag, base);
    /* Refuse before converting a huge number: the bound is the exact digit
     * count or one more. */
    if (base == 10 && max_str_digits > 0 && bound > (size_t)max_str_digits + 1) {
        str_digits_error();
        return NULL;
    }
    char *out = mpy_mem_alloc(bound + 2);
    if (!out)
        return (char *)mpy_err_no_memory();
    mpz_get_str(out, base, mag);
    *len = strlen(out);
    if (base == 10 && max_str_digits > 0 && *len > (size_t)max_str_digits) {
        mpy_mem_free(out);
        str_digits_error();
        return NULL;
    }
    return out;
}

MpyObject *mpy_int_repr(MpyObject *op)
{
    MpyIntObject *io = INT_OBJ(op);
    if (!io->big_alloc) {
        char tmp[24];
        int64_t v = io->v.small;
        char *d = word_digits(v < 0 ? -(uint64_t)v : (uint64_t)v, 10, tmp + sizeof tmp);
        if (v < 0)
            *--d = '-';
        return mpy_str_from_utf8(d, (size_t)(tmp + sizeof tmp - 1 - d));
    }
    return mpy_int_to_base(op, 10, false);
}

MpyObject *mpy_int_to_base(MpyObject *op, int base, bool prefix)
{
    size_t n;
    char *digits = mpy_int_abs_digits(op, base, &n);
    if (!digits)
        return NULL;
    const char *pre = !prefix ? "" : base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : "";
    size_t plen = strlen(pre), neg = mpy_int_sign(op) < 0;
    MpyObject *s = mpy_str_new_raw(neg + plen + n);
    if (s) {
        char *w = MPY_STR_DATA(s);
        if (neg)
            *w++ = '-';
        memcpy(w, pre, plen);
        memcpy(w + plen, digits, n);
        w[plen + n] = '\0';
        s = mpy_str_finish(s);
    }
    mpy_mem_free(digits);
    return s;
}
