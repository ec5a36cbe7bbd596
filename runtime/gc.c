/* The cycle collector: CPython 3.11's generational collector (gcmodule.c),
 * rebuilt for minipy -- the same lists, gc_refs packing and order of steps,
 * and therefore the same order in which finalizers run. The gc module
 * (lib/mod_gc.c) is the Python face of this file. */
#include "gc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "alloc.h"
#include "errors.h"
#include "leakcheck.h"

#define NUM_GENERATIONS 3
#define GEN_HEAD(i) (&mpy_gc_generations[i].head)
#define SELF_LINKED(h) {(uintptr_t)(h), (uintptr_t)(h)}

/* Statically linked, so tracking works before mpy_gc_init. */
MpyGCGeneration mpy_gc_generations[NUM_GENERATIONS] = {
    {SELF_LINKED(GEN_HEAD(0)), 700, 0},
    {SELF_LINKED(GEN_HEAD(1)), 10, 0},
    {SELF_LINKED(GEN_HEAD(2)), 10, 0},
};

static struct {
    bool enabled;
    bool collecting;  /* a collection, or a walk of the lists, is running */
    bool shut_down;   /* after mpy_gc_fini: no automatic collection */
    int debug;
    ssize_t long_lived_total;   /* survivors of the last full collection */
    ssize_t long_lived_pending; /* objects that reached gen 2 since */
    MpyGCHead permanent;
    MpyGCStats stats[NUM_GENERATIONS];
} gc = {
    .enabled = true,
    .permanent = SELF_LINKED(&gc.permanent),
};

ssize_t (*mpy_gc_handle_weakrefs)(MpyGCHead *unreachable, MpyGCHead *old);
MpyGCUntrackHook mpy_gc_untrack_tuples, mpy_gc_untrack_dicts;
void (*mpy_gc_callback_hook)(const char *, int, ssize_t, ssize_t);
void (*mpy_gc_save_garbage_hook)(MpyObject *op);

#define MAX_FREELIST_CLEARS 16
static void (*freelist_clears[MAX_FREELIST_CLEARS])(void);
static int nfreelist_clears;

/* =============================================================== gc heads */

static inline MpyGCHead *gc_next(MpyGCHead *g) { return (MpyGCHead *)g->_gc_next; }
static inline MpyGCHead *gc_prev(MpyGCHead *g) { return (MpyGCHead *)(g->_gc_prev & MPY_GC_PREV_MASK); }
static inline void set_next(MpyGCHead *g, MpyGCHead *n) { g->_gc_next = (uintptr_t)n; }
/* Keeps the flag bits below the pointer. */
static inline void set_prev(MpyGCHead *g, MpyGCHead *p)
{
    g->_gc_prev = (g->_gc_prev & ~MPY_GC_PREV_MASK) | (uintptr_t)p;
}

/* gc_refs lives in _gc_prev above the flags while a collection runs. */
static inline ssize_t get_refs(MpyGCHead *g) { return (ssize_t)(g->_gc_prev >> MPY_GC_PREV_SHIFT); }
static inline void set_refs(MpyGCHead *g, ssize_t refs)
{
    g->_gc_prev = (g->_gc_prev & ~MPY_GC_PREV_MASK) | ((uintptr_t)refs << MPY_GC_PREV_SHIFT);
}
static inline void reset_refs(MpyGCHead *g, ssize_t refs)
{
    g->_gc_prev = (g->_gc_prev & MPY_GC_PREV_MASK_FINALIZED) | MPY_GC_PREV_MASK_COLLECTING |
                  ((uintptr_t)refs << MPY_GC_PREV_SHIFT);
}
static inline void decref_refs(MpyGCHead *g) { g->_gc_prev -= (uintptr_t)1 << MPY_GC_PREV_SHIFT; }
static inline bool is_collecting(MpyGCHead *g) { return g->_gc_prev & MPY_GC_PREV_MASK_COLLECTING; }
static inline void clear_collecting(MpyGCHead *g) { g->_gc_prev &= ~MPY_GC_PREV_MASK_COLLECTING; }

/* ================================================================== lists */

static inline void list_init(MpyGCHead *list)
{
    list->_gc_next = list->_gc_prev = (uintptr_t)list;
}
static inline bool list_is_empty(MpyGCHead *list) { return list->_gc_next == (uintptr_t)list; }

static inline void list_append(MpyGCHead *node, MpyGCHead *list)
{
    MpyGCHead *last = (MpyGCHead *)list->_gc_prev;
    set_prev(node, last);
    set_next(last, node);
    set_next(node, list);
    list->_gc_prev = (uintptr_t)node;
}

static inline void list_remove(MpyGCHead *node)
{
    MpyGCHead *prev = gc_prev(node), *next = gc_next(node);
    set_next(prev, next);
    set_prev(next, prev);
    node->_gc_next = 0; /* untracked */
}

static void list_move(MpyGCHead *node, MpyGCHead *list)
{
    MpyGCHead *prev = gc_prev(node), *next = gc_next(node);
    set_next(prev, next);
    set_prev(next, prev);
    list_append(node, list);
}

/* Appends all of `from` to `to`, leaving `from` empty. */
static void list_merge(MpyGCHead *from, MpyGCHead *to)
{
    if (list_is_empty(from))
        return;
    MpyGCHead *to_last = (MpyGCHead *)to->_gc_prev;
    MpyGCHead *first = gc_next(from), *last = (MpyGCHead *)from->_gc_prev;
    set_next(to_last, first);
    set_prev(first, to_last);
    set_next(last, to);
    to->_gc_prev = (uintptr_t)last;
    list_init(from);
}

static ssize_t list_size(MpyGCHead *list)
{
    ssize_t n = 0;
    for (MpyGCHead *g = gc_next(list); g != list; g = gc_next(g))
        n++;
    return n;
}

void mpy_gc_list_init(MpyGCHead *list) { list_init(list); }
bool mpy_gc_list_is_empty(MpyGCHead *list) { return list_is_empty(list); }
void mpy_gc_list_move(MpyGCHead *node, MpyGCHead *list) { list_move(node, list); }

/* ===================================================== finding the garbage */

static void fatal_object(MpyObject *op, const char *why)
{
    fprintf(stderr, "minipy: fatal: gc: %s: object %p of type '%s' (refcount %zd)\n", why,
            (void *)op, MPY_TYPE(op)->tp_name, MPY_REFCNT(op));
    abort();
}

void mpy_gc_fatal_double_track(MpyObject *op) { fatal_object(op, "object already tracked"); }

/* gc_refs := refcount, and mark the object as part of the examined set. */
static void update_refs(MpyGCHead *containers)
{
    for (MpyGCHead *g = gc_next(containers); g != containers; g = gc_next(g)) {
        MpyObject *op = MPY_FROM_GC(g);
#ifdef MPY_DEBUG
        if (MPY_REFCNT(op) <= 0)
            fatal_object(op, "tracked object with a refcount of 0 or less");
#endif
        reset_refs(g, MPY_REFCNT(op));
    }
}

static int visit_decref(MpyObject *op, void *parent)
{
    (void)parent;
    if (mpy_object_is_gc(op)) {
        MpyGCHead *g = MPY_AS_GC(op);
        if (is_collecting(g)) /* only members of the examined set */
            decref_refs(g);
    }
    return 0;
}

/* Subtracts the references that come from inside the set: what remains in
 * gc_refs are references from outside. */
static void subtract_refs(MpyGCHead *containers)
{
    for (MpyGCHead *g = gc_next(containers); g != containers; g = gc_next(g)) {
        MpyObject *op = MPY_FROM_GC(g);
        MPY_TYPE(op)->tp_traverse(op, visit_decref, op);
    }
#ifdef MPY_DEBUG
    for (MpyGCHead *g = gc_next(containers); g != containers; g = gc_next(g)) {
        if (get_refs(g) > MPY_REFCNT(MPY_FROM_GC(g)))
            fatal_object(MPY_FROM_GC(g), "tp_traverse visits more references than it holds");
    }
#endif
}

/* Called on each referent of an object known to be reachable. A referent
 * already moved to the unreachable list goes back to the end of `young`
 * (so move_unreachable scans it again) -- this is what moves objects
 * allocated before their container behind it, in traverse order. */
static int visit_reachable(MpyObject *op, void *arg)
{
    MpyGCHead *young = arg;
    if (!mpy_object_is_gc(op))
        return 0;
    MpyGCHead *g = MPY_AS_GC(op);
    if (!is_collecting(g))
        return 0; /* another generation, or already scanned */
    if (g->_gc_next & MPY_GC_NEXT_MASK_UNREACHABLE) {
        /* Unlink by hand: the list functions do not know the mask. */
        MpyGCHead *prev = gc_prev(g);
        MpyGCHead *next = (MpyGCHead *)(g->_gc_next & ~MPY_GC_NEXT_MASK_UNREACHABLE);
        prev->_gc_next = g->_gc_next; /* keeps prev's mask bit */
        set_prev(next, prev);
        list_append(g, young);
        set_refs(g, 1);
    } else if (get_refs(g) == 0) {
        set_refs(g, 1); /* not scanned yet: just say it is reachable */
    }
    return 0;
}

/* Splits `young` in one pass: objects with outside references (and all they
 * reach) stay in young, in order; the rest go to `unreachable`, marked with
 * MPY_GC_NEXT_MASK_UNREACHABLE. Scanned objects get their prev pointer back
 * and lose the COLLECTING flag; unreachable ones keep it. */
static void move_unreachable(MpyGCHead *young, MpyGCHead *unreachable)
{
    MpyGCHead *prev = young;
    MpyGCHead *g = gc_next(young);
    while (g != young) {
        if (get_refs(g)) {
            MpyObject *op = MPY_FROM_GC(g);
            /* The traverse may append to young (young's prev is g then),
             * so the next object is read only afterwards. */
            MPY_TYPE(op)->tp_traverse(op, visit_reachable, young);
            set_prev(g, prev);
            clear_collecting(g);
            prev = g;
        } else {
            /* Tentatively unreachable; visit_reachable brings it back if a
             * later object turns out to reach it. young stays singly linked
             * until the end of the pass. */
            prev->_gc_next = g->_gc_next;
            MpyGCHead *last = (MpyGCHead *)unreachable->_gc_prev;
            last->_gc_next = MPY_GC_NEXT_MASK_UNREACHABLE | (uintptr_t)g;
            set_prev(g, last);
            g->_gc_next = MPY_GC_NEXT_MASK_UNREACHABLE | (uintptr_t)unreachable;
            unreachable->_gc_prev = (uintptr_t)g;
        }
        g = gc_next(prev);
    }
    young->_gc_prev = (uintptr_t)prev;
    unreachable->_gc_next &= ~MPY_GC_NEXT_MASK_UNREACHABLE; /* the head got the bit too */
}

static void deduce_unreachable(MpyGCHead *base, MpyGCHead *unreachable)
{
    update_refs(base);
    subtract_refs(base);
    list_init(unreachable);
    move_unreachable(base, unreachable);
}

/* Makes the unreachable list an ordinary list again. */
static void clear_unreachable_mask(MpyGCHead *list)
{
    MpyGCHead *next;
    for (MpyGCHead *g = gc_next(list); g != list; g = next) {
        next = (MpyGCHead *)(g->_gc_next & ~MPY_GC_NEXT_MASK_UNREACHABLE);
        g->_gc_next = (uintptr_t)next;
    }
}

static void clear_collecting_flags(MpyGCHead *list)
{
    for (MpyGCHead *g = gc_next(list); g != list; g = gc_next(g))
        clear_collecting(g);
}

static void untrack_survivors(MpyGCHead *list, MpyGCUntrackHook *hook)
{
    if (!hook->maybe_untrack)
        return;
    MpyGCHead *next;
    for (MpyGCHead *g = gc_next(list); g != list; g = next) {
        next = gc_next(g);
        MpyObject *op = MPY_FROM_GC(g);
        if (MPY_TYPE(op) == hook->type)
            hook->maybe_untrack(op);
    }
}

/* =============================================== finalizing and clearing */

/* Runs one finalizer with the pending exception set aside; what the
 * finalizer leaves set is reported, never propagated. */
static void run_finalizer(MpyObject *op, mpy_destructor finalize)
{
    MpyObject *saved = mpy_err_fetch();
    finalize(op);
    if (mpy_err_occurred())
        mpy_err_write_unraisable(op);
    mpy_err_restore(saved);
}

/* PEP 442: tp_finalize once per object, in list order. A finalizer may free
 * or untrack any object of the list, so the first one is always moved to
 * `seen` before its finalizer runs. */
static void finalize_garbage(MpyGCHead *collectable)
{
    MpyGCHead seen;
    list_init(&seen);
    while (!list_is_empty(collectable)) {
        MpyGCHead *g = gc_next(collectable);
        MpyObject *op = MPY_FROM_GC(g);
        list_move(g, &seen);
        mpy_destructor finalize = MPY_TYPE(op)->tp_finalize;
        if (finalize && !(g->_gc_prev & MPY_GC_PREV_MASK_FINALIZED)) {
            g->_gc_prev |= MPY_GC_PREV_MASK_FINALIZED;
            MPY_INCREF(op);
            run_finalizer(op, finalize);
            MPY_DECREF(op);
        }
    }
    list_merge(&seen, collectable);
}

/* A finalizer may have made some of the garbage reachable again: run the
 * reachability analysis once more over it. What is reachable now survives
 * into `old`; the rest goes to `still_unreachable`. */
static void handle_resurrected(MpyGCHead *unreachable, MpyGCHead *still_unreachable,
                               MpyGCHead *old)
{
    clear_collecting_flags(unreachable);
    deduce_unreachable(unreachable, still_unreachable);
    clear_unreachable_mask(still_unreachable);
    list_merge(unreachable, old);
}

static void clear_one(MpyObject *op)
{
    mpy_inquiry clear = MPY_TYPE(op)->tp_clear;
    if (!clear)
        return;
    MPY_INCREF(op);
    MpyObject *saved = mpy_err_fetch();
    clear(op);
    if (mpy_err_occurred())
        mpy_err_write_unraisable(MPY_CAST(MPY_TYPE(op)));
    mpy_err_restore(saved);
    MPY_DECREF(op);
}

/* Breaks the cycles with tp_clear, first object first; the references it
 * drops free the objects. One that outlives its clear (something outside
 * still holds it) moves to `old`. */
static void delete_garbage(MpyGCHead *collectable, MpyGCHead *old)
{
    while (!list_is_empty(collectable)) {
        MpyGCHead *g = gc_next(collectable);
        MpyObject *op = MPY_FROM_GC(g);
        if ((gc.debug & MPY_GC_DEBUG_SAVEALL) && mpy_gc_save_garbage_hook) {
            MpyObject *saved = mpy_err_fetch();
            mpy_gc_save_garbage_hook(op);
            mpy_err_clear();
            mpy_err_restore(saved);
        } else {
            clear_one(op);
        }
        if (gc_next(collectable) == g) {
            clear_collecting(g);
            list_move(g, old);
        }
    }
}

/* ============================================================ a collection */

static double seconds_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void debug_start(int generation)
{
    fprintf(stderr, "gc: collecting generation %d...\n", generation);
    fprintf(stderr, "gc: objects in each generation: %zd %zd %zd\n", list_size(GEN_HEAD(0)),
            list_size(GEN_HEAD(1)), list_size(GEN_HEAD(2)));
    fprintf(stderr, "gc: objects in permanent generation: %zd\n", list_size(&gc.permanent));
}

static void debug_collectable(MpyGCHead *unreachable)
{
    for (MpyGCHead *g = gc_next(unreachable); g != unreachable; g = gc_next(g))
        fprintf(stderr, "gc: collectable <%s %p>\n", MPY_TYPE(MPY_FROM_GC(g))->tp_name,
                (void *)MPY_FROM_GC(g));
}

/* Counts: the collected generation and the younger ones restart from 0,
 * the next older one counts one more collection of the generation below.
 * The younger lists join the collected one. */
static void begin_generation(int generation)
{
    if (generation + 1 < NUM_GENERATIONS)
        mpy_gc_generations[generation + 1].count++;
    for (int i = 0; i <= generation; i++)
        mpy_gc_generations[i].count = 0;
    for (int i = 0; i < generation; i++)
        list_merge(GEN_HEAD(i), GEN_HEAD(generation));
}

/* The survivors move up a generation (a full collection keeps them in
 * generation 2 and resets the long-lived accounting). */
static void promote_survivors(int generation, MpyGCHead *young, MpyGCHead *old)
{
    untrack_survivors(young, &mpy_gc_untrack_tuples);
    if (young != old) {
        if (generation == NUM_GENERATIONS - 2)
            gc.long_lived_pending += list_size(young);
        list_merge(young, old);
    } else {
        untrack_survivors(young, &mpy_gc_untrack_dicts);
        gc.long_lived_pending = 0;
        gc.long_lived_total = list_size(young);
    }
}

/* One collection of `generation` (CPython's gc_collect_main). Returns the
 * number of unreachable objects that were not resurrected. */
static ssize_t collect_main(int generation)
{
    double t0 = 0;
    if (gc.debug & MPY_GC_DEBUG_STATS) {
        debug_start(generation);
        t0 = seconds_now();
    }
    begin_generation(generation);
    MpyGCHead *young = GEN_HEAD(generation);
    MpyGCHead *old = generation + 1 < NUM_GENERATIONS ? GEN_HEAD(generation + 1) : young;

    MpyGCHead unreachable, final_unreachable;
    deduce_unreachable(young, &unreachable);
    promote_survivors(generation, young, old);
    clear_unreachable_mask(&unreachable); /* no legacy tp_del: nothing is uncollectable */
    if (gc.debug & MPY_GC_DEBUG_COLLECTABLE)
        debug_collectable(&unreachable);

    ssize_t collected = 0, uncollectable = 0;
    if (mpy_gc_handle_weakrefs)
        collected += mpy_gc_handle_weakrefs(&unreachable, old);
    finalize_garbage(&unreachable);
    handle_resurrected(&unreachable, &final_unreachable, old);
    collected += list_size(&final_unreachable);
    delete_garbage(&final_unreachable, old);

    if (generation == NUM_GENERATIONS - 1) {
        for (int i = 0; i < nfreelist_clears; i++)
            freelist_clears[i]();
    }
    MpyGCStats *st = &gc.stats[generation];
    st->collections++;
    st->collected += collected;
    st->uncollectable += uncollectable;
    if (gc.debug & MPY_GC_DEBUG_STATS)
        fprintf(stderr, "gc: done, %zd unreachable, %zd uncollectable, %.4fs elapsed\n",
                collected + uncollectable, uncollectable, seconds_now() - t0);
    return collected + uncollectable;
}

/* The callbacks' view of a collection: they see collected and uncollectable
 * separately; the result is their sum. */
static ssize_t collect_with_callback(int generation)
{
    if (mpy_gc_callback_hook)
        mpy_gc_callback_hook("start", generation, 0, 0);
    ssize_t before_collected = gc.stats[generation].collected;
    ssize_t before_uncollectable = gc.stats[generation].uncollectable;
    ssize_t n = collect_main(generation);
    if (mpy_gc_callback_hook)
        mpy_gc_callback_hook("stop", generation, gc.stats[generation].collected - before_collected,
                             gc.stats[generation].uncollectable - before_uncollectable);
    return n;
}

/* The automatic choice: the oldest generation whose count is over its
 * threshold; generation 2 only when the objects that reached it since the
 * last full collection are at least a quarter of those that survived it
 * (CPython's guard against quadratic cost with many long-lived objects). */
static void collect_generations(void)
{
    for (int i = NUM_GENERATIONS - 1; i >= 0; i--) {
        if (mpy_gc_generations[i].count <= mpy_gc_generations[i].threshold)
            continue;
        if (i == NUM_GENERATIONS - 1 && gc.long_lived_pending < gc.long_lived_total / 4)
            continue;
        collect_with_callback(i);
        return;
    }
}

static __attribute__((noinline)) void collect_automatically(void)
{
    gc.collecting = true;
    collect_generations();
    gc.collecting = false;
}

ssize_t mpy_gc_collect(int generation)
{
    if (generation < 0 || generation >= NUM_GENERATIONS)
        generation = NUM_GENERATIONS - 1;
    if (gc.collecting)
        return 0;
    gc.collecting = true;
    ssize_t n = collect_with_callback(generation);
    gc.collecting = false;
    return n;
}

ssize_t mpy_gc_collect_no_fail(void)
{
    if (gc.collecting)
        return 0;
    gc.collecting = true;
    ssize_t n = collect_main(NUM_GENERATIONS - 1);
    gc.collecting = false;
    return n;
}

/* ============================================================== quiet */

void mpy_gc_quiet_begin(MpyGCQuiet *q)
{
    q->was_collecting = gc.collecting;
    gc.collecting = true; /* holds off automatic collection */
    q->count0 = mpy_gc_generations[0].count;
    q->young_tail = gc_prev(GEN_HEAD(0));
}

void mpy_gc_quiet_end(MpyGCQuiet *q)
{
    MpyGCHead *young = GEN_HEAD(0), *old = GEN_HEAD(NUM_GENERATIONS - 1);
    for (MpyGCHead *g = gc_next(q->young_tail), *next; g != young; g = next) {
        next = gc_next(g);
        list_move(g, old);
    }
    mpy_gc_generations[0].count = q->count0;
    gc.collecting = q->was_collecting;
}

/* ============================================================ allocation */

/* Counts a new container and collects if that took count 0 past its
 * threshold (CPython 3.11's _PyObject_GC_Link: inside the allocation, while
 * the new object is not yet tracked). */
static inline void link_new_container(void)
{
    MpyGCGeneration *g0 = &mpy_gc_generations[0];
    g0->count++;
    if (g0->count > g0->threshold && gc.enabled && g0->threshold && !gc.collecting &&
        !gc.shut_down && !mpy_err_occurred())
        collect_automatically();
}

/* tp_basicsize + nitems * tp_itemsize rounded up to a pointer, as CPython's
 * _PyObject_VAR_SIZE; 0 on overflow. */
static size_t var_size(MpyTypeObject *type, ssize_t nitems)
{
    if (nitems < 0 || (type->tp_itemsize && (size_t)nitems > (SIZE_MAX / 2) / (size_t)type->tp_itemsize))
        return 0;
    size_t size = (size_t)type->tp_basicsize + (size_t)nitems * (size_t)type->tp_itemsize;
    return (size + sizeof(void *) - 1) & ~(sizeof(void *) - 1);
}

static MpyObject *gc_alloc(MpyTypeObject *type, size_t size)
{
    size_t presize = mpy_type_presize(type);
    if (size == 0 || size > SIZE_MAX / 2)
        return mpy_err_no_memory();
    char *mem = mpy_mem_alloc(presize + size);
    if (!mem)
        return mpy_err_no_memory();
    for (size_t i = 0; i < presize / sizeof(uintptr_t); i++)
        ((uintptr_t *)mem)[i] = 0; /* 2 or 4 words: cheaper than a memset call */
    link_new_container();
    return (MpyObject *)(mem + presize);
}

MpyObject *mpy_gc_new(MpyTypeObject *type)
{
    MpyObject *op = gc_alloc(type, var_size(type, 0));
    return op ? mpy_object_init(op, type) : NULL;
}

MpyVarObject *mpy_gc_new_var(MpyTypeObject *type, ssize_t nitems)
{
    MpyObject *op = gc_alloc(type, var_size(type, nitems));
    if (!op)
        return NULL;
    mpy_object_init(op, type);
    MPY_SIZE(op) = nitems;
    return (MpyVarObject *)op;
}

MpyVarObject *mpy_gc_resize(MpyVarObject *op, ssize_t nitems)
{
    MpyTypeObject *type = MPY_TYPE(op);
#ifdef MPY_DEBUG
    if (mpy_gc_is_tracked(MPY_CAST(op)))
        fatal_object(MPY_CAST(op), "resizing a tracked object");
#endif
    size_t presize = mpy_type_presize(type), size = var_size(type, nitems);
    if (size == 0)
        return (MpyVarObject *)mpy_err_no_memory();
    char *mem = mpy_mem_realloc((char *)op - presize, presize + size);
    if (!mem)
        return (MpyVarObject *)mpy_err_no_memory();
    MpyVarObject *moved = (MpyVarObject *)(mem + presize);
    if (moved != op) {
        mpy_leak_unregister(MPY_CAST(op)); /* by address only: op is gone */
        mpy_leak_register(MPY_CAST(moved));
    }
    moved->ob_size = nitems;
    return moved;
}

void mpy_gc_del(void *p)
{
    MpyObject *op = p;
    MpyGCHead *g = MPY_AS_GC(op);
    if (g->_gc_next)
        list_remove(g);
    if (mpy_gc_generations[0].count > 0)
        mpy_gc_generations[0].count--;
    mpy_leak_unregister(op);
    mpy_mem_free((char *)op - mpy_type_presize(MPY_TYPE(op)));
}

/* ======================================================= refcount finalizer */

int mpy_object_call_finalizer_from_dealloc(MpyObject *op)
{
    MpyTypeObject *type = MPY_TYPE(op);
    bool has_flag = mpy_object_is_gc(op);
#ifdef MPY_DEBUG
    if (MPY_REFCNT(op) != 0)
        fatal_object(op, "finalizer from dealloc with a non-zero refcount");
#endif
    if (!type->tp_finalize || (has_flag && mpy_gc_is_finalized(op)))
        return 0;
    op->ob_refcnt = 1; /* alive again while its finalizer runs */
    run_finalizer(op, type->tp_finalize);
    if (has_flag)
        mpy_gc_set_finalized(op);
    /* Not a decref: reaching 0 here must not call the dealloc again. */
    if (--op->ob_refcnt == 0)
        return 0;
    return -1; /* resurrected: the references it gained keep it */
}

/* ============================================================ the settings */

void mpy_gc_enable(void) { gc.enabled = true; }
void mpy_gc_disable(void) { gc.enabled = false; }
bool mpy_gc_is_enabled(void) { return gc.enabled; }
void mpy_gc_set_debug(int flags) { gc.debug = flags; }
int mpy_gc_get_debug(void) { return gc.debug; }

void mpy_gc_get_count(ssize_t count[3])
{
    for (int i = 0; i < NUM_GENERATIONS; i++)
        count[i] = mpy_gc_generations[i].count;
}

void mpy_gc_get_threshold(int threshold[3])
{
    for (int i = 0; i < NUM_GENERATIONS; i++)
        threshold[i] = mpy_gc_generations[i].threshold;
}

void mpy_gc_set_threshold(int threshold[3])
{
    for (int i = 0; i < NUM_GENERATIONS; i++)
        mpy_gc_generations[i].threshold = threshold[i];
}

void mpy_gc_get_stats(MpyGCStats stats[3])
{
    memcpy(stats, gc.stats, sizeof gc.stats);
}

ssize_t mpy_gc_generation_size(int generation)
{
    return generation >= 0 && generation < NUM_GENERATIONS ? list_size(GEN_HEAD(generation)) : 0;
}

void mpy_gc_get_long_lived(ssize_t *total, ssize_t *pending)
{
    *total = gc.long_lived_total;
    *pending = gc.long_lived_pending;
}

void mpy_gc_register_freelist_clear(void (*clear)(void))
{
    for (int i = 0; i < nfreelist_clears; i++)
        if (freelist_clears[i] == clear)
            return;
    if (nfreelist_clears < MAX_FREELIST_CLEARS)
        freelist_clears[nfreelist_clears++] = clear;
}

/* gc.freeze(): everything tracked moves to the permanent generation, which
 * no collection examines; count 0 restarts (CPython 3.11). */
void mpy_gc_freeze(void)
{
    for (int i = 0; i < NUM_GENERATIONS; i++)
        list_merge(GEN_HEAD(i), &gc.permanent);
    mpy_gc_generations[0].count = 0;
}

void mpy_gc_unfreeze(void) { list_merge(&gc.permanent, GEN_HEAD(NUM_GENERATIONS - 1)); }
ssize_t mpy_gc_get_freeze_count(void) { return list_size(&gc.permanent); }

static int visit_list(MpyGCHead *list, int (*fn)(MpyObject *, void *), void *arg)
{
    MpyGCHead *next;
    for (MpyGCHead *g = gc_next(list); g != list; g = next) {
        next = gc_next(g);
        int r = fn(MPY_FROM_GC(g), arg);
        if (r)
            return r;
    }
    return 0;
}

int mpy_gc_visit_tracked(int generation, int (*fn)(MpyObject *, void *), void *arg)
{
    bool was_collecting = gc.collecting;
    gc.collecting = true; /* an automatic collection would reorder the lists */
    int r = 0;
    for (int i = 0; i < NUM_GENERATIONS && r == 0; i++) {
        if (generation < 0 || generation == i)
            r = visit_list(GEN_HEAD(i), fn, arg);
    }
    gc.collecting = was_collecting;
    return r;
}

/* ========================================================== start and end */

void mpy_gc_init(void)
{
    static const int thresholds[NUM_GENERATIONS] = {700, 10, 10};
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        mpy_gc_generations[i].threshold = thresholds[i];
        mpy_gc_generations[i].count = 0;
    }
    gc.enabled = true;
    gc.collecting = false;
    gc.shut_down = false;
    gc.debug = 0;
    gc.long_lived_total = gc.long_lived_pending = 0;
    memset(gc.stats, 0, sizeof gc.stats);
}

/* After the exit collection: no automatic collection from here on, and the
 * gc module's hooks (whose objects are being torn down) are dropped. */
void mpy_gc_fini(void)
{
    gc.shut_down = true;
    mpy_gc_callback_hook = NULL;
    mpy_gc_save_garbage_hook = NULL;
}
