/* set and frozenset: CPython 3.11's open-addressing table (linear probes,
 * then perturbation; the same sizes and growth), so iteration order matches
 * CPython's for the same hashes. */
#ifndef MPY_SET_H
#define MPY_SET_H
#include "object.h"

extern MpyTypeObject MpySet_Type, MpyFrozenSet_Type;
#define MPY_ANYSET_CHECK(op)                                                       \
    (MPY_OBJECT_TYPECHECK(op, &MpySet_Type) || MPY_OBJECT_TYPECHECK(op, &MpyFrozenSet_Type))

MpyObject *mpy_set_new(MpyObject *iterable);       /* iterable may be NULL */
MpyObject *mpy_frozenset_new(MpyObject *iterable);
int mpy_set_add(MpyObject *set, MpyObject *key);
int mpy_set_contains(MpyObject *set, MpyObject *key); /* 1, 0, -1 */
int mpy_set_discard(MpyObject *set, MpyObject *key);  /* 1 found, 0 not, -1 error */
ssize_t mpy_set_size(MpyObject *set);
/* Iteration by position, as mpy_dict_next; borrowed key. */
int mpy_set_next(MpyObject *set, ssize_t *pos, MpyObject **key, mpy_hash_t *hash);
void mpy_set_init(void);
void mpy_set_fini(void);

#endif
