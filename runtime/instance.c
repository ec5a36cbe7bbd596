/* Attributes of instances of classes, kept as CPython 3.11 keeps them: each
 * class has one table of attribute names shared by all its instances (at
 * most 30, in first-assignment order), and each instance a values array
 * indexed by that table, plus its own insertion order. No dict object
 * exists until someone asks for __dict__ (then the values move into a real
 * dict for good). The two pointers live in the 16 bytes before the gc
 * header, which sys.getsizeof counts as CPython does. */
#include "instance.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "class.h"
#include "dict.h"
#include "errors.h"
#include "gc.h"
#include "str.h"
#include "type.h"

#define SHARED_KEYS_MAX 30

typedef struct MpySharedKeys {
    ssize_t nkeys;
    MpyObject *names[SHARED_KEYS_MAX]; /* interned str, owned */
} MpySharedKeys;

typedef struct {
    uint8_t capacity;               /* slots in values[] */
    uint8_t size;                   /* entries in order[] */
    uint8_t order[SHARED_KEYS_MAX]; /* slot indices in insertion order */
    MpyObject *values[];
} MpyInstanceValues;

/* The pre-header: [values pointer][dict pointer][gc header][object]. */
static inline MpyInstanceValues **values_slot(MpyObject *obj)
{
    return (MpyInstanceValues **)((char *)MPY_AS_GC(obj) - 2 * sizeof(void *));
}

static inline MpyObject **dict_slot(MpyObject *obj)
{
    return (MpyObject **)((char *)MPY_AS_GC(obj) - sizeof(void *));
}

static MpySharedKeys *keys_of(MpyTypeObject *type)
{
    return ((MpyHeapTypeObject *)type)->ht_cached_keys;
}

/* Where name sits in the class's table, or -1. Interned names compare by
 * identity; others fall back to string equality. */
static ssize_t find_key(MpySharedKeys *keys, MpyObject *name)
{
    if (!keys)
        return -1;
    for (ssize_t i = 0; i < keys->nkeys; i++)
        if (keys->names[i] == name)
            return i;
    if (MPY_STR_IS_INTERNED(name))
        return -1;
    for (ssize_t i = 0; i < keys->nkeys; i++)
        if (mpy_str_equal(keys->names[i], name))
            return i;
    return -1;
}

/* Adds name to the class's table (-1 when the table is full). */
static ssize_t add_key(MpyTypeObject *type, MpyObject *name)
{
    MpyHeapTypeObject *ht = (MpyHeapTypeObject *)type;
    if (!ht->ht_cached_keys) {
        ht->ht_cached_keys = calloc(1, sizeof(MpySharedKeys));
        if (!ht->ht_cached_keys)
            return -1;
    }
    MpySharedKeys *keys = ht->ht_cached_keys;
    if (keys->nkeys == SHARED_KEYS_MAX || !MPY_STR_CHECK_EXACT(name))
        return -1;
    MPY_INCREF(name);
    mpy_str_intern_in_place(&name);
    keys->names[keys->nkeys] = name;
    return keys->nkeys++;
}

void mpy_instance_keys_free(MpyTypeObject *type)
{
    MpySharedKeys *keys = keys_of(type);
    if (!keys)
        return;
    for (ssize_t i = 0; i < keys->nkeys; i++)
        MPY_DECREF(keys->names[i]);
    free(keys);
    ((MpyHeapTypeObject *)type)->ht_cached_keys = NULL;
}

/* Makes room for slot `index` in obj's values. */
static MpyInstanceValues *ensure_values(MpyObject *obj, ssize_t index)
{
    MpyInstanceValues *v = *values_slot(obj);
    if (v && index < v->capacity)
        return v;
    size_t capacity = v ? (size_t)v->capacity * 2 : 4;
    while ((ssize_t)capacity <= index)
        capacity *= 2;
    if (capacity > SHARED_KEYS_MAX)
        capacity = SHARED_KEYS_MAX;
    size_t size = sizeof(MpyInstanceValues) + capacity * sizeof(MpyObject *);
    size_t old_capacity = v ? v->capacity : 0;
    MpyInstanceValues *grown = mpy_mem_realloc(v, size);
    if (!grown) {
        mpy_err_no_memory();
        return NULL;
    }
    if (!v)
        grown->size = 0;
    for (size_t i = old_capacity; i < capacity; i++)
        grown->values[i] = NULL;
    grown->capacity = (uint8_t)capacity;
    *values_slot(obj) = grown;
    return grown;
}

/* The values move into a dict in their insertion order; from now on the
 * instance has a real __dict__. */
static MpyObject *materialize(MpyObject *obj)
{
    MpyObject *dict = mpy_dict_new();
    if (!dict)
        return NULL;
    MpyInstanceValues *v = *values_slot(obj);
    if (v) {
        MpySharedKeys *keys = keys_of(MPY_TYPE(obj));
        for (int i = 0; i < v->size; i++) {
            int idx = v->order[i];
            if (mpy_dict_set_item(dict, keys->names[idx], v->values[idx]) < 0) {
                MPY_DECREF(dict);
                return NULL;
            }
        }
        for (int i = 0; i < v->capacity; i++)
            MPY_XDECREF(v->values[i]);
        mpy_mem_free(v);
        *values_slot(obj) = NULL;
    }
    *dict_slot(obj) = dict;
    return dict;
}

MpyObject *mpy_instance_get_attr(MpyObject *obj, MpyObject *name)
{
    MpyObject *dict = *dict_slot(obj);
    if (dict)
        return mpy_dict_get_item(dict, name);
    MpyInstanceValues *v = *values_slot(obj);
    if (!v)
        return NULL;
    ssize_t idx = find_key(keys_of(MPY_TYPE(obj)), name);
    return idx >= 0 && idx < v->capacity ? v->values[idx] : NULL;
}

ssize_t mpy_instance_attr_index(MpyObject *obj, MpyObject *name)
{
    if (*dict_slot(obj))
        return -1;
    return find_key(keys_of(MPY_TYPE(obj)), name);
}

MpyObject *mpy_instance_value_at(MpyObject *obj, ssize_t index, MpyObject *name)
{
    MpyInstanceValues *v = *values_slot(obj);
    if (!v || index >= v->capacity || *dict_slot(obj))
        return NULL;
    return v->values[index];
}

int mpy_instance_store_at(MpyObject *obj, ssize_t index, MpyObject *value)
{
    if (*dict_slot(obj))
        return 0;
    MpyInstanceValues *v = *values_slot(obj);
    if ((!v || index >= v->capacity) && !(v = ensure_values(obj, index)))
        return -1;
    MpyObject *old = v->values[index];
    v->values[index] = value;
    if (old)
        MPY_DECREF(old); /* last: a __del__ it runs sees the new value */
    else
        v->order[v->size++] = (uint8_t)index;
    return 1;
}

static void order_remove(MpyInstanceValues *v, int idx)
{
    for (int i = 0; i < v->size; i++) {
        if (v->order[i] == idx) {
            memmove(&v->order[i], &v->order[i + 1], (size_t)(v->size - i - 1));
            v->size--;
            return;
        }
    }
}

static int no_attribute(MpyObject *obj, MpyObject *name)
{
    mpy_err_format(MpyExc_AttributeError, "'%s' object has no attribute '%U'",
                   mpy_type_short_name(MPY_TYPE(obj)), name);
    return -1;
}

static int dict_store(MpyObject *obj, MpyObject *dict, MpyObject *name, MpyObject *value)
{
    if (value)
        return mpy_dict_set_item(dict, name, value);
    if (mpy_dict_del_item(dict, name) == 0)
        return 0;
    if (mpy_err_exception_matches(MpyExc_KeyError)) {
        mpy_err_clear();
        return no_attribute(obj, name);
    }
    return -1;
}

int mpy_instance_set_attr(MpyObject *obj, MpyObject *name, MpyObject *value)
{
    MpyObject *dict = *dict_slot(obj);
    if (dict)
        return dict_store(obj, dict, name, value);
    MpyTypeObject *type = MPY_TYPE(obj);
    ssize_t idx = find_key(keys_of(type), name);
    if (idx < 0) {
        if (!value)
            return no_attribute(obj, name);
        idx = add_key(type, name);
        if (idx < 0) {
            if (mpy_err_occurred())
                return -1;
            dict = materialize(obj);
            return dict ? mpy_dict_set_item(dict, name, value) : -1;
        }
    }
    MpyInstanceValues *v = ensure_values(obj, idx);
    if (!v)
        return -1;
    MpyObject *old = v->values[idx];
    if (!value) {
        if (!old)
            return no_attribute(obj, name);
        v->values[idx] = NULL;
        order_remove(v, (int)idx);
        MPY_DECREF(old);
        return 0;
    }
    v->values[idx] = MPY_NEWREF(value);
    if (!old)
        v->order[v->size++] = (uint8_t)idx;
    else
        MPY_DECREF(old);
    return 0;
}

MpyObject **mpy_instance_dict_ptr(MpyObject *obj)
{
    if (!*dict_slot(obj) && !materialize(obj))
        return NULL;
    return dict_slot(obj);
}

int mpy_instance_traverse(MpyObject *obj, mpy_visitproc visit, void *arg)
{
    MPY_VISIT(*dict_slot(obj));
    MpyInstanceValues *v = *values_slot(obj);
    if (v)
        for (int i = 0; i < v->size; i++)
            MPY_VISIT(v->values[v->order[i]]);
    return 0;
}

/* Attribute values are released in slot order, as CPython's
 * _PyObject_FreeInstanceAttributes. */
void mpy_instance_clear(MpyObject *obj)
{
    MpyInstanceValues *v = *values_slot(obj);
    if (v) {
        *values_slot(obj) = NULL;
        for (int i = 0; i < v->capacity; i++)
            MPY_XDECREF(v->values[i]);
        mpy_mem_free(v);
    }
    MPY_CLEAR(*dict_slot(obj));
}

/* obj.__class__ = cls, between classes with the same instance layout. */
int mpy_instance_set_class(MpyObject *obj, MpyObject *value, void *closure)
{
    if (!value) {
        mpy_err_set_string(MpyExc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!MPY_TYPE_HAS_FEATURE(MPY_TYPE(value), MPY_TPFLAGS_TYPE_SUBCLASS)) {
        mpy_err_format(MpyExc_TypeError, "__class__ must be set to a class, not '%s' object",
                       mpy_type_short_name(MPY_TYPE(value)));
        return -1;
    }
    MpyTypeObject *oldto = MPY_TYPE(obj), *newto = (MpyTypeObject *)value;
    if (!(oldto->tp_flags & MPY_TPFLAGS_HEAPTYPE) || !(newto->tp_flags & MPY_TPFLAGS_HEAPTYPE)) {
        mpy_err_set_string(MpyExc_TypeError,
                           "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (oldto->tp_basicsize != newto->tp_basicsize || oldto->tp_itemsize != newto->tp_itemsize ||
        oldto->tp_dictoffset != newto->tp_dictoffset ||
        oldto->tp_weaklistoffset != newto->tp_weaklistoffset ||
        (oldto->tp_flags & MPY_TPFLAGS_MANAGED_DICT) != (newto->tp_flags & MPY_TPFLAGS_MANAGED_DICT) ||
        oldto->tp_dealloc != newto->tp_dealloc) {
        mpy_err_format(MpyExc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
                       newto->tp_name, oldto->tp_name);
        return -1;
    }
    /* Slot indices belong to the old class's table: switch to a dict. */
    if ((oldto->tp_flags & MPY_TPFLAGS_MANAGED_DICT) && !*dict_slot(obj) && !materialize(obj))
        return -1;
    MPY_INCREF(newto);
    MPY_TYPE(obj) = newto;
    MPY_DECREF(oldto);
    return 0;
}
