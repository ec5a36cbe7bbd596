/* Classes: type.__new__ (the class statement and type(name, bases, dict)
 * end here), __build_class__, the life of heap types (traverse, clear,
 * dealloc, repr, attribute assignment that keeps slots in step), and the
 * life of their instances (subtype dealloc/traverse/clear, __del__). */
#include "class.h"

#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "descr.h"
#include "dict.h"
#include "errors.h"
#include "exceptions.h"
#include "eval.h"
#include "function.h"
#include "gc.h"
#include "instance.h"
#include "int.h"
#include "interp.h"
#include "list.h"
#include "slots.h"
#include "str.h"
#include "tuple.h"
#include "type.h"
#include "weakref.h"

#define HT(t) ((MpyHeapTypeObject *)(t))

/* ================================================== instances of classes */

/* The __slots__ members a class adds: member descriptors with
 * MPY_T_OBJECT_EX at offsets past its base's size. */
static void visit_or_clear_slots(MpyObject *self, MpyTypeObject *type, mpy_visitproc visit,
                                 void *arg, int *result)
{
    for (MpyTypeObject *t = type; t && (t->tp_flags & MPY_TPFLAGS_HEAPTYPE); t = t->tp_base) {
        MpyObject *slots = HT(t)->ht_slots;
        if (!slots)
            continue;
        ssize_t base_size = t->tp_base->tp_basicsize;
        for (ssize_t i = 0; i < MPY_SIZE(slots); i++) {
            MpyObject **slot = (MpyObject **)((char *)self + base_size + i * (ssize_t)sizeof(MpyObject *));
            if (visit) {
                if (*slot && (*result = visit(*slot, arg)) != 0)
                    return;
            } else {
                MPY_CLEAR(*slot);
            }
        }
    }
}

/* The most derived type in the chain whose slot differs from the class's
 * own: the built-in part of the instance (list, dict, object...). */
static MpyTypeObject *builtin_base(MpyTypeObject *type)
{
    MpyTypeObject *base = type;
    while (base->tp_flags & MPY_TPFLAGS_HEAPTYPE)
        base = base->tp_base;
    return base;
}

static int subtype_traverse(MpyObject *self, mpy_visitproc visit, void *arg)
{
    MpyTypeObject *type = MPY_TYPE(self);
    int result = 0;
    visit_or_clear_slots(self, type, visit, arg, &result);
    if (result)
        return result;
    if (type->tp_flags & MPY_TPFLAGS_MANAGED_DICT) {
        int r = mpy_instance_traverse(self, visit, arg);
        if (r)
            return r;
    } else if (type->tp_dictoffset && !(builtin_base(type)->tp_dictoffset)) {
        MPY_VISIT(*(MpyObject **)((char *)self + type->tp_dictoffset));
    }
    /* Instances of classes own a reference to their class. */
    MPY_VISIT(MPY_CAST(type));
    mpy_traverseproc base_traverse = builtin_base(type)->tp_traverse;
    return base_traverse ? base_traverse(self, visit, arg) : 0;
}

static int subtype_clear(MpyObject *self)
{
    MpyTypeObject *type = MPY_TYPE(self);
    visit_or_clear_slots(self, type, NULL, NULL, NULL);
    if (type->tp_flags & MPY_TPFLAGS_MANAGED_DICT)
        mpy_instance_clear(self);
    else if (type->tp_dictoffset && !(builtin_base(type)->tp_dictoffset))
        MPY_CLEAR(*(MpyObject **)((char *)self + type->tp_dictoffset));
    mpy_inquiry base_clear = builtin_base(type)->tp_clear;
    return base_clear ? base_clear(self) : 0;
}

/* CPython's subtype_dealloc: __del__ first (it may resurrect), then weak
 * references, the class's own storage, and finally the built-in base's
 * dealloc; the class loses the reference its instance held. */
static void subtype_dealloc(MpyObject *self)
{
    MpyTypeObject *type = MPY_TYPE(self);
    mpy_gc_untrack(self);
    if (type->tp_finalize) {
        mpy_gc_track(self);
        if (mpy_object_call_finalizer_from_dealloc(self) < 0)
            return; /* resurrected */
        mpy_gc_untrack(self);
    }
    if (type->tp_weaklistoffset && !builtin_base(type)->tp_weaklistoffset)
        mpy_weakref_clear_refs(self, *(MpyObject **)((char *)self + type->tp_weaklistoffset));
    visit_or_clear_slots(self, type, NULL, NULL, NULL);
    if (type->tp_flags & MPY_TPFLAGS_MANAGED_DICT)
        mpy_instance_clear(self);
    else if (type->tp_dictoffset && !builtin_base(type)->tp_dictoffset)
        MPY_CLEAR(*(MpyObject **)((char *)self + type->tp_dictoffset));
    MpyTypeObject *base = builtin_base(type);
    /* The base's dealloc frees the memory through type->tp_free; keep the
     * class alive until then. */
    if (base->tp_flags & MPY_TPFLAGS_HAVE_GC)
        mpy_gc_track(self); /* base deallocs untrack first */
    base->tp_dealloc(self);
    MPY_DECREF(type);
}

/* ================================================= building a class */

/* The metaclass of a class with these bases: the most derived of `meta`
 * and the bases' metaclasses (CPython's _PyType_CalculateMetaclass). */
static MpyTypeObject *calculate_metaclass(MpyTypeObject *meta, MpyObject *bases)
{
    MpyTypeObject *winner = meta;
    for (ssize_t i = 0; i < MPY_SIZE(bases); i++) {
        MpyTypeObject *t = MPY_TYPE(MPY_TUPLE_GET(bases, i));
        if (mpy_type_is_subtype(winner, t))
            continue;
        if (mpy_type_is_subtype(t, winner)) {
            winner = t;
            continue;
        }
        mpy_err_set_string(MpyExc_TypeError,
                           "metaclass conflict: the metaclass of a derived class must be a "
                           "(non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

/* The instance size a type adds beyond what its base has: two types are
 * layout-compatible when one's "solid base" derives from the other's. */
static MpyTypeObject *solid_base(MpyTypeObject *type)
{
    MpyTypeObject *base = type->tp_base ? solid_base(type->tp_base) : &MpyBaseObject_Type;
    bool extra = type->tp_basicsize != base->tp_basicsize || type->tp_itemsize != base->tp_itemsize;
    if (type->tp_flags & MPY_TPFLAGS_HEAPTYPE) {
        /* Only __slots__ make a class's layout its own. */
        extra = HT(type)->ht_slots && MPY_SIZE(HT(type)->ht_slots) > 0;
    }
    return extra ? type : base;
}

static MpyTypeObject *best_base(MpyObject *bases)
{
    MpyTypeObject *base = NULL, *winner = NULL;
    for (ssize_t i = 0; i < MPY_SIZE(bases); i++)
        for (ssize_t j = 0; j < i; j++)
            if (MPY_TUPLE_GET(bases, i) == MPY_TUPLE_GET(bases, j)) {
                MpyObject *b = MPY_TUPLE_GET(bases, i);
                mpy_err_format(MpyExc_TypeError, "duplicate base class %s",
                               MPY_TYPE_HAS_FEATURE(MPY_TYPE(b), MPY_TPFLAGS_TYPE_SUBCLASS)
                                   ? ((MpyTypeObject *)b)->tp_name : "?");
                return NULL;
            }
    for (ssize_t i = 0; i < MPY_SIZE(bases); i++) {
        MpyObject *b = MPY_TUPLE_GET(bases, i);
        if (!MPY_TYPE_HAS_FEATURE(MPY_TYPE(b), MPY_TPFLAGS_TYPE_SUBCLASS)) {
            mpy_err_set_string(MpyExc_TypeError, "bases must be types");
            return NULL;
        }
        MpyTypeObject *bt = (MpyTypeObject *)b;
        if (!(bt->tp_flags & MPY_TPFLAGS_BASETYPE)) {
            mpy_err_format(MpyExc_TypeError, "type '%s' is not an acceptable base type",
                           mpy_type_qualified_name(bt));
            return NULL;
        }
        MpyTypeObject *candidate = solid_base(bt);
        if (!winner) {
            winner = candidate;
            base = bt;
        } else if (mpy_type_is_subtype(winner, candidate)) {
            ;
        } else if (mpy_type_is_subtype(candidate, winner)) {
            winner = candidate;
            base = bt;
        } else {
            mpy_err_set_string(MpyExc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

/* __slots__: a str or an iterable of identifiers; '__dict__' and
 * '__weakref__' ask for those instead of adding a member. */
static int parse_slots(MpyObject *slots_value, MpyObject **names, bool *want_dict, bool *want_weak)
{
    MpyObject *seq = MPY_STR_CHECK(slots_value) ? mpy_tuple_pack(1, slots_value)
                                                : mpy_tuple_from_iterable(slots_value);
    if (!seq)
        return -1;
    MpyObject *list = mpy_list_new(0);
    if (!list) {
        MPY_DECREF(seq);
        return -1;
    }
    for (ssize_t i = 0; i < MPY_SIZE(seq); i++) {
        MpyObject *n = MPY_TUPLE_GET(seq, i);
        if (!MPY_STR_CHECK(n)) {
            mpy_err_format(MpyExc_TypeError, "__slots__ items must be strings, not '%s'",
                           mpy_type_short_name(MPY_TYPE(n)));
            goto fail;
        }
        MpyObject *ok = mpy_call_method(n, "isidentifier", NULL, 0);
        if (!ok)
            goto fail;
        bool valid = ok == MPY_TRUE;
        MPY_DECREF(ok);
        if (!valid) {
            mpy_err_set_string(MpyExc_TypeError, "__slots__ must be identifiers");
            goto fail;
        }
        if (mpy_str_equal_cstr(n, "__dict__")) {
            if (*want_dict) {
                mpy_err_set_string(MpyExc_TypeError, "__dict__ slot disallowed: we already got one");
                goto fail;
            }
            *want_dict = true;
        } else if (mpy_str_equal_cstr(n, "__weakref__")) {
            if (*want_weak) {
                mpy_err_set_string(MpyExc_TypeError,
                                   "__weakref__ slot disallowed: either we already got one, or "
                                   "__itemsize__ != 0");
                goto fail;
            }
            *want_weak = true;
        } else {
            MpyObject *interned = MPY_NEWREF(n);
            mpy_str_intern_in_place(&interned);
            int err = mpy_list_append(list, interned);
            MPY_DECREF(interned);
            if (err < 0)
                goto fail;
        }
    }
    MPY_DECREF(seq);
    *names = mpy_list_as_tuple(list);
    MPY_DECREF(list);
    return *names ? 0 : -1;
fail:
    MPY_DECREF(seq);
    MPY_DECREF(list);
    return -1;
}

static MpyObject *subtype_get_dict(MpyObject *self, void *c)
{
    MpyObject **slot = mpy_object_dict_ptr(self);
    if (!slot)
        return mpy_err_set_string(MpyExc_AttributeError, "This object has no __dict__");
    if (!*slot && !(*slot = mpy_dict_new()))
        return NULL;
    return MPY_NEWREF(*slot);
}

static int subtype_set_dict(MpyObject *self, MpyObject *value, void *c)
{
    MpyObject **slot = mpy_object_dict_ptr(self);
    if (!slot) {
        mpy_err_set_string(MpyExc_AttributeError, "This object has no __dict__");
        return -1;
    }
    if (value && !MPY_DICT_CHECK(value)) {
        mpy_err_format(MpyExc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                       mpy_type_short_name(MPY_TYPE(value)));
        return -1;
    }
    MPY_SETREF(*slot, MPY_XNEWREF(value));
    return 0;
}

static MpyObject *subtype_get_weakref(MpyObject *self, void *c)
{
    MpyTypeObject *type = MPY_TYPE(self);
    MpyObject *w = type->tp_weaklistoffset ? *(MpyObject **)((char *)self + type->tp_weaklistoffset)
                                           : NULL;
    return MPY_NEWREF(w ? w : MPY_NONE);
}

static MpyGetSetDef subtype_getset_dict = {"__dict__", subtype_get_dict, subtype_set_dict,
                                           "dictionary for instance variables (if defined)", NULL};
static MpyGetSetDef subtype_getset_weakref = {"__weakref__", subtype_get_weakref, NULL,
                                              "list of weak references to the object (if defined)",
                                              NULL};

/* The namespace of the new class: a copy of the class body's dict with
 * __new__, __init_subclass__ and __class_getitem__ made static/class
 * methods, __hash__ = None when __eq__ alone is defined, and __module__
 * filled from the calling frame's globals. */
static int prepare_namespace(MpyTypeObject *type, MpyObject *dict)
{
    MpyObject *d = type->tp_dict;
    if (!mpy_dict_get_item(d, MPY_ID(__module__))) {
        MpyObject *globals = mpy_eval_get_globals();
        MpyObject *modname = globals ? mpy_dict_get_item(globals, MPY_ID(__name__)) : NULL;
        if (modname && mpy_dict_set_item(d, MPY_ID(__module__), modname) < 0)
            return -1;
    }
    MpyObject *newfn = mpy_dict_get_item(d, MPY_ID(__new__));
    if (newfn && mpy_is_function(newfn)) {
        MpyObject *sm = mpy_staticmethod_new(newfn);
        if (!sm || mpy_dict_set_item(d, MPY_ID(__new__), sm) < 0) {
            MPY_XDECREF(sm);
            return -1;
        }
        MPY_DECREF(sm);
    }
    const char *as_classmethod[] = {"__init_subclass__", "__class_getitem__"};
    for (int i = 0; i < 2; i++) {
        MpyObject *key = mpy_str_intern_cstr(as_classmethod[i]);
        MpyObject *fn = mpy_dict_get_item(d, key);
        if (fn && mpy_is_function(fn)) {
            MpyObject *cm = mpy_classmethod_new(fn);
            if (!cm || mpy_dict_set_item(d, key, cm) < 0) {
                MPY_XDECREF(cm);
                return -1;
            }
            MPY_DECREF(cm);
        }
    }
    return 0;
}

static int add_getset(MpyTypeObject *type, MpyGetSetDef *gs)
{
    MpyObject *key = mpy_str_intern_cstr(gs->name);
    if (mpy_dict_get_item(type->tp_dict, key))
        return 0;
    MpyObject *descr = mpy_descr_new_getset(type, gs);
    int err = descr ? mpy_dict_set_item(type->tp_dict, key, descr) : -1;
    MPY_XDECREF(descr);
    return err;
}

static int add_slot_members(MpyTypeObject *type, MpyObject *slots, ssize_t offset)
{
    ssize_t n = MPY_SIZE(slots);
    MpyMemberDef *members = calloc((size_t)n + 1, sizeof *members);
    if (!members) {
        mpy_err_no_memory();
        return -1;
    }
    type->tp_members = members;
    for (ssize_t i = 0; i < n; i++) {
        MpyObject *name = MPY_TUPLE_GET(slots, i);
        if (mpy_dict_get_item(type->tp_dict, name)) {
            mpy_err_format(MpyExc_ValueError, "%R in __slots__ conflicts with class variable", name);
            return -1;
        }
        members[i].name = mpy_str_as_utf8(name);
        members[i].type = MPY_T_OBJECT_EX;
        members[i].offset = offset + i * (ssize_t)sizeof(MpyObject *);
        MpyObject *descr = mpy_descr_new_member(type, &members[i]);
        if (!descr || mpy_dict_set_item(type->tp_dict, name, descr) < 0) {
            MPY_XDECREF(descr);
            return -1;
        }
        MPY_DECREF(descr);
    }
    return 0;
}

static void register_subclass(MpyTypeObject *base, MpyTypeObject *sub)
{
    if (!(base->tp_flags & MPY_TPFLAGS_HEAPTYPE))
        return;
    MpyHeapTypeObject *b = HT(base);
    if (b->ht_nsubclasses == b->ht_subclasses_cap) {
        ssize_t cap = b->ht_subclasses_cap ? b->ht_subclasses_cap * 2 : 4;
        MpyTypeObject **grown = realloc(b->ht_subclasses, (size_t)cap * sizeof *grown);
        if (!grown)
            return; /* only caches depend on it */
        b->ht_subclasses = grown;
        b->ht_subclasses_cap = cap;
    }
    b->ht_subclasses[b->ht_nsubclasses++] = sub;
}

static void unregister_subclass(MpyTypeObject *base, MpyTypeObject *sub)
{
    if (!(base->tp_flags & MPY_TPFLAGS_HEAPTYPE))
        return;
    MpyHeapTypeObject *b = HT(base);
    for (ssize_t i = 0; i < b->ht_nsubclasses; i++) {
        if (b->ht_subclasses[i] == sub) {
            b->ht_subclasses[i] = b->ht_subclasses[--b->ht_nsubclasses];
            return;
        }
    }
}

static void invalidate_subclasses(MpyTypeObject *type)
{
    if (!(type->tp_flags & MPY_TPFLAGS_HEAPTYPE))
        return;
    for (ssize_t i = 0; i < HT(type)->ht_nsubclasses; i++)
        mpy_type_modified(HT(type)->ht_subclasses[i]);
}

MpyObject *mpy_class_subclasses_list(MpyTypeObject *type)
{
    MpyObject *list = mpy_list_new(0);
    if (!list || !(type->tp_flags & MPY_TPFLAGS_HEAPTYPE))
        return list;
    for (ssize_t i = 0; i < HT(type)->ht_nsubclasses; i++)
        if (mpy_list_append(list, MPY_CAST(HT(type)->ht_subclasses[i])) < 0) {
            MPY_DECREF(list);
            return NULL;
        }
    return list;
}

/* Calls __set_name__(owner, name) on each attribute that has it. */
static int call_set_name(MpyTypeObject *type)
{
    MpyObject *items = mpy_dict_items(type->tp_dict);
    if (!items)
        return -1;
    int err = 0;
    for (ssize_t i = 0; i < MPY_SIZE(items) && err == 0; i++) {
        MpyObject *pair = MPY_LIST_GET(items, i);
        MpyObject *key = MPY_TUPLE_GET(pair, 0), *value = MPY_TUPLE_GET(pair, 1);
        MpyObject *set_name = mpy_type_lookup(MPY_TYPE(value), MPY_ID(__set_name__));
        if (!set_name)
            continue;
        MpyObject *args[2] = {MPY_CAST(type), key};
        MPY_INCREF(set_name);
        MpyObject *res = mpy_call_prepend(set_name, value, args, 2, NULL);
        MPY_DECREF(set_name);
        if (!res) {
            /* 3.11 wraps the error, which becomes the cause. */
            MpyObject *cause = mpy_err_fetch();
            mpy_err_format(MpyExc_RuntimeError, "Error calling __set_name__ on '%s' instance %R in '%s'",
                           mpy_type_short_name(MPY_TYPE(value)), key, type->tp_name);
            MpyObject *exc = mpy_err_occurred();
            if (exc && cause) {
                mpy_exc_set_context(exc, MPY_NEWREF(cause));
                mpy_exc_set_cause(exc, cause);
            } else {
                MPY_XDECREF(cause);
            }
            err = -1;
        } else {
            MPY_DECREF(res);
        }
    }
    MPY_DECREF(items);
    return err;
}

/* super(type, type).__init_subclass__(**kwds) */
static int call_init_subclass(MpyTypeObject *type, MpyObject *const *kwargs, MpyObject *kwnames)
{
    MpyObject *mro = type->tp_mro;
    for (ssize_t i = 1; i < MPY_SIZE(mro); i++) {
        MpyObject *dict = mpy_type_dict((MpyTypeObject *)MPY_TUPLE_GET(mro, i));
        if (!dict)
            return -1;
        MpyObject *attr = mpy_dict_get_item(dict, MPY_ID(__init_subclass__));
        if (!attr)
            continue;
        mpy_descrgetfunc get = MPY_TYPE(attr)->tp_descr_get;
        MpyObject *bound = get ? get(attr, NULL, MPY_CAST(type)) : MPY_NEWREF(attr);
        if (!bound)
            return -1;
        size_t nkw = kwnames ? (size_t)MPY_SIZE(kwnames) : 0;
        MpyObject *res = mpy_call(bound, kwargs, 0, nkw ? kwnames : NULL);
        MPY_DECREF(bound);
        if (!res)
            return -1;
        MPY_DECREF(res);
        return 0;
    }
    return 0;
}

/* type.__new__(metatype, name, bases, dict, **kwds) */
MpyObject *mpy_class_new(MpyTypeObject *metatype, MpyObject *const *args, size_t nargs,
                         MpyObject *kwnames)
{
    size_t nkw = kwnames ? (size_t)MPY_SIZE(kwnames) : 0;
    if (metatype == &MpyType_Type && nargs == 1) {
        if (nkw)
            return mpy_err_set_string(MpyExc_TypeError, "type() takes no keyword arguments");
        return MPY_NEWREF(MPY_TYPE(args[0]));
    }
    if (nargs != 3) {
        return mpy_err_set_string(MpyExc_TypeError, nargs == 1 || metatype == &MpyType_Type
                                                        ? "type() takes 1 or 3 arguments"
                                                        : "type.__new__() takes exactly 3 arguments");
    }
    MpyObject *name = args[0], *bases = args[1], *dict = args[2];
    if (!MPY_STR_CHECK(name))
        return mpy_err_format(MpyExc_TypeError, "type.__new__() argument 1 must be str, not %s",
                              mpy_type_short_name(MPY_TYPE(name)));
    if (strlen(mpy_str_as_utf8(name)) != (size_t)MPY_STR_UTF8_LEN(name))
        return mpy_err_set_string(MpyExc_ValueError, "type name must not contain null characters");
    if (!MPY_TUPLE_CHECK(bases))
        return mpy_err_format(MpyExc_TypeError, "type.__new__() argument 2 must be tuple, not %s",
                              mpy_type_short_name(MPY_TYPE(bases)));
    if (!MPY_DICT_CHECK(dict))
        return mpy_err_format(MpyExc_TypeError, "type.__new__() argument 3 must be dict, not %s",
                              mpy_type_short_name(MPY_TYPE(dict)));
    MpyTypeObject *winner = calculate_metaclass(metatype, bases);
    if (!winner)
        return NULL;
    if (winner != metatype && winner->tp_new != mpy_class_new)
        return winner->tp_new(winner, args, nargs, kwnames);
    metatype = winner;

    MpyObject *owned_bases = NULL;
    if (MPY_SIZE(bases) == 0) {
        bases = owned_bases = mpy_tuple_pack(1, &MpyBaseObject_Type);
        if (!bases)
            return NULL;
    } else {
        owned_bases = MPY_NEWREF(bases);
    }
    MpyTypeObject *base = best_base(bases);
    if (!base) {
        MPY_DECREF(owned_bases);
        return NULL;
    }
    MpyTypeObject *type = (MpyTypeObject *)mpy_type_generic_alloc(metatype, 0);
    if (!type) {
        MPY_DECREF(owned_bases);
        return NULL;
    }
    MpyHeapTypeObject *ht = HT(type);
    type->tp_flags = MPY_TPFLAGS_HEAPTYPE | MPY_TPFLAGS_BASETYPE | MPY_TPFLAGS_HAVE_GC;
    type->tp_bases = owned_bases;
    type->tp_base = (MpyTypeObject *)MPY_NEWREF(base);
    ht->ht_name = MPY_NEWREF(name);
    type->tp_name = mpy_str_as_utf8(name);
    type->tp_dict = mpy_dict_copy(dict);
    if (!type->tp_dict)
        goto fail;
    MpyObject *qualname = mpy_dict_get_item(type->tp_dict, MPY_ID(__qualname__));
    if (qualname) {
        if (!MPY_STR_CHECK(qualname)) {
            mpy_err_format(MpyExc_TypeError, "type __qualname__ must be a str, not %s",
                           mpy_type_short_name(MPY_TYPE(qualname)));
            goto fail;
        }
        ht->ht_qualname = MPY_NEWREF(qualname);
        if (mpy_dict_del_item(type->tp_dict, MPY_ID(__qualname__)) < 0)
            goto fail;
    } else {
        ht->ht_qualname = MPY_NEWREF(name);
    }
    if (prepare_namespace(type, dict) < 0)
        goto fail;

    /* Instance layout: __slots__ members, or a managed dict and a weak
     * reference slot when the base has none. */
    MpyObject *slots_value = mpy_dict_get_item(type->tp_dict, MPY_ID(__slots__));
    bool want_dict = !slots_value, want_weak = !slots_value;
    if (slots_value && parse_slots(slots_value, &ht->ht_slots, &want_dict, &want_weak) < 0)
        goto fail;
    bool base_has_dict = base->tp_dictoffset || (base->tp_flags & MPY_TPFLAGS_MANAGED_DICT);
    if (slots_value && want_dict && base_has_dict) {
        mpy_err_set_string(MpyExc_TypeError, "__dict__ slot disallowed: we already got one");
        goto fail;
    }
    type->tp_basicsize = base->tp_basicsize;
    type->tp_itemsize = base->tp_itemsize;
    ssize_t slot_offset = type->tp_basicsize;
    if (ht->ht_slots) {
        if (MPY_SIZE(ht->ht_slots) && base->tp_itemsize) {
            mpy_err_format(MpyExc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                           base->tp_name);
            goto fail;
        }
        type->tp_basicsize += MPY_SIZE(ht->ht_slots) * (ssize_t)sizeof(MpyObject *);
    }
    if (want_dict && !base_has_dict)
        type->tp_flags |= MPY_TPFLAGS_MANAGED_DICT;
    if (want_weak && !base->tp_weaklistoffset && !base->tp_itemsize) {
        type->tp_weaklistoffset = type->tp_basicsize;
        type->tp_basicsize += (ssize_t)sizeof(MpyObject *);
    }
    if (ht->ht_slots && add_slot_members(type, ht->ht_slots, slot_offset) < 0)
        goto fail;
    if ((type->tp_flags & MPY_TPFLAGS_MANAGED_DICT) && add_getset(type, &subtype_getset_dict) < 0)
        goto fail;
    if (type->tp_weaklistoffset && !base->tp_weaklistoffset &&
        add_getset(type, &subtype_getset_weakref) < 0)
        goto fail;

    type->tp_dealloc = subtype_dealloc;
    type->tp_traverse = subtype_traverse;
    type->tp_clear = subtype_clear;
    /* Instances of classes are always containers, even over a built-in
     * that is not (int, str, object). */
    type->tp_free = (base->tp_flags & MPY_TPFLAGS_HAVE_GC) ? base->tp_free : mpy_gc_del;
    if (mpy_type_ready(type) < 0)
        goto fail;
    /* __eq__ without __hash__ makes instances unhashable (after __doc__, as
     * CPython's type_ready_set_hash). */
    if (mpy_dict_get_item(type->tp_dict, MPY_ID(__eq__)) &&
        !mpy_dict_get_item(type->tp_dict, MPY_ID(__hash__)) &&
        mpy_dict_set_item(type->tp_dict, MPY_ID(__hash__), MPY_NONE) < 0)
        goto fail;
    /* A class's own slots dispatch to the special methods in its mro. */
    mpy_slots_fixup(type, NULL);
    for (ssize_t i = 0; i < MPY_SIZE(type->tp_bases); i++)
        register_subclass((MpyTypeObject *)MPY_TUPLE_GET(type->tp_bases, i), type);

    /* The __class__ cell of methods using super(). */
    MpyObject *cell = mpy_dict_get_item(type->tp_dict, MPY_ID(__classcell__));
    if (cell) {
        if (MPY_TYPE(cell) != &MpyCell_Type) {
            mpy_err_format(MpyExc_TypeError, "__classcell__ must be a nonlocal cell, not %s",
                           mpy_type_short_name(MPY_TYPE(cell)));
            goto fail;
        }
        MPY_SETREF(((MpyCellObject *)cell)->ob_ref, MPY_NEWREF(type));
        if (mpy_dict_del_item(type->tp_dict, MPY_ID(__classcell__)) < 0)
            goto fail;
    }
    if (call_set_name(type) < 0 || call_init_subclass(type, args + 3, kwnames) < 0)
        goto fail;
    return MPY_CAST(type);
fail:
    MPY_DECREF(type);
    return NULL;
}

int mpy_class_init(MpyObject *self, MpyObject *const *args, size_t nargs, MpyObject *kwnames)
{
    if (nargs != 1 && nargs != 3) {
        mpy_err_set_string(MpyExc_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

/* ======================================================== __build_class__ */

MpyObject *mpy_class_build(MpyObject *const *args, size_t nargs, MpyObject *kwnames)
{
    if (nargs < 2)
        return mpy_err_set_string(MpyExc_TypeError, "__build_class__: not enough arguments");
    MpyObject *func = args[0], *name = args[1];
    if (!mpy_is_function(func))
        return mpy_err_set_string(MpyExc_TypeError, "__build_class__: func must be a function");
    if (!MPY_STR_CHECK(name))
        return mpy_err_set_string(MpyExc_TypeError, "__build_class__: name is not a string");
    MpyObject *bases = mpy_tuple_from_array(args + 2, (ssize_t)nargs - 2);
    if (!bases)
        return NULL;
    /* metaclass= is taken out of the keywords; the rest go to the metaclass. */
    MpyObject *meta = NULL, *kwvalues[64], *rest_names = NULL;
    size_t nkw = kwnames ? (size_t)MPY_SIZE(kwnames) : 0, nrest = 0;
    if (nkw > 64) {
        MPY_DECREF(bases);
        return mpy_err_set_string(MpyExc_TypeError, "too many keyword arguments");
    }
    if (nkw) {
        rest_names = mpy_tuple_new((ssize_t)nkw);
        if (!rest_names) {
            MPY_DECREF(bases);
            return NULL;
        }
        for (size_t i = 0; i < nkw; i++) {
            MpyObject *k = MPY_TUPLE_GET(kwnames, i);
            if (mpy_str_equal_cstr(k, "metaclass")) {
                meta = args[nargs + i];
            } else {
                MPY_TUPLE_SET(rest_names, nrest, MPY_NEWREF(k));
                kwvalues[nrest++] = args[nargs + i];
            }
        }
        MPY_SIZE(rest_names) = (ssize_t)nrest;
        for (size_t i = nrest; i < nkw; i++)
            MPY_TUPLE_SET(rest_names, i, NULL);
        if (nrest == 0)
            MPY_CLEAR(rest_names);
    }
    MpyObject *result = NULL, *ns = NULL, *cell = NULL;
    if (!meta)
        meta = MPY_SIZE(bases) ? MPY_CAST(MPY_TYPE(MPY_TUPLE_GET(bases, 0))) : MPY_CAST(&MpyType_Type);
    MPY_INCREF(meta);
    if (MPY_TYPE_HAS_FEATURE(MPY_TYPE(meta), MPY_TPFLAGS_TYPE_SUBCLASS)) {
        MpyTypeObject *winner = calculate_metaclass((MpyTypeObject *)meta, bases);
        if (!winner)
            goto done;
        MPY_SETREF(meta, MPY_NEWREF(winner));
    }
    /* ns = meta.__prepare__(name, bases, **kwds) */
    MpyObject *prepare;
    int has_prepare = mpy_object_lookup_attr(meta, MPY_ID(__prepare__), &prepare);
    if (has_prepare < 0)
        goto done;
    if (has_prepare) {
        MpyObject *pargs[2 + 64] = {name, bases};
        for (size_t i = 0; i < nrest; i++)
            pargs[2 + i] = kwvalues[i];
        ns = mpy_call(prepare, pargs, 2, rest_names);
        MPY_DECREF(prepare);
    } else {
        ns = mpy_dict_new();
    }
    if (!ns)
        goto done;
    if (!MPY_TYPE(ns)->tp_as_mapping.mp_subscript) {
        mpy_err_format(MpyExc_TypeError, "%s.__prepare__() must return a mapping, not %s",
                       MPY_TYPE_HAS_FEATURE(MPY_TYPE(meta), MPY_TPFLAGS_TYPE_SUBCLASS)
                           ? mpy_type_short_name((MpyTypeObject *)meta) : "<metaclass>",
                       mpy_type_short_name(MPY_TYPE(ns)));
        goto done;
    }
    cell = mpy_function_call_with_locals(func, ns);
    if (!cell)
        goto done;
    MpyObject *margs[3 + 64] = {name, bases, ns};
    for (size_t i = 0; i < nrest; i++)
        margs[3 + i] = kwvalues[i];
    result = mpy_call(meta, margs, 3, rest_names);
    if (result && MPY_TYPE(cell) == &MpyCell_Type) {
        MpyObject *cell_cls = MPY_CELL_GET(cell);
        if (cell_cls != result) {
            if (!cell_cls)
                mpy_err_format(MpyExc_RuntimeError,
                               "__class__ not set defining %R as %R. Was __classcell__ "
                               "propagated to type.__new__?",
                               name, result);
            else
                mpy_err_format(MpyExc_TypeError, "__class__ set to %R defining %R as %R", cell_cls,
                               name, result);
            MPY_CLEAR(result);
        }
    }
done:
    MPY_XDECREF(cell);
    MPY_XDECREF(ns);
    MPY_XDECREF(meta);
    MPY_XDECREF(rest_names);
    MPY_DECREF(bases);
    return result;
}

/* ======================================================= classes as objects */

int mpy_class_traverse(MpyTypeObject *type, mpy_visitproc visit, void *arg)
{
    if (!(type->tp_flags & MPY_TPFLAGS_HEAPTYPE))
        return 0;
    MPY_VISIT(type->tp_dict);
    MPY_VISIT(type->tp_mro);
    MPY_VISIT(type->tp_bases);
    MPY_VISIT(type->tp_base);
    MPY_VISIT(HT(type)->ht_slots);
    /* A class whose metaclass is defined in Python owns a reference to it,
     * visited by the metaclass's subtype_traverse. */
    return 0;
}

int mpy_class_clear(MpyTypeObject *type)
{
    if (!(type->tp_flags & MPY_TPFLAGS_HEAPTYPE))
        return 0;
    mpy_type_modified(type);
    if (type->tp_dict)
        mpy_dict_clear(type->tp_dict);
    MPY_CLEAR(type->tp_mro);
    return 0;
}

void mpy_class_dealloc(MpyObject *self)
{
    MpyTypeObject *type = (MpyTypeObject *)self;
    MpyHeapTypeObject *ht = HT(type);
    mpy_gc_untrack(self);
    mpy_weakref_clear_refs(self, ht->ht_weaklist);
    mpy_type_modified(type);
    for (ssize_t i = 0; type->tp_bases && i < MPY_SIZE(type->tp_bases); i++)
        unregister_subclass((MpyTypeObject *)MPY_TUPLE_GET(type->tp_bases, i), type);
    MPY_XDECREF(type->tp_base);
    MPY_XDECREF(type->tp_dict);
    MPY_XDECREF(type->tp_bases);
    MPY_XDECREF(type->tp_mro);
    MPY_XDECREF(ht->ht_slots);
    MPY_XDECREF(ht->ht_qualname);
    free(type->tp_members);
    free(ht->ht_subclasses);
    mpy_instance_keys_free(type);
    MpyTypeObject *metatype = MPY_TYPE(self);
    MpyObject *name = ht->ht_name;
    metatype->tp_free(self);
    MPY_XDECREF(name); /* after tp_free: tp_name pointed into it */
}

/* <class '__main__.Dog'>; built-ins without their module. */
MpyObject *mpy_class_repr(MpyTypeObject *type)
{
    MpyObject *module = mpy_dict_get_item(type->tp_dict, MPY_ID(__module__));
    MpyObject *qualname = HT(type)->ht_qualname;
    if (module && MPY_STR_CHECK(module) && !mpy_str_equal_cstr(module, "builtins"))
        return mpy_str_from_format("<class '%U.%U'>", module, qualname);
    return mpy_str_from_format("<class '%U'>", qualname);
}

MpyObject *mpy_class_get_qualname(MpyTypeObject *type) { return MPY_NEWREF(HT(type)->ht_qualname); }

static int check_heap_setter(MpyObject *self, MpyObject *value, const char *attr)
{
    MpyTypeObject *type = (MpyTypeObject *)self;
    if (!(type->tp_flags & MPY_TPFLAGS_HEAPTYPE)) {
        mpy_err_format(MpyExc_TypeError, "cannot set '%s' attribute of immutable type '%s'", attr,
                       type->tp_name);
        return -1;
    }
    if (!value) {
        mpy_err_format(MpyExc_TypeError, "cannot delete '%s' attribute of immutable type '%s'",
                       attr, type->tp_name);
        return -1;
    }
    return 0;
}

int mpy_class_set_name(MpyObject *self, MpyObject *value, void *closure)
{
    if (check_heap_setter(self, value, "__name__"))
        return -1;
    if (!MPY_STR_CHECK(value)) {
        mpy_err_format(MpyExc_TypeError, "can only assign string to %s.__name__, not '%s'",
                       ((MpyTypeObject *)self)->tp_name, mpy_type_short_name(MPY_TYPE(value)));
        return -1;
    }
    MpyHeapTypeObject *ht = HT(self);
    MpyObject *old = ht->ht_name;
    ht->ht_name = MPY_NEWREF(value);
    ht->ht_type.tp_name = mpy_str_as_utf8(value);
    MPY_DECREF(old);
    return 0;
}

int mpy_class_set_qualname(MpyObject *self, MpyObject *value, void *closure)
{
    if (check_heap_setter(self, value, "__qualname__"))
        return -1;
    if (!MPY_STR_CHECK(value)) {
        mpy_err_format(MpyExc_TypeError, "can only assign string to %s.__qualname__, not '%s'",
                       ((MpyTypeObject *)self)->tp_name, mpy_type_short_name(MPY_TYPE(value)));
        return -1;
    }
    MPY_SETREF(HT(self)->ht_qualname, MPY_NEWREF(value));
    return 0;
}

int mpy_class_set_module(MpyObject *self, MpyObject *value, void *closure)
{
    if (check_heap_setter(self, value, "__module__"))
        return -1;
    mpy_type_modified((MpyTypeObject *)self);
    return mpy_dict_set_item(((MpyTypeObject *)self)->tp_dict, MPY_ID(__module__), value);
}

static int recompute_mro_tree(MpyTypeObject *type)
{
    if (mpy_type_compute_mro(type) < 0)
        return -1;
    mpy_slots_fixup(type, NULL);
    for (ssize_t i = 0; i < HT(type)->ht_nsubclasses; i++)
        if (recompute_mro_tree(HT(type)->ht_subclasses[i]) < 0)
            return -1;
    return 0;
}

/* C.__bases__ = (...): allowed between bases with the same instance
 * layout (CPython's type_set_bases). */
int mpy_class_set_bases(MpyObject *self, MpyObject *value, void *closure)
{
    MpyTypeObject *type = (MpyTypeObject *)self;
    if (check_heap_setter(self, value, "__bases__"))
        return -1;
    if (!MPY_TUPLE_CHECK(value)) {
        mpy_err_format(MpyExc_TypeError, "can only assign tuple to %s.__bases__, not %s",
                       type->tp_name, mpy_type_short_name(MPY_TYPE(value)));
        return -1;
    }
    if (MPY_SIZE(value) == 0) {
        mpy_err_format(MpyExc_TypeError, "can only assign non-empty tuple to %s.__bases__, not ()",
                       type->tp_name);
        return -1;
    }
    for (ssize_t i = 0; i < MPY_SIZE(value); i++) {
        MpyObject *b = MPY_TUPLE_GET(value, i);
        if (!MPY_TYPE_HAS_FEATURE(MPY_TYPE(b), MPY_TPFLAGS_TYPE_SUBCLASS)) {
            mpy_err_format(MpyExc_TypeError, "%s.__bases__ must be tuple of classes, not '%s'",
                           type->tp_name, mpy_type_short_name(MPY_TYPE(b)));
            return -1;
        }
        if (mpy_type_is_subtype((MpyTypeObject *)b, type)) {
            mpy_err_set_string(MpyExc_TypeError, "a __bases__ item causes an inheritance cycle");
            return -1;
        }
    }
    MpyTypeObject *new_base = best_base(value);
    if (!new_base)
        return -1;
    if (solid_base(new_base) != solid_base(type->tp_base)) {
        mpy_err_format(MpyExc_TypeError, "__bases__ assignment: '%s' object layout differs from '%s'",
                       new_base->tp_name, type->tp_base->tp_name);
        return -1;
    }
    MpyObject *old_bases = type->tp_bases;
    MpyTypeObject *old_base = type->tp_base;
    for (ssize_t i = 0; i < MPY_SIZE(old_bases); i++)
        unregister_subclass((MpyTypeObject *)MPY_TUPLE_GET(old_bases, i), type);
    type->tp_bases = MPY_NEWREF(value);
    type->tp_base = (MpyTypeObject *)MPY_NEWREF(new_base);
    for (ssize_t i = 0; i < MPY_SIZE(value); i++)
        register_subclass((MpyTypeObject *)MPY_TUPLE_GET(value, i), type);
    int res = recompute_mro_tree(type);
    if (res < 0) {
        /* Put things back as they were. */
        for (ssize_t i = 0; i < MPY_SIZE(value); i++)
            unregister_subclass((MpyTypeObject *)MPY_TUPLE_GET(value, i), type);
        MPY_SETREF(type->tp_bases, old_bases);
        MPY_SETREF(type->tp_base, old_base);
        for (ssize_t i = 0; i < MPY_SIZE(old_bases); i++)
            register_subclass((MpyTypeObject *)MPY_TUPLE_GET(old_bases, i), type);
        MpyObject *exc = mpy_err_fetch();
        recompute_mro_tree(type);
        mpy_err_restore(exc);
        return -1;
    }
    MPY_DECREF(old_bases);
    MPY_DECREF(old_base);
    return 0;
}

int mpy_class_set_doc(MpyObject *self, MpyObject *value, void *closure)
{
    if (check_heap_setter(self, value, "__doc__"))
        return -1;
    mpy_type_modified((MpyTypeObject *)self);
    return mpy_dict_set_item(((MpyTypeObject *)self)->tp_dict, MPY_ID(__doc__), value);
}

int mpy_class_setattro(MpyTypeObject *type, MpyObject *name, MpyObject *value)
{
    /* Data descriptors of the metatype (__name__, __qualname__...) first. */
    MpyObject *meta_attr = mpy_type_lookup(MPY_TYPE(type), name);
    if (meta_attr && MPY_TYPE(meta_attr)->tp_descr_set) {
        MPY_INCREF(meta_attr);
        int res = MPY_TYPE(meta_attr)->tp_descr_set(meta_attr, MPY_CAST(type), value);
        MPY_DECREF(meta_attr);
        return res;
    }
    int res;
    if (value) {
        res = mpy_dict_set_item(type->tp_dict, name, value);
    } else {
        res = mpy_dict_del_item(type->tp_dict, name);
        if (res < 0 && mpy_err_exception_matches(MpyExc_KeyError)) {
            mpy_err_clear();
            mpy_err_format(MpyExc_AttributeError, "type object '%s' has no attribute '%U'",
                           type->tp_name, name);
        }
    }
    if (res < 0)
        return -1;
    mpy_type_modified(type);
    /* A special method changed: the slots of this class and its
     * subclasses must follow. */
    const char *s = mpy_str_as_utf8(name);
    size_t n = (size_t)MPY_STR_UTF8_LEN(name);
    if (n > 4 && s[0] == '_' && s[1] == '_' && s[n - 1] == '_' && s[n - 2] == '_')
        mpy_class_fixup_slots_recursive(type, name);
    return 0;
}

void mpy_class_fixup_slots_recursive(MpyTypeObject *type, MpyObject *name)
{
    mpy_slots_fixup(type, name);
    if (!(type->tp_flags & MPY_TPFLAGS_HEAPTYPE))
        return;
    for (ssize_t i = 0; i < HT(type)->ht_nsubclasses; i++)
        mpy_class_fixup_slots_recursive(HT(type)->ht_subclasses[i], name);
}

ssize_t mpy_class_sizeof(MpyTypeObject *type)
{
    return (ssize_t)sizeof(MpyHeapTypeObject);
}

/* "Can't instantiate abstract class C with abstract method m" */
MpyObject *mpy_class_abstract_error(MpyTypeObject *type)
{
    MpyObject *dict = mpy_type_dict(type);
    MpyObject *abstract = dict ? mpy_dict_get_item_str(dict, "__abstractmethods__") : NULL;
    MpyObject *sorted = abstract ? mpy_list_from_iterable(abstract) : NULL;
    if (!sorted || mpy_list_sort(sorted, NULL, false) < 0) {
        MPY_XDECREF(sorted);
        return mpy_err_format(MpyExc_TypeError, "Can't instantiate abstract class %s",
                              type->tp_name);
    }
    MpyObject *sep = mpy_str_from_cstr(", ");
    MpyObject *joined = sep ? mpy_str_join(sep, sorted) : NULL;
    if (joined)
        mpy_err_format(MpyExc_TypeError,
                       "Can't instantiate abstract class %s with abstract method%s %U",
                       type->tp_name, MPY_SIZE(sorted) > 1 ? "s" : "", joined);
    MPY_XDECREF(joined);
    MPY_XDECREF(sep);
    MPY_DECREF(sorted);
    return NULL;
}

void mpy_class_init_hooks(void)
{
    mpy_type_modified_subclasses_hook = invalidate_subclasses;
}
