/* staticmethod and classmethod: descriptors that change how a function in a
 * class namespace binds (not at all, or to the class). */
#include "descr.h"
#include "dict.h"
#include "errors.h"
#include "function.h"
#include "gc.h"
#include "int.h"
#include "str.h"
#include "type.h"

typedef struct {
    MPY_OBJECT_HEAD;
    MpyObject *cm_callable;
    MpyObject *cm_dict;
} MpyClassMethodObject;

#define CM(op) ((MpyClassMethodObject *)(op))

/* Since 3.10 the wrapper takes __module__, __name__, __qualname__,
 * __doc__ and __annotations__ from the function, and __wrapped__. */
static int copy_function_attributes(MpyClassMethodObject *cm, MpyObject *callable)
{
    static const char *const names[] = {"__module__", "__name__", "__qualname__", "__doc__",
                                        "__annotations__"};
    if (!cm->cm_dict && !(cm->cm_dict = mpy_dict_new()))
        return -1;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        MpyObject *value;
        int found = mpy_object_lookup_attr(callable, mpy_str_intern_cstr(names[i]), &value);
        if (found < 0)
            return -1;
        if (found) {
            int err = mpy_dict_set_item_str(cm->cm_dict, names[i], value);
            MPY_DECREF(value);
            if (err < 0)
                return -1;
        }
    }
    return mpy_dict_set_item_str(cm->cm_dict, "__wrapped__", callable);
}

static MpyObject *wrap_callable(MpyTypeObject *type, MpyObject *callable)
{
    MpyClassMethodObject *cm = (MpyClassMethodObject *)mpy_type_generic_alloc(type, 0);
    if (!cm)
        return NULL;
    cm->cm_callable = MPY_NEWREF(callable);
    if (copy_function_attributes(cm, callable) < 0) {
        MPY_DECREF(cm);
        return NULL;
    }
    return MPY_CAST(cm);
}

MpyObject *mpy_staticmethod_new(MpyObject *callable) { return wrap_callable(&MpyStaticMethod_Type, callable); }
MpyObject *mpy_classmethod_new(MpyObject *callable) { return wrap_callable(&MpyClassMethod_Type, callable); }

static int cm_init(MpyObject *self, MpyObject *const *args, size_t nargs, MpyObject *kwnames)
{
    const char *name = mpy_type_short_name(MPY_TYPE(self));
    if (kwnames && MPY_SIZE(kwnames)) {
        mpy_err_format(MpyExc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 1) {
        mpy_err_format(MpyExc_TypeError, "%s expected 1 argument, got %zu", name, nargs);
        return -1;
    }
    MPY_SETREF(CM(self)->cm_callable, MPY_NEWREF(args[0]));
    return copy_function_attributes(CM(self), args[0]);
}

static void cm_dealloc(MpyObject *op)
{
    mpy_gc_untrack(op);
    MPY_XDECREF(CM(op)->cm_callable);
    MPY_XDECREF(CM(op)->cm_dict);
    MPY_TYPE(op)->tp_free(op);
}

static int cm_traverse(MpyObject *op, mpy_visitproc visit, void *arg)
{
    MPY_VISIT(CM(op)->cm_callable);
    MPY_VISIT(CM(op)->cm_dict);
    return 0;
}

static int cm_clear(MpyObject *op)
{
    MPY_CLEAR(CM(op)->cm_callable);
    MPY_CLEAR(CM(op)->cm_dict);
    return 0;
}

static MpyObject *sm_get(MpyObject *self, MpyObject *obj, MpyObject *type)
{
    return MPY_NEWREF(CM(self)->cm_callable);
}

static MpyObject *sm_call(MpyObject *self, MpyObject *const *args, size_t nargs, MpyObject *kwnames)
{
    return mpy_call(CM(self)->cm_callable, args, nargs, kwnames);
}

static MpyObject *cm_get(MpyObject *self, MpyObject *obj, MpyObject *type)
{
    if (!type)
        type = MPY_CAST(MPY_TYPE(obj));
    MpyObject *callable = CM(self)->cm_callable;
    /* A classmethod of a descriptor binds through it (3.9+), e.g. a property. */
    mpy_descrgetfunc get = MPY_TYPE(callable)->tp_descr_get;
    if (get && MPY_TYPE(callable) != &MpyStaticMethod_Type &&
        MPY_TYPE(callable) != &MpyClassMethod_Type && !mpy_is_function(callable))
        return get(callable, type, type);
    return mpy_method_new(callable, type);
}

static MpyObject *get_func(MpyObject *op, void *c) { return MPY_NEWREF(CM(op)->cm_callable); }

static MpyObject *get_dict(MpyObject *op, void *c)
{
    if (!CM(op)->cm_dict && !(CM(op)->cm_dict = mpy_dict_new()))
        return NULL;
    return MPY_NEWREF(CM(op)->cm_dict);
}

static MpyObject *get_isabstract(MpyObject *op, void *c)
{
    MpyObject *v;
    int found = mpy_object_lookup_attr(CM(op)->cm_callable,
                                       mpy_str_intern_cstr("__isabstractmethod__"), &v);
    if (found < 0)
        return NULL;
    if (!found)
        return MPY_NEWREF(MPY_FALSE);
    return v;
}

static MpyGetSetDef cm_getset[] = {
    {"__func__", get_func, NULL, NULL, NULL},
    {"__dict__", get_dict, NULL, NULL, NULL},
    {"__isabstractmethod__", get_isabstract, NULL, NULL, NULL},
    {NULL},
};

static MpyObject *sm_repr(MpyObject *op) { return mpy_str_from_format("<staticmethod(%R)>", CM(op)->cm_callable); }
static MpyObject *cm_repr(MpyObject *op) { return mpy_str_from_format("<classmethod(%R)>", CM(op)->cm_callable); }

MpyTypeObject MpyStaticMethod_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "staticmethod",
    .tp_basicsize = sizeof(MpyClassMethodObject),
    .tp_dealloc = cm_dealloc,
    .tp_repr = sm_repr,
    .tp_call = sm_call,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_setattro = mpy_object_generic_setattr,
    .tp_flags = MPY_TPFLAGS_BASETYPE | MPY_TPFLAGS_HAVE_GC,
    .tp_traverse = cm_traverse,
    .tp_clear = cm_clear,
    .tp_getset = cm_getset,
    .tp_descr_get = sm_get,
    .tp_dictoffset = offsetof(MpyClassMethodObject, cm_dict),
    .tp_init = cm_init,
    .tp_new = mpy_type_generic_new,
    .tp_free = mpy_gc_del,
};

MpyTypeObject MpyClassMethod_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "classmethod",
    .tp_basicsize = sizeof(MpyClassMethodObject),
    .tp_dealloc = cm_dealloc,
    .tp_repr = cm_repr,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_setattro = mpy_object_generic_setattr,
    .tp_flags = MPY_TPFLAGS_BASETYPE | MPY_TPFLAGS_HAVE_GC,
    .tp_traverse = cm_traverse,
    .tp_clear = cm_clear,
    .tp_getset = cm_getset,
    .tp_descr_get = cm_get,
    .tp_dictoffset = offsetof(MpyClassMethodObject, cm_dict),
    .tp_init = cm_init,
    .tp_new = mpy_type_generic_new,
    .tp_free = mpy_gc_del,
};
