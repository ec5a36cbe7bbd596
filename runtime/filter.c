/* filter(function or None, iterable): the items for which function(item)
 * is true, or, with None (or bool), the items that are true themselves. */
#include "args.h"
#include "errors.h"
#include "gc.h"
#include "int.h"
#include "iter.h"
#include "type.h"

typedef struct {
    MPY_OBJECT_HEAD;
    MpyObject *func;
    MpyObject *it;
} FilterObject;

static MpyObject *filter_vectorcall(MpyObject *type, MpyObject *const *args, size_t nargs,
                                    MpyObject *kwnames)
{
    MpyTypeObject *tp = (MpyTypeObject *)type;
    if (tp == &MpyFilter_Type && mpy_arg_no_keywords("filter", kwnames) < 0)
        return NULL;
    if (nargs != 2)
        return mpy_err_format(MpyExc_TypeError, "filter expected 2 arguments, got %zu", nargs);
    MpyObject *it = mpy_object_getiter(args[1]);
    if (!it)
        return NULL;
    FilterObject *lz = (FilterObject *)mpy_type_generic_alloc(tp, 0);
    if (!lz) {
        MPY_DECREF(it);
        return NULL;
    }
    lz->func = MPY_NEWREF(args[0]);
    lz->it = it;
    return MPY_CAST(lz);
}

static MpyObject *filter_new(MpyTypeObject *type, MpyObject *const *args, size_t nargs,
                             MpyObject *kwnames)
{
    return filter_vectorcall(MPY_CAST(type), args, nargs, kwnames);
}

static void filter_dealloc(MpyObject *self)
{
    FilterObject *lz = (FilterObject *)self;
    mpy_gc_untrack(self);
    MPY_XDECREF(lz->func);
    MPY_XDECREF(lz->it);
    MPY_TYPE(self)->tp_free(self);
}

static int filter_traverse(MpyObject *self, mpy_visitproc visit, void *arg)
{
    FilterObject *lz = (FilterObject *)self;
    MPY_VISIT(lz->it);
    MPY_VISIT(lz->func);
    return 0;
}

static MpyObject *filter_next(MpyObject *self)
{
    FilterObject *lz = (FilterObject *)self;
    mpy_iternextfunc iternext = MPY_TYPE(lz->it)->tp_iternext;
    bool checktrue = lz->func == MPY_NONE || lz->func == MPY_CAST(&MpyBool_Type);
    for (;;) {
        MpyObject *item = iternext(lz->it);
        if (!item)
            return NULL;
        int ok;
        if (checktrue) {
            ok = mpy_object_is_true(item);
        } else {
            MpyObject *good = mpy_call_one(lz->func, item);
            if (!good) {
                MPY_DECREF(item);
                return NULL;
            }
            ok = mpy_object_is_true(good);
            MPY_DECREF(good);
        }
        if (ok > 0)
            return item;
        MPY_DECREF(item);
        if (ok < 0)
            return NULL;
    }
}

static MpyObject *self_iter(MpyObject *self) { return MPY_NEWREF(self); }

MpyTypeObject MpyFilter_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "filter",
    .tp_basicsize = sizeof(FilterObject),
    .tp_dealloc = filter_dealloc,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC | MPY_TPFLAGS_BASETYPE,
    .tp_doc = "filter(function or None, iterable) --> filter object\n\nReturn an iterator "
              "yielding those items of iterable for which function(item)\nis true. If function "
              "is None, return the items that are true.",
    .tp_traverse = filter_traverse,
    .tp_iter = self_iter,
    .tp_iternext = filter_next,
    .tp_new = filter_new,
    .tp_free = mpy_gc_del,
    .tp_vectorcall = filter_vectorcall,
};
