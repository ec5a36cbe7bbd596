/* Exception groups (PEP 654): BaseExceptionGroup and ExceptionGroup with
 * their split/subgroup/derive, and the two steps of `except*` that the eval
 * loop delegates here (CPython 3.11's CHECK_EG_MATCH and PREP_RERAISE_STAR).
 * Printing a group's traceback lives in traceback.c. */
#ifndef MPY_EXC_GROUP_H
#define MPY_EXC_GROUP_H
#include "exceptions.h"

typedef struct {
    MpyBaseExceptionObject base;
    MpyObject *msg;  /* str */
    MpyObject *excs; /* a non-empty tuple of exceptions */
} MpyBaseExceptionGroupObject;

extern MpyTypeObject *MpyExc_BaseExceptionGroup, *MpyExc_ExceptionGroup;

#define MPY_EXC_GROUP_CHECK(op) MPY_OBJECT_TYPECHECK(op, MpyExc_BaseExceptionGroup)

/* The group's sub-exceptions (borrowed tuple). */
static inline MpyObject *mpy_exc_group_exceptions(MpyObject *eg)
{
    return ((MpyBaseExceptionGroupObject *)eg)->excs;
}

/* except* T: T must be an exception class (or a tuple of them) that is not
 * an exception group. 0, or -1 with TypeError set. */
int mpy_exc_group_check_star_type(MpyObject *type);
/* Splits exc by `type` (CHECK_EG_MATCH): *match is the part to handle (a
 * group; a naked exception is wrapped in ExceptionGroup('', [exc])) or
 * None; *rest what is left, or None. New references; -1 on error. */
int mpy_exc_group_match(MpyObject *exc, MpyObject *type, MpyObject **match, MpyObject **rest);
/* What an except* statement re-raises (PREP_RERAISE_STAR): `orig` is the
 * exception that entered it, `excs` the list of what each clause raised or
 * re-raised plus the unhandled rest. None when nothing is left. */
MpyObject *mpy_exc_group_prep_reraise(MpyObject *orig, MpyObject *excs);

int mpy_exc_group_init(void);
int mpy_exc_group_add_builtins(MpyObject *builtins);

#endif
