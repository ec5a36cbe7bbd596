/* The methods of str (the tp_methods table), with CPython 3.11's results,
 * argument conventions and messages. Searching works on the UTF-8 bytes
 * (exact, since UTF-8 is self-synchronising) and converts byte offsets to
 * code point indexes only at the edges; ASCII text takes direct paths.
 * Formatting lives in str_format.c, codecs in str_codecs.c. */
#include <limits.h>
#include <string.h>

#include "args.h"
#include "dict.h"
#include "errors.h"
#include "format_spec.h"
#include "int.h"
#include "list.h"
#include "str_impl.h"
#include "tuple.h"
#include "unicode_props.h"
#include "unicode_repr.h"

#define ASCII_MAX MPY_STR_ASCII_MAX
#define DATA(s) MPY_STR_DATA(s)
#define BLEN(s) ((size_t)MPY_STR_UTF8_LEN(s))

/* ============================================================ helpers */

/* The str for bytes [p, p+n) of s (a substring at character boundaries). */
static MpyObject *sub_bytes(MpyObject *s, const char *p, size_t n)
{
    if (MPY_STR_IS_ASCII(s))
        return mpy_str_new_known(p, n, n, n ? ASCII_MAX : 0);
    return mpy_str_from_utf8(p, n);
}

/* The whole of s when a method changes nothing (s itself when exact). */
static MpyObject *unchanged(MpyObject *s) { return mpy_str_exact(s); }

/* The old-style arity message of find/count/startswith...:
 * "find() takes at least 1 argument (0 given)". */
static int check_arity(const char *name, size_t nargs, size_t min, size_t max)
{
    if (nargs < min) {
        mpy_err_format(MpyExc_TypeError, "%s() takes at least %zu argument%s (%zu given)", name,
                       min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        mpy_err_format(MpyExc_TypeError, "%s() takes at most %zu argument%s (%zu given)", name,
                       max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

/* An integer argument (width, count...): 0 / -1. */
static int as_ssize(MpyObject *o, ssize_t *out)
{
    ssize_t v = mpy_number_as_ssize(o, MpyExc_OverflowError);
    if (v == -1 && mpy_err_occurred())
        return -1;
    *out = v;
    return 0;
}

/* A start/end argument: None keeps the default; out-of-range values clamp
 * (CPython's _PyEval_SliceIndex). */
static int slice_index(MpyObject *o, ssize_t *out)
{
    if (!o || o == MPY_NONE)
        return 0;
    if (!MPY_INT_CHECK(o) && !MPY_TYPE(o)->tp_as_number.nb_index) {
        mpy_err_set_string(MpyExc_TypeError, "slice indices must be integers or None or have an "
                                             "__index__ method");
        return -1;
    }
    ssize_t v = mpy_number_as_ssize(o, NULL);
    if (v == -1 && mpy_err_occurred())
        return -1;
    *out = v;
    return 0;
}

/* CPython's ADJUST_INDICES. */
static void adjust_indices(ssize_t *start, ssize_t *end, ssize_t len)
{
    if (*end > len)
        *end = len;
    else if (*end < 0 && (*end += len) < 0)
        *end = 0;
    if (*start < 0 && (*start += len) < 0)
        *start = 0;
}

/* (sub[, start[, end]]) of find, count, startswith...; sub is not checked. */
static int parse_sub_args(const char *name, MpyObject *const *args, size_t nargs, ssize_t *start,
                          ssize_t *end)
{
    *start = 0;
    *end = SSIZE_MAX;
    if (check_arity(name, nargs, 1, 3) < 0)
        return -1;
    if (nargs > 1 && slice_index(args[1], start) < 0)
        return -1;
    if (nargs > 2 && slice_index(args[2], end) < 0)
        return -1;
    return 0;
}

static int need_str(MpyObject *o)
{
    if (MPY_STR_CHECK(o))
        return 0;
    mpy_err_format(MpyExc_TypeError, "must be str, not %s", MPY_TYPE(o)->tp_name);
    return -1;
}

/* A fill character argument: a str of one character. */
static int parse_fill(MpyObject *o, uint32_t *out)
{
    if (!o)
        return 0;
    if (!MPY_STR_CHECK(o)) {
        mpy_err_format(MpyExc_TypeError, "The fill character must be a unicode character, not %s",
                       MPY_TYPE(o)->tp_name);
        return -1;
    }
    if (MPY_STR_LEN(o) != 1) {
        mpy_err_set_string(MpyExc_TypeError, "The fill character must be exactly one character long");
        return -1;
    }
    *out = mpy_str_char_at(o, 0);
    return 0;
}

/* ============================================================ searching */

/* Byte range of code points [start, end) of s after ADJUST_INDICES; false
 * when start lies beyond the end (nothing can match). */
static bool byte_range(MpyObject *s, ssize_t *start, ssize_t *end, size_t *b0, size_t *b1)
{
    adjust_indices(start, end, MPY_STR_LEN(s));
    if (*start > MPY_STR_LEN(s))
        return false;
    *b0 = mpy_str_offset(s, *start);
    *b1 = *end > *start ? mpy_str_offset(s, *end) : *b0;
    return true;
}

/* Index of the first (dir > 0) or last match of sub in s[start:end], -1
 * when absent, -2 on error. */
static ssize_t find_sub(MpyObject *s, MpyObject *const *args, size_t nargs, const char *name,
                        int dir)
{
    ssize_t start, end;
    if (parse_sub_args(name, args, nargs, &start, &end) < 0 || need_str(args[0]) < 0)
        return -2;
    MpyObject *sub = args[0];
    size_t b0, b1;
    if (!byte_range(s, &start, &end, &b0, &b1))
        return -1;
    if (end - start < MPY_STR_LEN(sub))
        return -1;
    const char *base = DATA(s) + b0;
    const char *p = dir > 0 ? mpy_str_memfind(base, b1 - b0, DATA(sub), BLEN(sub))
                            : mpy_str_memrfind(base, b1 - b0, DATA(sub), BLEN(sub));
    if (!p)
        return -1;
    if (MPY_STR_IS_ASCII(s))
        return (ssize_t)(p - DATA(s));
    return start + (ssize_t)mpy_utf8_count(base, (size_t)(p - base));
}

static MpyObject *index_result(ssize_t i)
{
    if (i == -2)
        return NULL;
    return mpy_int_from_ssize(i);
}

static MpyObject *str_find(MpyObject *s, MpyObject *const *args, size_t nargs)
{
    return index_result(find_sub(s, args, nargs, "find", 1));
}

static MpyObject *str_rfind(MpyObject *s, MpyObject *const *args, size_t nargs)
{
    return index_result(find_sub(s, args, nargs, "rfind", -1));
}

static MpyObject *not_found(ssize_t i)
{
    if (i == -1)
        return mpy_err_set_string(MpyExc_ValueError, "substring not found");
    return index_result(i);
}

static MpyObject *str_index(MpyObject *s, MpyObject *const *args, size_t nargs)
{
    return not_found(find_sub(s, args, nargs, "index", 1));
}

static MpyObject *str_rindex(MpyObject *s, MpyObject *const *args, size_t nargs)
{
    return not_found(find_sub(s, args, nargs, "rindex", -1));
}

static MpyObject *str_count(MpyObject *s, MpyObject *const *args, size_t nargs)
{
    ssize_t start, end;
    if (parse_sub_args("count", args, nargs, &start, &end) < 0 || need_str(args[0]) < 0)
        return NULL;
    MpyObject *sub = args[0];
    size_t b0, b1;
    if (!byte_range(s, &start, &end, &b0, &b1) || end - start < MPY_STR_LEN(sub))
        return mpy_int_from_ssize(0);
    if (MPY_STR_LEN(sub) == 0)
        return mpy_int_from_ssize(end - start + 1);
    return mpy_int_from_ssize(mpy_str_memcount(DATA(s) + b0, b1 - b0, DATA(sub), BLEN(sub), -1));
}

/* CPython's tailmatch: 1, 0. */
static int tailmatch(MpyObject *s, MpyObject *sub, ssize_t start, ssize_t end, int dir)
{
    adjust_indices(&start, &end, MPY_STR_LEN(s));
    ssize_t n = MPY_STR_LEN(sub);
    if (end - start < n || start > MPY_STR_LEN(s))
        return 0;
    if (n == 0)
        return 1;
    size_t off = dir < 0 ? mpy_str_offset(s, start) : mpy_str_offset(s, end - n);
    size_t lim = mpy_str_offset(s, end);
    return off + BLEN(sub) <= lim && memcmp(DATA(s) + off, DATA(sub), BLEN(sub)) == 0;
}

static MpyObject *starts_ends(MpyObject *s, MpyObject *const *args, size_t nargs,
                              const char *name, int dir)
{
    ssize_t start, end;
    if (parse_sub_args(name, args, nargs, &start, &end) < 0)
        return NULL;
    MpyObject *x = args[0];
    if (MPY_TUPLE_CHECK(x)) {
        for (ssize_t i = 0; i < MPY_SIZE(x); i++) {
            MpyObject *sub = MPY_TUPLE_GET(x, i);
            if (!MPY_STR_CHECK(sub))
                return mpy_err_format(MpyExc_TypeError,
                                      "tuple for %s must only contain str, not %s", name,
                                      MPY_TYPE(sub)->tp_name);
            if (tailmatch(s, sub, start, end, dir))
                MPY_RETURN_TRUE;
        }
        MPY_RETURN_FALSE;
    }
    if (!MPY_STR_CHECK(x))
        return mpy_err_format(MpyExc_TypeError,
                              "%s first arg must be str or a tuple of str, not %s", name,
                              MPY_TYPE(x)->tp_name);
    return mpy_bool_from_long(tailmatch(s, x, start, end, dir));
}

static MpyObject *str_startswith(MpyObject *s, MpyObject *const *args, size_t nargs)
{
    return starts_ends(s, args, nargs, "startswith", -1);
}

static MpyObject *str_endswith(MpyObject *s, MpyObject *const *args, size_t nargs)
{
    return starts_ends(s, args, nargs, "endswith", 1);
}

/* ============================================================ splitting */

/* Appends bytes [p, p+n) of s to list as a str: 0 / -1. */
static int append_piece(MpyObject *list, MpyObject *s, const char *p, size_t n)
{
    MpyObject *piece = n == BLEN(s) && MPY_STR_CHECK_EXACT(s) ? MPY_NEWREF(s) : sub_bytes(s, p, n);
    if (!piece)
        return -1;
    int r = mpy_list_append(list, piece);
    MPY_DECREF(piece);
    return r;
}

/* The first character at or after p that is (space false) or is not
 * (space true) whitespace; ASCII needs no decoding. */
static const char *skip_while(const char *p, const char *end, bool space)
{
    while (p < end) {
        unsigned char c = (unsigned char)*p;
        if (c < 0x80) {
            if (mpy_ascii_isspace(c) != space)
                return p;
            p++;
            continue;
        }
        size_t k;
        if (mpy_unicode_isspace(mpy_utf8_decode(p, &k)) != space)
            return p;
        p += k;
    }
    return p;
}

static const char *skip_space(const char *p, const char *end) { return skip_while(p, end, true); }
static const char *skip_nonspace(const char *p, const char *end) { return skip_while(p, end, false); }

/* The start of the space run that ends at `end` (moving backwards). */
static const char *back_space(const char *begin, const char *end, bool space)
{
    while (end > begin) {
        unsigned char c = (unsigned char)end[-1];
        if (c < 0x80) {
            if (mpy_ascii_isspace(c) != space)
                break;
            end--;
            continue;
        }
        const char *q = end - 1;
        while (q > begin && ((unsigned char)*q & 0xC0) == 0x80)
            q--;
        size_t k;
        if (mpy_unicode_isspace(mpy_utf8_decode(q, &k)) != space)
            break;
        end = q;
    }
    return end;
}

static int split_whitespace(MpyObject *list, MpyObject *s, ssize_t maxsplit)
{
    const char *p = DATA(s), *end = p + BLEN(s);
    for (;;) {
        p = skip_space(p, end);
        if (p == end)
            return 0;
        if (maxsplit-- == 0) /* the rest, trailing spaces included, is one piece */
            return append_piece(list, s, p, (size_t)(end - p));
        const char *q = skip_nonspace(p, end);
        if (append_piece(list, s, p, (size_t)(q - p)) < 0)
            return -1;
        p = q;
    }
}

static int rsplit_whitespace(MpyObject *list, MpyObject *s, ssize_t maxsplit)
{
    const char *begin = DATA(s), *p = begin + BLEN(s);
    for (;;) {
        p = back_space(begin, p, true);
        if (p == begin)
            return 0;
        if (maxsplit-- == 0)
            return append_piece(list, s, begin, (size_t)(p - begin));
        const char *q = back_space(begin, p, false);
        if (append_piece(list, s, q, (size_t)(p - q)) < 0)
            return -1;
        p = q;
    }
}

static int split_sep(MpyObject *list, MpyObject *s, MpyObject *sep, ssize_t maxsplit)
{
    const char *p = DATA(s), *end = p + BLEN(s);
    size_t n = BLEN(sep);
    while (maxsplit-- != 0) {
        const char *q = mpy_str_memfind(p, (size_t)(end - p), DATA(sep), n);
        if (!q)
            break;
        if (append_piece(list, s, p, (size_t)(q - p)) < 0)
            return -1;
        p = q + n;
    }
    return append_piece(list, s, p, (size_t)(end - p));
}

static int rsplit_sep(MpyObject *list, MpyObject *s, MpyObject *sep, ssize_t maxsplit)
{
    const char *begin = DATA(s), *end = begin + BLEN(s);
    size_t n = BLEN(sep);
    while (maxsplit-- != 0) {
        const char *q = mpy_str_memrfind(begin, (size_t)(end - begin), DATA(sep), n);
        if (!q)
            break;
        if (append_piece(list, s, q + n, (size_t)(end - q - n)) < 0)
            return -1;
        end = q;
    }
    return append_piece(list, s, begin, (size_t)(end - begin));
}

static MpyObject *do_split(MpyObject *s, MpyObject *const *args, size_t nargs,
                           MpyObject *kwnames, const char *name, bool right)
{
    static const char *const kw[] = {"sep", "maxsplit", NULL};
    MpyArgSpec spec = {name, kw, 0, 2};
    MpyObject *a[2];
    ssize_t maxsplit = -1;
    if (mpy_arg_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    MpyObject *sep = a[0] == MPY_NONE ? NULL : a[0];
    if (sep && !MPY_STR_CHECK(sep))
        return mpy_err_format(MpyExc_TypeError, "must be str or None, not %s",
                              MPY_TYPE(sep)->tp_name);
    if (sep && BLEN(sep) == 0)
        return mpy_err_set_string(MpyExc_ValueError, "empty separator");
    if (a[1] && as_ssize(a[1], &maxsplit) < 0)
        return NULL;
    if (maxsplit < 0)
        maxsplit = -1;
    MpyObject *list = mpy_list_new(0);
    if (!list)
        return NULL;
    int r = sep ? (right ? rsplit_sep : split_sep)(list, s, sep, maxsplit)
                : (right ? rsplit_whitespace : split_whitespace)(list, s, maxsplit);
    if (r == 0 && right)
        r = mpy_list_reverse(list);
    if (r < 0)
        MPY_CLEAR(list);
    return list;
}

static MpyObject *str_split(MpyObject *s, MpyObject *const *args, size_t nargs, MpyObject *kw)
{
    return do_split(s, args, nargs, kw, "split", false);
}

static MpyObject *str_rsplit(MpyObject *s, MpyObject *const *args, size_t nargs, MpyObject *kw)
{
    return do_split(s, args, nargs, kw, "rsplit", true);
}

/* The length of the line break at p ("\r\n" is one), 0 if none. */
static size_t linebreak_at(const char *p, const char *end)
{
    unsigned char c = (unsigned char)*p;
    if (c < 0x80) {
        if (c == '\r')
            return p + 1 < end && p[1] == '\n' ? 2 : 1;
        return (c >= 0x0A && c <= 0x0C) || (c >= 0x1C && c <= 0x1E);
    }
    size_t k;
    return mpy_unicode_islinebreak(mpy_utf8_decode(p, &k)) ? k : 0;
}

static MpyObject *str_splitlines(MpyObject *s, MpyObject *const *args, size_t nargs,
                                 MpyObject *kwnames)
{
    static const char *const kw[] = {"keepends", NULL};
    static const MpyArgSpec spec = {"splitlines", kw, 0, 1};
    MpyObject *a[1];
    ssize_t keepends = 0;
    if (mpy_arg_unpack(&spec, args, nargs, kwnames, a) < 0 || (a[0] && as_ssize(a[0], &keepends) < 0))
        return NULL;
    MpyObject *list = mpy_list_new(0);
    if (!list)
        return NULL;
    const char *p = DATA(s), *end = p + BLEN(s), *line = p;
    while (p < end) {
        size_t k = linebreak_at(p, end);
        if (!k) {
            p += mpy_utf8_seqlen((unsigned char)*p);
            continue;
        }
        if (append_piece(list, s, line, (size_t)(p - line) + (keepends ? k : 0)) < 0) {
            MPY_DECREF(list);
            return NULL;
        }
        p += k;
        line = p;
    }
    if (line < end && append_piece(list, s, line, (size_t)(end - line)) < 0)
        MPY_CLEAR(list);
    return list;
}

static MpyObject *partition(MpyObject *s, MpyObject *sep, bool right)
{
    if (need_str(sep) < 0)
        return NULL;
    if (BLEN(sep) == 0)
        return mpy_err_set_string(MpyExc_ValueError, "empty separator");
    const char *p = right ? mpy_str_memrfind(DATA(s), BLEN(s), DATA(sep), BLEN(sep))
                          : mpy_str_memfind(DATA(s), BLEN(s), DATA(sep), BLEN(sep));
    MpyObject *empty = mpy_str_empty();
    if (!p)
        return right ? mpy_tuple_pack(3, empty, empty, s) : mpy_tuple_pack(3, s, empty, empty);
    MpyObject *head = sub_bytes(s, DATA(s), (size_t)(p - DATA(s)));
    MpyObject *tail = sub_bytes(s, p + BLEN(sep), BLEN(s) - (size_t)(p - DATA(s)) - BLEN(sep));
    MpyObject *r = head && tail ? mpy_tuple_pack(3, head, sep, tail) : NULL;
    MPY_XDECREF(head);
    MPY_XDECREF(tail);
    return r;
}

static MpyObject *str_partition(MpyObject *s, MpyObject *sep) { return partition(s, sep, false); }
static MpyObject *str_rpartition(MpyObject *s, MpyObject *sep) { return partition(s, sep, true); }

static MpyObject *str_join(MpyObject *s, MpyObject *iterable) { return mpy_str_join(s, iterable); }

/* ============================================================ stripping */

/* Whether c is in the strip set chars (NULL: whitespace). */
static bool in_strip_set(uint32_t c, MpyObject *chars)
{
    if (!chars)
        return mpy_unicode_isspace(c);
    if (c < 0x80)
        return memchr(DATA(chars), (int)c, BLEN(chars)) != NULL;
    char enc[4];
    size_t k = mpy_utf8_encode(c, enc);
    return mpy_str_memfind(DATA(chars), BLEN(chars), enc, k) != NULL;
}

static MpyObject *do_strip(MpyObject *s, MpyObject *const *args, size_t nargs, const char *name,
                           bool left, bool right)
{
    if (mpy_arg_check_positional(name, nargs, 0, 1) < 0)
        return NULL;
    MpyObject *chars = nargs && args[0] != MPY_NONE ? args[0] : NULL;
    if (chars && !MPY_STR_CHECK(chars))
        return mpy_err_format(MpyExc_TypeError, "%s arg must be None or str", name);
    const char *p = DATA(s), *end = p + BLEN(s);
    size_t k;
    while (left && p < end) {
        uint32_t c = mpy_utf8_decode(p, &k);
        if (!in_strip_set(c, chars))
            break;
        p += k;
    }
    while (right && end > p) {
        const char *q = end - 1;
        while (q > p && ((unsigned char)*q & 0xC0) == 0x80)
            q--;
        if (!in_strip_set(mpy_utf8_decode(q, &k), chars))
            break;
        end = q;
    }
    if (p == DATA(s) && end == DATA(s) + BLEN(s))
        return unchanged(s);
    return sub_bytes(s, p, (size_t)(end - p));
}

static MpyObject *str_strip(MpyObject *s, MpyObject *const *a, size_t n)
{
    return do_strip(s, a, n, "strip", true, true);
}
static MpyObject *str_lstrip(MpyObject *s, MpyObject *const *a, size_t n)
{
    return do_strip(s, a, n, "lstrip", true, false);
}
static MpyObject *str_rstrip(MpyObject *s, MpyObject *const *a, size_t n)
{
    return do_strip(s, a, n, "rstrip", false, true);
}

static MpyObject *remove_affix(MpyObject *s, MpyObject *affix, const char *name, bool prefix)
{
    if (!MPY_STR_CHECK(affix))
        return mpy_err_format(MpyExc_TypeError, "%s() argument must be str, not %s", name,
                              mpy_arg_type_name(affix));
    size_t n = BLEN(affix);
    if (n && n <= BLEN(s)) {
        const char *at = prefix ? DATA(s) : DATA(s) + BLEN(s) - n;
        if (memcmp(at, DATA(affix), n) == 0)
            return sub_bytes(s, prefix ? DATA(s) + n : DATA(s), BLEN(s) - n);
    }
    return unchanged(s);
}

static MpyObject *str_removeprefix(MpyObject *s, MpyObject *a)
{
    return remove_affix(s, a, "removeprefix", true);
}

static MpyObject *str_removesuffix(MpyObject *s, MpyObject *a)
{
    return remove_affix(s, a, "removesuffix", false);
}

/* ============================================================ replace */

static MpyObject *replace_empty(MpyObject *s, MpyObject *new, ssize_t count)
{
    MpyStrWriter w = MPY_STRW_INIT;
    const char *p = DATA(s), *end = p + BLEN(s);
    for (;;) {
        if (count-- != 0 && mpy_strw_append_str(&w, new) < 0)
            goto fail;
        if (p == end)
            break;
        size_t k = mpy_utf8_seqlen((unsigned char)*p);
        if (count == 0) { /* the rest unchanged */
            k = (size_t)(end - p);
            if (mpy_strw_append_utf8(&w, p, k) < 0)
                goto fail;
            break;
        }
        if (mpy_strw_append_utf8(&w, p, k) < 0)
            goto fail;
        p += k;
    }
    return mpy_strw_finish(&w);
fail:
    mpy_strw_discard(&w);
    return NULL;
}

static MpyObject *str_replace(MpyObject *s, MpyObject *const *args, size_t nargs)
{
    ssize_t count = -1;
    if (mpy_arg_check_positional("replace", nargs, 2, 3) < 0)
        return NULL;
    if (!MPY_STR_CHECK(args[0]))
        return mpy_err_format(MpyExc_TypeError, "replace() argument 1 must be str, not %s",
                              mpy_arg_type_name(args[0]));
    if (!MPY_STR_CHECK(args[1]))
        return mpy_err_format(MpyExc_TypeError, "replace() argument 2 must be str, not %s",
                              mpy_arg_type_name(args[1]));
    if (nargs > 2 && as_ssize(args[2], &count) < 0)
        return NULL;
    MpyObject *old = args[0], *new = args[1];
    if (count < 0)
        count = -1;
    if (BLEN(old) == 0)
        return count == 0 ? unchanged(s) : replace_empty(s, new, count);
    ssize_t n = mpy_str_memcount(DATA(s), BLEN(s), DATA(old), BLEN(old), count);
    if (n == 0)
        return unchanged(s);
    MpyStrWriter w = MPY_STRW_INIT;
    const char *p = DATA(s), *end = p + BLEN(s);
    for (ssize_t i = 0; i < n; i++) {
        const char *q = mpy_str_memfind(p, (size_t)(end - p), DATA(old), BLEN(old));
        if (mpy_strw_append_utf8(&w, p, (size_t)(q - p)) < 0 || mpy_strw_append_str(&w, new) < 0)
            goto fail;
        p = q + BLEN(old);
    }
    if (mpy_strw_append_utf8(&w, p, (size_t)(end - p)) < 0)
        goto fail;
    return mpy_strw_finish(&w);
fail:
    mpy_strw_discard(&w);
    return NULL;
}

/* ========================================================= case mapping */

/* Σ (U+03A3) lowers to final ς when it ends a word: preceded by a cased
 * character and not followed by one, case-ignorable characters skipped
 * (CPython's handle_capital_sigma). `at` is the offset of the Σ. */
static uint32_t lower_sigma(const char *data, size_t len, size_t at)
{
    size_t k;
    uint32_t c = 0;
    size_t j = at;
    bool found = false;
    while (j > 0) {
        do
            j--;
        while (j > 0 && ((unsigned char)data[j] & 0xC0) == 0x80);
        c = mpy_utf8_decode(data + j, &k);
        if (!mpy_unicode_iscaseignorable(c)) {
            found = true;
            break;
        }
    }
    if (!found || !mpy_unicode_iscased(c))
        return 0x3C3;
    for (j = at + 2; j < len; j += k) {
        c = mpy_utf8_decode(data + j, &k);
        if (!mpy_unicode_iscaseignorable(c))
            return mpy_unicode_iscased(c) ? 0x3C3 : 0x3C2;
    }
    return 0x3C2;
}

typedef enum { MAP_LOWER, MAP_UPPER, MAP_TITLE, MAP_FOLD, MAP_SWAP } CaseMap;

/* Appends the full mapping of the character c found at offset `at`. */
static int append_mapped(MpyStrWriter *w, MpyObject *s, size_t at, uint32_t c, CaseMap how)
{
    uint32_t out[3];
    size_t n;
    if (how == MAP_SWAP)
        how = mpy_unicode_isupper(c) ? MAP_LOWER : mpy_unicode_islower(c) ? MAP_UPPER : MAP_SWAP;
    switch (how) {
    case MAP_LOWER:
        if (c == 0x3A3) {
            out[0] = lower_sigma(DATA(s), BLEN(s), at);
            n = 1;
        } else {
            n = mpy_unicode_lower(c, out);
        }
        break;
    case MAP_UPPER: n = mpy_unicode_upper(c, out); break;
    case MAP_TITLE: n = mpy_unicode_title(c, out); break;
    case MAP_FOLD: n = mpy_unicode_fold(c, out); break;
    default: out[0] = c; n = 1; break;
    }
    for (size_t i = 0; i < n; i++)
        if (mpy_strw_append_char(w, out[i]) < 0)
            return -1;
    return 0;
}

static char ascii_map(char c, CaseMap how)
{
    bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
    if ((how == MAP_UPPER || how == MAP_TITLE || how == MAP_SWAP) && low)
        return (char)(c - 32);
    if ((how == MAP_LOWER || how == MAP_FOLD || how == MAP_SWAP) && up)
        return (char)(c + 32);
    return c;
}

/* Maps every character of an ASCII string in one pass. */
static MpyObject *map_ascii(MpyObject *s, CaseMap how)
{
    size_t n = BLEN(s);
    if (n < 2) /* '' and single characters are the shared objects */
        return n ? mpy_str_from_codepoint((unsigned char)ascii_map(DATA(s)[0], how))
                 : MPY_NEWREF(mpy_str_empty());
    MpyObject *r = mpy_str_alloc(n, n, ASCII_MAX);
    if (!r)
        return NULL;
    const unsigned char *src = (const unsigned char *)DATA(s);
    unsigned char *dst = (unsigned char *)DATA(r);
    /* Branch-free loops the compiler vectorises for the common mappings. */
    if (how == MAP_UPPER)
        for (size_t i = 0; i < n; i++)
            dst[i] = (unsigned char)(src[i] - (((unsigned)(src[i] - 'a') < 26u) << 5));
    else if (how == MAP_LOWER || how == MAP_FOLD)
        for (size_t i = 0; i < n; i++)
            dst[i] = (unsigned char)(src[i] + (((unsigned)(src[i] - 'A') < 26u) << 5));
    else
        for (size_t i = 0; i < n; i++)
            dst[i] = (unsigned char)ascii_map((char)src[i], how);
    return r;
}

/* Each character mapped by how, except that for title() and capitalize()
 * the choice depends on the previous character. */
static MpyObject *map_chars(MpyObject *s, CaseMap how)
{
    if (MPY_STR_IS_ASCII(s))
        return map_ascii(s, how);
    MpyStrWriter w = MPY_STRW_INIT;
    const char *p = DATA(s);
    size_t n = BLEN(s);
    for (size_t i = 0; i < n;) {
        size_t k;
        uint32_t c = mpy_utf8_decode(p + i, &k);
        if (append_mapped(&w, s, i, c, how) < 0) {
            mpy_strw_discard(&w);
            return NULL;
        }
        i += k;
    }
    return mpy_strw_finish(&w);
}

static MpyObject *str_lower(MpyObject *s, MpyObject *u) { return map_chars(s, MAP_LOWER); }
static MpyObject *str_upper(MpyObject *s, MpyObject *u) { return map_chars(s, MAP_UPPER); }
static MpyObject *str_casefold(MpyObject *s, MpyObject *u) { return map_chars(s, MAP_FOLD); }
static MpyObject *str_swapcase(MpyObject *s, MpyObject *u) { return map_chars(s, MAP_SWAP); }

/* title(): a character after a cased one is lowered, any other titled.
 * capitalize(): the first character titled, the rest lowered. */
static MpyObject *title_or_capitalize(MpyObject *s, bool title)
{
    MpyStrWriter w = MPY_STRW_INIT;
    const char *p = DATA(s);
    size_t n = BLEN(s);
    bool previous_cased = false;
    for (size_t i = 0; i < n;) {
        size_t k;
        uint32_t c = mpy_utf8_decode(p + i, &k);
        CaseMap how = title ? (previous_cased ? MAP_LOWER : MAP_TITLE)
                            : (i == 0 ? MAP_TITLE : MAP_LOWER);
        int r;
        if (c < 0x80)
            r = mpy_strw_append_char(&w, (unsigned char)ascii_map((char)c, how));
        else
            r = append_mapped(&w, s, i, c, how);
        if (r < 0) {
            mpy_strw_discard(&w);
            return NULL;
        }
        previous_cased = c < 0x80 ? ((c | 32) >= 'a' && (c | 32) <= 'z') : mpy_unicode_iscased(c);
        i += k;
    }
    return mpy_strw_finish(&w);
}

static MpyObject *str_title(MpyObject *s, MpyObject *u) { return title_or_capitalize(s, true); }
static MpyObject *str_capitalize(MpyObject *s, MpyObject *u)
{
    return title_or_capitalize(s, false);
}

/* ============================================================ predicates */

typedef bool (*CharTest)(uint32_t);

/* True when s is non-empty and every character passes. */
static MpyObject *all_chars(MpyObject *s, CharTest test)
{
    const char *p = DATA(s);
    size_t n = BLEN(s);
    if (n == 0)
        MPY_RETURN_FALSE;
    for (size_t i = 0; i < n;) {
        size_t k;
        if (!test(mpy_utf8_decode(p + i, &k)))
            MPY_RETURN_FALSE;
        i += k;
    }
    MPY_RETURN_TRUE;
}

static MpyObject *str_isspace(MpyObject *s, MpyObject *u) { return all_chars(s, mpy_unicode_isspace); }
static MpyObject *str_isalpha(MpyObject *s, MpyObject *u) { return all_chars(s, mpy_unicode_isalpha); }
static MpyObject *str_isalnum(MpyObject *s, MpyObject *u) { return all_chars(s, mpy_unicode_isalnum); }
static MpyObject *str_isdecimal(MpyObject *s, MpyObject *u) { return all_chars(s, mpy_unicode_isdecimal); }
static MpyObject *str_isdigit(MpyObject *s, MpyObject *u) { return all_chars(s, mpy_unicode_isdigit); }
static MpyObject *str_isnumeric(MpyObject *s, MpyObject *u) { return all_chars(s, mpy_unicode_isnumeric); }

static MpyObject *str_isascii(MpyObject *s, MpyObject *u)
{
    return mpy_bool_from_long(MPY_STR_IS_ASCII(s) || BLEN(s) == 0);
}

static MpyObject *str_isprintable(MpyObject *s, MpyObject *u)
{
    const char *p = DATA(s);
    for (size_t i = 0, n = BLEN(s); i < n;) {
        size_t k;
        if (!mpy_unicode_isprintable(mpy_utf8_decode(p + i, &k)))
            MPY_RETURN_FALSE;
        i += k;
    }
    MPY_RETURN_TRUE;
}

/* islower / isupper: no character of the opposite case or titlecase, and
 * at least one cased. */
static MpyObject *case_test(MpyObject *s, CharTest same, CharTest opposite)
{
    bool cased = false;
    const char *p = DATA(s);
    for (size_t i = 0, n = BLEN(s); i < n;) {
        size_t k;
        uint32_t c = mpy_utf8_decode(p + i, &k);
        if (opposite(c) || mpy_unicode_istitle(c))
            MPY_RETURN_FALSE;
        cased = cased || same(c);
        i += k;
    }
    return mpy_bool_from_long(cased);
}

static MpyObject *str_islower(MpyObject *s, MpyObject *u)
{
    return case_test(s, mpy_unicode_islower, mpy_unicode_isupper);
}

static MpyObject *str_isupper(MpyObject *s, MpyObject *u)
{
    return case_test(s, mpy_unicode_isupper, mpy_unicode_islower);
}

static MpyObject *str_istitle(MpyObject *s, MpyObject *u)
{
    bool cased = false, previous_cased = false;
    const char *p = DATA(s);
    for (size_t i = 0, n = BLEN(s); i < n;) {
        size_t k;
        uint32_t c = mpy_utf8_decode(p + i, &k);
        i += k;
        if (mpy_unicode_isupper(c) || mpy_unicode_istitle(c)) {
            if (previous_cased)
                MPY_RETURN_FALSE;
            previous_cased = cased = true;
        } else if (mpy_unicode_islower(c)) {
            if (!previous_cased)
                MPY_RETURN_FALSE;
            previous_cased = cased = true;
        } else {
            previous_cased = false;
        }
    }
    return mpy_bool_from_long(cased);
}

static MpyObject *str_isidentifier(MpyObject *s, MpyObject *u)
{
    const char *p = DATA(s);
    size_t n = BLEN(s);
    if (n == 0)
        MPY_RETURN_FALSE;
    for (size_t i = 0; i < n;) {
        size_t k;
        uint32_t c = mpy_utf8_decode(p + i, &k);
        if (!(i == 0 ? mpy_unicode_isxid_start(c) : mpy_unicode_isxid_continue(c)))
            MPY_RETURN_FALSE;
        i += k;
    }
    MPY_RETURN_TRUE;
}

/* ============================================================ padding */

static MpyObject *pad(MpyObject *s, ssize_t left, ssize_t right, uint32_t fill)
{
    MpyStrWriter w = MPY_STRW_INIT;
    if (mpy_strw_append_fill(&w, fill, (size_t)left) < 0 || mpy_strw_append_str(&w, s) < 0 ||
        mpy_strw_append_fill(&w, fill, (size_t)right) < 0) {
        mpy_strw_discard(&w);
        return NULL;
    }
    return mpy_strw_finish(&w);
}

/* center, ljust, rjust: align 0 centre, -1 left, 1 right. */
static MpyObject *justify(MpyObject *s, MpyObject *const *args, size_t nargs, const char *name,
                          int align)
{
    ssize_t width;
    uint32_t fill = ' ';
    if (mpy_arg_check_positional(name, nargs, 1, 2) < 0 || as_ssize(args[0], &width) < 0 ||
        (nargs > 1 && parse_fill(args[1], &fill) < 0))
        return NULL;
    ssize_t marg = width - MPY_STR_LEN(s);
    if (marg <= 0)
        return unchanged(s);
    ssize_t left = align < 0 ? 0 : align > 0 ? marg : marg / 2 + (marg & width & 1);
    return pad(s, left, marg - left, fill);
}

static MpyObject *str_center(MpyObject *s, MpyObject *const *a, size_t n)
{
    return justify(s, a, n, "center", 0);
}
static MpyObject *str_ljust(MpyObject *s, MpyObject *const *a, size_t n)
{
    return justify(s, a, n, "ljust", -1);
}
static MpyObject *str_rjust(MpyObject *s, MpyObject *const *a, size_t n)
{
    return justify(s, a, n, "rjust", 1);
}

static MpyObject *str_zfill(MpyObject *s, MpyObject *arg)
{
    ssize_t width;
    if (as_ssize(arg, &width) < 0)
        return NULL;
    ssize_t fill = width - MPY_STR_LEN(s);
    if (fill <= 0)
        return unchanged(s);
    MpyStrWriter w = MPY_STRW_INIT;
    const char *p = DATA(s);
    size_t n = BLEN(s), sign = n && (p[0] == '+' || p[0] == '-');
    if (mpy_strw_append_ascii(&w, p, sign) < 0 || mpy_strw_append_fill(&w, '0', (size_t)fill) < 0 ||
        mpy_strw_append_utf8(&w, p + sign, n - sign) < 0) {
        mpy_strw_discard(&w);
        return NULL;
    }
    return mpy_strw_finish(&w);
}

static MpyObject *str_expandtabs(MpyObject *s, MpyObject *const *args, size_t nargs,
                                 MpyObject *kwnames)
{
    static const char *const kw[] = {"tabsize", NULL};
    static const MpyArgSpec spec = {"expandtabs", kw, 0, 1};
    MpyObject *a[1];
    ssize_t tabsize = 8;
    if (mpy_arg_unpack(&spec, args, nargs, kwnames, a) < 0 || (a[0] && as_ssize(a[0], &tabsize) < 0))
        return NULL;
    const char *p = DATA(s);
    size_t n = BLEN(s);
    if (!memchr(p, '\t', n))
        return unchanged(s);
    MpyStrWriter w = MPY_STRW_INIT;
    size_t column = 0;
    for (size_t i = 0; i < n;) {
        size_t k = mpy_utf8_seqlen((unsigned char)p[i]);
        int r;
        if (p[i] == '\t') {
            size_t spaces = tabsize > 0 ? (size_t)tabsize - column % (size_t)tabsize : 0;
            r = mpy_strw_append_fill(&w, ' ', spaces);
            column += spaces;
        } else {
            r = mpy_strw_append_utf8(&w, p + i, k);
            column = p[i] == '\n' || p[i] == '\r' ? 0 : column + 1;
        }
        if (r < 0) {
            mpy_strw_discard(&w);
            return NULL;
        }
        i += k;
    }
    return mpy_strw_finish(&w);
}

/* ============================================================ translate */

/* ord(key) for a maketrans key: an int, or a str of length 1. */
static MpyObject *trans_key(MpyObject *key)
{
    if (MPY_STR_CHECK(key)) {
        if (MPY_STR_LEN(key) != 1)
            return mpy_err_set_string(MpyExc_ValueError,
                                      "string keys in translate table must be of length 1");
        return mpy_int_from_i64(mpy_str_char_at(key, 0));
    }
    if (MPY_INT_CHECK(key))
        return MPY_NEWREF(key);
    return mpy_err_set_string(MpyExc_TypeError, "keys in translate table must be strings or integers");
}

static int dict_set_steal(MpyObject *d, MpyObject *key, MpyObject *value)
{
    int r = key && value ? mpy_dict_set_item(d, key, value) : -1;
    MPY_XDECREF(key);
    MPY_XDECREF(value);
    return r;
}

static MpyObject *maketrans_dict(MpyObject *x)
{
    if (!MPY_DICT_CHECK(x))
        return mpy_err_set_string(MpyExc_TypeError, "if you give only one argument to maketrans "
                                                    "it must be a dict");
    MpyObject *d = mpy_dict_new(), *key, *value;
    ssize_t pos = 0;
    while (d && mpy_dict_next(x, &pos, &key, &value))
        if (dict_set_steal(d, trans_key(key), MPY_NEWREF(value)) < 0)
            MPY_CLEAR(d);
    return d;
}

static MpyObject *str_maketrans(MpyObject *unused, MpyObject *const *args, size_t nargs)
{
    if (mpy_arg_check_positional("maketrans", nargs, 1, 3) < 0)
        return NULL;
    if (nargs == 1)
        return maketrans_dict(args[0]);
    MpyObject *x = args[0], *y = args[1], *z = nargs > 2 ? args[2] : NULL;
    if (!MPY_STR_CHECK(x))
        return mpy_err_set_string(MpyExc_TypeError, "first maketrans argument must be a string "
                                                    "if there is a second argument");
    if (!MPY_STR_CHECK(y))
        return mpy_err_format(MpyExc_TypeError, "maketrans() argument 2 must be str, not %s",
                              mpy_arg_type_name(y));
    if (z && !MPY_STR_CHECK(z))
        return mpy_err_format(MpyExc_TypeError, "maketrans() argument 3 must be str, not %s",
                              mpy_arg_type_name(z));
    if (MPY_STR_LEN(x) != MPY_STR_LEN(y))
        return mpy_err_set_string(MpyExc_ValueError, "the first two maketrans arguments must "
                                                     "have equal length");
    MpyObject *d = mpy_dict_new();
    for (ssize_t i = 0; d && i < MPY_STR_LEN(x); i++)
        if (dict_set_steal(d, mpy_int_from_i64(mpy_str_char_at(x, i)),
                           mpy_int_from_i64(mpy_str_char_at(y, i))) < 0)
            MPY_CLEAR(d);
    for (ssize_t i = 0; d && z && i < MPY_STR_LEN(z); i++)
        if (dict_set_steal(d, mpy_int_from_i64(mpy_str_char_at(z, i)), MPY_NEWREF(MPY_NONE)) < 0)
            MPY_CLEAR(d);
    return d;
}

/* What table[c] says for one character: appended to w; 0 / -1. */
static int translate_char(MpyStrWriter *w, MpyObject *table, uint32_t c)
{
    MpyObject *key = mpy_int_from_i64(c);
    if (!key)
        return -1;
    MpyObject *v = mpy_object_getitem(table, key);
    MPY_DECREF(key);
    if (!v) {
        if (!mpy_err_exception_matches(MpyExc_LookupError))
            return -1;
        mpy_err_clear();
        return mpy_strw_append_char(w, c);
    }
    int r = 0;
    if (v == MPY_NONE) {
    } else if (MPY_INT_CHECK(v)) {
        int64_t x;
        if (mpy_int_to_i64(v, &x) != 0 || x < 0 || x > 0x10FFFF) {
            mpy_err_set_string(MpyExc_ValueError, "character mapping must be in range(0x110000)");
            r = -1;
        } else {
            r = mpy_strw_append_char(w, (uint32_t)x);
        }
    } else if (MPY_STR_CHECK(v)) {
        r = mpy_strw_append_str(w, v);
    } else {
        mpy_err_set_string(MpyExc_TypeError, "character mapping must return integer, None or str");
        r = -1;
    }
    MPY_DECREF(v);
    return r;
}

static MpyObject *str_translate(MpyObject *s, MpyObject *table)
{
    MpyStrWriter w = MPY_STRW_INIT;
    const char *p = DATA(s);
    for (size_t i = 0, n = BLEN(s); i < n;) {
        size_t k;
        uint32_t c = mpy_utf8_decode(p + i, &k);
        if (translate_char(&w, table, c) < 0) {
            mpy_strw_discard(&w);
            return NULL;
        }
        i += k;
    }
    return mpy_strw_finish(&w);
}

/* ============================================================ the rest */

static MpyObject *str_encode(MpyObject *s, MpyObject *const *args, size_t nargs,
                             MpyObject *kwnames)
{
    static const char *const kw[] = {"encoding", "errors", NULL};
    static const MpyArgSpec spec = {"encode", kw, 0, 2};
    MpyObject *a[2];
    if (mpy_arg_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    for (int i = 0; i < 2; i++)
        if (a[i] && !MPY_STR_CHECK(a[i]))
            return mpy_err_format(MpyExc_TypeError, "encode() argument '%s' must be str, not %s",
                                  kw[i], mpy_arg_type_name(a[i]));
    return mpy_str_encode(s, a[0] ? DATA(a[0]) : NULL, a[1] ? DATA(a[1]) : NULL);
}

static MpyObject *str_format(MpyObject *s, MpyObject *const *args, size_t nargs,
                             MpyObject *kwnames)
{
    return mpy_str_format_method(s, args, nargs, kwnames);
}

static MpyObject *str_format_map(MpyObject *s, MpyObject *mapping)
{
    return mpy_str_format_map(s, mapping);
}

static MpyObject *str___format__(MpyObject *s, MpyObject *spec)
{
    if (!MPY_STR_CHECK(spec))
        return mpy_err_format(MpyExc_TypeError, "__format__() argument must be str, not %s",
                              mpy_arg_type_name(spec));
    if (BLEN(spec) == 0)
        return mpy_object_str(s);
    MpyFormatSpec fs;
    if (mpy_format_spec_parse(spec, &fs, 's', '<') < 0)
        return NULL;
    return mpy_str_format_spec(s, &fs);
}

/* CPython's compact layouts: 48 + n + 1 for ASCII, 72 + (n + 1) * kind
 * otherwise; a subclass instance is a 80-byte object plus its data. */
static MpyObject *str_sizeof(MpyObject *s, MpyObject *u)
{
    MpyStrObject *o = (MpyStrObject *)s;
    size_t kind = o->max_char < 0x100 ? 1 : o->max_char < 0x10000 ? 2 : 4;
    size_t data = ((size_t)o->length + 1) * kind;
    size_t size;
    if (!MPY_STR_CHECK_EXACT(s))
        size = 80 + data;
    else
        size = (o->state & MPY_STR_ASCII ? 48 : 72) + data;
    return mpy_int_from_ssize((ssize_t)size);
}

static MpyObject *str_getnewargs(MpyObject *s, MpyObject *u)
{
    MpyObject *copy = mpy_str_exact(s);
    if (!copy)
        return NULL;
    MpyObject *t = mpy_tuple_pack(1, copy);
    MPY_DECREF(copy);
    return t;
}

#define NOARGS(name, fn, doc) {name, MPY_METH(fn), MPY_METH_NOARGS, doc}
#define ONEARG(name, fn, doc) {name, MPY_METH(fn), MPY_METH_O, doc}
#define FAST(name, fn, doc) {name, MPY_METH(fn), MPY_METH_FASTCALL, doc}
#define FASTKW(name, fn, doc) {name, MPY_METH(fn), MPY_METH_FASTCALL | MPY_METH_KEYWORDS, doc}

MpyMethodDef mpy_str_methods[] = {
    FAST("find", str_find, "Return the lowest index in S where substring sub is found, such that sub is contained within S[start:end].  Optional\narguments start and end are interpreted as in slice notation.\n\nReturn -1 on failure."),
    FAST("rfind", str_rfind, "Return the highest index in S where substring sub is found, such that sub is contained within S[start:end].  Optional\narguments start and end are interpreted as in slice notation.\n\nReturn -1 on failure."),
    FAST("index", str_index, "Return the lowest index in S where substring sub is found, such that sub is contained within S[start:end].  Optional\narguments start and end are interpreted as in slice notation.\n\nRaises ValueError when the substring is not found."),
    FAST("rindex", str_rindex, "Return the highest index in S where substring sub is found, such that sub is contained within S[start:end].  Optional\narguments start and end are interpreted as in slice notation.\n\nRaises ValueError when the substring is not found."),
    FAST("count", str_count, "Return the number of non-overlapping occurrences of substring sub in string S[start:end].  Optional arguments start and end are\ninterpreted as in slice notation."),
    FAST("startswith", str_startswith, "Return True if S starts with the specified prefix, False otherwise.\nWith optional start, test S beginning at that position.\nWith optional end, stop comparing S at that position.\nprefix can also be a tuple of strings to try."),
    FAST("endswith", str_endswith, "Return True if S ends with the specified suffix, False otherwise.\nWith optional start, test S beginning at that position.\nWith optional end, stop comparing S at that position.\nsuffix can also be a tuple of strings to try."),
    FASTKW("split", str_split, "Return a list of the substrings in the string, using sep as the separator string."),
    FASTKW("rsplit", str_rsplit, "Return a list of the substrings in the string, using sep as the separator string."),
    FASTKW("splitlines", str_splitlines, "Return a list of the lines in the string, breaking at line boundaries."),
    ONEARG("partition", str_partition, "Partition the string into three parts using the given separator."),
    ONEARG("rpartition", str_rpartition, "Partition the string into three parts using the given separator."),
    ONEARG("join", str_join, "Concatenate any number of strings."),
    FAST("strip", str_strip, "Return a copy of the string with leading and trailing whitespace removed.\n\nIf chars is given and not None, remove characters in chars instead."),
    FAST("lstrip", str_lstrip, "Return a copy of the string with leading whitespace removed.\n\nIf chars is given and not None, remove characters in chars instead."),
    FAST("rstrip", str_rstrip, "Return a copy of the string with trailing whitespace removed.\n\nIf chars is given and not None, remove characters in chars instead."),
    ONEARG("removeprefix", str_removeprefix, "Return a str with the given prefix string removed if present."),
    ONEARG("removesuffix", str_removesuffix, "Return a str with the given suffix string removed if present."),
    FAST("replace", str_replace, "Return a copy with all occurrences of substring old replaced by new."),
    NOARGS("lower", str_lower, "Return a copy of the string converted to lowercase."),
    NOARGS("upper", str_upper, "Return a copy of the string converted to uppercase."),
    NOARGS("casefold", str_casefold, "Return a version of the string suitable for caseless comparisons."),
    NOARGS("swapcase", str_swapcase, "Convert uppercase characters to lowercase and lowercase characters to uppercase."),
    NOARGS("title", str_title, "Return a version of the string where each word is titlecased."),
    NOARGS("capitalize", str_capitalize, "Return a capitalized version of the string."),
    NOARGS("isspace", str_isspace, "Return True if the string is a whitespace string, False otherwise."),
    NOARGS("isalpha", str_isalpha, "Return True if the string is an alphabetic string, False otherwise."),
    NOARGS("isalnum", str_isalnum, "Return True if the string is an alpha-numeric string, False otherwise."),
    NOARGS("isdecimal", str_isdecimal, "Return True if the string is a decimal string, False otherwise."),
    NOARGS("isdigit", str_isdigit, "Return True if the string is a digit string, False otherwise."),
    NOARGS("isnumeric", str_isnumeric, "Return True if the string is a numeric string, False otherwise."),
    NOARGS("isascii", str_isascii, "Return True if all characters in the string are ASCII, False otherwise."),
    NOARGS("isprintable", str_isprintable, "Return True if the string is printable, False otherwise."),
    NOARGS("islower", str_islower, "Return True if the string is a lowercase string, False otherwise."),
    NOARGS("isupper", str_isupper, "Return True if the string is an uppercase string, False otherwise."),
    NOARGS("istitle", str_istitle, "Return True if the string is a title-cased string, False otherwise."),
    NOARGS("isidentifier", str_isidentifier, "Return True if the string is a valid Python identifier, False otherwise."),
    FAST("center", str_center, "Return a centered string of length width."),
    FAST("ljust", str_ljust, "Return a left-justified string of length width."),
    FAST("rjust", str_rjust, "Return a right-justified string of length width."),
    ONEARG("zfill", str_zfill, "Pad a numeric string with zeros on the left, to fill a field of the given width."),
    FASTKW("expandtabs", str_expandtabs, "Return a copy where all tab characters are expanded using spaces."),
    {"maketrans", MPY_METH(str_maketrans), MPY_METH_FASTCALL | MPY_METH_STATIC, "Return a translation table usable for str.translate()."},
    ONEARG("translate", str_translate, "Replace each character in the string using the given translation table."),
    FASTKW("encode", str_encode, "Encode the string using the codec registered for encoding."),
    FASTKW("format", str_format, "S.format(*args, **kwargs) -> str\n\nReturn a formatted version of S, using substitutions from args and kwargs.\nThe substitutions are identified by braces ('{' and '}')."),
    ONEARG("format_map", str_format_map, "S.format_map(mapping) -> str\n\nReturn a formatted version of S, using substitutions from mapping.\nThe substitutions are identified by braces ('{' and '}')."),
    ONEARG("__format__", str___format__, "Return a formatted version of the string as described by format_spec."),
    NOARGS("__sizeof__", str_sizeof, "Return the size of the string in memory, in bytes."),
    NOARGS("__getnewargs__", str_getnewargs, NULL),
    {NULL},
};
