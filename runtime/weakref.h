/* Weak references: the hook every weak-referenceable type calls from its
 * dealloc, and (with the weakref module, later) the ref and proxy types.
 * tp_weaklistoffset locates an object's list of weak references. */
#ifndef MPY_WEAKREF_H
#define MPY_WEAKREF_H
#include "object.h"

/* Clears the weak references to `op` (its weak-reference list head is
 * `list`, possibly NULL) and calls their callbacks, newest first; called by
 * a dealloc before it releases anything. */
void mpy_weakref_clear_refs(MpyObject *op, MpyObject *list);

#endif
