/* zip(*iterables, strict=False): tuples of the iterables' next items,
 * stopping at the shortest, or with strict=True raising CPython's
 * "zip() argument 2 is shorter than argument 1" family of ValueErrors. The
 * result tuple is reused when the caller let go of it. */
#include "errors.h"
#include "gc.h"
#include "iter.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

typedef struct {
    MPY_OBJECT_HEAD;
    ssize_t tuplesize;
    MpyObject *ittuple; /* tuple of iterators */
    MpyObject *result;  /* the reusable tuple */
    int strict;
} ZipObject;

static MpyObject *zip_make(MpyTypeObject *type, MpyObject *const *args, size_t nargs, int strict)
{
    MpyObject *ittuple = mpy_tuple_new((ssize_t)nargs);
    if (!ittuple)
        return NULL;
    for (size_t i = 0; i < nargs; i++) {
        MpyObject *it = mpy_object_getiter(args[i]);
        if (!it) {
            MPY_DECREF(ittuple);
            return NULL;
        }
        MPY_TUPLE_SET(ittuple, i, it);
    }
    MpyObject *result = mpy_tuple_new((ssize_t)nargs);
    if (!result) {
        MPY_DECREF(ittuple);
        return NULL;
    }
    for (size_t i = 0; i < nargs; i++)
        MPY_TUPLE_SET(result, i, MPY_NEWREF(MPY_NONE));
    ZipObject *lz = (ZipObject *)mpy_type_generic_alloc(type, 0);
    if (!lz) {
        MPY_DECREF(ittuple);
        MPY_DECREF(result);
        return NULL;
    }
    lz->ittuple = ittuple;
    lz->tuplesize = (ssize_t)nargs;
    lz->result = result;
    lz->strict = strict;
    return MPY_CAST(lz);
}

/* The only keyword is strict (a truth value). */
static MpyObject *zip_vectorcall(MpyObject *type, MpyObject *const *args, size_t nargs,
                                 MpyObject *kwnames)
{
    ssize_t nkw = kwnames ? MPY_SIZE(kwnames) : 0;
    int strict = 0;
    if (nkw > 1)
        return mpy_err_format(MpyExc_TypeError, "zip() takes at most 1 keyword argument (%zd given)",
                              nkw);
    if (nkw == 1) {
        MpyObject *kw = MPY_TUPLE_GET(kwnames, 0);
        if (!mpy_str_equal_cstr(kw, "strict"))
            return mpy_err_format(MpyExc_TypeError, "'%U' is an invalid keyword argument for zip()",
                                  kw);
        if ((strict = mpy_object_is_true(args[nargs])) < 0)
            return NULL;
    }
    return zip_make((MpyTypeObject *)type, args, nargs, strict);
}

static MpyObject *zip_new(MpyTypeObject *type, MpyObject *const *args, size_t nargs,
                          MpyObject *kwnames)
{
    return zip_vectorcall(MPY_CAST(type), args, nargs, kwnames);
}

static void zip_dealloc(MpyObject *self)
{
    ZipObject *lz = (ZipObject *)self;
    mpy_gc_untrack(self);
    MPY_XDECREF(lz->ittuple);
    MPY_XDECREF(lz->result);
    MPY_TYPE(self)->tp_free(self);
}

static int zip_traverse(MpyObject *self, mpy_visitproc visit, void *arg)
{
    ZipObject *lz = (ZipObject *)self;
    MPY_VISIT(lz->ittuple);
    MPY_VISIT(lz->result);
    return 0;
}

/* Whether the StopIteration (if any) left by an iterator can be cleared:
 * false for any other error. */
static bool clear_stop_iteration(void)
{
    if (!mpy_err_occurred())
        return true;
    if (!mpy_err_exception_matches(MpyExc_StopIteration))
        return false;
    mpy_err_clear();
    return true;
}

/* Iterator i ran out under strict=True: the earlier ones must have too,
 * and so must the later ones. */
static MpyObject *zip_strict_check(ZipObject *lz, ssize_t i)
{
    if (!clear_stop_iteration())
        return NULL;
    if (i)
        return mpy_err_format(MpyExc_ValueError, "zip() argument %zd is shorter than argument%s%zd",
                              i + 1, i == 1 ? " " : "s 1-", i);
    for (i = 1; i < lz->tuplesize; i++) {
        MpyObject *it = MPY_TUPLE_GET(lz->ittuple, i);
        MpyObject *item = MPY_TYPE(it)->tp_iternext(it);
        if (item) {
            MPY_DECREF(item);
            return mpy_err_format(MpyExc_ValueError,
                                  "zip() argument %zd is longer than argument%s%zd", i + 1,
                                  i == 1 ? " " : "s 1-", i);
        }
        if (!clear_stop_iteration())
            return NULL;
    }
    return NULL;
}

static MpyObject *zip_next(MpyObject *self)
{
    ZipObject *lz = (ZipObject *)self;
    ssize_t n = lz->tuplesize;
    if (n == 0)
        return NULL;
    MpyObject *result = lz->result;
    bool reuse = MPY_REFCNT(result) == 1;
    if (reuse)
        MPY_INCREF(result);
    else if (!(result = mpy_tuple_new(n)))
        return NULL;
    for (ssize_t i = 0; i < n; i++) {
        MpyObject *it = MPY_TUPLE_GET(lz->ittuple, i);
        MpyObject *item = MPY_TYPE(it)->tp_iternext(it);
        if (!item) {
            MPY_DECREF(result);
            return lz->strict ? zip_strict_check(lz, i) : NULL;
        }
        if (reuse) {
            MpyObject *olditem = MPY_TUPLE_GET(result, i);
            MPY_TUPLE_SET(result, i, item);
            MPY_DECREF(olditem);
        } else {
            MPY_TUPLE_SET(result, i, item);
        }
    }
    /* The collector may have untracked it while it held atoms. */
    if (reuse && !mpy_gc_is_tracked(result))
        mpy_gc_track(result);
    return result;
}

static MpyObject *self_iter(MpyObject *self) { return MPY_NEWREF(self); }

MpyTypeObject MpyZip_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "zip",
    .tp_basicsize = sizeof(ZipObject),
    .tp_dealloc = zip_dealloc,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC | MPY_TPFLAGS_BASETYPE,
    .tp_doc = "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.\n\n"
              "   >>> list(zip('abcdefg', range(3), range(4)))\n   [('a', 0, 0), ('b', 1, 1), "
              "('c', 2, 2)]\n\nThe zip object yields n-length tuples, where n is the number of "
              "iterables\npassed as positional arguments to zip().  The i-th element in every "
              "tuple\ncomes from the i-th iterable argument to zip().  This continues until the\n"
              "shortest argument is exhausted.\n\nIf strict is true and one of the arguments is "
              "exhausted before the others,\nraise a ValueError.",
    .tp_traverse = zip_traverse,
    .tp_iter = self_iter,
    .tp_iternext = zip_next,
    .tp_new = zip_new,
    .tp_free = mpy_gc_del,
    .tp_vectorcall = zip_vectorcall,
};
