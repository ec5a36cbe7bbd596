/* Unit tests of the cycle collector (runtime/gc.c) with a container type of
 * their own: a Node holding up to three references, with variants whose
 * finalizer logs, resurrects or raises. Each Criterion test runs in a fresh
 * process; most use the bare collector (allocator + gc, no interpreter), the
 * ones that need real exceptions start the runtime. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "alloc.h"
#include "errors.h"
#include "gc.h"
#include "leakcheck.h"
#include "lifecycle.h"

/* =============================================================== the Node */

typedef struct {
    MPY_OBJECT_HEAD;
    MpyObject *child[3];
    const char *name;
} Node;

#define NODE(op) ((Node *)(op))

/* What happened, in order: "fin:a", "free:a", ... */
static char events[4096];
static void log_event(const char *what, MpyObject *op)
{
    char line[128];
    snprintf(line, sizeof line, "%s:%s ", what, NODE(op)->name ? NODE(op)->name : "?");
    strncat(events, line, sizeof events - strlen(events) - 1);
}

static int node_traverse(MpyObject *self, mpy_visitproc visit, void *arg)
{
    for (int i = 0; i < 3; i++)
        MPY_VISIT(NODE(self)->child[i]);
    return 0;
}

static int node_clear(MpyObject *self)
{
    for (int i = 0; i < 3; i++)
        MPY_CLEAR(NODE(self)->child[i]);
    return 0;
}

/* As CPython's subtype_dealloc: the finalizer runs while the object is
 * still tracked, and a resurrected object stays as it is. */
static void node_dealloc(MpyObject *self)
{
    if (MPY_TYPE(self)->tp_finalize && mpy_object_call_finalizer_from_dealloc(self) < 0)
        return;
    mpy_gc_untrack(self);
    log_event("free", self);
    node_clear(self);
    MPY_TYPE(self)->tp_free(self);
}

#define NODE_TYPE(tpname, finalize)                                               \
    {                                                                             \
        .tp_name = tpname, .tp_basicsize = sizeof(Node),                          \
        .tp_flags = MPY_TPFLAGS_HAVE_GC, .tp_dealloc = node_dealloc,              \
        .tp_traverse = node_traverse, .tp_clear = node_clear,                     \
        .tp_free = mpy_gc_del, .tp_finalize = finalize,                           \
    }

static void fin_log(MpyObject *self) { log_event("fin", self); }

/* Resurrects itself into `saved` (one slot) on its first finalization. */
static MpyObject *saved;
static void fin_resurrect(MpyObject *self)
{
    log_event("fin", self);
    if (!saved)
        saved = MPY_NEWREF(self);
}

static void fin_raise(MpyObject *self)
{
    log_event("fin", self);
    mpy_err_set_string(MpyExc_ValueError, "boom in finalizer");
}

/* Runs a collection from inside a finalizer, and allocates past threshold 0. */
static ssize_t nested_result = -2;
static MpyTypeObject Plain;
static void fin_nested(MpyObject *self)
{
    log_event("fin", self);
    nested_result = mpy_gc_collect(2);
    for (int i = 0; i < 50; i++) {
        MpyObject *tmp = mpy_gc_new(&Plain);
        NODE(tmp)->name = "tmp";
        memset(NODE(tmp)->child, 0, sizeof NODE(tmp)->child);
        mpy_gc_track(tmp);
        MPY_DECREF(tmp);
    }
}

static MpyTypeObject Plain = NODE_TYPE("Plain", NULL);
static MpyTypeObject Logged = NODE_TYPE("Logged", fin_log);
static MpyTypeObject Resurrecting = NODE_TYPE("Resurrecting", fin_resurrect);
static MpyTypeObject Raising = NODE_TYPE("Raising", fin_raise);
static MpyTypeObject Nesting = NODE_TYPE("Nesting", fin_nested);

static MpyObject *node(MpyTypeObject *type, const char *name)
{
    MpyObject *op = mpy_gc_new(type);
    cr_assert_not_null(op);
    memset(NODE(op)->child, 0, sizeof NODE(op)->child);
    NODE(op)->name = name;
    mpy_gc_track(op);
    return op;
}

/* a.child[i] = b (a new reference). */
static void link_to(MpyObject *a, int i, MpyObject *b) { NODE(a)->child[i] = MPY_NEWREF(b); }

/* ============================================================== fixtures */

/* Captures what is written on stderr between begin and end. */
static FILE *capture_file;
static int saved_stderr = -1;
static void capture_begin(void)
{
    fflush(stderr);
    capture_file = tmpfile();
    saved_stderr = dup(2);
    dup2(fileno(capture_file), 2);
}
static const char *capture_end(void)
{
    static char text[8192];
    fflush(stderr);
    dup2(saved_stderr, 2);
    close(saved_stderr);
    rewind(capture_file);
    size_t n = fread(text, 1, sizeof text - 1, capture_file);
    text[n] = '\0';
    fclose(capture_file);
    return text;
}

static ssize_t count(int gen)
{
    ssize_t c[3];
    mpy_gc_get_count(c);
    return c[gen];
}

static MpyGCStats stats(int gen)
{
    MpyGCStats s[3];
    mpy_gc_get_stats(s);
    return s[gen];
}

/* The allocator in the mode the environment asks for: the sanitizer build
 * runs these under MINIPY_MALLOC=malloc so ASan sees every object. */
static void bare(void)
{
    mpy_alloc_init();
    mpy_gc_init();
    events[0] = '\0';
}

static void bare_pymalloc(void)
{
    unsetenv("MINIPY_MALLOC");
    bare();
}

/* The whole runtime, for tests that raise real exceptions; starts from an
 * empty generation 0 and counts of 0. */
static void with_runtime(void)
{
    cr_assert_eq(mpy_runtime_init(0, NULL), 0);
    mpy_gc_collect(2);
    events[0] = '\0';
}

/* ================================================================ counts */

Test(gc, count0_follows_allocations_never_below_zero, .init = bare)
{
    mpy_gc_disable();
    MpyObject *v[5];
    for (int i = 0; i < 5; i++)
        v[i] = node(&Plain, "n");
    cr_assert_eq(count(0), 5);
    MPY_DECREF(v[0]);
    MPY_DECREF(v[1]);
    cr_assert_eq(count(0), 3);
    mpy_gc_collect(0);
    cr_assert_eq(count(0), 0);
    MPY_DECREF(v[2]);
    MPY_DECREF(v[3]);
    MPY_DECREF(v[4]);
    cr_assert_eq(count(0), 0, "deallocations after a collection do not go below 0");
    MpyObject *untracked = mpy_gc_new(&Plain);
    cr_assert_eq(count(0), 1, "counted at allocation, tracked or not");
    NODE(untracked)->name = "u";
    memset(NODE(untracked)->child, 0, sizeof NODE(untracked)->child);
    MPY_DECREF(untracked);
    cr_assert_eq(count(0), 0);
}

Test(gc, thresholds_default_and_set, .init = bare)
{
    int t[3];
    mpy_gc_get_threshold(t);
    cr_assert(t[0] == 700 && t[1] == 10 && t[2] == 10);
    int nt[3] = {5, 3, 2};
    mpy_gc_set_threshold(nt);
    mpy_gc_get_threshold(t);
    cr_assert(t[0] == 5 && t[1] == 3 && t[2] == 2);
    cr_assert(mpy_gc_is_enabled());
}

Test(gc, explicit_collect_counts, .init = bare)
{
    MpyObject *keep = node(&Plain, "keep");
    cr_assert_eq(count(0), 1);
    mpy_gc_collect(0);
    cr_assert(count(0) == 0 && count(1) == 1 && count(2) == 0);
    mpy_gc_collect(0);
    cr_assert(count(1) == 2);
    mpy_gc_collect(1);
    cr_assert(count(0) == 0 && count(1) == 0 && count(2) == 1);
    mpy_gc_collect(2);
    cr_assert(count(0) == 0 && count(1) == 0 && count(2) == 0);
    MpyGCStats s0 = stats(0), s1 = stats(1), s2 = stats(2);
    cr_assert(s0.collections == 2 && s1.collections == 1 && s2.collections == 1);
    MPY_DECREF(keep);
}

/* ====================================================== automatic triggers */

Test(gc, the_701st_allocation_collects_generation_0, .init = bare)
{
    static MpyObject *keep[701];
    for (int i = 0; i < 700; i++)
        keep[i] = node(&Plain, "k");
    cr_assert_eq(count(0), 700, "700 is not past the threshold");
    cr_assert_eq(stats(0).collections, 0);
    keep[700] = node(&Plain, "k");
    cr_assert_eq(stats(0).collections, 1, "the 701st allocation collected");
    cr_assert(count(0) == 0 && count(1) == 1 && count(2) == 0);
    cr_assert_eq(mpy_gc_generation_size(1), 700, "survivors moved to generation 1");
    cr_assert_eq(mpy_gc_generation_size(0), 1, "the new object was tracked afterwards");
    for (int i = 0; i < 701; i++)
        MPY_DECREF(keep[i]);
}

Test(gc, generation_1_after_eleven_generation_0_collections, .init = bare)
{
    int t[3] = {3, 10, 10};
    mpy_gc_set_threshold(t);
    static MpyObject *keep[100];
    int n = 0;
    while (stats(1).collections == 0) {
        cr_assert_lt(n, 100);
        keep[n++] = node(&Plain, "k");
    }
    /* Every 4th allocation triggers; 11 gen-0 passes, the 12th trigger is gen 1. */
    cr_assert_eq(n, 48);
    cr_assert_eq(stats(0).collections, 11);
    cr_assert(count(0) == 0 && count(1) == 0 && count(2) == 1);
    for (int i = 0; i < n; i++)
        MPY_DECREF(keep[i]);
}

Test(gc, generation_2_waits_for_a_quarter_of_long_lived, .init = bare)
{
    int t[3] = {10, 10, 2};
    mpy_gc_set_threshold(t);
    static MpyObject *keep[1000];
    int n = 0;
    for (; n < 400; n++)
        keep[n] = node(&Plain, "old");
    mpy_gc_collect(2); /* setup's automatic collections are history now */
    ssize_t base0 = stats(0).collections, base2 = stats(2).collections;
    ssize_t total, pending;
    mpy_gc_get_long_lived(&total, &pending);
    cr_assert(total == 400 && pending == 0);
    for (int i = 0; i < 3; i++)
        mpy_gc_collect(1); /* count2 = 3, over its threshold, nothing pending */
    cr_assert_eq(count(2), 3);
    for (int i = 0; i < 11; i++)
        keep[n++] = node(&Plain, "young");
    cr_assert_eq(stats(2).collections, base2, "gen 2 skipped: pending 0 < 400/4");
    cr_assert_eq(stats(0).collections, base0 + 1, "gen 0 collected instead");
    for (int i = 0; i < 89; i++)
        keep[n++] = node(&Plain, "young"); /* 8 more gen-0 passes on the way */
    mpy_gc_collect(1);
    mpy_gc_get_long_lived(&total, &pending);
    cr_assert_eq(pending, 100, "the 100 young survivors reached generation 2");
    for (int i = 0; i < 11; i++)
        keep[n++] = node(&Plain, "young");
    cr_assert_eq(stats(2).collections, base2 + 1, "pending >= total/4: generation 2 collected");
    cr_assert(count(0) == 0 && count(1) == 0 && count(2) == 0);
    mpy_gc_get_long_lived(&total, &pending);
    /* 400 + 100 + 10: the allocation that triggered is not tracked yet. */
    cr_assert(total == 510 && pending == 0, "total %zd pending %zd", total, pending);
    for (int i = 0; i < n; i++)
        MPY_DECREF(keep[i]);
}

Test(gc, disable_stops_automatic_not_explicit, .init = bare)
{
    mpy_gc_disable();
    cr_assert_not(mpy_gc_is_enabled());
    static MpyObject *keep[1000];
    for (int i = 0; i < 1000; i++)
        keep[i] = node(&Plain, "k");
    cr_assert_eq(stats(0).collections, 0);
    cr_assert_eq(count(0), 1000);
    MpyObject *a = node(&Plain, "a"), *b = node(&Plain, "b");
    link_to(a, 0, b);
    link_to(b, 0, a);
    MPY_DECREF(a);
    MPY_DECREF(b);
    cr_assert_eq(mpy_gc_collect(0), 2, "an explicit collection still runs");
    int zero[3] = {0, 10, 10};
    mpy_gc_enable();
    mpy_gc_set_threshold(zero);
    for (int i = 0; i < 1000; i++)
        MPY_DECREF(keep[i]);
    for (int i = 0; i < 1000; i++)
        keep[i] = node(&Plain, "k");
    cr_assert_eq(stats(0).collections, 1, "threshold 0 also disables automatic collection");
    for (int i = 0; i < 1000; i++)
        MPY_DECREF(keep[i]);
}

Test(gc, no_automatic_collection_while_an_exception_is_pending, .init = with_runtime)
{
    int t[3] = {5, 10, 10};
    mpy_gc_set_threshold(t);
    mpy_err_set_string(MpyExc_ValueError, "pending"); /* may collect: it allocates */
    ssize_t before = stats(0).collections;
    MpyObject *keep[10];
    for (int i = 0; i < 10; i++)
        keep[i] = node(&Plain, "k");
    cr_assert_eq(stats(0).collections, before);
    mpy_err_clear();
    MpyObject *one_more = node(&Plain, "k");
    cr_assert_eq(stats(0).collections, before + 1);
    for (int i = 0; i < 10; i++)
        MPY_DECREF(keep[i]);
    MPY_DECREF(one_more);
}

/* ================================================================ cycles */

Test(gc, two_object_cycle_is_found_and_freed, .init = bare)
{
    ssize_t live = mpy_leak_live_count();
    MpyObject *a = node(&Plain, "a"), *b = node(&Plain, "b");
    link_to(a, 0, b);
    link_to(b, 0, a);
    MPY_DECREF(a);
    MPY_DECREF(b);
    cr_assert_str_empty(events, "refcounting alone cannot free a cycle");
    cr_assert_eq(mpy_gc_collect(2), 2);
    cr_assert_str_eq(events, "free:b free:a ");
    cr_assert_eq(mpy_leak_live_count(), live);
    cr_assert_eq(stats(2).collected, 2);
    cr_assert_eq(mpy_gc_collect(2), 0, "nothing left");
}

Test(gc, reachable_cycle_is_kept, .init = bare)
{
    MpyObject *a = node(&Plain, "a"), *b = node(&Plain, "b");
    link_to(a, 0, b);
    link_to(b, 0, a);
    MPY_DECREF(b); /* a is still held from outside; b through a */
    cr_assert_eq(mpy_gc_collect(2), 0);
    cr_assert_str_empty(events);
    cr_assert(MPY_REFCNT(a) == 2 && MPY_REFCNT(b) == 1, "refcounts untouched");
    cr_assert(mpy_gc_is_tracked(a) && mpy_gc_is_tracked(b));
    cr_assert_eq(mpy_gc_generation_size(2), 2);
    MpyObject *c = node(&Plain, "c"); /* garbage hanging off nothing */
    link_to(c, 0, c);
    MPY_DECREF(c);
    cr_assert_eq(mpy_gc_collect(2), 1);
    MPY_DECREF(a);
    cr_assert_eq(mpy_gc_collect(2), 2);
}

Test(gc, self_cycle, .init = bare)
{
    MpyObject *a = node(&Plain, "a");
    link_to(a, 0, a);
    link_to(a, 1, a);
    MPY_DECREF(a);
    cr_assert_eq(mpy_gc_collect(0), 1);
    cr_assert_str_eq(events, "free:a ");
}

Test(gc, older_generation_keeps_younger_cycle_alive, .init = bare)
{
    MpyObject *old = node(&Plain, "old");
    mpy_gc_collect(0); /* old now lives in generation 1 */
    MpyObject *young = node(&Plain, "young");
    link_to(old, 0, young);
    link_to(young, 0, old);
    MPY_DECREF(old);
    MPY_DECREF(young);
    cr_assert_eq(mpy_gc_collect(0), 0, "the reference from generation 1 counts as outside");
    cr_assert_eq(mpy_gc_collect(1), 2);
}

Test(gc, untracked_containers_are_not_examined, .init = bare)
{
    MpyObject *a = node(&Plain, "a"), *b = node(&Plain, "b");
    link_to(a, 0, b);
    link_to(b, 0, a);
    mpy_gc_untrack(b);
    mpy_gc_untrack(b); /* idempotent */
    cr_assert_not(mpy_gc_is_tracked(b));
    MPY_DECREF(a);
    MPY_DECREF(b);
    cr_assert_eq(mpy_gc_collect(2), 0, "a is held by an untracked object");
    mpy_gc_track(b);
    cr_assert_eq(mpy_gc_collect(2), 2);
}

/* ============================================================= finalizers */

Test(gc, finalizers_run_once_then_objects_freed, .init = bare)
{
    MpyObject *a = node(&Logged, "a"), *b = node(&Logged, "b");
    link_to(a, 0, b);
    link_to(b, 0, a);
    MPY_DECREF(a);
    MPY_DECREF(b);
    cr_assert_eq(mpy_gc_collect(2), 2);
    cr_assert_str_eq(events, "fin:a fin:b free:b free:a ");
}

Test(gc, finalizer_on_the_refcount_path, .init = bare)
{
    MpyObject *a = node(&Logged, "a");
    MPY_DECREF(a);
    cr_assert_str_eq(events, "fin:a free:a ");
}

Test(gc, resurrected_object_survives_and_is_not_finalized_again, .init = bare)
{
    saved = NULL;
    MpyObject *a = node(&Resurrecting, "a"), *b = node(&Resurrecting, "b");
    link_to(a, 0, b);
    link_to(b, 0, a);
    MPY_DECREF(a);
    MPY_DECREF(b);
    cr_assert_eq(mpy_gc_collect(2), 0, "a resurrected the whole cycle");
    cr_assert_str_eq(events, "fin:a fin:b ");
    cr_assert_eq(saved, a);
    cr_assert(mpy_gc_is_finalized(a) && mpy_gc_is_finalized(b));
    cr_assert(mpy_gc_is_tracked(a) && mpy_gc_is_tracked(b));
    events[0] = '\0';
    MPY_CLEAR(saved);
    cr_assert_eq(mpy_gc_collect(2), 2);
    cr_assert_str_eq(events, "free:b free:a ", "no second finalization");
}

Test(gc, resurrection_on_the_refcount_path, .init = bare)
{
    saved = NULL;
    MpyObject *a = node(&Resurrecting, "a");
    MPY_DECREF(a);
    cr_assert_str_eq(events, "fin:a ");
    cr_assert_eq(saved, a);
    cr_assert_eq(MPY_REFCNT(a), 1);
    cr_assert(mpy_gc_is_finalized(a) && mpy_gc_is_tracked(a));
    events[0] = '\0';
    MPY_CLEAR(saved);
    cr_assert_str_eq(events, "free:a ", "no second finalization");
}

/* The order of finalizers is gc-list order: allocation order, except that
 * a collection moves an object allocated before the container that refers
 * to it behind that container, in traverse order (reference §0.11). */
static MpyObject *build_scene(void)
{
    MpyObject *root = node(&Plain, "root");
    MpyObject *d1 = node(&Logged, "early-1"), *d2 = node(&Logged, "early-2");
    MpyObject *early = node(&Plain, "early");
    MpyObject *late = node(&Plain, "late");
    MpyObject *d3 = node(&Logged, "late-1"), *d4 = node(&Logged, "late-2");
    link_to(early, 0, d1);
    link_to(early, 1, d2);
    link_to(late, 0, d3);
    link_to(late, 1, d4);
    link_to(root, 0, early);
    link_to(root, 1, late);
    link_to(root, 2, root); /* a cycle, so that only the collector frees it */
    MpyObject *all[] = {d1, d2, early, late, d3, d4};
    for (int i = 0; i < 6; i++)
        MPY_DECREF(all[i]);
    return root;
}

Test(gc, finalization_order_is_allocation_order, .init = bare)
{
    MpyObject *root = build_scene();
    MPY_DECREF(root);
    cr_assert_eq(mpy_gc_collect(2), 7);
    cr_assert(strncmp(events, "fin:early-1 fin:early-2 fin:late-1 fin:late-2 ", 46) == 0,
              "%s", events);
}

Test(gc, a_collection_moves_early_objects_behind_their_container, .init = bare)
{
    MpyObject *root = build_scene();
    cr_assert_eq(mpy_gc_collect(0), 0, "all reachable, but the list order changes");
    MPY_DECREF(root);
    cr_assert_eq(mpy_gc_collect(2), 7);
    cr_assert(strncmp(events, "fin:late-1 fin:late-2 fin:early-1 fin:early-2 ", 46) == 0,
              "%s", events);
}

Test(gc, younger_generations_join_the_collected_one_in_order, .init = bare)
{
    MpyObject *a = node(&Logged, "gen1");
    link_to(a, 0, a);
    mpy_gc_collect(0); /* a moves to generation 1 */
    MpyObject *b = node(&Logged, "gen0");
    link_to(b, 0, b);
    MPY_DECREF(a);
    MPY_DECREF(b);
    cr_assert_eq(mpy_gc_collect(1), 2);
    /* Generation 0's list is appended to generation 1's: the older
     * objects come first (CPython's gc_collect_main). */
    cr_assert(strncmp(events, "fin:gen1 fin:gen0 ", 18) == 0, "%s", events);
}

Test(gc, exception_in_finalizer_is_reported_and_cleared, .init = with_runtime)
{
    MpyObject *a = node(&Raising, "a"), *b = node(&Raising, "b");
    link_to(a, 0, b);
    link_to(b, 0, a);
    MPY_DECREF(a);
    MPY_DECREF(b);
    capture_begin();
    ssize_t n = mpy_gc_collect(2);
    const char *err = capture_end();
    cr_assert_eq(n, 2);
    cr_assert_null(mpy_err_occurred(), "never propagated");
    cr_assert_str_eq(events, "fin:a fin:b free:b free:a ");
    const char *first = strstr(err, "Exception ignored in: ");
    cr_assert(first && strstr(first + 1, "Exception ignored in: "), "both reported:\n%s", err);
    cr_assert(strstr(err, "ValueError: boom in finalizer"), "%s", err);
}

Test(gc, pending_exception_survives_finalizers, .init = with_runtime)
{
    capture_begin();
    mpy_err_set_string(MpyExc_KeyError, "kept");
    MpyObject *pending = mpy_err_occurred();
    MpyObject *a = node(&Raising, "a");
    MPY_DECREF(a); /* refcount path: its ValueError is reported, KeyError kept */
    cr_assert_eq(mpy_err_occurred(), pending);
    MpyObject *b = node(&Raising, "b");
    link_to(b, 0, b);
    MPY_DECREF(b);
    cr_assert_eq(mpy_gc_collect(2), 1);
    cr_assert_eq(mpy_err_occurred(), pending);
    mpy_err_clear();
    const char *err = capture_end();
    cr_assert(strstr(err, "ValueError: boom in finalizer"), "%s", err);
}

Test(gc, finalizer_cannot_start_a_nested_collection, .init = bare)
{
    int t[3] = {5, 10, 10};
    mpy_gc_set_threshold(t);
    MpyObject *a = node(&Nesting, "a");
    link_to(a, 0, a);
    MPY_DECREF(a);
    cr_assert_eq(mpy_gc_collect(2), 1);
    cr_assert_eq(nested_result, 0, "gc.collect() inside a collection does nothing");
    cr_assert_eq(stats(0).collections + stats(1).collections + stats(2).collections, 1,
                 "50 allocations past threshold 5 inside the finalizer collected nothing");
}

/* ================================================================= hooks */

static int weakref_calls;
static ssize_t hook_weakrefs(MpyGCHead *unreachable, MpyGCHead *old)
{
    (void)old;
    weakref_calls++;
    cr_assert_str_empty(events, "weakrefs are handled before any finalizer");
    int n = 0;
    for (MpyGCHead *g = mpy_gc_list_next(unreachable); g != unreachable; g = mpy_gc_list_next(g)) {
        cr_assert(mpy_gc_is_collecting(MPY_FROM_GC(g)));
        n++;
    }
    cr_assert_eq(n, 2);
    return 0;
}

Test(gc, weakref_hook_runs_before_finalizers, .init = bare)
{
    mpy_gc_handle_weakrefs = hook_weakrefs;
    MpyObject *a = node(&Logged, "a"), *b = node(&Logged, "b");
    link_to(a, 0, b);
    link_to(b, 0, a);
    MPY_DECREF(a);
    MPY_DECREF(b);
    cr_assert_eq(mpy_gc_collect(2), 2);
    cr_assert_eq(weakref_calls, 1);
    mpy_gc_handle_weakrefs = NULL;
}

static int untrack_calls;
static void maybe_untrack(MpyObject *op)
{
    untrack_calls++;
    if (!NODE(op)->child[0])
        mpy_gc_untrack(op);
}
static MpyTypeObject TupleLike = NODE_TYPE("TupleLike", NULL);

Test(gc, survivors_may_be_untracked_by_their_type, .init = bare)
{
    mpy_gc_untrack_tuples = (MpyGCUntrackHook){&TupleLike, maybe_untrack};
    MpyObject *atoms = node(&TupleLike, "atoms"), *holder = node(&TupleLike, "holder");
    MpyObject *other = node(&Plain, "other");
    link_to(holder, 0, other);
    mpy_gc_collect(0);
    cr_assert_eq(untrack_calls, 2, "called for survivors of the exact type only");
    cr_assert_not(mpy_gc_is_tracked(atoms));
    cr_assert(mpy_gc_is_tracked(holder) && mpy_gc_is_tracked(other));
    mpy_gc_untrack_tuples = (MpyGCUntrackHook){0};
    MPY_DECREF(atoms);
    MPY_DECREF(holder);
    MPY_DECREF(other);
}

static char cb_log[256];
static void callback(const char *phase, int generation, ssize_t collected, ssize_t uncollectable)
{
    char line[64];
    snprintf(line, sizeof line, "%s %d %zd %zd; ", phase, generation, collected, uncollectable);
    strncat(cb_log, line, sizeof cb_log - strlen(cb_log) - 1);
}

Test(gc, callbacks_see_start_and_stop, .init = bare)
{
    mpy_gc_callback_hook = callback;
    MpyObject *a = node(&Plain, "a");
    link_to(a, 0, a);
    MPY_DECREF(a);
    mpy_gc_collect(1);
    cr_assert_str_eq(cb_log, "start 1 0 0; stop 1 1 0; ");
    mpy_gc_collect_no_fail();
    cr_assert_str_eq(cb_log, "start 1 0 0; stop 1 1 0; ", "not for the exit collection");
    mpy_gc_callback_hook = NULL;
}

Test(gc, debug_stats_lines, .init = bare)
{
    MpyObject *keep = node(&Plain, "keep");
    MpyObject *a = node(&Plain, "a");
    link_to(a, 0, a);
    MPY_DECREF(a);
    mpy_gc_set_debug(MPY_GC_DEBUG_STATS | MPY_GC_DEBUG_COLLECTABLE);
    capture_begin();
    mpy_gc_collect(0);
    const char *buf = capture_end();
    mpy_gc_set_debug(0);
    char collectable[64];
    snprintf(collectable, sizeof collectable, "gc: collectable <Plain %p>\n", (void *)a);
    cr_assert(strstr(buf, collectable), "%s", buf);
    const char *expect = "gc: collecting generation 0...\n"
                         "gc: objects in each generation: 2 0 0\n"
                         "gc: objects in permanent generation: 0\n";
    cr_assert(strncmp(buf, expect, strlen(expect)) == 0, "%s", buf);
    const char *done = strstr(buf, "gc: done, 1 unreachable, 0 uncollectable, 0.");
    cr_assert(done && done > strstr(buf, collectable), "%s", buf);
    cr_assert(strstr(buf, "s elapsed\n"));
    MPY_DECREF(keep);
}

/* ======================================================== the rest of the API */

static int count_visit(MpyObject *op, void *arg)
{
    (void)op;
    (*(int *)arg)++;
    return 0;
}

Test(gc, visit_freeze_and_sizes, .init = bare)
{
    MpyObject *a = node(&Plain, "a"), *b = node(&Plain, "b");
    mpy_gc_collect(0);
    MpyObject *c = node(&Plain, "c");
    int n = 0;
    mpy_gc_visit_tracked(-1, count_visit, &n);
    cr_assert_eq(n, 3);
    n = 0;
    mpy_gc_visit_tracked(1, count_visit, &n);
    cr_assert_eq(n, 2);
    mpy_gc_freeze();
    cr_assert_eq(mpy_gc_get_freeze_count(), 3);
    cr_assert_eq(count(0), 0);
    cr_assert(mpy_gc_generation_size(0) == 0 && mpy_gc_generation_size(1) == 0);
    mpy_gc_unfreeze();
    cr_assert_eq(mpy_gc_get_freeze_count(), 0);
    cr_assert_eq(mpy_gc_generation_size(2), 3);
    MPY_DECREF(a);
    MPY_DECREF(b);
    MPY_DECREF(c);
    cr_assert_eq(mpy_gc_generation_size(2), 0);
}

Test(gc, presize_and_header_layout, .init = bare_pymalloc)
{
    MpyTypeObject managed = NODE_TYPE("Managed", NULL);
    managed.tp_flags |= MPY_TPFLAGS_MANAGED_DICT;
    MpyTypeObject plain_obj = {.tp_name = "atom", .tp_basicsize = 16};
    cr_assert_eq(mpy_type_presize(&Plain), 16);
    cr_assert_eq(mpy_type_presize(&managed), 32);
    cr_assert_eq(mpy_type_presize(&plain_obj), 0);
    MpyAllocStats before, after;
    mpy_alloc_get_stats(&before);
    MpyObject *m = mpy_gc_new(&managed); /* 16 + 16 + 48 bytes: class 4 (80) */
    mpy_alloc_get_stats(&after);
    cr_assert_eq(after.blocks_in_use[4], before.blocks_in_use[4] + 1);
    cr_assert_eq(((uintptr_t)m - 32) % 16, 0);
    void **pre = (void **)((char *)m - 32);
    cr_assert(pre[0] == NULL && pre[1] == NULL, "the managed-dict slots start zeroed");
    cr_assert_not(mpy_gc_is_tracked(m));
    cr_assert_not(mpy_gc_is_finalized(m));
    memset(NODE(m)->child, 0, sizeof NODE(m)->child);
    NODE(m)->name = "m";
    MPY_DECREF(m);
    mpy_alloc_get_stats(&after);
    cr_assert_eq(after.blocks_in_use[4], before.blocks_in_use[4]);
}

typedef struct {
    MPY_OBJECT_VAR_HEAD;
    MpyObject *items[1];
} Vec;
static int vec_traverse(MpyObject *self, mpy_visitproc visit, void *arg)
{
    for (ssize_t i = 0; i < MPY_SIZE(self); i++)
        MPY_VISIT(((Vec *)self)->items[i]);
    return 0;
}
static void vec_dealloc(MpyObject *self)
{
    mpy_gc_untrack(self);
    for (ssize_t i = 0; i < MPY_SIZE(self); i++)
        MPY_XDECREF(((Vec *)self)->items[i]);
    mpy_gc_del(self);
}
static MpyTypeObject VecType = {
    .tp_name = "Vec", .tp_basicsize = sizeof(Vec) - sizeof(MpyObject *),
    .tp_itemsize = sizeof(MpyObject *), .tp_flags = MPY_TPFLAGS_HAVE_GC,
    .tp_dealloc = vec_dealloc, .tp_traverse = vec_traverse, .tp_free = mpy_gc_del,
};

Test(gc, var_objects_and_resize, .init = bare)
{
    ssize_t live = mpy_leak_live_count();
    Vec *v = (Vec *)mpy_gc_new_var(&VecType, 2);
    cr_assert_eq(MPY_SIZE(v), 2);
    v->items[0] = node(&Plain, "x");
    v->items[1] = NULL;
    v = (Vec *)mpy_gc_resize((MpyVarObject *)v, 100);
    cr_assert_not_null(v);
    cr_assert_eq(MPY_SIZE(v), 100);
    cr_assert_str_eq(NODE(v->items[0])->name, "x", "content kept");
    for (int i = 1; i < 100; i++)
        v->items[i] = NULL;
    cr_assert_eq(mpy_leak_live_count(), live + 2);
    mpy_gc_track(MPY_CAST(v));
    MPY_DECREF(v);
    cr_assert_eq(mpy_leak_live_count(), live);
    cr_assert_eq(count(0), 0);
}
