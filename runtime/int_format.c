/* format() of an int: presentation types b c d o x X n and none, '#'
 * prefixes, signs, ',' and '_' grouping (groups of 4 for b o x X), zero
 * padding that groups its zeros too, and e E f F g G % through float.
 * The layout of a formatted number (padding, sign, prefix, grouped digits,
 * rest) is shared with float and complex (mpy_num_layout), following
 * CPython 3.11's calc_number_widths / fill_number. */
#include <limits.h>
#include <string.h>

#include "alloc.h"
#include "errors.h"
#include "float.h"
#include "format_spec.h"
#include "int_impl.h"
#include "str.h"
#include "strbuf.h"
#include "type.h"
#include "utf8.h"

/* ========================================================== layout */

/* Code points in UTF-8 text. */
static size_t count_chars(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

static void append_fill(MpyStrBuf *b, uint32_t fill, size_t count)
{
    char enc[4];
    size_t k = mpy_utf8_encode(fill, enc);
    for (size_t i = 0; i < count; i++)
        mpy_strbuf_append(b, enc, k);
}

/* The digits with separators every `group` digits from the right, and
 * leading zeros (grouped as well) until at least min_width characters, as
 * CPython's _PyUnicode_InsertThousandsGrouping. Appends to b (forwards, by
 * building the text backwards in a scratch buffer). */
static void append_grouped(MpyStrBuf *b, const char *digits, size_t n, ssize_t min_width,
                           char sep, ssize_t group)
{
    if (!sep)
        group = SSIZE_MAX; /* no separators: one group, zero-padded */
    size_t cap = n + (min_width > 0 ? (size_t)min_width : 0) + 1;
    cap += cap / (size_t)group + 2;
    char *tmp = mpy_mem_alloc(cap);
    if (!tmp) {
        b->failed = true;
        return;
    }
    char *w = tmp + cap;
    ssize_t remaining = (ssize_t)n;
    bool use_sep = false;
    for (;;) {
        ssize_t want = remaining > min_width ? remaining : min_width;
        if (want < 1)
            want = 1;
        ssize_t l = group < want ? group : want;
        ssize_t chars = remaining < l ? remaining : l, zeros = l - chars;
        if (use_sep)
            *--w = sep;
        for (ssize_t i = 0; i < chars; i++)
            *--w = digits[--remaining];
        for (ssize_t i = 0; i < zeros; i++)
            *--w = '0';
        min_width -= l;
        if (remaining <= 0 && min_width <= 0)
            break;
        min_width -= sep ? 1 : 0;
        use_sep = true;
    }
    mpy_strbuf_append(b, w, (size_t)(tmp + cap - w));
    mpy_mem_free(tmp);
}

MpyObject *mpy_num_layout(const MpyFormatSpec *spec, const MpyNumParts *p)
{
    size_t n_sign = p->sign != 0, n_prefix = strlen(p->prefix);
    size_t rest_chars = count_chars(p->rest, p->n_rest);
    ssize_t non_digits = (ssize_t)(n_sign + n_prefix + rest_chars);
    ssize_t min_width = 0;
    if (spec->fill == '0' && spec->align == '=')
        min_width = spec->width - non_digits;
    ssize_t group = p->group ? (ssize_t)p->group : 3;
    MpyStrBuf digits = MPY_STRBUF_INIT;
    if (p->n_digits)
        append_grouped(&digits, p->digits, p->n_digits, min_width, p->grouping, group);
    ssize_t used = non_digits + (ssize_t)digits.len;
    size_t padding = spec->width > used ? (size_t)(spec->width - used) : 0;
    size_t left = 0, inner = 0, right = 0;
    switch (spec->align) {
    case '<': right = padding; break;
    case '^': left = padding / 2; right = padding - left; break;
    case '=': inner = padding; break;
    default: left = padding; break;
    }
    MpyStrBuf out = MPY_STRBUF_INIT;
    append_fill(&out, spec->fill, left);
    if (p->sign)
        mpy_strbuf_append_char(&out, p->sign);
    mpy_strbuf_append(&out, p->prefix, n_prefix);
    append_fill(&out, spec->fill, inner);
    mpy_strbuf_append(&out, digits.data ? digits.data : "", digits.len);
    mpy_strbuf_append(&out, p->rest, p->n_rest);
    append_fill(&out, spec->fill, right);
    bool failed = digits.failed || out.failed;
    mpy_strbuf_free(&digits);
    if (failed) {
        mpy_strbuf_free(&out);
        return mpy_err_no_memory();
    }
    MpyObject *s = mpy_str_from_utf8(out.data ? out.data : "", out.len);
    mpy_strbuf_free(&out);
    return s;
}

/* ============================================================ int */

static MpyObject *format_error(const char *msg)
{
    return mpy_err_set_string(MpyExc_ValueError, msg);
}

/* 'c': the character with that code point. */
static MpyObject *format_char(MpyObject *v, const MpyFormatSpec *spec)
{
    if (spec->sign)
        return format_error("Sign not allowed with integer format specifier 'c'");
    if (spec->alternate)
        return format_error("Alternate form (#) not allowed with integer format specifier 'c'");
    int64_t x = mpy_int_as_i64(v);
    if (x == -1 && mpy_err_occurred())
        return NULL;
    if (x < 0 || x > 0x10FFFF)
        return mpy_err_set_string(MpyExc_OverflowError, "%c arg not in range(0x110000)");
    char enc[4];
    size_t k = mpy_utf8_encode((uint32_t)x, enc);
    MpyNumParts p = {.prefix = "", .rest = enc, .n_rest = k};
    return mpy_num_layout(spec, &p);
}

static MpyObject *format_integer(MpyObject *v, const MpyFormatSpec *spec)
{
    if (spec->precision != -1)
        return format_error("Precision not allowed in integer format specifier");
    if (spec->no_neg_zero)
        return format_error("Negative zero coercion (z) not allowed in integer format specifier");
    if (spec->type == 'c')
        return format_char(v, spec);
    int base = 10;
    const char *prefix = "";
    switch (spec->type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    }
    size_t n;
    char *digits = mpy_int_abs_digits(v, base, &n);
    if (!digits)
        return NULL;
    if (spec->type == 'X')
        for (size_t i = 0; i < n; i++)
            if (digits[i] >= 'a')
                digits[i] = (char)(digits[i] - 'a' + 'A');
    char sign = mpy_int_sign(v) < 0 ? '-' : spec->sign == '+' ? '+' : spec->sign == ' ' ? ' ' : 0;
    MpyNumParts p = {
        .sign = sign,
        .prefix = spec->alternate ? prefix : "",
        .digits = digits,
        .n_digits = n,
        .rest = "",
        .grouping = spec->type == 'n' ? 0 : spec->grouping,
        .group = base == 10 ? 3 : 4,
    };
    MpyObject *r = mpy_num_layout(spec, &p);
    mpy_mem_free(digits);
    return r;
}

MpyObject *mpy_int_format_spec(MpyObject *v, const MpyFormatSpec *spec)
{
    switch (spec->type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n': case 0:
        return format_integer(v, spec);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d = mpy_int_as_double(v);
        if (d == -1.0 && mpy_err_occurred())
            return NULL;
        return mpy_float_format_spec(d, spec);
    }
    default:
        return mpy_format_spec_unknown_code(spec, mpy_type_short_name(MPY_TYPE(v)));
    }
}
