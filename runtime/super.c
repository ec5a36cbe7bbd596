/* super: attribute lookup that starts after a given class in an object's
 * mro. super() with no arguments finds the class in the method's __class__
 * cell and the object in its first argument. */
#include "super.h"

#include <string.h>

#include "code.h"
#include "dict.h"
#include "errors.h"
#include "frame.h"
#include "function.h"
#include "gc.h"
#include "interp.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

typedef struct {
    MPY_OBJECT_HEAD;
    MpyTypeObject *type;     /* the class named in super(type, obj) */
    MpyObject *obj;          /* the instance (or class) bound to */
    MpyTypeObject *obj_type; /* the class whose mro is searched */
} MpySuperObject;

#define SUPER(op) ((MpySuperObject *)(op))

/* The class whose mro super() searches: type(obj), or obj itself when it
 * is a subclass. */
static MpyTypeObject *supercheck(MpyTypeObject *type, MpyObject *obj)
{
    if (MPY_TYPE_HAS_FEATURE(MPY_TYPE(obj), MPY_TPFLAGS_TYPE_SUBCLASS) &&
        mpy_type_is_subtype((MpyTypeObject *)obj, type))
        return (MpyTypeObject *)obj;
    if (mpy_type_is_subtype(MPY_TYPE(obj), type))
        return MPY_TYPE(obj);
    /* obj.__class__ may differ (proxies) */
    MpyObject *cls;
    if (mpy_object_lookup_attr(obj, MPY_ID(__class__), &cls) > 0) {
        MpyTypeObject *res = NULL;
        if (MPY_TYPE_HAS_FEATURE(MPY_TYPE(cls), MPY_TPFLAGS_TYPE_SUBCLASS) && cls != MPY_CAST(MPY_TYPE(obj)) &&
            mpy_type_is_subtype((MpyTypeObject *)cls, type))
            res = (MpyTypeObject *)cls;
        MPY_DECREF(cls);
        if (res)
            return res;
    }
    mpy_err_clear();
    mpy_err_set_string(MpyExc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

/* super() inside a method: the __class__ cell and the first argument. */
static int super_without_args(MpyTypeObject **type, MpyObject **obj)
{
    MpyFrame *f = mpy_interp.frame;
    if (!f || !(f->f_code->co_flags & MPY_CO_OPTIMIZED)) {
        mpy_err_set_string(MpyExc_RuntimeError, "super(): no arguments");
        return -1;
    }
    MpyCodeObject *co = f->f_code;
    if (co->co_argcount == 0) {
        mpy_err_set_string(MpyExc_RuntimeError, "super(): no arguments");
        return -1;
    }
    MpyObject *first = f->localsplus[0];
    if (first && (co->co_localspluskinds[0] & MPY_FAST_CELL) && MPY_TYPE(first) == &MpyCell_Type &&
        mpy_frame_lasti(f) >= 0)
        first = MPY_CELL_GET(first);
    if (!first) {
        mpy_err_set_string(MpyExc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    for (int i = co->co_nlocalsplus - co->co_nfreevars; i < co->co_nlocalsplus; i++) {
        MpyObject *name = MPY_TUPLE_GET(co->co_localsplusnames, i);
        if (!mpy_str_equal_cstr(name, "__class__"))
            continue;
        MpyObject *cell = f->localsplus[i];
        MpyObject *cls = cell ? MPY_CELL_GET(cell) : NULL;
        if (!cls) {
            mpy_err_set_string(MpyExc_RuntimeError, "super(): empty __class__ cell");
            return -1;
        }
        if (!MPY_TYPE_HAS_FEATURE(MPY_TYPE(cls), MPY_TPFLAGS_TYPE_SUBCLASS)) {
            mpy_err_format(MpyExc_RuntimeError, "super(): __class__ is not a type (%s)",
                           mpy_type_short_name(MPY_TYPE(cls)));
            return -1;
        }
        *type = (MpyTypeObject *)cls;
        *obj = first;
        return 0;
    }
    mpy_err_set_string(MpyExc_RuntimeError, "super(): __class__ cell not found");
    return -1;
}

static int super_init(MpyObject *self, MpyObject *const *args, size_t nargs, MpyObject *kwnames)
{
    if (kwnames && MPY_SIZE(kwnames)) {
        mpy_err_set_string(MpyExc_TypeError, "super() takes no keyword arguments");
        return -1;
    }
    if (nargs > 2) {
        mpy_err_format(MpyExc_TypeError, "super() takes at most 2 arguments (%zu given)", nargs);
        return -1;
    }
    MpyTypeObject *type;
    MpyObject *obj = NULL;
    if (nargs == 0) {
        if (super_without_args(&type, &obj) < 0)
            return -1;
    } else {
        if (!MPY_TYPE_HAS_FEATURE(MPY_TYPE(args[0]), MPY_TPFLAGS_TYPE_SUBCLASS)) {
            mpy_err_format(MpyExc_TypeError, "super() argument 1 must be a type, not %s",
                           mpy_type_short_name(MPY_TYPE(args[0])));
            return -1;
        }
        type = (MpyTypeObject *)args[0];
        obj = nargs == 2 && args[1] != MPY_NONE ? args[1] : NULL;
    }
    MpyTypeObject *obj_type = NULL;
    if (obj && !(obj_type = supercheck(type, obj)))
        return -1;
    MpySuperObject *su = SUPER(self);
    MPY_SETREF(su->type, (MpyTypeObject *)MPY_NEWREF(type));
    MPY_SETREF(su->obj, MPY_XNEWREF(obj));
    MPY_SETREF(su->obj_type, (MpyTypeObject *)MPY_XNEWREF(obj_type));
    return 0;
}

/* Looks name up in the mro of obj_type, after `type`. */
static MpyObject *super_getattro(MpyObject *self, MpyObject *name)
{
    MpySuperObject *su = SUPER(self);
    MpyTypeObject *start = su->obj_type;
    if (start && !mpy_str_equal_cstr(name, "__class__")) {
        MpyObject *mro = start->tp_mro;
        ssize_t n = mro ? MPY_SIZE(mro) : 0, i = 0;
        while (i + 1 < n && MPY_TUPLE_GET(mro, i) != MPY_CAST(su->type))
            i++;
        for (i++; i < n; i++) {
            MpyObject *dict = mpy_type_dict((MpyTypeObject *)MPY_TUPLE_GET(mro, i));
            if (!dict)
                return NULL;
            MpyObject *res = mpy_dict_get_item(dict, name);
            if (!res)
                continue;
            mpy_descrgetfunc get = MPY_TYPE(res)->tp_descr_get;
            if (!get)
                return MPY_NEWREF(res);
            MPY_INCREF(res);
            MpyObject *bound = get(res, su->obj == MPY_CAST(start) ? NULL : su->obj, MPY_CAST(start));
            MPY_DECREF(res);
            return bound;
        }
    }
    return mpy_object_generic_getattr(self, name);
}

static MpyObject *super_descr_get(MpyObject *self, MpyObject *obj, MpyObject *type)
{
    MpySuperObject *su = SUPER(self);
    if (!obj || obj == MPY_NONE || su->obj)
        return MPY_NEWREF(self);
    MpyObject *args[2] = {MPY_CAST(su->type), obj};
    return mpy_call(MPY_CAST(MPY_TYPE(self)), args, 2, NULL);
}

static MpyObject *super_repr(MpyObject *self)
{
    MpySuperObject *su = SUPER(self);
    if (su->obj_type)
        return mpy_str_from_format("<super: <class '%s'>, <%s object>>",
                                   su->type ? su->type->tp_name : "NULL", su->obj_type->tp_name);
    return mpy_str_from_format("<super: <class '%s'>, NULL>", su->type ? su->type->tp_name : "NULL");
}

static void super_dealloc(MpyObject *self)
{
    mpy_gc_untrack(self);
    MPY_XDECREF(SUPER(self)->type);
    MPY_XDECREF(SUPER(self)->obj);
    MPY_XDECREF(SUPER(self)->obj_type);
    MPY_TYPE(self)->tp_free(self);
}

static int super_traverse(MpyObject *self, mpy_visitproc visit, void *arg)
{
    MPY_VISIT(SUPER(self)->type);
    MPY_VISIT(SUPER(self)->obj);
    MPY_VISIT(SUPER(self)->obj_type);
    return 0;
}

static MpyObject *super_get_thisclass(MpyObject *self, void *c) { return MPY_NEWREF(SUPER(self)->type); }
static MpyObject *super_get_self(MpyObject *self, void *c) { MpyObject *o = SUPER(self)->obj; return MPY_NEWREF(o ? o : MPY_NONE); }
static MpyObject *super_get_self_class(MpyObject *self, void *c) { MpyObject *o = MPY_CAST(SUPER(self)->obj_type); return MPY_NEWREF(o ? o : MPY_NONE); }

static MpyGetSetDef super_getset[] = {
    {"__thisclass__", super_get_thisclass, NULL, "the class invoking super()", NULL},
    {"__self__", super_get_self, NULL, "the instance invoking super(); may be None", NULL},
    {"__self_class__", super_get_self_class, NULL, "the type of the instance invoking super(); may be None", NULL},
    {NULL},
};

MpyTypeObject MpySuper_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "super",
    .tp_basicsize = sizeof(MpySuperObject),
    .tp_dealloc = super_dealloc,
    .tp_repr = super_repr,
    .tp_getattro = super_getattro,
    .tp_flags = MPY_TPFLAGS_HAVE_GC | MPY_TPFLAGS_BASETYPE,
    .tp_doc = "super() -> same as super(__class__, <first argument>)\n"
              "super(type) -> unbound super object\n"
              "super(type, obj) -> bound super object; requires isinstance(obj, type)\n"
              "super(type, type2) -> bound super object; requires issubclass(type2, type)",
    .tp_traverse = super_traverse,
    .tp_getset = super_getset,
    .tp_descr_get = super_descr_get,
    .tp_init = super_init,
    .tp_new = mpy_type_generic_new,
    .tp_free = mpy_gc_del,
};
