/* tuple: the immutable array, its iterator, the static empty tuple, the free
 * lists of CPython 3.11 (sizes 1..20, 2000 each) and its xxHash-based hash.
 * Items are released last to first, as CPython's tupledealloc. */
#include "tuple.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "args.h"
#include "errors.h"
#include "gc.h"
#include "genericalias.h"
#include "int.h"
#include "interp.h"
#include "iter.h"
#include "leakcheck.h"
#include "list.h"
#include "slice.h"
#include "str.h"
#include "strbuf.h"
#include "trashcan.h"
#include "type.h"

/* ==================================================== the empty tuple */

/* Statically allocated like CPython 3.11's, with a (never linked) gc header
 * in front so that the gc functions can look at it. */
static struct {
    MpyGCHead gc;
    MpyTupleObject tuple;
} empty_tuple = {{0, 0}, {{{MPY_IMMORTAL_REFCNT, &MpyTuple_Type}, 0}}};
#define EMPTY_TUPLE (MPY_CAST(&empty_tuple.tuple))

/* ========================================================== free lists */

#define MAXSAVESIZE 20   /* sizes 1..20 are kept */
#define MAXFREELIST 2000 /* of each size */

/* Linked through ob_item[0]. */
static MpyTupleObject *free_list[MAXSAVESIZE];
static size_t numfree[MAXSAVESIZE];

static MpyTupleObject *tuple_alloc(ssize_t n)
{
    MpyTupleObject *op;
    if (n <= MAXSAVESIZE && free_list[n - 1]) {
        op = free_list[n - 1];
        free_list[n - 1] = (MpyTupleObject *)op->ob_item[0];
        numfree[n - 1]--;
        mpy_object_init(MPY_CAST(op), &MpyTuple_Type);
    } else {
        if ((size_t)n > ((size_t)SSIZE_MAX - sizeof(MpyTupleObject)) / sizeof(MpyObject *))
            return (MpyTupleObject *)mpy_err_no_memory();
        op = (MpyTupleObject *)mpy_gc_new_var(&MpyTuple_Type, n);
        if (!op)
            return NULL;
    }
    MPY_SIZE(op) = n;
    memset(op->ob_item, 0, (size_t)n * sizeof(MpyObject *));
    return op;
}

static bool freelist_push(MpyTupleObject *op)
{
    ssize_t n = MPY_SIZE(op);
    if (n == 0 || n > MAXSAVESIZE || numfree[n - 1] >= MAXFREELIST || !MPY_TUPLE_CHECK_EXACT(op))
        return false;
    mpy_leak_unregister(MPY_CAST(op));
    op->ob_item[0] = MPY_CAST(free_list[n - 1]);
    free_list[n - 1] = op;
    numfree[n - 1]++;
    return true;
}

void mpy_tuple_clear_freelists(void)
{
    for (int i = 0; i < MAXSAVESIZE; i++) {
        while (free_list[i]) {
            MpyTupleObject *op = free_list[i];
            free_list[i] = (MpyTupleObject *)op->ob_item[0];
            mpy_leak_register(MPY_CAST(op));
            mpy_gc_del(op);
        }
        numfree[i] = 0;
    }
}

static size_t freelist_count(void *arg) { return numfree[(size_t)arg]; }

/* ======================================================= construction */

MpyObject *mpy_tuple_new(ssize_t n)
{
    if (n == 0)
        return MPY_NEWREF(EMPTY_TUPLE);
    if (n < 0)
        return mpy_err_bad_internal_call();
    MpyTupleObject *op = tuple_alloc(n);
    if (!op)
        return NULL;
    mpy_gc_track(MPY_CAST(op));
    return MPY_CAST(op);
}

MpyObject *mpy_tuple_from_array(MpyObject *const *items, ssize_t n)
{
    MpyObject *t = mpy_tuple_new(n);
    if (!t)
        return NULL;
    for (ssize_t i = 0; i < n; i++)
        MPY_TUPLE_SET(t, i, MPY_NEWREF(items[i]));
    return t;
}

MpyObject *mpy_tuple_pack(ssize_t n, ...)
{
    MpyObject *t = mpy_tuple_new(n);
    if (!t)
        return NULL;
    va_list ap;
    va_start(ap, n);
    for (ssize_t i = 0; i < n; i++)
        MPY_TUPLE_SET(t, i, MPY_NEWREF(va_arg(ap, MpyObject *)));
    va_end(ap);
    return t;
}

MpyObject *mpy_tuple_from_iterable(MpyObject *iterable)
{
    if (MPY_TUPLE_CHECK_EXACT(iterable))
        return MPY_NEWREF(iterable);
    if (MPY_LIST_CHECK_EXACT(iterable))
        return mpy_list_as_tuple(iterable);
    MpyObject *list = mpy_list_from_iterable(iterable);
    if (!list)
        return NULL;
    MpyObject *t = mpy_list_as_tuple(list);
    MPY_DECREF(list);
    return t;
}

MpyObject *mpy_tuple_slice(MpyObject *t, ssize_t start, ssize_t stop)
{
    ssize_t n = MPY_SIZE(t);
    if (start < 0)
        start = 0;
    if (stop > n)
        stop = n;
    if (stop < start)
        stop = start;
    if (start == 0 && stop == n && MPY_TUPLE_CHECK_EXACT(t))
        return MPY_NEWREF(t);
    return mpy_tuple_from_array(MPY_TUPLE_ITEMS(t) + start, stop - start);
}

/* ======================================================== gc tracking */

/* CPython's _PyObject_GC_MAY_BE_TRACKED: could this object ever be part of
 * a cycle? Static types and untracked tuples cannot. */
static bool may_be_tracked(MpyObject *o)
{
    if (!mpy_object_is_gc(o))
        return false;
    if (MPY_TUPLE_CHECK_EXACT(o))
        return mpy_gc_is_tracked(o);
    return true;
}

bool mpy_object_gc_may_be_tracked(MpyObject *o) { return may_be_tracked(o); }

void mpy_tuple_maybe_untrack(MpyObject *op)
{
    if (!MPY_TUPLE_CHECK_EXACT(op) || !mpy_gc_is_tracked(op))
        return;
    for (ssize_t i = MPY_SIZE(op); --i >= 0;) {
        MpyObject *item = MPY_TUPLE_GET(op, i);
        /* A tuple still being filled may refer to anything later. */
        if (!item || may_be_tracked(item))
            return;
    }
    mpy_gc_untrack(op);
}

/* ============================================================== slots */

static void tuple_dealloc(MpyObject *self)
{
    if (self == EMPTY_TUPLE) {
        /* Only a refcounting bug gets here: keep the singleton alive. */
        self->ob_refcnt = MPY_IMMORTAL_REFCNT;
        return;
    }
    MpyTupleObject *op = (MpyTupleObject *)self;
    mpy_gc_untrack(self);
    MPY_TRASHCAN_BEGIN(self, tuple_dealloc)
    for (ssize_t i = MPY_SIZE(op); --i >= 0;)
        MPY_XDECREF(op->ob_item[i]);
    if (!freelist_push(op))
        MPY_TYPE(self)->tp_free(self);
    MPY_TRASHCAN_END
}

static int tuple_traverse(MpyObject *self, mpy_visitproc visit, void *arg)
{
    /* Last to first, as CPython (the collector's order depends on it). */
    for (ssize_t i = MPY_SIZE(self); --i >= 0;)
        MPY_VISIT(MPY_TUPLE_GET(self, i));
    return 0;
}

static MpyObject *tuple_repr(MpyObject *self)
{
    ssize_t n = MPY_SIZE(self);
    if (n == 0)
        return mpy_str_from_cstr("()");
    /* A tuple can only contain itself through a mutable object. */
    int status = mpy_repr_enter(self);
    if (status != 0)
        return status > 0 ? mpy_str_from_cstr("(...)") : NULL;
    MpyStrBuf buf = MPY_STRBUF_INIT;
    MpyObject *result = NULL;
    mpy_strbuf_append_char(&buf, '(');
    for (ssize_t i = 0; i < n; i++) {
        if (i > 0)
            mpy_strbuf_append(&buf, ", ", 2);
        MpyObject *r = mpy_object_repr(MPY_TUPLE_GET(self, i));
        if (!r)
            goto done;
        mpy_strbuf_append(&buf, mpy_str_as_utf8(r), (size_t)MPY_STR_UTF8_LEN(r));
        MPY_DECREF(r);
    }
    if (n == 1)
        mpy_strbuf_append_char(&buf, ',');
    mpy_strbuf_append_char(&buf, ')');
    result = buf.failed ? mpy_err_no_memory() : mpy_str_from_utf8(buf.data, buf.len);
done:
    mpy_strbuf_free(&buf);
    mpy_repr_leave(self);
    return result;
}

/* CPython 3.11's tuplehash: xxHash's round function over the items' hashes. */
#define XXPRIME_1 ((uint64_t)11400714785074694791ULL)
#define XXPRIME_2 ((uint64_t)14029467366897019727ULL)
#define XXPRIME_5 ((uint64_t)2870177450012600261ULL)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

mpy_hash_t mpy_tuple_hash(MpyObject *t)
{
    ssize_t n = MPY_SIZE(t);
    uint64_t acc = XXPRIME_5;
    for (ssize_t i = 0; i < n; i++) {
        mpy_hash_t lane = mpy_object_hash(MPY_TUPLE_GET(t, i));
        if (lane == -1)
            return -1;
        acc += (uint64_t)lane * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1)
        return 1546275796;
    return (mpy_hash_t)acc;
}

static ssize_t tuple_length(MpyObject *self) { return MPY_SIZE(self); }

static int tuple_contains(MpyObject *self, MpyObject *value)
{
    int cmp = 0;
    for (ssize_t i = 0; cmp == 0 && i < MPY_SIZE(self); i++)
        cmp = mpy_object_richcompare_bool(MPY_TUPLE_GET(self, i), value, MPY_EQ);
    return cmp;
}

static MpyObject *tuple_item(MpyObject *self, ssize_t i)
{
    if ((size_t)i >= (size_t)MPY_SIZE(self))
        return mpy_seq_index_error("tuple");
    return MPY_NEWREF(MPY_TUPLE_GET(self, i));
}

static MpyObject *tuple_subscript(MpyObject *self, MpyObject *key)
{
    if (mpy_index_check(key)) {
        ssize_t i;
        if (mpy_seq_index(key, MPY_SIZE(self), "tuple", &i) < 0)
            return NULL;
        return MPY_NEWREF(MPY_TUPLE_GET(self, i));
    }
    if (!MPY_SLICE_CHECK(key))
        return mpy_seq_indices_type_error("tuple", key);
    ssize_t start, stop, step, len;
    if (mpy_slice_get_indices(key, MPY_SIZE(self), &start, &stop, &step, &len) < 0)
        return NULL;
    if (step == 1)
        return mpy_tuple_slice(self, start, start + len);
    MpyObject *res = mpy_tuple_new(len);
    if (!res)
        return NULL;
    for (ssize_t i = 0, j = start; i < len; i++, j += step)
        MPY_TUPLE_SET(res, i, MPY_NEWREF(MPY_TUPLE_GET(self, j)));
    return res;
}

static MpyObject *tuple_concat(MpyObject *a, MpyObject *b)
{
    if (!MPY_TUPLE_CHECK(b))
        return mpy_err_format(MpyExc_TypeError,
                              "can only concatenate tuple (not \"%s\") to tuple",
                              mpy_type_short_name(MPY_TYPE(b)));
    ssize_t na = MPY_SIZE(a), nb = MPY_SIZE(b);
    if (nb == 0 && MPY_TUPLE_CHECK_EXACT(a))
        return MPY_NEWREF(a);
    if (na == 0 && MPY_TUPLE_CHECK_EXACT(b))
        return MPY_NEWREF(b);
    if (na > SSIZE_MAX - nb)
        return mpy_err_no_memory();
    MpyObject *res = mpy_tuple_new(na + nb);
    if (!res)
        return NULL;
    for (ssize_t i = 0; i < na; i++)
        MPY_TUPLE_SET(res, i, MPY_NEWREF(MPY_TUPLE_GET(a, i)));
    for (ssize_t i = 0; i < nb; i++)
        MPY_TUPLE_SET(res, na + i, MPY_NEWREF(MPY_TUPLE_GET(b, i)));
    return res;
}

static MpyObject *tuple_repeat(MpyObject *self, ssize_t n)
{
    ssize_t size = MPY_SIZE(self);
    if (size == 0 || n == 1) {
        if (MPY_TUPLE_CHECK_EXACT(self))
            return MPY_NEWREF(self);
        if (size == 0)
            return mpy_tuple_new(0);
    }
    if (n <= 0)
        return mpy_tuple_new(0);
    if (size > SSIZE_MAX / n)
        return mpy_err_no_memory();
    MpyObject *res = mpy_tuple_new(size * n);
    if (!res)
        return NULL;
    MpyObject **dst = MPY_TUPLE_ITEMS(res);
    for (ssize_t r = 0; r < n; r++)
        for (ssize_t i = 0; i < size; i++)
            *dst++ = MPY_NEWREF(MPY_TUPLE_GET(self, i));
    return res;
}

/* The comparison of two sequences of items, shared with list: the first
 * unequal pair decides, else the lengths do (CPython's tuplerichcompare). */
static MpyObject *compare_sizes(ssize_t a, ssize_t b, int op)
{
    bool r;
    switch (op) {
    case MPY_LT: r = a < b; break;
    case MPY_LE: r = a <= b; break;
    case MPY_EQ: r = a == b; break;
    case MPY_NE: r = a != b; break;
    case MPY_GT: r = a > b; break;
    default: r = a >= b; break;
    }
    return mpy_bool_from_long(r);
}

static MpyObject *tuple_richcompare(MpyObject *v, MpyObject *w, int op)
{
    if (!MPY_TUPLE_CHECK(v) || !MPY_TUPLE_CHECK(w))
        return MPY_NEWREF(MPY_NOTIMPLEMENTED);
    ssize_t vlen = MPY_SIZE(v), wlen = MPY_SIZE(w), i;
    for (i = 0; i < vlen && i < wlen; i++) {
        int k = mpy_object_richcompare_bool(MPY_TUPLE_GET(v, i), MPY_TUPLE_GET(w, i), MPY_EQ);
        if (k < 0)
            return NULL;
        if (!k)
            break;
    }
    if (i >= vlen || i >= wlen)
        return compare_sizes(vlen, wlen, op);
    if (op == MPY_EQ)
        MPY_RETURN_FALSE;
    if (op == MPY_NE)
        MPY_RETURN_TRUE;
    return mpy_object_richcompare(MPY_TUPLE_GET(v, i), MPY_TUPLE_GET(w, i), op);
}

/* ============================================================ methods */

/* The optional start/stop of index(): clamped slice-style indices. */
static int index_bounds(const char *fname, MpyObject *const *args, size_t nargs, ssize_t len,
                        ssize_t *start, ssize_t *stop)
{
    *start = 0;
    *stop = SSIZE_MAX;
    if (mpy_arg_check_positional(fname, nargs, 1, 3) < 0)
        return -1;
    for (size_t k = 1; k < nargs; k++) {
        MpyObject *v = args[k];
        if (!mpy_index_check(v)) {
            mpy_err_set_string(MpyExc_TypeError,
                               "slice indices must be integers or have an __index__ method");
            return -1;
        }
        if (mpy_index_as_ssize(v, NULL, k == 1 ? start : stop) < 0)
            return -1;
    }
    if (*start < 0 && (*start += len) < 0)
        *start = 0;
    if (*stop < 0 && (*stop += len) < 0)
        *stop = 0;
    return 0;
}

static MpyObject *tuple_index(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    ssize_t start, stop;
    if (index_bounds("index", args, nargs, MPY_SIZE(self), &start, &stop) < 0)
        return NULL;
    for (ssize_t i = start; i < stop && i < MPY_SIZE(self); i++) {
        int cmp = mpy_object_richcompare_bool(MPY_TUPLE_GET(self, i), args[0], MPY_EQ);
        if (cmp > 0)
            return mpy_int_from_ssize(i);
        if (cmp < 0)
            return NULL;
    }
    return mpy_err_set_string(MpyExc_ValueError, "tuple.index(x): x not in tuple");
}

static MpyObject *tuple_count(MpyObject *self, MpyObject *value)
{
    ssize_t count = 0;
    for (ssize_t i = 0; i < MPY_SIZE(self); i++) {
        int cmp = mpy_object_richcompare_bool(MPY_TUPLE_GET(self, i), value, MPY_EQ);
        if (cmp < 0)
            return NULL;
        count += cmp;
    }
    return mpy_int_from_ssize(count);
}

static MpyObject *tuple_getnewargs(MpyObject *self, MpyObject *unused)
{
    MpyObject *copy = mpy_tuple_slice(self, 0, MPY_SIZE(self));
    if (!copy)
        return NULL;
    MpyObject *res = mpy_tuple_pack(1, copy);
    MPY_DECREF(copy);
    return res;
}

static MpyObject *tuple_sizeof(MpyObject *self, MpyObject *unused)
{
    return mpy_int_from_ssize(MPY_TYPE(self)->tp_basicsize +
                              MPY_SIZE(self) * (ssize_t)sizeof(MpyObject *));
}

/* tuple(iterable) for the exact type: no instance is made for tuple(t). */
static MpyObject *tuple_vectorcall(MpyObject *type, MpyObject *const *args, size_t nargs,
                                   MpyObject *kwnames)
{
    if (mpy_arg_no_keywords("tuple", kwnames) < 0 ||
        mpy_arg_check_positional("tuple", nargs, 0, 1) < 0)
        return NULL;
    return nargs ? mpy_tuple_from_iterable(args[0]) : mpy_tuple_new(0);
}

/* tuple.__new__: for subclasses, the items are copied into an instance of
 * the subclass (CPython's tuple_subtype_new). */
static MpyObject *tuple_new(MpyTypeObject *type, MpyObject *const *args, size_t nargs,
                            MpyObject *kwnames)
{
    if (type == &MpyTuple_Type)
        return tuple_vectorcall(MPY_CAST(type), args, nargs, kwnames);
    /* Keywords are for a subclass's own __init__, if it has one. */
    if (type->tp_init == MpyTuple_Type.tp_init && mpy_arg_no_keywords("tuple", kwnames) < 0)
        return NULL;
    if (mpy_arg_check_positional("tuple", nargs, 0, 1) < 0)
        return NULL;
    MpyObject *tmp = nargs ? mpy_tuple_from_iterable(args[0]) : mpy_tuple_new(0);
    if (!tmp)
        return NULL;
    ssize_t n = MPY_SIZE(tmp);
    MpyObject *res = mpy_type_generic_alloc(type, n);
    if (res)
        for (ssize_t i = 0; i < n; i++)
            MPY_TUPLE_SET(res, i, MPY_NEWREF(MPY_TUPLE_GET(tmp, i)));
    MPY_DECREF(tmp);
    return res;
}

/* ============================================================ iterator */

typedef struct {
    MPY_OBJECT_HEAD;
    ssize_t it_index;
    MpyObject *it_seq; /* NULL once exhausted */
} TupleIter;

static MpyObject *tuple_iter(MpyObject *self)
{
    TupleIter *it = (TupleIter *)mpy_gc_new(&MpyTupleIter_Type);
    if (!it)
        return NULL;
    it->it_index = 0;
    it->it_seq = MPY_NEWREF(self);
    mpy_gc_track(MPY_CAST(it));
    return MPY_CAST(it);
}

static void tupleiter_dealloc(MpyObject *self)
{
    mpy_gc_untrack(self);
    MPY_XDECREF(((TupleIter *)self)->it_seq);
    mpy_gc_del(self);
}

static int tupleiter_traverse(MpyObject *self, mpy_visitproc visit, void *arg)
{
    MPY_VISIT(((TupleIter *)self)->it_seq);
    return 0;
}

static MpyObject *tupleiter_next(MpyObject *self)
{
    TupleIter *it = (TupleIter *)self;
    MpyObject *seq = it->it_seq;
    if (!seq)
        return NULL;
    if (it->it_index < MPY_SIZE(seq))
        return MPY_NEWREF(MPY_TUPLE_GET(seq, it->it_index++));
    it->it_seq = NULL;
    MPY_DECREF(seq);
    return NULL;
}

static MpyObject *tupleiter_length_hint(MpyObject *self, MpyObject *unused)
{
    TupleIter *it = (TupleIter *)self;
    return mpy_int_from_ssize(it->it_seq ? MPY_SIZE(it->it_seq) - it->it_index : 0);
}

static MpyMethodDef tupleiter_methods[] = {
    {"__length_hint__", MPY_METH(tupleiter_length_hint), MPY_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL},
};

static MpyObject *self_iter(MpyObject *self) { return MPY_NEWREF(self); }

MpyTypeObject MpyTupleIter_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "tuple_iterator",
    .tp_basicsize = sizeof(TupleIter),
    .tp_dealloc = tupleiter_dealloc,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC,
    .tp_traverse = tupleiter_traverse,
    .tp_iter = self_iter,
    .tp_iternext = tupleiter_next,
    .tp_methods = tupleiter_methods,
    .tp_free = mpy_gc_del,
};

/* ================================================================ type */

static MpyMethodDef tuple_methods[] = {
    {"__class_getitem__", MPY_METH(mpy_generic_alias_class_getitem), MPY_METH_O | MPY_METH_CLASS,
     "See PEP 585"},
    {"__getnewargs__", MPY_METH(tuple_getnewargs), MPY_METH_NOARGS, NULL},
    {"index", MPY_METH(tuple_index), MPY_METH_FASTCALL,
     "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", MPY_METH(tuple_count), MPY_METH_O, "Return number of occurrences of value."},
    {"__sizeof__", MPY_METH(tuple_sizeof), MPY_METH_NOARGS,
     "Size of object in memory, in bytes."},
    {NULL},
};

MpyTypeObject MpyTuple_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "tuple",
    .tp_basicsize = sizeof(MpyTupleObject),
    .tp_itemsize = sizeof(MpyObject *),
    .tp_dealloc = tuple_dealloc,
    .tp_repr = tuple_repr,
    .tp_as_sequence = {
        .sq_length = tuple_length,
        .sq_concat = tuple_concat,
        .sq_repeat = tuple_repeat,
        .sq_item = tuple_item,
        .sq_contains = tuple_contains,
    },
    .tp_as_mapping = {
        .mp_length = tuple_length,
        .mp_subscript = tuple_subscript,
    },
    .tp_hash = mpy_tuple_hash,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC | MPY_TPFLAGS_BASETYPE | MPY_TPFLAGS_TUPLE_SUBCLASS,
    .tp_doc = "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns "
              "an empty tuple.\nIf iterable is specified the tuple is initialized from "
              "iterable's items.\n\nIf the argument is a tuple, the return value is the same "
              "object.",
    .tp_traverse = tuple_traverse,
    .tp_richcompare = tuple_richcompare,
    .tp_iter = tuple_iter,
    .tp_methods = tuple_methods,
    .tp_new = tuple_new,
    .tp_free = mpy_gc_del,
    .tp_vectorcall = tuple_vectorcall,
};

/* The debug-malloc-stats labels: "free 1-sized PyTupleObjects"... */
static char freelist_names[MAXSAVESIZE][40];

void mpy_tuple_init(void)
{
    mpy_type_ready(&MpyTuple_Type);
    mpy_gc_untrack_tuples = (MpyGCUntrackHook){&MpyTuple_Type, mpy_tuple_maybe_untrack};
    mpy_gc_register_freelist_clear(mpy_tuple_clear_freelists);
    mpy_type_ready(&MpyTupleIter_Type);
    for (int i = 0; i < MAXSAVESIZE; i++) {
        snprintf(freelist_names[i], sizeof freelist_names[i], "free %d-sized PyTupleObjects",
                 i + 1);
        mpy_alloc_register_freelist(freelist_names[i], freelist_count, (void *)(size_t)i,
                                    sizeof(MpyTupleObject) + (size_t)(i + 1) * sizeof(MpyObject *));
    }
}

void mpy_tuple_fini(void) { mpy_tuple_clear_freelists(); }
