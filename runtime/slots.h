/* The table that ties each C slot of a type to its special method name
 * (tp_repr <-> __repr__, nb_add <-> __add__/__radd__, ...), used both ways:
 * a built-in type's slots appear in its dict as slot wrappers (int.__add__),
 * and a class's special methods fill its slots with functions that call
 * them (class.c). */
#ifndef MPY_SLOTS_H
#define MPY_SLOTS_H
#include "object.h"

typedef MpyObject *(*mpy_wrapperfunc)(MpyObject *self, MpyObject *const *args, size_t nargs,
                                      MpyObject *kwnames, void *wrapped);

typedef struct MpySlotWrapperDef {
    const char *name;        /* "__add__" */
    size_t offset;           /* of the slot in MpyTypeObject */
    mpy_wrapperfunc wrapper; /* calls the C slot from Python */
    void *slot_function;     /* the C slot that calls the Python method (for classes) */
    const char *doc;
} MpySlotWrapperDef;

/* The whole table, ending with a NULL name. */
extern const MpySlotWrapperDef mpy_slotdefs[];

/* Adds a slot wrapper to type's dict for each slot the type defines itself
 * (not inherited), and __new__ when it has tp_new. */
int mpy_slots_add_wrappers(MpyTypeObject *type);
/* For a class: points each slot whose special method is in the mro at the
 * dispatcher that calls it (all slots, or only those for `name`). */
void mpy_slots_fixup(MpyTypeObject *type, MpyObject *name);

extern MpyTypeObject MpyWrapperDescr_Type, MpyMethodWrapper_Type;

#endif
