/* Type objects: readying built-in types (filling tp_dict from tp_methods,
 * tp_members, tp_getset and the slots, computing the mro), attribute lookup
 * along the mro with a cache keyed on version tags, and the generic
 * allocation of instances. Classes made by `class` and type() come later
 * through the same structure (heap types). */
#ifndef MPY_TYPE_H
#define MPY_TYPE_H
#include "object.h"

/* Prepares a static type once (idempotent): 0 or -1. A static type's
 * dict gets its methods, members, getsets and slot wrappers only when
 * first used (most of the 200 built-in types are never looked into by a
 * given script; making them all at start-up would double its cost), so
 * read a type's dict through mpy_type_dict, never tp_dict directly. */
int mpy_type_ready(MpyTypeObject *type);
/* Fills a static type's dict if still pending: 0 or -1 (MemoryError). */
int mpy_type_fill_lazy_dict(MpyTypeObject *type);
/* Fills every pending one (tests that count live objects call it first). */
void mpy_type_fill_all_lazy_dicts(void);
/* The type's dict, complete (borrowed); NULL with an exception set if it
 * could not be filled. */
static inline MpyObject *mpy_type_dict(MpyTypeObject *type)
{
    if ((type->tp_flags & MPY_TPFLAGS_LAZY_DICT) && mpy_type_fill_lazy_dict(type) < 0)
        return NULL;
    return type->tp_dict;
}
/* Finds name along type's mro; borrowed reference, NULL (no exception) when
 * absent. `name` must be an exact str. */
MpyObject *mpy_type_lookup(MpyTypeObject *type, MpyObject *name);
/* The name CPython shows in messages: tp_name after the last dot. */
const char *mpy_type_short_name(MpyTypeObject *type);
/* Call when a type's dict changes: invalidates inline caches keyed on it. */
void mpy_type_modified(MpyTypeObject *type);
/* Assigns and returns the type's current version tag (0: none available). */
unsigned int mpy_type_version(MpyTypeObject *type);

/* Allocation of an instance of any type (gc or not), zero-filled. */
MpyObject *mpy_type_generic_alloc(MpyTypeObject *type, ssize_t nitems);
/* A tp_new that just allocates. */
MpyObject *mpy_type_generic_new(MpyTypeObject *type, MpyObject *const *args, size_t nargs,
                                MpyObject *kwnames);

/* The mro: C3 linearization of type's bases (a new tuple, or NULL with
 * CPython's TypeError), and setting tp_mro from it. */
MpyObject *mpy_type_c3_mro(MpyTypeObject *type);
int mpy_type_compute_mro(MpyTypeObject *type);
/* The name shown by "cannot create 'X' instances" and similar messages. */
const char *mpy_type_qualified_name(MpyTypeObject *type);
/* Turns the attribute cache off for good (at shutdown). */
void mpy_type_clear_cache(void);
/* Turns the cache on once start-up is over. */
void mpy_type_enable_cache(void);
/* Releases the dict, mro and bases a static type got from mpy_type_ready;
 * unready_all does it for every static type readied so far (at shutdown). */
void mpy_type_unready(MpyTypeObject *type);
void mpy_type_unready_all(void);
/* Set by class.c: called when a class changes, to invalidate its subclasses. */
extern void (*mpy_type_modified_subclasses_hook)(MpyTypeObject *type);

/* isinstance/issubclass without __instancecheck__/__subclasscheck__ (the
 * default behaviour of type's own methods). */
int mpy_object_recursive_isinstance(MpyObject *inst, MpyObject *cls);
int mpy_object_recursive_issubclass(MpyObject *derived, MpyObject *cls);

/* A read-only view of a type's namespace (type.__dict__): mappingproxy. */
MpyObject *mpy_mappingproxy_new(MpyObject *mapping);
extern MpyTypeObject MpyMappingProxy_Type;

#endif
