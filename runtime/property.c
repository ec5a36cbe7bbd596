/* property: a data descriptor built from getter, setter and deleter
 * functions, with the decorator forms .getter/.setter/.deleter. */
#include "args.h"
#include "errors.h"
#include "gc.h"
#include "str.h"
#include "super.h"
#include "type.h"

typedef struct {
    MPY_OBJECT_HEAD;
    MpyObject *fget, *fset, *fdel, *doc, *name;
    bool getter_doc; /* the doc came from fget and follows it in copies */
} MpyPropertyObject;

#define PROP(op) ((MpyPropertyObject *)(op))

/* "property 'x' of 'C' object has no getter" (3.11 names the attribute
 * once __set_name__ told it). */
static MpyObject *missing(MpyObject *self, MpyObject *obj, const char *what)
{
    MpyObject *name = PROP(self)->name;
    if (name)
        return mpy_err_format(MpyExc_AttributeError, "property %R of '%s' object has no %s", name,
                              mpy_type_short_name(MPY_TYPE(obj)), what);
    return mpy_err_format(MpyExc_AttributeError, "property of '%s' object has no %s",
                          mpy_type_short_name(MPY_TYPE(obj)), what);
}

static MpyObject *property_get(MpyObject *self, MpyObject *obj, MpyObject *type)
{
    if (!obj || obj == MPY_NONE)
        return MPY_NEWREF(self);
    if (!PROP(self)->fget)
        return missing(self, obj, "getter");
    return mpy_call_one(PROP(self)->fget, obj);
}

static int property_set(MpyObject *self, MpyObject *obj, MpyObject *value)
{
    MpyObject *func = value ? PROP(self)->fset : PROP(self)->fdel;
    if (!func) {
        missing(self, obj, value ? "setter" : "deleter");
        return -1;
    }
    MpyObject *args[2] = {obj, value};
    MpyObject *res = mpy_call(func, args, value ? 2 : 1, NULL);
    if (!res)
        return -1;
    MPY_DECREF(res);
    return 0;
}

static int property_init(MpyObject *self, MpyObject *const *args, size_t nargs, MpyObject *kwnames)
{
    static const char *const kw[] = {"fget", "fset", "fdel", "doc", NULL};
    static const MpyArgSpec spec = {"property", kw, 0, 4};
    MpyObject *a[4];
    if (mpy_arg_unpack(&spec, args, nargs, kwnames, a) < 0)
        return -1;
    for (int i = 0; i < 4; i++)
        if (a[i] == MPY_NONE)
            a[i] = NULL;
    MpyPropertyObject *p = PROP(self);
    MPY_SETREF(p->fget, MPY_XNEWREF(a[0]));
    MPY_SETREF(p->fset, MPY_XNEWREF(a[1]));
    MPY_SETREF(p->fdel, MPY_XNEWREF(a[2]));
    MPY_SETREF(p->doc, MPY_XNEWREF(a[3]));
    p->getter_doc = false;
    if (!p->doc && p->fget) {
        MpyObject *doc;
        if (mpy_object_lookup_attr(p->fget, MPY_ID(__doc__), &doc) < 0)
            return -1;
        if (doc && doc != MPY_NONE) {
            p->doc = doc;
            p->getter_doc = true;
        } else {
            MPY_XDECREF(doc);
        }
    }
    return 0;
}

/* p.getter(f) / .setter(f) / .deleter(f): a copy with one function replaced. */
static MpyObject *copy_with(MpyObject *self, int which, MpyObject *func)
{
    MpyPropertyObject *p = PROP(self);
    MpyObject *parts[4] = {p->fget, p->fset, p->fdel, p->getter_doc ? NULL : p->doc};
    parts[which] = func;
    for (int i = 0; i < 4; i++)
        if (!parts[i])
            parts[i] = MPY_NONE;
    MpyObject *copy = mpy_call(MPY_CAST(MPY_TYPE(self)), parts, 4, NULL);
    if (copy && MPY_OBJECT_TYPECHECK(copy, &MpyProperty_Type))
        MPY_SETREF(PROP(copy)->name, MPY_XNEWREF(p->name));
    return copy;
}

static MpyObject *property_getter(MpyObject *self, MpyObject *f) { return copy_with(self, 0, f); }
static MpyObject *property_setter(MpyObject *self, MpyObject *f) { return copy_with(self, 1, f); }
static MpyObject *property_deleter(MpyObject *self, MpyObject *f) { return copy_with(self, 2, f); }

static MpyObject *property_set_name(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    if (nargs != 2)
        return mpy_err_format(MpyExc_TypeError, "__set_name__() takes 2 positional arguments but %zu were given", nargs);
    MPY_SETREF(PROP(self)->name, MPY_NEWREF(args[1]));
    MPY_RETURN_NONE;
}

static MpyMethodDef property_methods[] = {
    {"getter", MPY_METH(property_getter), MPY_METH_O, "Descriptor to obtain a copy of the property with a different getter."},
    {"setter", MPY_METH(property_setter), MPY_METH_O, "Descriptor to obtain a copy of the property with a different setter."},
    {"deleter", MPY_METH(property_deleter), MPY_METH_O, "Descriptor to obtain a copy of the property with a different deleter."},
    {"__set_name__", MPY_METH(property_set_name), MPY_METH_FASTCALL, "Method to set name of a property."},
    {NULL},
};

static MpyMemberDef property_members[] = {
    {"fget", MPY_T_OBJECT, offsetof(MpyPropertyObject, fget), MPY_READONLY, NULL},
    {"fset", MPY_T_OBJECT, offsetof(MpyPropertyObject, fset), MPY_READONLY, NULL},
    {"fdel", MPY_T_OBJECT, offsetof(MpyPropertyObject, fdel), MPY_READONLY, NULL},
    {"__doc__", MPY_T_OBJECT, offsetof(MpyPropertyObject, doc), 0, NULL},
    {NULL},
};

static void property_dealloc(MpyObject *self)
{
    mpy_gc_untrack(self);
    MpyPropertyObject *p = PROP(self);
    MPY_XDECREF(p->fget);
    MPY_XDECREF(p->fset);
    MPY_XDECREF(p->fdel);
    MPY_XDECREF(p->doc);
    MPY_XDECREF(p->name);
    MPY_TYPE(self)->tp_free(self);
}

static int property_traverse(MpyObject *self, mpy_visitproc visit, void *arg)
{
    MpyPropertyObject *p = PROP(self);
    MPY_VISIT(p->fget);
    MPY_VISIT(p->fset);
    MPY_VISIT(p->fdel);
    MPY_VISIT(p->doc);
    MPY_VISIT(p->name);
    return 0;
}

static int property_clear(MpyObject *self)
{
    MpyPropertyObject *p = PROP(self);
    MPY_CLEAR(p->fget);
    MPY_CLEAR(p->fset);
    MPY_CLEAR(p->fdel);
    MPY_CLEAR(p->doc);
    return 0;
}

MpyTypeObject MpyProperty_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "property",
    .tp_basicsize = sizeof(MpyPropertyObject),
    .tp_dealloc = property_dealloc,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC | MPY_TPFLAGS_BASETYPE,
    .tp_doc = "Property attribute.",
    .tp_traverse = property_traverse,
    .tp_clear = property_clear,
    .tp_methods = property_methods,
    .tp_members = property_members,
    .tp_descr_get = property_get,
    .tp_descr_set = property_set,
    .tp_init = property_init,
    .tp_new = mpy_type_generic_new,
    .tp_free = mpy_gc_del,
};
