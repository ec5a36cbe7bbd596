/* Iterators: the generic ones (the sequence iterator over __getitem__, the
 * callable iterator of iter(f, sentinel)), the builtin iterator types
 * enumerate, zip, map, filter and reversed, and the helpers that containers
 * use to consume any iterable. The iterators of list, tuple, dict, set and
 * range live with their containers. */
#ifndef MPY_ITER_H
#define MPY_ITER_H
#include "errors.h"
#include "object.h"

extern MpyTypeObject MpySeqIter_Type;   /* "iterator" */
extern MpyTypeObject MpyCallIter_Type;  /* "callable_iterator" */
extern MpyTypeObject MpyEnum_Type;      /* enumerate */
extern MpyTypeObject MpyZip_Type;       /* zip */
extern MpyTypeObject MpyMap_Type;       /* map */
extern MpyTypeObject MpyFilter_Type;    /* filter */
extern MpyTypeObject MpyReversed_Type;  /* reversed */

/* iter(seq) for an object that has __getitem__ but no __iter__. */
MpyObject *mpy_seqiter_new(MpyObject *seq);
/* iter(callable, sentinel). */
MpyObject *mpy_calliter_new(MpyObject *callable, MpyObject *sentinel);

/* One step of an iterator, calling its tp_iternext directly: 1 with a new
 * reference in *item, 0 when it is exhausted (a StopIteration raised by a
 * Python __next__ is swallowed, as CPython's callers do), -1 on error. */
static inline int mpy_iter_step(MpyObject *it, MpyObject **item)
{
    *item = MPY_TYPE(it)->tp_iternext(it);
    if (*item)
        return 1;
    if (!mpy_err_occurred())
        return 0;
    if (!mpy_err_exception_matches(MpyExc_StopIteration))
        return -1;
    mpy_err_clear();
    return 0;
}

/* CPython's PyObject_LengthHint: len(o) when it has one, else its
 * __length_hint__(), else `defaultvalue`; -1 with an exception on error. */
ssize_t mpy_object_length_hint(MpyObject *o, ssize_t defaultvalue);

/* Readies the types of iter.c, enumerate.c, zip.c, map.c, filter.c,
 * reversed.c and genericalias.c. */
void mpy_iter_init(void);
void mpy_iter_fini(void);

#endif
