/* list: a resizable array of references, over-allocated as CPython 3.11's
 * list_resize does (so getsizeof agrees). Container: 56 + 8 * allocated. */
#ifndef MPY_LIST_H
#define MPY_LIST_H
#include "object.h"

typedef struct {
    MPY_OBJECT_VAR_HEAD;
    MpyObject **ob_item;
    ssize_t allocated;
} MpyListObject;

extern MpyTypeObject MpyList_Type;
#define MPY_LIST_CHECK(op) MPY_TYPE_HAS_FEATURE(MPY_TYPE(op), MPY_TPFLAGS_LIST_SUBCLASS)
#define MPY_LIST_CHECK_EXACT(op) (MPY_TYPE(op) == &MpyList_Type)
#define MPY_LIST_ITEMS(op) (((MpyListObject *)(op))->ob_item)
#define MPY_LIST_GET(op, i) (((MpyListObject *)(op))->ob_item[i])
#define MPY_LIST_SET(op, i, v) (((MpyListObject *)(op))->ob_item[i] = MPY_CAST(v)) /* steals */

MpyObject *mpy_list_new(ssize_t n); /* n NULL slots; fill with MPY_LIST_SET */
/* list.append(item): increfs item; 0 / -1. The common case (room left) is
 * inline; growing goes through mpy_list_append_grow (CPython's app1). */
int mpy_list_append_grow(MpyObject *list, MpyObject *item);
static inline int mpy_list_append(MpyObject *list, MpyObject *item)
{
    MpyListObject *l = (MpyListObject *)list;
    ssize_t n = l->ob_base.ob_size;
    if (l->allocated > n) {
        l->ob_item[n] = MPY_NEWREF(item);
        l->ob_base.ob_size = n + 1;
        return 0;
    }
    return mpy_list_append_grow(list, item);
}
/* The C function of list.append, so the eval loop can recognise the method. */
MpyObject *mpy_list_append_meth(MpyObject *self, MpyObject *item);
int mpy_list_extend(MpyObject *list, MpyObject *iterable);
int mpy_list_insert(MpyObject *list, ssize_t index, MpyObject *item);
MpyObject *mpy_list_from_iterable(MpyObject *iterable); /* list(x) */
MpyObject *mpy_list_as_tuple(MpyObject *list);
int mpy_list_sort(MpyObject *list, MpyObject *key, bool reverse); /* stable */
int mpy_list_reverse(MpyObject *list);
MpyObject *mpy_list_slice(MpyObject *list, ssize_t start, ssize_t stop);
extern MpyTypeObject MpyListIter_Type;    /* list_iterator */
extern MpyTypeObject MpyListRevIter_Type; /* list_reverseiterator */
/* Frees the lists kept for reuse (a full collection does this, as CPython). */
void mpy_list_clear_freelist(void);

void mpy_list_init(void);
void mpy_list_fini(void);

#endif
