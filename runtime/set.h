/* set and frozenset: CPython 3.11's open-addressing table (linear probes,
 * then perturbation; the same sizes and growth), so iteration order matches
 * CPython's for the same hashes. */
#ifndef MPY_SET_H
#define MPY_SET_H
#include "object.h"

/* A slot of the table: empty (key NULL, hash 0), a dummy left by a
 * deletion (the dummy key, hash -1), or active. */
typedef struct {
    MpyObject *key;
    mpy_hash_t hash;
} MpySetEntry;

#define MPY_SET_MINSIZE 8

/* 200 bytes as CPython's PySetObject, so getsizeof(set()) is 216. */
typedef struct {
    MPY_OBJECT_HEAD;
    ssize_t fill;  /* active + dummy slots */
    ssize_t used;  /* active slots */
    ssize_t mask;  /* table size - 1 */
    MpySetEntry *table; /* smalltable, or a separate block when bigger */
    mpy_hash_t hash;    /* frozenset only: -1 until computed */
    ssize_t finger;     /* where pop() looks next */
    MpySetEntry smalltable[MPY_SET_MINSIZE];
    MpyObject *weakreflist;
} MpySetObject;

extern MpyTypeObject MpySet_Type, MpyFrozenSet_Type;
extern MpyTypeObject MpySetIter_Type; /* set_iterator */
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
int mpy_set_clear(MpyObject *set);
/* pop(): a new reference; KeyError("pop from an empty set") when empty. */
MpyObject *mpy_set_pop(MpyObject *set);
/* In-place operations of set methods, on a set (not frozenset): 0 / -1. */
int mpy_set_update(MpyObject *set, MpyObject *iterable);
int mpy_set_difference_update(MpyObject *set, MpyObject *iterable);
int mpy_set_symmetric_difference_update(MpyObject *set, MpyObject *iterable);
/* set & iterable as a new set of set's type (set.intersection). */
MpyObject *mpy_set_intersection(MpyObject *set, MpyObject *iterable);

void mpy_set_init(void);
void mpy_set_fini(void);

#endif
