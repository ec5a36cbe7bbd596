/* tuple: an immutable array of references. The empty tuple is a static
 * singleton. Container (gc header): 40 + 8 * n bytes as in CPython. */
#ifndef MPY_TUPLE_H
#define MPY_TUPLE_H
#include "object.h"

typedef struct {
    MPY_OBJECT_VAR_HEAD;
    MpyObject *ob_item[];
} MpyTupleObject;

extern MpyTypeObject MpyTuple_Type;
#define MPY_TUPLE_CHECK(op) MPY_TYPE_HAS_FEATURE(MPY_TYPE(op), MPY_TPFLAGS_TUPLE_SUBCLASS)
#define MPY_TUPLE_CHECK_EXACT(op) (MPY_TYPE(op) == &MpyTuple_Type)
#define MPY_TUPLE_ITEMS(op) (((MpyTupleObject *)(op))->ob_item)
#define MPY_TUPLE_GET(op, i) (((MpyTupleObject *)(op))->ob_item[i])
/* Stores into a fresh tuple: steals `v`, no decref of the old slot. */
#define MPY_TUPLE_SET(op, i, v) (((MpyTupleObject *)(op))->ob_item[i] = MPY_CAST(v))

/* A new tuple of n NULL slots (fill them with MPY_TUPLE_SET before letting
 * the tuple escape), tracked by the gc; n == 0 gives the empty tuple. */
MpyObject *mpy_tuple_new(ssize_t n);
MpyObject *mpy_tuple_from_array(MpyObject *const *items, ssize_t n); /* increfs items */
MpyObject *mpy_tuple_pack(ssize_t n, ...);                          /* increfs items */
MpyObject *mpy_tuple_from_iterable(MpyObject *iterable);           /* tuple(x) */
MpyObject *mpy_tuple_slice(MpyObject *t, ssize_t start, ssize_t stop);
mpy_hash_t mpy_tuple_hash(MpyObject *t); /* CPython 3.11's xxHash-based tuple hash */

extern MpyTypeObject MpyTupleIter_Type; /* tuple_iterator */

/* The collector calls this on each tuple it examines (CPython's
 * _PyTuple_MaybeUntrack): a tuple of objects that can never be part of a
 * cycle (ints, strs, untracked tuples...) stops being tracked, so
 * gc.is_tracked((1, 2)) is False after a collection. The compiler calls it
 * on constant tuples. */
void mpy_tuple_maybe_untrack(MpyObject *op);
/* CPython's _PyObject_GC_MAY_BE_TRACKED: false for non-containers, static
 * types and untracked tuples (used by the tuple and dict untracking rules). */
bool mpy_object_gc_may_be_tracked(MpyObject *o);
/* Frees the tuples kept for reuse (a full collection does this, as CPython). */
void mpy_tuple_clear_freelists(void);
void mpy_tuple_init(void);
void mpy_tuple_fini(void);

#endif
