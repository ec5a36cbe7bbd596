/* Callables and descriptors around C code: builtin functions and bound
 * builtin methods, method and classmethod descriptors, getset and member
 * descriptors. Slot wrappers (int.__add__) are in slots.c. */
#include "descr.h"

#include <stdio.h>
#include <string.h>

#include "errors.h"
#include "gc.h"
#include "float.h"
#include "int.h"
#include "interp.h"
#include "module.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

/* ======================================================== calling C */

static const char *callable_name(MpyObject *callable, MpyMethodDef *ml, char *buf, size_t size);

static MpyObject *arity_error(MpyObject *callable, MpyMethodDef *ml, const char *what, size_t given)
{
    char buf[256];
    return mpy_err_format(MpyExc_TypeError, "%s() takes %s (%zu given)",
                          callable_name(callable, ml, buf, sizeof buf), what, given);
}

static MpyObject *call_methoddef(MpyMethodDef *ml, MpyObject *callable, MpyObject *self,
                                 MpyObject *const *args, size_t nargs, MpyObject *kwnames)
{
    bool has_kw = kwnames && MPY_SIZE(kwnames) > 0;
    int kind = ml->ml_flags & (MPY_METH_NOARGS | MPY_METH_O | MPY_METH_FASTCALL | MPY_METH_KEYWORDS);
    if (has_kw && kind != (MPY_METH_FASTCALL | MPY_METH_KEYWORDS)) {
        char buf[256];
        return mpy_err_format(MpyExc_TypeError, "%s() takes no keyword arguments",
                              callable_name(callable, ml, buf, sizeof buf));
    }
    switch (kind) {
    case MPY_METH_NOARGS:
        if (nargs)
            return arity_error(callable, ml, "no arguments", nargs);
        return ((MpyCFunction)ml->ml_meth)(self, NULL);
    case MPY_METH_O:
        if (nargs != 1)
            return arity_error(callable, ml, "exactly one argument", nargs);
        return ((MpyCFunction)ml->ml_meth)(self, args[0]);
    case MPY_METH_FASTCALL:
        return ((MpyCFunctionFast)ml->ml_meth)(self, args, nargs);
    default:
        return ((MpyCFunctionFastKw)ml->ml_meth)(self, args, nargs, has_kw ? kwnames : NULL);
    }
}

/* A call into C counts as a level of recursion while it runs, as CPython
 * 3.11's builtin calls do (sys.setrecursionlimit's depth check sees it).
 * `callable` (the builtin or the descriptor) only names it in errors. */
MpyObject *mpy_methoddef_call(MpyMethodDef *ml, MpyObject *callable, MpyObject *self,
                              MpyObject *const *args, size_t nargs, MpyObject *kwnames)
{
    if (mpy_enter_recursive_call(" while calling a Python object") < 0)
        return NULL;
    MpyObject *res = call_methoddef(ml, callable, self, args, nargs, kwnames);
    mpy_leave_recursive_call();
    return res;
}

/* ============================================ builtin_function_or_method */

#define CFUNC(op) ((MpyCFunctionObject *)(op))

MpyObject *mpy_cfunction_new(MpyMethodDef *ml, MpyObject *self, MpyObject *module_name)
{
    MpyCFunctionObject *f = (MpyCFunctionObject *)mpy_gc_new(&MpyCFunction_Type);
    if (!f)
        return NULL;
    f->m_ml = ml;
    f->m_self = MPY_XNEWREF(self);
    f->m_module = MPY_XNEWREF(module_name);
    mpy_gc_track(MPY_CAST(f));
    return MPY_CAST(f);
}

/* How messages name a builtin (CPython's _PyObject_FunctionStr): "len",
 * "gc.enable" for a function of a module other than builtins, "list.append"
 * for a method bound to a list. */
static const char *cfunction_qualname(MpyCFunctionObject *f, char *buf, size_t size)
{
    MpyObject *self = f->m_self;
    if (!self)
        return f->m_ml->ml_name;
    if (MPY_TYPE(self) == &MpyModule_Type) {
        const char *module = mpy_module_name(self);
        if (strcmp(module, "builtins") == 0)
            return f->m_ml->ml_name;
        snprintf(buf, size, "%s.%s", module, f->m_ml->ml_name);
        return buf;
    }
    const char *owner = MPY_TYPE_HAS_FEATURE(MPY_TYPE(self), MPY_TPFLAGS_TYPE_SUBCLASS)
                            ? mpy_type_short_name((MpyTypeObject *)self)
                            : mpy_type_short_name(MPY_TYPE(self));
    snprintf(buf, size, "%s.%s", owner, f->m_ml->ml_name);
    return buf;
}

static MpyObject *cfunction_call(MpyObject *callable, MpyObject *const *args, size_t nargs,
                                 MpyObject *kwnames)
{
    MpyCFunctionObject *f = CFUNC(callable);
    return mpy_methoddef_call(f->m_ml, callable, f->m_self, args, nargs, kwnames);
}

static void cfunction_dealloc(MpyObject *op)
{
    mpy_gc_untrack(op);
    MPY_XDECREF(CFUNC(op)->m_self);
    MPY_XDECREF(CFUNC(op)->m_module);
    mpy_gc_del(op);
}

static int cfunction_traverse(MpyObject *op, mpy_visitproc visit, void *arg)
{
    MPY_VISIT(CFUNC(op)->m_self);
    MPY_VISIT(CFUNC(op)->m_module);
    return 0;
}

static MpyObject *cfunction_repr(MpyObject *op)
{
    MpyCFunctionObject *f = CFUNC(op);
    if (!f->m_self || MPY_TYPE(f->m_self) == &MpyModule_Type)
        return mpy_str_from_format("<built-in function %s>", f->m_ml->ml_name);
    return mpy_str_from_format("<built-in method %s of %s object at %p>", f->m_ml->ml_name,
                               mpy_type_short_name(MPY_TYPE(f->m_self)), (void *)f->m_self);
}

static MpyObject *cfunction_richcompare(MpyObject *a, MpyObject *b, int op)
{
    if ((op != MPY_EQ && op != MPY_NE) || MPY_TYPE(b) != &MpyCFunction_Type)
        return MPY_NEWREF(MPY_NOTIMPLEMENTED);
    bool eq = CFUNC(a)->m_ml->ml_meth == CFUNC(b)->m_ml->ml_meth && CFUNC(a)->m_self == CFUNC(b)->m_self;
    return mpy_bool_from_long(op == MPY_EQ ? eq : !eq);
}

static mpy_hash_t cfunction_hash(MpyObject *op)
{
    mpy_hash_t h = mpy_hash_pointer(CFUNC(op)->m_self) ^ mpy_hash_pointer(CFUNC(op)->m_ml->ml_meth);
    return h == -1 ? -2 : h;
}

static MpyObject *cfunction_get_name(MpyObject *op, void *c) { return mpy_str_from_cstr(CFUNC(op)->m_ml->ml_name); }

static MpyObject *cfunction_get_qualname(MpyObject *op, void *c)
{
    char buf[256];
    return mpy_str_from_cstr(cfunction_qualname(CFUNC(op), buf, sizeof buf));
}

static MpyObject *cfunction_get_self(MpyObject *op, void *c)
{
    MpyObject *self = CFUNC(op)->m_self;
    return MPY_NEWREF(self ? self : MPY_NONE);
}

static MpyObject *cfunction_get_module(MpyObject *op, void *c)
{
    MpyObject *m = CFUNC(op)->m_module;
    return MPY_NEWREF(m ? m : MPY_NONE);
}

static MpyObject *cfunction_get_doc(MpyObject *op, void *c)
{
    const char *doc = CFUNC(op)->m_ml->ml_doc;
    return doc ? mpy_str_from_cstr(doc) : MPY_NEWREF(MPY_NONE);
}

static MpyGetSetDef cfunction_getset[] = {
    {"__name__", cfunction_get_name, NULL, NULL, NULL},
    {"__qualname__", cfunction_get_qualname, NULL, NULL, NULL},
    {"__self__", cfunction_get_self, NULL, NULL, NULL},
    {"__module__", cfunction_get_module, NULL, NULL, NULL},
    {"__doc__", cfunction_get_doc, NULL, NULL, NULL},
    {NULL},
};

MpyTypeObject MpyCFunction_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "builtin_function_or_method",
    .tp_basicsize = sizeof(MpyCFunctionObject),
    .tp_dealloc = cfunction_dealloc,
    .tp_repr = cfunction_repr,
    .tp_hash = cfunction_hash,
    .tp_call = cfunction_call,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC,
    .tp_traverse = cfunction_traverse,
    .tp_richcompare = cfunction_richcompare,
    .tp_getset = cfunction_getset,
    .tp_free = mpy_gc_del,
};

/* ===================================================== descriptors */

#define DESCR(op) ((MpyDescrObject *)(op))

static MpyObject *descr_new(MpyTypeObject *descrtype, MpyTypeObject *type, const char *name)
{
    MpyDescrObject *d = (MpyDescrObject *)mpy_gc_new(descrtype);
    if (!d)
        return NULL;
    d->d_type = (MpyTypeObject *)MPY_NEWREF(type);
    d->d_name = MPY_XNEWREF(mpy_str_intern_cstr(name));
    d->d_qualname = NULL;
    if (!d->d_name) {
        MPY_DECREF(d);
        return NULL;
    }
    mpy_gc_track(MPY_CAST(d));
    return MPY_CAST(d);
}

static void descr_dealloc(MpyObject *op)
{
    mpy_gc_untrack(op);
    MPY_XDECREF(DESCR(op)->d_type);
    MPY_XDECREF(DESCR(op)->d_name);
    MPY_XDECREF(DESCR(op)->d_qualname);
    mpy_gc_del(op);
}

static int descr_traverse(MpyObject *op, mpy_visitproc visit, void *arg)
{
    MPY_VISIT(DESCR(op)->d_type);
    return 0;
}

static const char *descr_owner(MpyObject *op) { return mpy_type_short_name(DESCR(op)->d_type); }

/* "descriptor 'append' for 'list' objects doesn't apply to a 'int' object" */
static int descr_check(MpyObject *descr, MpyObject *obj)
{
    if (MPY_OBJECT_TYPECHECK(obj, DESCR(descr)->d_type))
        return 0;
    mpy_err_format(MpyExc_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%s' object",
                   DESCR(descr)->d_name, descr_owner(descr), mpy_type_short_name(MPY_TYPE(obj)));
    return -1;
}

static MpyObject *descr_get_name(MpyObject *op, void *c) { return MPY_NEWREF(DESCR(op)->d_name); }

static MpyObject *descr_get_qualname(MpyObject *op, void *c)
{
    return mpy_str_from_format("%s.%U", descr_owner(op), DESCR(op)->d_name);
}

static MpyObject *descr_get_objclass(MpyObject *op, void *c) { return MPY_NEWREF(DESCR(op)->d_type); }

static MpyObject *method_get_doc(MpyObject *op, void *c)
{
    const char *doc = DESCR(op)->d_u.method->ml_doc;
    return doc ? mpy_str_from_cstr(doc) : MPY_NEWREF(MPY_NONE);
}

static MpyGetSetDef method_descr_getset[] = {
    {"__name__", descr_get_name, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {"__doc__", method_get_doc, NULL, NULL, NULL},
    {NULL},
};

static MpyGetSetDef descr_getset[] = {
    {"__name__", descr_get_name, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {NULL},
};

/* ------------------------------------------------ method_descriptor */

MpyObject *mpy_descr_new_method(MpyTypeObject *type, MpyMethodDef *ml)
{
    MpyObject *d = descr_new(&MpyMethodDescr_Type, type, ml->ml_name);
    if (d)
        DESCR(d)->d_u.method = ml;
    return d;
}

static MpyObject *method_descr_get(MpyObject *descr, MpyObject *obj, MpyObject *type)
{
    if (!obj)
        return MPY_NEWREF(descr);
    if (descr_check(descr, obj))
        return NULL;
    return mpy_cfunction_new(DESCR(descr)->d_u.method, obj, NULL);
}

/* list.append(lst, x): the first argument is self. */
static MpyObject *method_descr_call(MpyObject *descr, MpyObject *const *args, size_t nargs,
                                    MpyObject *kwnames)
{
    MpyMethodDef *ml = DESCR(descr)->d_u.method;
    if (nargs == 0)
        return mpy_err_format(MpyExc_TypeError, "unbound method %s.%s() needs an argument",
                              descr_owner(descr), ml->ml_name);
    if (descr_check(descr, args[0]))
        return NULL;
    return mpy_methoddef_call(ml, descr, args[0], args + 1, nargs - 1, kwnames);
}

static MpyObject *method_descr_repr(MpyObject *op)
{
    return mpy_str_from_format("<method '%U' of '%s' objects>", DESCR(op)->d_name, descr_owner(op));
}

MpyTypeObject MpyMethodDescr_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "method_descriptor",
    .tp_basicsize = sizeof(MpyDescrObject),
    .tp_dealloc = descr_dealloc,
    .tp_repr = method_descr_repr,
    .tp_call = method_descr_call,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC | MPY_TPFLAGS_METHOD_DESCRIPTOR,
    .tp_traverse = descr_traverse,
    .tp_getset = method_descr_getset,
    .tp_descr_get = method_descr_get,
    .tp_free = mpy_gc_del,
};

/* ------------------------------------------- classmethod_descriptor */

MpyObject *mpy_descr_new_classmethod(MpyTypeObject *type, MpyMethodDef *ml)
{
    MpyObject *d = descr_new(&MpyClassMethodDescr_Type, type, ml->ml_name);
    if (d)
        DESCR(d)->d_u.method = ml;
    return d;
}

static MpyObject *classmethod_descr_get(MpyObject *descr, MpyObject *obj, MpyObject *type)
{
    if (!type)
        type = MPY_CAST(MPY_TYPE(obj));
    if (!MPY_TYPE_HAS_FEATURE(MPY_TYPE(type), MPY_TPFLAGS_TYPE_SUBCLASS) ||
        !mpy_type_is_subtype((MpyTypeObject *)type, DESCR(descr)->d_type))
        return mpy_err_format(MpyExc_TypeError,
                              "descriptor '%U' for type '%s' needs a subtype of '%s' as arg 2",
                              DESCR(descr)->d_name, descr_owner(descr), descr_owner(descr));
    return mpy_cfunction_new(DESCR(descr)->d_u.method, type, NULL);
}

static MpyObject *classmethod_descr_call(MpyObject *descr, MpyObject *const *args, size_t nargs,
                                         MpyObject *kwnames)
{
    if (nargs == 0)
        return mpy_err_format(MpyExc_TypeError,
                              "descriptor '%U' of '%s' object needs an argument",
                              DESCR(descr)->d_name, descr_owner(descr));
    MpyObject *bound = classmethod_descr_get(descr, NULL, args[0]);
    if (!bound)
        return NULL;
    MpyObject *res = mpy_call(bound, args + 1, nargs - 1, kwnames);
    MPY_DECREF(bound);
    return res;
}

static MpyObject *classmethod_descr_repr(MpyObject *op)
{
    return mpy_str_from_format("<method '%U' of '%s' objects>", DESCR(op)->d_name, descr_owner(op));
}

MpyTypeObject MpyClassMethodDescr_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "classmethod_descriptor",
    .tp_basicsize = sizeof(MpyDescrObject),
    .tp_dealloc = descr_dealloc,
    .tp_repr = classmethod_descr_repr,
    .tp_call = classmethod_descr_call,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC,
    .tp_traverse = descr_traverse,
    .tp_getset = method_descr_getset,
    .tp_descr_get = classmethod_descr_get,
    .tp_free = mpy_gc_del,
};

/* ------------------------------------------------ getset_descriptor */

MpyObject *mpy_descr_new_getset(MpyTypeObject *type, MpyGetSetDef *gs)
{
    MpyObject *d = descr_new(&MpyGetSetDescr_Type, type, gs->name);
    if (d)
        DESCR(d)->d_u.getset = gs;
    return d;
}

static MpyObject *getset_get(MpyObject *descr, MpyObject *obj, MpyObject *type)
{
    if (!obj)
        return MPY_NEWREF(descr);
    if (descr_check(descr, obj))
        return NULL;
    MpyGetSetDef *gs = DESCR(descr)->d_u.getset;
    if (!gs->get)
        return mpy_err_format(MpyExc_AttributeError, "attribute '%U' of '%s' objects is not readable",
                              DESCR(descr)->d_name, descr_owner(descr));
    return gs->get(obj, gs->closure);
}

static int getset_set(MpyObject *descr, MpyObject *obj, MpyObject *value)
{
    if (descr_check(descr, obj))
        return -1;
    MpyGetSetDef *gs = DESCR(descr)->d_u.getset;
    if (!gs->set) {
        mpy_err_format(MpyExc_AttributeError, "attribute '%U' of '%s' objects is not writable",
                       DESCR(descr)->d_name, descr_owner(descr));
        return -1;
    }
    return gs->set(obj, value, gs->closure);
}

static MpyObject *getset_repr(MpyObject *op)
{
    return mpy_str_from_format("<attribute '%U' of '%s' objects>", DESCR(op)->d_name, descr_owner(op));
}

MpyTypeObject MpyGetSetDescr_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "getset_descriptor",
    .tp_basicsize = sizeof(MpyDescrObject),
    .tp_dealloc = descr_dealloc,
    .tp_repr = getset_repr,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC,
    .tp_traverse = descr_traverse,
    .tp_getset = descr_getset,
    .tp_descr_get = getset_get,
    .tp_descr_set = getset_set,
    .tp_free = mpy_gc_del,
};

/* ------------------------------------------------ member_descriptor */

MpyObject *mpy_descr_new_member(MpyTypeObject *type, MpyMemberDef *m)
{
    MpyObject *d = descr_new(&MpyMemberDescr_Type, type, m->name);
    if (d)
        DESCR(d)->d_u.member = m;
    return d;
}

static MpyObject *member_get(MpyObject *descr, MpyObject *obj, MpyObject *type)
{
    if (!obj)
        return MPY_NEWREF(descr);
    if (descr_check(descr, obj))
        return NULL;
    MpyMemberDef *m = DESCR(descr)->d_u.member;
    char *addr = (char *)obj + m->offset;
    switch (m->type) {
    case MPY_T_OBJECT: {
        MpyObject *v = *(MpyObject **)addr;
        return MPY_NEWREF(v ? v : MPY_NONE);
    }
    case MPY_T_OBJECT_EX: {
        MpyObject *v = *(MpyObject **)addr;
        if (!v)
            return mpy_err_format(MpyExc_AttributeError, "'%s' object has no attribute '%s'",
                                  mpy_type_short_name(MPY_TYPE(obj)), m->name);
        return MPY_NEWREF(v);
    }
    case MPY_T_SSIZE:
        return mpy_int_from_ssize(*(ssize_t *)addr);
    case MPY_T_INT:
        return mpy_int_from_i64(*(int *)addr);
    case MPY_T_DOUBLE:
        return mpy_float_from_double(*(double *)addr);
    case MPY_T_BOOL:
        return mpy_bool_from_long(*(char *)addr);
    }
    return mpy_err_bad_internal_call();
}

static int member_set(MpyObject *descr, MpyObject *obj, MpyObject *value)
{
    if (descr_check(descr, obj))
        return -1;
    MpyMemberDef *m = DESCR(descr)->d_u.member;
    if (m->flags & MPY_READONLY) {
        mpy_err_set_string(MpyExc_AttributeError, "readonly attribute");
        return -1;
    }
    char *addr = (char *)obj + m->offset;
    switch (m->type) {
    case MPY_T_OBJECT:
    case MPY_T_OBJECT_EX: {
        MpyObject **slot = (MpyObject **)addr;
        if (!value && m->type == MPY_T_OBJECT_EX && !*slot) {
            /* Deleting an unset slot: CPython's message is just the name. */
            mpy_err_set_string(MpyExc_AttributeError, m->name);
            return -1;
        }
        MPY_SETREF(*slot, MPY_XNEWREF(value));
        return 0;
    }
    default:
        break;
    }
    if (!value) {
        mpy_err_set_string(MpyExc_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    if (m->type == MPY_T_DOUBLE) {
        double d = mpy_float_as_double(value);
        if (d == -1.0 && mpy_err_occurred())
            return -1;
        *(double *)addr = d;
        return 0;
    }
    if (m->type == MPY_T_BOOL) {
        if (!MPY_BOOL_CHECK(value)) {
            mpy_err_set_string(MpyExc_TypeError, "attribute value type must be bool");
            return -1;
        }
        *(char *)addr = value == MPY_TRUE;
        return 0;
    }
    ssize_t v = mpy_number_as_ssize(value, MpyExc_OverflowError);
    if (v == -1 && mpy_err_occurred())
        return -1;
    if (m->type == MPY_T_INT)
        *(int *)addr = (int)v;
    else
        *(ssize_t *)addr = v;
    return 0;
}

static MpyObject *member_repr(MpyObject *op)
{
    return mpy_str_from_format("<member '%U' of '%s' objects>", DESCR(op)->d_name, descr_owner(op));
}

MpyTypeObject MpyMemberDescr_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "member_descriptor",
    .tp_basicsize = sizeof(MpyDescrObject),
    .tp_dealloc = descr_dealloc,
    .tp_repr = member_repr,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC,
    .tp_traverse = descr_traverse,
    .tp_getset = descr_getset,
    .tp_descr_get = member_get,
    .tp_descr_set = member_set,
    .tp_free = mpy_gc_del,
};

/* =============================================== static C methods */

MpyObject *mpy_staticmethod_new_from_cfunction(MpyMethodDef *ml, MpyTypeObject *type)
{
    MpyObject *func = mpy_cfunction_new(ml, NULL, NULL);
    if (!func)
        return NULL;
    MpyObject *sm = mpy_staticmethod_new(func);
    MPY_DECREF(func);
    return sm;
}

void mpy_descr_init(void)
{
    mpy_type_ready(&MpyCFunction_Type);
    mpy_type_ready(&MpyMethodDescr_Type);
    mpy_type_ready(&MpyClassMethodDescr_Type);
    mpy_type_ready(&MpyGetSetDescr_Type);
    mpy_type_ready(&MpyMemberDescr_Type);
}

/* "len", "gc.enable", "list.append": how errors name a builtin. */
static const char *callable_name(MpyObject *callable, MpyMethodDef *ml, char *buf, size_t size)
{
    if (!callable)
        return ml->ml_name;
    if (MPY_TYPE(callable) == &MpyCFunction_Type)
        return cfunction_qualname(CFUNC(callable), buf, size);
    snprintf(buf, size, "%s.%s", descr_owner(callable), ml->ml_name);
    return buf;
}
