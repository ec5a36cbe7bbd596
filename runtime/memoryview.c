/* memoryview and its managed buffer, after CPython 3.11's memoryobject.c:
 * construction, release and the context manager, indexing with the native
 * single-character struct formats, slicing (a new view of the same
 * memory), item and slice assignment, cast to other formats and shapes,
 * tolist/tobytes/hex, comparison by value, hashing of read-only byte
 * views, the attributes, iteration, and the buffer the view itself lends —
 * with CPython's messages. Multi-dimensional views come from cast(shape=);
 * as in CPython they index with tuples but do not make sub-views. */
#include "memoryview.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "args.h"
#include "bytes.h"
#include "errors.h"
#include "float.h"
#include "gc.h"
#include "hash.h"
#include "int.h"
#include "list.h"
#include "slice.h"
#include "str.h"
#include "str_impl.h"
#include "tuple.h"
#include "type.h"
#include "weakref.h"

#define MV(op) ((MpyMemoryViewObject *)(op))
#define MBUF(op) ((MpyManagedBufferObject *)(op))
#define IS_BYTE_FORMAT(c) ((c) == 'b' || (c) == 'B' || (c) == 'c')
#define C_CONTIGUOUS(flags) ((flags) & (MPY_MEMORYVIEW_SCALAR | MPY_MEMORYVIEW_C))
#define F_CONTIGUOUS(flags) ((flags) & (MPY_MEMORYVIEW_SCALAR | MPY_MEMORYVIEW_FORTRAN))
#define ANY_CONTIGUOUS(flags) \
    ((flags) & (MPY_MEMORYVIEW_SCALAR | MPY_MEMORYVIEW_C | MPY_MEMORYVIEW_FORTRAN))

_Static_assert(sizeof(void *) != 8 || offsetof(MpyMemoryViewObject, ob_array) == 144,
               "memoryview is 144 bytes before its arrays, as CPython 3.11's");
_Static_assert(sizeof(void *) != 8 || sizeof(MpyManagedBufferObject) == 112,
               "managedbuffer is 112 bytes, as CPython 3.11's");

/* ====================================================== managed buffer */

/* The buffer of `base`, taken once for all the views made from it
 * (CPython's _PyManagedBuffer_FromObject). */
static MpyManagedBufferObject *mbuf_from_object(MpyObject *base)
{
    MpyManagedBufferObject *mbuf = (MpyManagedBufferObject *)mpy_gc_new(&MpyManagedBuffer_Type);
    if (!mbuf)
        return NULL;
    mbuf->flags = 0;
    mbuf->exports = 0;
    memset(&mbuf->master, 0, sizeof mbuf->master);
    mpy_gc_track((MpyObject *)mbuf);
    if (mpy_object_get_buffer(base, &mbuf->master, MPY_BUF_FULL_RO) < 0) {
        mbuf->master.obj = NULL;
        MPY_DECREF(mbuf);
        return NULL;
    }
    return mbuf;
}

/* Gives the exporter its buffer back, once. */
static void mbuf_release(MpyManagedBufferObject *mbuf)
{
    if (mbuf->flags & MPY_MANAGED_BUFFER_RELEASED)
        return;
    mbuf->flags |= MPY_MANAGED_BUFFER_RELEASED;
    mpy_gc_untrack((MpyObject *)mbuf); /* it refers to nothing any more */
    mpy_buffer_release(&mbuf->master);
}

static void mbuf_dealloc(MpyObject *op)
{
    mbuf_release(MBUF(op));
    mpy_gc_del(op);
}

static int mbuf_traverse(MpyObject *op, mpy_visitproc visit, void *arg)
{
    MPY_VISIT(MBUF(op)->master.obj);
    return 0;
}

static int mbuf_clear(MpyObject *op)
{
    mbuf_release(MBUF(op));
    return 0;
}

MpyTypeObject MpyManagedBuffer_Type = {
    .ob_base = {{MPY_IMMORTAL_REFCNT, &MpyType_Type}, 0},
    .tp_name = "managedbuffer",
    .tp_basicsize = sizeof(MpyManagedBufferObject),
    .tp_dealloc = mbuf_dealloc,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC,
    .tp_traverse = mbuf_traverse,
    .tp_clear = mbuf_clear,
    .tp_free = mpy_gc_del,
};

/* =============================================== making and releasing */

static MpyObject *released_error(void)
{
    return mpy_err_set_string(MpyExc_ValueError, "operation forbidden on released memoryview object");
}

/* CPython's BASE_INACCESSIBLE: released, or its managed buffer is. */
static bool inaccessible(MpyMemoryViewObject *mv)
{
    return (mv->flags & MPY_MEMORYVIEW_RELEASED) || !mv->mbuf ||
           (mv->mbuf->flags & MPY_MANAGED_BUFFER_RELEASED);
}

#define CHECK_RELEASED(mv, fail)       \
    do {                               \
        if (inaccessible(mv)) {        \
            released_error();          \
            return fail;               \
        }                              \
    } while (0)

/* A view with room for ndim dimensions, tracked, not yet registered. */
static MpyMemoryViewObject *view_alloc(int ndim)
{
    MpyMemoryViewObject *mv =
        (MpyMemoryViewObject *)mpy_gc_new_var(&MpyMemoryView_Type, 3 * (ssize_t)ndim);
    if (!mv)
        return NULL;
    mv->mbuf = NULL;
    mv->hash = -1;
    mv->flags = 0;
    mv->exports = 0;
    memset(&mv->view, 0, sizeof mv->view);
    mv->view.ndim = ndim;
    mv->view.shape = mv->ob_array;
    mv->view.strides = mv->ob_array + ndim;
    mv->weakreflist = NULL;
    mpy_gc_track((MpyObject *)mv);
    return mv;
}

/* A view of mbuf's memory with src's address, length, item size, format
 * and writability, and room for ndim dimensions to be filled in (CPython's
 * mbuf_add_incomplete_view). */
static MpyMemoryViewObject *register_incomplete(MpyManagedBufferObject *mbuf,
                                                const MpyBuffer *src, int ndim)
{
    MpyMemoryViewObject *mv = view_alloc(ndim);
    if (!mv)
        return NULL;
    MpyBuffer *v = &mv->view;
    v->obj = src->obj; /* borrowed: the managed buffer holds it */
    v->buf = src->buf;
    v->len = src->len;
    v->itemsize = src->itemsize;
    v->readonly = src->readonly;
    v->format = src->format ? src->format : "B";
    v->internal = src->internal;
    mv->mbuf = (MpyManagedBufferObject *)MPY_NEWREF(mbuf);
    mbuf->exports++;
    return mv;
}

/* The flags saying which ways the view is contiguous (CPython's init_flags). */
static void init_flags(MpyMemoryViewObject *mv)
{
    const MpyBuffer *v = &mv->view;
    int flags = 0;
    if (v->ndim == 0) {
        flags = MPY_MEMORYVIEW_SCALAR | MPY_MEMORYVIEW_C | MPY_MEMORYVIEW_FORTRAN;
    } else if (v->ndim == 1) {
        if (v->shape[0] == 1 || v->strides[0] == v->itemsize)
            flags = MPY_MEMORYVIEW_C | MPY_MEMORYVIEW_FORTRAN;
    } else {
        if (mpy_buffer_is_contiguous(v, 'C'))
            flags |= MPY_MEMORYVIEW_C;
        if (mpy_buffer_is_contiguous(v, 'F'))
            flags |= MPY_MEMORYVIEW_FORTRAN;
    }
    mv->flags = flags;
}

/* A complete view with src's shape and strides (CPython's mbuf_add_view). */
static MpyObject *register_view(MpyManagedBufferObject *mbuf, const MpyBuffer *src)
{
    if (!src)
        src = &mbuf->master;
    if (src->ndim > MPY_BUF_MAX_NDIM)
        return mpy_err_set_string(MpyExc_ValueError,
                                  "memoryview: number of dimensions must not exceed 64");
    MpyMemoryViewObject *mv = register_incomplete(mbuf, src, src->ndim);
    if (!mv)
        return NULL;
    MpyBuffer *v = &mv->view;
    if (v->ndim == 1) {
        v->shape[0] = src->shape ? src->shape[0] : src->itemsize ? src->len / src->itemsize : 0;
        v->strides[0] = src->strides ? src->strides[0] : src->itemsize;
    } else if (v->ndim > 1) {
        memcpy(v->shape, src->shape, (size_t)v->ndim * sizeof(ssize_t));
        if (src->strides)
            memcpy(v->strides, src->strides, (size_t)v->ndim * sizeof(ssize_t));
        else
            mpy_buffer_init_c_strides(v);
    }
    init_flags(mv);
    return (MpyObject *)mv;
}

MpyObject *mpy_memoryview_from_object(MpyObject *o)
{
    if (MPY_MEMORYVIEW_CHECK(o)) {
        CHECK_RELEASED(MV(o), NULL);
        return register_view(MV(o)->mbuf, &MV(o)->view);
    }
    if (!mpy_object_check_buffer(o))
        return mpy_err_format(MpyExc_TypeError, "memoryview: a bytes-like object is required, not '%s'",
                              MPY_TYPE(o)->tp_name);
    MpyManagedBufferObject *mbuf = mbuf_from_object(o);
    if (!mbuf)
        return NULL;
    MpyObject *r = register_view(mbuf, NULL);
    MPY_DECREF(mbuf);
    return r;
}

/* CPython's _memory_release: unregisters from the managed buffer, which
 * gives the exporter its buffer back when no view is left. */
static int release_view(MpyMemoryViewObject *mv)
{
    if (mv->flags & MPY_MEMORYVIEW_RELEASED)
        return 0;
    if (mv->exports > 0) {
        mpy_err_format(MpyExc_BufferError, "memoryview has %zd exported buffer%s", mv->exports,
                       mv->exports == 1 ? "" : "s");
        return -1;
    }
    mv->flags |= MPY_MEMORYVIEW_RELEASED;
    if (mv->mbuf && --mv->mbuf->exports == 0)
        mbuf_release(mv->mbuf);
    return 0;
}

int mpy_memoryview_release(MpyObject *mv) { return release_view(MV(mv)); }

static void memory_dealloc(MpyObject *op)
{
    MpyMemoryViewObject *mv = MV(op);
    mpy_gc_untrack(op);
    if (mv->weakreflist)
        mpy_weakref_clear_refs(op, mv->weakreflist);
    release_view(mv); /* cannot fail: whoever holds a buffer of it holds it */
    MPY_CLEAR(mv->mbuf);
    mpy_gc_del(op);
}

static int memory_traverse(MpyObject *op, mpy_visitproc visit, void *arg)
{
    MPY_VISIT(MV(op)->mbuf);
    return 0;
}

static int memory_clear(MpyObject *op)
{
    MpyMemoryViewObject *mv = MV(op);
    if (mv->exports == 0)
        release_view(mv);
    MPY_CLEAR(mv->mbuf);
    return 0;
}

static MpyObject *memory_new(MpyTypeObject *type, MpyObject *const *args, size_t nargs,
                             MpyObject *kwnames)
{
    static const char *const kw[] = {"object", NULL};
    static const MpyArgSpec spec = {"memoryview", kw, 1, 1};
    MpyObject *a[1];
    if (mpy_arg_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    return mpy_memoryview_from_object(a[0]);
}

static MpyObject *memory_vectorcall(MpyObject *type, MpyObject *const *args, size_t nargs,
                                    MpyObject *kwnames)
{
    return memory_new((MpyTypeObject *)type, args, nargs, kwnames);
}

/* ================================================ the buffer it lends */

/* CPython's memory_getbuf: the view as it is, minus what the consumer did
 * not ask for, if the memory allows that. */
static int memory_getbuf(MpyObject *op, MpyBuffer *view, int flags)
{
    MpyMemoryViewObject *mv = MV(op);
    int base = mv->flags;
    CHECK_RELEASED(mv, -1);
    *view = mv->view;
    view->obj = NULL;
    if (!(flags & MPY_BUF_FORMAT))
        view->format = NULL;
    const char *err = NULL;
    if ((flags & MPY_BUF_WRITABLE) && mv->view.readonly)
        err = "memoryview: underlying buffer is not writable";
    else if ((flags & MPY_BUF_C_CONTIGUOUS) == MPY_BUF_C_CONTIGUOUS && !C_CONTIGUOUS(base))
        err = "memoryview: underlying buffer is not C-contiguous";
    else if ((flags & MPY_BUF_F_CONTIGUOUS) == MPY_BUF_F_CONTIGUOUS && !F_CONTIGUOUS(base))
        err = "memoryview: underlying buffer is not Fortran contiguous";
    else if ((flags & MPY_BUF_ANY_CONTIGUOUS) == MPY_BUF_ANY_CONTIGUOUS && !ANY_CONTIGUOUS(base))
        err = "memoryview: underlying buffer is not contiguous";
    else if ((flags & MPY_BUF_STRIDES) != MPY_BUF_STRIDES && !C_CONTIGUOUS(base))
        err = "memoryview: underlying buffer is not C-contiguous";
    else if ((flags & MPY_BUF_ND) != MPY_BUF_ND && view->format)
        err = "memoryview: cannot cast to unsigned bytes if the format flag is present";
    if (err) {
        mpy_err_set_string(MpyExc_BufferError, err);
        return -1;
    }
    if ((flags & MPY_BUF_STRIDES) != MPY_BUF_STRIDES)
        view->strides = NULL;
    if ((flags & MPY_BUF_ND) != MPY_BUF_ND) {
        view->ndim = 1;
        view->shape = NULL;
    }
    view->obj = MPY_NEWREF(op);
    mv->exports++;
    return 0;
}

static void memory_releasebuf(MpyObject *op, MpyBuffer *view) { MV(op)->exports--; }

static const MpyBufferProcs memory_as_buffer = {memory_getbuf, memory_releasebuf};

/* ============================================================== items */

/* The view's format character ('@' skipped); views only ever have the
 * native single-character formats. */
static char fmt_char(const MpyBuffer *v)
{
    return v->format[0] == '@' ? v->format[1] : v->format[0];
}

#define LOAD(ctype, convert)                \
    do {                                    \
        ctype value_;                       \
        memcpy(&value_, p, sizeof value_);  \
        return convert(value_);             \
    } while (0)

/* The Python value of the item at p (CPython's unpack_single). */
static MpyObject *unpack_item(const char *p, char fmt)
{
    switch (fmt) {
    case 'B': return MPY_NEWREF(MPY_SMALL_INT((unsigned char)*p));
    case 'b': return mpy_int_from_i64((signed char)*p);
    case 'c': return mpy_bytes_from_data(p, 1);
    case '?': return mpy_bool_from_long(*p != 0);
    case 'h': LOAD(short, mpy_int_from_i64);
    case 'H': LOAD(unsigned short, mpy_int_from_i64);
    case 'i': LOAD(int, mpy_int_from_i64);
    case 'I': LOAD(unsigned int, mpy_int_from_i64);
    case 'l': LOAD(long, mpy_int_from_i64);
    case 'L': LOAD(unsigned long, mpy_int_from_u64);
    case 'q': LOAD(long long, mpy_int_from_i64);
    case 'Q': LOAD(unsigned long long, mpy_int_from_u64);
    case 'n': LOAD(ssize_t, mpy_int_from_i64);
    case 'N': LOAD(size_t, mpy_int_from_u64);
    case 'f': LOAD(float, mpy_float_from_double);
    case 'd': LOAD(double, mpy_float_from_double);
    case 'P': LOAD(uintptr_t, mpy_int_from_u64);
    }
    return mpy_err_format(MpyExc_NotImplementedError, "memoryview: format %c not supported", fmt);
}

static int invalid_type(char fmt)
{
    mpy_err_format(MpyExc_TypeError, "memoryview: invalid type for format '%c'", fmt);
    return -1;
}

static int invalid_value(char fmt)
{
    mpy_err_format(MpyExc_ValueError, "memoryview: invalid value for format '%c'", fmt);
    return -1;
}

/* CPython's fix_error_int: a conversion's TypeError says "invalid type",
 * its OverflowError or ValueError "invalid value"; others stay. */
static int fix_error(char fmt)
{
    if (mpy_err_exception_matches(MpyExc_TypeError)) {
        mpy_err_clear();
        return invalid_type(fmt);
    }
    if (mpy_err_exception_matches(MpyExc_OverflowError) ||
        mpy_err_exception_matches(MpyExc_ValueError)) {
        mpy_err_clear();
        return invalid_value(fmt);
    }
    return -1;
}

/* item's value through __index__ as a sign and a 64-bit magnitude: 0, 1 if
 * it needs more than 64 bits, -1 on error. */
static int index_value(MpyObject *item, bool *neg, uint64_t *mag)
{
    MpyObject *i = mpy_number_index(item);
    if (!i)
        return -1;
    int64_t small;
    int r = 0;
    if (mpy_int_to_i64(i, &small) == 0) {
        *neg = small < 0;
        *mag = small < 0 ? 0 - (uint64_t)small : (uint64_t)small;
    } else if (mpy_int_sign(i) > 0) {
        mpz_t z;
        mpz_init(z);
        mpy_int_get_mpz(i, z);
        r = mpz_sizeinbase(z, 2) > 64;
        *neg = false;
        *mag = r ? 0 : (uint64_t)mpz_get_ui(z);
        mpz_clear(z);
    } else {
        r = 1;
    }
    MPY_DECREF(i);
    return r;
}

/* Stores an int item of an integer format, range-checked as CPython. */
static int pack_int(char *p, char fmt, ssize_t size, MpyObject *item)
{
    bool neg;
    uint64_t mag;
    int r = index_value(item, &neg, &mag);
    if (r < 0)
        return fix_error(fmt);
    bool is_signed = fmt >= 'a' && fmt <= 'z';
    unsigned bits = 8 * (unsigned)size;
    uint64_t top = (uint64_t)1 << (bits - 1);
    uint64_t pos_max = is_signed ? top - 1 : top - 1 + top;
    uint64_t neg_max = is_signed || fmt == 'P' ? top : 0; /* 'P' takes negative addresses */
    if (r > 0 || mag > (neg ? neg_max : pos_max))
        return invalid_value(fmt);
    uint64_t raw = neg ? 0 - mag : mag;
    uint8_t b8 = (uint8_t)raw;
    uint16_t b16 = (uint16_t)raw;
    uint32_t b32 = (uint32_t)raw;
    memcpy(p, size == 1 ? (void *)&b8 : size == 2 ? (void *)&b16 : size == 4 ? (void *)&b32
                                                                            : (void *)&raw,
           (size_t)size);
    return 0;
}

/* Stores item at p in the format (CPython's pack_single). 0 or -1. */
static int pack_item(char *p, char fmt, MpyObject *item)
{
    if (fmt == 'c') {
        if (!MPY_BYTES_CHECK(item))
            return invalid_type(fmt);
        if (MPY_BYTES_LEN(item) != 1)
            return invalid_value(fmt);
        *p = MPY_BYTES_DATA(item)[0];
        return 0;
    }
    if (fmt == '?') {
        int truth = mpy_object_is_true(item);
        if (truth < 0)
            return -1;
        *p = (char)truth;
        return 0;
    }
    if (fmt == 'f' || fmt == 'd') {
        double d = mpy_float_as_double(item);
        if (d == -1.0 && mpy_err_occurred())
            return fix_error(fmt);
        float f = (float)d; /* IEEE: out of range becomes an infinity, as in CPython */
        memcpy(p, fmt == 'f' ? (void *)&f : (void *)&d, fmt == 'f' ? sizeof f : sizeof d);
        return 0;
    }
    if (fmt == 'P' && !MPY_INT_CHECK(item)) /* PyLong_AsVoidPtr: no __index__ */
        return invalid_type(fmt);
    char name[2] = {fmt, '\0'};
    ssize_t size;
    if (!mpy_buffer_native_format(name, &size)) {
        mpy_err_format(MpyExc_NotImplementedError, "memoryview: format %c not supported", fmt);
        return -1;
    }
    return pack_int(p, fmt, size, item);
}

/* =========================================================== indexing */

/* The item `index` of dimension dim from ptr: a negative index counts from
 * the end; IndexError "index out of bounds on dimension 1" otherwise. */
static char *lookup_dimension(const MpyBuffer *v, char *ptr, int dim, ssize_t index)
{
    ssize_t n = v->shape[dim];
    if (index < 0)
        index += n;
    if (index < 0 || index >= n) {
        mpy_err_format(MpyExc_IndexError, "index out of bounds on dimension %d", dim + 1);
        return NULL;
    }
    return ptr + v->strides[dim] * index;
}

/* The item addressed by a tuple of one index per dimension. */
static char *ptr_from_tuple(const MpyBuffer *v, MpyObject *tuple)
{
    ssize_t n = MPY_SIZE(tuple);
    if (n > v->ndim) {
        mpy_err_format(MpyExc_TypeError, "cannot index %d-dimension view with %zd-element tuple",
                       v->ndim, n);
        return NULL;
    }
    char *ptr = v->buf;
    for (ssize_t d = 0; d < n && ptr; d++) {
        ssize_t index;
        if (mpy_index_as_ssize(MPY_TUPLE_GET(tuple, d), MpyExc_IndexError, &index) < 0)
            return NULL;
        ptr = lookup_dimension(v, ptr, (int)d, index);
    }
    return ptr;
}

/* A tuple whose items are all indexes (want_slices false) or all slices. */
static bool is_tuple_of(MpyObject *key, bool want_slices)
{
    if (!MPY_TUPLE_CHECK(key))
        return false;
    for (ssize_t i = 0; i < MPY_SIZE(key); i++) {
        MpyObject *x = MPY_TUPLE_GET(key, i);
        if (want_slices ? !MPY_SLICE_CHECK(x) : !mpy_index_check(x))
            return false;
    }
    return true;
}

static MpyObject *memory_item(MpyObject *op, ssize_t index)
{
    MpyBuffer *v = &MV(op)->view;
    CHECK_RELEASED(MV(op), NULL);
    if (v->ndim == 0)
        return mpy_err_set_string(MpyExc_TypeError, "invalid indexing of 0-dim memory");
    if (v->ndim > 1)
        return mpy_err_set_string(MpyExc_NotImplementedError,
                                  "multi-dimensional sub-views are not implemented");
    char *ptr = lookup_dimension(v, v->buf, 0, index);
    return ptr ? unpack_item(ptr, fmt_char(v)) : NULL;
}

/* Narrows the first dimension of v to the slice (CPython's init_slice).
 * The arithmetic wraps as CPython's does for absurd steps, without
 * undefined behaviour; an empty result keeps its address. */
static int slice_first_dim(MpyBuffer *v, MpyObject *key)
{
    ssize_t start, stop, step;
    if (mpy_slice_unpack(key, &start, &stop, &step) < 0)
        return -1;
    ssize_t n = mpy_slice_adjust_indices(v->shape[0], &start, &stop, step);
    if (n > 0)
        v->buf = (char *)v->buf + v->strides[0] * start;
    v->shape[0] = n;
    v->strides[0] = (ssize_t)((size_t)v->strides[0] * (size_t)step);
    return 0;
}

static ssize_t product_len(const MpyBuffer *v)
{
    ssize_t len = v->itemsize;
    for (int d = 0; d < v->ndim; d++)
        len *= v->shape[d];
    return len;
}

static MpyObject *slice_view(MpyMemoryViewObject *mv, MpyObject *key)
{
    MpyMemoryViewObject *sliced = MV(register_view(mv->mbuf, &mv->view));
    if (!sliced)
        return NULL;
    if (slice_first_dim(&sliced->view, key) < 0) {
        MPY_DECREF(sliced);
        return NULL;
    }
    sliced->view.len = product_len(&sliced->view);
    init_flags(sliced);
    return (MpyObject *)sliced;
}

static MpyObject *memory_subscript(MpyObject *op, MpyObject *key)
{
    MpyMemoryViewObject *mv = MV(op);
    MpyBuffer *v = &mv->view;
    CHECK_RELEASED(mv, NULL);
    if (v->ndim == 0) {
        if (MPY_TUPLE_CHECK(key) && MPY_SIZE(key) == 0)
            return unpack_item(v->buf, fmt_char(v));
        if (key == MPY_ELLIPSIS)
            return MPY_NEWREF(op);
        return mpy_err_set_string(MpyExc_TypeError, "invalid indexing of 0-dim memory");
    }
    if (mpy_index_check(key)) {
        ssize_t index;
        if (mpy_index_as_ssize(key, MpyExc_IndexError, &index) < 0)
            return NULL;
        return memory_item(op, index);
    }
    if (MPY_SLICE_CHECK(key))
        return slice_view(mv, key);
    if (is_tuple_of(key, false)) {
        if (MPY_SIZE(key) < v->ndim)
            return mpy_err_set_string(MpyExc_NotImplementedError, "sub-views are not implemented");
        char *ptr = ptr_from_tuple(v, key);
        return ptr ? unpack_item(ptr, fmt_char(v)) : NULL;
    }
    if (is_tuple_of(key, true))
        return mpy_err_set_string(MpyExc_NotImplementedError,
                                  "multi-dimensional slicing is not implemented");
    return mpy_err_set_string(MpyExc_TypeError, "memoryview: invalid slice key");
}

static ssize_t memory_length(MpyObject *op)
{
    CHECK_RELEASED(MV(op), -1);
    return MV(op)->view.ndim == 0 ? 1 : MV(op)->view.shape[0];
}

/* ========================================================= assignment */

/* Same format, item size and shape (CPython's equiv_structure without
 * the error). A buffer without a shape is one dimension of len bytes. */
static bool same_format(const MpyBuffer *a, const MpyBuffer *b)
{
    const char *fa = a->format ? a->format : "B", *fb = b->format ? b->format : "B";
    fa += fa[0] == '@';
    fb += fb[0] == '@';
    return strcmp(fa, fb) == 0 && a->itemsize == b->itemsize;
}

static ssize_t dim_size(const MpyBuffer *v, int d)
{
    return v->shape ? v->shape[d] : v->itemsize ? v->len / v->itemsize : 0;
}

static bool same_shape(const MpyBuffer *a, const MpyBuffer *b)
{
    if (a->ndim != b->ndim)
        return false;
    for (int d = 0; d < a->ndim; d++) {
        if (dim_size(a, d) != dim_size(b, d))
            return false;
        if (dim_size(a, d) == 0)
            break;
    }
    return true;
}

/* Copies src's items into the one-dimensional dest, through a contiguous
 * copy so that overlapping memory is safe. 0 or -1. */
static int copy_items(const MpyBuffer *dest, const MpyBuffer *src)
{
    if (!same_format(dest, src) || !same_shape(dest, src)) {
        mpy_err_set_string(MpyExc_ValueError,
                           "memoryview assignment: lvalue and rvalue have different structures");
        return -1;
    }
    if (dest->len == 0)
        return 0;
    char *tmp = mpy_mem_alloc((size_t)dest->len);
    if (!tmp) {
        mpy_err_no_memory();
        return -1;
    }
    mpy_buffer_to_contiguous(tmp, src, 'C');
    for (ssize_t i = 0; i < dest->shape[0]; i++)
        memcpy((char *)dest->buf + i * dest->strides[0], tmp + i * dest->itemsize,
               (size_t)dest->itemsize);
    mpy_mem_free(tmp);
    return 0;
}

/* view[slice] = value for a one-dimensional view: value must export a
 * buffer of the same format and length. */
static int assign_slice(MpyMemoryViewObject *mv, MpyObject *key, MpyObject *value)
{
    MpyBuffer src;
    if (mpy_object_get_buffer(value, &src, MPY_BUF_FULL_RO) < 0)
        return -1;
    MpyBuffer dest = mv->view;
    ssize_t shape = mv->view.shape[0], stride = mv->view.strides[0];
    dest.shape = &shape;
    dest.strides = &stride;
    int r = slice_first_dim(&dest, key);
    if (r == 0) {
        dest.len = shape * dest.itemsize;
        r = copy_items(&dest, &src);
    }
    mpy_buffer_release(&src);
    return r;
}

static int set_error(MpyTypeObject *type, const char *msg)
{
    mpy_err_set_string(type, msg);
    return -1;
}

static int memory_ass_sub(MpyObject *op, MpyObject *key, MpyObject *value)
{
    MpyMemoryViewObject *mv = MV(op);
    MpyBuffer *v = &mv->view;
    CHECK_RELEASED(mv, -1);
    char fmt = fmt_char(v);
    if (v->readonly)
        return set_error(MpyExc_TypeError, "cannot modify read-only memory");
    if (!value)
        return set_error(MpyExc_TypeError, "cannot delete memory");
    if (v->ndim == 0) {
        if (key == MPY_ELLIPSIS || (MPY_TUPLE_CHECK(key) && MPY_SIZE(key) == 0))
            return pack_item(v->buf, fmt, value);
        return set_error(MpyExc_TypeError, "invalid indexing of 0-dim memory");
    }
    if (mpy_index_check(key)) {
        ssize_t index;
        if (v->ndim > 1)
            return set_error(MpyExc_NotImplementedError, "sub-views are not implemented");
        if (mpy_index_as_ssize(key, MpyExc_IndexError, &index) < 0)
            return -1;
        char *ptr = lookup_dimension(v, v->buf, 0, index);
        return ptr ? pack_item(ptr, fmt, value) : -1;
    }
    if (MPY_SLICE_CHECK(key) && v->ndim == 1)
        return assign_slice(mv, key, value);
    if (is_tuple_of(key, false)) {
        if (MPY_SIZE(key) < v->ndim)
            return set_error(MpyExc_NotImplementedError, "sub-views are not implemented");
        char *ptr = ptr_from_tuple(v, key);
        return ptr ? pack_item(ptr, fmt, value) : -1;
    }
    if (MPY_SLICE_CHECK(key) || is_tuple_of(key, true))
        return set_error(MpyExc_NotImplementedError,
                         "memoryview slice assignments are currently restricted to ndim = 1");
    return set_error(MpyExc_TypeError, "memoryview: invalid slice key");
}

/* ==================================================== tolist, tobytes */

/* The items of dimension dim from ptr, as nested lists. */
static MpyObject *tolist_dim(const MpyBuffer *v, const char *ptr, int dim, char fmt)
{
    ssize_t n = v->shape[dim];
    MpyObject *list = mpy_list_new(n);
    for (ssize_t i = 0; list && i < n; i++) {
        const char *p = ptr + i * v->strides[dim];
        MpyObject *item = dim == v->ndim - 1 ? unpack_item(p, fmt) : tolist_dim(v, p, dim + 1, fmt);
        if (!item)
            MPY_CLEAR(list);
        else
            MPY_LIST_SET(list, i, item);
    }
    return list;
}

static MpyObject *memory_tolist(MpyObject *op, MpyObject *unused)
{
    MpyBuffer *v = &MV(op)->view;
    CHECK_RELEASED(MV(op), NULL);
    if (v->ndim == 0)
        return unpack_item(v->buf, fmt_char(v));
    return tolist_dim(v, v->buf, 0, fmt_char(v));
}

static MpyObject *memory_tobytes(MpyObject *op, MpyObject *const *args, size_t nargs,
                                 MpyObject *kwnames)
{
    static const char *const kw[] = {"order", NULL};
    static const MpyArgSpec spec = {"tobytes", kw, 0, 1};
    MpyObject *a[1];
    if (mpy_arg_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    MpyObject *order = a[0] && a[0] != MPY_NONE ? a[0] : NULL;
    if (order && !MPY_STR_CHECK(order))
        return mpy_err_format(MpyExc_TypeError, "tobytes() argument 'order' must be str or None, not %s",
                              mpy_arg_type_name(order));
    CHECK_RELEASED(MV(op), NULL);
    char ord = 'C';
    if (order && mpy_str_equal_cstr(order, "F"))
        ord = 'F';
    else if (order && mpy_str_equal_cstr(order, "A"))
        ord = 'A';
    else if (order && !mpy_str_equal_cstr(order, "C"))
        return mpy_err_set_string(MpyExc_ValueError, "order must be 'C', 'F' or 'A'");
    return mpy_buffer_view_to_bytes(&MV(op)->view, ord);
}

static MpyObject *memory_hex(MpyObject *op, MpyObject *const *args, size_t nargs,
                             MpyObject *kwnames)
{
    MpyMemoryViewObject *mv = MV(op);
    CHECK_RELEASED(mv, NULL);
    if (C_CONTIGUOUS(mv->flags))
        return mpy_bytes_hex(mv->view.buf, (size_t)mv->view.len, args, nargs, kwnames);
    MpyObject *copy = mpy_buffer_view_to_bytes(&mv->view, 'C');
    if (!copy)
        return NULL;
    MpyObject *r = mpy_bytes_hex(MPY_BYTES_DATA(copy), (size_t)MPY_BYTES_LEN(copy), args, nargs,
                                 kwnames);
    MPY_DECREF(copy);
    return r;
}

/* ==================================================== release, enter */

static MpyObject *memory_release(MpyObject *op, MpyObject *unused)
{
    if (release_view(MV(op)) < 0)
        return NULL;
    MPY_RETURN_NONE;
}

static MpyObject *memory_enter(MpyObject *op, MpyObject *unused)
{
    CHECK_RELEASED(MV(op), NULL);
    return MPY_NEWREF(op);
}

static MpyObject *memory_exit(MpyObject *op, MpyObject *const *args, size_t nargs)
{
    return memory_release(op, NULL);
}

static MpyObject *memory_toreadonly(MpyObject *op, MpyObject *unused)
{
    MpyMemoryViewObject *mv = MV(op);
    CHECK_RELEASED(mv, NULL);
    MpyObject *r = register_view(mv->mbuf, &mv->view);
    if (r)
        MV(r)->view.readonly = 1;
    return r;
}

/* =============================================================== cast */

/* The format strings a cast view points at ("@B" when asked with '@'). */
static const char *static_format(const char *asked, char c)
{
    static const char letters[] = "cbB?hHiIlLqQnNfdP";
    static const char *const plain[] = {"c", "b", "B", "?", "h", "H", "i", "I", "l",
                                        "L", "q", "Q", "n", "N", "f", "d", "P"};
    static const char *const at[] = {"@c", "@b", "@B", "@?", "@h", "@H", "@i", "@I", "@l",
                                     "@L", "@q", "@Q", "@n", "@N", "@f", "@d", "@P"};
    size_t i = (size_t)(strchr(letters, c) - letters);
    return asked[0] == '@' ? at[i] : plain[i];
}

/* The view as one dimension of the new format (CPython's cast_to_1D). */
static int cast_to_1d(MpyMemoryViewObject *mv, MpyObject *format)
{
    MpyBuffer *v = &mv->view;
    MpyObject *ascii = mpy_str_encode(format, "ascii", NULL);
    if (!ascii)
        return -1;
    const char *asked = MPY_BYTES_DATA(ascii);
    ssize_t itemsize;
    const char *dest = mpy_buffer_native_format(asked, &itemsize);
    const char *src = mpy_buffer_native_format(v->format, NULL);
    int r = -1;
    if (!dest) /* read as a C string, as CPython: "B\0x" is "B" */
        mpy_err_set_string(MpyExc_ValueError,
                           "memoryview: destination format must be a native single character "
                           "format prefixed with an optional '@'");
    else if ((!src || !IS_BYTE_FORMAT(src[0])) && !IS_BYTE_FORMAT(dest[0]))
        mpy_err_set_string(MpyExc_TypeError, "memoryview: cannot cast between two non-byte formats");
    else if (v->len % itemsize)
        mpy_err_set_string(MpyExc_TypeError, "memoryview: length is not a multiple of itemsize");
    else
        r = 0;
    if (r == 0) {
        v->format = static_format(asked, dest[0]);
        v->itemsize = itemsize;
        v->ndim = 1;
        v->shape[0] = v->len / itemsize;
        v->strides[0] = itemsize;
        init_flags(mv);
    }
    MPY_DECREF(ascii);
    return r;
}

/* Reads cast()'s shape into v->shape: the number of bytes it spans, or -1. */
static ssize_t read_shape(MpyBuffer *v, MpyObject *shape, int ndim)
{
    MpyObject *const *items = MPY_TUPLE_CHECK(shape) ? MPY_TUPLE_ITEMS(shape) : MPY_LIST_ITEMS(shape);
    ssize_t len = v->itemsize;
    for (int d = 0; d < ndim; d++) {
        if (!MPY_INT_CHECK(items[d])) {
            mpy_err_set_string(MpyExc_TypeError, "memoryview.cast(): elements of shape must be integers");
            return -1;
        }
        ssize_t x = mpy_int_as_ssize(items[d]);
        if (x == -1 && mpy_err_occurred())
            return -1;
        if (x <= 0) {
            mpy_err_set_string(MpyExc_ValueError,
                               "memoryview.cast(): elements of shape must be integers > 0");
            return -1;
        }
        if (x > SSIZE_MAX / len) {
            mpy_err_set_string(MpyExc_ValueError, "memoryview.cast(): product(shape) > SSIZE_MAX");
            return -1;
        }
        len *= x;
        v->shape[d] = x;
    }
    return len;
}

/* The one-dimensional view reshaped (CPython's cast_to_ND). */
static int cast_to_nd(MpyMemoryViewObject *mv, MpyObject *shape, int ndim)
{
    MpyBuffer *v = &mv->view;
    ssize_t len = v->itemsize;
    v->ndim = ndim;
    if (ndim == 0) {
        v->shape = NULL;
        v->strides = NULL;
    } else {
        v->strides = mv->ob_array + ndim;
        if ((len = read_shape(v, shape, ndim)) < 0)
            return -1;
        mpy_buffer_init_c_strides(v);
    }
    if (v->len != len) {
        mpy_err_set_string(MpyExc_TypeError, "memoryview: product(shape) * itemsize != buffer size");
        return -1;
    }
    init_flags(mv);
    return 0;
}

static bool zero_in_shape(const MpyBuffer *v)
{
    for (int d = 0; d < v->ndim; d++)
        if (v->shape[d] == 0)
            return true;
    return false;
}

static MpyObject *memory_cast(MpyObject *op, MpyObject *const *args, size_t nargs,
                              MpyObject *kwnames)
{
    static const char *const kw[] = {"format", "shape", NULL};
    static const MpyArgSpec spec = {"cast", kw, 1, 2};
    MpyObject *a[2];
    MpyMemoryViewObject *mv = MV(op);
    if (mpy_arg_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    if (!MPY_STR_CHECK(a[0]))
        return mpy_err_format(MpyExc_TypeError, "cast() argument 'format' must be str, not %s",
                              mpy_arg_type_name(a[0]));
    CHECK_RELEASED(mv, NULL);
    if (!C_CONTIGUOUS(mv->flags))
        return mpy_err_set_string(MpyExc_TypeError, "memoryview: casts are restricted to C-contiguous views");
    if ((a[1] || mv->view.ndim != 1) && zero_in_shape(&mv->view))
        return mpy_err_set_string(MpyExc_TypeError,
                                  "memoryview: cannot cast view with zeros in shape or strides");
    ssize_t ndim = 1;
    if (a[1]) {
        if (!MPY_LIST_CHECK(a[1]) && !MPY_TUPLE_CHECK(a[1]))
            return mpy_err_set_string(MpyExc_TypeError, "shape must be a list or a tuple");
        ndim = MPY_SIZE(a[1]);
        if (ndim > MPY_BUF_MAX_NDIM)
            return mpy_err_set_string(MpyExc_ValueError,
                                      "memoryview: number of dimensions must not exceed 64");
        if (mv->view.ndim != 1 && ndim != 1)
            return mpy_err_set_string(MpyExc_TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
    }
    MpyMemoryViewObject *r = register_incomplete(mv->mbuf, &mv->view, ndim == 0 ? 1 : (int)ndim);
    if (!r)
        return NULL;
    if (cast_to_1d(r, a[0]) < 0 || (a[1] && cast_to_nd(r, a[1], (int)ndim) < 0))
        MPY_CLEAR(r);
    return (MpyObject *)r;
}

/* ========================================================= attributes */

static MpyObject *ssize_tuple(const ssize_t *values, int n)
{
    MpyObject *t = mpy_tuple_new(values ? n : 0);
    for (int i = 0; t && values && i < n; i++) {
        MpyObject *x = mpy_int_from_ssize(values[i]);
        if (!x)
            MPY_CLEAR(t);
        else
            MPY_TUPLE_SET(t, i, x);
    }
    return t;
}

enum { ATTR_OBJ, ATTR_NBYTES, ATTR_READONLY, ATTR_ITEMSIZE, ATTR_FORMAT, ATTR_NDIM, ATTR_SHAPE,
       ATTR_STRIDES, ATTR_SUBOFFSETS, ATTR_C_CONTIGUOUS, ATTR_F_CONTIGUOUS, ATTR_CONTIGUOUS };

/* Every attribute of a view; all refuse a released one. */
static MpyObject *memory_get(MpyObject *op, void *closure)
{
    MpyMemoryViewObject *mv = MV(op);
    const MpyBuffer *v = &mv->view;
    CHECK_RELEASED(mv, NULL);
    switch ((int)(intptr_t)closure) {
    case ATTR_OBJ: return MPY_NEWREF(v->obj ? v->obj : MPY_NONE);
    case ATTR_NBYTES: return mpy_int_from_ssize(v->len);
    case ATTR_READONLY: return mpy_bool_from_long(v->readonly);
    case ATTR_ITEMSIZE: return mpy_int_from_ssize(v->itemsize);
    case ATTR_FORMAT: return mpy_str_from_cstr(v->format);
    case ATTR_NDIM: return mpy_int_from_ssize(v->ndim);
    case ATTR_SHAPE: return ssize_tuple(v->shape, v->ndim);
    case ATTR_STRIDES: return ssize_tuple(v->strides, v->ndim);
    case ATTR_SUBOFFSETS: return ssize_tuple(NULL, 0);
    case ATTR_C_CONTIGUOUS: return mpy_bool_from_long(C_CONTIGUOUS(mv->flags));
    case ATTR_F_CONTIGUOUS: return mpy_bool_from_long(F_CONTIGUOUS(mv->flags));
    default: return mpy_bool_from_long(ANY_CONTIGUOUS(mv->flags));
    }
}

#define ATTR(name, which, doc) {name, memory_get, NULL, doc, (void *)(intptr_t)(which)}

static MpyGetSetDef memory_getset[] = {
    ATTR("obj", ATTR_OBJ, "The underlying object of the memoryview."),
    ATTR("nbytes", ATTR_NBYTES, "The amount of space in bytes that the array would use in\n a contiguous representation."),
    ATTR("readonly", ATTR_READONLY, "A bool indicating whether the memory is read only."),
    ATTR("itemsize", ATTR_ITEMSIZE, "The size in bytes of each element of the memoryview."),
    ATTR("format", ATTR_FORMAT, "A string containing the format (in struct module style)\n for each element in the view."),
    ATTR("ndim", ATTR_NDIM, "An integer indicating how many dimensions of a multi-dimensional\n array the memory represents."),
    ATTR("shape", ATTR_SHAPE, "A tuple of ndim integers giving the shape of the memory\n as an N-dimensional array."),
    ATTR("strides", ATTR_STRIDES, "A tuple of ndim integers giving the size in bytes to access\n each element for each dimension of the array."),
    ATTR("suboffsets", ATTR_SUBOFFSETS, "A tuple of integers used internally for PIL-style arrays."),
    ATTR("c_contiguous", ATTR_C_CONTIGUOUS, "A bool indicating whether the memory is C contiguous."),
    ATTR("f_contiguous", ATTR_F_CONTIGUOUS, "A bool indicating whether the memory is Fortran contiguous."),
    ATTR("contiguous", ATTR_CONTIGUOUS, "A bool indicating whether the memory is contiguous."),
    {NULL},
};

/* ============================================== comparison, hash, repr */

/* Whether the items at p and q (formats fp, fq) are equal: natively for
 * one format (floats by value, so nan is unequal to itself; the rest by
 * their bytes), else as Python values. 1, 0, or -1 on error. */
static int items_equal(const char *p, char fp, const char *q, char fq, ssize_t itemsize)
{
    if (fp == fq) {
        if (fp == 'f' || fp == 'd') {
            MpyObject *x = unpack_item(p, fp), *y = unpack_item(q, fq);
            int eq = x && y ? MPY_FLOAT_VALUE(x) == MPY_FLOAT_VALUE(y) : -1;
            MPY_XDECREF(x);
            MPY_XDECREF(y);
            return eq;
        }
        return memcmp(p, q, (size_t)itemsize) == 0;
    }
    MpyObject *x = unpack_item(p, fp), *y = x ? unpack_item(q, fq) : NULL;
    int eq = y ? mpy_object_richcompare_bool(x, y, MPY_EQ) : -1;
    MPY_XDECREF(x);
    MPY_XDECREF(y);
    return eq;
}

static ssize_t dim_stride(const MpyBuffer *v, int d)
{
    return v->strides ? v->strides[d] : v->itemsize;
}

/* Compares dimension dim of two views of the same shape. */
static int equal_dim(const MpyBuffer *a, const char *pa, char fa, const MpyBuffer *b,
                     const char *pb, char fb, int dim)
{
    if (dim == a->ndim)
        return items_equal(pa, fa, pb, fb, a->itemsize);
    for (ssize_t i = 0; i < dim_size(a, dim); i++) {
        int eq = equal_dim(a, pa + i * dim_stride(a, dim), fa, b, pb + i * dim_stride(b, dim), fb,
                           dim + 1);
        if (eq != 1)
            return eq;
    }
    return 1;
}

/* CPython's memory_richcompare: == and != only, by shape and values. */
static MpyObject *memory_richcompare(MpyObject *a, MpyObject *b, int op)
{
    if (op != MPY_EQ && op != MPY_NE)
        return MPY_NEWREF(MPY_NOTIMPLEMENTED);
    MpyBuffer other;
    const MpyBuffer *va = &MV(a)->view, *vb;
    int eq;
    other.obj = NULL;
    if (inaccessible(MV(a)) || (MPY_MEMORYVIEW_CHECK(b) && inaccessible(MV(b)))) {
        eq = a == b;
    } else {
        if (MPY_MEMORYVIEW_CHECK(b)) {
            vb = &MV(b)->view;
        } else if (mpy_object_get_buffer(b, &other, MPY_BUF_FULL_RO) == 0) {
            vb = &other;
        } else {
            mpy_err_clear();
            return MPY_NEWREF(MPY_NOTIMPLEMENTED);
        }
        const char *fa = mpy_buffer_native_format(va->format, NULL);
        const char *fb = mpy_buffer_native_format(vb->format, NULL);
        if (!same_shape(va, vb))
            eq = 0;
        else if (!fa || !fb)
            eq = (mpy_err_format(MpyExc_NotImplementedError, "memoryview: unsupported format"), -1);
        else
            eq = equal_dim(va, va->buf, fa[0], vb, vb->buf, fb[0], 0);
        mpy_buffer_release(&other);
    }
    if (eq < 0)
        return NULL;
    return mpy_bool_from_long(eq == (op == MPY_EQ));
}

/* The hash of the bytes, for read-only views of bytes; kept once computed
 * (so a released view that was hashed still answers, as CPython). */
static mpy_hash_t memory_hash(MpyObject *op)
{
    MpyMemoryViewObject *mv = MV(op);
    if (mv->hash != -1)
        return mv->hash;
    CHECK_RELEASED(mv, -1);
    const MpyBuffer *v = &mv->view;
    const char *fmt = mpy_buffer_native_format(v->format, NULL);
    if (!v->readonly) {
        mpy_err_set_string(MpyExc_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    if (!fmt || !IS_BYTE_FORMAT(fmt[0])) {
        mpy_err_set_string(MpyExc_ValueError,
                           "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        return -1;
    }
    if (v->obj && mpy_object_hash(v->obj) == -1)
        return -1; /* the exporter's own error (a bytearray is unhashable) */
    if (C_CONTIGUOUS(mv->flags)) {
        mv->hash = mpy_hash_bytes(v->buf, (size_t)v->len);
    } else {
        MpyObject *copy = mpy_buffer_view_to_bytes(v, 'C');
        if (!copy)
            return -1;
        mv->hash = mpy_hash_bytes(MPY_BYTES_DATA(copy), (size_t)v->len);
        MPY_DECREF(copy);
    }
    return mv->hash;
}

static MpyObject *memory_repr(MpyObject *op)
{
    if (MV(op)->flags & MPY_MEMORYVIEW_RELEASED)
        return mpy_str_from_format("<released memory at %p>", (void *)op);
    return mpy_str_from_format("<memory at %p>", (void *)op);
}

/* =========================================================== iterator */

typedef struct {
    MPY_OBJECT_HEAD;
    ssize_t it_index, it_length;
    char it_fmt;
    MpyObject *it_seq; /* NULL when exhausted */
} MemoryIterObject;

static MpyTypeObject MemoryIter_Type;

static MpyObject *memory_iter(MpyObject *op)
{
    MpyMemoryViewObject *mv = MV(op);
    CHECK_RELEASED(mv, NULL);
    if (mv->view.ndim == 0)
        return mpy_err_set_string(MpyExc_TypeError, "invalid indexing of 0-dim memory");
    if (mv->view.ndim != 1)
        return mpy_err_set_string(MpyExc_NotImplementedError,
                                  "multi-dimensional sub-views are not implemented");
    MemoryIterObject *it = (MemoryIterObject *)mpy_gc_new(&MemoryIter_Type);
    if (!it)
        return NULL;
    it->it_index = 0;
    it->it_length = mv->view.shape[0];
    it->it_fmt = fmt_char(&mv->view);
    it->it_seq = MPY_NEWREF(op);
    mpy_gc_track((MpyObject *)it);
    return (MpyObject *)it;
}

static void memoryiter_dealloc(MpyObject *op)
{
    mpy_gc_untrack(op);
    MPY_XDECREF(((MemoryIterObject *)op)->it_seq);
    mpy_gc_del(op);
}

static int memoryiter_traverse(MpyObject *op, mpy_visitproc visit, void *arg)
{
    MPY_VISIT(((MemoryIterObject *)op)->it_seq);
    return 0;
}

static MpyObject *memoryiter_next(MpyObject *op)
{
    MemoryIterObject *it = (MemoryIterObject *)op;
    if (!it->it_seq)
        return NULL;
    if (it->it_index >= it->it_length) {
        MPY_CLEAR(it->it_seq);
        return NULL;
    }
    MpyMemoryViewObject *mv = MV(it->it_seq);
    CHECK_RELEASED(mv, NULL);
    const char *p = (const char *)mv->view.buf + mv->view.strides[0] * it->it_index++;
    return unpack_item(p, it->it_fmt);
}

static MpyObject *iter_self(MpyObject *op) { return MPY_NEWREF(op); }

static MpyTypeObject MemoryIter_Type = {
    .ob_base = {{MPY_IMMORTAL_REFCNT, &MpyType_Type}, 0},
    .tp_name = "memory_iterator",
    .tp_basicsize = sizeof(MemoryIterObject),
    .tp_dealloc = memoryiter_dealloc,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC,
    .tp_traverse = memoryiter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = memoryiter_next,
    .tp_free = mpy_gc_del,
};

/* =========================================================== the type */

static MpyMethodDef memory_methods[] = {
    {"release", MPY_METH(memory_release), MPY_METH_NOARGS, "Release the underlying buffer exposed by the memoryview object."},
    {"tobytes", MPY_METH(memory_tobytes), MPY_METH_FASTCALL | MPY_METH_KEYWORDS, "Return the data in the buffer as a byte string."},
    {"hex", MPY_METH(memory_hex), MPY_METH_FASTCALL | MPY_METH_KEYWORDS, "Return the data in the buffer as a str of hexadecimal numbers."},
    {"tolist", MPY_METH(memory_tolist), MPY_METH_NOARGS, "Return the data in the buffer as a list of elements."},
    {"cast", MPY_METH(memory_cast), MPY_METH_FASTCALL | MPY_METH_KEYWORDS, "Cast a memoryview to a new format or shape."},
    {"toreadonly", MPY_METH(memory_toreadonly), MPY_METH_NOARGS, "Return a readonly version of the memoryview."},
    {"__enter__", MPY_METH(memory_enter), MPY_METH_NOARGS, NULL},
    {"__exit__", MPY_METH(memory_exit), MPY_METH_FASTCALL, NULL},
    {NULL},
};

MpyTypeObject MpyMemoryView_Type = {
    .ob_base = {{MPY_IMMORTAL_REFCNT, &MpyType_Type}, 0},
    .tp_name = "memoryview",
    .tp_basicsize = offsetof(MpyMemoryViewObject, ob_array),
    .tp_itemsize = sizeof(ssize_t),
    .tp_dealloc = memory_dealloc,
    .tp_repr = memory_repr,
    .tp_as_sequence = {.sq_length = memory_length, .sq_item = memory_item},
    .tp_as_mapping = {
        .mp_length = memory_length,
        .mp_subscript = memory_subscript,
        .mp_ass_subscript = memory_ass_sub,
    },
    .tp_hash = memory_hash,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC,
    .tp_doc = "Create a new memoryview object which references the given object.",
    .tp_traverse = memory_traverse,
    .tp_clear = memory_clear,
    .tp_richcompare = memory_richcompare,
    .tp_weaklistoffset = offsetof(MpyMemoryViewObject, weakreflist),
    .tp_iter = memory_iter,
    .tp_methods = memory_methods,
    .tp_getset = memory_getset,
    .tp_new = memory_new,
    .tp_free = mpy_gc_del,
    .tp_vectorcall = memory_vectorcall,
    .tp_as_buffer = &memory_as_buffer,
};

void mpy_memoryview_init(void)
{
    if (mpy_type_ready(&MpyManagedBuffer_Type) < 0 || mpy_type_ready(&MpyMemoryView_Type) < 0 ||
        mpy_type_ready(&MemoryIter_Type) < 0) {
        fprintf(stderr, "minipy: fatal: cannot initialise memoryview\n");
        exit(1);
    }
}

/* The types are static and unreadied with the others; nothing else to free. */
void mpy_memoryview_fini(void) {}
