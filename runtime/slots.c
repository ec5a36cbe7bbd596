/* Slots <-> special methods. First the wrappers that expose a C slot as a
 * Python-callable method (slot wrappers, method-wrappers), then the
 * dispatchers a class's slots point to, which look up and call the special
 * method, and finally the table tying them together (CPython's slotdefs). */
#include "slots.h"

#include <string.h>

#include "args.h"
#include "class.h"
#include "descr.h"
#include "dict.h"
#include "errors.h"
#include "gc.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

/* ============================================================ wrappers */

static int check_nargs(size_t nargs, size_t expected)
{
    if (nargs == expected)
        return 0;
    mpy_err_format(MpyExc_TypeError, "expected %zu argument%s, got %zu", expected,
                   expected == 1 ? "" : "s", nargs);
    return -1;
}

#define WRAPPER(name) \
    static MpyObject *name(MpyObject *self, MpyObject *const *args, size_t nargs, \
                           MpyObject *kwnames, void *wrapped)

WRAPPER(wrap_unaryfunc)
{
    if (check_nargs(nargs, 0))
        return NULL;
    return ((mpy_unaryfunc)wrapped)(self);
}

WRAPPER(wrap_binaryfunc_l)
{
    if (check_nargs(nargs, 1))
        return NULL;
    return ((mpy_binaryfunc)wrapped)(self, args[0]);
}

WRAPPER(wrap_binaryfunc_r)
{
    if (check_nargs(nargs, 1))
        return NULL;
    return ((mpy_binaryfunc)wrapped)(args[0], self);
}

WRAPPER(wrap_ternaryfunc)
{
    if (nargs < 1 || nargs > 2) {
        if (nargs < 1)
            return check_nargs(nargs, 1), NULL;
        return mpy_err_format(MpyExc_TypeError, "expected at most 2 arguments, got %zu", nargs);
    }
    return ((mpy_ternaryfunc)wrapped)(self, args[0], nargs == 2 ? args[1] : MPY_NONE);
}

WRAPPER(wrap_ternaryfunc_r)
{
    if (nargs < 1 || nargs > 2) {
        if (nargs < 1)
            return check_nargs(nargs, 1), NULL;
        return mpy_err_format(MpyExc_TypeError, "expected at most 2 arguments, got %zu", nargs);
    }
    return ((mpy_ternaryfunc)wrapped)(args[0], self, nargs == 2 ? args[1] : MPY_NONE);
}

WRAPPER(wrap_inquiry)
{
    if (check_nargs(nargs, 0))
        return NULL;
    int res = ((mpy_inquiry)wrapped)(self);
    return res < 0 ? NULL : mpy_bool_from_long(res);
}

WRAPPER(wrap_lenfunc)
{
    if (check_nargs(nargs, 0))
        return NULL;
    ssize_t res = ((mpy_lenfunc)wrapped)(self);
    return res < 0 ? NULL : mpy_int_from_ssize(res);
}

WRAPPER(wrap_hashfunc)
{
    if (check_nargs(nargs, 0))
        return NULL;
    mpy_hash_t res = ((mpy_hashfunc)wrapped)(self);
    return res == -1 ? NULL : mpy_int_from_i64(res);
}

WRAPPER(wrap_call)
{
    return ((mpy_vectorcallfunc)wrapped)(self, args, nargs, kwnames);
}

WRAPPER(wrap_init)
{
    if (((mpy_initproc)wrapped)(self, args, nargs, kwnames) < 0)
        return NULL;
    MPY_RETURN_NONE;
}

WRAPPER(wrap_next)
{
    if (check_nargs(nargs, 0))
        return NULL;
    MpyObject *res = ((mpy_iternextfunc)wrapped)(self);
    if (!res && !mpy_err_occurred())
        mpy_err_set_none(MpyExc_StopIteration);
    return res;
}

WRAPPER(wrap_descr_get)
{
    if (nargs < 1 || nargs > 2)
        return nargs < 1 ? (check_nargs(nargs, 1), NULL)
                         : mpy_err_format(MpyExc_TypeError,
                                          "expected at most 2 arguments, got %zu", nargs);
    MpyObject *obj = args[0] == MPY_NONE ? NULL : args[0];
    MpyObject *type = nargs == 2 && args[1] != MPY_NONE ? args[1] : NULL;
    if (!obj && !type)
        return mpy_err_set_string(MpyExc_TypeError, "__get__(None, None) is invalid");
    return ((mpy_descrgetfunc)wrapped)(self, obj, type);
}

WRAPPER(wrap_descr_set)
{
    if (check_nargs(nargs, 2) || ((mpy_descrsetfunc)wrapped)(self, args[0], args[1]) < 0)
        return NULL;
    MPY_RETURN_NONE;
}

WRAPPER(wrap_descr_delete)
{
    if (check_nargs(nargs, 1) || ((mpy_descrsetfunc)wrapped)(self, args[0], NULL) < 0)
        return NULL;
    MPY_RETURN_NONE;
}

WRAPPER(wrap_setattr)
{
    if (check_nargs(nargs, 2) || ((mpy_setattrofunc)wrapped)(self, args[0], args[1]) < 0)
        return NULL;
    MPY_RETURN_NONE;
}

WRAPPER(wrap_delattr)
{
    if (check_nargs(nargs, 1) || ((mpy_setattrofunc)wrapped)(self, args[0], NULL) < 0)
        return NULL;
    MPY_RETURN_NONE;
}

WRAPPER(wrap_objobjargproc)
{
    if (check_nargs(nargs, 2) || ((mpy_objobjargproc)wrapped)(self, args[0], args[1]) < 0)
        return NULL;
    MPY_RETURN_NONE;
}

WRAPPER(wrap_delitem)
{
    if (check_nargs(nargs, 1) || ((mpy_objobjargproc)wrapped)(self, args[0], NULL) < 0)
        return NULL;
    MPY_RETURN_NONE;
}

WRAPPER(wrap_objobjproc)
{
    if (check_nargs(nargs, 1))
        return NULL;
    int res = ((mpy_objobjproc)wrapped)(self, args[0]);
    return res < 0 ? NULL : mpy_bool_from_long(res);
}

WRAPPER(wrap_sq_item)
{
    if (check_nargs(nargs, 1))
        return NULL;
    ssize_t i = mpy_number_as_ssize(args[0], MpyExc_OverflowError);
    if (i == -1 && mpy_err_occurred())
        return NULL;
    if (i < 0) {
        mpy_lenfunc len = MPY_TYPE(self)->tp_as_sequence.sq_length;
        if (len) {
            ssize_t n = len(self);
            if (n < 0)
                return NULL;
            i += n;
        }
    }
    return ((mpy_ssizeargfunc)wrapped)(self, i);
}

WRAPPER(wrap_indexargfunc)
{
    if (check_nargs(nargs, 1))
        return NULL;
    ssize_t i = mpy_number_as_ssize(args[0], MpyExc_OverflowError);
    if (i == -1 && mpy_err_occurred())
        return NULL;
    return ((mpy_ssizeargfunc)wrapped)(self, i);
}

WRAPPER(wrap_del)
{
    if (check_nargs(nargs, 0))
        return NULL;
    ((mpy_destructor)wrapped)(self);
    if (mpy_err_occurred())
        return NULL;
    MPY_RETURN_NONE;
}

#define RICHCMP_WRAPPER(name, op)                              \
    WRAPPER(name)                                              \
    {                                                          \
        if (check_nargs(nargs, 1))                             \
            return NULL;                                       \
        return ((mpy_richcmpfunc)wrapped)(self, args[0], op);  \
    }
RICHCMP_WRAPPER(wrap_lt, MPY_LT)
RICHCMP_WRAPPER(wrap_le, MPY_LE)
RICHCMP_WRAPPER(wrap_eq, MPY_EQ)
RICHCMP_WRAPPER(wrap_ne, MPY_NE)
RICHCMP_WRAPPER(wrap_gt, MPY_GT)
RICHCMP_WRAPPER(wrap_ge, MPY_GE)

/* ================================================== wrapper objects */

#define DESCR(op) ((MpyDescrObject *)(op))

typedef struct {
    MPY_OBJECT_HEAD;
    MpyDescrObject *descr;
    MpyObject *self;
} MpyMethodWrapperObject;

static const char *owner_name(MpyObject *descr) { return mpy_type_short_name(DESCR(descr)->d_type); }

static MpyObject *call_wrapped(MpyObject *descr, MpyObject *self, MpyObject *const *args,
                               size_t nargs, MpyObject *kwnames)
{
    const MpySlotWrapperDef *def = DESCR(descr)->d_u.wrapper;
    bool takes_kw = def->wrapper == wrap_call || def->wrapper == wrap_init;
    if (kwnames && MPY_SIZE(kwnames) && !takes_kw)
        return mpy_err_format(MpyExc_TypeError, "wrapper %s() takes no keyword arguments", def->name);
    return def->wrapper(self, args, nargs, kwnames, DESCR(descr)->d_wrapped);
}

static int wrapper_check_self(MpyObject *descr, MpyObject *self)
{
    if (MPY_OBJECT_TYPECHECK(self, DESCR(descr)->d_type))
        return 0;
    mpy_err_format(MpyExc_TypeError, "descriptor '%U' requires a '%s' object but received a '%s'",
                   DESCR(descr)->d_name, owner_name(descr), mpy_type_short_name(MPY_TYPE(self)));
    return -1;
}

static MpyObject *wrapperdescr_call(MpyObject *descr, MpyObject *const *args, size_t nargs,
                                    MpyObject *kwnames)
{
    if (nargs < 1)
        return mpy_err_format(MpyExc_TypeError, "descriptor '%U' of '%s' object needs an argument",
                              DESCR(descr)->d_name, owner_name(descr));
    if (wrapper_check_self(descr, args[0]))
        return NULL;
    return call_wrapped(descr, args[0], args + 1, nargs - 1, kwnames);
}

static MpyObject *wrapperdescr_get(MpyObject *descr, MpyObject *obj, MpyObject *type)
{
    if (!obj)
        return MPY_NEWREF(descr);
    if (wrapper_check_self(descr, obj))
        return NULL;
    MpyMethodWrapperObject *w = (MpyMethodWrapperObject *)mpy_gc_new(&MpyMethodWrapper_Type);
    if (!w)
        return NULL;
    w->descr = (MpyDescrObject *)MPY_NEWREF(descr);
    w->self = MPY_NEWREF(obj);
    mpy_gc_track(MPY_CAST(w));
    return MPY_CAST(w);
}

static MpyObject *wrapperdescr_repr(MpyObject *op)
{
    return mpy_str_from_format("<slot wrapper '%U' of '%s' objects>", DESCR(op)->d_name,
                               owner_name(op));
}

static void wrapperdescr_dealloc(MpyObject *op)
{
    mpy_gc_untrack(op);
    MPY_XDECREF(DESCR(op)->d_type);
    MPY_XDECREF(DESCR(op)->d_name);
    mpy_gc_del(op);
}

static int wrapperdescr_traverse(MpyObject *op, mpy_visitproc visit, void *arg)
{
    MPY_VISIT(DESCR(op)->d_type);
    return 0;
}

static MpyObject *wrapperdescr_get_name(MpyObject *op, void *c) { return MPY_NEWREF(DESCR(op)->d_name); }

static MpyObject *wrapperdescr_get_qualname(MpyObject *op, void *c)
{
    return mpy_str_from_format("%s.%U", owner_name(op), DESCR(op)->d_name);
}

static MpyObject *wrapperdescr_get_objclass(MpyObject *op, void *c)
{
    return MPY_NEWREF(DESCR(op)->d_type);
}

static MpyObject *wrapperdescr_get_doc(MpyObject *op, void *c)
{
    const char *doc = DESCR(op)->d_u.wrapper->doc;
    return doc ? mpy_str_from_cstr(doc) : MPY_NEWREF(MPY_NONE);
}

static MpyGetSetDef wrapperdescr_getset[] = {
    {"__name__", wrapperdescr_get_name, NULL, NULL, NULL},
    {"__qualname__", wrapperdescr_get_qualname, NULL, NULL, NULL},
    {"__objclass__", wrapperdescr_get_objclass, NULL, NULL, NULL},
    {"__doc__", wrapperdescr_get_doc, NULL, NULL, NULL},
    {NULL},
};

MpyTypeObject MpyWrapperDescr_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "wrapper_descriptor",
    .tp_basicsize = sizeof(MpyDescrObject),
    .tp_dealloc = wrapperdescr_dealloc,
    .tp_repr = wrapperdescr_repr,
    .tp_call = wrapperdescr_call,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC | MPY_TPFLAGS_METHOD_DESCRIPTOR,
    .tp_traverse = wrapperdescr_traverse,
    .tp_getset = wrapperdescr_getset,
    .tp_descr_get = wrapperdescr_get,
    .tp_free = mpy_gc_del,
};

#define MWRAP(op) ((MpyMethodWrapperObject *)(op))

static MpyObject *methodwrapper_call(MpyObject *op, MpyObject *const *args, size_t nargs,
                                     MpyObject *kwnames)
{
    return call_wrapped(MPY_CAST(MWRAP(op)->descr), MWRAP(op)->self, args, nargs, kwnames);
}

static MpyObject *methodwrapper_repr(MpyObject *op)
{
    return mpy_str_from_format("<method-wrapper '%U' of %s object at %p>", MWRAP(op)->descr->d_name,
                               mpy_type_short_name(MPY_TYPE(MWRAP(op)->self)),
                               (void *)MWRAP(op)->self);
}

static void methodwrapper_dealloc(MpyObject *op)
{
    mpy_gc_untrack(op);
    MPY_XDECREF(MWRAP(op)->descr);
    MPY_XDECREF(MWRAP(op)->self);
    mpy_gc_del(op);
}

static int methodwrapper_traverse(MpyObject *op, mpy_visitproc visit, void *arg)
{
    MPY_VISIT(MWRAP(op)->descr);
    MPY_VISIT(MWRAP(op)->self);
    return 0;
}

static MpyObject *methodwrapper_richcompare(MpyObject *a, MpyObject *b, int op)
{
    if ((op != MPY_EQ && op != MPY_NE) || MPY_TYPE(b) != &MpyMethodWrapper_Type)
        return MPY_NEWREF(MPY_NOTIMPLEMENTED);
    bool eq = MWRAP(a)->descr == MWRAP(b)->descr && MWRAP(a)->self == MWRAP(b)->self;
    return mpy_bool_from_long(op == MPY_EQ ? eq : !eq);
}

static MpyObject *methodwrapper_get_self(MpyObject *op, void *c) { return MPY_NEWREF(MWRAP(op)->self); }
static MpyObject *methodwrapper_get_name(MpyObject *op, void *c) { return MPY_NEWREF(MWRAP(op)->descr->d_name); }

static MpyGetSetDef methodwrapper_getset[] = {
    {"__self__", methodwrapper_get_self, NULL, NULL, NULL},
    {"__name__", methodwrapper_get_name, NULL, NULL, NULL},
    {NULL},
};

MpyTypeObject MpyMethodWrapper_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "method-wrapper",
    .tp_basicsize = sizeof(MpyMethodWrapperObject),
    .tp_dealloc = methodwrapper_dealloc,
    .tp_repr = methodwrapper_repr,
    .tp_call = methodwrapper_call,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC,
    .tp_traverse = methodwrapper_traverse,
    .tp_richcompare = methodwrapper_richcompare,
    .tp_getset = methodwrapper_getset,
    .tp_free = mpy_gc_del,
};

/* ======================================================= dispatchers */

/* Calls type(self).<name>(self, *args) without making a bound method when
 * the attribute is a plain function or method descriptor. *found is set to
 * false (and NULL returned, no error) when the class has no such method. */
static MpyObject *call_special(MpyObject *self, MpyObject *name, MpyObject *const *args,
                               size_t nargs, bool *found)
{
    MpyObject *func = mpy_type_lookup(MPY_TYPE(self), name);
    *found = func != NULL;
    if (!func)
        return NULL;
    MPY_INCREF(func);
    MpyObject *res;
    if (MPY_TYPE(func)->tp_flags & MPY_TPFLAGS_METHOD_DESCRIPTOR) {
        MpyObject *stack[4];
        stack[0] = self;
        for (size_t i = 0; i < nargs; i++)
            stack[i + 1] = args[i];
        res = mpy_call(func, stack, nargs + 1, NULL);
    } else {
        mpy_descrgetfunc get = MPY_TYPE(func)->tp_descr_get;
        MpyObject *bound = get ? get(func, self, MPY_CAST(MPY_TYPE(self))) : MPY_NEWREF(func);
        res = bound ? mpy_call(bound, args, nargs, NULL) : NULL;
        MPY_XDECREF(bound);
    }
    MPY_DECREF(func);
    return res;
}

/* As call_special, but a missing method is an AttributeError. */
static MpyObject *call_required(MpyObject *self, MpyObject *name, MpyObject *const *args,
                                size_t nargs)
{
    bool found;
    MpyObject *res = call_special(self, name, args, nargs, &found);
    if (!found && !mpy_err_occurred())
        mpy_err_format(MpyExc_AttributeError, "%U", name);
    return res;
}

/* As call_special, but a missing method answers NotImplemented. */
static MpyObject *call_maybe(MpyObject *self, MpyObject *name, MpyObject *const *args, size_t nargs)
{
    bool found;
    MpyObject *res = call_special(self, name, args, nargs, &found);
    if (!found && !mpy_err_occurred())
        return MPY_NEWREF(MPY_NOTIMPLEMENTED);
    return res;
}

#define UNARY_SLOT(fn, id)                                    \
    static MpyObject *fn(MpyObject *self)                     \
    {                                                         \
        return call_required(self, MPY_ID(id), NULL, 0);      \
    }

UNARY_SLOT(slot_tp_repr, __repr__)
UNARY_SLOT(slot_tp_str, __str__)
UNARY_SLOT(slot_nb_negative, __neg__)
UNARY_SLOT(slot_nb_positive, __pos__)
UNARY_SLOT(slot_nb_absolute, __abs__)
UNARY_SLOT(slot_nb_invert, __invert__)
UNARY_SLOT(slot_nb_int, __int__)
UNARY_SLOT(slot_nb_float, __float__)
UNARY_SLOT(slot_nb_index, __index__)

static MpyObject *slot_tp_iter(MpyObject *self)
{
    MpyObject *func = mpy_type_lookup(MPY_TYPE(self), MPY_ID(__iter__));
    if (func == MPY_NONE)
        return mpy_err_format(MpyExc_TypeError, "'%s' object is not iterable",
                              mpy_type_short_name(MPY_TYPE(self)));
    return call_required(self, MPY_ID(__iter__), NULL, 0);
}

static MpyObject *slot_tp_iternext(MpyObject *self)
{
    MpyObject *res = call_required(self, MPY_ID(__next__), NULL, 0);
    if (!res && mpy_err_exception_matches(MpyExc_StopIteration)) {
        /* A plain StopIteration ends iteration without an exception object
         * crossing the C boundary. */
        mpy_err_clear();
    }
    return res;
}

static mpy_hash_t slot_tp_hash(MpyObject *self)
{
    MpyObject *func = mpy_type_lookup(MPY_TYPE(self), MPY_ID(__hash__));
    if (!func || func == MPY_NONE)
        return mpy_object_hash_not_implemented(self);
    MpyObject *res = call_required(self, MPY_ID(__hash__), NULL, 0);
    if (!res)
        return -1;
    if (!MPY_INT_CHECK(res)) {
        MPY_DECREF(res);
        mpy_err_set_string(MpyExc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    /* A big int is reduced as hash(int) would; -1 becomes -2. */
    mpy_hash_t h = mpy_int_hash(res);
    MPY_DECREF(res);
    return h;
}

static int slot_nb_bool(MpyObject *self)
{
    bool found;
    MpyObject *res = call_special(self, MPY_ID(__bool__), NULL, 0, &found);
    if (!found) {
        if (mpy_err_occurred())
            return -1;
        res = call_special(self, MPY_ID(__len__), NULL, 0, &found);
        if (!found)
            return mpy_err_occurred() ? -1 : 1;
        if (!res)
            return -1;
        ssize_t n = MPY_INT_CHECK(res) ? mpy_int_as_ssize(res) : -1;
        MPY_DECREF(res);
        if (n < 0 && !mpy_err_occurred())
            mpy_err_set_string(MpyExc_ValueError, "__len__() should return >= 0");
        return n < 0 ? -1 : n > 0;
    }
    if (!res)
        return -1;
    if (!MPY_BOOL_CHECK(res)) {
        mpy_err_format(MpyExc_TypeError, "__bool__ should return bool, returned %s",
                       mpy_type_short_name(MPY_TYPE(res)));
        MPY_DECREF(res);
        return -1;
    }
    int truth = res == MPY_TRUE;
    MPY_DECREF(res);
    return truth;
}

static ssize_t slot_sq_length(MpyObject *self)
{
    MpyObject *res = call_required(self, MPY_ID(__len__), NULL, 0);
    if (!res)
        return -1;
    MpyObject *index = mpy_number_index(res);
    MPY_DECREF(res);
    if (!index)
        return -1;
    if (mpy_int_sign(index) < 0) {
        MPY_DECREF(index);
        mpy_err_set_string(MpyExc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    ssize_t n = mpy_int_as_ssize(index);
    MPY_DECREF(index);
    if (n == -1 && mpy_err_exception_matches(MpyExc_OverflowError)) {
        mpy_err_clear();
        mpy_err_set_string(MpyExc_OverflowError,
                           "cannot fit 'int' into an index-sized integer");
    }
    return n;
}

static MpyObject *slot_mp_subscript(MpyObject *self, MpyObject *key)
{
    return call_required(self, MPY_ID(__getitem__), &key, 1);
}

static MpyObject *slot_sq_item(MpyObject *self, ssize_t i)
{
    MpyObject *index = mpy_int_from_ssize(i);
    if (!index)
        return NULL;
    MpyObject *res = call_required(self, MPY_ID(__getitem__), &index, 1);
    MPY_DECREF(index);
    return res;
}

static int slot_mp_ass_subscript(MpyObject *self, MpyObject *key, MpyObject *value)
{
    MpyObject *args[2] = {key, value};
    MpyObject *res = value ? call_required(self, MPY_ID(__setitem__), args, 2)
                           : call_required(self, MPY_ID(__delitem__), args, 1);
    if (!res)
        return -1;
    MPY_DECREF(res);
    return 0;
}

static int slot_sq_contains(MpyObject *self, MpyObject *value)
{
    MpyObject *func = mpy_type_lookup(MPY_TYPE(self), MPY_ID(__contains__));
    if (func == MPY_NONE) {
        mpy_err_format(MpyExc_TypeError, "'%s' object is not a container",
                       mpy_type_short_name(MPY_TYPE(self)));
        return -1;
    }
    if (!func)
        return mpy_sequence_contains_by_iteration(self, value);
    MpyObject *res = call_required(self, MPY_ID(__contains__), &value, 1);
    if (!res)
        return -1;
    int truth = mpy_object_is_true(res);
    MPY_DECREF(res);
    return truth;
}

static MpyObject *slot_tp_call(MpyObject *self, MpyObject *const *args, size_t nargs,
                               MpyObject *kwnames)
{
    MpyObject *func = mpy_type_lookup(MPY_TYPE(self), MPY_ID(__call__));
    if (!func)
        return mpy_err_format(MpyExc_TypeError, "'%s' object is not callable",
                              mpy_type_short_name(MPY_TYPE(self)));
    MPY_INCREF(func);
    MpyObject *res = mpy_call_prepend(func, self, args, nargs, kwnames);
    MPY_DECREF(func);
    return res;
}

static MpyObject *slot_tp_getattr_hook(MpyObject *self, MpyObject *name);

/* __getattribute__ defined by the class (or only __getattr__): CPython's
 * slot_tp_getattr_hook. */
static MpyObject *slot_tp_getattro(MpyObject *self, MpyObject *name)
{
    return slot_tp_getattr_hook(self, name);
}

static MpyObject *slot_tp_getattr_hook(MpyObject *self, MpyObject *name)
{
    MpyTypeObject *type = MPY_TYPE(self);
    MpyObject *getattribute = mpy_type_lookup(type, MPY_ID(__getattribute__));
    MpyObject *getattr = mpy_type_lookup(type, MPY_ID(__getattr__));
    MpyObject *res;
    bool generic = !getattribute || (MPY_TYPE(getattribute) == &MpyWrapperDescr_Type &&
                                     DESCR(getattribute)->d_wrapped ==
                                         (void *)mpy_object_generic_getattr);
    if (generic) {
        res = mpy_object_generic_getattr(self, name);
    } else {
        MPY_INCREF(getattribute);
        res = mpy_call_prepend(getattribute, self, &name, 1, NULL);
        MPY_DECREF(getattribute);
    }
    if (res || !getattr || !mpy_err_exception_matches(MpyExc_AttributeError))
        return res;
    mpy_err_clear();
    MPY_INCREF(getattr);
    res = mpy_call_prepend(getattr, self, &name, 1, NULL);
    MPY_DECREF(getattr);
    return res;
}

static int slot_tp_setattro(MpyObject *self, MpyObject *name, MpyObject *value)
{
    MpyObject *args[2] = {name, value};
    MpyObject *res = value ? call_required(self, MPY_ID(__setattr__), args, 2)
                           : call_required(self, MPY_ID(__delattr__), args, 1);
    if (!res)
        return -1;
    MPY_DECREF(res);
    return 0;
}

static const int swapped[] = {MPY_GT, MPY_GE, MPY_EQ, MPY_NE, MPY_LT, MPY_LE};

static MpyObject *richcmp_name(int op)
{
    switch (op) {
    case MPY_LT: return MPY_ID(__lt__);
    case MPY_LE: return MPY_ID(__le__);
    case MPY_EQ: return MPY_ID(__eq__);
    case MPY_NE: return MPY_ID(__ne__);
    case MPY_GT: return MPY_ID(__gt__);
    default: return MPY_ID(__ge__);
    }
}

static MpyObject *slot_tp_richcompare(MpyObject *self, MpyObject *other, int op)
{
    (void)swapped;
    return call_maybe(self, richcmp_name(op), &other, 1);
}

static MpyObject *slot_tp_descr_get(MpyObject *self, MpyObject *obj, MpyObject *type)
{
    MpyObject *args[2] = {obj ? obj : MPY_NONE, type ? type : MPY_NONE};
    return call_required(self, MPY_ID(__get__), args, 2);
}

static int slot_tp_descr_set(MpyObject *self, MpyObject *obj, MpyObject *value)
{
    MpyObject *args[2] = {obj, value};
    MpyObject *res = value ? call_required(self, MPY_ID(__set__), args, 2)
                           : call_required(self, MPY_ID(__delete__), args, 1);
    if (!res)
        return -1;
    MPY_DECREF(res);
    return 0;
}

static int slot_tp_init(MpyObject *self, MpyObject *const *args, size_t nargs,
                        MpyObject *kwnames)
{
    MpyObject *func = mpy_type_lookup(MPY_TYPE(self), MPY_ID(__init__));
    if (!func) {
        mpy_err_format(MpyExc_AttributeError, "__init__");
        return -1;
    }
    MPY_INCREF(func);
    MpyObject *res = mpy_call_prepend(func, self, args, nargs, kwnames);
    MPY_DECREF(func);
    if (!res)
        return -1;
    if (res != MPY_NONE) {
        mpy_err_format(MpyExc_TypeError, "__init__() should return None, not '%s'",
                       mpy_type_short_name(MPY_TYPE(res)));
        MPY_DECREF(res);
        return -1;
    }
    MPY_DECREF(res);
    return 0;
}

/* __new__ is a staticmethod taking the class first. */
static MpyObject *slot_tp_new(MpyTypeObject *type, MpyObject *const *args, size_t nargs,
                              MpyObject *kwnames)
{
    MpyObject *func = mpy_object_getattr(MPY_CAST(type), MPY_ID(__new__));
    if (!func)
        return NULL;
    MpyObject *res = mpy_call_prepend(func, MPY_CAST(type), args, nargs, kwnames);
    MPY_DECREF(func);
    return res;
}

static void slot_tp_finalize(MpyObject *self)
{
    /* __del__ must not disturb an exception being propagated. */
    MpyObject *saved = mpy_err_fetch();
    MpyObject *del = mpy_type_lookup(MPY_TYPE(self), MPY_ID(__del__));
    if (del) {
        MPY_INCREF(del);
        MpyObject *res = mpy_call_prepend(del, self, NULL, 0, NULL);
        if (res)
            MPY_DECREF(res);
        else
            mpy_err_write_unraisable(del);
        MPY_DECREF(del);
    }
    mpy_err_restore(saved);
}

/* Binary operators: CPython's SLOT1BINFULL. The dispatcher runs for either
 * operand; it calls self.__op__(other) when the left operand's class uses it,
 * and other.__rop__(self) when the right one's does, trying the reflected
 * method first when the right operand's class is a subclass overriding it. */
static bool uses_slot(MpyObject *o, size_t offset, void *fn)
{
    return *(void **)((char *)MPY_TYPE(o) + offset) == fn;
}

static bool method_is_overloaded(MpyObject *left, MpyObject *right, MpyObject *name)
{
    MpyObject *a = mpy_type_lookup(MPY_TYPE(right), name);
    if (!a)
        return false;
    MpyObject *b = mpy_type_lookup(MPY_TYPE(left), name);
    return a != b;
}

static MpyObject *binary_dispatch(MpyObject *self, MpyObject *other, size_t offset, void *fn,
                                  MpyObject *op_name, MpyObject *rop_name)
{
    bool do_other = MPY_TYPE(self) != MPY_TYPE(other) && uses_slot(other, offset, fn);
    if (uses_slot(self, offset, fn)) {
        if (do_other && mpy_type_is_subtype(MPY_TYPE(other), MPY_TYPE(self)) &&
            method_is_overloaded(self, other, rop_name)) {
            MpyObject *r = call_maybe(other, rop_name, &self, 1);
            if (r != MPY_NOTIMPLEMENTED)
                return r;
            MPY_DECREF(r);
            do_other = false;
        }
        MpyObject *r = call_maybe(self, op_name, &other, 1);
        if (r != MPY_NOTIMPLEMENTED || MPY_TYPE(other) == MPY_TYPE(self))
            return r;
        MPY_DECREF(r);
    }
    if (do_other)
        return call_maybe(other, rop_name, &self, 1);
    return MPY_NEWREF(MPY_NOTIMPLEMENTED);
}

#define NB_OFFSET(slot) offsetof(MpyTypeObject, tp_as_number.slot)
#define BINARY_SLOT(fn, slot, op, rop)                                                    \
    static MpyObject *fn(MpyObject *self, MpyObject *other)                               \
    {                                                                                     \
        return binary_dispatch(self, other, NB_OFFSET(slot), (void *)fn, MPY_ID(op),      \
                               mpy_str_intern_cstr(#rop));                                \
    }

BINARY_SLOT(slot_nb_add, nb_add, __add__, __radd__)
BINARY_SLOT(slot_nb_subtract, nb_subtract, __sub__, __rsub__)
BINARY_SLOT(slot_nb_multiply, nb_multiply, __mul__, __rmul__)
BINARY_SLOT(slot_nb_remainder, nb_remainder, __mod__, __rmod__)
BINARY_SLOT(slot_nb_divmod, nb_divmod, __divmod__, __rdivmod__)
BINARY_SLOT(slot_nb_lshift, nb_lshift, __lshift__, __rlshift__)
BINARY_SLOT(slot_nb_rshift, nb_rshift, __rshift__, __rrshift__)
BINARY_SLOT(slot_nb_and, nb_and, __and__, __rand__)
BINARY_SLOT(slot_nb_xor, nb_xor, __xor__, __rxor__)
BINARY_SLOT(slot_nb_or, nb_or, __or__, __ror__)
BINARY_SLOT(slot_nb_floor_divide, nb_floor_divide, __floordiv__, __rfloordiv__)
BINARY_SLOT(slot_nb_true_divide, nb_true_divide, __truediv__, __rtruediv__)
BINARY_SLOT(slot_nb_matrix_multiply, nb_matrix_multiply, __matmul__, __rmatmul__)

static MpyObject *slot_nb_power(MpyObject *self, MpyObject *other, MpyObject *mod)
{
    if (mod == MPY_NONE)
        return binary_dispatch(self, other, NB_OFFSET(nb_power), (void *)slot_nb_power,
                               MPY_ID(__pow__), mpy_str_intern_cstr("__rpow__"));
    /* Three-argument pow() is never reflected. */
    if (uses_slot(self, NB_OFFSET(nb_power), (void *)slot_nb_power)) {
        MpyObject *args[2] = {other, mod};
        return call_maybe(self, MPY_ID(__pow__), args, 2);
    }
    return MPY_NEWREF(MPY_NOTIMPLEMENTED);
}

#define INPLACE_SLOT(fn, name)                                            \
    static MpyObject *fn(MpyObject *self, MpyObject *other)               \
    {                                                                     \
        return call_maybe(self, mpy_str_intern_cstr(name), &other, 1);    \
    }

INPLACE_SLOT(slot_nb_inplace_add, "__iadd__")
INPLACE_SLOT(slot_nb_inplace_subtract, "__isub__")
INPLACE_SLOT(slot_nb_inplace_multiply, "__imul__")
INPLACE_SLOT(slot_nb_inplace_remainder, "__imod__")
INPLACE_SLOT(slot_nb_inplace_lshift, "__ilshift__")
INPLACE_SLOT(slot_nb_inplace_rshift, "__irshift__")
INPLACE_SLOT(slot_nb_inplace_and, "__iand__")
INPLACE_SLOT(slot_nb_inplace_xor, "__ixor__")
INPLACE_SLOT(slot_nb_inplace_or, "__ior__")
INPLACE_SLOT(slot_nb_inplace_floor_divide, "__ifloordiv__")
INPLACE_SLOT(slot_nb_inplace_true_divide, "__itruediv__")
INPLACE_SLOT(slot_nb_inplace_matrix_multiply, "__imatmul__")

static MpyObject *slot_nb_inplace_power(MpyObject *self, MpyObject *other, MpyObject *mod)
{
    return call_maybe(self, mpy_str_intern_cstr("__ipow__"), &other, 1);
}

/* ============================================================ the table */

#define TP(field) offsetof(MpyTypeObject, field)
#define NB(field) offsetof(MpyTypeObject, tp_as_number.field)
#define SQ(field) offsetof(MpyTypeObject, tp_as_sequence.field)
#define MP(field) offsetof(MpyTypeObject, tp_as_mapping.field)
#define SLOT(name, offset, wrapper, fn, doc) {name, offset, wrapper, (void *)(fn), doc}

/* Order matters: when two slots share a name (__getitem__ for mp_subscript and
 * sq_item, __add__ for nb_add and sq_concat), the first wins in a type's dict. */
const MpySlotWrapperDef mpy_slotdefs[] = {
    SLOT("__getattribute__", TP(tp_getattro), wrap_binaryfunc_l, slot_tp_getattro,
         "Return getattr(self, name)."),
    SLOT("__getattr__", TP(tp_getattro), NULL, slot_tp_getattr_hook, NULL),
    SLOT("__setattr__", TP(tp_setattro), wrap_setattr, slot_tp_setattro,
         "Implement setattr(self, name, value)."),
    SLOT("__delattr__", TP(tp_setattro), wrap_delattr, slot_tp_setattro,
         "Implement delattr(self, name)."),
    SLOT("__repr__", TP(tp_repr), wrap_unaryfunc, slot_tp_repr, "Return repr(self)."),
    SLOT("__hash__", TP(tp_hash), wrap_hashfunc, slot_tp_hash, "Return hash(self)."),
    SLOT("__call__", TP(tp_call), wrap_call, slot_tp_call, "Call self as a function."),
    SLOT("__str__", TP(tp_str), wrap_unaryfunc, slot_tp_str, "Return str(self)."),
    SLOT("__lt__", TP(tp_richcompare), wrap_lt, slot_tp_richcompare, "Return self<value."),
    SLOT("__le__", TP(tp_richcompare), wrap_le, slot_tp_richcompare, "Return self<=value."),
    SLOT("__eq__", TP(tp_richcompare), wrap_eq, slot_tp_richcompare, "Return self==value."),
    SLOT("__ne__", TP(tp_richcompare), wrap_ne, slot_tp_richcompare, "Return self!=value."),
    SLOT("__gt__", TP(tp_richcompare), wrap_gt, slot_tp_richcompare, "Return self>value."),
    SLOT("__ge__", TP(tp_richcompare), wrap_ge, slot_tp_richcompare, "Return self>=value."),
    SLOT("__iter__", TP(tp_iter), wrap_unaryfunc, slot_tp_iter, "Implement iter(self)."),
    SLOT("__next__", TP(tp_iternext), wrap_next, slot_tp_iternext, "Implement next(self)."),
    SLOT("__get__", TP(tp_descr_get), wrap_descr_get, slot_tp_descr_get,
         "Return an attribute of instance, which is of type owner."),
    SLOT("__set__", TP(tp_descr_set), wrap_descr_set, slot_tp_descr_set,
         "Set an attribute of instance to value."),
    SLOT("__delete__", TP(tp_descr_set), wrap_descr_delete, slot_tp_descr_set,
         "Delete an attribute of instance."),
    SLOT("__init__", TP(tp_init), wrap_init, slot_tp_init,
         "Initialize self.  See help(type(self)) for accurate signature."),
    SLOT("__new__", TP(tp_new), NULL, slot_tp_new, NULL),
    SLOT("__del__", TP(tp_finalize), wrap_del, slot_tp_finalize,
         "Called when the instance is about to be destroyed."),

    SLOT("__add__", NB(nb_add), wrap_binaryfunc_l, slot_nb_add, "Return self+value."),
    SLOT("__radd__", NB(nb_add), wrap_binaryfunc_r, slot_nb_add, "Return value+self."),
    SLOT("__sub__", NB(nb_subtract), wrap_binaryfunc_l, slot_nb_subtract, "Return self-value."),
    SLOT("__rsub__", NB(nb_subtract), wrap_binaryfunc_r, slot_nb_subtract, "Return value-self."),
    SLOT("__mul__", NB(nb_multiply), wrap_binaryfunc_l, slot_nb_multiply, "Return self*value."),
    SLOT("__rmul__", NB(nb_multiply), wrap_binaryfunc_r, slot_nb_multiply, "Return value*self."),
    SLOT("__mod__", NB(nb_remainder), wrap_binaryfunc_l, slot_nb_remainder, "Return self%value."),
    SLOT("__rmod__", NB(nb_remainder), wrap_binaryfunc_r, slot_nb_remainder, "Return value%self."),
    SLOT("__divmod__", NB(nb_divmod), wrap_binaryfunc_l, slot_nb_divmod,
         "Return divmod(self, value)."),
    SLOT("__rdivmod__", NB(nb_divmod), wrap_binaryfunc_r, slot_nb_divmod,
         "Return divmod(value, self)."),
    SLOT("__pow__", NB(nb_power), wrap_ternaryfunc, slot_nb_power,
         "Return pow(self, value, mod)."),
    SLOT("__rpow__", NB(nb_power), wrap_ternaryfunc_r, slot_nb_power,
         "Return pow(value, self, mod)."),
    SLOT("__neg__", NB(nb_negative), wrap_unaryfunc, slot_nb_negative, "-self"),
    SLOT("__pos__", NB(nb_positive), wrap_unaryfunc, slot_nb_positive, "+self"),
    SLOT("__abs__", NB(nb_absolute), wrap_unaryfunc, slot_nb_absolute, "abs(self)"),
    SLOT("__bool__", NB(nb_bool), wrap_inquiry, slot_nb_bool, "True if self else False"),
    SLOT("__invert__", NB(nb_invert), wrap_unaryfunc, slot_nb_invert, "~self"),
    SLOT("__lshift__", NB(nb_lshift), wrap_binaryfunc_l, slot_nb_lshift, "Return self<<value."),
    SLOT("__rlshift__", NB(nb_lshift), wrap_binaryfunc_r, slot_nb_lshift, "Return value<<self."),
    SLOT("__rshift__", NB(nb_rshift), wrap_binaryfunc_l, slot_nb_rshift, "Return self>>value."),
    SLOT("__rrshift__", NB(nb_rshift), wrap_binaryfunc_r, slot_nb_rshift, "Return value>>self."),
    SLOT("__and__", NB(nb_and), wrap_binaryfunc_l, slot_nb_and, "Return self&value."),
    SLOT("__rand__", NB(nb_and), wrap_binaryfunc_r, slot_nb_and, "Return value&self."),
    SLOT("__xor__", NB(nb_xor), wrap_binaryfunc_l, slot_nb_xor, "Return self^value."),
    SLOT("__rxor__", NB(nb_xor), wrap_binaryfunc_r, slot_nb_xor, "Return value^self."),
    SLOT("__or__", NB(nb_or), wrap_binaryfunc_l, slot_nb_or, "Return self|value."),
    SLOT("__ror__", NB(nb_or), wrap_binaryfunc_r, slot_nb_or, "Return value|self."),
    SLOT("__int__", NB(nb_int), wrap_unaryfunc, slot_nb_int, "int(self)"),
    SLOT("__float__", NB(nb_float), wrap_unaryfunc, slot_nb_float, "float(self)"),
    SLOT("__iadd__", NB(nb_inplace_add), wrap_binaryfunc_l, slot_nb_inplace_add,
         "Return self+=value."),
    SLOT("__isub__", NB(nb_inplace_subtract), wrap_binaryfunc_l, slot_nb_inplace_subtract,
         "Return self-=value."),
    SLOT("__imul__", NB(nb_inplace_multiply), wrap_binaryfunc_l, slot_nb_inplace_multiply,
         "Return self*=value."),
    SLOT("__imod__", NB(nb_inplace_remainder), wrap_binaryfunc_l, slot_nb_inplace_remainder,
         "Return self%=value."),
    SLOT("__ipow__", NB(nb_inplace_power), wrap_ternaryfunc, slot_nb_inplace_power,
         "Return self**=value."),
    SLOT("__ilshift__", NB(nb_inplace_lshift), wrap_binaryfunc_l, slot_nb_inplace_lshift,
         "Return self<<=value."),
    SLOT("__irshift__", NB(nb_inplace_rshift), wrap_binaryfunc_l, slot_nb_inplace_rshift,
         "Return self>>=value."),
    SLOT("__iand__", NB(nb_inplace_and), wrap_binaryfunc_l, slot_nb_inplace_and,
         "Return self&=value."),
    SLOT("__ixor__", NB(nb_inplace_xor), wrap_binaryfunc_l, slot_nb_inplace_xor,
         "Return self^=value."),
    SLOT("__ior__", NB(nb_inplace_or), wrap_binaryfunc_l, slot_nb_inplace_or,
         "Return self|=value."),
    SLOT("__floordiv__", NB(nb_floor_divide), wrap_binaryfunc_l, slot_nb_floor_divide,
         "Return self//value."),
    SLOT("__rfloordiv__", NB(nb_floor_divide), wrap_binaryfunc_r, slot_nb_floor_divide,
         "Return value//self."),
    SLOT("__truediv__", NB(nb_true_divide), wrap_binaryfunc_l, slot_nb_true_divide,
         "Return self/value."),
    SLOT("__rtruediv__", NB(nb_true_divide), wrap_binaryfunc_r, slot_nb_true_divide,
         "Return value/self."),
    SLOT("__ifloordiv__", NB(nb_inplace_floor_divide), wrap_binaryfunc_l,
         slot_nb_inplace_floor_divide, "Return self//=value."),
    SLOT("__itruediv__", NB(nb_inplace_true_divide), wrap_binaryfunc_l,
         slot_nb_inplace_true_divide, "Return self/=value."),
    SLOT("__index__", NB(nb_index), wrap_unaryfunc, slot_nb_index,
         "Return self converted to an integer, if self is suitable for use as an index into a list."),
    SLOT("__matmul__", NB(nb_matrix_multiply), wrap_binaryfunc_l, slot_nb_matrix_multiply,
         "Return self@value."),
    SLOT("__rmatmul__", NB(nb_matrix_multiply), wrap_binaryfunc_r, slot_nb_matrix_multiply,
         "Return value@self."),
    SLOT("__imatmul__", NB(nb_inplace_matrix_multiply), wrap_binaryfunc_l,
         slot_nb_inplace_matrix_multiply, "Return self@=value."),

    SLOT("__len__", MP(mp_length), wrap_lenfunc, slot_sq_length, "Return len(self)."),
    SLOT("__getitem__", MP(mp_subscript), wrap_binaryfunc_l, slot_mp_subscript,
         "Return self[key]."),
    SLOT("__setitem__", MP(mp_ass_subscript), wrap_objobjargproc, slot_mp_ass_subscript,
         "Set self[key] to value."),
    SLOT("__delitem__", MP(mp_ass_subscript), wrap_delitem, slot_mp_ass_subscript,
         "Delete self[key]."),

    SLOT("__len__", SQ(sq_length), wrap_lenfunc, slot_sq_length, "Return len(self)."),
    /* sq_concat / sq_repeat have no Python-level dispatcher: classes use nb_add / nb_multiply. */
    SLOT("__add__", SQ(sq_concat), wrap_binaryfunc_l, NULL, "Return self+value."),
    SLOT("__mul__", SQ(sq_repeat), wrap_indexargfunc, NULL, "Return self*value."),
    SLOT("__rmul__", SQ(sq_repeat), wrap_indexargfunc, NULL, "Return value*self."),
    SLOT("__getitem__", SQ(sq_item), wrap_sq_item, slot_sq_item, "Return self[key]."),
    SLOT("__contains__", SQ(sq_contains), wrap_objobjproc, slot_sq_contains,
         "Return key in self."),
    SLOT("__iadd__", SQ(sq_inplace_concat), wrap_binaryfunc_l, NULL, "Implement self+=value."),
    SLOT("__imul__", SQ(sq_inplace_repeat), wrap_indexargfunc, NULL, "Implement self*=value."),
    {NULL},
};

/* ================================================ filling type dicts */

static void *slot_at(MpyTypeObject *type, size_t offset) { return *(void **)((char *)type + offset); }

static MpyObject *new_wrapper_descr(MpyTypeObject *type, const MpySlotWrapperDef *def, void *fn)
{
    MpyDescrObject *d = (MpyDescrObject *)mpy_gc_new(&MpyWrapperDescr_Type);
    if (!d)
        return NULL;
    d->d_type = (MpyTypeObject *)MPY_NEWREF(type);
    d->d_name = MPY_XNEWREF(mpy_str_intern_cstr(def->name));
    d->d_qualname = NULL;
    d->d_u.wrapper = def;
    d->d_wrapped = fn;
    mpy_gc_track(MPY_CAST(d));
    return MPY_CAST(d);
}

/* type.__new__(X, ...) as a method bound to the type: checks that X is a
 * subtype and that the call is safe (CPython's tp_new_wrapper). */
static MpyObject *tp_new_wrapper(MpyObject *self, MpyObject *const *args, size_t nargs,
                                 MpyObject *kwnames)
{
    MpyTypeObject *type = (MpyTypeObject *)self;
    const char *name = mpy_type_short_name(type);
    if (nargs < 1)
        return mpy_err_format(MpyExc_TypeError, "%s.__new__(): not enough arguments", name);
    MpyObject *arg0 = args[0];
    if (!MPY_TYPE_HAS_FEATURE(MPY_TYPE(arg0), MPY_TPFLAGS_TYPE_SUBCLASS))
        return mpy_err_format(MpyExc_TypeError, "%s.__new__(X): X is not a type object (%s)", name,
                              mpy_type_short_name(MPY_TYPE(arg0)));
    MpyTypeObject *subtype = (MpyTypeObject *)arg0;
    if (!mpy_type_is_subtype(subtype, type))
        return mpy_err_format(MpyExc_TypeError, "%s.__new__(%s): %s is not a subtype of %s", name,
                              mpy_type_short_name(subtype), mpy_type_short_name(subtype), name);
    /* The most derived base that is not a class must be `type` itself:
     * object.__new__(int) would skip int's own allocation. */
    MpyTypeObject *staticbase = subtype;
    while (staticbase && staticbase->tp_new == slot_tp_new)
        staticbase = staticbase->tp_base;
    if (staticbase && staticbase->tp_new != type->tp_new)
        return mpy_err_format(MpyExc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()",
                              name, mpy_type_short_name(subtype),
                              mpy_type_short_name(staticbase));
    return type->tp_new(subtype, args + 1, nargs - 1, kwnames);
}

static MpyMethodDef tp_new_methoddef = {
    "__new__", MPY_METH(tp_new_wrapper), MPY_METH_FASTCALL | MPY_METH_KEYWORDS,
    "Create and return a new object.  See help(type) for accurate signature."};

int mpy_slots_add_wrappers(MpyTypeObject *type)
{
    MpyTypeObject *base = type->tp_base;
    MpyObject *dict = type->tp_dict;
    for (const MpySlotWrapperDef *def = mpy_slotdefs; def->name; def++) {
        if (!def->wrapper)
            continue;
        void *fn = slot_at(type, def->offset);
        bool defined_here = def->offset == TP(tp_init) && (type->tp_flags & MPY_TPFLAGS_DEFINES_INIT);
        if (!fn || (base && slot_at(base, def->offset) == fn && !defined_here))
            continue;
        if (def->offset == TP(tp_hash) && fn == (void *)mpy_object_hash_not_implemented)
            continue; /* __hash__ = None is added by type.c */
        MpyObject *key = mpy_str_intern_cstr(def->name);
        if (!key)
            return -1;
        if (mpy_dict_get_item(dict, key))
            continue;
        MpyObject *descr = new_wrapper_descr(type, def, fn);
        if (!descr || mpy_dict_set_item(dict, key, descr) < 0) {
            MPY_XDECREF(descr);
            return -1;
        }
        MPY_DECREF(descr);
    }
    if (type->tp_new && (!base || base->tp_new != type->tp_new ||
                         (type->tp_flags & MPY_TPFLAGS_DEFINES_NEW))) {
        MpyObject *fn = mpy_cfunction_new(&tp_new_methoddef, MPY_CAST(type), NULL);
        if (!fn || mpy_dict_set_item(dict, MPY_ID(__new__), fn) < 0) {
            MPY_XDECREF(fn);
            return -1;
        }
        MPY_DECREF(fn);
    }
    return 0;
}

/* ========================================== slots of classes (fixup) */

/* Is `descr` the wrapper of exactly this C function? Then the class can keep
 * the inherited C slot instead of going through the dispatcher. */
static bool is_wrapper_of(MpyObject *descr, const MpySlotWrapperDef *def, void **fn)
{
    if (MPY_TYPE(descr) != &MpyWrapperDescr_Type)
        return false;
    const MpySlotWrapperDef *d = DESCR(descr)->d_u.wrapper;
    if (d->offset != def->offset || d->wrapper != def->wrapper)
        return false;
    *fn = DESCR(descr)->d_wrapped;
    return true;
}

/* Sets one slot of a class from its mro (CPython's update_one_slot): the
 * dispatcher when a Python-level method provides it, the wrapped C function
 * when the method is an inherited slot wrapper, NULL when nothing does. */
static void update_one_slot(MpyTypeObject *type, const MpySlotWrapperDef *def)
{
    void **slot = (void **)((char *)type + def->offset);
    void *generic = NULL, *specific = NULL;
    bool use_generic = false;
    for (const MpySlotWrapperDef *d = mpy_slotdefs; d->name; d++) {
        if (d->offset != def->offset)
            continue;
        MpyObject *descr = mpy_type_lookup(type, mpy_str_intern_cstr(d->name));
        if (!descr) {
            if (d->offset == TP(tp_iternext) && !d->slot_function)
                continue;
            continue;
        }
        void *fn = NULL;
        if (is_wrapper_of(descr, d, &fn)) {
            if (!specific || specific == fn)
                specific = fn;
            else
                use_generic = true;
        } else if (d->offset == TP(tp_hash) && descr == MPY_NONE) {
            specific = (void *)mpy_object_hash_not_implemented;
        } else if (MPY_TYPE(descr) == &MpyCFunction_Type &&
                   ((MpyCFunctionObject *)descr)->m_ml == &tp_new_methoddef &&
                   d->offset == TP(tp_new)) {
            /* __new__ inherited from a built-in type: use its tp_new. */
            specific = (void *)((MpyTypeObject *)((MpyCFunctionObject *)descr)->m_self)->tp_new;
        } else {
            use_generic = true;
            generic = d->slot_function;
        }
        if (d->slot_function)
            generic = d->slot_function;
    }
    if (use_generic && generic)
        *slot = generic;
    else if (specific && !use_generic)
        *slot = specific;
    else if (!use_generic && !specific)
        *slot = NULL;
    else
        *slot = generic;
}

void mpy_slots_fixup(MpyTypeObject *type, MpyObject *name)
{
    for (const MpySlotWrapperDef *def = mpy_slotdefs; def->name; def++) {
        if (!def->slot_function && !def->wrapper)
            continue;
        if (name && !mpy_str_equal_cstr(name, def->name))
            continue;
        update_one_slot(type, def);
    }
}
