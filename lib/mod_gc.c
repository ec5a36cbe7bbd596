/* The gc module: the cycle collector's controls and counters (gc.h), with
 * CPython 3.11's argument errors, and the views of the object graph
 * (get_objects, get_referrers, get_referents). */
#include <stdint.h>

#include "args.h"
#include "dict.h"
#include "errors.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "module.h"
#include "modules.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

static MpyObject *gc_collect(MpyObject *self, MpyObject *const *args, size_t nargs,
                             MpyObject *kwnames)
{
    static const char *const kw[] = {"generation", NULL};
    static const MpyArgSpec spec = {"collect", kw, 0, 1};
    MpyObject *a[1];
    if (mpy_arg_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    ssize_t gen = 2;
    if (a[0]) {
        gen = mpy_number_as_ssize(a[0], MpyExc_OverflowError);
        if (gen == -1 && mpy_err_occurred())
            return NULL;
    }
    if (gen < 0 || gen > 2)
        return mpy_err_set_string(MpyExc_ValueError, "invalid generation");
    ssize_t n = mpy_gc_collect((int)gen);
    return n < 0 ? NULL : mpy_int_from_ssize(n);
}

static MpyObject *gc_get_count(MpyObject *self, MpyObject *unused)
{
    ssize_t c[3];
    mpy_gc_get_count(c);
    MpyObject *a = mpy_int_from_ssize(c[0]), *b = mpy_int_from_ssize(c[1]), *d = mpy_int_from_ssize(c[2]);
    MpyObject *t = a && b && d ? mpy_tuple_pack(3, a, b, d) : NULL;
    MPY_XDECREF(a);
    MPY_XDECREF(b);
    MPY_XDECREF(d);
    return t;
}

static MpyObject *gc_get_threshold(MpyObject *self, MpyObject *unused)
{
    int t[3];
    mpy_gc_get_threshold(t);
    MpyObject *a = mpy_int_from_i64(t[0]), *b = mpy_int_from_i64(t[1]), *d = mpy_int_from_i64(t[2]);
    MpyObject *res = a && b && d ? mpy_tuple_pack(3, a, b, d) : NULL;
    MPY_XDECREF(a);
    MPY_XDECREF(b);
    MPY_XDECREF(d);
    return res;
}

/* set_threshold(threshold0[, threshold1[, threshold2]]) */
static MpyObject *gc_set_threshold(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    if (nargs < 1)
        return mpy_err_format(MpyExc_TypeError, "set_threshold() takes at least 1 argument (%zu given)", nargs);
    if (nargs > 3)
        return mpy_err_format(MpyExc_TypeError, "set_threshold() takes at most 3 arguments (%zu given)", nargs);
    int t[3];
    mpy_gc_get_threshold(t);
    for (size_t i = 0; i < nargs; i++) {
        if (mpy_arg_as_c_int(args[i], &t[i]) < 0)
            return NULL;
    }
    mpy_gc_set_threshold(t);
    MPY_RETURN_NONE;
}

static MpyObject *gc_enable(MpyObject *self, MpyObject *unused)
{
    mpy_gc_enable();
    MPY_RETURN_NONE;
}

static MpyObject *gc_disable(MpyObject *self, MpyObject *unused)
{
    mpy_gc_disable();
    MPY_RETURN_NONE;
}

static MpyObject *gc_isenabled(MpyObject *self, MpyObject *unused)
{
    return mpy_bool_from_long(mpy_gc_is_enabled());
}

static MpyObject *gc_is_tracked(MpyObject *self, MpyObject *obj)
{
    return mpy_bool_from_long(mpy_object_is_gc(obj) && mpy_gc_is_tracked(obj));
}

static MpyObject *gc_is_finalized(MpyObject *self, MpyObject *obj)
{
    return mpy_bool_from_long(mpy_object_is_gc(obj) && mpy_gc_is_finalized(obj));
}

static MpyObject *gc_set_debug(MpyObject *self, MpyObject *arg)
{
    ssize_t flags = mpy_number_as_ssize(arg, MpyExc_OverflowError);
    if (flags == -1 && mpy_err_occurred())
        return NULL;
    mpy_gc_set_debug((int)flags);
    MPY_RETURN_NONE;
}

static MpyObject *gc_get_debug(MpyObject *self, MpyObject *unused)
{
    return mpy_int_from_i64(mpy_gc_get_debug());
}

static MpyObject *gc_freeze(MpyObject *self, MpyObject *unused)
{
    mpy_gc_freeze();
    MPY_RETURN_NONE;
}

static MpyObject *gc_unfreeze(MpyObject *self, MpyObject *unused)
{
    mpy_gc_unfreeze();
    MPY_RETURN_NONE;
}

static MpyObject *gc_get_freeze_count(MpyObject *self, MpyObject *unused)
{
    return mpy_int_from_ssize(mpy_gc_get_freeze_count());
}

static int append_object(MpyObject *obj, void *list)
{
    if (obj == list)
        return 0;
    return mpy_list_append(list, obj) < 0 ? -1 : 0;
}

static MpyObject *gc_get_objects(MpyObject *self, MpyObject *const *args, size_t nargs,
                                 MpyObject *kwnames)
{
    static const char *const kw[] = {"generation", NULL};
    static const MpyArgSpec spec = {"get_objects", kw, 0, 1};
    MpyObject *a[1];
    if (mpy_arg_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    int gen = -1;
    if (a[0] && a[0] != MPY_NONE) {
        ssize_t g = mpy_number_as_ssize(a[0], MpyExc_OverflowError);
        if (g == -1 && mpy_err_occurred())
            return NULL;
        if (g >= 3)
            return mpy_err_set_string(MpyExc_ValueError,
                                      "generation parameter must be less than the number of "
                                      "available generations (3)");
        if (g < 0)
            return mpy_err_set_string(MpyExc_ValueError, "generation parameter cannot be negative");
        gen = (int)g;
    }
    MpyObject *list = mpy_list_new(0);
    if (list && mpy_gc_visit_tracked(gen, append_object, list) < 0)
        MPY_CLEAR(list);
    return list;
}

static MpyObject *gc_get_stats(MpyObject *self, MpyObject *unused)
{
    MpyGCStats stats[3];
    mpy_gc_get_stats(stats);
    MpyObject *list = mpy_list_new(0);
    for (int i = 0; list && i < 3; i++) {
        MpyObject *d = mpy_dict_new();
        MpyObject *c = mpy_int_from_ssize(stats[i].collections);
        MpyObject *k = mpy_int_from_ssize(stats[i].collected);
        MpyObject *u = mpy_int_from_ssize(stats[i].uncollectable);
        if (!d || !c || !k || !u || mpy_dict_set_item_str(d, "collections", c) < 0 ||
            mpy_dict_set_item_str(d, "collected", k) < 0 ||
            mpy_dict_set_item_str(d, "uncollectable", u) < 0 || mpy_list_append(list, d) < 0)
            MPY_CLEAR(list);
        MPY_XDECREF(d);
        MPY_XDECREF(c);
        MPY_XDECREF(k);
        MPY_XDECREF(u);
    }
    return list;
}

/* --------------------------------------------------- referrers, referents */

typedef struct {
    MpyObject *const *targets;
    size_t ntargets;
    bool found;
} ReferrerSearch;

static int visit_find(MpyObject *obj, void *arg)
{
    ReferrerSearch *s = arg;
    for (size_t i = 0; i < s->ntargets; i++)
        if (obj == s->targets[i])
            s->found = true;
    return 0;
}

typedef struct {
    MpyObject *const *targets;
    size_t ntargets;
    MpyObject *result;
} ReferrersArg;

static int collect_referrer(MpyObject *obj, void *arg)
{
    ReferrersArg *r = arg;
    if (obj == r->result)
        return 0;
    mpy_traverseproc traverse = MPY_TYPE(obj)->tp_traverse;
    if (!traverse)
        return 0;
    ReferrerSearch s = {r->targets, r->ntargets, false};
    traverse(obj, visit_find, &s);
    if (s.found && mpy_list_append(r->result, obj) < 0)
        return -1;
    return 0;
}

static MpyObject *gc_get_referrers(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    ReferrersArg r = {args, nargs, mpy_list_new(0)};
    if (r.result && mpy_gc_visit_tracked(-1, collect_referrer, &r) < 0)
        MPY_CLEAR(r.result);
    return r.result;
}

static int visit_append(MpyObject *obj, void *list)
{
    return mpy_list_append(list, obj) < 0 ? -1 : 0;
}

static MpyObject *gc_get_referents(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    MpyObject *list = mpy_list_new(0);
    for (size_t i = 0; list && i < nargs; i++) {
        if (!MPY_OBJECT_IS_GC(args[i]) || !MPY_TYPE(args[i])->tp_traverse)
            continue;
        if (MPY_TYPE(args[i])->tp_traverse(args[i], visit_append, list) < 0)
            MPY_CLEAR(list);
    }
    return list;
}

static MpyMethodDef gc_methods[] = {
    {"collect", MPY_METH(gc_collect), MPY_METH_FASTCALL | MPY_METH_KEYWORDS,
     "Run the garbage collector."},
    {"get_count", MPY_METH(gc_get_count), MPY_METH_NOARGS,
     "Return a three-tuple of the current collection counts."},
    {"get_threshold", MPY_METH(gc_get_threshold), MPY_METH_NOARGS,
     "Return the current collection thresholds."},
    {"set_threshold", MPY_METH(gc_set_threshold), MPY_METH_FASTCALL,
     "set_threshold(threshold0, [threshold1, threshold2]) -> None"},
    {"enable", MPY_METH(gc_enable), MPY_METH_NOARGS, "Enable automatic garbage collection."},
    {"disable", MPY_METH(gc_disable), MPY_METH_NOARGS, "Disable automatic garbage collection."},
    {"isenabled", MPY_METH(gc_isenabled), MPY_METH_NOARGS,
     "Returns true if automatic garbage collection is enabled."},
    {"is_tracked", MPY_METH(gc_is_tracked), MPY_METH_O,
     "Returns true if the object is tracked by the garbage collector."},
    {"is_finalized", MPY_METH(gc_is_finalized), MPY_METH_O,
     "Returns true if the object has been already finalized by the GC."},
    {"get_objects", MPY_METH(gc_get_objects), MPY_METH_FASTCALL | MPY_METH_KEYWORDS,
     "Return a list of objects tracked by the collector (excluding the list returned)."},
    {"get_stats", MPY_METH(gc_get_stats), MPY_METH_NOARGS,
     "Return a list of dictionaries containing per-generation statistics."},
    {"get_referrers", MPY_METH(gc_get_referrers), MPY_METH_FASTCALL,
     "Return the list of objects that directly refer to any of objs."},
    {"get_referents", MPY_METH(gc_get_referents), MPY_METH_FASTCALL,
     "Return the list of objects that are directly referred to by objs."},
    {"set_debug", MPY_METH(gc_set_debug), MPY_METH_O, "Set the garbage collection debugging flags."},
    {"get_debug", MPY_METH(gc_get_debug), MPY_METH_NOARGS, "Get the garbage collection debugging flags."},
    {"freeze", MPY_METH(gc_freeze), MPY_METH_NOARGS,
     "Freeze all current tracked objects and ignore them for future collections."},
    {"unfreeze", MPY_METH(gc_unfreeze), MPY_METH_NOARGS,
     "Unfreeze all objects in the permanent generation."},
    {"get_freeze_count", MPY_METH(gc_get_freeze_count), MPY_METH_NOARGS,
     "Return the number of objects in the permanent generation."},
    {NULL},
};

/* gc.callbacks: each callable is called with (phase, info) around every
 * collection; gc.garbage receives what DEBUG_SAVEALL keeps. Both lists
 * belong to the module; the hooks find them through these pointers. */
static MpyObject *callbacks_list, *garbage_list;

static void run_callbacks(const char *phase, int generation, ssize_t collected,
                          ssize_t uncollectable)
{
    if (!callbacks_list || MPY_SIZE(callbacks_list) == 0)
        return;
    MpyObject *saved = mpy_err_fetch();
    MpyObject *info = mpy_dict_new();
    MpyObject *g = mpy_int_from_i64(generation), *c = mpy_int_from_ssize(collected),
              *u = mpy_int_from_ssize(uncollectable), *p = mpy_str_from_cstr(phase);
    if (info && g && c && u && p && mpy_dict_set_item_str(info, "generation", g) == 0 &&
        mpy_dict_set_item_str(info, "collected", c) == 0 &&
        mpy_dict_set_item_str(info, "uncollectable", u) == 0) {
        /* A copy: a callback may change the list. */
        MpyObject *copy = mpy_list_slice(callbacks_list, 0, MPY_SIZE(callbacks_list));
        for (ssize_t i = 0; copy && i < MPY_SIZE(copy); i++) {
            MpyObject *args[2] = {p, info};
            MpyObject *res = mpy_call(MPY_LIST_GET(copy, i), args, 2, NULL);
            if (res)
                MPY_DECREF(res);
            else
                mpy_err_write_unraisable(MPY_LIST_GET(copy, i));
        }
        MPY_XDECREF(copy);
    }
    MPY_XDECREF(info);
    MPY_XDECREF(g);
    MPY_XDECREF(c);
    MPY_XDECREF(u);
    MPY_XDECREF(p);
    mpy_err_clear();
    mpy_err_restore(saved);
}

static void save_garbage(MpyObject *op)
{
    if (garbage_list && mpy_list_append(garbage_list, op) < 0)
        mpy_err_clear();
}

static int gc_exec(MpyObject *m)
{
    MpyObject *garbage = mpy_list_new(0), *callbacks = mpy_list_new(0);
    callbacks_list = callbacks;
    garbage_list = garbage;
    mpy_gc_callback_hook = run_callbacks;
    mpy_gc_save_garbage_hook = save_garbage;
    int err = !garbage || !callbacks || mpy_module_add_object(m, "garbage", garbage) < 0 ||
              mpy_module_add_object(m, "callbacks", callbacks) < 0 ||
              mpy_module_add_int(m, "DEBUG_STATS", 1) < 0 ||
              mpy_module_add_int(m, "DEBUG_COLLECTABLE", 2) < 0 ||
              mpy_module_add_int(m, "DEBUG_UNCOLLECTABLE", 4) < 0 ||
              mpy_module_add_int(m, "DEBUG_SAVEALL", 32) < 0 ||
              mpy_module_add_int(m, "DEBUG_LEAK", 38) < 0;
    MPY_XDECREF(garbage);
    MPY_XDECREF(callbacks);
    return err ? -1 : 0;
}

const MpyModuleDef mpy_module_gc = {
    "gc",
    "This module provides access to the garbage collector for reference cycles.",
    gc_methods, gc_exec};

/* The module's lists die with it; the collector must stop calling into them. */
void mpy_gc_module_fini(void)
{
    callbacks_list = NULL;
    garbage_list = NULL;
    mpy_gc_callback_hook = NULL;
    mpy_gc_save_garbage_hook = NULL;
}
