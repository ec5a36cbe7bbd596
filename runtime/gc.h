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
 * _gc_prev holds the previous link with two flag bits below it (FINALIZED,
 * COLLECTING), and during a collection the gc_refs count instead, shifted
 * past the flags (CPython's packing of PyGC_Head).
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
 * were resurrected, and breaks the rest with tp_clear. The lists keep
 * CPython's order, so finalizers run in the order CPython runs them. */
#ifndef MPY_GC_H
#define MPY_GC_H
#include "object.h"

typedef struct MpyGCHead {
    uintptr_t _gc_next;
    uintptr_t _gc_prev;
} MpyGCHead;

#define MPY_AS_GC(op) ((MpyGCHead *)(op) - 1)
#define MPY_FROM_GC(g) ((MpyObject *)((MpyGCHead *)(g) + 1))

/* Bits of _gc_prev (CPython's _PyGC_PREV_MASK_*). */
#define MPY_GC_PREV_MASK_FINALIZED ((uintptr_t)1)
#define MPY_GC_PREV_MASK_COLLECTING ((uintptr_t)2)
#define MPY_GC_PREV_SHIFT 2
#define MPY_GC_PREV_MASK (~(uintptr_t)0 << MPY_GC_PREV_SHIFT)
/* Bit of _gc_next marking members of the unreachable list while it is built. */
#define MPY_GC_NEXT_MASK_UNREACHABLE ((uintptr_t)1)

/* A generation: its list head, threshold and count. Internal, visible so
 * that tracking can be inlined. */
typedef struct {
    MpyGCHead head;
    int threshold;
    int count;
} MpyGCGeneration;
extern MpyGCGeneration mpy_gc_generations[3];

/* Bytes placed before the object by the allocator for this type: the gc
 * header, plus 16 for a managed dict (CPython's _PyType_PreHeaderSize). */
static inline size_t mpy_type_presize(MpyTypeObject *type)
{
    return ((type->tp_flags & MPY_TPFLAGS_HAVE_GC) ? sizeof(MpyGCHead) : 0) +
           ((type->tp_flags & MPY_TPFLAGS_MANAGED_DICT) ? 2 * sizeof(MpyObject *) : 0);
}

/* Whether op has a gc header. Type objects are the exception to "its type
 * has HAVE_GC": only heap types have one, static types are plain C
 * structs (CPython's type_is_gc). */
static inline bool mpy_object_is_gc(MpyObject *op)
{
    MpyTypeObject *t = MPY_TYPE(op);
    if (!(t->tp_flags & MPY_TPFLAGS_HAVE_GC))
        return false;
    if (t->tp_flags & MPY_TPFLAGS_TYPE_SUBCLASS)
        return (((MpyTypeObject *)op)->tp_flags & MPY_TPFLAGS_HEAPTYPE) != 0;
    return true;
}

/* Allocates a container of `type` (tp_basicsize + nitems * tp_itemsize
 * bytes after the pre-header, rounded up to a pointer size), refcount 1,
 * *not yet tracked*, counted in generation 0 (and may run a collection
 * first). The pre-header is zeroed, the object's own fields are not. NULL +
 * MemoryError. */
MpyObject *mpy_gc_new(MpyTypeObject *type);
MpyVarObject *mpy_gc_new_var(MpyTypeObject *type, ssize_t nitems);
/* Resizes a container allocated with mpy_gc_new_var that is not tracked
 * (sets ob_size). NULL + MemoryError, the old object intact. */
MpyVarObject *mpy_gc_resize(MpyVarObject *op, ssize_t nitems);
/* tp_free of containers: releases the memory and decrements count 0 (if
 * above 0). The object should have been untracked; it is untracked here if
 * it was not. */
void mpy_gc_del(void *op);

/* Tracking: an object is tracked once its fields are valid for tp_traverse.
 * Tracking appends to generation 0; untracking an untracked object does
 * nothing. Tracking a tracked object is a bug (fatal in the debug build). */
void mpy_gc_fatal_double_track(MpyObject *op);
static inline void mpy_gc_track(MpyObject *op)
{
    MpyGCHead *g = MPY_AS_GC(op);
    if (g->_gc_next != 0) {
#ifdef MPY_DEBUG
        mpy_gc_fatal_double_track(op);
#endif
        return;
    }
    MpyGCHead *head = &mpy_gc_generations[0].head;
    MpyGCHead *last = (MpyGCHead *)head->_gc_prev;
    last->_gc_next = (uintptr_t)g;
    g->_gc_prev = (g->_gc_prev & ~MPY_GC_PREV_MASK) | (uintptr_t)last;
    g->_gc_next = (uintptr_t)head;
    head->_gc_prev = (uintptr_t)g;
}
static inline void mpy_gc_untrack(MpyObject *op)
{
    MpyGCHead *g = MPY_AS_GC(op);
    if (g->_gc_next == 0)
        return;
    MpyGCHead *prev = (MpyGCHead *)(g->_gc_prev & MPY_GC_PREV_MASK);
    MpyGCHead *next = (MpyGCHead *)g->_gc_next;
    prev->_gc_next = (uintptr_t)next;
    next->_gc_prev = (next->_gc_prev & ~MPY_GC_PREV_MASK) | (uintptr_t)prev;
    g->_gc_next = 0;
    g->_gc_prev &= MPY_GC_PREV_MASK_FINALIZED;
}
static inline bool mpy_gc_is_tracked(MpyObject *op) { return MPY_AS_GC(op)->_gc_next != 0; }
/* PEP 442: set once tp_finalize has run for the object. */
static inline bool mpy_gc_is_finalized(MpyObject *op)
{
    return (MPY_AS_GC(op)->_gc_prev & MPY_GC_PREV_MASK_FINALIZED) != 0;
}
static inline void mpy_gc_set_finalized(MpyObject *op)
{
    MPY_AS_GC(op)->_gc_prev |= MPY_GC_PREV_MASK_FINALIZED;
}

/* Runs tp_finalize once for an object whose refcount reached 0 (called by
 * dealloc functions that support __del__, with the object still tracked as
 * CPython's subtype_dealloc does, so that a resurrected object stays
 * tracked). Returns -1 if the object was resurrected (the dealloc must stop),
 * 0 otherwise. Keeps the pending exception; an exception the finalizer
 * leaves set is reported with mpy_err_write_unraisable(op). */
int mpy_object_call_finalizer_from_dealloc(MpyObject *op);

/* Collects `generation` (0..2) and the younger ones; returns the number of
 * unreachable objects found that were not resurrected (collected +
 * uncollectable). Runs the callbacks hook. Returns 0 without collecting if
 * the collector is already running (CPython 3.11's gc.collect). */
ssize_t mpy_gc_collect(int generation);

/* A stretch in which the runtime makes objects on its own behalf (a static
 * type's dict filled on first use): they join the oldest generation, as if
 * made at start-up, and count 0 is left as it was, so the program's gc
 * counts and collection order do not depend on what was filled when. No
 * automatic collection runs inside; no Python code may run inside. */
typedef struct {
    MpyGCHead *young_tail; /* the last object of generation 0 at the start */
    ssize_t count0;
    bool was_collecting;
} MpyGCQuiet;
void mpy_gc_quiet_begin(MpyGCQuiet *q);
void mpy_gc_quiet_end(MpyGCQuiet *q);
/* The exit collection: collects everything even when the collector is
 * disabled, without callbacks; never fails. */
ssize_t mpy_gc_collect_no_fail(void);

void mpy_gc_enable(void);
void mpy_gc_disable(void);
bool mpy_gc_is_enabled(void);
void mpy_gc_get_count(ssize_t count[3]);
void mpy_gc_get_threshold(int threshold[3]);
void mpy_gc_set_threshold(int threshold[3]); /* all three */
/* Number of objects in generation g's list (gc.get_objects(g) length). */
ssize_t mpy_gc_generation_size(int generation);
/* The gen-2 heuristic's inputs: objects that survived the last full
 * collection, and objects that reached generation 2 since. */
void mpy_gc_get_long_lived(ssize_t *total, ssize_t *pending);

/* Statistics per generation since start (gc.get_stats). */
typedef struct {
    ssize_t collections, collected, uncollectable;
} MpyGCStats;
void mpy_gc_get_stats(MpyGCStats stats[3]);

/* gc.set_debug flags; the collector itself prints what they ask for on
 * stderr, in CPython's format. */
enum {
    MPY_GC_DEBUG_STATS = 1,
    MPY_GC_DEBUG_COLLECTABLE = 2,
    MPY_GC_DEBUG_UNCOLLECTABLE = 4,
    MPY_GC_DEBUG_SAVEALL = 32,
    MPY_GC_DEBUG_LEAK = 38,
};
void mpy_gc_set_debug(int flags);
int mpy_gc_get_debug(void);

/* gc.freeze / unfreeze / get_freeze_count: the permanent generation. */
void mpy_gc_freeze(void);
void mpy_gc_unfreeze(void);
ssize_t mpy_gc_get_freeze_count(void);

/* Every tracked object in generation g (0..2), or all if g == -1, calling
 * fn(obj, arg) until it returns non-zero (gc.get_objects; fn skips its own
 * result list). No automatic collection runs meanwhile. Returns the last
 * fn result (0 when all were visited). */
int mpy_gc_visit_tracked(int generation, int (*fn)(MpyObject *, void *), void *arg);

void mpy_gc_init(void);
void mpy_gc_fini(void);

/* ------------------------------------------------------ hooks of other modules */

/* Weak references, set by the weakref module (CPython's handle_weakrefs).
 * Called once per collection, after the unreachable set is known and before
 * any finalizer runs. It must clear every weak reference to an object of
 * `unreachable` and every weakref object that is itself in `unreachable`;
 * then call the callbacks of the cleared weakrefs that are not themselves
 * unreachable (mpy_gc_is_collecting is false for them), holding a reference
 * to each meanwhile, and move each that survives into `old`
 * (mpy_gc_list_move). Returns the number of weakref objects that its
 * callbacks freed (they count as collected). */
extern ssize_t (*mpy_gc_handle_weakrefs)(MpyGCHead *unreachable, MpyGCHead *old);

/* Lists for that hook: iterate with mpy_gc_list_next from the head until
 * the head comes back. */
static inline MpyGCHead *mpy_gc_list_next(MpyGCHead *g) { return (MpyGCHead *)g->_gc_next; }
void mpy_gc_list_init(MpyGCHead *list);
bool mpy_gc_list_is_empty(MpyGCHead *list);
void mpy_gc_list_move(MpyGCHead *node, MpyGCHead *list); /* unlink, append to list */
/* True for an object of the set a running collection is examining. */
static inline bool mpy_gc_is_collecting(MpyObject *op)
{
    return mpy_object_is_gc(op) && (MPY_AS_GC(op)->_gc_prev & MPY_GC_PREV_MASK_COLLECTING);
}

/* CPython untracks, after a collection, the surviving tuples that hold no
 * container (every collection) and dicts likewise (full collections only),
 * so they stop costing collections (gc.is_tracked shows it). tuple.c and
 * dict.c fill these in: maybe_untrack is called on each survivor whose type
 * is exactly `type`, and may untrack it. */
typedef struct {
    MpyTypeObject *type;
    void (*maybe_untrack)(MpyObject *op);
} MpyGCUntrackHook;
extern MpyGCUntrackHook mpy_gc_untrack_tuples, mpy_gc_untrack_dicts;

/* gc.callbacks, set by the gc module: called with phase "start" before and
 * "stop" after every collection but the exit one (info: generation,
 * collected, uncollectable). It reports its own errors. */
extern void (*mpy_gc_callback_hook)(const char *phase, int generation, ssize_t collected,
                                    ssize_t uncollectable);
/* DEBUG_SAVEALL, set by the gc module: appends op to gc.garbage instead of
 * clearing it (errors are cleared). */
extern void (*mpy_gc_save_garbage_hook)(MpyObject *op);
/* Types with free lists register how to empty them: a full collection
 * empties them (CPython's clear_freelists). */
void mpy_gc_register_freelist_clear(void (*clear)(void));

/* Visiting helpers for tp_traverse. */
#define MPY_VISIT(op)                                              \
    do {                                                           \
        if (op) {                                                  \
            int visit_result_ = visit(MPY_CAST(op), arg);          \
            if (visit_result_) return visit_result_;               \
        }                                                          \
    } while (0)

#endif
