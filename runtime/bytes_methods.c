/* The bytes methods that mirror str's with ASCII semantics (case mapping,
 * is... predicates, padding, partition, splitlines, expandtabs, translate
 * and maketrans, removeprefix/removesuffix), and `bytes % args` (PEP 461),
 * with CPython 3.11's messages. The search, split and strip family is in
 * bytes.c. */
#include <limits.h>
#include <string.h>

#include "args.h"
#include "bytearray.h"
#include "bytes.h"
#include "errors.h"
#include "int.h"
#include "list.h"
#include "str_impl.h"
#include "strbuf.h"
#include "tuple.h"

#define DATA(b) MPY_BYTES_DATA(b)
#define LEN(b) ((size_t)MPY_BYTES_LEN(b))

/* ============================================================ helpers */

static bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static bool is_alpha(unsigned char c) { return is_lower(c) || is_upper(c); }
static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static bool is_alnum(unsigned char c) { return is_alpha(c) || is_digit(c); }
static bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* A copy of b (b itself when exact and unchanged). */
static MpyObject *same(MpyObject *b)
{
    if (MPY_BYTES_CHECK_EXACT(b))
        return MPY_NEWREF(b);
    return mpy_bytes_from_data(DATA(b), LEN(b));
}

/* A bytes-like argument (bytearray.h): 0, or -1 with CPython's error. */
static int view(MpyObject *o, const char **p, size_t *n) { return mpy_bytes_like_arg(o, p, n); }

static int as_ssize(MpyObject *o, ssize_t *out)
{
    ssize_t v = mpy_number_as_ssize(o, MpyExc_OverflowError);
    if (v == -1 && mpy_err_occurred())
        return -1;
    *out = v;
    return 0;
}

/* A new bytes of n bytes made by fill(dst, src, n, arg). */
static MpyObject *mapped(MpyObject *b, void (*fill)(unsigned char *, const unsigned char *, size_t))
{
    size_t n = LEN(b);
    if (n == 1) {
        unsigned char c;
        fill(&c, (const unsigned char *)DATA(b), 1);
        return mpy_bytes_from_data((char *)&c, 1);
    }
    MpyObject *r = mpy_bytes_new_raw(n);
    if (r && n)
        fill((unsigned char *)DATA(r), (const unsigned char *)DATA(b), n);
    return r;
}

/* ========================================================= case mapping */

static void fill_swapcase(unsigned char *d, const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        d[i] = is_alpha(s[i]) ? (unsigned char)(s[i] ^ 32) : s[i];
}

/* title: a letter after a letter is lowered, any other letter raised. */
static void fill_title(unsigned char *d, const unsigned char *s, size_t n)
{
    bool previous_cased = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        if (is_lower(c) && !previous_cased)
            c = (unsigned char)(c - 32);
        else if (is_upper(c) && previous_cased)
            c = (unsigned char)(c + 32);
        previous_cased = is_alpha(c);
        d[i] = c;
    }
}

static void fill_capitalize(unsigned char *d, const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        d[i] = i == 0 ? (is_lower(c) ? (unsigned char)(c - 32) : c)
                      : (is_upper(c) ? (unsigned char)(c + 32) : c);
    }
}

static MpyObject *bytes_swapcase(MpyObject *b, MpyObject *u) { return mapped(b, fill_swapcase); }
static MpyObject *bytes_title(MpyObject *b, MpyObject *u) { return mapped(b, fill_title); }
static MpyObject *bytes_capitalize(MpyObject *b, MpyObject *u) { return mapped(b, fill_capitalize); }

/* =========================================================== predicates */

static MpyObject *all_bytes(MpyObject *b, bool (*test)(unsigned char))
{
    const unsigned char *p = (const unsigned char *)DATA(b);
    size_t n = LEN(b);
    if (n == 0)
        MPY_RETURN_FALSE;
    for (size_t i = 0; i < n; i++)
        if (!test(p[i]))
            MPY_RETURN_FALSE;
    MPY_RETURN_TRUE;
}

static MpyObject *bytes_isalnum(MpyObject *b, MpyObject *u) { return all_bytes(b, is_alnum); }
static MpyObject *bytes_isalpha(MpyObject *b, MpyObject *u) { return all_bytes(b, is_alpha); }
static MpyObject *bytes_isdigit(MpyObject *b, MpyObject *u) { return all_bytes(b, is_digit); }
static MpyObject *bytes_isspace(MpyObject *b, MpyObject *u) { return all_bytes(b, is_space); }

static MpyObject *bytes_isascii(MpyObject *b, MpyObject *u)
{
    return mpy_bool_from_long(mpy_str_is_ascii_bytes(DATA(b), LEN(b)));
}

/* islower / isupper: no letter of the other case and at least one cased. */
static MpyObject *case_test(MpyObject *b, bool (*same_case)(unsigned char),
                            bool (*other)(unsigned char))
{
    const unsigned char *p = (const unsigned char *)DATA(b);
    bool cased = false;
    for (size_t i = 0, n = LEN(b); i < n; i++) {
        if (other(p[i]))
            MPY_RETURN_FALSE;
        cased = cased || same_case(p[i]);
    }
    return mpy_bool_from_long(cased);
}

static MpyObject *bytes_islower(MpyObject *b, MpyObject *u) { return case_test(b, is_lower, is_upper); }
static MpyObject *bytes_isupper(MpyObject *b, MpyObject *u) { return case_test(b, is_upper, is_lower); }

static MpyObject *bytes_istitle(MpyObject *b, MpyObject *u)
{
    const unsigned char *p = (const unsigned char *)DATA(b);
    bool cased = false, previous_cased = false;
    for (size_t i = 0, n = LEN(b); i < n; i++) {
        if (is_upper(p[i])) {
            if (previous_cased)
                MPY_RETURN_FALSE;
            previous_cased = cased = true;
        } else if (is_lower(p[i])) {
            if (!previous_cased)
                MPY_RETURN_FALSE;
            previous_cased = cased = true;
        } else {
            previous_cased = false;
        }
    }
    return mpy_bool_from_long(cased);
}

/* ============================================================== padding */

static MpyObject *padded(MpyObject *b, size_t left, size_t right, char fill)
{
    size_t n = LEN(b);
    MpyObject *r = mpy_bytes_new_raw(left + n + right);
    if (!r)
        return NULL;
    memset(DATA(r), fill, left);
    memcpy(DATA(r) + left, DATA(b), n);
    memset(DATA(r) + left + n, fill, right);
    return r;
}

static MpyObject *justify(MpyObject *b, MpyObject *const *args, size_t nargs, const char *name,
                          int align)
{
    ssize_t width;
    char fill = ' ';
    if (mpy_arg_check_positional(name, nargs, 1, 2) < 0 || as_ssize(args[0], &width) < 0)
        return NULL;
    if (nargs > 1) {
        /* CPython's "c" converter: bytes or bytearray, not other buffers */
        MpyObject *f = args[1];
        if (!(MPY_BYTES_CHECK(f) || MPY_BYTEARRAY_CHECK(f)) || MPY_SIZE(f) != 1)
            return mpy_err_format(MpyExc_TypeError,
                                  "%s() argument 2 must be a byte string of length 1, not %s", name,
                                  MPY_TYPE(args[1])->tp_name);
        fill = MPY_BYTES_CHECK(f) ? MPY_BYTES_DATA(f)[0] : MPY_BYTEARRAY_DATA(f)[0];
    }
    ssize_t marg = width - MPY_BYTES_LEN(b);
    if (marg <= 0)
        return same(b);
    ssize_t left = align < 0 ? 0 : align > 0 ? marg : marg / 2 + (marg & width & 1);
    return padded(b, (size_t)left, (size_t)(marg - left), fill);
}

static MpyObject *bytes_center(MpyObject *b, MpyObject *const *a, size_t n)
{
    return justify(b, a, n, "center", 0);
}
static MpyObject *bytes_ljust(MpyObject *b, MpyObject *const *a, size_t n)
{
    return justify(b, a, n, "ljust", -1);
}
static MpyObject *bytes_rjust(MpyObject *b, MpyObject *const *a, size_t n)
{
    return justify(b, a, n, "rjust", 1);
}

static MpyObject *bytes_zfill(MpyObject *b, MpyObject *arg)
{
    ssize_t width;
    if (as_ssize(arg, &width) < 0)
        return NULL;
    ssize_t fill = width - MPY_BYTES_LEN(b);
    if (fill <= 0)
        return same(b);
    MpyObject *r = padded(b, (size_t)fill, 0, '0');
    if (r && LEN(b) && (DATA(b)[0] == '+' || DATA(b)[0] == '-')) {
        DATA(r)[0] = DATA(b)[0];
        DATA(r)[fill] = '0';
    }
    return r;
}

static MpyObject *bytes_expandtabs(MpyObject *b, MpyObject *const *args, size_t nargs,
                                   MpyObject *kwnames)
{
    static const char *const kw[] = {"tabsize", NULL};
    static const MpyArgSpec spec = {"expandtabs", kw, 0, 1};
    MpyObject *a[1];
    ssize_t tabsize = 8;
    if (mpy_arg_unpack(&spec, args, nargs, kwnames, a) < 0 || (a[0] && as_ssize(a[0], &tabsize) < 0))
        return NULL;
    MpyStrBuf out = MPY_STRBUF_INIT;
    size_t column = 0;
    for (size_t i = 0, n = LEN(b); i < n; i++) {
        char c = DATA(b)[i];
        if (c == '\t') {
            size_t spaces = tabsize > 0 ? (size_t)tabsize - column % (size_t)tabsize : 0;
            for (size_t k = 0; k < spaces; k++)
                mpy_strbuf_append_char(&out, ' ');
            column += spaces;
        } else {
            mpy_strbuf_append_char(&out, c);
            column = c == '\n' || c == '\r' ? 0 : column + 1;
        }
    }
    MpyObject *r = out.failed ? mpy_err_no_memory() : mpy_bytes_from_data(out.data ? out.data : "", out.len);
    mpy_strbuf_free(&out);
    return r;
}

/* ============================================== partition, splitlines */

static MpyObject *partition(MpyObject *b, MpyObject *sep_obj, bool right)
{
    const char *sep;
    size_t n;
    if (view(sep_obj, &sep, &n) < 0)
        return NULL;
    if (n == 0)
        return mpy_err_set_string(MpyExc_ValueError, "empty separator");
    const char *p = right ? mpy_str_memrfind(DATA(b), LEN(b), sep, n)
                          : mpy_str_memfind(DATA(b), LEN(b), sep, n);
    MpyObject *parts[3];
    if (!p) {
        MpyObject *empty = mpy_bytes_new_raw(0);
        parts[right ? 2 : 0] = same(b);
        parts[1] = MPY_NEWREF(empty);
        parts[right ? 0 : 2] = empty;
    } else {
        parts[0] = mpy_bytes_from_data(DATA(b), (size_t)(p - DATA(b)));
        parts[1] = MPY_NEWREF(sep_obj);
        parts[2] = mpy_bytes_from_data(p + n, LEN(b) - (size_t)(p - DATA(b)) - n);
    }
    MpyObject *t = parts[0] && parts[2] ? mpy_tuple_pack(3, parts[0], parts[1], parts[2]) : NULL;
    for (int i = 0; i < 3; i++)
        MPY_XDECREF(parts[i]);
    return t;
}

static MpyObject *bytes_partition(MpyObject *b, MpyObject *sep) { return partition(b, sep, false); }
static MpyObject *bytes_rpartition(MpyObject *b, MpyObject *sep) { return partition(b, sep, true); }

static MpyObject *bytes_splitlines(MpyObject *b, MpyObject *const *args, size_t nargs,
                                   MpyObject *kwnames)
{
    static const char *const kw[] = {"keepends", NULL};
    static const MpyArgSpec spec = {"splitlines", kw, 0, 1};
    MpyObject *a[1];
    ssize_t keepends = 0;
    if (mpy_arg_unpack(&spec, args, nargs, kwnames, a) < 0 || (a[0] && as_ssize(a[0], &keepends) < 0))
        return NULL;
    MpyObject *list = mpy_list_new(0);
    const char *p = DATA(b), *end = p + LEN(b), *line = p;
    while (list && p < end) {
        size_t k = *p == '\n' ? 1 : *p == '\r' ? (p + 1 < end && p[1] == '\n' ? 2 : 1) : 0;
        if (!k) {
            p++;
            continue;
        }
        MpyObject *piece = mpy_bytes_from_data(line, (size_t)(p - line) + (keepends ? k : 0));
        if (!piece || mpy_list_append(list, piece) < 0)
            MPY_CLEAR(list);
        MPY_XDECREF(piece);
        p += k;
        line = p;
    }
    if (list && line < end) {
        MpyObject *piece = line == DATA(b) ? same(b) : mpy_bytes_from_data(line, (size_t)(end - line));
        if (!piece || mpy_list_append(list, piece) < 0)
            MPY_CLEAR(list);
        MPY_XDECREF(piece);
    }
    return list;
}

static MpyObject *remove_affix(MpyObject *b, MpyObject *affix, bool prefix)
{
    const char *a;
    size_t n;
    if (view(affix, &a, &n) < 0)
        return NULL;
    if (n && n <= LEN(b) && memcmp(prefix ? DATA(b) : DATA(b) + LEN(b) - n, a, n) == 0)
        return mpy_bytes_from_data(prefix ? DATA(b) + n : DATA(b), LEN(b) - n);
    return same(b);
}

static MpyObject *bytes_removeprefix(MpyObject *b, MpyObject *a) { return remove_affix(b, a, true); }
static MpyObject *bytes_removesuffix(MpyObject *b, MpyObject *a) { return remove_affix(b, a, false); }

/* ================================================= translate, maketrans */

static MpyObject *bytes_translate(MpyObject *b, MpyObject *const *args, size_t nargs,
                                  MpyObject *kwnames)
{
    static const char *const kw[] = {"", "delete", NULL};
    static const MpyArgSpec spec = {"translate", kw, 1, 2};
    MpyObject *a[2];
    const char *table = NULL, *del = "";
    size_t tn = 0, dn = 0;
    if (mpy_arg_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    if (a[0] != MPY_NONE) {
        if (view(a[0], &table, &tn) < 0)
            return NULL;
        if (tn != 256)
            return mpy_err_set_string(MpyExc_ValueError, "translation table must be 256 characters long");
    }
    if (a[1] && view(a[1], &del, &dn) < 0)
        return NULL;
    bool deleted[256] = {false};
    for (size_t i = 0; i < dn; i++)
        deleted[(unsigned char)del[i]] = true;
    MpyStrBuf out = MPY_STRBUF_INIT;
    for (size_t i = 0, n = LEN(b); i < n; i++) {
        unsigned char c = (unsigned char)DATA(b)[i];
        if (!deleted[c])
            mpy_strbuf_append_char(&out, table ? table[c] : (char)c);
    }
    MpyObject *r = out.failed ? mpy_err_no_memory() : mpy_bytes_from_data(out.data ? out.data : "", out.len);
    mpy_strbuf_free(&out);
    return r;
}

static MpyObject *bytes_maketrans(MpyObject *unused, MpyObject *const *args, size_t nargs)
{
    const char *from, *to;
    size_t fn, tn;
    if (mpy_arg_check_positional("maketrans", nargs, 2, 2) < 0)
        return NULL;
    if (view(args[0], &from, &fn) < 0 || view(args[1], &to, &tn) < 0)
        return NULL;
    if (fn != tn)
        return mpy_err_set_string(MpyExc_ValueError, "maketrans arguments must have same length");
    MpyObject *r = mpy_bytes_new_raw(256);
    if (!r)
        return NULL;
    for (int i = 0; i < 256; i++)
        DATA(r)[i] = (char)i;
    for (size_t i = 0; i < fn; i++)
        DATA(r)[(unsigned char)from[i]] = to[i];
    return r;
}

/* ============================================================ bytes % */

/* bytes % args runs str's formatter on the Latin-1 text of the bytes (one
 * code point per byte) and encodes the result back; the conversions
 * that differ for bytes (%s %b %c %r %a) go through mpy_str_percent_bytes
 * (str_format.c) with bytes semantics. */
MpyObject *mpy_bytes_percent_format(MpyObject *format, MpyObject *args)
{
    MpyObject *text = mpy_str_decode(DATA(format), LEN(format), "latin-1", NULL);
    if (!text)
        return NULL;
    MpyObject *r = mpy_str_percent_bytes(text, args);
    MPY_DECREF(text);
    if (!r)
        return NULL;
    MpyObject *b = mpy_str_encode(r, "latin-1", NULL);
    MPY_DECREF(r);
    return b;
}

/* ============================================================ the table */

#define NOARGS(name, fn, doc) {name, MPY_METH(fn), MPY_METH_NOARGS, doc}
#define ONEARG(name, fn, doc) {name, MPY_METH(fn), MPY_METH_O, doc}
#define FAST(name, fn, doc) {name, MPY_METH(fn), MPY_METH_FASTCALL, doc}
#define FASTKW(name, fn, doc) {name, MPY_METH(fn), MPY_METH_FASTCALL | MPY_METH_KEYWORDS, doc}

MpyMethodDef mpy_bytes_more_methods[] = {
    NOARGS("swapcase", bytes_swapcase, "B.swapcase() -> copy of B\n\nReturn a copy of B with uppercase ASCII characters converted\nto lowercase ASCII and vice versa."),
    NOARGS("title", bytes_title, "B.title() -> copy of B\n\nReturn a titlecased version of B, i.e. ASCII words start with uppercase\ncharacters, all remaining cased characters have lowercase."),
    NOARGS("capitalize", bytes_capitalize, "B.capitalize() -> copy of B\n\nReturn a copy of B with only its first character capitalized (ASCII)\nand the rest lower-cased."),
    NOARGS("isalnum", bytes_isalnum, "B.isalnum() -> bool"),
    NOARGS("isalpha", bytes_isalpha, "B.isalpha() -> bool"),
    NOARGS("isascii", bytes_isascii, "B.isascii() -> bool"),
    NOARGS("isdigit", bytes_isdigit, "B.isdigit() -> bool"),
    NOARGS("islower", bytes_islower, "B.islower() -> bool"),
    NOARGS("isspace", bytes_isspace, "B.isspace() -> bool"),
    NOARGS("istitle", bytes_istitle, "B.istitle() -> bool"),
    NOARGS("isupper", bytes_isupper, "B.isupper() -> bool"),
    FAST("center", bytes_center, "Return a centered string of length width."),
    FAST("ljust", bytes_ljust, "Return a left-justified string of length width."),
    FAST("rjust", bytes_rjust, "Return a right-justified string of length width."),
    ONEARG("zfill", bytes_zfill, "Pad a numeric string with zeros on the left, to fill a field of the given width."),
    FASTKW("expandtabs", bytes_expandtabs, "Return a copy where all tab characters are expanded using spaces."),
    ONEARG("partition", bytes_partition, "Partition the bytes into three parts using the given separator."),
    ONEARG("rpartition", bytes_rpartition, "Partition the bytes into three parts using the given separator."),
    FASTKW("splitlines", bytes_splitlines, "Return a list of the lines in the bytes, breaking at line boundaries."),
    ONEARG("removeprefix", bytes_removeprefix, "Return a bytes object with the given prefix string removed if present."),
    ONEARG("removesuffix", bytes_removesuffix, "Return a bytes object with the given suffix string removed if present."),
    FASTKW("translate", bytes_translate, "Return a copy with each character mapped by the given translation table."),
    {"maketrans", MPY_METH(bytes_maketrans), MPY_METH_FASTCALL | MPY_METH_STATIC, "Return a translation table useable for the bytes or bytearray translate method."},
    {NULL},
};
