/* slice objects, and the index helpers every sequence shares: turning a
 * subscript into a C index with CPython's messages, unpacking a slice and
 * fitting it to a length (CPython's PySlice_Unpack / PySlice_AdjustIndices). */
#ifndef MPY_SLICE_H
#define MPY_SLICE_H
#include "object.h"

typedef struct {
    MPY_OBJECT_HEAD;
    MpyObject *start, *stop, *step; /* never NULL: None when not given */
} MpySliceObject;

extern MpyTypeObject MpySlice_Type;
#define MPY_SLICE_CHECK(op) (MPY_TYPE(op) == &MpySlice_Type)

/* slice(start, stop, step); a NULL argument means None. New reference. */
MpyObject *mpy_slice_new(MpyObject *start, MpyObject *stop, MpyObject *step);
/* The same, stealing the three references (BUILD_SLICE); NULL step: None. */
MpyObject *mpy_slice_new_steal(MpyObject *start, MpyObject *stop, MpyObject *step);

/* Reads a slice's fields as C indices (None becomes the open end for the
 * step's direction; values beyond ssize_t are clamped). Raises "slice step
 * cannot be zero" and "slice indices must be integers or None or have an
 * __index__ method". 0 or -1. */
int mpy_slice_unpack(MpyObject *slice, ssize_t *start, ssize_t *stop, ssize_t *step);
/* Clips start/stop to a sequence of `length` items and returns the number
 * of items the slice selects. Never fails. */
ssize_t mpy_slice_adjust_indices(ssize_t length, ssize_t *start, ssize_t *stop, ssize_t step);
/* Both at once: 0 with *slicelength set, or -1. */
int mpy_slice_get_indices(MpyObject *slice, ssize_t length, ssize_t *start, ssize_t *stop,
                          ssize_t *step, ssize_t *slicelength);

/* The same for a length of any size, with int objects (CPython's
 * _PySlice_GetLongIndices): new references in *start, *stop, *step. */
int mpy_slice_get_long_indices(MpyObject *slice, MpyObject *length, MpyObject **start,
                               MpyObject **stop, MpyObject **step);

/* Whether o can be used as an index (has __index__: int, bool, ...). */
static inline bool mpy_index_check(MpyObject *o)
{
    return MPY_TYPE_HAS_FEATURE(MPY_TYPE(o), MPY_TPFLAGS_LONG_SUBCLASS) ||
           MPY_TYPE(o)->tp_as_number.nb_index != NULL;
}
/* The value of an object with __index__ as ssize_t. A value out of range
 * raises overflow_exc ("cannot fit 'int' into an index-sized integer"), or
 * is clamped when overflow_exc is NULL. 0 or -1. */
int mpy_index_as_ssize(MpyObject *o, MpyTypeObject *overflow_exc, ssize_t *out);

/* The item index for seq[key] on a sequence of `len` items: key must pass
 * mpy_index_check; a negative index counts from the end; out of range raises
 * IndexError("<what> index out of range") — "list", "tuple", "list
 * assignment", "range object"... 0 or -1. */
int mpy_seq_index(MpyObject *key, ssize_t len, const char *what, ssize_t *out);
/* Raises IndexError("<what> index out of range"); returns NULL. */
MpyObject *mpy_seq_index_error(const char *what);
/* Raises TypeError("<what> indices must be integers or slices, not <type>"). */
MpyObject *mpy_seq_indices_type_error(const char *what, MpyObject *key);

void mpy_slice_init(void);
void mpy_slice_fini(void);

#endif
