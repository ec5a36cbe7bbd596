/* Helpers shared by the container unit tests (test_list.c, test_tuple.c,
 * test_dict.c, test_set.c, test_range.c, test_iter.c): build objects from
 * C, call methods by name, read reprs and pending exceptions as text, and a
 * "marker" type whose instances log their deallocation, so tests can check
 * the order in which containers release their items and the order their
 * tp_traverse visits them. Expected texts are what python3 (CPython 3.11)
 * prints. */
#ifndef MPY_CONTAINERS_TEST_H
#define MPY_CONTAINERS_TEST_H
#include <criterion/criterion.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "dict.h"
#include "errors.h"
#include "float.h"
#include "gc.h"
#include "hash.h"
#include "int.h"
#include "leakcheck.h"
#include "lifecycle.h"
#include "list.h"
#include "set.h"
#include "slice.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

/* Every test starts from a fresh runtime with PYTHONHASHSEED=0, so sets of
 * strs iterate as `PYTHONHASHSEED=0 python3` shows them. */
/* Live objects, not counting the floats waiting on float's free list
 * (they stay registered until the runtime ends). */
static inline ssize_t live_objects(void) { return mpy_leak_live_count() - mpy_float_numfree; }
static ssize_t live_at_start;
static MpyTypeObject Marker_Type;
static inline void setup(void)
{
    mpy_hash_set_seed(0);
    mpy_runtime_init(0, NULL);
    mpy_type_ready(&Marker_Type);
    mpy_type_fill_all_lazy_dicts(); /* so filling them does not count as a leak */
    live_at_start = live_objects();
}
static inline void teardown(void)
{
    mpy_type_unready(&Marker_Type);
    mpy_runtime_fini();
}

/* Checks that the test released everything it made. */
#define NO_LEAKS() cr_expect_eq(live_objects(), live_at_start, "leaked %zd objects", \
                                live_objects() - live_at_start)

static inline MpyObject *I(long v) { return mpy_int_from_i64(v); }
static inline MpyObject *S(const char *s) { return mpy_str_from_cstr(s); }

/* New containers of n items; the items' references are stolen. */
static inline MpyObject *LIST(int n, ...)
{
    MpyObject *l = mpy_list_new(n);
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        MPY_LIST_SET(l, i, va_arg(ap, MpyObject *));
    va_end(ap);
    return l;
}

static inline MpyObject *TUP(int n, ...)
{
    MpyObject *t = mpy_tuple_new(n);
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        MPY_TUPLE_SET(t, i, va_arg(ap, MpyObject *));
    va_end(ap);
    return t;
}

/* list(range(a, b)) */
static inline MpyObject *RANGE_LIST(long a, long b)
{
    MpyObject *l = mpy_list_new(0);
    for (long i = a; i < b; i++) {
        MpyObject *v = I(i);
        mpy_list_append(l, v);
        MPY_DECREF(v);
    }
    return l;
}

/* The pending exception as "Type: message" (and clears it). */
static inline const char *pending(void)
{
    static char buf[4][512];
    static int k;
    char *out = buf[k++ & 3];
    MpyObject *e = mpy_err_fetch();
    if (!e)
        return "(no exception)";
    MpyObject *m = mpy_object_str(e);
    snprintf(out, 512, "%s: %s", mpy_type_short_name(MPY_TYPE(e)), m ? mpy_str_as_utf8(m) : "?");
    if (!m)
        mpy_err_clear();
    MPY_XDECREF(m);
    MPY_DECREF(e);
    return out;
}

/* repr(o) as text, from a small ring of buffers; a NULL o (a failed call)
 * gives the pending exception instead. Steals o. */
static inline const char *R(MpyObject *o)
{
    static char buf[8][4096];
    static int k;
    char *out = buf[k++ & 7];
    if (!o)
        return pending();
    MpyObject *r = mpy_object_repr(o);
    MPY_DECREF(o);
    if (!r)
        return pending();
    snprintf(out, 4096, "%s", mpy_str_as_utf8(r));
    MPY_DECREF(r);
    return out;
}

/* repr without stealing. */
static inline const char *RB(MpyObject *o) { return R(MPY_NEWREF(o)); }

/* self.name(*args): self borrowed, the n arguments stolen. */
static inline MpyObject *CALL(MpyObject *self, const char *name, int n, ...)
{
    MpyObject *args[8];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        args[i] = va_arg(ap, MpyObject *);
    va_end(ap);
    MpyObject *meth = mpy_object_getattr_str(self, name);
    MpyObject *res = meth ? mpy_call(meth, args, (size_t)n, NULL) : NULL;
    MPY_XDECREF(meth);
    for (int i = 0; i < n; i++)
        MPY_DECREF(args[i]);
    return res;
}

/* callable(*args, **kw): npos positional values, then nkw (name, value)
 * pairs; callable borrowed, values stolen. */
static inline MpyObject *CALLKW(MpyObject *callable, int npos, int nkw, ...)
{
    MpyObject *args[8], *kwnames = nkw ? mpy_tuple_new(nkw) : NULL;
    va_list ap;
    va_start(ap, nkw);
    for (int i = 0; i < npos; i++)
        args[i] = va_arg(ap, MpyObject *);
    for (int i = 0; i < nkw; i++) {
        MPY_TUPLE_SET(kwnames, i, S(va_arg(ap, const char *)));
        args[npos + i] = va_arg(ap, MpyObject *);
    }
    va_end(ap);
    MpyObject *res = mpy_call(callable, args, (size_t)npos, kwnames);
    for (int i = 0; i < npos + nkw; i++)
        MPY_DECREF(args[i]);
    MPY_XDECREF(kwnames);
    return res;
}

/* type(*args) for a built-in type. */
#define NEW(type, n, ...) CALL_TYPE(&(type), n, ##__VA_ARGS__)
static inline MpyObject *CALL_TYPE(MpyTypeObject *type, int n, ...)
{
    MpyObject *args[8];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        args[i] = va_arg(ap, MpyObject *);
    va_end(ap);
    MpyObject *res = mpy_call(MPY_CAST(type), args, (size_t)n, NULL);
    for (int i = 0; i < n; i++)
        MPY_DECREF(args[i]);
    return res;
}

/* sys.getsizeof(o): __sizeof__ plus the gc header. Borrows. */
static inline long GETSIZEOF(MpyObject *o)
{
    MpyObject *r = CALL(o, "__sizeof__", 0);
    long n = r ? (long)mpy_int_as_ssize(r) : -1;
    MPY_XDECREF(r);
    return n + (long)mpy_type_presize(MPY_TYPE(o));
}

/* An int result as a C long (steals; -999 on error). */
static inline long AS_LONG(MpyObject *o)
{
    if (!o) {
        pending();
        return -999;
    }
    long v = (long)mpy_int_as_ssize(o);
    MPY_DECREF(o);
    return v;
}

/* A truth result (steals; -1 on error). */
static inline int TRUTH(MpyObject *o)
{
    if (!o) {
        pending();
        return -1;
    }
    int t = mpy_object_is_true(o);
    MPY_DECREF(o);
    return t;
}

/* Slices. */
static inline MpyObject *SL(MpyObject *start, MpyObject *stop, MpyObject *step)
{
    MpyObject *s = mpy_slice_new(start, stop, step);
    MPY_XDECREF(start);
    MPY_XDECREF(stop);
    MPY_XDECREF(step);
    return s;
}
#define NONE_ NULL

/* o[key] (steals key). */
static inline MpyObject *GET(MpyObject *o, MpyObject *key)
{
    MpyObject *r = mpy_object_getitem(o, key);
    MPY_DECREF(key);
    return r;
}

/* ====================================================== the marker type */

/* A container-less object with an id that writes "<id> " to a log when it
 * is freed, and a container version that holds one reference (to check
 * traverse order). */
typedef struct {
    MPY_OBJECT_HEAD;
    long id;
} Marker;

static char dealloc_log[1024];

static inline void marker_dealloc(MpyObject *self)
{
    char b[32];
    snprintf(b, sizeof b, "%ld ", ((Marker *)self)->id);
    strncat(dealloc_log, b, sizeof dealloc_log - strlen(dealloc_log) - 1);
    mpy_object_free(self);
}

static inline MpyObject *marker_repr(MpyObject *self)
{
    return mpy_str_from_format("M%ld", ((Marker *)self)->id);
}

static inline mpy_hash_t marker_hash(MpyObject *self) { return ((Marker *)self)->id; }

static MpyTypeObject Marker_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "Marker",
    .tp_basicsize = sizeof(Marker),
    .tp_dealloc = marker_dealloc,
    .tp_repr = marker_repr,
    .tp_hash = marker_hash,
};

static inline MpyObject *MARK(long id)
{
    Marker *m = (Marker *)mpy_object_new(&Marker_Type);
    m->id = id;
    return MPY_CAST(m);
}

/* Records, in order, what a traverse function visits (markers by id). */
static char visit_log[1024];
static inline int log_visit(MpyObject *o, void *arg)
{
    char b[32];
    if (MPY_TYPE(o) == &Marker_Type)
        snprintf(b, sizeof b, "%ld ", ((Marker *)o)->id);
    else
        snprintf(b, sizeof b, "%s ", mpy_type_short_name(MPY_TYPE(o)));
    strncat(visit_log, b, sizeof visit_log - strlen(visit_log) - 1);
    return 0;
}

static inline const char *traverse_order(MpyObject *o)
{
    visit_log[0] = 0;
    MPY_TYPE(o)->tp_traverse(o, log_visit, NULL);
    return visit_log;
}

#endif
