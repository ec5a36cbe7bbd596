/* Classes made by the `class` statement and by type(name, bases, dict):
 * heap types. Their slots dispatch to the special methods found in their
 * namespace (slots.c), their instances keep attributes in a per-class shared
 * layout (instance.c), and they can be subclassed, modified and collected. */
#ifndef MPY_CLASS_H
#define MPY_CLASS_H
#include "object.h"

struct MpySharedKeys;

typedef struct {
    MpyTypeObject ht_type;
    MpyObject *ht_name;      /* __name__ (str); tp_name points into it */
    MpyObject *ht_qualname;  /* __qualname__ */
    MpyObject *ht_slots;     /* __slots__ names (tuple) or NULL */
    MpyObject *ht_weaklist;  /* weak references to the class */
    struct MpySharedKeys *ht_cached_keys; /* attribute layout shared by instances */
    MpyTypeObject **ht_subclasses;        /* borrowed: each removes itself when freed */
    ssize_t ht_nsubclasses, ht_subclasses_cap;
} MpyHeapTypeObject;

/* type.__new__ and type.__init__ (tp_new / tp_init of `type`). */
MpyObject *mpy_class_new(MpyTypeObject *metatype, MpyObject *const *args, size_t nargs,
                         MpyObject *kwnames);
int mpy_class_init(MpyObject *self, MpyObject *const *args, size_t nargs, MpyObject *kwnames);
void mpy_class_dealloc(MpyObject *self);
int mpy_class_traverse(MpyTypeObject *type, mpy_visitproc visit, void *arg);
int mpy_class_clear(MpyTypeObject *type);
MpyObject *mpy_class_repr(MpyTypeObject *type);
/* Setting or deleting an attribute of a class: updates the slots when a
 * special method changes, and invalidates caches. */
int mpy_class_setattro(MpyTypeObject *type, MpyObject *name, MpyObject *value);
MpyObject *mpy_class_get_qualname(MpyTypeObject *type);
int mpy_class_set_name(MpyObject *self, MpyObject *value, void *closure);
int mpy_class_set_qualname(MpyObject *self, MpyObject *value, void *closure);
int mpy_class_set_module(MpyObject *self, MpyObject *value, void *closure);
int mpy_class_set_bases(MpyObject *self, MpyObject *value, void *closure);
int mpy_class_set_doc(MpyObject *self, MpyObject *value, void *closure);
MpyObject *mpy_class_subclasses_list(MpyTypeObject *type);
ssize_t mpy_class_sizeof(MpyTypeObject *type);
/* "Can't instantiate abstract class C with abstract method m" */
MpyObject *mpy_class_abstract_error(MpyTypeObject *type);
/* Re-derives the slots for special method `name` in type and its subclasses. */
void mpy_class_fixup_slots_recursive(MpyTypeObject *type, MpyObject *name);
void mpy_class_init_hooks(void);
/* __build_class__(func, name, *bases, **kwds) */
MpyObject *mpy_class_build(MpyObject *const *args, size_t nargs, MpyObject *kwnames);

#endif
