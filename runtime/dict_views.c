/* The dict views (dict_keys, dict_values, dict_items: len, in, iteration,
 * reversed, repr, and the set operations and comparisons of the keys and
 * items views) and the six dict iterators, which walk the entry array and
 * raise CPython's errors when the dict changes size under them. */
#include <string.h>

#include "dict_impl.h"
#include "errors.h"
#include "gc.h"
#include "int.h"
#include "interp.h"
#include "iter.h"
#include "list.h"
#include "set.h"
#include "strbuf.h"
#include "tuple.h"
#include "type.h"

/* ========================================================= iterators */

typedef struct {
    MPY_OBJECT_HEAD;
    MpyDictObject *di_dict; /* NULL once exhausted */
    ssize_t di_used;        /* the dict's size when the iterator was made */
    ssize_t di_pos;
    MpyObject *di_result;   /* the (key, value) tuple reused by item iterators */
    ssize_t len;
} DictIter;

static bool is_reverse_iter(MpyTypeObject *t)
{
    return t == &MpyDictRevIterKey_Type || t == &MpyDictRevIterValue_Type ||
           t == &MpyDictRevIterItem_Type;
}

MpyObject *mpy_dictiter_new(MpyDictObject *dict, MpyTypeObject *type)
{
    DictIter *di = (DictIter *)mpy_gc_new(type);
    if (!di)
        return NULL;
    di->di_dict = (MpyDictObject *)MPY_NEWREF(dict);
    di->di_used = dict->ma_used;
    di->len = dict->ma_used;
    di->di_pos = is_reverse_iter(type) ? dict->ma_keys->dk_nentries - 1 : 0;
    di->di_result = NULL;
    if (type == &MpyDictIterItem_Type || type == &MpyDictRevIterItem_Type) {
        di->di_result = mpy_tuple_pack(2, MPY_NONE, MPY_NONE);
        if (!di->di_result) {
            MPY_DECREF(di);
            return NULL;
        }
    }
    mpy_gc_track(MPY_CAST(di));
    return MPY_CAST(di);
}

static void dictiter_dealloc(MpyObject *self)
{
    DictIter *di = (DictIter *)self;
    mpy_gc_untrack(self);
    MPY_XDECREF(di->di_dict);
    MPY_XDECREF(di->di_result);
    mpy_gc_del(self);
}

static int dictiter_traverse(MpyObject *self, mpy_visitproc visit, void *arg)
{
    DictIter *di = (DictIter *)self;
    MPY_VISIT(di->di_dict);
    MPY_VISIT(di->di_result);
    return 0;
}

static MpyObject *dictiter_length_hint(MpyObject *self, MpyObject *unused)
{
    DictIter *di = (DictIter *)self;
    ssize_t len = di->di_dict && di->di_used == di->di_dict->ma_used ? di->len : 0;
    return mpy_int_from_ssize(len);
}

/* Finds the next live entry (forward or backward); NULL at the end or on a
 * size change (with RuntimeError set). Returns the dict's keys object and
 * the entry index in *ix. */
static MpyDictKeysObject *dictiter_advance(DictIter *di, bool reverse, ssize_t *ix)
{
    MpyDictObject *d = di->di_dict;
    if (!d)
        return NULL;
    if (di->di_used != d->ma_used) {
        mpy_err_set_string(MpyExc_RuntimeError, "dictionary changed size during iteration");
        di->di_used = -1; /* the error is sticky */
        return NULL;
    }
    MpyDictKeysObject *dk = d->ma_keys;
    ssize_t i = di->di_pos;
    if (reverse) {
        while (i >= 0 && !dk_entry_value(dk, i))
            i--;
        if (i < 0)
            goto done;
    } else {
        ssize_t n = dk->dk_nentries;
        while (i < n && !dk_entry_value(dk, i))
            i++;
        if (i >= n)
            goto done;
    }
    /* An entry we did not expect: the keys were replaced, same size. */
    if (di->len == 0) {
        mpy_err_set_string(MpyExc_RuntimeError, "dictionary keys changed during iteration");
        goto done;
    }
    di->di_pos = reverse ? i - 1 : i + 1;
    di->len--;
    *ix = i;
    return dk;
done:
    di->di_dict = NULL;
    MPY_DECREF(d);
    return NULL;
}

static MpyObject *iter_key(MpyObject *self, bool reverse)
{
    ssize_t i;
    MpyDictKeysObject *dk = dictiter_advance((DictIter *)self, reverse, &i);
    return dk ? MPY_NEWREF(dk_entry_key(dk, i)) : NULL;
}

static MpyObject *iter_value(MpyObject *self, bool reverse)
{
    ssize_t i;
    MpyDictKeysObject *dk = dictiter_advance((DictIter *)self, reverse, &i);
    return dk ? MPY_NEWREF(dk_entry_value(dk, i)) : NULL;
}

/* The pair goes into the iterator's own tuple when nobody else holds it,
 * so `for k, v in d.items()` allocates nothing per item. */
static MpyObject *iter_item(MpyObject *self, bool reverse)
{
    DictIter *di = (DictIter *)self;
    ssize_t i;
    MpyDictKeysObject *dk = dictiter_advance(di, reverse, &i);
    if (!dk)
        return NULL;
    MpyObject *key = MPY_NEWREF(dk_entry_key(dk, i)), *value = MPY_NEWREF(dk_entry_value(dk, i));
    MpyObject *result = di->di_result;
    if (MPY_REFCNT(result) == 1) {
        MpyObject *oldkey = MPY_TUPLE_GET(result, 0), *oldvalue = MPY_TUPLE_GET(result, 1);
        MPY_TUPLE_SET(result, 0, key);
        MPY_TUPLE_SET(result, 1, value);
        MPY_INCREF(result);
        MPY_DECREF(oldkey);
        MPY_DECREF(oldvalue);
        /* The collector may have untracked it while it held atoms. */
        if (!mpy_gc_is_tracked(result))
            mpy_gc_track(result);
        return result;
    }
    result = mpy_tuple_new(2);
    if (!result) {
        MPY_DECREF(key);
        MPY_DECREF(value);
        return NULL;
    }
    MPY_TUPLE_SET(result, 0, key);
    MPY_TUPLE_SET(result, 1, value);
    return result;
}

static MpyObject *iternext_key(MpyObject *self) { return iter_key(self, false); }
static MpyObject *iternext_value(MpyObject *self) { return iter_value(self, false); }
static MpyObject *iternext_item(MpyObject *self) { return iter_item(self, false); }
static MpyObject *reviternext_key(MpyObject *self) { return iter_key(self, true); }
static MpyObject *reviternext_value(MpyObject *self) { return iter_value(self, true); }
static MpyObject *reviternext_item(MpyObject *self) { return iter_item(self, true); }

static MpyObject *self_iter(MpyObject *self) { return MPY_NEWREF(self); }

static MpyMethodDef dictiter_methods[] = {
    {"__length_hint__", MPY_METH(dictiter_length_hint), MPY_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL},
};

#define DICT_ITER_TYPE(cname, pyname, next)                 \
    MpyTypeObject cname = {                                 \
        .ob_base = {{1, &MpyType_Type}, 0},                 \
        .tp_name = pyname,                                  \
        .tp_basicsize = sizeof(DictIter),                   \
        .tp_dealloc = dictiter_dealloc,                     \
        .tp_getattro = mpy_object_generic_getattr,          \
        .tp_flags = MPY_TPFLAGS_HAVE_GC,                    \
        .tp_traverse = dictiter_traverse,                   \
        .tp_iter = self_iter,                               \
        .tp_iternext = next,                                \
        .tp_methods = dictiter_methods,                     \
        .tp_free = mpy_gc_del,                              \
    }

DICT_ITER_TYPE(MpyDictIterKey_Type, "dict_keyiterator", iternext_key);
DICT_ITER_TYPE(MpyDictIterValue_Type, "dict_valueiterator", iternext_value);
DICT_ITER_TYPE(MpyDictIterItem_Type, "dict_itemiterator", iternext_item);
DICT_ITER_TYPE(MpyDictRevIterKey_Type, "dict_reversekeyiterator", reviternext_key);
DICT_ITER_TYPE(MpyDictRevIterValue_Type, "dict_reversevalueiterator", reviternext_value);
DICT_ITER_TYPE(MpyDictRevIterItem_Type, "dict_reverseitemiterator", reviternext_item);

/* ============================================================= views */

typedef struct {
    MPY_OBJECT_HEAD;
    MpyDictObject *dv_dict;
} DictView;

#define VIEW_DICT(op) (((DictView *)(op))->dv_dict)

MpyObject *mpy_dictview_new(MpyObject *dict, MpyTypeObject *type)
{
    if (!MPY_DICT_CHECK(dict))
        return mpy_err_bad_internal_call();
    DictView *dv = (DictView *)mpy_gc_new(type);
    if (!dv)
        return NULL;
    dv->dv_dict = (MpyDictObject *)MPY_NEWREF(dict);
    mpy_gc_track(MPY_CAST(dv));
    return MPY_CAST(dv);
}

static void dictview_dealloc(MpyObject *self)
{
    mpy_gc_untrack(self);
    MPY_XDECREF(VIEW_DICT(self));
    mpy_gc_del(self);
}

static int dictview_traverse(MpyObject *self, mpy_visitproc visit, void *arg)
{
    MPY_VISIT(VIEW_DICT(self));
    return 0;
}

static ssize_t dictview_len(MpyObject *self) { return VIEW_DICT(self)->ma_used; }

static inline bool is_setlike_view(MpyObject *o)
{
    return MPY_TYPE(o) == &MpyDictKeys_Type || MPY_TYPE(o) == &MpyDictItems_Type;
}

/* dict_keys([...]): the type name and the list of what iteration gives. */
static MpyObject *dictview_repr(MpyObject *self)
{
    int status = mpy_repr_enter(self);
    if (status != 0)
        return status > 0 ? mpy_str_from_cstr("...") : NULL;
    MpyObject *result = NULL, *seq = mpy_list_from_iterable(self);
    if (seq) {
        result = mpy_str_from_format("%s(%R)", MPY_TYPE(self)->tp_name, seq);
        MPY_DECREF(seq);
    }
    mpy_repr_leave(self);
    return result;
}

static MpyObject *dictkeys_iter(MpyObject *self)
{
    return mpy_dictiter_new(VIEW_DICT(self), &MpyDictIterKey_Type);
}

static MpyObject *dictvalues_iter(MpyObject *self)
{
    return mpy_dictiter_new(VIEW_DICT(self), &MpyDictIterValue_Type);
}

static MpyObject *dictitems_iter(MpyObject *self)
{
    return mpy_dictiter_new(VIEW_DICT(self), &MpyDictIterItem_Type);
}

static MpyObject *dictkeys_reversed(MpyObject *self, MpyObject *unused)
{
    return mpy_dictiter_new(VIEW_DICT(self), &MpyDictRevIterKey_Type);
}

static MpyObject *dictvalues_reversed(MpyObject *self, MpyObject *unused)
{
    return mpy_dictiter_new(VIEW_DICT(self), &MpyDictRevIterValue_Type);
}

static MpyObject *dictitems_reversed(MpyObject *self, MpyObject *unused)
{
    return mpy_dictiter_new(VIEW_DICT(self), &MpyDictRevIterItem_Type);
}

static int dictkeys_contains(MpyObject *self, MpyObject *key)
{
    return mpy_dict_contains(MPY_CAST(VIEW_DICT(self)), key);
}

/* (key, value) in d.items(): the key is there and its value is equal. */
static int dictitems_contains(MpyObject *self, MpyObject *obj)
{
    if (!MPY_TUPLE_CHECK(obj) || MPY_SIZE(obj) != 2)
        return 0;
    MpyObject *key = MPY_TUPLE_GET(obj, 0), *value = MPY_TUPLE_GET(obj, 1);
    MpyObject *found = mpy_dict_get_item(MPY_CAST(VIEW_DICT(self)), key);
    if (!found)
        return mpy_err_occurred() ? -1 : 0;
    MPY_INCREF(found);
    int result = mpy_object_richcompare_bool(found, value, MPY_EQ);
    MPY_DECREF(found);
    return result;
}

/* Whether every item of `self` is in `other`. */
static int all_contained_in(MpyObject *self, MpyObject *other)
{
    MpyObject *it = mpy_object_getiter(self);
    if (!it)
        return -1;
    int ok = 1;
    MpyObject *item;
    int r;
    while (ok == 1 && (r = mpy_iter_step(it, &item)) > 0) {
        ok = mpy_sequence_contains(other, item);
        MPY_DECREF(item);
    }
    MPY_DECREF(it);
    return r < 0 ? -1 : ok;
}

/* Keys and items views compare as sets (with sets and with each other). */
static MpyObject *dictview_richcompare(MpyObject *self, MpyObject *other, int op)
{
    if (!MPY_ANYSET_CHECK(other) && !is_setlike_view(other))
        return MPY_NEWREF(MPY_NOTIMPLEMENTED);
    ssize_t len_self = mpy_object_length(self);
    if (len_self < 0)
        return NULL;
    ssize_t len_other = mpy_object_length(other);
    if (len_other < 0)
        return NULL;
    int ok = 0;
    switch (op) {
    case MPY_NE:
    case MPY_EQ:
        if (len_self == len_other)
            ok = all_contained_in(self, other);
        if (op == MPY_NE && ok >= 0)
            ok = !ok;
        break;
    case MPY_LT:
        if (len_self < len_other)
            ok = all_contained_in(self, other);
        break;
    case MPY_LE:
        if (len_self <= len_other)
            ok = all_contained_in(self, other);
        break;
    case MPY_GT:
        if (len_self > len_other)
            ok = all_contained_in(other, self);
        break;
    case MPY_GE:
        if (len_self >= len_other)
            ok = all_contained_in(other, self);
        break;
    }
    if (ok < 0)
        return NULL;
    return mpy_bool_from_long(ok);
}

/* A set of the view's contents; for the keys of an exact dict, made from
 * the dict itself (which reuses the stored hashes). */
static MpyObject *dictviews_to_set(MpyObject *self)
{
    MpyObject *source = self;
    if (MPY_TYPE(self) == &MpyDictKeys_Type && MPY_DICT_CHECK_EXACT(MPY_CAST(VIEW_DICT(self))))
        source = MPY_CAST(VIEW_DICT(self));
    return mpy_set_new(source);
}

static MpyObject *dictviews_sub(MpyObject *self, MpyObject *other)
{
    MpyObject *result = dictviews_to_set(self);
    if (result && mpy_set_difference_update(result, other) < 0)
        MPY_CLEAR(result);
    return result;
}

static MpyObject *dictviews_or(MpyObject *self, MpyObject *other)
{
    MpyObject *result = dictviews_to_set(self);
    if (result && mpy_set_update(result, other) < 0)
        MPY_CLEAR(result);
    return result;
}

/* d1.items() ^ d2.items(), computed as CPython's dictitems_xor so that the
 * resulting set is built in the same order. */
static MpyObject *dictitems_xor(MpyObject *self, MpyObject *other)
{
    MpyObject *d2 = MPY_CAST(VIEW_DICT(other));
    MpyObject *temp = mpy_dict_copy(MPY_CAST(VIEW_DICT(self)));
    MpyObject *result = temp ? mpy_set_new(NULL) : NULL;
    if (!result)
        goto error;
    ssize_t pos = 0;
    MpyObject *key, *val2;
    mpy_hash_t hash;
    while (mpy_dict_next_hash(d2, &pos, &key, &val2, &hash)) {
        MPY_INCREF(key);
        MPY_INCREF(val2);
        MpyObject *val1 = mpy_dict_get_item_known_hash(temp, key, hash);
        int to_delete = 0, err = 0;
        if (!val1) {
            err = mpy_err_occurred() != NULL;
        } else {
            MPY_INCREF(val1);
            to_delete = mpy_object_richcompare_bool(val1, val2, MPY_EQ);
            MPY_DECREF(val1);
            err = to_delete < 0;
        }
        if (!err) {
            if (to_delete) {
                err = mpy_dict_del_item_known_hash(temp, key, hash) < 0;
            } else {
                MpyObject *pair = mpy_tuple_pack(2, key, val2);
                err = !pair || mpy_set_add(result, pair) < 0;
                MPY_XDECREF(pair);
            }
        }
        MPY_DECREF(key);
        MPY_DECREF(val2);
        if (err)
            goto error;
    }
    MpyObject *remaining = mpy_dictview_new(temp, &MpyDictItems_Type);
    if (!remaining || mpy_set_update(result, remaining) < 0) {
        MPY_XDECREF(remaining);
        goto error;
    }
    MPY_DECREF(remaining);
    MPY_DECREF(temp);
    return result;
error:
    MPY_XDECREF(temp);
    MPY_XDECREF(result);
    return NULL;
}

static MpyObject *dictviews_xor(MpyObject *self, MpyObject *other)
{
    if (MPY_TYPE(self) == &MpyDictItems_Type && MPY_TYPE(other) == &MpyDictItems_Type)
        return dictitems_xor(self, other);
    MpyObject *result = dictviews_to_set(self);
    if (result && mpy_set_symmetric_difference_update(result, other) < 0)
        MPY_CLEAR(result);
    return result;
}

/* view & other (either side may be the view). */
static MpyObject *dictviews_and(MpyObject *self, MpyObject *other)
{
    if (!is_setlike_view(self)) {
        MpyObject *tmp = other;
        other = self;
        self = tmp;
    }
    ssize_t len_self = dictview_len(self);
    if (MPY_TYPE(other) == &MpySet_Type) {
        ssize_t len_other = mpy_set_size(other);
        if (len_self <= len_other)
            return mpy_set_intersection(other, self);
    }
    if (is_setlike_view(other) && dictview_len(other) > len_self) {
        MpyObject *tmp = other;
        other = self;
        self = tmp;
    }
    MpyObject *result = mpy_set_new(NULL);
    if (!result)
        return NULL;
    MpyObject *it = mpy_object_getiter(other);
    if (!it) {
        MPY_DECREF(result);
        return NULL;
    }
    int (*contains)(MpyObject *, MpyObject *) =
        MPY_TYPE(self) == &MpyDictKeys_Type ? dictkeys_contains : dictitems_contains;
    MpyObject *key;
    int r;
    while ((r = mpy_iter_step(it, &key)) > 0) {
        int rv = contains(self, key);
        if (rv > 0)
            rv = mpy_set_add(result, key);
        MPY_DECREF(key);
        if (rv < 0) {
            r = -1;
            break;
        }
    }
    MPY_DECREF(it);
    if (r < 0)
        MPY_CLEAR(result);
    return result;
}

static MpyObject *dictviews_isdisjoint(MpyObject *self, MpyObject *other)
{
    if (self == other)
        return mpy_bool_from_long(dictview_len(self) == 0);
    /* Iterate over the smaller one when the other can answer `in` fast. */
    if (MPY_ANYSET_CHECK(other) || is_setlike_view(other)) {
        ssize_t len_other = mpy_object_length(other);
        if (len_other < 0)
            return NULL;
        if (len_other > dictview_len(self)) {
            MpyObject *tmp = other;
            other = self;
            self = tmp;
        }
    }
    MpyObject *it = mpy_object_getiter(other);
    if (!it)
        return NULL;
    MpyObject *item;
    int r;
    while ((r = mpy_iter_step(it, &item)) > 0) {
        int contains = mpy_sequence_contains(self, item);
        MPY_DECREF(item);
        if (contains) {
            MPY_DECREF(it);
            return contains < 0 ? NULL : MPY_NEWREF(MPY_FALSE);
        }
    }
    MPY_DECREF(it);
    return r < 0 ? NULL : MPY_NEWREF(MPY_TRUE);
}

static MpyObject *dictview_mapping(MpyObject *self, void *closure)
{
    return mpy_mappingproxy_new(MPY_CAST(VIEW_DICT(self)));
}

static MpyGetSetDef dictview_getset[] = {
    {"mapping", dictview_mapping, NULL,
     "dictionary that this view refers to", NULL},
    {NULL},
};

static MpyMethodDef dictkeys_methods[] = {
    {"isdisjoint", MPY_METH(dictviews_isdisjoint), MPY_METH_O,
     "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", MPY_METH(dictkeys_reversed), MPY_METH_NOARGS,
     "Return a reverse iterator over the dict keys."},
    {NULL},
};

static MpyMethodDef dictitems_methods[] = {
    {"isdisjoint", MPY_METH(dictviews_isdisjoint), MPY_METH_O,
     "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", MPY_METH(dictitems_reversed), MPY_METH_NOARGS,
     "Return a reverse iterator over the dict items."},
    {NULL},
};

static MpyMethodDef dictvalues_methods[] = {
    {"__reversed__", MPY_METH(dictvalues_reversed), MPY_METH_NOARGS,
     "Return a reverse iterator over the dict values."},
    {NULL},
};

#define SETLIKE_NUMBER_SLOTS                                                         \
    {.nb_subtract = dictviews_sub, .nb_and = dictviews_and, .nb_xor = dictviews_xor, \
     .nb_or = dictviews_or}

MpyTypeObject MpyDictKeys_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "dict_keys",
    .tp_basicsize = sizeof(DictView),
    .tp_dealloc = dictview_dealloc,
    .tp_repr = dictview_repr,
    .tp_as_number = SETLIKE_NUMBER_SLOTS,
    .tp_as_sequence = {.sq_length = dictview_len, .sq_contains = dictkeys_contains},
    .tp_hash = mpy_object_hash_not_implemented,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC,
    .tp_traverse = dictview_traverse,
    .tp_richcompare = dictview_richcompare,
    .tp_iter = dictkeys_iter,
    .tp_methods = dictkeys_methods,
    .tp_getset = dictview_getset,
    .tp_free = mpy_gc_del,
};

MpyTypeObject MpyDictItems_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "dict_items",
    .tp_basicsize = sizeof(DictView),
    .tp_dealloc = dictview_dealloc,
    .tp_repr = dictview_repr,
    .tp_as_number = SETLIKE_NUMBER_SLOTS,
    .tp_as_sequence = {.sq_length = dictview_len, .sq_contains = dictitems_contains},
    .tp_hash = mpy_object_hash_not_implemented,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC,
    .tp_traverse = dictview_traverse,
    .tp_richcompare = dictview_richcompare,
    .tp_iter = dictitems_iter,
    .tp_methods = dictitems_methods,
    .tp_getset = dictview_getset,
    .tp_free = mpy_gc_del,
};

MpyTypeObject MpyDictValues_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "dict_values",
    .tp_basicsize = sizeof(DictView),
    .tp_dealloc = dictview_dealloc,
    .tp_repr = dictview_repr,
    .tp_as_sequence = {.sq_length = dictview_len},
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC,
    .tp_traverse = dictview_traverse,
    .tp_iter = dictvalues_iter,
    .tp_methods = dictvalues_methods,
    .tp_getset = dictview_getset,
    .tp_free = mpy_gc_del,
};

void mpy_dictviews_init(void)
{
    MpyTypeObject *types[] = {
        &MpyDictKeys_Type,         &MpyDictItems_Type,         &MpyDictValues_Type,
        &MpyDictIterKey_Type,      &MpyDictIterValue_Type,     &MpyDictIterItem_Type,
        &MpyDictRevIterKey_Type,   &MpyDictRevIterValue_Type,  &MpyDictRevIterItem_Type,
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        mpy_type_ready(types[i]);
}
