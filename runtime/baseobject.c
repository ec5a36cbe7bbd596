/* The `object` type: the root of every class. Its __new__ and __init__ with
 * CPython's argument checks, its repr, hash and comparison, and the generic
 * attribute protocol (object.__getattribute__ / __setattr__) every type
 * uses by default. */
#include <string.h>

#include "class.h"
#include "descr.h"
#include "dict.h"
#include "errors.h"
#include "instance.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

/* ======================================================= attributes */

/* The slot holding an object's __dict__, or NULL when it has none. For
 * classes with managed attributes this materializes the dict. */
MpyObject **mpy_object_dict_ptr(MpyObject *obj)
{
    MpyTypeObject *type = MPY_TYPE(obj);
    if (type->tp_flags & MPY_TPFLAGS_MANAGED_DICT)
        return mpy_instance_dict_ptr(obj);
    if (type->tp_dictoffset)
        return (MpyObject **)((char *)obj + type->tp_dictoffset);
    return NULL;
}

static MpyObject *no_attribute(MpyObject *obj, MpyObject *name)
{
    return mpy_err_format(MpyExc_AttributeError, "'%s' object has no attribute '%U'",
                          mpy_type_short_name(MPY_TYPE(obj)), name);
}

/* CPython's _PyObject_GenericGetAttrWithDict: data descriptors of the type
 * win over the instance's attributes, which win over other class attributes.
 * With `suppress`, a missing attribute returns NULL without raising (the
 * fast path of getattr(o, n, default) and hasattr). */
MpyObject *mpy_object_generic_getattr_impl(MpyObject *obj, MpyObject *name, bool suppress)
{
    MpyTypeObject *type = MPY_TYPE(obj);
    MpyObject *descr = mpy_type_lookup(type, name);
    mpy_descrgetfunc get = NULL;
    if (descr) {
        MPY_INCREF(descr);
        get = MPY_TYPE(descr)->tp_descr_get;
        if (get && MPY_TYPE(descr)->tp_descr_set) {
            MpyObject *res = get(descr, obj, MPY_CAST(type));
            MPY_DECREF(descr);
            return res;
        }
    }
    MpyObject *value = NULL;
    if (type->tp_flags & MPY_TPFLAGS_MANAGED_DICT) {
        value = mpy_instance_get_attr(obj, name); /* borrowed */
    } else if (type->tp_dictoffset) {
        MpyObject *dict = *(MpyObject **)((char *)obj + type->tp_dictoffset);
        value = dict ? mpy_dict_get_item(dict, name) : NULL;
    }
    if (value) {
        MPY_XDECREF(descr);
        return MPY_NEWREF(value);
    }
    if (mpy_err_occurred()) {
        MPY_XDECREF(descr);
        return NULL;
    }
    if (get) {
        MpyObject *res = get(descr, obj, MPY_CAST(type));
        MPY_DECREF(descr);
        return res;
    }
    if (descr)
        return descr;
    return suppress ? NULL : no_attribute(obj, name);
}

MpyObject *mpy_object_generic_getattr(MpyObject *obj, MpyObject *name)
{
    return mpy_object_generic_getattr_impl(obj, name, false);
}

int mpy_object_generic_setattr(MpyObject *obj, MpyObject *name, MpyObject *value)
{
    MpyTypeObject *type = MPY_TYPE(obj);
    MpyObject *descr = mpy_type_lookup(type, name);
    if (descr) {
        mpy_descrsetfunc set = MPY_TYPE(descr)->tp_descr_set;
        if (set) {
            MPY_INCREF(descr);
            int res = set(descr, obj, value);
            MPY_DECREF(descr);
            return res;
        }
    }
    if (type->tp_flags & MPY_TPFLAGS_MANAGED_DICT)
        return mpy_instance_set_attr(obj, name, value);
    if (!type->tp_dictoffset) {
        if (descr || !value)
            mpy_err_format(MpyExc_AttributeError, "'%s' object attribute '%U' is read-only",
                           mpy_type_short_name(type), name);
        else
            no_attribute(obj, name);
        return -1;
    }
    MpyObject **dictptr = (MpyObject **)((char *)obj + type->tp_dictoffset);
    if (!*dictptr) {
        if (!value) {
            no_attribute(obj, name);
            return -1;
        }
        if (!(*dictptr = mpy_dict_new()))
            return -1;
    }
    if (value)
        return mpy_dict_set_item(*dictptr, name, value);
    if (mpy_dict_del_item(*dictptr, name) == 0)
        return 0;
    if (mpy_err_exception_matches(MpyExc_KeyError)) {
        mpy_err_clear();
        no_attribute(obj, name);
    }
    return -1;
}

/* ===================================================== new and init */

static bool excess_args(size_t nargs, MpyObject *kwnames)
{
    return nargs > 0 || (kwnames && MPY_SIZE(kwnames) > 0);
}

static int object_init(MpyObject *self, MpyObject *const *args, size_t nargs,
                       MpyObject *kwnames);

static MpyObject *object_new(MpyTypeObject *type, MpyObject *const *args, size_t nargs,
                             MpyObject *kwnames)
{
    if (excess_args(nargs, kwnames)) {
        if (type->tp_new != object_new)
            return mpy_err_set_string(
                MpyExc_TypeError,
                "object.__new__() takes exactly one argument (the type to instantiate)");
        if (type->tp_init == object_init)
            return mpy_err_format(MpyExc_TypeError, "%s() takes no arguments",
                                  mpy_type_qualified_name(type));
    }
    if (type->tp_flags & MPY_TPFLAGS_IS_ABSTRACT)
        return mpy_class_abstract_error(type);
    return mpy_type_generic_alloc(type, 0);
}

static int object_init(MpyObject *self, MpyObject *const *args, size_t nargs,
                       MpyObject *kwnames)
{
    MpyTypeObject *type = MPY_TYPE(self);
    if (excess_args(nargs, kwnames)) {
        if (type->tp_init != object_init) {
            mpy_err_set_string(
                MpyExc_TypeError,
                "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (type->tp_new == object_new) {
            mpy_err_format(MpyExc_TypeError,
                           "%s.__init__() takes exactly one argument (the instance to initialize)",
                           mpy_type_qualified_name(type));
            return -1;
        }
    }
    return 0;
}

/* ====================================================== repr, hash */

static MpyObject *object_repr(MpyObject *self)
{
    MpyTypeObject *type = MPY_TYPE(self);
    MpyObject *module = NULL, *qualname = NULL, *res;
    if (type->tp_flags & MPY_TPFLAGS_HEAPTYPE) {
        module = mpy_dict_get_item(type->tp_dict, MPY_ID(__module__));
        qualname = ((MpyHeapTypeObject *)type)->ht_qualname;
    }
    if (module && MPY_STR_CHECK(module) && !mpy_str_equal_cstr(module, "builtins") && qualname)
        res = mpy_str_from_format("<%U.%U object at %p>", module, qualname, (void *)self);
    else if (qualname)
        res = mpy_str_from_format("<%U object at %p>", qualname, (void *)self);
    else
        res = mpy_str_from_format("<%s object at %p>", type->tp_name, (void *)self);
    return res;
}

static MpyObject *object_str(MpyObject *self)
{
    mpy_reprfunc repr = MPY_TYPE(self)->tp_repr;
    return repr ? repr(self) : object_repr(self);
}

/* CPython's _Py_HashPointer: the address rotated by 4 bits, since the low
 * bits of aligned addresses are always 0. */
mpy_hash_t mpy_hash_pointer(const void *p)
{
    uintptr_t y = (uintptr_t)p;
    y = (y >> 4) | (y << (8 * sizeof(uintptr_t) - 4));
    mpy_hash_t h = (mpy_hash_t)y;
    return h == -1 ? -2 : h;
}

static mpy_hash_t object_hash(MpyObject *self) { return mpy_hash_pointer(self); }

static MpyObject *object_richcompare(MpyObject *self, MpyObject *other, int op)
{
    switch (op) {
    case MPY_EQ:
        return MPY_NEWREF(self == other ? MPY_TRUE : MPY_NOTIMPLEMENTED);
    case MPY_NE: {
        /* != is the inverse of __eq__ unless __eq__ declines. */
        mpy_richcmpfunc cmp = MPY_TYPE(self)->tp_richcompare;
        if (!cmp)
            return MPY_NEWREF(MPY_NOTIMPLEMENTED);
        MpyObject *res = cmp(self, other, MPY_EQ);
        if (res && res != MPY_NOTIMPLEMENTED) {
            int truth = mpy_object_is_true(res);
            MPY_DECREF(res);
            return truth < 0 ? NULL : mpy_bool_from_long(!truth);
        }
        return res;
    }
    default:
        return MPY_NEWREF(MPY_NOTIMPLEMENTED);
    }
}

/* =========================================================== methods */

static MpyObject *object_get_class(MpyObject *self, void *c) { return MPY_NEWREF(MPY_TYPE(self)); }

static MpyObject *object_format(MpyObject *self, MpyObject *spec)
{
    if (!MPY_STR_CHECK(spec))
        return mpy_err_format(MpyExc_TypeError, "format() argument 2 must be str, not %T", spec);
    if (MPY_STR_LEN(spec) > 0)
        return mpy_err_format(MpyExc_TypeError, "unsupported format string passed to %s.__format__",
                              mpy_type_short_name(MPY_TYPE(self)));
    return mpy_object_str(self);
}

static MpyObject *object_sizeof(MpyObject *self, MpyObject *unused)
{
    MpyTypeObject *type = MPY_TYPE(self);
    ssize_t size = type->tp_basicsize;
    if (type->tp_itemsize)
        size += type->tp_itemsize * MPY_SIZE(self);
    return mpy_int_from_ssize(size);
}

static MpyObject *object_dir(MpyObject *self, MpyObject *unused)
{
    return mpy_object_default_dir(self);
}

/* object.__init_subclass__ accepts nothing; the messages name the class
 * by its qualified name when called through a class statement. */
static MpyObject *object_init_subclass(MpyObject *cls, MpyObject *const *args, size_t nargs,
                                       MpyObject *kwnames)
{
    if (nargs)
        return mpy_err_format(MpyExc_TypeError, "object.__init_subclass__() takes no arguments (%zu given)",
                              nargs);
    if (kwnames && MPY_SIZE(kwnames)) {
        MpyTypeObject *type = (MpyTypeObject *)cls;
        if (type->tp_flags & MPY_TPFLAGS_HEAPTYPE)
            return mpy_err_format(MpyExc_TypeError, "%U.__init_subclass__() takes no keyword arguments",
                                  ((MpyHeapTypeObject *)type)->ht_qualname);
        return mpy_err_format(MpyExc_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                              mpy_type_short_name(type));
    }
    MPY_RETURN_NONE;
}

/* object.__reduce__/__reduce_ex__: minipy has no pickle, so these only
 * describe the object as (class, (), state) for code that inspects them. */
static MpyObject *object_reduce(MpyObject *self, MpyObject *unused)
{
    MpyObject **dictptr = mpy_object_dict_ptr(self);
    MpyObject *state = dictptr && *dictptr && MPY_DICT_SIZE(*dictptr) ? *dictptr : MPY_NONE;
    MpyObject *empty = mpy_tuple_new(0);
    MpyObject *res = empty ? mpy_tuple_pack(3, MPY_TYPE(self), empty, state) : NULL;
    MPY_XDECREF(empty);
    return res;
}

static MpyObject *object_reduce_ex(MpyObject *self, MpyObject *protocol)
{
    MpyObject *reduce = mpy_type_lookup(MPY_TYPE(self), mpy_str_intern_cstr("__reduce__"));
    if (reduce && !(MPY_TYPE(reduce) == &MpyMethodDescr_Type &&
                    ((MpyDescrObject *)reduce)->d_u.method->ml_meth == MPY_METH(object_reduce)))
        return mpy_call_method(self, "__reduce__", NULL, 0);
    return object_reduce(self, NULL);
}

static MpyObject *object_subclasshook(MpyObject *cls, MpyObject *const *args, size_t nargs)
{
    return MPY_NEWREF(MPY_NOTIMPLEMENTED);
}

static MpyMethodDef object_methods[] = {
    {"__format__", MPY_METH(object_format), MPY_METH_O, "Default object formatter."},
    {"__sizeof__", MPY_METH(object_sizeof), MPY_METH_NOARGS,
     "Size of object in memory, in bytes."},
    {"__dir__", MPY_METH(object_dir), MPY_METH_NOARGS, "Default dir() implementation."},
    {"__reduce__", MPY_METH(object_reduce), MPY_METH_NOARGS, "Helper for pickle."},
    {"__reduce_ex__", MPY_METH(object_reduce_ex), MPY_METH_O, "Helper for pickle."},
    {"__init_subclass__", MPY_METH(object_init_subclass),
     MPY_METH_FASTCALL | MPY_METH_KEYWORDS | MPY_METH_CLASS,
     "This method is called when a class is subclassed."},
    {"__subclasshook__", MPY_METH(object_subclasshook), MPY_METH_FASTCALL | MPY_METH_CLASS,
     "Abstract classes can override this to customize issubclass()."},
    {NULL},
};

static MpyGetSetDef object_getset[] = {
    {"__class__", object_get_class, mpy_instance_set_class, NULL, NULL},
    {NULL},
};

static void object_dealloc(MpyObject *self) { MPY_TYPE(self)->tp_free(self); }

MpyTypeObject MpyBaseObject_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "object",
    .tp_basicsize = sizeof(MpyObject),
    .tp_dealloc = object_dealloc,
    .tp_repr = object_repr,
    .tp_hash = object_hash,
    .tp_str = object_str,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_setattro = mpy_object_generic_setattr,
    .tp_flags = MPY_TPFLAGS_BASETYPE,
    .tp_doc = "The base class of the class hierarchy.\n\n"
              "When called, it accepts no arguments and returns a new featureless\n"
              "instance that has no instance attributes and cannot be given any.\n",
    .tp_richcompare = object_richcompare,
    .tp_methods = object_methods,
    .tp_getset = object_getset,
    .tp_init = object_init,
    .tp_new = object_new,
    .tp_free = mpy_object_free,
};
