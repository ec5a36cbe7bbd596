/* types.GenericAlias: what list[int], dict[str, int], tuple[int, ...] make
 * (PEP 585), so that type hints evaluated at run time work. It records the
 * origin and the arguments, prints as "list[int]", calls the origin, hands
 * attribute lookups to it, and refuses isinstance(). */
#ifndef MPY_GENERICALIAS_H
#define MPY_GENERICALIAS_H
#include "object.h"

extern MpyTypeObject MpyGenericAlias_Type;

/* origin[args]: args is a tuple, or a single argument. New reference. */
MpyObject *mpy_generic_alias_new(MpyObject *origin, MpyObject *args);
/* The body of the __class_getitem__ classmethods of list, dict, tuple,
 * set, frozenset and enumerate (MPY_METH_O | MPY_METH_CLASS). */
MpyObject *mpy_generic_alias_class_getitem(MpyObject *cls, MpyObject *args);

void mpy_genericalias_init(void);

#endif
