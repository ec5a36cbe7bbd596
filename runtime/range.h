/* range objects (start, stop, step and length as ints of any size, 48 bytes
 * as CPython) and their iterators. The iterator over a range whose values
 * fit in a machine word is a plain counter that the VM's FOR_ITER can step
 * inline. */
#ifndef MPY_RANGE_H
#define MPY_RANGE_H
#include "int.h"
#include "object.h"

typedef struct {
    MPY_OBJECT_HEAD;
    MpyObject *start, *stop, *step, *length; /* exact ints */
} MpyRangeObject;

/* range_iterator: the next value is `start`, then start + step, ... while
 * len > 0. */
typedef struct {
    MPY_OBJECT_HEAD;
    int64_t start, step, len;
} MpyRangeIterObject;

extern MpyTypeObject MpyRange_Type, MpyRangeIter_Type, MpyLongRangeIter_Type;
#define MPY_RANGE_CHECK(op) (MPY_TYPE(op) == &MpyRange_Type)

/* range(start, stop, step) from ints (borrowed); step must not be 0. */
MpyObject *mpy_range_new(MpyObject *start, MpyObject *stop, MpyObject *step);

/* FOR_ITER's fast path over a range_iterator: the next int, or NULL when
 * exhausted (never an error besides MemoryError). */
static inline MpyObject *mpy_rangeiter_next_inline(MpyObject *it)
{
    MpyRangeIterObject *r = (MpyRangeIterObject *)it;
    if (r->len <= 0)
        return NULL;
    int64_t v = r->start;
    r->start = (int64_t)((uint64_t)v + (uint64_t)r->step); /* may wrap after the last */
    r->len--;
    return mpy_int_from_i64_inline(v);
}

void mpy_range_init(void);
void mpy_range_fini(void);

#endif
