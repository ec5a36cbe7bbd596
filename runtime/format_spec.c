/* The format-spec mini-language: the parser shared by str, int and float
 * (CPython 3.11's parse_internal_render_format_spec, with its messages),
 * padding to a width, and format() of a str. The int and float formatters
 * are in int_format.c and float_format.c. */
#include "format_spec.h"

#include <limits.h>
#include <string.h>

#include "errors.h"
#include "str_impl.h"

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }
static bool is_sign(uint32_t c) { return c == ' ' || c == '+' || c == '-'; }

/* Reads the code point at *i of the spec text and advances. */
static uint32_t next_char(const char *s, size_t *i)
{
    size_t k;
    uint32_t c = mpy_utf8_decode(s + *i, &k);
    *i += k;
    return c;
}

/* CPython's get_integer: digits into *out; the number of digits, or -1
 * with "Too many decimal digits in format string". */
static int get_integer(const char *s, size_t *i, size_t n, ssize_t *out)
{
    ssize_t v = 0;
    int digits = 0;
    for (; *i < n && s[*i] >= '0' && s[*i] <= '9'; (*i)++, digits++) {
        int d = s[*i] - '0';
        if (v > (SSIZE_MAX - d) / 10) {
            mpy_err_set_string(MpyExc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + d;
    }
    *out = v;
    return digits;
}

/* "Cannot specify ',' with 's'." and its \x form for other characters. */
static int bad_grouping_type(char grouping, uint32_t type)
{
    if (type > 32 && type < 128)
        mpy_err_format(MpyExc_ValueError, "Cannot specify '%c' with '%c'.", grouping, (int)type);
    else
        mpy_err_format(MpyExc_ValueError, "Cannot specify '%c' with '\\x%x'.", grouping,
                       (unsigned)type);
    return -1;
}

static int unknown_code(uint32_t type, const char *type_name)
{
    if (type > 32 && type < 128)
        mpy_err_format(MpyExc_ValueError, "Unknown format code '%c' for object of type '%s'",
                       (int)type, type_name);
    else
        mpy_err_format(MpyExc_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
                       (unsigned)type, type_name);
    return -1;
}

MpyObject *mpy_format_spec_unknown_code(const MpyFormatSpec *spec, const char *type_name)
{
    unknown_code((unsigned char)spec->type, type_name);
    return NULL;
}

/* Whether the ',' or '_' grouping may go with this presentation type. */
static bool grouping_allowed(char grouping, uint32_t type)
{
    switch (type) {
    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        return true;
    case 'b': case 'o': case 'x': case 'X':
        return grouping == '_';
    default:
        return false;
    }
}

/* [[fill]align][sign][z][#][0][width][grouping][.precision] */
static int parse_head(const char *s, size_t n, size_t *i, MpyFormatSpec *out, char default_align)
{
    bool fill_given = false, align_given = false;
    if (n - *i >= 2) {
        size_t j = *i;
        uint32_t fill = next_char(s, &j);
        if (j < n && is_align((unsigned char)s[j])) {
            out->fill = fill;
            out->align = s[j];
            fill_given = align_given = true;
            *i = j + 1;
        }
    }
    if (!align_given && *i < n && is_align((unsigned char)s[*i])) {
        out->align = s[(*i)++];
        align_given = true;
    }
    if (*i < n && is_sign((unsigned char)s[*i]))
        out->sign = s[(*i)++];
    if (*i < n && s[*i] == 'z') {
        out->no_neg_zero = true;
        (*i)++;
    }
    if (*i < n && s[*i] == '#') {
        out->alternate = true;
        (*i)++;
    }
    if (!fill_given && *i < n && s[*i] == '0') {
        out->fill = '0';
        out->zero_pad = true;
        if (!align_given && default_align == '>')
            out->align = '=';
        (*i)++;
    }
    int digits = get_integer(s, i, n, &out->width);
    if (digits < 0)
        return -1;
    if (digits == 0)
        out->width = -1;
    return 0;
}

static int parse_grouping(const char *s, size_t n, size_t *i, MpyFormatSpec *out)
{
    if (*i < n && s[*i] == ',') {
        out->grouping = ',';
        (*i)++;
    }
    if (*i < n && s[*i] == '_') {
        if (out->grouping) {
            mpy_err_set_string(MpyExc_ValueError, "Cannot specify both ',' and '_'.");
            return -1;
        }
        out->grouping = '_';
        (*i)++;
    }
    if (*i < n && s[*i] == ',' && out->grouping == '_') {
        mpy_err_set_string(MpyExc_ValueError, "Cannot specify both ',' and '_'.");
        return -1;
    }
    if (*i < n && s[*i] == '.') {
        (*i)++;
        int digits = get_integer(s, i, n, &out->precision);
        if (digits < 0)
            return -1;
        if (digits == 0) {
            mpy_err_set_string(MpyExc_ValueError, "Format specifier missing precision");
            return -1;
        }
    }
    return 0;
}

int mpy_format_spec_parse_for(MpyObject *spec, MpyFormatSpec *out, char default_type,
                              char default_align, const char *type_name)
{
    const char *s = MPY_STR_DATA(spec);
    size_t n = (size_t)MPY_STR_UTF8_LEN(spec), i = 0;
    *out = (MpyFormatSpec){.fill = ' ', .align = default_align, .width = -1, .precision = -1,
                           .type = default_type};
    if (parse_head(s, n, &i, out, default_align) < 0 || parse_grouping(s, n, &i, out) < 0)
        return -1;
    uint32_t type = (unsigned char)default_type;
    if (i < n) {
        size_t j = i;
        type = next_char(s, &j);
        if (j < n) {
            mpy_err_format(MpyExc_ValueError, "Invalid format specifier '%U' for object of type '%s'",
                           spec, type_name);
            return -1;
        }
    }
    if (out->grouping && !grouping_allowed(out->grouping, type))
        return bad_grouping_type(out->grouping, type);
    if (type >= 0x80) /* no type knows a non-ASCII code */
        return unknown_code(type, type_name);
    out->type = (char)type;
    return 0;
}

/* The name of the type whose default presentation type this is. */
static const char *default_type_name(char default_type)
{
    return default_type == 's' ? "str" : default_type == 'd' ? "int" : "float";
}

int mpy_format_spec_parse(MpyObject *spec, MpyFormatSpec *out, char default_type,
                          char default_align)
{
    return mpy_format_spec_parse_for(spec, out, default_type, default_align,
                                     default_type_name(default_type));
}

void mpy_format_spec_pad(const MpyFormatSpec *spec, const char *body, size_t len, size_t chars,
                         size_t sign_len, MpyStrBuf *out)
{
    size_t total = spec->width > 0 && (size_t)spec->width > chars ? (size_t)spec->width : chars;
    size_t padding = total - chars, left;
    switch (spec->align) {
    case '>': left = padding; break;
    case '^': left = padding / 2; break;
    case '=': left = 0; break;
    default: left = 0; break;
    }
    char fill[4];
    size_t k = mpy_utf8_encode(spec->fill, fill);
    if (spec->align == '=') {
        mpy_strbuf_append(out, body, sign_len);
        for (size_t i = 0; i < padding; i++)
            mpy_strbuf_append(out, fill, k);
        mpy_strbuf_append(out, body + sign_len, len - sign_len);
        return;
    }
    for (size_t i = 0; i < left; i++)
        mpy_strbuf_append(out, fill, k);
    mpy_strbuf_append(out, body, len);
    for (size_t i = left; i < padding; i++)
        mpy_strbuf_append(out, fill, k);
}

/* format(str, spec): CPython's format_string_internal. */
static int check_str_spec(const MpyFormatSpec *spec)
{
    const char *msg = NULL;
    if (spec->type != 's' && spec->type != 0)
        return unknown_code((unsigned char)spec->type, "str");
    if (spec->sign == ' ')
        msg = "Space not allowed in string format specifier";
    else if (spec->sign)
        msg = "Sign not allowed in string format specifier";
    else if (spec->no_neg_zero)
        msg = "Negative zero coercion (z) not allowed in string format specifier";
    else if (spec->alternate)
        msg = "Alternate form (#) not allowed in string format specifier";
    else if (spec->align == '=')
        msg = "'=' alignment not allowed in string format specifier";
    if (msg) {
        mpy_err_set_string(MpyExc_ValueError, msg);
        return -1;
    }
    return 0;
}

MpyObject *mpy_str_format_spec(MpyObject *s, const MpyFormatSpec *spec)
{
    if (check_str_spec(spec) < 0)
        return NULL;
    ssize_t len = MPY_STR_LEN(s);
    if ((spec->width < 0 || spec->width <= len) && (spec->precision < 0 || spec->precision >= len))
        return mpy_str_exact(s);
    if (spec->precision >= 0 && len > spec->precision)
        len = spec->precision;
    size_t bytes = mpy_str_offset(s, len);
    size_t padding = spec->width > len ? (size_t)(spec->width - len) : 0, left = 0;
    if (spec->align == '>')
        left = padding;
    else if (spec->align == '^')
        left = padding / 2;
    MpyStrWriter w = MPY_STRW_INIT;
    if (mpy_strw_append_fill(&w, spec->fill, left) < 0 ||
        mpy_strw_append_utf8(&w, MPY_STR_DATA(s), bytes) < 0 ||
        mpy_strw_append_fill(&w, spec->fill, padding - left) < 0) {
        mpy_strw_discard(&w);
        return NULL;
    }
    return mpy_strw_finish(&w);
}
