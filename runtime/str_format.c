/* Text formatting: `str % args` (CPython's PyUnicode_Format with every
 * conversion it supports) and str.format / str.format_map (PEP 3101, as
 * CPython's unicode_format.h parses it: nested fields in format specs,
 * !r !s !a, attribute and index lookups, automatic and manual numbering),
 * with CPython's messages. */
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "args.h"
#include "buffer.h"
#include "bytes.h"
#include "errors.h"
#include "type.h"
#include "float.h"
#include "int.h"
#include "str_impl.h"
#include "tuple.h"

/* ================================================================ % */

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

/* CPython's formatter state: a tuple is consumed item by item; any other
 * argument counts as one item (arglen -1, argidx -2 before its use and -1
 * after); a %(key) lookup replaces the arguments by the value found. */
typedef struct {
    MpyObject *args;  /* the tuple, the single argument, or a looked-up value */
    MpyObject *owned; /* a looked-up value we hold, or NULL */
    ssize_t arglen, argidx;
    MpyObject *dict;  /* for %(key)s, or NULL */
    bool bytes_mode;  /* formatting bytes (PEP 461) as Latin-1 text */
} PercentArgs;

typedef struct {
    int flags;
    ssize_t width, prec; /* -1 when absent */
    uint32_t ch;         /* the conversion */
} PercentSpec;

static MpyObject *next_arg(PercentArgs *a)
{
    ssize_t i = a->argidx;
    if (i < a->arglen) {
        a->argidx++;
        return a->arglen < 0 ? a->args : MPY_TUPLE_GET(a->args, i);
    }
    mpy_err_set_string(MpyExc_TypeError, "not enough arguments for format string");
    return NULL;
}

/* Reads "(key)" at *p (after '(') and makes the mapping's value the
 * argument of what follows. 0 / -1. */
static int lookup_key(PercentArgs *a, const char **p, const char *end)
{
    if (!a->dict) {
        mpy_err_set_string(MpyExc_TypeError, "format requires a mapping");
        return -1;
    }
    const char *start = *p;
    int depth = 1;
    while (*p < end) {
        if (**p == '(')
            depth++;
        else if (**p == ')' && --depth == 0)
            break;
        (*p)++;
    }
    if (*p >= end) {
        mpy_err_set_string(MpyExc_ValueError, "incomplete format key");
        return -1;
    }
    MpyObject *key = mpy_str_from_utf8(start, (size_t)(*p - start));
    (*p)++;
    if (key && a->bytes_mode) /* the key of a bytes format is bytes */
        MPY_SETREF(key, mpy_str_encode(key, "latin-1", NULL));
    if (!key)
        return -1;
    MpyObject *v = mpy_object_getitem(a->dict, key);
    MPY_DECREF(key);
    if (!v)
        return -1;
    MPY_SETREF(a->owned, v);
    a->args = v;
    a->arglen = -1;
    a->argidx = -2;
    return 0;
}

/* A '*' width (a C ssize_t, as CPython) or precision (a C int) taken from
 * the arguments. */
static int star_arg(PercentArgs *a, ssize_t *out, bool precision)
{
    MpyObject *v = next_arg(a);
    if (!v)
        return -1;
    if (!MPY_INT_CHECK(v)) {
        mpy_err_set_string(MpyExc_TypeError, "* wants int");
        return -1;
    }
    if (precision) {
        int prec;
        if (mpy_arg_as_clinic_int(v, &prec) < 0)
            return -1;
        *out = prec;
        return 0;
    }
    int64_t x;
    if (mpy_int_to_i64(v, &x) != 0) {
        mpy_err_set_string(MpyExc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    if (x == INT64_MIN) { /* its magnitude, a left-justified width, fits nowhere */
        mpy_err_no_memory();
        return -1;
    }
    *out = (ssize_t)x;
    return 0;
}

static int read_number(const char **p, const char *end, ssize_t *out, const char *what)
{
    ssize_t v = 0;
    for (; *p < end && **p >= '0' && **p <= '9'; (*p)++) {
        if (v > (INT_MAX - (**p - '0')) / 10) {
            mpy_err_format(MpyExc_ValueError, "%s too big", what);
            return -1;
        }
        v = v * 10 + (**p - '0');
    }
    *out = v;
    return 0;
}

/* Parses flags, width, precision and conversion after '%' (and the key). */
static int parse_percent(const char **p, const char *end, PercentArgs *a, PercentSpec *spec)
{
    spec->flags = 0;
    spec->width = spec->prec = -1;
    for (; *p < end; (*p)++) {
        switch (**p) {
        case '-': spec->flags |= F_LJUST; continue;
        case '+': spec->flags |= F_SIGN; continue;
        case ' ': spec->flags |= F_BLANK; continue;
        case '#': spec->flags |= F_ALT; continue;
        case '0': spec->flags |= F_ZERO; continue;
        }
        break;
    }
    if (*p < end && **p == '*') {
        (*p)++;
        if (star_arg(a, &spec->width, false) < 0)
            return -1;
        if (spec->width < 0) {
            spec->flags |= F_LJUST;
            spec->width = -spec->width;
        }
    } else if (*p < end && **p >= '0' && **p <= '9' && read_number(p, end, &spec->width, "width") < 0) {
        return -1;
    }
    if (*p < end && **p == '.') {
        (*p)++;
        if (*p < end && **p == '*') {
            (*p)++;
            if (star_arg(a, &spec->prec, true) < 0)
                return -1;
            if (spec->prec < 0)
                spec->prec = 0;
        } else if (read_number(p, end, &spec->prec, "precision") < 0) {
            return -1;
        }
    }
    while (*p < end && (**p == 'h' || **p == 'l' || **p == 'L')) /* C length modifiers: ignored */
        (*p)++;
    if (*p >= end) {
        mpy_err_set_string(MpyExc_ValueError, "incomplete format");
        return -1;
    }
    size_t k;
    spec->ch = mpy_utf8_decode(*p, &k);
    *p += k;
    return 0;
}

/* %d %i %u %o %x %X: the digits of an int with sign, alternate prefix and
 * precision (CPython's _PyUnicode_FormatLong), as ASCII in buf. */
static MpyObject *format_long(MpyObject *v, const PercentSpec *spec)
{
    MpyObject *iobj;
    uint32_t c = spec->ch;
    bool hexoct = c == 'o' || c == 'x' || c == 'X';
    if (MPY_INT_CHECK(v)) {
        iobj = MPY_NEWREF(v);
    } else {
        MpyNumberMethods *nb = &MPY_TYPE(v)->tp_as_number;
        iobj = NULL;
        if (nb->nb_index || nb->nb_int || nb->nb_float)
            iobj = hexoct ? mpy_number_index(v) : mpy_number_long(v);
        if (!iobj) {
            if (mpy_err_occurred() && !mpy_err_exception_matches(MpyExc_TypeError))
                return NULL;
            mpy_err_clear();
            return mpy_err_format(MpyExc_TypeError, "%%%c format: %s is required, not %s", (int)c,
                                  hexoct ? "an integer" : "a real number", MPY_TYPE(v)->tp_name);
        }
    }
    MpyObject *text = c == 'o' ? mpy_int_to_base(iobj, 8, false)
                      : hexoct ? mpy_int_to_base(iobj, 16, false)
                               : mpy_int_repr(iobj);
    MPY_DECREF(iobj);
    if (!text)
        return NULL;
    const char *digits = MPY_STR_DATA(text);
    bool neg = digits[0] == '-';
    digits += neg;
    size_t nd = strlen(digits);
    MpyStrWriter w = MPY_STRW_INIT;
    int r = neg ? mpy_strw_append_ascii(&w, "-", 1) : 0;
    if (r == 0 && (spec->flags & F_ALT) && hexoct) {
        char prefix[2] = {'0', c == 'o' ? 'o' : (char)c};
        r = mpy_strw_append_ascii(&w, prefix, 2);
    }
    if (r == 0 && spec->prec > 0 && (size_t)spec->prec > nd)
        r = mpy_strw_append_fill(&w, '0', (size_t)spec->prec - nd);
    size_t at = w.len;
    if (r == 0)
        r = mpy_strw_append_ascii(&w, digits, nd);
    if (r == 0 && c == 'X')
        for (size_t i = at; i < w.len; i++)
            if (w.mem[offsetof(MpyStrObject, data) + i] >= 'a')
                w.mem[offsetof(MpyStrObject, data) + i] -= 32;
    MPY_DECREF(text);
    if (r < 0) {
        mpy_strw_discard(&w);
        return NULL;
    }
    return mpy_strw_finish(&w);
}

/* %e %E %f %F %g %G through the C library (correctly rounded, and the same
 * spellings as CPython's PyOS_double_to_string: inf, nan, e+05). */
static MpyObject *format_float(MpyObject *v, const PercentSpec *spec)
{
    double x = mpy_float_as_double(v);
    if (x == -1.0 && mpy_err_occurred())
        return NULL;
    if (isnan(x)) /* CPython never shows a sign on nan */
        x = fabs(x);
    int prec = spec->prec < 0 ? 6 : (int)spec->prec;
    char fmt[16], buf[512];
    snprintf(fmt, sizeof fmt, "%%%s.%d%c", spec->flags & F_ALT ? "#" : "", prec, (int)spec->ch);
    int n = snprintf(buf, sizeof buf, fmt, x);
    if (n < 0)
        return mpy_err_no_memory();
    if ((size_t)n < sizeof buf)
        return mpy_str_new_known(buf, (size_t)n, (size_t)n, MPY_STR_ASCII_MAX);
    char *big = malloc((size_t)n + 1);
    if (!big)
        return mpy_err_no_memory();
    snprintf(big, (size_t)n + 1, fmt, x);
    MpyObject *r = mpy_str_new_known(big, (size_t)n, (size_t)n, MPY_STR_ASCII_MAX);
    free(big);
    return r;
}

static MpyObject *format_char(MpyObject *v)
{
    if (MPY_STR_CHECK(v)) {
        if (MPY_STR_LEN(v) != 1)
            return mpy_err_set_string(MpyExc_TypeError, "%c requires int or char");
        return mpy_str_exact(v);
    }
    if (!MPY_INT_CHECK(v))
        return mpy_err_set_string(MpyExc_TypeError, "%c requires int or char");
    int64_t x;
    if (mpy_int_to_i64(v, &x) != 0 || x < 0 || x > 0x10FFFF)
        return mpy_err_set_string(MpyExc_OverflowError, "%c arg not in range(0x110000)");
    return mpy_str_from_codepoint((uint32_t)x);
}

/* The text of one conversion, before padding; *numeric tells whether sign
 * flags and zero padding apply. */
/* The Latin-1 text of a bytes argument of %s / %b (PEP 461): a bytes
 * object, what __bytes__ returns, or the bytes of a buffer, in CPython's
 * order of preference. */
static MpyObject *bytes_arg_text(MpyObject *v)
{
    MpyObject *b = NULL;
    if (MPY_BYTES_CHECK(v)) {
        b = MPY_NEWREF(v);
    } else if (mpy_type_lookup(MPY_TYPE(v), mpy_str_intern_cstr("__bytes__"))) {
        b = mpy_call_method(v, "__bytes__", NULL, 0);
        if (b && !MPY_BYTES_CHECK(b)) {
            mpy_err_format(MpyExc_TypeError, "__bytes__ returned non-bytes (type %s)",
                           MPY_TYPE(b)->tp_name);
            MPY_CLEAR(b);
        }
        if (!b)
            return NULL;
    } else if (mpy_object_check_buffer(v)) { /* bytearray, memoryview */
        if (!(b = mpy_buffer_to_bytes(v)))
            return NULL;
    } else {
        return mpy_err_format(MpyExc_TypeError, "%%b requires a bytes-like object, or an object "
                                                "that implements __bytes__, not '%s'",
                              MPY_TYPE(v)->tp_name);
    }
    MpyObject *t = mpy_str_decode(MPY_BYTES_DATA(b), (size_t)MPY_BYTES_LEN(b), "latin-1", NULL);
    MPY_DECREF(b);
    return t;
}

static MpyObject *bytes_char(MpyObject *v)
{
    if (MPY_BYTES_CHECK(v) && MPY_BYTES_LEN(v) == 1)
        return mpy_str_from_codepoint((unsigned char)MPY_BYTES_DATA(v)[0]);
    if (!MPY_INT_CHECK(v))
        return mpy_err_set_string(MpyExc_TypeError,
                                  "%c requires an integer in range(256) or a single byte");
    int64_t x;
    if (mpy_int_to_i64(v, &x) != 0 || x < 0 || x > 255)
        return mpy_err_set_string(MpyExc_OverflowError, "%c arg not in range(256)");
    return mpy_str_from_codepoint((uint32_t)x);
}

static MpyObject *convert_bytes(MpyObject *v, const PercentSpec *spec, bool *numeric)
{
    switch (spec->ch) {
    case 's': case 'b': return bytes_arg_text(v);
    case 'r': case 'a': return mpy_object_ascii(v);
    case 'c': return bytes_char(v);
    default: return NULL;
    }
}

static MpyObject *convert(MpyObject *v, const PercentSpec *spec, bool *numeric, bool bytes_mode)
{
    *numeric = false;
    if (bytes_mode && strchr("sbrac", (int)spec->ch) && spec->ch)
        return convert_bytes(v, spec, numeric);
    switch (spec->ch) {
    case 's': return mpy_object_str(v);
    case 'r': return mpy_object_repr(v);
    case 'a': return mpy_object_ascii(v);
    case 'c': return format_char(v);
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
        *numeric = true;
        return format_long(v, spec);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        *numeric = true;
        return format_float(v, spec);
    default:
        return NULL;
    }
}

/* CPython's unicode_format_arg_output: sign, prefix, fill and text. */
static int output(MpyStrWriter *w, MpyObject *text, const PercentSpec *spec, bool numeric)
{
    const char *s = MPY_STR_DATA(text);
    size_t bytes = (size_t)MPY_STR_UTF8_LEN(text);
    ssize_t len = MPY_STR_LEN(text);
    bool truncates = spec->ch == 's' || spec->ch == 'r' || spec->ch == 'a';
    if (truncates && spec->prec >= 0 && len > spec->prec) {
        bytes = mpy_str_offset(text, spec->prec);
        len = spec->prec;
    }
    uint32_t fill = numeric && (spec->flags & F_ZERO) && !(spec->flags & F_LJUST) ? '0' : ' ';
    char sign = 0;
    if (numeric) {
        if (s[0] == '-' || s[0] == '+') {
            sign = s[0];
            s++, bytes--, len--;
        } else if (spec->flags & F_SIGN) {
            sign = '+';
        } else if (spec->flags & F_BLANK) {
            sign = ' ';
        }
    }
    ssize_t width = spec->width > len ? spec->width : len;
    if (sign && width > len)
        width--;
    bool prefix = numeric && (spec->flags & F_ALT) &&
                  (spec->ch == 'x' || spec->ch == 'X' || spec->ch == 'o');
    char pre[3] = {sign, 0, 0};
    if (prefix) { /* the text starts with the 0x/0o prefix */
        pre[sign ? 1 : 0] = s[0];
        pre[sign ? 2 : 1] = s[1];
        s += 2, bytes -= 2, len -= 2;
        width = width - 2 < len ? len : width - 2;
    }
    size_t npre = (sign ? 1 : 0) + (prefix ? 2 : 0);
    if (fill != ' ' && mpy_strw_append_ascii(w, pre, npre) < 0)
        return -1;
    if (!(spec->flags & F_LJUST) && width > len &&
        mpy_strw_append_fill(w, fill, (size_t)(width - len)) < 0)
        return -1;
    if (fill == ' ' && mpy_strw_append_ascii(w, pre, npre) < 0)
        return -1;
    if (mpy_strw_append_known(w, s, bytes, (size_t)len, ((MpyStrObject *)text)->max_char) < 0)
        return -1;
    if ((spec->flags & F_LJUST) && width > len)
        return mpy_strw_append_fill(w, ' ', (size_t)(width - len));
    return 0;
}

/* One %-conversion starting after the '%' at *p. */
static int percent_one(MpyStrWriter *w, const char *fmt, const char **p, const char *end,
                       PercentArgs *a)
{
    if (*p < end && **p == '%') { /* only "%%" is a literal percent */
        (*p)++;
        return mpy_strw_append_ascii(w, "%", 1);
    }
    if (*p < end && **p == '(') {
        (*p)++;
        if (lookup_key(a, p, end) < 0)
            return -1;
    }
    PercentSpec spec;
    if (parse_percent(p, end, a, &spec) < 0)
        return -1;
    MpyObject *v = next_arg(a);
    if (!v)
        return -1;
    bool numeric;
    MpyObject *text = convert(v, &spec, &numeric, a->bytes_mode);
    if (!text) {
        if (!mpy_err_occurred()) {
            uint32_t c = spec.ch;
            mpy_err_format(MpyExc_ValueError,
                           "unsupported format character '%c' (0x%x) at index %zd",
                           c >= 32 && c <= 126 ? (int)c : '?', (unsigned)c,
                           (ssize_t)mpy_utf8_count(fmt, (size_t)(*p - fmt)) - 1);
        }
        return -1;
    }
    int r = output(w, text, &spec, numeric);
    MPY_DECREF(text);
    return r;
}

static MpyObject *percent_run(MpyObject *format, PercentArgs *a)
{
    const char *s = MPY_STR_DATA(format), *end = s + MPY_STR_UTF8_LEN(format), *p = s;
    MpyStrWriter w = MPY_STRW_INIT;
    while (p < end) {
        const char *pct = memchr(p, '%', (size_t)(end - p));
        const char *lit_end = pct ? pct : end;
        if (lit_end > p && mpy_strw_append_utf8(&w, p, (size_t)(lit_end - p)) < 0)
            goto fail;
        if (!pct)
            break;
        p = pct + 1;
        if (percent_one(&w, s, &p, end, a) < 0)
            goto fail;
    }
    if (a->argidx < a->arglen && !a->dict) {
        mpy_err_format(MpyExc_TypeError, "not all arguments converted during %s formatting",
                       a->bytes_mode ? "bytes" : "string");
        goto fail;
    }
    return mpy_strw_finish(&w);
fail:
    mpy_strw_discard(&w);
    return NULL;
}

static MpyObject *percent_format(MpyObject *format, MpyObject *args, bool bytes_mode)
{
    PercentArgs a = {args, NULL, -1, -2, NULL, bytes_mode};
    if (MPY_TUPLE_CHECK(args)) {
        a.arglen = MPY_SIZE(args);
        a.argidx = 0;
    }
    if (MPY_TYPE(args)->tp_as_mapping.mp_subscript && !MPY_TUPLE_CHECK(args) &&
        !MPY_STR_CHECK(args) && !MPY_BYTES_CHECK(args))
        a.dict = args;
    MpyObject *r;
    if (!memchr(MPY_STR_DATA(format), '%', (size_t)MPY_STR_UTF8_LEN(format))) {
        /* nothing to substitute: CPython hands back the format itself */
        if (a.argidx < a.arglen && !a.dict)
            return mpy_err_format(MpyExc_TypeError,
                                  "not all arguments converted during %s formatting",
                                  bytes_mode ? "bytes" : "string");
        return mpy_str_exact(format);
    }
    r = percent_run(format, &a);
    MPY_XDECREF(a.owned);
    return r;
}

MpyObject *mpy_str_percent_format(MpyObject *format, MpyObject *args)
{
    return percent_format(format, args, false);
}

MpyObject *mpy_str_percent_bytes(MpyObject *format, MpyObject *args)
{
    return percent_format(format, args, true);
}

/* ========================================================= str.format */

typedef enum { ANS_INIT, ANS_AUTO, ANS_MANUAL } AutoState;

typedef struct {
    MpyObject *const *args; /* positional values; NULL for format_map */
    size_t nargs;
    MpyObject *const *kwvalues; /* the keyword values, named by kwnames */
    MpyObject *kwnames;
    MpyObject *mapping; /* format_map's mapping (instead of keywords) */
    AutoState state;
    ssize_t next_auto;
} FormatCtx;

typedef struct {
    const char *p, *end;
} Sub;

/* CPython's get_integer for field names: the value of an all-digit
 * substring, -1 when it is not one, -2 on overflow (error set). */
static ssize_t sub_integer(Sub s)
{
    if (s.p >= s.end)
        return -1;
    ssize_t v = 0;
    for (const char *q = s.p; q < s.end; q++) {
        if (*q < '0' || *q > '9')
            return -1;
        if (v > (SSIZE_MAX - (*q - '0')) / 10) {
            mpy_err_set_string(MpyExc_ValueError, "Too many decimal digits in format string");
            return -2;
        }
        v = v * 10 + (*q - '0');
    }
    return v;
}

static MpyObject *sub_str(Sub s) { return mpy_str_from_utf8(s.p, (size_t)(s.end - s.p)); }

/* The keyword argument or mapping value named by key (new reference). */
static MpyObject *keyword_value(FormatCtx *c, Sub name)
{
    MpyObject *key = sub_str(name);
    if (!key)
        return NULL;
    MpyObject *v = NULL;
    if (c->mapping) {
        v = mpy_object_getitem(c->mapping, key);
    } else {
        for (ssize_t i = 0; c->kwnames && i < MPY_SIZE(c->kwnames); i++)
            if (mpy_str_equal(MPY_TUPLE_GET(c->kwnames, i), key)) {
                v = MPY_NEWREF(c->kwvalues[i]);
                break;
            }
        if (!v)
            mpy_err_set_object(MpyExc_KeyError, key);
    }
    MPY_DECREF(key);
    return v;
}

static int numbering_error(FormatCtx *c, bool empty)
{
    if (c->state == ANS_MANUAL && empty) {
        mpy_err_set_string(MpyExc_ValueError, "cannot switch from manual field specification to "
                                              "automatic field numbering");
        return -1;
    }
    if (c->state == ANS_AUTO && !empty) {
        mpy_err_set_string(MpyExc_ValueError, "cannot switch from automatic field numbering to "
                                              "manual field specification");
        return -1;
    }
    return 0;
}

/* The object the first part of a field name (up to '.' or '[') names. */
static MpyObject *first_object(FormatCtx *c, Sub first)
{
    ssize_t index = sub_integer(first);
    if (index == -2)
        return NULL;
    bool empty = first.p == first.end;
    if (empty || index >= 0) {
        if (c->state == ANS_INIT)
            c->state = empty ? ANS_AUTO : ANS_MANUAL;
        if (numbering_error(c, empty) < 0)
            return NULL;
        if (empty)
            index = c->next_auto++;
    }
    if (index < 0)
        return keyword_value(c, first);
    if (!c->args)
        return mpy_err_set_string(MpyExc_ValueError, "Format string contains positional fields");
    if ((size_t)index >= c->nargs)
        return mpy_err_format(MpyExc_IndexError,
                              "Replacement index %zd out of range for positional args tuple",
                              index);
    return MPY_NEWREF(c->args[index]);
}

/* Applies one ".attr" or "[key]" of the rest of a field name to *obj. */
static int apply_accessor(Sub *rest, MpyObject **obj)
{
    char kind = *rest->p++;
    Sub name = {rest->p, rest->p};
    if (kind == '.') {
        while (name.end < rest->end && *name.end != '.' && *name.end != '[')
            name.end++;
        rest->p = name.end;
    } else if (kind == '[') {
        while (name.end < rest->end && *name.end != ']')
            name.end++;
        if (name.end >= rest->end) {
            mpy_err_set_string(MpyExc_ValueError, "Missing ']' in format string");
            return -1;
        }
        rest->p = name.end + 1;
    } else {
        mpy_err_set_string(MpyExc_ValueError,
                           "Only '.' or '[' may follow ']' in format field specifier");
        return -1;
    }
    ssize_t index = kind == '[' ? sub_integer(name) : -1;
    if (index == -2)
        return -1;
    if (name.p == name.end) {
        mpy_err_set_string(MpyExc_ValueError, "Empty attribute in format string");
        return -1;
    }
    MpyObject *key = index >= 0 ? mpy_int_from_ssize(index) : sub_str(name);
    if (!key)
        return -1;
    MpyObject *v = kind == '.' ? mpy_object_getattr(*obj, key) : mpy_object_getitem(*obj, key);
    MPY_DECREF(key);
    if (!v)
        return -1;
    MPY_SETREF(*obj, v);
    return 0;
}

static MpyObject *field_object(FormatCtx *c, Sub name)
{
    Sub first = {name.p, name.p};
    while (first.end < name.end && *first.end != '.' && *first.end != '[')
        first.end++;
    MpyObject *obj = first_object(c, first);
    Sub rest = {first.end, name.end};
    while (obj && rest.p < rest.end)
        if (apply_accessor(&rest, &obj) < 0)
            MPY_CLEAR(obj);
    return obj;
}

static MpyObject *convert_field(MpyObject *obj, uint32_t conversion)
{
    switch (conversion) {
    case 'r': return mpy_object_repr(obj);
    case 's': return mpy_object_str(obj);
    case 'a': return mpy_object_ascii(obj);
    default:
        if (conversion > 32 && conversion < 127)
            return mpy_err_format(MpyExc_ValueError, "Unknown conversion specifier %c",
                                  (int)conversion);
        return mpy_err_format(MpyExc_ValueError, "Unknown conversion specifier \\x%x",
                              (unsigned)conversion);
    }
}

/* A parsed replacement field: {name!conversion:spec}. */
typedef struct {
    Sub name, spec;
    uint32_t conversion; /* 0 when none */
    bool spec_has_fields;
} Field;

/* CPython's parse_field, *p just after the '{'. */
static int parse_field(const char **p, const char *end, Field *f)
{
    f->conversion = 0;
    f->spec_has_fields = false;
    f->name.p = *p;
    char c = 0;
    while (*p < end) {
        c = *(*p)++;
        if (c == '{') {
            mpy_err_set_string(MpyExc_ValueError, "unexpected '{' in field name");
            return -1;
        }
        if (c == '[') {
            while (*p < end && **p != ']')
                (*p)++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!')
            break;
    }
    f->name.end = *p - 1;
    f->spec.p = f->spec.end = *p;
    if (c != '!' && c != ':') {
        if (c == '}' && f->name.end < end)
            return 0;
        mpy_err_set_string(MpyExc_ValueError, "expected '}' before end of string");
        return -1;
    }
    if (c == '!') {
        if (*p >= end) {
            mpy_err_set_string(MpyExc_ValueError,
                               "end of string while looking for conversion specifier");
            return -1;
        }
        size_t k;
        f->conversion = mpy_utf8_decode(*p, &k);
        *p += k;
        if (*p < end) {
            c = *(*p)++;
            if (c == '}')
                return 0;
            if (c != ':') {
                mpy_err_set_string(MpyExc_ValueError, "expected ':' after conversion specifier");
                return -1;
            }
        }
    }
    f->spec.p = *p;
    int depth = 1;
    while (*p < end) {
        c = *(*p)++;
        if (c == '{') {
            f->spec_has_fields = true;
            depth++;
        } else if (c == '}' && --depth == 0) {
            f->spec.end = *p - 1;
            return 0;
        }
    }
    mpy_err_set_string(MpyExc_ValueError, "unmatched '{' in format spec");
    return -1;
}

static int build(MpyStrWriter *w, FormatCtx *c, Sub text, int depth);

/* Formats obj with spec into w (CPython's render_field). */
static int render(MpyStrWriter *w, MpyObject *obj, MpyObject *spec)
{
    if (MPY_STR_CHECK_EXACT(obj) && MPY_STR_UTF8_LEN(spec) == 0)
        return mpy_strw_append_str(w, obj);
    MpyObject *s = mpy_object_format(obj, spec);
    if (!s)
        return -1;
    int r = mpy_strw_append_str(w, s);
    MPY_DECREF(s);
    return r;
}

static int output_field(MpyStrWriter *w, FormatCtx *c, const Field *f, int depth)
{
    MpyObject *obj = field_object(c, f->name), *spec = NULL;
    if (!obj)
        return -1;
    int r = -1;
    if (f->conversion) {
        MpyObject *conv = convert_field(obj, f->conversion);
        if (!conv)
            goto done;
        MPY_SETREF(obj, conv);
    }
    if (f->spec_has_fields) {
        MpyStrWriter sw = MPY_STRW_INIT;
        if (build(&sw, c, f->spec, depth - 1) < 0) {
            mpy_strw_discard(&sw);
            goto done;
        }
        spec = mpy_strw_finish(&sw);
    } else if (f->spec.p == f->spec.end) {
        spec = MPY_NEWREF(mpy_str_empty()); /* the common {} field: no allocation */
    } else {
        spec = mpy_str_from_utf8(f->spec.p, (size_t)(f->spec.end - f->spec.p));
    }
    if (spec)
        r = render(w, obj, spec);
done:
    MPY_DECREF(obj);
    MPY_XDECREF(spec);
    return r;
}

/* CPython's MarkupIterator: literal text, {{ and }}, and fields. */
static int build(MpyStrWriter *w, FormatCtx *c, Sub text, int depth)
{
    if (depth <= 0) {
        mpy_err_set_string(MpyExc_ValueError, "Max string recursion exceeded");
        return -1;
    }
    const char *p = text.p, *end = text.end;
    while (p < end) {
        const char *q = p;
        while (q < end && *q != '{' && *q != '}')
            q++;
        if (q > p && mpy_strw_append_utf8(w, p, (size_t)(q - p)) < 0)
            return -1;
        if (q >= end)
            break;
        char brace = *q;
        bool at_end = q + 1 >= end;
        if (brace == '}' && (at_end || q[1] != '}')) {
            mpy_err_set_string(MpyExc_ValueError, "Single '}' encountered in format string");
            return -1;
        }
        if (brace == '{' && at_end) {
            mpy_err_set_string(MpyExc_ValueError, "Single '{' encountered in format string");
            return -1;
        }
        if (q[1] == brace) { /* {{ or }} */
            if (mpy_strw_append_ascii(w, q, 1) < 0)
                return -1;
            p = q + 2;
            continue;
        }
        p = q + 1;
        Field f;
        if (parse_field(&p, end, &f) < 0 || output_field(w, c, &f, depth) < 0)
            return -1;
    }
    return 0;
}

static MpyObject *run_format(MpyObject *format, FormatCtx *c)
{
    Sub text = {MPY_STR_DATA(format), MPY_STR_DATA(format) + MPY_STR_UTF8_LEN(format)};
    MpyStrWriter w = MPY_STRW_INIT;
    if (build(&w, c, text, 2) < 0) {
        mpy_strw_discard(&w);
        return NULL;
    }
    if (!memchr(text.p, '{', (size_t)(text.end - text.p)) &&
        !memchr(text.p, '}', (size_t)(text.end - text.p))) {
        mpy_strw_discard(&w);
        return mpy_str_exact(format); /* plain text: CPython returns it unchanged */
    }
    return mpy_strw_finish(&w);
}

MpyObject *mpy_str_format_method(MpyObject *format, MpyObject *const *args, size_t nargs,
                                 MpyObject *kwnames)
{
    FormatCtx c = {args, nargs, args + nargs, kwnames, NULL, ANS_INIT, 0};
    return run_format(format, &c);
}

MpyObject *mpy_str_format_map(MpyObject *format, MpyObject *mapping)
{
    FormatCtx c = {NULL, 0, NULL, NULL, mapping, ANS_INIT, 0};
    return run_format(format, &c);
}
