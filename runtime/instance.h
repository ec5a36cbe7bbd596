/* Attributes of instances of classes defined in Python. As in CPython 3.11,
 * an instance does not own a dict until someone asks for __dict__: its
 * attribute values sit in an array laid out by keys shared by every
 * instance of the class (the pre-header before the gc header holds the
 * values pointer and the dict pointer), so obj.x costs an index, not a hash
 * lookup, once the eval loop's inline cache knows the index. */
#ifndef MPY_INSTANCE_H
#define MPY_INSTANCE_H
#include "object.h"

/* Borrowed value of attribute `name` in obj's own storage, or NULL (no
 * exception) when absent. */
MpyObject *mpy_instance_get_attr(MpyObject *obj, MpyObject *name);
/* Stores (value non-NULL) or deletes an attribute; AttributeError when
 * deleting a missing one. 0 / -1. */
int mpy_instance_set_attr(MpyObject *obj, MpyObject *name, MpyObject *value);
/* The __dict__ slot, after turning the shared-layout values into a dict. */
MpyObject **mpy_instance_dict_ptr(MpyObject *obj);
/* obj.__class__ = cls */
int mpy_instance_set_class(MpyObject *obj, MpyObject *value, void *closure);
/* Visits / clears / frees the attribute storage (for subtype traverse,
 * clear and dealloc). */
int mpy_instance_traverse(MpyObject *obj, mpy_visitproc visit, void *arg);
void mpy_instance_clear(MpyObject *obj);
/* The eval loop's inline cache: the slot where obj keeps `name` in its
 * class's shared layout (-1 when it is not kept there), and the value in
 * a slot (NULL when absent or the object switched to a real dict). */
ssize_t mpy_instance_attr_index(MpyObject *obj, MpyObject *name);
MpyObject *mpy_instance_value_at(MpyObject *obj, ssize_t index, MpyObject *name);
/* STORE_ATTR's cached path: puts value (the reference is stolen) in slot
 * `index` of obj's shared-layout values, making room if needed, and
 * releases the old value. 1 when stored; 0, doing nothing, when obj has a
 * real dict (the caller takes the generic path); -1 on MemoryError (the
 * value was not stolen). */
int mpy_instance_store_at(MpyObject *obj, ssize_t index, MpyObject *value);
/* Frees a class's shared attribute layout (its dealloc). */
void mpy_instance_keys_free(MpyTypeObject *type);

#endif
