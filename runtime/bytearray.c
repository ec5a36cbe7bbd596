/* bytearray: the mutable byte string — growth as CPython's
 * PyByteArray_Resize, item and slice assignment and deletion, the list-like
 * mutators, +=, *=, comparisons with any bytes-like object, iteration, and
 * the bytes methods (run on a bytes copy, their bytes results handed back as
 * bytearrays), with CPython 3.11's messages. */
#include "bytearray.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "args.h"
#include "buffer.h"
#include "bytes.h"
#include "errors.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "slice.h"
#include "str_impl.h"
#include "strbuf.h"
#include "tuple.h"
#include "type.h"

#define BA(op) ((MpyByteArrayObject *)(op))
#define DATA(op) MPY_BYTEARRAY_DATA(op)
#define LEN(op) ((size_t)MPY_SIZE(op))

int mpy_bytes_like_get(MpyObject *o, const char **data, size_t *len)
{
    if (MPY_BYTES_CHECK(o)) {
        *data = MPY_BYTES_DATA(o);
        *len = (size_t)MPY_BYTES_LEN(o);
        return 1;
    }
    if (MPY_BYTEARRAY_CHECK(o)) {
        *data = DATA(o) ? DATA(o) : "";
        *len = LEN(o);
        return 1;
    }
    if (!mpy_object_check_buffer(o))
        return 0;
    MpyBuffer view;
    if (mpy_object_get_buffer(o, &view, MPY_BUF_SIMPLE) < 0)
        return -1;
    *data = view.buf;
    *len = (size_t)view.len;
    mpy_buffer_release(&view); /* see bytearray.h for why *data stays valid */
    return 1;
}

bool mpy_bytes_like(MpyObject *o, const char **data, size_t *len)
{
    int r = mpy_bytes_like_get(o, data, len);
    if (r < 0)
        mpy_err_clear();
    return r > 0;
}

int mpy_bytes_like_arg(MpyObject *o, const char **data, size_t *len)
{
    int r = mpy_bytes_like_get(o, data, len);
    if (r == 0)
        mpy_err_format(MpyExc_TypeError, "a bytes-like object is required, not '%s'",
                       MPY_TYPE(o)->tp_name);
    return r > 0 ? 0 : -1;
}

/* ============================================================== storage */

/* A bytearray whose buffer is lent out (a memoryview of it is alive) keeps
 * its size: 0, or -1 with CPython's BufferError. */
static int can_resize(MpyObject *op)
{
    if (BA(op)->ob_exports > 0) {
        mpy_err_set_string(MpyExc_BufferError,
                           "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    return 0;
}

int mpy_bytearray_resize(MpyObject *op, size_t size)
{
    MpyByteArrayObject *ba = BA(op);
    size_t alloc = (size_t)ba->ob_alloc;
    if (size == LEN(op))
        return 0;
    if (can_resize(op) < 0)
        return -1;
    if (size + 1 <= alloc) {
        if (size >= alloc / 2) { /* a minor shrink keeps the buffer */
            MPY_SIZE(op) = (ssize_t)size;
            ba->ob_bytes[size] = '\0';
            return 0;
        }
        alloc = size + 1; /* a major shrink fits exactly */
    } else if (size <= alloc + alloc / 8) {
        alloc = size + (size >> 3) + (size < 9 ? 3 : 6); /* moderate growth, as list_resize */
    } else {
        alloc = size + 1;
    }
    char *bytes = mpy_mem_realloc(ba->ob_bytes, alloc);
    if (!bytes) {
        mpy_err_no_memory();
        return -1;
    }
    ba->ob_bytes = ba->ob_start = bytes;
    ba->ob_alloc = (ssize_t)alloc;
    MPY_SIZE(op) = (ssize_t)size;
    bytes[size] = '\0';
    return 0;
}

/* A new, empty instance of type (a subclass allowed). */
static MpyObject *alloc_empty(MpyTypeObject *type)
{
    MpyObject *op = type == &MpyByteArray_Type ? (MpyObject *)mpy_object_new_var(type, 0)
                                                : mpy_type_generic_alloc(type, 0);
    if (!op)
        return NULL;
    MPY_SIZE(op) = 0;
    BA(op)->ob_alloc = 0;
    BA(op)->ob_bytes = BA(op)->ob_start = NULL;
    BA(op)->ob_exports = 0;
    return op;
}

/* Makes ba hold exactly data[0..n): 0 / -1. */
static int assign(MpyObject *ba, const char *data, size_t n)
{
    if (mpy_bytearray_resize(ba, n) < 0)
        return -1;
    if (n)
        memmove(DATA(ba), data, n);
    return 0;
}

MpyObject *mpy_bytearray_from_data(const char *data, size_t len)
{
    MpyObject *ba = alloc_empty(&MpyByteArray_Type);
    if (ba && len && assign(ba, data, len) < 0)
        MPY_CLEAR(ba);
    return ba;
}

/* ============================================== the buffer protocol */

static int bytearray_getbuffer(MpyObject *op, MpyBuffer *view, int flags)
{
    static char empty[1]; /* the buffer of an array that never had one */
    if (mpy_buffer_fill_info(view, op, DATA(op) ? DATA(op) : empty, MPY_SIZE(op), 0, flags) < 0)
        return -1;
    BA(op)->ob_exports++;
    return 0;
}

static void bytearray_releasebuffer(MpyObject *op, MpyBuffer *view)
{
    BA(op)->ob_exports--;
}

static const MpyBufferProcs bytearray_as_buffer = {bytearray_getbuffer, bytearray_releasebuffer};

static void bytearray_dealloc(MpyObject *op)
{
    mpy_mem_free(BA(op)->ob_bytes);
    MPY_TYPE(op)->tp_free(op);
}

/* ================================================ values and arguments */

/* An item value: an int in range(256). 0..255, or -1 with an error. */
static int byte_value(MpyObject *o)
{
    ssize_t v = mpy_number_as_ssize(o, NULL);
    if (v == -1 && mpy_err_occurred())
        return -1;
    if (v < 0 || v > 255) {
        mpy_err_set_string(MpyExc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    return (int)v;
}

/* The bytes of an iterable of ints into out: 0 / -1. */
static int collect_ints(MpyObject *iterable, MpyStrBuf *out)
{
    MpyObject *it = mpy_object_getiter(iterable), *item;
    if (!it)
        return -1;
    while ((item = mpy_iter_next(it))) {
        int v = byte_value(item);
        MPY_DECREF(item);
        if (v < 0) {
            MPY_DECREF(it);
            return -1;
        }
        mpy_strbuf_append_char(out, (char)v);
    }
    MPY_DECREF(it);
    if (mpy_err_occurred())
        return -1;
    if (out->failed) {
        mpy_err_no_memory();
        return -1;
    }
    return 0;
}

/* Makes ba hold a copy of the items of any buffer exporter, in C order
 * (CPython's bytearray(buffer)): 0 / -1. */
static int assign_buffer(MpyObject *ba, MpyObject *x)
{
    MpyBuffer view;
    if (mpy_object_get_buffer(x, &view, MPY_BUF_FULL_RO) < 0)
        return -1;
    int r = mpy_bytearray_resize(ba, (size_t)view.len);
    if (r == 0 && view.len)
        mpy_buffer_to_contiguous(DATA(ba), &view, 'C');
    mpy_buffer_release(&view);
    return r;
}

/* ============================================================ creation */

/* bytearray(source, encoding, errors), CPython's bytearray___init__. */
static int fill_from_args(MpyObject *ba, MpyObject *x, MpyObject *encoding, MpyObject *errors)
{
    if (!x) {
        if (encoding || errors) {
            mpy_err_set_string(MpyExc_TypeError, encoding ? "encoding without a string argument"
                                                          : "errors without a string argument");
            return -1;
        }
        return 0;
    }
    if (encoding || errors) {
        if (!MPY_STR_CHECK(x)) {
            mpy_err_set_string(MpyExc_TypeError, encoding ? "encoding without a string argument"
                                                          : "errors without a string argument");
            return -1;
        }
        if (!encoding) {
            mpy_err_set_string(MpyExc_TypeError, "string argument without an encoding");
            return -1;
        }
        MpyObject *b = mpy_str_encode(x, MPY_STR_DATA(encoding), errors ? MPY_STR_DATA(errors) : NULL);
        if (!b)
            return -1;
        int r = assign(ba, MPY_BYTES_DATA(b), (size_t)MPY_BYTES_LEN(b));
        MPY_DECREF(b);
        return r;
    }
    if (MPY_STR_CHECK(x)) {
        mpy_err_set_string(MpyExc_TypeError, "string argument without an encoding");
        return -1;
    }
    if (mpy_object_check_buffer(x))
        return assign_buffer(ba, x);
    if (MPY_INT_CHECK(x) || MPY_TYPE(x)->tp_as_number.nb_index) {
        ssize_t count = mpy_number_as_ssize(x, MpyExc_OverflowError);
        if (count == -1 && mpy_err_occurred())
            return -1;
        if (count < 0) {
            mpy_err_set_string(MpyExc_ValueError, "negative count");
            return -1;
        }
        if (mpy_bytearray_resize(ba, (size_t)count) < 0)
            return -1;
        if (count)
            memset(DATA(ba), 0, (size_t)count);
        return 0;
    }
    if (!MPY_TYPE(x)->tp_iter && !MPY_TYPE(x)->tp_as_sequence.sq_item) {
        mpy_err_format(MpyExc_TypeError, "cannot convert '%s' object to bytearray",
                       MPY_TYPE(x)->tp_name);
        return -1;
    }
    MpyStrBuf out = MPY_STRBUF_INIT;
    int r = collect_ints(x, &out);
    if (r == 0)
        r = assign(ba, out.data ? out.data : "", out.len);
    mpy_strbuf_free(&out);
    return r;
}

/* As CPython, __new__ makes an empty array and __init__ fills it, so that a
 * subclass's __init__ may take other arguments, and ba.__init__(x) refills
 * ba (emptying it first: a BufferError while a view of it lives). */
static MpyObject *bytearray_new(MpyTypeObject *type, MpyObject *const *args, size_t nargs,
                                MpyObject *kwnames)
{
    return alloc_empty(type);
}

static int bytearray_init(MpyObject *ba, MpyObject *const *args, size_t nargs, MpyObject *kwnames)
{
    static const char *const kw[] = {"source", "encoding", "errors", NULL};
    static const MpyArgSpec spec = {"bytearray", kw, 0, 3};
    MpyObject *a[3];
    if (mpy_arg_unpack(&spec, args, nargs, kwnames, a) < 0)
        return -1;
    for (int i = 1; i < 3; i++)
        if (a[i] && !MPY_STR_CHECK(a[i])) {
            mpy_err_format(MpyExc_TypeError, "bytearray() argument '%s' must be str, not %s",
                           kw[i], mpy_arg_type_name(a[i]));
            return -1;
        }
    if (MPY_SIZE(ba) && mpy_bytearray_resize(ba, 0) < 0)
        return -1;
    return fill_from_args(ba, a[0], a[1], a[2]);
}

static MpyObject *bytearray_vectorcall(MpyObject *type, MpyObject *const *args, size_t nargs,
                                       MpyObject *kwnames)
{
    MpyObject *ba = alloc_empty((MpyTypeObject *)type);
    if (ba && bytearray_init(ba, args, nargs, kwnames) < 0)
        MPY_CLEAR(ba);
    return ba;
}

/* ============================================================== repr */

/* CPython's bytearray_repr, which differs from bytes': double quotes only
 * when the data has a ' and no ", and a ' is escaped either way. */
static MpyObject *bytearray_repr(MpyObject *op)
{
    const unsigned char *d = (const unsigned char *)(DATA(op) ? DATA(op) : "");
    size_t n = LEN(op);
    char quote = '\'';
    for (size_t i = 0; i < n; i++) {
        if (d[i] == '"') {
            quote = '\'';
            break;
        }
        if (d[i] == '\'')
            quote = '"';
    }
    MpyStrBuf out = MPY_STRBUF_INIT;
    mpy_strbuf_append_cstr(&out, mpy_type_short_name(MPY_TYPE(op)));
    mpy_strbuf_append(&out, "(b", 2);
    mpy_strbuf_append_char(&out, quote);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = d[i];
        if (c == '\'' || c == '\\')
            mpy_strbuf_appendf(&out, "\\%c", c);
        else if (c == '\t')
            mpy_strbuf_append(&out, "\\t", 2);
        else if (c == '\n')
            mpy_strbuf_append(&out, "\\n", 2);
        else if (c == '\r')
            mpy_strbuf_append(&out, "\\r", 2);
        else if (c < ' ' || c >= 0x7f)
            mpy_strbuf_appendf(&out, "\\x%02x", c);
        else
            mpy_strbuf_append_char(&out, (char)c);
    }
    mpy_strbuf_append_char(&out, quote);
    mpy_strbuf_append_char(&out, ')');
    MpyObject *r = out.failed ? mpy_err_no_memory()
                              : mpy_str_new_known(out.data, out.len, out.len, MPY_STR_ASCII_MAX);
    mpy_strbuf_free(&out);
    return r;
}

/* ====================================================== sequence slots */

static ssize_t bytearray_length(MpyObject *op) { return MPY_SIZE(op); }

static int normalize_index(MpyObject *op, ssize_t *i, const char *msg)
{
    if (*i < 0)
        *i += MPY_SIZE(op);
    if (*i < 0 || *i >= MPY_SIZE(op)) {
        mpy_err_set_string(MpyExc_IndexError, msg);
        return -1;
    }
    return 0;
}

static MpyObject *bytearray_item(MpyObject *op, ssize_t i)
{
    if (normalize_index(op, &i, "bytearray index out of range") < 0)
        return NULL;
    return MPY_NEWREF(MPY_SMALL_INT((unsigned char)DATA(op)[i]));
}

static bool is_index(MpyObject *o) { return MPY_INT_CHECK(o) || mpy_index_check(o); }

static MpyObject *bytearray_subscript(MpyObject *op, MpyObject *key)
{
    if (is_index(key)) {
        ssize_t i;
        if (mpy_index_as_ssize(key, MpyExc_IndexError, &i) < 0)
            return NULL;
        return bytearray_item(op, i);
    }
    if (!MPY_SLICE_CHECK(key))
        return mpy_err_format(MpyExc_TypeError, "bytearray indices must be integers or slices, not %s",
                              MPY_TYPE(key)->tp_name);
    ssize_t start, stop, step, n;
    if (mpy_slice_get_indices(key, MPY_SIZE(op), &start, &stop, &step, &n) < 0)
        return NULL;
    MpyObject *r = mpy_bytearray_from_data("", 0);
    if (!r || n <= 0)
        return r;
    if (mpy_bytearray_resize(r, (size_t)n) < 0) {
        MPY_DECREF(r);
        return NULL;
    }
    for (ssize_t k = 0, i = start; k < n; k++, i += step)
        DATA(r)[k] = DATA(op)[i];
    return r;
}

/* Deletes the slice positions start, start+step, ... (n of them). */
static int delete_slice(MpyObject *op, ssize_t start, ssize_t step, ssize_t n)
{
    if (n <= 0)
        return 0;
    if (can_resize(op) < 0)
        return -1;
    if (step < 0) { /* the same positions, walked upwards */
        start += step * (n - 1);
        step = -step;
    }
    char *d = DATA(op);
    size_t len = LEN(op), out = (size_t)start;
    for (size_t i = (size_t)start; i < len; i++)
        if (!((ssize_t)i >= start && ((ssize_t)i - start) % step == 0 && ((ssize_t)i - start) / step < n))
            d[out++] = d[i];
    return mpy_bytearray_resize(op, out);
}

/* op[start:stop] = data[0..n) (a simple slice: the length may change). */
static int replace_range(MpyObject *op, ssize_t start, ssize_t stop, const char *data, size_t n)
{
    if (stop < start)
        stop = start;
    size_t len = LEN(op), old = (size_t)(stop - start), tail = len - (size_t)stop;
    if (n != old && can_resize(op) < 0)
        return -1;
    if (n > old) {
        if (mpy_bytearray_resize(op, len + (n - old)) < 0)
            return -1;
        memmove(DATA(op) + start + n, DATA(op) + stop, tail);
    } else if (n < old) {
        memmove(DATA(op) + start + n, DATA(op) + stop, tail);
        if (mpy_bytearray_resize(op, len - (old - n)) < 0)
            return -1;
    }
    if (n)
        memcpy(DATA(op) + start, data, n);
    return 0;
}

/* The bytes a slice assignment stores: a bytes-like object or an iterable
 * of ints (copied, so that a[:] = a works). */
static int slice_value(MpyObject *value, MpyStrBuf *out)
{
    if (mpy_object_check_buffer(value)) {
        MpyBuffer view;
        if (mpy_object_get_buffer(value, &view, MPY_BUF_FULL_RO) < 0)
            return -1;
        char *dst = mpy_strbuf_reserve(out, (size_t)view.len);
        if (dst) {
            mpy_buffer_to_contiguous(dst, &view, 'C');
            out->len += (size_t)view.len;
            out->data[out->len] = '\0';
        }
        mpy_buffer_release(&view);
        return dst ? 0 : (mpy_err_no_memory(), -1);
    }
    if (is_index(value) || MPY_STR_CHECK(value) || !MPY_TYPE(value)->tp_iter) {
        mpy_err_set_string(MpyExc_TypeError,
                           "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return -1;
    }
    return collect_ints(value, out);
}

static int assign_slice(MpyObject *op, MpyObject *key, MpyObject *value)
{
    ssize_t start, stop, step, n;
    if (mpy_slice_get_indices(key, MPY_SIZE(op), &start, &stop, &step, &n) < 0)
        return -1;
    if (!value)
        return step == 1 ? replace_range(op, start, stop, "", 0) : delete_slice(op, start, step, n);
    MpyStrBuf buf = MPY_STRBUF_INIT;
    int r = slice_value(value, &buf);
    if (r == 0 && step == 1) {
        r = replace_range(op, start, stop, buf.data ? buf.data : "", buf.len);
    } else if (r == 0) {
        if ((ssize_t)buf.len != n) {
            mpy_err_format(MpyExc_ValueError,
                           "attempt to assign bytes of size %zu to extended slice of size %zd",
                           buf.len, n);
            r = -1;
        } else {
            for (ssize_t k = 0, i = start; k < n; k++, i += step)
                DATA(op)[i] = buf.data[k];
        }
    }
    mpy_strbuf_free(&buf);
    return r;
}

static int bytearray_ass_subscript(MpyObject *op, MpyObject *key, MpyObject *value)
{
    if (MPY_SLICE_CHECK(key))
        return assign_slice(op, key, value);
    if (!is_index(key)) {
        mpy_err_format(MpyExc_TypeError, "bytearray indices must be integers or slices, not %s",
                       MPY_TYPE(key)->tp_name);
        return -1;
    }
    ssize_t i;
    if (mpy_index_as_ssize(key, MpyExc_IndexError, &i) < 0 ||
        normalize_index(op, &i, "bytearray index out of range") < 0)
        return -1;
    if (!value) {
        if (can_resize(op) < 0)
            return -1;
        memmove(DATA(op) + i, DATA(op) + i + 1, LEN(op) - (size_t)i - 1);
        return mpy_bytearray_resize(op, LEN(op) - 1);
    }
    int v = byte_value(value);
    if (v < 0)
        return -1;
    DATA(op)[i] = (char)v;
    return 0;
}

static int bytearray_contains(MpyObject *op, MpyObject *x)
{
    const char *p;
    size_t n;
    if (is_index(x)) {
        int v = byte_value(x);
        return v < 0 ? -1 : LEN(op) && memchr(DATA(op), v, LEN(op)) != NULL;
    }
    if (mpy_bytes_like_arg(x, &p, &n) < 0)
        return -1;
    return mpy_str_memfind(DATA(op) ? DATA(op) : "", LEN(op), p, n) != NULL;
}

static MpyObject *bytearray_concat(MpyObject *a, MpyObject *b)
{
    const char *p, *q;
    size_t n, m;
    if (!mpy_bytes_like(a, &p, &n) || !mpy_bytes_like(b, &q, &m))
        return mpy_err_format(MpyExc_TypeError, "can't concat %s to %s", MPY_TYPE(b)->tp_name,
                              MPY_TYPE(a)->tp_name);
    MpyObject *r = mpy_bytearray_from_data(p, n);
    if (r && m) {
        size_t at = LEN(r);
        if (mpy_bytearray_resize(r, n + m) < 0)
            MPY_CLEAR(r);
        else
            memcpy(DATA(r) + at, q, m);
    }
    return r;
}

static MpyObject *bytearray_inplace_concat(MpyObject *a, MpyObject *b)
{
    const char *q;
    size_t m;
    if (!mpy_bytes_like(b, &q, &m))
        return mpy_err_format(MpyExc_TypeError, "can't concat %s to %s", MPY_TYPE(b)->tp_name,
                              MPY_TYPE(a)->tp_name);
    size_t n = LEN(a);
    if (m) {
        MpyStrBuf copy = MPY_STRBUF_INIT; /* b may be a itself */
        mpy_strbuf_append(&copy, q, m);
        int r = copy.failed ? (mpy_err_no_memory(), -1) : mpy_bytearray_resize(a, n + m);
        if (r == 0)
            memcpy(DATA(a) + n, copy.data, m);
        mpy_strbuf_free(&copy);
        if (r < 0)
            return NULL;
    }
    return MPY_NEWREF(a);
}

static MpyObject *repeat_into(MpyObject *target, const char *p, size_t n, ssize_t count)
{
    if (count <= 0 || n == 0)
        return mpy_bytearray_resize(target, 0) < 0 ? NULL : target;
    if (n > (size_t)SSIZE_MAX / (size_t)count)
        return mpy_err_no_memory();
    MpyStrBuf copy = MPY_STRBUF_INIT;
    mpy_strbuf_append(&copy, p, n);
    if (copy.failed || mpy_bytearray_resize(target, n * (size_t)count) < 0) {
        mpy_strbuf_free(&copy);
        return copy.failed ? mpy_err_no_memory() : NULL;
    }
    for (ssize_t k = 0; k < count; k++)
        memcpy(DATA(target) + (size_t)k * n, copy.data, n);
    mpy_strbuf_free(&copy);
    return target;
}

static MpyObject *bytearray_repeat(MpyObject *a, ssize_t count)
{
    MpyObject *r = mpy_bytearray_from_data("", 0);
    if (r && !repeat_into(r, DATA(a), LEN(a), count))
        MPY_CLEAR(r);
    return r;
}

static MpyObject *bytearray_inplace_repeat(MpyObject *a, ssize_t count)
{
    if (!repeat_into(a, DATA(a), LEN(a), count))
        return NULL;
    return MPY_NEWREF(a);
}

static MpyObject *bytearray_richcompare(MpyObject *a, MpyObject *b, int op)
{
    const char *p, *q;
    size_t n, m;
    if (!mpy_bytes_like(a, &p, &n) || !mpy_bytes_like(b, &q, &m))
        return MPY_NEWREF(MPY_NOTIMPLEMENTED);
    int c = memcmp(p, q, n < m ? n : m);
    if (c == 0)
        c = n < m ? -1 : n > m;
    bool r;
    switch (op) {
    case MPY_EQ: r = n == m && c == 0; break;
    case MPY_NE: r = !(n == m && c == 0); break;
    case MPY_LT: r = c < 0; break;
    case MPY_LE: r = c <= 0; break;
    case MPY_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return mpy_bool_from_long(r);
}

/* ============================================================ iterator */

typedef struct {
    MPY_OBJECT_HEAD;
    ssize_t it_index;
    MpyObject *it_seq; /* NULL when exhausted */
} ByteArrayIterObject;

static MpyTypeObject ByteArrayIter_Type;

static MpyObject *bytearray_iter(MpyObject *op)
{
    ByteArrayIterObject *it = (ByteArrayIterObject *)mpy_gc_new(&ByteArrayIter_Type);
    if (!it)
        return NULL;
    it->it_index = 0;
    it->it_seq = MPY_NEWREF(op);
    mpy_gc_track((MpyObject *)it);
    return (MpyObject *)it;
}

static void bytearrayiter_dealloc(MpyObject *op)
{
    mpy_gc_untrack(op);
    MPY_XDECREF(((ByteArrayIterObject *)op)->it_seq);
    mpy_gc_del(op);
}

static int bytearrayiter_traverse(MpyObject *op, mpy_visitproc visit, void *arg)
{
    MPY_VISIT(((ByteArrayIterObject *)op)->it_seq);
    return 0;
}

/* The length is read at every step: the array may change while iterated. */
static MpyObject *bytearrayiter_next(MpyObject *op)
{
    ByteArrayIterObject *it = (ByteArrayIterObject *)op;
    if (!it->it_seq)
        return NULL;
    if (it->it_index >= MPY_SIZE(it->it_seq)) {
        MPY_CLEAR(it->it_seq);
        return NULL;
    }
    unsigned char c = (unsigned char)DATA(it->it_seq)[it->it_index++];
    return MPY_NEWREF(MPY_SMALL_INT(c));
}

static MpyObject *iter_self(MpyObject *op) { return MPY_NEWREF(op); }

static MpyTypeObject ByteArrayIter_Type = {
    .ob_base = {{MPY_IMMORTAL_REFCNT, &MpyType_Type}, 0},
    .tp_name = "bytearray_iterator",
    .tp_basicsize = sizeof(ByteArrayIterObject),
    .tp_dealloc = bytearrayiter_dealloc,
    .tp_flags = MPY_TPFLAGS_HAVE_GC,
    .tp_traverse = bytearrayiter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = bytearrayiter_next,
    .tp_free = mpy_gc_del,
};

/* ============================================================ mutators */

static MpyObject *bytearray_append(MpyObject *op, MpyObject *item)
{
    int v = byte_value(item);
    if (v < 0 || mpy_bytearray_resize(op, LEN(op) + 1) < 0)
        return NULL;
    DATA(op)[LEN(op) - 1] = (char)v;
    MPY_RETURN_NONE;
}

static MpyObject *bytearray_extend(MpyObject *op, MpyObject *iterable)
{
    const char *p;
    size_t n;
    MpyStrBuf buf = MPY_STRBUF_INIT;
    int r;
    if (mpy_object_check_buffer(iterable)) {
        /* as CPython's bytearray_setslice: any failure becomes one TypeError */
        if (!mpy_bytes_like(iterable, &p, &n)) {
            mpy_err_format(MpyExc_TypeError, "can't set %s slice from %s", MPY_TYPE(op)->tp_name,
                           MPY_TYPE(iterable)->tp_name);
            return NULL;
        }
        mpy_strbuf_append(&buf, p, n);
        r = buf.failed ? (mpy_err_no_memory(), -1) : 0;
    } else if (!MPY_TYPE(iterable)->tp_iter && !MPY_TYPE(iterable)->tp_as_sequence.sq_item) {
        mpy_err_format(MpyExc_TypeError, "can't extend bytearray with %s",
                       MPY_TYPE(iterable)->tp_name);
        r = -1;
    } else {
        r = collect_ints(iterable, &buf);
    }
    size_t len = LEN(op);
    if (r == 0 && buf.len && mpy_bytearray_resize(op, len + buf.len) == 0)
        memcpy(DATA(op) + len, buf.data, buf.len);
    else if (r == 0 && buf.len)
        r = -1;
    mpy_strbuf_free(&buf);
    if (r < 0)
        return NULL;
    MPY_RETURN_NONE;
}

static MpyObject *bytearray_insert(MpyObject *op, MpyObject *const *args, size_t nargs)
{
    ssize_t i;
    if (mpy_arg_check_positional("insert", nargs, 2, 2) < 0)
        return NULL;
    i = mpy_number_as_ssize(args[0], MpyExc_OverflowError);
    if (i == -1 && mpy_err_occurred())
        return NULL;
    int v = byte_value(args[1]);
    if (v < 0)
        return NULL;
    ssize_t n = MPY_SIZE(op);
    if (i < 0 && (i += n) < 0)
        i = 0;
    if (i > n)
        i = n;
    if (mpy_bytearray_resize(op, (size_t)n + 1) < 0)
        return NULL;
    memmove(DATA(op) + i + 1, DATA(op) + i, (size_t)(n - i));
    DATA(op)[i] = (char)v;
    MPY_RETURN_NONE;
}

static MpyObject *bytearray_pop(MpyObject *op, MpyObject *const *args, size_t nargs)
{
    ssize_t i = -1;
    if (mpy_arg_check_positional("pop", nargs, 0, 1) < 0)
        return NULL;
    if (nargs && (i = mpy_number_as_ssize(args[0], MpyExc_OverflowError)) == -1 && mpy_err_occurred())
        return NULL;
    if (MPY_SIZE(op) == 0)
        return mpy_err_set_string(MpyExc_IndexError, "pop from empty bytearray");
    if (normalize_index(op, &i, "pop index out of range") < 0 || can_resize(op) < 0)
        return NULL;
    unsigned char c = (unsigned char)DATA(op)[i];
    memmove(DATA(op) + i, DATA(op) + i + 1, LEN(op) - (size_t)i - 1);
    if (mpy_bytearray_resize(op, LEN(op) - 1) < 0)
        return NULL;
    return MPY_NEWREF(MPY_SMALL_INT(c));
}

static MpyObject *bytearray_remove(MpyObject *op, MpyObject *value)
{
    int v = byte_value(value);
    if (v < 0)
        return NULL;
    char *hit = LEN(op) ? memchr(DATA(op), v, LEN(op)) : NULL;
    if (!hit)
        return mpy_err_set_string(MpyExc_ValueError, "value not found in bytearray");
    if (can_resize(op) < 0)
        return NULL;
    memmove(hit, hit + 1, LEN(op) - (size_t)(hit - DATA(op)) - 1);
    if (mpy_bytearray_resize(op, LEN(op) - 1) < 0)
        return NULL;
    MPY_RETURN_NONE;
}

static MpyObject *bytearray_clear(MpyObject *op, MpyObject *u)
{
    if (mpy_bytearray_resize(op, 0) < 0)
        return NULL;
    MPY_RETURN_NONE;
}

static MpyObject *bytearray_copy(MpyObject *op, MpyObject *u)
{
    return mpy_bytearray_from_data(DATA(op) ? DATA(op) : "", LEN(op));
}

static MpyObject *bytearray_reverse(MpyObject *op, MpyObject *u)
{
    char *d = DATA(op);
    for (size_t i = 0, n = LEN(op); i < n / 2; i++) {
        char t = d[i];
        d[i] = d[n - 1 - i];
        d[n - 1 - i] = t;
    }
    MPY_RETURN_NONE;
}

static MpyObject *bytearray_alloc(MpyObject *op, MpyObject *u)
{
    return mpy_int_from_ssize(BA(op)->ob_alloc);
}

static MpyObject *bytearray_sizeof(MpyObject *op, MpyObject *u)
{
    return mpy_int_from_ssize((ssize_t)sizeof(MpyByteArrayObject) + BA(op)->ob_alloc);
}

static MpyObject *bytearray_fromhex(MpyObject *type, MpyObject *arg)
{
    MpyObject *b = mpy_call_method((MpyObject *)&MpyBytes_Type, "fromhex", &arg, 1);
    if (!b)
        return NULL;
    MpyObject *r = mpy_call_one(type, b);
    MPY_DECREF(b);
    return r;
}

static MpyObject *bytearray_maketrans(MpyObject *unused, MpyObject *const *args, size_t nargs)
{
    return mpy_call_method((MpyObject *)&MpyBytes_Type, "maketrans", args, nargs);
}

/* ============================================ the bytes methods, reused */

/* A bytes result becomes a bytearray, also inside a list or tuple. */
static MpyObject *to_bytearray(MpyObject *r)
{
    if (!r)
        return NULL;
    const char *p;
    size_t n;
    if (mpy_bytes_like(r, &p, &n)) {
        MpyObject *ba = mpy_bytearray_from_data(p, n);
        MPY_DECREF(r);
        return ba;
    }
    if (MPY_LIST_CHECK_EXACT(r)) {
        for (ssize_t i = 0; i < MPY_SIZE(r); i++) {
            MpyObject *item = to_bytearray(MPY_NEWREF(MPY_LIST_GET(r, i)));
            if (!item) {
                MPY_DECREF(r);
                return NULL;
            }
            MPY_SETREF(MPY_LIST_ITEMS(r)[i], item);
        }
        return r;
    }
    if (MPY_TUPLE_CHECK_EXACT(r)) {
        MpyObject *t = mpy_tuple_new(MPY_SIZE(r));
        for (ssize_t i = 0; t && i < MPY_SIZE(r); i++) {
            MpyObject *item = to_bytearray(MPY_NEWREF(MPY_TUPLE_GET(r, i)));
            if (!item) {
                MPY_CLEAR(t);
                break;
            }
            MPY_TUPLE_SET(t, i, item);
        }
        MPY_DECREF(r);
        return t;
    }
    return r;
}

/* Calls bytes.<name> on a bytes copy of op with the same arguments. */
static MpyObject *forward(MpyObject *op, const char *name, MpyObject *const *args, size_t nargs,
                          MpyObject *kwnames)
{
    MpyObject *meth = mpy_type_lookup(&MpyBytes_Type, mpy_str_intern_cstr(name));
    size_t total = nargs + (kwnames ? (size_t)MPY_SIZE(kwnames) : 0);
    MpyObject *argv[16];
    if (!meth || total + 1 > sizeof argv / sizeof argv[0])
        return mpy_err_format(MpyExc_TypeError, "%s() takes at most %d arguments", name, 15);
    MpyObject *copy = mpy_bytes_from_data(DATA(op) ? DATA(op) : "", LEN(op));
    if (!copy)
        return NULL;
    argv[0] = copy;
    for (size_t i = 0; i < total; i++)
        argv[i + 1] = args[i];
    MpyObject *r = mpy_call(meth, argv, nargs + 1, kwnames);
    MPY_DECREF(copy);
    return r;
}

#define FWD0(name)                                                                        \
    static MpyObject *fwd_##name(MpyObject *op, MpyObject *u)                             \
    {                                                                                     \
        return to_bytearray(forward(op, #name, NULL, 0, NULL));                           \
    }
#define FWD1(name)                                                                        \
    static MpyObject *fwd_##name(MpyObject *op, MpyObject *a)                             \
    {                                                                                     \
        return to_bytearray(forward(op, #name, &a, 1, NULL));                             \
    }
#define FWDN(name)                                                                        \
    static MpyObject *fwd_##name(MpyObject *op, MpyObject *const *args, size_t nargs,     \
                                 MpyObject *kwnames)                                      \
    {                                                                                     \
        return to_bytearray(forward(op, #name, args, nargs, kwnames));                    \
    }

FWD0(capitalize) FWD0(isalnum) FWD0(isalpha) FWD0(isascii) FWD0(isdigit) FWD0(islower)
FWD0(isspace) FWD0(istitle) FWD0(isupper) FWD0(lower) FWD0(swapcase) FWD0(title) FWD0(upper)
FWD1(join) FWD1(removeprefix) FWD1(removesuffix) FWD1(zfill)
FWDN(center) FWDN(count) FWDN(endswith) FWDN(find) FWDN(index) FWDN(ljust) FWDN(lstrip)
FWDN(replace) FWDN(rfind) FWDN(rindex) FWDN(rjust) FWDN(rstrip) FWDN(startswith) FWDN(strip)
FWDN(decode) FWDN(expandtabs) FWDN(hex) FWDN(rsplit) FWDN(split) FWDN(splitlines) FWDN(translate)

/* partition copies its separator from any buffer first (CPython's
 * _PyByteArray_FromBufferObject), so a non-contiguous view is accepted. */
static MpyObject *partition_copying(MpyObject *op, MpyObject *sep, const char *name)
{
    MpyObject *copy = mpy_buffer_to_bytes(sep);
    if (!copy)
        return NULL;
    MpyObject *r = to_bytearray(forward(op, name, &copy, 1, NULL));
    MPY_DECREF(copy);
    return r;
}

static MpyObject *fwd_partition(MpyObject *op, MpyObject *sep)
{
    return partition_copying(op, sep, "partition");
}

static MpyObject *fwd_rpartition(MpyObject *op, MpyObject *sep)
{
    return partition_copying(op, sep, "rpartition");
}

#define M0(name) {#name, MPY_METH(fwd_##name), MPY_METH_NOARGS, NULL}
#define M1(name) {#name, MPY_METH(fwd_##name), MPY_METH_O, NULL}
#define MN(name) {#name, MPY_METH(fwd_##name), MPY_METH_FASTCALL | MPY_METH_KEYWORDS, NULL}

static MpyMethodDef bytearray_methods[] = {
    {"append", MPY_METH(bytearray_append), MPY_METH_O, "Append a single item to the end of the bytearray."},
    {"extend", MPY_METH(bytearray_extend), MPY_METH_O, "Append all the items from the iterator or sequence to the end of the bytearray."},
    {"insert", MPY_METH(bytearray_insert), MPY_METH_FASTCALL, "Insert a single item into the bytearray before the given index."},
    {"pop", MPY_METH(bytearray_pop), MPY_METH_FASTCALL, "Remove and return a single item from B."},
    {"remove", MPY_METH(bytearray_remove), MPY_METH_O, "Remove the first occurrence of a value in the bytearray."},
    {"clear", MPY_METH(bytearray_clear), MPY_METH_NOARGS, "Remove all items from the bytearray."},
    {"copy", MPY_METH(bytearray_copy), MPY_METH_NOARGS, "Return a copy of B."},
    {"reverse", MPY_METH(bytearray_reverse), MPY_METH_NOARGS, "Reverse the order of the values in B in place."},
    {"__alloc__", MPY_METH(bytearray_alloc), MPY_METH_NOARGS, "B.__alloc__() -> int\n\nReturn the number of bytes actually allocated."},
    {"__sizeof__", MPY_METH(bytearray_sizeof), MPY_METH_NOARGS, "Returns the size of the bytearray object in memory, in bytes."},
    {"fromhex", MPY_METH(bytearray_fromhex), MPY_METH_O | MPY_METH_CLASS, "Create a bytearray object from a string of hexadecimal numbers."},
    {"maketrans", MPY_METH(bytearray_maketrans), MPY_METH_FASTCALL | MPY_METH_STATIC, "Return a translation table useable for the bytes or bytearray translate method."},
    M0(capitalize), M0(isalnum), M0(isalpha), M0(isascii), M0(isdigit), M0(islower), M0(isspace),
    M0(istitle), M0(isupper), M0(lower), M0(swapcase), M0(title), M0(upper),
    M1(join), M1(partition), M1(removeprefix), M1(removesuffix), M1(rpartition), M1(zfill),
    MN(center), MN(count), MN(endswith), MN(find), MN(index), MN(ljust), MN(lstrip), MN(replace),
    MN(rfind), MN(rindex), MN(rjust), MN(rstrip), MN(startswith), MN(strip), MN(decode),
    MN(expandtabs), MN(hex), MN(rsplit), MN(split), MN(splitlines), MN(translate),
    {NULL},
};

/* bytearray % x */
static MpyObject *bytearray_mod(MpyObject *a, MpyObject *b)
{
    if (!MPY_BYTEARRAY_CHECK(a))
        return MPY_NEWREF(MPY_NOTIMPLEMENTED);
    MpyObject *copy = mpy_bytes_from_data(DATA(a) ? DATA(a) : "", LEN(a));
    if (!copy)
        return NULL;
    MpyObject *r = mpy_bytes_percent_format(copy, b);
    MPY_DECREF(copy);
    return to_bytearray(r);
}

MpyTypeObject MpyByteArray_Type = {
    .ob_base = {{MPY_IMMORTAL_REFCNT, &MpyType_Type}, 0},
    .tp_name = "bytearray",
    .tp_basicsize = sizeof(MpyByteArrayObject),
    .tp_dealloc = bytearray_dealloc,
    .tp_repr = bytearray_repr,
    .tp_as_number = {.nb_remainder = bytearray_mod},
    .tp_as_sequence = {
        .sq_length = bytearray_length,
        .sq_concat = bytearray_concat,
        .sq_repeat = bytearray_repeat,
        .sq_item = bytearray_item,
        .sq_contains = bytearray_contains,
        .sq_inplace_concat = bytearray_inplace_concat,
        .sq_inplace_repeat = bytearray_inplace_repeat,
    },
    .tp_as_mapping = {
        .mp_length = bytearray_length,
        .mp_subscript = bytearray_subscript,
        .mp_ass_subscript = bytearray_ass_subscript,
    },
    .tp_hash = mpy_object_hash_not_implemented,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_BASETYPE,
    .tp_doc = "bytearray(iterable_of_ints) -> bytearray\n"
              "bytearray(string, encoding[, errors]) -> bytearray\n"
              "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
              "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
              "bytearray() -> empty bytes array\n\n"
              "Construct a mutable bytearray object from:\n"
              "  - an iterable yielding integers in range(256)\n"
              "  - a text string encoded using the specified encoding\n"
              "  - a bytes or a buffer object\n"
              "  - any object implementing the buffer API.\n"
              "  - an integer",
    .tp_richcompare = bytearray_richcompare,
    .tp_iter = bytearray_iter,
    .tp_methods = bytearray_methods,
    .tp_init = bytearray_init,
    .tp_new = bytearray_new,
    .tp_free = mpy_object_free,
    .tp_vectorcall = bytearray_vectorcall,
    .tp_as_buffer = &bytearray_as_buffer,
};

int mpy_bytearray_ready_type(void)
{
    if (mpy_type_ready(&MpyByteArray_Type) < 0 || mpy_type_ready(&ByteArrayIter_Type) < 0)
        return -1;
    return 0;
}
