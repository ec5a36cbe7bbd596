/* The trashcan: bounded C recursion when deallocating deeply nested
 * containers (a list of a list of ... 100000 deep), as CPython's
 * Py_TRASHCAN_BEGIN/END. Past 50 nested deallocations, an object about to
 * be freed is parked on a list (linked through its gc header) and freed
 * once the outermost deallocation unwinds. Container deallocs wrap their
 * body in these macros; they apply only when the object's own type uses
 * that dealloc (a subclass's dealloc does its own). */
#ifndef MPY_TRASHCAN_H
#define MPY_TRASHCAN_H
#include "object.h"

#define MPY_TRASHCAN_UNWIND_LEVEL 50

/* 1 when op was parked (the dealloc must return at once), else 0. */
int mpy_trashcan_begin(MpyObject *op);
void mpy_trashcan_end(void);

#define MPY_TRASHCAN_BEGIN(op, dealloc)                                       \
    do {                                                                      \
        bool trashcan_active_ = MPY_TYPE(op)->tp_dealloc == (dealloc);        \
        if (trashcan_active_ && mpy_trashcan_begin(MPY_CAST(op)))             \
            break;
#define MPY_TRASHCAN_END                                                      \
        if (trashcan_active_)                                                 \
            mpy_trashcan_end();                                               \
    } while (0);

#endif
