/* map(func, *iterables): func applied to the iterables' next items, until
 * the shortest runs out. The call passes the items as a vector, with no
 * argument tuple. */
#include "alloc.h"
#include "args.h"
#include "errors.h"
#include "gc.h"
#include "iter.h"
#include "tuple.h"
#include "type.h"

typedef struct {
    MPY_OBJECT_HEAD;
    MpyObject *iters; /* tuple of iterators */
    MpyObject *func;
} MapObject;

static MpyObject *map_vectorcall(MpyObject *type, MpyObject *const *args, size_t nargs,
                                 MpyObject *kwnames)
{
    MpyTypeObject *tp = (MpyTypeObject *)type;
    if (tp == &MpyMap_Type && mpy_arg_no_keywords("map", kwnames) < 0)
        return NULL;
    if (nargs < 2)
        return mpy_err_set_string(MpyExc_TypeError, "map() must have at least two arguments.");
    MpyObject *iters = mpy_tuple_new((ssize_t)nargs - 1);
    if (!iters)
        return NULL;
    for (size_t i = 1; i < nargs; i++) {
        MpyObject *it = mpy_object_getiter(args[i]);
        if (!it) {
            MPY_DECREF(iters);
            return NULL;
        }
        MPY_TUPLE_SET(iters, i - 1, it);
    }
    MapObject *lz = (MapObject *)mpy_type_generic_alloc(tp, 0);
    if (!lz) {
        MPY_DECREF(iters);
        return NULL;
    }
    lz->iters = iters;
    lz->func = MPY_NEWREF(args[0]);
    return MPY_CAST(lz);
}

static MpyObject *map_new(MpyTypeObject *type, MpyObject *const *args, size_t nargs,
                          MpyObject *kwnames)
{
    return map_vectorcall(MPY_CAST(type), args, nargs, kwnames);
}

static void map_dealloc(MpyObject *self)
{
    MapObject *lz = (MapObject *)self;
    mpy_gc_untrack(self);
    MPY_XDECREF(lz->iters);
    MPY_XDECREF(lz->func);
    MPY_TYPE(self)->tp_free(self);
}

static int map_traverse(MpyObject *self, mpy_visitproc visit, void *arg)
{
    MapObject *lz = (MapObject *)self;
    MPY_VISIT(lz->iters);
    MPY_VISIT(lz->func);
    return 0;
}

static MpyObject *map_next(MpyObject *self)
{
    MapObject *lz = (MapObject *)self;
    ssize_t n = MPY_SIZE(lz->iters), got = 0;
    MpyObject *small_stack[5], **stack = small_stack, *result = NULL;
    if (n > 5 && !(stack = mpy_mem_alloc((size_t)n * sizeof(MpyObject *))))
        return mpy_err_no_memory();
    for (; got < n; got++) {
        MpyObject *it = MPY_TUPLE_GET(lz->iters, got);
        if (!(stack[got] = MPY_TYPE(it)->tp_iternext(it)))
            goto exit;
    }
    result = mpy_call(lz->func, stack, (size_t)n, NULL);
exit:
    for (ssize_t i = 0; i < got; i++)
        MPY_DECREF(stack[i]);
    if (stack != small_stack)
        mpy_mem_free(stack);
    return result;
}

static MpyObject *self_iter(MpyObject *self) { return MPY_NEWREF(self); }

MpyTypeObject MpyMap_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "map",
    .tp_basicsize = sizeof(MapObject),
    .tp_dealloc = map_dealloc,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC | MPY_TPFLAGS_BASETYPE,
    .tp_doc = "map(func, *iterables) --> map object\n\nMake an iterator that computes the "
              "function using arguments from\neach of the iterables.  Stops when the shortest "
              "iterable is exhausted.",
    .tp_traverse = map_traverse,
    .tp_iter = self_iter,
    .tp_iternext = map_next,
    .tp_new = map_new,
    .tp_free = mpy_gc_del,
    .tp_vectorcall = map_vectorcall,
};
