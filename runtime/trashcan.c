/* The trashcan (CPython 3.11's _PyTrash_begin / _PyTrash_end): counts
 * nested container deallocations and defers the ones beyond
 * MPY_TRASHCAN_UNWIND_LEVEL, so freeing a deeply nested structure never
 * overflows the C stack. */
#include "trashcan.h"

#include "gc.h"

static int delete_nesting;
static MpyObject *delete_later; /* parked objects, linked through _gc_prev */

/* Parks op: its gc header's previous-link field holds the next parked
 * object (the object is untracked, so the field is free; flags are kept). */
static void deposit(MpyObject *op)
{
    MpyGCHead *g = MPY_AS_GC(op);
    g->_gc_prev = (g->_gc_prev & ~MPY_GC_PREV_MASK) | (uintptr_t)delete_later;
    delete_later = op;
}

/* Frees the parked objects; their deallocs may park more, which this loop
 * then frees too (the nesting stays at 1, so no recursion builds up). */
static void destroy_chain(void)
{
    ++delete_nesting;
    while (delete_later) {
        MpyObject *op = delete_later;
        MpyGCHead *g = MPY_AS_GC(op);
        delete_later = (MpyObject *)(g->_gc_prev & MPY_GC_PREV_MASK);
        g->_gc_prev &= ~MPY_GC_PREV_MASK;
        MPY_TYPE(op)->tp_dealloc(op);
    }
    --delete_nesting;
}

int mpy_trashcan_begin(MpyObject *op)
{
    if (delete_nesting >= MPY_TRASHCAN_UNWIND_LEVEL) {
        deposit(op);
        return 1;
    }
    ++delete_nesting;
    return 0;
}

void mpy_trashcan_end(void)
{
    --delete_nesting;
    if (delete_later && delete_nesting <= 0)
        destroy_chain();
}
