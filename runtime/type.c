/* The `type` type and the machinery of every type: readying (inheritance of
 * slots, the mro, the namespace dict filled from the C tables), attribute
 * lookup along the mro through a cache keyed on version tags, calling a type
 * to make an instance, and generic allocation. Classes defined in Python
 * (heap types) are built in class.c on top of this. */
#include "type.h"

#include <stdlib.h>
#include <string.h>

#include "descr.h"
#include "dict.h"
#include "errors.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "class.h"
#include "slots.h"
#include "str.h"
#include "tuple.h"

/* ====================================================== version tags */

static unsigned int next_version_tag = 1;

unsigned int mpy_type_version(MpyTypeObject *type)
{
    if (type->tp_flags & MPY_TPFLAGS_VALID_VERSION_TAG)
        return type->tp_version_tag;
    if (next_version_tag == 0) /* all tags used: stop caching this type */
        return 0;
    type->tp_version_tag = next_version_tag++;
    type->tp_flags |= MPY_TPFLAGS_VALID_VERSION_TAG;
    return type->tp_version_tag;
}

/* Set by class.c: invalidates the subclasses of a heap type too. */
void (*mpy_type_modified_subclasses_hook)(MpyTypeObject *type);

void mpy_type_modified(MpyTypeObject *type)
{
    if (!(type->tp_flags & MPY_TPFLAGS_VALID_VERSION_TAG))
        return;
    type->tp_flags &= ~(unsigned long)MPY_TPFLAGS_VALID_VERSION_TAG;
    type->tp_version_tag = 0;
    if (mpy_type_modified_subclasses_hook)
        mpy_type_modified_subclasses_hook(type);
}

/* ==================================================== lookup and cache */

/* The method cache: a global table of (version tag, name) -> value, as
 * CPython's type attribute cache. Names must be interned to be cached, since
 * entries compare names by identity. */
#define MCACHE_BITS 12
#define MCACHE_SIZE (1u << MCACHE_BITS)
static struct {
    unsigned int version;
    MpyObject *name;  /* borrowed: interned names live as long as the code using them */
    MpyObject *value; /* borrowed: kept alive by the type's dict while the tag is valid */
} method_cache[MCACHE_SIZE];

static inline unsigned mcache_index(unsigned int version, MpyObject *name)
{
    return (unsigned)((version ^ ((uintptr_t)name >> 4)) & (MCACHE_SIZE - 1));
}

static MpyObject *find_name_in_mro(MpyTypeObject *type, MpyObject *name)
{
    MpyObject *mro = type->tp_mro;
    if (!mro) {
        for (MpyTypeObject *t = type; t; t = t->tp_base) {
            MpyObject *dict = t->tp_dict ? mpy_type_dict(t) : NULL;
            MpyObject *v = dict ? mpy_dict_get_item(dict, name) : NULL;
            if (v)
                return v;
        }
        return NULL;
    }
    for (ssize_t i = 0; i < MPY_SIZE(mro); i++) {
        MpyObject *dict = mpy_type_dict((MpyTypeObject *)MPY_TUPLE_GET(mro, i));
        if (!dict)
            return NULL;
        MpyObject *v = mpy_dict_get_item(dict, name);
        if (v)
            return v;
    }
    return NULL;
}

/* Off during start-up: its lookups are one-off, and filling the table
 * would touch pages of it all over (a page fault each) for nothing. */
static bool mcache_enabled;

void mpy_type_enable_cache(void) { mcache_enabled = true; }

MpyObject *mpy_type_lookup(MpyTypeObject *type, MpyObject *name)
{
    if (!mcache_enabled || !MPY_STR_IS_INTERNED(name))
        return find_name_in_mro(type, name);
    unsigned int version = mpy_type_version(type);
    if (!version)
        return find_name_in_mro(type, name);
    unsigned idx = mcache_index(version, name);
    if (method_cache[idx].version == version && method_cache[idx].name == name)
        return method_cache[idx].value;
    MpyObject *value = find_name_in_mro(type, name);
    if (mpy_err_occurred())
        return NULL;
    method_cache[idx].version = version;
    method_cache[idx].name = name;
    method_cache[idx].value = value;
    return value;
}

/* Turns the cache off at shutdown. */
void mpy_type_clear_cache(void)
{
    /* No need to wipe the table (96 KiB of pages to touch at exit): version
     * tags are never reused, even across a re-initialisation, so no stale
     * entry can match again. */
    mcache_enabled = false;
}

/* ========================================================= subtypes */

bool mpy_type_is_subtype(MpyTypeObject *a, MpyTypeObject *b)
{
    if (a == b)
        return true;
    MpyObject *mro = a->tp_mro;
    if (mro) {
        for (ssize_t i = 0; i < MPY_SIZE(mro); i++)
            if (MPY_TUPLE_GET(mro, i) == MPY_CAST(b))
                return true;
        return false;
    }
    for (MpyTypeObject *t = a->tp_base; t; t = t->tp_base)
        if (t == b)
            return true;
    return b == &MpyBaseObject_Type;
}

const char *mpy_type_short_name(MpyTypeObject *type)
{
    if (type->tp_flags & MPY_TPFLAGS_HEAPTYPE)
        return type->tp_name; /* heap types keep only their __name__ here */
    const char *dot = strrchr(type->tp_name, '.');
    return dot ? dot + 1 : type->tp_name;
}

/* ====================================================== allocation */

MpyObject *mpy_type_generic_alloc(MpyTypeObject *type, ssize_t nitems)
{
    size_t size = (size_t)type->tp_basicsize + (size_t)nitems * (size_t)type->tp_itemsize;
    MpyObject *op;
    if (type->tp_flags & MPY_TPFLAGS_HAVE_GC) {
        op = type->tp_itemsize ? (MpyObject *)mpy_gc_new_var(type, nitems) : mpy_gc_new(type);
        if (!op)
            return NULL;
        memset((char *)op + sizeof(MpyObject), 0, size - sizeof(MpyObject));
        if (type->tp_itemsize)
            MPY_SIZE(op) = nitems;
        mpy_gc_track(op);
    } else {
        op = type->tp_itemsize ? (MpyObject *)mpy_object_new_var(type, nitems)
                               : mpy_object_new(type);
        if (!op)
            return NULL;
        memset((char *)op + sizeof(MpyObject), 0, size - sizeof(MpyObject));
        if (type->tp_itemsize)
            MPY_SIZE(op) = nitems;
    }
    return op;
}

MpyObject *mpy_type_generic_new(MpyTypeObject *type, MpyObject *const *args, size_t nargs,
                                MpyObject *kwnames)
{
    return mpy_type_generic_alloc(type, 0);
}

/* ========================================================= readying */

/* Copies into `type` every slot it leaves empty from `base`, as CPython's
 * inherit_slots; tp_hash and tp_richcompare travel together. */
#define COPY_SLOT(field)                            \
    do {                                            \
        if (!type->field && base->field)            \
            type->field = base->field;              \
    } while (0)

static void inherit_number_slots(MpyTypeObject *type, MpyTypeObject *base)
{
    void **dst = (void **)&type->tp_as_number;
    void *const *src = (void *const *)&base->tp_as_number;
    for (size_t i = 0; i < sizeof(MpyNumberMethods) / sizeof(void *); i++)
        if (!dst[i])
            dst[i] = src[i];
    dst = (void **)&type->tp_as_sequence;
    src = (void *const *)&base->tp_as_sequence;
    for (size_t i = 0; i < sizeof(MpySequenceMethods) / sizeof(void *); i++)
        if (!dst[i])
            dst[i] = src[i];
    dst = (void **)&type->tp_as_mapping;
    src = (void *const *)&base->tp_as_mapping;
    for (size_t i = 0; i < sizeof(MpyMappingMethods) / sizeof(void *); i++)
        if (!dst[i])
            dst[i] = src[i];
}

static void inherit_slots(MpyTypeObject *type, MpyTypeObject *base)
{
    if (!type->tp_basicsize)
        type->tp_basicsize = base->tp_basicsize;
    if (!type->tp_itemsize)
        type->tp_itemsize = base->tp_itemsize;
    const unsigned long inheritable = MPY_TPFLAGS_LONG_SUBCLASS | MPY_TPFLAGS_LIST_SUBCLASS |
                                      MPY_TPFLAGS_TUPLE_SUBCLASS | MPY_TPFLAGS_BYTES_SUBCLASS |
                                      MPY_TPFLAGS_UNICODE_SUBCLASS | MPY_TPFLAGS_DICT_SUBCLASS |
                                      MPY_TPFLAGS_BASE_EXC_SUBCLASS | MPY_TPFLAGS_TYPE_SUBCLASS |
                                      MPY_TPFLAGS_MANAGED_DICT;
    type->tp_flags |= base->tp_flags & inheritable;
    if ((base->tp_flags & MPY_TPFLAGS_HAVE_GC) && !type->tp_traverse && !type->tp_clear) {
        type->tp_flags |= MPY_TPFLAGS_HAVE_GC;
        type->tp_traverse = base->tp_traverse;
        type->tp_clear = base->tp_clear;
    }
    inherit_number_slots(type, base);
    COPY_SLOT(tp_dealloc);
    COPY_SLOT(tp_repr);
    COPY_SLOT(tp_str);
    COPY_SLOT(tp_call);
    COPY_SLOT(tp_getattro);
    COPY_SLOT(tp_setattro);
    if (!type->tp_richcompare && !type->tp_hash) {
        type->tp_richcompare = base->tp_richcompare;
        type->tp_hash = base->tp_hash;
    }
    COPY_SLOT(tp_iter);
    COPY_SLOT(tp_iternext);
    COPY_SLOT(tp_descr_get);
    COPY_SLOT(tp_descr_set);
    COPY_SLOT(tp_dictoffset);
    COPY_SLOT(tp_weaklistoffset);
    COPY_SLOT(tp_init);
    COPY_SLOT(tp_free);
    COPY_SLOT(tp_finalize);
    COPY_SLOT(tp_as_buffer);
    /* A static type without tp_new directly under object cannot be
     * instantiated from Python ("cannot create 'X' instances"). */
    if (!type->tp_new) {
        if (base == &MpyBaseObject_Type && !(type->tp_flags & MPY_TPFLAGS_HEAPTYPE))
            type->tp_flags |= MPY_TPFLAGS_DISALLOW_INSTANTIATION;
        else
            type->tp_new = base->tp_new;
    }
}

static int add_to_dict(MpyTypeObject *type, const char *name, MpyObject *value)
{
    if (!value)
        return -1;
    MpyObject *key = mpy_str_intern_cstr(name);
    int res = key ? mpy_dict_set_item(type->tp_dict, key, value) : -1;
    MPY_DECREF(value);
    return res;
}

static int add_methods(MpyTypeObject *type)
{
    for (MpyMethodDef *ml = type->tp_methods; ml && ml->ml_name; ml++) {
        MpyObject *descr;
        if (ml->ml_flags & MPY_METH_CLASS)
            descr = mpy_descr_new_classmethod(type, ml);
        else if (ml->ml_flags & MPY_METH_STATIC)
            descr = mpy_staticmethod_new_from_cfunction(ml, type);
        else
            descr = mpy_descr_new_method(type, ml);
        /* A method already added (e.g. by a slot wrapper) is replaced. */
        if (add_to_dict(type, ml->ml_name, descr) < 0)
            return -1;
    }
    for (MpyMemberDef *m = type->tp_members; m && m->name; m++)
        if (add_to_dict(type, m->name, mpy_descr_new_member(type, m)) < 0)
            return -1;
    for (MpyGetSetDef *gs = type->tp_getset; gs && gs->name; gs++)
        if (add_to_dict(type, gs->name, mpy_descr_new_getset(type, gs)) < 0)
            return -1;
    return 0;
}

static int fill_dict(MpyTypeObject *type)
{
    if (!type->tp_dict && !(type->tp_dict = mpy_dict_new()))
        return -1;
    if (mpy_slots_add_wrappers(type) < 0 || add_methods(type) < 0)
        return -1;
    MpyObject *doc = MPY_ID(__doc__);
    if (!mpy_dict_get_item(type->tp_dict, doc)) {
        MpyObject *value = type->tp_doc ? mpy_str_from_cstr(type->tp_doc) : MPY_NEWREF(MPY_NONE);
        if (!value || mpy_dict_set_item(type->tp_dict, doc, value) < 0)
            return -1;
        MPY_DECREF(value);
    }
    /* An unhashable type says so in its namespace: __hash__ = None. */
    if (type->tp_hash == mpy_object_hash_not_implemented &&
        !mpy_dict_get_item(type->tp_dict, MPY_ID(__hash__))) {
        if (mpy_dict_set_item(type->tp_dict, MPY_ID(__hash__), MPY_NONE) < 0)
            return -1;
    }
    return 0;
}

static MpyTypeObject **static_types;
static size_t nstatic_types, static_types_cap;

int mpy_type_fill_lazy_dict(MpyTypeObject *type)
{
    if (!(type->tp_flags & MPY_TPFLAGS_LAZY_DICT))
        return 0;
    /* Off first: filling looks names up along the mro, this type included. */
    type->tp_flags &= ~(unsigned long)MPY_TPFLAGS_LAZY_DICT;
    MpyGCQuiet quiet;
    mpy_gc_quiet_begin(&quiet);
    int res = fill_dict(type);
    mpy_gc_quiet_end(&quiet);
    if (res < 0)
        type->tp_flags |= MPY_TPFLAGS_LAZY_DICT;
    return res;
}

void mpy_type_fill_all_lazy_dicts(void)
{
    for (size_t i = 0; i < nstatic_types; i++)
        if (mpy_type_fill_lazy_dict(static_types[i]) < 0)
            mpy_err_clear();
}

/* Static types readied so far (declared above), unreadied at shutdown in
 * reverse. */

static void remember_static_type(MpyTypeObject *type)
{
    if (type->tp_flags & MPY_TPFLAGS_HEAPTYPE)
        return;
    if (nstatic_types == static_types_cap) {
        size_t cap = static_types_cap ? static_types_cap * 2 : 128;
        MpyTypeObject **grown = realloc(static_types, cap * sizeof *grown);
        if (!grown)
            return;
        static_types = grown;
        static_types_cap = cap;
    }
    static_types[nstatic_types++] = type;
}

void mpy_type_unready_all(void)
{
    for (size_t i = nstatic_types; i > 0; i--)
        if (static_types[i - 1]->tp_dict)
            mpy_dict_clear(static_types[i - 1]->tp_dict);
    for (size_t i = nstatic_types; i > 0; i--)
        mpy_type_unready(static_types[i - 1]);
    free(static_types);
    static_types = NULL;
    nstatic_types = static_types_cap = 0;
}

int mpy_type_ready(MpyTypeObject *type)
{
    if (type->tp_flags & (MPY_TPFLAGS_READY | MPY_TPFLAGS_READYING))
        return 0;
    type->tp_flags |= MPY_TPFLAGS_READYING;
    if (!MPY_TYPE(type))
        MPY_TYPE(type) = &MpyType_Type;
    MpyTypeObject *base = type->tp_base;
    if (!base && type != &MpyBaseObject_Type)
        base = type->tp_base = &MpyBaseObject_Type;
    if (base && mpy_type_ready(base) < 0)
        goto fail;
    if (type->tp_new)
        type->tp_flags |= MPY_TPFLAGS_DEFINES_NEW;
    if (type->tp_init)
        type->tp_flags |= MPY_TPFLAGS_DEFINES_INIT;
    if (base)
        inherit_slots(type, base);
    if (!type->tp_bases) {
        type->tp_bases = base ? mpy_tuple_pack(1, base) : mpy_tuple_new(0);
        if (!type->tp_bases)
            goto fail;
    }
    if (type->tp_flags & MPY_TPFLAGS_HEAPTYPE) {
        if (fill_dict(type) < 0)
            goto fail;
    } else {
        if (!type->tp_dict && !(type->tp_dict = mpy_dict_new()))
            goto fail;
        type->tp_flags |= MPY_TPFLAGS_LAZY_DICT;
    }
    if (mpy_type_compute_mro(type) < 0)
        goto fail;
    type->tp_flags = (type->tp_flags & ~(unsigned long)MPY_TPFLAGS_READYING) | MPY_TPFLAGS_READY;
    remember_static_type(type);
    return 0;
fail:
    type->tp_flags &= ~(unsigned long)MPY_TPFLAGS_READYING;
    return -1;
}

/* Releases what readying a static type made (at shutdown). */
void mpy_type_unready(MpyTypeObject *type)
{
    if (type->tp_dict)
        mpy_dict_clear(type->tp_dict);
    MPY_CLEAR(type->tp_dict);
    MPY_CLEAR(type->tp_mro);
    MPY_CLEAR(type->tp_bases);
    type->tp_flags &= ~(unsigned long)(MPY_TPFLAGS_READY | MPY_TPFLAGS_VALID_VERSION_TAG |
                                       MPY_TPFLAGS_LAZY_DICT);
}

/* ============================================================ the mro */

/* C3 linearization (CPython's mro_internal): merge the bases' mros and the
 * list of bases, taking each time the first head not in any tail. */
static bool in_tail(MpyObject *candidate, MpyObject **seqs, ssize_t *heads, ssize_t nseqs)
{
    for (ssize_t i = 0; i < nseqs; i++) {
        MpyObject *seq = seqs[i];
        for (ssize_t j = heads[i] + 1; j < MPY_SIZE(seq); j++)
            if (MPY_TUPLE_GET(seq, j) == candidate)
                return true;
    }
    return false;
}

static MpyObject *c3_error(MpyObject **seqs, ssize_t *heads, ssize_t nseqs)
{
    /* "Cannot create a consistent method resolution order (MRO) for bases A, B" */
    MpyObject *names = mpy_list_new(0);
    if (!names)
        return NULL;
    for (ssize_t i = 0; i < nseqs; i++) {
        if (heads[i] >= MPY_SIZE(seqs[i]))
            continue;
        MpyTypeObject *t = (MpyTypeObject *)MPY_TUPLE_GET(seqs[i], heads[i]);
        MpyObject *name = mpy_str_from_cstr(mpy_type_short_name(t));
        int dup = name ? mpy_sequence_contains(names, name) : -1;
        if (dup < 0 || (!dup && mpy_list_append(names, name) < 0)) {
            MPY_XDECREF(name);
            MPY_DECREF(names);
            return NULL;
        }
        MPY_DECREF(name);
    }
    MpyObject *sep = mpy_str_from_cstr(", ");
    MpyObject *joined = sep ? mpy_str_join(sep, names) : NULL;
    MPY_XDECREF(sep);
    MPY_DECREF(names);
    if (joined) {
        mpy_err_format(MpyExc_TypeError,
                       "Cannot create a consistent method resolution\norder (MRO) for bases %U",
                       joined);
        MPY_DECREF(joined);
    }
    return NULL;
}

MpyObject *mpy_type_c3_mro(MpyTypeObject *type)
{
    MpyObject *bases = type->tp_bases;
    ssize_t nbases = MPY_SIZE(bases), nseqs = nbases + 1;
    MpyObject *seqs[nseqs > 0 ? nseqs : 1];
    ssize_t heads[nseqs > 0 ? nseqs : 1];
    for (ssize_t i = 0; i < nbases; i++) {
        MpyTypeObject *b = (MpyTypeObject *)MPY_TUPLE_GET(bases, i);
        seqs[i] = b->tp_mro;
        heads[i] = 0;
    }
    seqs[nbases] = bases;
    heads[nbases] = 0;
    MpyObject *result = mpy_list_new(0);
    if (!result || mpy_list_append(result, MPY_CAST(type)) < 0)
        goto fail;
    for (;;) {
        bool empty = true, found = false;
        for (ssize_t i = 0; i < nseqs && !found; i++) {
            if (heads[i] >= MPY_SIZE(seqs[i]))
                continue;
            empty = false;
            MpyObject *candidate = MPY_TUPLE_GET(seqs[i], heads[i]);
            if (in_tail(candidate, seqs, heads, nseqs))
                continue;
            found = true;
            if (mpy_list_append(result, candidate) < 0)
                goto fail;
            for (ssize_t j = 0; j < nseqs; j++)
                if (heads[j] < MPY_SIZE(seqs[j]) && MPY_TUPLE_GET(seqs[j], heads[j]) == candidate)
                    heads[j]++;
        }
        if (empty)
            break;
        if (!found) {
            c3_error(seqs, heads, nseqs);
            goto fail;
        }
    }
    MpyObject *tuple = mpy_list_as_tuple(result);
    MPY_DECREF(result);
    return tuple;
fail:
    MPY_XDECREF(result);
    return NULL;
}

int mpy_type_compute_mro(MpyTypeObject *type)
{
    MpyObject *mro;
    if (type == &MpyBaseObject_Type) {
        mro = mpy_tuple_pack(1, type);
    } else if (MPY_SIZE(type->tp_bases) == 1) {
        /* single inheritance: the type followed by its base's mro */
        MpyObject *base_mro = ((MpyTypeObject *)MPY_TUPLE_GET(type->tp_bases, 0))->tp_mro;
        ssize_t n = MPY_SIZE(base_mro);
        mro = mpy_tuple_new(n + 1);
        if (mro) {
            MPY_TUPLE_SET(mro, 0, MPY_NEWREF(type));
            for (ssize_t i = 0; i < n; i++)
                MPY_TUPLE_SET(mro, i + 1, MPY_NEWREF(MPY_TUPLE_GET(base_mro, i)));
        }
    } else {
        mro = mpy_type_c3_mro(type);
    }
    if (!mro)
        return -1;
    MPY_SETREF(type->tp_mro, mro);
    mpy_type_modified(type);
    return 0;
}

/* ========================================================== type() */

/* Calling a class: tp_new, then tp_init when the result is an instance of
 * the class (CPython's type_call). */
static MpyObject *type_call(MpyObject *callable, MpyObject *const *args, size_t nargs,
                            MpyObject *kwnames)
{
    MpyTypeObject *type = (MpyTypeObject *)callable;
    size_t nkw = kwnames ? (size_t)MPY_SIZE(kwnames) : 0;
    if (type == &MpyType_Type && nargs == 1 && nkw == 0)
        return MPY_NEWREF(MPY_TYPE(args[0]));
    if (type->tp_vectorcall)
        return type->tp_vectorcall(callable, args, nargs, kwnames);
    if (!type->tp_new || (type->tp_flags & MPY_TPFLAGS_DISALLOW_INSTANTIATION))
        return mpy_err_format(MpyExc_TypeError, "cannot create '%s' instances",
                              mpy_type_qualified_name(type));
    MpyObject *obj = type->tp_new(type, args, nargs, kwnames);
    if (!obj || !mpy_type_is_subtype(MPY_TYPE(obj), type))
        return obj;
    MpyTypeObject *actual = MPY_TYPE(obj);
    if (actual->tp_init && actual->tp_init(obj, args, nargs, kwnames) < 0) {
        MPY_DECREF(obj);
        return NULL;
    }
    return obj;
}

const char *mpy_type_qualified_name(MpyTypeObject *type)
{
    /* Static types print as written in tp_name ("list_iterator",
     * "collections.deque"), heap types as their __name__. */
    return type->tp_name;
}

static MpyObject *type_repr(MpyObject *self)
{
    MpyTypeObject *type = (MpyTypeObject *)self;
    if (type->tp_flags & MPY_TPFLAGS_HEAPTYPE)
        return mpy_class_repr(type);
    return mpy_str_from_format("<class '%s'>", type->tp_name);
}

/* CPython's type_getattro: data descriptors of the metatype, then the
 * type's own mro (binding with __get__(None, type)), then other attributes
 * of the metatype. */
static MpyObject *type_getattro(MpyObject *self, MpyObject *name)
{
    MpyTypeObject *type = (MpyTypeObject *)self, *metatype = MPY_TYPE(self);
    MpyObject *meta_attr = mpy_type_lookup(metatype, name);
    mpy_descrgetfunc meta_get = NULL;
    if (meta_attr) {
        MPY_INCREF(meta_attr);
        meta_get = MPY_TYPE(meta_attr)->tp_descr_get;
        if (meta_get && MPY_TYPE(meta_attr)->tp_descr_set) {
            MpyObject *res = meta_get(meta_attr, self, MPY_CAST(metatype));
            MPY_DECREF(meta_attr);
            return res;
        }
    }
    MpyObject *attr = mpy_type_lookup(type, name);
    if (attr) {
        MPY_XDECREF(meta_attr);
        mpy_descrgetfunc get = MPY_TYPE(attr)->tp_descr_get;
        if (get)
            return get(attr, NULL, self);
        return MPY_NEWREF(attr);
    }
    if (meta_get) {
        MpyObject *res = meta_get(meta_attr, self, MPY_CAST(metatype));
        MPY_DECREF(meta_attr);
        return res;
    }
    if (meta_attr)
        return meta_attr;
    if (mpy_err_occurred())
        return NULL;
    return mpy_err_format(MpyExc_AttributeError, "type object '%s' has no attribute '%U'",
                          mpy_type_short_name(type), name);
}

static int type_setattro(MpyObject *self, MpyObject *name, MpyObject *value)
{
    MpyTypeObject *type = (MpyTypeObject *)self;
    if (!(type->tp_flags & MPY_TPFLAGS_HEAPTYPE) ||
        (type->tp_flags & MPY_TPFLAGS_IMMUTABLETYPE)) {
        mpy_err_format(MpyExc_TypeError,
                       "cannot set '%U' attribute of immutable type '%s'", name, type->tp_name);
        return -1;
    }
    return mpy_class_setattro(type, name, value);
}

static MpyObject *type_get_name(MpyObject *self, void *c)
{
    return mpy_str_from_cstr(mpy_type_short_name((MpyTypeObject *)self));
}

static MpyObject *type_get_qualname(MpyObject *self, void *c)
{
    MpyTypeObject *type = (MpyTypeObject *)self;
    if (type->tp_flags & MPY_TPFLAGS_HEAPTYPE)
        return mpy_class_get_qualname(type);
    return type_get_name(self, c);
}

static MpyObject *type_get_module(MpyObject *self, void *c)
{
    MpyTypeObject *type = (MpyTypeObject *)self;
    MpyObject *mod = (type->tp_flags & MPY_TPFLAGS_HEAPTYPE)
                         ? mpy_dict_get_item(type->tp_dict, MPY_ID(__module__))
                         : NULL;
    if (mod)
        return MPY_NEWREF(mod);
    const char *dot = strrchr(type->tp_name, '.');
    if (dot)
        return mpy_str_from_utf8(type->tp_name, (size_t)(dot - type->tp_name));
    return mpy_str_from_cstr("builtins");
}

static MpyObject *type_get_doc(MpyObject *self, void *c)
{
    MpyTypeObject *type = (MpyTypeObject *)self;
    MpyObject *dict = mpy_type_dict(type);
    if (!dict)
        return NULL;
    MpyObject *doc = mpy_dict_get_item(dict, MPY_ID(__doc__));
    if (!doc)
        MPY_RETURN_NONE;
    mpy_descrgetfunc get = MPY_TYPE(doc)->tp_descr_get;
    return get ? get(doc, NULL, self) : MPY_NEWREF(doc);
}

static MpyObject *type_get_dict(MpyObject *self, void *c)
{
    MpyObject *dict = mpy_type_dict((MpyTypeObject *)self);
    return dict ? mpy_mappingproxy_new(dict) : NULL;
}

static MpyObject *type_get_bases(MpyObject *self, void *c)
{
    return MPY_NEWREF(((MpyTypeObject *)self)->tp_bases);
}

static MpyGetSetDef type_getset[] = {
    {"__name__", type_get_name, mpy_class_set_name, NULL, NULL},
    {"__qualname__", type_get_qualname, mpy_class_set_qualname, NULL, NULL},
    {"__module__", type_get_module, mpy_class_set_module, NULL, NULL},
    {"__doc__", type_get_doc, mpy_class_set_doc, NULL, NULL},
    {"__dict__", type_get_dict, NULL, NULL, NULL},
    {"__bases__", type_get_bases, mpy_class_set_bases, NULL, NULL},
    {NULL},
};

/* Read-only fields of a type, as CPython's type_members. */
static MpyMemberDef type_members[] = {
    {"__basicsize__", MPY_T_SSIZE, offsetof(MpyTypeObject, tp_basicsize), MPY_READONLY, NULL},
    {"__itemsize__", MPY_T_SSIZE, offsetof(MpyTypeObject, tp_itemsize), MPY_READONLY, NULL},
    {"__flags__", MPY_T_SSIZE, offsetof(MpyTypeObject, tp_flags), MPY_READONLY, NULL},
    {"__weakrefoffset__", MPY_T_SSIZE, offsetof(MpyTypeObject, tp_weaklistoffset), MPY_READONLY, NULL},
    {"__base__", MPY_T_OBJECT, offsetof(MpyTypeObject, tp_base), MPY_READONLY, NULL},
    {"__dictoffset__", MPY_T_SSIZE, offsetof(MpyTypeObject, tp_dictoffset), MPY_READONLY, NULL},
    {"__mro__", MPY_T_OBJECT, offsetof(MpyTypeObject, tp_mro), MPY_READONLY, NULL},
    {NULL},
};

static MpyObject *type_mro_method(MpyObject *self, MpyObject *unused)
{
    MpyTypeObject *type = (MpyTypeObject *)self;
    MpyObject *mro = MPY_SIZE(type->tp_bases) <= 1 && type->tp_mro ? MPY_NEWREF(type->tp_mro)
                                                                   : mpy_type_c3_mro(type);
    if (!mro)
        return NULL;
    MpyObject *list = mpy_list_from_iterable(mro);
    MPY_DECREF(mro);
    return list;
}

static MpyObject *type_instancecheck(MpyObject *self, MpyObject *inst)
{
    return mpy_bool_from_long(mpy_object_recursive_isinstance(inst, self));
}

static MpyObject *type_subclasscheck(MpyObject *self, MpyObject *sub)
{
    int res = mpy_object_recursive_issubclass(sub, self);
    return res < 0 ? NULL : mpy_bool_from_long(res);
}

static MpyObject *type_subclasses(MpyObject *self, MpyObject *unused)
{
    return mpy_class_subclasses_list((MpyTypeObject *)self);
}

static MpyObject *type_prepare(MpyObject *self, MpyObject *const *args, size_t nargs,
                               MpyObject *kwnames)
{
    return mpy_dict_new();
}

static MpyObject *type_sizeof(MpyObject *self, MpyObject *unused)
{
    MpyTypeObject *type = (MpyTypeObject *)self;
    return mpy_int_from_ssize(type->tp_flags & MPY_TPFLAGS_HEAPTYPE ? mpy_class_sizeof(type)
                                                                    : 408);
}

static MpyMethodDef type_methods[] = {
    {"mro", MPY_METH(type_mro_method), MPY_METH_NOARGS, "Return a type's method resolution order."},
    {"__subclasses__", MPY_METH(type_subclasses), MPY_METH_NOARGS,
     "Return a list of immediate subclasses."},
    {"__instancecheck__", MPY_METH(type_instancecheck), MPY_METH_O,
     "Check if an object is an instance."},
    {"__subclasscheck__", MPY_METH(type_subclasscheck), MPY_METH_O,
     "Check if a class is a subclass."},
    {"__prepare__", MPY_METH(type_prepare), MPY_METH_FASTCALL | MPY_METH_KEYWORDS | MPY_METH_CLASS,
     "__prepare__() -> dict\nused to create the namespace for the class statement"},
    {"__sizeof__", MPY_METH(type_sizeof), MPY_METH_NOARGS, "Return memory consumption of the type object."},
    {NULL},
};

static int type_traverse(MpyObject *self, mpy_visitproc visit, void *arg)
{
    return mpy_class_traverse((MpyTypeObject *)self, visit, arg);
}

static int type_clear(MpyObject *self) { return mpy_class_clear((MpyTypeObject *)self); }

MpyTypeObject MpyType_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "type",
    .tp_basicsize = sizeof(MpyHeapTypeObject),
    .tp_dealloc = mpy_class_dealloc,
    .tp_repr = type_repr,
    .tp_call = type_call,
    .tp_getattro = type_getattro,
    .tp_setattro = type_setattro,
    .tp_flags = MPY_TPFLAGS_BASETYPE | MPY_TPFLAGS_HAVE_GC | MPY_TPFLAGS_TYPE_SUBCLASS,
    .tp_doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
    .tp_traverse = type_traverse,
    .tp_clear = type_clear,
    .tp_methods = type_methods,
    .tp_members = type_members,
    .tp_getset = type_getset,
    .tp_weaklistoffset = offsetof(MpyHeapTypeObject, ht_weaklist),
    .tp_dictoffset = offsetof(MpyTypeObject, tp_dict),
    .tp_init = mpy_class_init,
    .tp_new = mpy_class_new,
    .tp_free = mpy_gc_del,
};
