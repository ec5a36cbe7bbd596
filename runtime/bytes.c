/* bytes: the immutable byte string — the shared b'' and 1-byte objects
 * (immortal, as CPython 3.11's), indexing to ints, slicing, iteration,
 * `in`, +, *, comparison, the cached SipHash, repr, bytes(), decode and the
 * common methods (hex, fromhex, join, split, strip, find, count, replace,
 * startswith, upper, lower...), with CPython's messages. */
#include "bytes.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "buffer.h"
#include "bytearray.h"
#include "errors.h"
#include "gc.h"
#include "hash.h"
#include "int.h"
#include "list.h"
#include "slice.h"
#include "str_impl.h"
#include "strbuf.h"
#include "tuple.h"
#include "type.h"
#include "unicode_repr.h"

#define HEADER_SIZE offsetof(MpyBytesObject, ob_sval)
#define DATA(b) MPY_BYTES_DATA(b)
#define LEN(b) ((size_t)MPY_BYTES_LEN(b))

/* An int (the fast case) or any object with __index__. */
static bool is_index(MpyObject *o) { return MPY_INT_CHECK(o) || mpy_index_check(o); }

/* ====================================================== static objects */

typedef struct {
    MPY_OBJECT_VAR_HEAD;
    mpy_hash_t ob_shash;
    char ob_sval[2];
} StaticBytes;
_Static_assert(offsetof(StaticBytes, ob_sval) == offsetof(MpyBytesObject, ob_sval), "layout");

static StaticBytes empty_bytes;
static StaticBytes byte_chars[256];

static void static_bytes_init(StaticBytes *b, int c)
{
    memset(b, 0, sizeof *b);
    b->ob_base.ob_base.ob_refcnt = MPY_IMMORTAL_REFCNT;
    b->ob_base.ob_base.ob_type = &MpyBytes_Type;
    b->ob_shash = -1;
    if (c >= 0) {
        b->ob_base.ob_size = 1;
        b->ob_sval[0] = (char)c;
    }
}

/* One-byte bytes objects are made on first use, as CPython's. */
static inline MpyObject *byte_char(unsigned char c)
{
    StaticBytes *b = &byte_chars[c];
    if (!b->ob_base.ob_base.ob_type)
        static_bytes_init(b, c);
    return (MpyObject *)b;
}

static bool is_static(MpyObject *op)
{
    return op == (MpyObject *)&empty_bytes ||
           ((char *)op >= (char *)byte_chars && (char *)op < (char *)(byte_chars + 256));
}

/* ============================================================ creation */

MpyObject *mpy_bytes_new_raw(size_t len)
{
    if (len == 0)
        return MPY_NEWREF(&empty_bytes);
    if (len > (size_t)SSIZE_MAX - HEADER_SIZE - 1)
        return mpy_err_no_memory();
    MpyBytesObject *b = (MpyBytesObject *)mpy_object_new_var(&MpyBytes_Type, (ssize_t)len);
    if (!b)
        return NULL;
    b->ob_shash = -1;
    b->ob_sval[len] = '\0';
    return (MpyObject *)b;
}

MpyObject *mpy_bytes_from_data(const char *data, size_t len)
{
    if (len == 1)
        return MPY_NEWREF(byte_char((unsigned char)data[0]));
    MpyObject *b = mpy_bytes_new_raw(len);
    if (b && len)
        memcpy(DATA(b), data, len);
    return b;
}

/* The exact-bytes value of b: itself when exact, else a copy. */
static MpyObject *bytes_exact(MpyObject *b)
{
    if (MPY_BYTES_CHECK_EXACT(b))
        return MPY_NEWREF(b);
    return mpy_bytes_from_data(DATA(b), LEN(b));
}

/* A new bytes of the bytes range [p, p+n) of b (b itself for the whole). */
static MpyObject *sub(MpyObject *b, const char *p, size_t n)
{
    if (n == LEN(b) && MPY_BYTES_CHECK_EXACT(b))
        return MPY_NEWREF(b);
    return mpy_bytes_from_data(p, n);
}

/* A bytes-like argument (bytearray.h): 0, or -1 with CPython's error. */
static int view(MpyObject *o, const char **p, size_t *n) { return mpy_bytes_like_arg(o, p, n); }

/* bytes and bytearray, not other buffer exporters: what CPython's bytes
 * comparison takes (a memoryview compares through its own method). */
static bool plain_bytes(MpyObject *o, const char **p, size_t *n)
{
    return (MPY_BYTES_CHECK(o) || MPY_BYTEARRAY_CHECK(o)) && mpy_bytes_like(o, p, n);
}

/* =================================================== sequence protocol */

static ssize_t bytes_length(MpyObject *b) { return MPY_BYTES_LEN(b); }

static MpyObject *bytes_item(MpyObject *b, ssize_t i)
{
    if (i < 0)
        i += MPY_BYTES_LEN(b);
    if (i < 0 || i >= MPY_BYTES_LEN(b))
        return mpy_err_set_string(MpyExc_IndexError, "index out of range");
    return MPY_NEWREF(MPY_SMALL_INT((unsigned char)DATA(b)[i]));
}

static MpyObject *bytes_subscript(MpyObject *b, MpyObject *key)
{
    if (is_index(key)) {
        ssize_t i;
        if (mpy_index_as_ssize(key, MpyExc_IndexError, &i) < 0)
            return NULL;
        return bytes_item(b, i);
    }
    if (!MPY_SLICE_CHECK(key))
        return mpy_err_format(MpyExc_TypeError, "byte indices must be integers or slices, not %s",
                              MPY_TYPE(key)->tp_name);
    ssize_t start, stop, step, n;
    if (mpy_slice_get_indices(key, MPY_BYTES_LEN(b), &start, &stop, &step, &n) < 0)
        return NULL;
    if (step == 1)
        return sub(b, DATA(b) + start, n > 0 ? (size_t)n : 0);
    if (n <= 0)
        return MPY_NEWREF(&empty_bytes);
    if (n == 1)
        return mpy_bytes_from_data(DATA(b) + start, 1);
    MpyObject *r = mpy_bytes_new_raw((size_t)n);
    if (!r)
        return NULL;
    for (ssize_t k = 0, i = start; k < n; k++, i += step)
        DATA(r)[k] = DATA(b)[i];
    return r;
}

/* A byte value argument (`in`, find(int)): 0..255 or -1 with an error. */
static int byte_value(MpyObject *o)
{
    ssize_t v;
    if (mpy_index_as_ssize(o, NULL, &v) < 0)
        return -1;
    if (v < 0 || v > 255) {
        mpy_err_set_string(MpyExc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    return (int)v;
}

static int bytes_contains(MpyObject *b, MpyObject *x)
{
    const char *p;
    size_t n;
    if (is_index(x)) {
        int c = byte_value(x);
        if (c < 0)
            return -1;
        return memchr(DATA(b), c, LEN(b)) != NULL;
    }
    if (view(x, &p, &n) < 0)
        return -1;
    return mpy_str_memfind(DATA(b), LEN(b), p, n) != NULL;
}

static MpyObject *bytes_concat(MpyObject *a, MpyObject *b)
{
    const char *p, *q;
    size_t n, m;
    if (!mpy_bytes_like(a, &p, &n) || !mpy_bytes_like(b, &q, &m))
        return mpy_err_format(MpyExc_TypeError, "can't concat %s to %s", MPY_TYPE(b)->tp_name,
                              MPY_TYPE(a)->tp_name);
    /* CPython's shortcuts: an exact bytes with nothing added is itself;
     * anything else is a fresh bytes, even of one byte */
    if (m == 0 && MPY_BYTES_CHECK_EXACT(a))
        return MPY_NEWREF(a);
    if (n == 0 && MPY_BYTES_CHECK_EXACT(b))
        return MPY_NEWREF(b);
    if (n > (size_t)SSIZE_MAX - HEADER_SIZE - 1 - m)
        return mpy_err_no_memory();
    MpyObject *r = mpy_bytes_new_raw(n + m);
    if (r && n + m) {
        memcpy(DATA(r), p, n);
        memcpy(DATA(r) + n, q, m);
    }
    return r;
}

static MpyObject *bytes_repeat(MpyObject *a, ssize_t count)
{
    size_t n = LEN(a);
    if (count <= 0 || n == 0)
        return MPY_NEWREF(&empty_bytes);
    if (count == 1)
        return bytes_exact(a);
    if (n > ((size_t)SSIZE_MAX - HEADER_SIZE - 1) / (size_t)count)
        return mpy_err_set_string(MpyExc_OverflowError, "repeated bytes are too long");
    size_t total = n * (size_t)count;
    MpyObject *r = mpy_bytes_new_raw(total);
    if (!r)
        return NULL;
    char *d = DATA(r);
    memcpy(d, DATA(a), n);
    for (size_t done = n; done < total;) {
        size_t k = done < total - done ? done : total - done;
        memcpy(d + done, d, k);
        done += k;
    }
    return r;
}

/* =========================================================== comparison */

mpy_hash_t mpy_bytes_hash(MpyObject *op)
{
    MpyBytesObject *b = (MpyBytesObject *)op;
    if (b->ob_shash == -1)
        b->ob_shash = mpy_hash_bytes(b->ob_sval, LEN(op));
    return b->ob_shash;
}

static MpyObject *bytes_richcompare(MpyObject *a, MpyObject *b, int op)
{
    const char *p, *q;
    size_t n, m;
    if (!plain_bytes(a, &p, &n) || !plain_bytes(b, &q, &m)) /* bytes compare with bytearrays too */
        return MPY_NEWREF(MPY_NOTIMPLEMENTED);
    if (op == MPY_EQ || op == MPY_NE) {
        bool eq = a == b || (n == m && memcmp(p, q, n) == 0);
        return mpy_bool_from_long(eq == (op == MPY_EQ));
    }
    int c = memcmp(p, q, n < m ? n : m);
    if (c == 0)
        c = n < m ? -1 : n > m;
    bool r = op == MPY_LT ? c < 0 : op == MPY_LE ? c <= 0 : op == MPY_GT ? c > 0 : c >= 0;
    return mpy_bool_from_long(r);
}

/* ============================================================ iterator */

typedef struct {
    MPY_OBJECT_HEAD;
    ssize_t it_index;
    MpyObject *it_seq; /* NULL when exhausted */
} BytesIterObject;

static MpyTypeObject BytesIter_Type;

static MpyObject *bytes_iter(MpyObject *b)
{
    BytesIterObject *it = (BytesIterObject *)mpy_gc_new(&BytesIter_Type);
    if (!it)
        return NULL;
    it->it_index = 0;
    it->it_seq = MPY_NEWREF(b);
    mpy_gc_track((MpyObject *)it);
    return (MpyObject *)it;
}

static void bytesiter_dealloc(MpyObject *op)
{
    mpy_gc_untrack(op);
    MPY_XDECREF(((BytesIterObject *)op)->it_seq);
    mpy_gc_del(op);
}

static int bytesiter_traverse(MpyObject *op, mpy_visitproc visit, void *arg)
{
    MPY_VISIT(((BytesIterObject *)op)->it_seq);
    return 0;
}

static MpyObject *bytesiter_next(MpyObject *op)
{
    BytesIterObject *it = (BytesIterObject *)op;
    if (!it->it_seq)
        return NULL;
    if (it->it_index >= MPY_BYTES_LEN(it->it_seq)) {
        MPY_CLEAR(it->it_seq);
        return NULL;
    }
    unsigned char c = (unsigned char)DATA(it->it_seq)[it->it_index++];
    return MPY_NEWREF(MPY_SMALL_INT(c));
}

static MpyObject *bytesiter_length_hint(MpyObject *op, MpyObject *unused)
{
    BytesIterObject *it = (BytesIterObject *)op;
    return mpy_int_from_ssize(it->it_seq ? MPY_BYTES_LEN(it->it_seq) - it->it_index : 0);
}

static MpyObject *iter_self(MpyObject *op) { return MPY_NEWREF(op); }

static MpyMethodDef bytesiter_methods[] = {
    {"__length_hint__", MPY_METH(bytesiter_length_hint), MPY_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL},
};

static MpyTypeObject BytesIter_Type = {
    .ob_base = {{MPY_IMMORTAL_REFCNT, &MpyType_Type}, 0},
    .tp_name = "bytes_iterator",
    .tp_basicsize = sizeof(BytesIterObject),
    .tp_dealloc = bytesiter_dealloc,
    .tp_flags = MPY_TPFLAGS_HAVE_GC,
    .tp_traverse = bytesiter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = bytesiter_next,
    .tp_methods = bytesiter_methods,
    .tp_free = mpy_gc_del,
};

/* ================================================== searching methods */

/* find/count/index's "sub[, start[, end]]": sub is bytes or an int byte. */
typedef struct {
    const char *p;
    size_t n;
    char byte;
    ssize_t start, end;
} SubArgs;

static int parse_sub(const char *name, MpyObject *const *args, size_t nargs, SubArgs *out)
{
    if (nargs < 1 || nargs > 3) {
        mpy_err_format(MpyExc_TypeError, nargs < 1 ? "%s() takes at least 1 argument (0 given)"
                                                   : "%s() takes at most 3 arguments (%zu given)",
                       name, nargs);
        return -1;
    }
    out->start = 0;
    out->end = SSIZE_MAX;
    for (size_t i = 1; i < nargs; i++) {
        if (args[i] == MPY_NONE)
            continue;
        if (!is_index(args[i])) {
            mpy_err_set_string(MpyExc_TypeError, "slice indices must be integers or None or have "
                                                 "an __index__ method");
            return -1;
        }
        if (mpy_index_as_ssize(args[i], NULL, i == 1 ? &out->start : &out->end) < 0)
            return -1;
    }
    if (is_index(args[0])) {
        int c = byte_value(args[0]);
        if (c < 0)
            return -1;
        out->byte = (char)c;
        out->p = &out->byte;
        out->n = 1;
    } else {
        int r = mpy_bytes_like_get(args[0], &out->p, &out->n);
        if (r == 0)
            mpy_err_format(MpyExc_TypeError,
                           "argument should be integer or bytes-like object, not '%s'",
                           MPY_TYPE(args[0])->tp_name);
        if (r <= 0)
            return -1;
    }
    return 0;
}

static void adjust(ssize_t *start, ssize_t *end, ssize_t len)
{
    if (*end > len)
        *end = len;
    else if (*end < 0 && (*end += len) < 0)
        *end = 0;
    if (*start < 0 && (*start += len) < 0)
        *start = 0;
}

/* -1 absent, -2 error. */
static ssize_t find(MpyObject *b, MpyObject *const *args, size_t nargs, const char *name, int dir)
{
    SubArgs a;
    if (parse_sub(name, args, nargs, &a) < 0)
        return -2;
    adjust(&a.start, &a.end, MPY_BYTES_LEN(b));
    if (a.start > MPY_BYTES_LEN(b) || a.end - a.start < (ssize_t)a.n)
        return -1;
    const char *base = DATA(b) + a.start;
    size_t span = (size_t)(a.end - a.start);
    const char *p = dir > 0 ? mpy_str_memfind(base, span, a.p, a.n)
                            : mpy_str_memrfind(base, span, a.p, a.n);
    return p ? (ssize_t)(p - DATA(b)) : -1;
}

static MpyObject *found(ssize_t i, bool raise)
{
    if (i == -2)
        return NULL;
    if (i == -1 && raise)
        return mpy_err_set_string(MpyExc_ValueError, "subsection not found");
    return mpy_int_from_ssize(i);
}

static MpyObject *bytes_find(MpyObject *b, MpyObject *const *a, size_t n)
{
    return found(find(b, a, n, "find", 1), false);
}
static MpyObject *bytes_rfind(MpyObject *b, MpyObject *const *a, size_t n)
{
    return found(find(b, a, n, "rfind", -1), false);
}
static MpyObject *bytes_index(MpyObject *b, MpyObject *const *a, size_t n)
{
    return found(find(b, a, n, "index", 1), true);
}
static MpyObject *bytes_rindex(MpyObject *b, MpyObject *const *a, size_t n)
{
    return found(find(b, a, n, "rindex", -1), true);
}

static MpyObject *bytes_count(MpyObject *b, MpyObject *const *args, size_t nargs)
{
    SubArgs a;
    if (parse_sub("count", args, nargs, &a) < 0)
        return NULL;
    adjust(&a.start, &a.end, MPY_BYTES_LEN(b));
    if (a.start > MPY_BYTES_LEN(b) || a.end - a.start < (ssize_t)a.n)
        return mpy_int_from_ssize(0);
    if (a.n == 0)
        return mpy_int_from_ssize(a.end - a.start + 1);
    return mpy_int_from_ssize(
        mpy_str_memcount(DATA(b) + a.start, (size_t)(a.end - a.start), a.p, a.n, -1));
}

static int tailmatch(MpyObject *b, const char *p, size_t n, ssize_t start, ssize_t end, int dir)
{
    adjust(&start, &end, MPY_BYTES_LEN(b));
    if (end - start < (ssize_t)n || start > MPY_BYTES_LEN(b))
        return 0;
    const char *at = dir < 0 ? DATA(b) + start : DATA(b) + end - n;
    return memcmp(at, p, n) == 0;
}

static MpyObject *starts_ends(MpyObject *b, MpyObject *const *args, size_t nargs,
                              const char *name, int dir)
{
    ssize_t start = 0, end = SSIZE_MAX;
    if (nargs < 1 || nargs > 3)
        return mpy_err_format(MpyExc_TypeError,
                              nargs < 1 ? "%s() takes at least 1 argument (0 given)"
                                        : "%s() takes at most 3 arguments (%zu given)",
                              name, nargs);
    for (size_t i = 1; i < nargs; i++) {
        if (args[i] == MPY_NONE)
            continue;
        if (!is_index(args[i]))
            return mpy_err_set_string(MpyExc_TypeError, "slice indices must be integers or None "
                                                        "or have an __index__ method");
        if (mpy_index_as_ssize(args[i], NULL, i == 1 ? &start : &end) < 0)
            return NULL;
    }
    const char *p;
    size_t n;
    MpyObject *x = args[0];
    if (MPY_TUPLE_CHECK(x)) {
        for (ssize_t i = 0; i < MPY_SIZE(x); i++) {
            if (view(MPY_TUPLE_GET(x, i), &p, &n) < 0)
                return NULL;
            if (tailmatch(b, p, n, start, end, dir))
                MPY_RETURN_TRUE;
        }
        MPY_RETURN_FALSE;
    }
    int r = mpy_bytes_like_get(x, &p, &n);
    if (r == 0)
        mpy_err_format(MpyExc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s",
                       name, MPY_TYPE(x)->tp_name);
    if (r <= 0)
        return NULL;
    return mpy_bool_from_long(tailmatch(b, p, n, start, end, dir));
}

static MpyObject *bytes_startswith(MpyObject *b, MpyObject *const *a, size_t n)
{
    return starts_ends(b, a, n, "startswith", -1);
}
static MpyObject *bytes_endswith(MpyObject *b, MpyObject *const *a, size_t n)
{
    return starts_ends(b, a, n, "endswith", 1);
}

/* ============================================== splitting and joining */

/* Python's bytes whitespace (Py_ISSPACE): space \t \n \v \f \r. */
static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static int append_piece(MpyObject *list, MpyObject *b, const char *p, size_t n)
{
    MpyObject *piece = sub(b, p, n);
    if (!piece)
        return -1;
    int r = mpy_list_append(list, piece);
    MPY_DECREF(piece);
    return r;
}

static int split_ws(MpyObject *list, MpyObject *b, ssize_t maxsplit, bool right)
{
    const char *begin = DATA(b), *end = begin + LEN(b);
    if (!right) {
        const char *p = begin;
        for (;;) {
            while (p < end && is_space(*p)) p++;
            if (p == end) return 0;
            if (maxsplit-- == 0) return append_piece(list, b, p, (size_t)(end - p));
            const char *q = p;
            while (q < end && !is_space(*q)) q++;
            if (append_piece(list, b, p, (size_t)(q - p)) < 0) return -1;
            p = q;
        }
    }
    const char *p = end;
    for (;;) {
        while (p > begin && is_space(p[-1])) p--;
        if (p == begin) return 0;
        if (maxsplit-- == 0) return append_piece(list, b, begin, (size_t)(p - begin));
        const char *q = p;
        while (q > begin && !is_space(q[-1])) q--;
        if (append_piece(list, b, q, (size_t)(p - q)) < 0) return -1;
        p = q;
    }
}

static int split_sep(MpyObject *list, MpyObject *b, const char *sep, size_t n, ssize_t maxsplit,
                     bool right)
{
    const char *begin = DATA(b), *end = begin + LEN(b);
    while (maxsplit-- != 0) {
        const char *q = right ? mpy_str_memrfind(begin, (size_t)(end - begin), sep, n)
                              : mpy_str_memfind(begin, (size_t)(end - begin), sep, n);
        if (!q)
            break;
        int r = right ? append_piece(list, b, q + n, (size_t)(end - q - n))
                      : append_piece(list, b, begin, (size_t)(q - begin));
        if (r < 0)
            return -1;
        if (right)
            end = q;
        else
            begin = q + n;
    }
    return append_piece(list, b, begin, (size_t)(end - begin));
}

static MpyObject *do_split(MpyObject *b, MpyObject *const *args, size_t nargs,
                           MpyObject *kwnames, const char *name, bool right)
{
    static const char *const kw[] = {"sep", "maxsplit", NULL};
    MpyArgSpec spec = {name, kw, 0, 2};
    MpyObject *a[2];
    ssize_t maxsplit = -1;
    const char *sep = NULL;
    size_t n = 0;
    if (mpy_arg_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    if (a[0] && a[0] != MPY_NONE && view(a[0], &sep, &n) < 0)
        return NULL;
    if (sep && n == 0)
        return mpy_err_set_string(MpyExc_ValueError, "empty separator");
    if (a[1] && mpy_index_as_ssize(a[1], MpyExc_OverflowError, &maxsplit) < 0)
        return NULL;
    if (maxsplit < 0)
        maxsplit = -1;
    MpyObject *list = mpy_list_new(0);
    if (!list)
        return NULL;
    int r = sep ? split_sep(list, b, sep, n, maxsplit, right) : split_ws(list, b, maxsplit, right);
    if (r == 0 && right)
        r = mpy_list_reverse(list);
    if (r < 0)
        MPY_CLEAR(list);
    return list;
}

static MpyObject *bytes_split(MpyObject *b, MpyObject *const *a, size_t n, MpyObject *kw)
{
    return do_split(b, a, n, kw, "split", false);
}
static MpyObject *bytes_rsplit(MpyObject *b, MpyObject *const *a, size_t n, MpyObject *kw)
{
    return do_split(b, a, n, kw, "rsplit", true);
}

/* Joins the bytes items of a list or tuple. */
static MpyObject *join_items(MpyObject *sep, MpyObject *const *items, ssize_t count)
{
    size_t total = 0, seplen = LEN(sep);
    if (count == 1 && MPY_BYTES_CHECK_EXACT(items[0]))
        return MPY_NEWREF(items[0]);
    const char *p;
    size_t n;
    for (ssize_t i = 0; i < count; i++) {
        if (!mpy_bytes_like(items[i], &p, &n))
            return mpy_err_format(MpyExc_TypeError,
                                  "sequence item %zd: expected a bytes-like object, %s found", i,
                                  MPY_TYPE(items[i])->tp_name);
        total += n + (i ? seplen : 0);
    }
    MpyObject *r = mpy_bytes_new_raw(total);
    if (!r || total == 0)
        return r;
    char *d = DATA(r);
    for (ssize_t i = 0; i < count; i++) {
        if (i) {
            memcpy(d, DATA(sep), seplen);
            d += seplen;
        }
        mpy_bytes_like(items[i], &p, &n);
        memcpy(d, p, n);
        d += n;
    }
    return r; /* fresh even for one byte, as CPython's stringlib join */
}

static MpyObject *bytes_join(MpyObject *sep, MpyObject *iterable)
{
    if (MPY_LIST_CHECK_EXACT(iterable) || MPY_TUPLE_CHECK_EXACT(iterable)) {
        MPY_INCREF(iterable);
        MpyObject *r = join_items(sep, MPY_LIST_CHECK_EXACT(iterable) ? MPY_LIST_ITEMS(iterable)
                                                                     : MPY_TUPLE_ITEMS(iterable),
                                  MPY_SIZE(iterable));
        MPY_DECREF(iterable);
        return r;
    }
    MpyObject *list = mpy_list_from_iterable(iterable);
    if (!list) {
        if (mpy_err_exception_matches(MpyExc_TypeError) && !MPY_TYPE(iterable)->tp_iter &&
            !MPY_TYPE(iterable)->tp_as_sequence.sq_item) {
            mpy_err_clear();
            mpy_err_set_string(MpyExc_TypeError, "can only join an iterable");
        }
        return NULL;
    }
    MpyObject *r = join_items(sep, MPY_LIST_ITEMS(list), MPY_SIZE(list));
    MPY_DECREF(list);
    return r;
}

/* ==================================================== transformations */

static MpyObject *do_strip(MpyObject *b, MpyObject *const *args, size_t nargs, const char *name,
                           bool left, bool right)
{
    const char *set = NULL;
    size_t setlen = 0;
    if (mpy_arg_check_positional(name, nargs, 0, 1) < 0)
        return NULL;
    if (nargs && args[0] != MPY_NONE && view(args[0], &set, &setlen) < 0)
        return NULL;
    const char *p = DATA(b), *end = p + LEN(b);
#define STRIPPED(c) (set ? memchr(set, (unsigned char)(c), setlen) != NULL : is_space(c))
    while (left && p < end && STRIPPED(*p))
        p++;
    while (right && end > p && STRIPPED(end[-1]))
        end--;
#undef STRIPPED
    return sub(b, p, (size_t)(end - p));
}

static MpyObject *bytes_strip(MpyObject *b, MpyObject *const *a, size_t n)
{
    return do_strip(b, a, n, "strip", true, true);
}
static MpyObject *bytes_lstrip(MpyObject *b, MpyObject *const *a, size_t n)
{
    return do_strip(b, a, n, "lstrip", true, false);
}
static MpyObject *bytes_rstrip(MpyObject *b, MpyObject *const *a, size_t n)
{
    return do_strip(b, a, n, "rstrip", false, true);
}

static MpyObject *bytes_replace(MpyObject *b, MpyObject *const *args, size_t nargs)
{
    const char *old, *new;
    size_t on, nn;
    ssize_t count = -1;
    if (mpy_arg_check_positional("replace", nargs, 2, 3) < 0)
        return NULL;
    if (view(args[0], &old, &on) < 0 || view(args[1], &new, &nn) < 0)
        return NULL;
    if (nargs > 2 && mpy_index_as_ssize(args[2], MpyExc_OverflowError, &count) < 0)
        return NULL;
    if (count < 0)
        count = -1;
    ssize_t hits = on ? mpy_str_memcount(DATA(b), LEN(b), old, on, count)
                      : (count >= 0 && (size_t)count < LEN(b) + 1 ? count : (ssize_t)LEN(b) + 1);
    if (hits == 0)
        return bytes_exact(b);
    MpyStrBuf out = MPY_STRBUF_INIT;
    const char *p = DATA(b), *end = p + LEN(b);
    for (ssize_t i = 0; i < hits; i++) {
        const char *q = on ? mpy_str_memfind(p, (size_t)(end - p), old, on) : p;
        mpy_strbuf_append(&out, p, (size_t)(q - p));
        mpy_strbuf_append(&out, new, nn);
        if (on) {
            p = q + on;
        } else if (p < end) { /* empty pattern: between every two bytes */
            mpy_strbuf_append(&out, p, 1);
            p++;
        }
    }
    mpy_strbuf_append(&out, p, (size_t)(end - p));
    MpyObject *r = out.failed ? mpy_err_no_memory() : mpy_bytes_from_data(out.data ? out.data : "", out.len);
    mpy_strbuf_free(&out);
    return r;
}

static MpyObject *map_case(MpyObject *b, bool upper)
{
    size_t n = LEN(b);
    if (n == 1) {
        char c = DATA(b)[0];
        if (upper ? c >= 'a' && c <= 'z' : c >= 'A' && c <= 'Z')
            c = (char)(c ^ 32);
        return mpy_bytes_from_data(&c, 1);
    }
    MpyObject *r = mpy_bytes_new_raw(n);
    if (!r)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        char c = DATA(b)[i];
        if (upper ? c >= 'a' && c <= 'z' : c >= 'A' && c <= 'Z')
            c = (char)(c ^ 32);
        DATA(r)[i] = c;
    }
    return r;
}

static MpyObject *bytes_upper(MpyObject *b, MpyObject *u) { return map_case(b, true); }
static MpyObject *bytes_lower(MpyObject *b, MpyObject *u) { return map_case(b, false); }

/* ============================================================ hex */

/* hex()'s separator: one ASCII character given as str or bytes, checked in
 * CPython's order (its length first, so a bytearray of length 1 is "sep
 * must be str or bytes."). 0 or -1. */
static int hex_separator(MpyObject *o, char *sep)
{
    ssize_t len = mpy_object_length(o);
    if (len < 0)
        return -1;
    if (len != 1) {
        mpy_err_set_string(MpyExc_ValueError, "sep must be length 1.");
        return -1;
    }
    unsigned char c;
    if (MPY_STR_CHECK(o)) {
        c = (unsigned char)MPY_STR_DATA(o)[0]; /* a lead byte >= 0x80 for non-ASCII */
    } else if (MPY_BYTES_CHECK(o)) {
        c = (unsigned char)DATA(o)[0];
    } else {
        mpy_err_set_string(MpyExc_TypeError, "sep must be str or bytes.");
        return -1;
    }
    if (c >= 0x80) {
        mpy_err_set_string(MpyExc_ValueError, "sep must be ASCII.");
        return -1;
    }
    *sep = (char)c;
    return 0;
}

MpyObject *mpy_bytes_hex(const char *data, size_t n, MpyObject *const *args, size_t nargs,
                         MpyObject *kwnames)
{
    static const char *const kw[] = {"sep", "bytes_per_sep", NULL};
    static const MpyArgSpec spec = {"hex", kw, 0, 2};
    MpyObject *a[2];
    int per = 1;
    char sep = 0;
    if (mpy_arg_unpack(&spec, args, nargs, kwnames, a) < 0 ||
        (a[1] && mpy_arg_as_clinic_int(a[1], &per) < 0) || (a[0] && hex_separator(a[0], &sep) < 0))
        return NULL;
    static const char digits[] = "0123456789abcdef";
    size_t group = per < 0 ? (size_t)-(long long)per : (size_t)per;
    MpyStrWriter w = MPY_STRW_INIT;
    if (n > SSIZE_MAX / 3)
        return mpy_err_no_memory();
    if (!mpy_strw_reserve(&w, n * 3))
        return NULL;
    for (size_t i = 0; i < n; i++) {
        char pair[3];
        size_t k = 0;
        /* counted from the right: a separator before byte i when the bytes
         * after it make whole groups */
        if (sep && group && i > 0 &&
            (per > 0 ? (n - i) % group == 0 : i % group == 0))
            pair[k++] = sep;
        unsigned char c = (unsigned char)data[i];
        pair[k++] = digits[c >> 4];
        pair[k++] = digits[c & 15];
        if (mpy_strw_append_ascii(&w, pair, k) < 0) {
            mpy_strw_discard(&w);
            return NULL;
        }
    }
    return mpy_strw_finish(&w);
}

static MpyObject *bytes_hex(MpyObject *b, MpyObject *const *args, size_t nargs, MpyObject *kwnames)
{
    return mpy_bytes_hex(DATA(b), LEN(b), args, nargs, kwnames);
}

static int hex_value(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static MpyObject *bytes_fromhex(MpyObject *type, MpyObject *arg)
{
    if (!MPY_STR_CHECK(arg))
        return mpy_err_format(MpyExc_TypeError, "fromhex() argument must be str, not %s",
                              mpy_arg_type_name(arg));
    const char *s = MPY_STR_DATA(arg);
    size_t n = (size_t)MPY_STR_UTF8_LEN(arg), i = 0;
    MpyStrBuf out = MPY_STRBUF_INIT;
    for (;;) {
        while (i < n && is_space(s[i]))
            i++;
        if (i >= n)
            break;
        int hi = hex_value(s[i]), lo = i + 1 < n ? hex_value(s[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            /* the position counts code points, as CPython's */
            size_t bad = hi < 0 ? i : i + 1;
            mpy_strbuf_free(&out);
            return mpy_err_format(MpyExc_ValueError,
                                  "non-hexadecimal number found in fromhex() arg at position %zu",
                                  mpy_utf8_count(s, bad));
        }
        mpy_strbuf_append_char(&out, (char)(hi * 16 + lo));
        i += 2;
    }
    MpyObject *r = out.failed ? mpy_err_no_memory() : mpy_bytes_from_data(out.data ? out.data : "", out.len);
    mpy_strbuf_free(&out);
    if (r && type != (MpyObject *)&MpyBytes_Type) { /* a subclass: cls(bytes) */
        MpyObject *sub_obj = mpy_call_one(type, r);
        MPY_DECREF(r);
        return sub_obj;
    }
    return r;
}

/* ============================================================ the rest */

static MpyObject *bytes_decode(MpyObject *b, MpyObject *const *args, size_t nargs,
                               MpyObject *kwnames)
{
    static const char *const kw[] = {"encoding", "errors", NULL};
    static const MpyArgSpec spec = {"decode", kw, 0, 2};
    MpyObject *a[2];
    if (mpy_arg_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    for (int i = 0; i < 2; i++)
        if (a[i] && !MPY_STR_CHECK(a[i]))
            return mpy_err_format(MpyExc_TypeError, "decode() argument '%s' must be str, not %s",
                                  kw[i], mpy_arg_type_name(a[i]));
    return mpy_str_decode(DATA(b), LEN(b), a[0] ? MPY_STR_DATA(a[0]) : NULL,
                          a[1] ? MPY_STR_DATA(a[1]) : NULL);
}

static MpyObject *bytes_sizeof(MpyObject *b, MpyObject *u)
{
    return mpy_int_from_ssize((ssize_t)(HEADER_SIZE + 1 + LEN(b)));
}

static MpyObject *bytes_getnewargs(MpyObject *b, MpyObject *u)
{
    MpyObject *copy = mpy_bytes_from_data(DATA(b), LEN(b));
    if (!copy)
        return NULL;
    MpyObject *t = mpy_tuple_pack(1, copy);
    MPY_DECREF(copy);
    return t;
}

static const MpyMethodDef bytes_own_methods[] = {
    {"decode", MPY_METH(bytes_decode), MPY_METH_FASTCALL | MPY_METH_KEYWORDS, "Decode the bytes using the codec registered for encoding."},
    {"hex", MPY_METH(bytes_hex), MPY_METH_FASTCALL | MPY_METH_KEYWORDS, "Create a string of hexadecimal numbers from a bytes object."},
    {"fromhex", MPY_METH(bytes_fromhex), MPY_METH_O | MPY_METH_CLASS, "Create a bytes object from a string of hexadecimal numbers."},
    {"join", MPY_METH(bytes_join), MPY_METH_O, "Concatenate any number of bytes objects."},
    {"split", MPY_METH(bytes_split), MPY_METH_FASTCALL | MPY_METH_KEYWORDS, "Return a list of the sections in the bytes, using sep as the delimiter."},
    {"rsplit", MPY_METH(bytes_rsplit), MPY_METH_FASTCALL | MPY_METH_KEYWORDS, "Return a list of the sections in the bytes, using sep as the delimiter."},
    {"strip", MPY_METH(bytes_strip), MPY_METH_FASTCALL, "Strip leading and trailing bytes contained in the argument."},
    {"lstrip", MPY_METH(bytes_lstrip), MPY_METH_FASTCALL, "Strip leading bytes contained in the argument."},
    {"rstrip", MPY_METH(bytes_rstrip), MPY_METH_FASTCALL, "Strip trailing bytes contained in the argument."},
    {"startswith", MPY_METH(bytes_startswith), MPY_METH_FASTCALL, "Return True if B starts with the specified prefix, False otherwise."},
    {"endswith", MPY_METH(bytes_endswith), MPY_METH_FASTCALL, "Return True if B ends with the specified suffix, False otherwise."},
    {"find", MPY_METH(bytes_find), MPY_METH_FASTCALL, "Return the lowest index in B where subsection sub is found."},
    {"rfind", MPY_METH(bytes_rfind), MPY_METH_FASTCALL, "Return the highest index in B where subsection sub is found."},
    {"index", MPY_METH(bytes_index), MPY_METH_FASTCALL, "Return the lowest index in B where subsection sub is found."},
    {"rindex", MPY_METH(bytes_rindex), MPY_METH_FASTCALL, "Return the highest index in B where subsection sub is found."},
    {"count", MPY_METH(bytes_count), MPY_METH_FASTCALL, "Return the number of non-overlapping occurrences of subsection sub."},
    {"replace", MPY_METH(bytes_replace), MPY_METH_FASTCALL, "Return a copy with all occurrences of substring old replaced by new."},
    {"upper", MPY_METH(bytes_upper), MPY_METH_NOARGS, "B.upper() -> copy of B\n\nReturn a copy of B with all ASCII characters converted to uppercase."},
    {"lower", MPY_METH(bytes_lower), MPY_METH_NOARGS, "B.lower() -> copy of B\n\nReturn a copy of B with all ASCII characters converted to lowercase."},
    {"__sizeof__", MPY_METH(bytes_sizeof), MPY_METH_NOARGS, "Return the size of the bytes in memory, in bytes."},
    {"__getnewargs__", MPY_METH(bytes_getnewargs), MPY_METH_NOARGS, NULL},
    {NULL},
};

/* The method table: bytes.c's methods then bytes_methods.c's, joined at
 * start-up. */
static MpyMethodDef bytes_methods[64];

static void join_method_tables(void)
{
    size_t n = 0;
    for (const MpyMethodDef *m = bytes_own_methods; m->ml_name; m++)
        bytes_methods[n++] = *m;
    for (const MpyMethodDef *m = mpy_bytes_more_methods; m->ml_name; m++)
        bytes_methods[n++] = *m;
    bytes_methods[n] = (MpyMethodDef){NULL};
}

/* ====================================================== the type slots */

static void bytes_dealloc(MpyObject *op)
{
    if (is_static(op)) { /* immortal: a refcounting bug upstream */
        op->ob_refcnt = MPY_IMMORTAL_REFCNT;
        return;
    }
    MPY_TYPE(op)->tp_free(op);
}

static MpyObject *bytes_repr(MpyObject *b)
{
    MpyStrBuf out = MPY_STRBUF_INIT;
    mpy_bytes_repr(&out, (const unsigned char *)DATA(b), LEN(b));
    MpyObject *r = out.failed ? mpy_err_no_memory()
                              : mpy_str_new_known(out.data, out.len, out.len, MPY_STR_ASCII_MAX);
    mpy_strbuf_free(&out);
    return r;
}

static mpy_hash_t bytes_hash_slot(MpyObject *b) { return mpy_bytes_hash(b); }

static int bytes_getbuffer(MpyObject *b, MpyBuffer *view, int flags)
{
    return mpy_buffer_fill_info(view, b, DATA(b), MPY_BYTES_LEN(b), 1, flags);
}

static const MpyBufferProcs bytes_as_buffer = {bytes_getbuffer, NULL};

/* bytes % x: the left operand may be anything (x.__rmod__ route). */
static MpyObject *bytes_mod(MpyObject *a, MpyObject *b)
{
    if (!MPY_BYTES_CHECK(a))
        return MPY_NEWREF(MPY_NOTIMPLEMENTED);
    return mpy_bytes_percent_format(a, b);
}

/* bytes(x) for an iterable of ints. */
static MpyObject *from_iterable(MpyObject *x)
{
    MpyObject *it = mpy_object_getiter(x), *item;
    if (!it) {
        if (mpy_err_exception_matches(MpyExc_TypeError)) {
            mpy_err_clear();
            mpy_err_format(MpyExc_TypeError, "cannot convert '%s' object to bytes",
                           MPY_TYPE(x)->tp_name);
        }
        return NULL;
    }
    MpyStrBuf out = MPY_STRBUF_INIT;
    while ((item = mpy_iter_next(it))) {
        ssize_t v;
        int r = mpy_index_as_ssize(item, NULL, &v);
        MPY_DECREF(item);
        if (r < 0)
            goto fail;
        if (v < 0 || v > 255) {
            mpy_err_set_string(MpyExc_ValueError, "bytes must be in range(0, 256)");
            goto fail;
        }
        mpy_strbuf_append_char(&out, (char)v);
    }
    if (mpy_err_occurred())
        goto fail;
    MPY_DECREF(it);
    MpyObject *r = out.failed ? mpy_err_no_memory() : mpy_bytes_from_data(out.data ? out.data : "", out.len);
    mpy_strbuf_free(&out);
    return r;
fail:
    MPY_DECREF(it);
    mpy_strbuf_free(&out);
    return NULL;
}

/* bytes(x) through x.__bytes__. Sets *done when x has the method. */
static MpyObject *from_dunder(MpyObject *x, bool *done)
{
    MpyObject *meth = mpy_type_lookup(MPY_TYPE(x), mpy_str_intern_cstr("__bytes__"));
    *done = meth != NULL;
    if (!meth)
        return NULL;
    MpyObject *r = mpy_call_method(x, "__bytes__", NULL, 0);
    if (r && !MPY_BYTES_CHECK(r)) {
        mpy_err_format(MpyExc_TypeError, "__bytes__ returned non-bytes (type %s)",
                       MPY_TYPE(r)->tp_name);
        MPY_CLEAR(r);
    }
    return r;
}

/* CPython's bytes_new_impl. */
static MpyObject *bytes_from_args(MpyObject *x, MpyObject *encoding, MpyObject *errors)
{
    static const char *const names[] = {"encoding", "errors"};
    MpyObject *check[2] = {encoding, errors};
    for (int i = 0; i < 2; i++)
        if (check[i] && !MPY_STR_CHECK(check[i]))
            return mpy_err_format(MpyExc_TypeError, "bytes() argument '%s' must be str, not %s",
                                  names[i], mpy_arg_type_name(check[i]));
    if (!x) {
        if (encoding || errors)
            return mpy_err_set_string(MpyExc_TypeError, encoding
                                                            ? "encoding without a string argument"
                                                            : "errors without a string argument");
        return MPY_NEWREF(&empty_bytes);
    }
    if (encoding) {
        if (!MPY_STR_CHECK(x))
            return mpy_err_set_string(MpyExc_TypeError, "encoding without a string argument");
        return mpy_str_encode(x, MPY_STR_DATA(encoding), errors ? MPY_STR_DATA(errors) : NULL);
    }
    if (errors)
        return mpy_err_set_string(MpyExc_TypeError, MPY_STR_CHECK(x)
                                                        ? "string argument without an encoding"
                                                        : "errors without a string argument");
    if (MPY_STR_CHECK(x))
        return mpy_err_set_string(MpyExc_TypeError, "string argument without an encoding");
    bool done;
    MpyObject *r = from_dunder(x, &done);
    if (done)
        return r;
    if (MPY_BYTES_CHECK(x))
        return bytes_exact(x);
    if (mpy_object_check_buffer(x))
        return mpy_buffer_to_bytes(x);
    if (is_index(x)) {
        ssize_t n;
        if (mpy_index_as_ssize(x, MpyExc_OverflowError, &n) < 0)
            return NULL;
        if (n < 0)
            return mpy_err_set_string(MpyExc_ValueError, "negative count");
        r = mpy_bytes_new_raw((size_t)n);
        if (r && n)
            memset(DATA(r), 0, (size_t)n);
        if (r && n == 1) {
            MPY_DECREF(r);
            r = MPY_NEWREF(byte_char(0));
        }
        return r;
    }
    return from_iterable(x);
}

static MpyObject *bytes_new(MpyTypeObject *type, MpyObject *const *args, size_t nargs,
                            MpyObject *kwnames)
{
    static const char *const kw[] = {"source", "encoding", "errors", NULL};
    static const MpyArgSpec spec = {"bytes", kw, 0, 3};
    MpyObject *a[3];
    if (mpy_arg_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    MpyObject *b = bytes_from_args(a[0], a[1], a[2]);
    if (!b || type == &MpyBytes_Type)
        return b;
    /* A subclass instance with the same bytes. */
    MpyObject *o = mpy_type_generic_alloc(type, MPY_BYTES_LEN(b));
    if (o) {
        ((MpyBytesObject *)o)->ob_shash = -1;
        memcpy(DATA(o), DATA(b), LEN(b) + 1);
    }
    MPY_DECREF(b);
    return o;
}

static MpyObject *bytes_vectorcall(MpyObject *type, MpyObject *const *args, size_t nargs,
                                   MpyObject *kwnames)
{
    return bytes_new((MpyTypeObject *)type, args, nargs, kwnames);
}

MpyTypeObject MpyBytes_Type = {
    .ob_base = {{MPY_IMMORTAL_REFCNT, &MpyType_Type}, 0},
    .tp_name = "bytes",
    .tp_basicsize = HEADER_SIZE + 1,
    .tp_itemsize = 1,
    .tp_dealloc = bytes_dealloc,
    .tp_repr = bytes_repr,
    .tp_as_number = {.nb_remainder = bytes_mod},
    .tp_as_sequence = {
        .sq_length = bytes_length,
        .sq_concat = bytes_concat,
        .sq_repeat = bytes_repeat,
        .sq_item = bytes_item,
        .sq_contains = bytes_contains,
    },
    .tp_as_mapping = {.mp_length = bytes_length, .mp_subscript = bytes_subscript},
    .tp_hash = bytes_hash_slot,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_BASETYPE | MPY_TPFLAGS_BYTES_SUBCLASS | MPY_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "bytes(iterable_of_ints) -> bytes\n"
              "bytes(string, encoding[, errors]) -> bytes\n"
              "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
              "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
              "bytes() -> empty bytes object\n\n"
              "Construct an immutable array of bytes from:\n"
              "  - an iterable yielding integers in range(256)\n"
              "  - a text string encoded using the specified encoding\n"
              "  - any object implementing the buffer API.\n"
              "  - an integer",
    .tp_richcompare = bytes_richcompare,
    .tp_iter = bytes_iter,
    .tp_methods = bytes_methods,
    .tp_new = bytes_new,
    .tp_free = mpy_object_free,
    .tp_vectorcall = bytes_vectorcall,
    .tp_as_buffer = &bytes_as_buffer,
};

void mpy_bytes_init(void)
{
    join_method_tables();
    static_bytes_init(&empty_bytes, -1);
    /* The str types are readied here, once the exception classes exist
     * (see str.h). */
    if (mpy_str_ready_types() < 0 || mpy_type_ready(&MpyBytes_Type) < 0 ||
        mpy_type_ready(&BytesIter_Type) < 0 || mpy_bytearray_ready_type() < 0) {
        fprintf(stderr, "minipy: fatal: cannot initialise bytes\n");
        exit(1);
    }
}

void mpy_bytes_fini(void) {}
