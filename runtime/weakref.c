/* Weak references. For now only the dealloc hook exists: no weak reference
 * can be made yet (the weakref module comes later), so every list is empty. */
#include "weakref.h"

void mpy_weakref_clear_refs(MpyObject *op, MpyObject *list)
{
    (void)op;
    (void)list;
}
