/* The cycle collector: CPython 3.11's generational algorithm.
 *
 * Every container object (one whose type has MPY_TPFLAGS_HAVE_GC) carries a
 * 16-byte gc header immediately before the object, as in CPython:
 *
 *     [ managed dict pointers (16 bytes, MPY_TPFLAGS_MANAGED_DICT only) ]
 *     [ MpyGCHead: _gc_next, _gc_prev                                     ]
 *     [ MpyObject: ob_refcnt, ob_type, ...                                ] <- object pointer
 *
 * _gc_next links the object into its generation's list (0 when untracked);
 * _gc_prev holds the previous link with two flag bits below it, and during a
 * collection the gc_refs count instead (CPython's packing of PyGC_Head).
 *
 * Three generations with thresholds (700, 10, 10); count 0 goes up by one on
 * every container allocation and down by one on every container
 * deallocation (never below 0); the allocation that takes it past threshold 0
 * runs a collection then and there (CPython 3.11), of the oldest generation
 * whose count is over its threshold (generation 2 only when the long-lived
 * pending objects are at least a quarter of the long-lived total).
 * A collection finds the objects unreachable from outside the generations
 * collected (refcount minus internal references), clears weak references to
 * them, runs each one's tp_finalize (__del__) once (PEP 442), keeps any that
 * were resurrected, and breaks the rest with tp_clear. */
#ifndef MPY_GC_H
#define MPY_GC_H
#include "object.h"

typedef struct MpyGCHead {
    uintptr_t _gc_next;
    uintptr_t _gc_prev;
} MpyGCHead;

#define MPY_AS_GC(op) ((MpyGCHead *)(op) - 1)
#define MPY_FROM_GC(g) ((MpyObject *)((MpyGCHead *)(g) + 1))

/* Bytes placed before the object by the allocator for this type: the gc
 * header, plus 16 for a managed dict. */
size_t mpy_type_presize(MpyTypeObject *type);

/* Allocates a container of `type` (tp_basicsize + nitems * tp_itemsize
 * bytes after the pre-header), refcount 1, *not yet tracked*, counted in
 * generation 0 (and may run a collection first). NULL + MemoryError. */
MpyObject *mpy_gc_new(MpyTypeObject *type);
MpyVarObject *mpy_gc_new_var(MpyTypeObject *type, ssize_t nitems);
/* Resizes a container allocated with mpy_gc_new_var that is not tracked. */
MpyVarObject *mpy_gc_resize(MpyVarObject *op, ssize_t nitems);
/* tp_free of containers: releases the memory and decrements count 0. The
 * object must have been untracked. */
void mpy_gc_del(void *op);

/* Tracking: an object is tracked once its fields are valid for tp_traverse. */
void mpy_gc_track(MpyObject *op);
void mpy_gc_untrack(MpyObject *op);
bool mpy_gc_is_tracked(MpyObject *op);
/* PEP 442: set once tp_finalize has run for the object. */
bool mpy_gc_is_finalized(MpyObject *op);
void mpy_gc_set_finalized(MpyObject *op);

/* Runs tp_finalize once for an object whose refcount reached 0 (called by
 * dealloc functions that support __del__). Returns -1 if the object was
 * resurrected (the dealloc must stop), 0 otherwise. Keeps the pending
 * exception. */
int mpy_object_call_finalizer_from_dealloc(MpyObject *op);

/* Collects `generation` (0..2) and the younger ones; returns the number of
 * unreachable objects found (collected or not), or -1 with an exception set
 * if the collector is already running. */
ssize_t mpy_gc_collect(int generation);
/* The exit collection: collects everything even when the collector is
 * disabled; never fails. */
ssize_t mpy_gc_collect_no_fail(void);

void mpy_gc_enable(void);
void mpy_gc_disable(void);
bool mpy_gc_is_enabled(void);
void mpy_gc_get_count(ssize_t count[3]);
void mpy_gc_get_threshold(int threshold[3]);
void mpy_gc_set_threshold(int threshold[3]); /* all three */

/* Statistics per generation since start (gc.get_stats). */
typedef struct {
    ssize_t collections, collected, uncollectable;
} MpyGCStats;
void mpy_gc_get_stats(MpyGCStats stats[3]);

/* Every tracked object in generation g (0..2), or all if g == -1, calling
 * fn(obj, arg) until it returns non-zero (gc.get_objects). */
int mpy_gc_visit_tracked(int generation, int (*fn)(MpyObject *, void *), void *arg);

void mpy_gc_init(void);
void mpy_gc_fini(void);

/* Visiting helpers for tp_traverse. */
#define MPY_VISIT(op)                                              \
    do {                                                           \
        if (op) {                                                  \
            int visit_result_ = visit(MPY_CAST(op), arg);          \
            if (visit_result_) return visit_result_;               \
        }                                                          \
    } while (0)

#endif
