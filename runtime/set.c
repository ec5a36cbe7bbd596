/* set and frozenset: CPython 3.11's hash table (an 8-slot table inside the
 * object, linear probing of 9 slots then perturbation, dummies for deleted
 * keys, growth when fill*5 >= mask*3 to used*4 or used*2 when large), so
 * that a set prints its items in CPython's order; the set algebra with
 * CPython's choices of which side to iterate; frozenset's hash; the
 * iterator. */
#include "set.h"

#include <string.h>

#include "alloc.h"
#include "args.h"
#include "dict.h"
#include "errors.h"
#include "gc.h"
#include "genericalias.h"
#include "int.h"
#include "interp.h"
#include "iter.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "trashcan.h"
#include "type.h"
#include "weakref.h"

#define SET(op) ((MpySetObject *)(op))
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

/* Marks a deleted slot (with hash -1); never handed out. */
static MpyObject dummy_struct = {MPY_IMMORTAL_REFCNT, &MpyBaseObject_Type};
#define DUMMY (&dummy_struct)

static inline bool is_set_exact_or_sub(MpyObject *o) { return MPY_OBJECT_TYPECHECK(o, &MpySet_Type); }

/* The hash of a key, without a call for strs (cached) and small ints
 * (their own value below the modulus 2**61 - 1, -1 excepted). */
static inline mpy_hash_t key_hash(MpyObject *key)
{
    if (MPY_STR_CHECK_EXACT(key)) {
        mpy_hash_t h = ((MpyStrObject *)key)->hash;
        if (h != -1)
            return h;
    } else if (MPY_INT_CHECK_EXACT(key) && mpy_int_is_small(key)) {
        int64_t v = mpy_int_small_value(key);
        if (v > -((int64_t)1 << 60) && v < ((int64_t)1 << 60))
            return v == -1 ? -2 : (mpy_hash_t)v;
    }
    return mpy_object_hash(key);
}

/* ============================================================ the table */

/* The slot holding key, or the empty slot that ends its probe sequence;
 * NULL with an exception if a comparison failed. A comparison that
 * changes the table makes the search start again. */
static MpySetEntry *set_lookkey(MpySetObject *so, MpyObject *key, mpy_hash_t hash)
{
restart:;
    size_t perturb = (size_t)hash, mask = (size_t)so->mask, i = (size_t)hash & mask;
    for (;;) {
        MpySetEntry *entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL)
                return entry;
            if (entry->hash == hash) {
                MpyObject *startkey = entry->key;
                if (startkey == key)
                    return entry;
                if (MPY_STR_CHECK_EXACT(startkey) && MPY_STR_CHECK_EXACT(key) &&
                    mpy_str_equal(startkey, key))
                    return entry;
                MpySetEntry *table = so->table;
                MPY_INCREF(startkey);
                int cmp = mpy_object_richcompare_bool(startkey, key, MPY_EQ);
                MPY_DECREF(startkey);
                if (cmp < 0)
                    return NULL;
                if (table != so->table || entry->key != startkey)
                    goto restart;
                if (cmp > 0)
                    return entry;
                mask = (size_t)so->mask;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Places a key known to be absent into a table without dummies. */
static void set_insert_clean(MpySetEntry *table, size_t mask, MpyObject *key, mpy_hash_t hash)
{
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        MpySetEntry *entry = &table[i];
        if (entry->key == NULL)
            goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == NULL)
                    goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        entry->key = key;
        entry->hash = hash;
        return;
    }
}

/* Rebuilds the table with the smallest power of two > minused slots
 * (dummies are dropped). */
static int set_table_resize(MpySetObject *so, ssize_t minused)
{
    MpySetEntry *oldtable = so->table, *newtable;
    MpySetEntry small_copy[MPY_SET_MINSIZE];
    size_t oldmask = (size_t)so->mask, newsize = MPY_SET_MINSIZE;
    bool is_oldtable_malloced = oldtable != so->smalltable;
    while (newsize <= (size_t)minused) {
        newsize <<= 1;
        if (newsize > (size_t)SSIZE_MAX / sizeof(MpySetEntry)) {
            mpy_err_no_memory();
            return -1;
        }
    }
    if (newsize == MPY_SET_MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used)
                return 0; /* no dummies: nothing to gain */
            memcpy(small_copy, oldtable, sizeof small_copy);
            oldtable = small_copy;
        }
    } else {
        newtable = mpy_mem_alloc(newsize * sizeof(MpySetEntry));
        if (!newtable) {
            mpy_err_no_memory();
            return -1;
        }
    }
    memset(newtable, 0, newsize * sizeof(MpySetEntry));
    so->mask = (ssize_t)newsize - 1;
    so->table = newtable;
    bool had_dummies = so->fill != so->used;
    so->fill = so->used;
    for (MpySetEntry *entry = oldtable; entry <= oldtable + oldmask; entry++)
        if (entry->key != NULL && (!had_dummies || entry->key != DUMMY))
            set_insert_clean(newtable, (size_t)so->mask, entry->key, entry->hash);
    if (is_oldtable_malloced)
        mpy_mem_free(oldtable);
    return 0;
}

/* Adds key (borrowed) with its hash: an equal key already there wins; a
 * dummy on the probe path is reused (the last one seen, as CPython). */
static int set_add_entry(MpySetObject *so, MpyObject *key, mpy_hash_t hash)
{
    MPY_INCREF(key); /* a comparison could otherwise free it */
restart:;
    size_t perturb = (size_t)hash, mask = (size_t)so->mask, i = (size_t)hash & mask;
    MpySetEntry *freeslot = NULL, *entry;
    for (;;) {
        entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL)
                goto found_unused_or_dummy;
            if (entry->hash == hash) {
                MpyObject *startkey = entry->key;
                if (startkey == key)
                    goto found_active;
                if (MPY_STR_CHECK_EXACT(startkey) && MPY_STR_CHECK_EXACT(key) &&
                    mpy_str_equal(startkey, key))
                    goto found_active;
                MpySetEntry *table = so->table;
                MPY_INCREF(startkey);
                int cmp = mpy_object_richcompare_bool(startkey, key, MPY_EQ);
                MPY_DECREF(startkey);
                if (cmp > 0)
                    goto found_active;
                if (cmp < 0) {
                    MPY_DECREF(key);
                    return -1;
                }
                if (table != so->table || entry->key != startkey)
                    goto restart;
                mask = (size_t)so->mask;
            } else if (entry->hash == -1) {
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if ((size_t)so->fill * 5 < mask * 3)
        return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
found_active:
    MPY_DECREF(key);
    return 0;
}

static int set_add_key(MpySetObject *so, MpyObject *key)
{
    mpy_hash_t hash = key_hash(key);
    return hash == -1 ? -1 : set_add_entry(so, key, hash);
}

static int set_contains_entry(MpySetObject *so, MpyObject *key, mpy_hash_t hash)
{
    MpySetEntry *entry = set_lookkey(so, key, hash);
    return entry ? entry->key != NULL : -1;
}

static int set_contains_key(MpySetObject *so, MpyObject *key)
{
    mpy_hash_t hash = key_hash(key);
    return hash == -1 ? -1 : set_contains_entry(so, key, hash);
}

enum { DISCARD_NOTFOUND = 0, DISCARD_FOUND = 1 };

static int set_discard_entry(MpySetObject *so, MpyObject *key, mpy_hash_t hash)
{
    MpySetEntry *entry = set_lookkey(so, key, hash);
    if (!entry)
        return -1;
    if (entry->key == NULL)
        return DISCARD_NOTFOUND;
    MpyObject *old_key = entry->key;
    entry->key = DUMMY;
    entry->hash = -1;
    so->used--;
    MPY_DECREF(old_key);
    return DISCARD_FOUND;
}

static int set_discard_key(MpySetObject *so, MpyObject *key)
{
    mpy_hash_t hash = key_hash(key);
    return hash == -1 ? -1 : set_discard_entry(so, key, hash);
}

static void set_empty_to_minsize(MpySetObject *so)
{
    memset(so->smalltable, 0, sizeof so->smalltable);
    so->fill = 0;
    so->used = 0;
    so->mask = MPY_SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
}

/* Empties the set before releasing the keys, which may run code that looks
 * at it. */
static void set_clear_internal(MpySetObject *so)
{
    MpySetEntry *table = so->table, small_copy[MPY_SET_MINSIZE];
    ssize_t fill = so->fill, used = so->used;
    bool table_is_malloced = table != so->smalltable;
    if (table_is_malloced) {
        set_empty_to_minsize(so);
    } else if (fill > 0) {
        memcpy(small_copy, table, sizeof small_copy);
        table = small_copy;
        set_empty_to_minsize(so);
    }
    for (MpySetEntry *entry = table; used > 0; entry++) {
        if (entry->key && entry->key != DUMMY) {
            used--;
            MPY_DECREF(entry->key);
        }
    }
    if (table_is_malloced)
        mpy_mem_free(table);
}

/* The next active slot from *pos; 0 at the end. */
static int set_next(MpySetObject *so, ssize_t *pos, MpySetEntry **entry)
{
    ssize_t i = *pos, mask = so->mask;
    MpySetEntry *table = so->table;
    while (i <= mask && (table[i].key == NULL || table[i].key == DUMMY))
        i++;
    *pos = i + 1;
    if (i > mask)
        return 0;
    *entry = &table[i];
    return 1;
}

/* ====================================================== bulk updates */

/* Adds every key of another set, with one resize up front and a raw copy
 * when the table is empty (CPython's set_merge). */
static int set_merge(MpySetObject *so, MpySetObject *other)
{
    if (other == so || other->used == 0)
        return 0;
    if ((so->fill + other->used) * 5 >= so->mask * 3 &&
        set_table_resize(so, (so->used + other->used) * 2) != 0)
        return -1;
    MpySetEntry *so_entry = so->table, *other_entry = other->table;
    /* Same size, empty, no dummies on the other side: copy slot by slot. */
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (ssize_t i = 0; i <= other->mask; i++, so_entry++, other_entry++) {
            if (other_entry->key) {
                so_entry->key = MPY_NEWREF(other_entry->key);
                so_entry->hash = other_entry->hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        so->fill = so->used = other->used;
        for (ssize_t i = other->mask + 1; i > 0; i--, other_entry++) {
            MpyObject *key = other_entry->key;
            if (key && key != DUMMY)
                set_insert_clean(so->table, (size_t)so->mask, MPY_NEWREF(key), other_entry->hash);
        }
        return 0;
    }
    for (ssize_t i = 0; i <= other->mask; i++) {
        other_entry = &other->table[i];
        MpyObject *key = other_entry->key;
        if (key && key != DUMMY && set_add_entry(so, key, other_entry->hash) < 0)
            return -1;
    }
    return 0;
}

static int set_update_internal(MpySetObject *so, MpyObject *other)
{
    if (MPY_ANYSET_CHECK(other))
        return set_merge(so, SET(other));
    if (MPY_DICT_CHECK_EXACT(other)) {
        ssize_t dictsize = MPY_DICT_SIZE(other), pos = 0;
        if ((so->fill + dictsize) * 5 >= so->mask * 3 &&
            set_table_resize(so, (so->used + dictsize) * 2) != 0)
            return -1;
        MpyObject *key;
        mpy_hash_t hash;
        while (mpy_dict_next_hash(other, &pos, &key, NULL, &hash))
            if (set_add_entry(so, key, hash) < 0)
                return -1;
        return 0;
    }
    MpyObject *it = mpy_object_getiter(other);
    if (!it)
        return -1;
    MpyObject *key;
    int r;
    while ((r = mpy_iter_step(it, &key)) > 0) {
        int err = set_add_key(so, key);
        MPY_DECREF(key);
        if (err < 0) {
            r = -1;
            break;
        }
    }
    MPY_DECREF(it);
    return r;
}

/* ========================================================= making sets */

static MpyObject *make_new_set(MpyTypeObject *type, MpyObject *iterable)
{
    MpySetObject *so = (MpySetObject *)mpy_type_generic_alloc(type, 0);
    if (!so)
        return NULL;
    so->mask = MPY_SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
    if (iterable && set_update_internal(so, iterable) < 0) {
        MPY_DECREF(so);
        return NULL;
    }
    return MPY_CAST(so);
}

/* A new set or frozenset (whichever `type` derives from) of iterable. */
static MpyObject *make_new_set_basetype(MpyTypeObject *type, MpyObject *iterable)
{
    if (type != &MpySet_Type && type != &MpyFrozenSet_Type)
        type = mpy_type_is_subtype(type, &MpySet_Type) ? &MpySet_Type : &MpyFrozenSet_Type;
    return make_new_set(type, iterable);
}

static MpyObject *make_new_frozenset(MpyTypeObject *type, MpyObject *iterable)
{
    if (type != &MpyFrozenSet_Type)
        return make_new_set(type, iterable);
    if (iterable && MPY_TYPE(iterable) == &MpyFrozenSet_Type)
        return MPY_NEWREF(iterable); /* frozenset(f) is f */
    return make_new_set(type, iterable);
}

MpyObject *mpy_set_new(MpyObject *iterable) { return make_new_set(&MpySet_Type, iterable); }

MpyObject *mpy_frozenset_new(MpyObject *iterable)
{
    return make_new_set(&MpyFrozenSet_Type, iterable);
}

static MpyObject *set_copy(MpyObject *so, MpyObject *unused)
{
    return make_new_set_basetype(MPY_TYPE(so), so);
}

static MpyObject *frozenset_copy(MpyObject *so, MpyObject *unused)
{
    if (MPY_TYPE(so) == &MpyFrozenSet_Type)
        return MPY_NEWREF(so);
    return set_copy(so, NULL);
}

/* Exchanges the contents of two sets (intersection_update does its work
 * on a new set, then swaps). */
static void set_swap_bodies(MpySetObject *a, MpySetObject *b)
{
    ssize_t t;
    t = a->fill, a->fill = b->fill, b->fill = t;
    t = a->used, a->used = b->used, b->used = t;
    t = a->mask, a->mask = b->mask, b->mask = t;
    MpySetEntry *u = a->table == a->smalltable ? b->smalltable : a->table;
    a->table = b->table == b->smalltable ? a->smalltable : b->table;
    b->table = u;
    if (a->table == a->smalltable || b->table == b->smalltable) {
        MpySetEntry tab[MPY_SET_MINSIZE];
        memcpy(tab, a->smalltable, sizeof tab);
        memcpy(a->smalltable, b->smalltable, sizeof tab);
        memcpy(b->smalltable, tab, sizeof tab);
    }
    if (mpy_type_is_subtype(MPY_TYPE(a), &MpyFrozenSet_Type) &&
        mpy_type_is_subtype(MPY_TYPE(b), &MpyFrozenSet_Type)) {
        mpy_hash_t h = a->hash;
        a->hash = b->hash;
        b->hash = h;
    } else {
        a->hash = b->hash = -1;
    }
}

/* ============================================================ algebra */

MpyObject *mpy_set_intersection(MpyObject *self, MpyObject *other)
{
    MpySetObject *so = SET(self);
    if (self == other)
        return set_copy(self, NULL);
    MpySetObject *result = (MpySetObject *)make_new_set_basetype(MPY_TYPE(self), NULL);
    if (!result)
        return NULL;
    if (MPY_ANYSET_CHECK(other)) {
        /* Iterate over the smaller set, look up in the bigger one. */
        MpySetObject *small = SET(other);
        if (small->used > so->used) {
            small = so;
            so = SET(other);
        }
        ssize_t pos = 0;
        MpySetEntry *entry;
        while (set_next(small, &pos, &entry)) {
            MpyObject *key = MPY_NEWREF(entry->key);
            mpy_hash_t hash = entry->hash;
            int rv = set_contains_entry(so, key, hash);
            if (rv > 0)
                rv = set_add_entry(result, key, hash);
            MPY_DECREF(key);
            if (rv < 0)
                goto fail;
        }
        return MPY_CAST(result);
    }
    MpyObject *it = mpy_object_getiter(other);
    if (!it)
        goto fail;
    MpyObject *key;
    int r;
    while ((r = mpy_iter_step(it, &key)) > 0) {
        mpy_hash_t hash = key_hash(key);
        int rv = hash == -1 ? -1 : set_contains_entry(so, key, hash);
        if (rv > 0)
            rv = set_add_entry(result, key, hash);
        MPY_DECREF(key);
        if (rv < 0) {
            r = -1;
            break;
        }
    }
    MPY_DECREF(it);
    if (r < 0)
        goto fail;
    return MPY_CAST(result);
fail:
    MPY_DECREF(result);
    return NULL;
}

static int set_intersection_update(MpySetObject *so, MpyObject *other)
{
    MpyObject *tmp = mpy_set_intersection(MPY_CAST(so), other);
    if (!tmp)
        return -1;
    set_swap_bodies(so, SET(tmp));
    MPY_DECREF(tmp);
    return 0;
}

static int set_difference_update_internal(MpySetObject *so, MpyObject *other)
{
    if (MPY_CAST(so) == other) {
        set_clear_internal(so);
        return 0;
    }
    if (MPY_ANYSET_CHECK(other)) {
        /* A much bigger other set is first cut down to the intersection. */
        if ((SET(other)->used >> 3) > so->used)
            other = mpy_set_intersection(MPY_CAST(so), other);
        else
            MPY_INCREF(other);
        if (!other)
            return -1;
        ssize_t pos = 0;
        MpySetEntry *entry;
        while (set_next(SET(other), &pos, &entry)) {
            MpyObject *key = MPY_NEWREF(entry->key);
            int rv = set_discard_entry(so, key, entry->hash);
            MPY_DECREF(key);
            if (rv < 0) {
                MPY_DECREF(other);
                return -1;
            }
        }
        MPY_DECREF(other);
    } else {
        MpyObject *it = mpy_object_getiter(other);
        if (!it)
            return -1;
        MpyObject *key;
        int r;
        while ((r = mpy_iter_step(it, &key)) > 0) {
            int rv = set_discard_key(so, key);
            MPY_DECREF(key);
            if (rv < 0) {
                r = -1;
                break;
            }
        }
        MPY_DECREF(it);
        if (r < 0)
            return -1;
    }
    /* More than a quarter dummies: resize them away. */
    if ((size_t)(so->fill - so->used) <= (size_t)so->mask / 4)
        return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static MpyObject *set_copy_and_difference(MpySetObject *so, MpyObject *other)
{
    MpyObject *result = set_copy(MPY_CAST(so), NULL);
    if (result && set_difference_update_internal(SET(result), other) < 0)
        MPY_CLEAR(result);
    return result;
}

static MpyObject *set_difference(MpySetObject *so, MpyObject *other)
{
    ssize_t other_size;
    if (MPY_ANYSET_CHECK(other))
        other_size = SET(other)->used;
    else if (MPY_DICT_CHECK_EXACT(other))
        other_size = MPY_DICT_SIZE(other);
    else
        return set_copy_and_difference(so, other);
    /* Much bigger than other: copying and removing is cheaper. */
    if ((so->used >> 2) > other_size)
        return set_copy_and_difference(so, other);
    MpySetObject *result = (MpySetObject *)make_new_set_basetype(MPY_TYPE(so), NULL);
    if (!result)
        return NULL;
    bool is_dict = MPY_DICT_CHECK_EXACT(other);
    ssize_t pos = 0;
    MpySetEntry *entry;
    while (set_next(so, &pos, &entry)) {
        MpyObject *key = MPY_NEWREF(entry->key);
        mpy_hash_t hash = entry->hash;
        int rv = is_dict ? mpy_dict_contains_known_hash(other, key, hash)
                         : set_contains_entry(SET(other), key, hash);
        if (rv == 0)
            rv = set_add_entry(result, key, hash);
        MPY_DECREF(key);
        if (rv < 0) {
            MPY_DECREF(result);
            return NULL;
        }
    }
    return MPY_CAST(result);
}

/* Toggles each key of `other` (a dict or a set) in so. */
static int toggle_entry(MpySetObject *so, MpyObject *key, mpy_hash_t hash)
{
    MPY_INCREF(key);
    int rv = set_discard_entry(so, key, hash);
    if (rv == DISCARD_NOTFOUND)
        rv = set_add_entry(so, key, hash);
    MPY_DECREF(key);
    return rv < 0 ? -1 : 0;
}

static int set_symmetric_difference_update_internal(MpySetObject *so, MpyObject *other)
{
    if (MPY_CAST(so) == other) {
        set_clear_internal(so);
        return 0;
    }
    if (MPY_DICT_CHECK_EXACT(other)) {
        ssize_t pos = 0;
        MpyObject *key;
        mpy_hash_t hash;
        while (mpy_dict_next_hash(other, &pos, &key, NULL, &hash))
            if (toggle_entry(so, key, hash) < 0)
                return -1;
        return 0;
    }
    MpyObject *otherset;
    if (MPY_ANYSET_CHECK(other))
        otherset = MPY_NEWREF(other);
    else if (!(otherset = make_new_set_basetype(MPY_TYPE(so), other)))
        return -1;
    ssize_t pos = 0;
    MpySetEntry *entry;
    while (set_next(SET(otherset), &pos, &entry)) {
        if (toggle_entry(so, entry->key, entry->hash) < 0) {
            MPY_DECREF(otherset);
            return -1;
        }
    }
    MPY_DECREF(otherset);
    return 0;
}

static MpyObject *set_symmetric_difference(MpySetObject *so, MpyObject *other)
{
    MpyObject *otherset = make_new_set_basetype(MPY_TYPE(so), other);
    if (otherset && set_symmetric_difference_update_internal(SET(otherset), MPY_CAST(so)) < 0)
        MPY_CLEAR(otherset);
    return otherset;
}

static int set_issubset_internal(MpySetObject *so, MpyObject *other)
{
    if (!MPY_ANYSET_CHECK(other)) {
        MpyObject *tmp = mpy_set_intersection(MPY_CAST(so), other);
        if (!tmp)
            return -1;
        int result = SET(tmp)->used == so->used;
        MPY_DECREF(tmp);
        return result;
    }
    if (so->used > SET(other)->used)
        return 0;
    ssize_t pos = 0;
    MpySetEntry *entry;
    while (set_next(so, &pos, &entry)) {
        MpyObject *key = MPY_NEWREF(entry->key);
        int rv = set_contains_entry(SET(other), key, entry->hash);
        MPY_DECREF(key);
        if (rv <= 0)
            return rv;
    }
    return 1;
}

static int set_issuperset_internal(MpySetObject *so, MpyObject *other)
{
    if (MPY_ANYSET_CHECK(other))
        return set_issubset_internal(SET(other), MPY_CAST(so));
    MpyObject *it = mpy_object_getiter(other);
    if (!it)
        return -1;
    MpyObject *key;
    int r, rv = 1;
    while (rv == 1 && (r = mpy_iter_step(it, &key)) > 0) {
        rv = set_contains_key(so, key);
        MPY_DECREF(key);
    }
    MPY_DECREF(it);
    return r < 0 ? -1 : rv;
}

/* =================================================== the public C API */

int mpy_set_add(MpyObject *set, MpyObject *key) { return set_add_key(SET(set), key); }
int mpy_set_contains(MpyObject *set, MpyObject *key) { return set_contains_key(SET(set), key); }
int mpy_set_discard(MpyObject *set, MpyObject *key) { return set_discard_key(SET(set), key); }
ssize_t mpy_set_size(MpyObject *set) { return SET(set)->used; }

int mpy_set_clear(MpyObject *set)
{
    set_clear_internal(SET(set));
    return 0;
}

int mpy_set_next(MpyObject *set, ssize_t *pos, MpyObject **key, mpy_hash_t *hash)
{
    MpySetEntry *entry;
    if (!set_next(SET(set), pos, &entry))
        return 0;
    *key = entry->key;
    if (hash)
        *hash = entry->hash;
    return 1;
}

int mpy_set_update(MpyObject *set, MpyObject *iterable)
{
    return set_update_internal(SET(set), iterable);
}

int mpy_set_difference_update(MpyObject *set, MpyObject *iterable)
{
    return set_difference_update_internal(SET(set), iterable);
}

int mpy_set_symmetric_difference_update(MpyObject *set, MpyObject *iterable)
{
    return set_symmetric_difference_update_internal(SET(set), iterable);
}

MpyObject *mpy_set_pop(MpyObject *set)
{
    MpySetObject *so = SET(set);
    if (so->used == 0) {
        MpyObject *msg = mpy_str_from_cstr("pop from an empty set");
        if (msg) {
            mpy_err_set_key_error(msg);
            MPY_DECREF(msg);
        }
        return NULL;
    }
    /* Resume where the last pop stopped, so repeated pops are not quadratic. */
    MpySetEntry *entry = so->table + (so->finger & so->mask), *limit = so->table + so->mask;
    while (entry->key == NULL || entry->key == DUMMY) {
        if (++entry > limit)
            entry = so->table;
    }
    MpyObject *key = entry->key;
    entry->key = DUMMY;
    entry->hash = -1;
    so->used--;
    so->finger = entry - so->table + 1;
    return key;
}

/* ============================================================== slots */

static void set_dealloc(MpyObject *self)
{
    MpySetObject *so = SET(self);
    ssize_t used = so->used;
    mpy_gc_untrack(self);
    MPY_TRASHCAN_BEGIN(self, set_dealloc)
    if (so->weakreflist)
        mpy_weakref_clear_refs(self, so->weakreflist);
    for (MpySetEntry *entry = so->table; used > 0; entry++) {
        if (entry->key && entry->key != DUMMY) {
            used--;
            MPY_DECREF(entry->key);
        }
    }
    if (so->table != so->smalltable)
        mpy_mem_free(so->table);
    MPY_TYPE(self)->tp_free(self);
    MPY_TRASHCAN_END
}

static int set_traverse(MpyObject *self, mpy_visitproc visit, void *arg)
{
    ssize_t pos = 0;
    MpySetEntry *entry;
    while (set_next(SET(self), &pos, &entry))
        MPY_VISIT(entry->key);
    return 0;
}

static int set_tp_clear(MpyObject *self)
{
    set_clear_internal(SET(self));
    return 0;
}

/* {1, 2}, set(), frozenset({1, 2}), MySet({1, 2}), with ... for a set
 * that contains itself through an object. */
static MpyObject *set_repr(MpyObject *self)
{
    const char *name = mpy_type_short_name(MPY_TYPE(self));
    int status = mpy_repr_enter(self);
    if (status != 0)
        return status > 0 ? mpy_str_from_format("%s(...)", name) : NULL;
    MpyObject *result = NULL;
    if (SET(self)->used == 0) {
        result = mpy_str_from_format("%s()", name);
        goto done;
    }
    MpyObject *keys = mpy_list_from_iterable(self);
    if (!keys)
        goto done;
    MpyObject *listrepr = mpy_object_repr(keys);
    MPY_DECREF(keys);
    if (!listrepr)
        goto done;
    MpyObject *inner = mpy_str_substring(listrepr, 1, MPY_STR_LEN(listrepr) - 1);
    MPY_DECREF(listrepr);
    if (!inner)
        goto done;
    if (MPY_TYPE(self) == &MpySet_Type)
        result = mpy_str_from_format("{%U}", inner);
    else
        result = mpy_str_from_format("%s({%U})", name, inner);
    MPY_DECREF(inner);
done:
    mpy_repr_leave(self);
    return result;
}

static ssize_t set_len(MpyObject *self) { return SET(self)->used; }

/* A set looked up in a set is looked up as the equal frozenset. */
static int with_frozen_key(MpySetObject *so, MpyObject *key,
                           int (*op)(MpySetObject *, MpyObject *))
{
    int rv = op(so, key);
    if (rv >= 0 || !is_set_exact_or_sub(key) || !mpy_err_exception_matches(MpyExc_TypeError))
        return rv;
    mpy_err_clear();
    MpyObject *tmpkey = make_new_set(&MpyFrozenSet_Type, key);
    if (!tmpkey)
        return -1;
    rv = op(so, tmpkey);
    MPY_DECREF(tmpkey);
    return rv;
}

static int set_sq_contains(MpyObject *self, MpyObject *key)
{
    return with_frozen_key(SET(self), key, set_contains_key);
}

static mpy_hash_t shuffle_bits(uint64_t h) { return (mpy_hash_t)(((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL); }

/* The order-independent hash of CPython 3.11's frozenset_hash: the xor of
 * the shuffled hashes of all slots (empty ones included, then cancelled). */
static mpy_hash_t frozenset_hash(MpyObject *self)
{
    MpySetObject *so = SET(self);
    if (so->hash != -1)
        return so->hash;
    uint64_t hash = 0;
    for (MpySetEntry *entry = so->table; entry <= &so->table[so->mask]; entry++)
        hash ^= (uint64_t)shuffle_bits((uint64_t)entry->hash);
    if ((so->mask + 1 - so->fill) & 1)
        hash ^= (uint64_t)shuffle_bits(0);
    if ((so->fill - so->used) & 1)
        hash ^= (uint64_t)shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)so->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1)
        hash = 590923713UL;
    so->hash = (mpy_hash_t)hash;
    return so->hash;
}

/* Set comparisons are subset/superset tests. */
static MpyObject *set_richcompare(MpyObject *v, MpyObject *w, int op)
{
    if (!MPY_ANYSET_CHECK(w))
        return MPY_NEWREF(MPY_NOTIMPLEMENTED);
    MpySetObject *a = SET(v), *b = SET(w);
    int r;
    switch (op) {
    case MPY_EQ:
    case MPY_NE:
        if (a->used != b->used)
            r = 0;
        else if (a->hash != -1 && b->hash != -1 && a->hash != b->hash)
            r = 0;
        else
            r = set_issubset_internal(a, w);
        if (r >= 0 && op == MPY_NE)
            r = !r;
        break;
    case MPY_LE:
        r = set_issubset_internal(a, w);
        break;
    case MPY_GE:
        r = set_issuperset_internal(a, w);
        break;
    case MPY_LT:
        r = a->used < b->used ? set_issubset_internal(a, w) : 0;
        break;
    default:
        r = a->used > b->used ? set_issuperset_internal(a, w) : 0;
        break;
    }
    return r < 0 ? NULL : mpy_bool_from_long(r);
}

/* ----------------------------------------------------------- operators */

#define BOTH_SETS_OR_NOTIMPLEMENTED(a, b)                   \
    if (!MPY_ANYSET_CHECK(a) || !MPY_ANYSET_CHECK(b))       \
        return MPY_NEWREF(MPY_NOTIMPLEMENTED)

static MpyObject *set_or(MpyObject *a, MpyObject *b)
{
    BOTH_SETS_OR_NOTIMPLEMENTED(a, b);
    MpyObject *result = set_copy(a, NULL);
    if (result && a != b && set_update_internal(SET(result), b) < 0)
        MPY_CLEAR(result);
    return result;
}

static MpyObject *set_and(MpyObject *a, MpyObject *b)
{
    BOTH_SETS_OR_NOTIMPLEMENTED(a, b);
    return mpy_set_intersection(a, b);
}

static MpyObject *set_sub(MpyObject *a, MpyObject *b)
{
    BOTH_SETS_OR_NOTIMPLEMENTED(a, b);
    return set_difference(SET(a), b);
}

static MpyObject *set_xor(MpyObject *a, MpyObject *b)
{
    BOTH_SETS_OR_NOTIMPLEMENTED(a, b);
    return set_symmetric_difference(SET(a), b);
}

static MpyObject *set_ior(MpyObject *a, MpyObject *b)
{
    if (!MPY_ANYSET_CHECK(b))
        return MPY_NEWREF(MPY_NOTIMPLEMENTED);
    if (set_update_internal(SET(a), b) < 0)
        return NULL;
    return MPY_NEWREF(a);
}

static MpyObject *set_iand(MpyObject *a, MpyObject *b)
{
    if (!MPY_ANYSET_CHECK(b))
        return MPY_NEWREF(MPY_NOTIMPLEMENTED);
    if (set_intersection_update(SET(a), b) < 0)
        return NULL;
    return MPY_NEWREF(a);
}

static MpyObject *set_isub(MpyObject *a, MpyObject *b)
{
    if (!MPY_ANYSET_CHECK(b))
        return MPY_NEWREF(MPY_NOTIMPLEMENTED);
    if (set_difference_update_internal(SET(a), b) < 0)
        return NULL;
    return MPY_NEWREF(a);
}

static MpyObject *set_ixor(MpyObject *a, MpyObject *b)
{
    if (!MPY_ANYSET_CHECK(b))
        return MPY_NEWREF(MPY_NOTIMPLEMENTED);
    if (set_symmetric_difference_update_internal(SET(a), b) < 0)
        return NULL;
    return MPY_NEWREF(a);
}

/* ============================================================ methods */

static MpyObject *set_add_meth(MpyObject *self, MpyObject *key)
{
    if (set_add_key(SET(self), key) < 0)
        return NULL;
    MPY_RETURN_NONE;
}

static MpyObject *set_clear_meth(MpyObject *self, MpyObject *unused)
{
    set_clear_internal(SET(self));
    MPY_RETURN_NONE;
}

static MpyObject *set_contains_meth(MpyObject *self, MpyObject *key)
{
    int rv = set_sq_contains(self, key);
    return rv < 0 ? NULL : mpy_bool_from_long(rv);
}

static MpyObject *set_remove(MpyObject *self, MpyObject *key)
{
    int rv = with_frozen_key(SET(self), key, set_discard_key);
    if (rv < 0)
        return NULL;
    if (rv == DISCARD_NOTFOUND)
        return mpy_err_set_key_error(key);
    MPY_RETURN_NONE;
}

static MpyObject *set_discard_meth(MpyObject *self, MpyObject *key)
{
    if (with_frozen_key(SET(self), key, set_discard_key) < 0)
        return NULL;
    MPY_RETURN_NONE;
}

static MpyObject *set_pop_meth(MpyObject *self, MpyObject *unused) { return mpy_set_pop(self); }

static MpyObject *set_union(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    MpyObject *result = set_copy(self, NULL);
    for (size_t i = 0; result && i < nargs; i++)
        if (args[i] != self && set_update_internal(SET(result), args[i]) < 0)
            MPY_CLEAR(result);
    return result;
}

static MpyObject *set_update_meth(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    for (size_t i = 0; i < nargs; i++)
        if (set_update_internal(SET(self), args[i]) < 0)
            return NULL;
    MPY_RETURN_NONE;
}

static MpyObject *set_intersection_multi(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    if (nargs == 0)
        return set_copy(self, NULL);
    MpyObject *result = MPY_NEWREF(self);
    for (size_t i = 0; i < nargs; i++) {
        MpyObject *newresult = mpy_set_intersection(result, args[i]);
        MPY_DECREF(result);
        if (!newresult)
            return NULL;
        result = newresult;
    }
    return result;
}

static MpyObject *set_intersection_update_multi(MpyObject *self, MpyObject *const *args,
                                                size_t nargs)
{
    MpyObject *tmp = set_intersection_multi(self, args, nargs);
    if (!tmp)
        return NULL;
    set_swap_bodies(SET(self), SET(tmp));
    MPY_DECREF(tmp);
    MPY_RETURN_NONE;
}

static MpyObject *set_difference_multi(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    if (nargs == 0)
        return set_copy(self, NULL);
    MpyObject *result = set_difference(SET(self), args[0]);
    for (size_t i = 1; result && i < nargs; i++)
        if (set_difference_update_internal(SET(result), args[i]) < 0)
            MPY_CLEAR(result);
    return result;
}

static MpyObject *set_difference_update_multi(MpyObject *self, MpyObject *const *args,
                                              size_t nargs)
{
    for (size_t i = 0; i < nargs; i++)
        if (set_difference_update_internal(SET(self), args[i]) < 0)
            return NULL;
    MPY_RETURN_NONE;
}

static MpyObject *set_symmetric_difference_meth(MpyObject *self, MpyObject *other)
{
    return set_symmetric_difference(SET(self), other);
}

static MpyObject *set_symmetric_difference_update_meth(MpyObject *self, MpyObject *other)
{
    if (set_symmetric_difference_update_internal(SET(self), other) < 0)
        return NULL;
    MPY_RETURN_NONE;
}

static MpyObject *set_issubset(MpyObject *self, MpyObject *other)
{
    int r = set_issubset_internal(SET(self), other);
    return r < 0 ? NULL : mpy_bool_from_long(r);
}

static MpyObject *set_issuperset(MpyObject *self, MpyObject *other)
{
    int r = set_issuperset_internal(SET(self), other);
    return r < 0 ? NULL : mpy_bool_from_long(r);
}

static MpyObject *set_isdisjoint(MpyObject *self, MpyObject *other)
{
    MpySetObject *so = SET(self);
    if (self == other)
        return mpy_bool_from_long(so->used == 0);
    if (MPY_TYPE(other) == &MpySet_Type || MPY_TYPE(other) == &MpyFrozenSet_Type) {
        MpySetObject *small = SET(other);
        if (small->used > so->used) {
            small = so;
            so = SET(other);
        }
        ssize_t pos = 0;
        MpySetEntry *entry;
        while (set_next(small, &pos, &entry)) {
            MpyObject *key = MPY_NEWREF(entry->key);
            int rv = set_contains_entry(so, key, entry->hash);
            MPY_DECREF(key);
            if (rv != 0)
                return rv < 0 ? NULL : MPY_NEWREF(MPY_FALSE);
        }
        MPY_RETURN_TRUE;
    }
    MpyObject *it = mpy_object_getiter(other);
    if (!it)
        return NULL;
    MpyObject *key;
    int r;
    while ((r = mpy_iter_step(it, &key)) > 0) {
        int rv = set_contains_key(so, key);
        MPY_DECREF(key);
        if (rv != 0) {
            MPY_DECREF(it);
            return rv < 0 ? NULL : MPY_NEWREF(MPY_FALSE);
        }
    }
    MPY_DECREF(it);
    return r < 0 ? NULL : MPY_NEWREF(MPY_TRUE);
}

static MpyObject *set_sizeof(MpyObject *self, MpyObject *unused)
{
    MpySetObject *so = SET(self);
    ssize_t res = MPY_TYPE(self)->tp_basicsize;
    if (so->table != so->smalltable)
        res += (so->mask + 1) * (ssize_t)sizeof(MpySetEntry);
    return mpy_int_from_ssize(res);
}

/* ====================================================== construction */

static MpyObject *set_new(MpyTypeObject *type, MpyObject *const *args, size_t nargs,
                          MpyObject *kwnames)
{
    if (type == &MpySet_Type && mpy_arg_no_keywords("set", kwnames) < 0)
        return NULL;
    return make_new_set(type, NULL);
}

/* set.__init__(iterable=()): empties the set, then fills it. */
static int set_init(MpyObject *self, MpyObject *const *args, size_t nargs, MpyObject *kwnames)
{
    if (mpy_arg_no_keywords("set", kwnames) < 0 ||
        mpy_arg_check_positional(mpy_type_short_name(MPY_TYPE(self)), nargs, 0, 1) < 0)
        return -1;
    MpySetObject *so = SET(self);
    if (so->fill)
        set_clear_internal(so);
    so->hash = -1;
    return nargs ? set_update_internal(so, args[0]) : 0;
}

static MpyObject *set_vectorcall(MpyObject *type, MpyObject *const *args, size_t nargs,
                                 MpyObject *kwnames)
{
    if (mpy_arg_no_keywords("set", kwnames) < 0 ||
        mpy_arg_check_positional("set", nargs, 0, 1) < 0)
        return NULL;
    return make_new_set((MpyTypeObject *)type, nargs ? args[0] : NULL);
}

static MpyObject *frozenset_new(MpyTypeObject *type, MpyObject *const *args, size_t nargs,
                                MpyObject *kwnames)
{
    if ((type == &MpyFrozenSet_Type || type->tp_init == MpyFrozenSet_Type.tp_init) &&
        mpy_arg_no_keywords("frozenset", kwnames) < 0)
        return NULL;
    if (mpy_arg_check_positional(mpy_type_short_name(type), nargs, 0, 1) < 0)
        return NULL;
    return make_new_frozenset(type, nargs ? args[0] : NULL);
}

static MpyObject *frozenset_vectorcall(MpyObject *type, MpyObject *const *args, size_t nargs,
                                       MpyObject *kwnames)
{
    if (mpy_arg_no_keywords("frozenset", kwnames) < 0 ||
        mpy_arg_check_positional("frozenset", nargs, 0, 1) < 0)
        return NULL;
    return make_new_frozenset((MpyTypeObject *)type, nargs ? args[0] : NULL);
}

/* =========================================================== iterator */

typedef struct {
    MPY_OBJECT_HEAD;
    MpySetObject *si_set; /* NULL once exhausted */
    ssize_t si_used;
    ssize_t si_pos;
    ssize_t len;
} SetIter;

static MpyObject *set_iter(MpyObject *self)
{
    SetIter *si = (SetIter *)mpy_gc_new(&MpySetIter_Type);
    if (!si)
        return NULL;
    si->si_set = (MpySetObject *)MPY_NEWREF(self);
    si->si_used = SET(self)->used;
    si->si_pos = 0;
    si->len = SET(self)->used;
    mpy_gc_track(MPY_CAST(si));
    return MPY_CAST(si);
}

static void setiter_dealloc(MpyObject *self)
{
    mpy_gc_untrack(self);
    MPY_XDECREF(((SetIter *)self)->si_set);
    mpy_gc_del(self);
}

static int setiter_traverse(MpyObject *self, mpy_visitproc visit, void *arg)
{
    MPY_VISIT(((SetIter *)self)->si_set);
    return 0;
}

static MpyObject *setiter_next(MpyObject *self)
{
    SetIter *si = (SetIter *)self;
    MpySetObject *so = si->si_set;
    if (!so)
        return NULL;
    if (si->si_used != so->used) {
        mpy_err_set_string(MpyExc_RuntimeError, "Set changed size during iteration");
        si->si_used = -1; /* the error is sticky */
        return NULL;
    }
    MpySetEntry *entry;
    if (!set_next(so, &si->si_pos, &entry)) {
        si->si_set = NULL;
        MPY_DECREF(so);
        return NULL;
    }
    si->len--;
    return MPY_NEWREF(entry->key);
}

static MpyObject *setiter_length_hint(MpyObject *self, MpyObject *unused)
{
    SetIter *si = (SetIter *)self;
    ssize_t len = si->si_set && si->si_used == si->si_set->used ? si->len : 0;
    return mpy_int_from_ssize(len);
}

static MpyObject *self_iter(MpyObject *self) { return MPY_NEWREF(self); }

static MpyMethodDef setiter_methods[] = {
    {"__length_hint__", MPY_METH(setiter_length_hint), MPY_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL},
};

MpyTypeObject MpySetIter_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "set_iterator",
    .tp_basicsize = sizeof(SetIter),
    .tp_dealloc = setiter_dealloc,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC,
    .tp_traverse = setiter_traverse,
    .tp_iter = self_iter,
    .tp_iternext = setiter_next,
    .tp_methods = setiter_methods,
    .tp_free = mpy_gc_del,
};

/* ============================================================== types */

#define SIZEOF_DOC "S.__sizeof__() -> size of S in memory, in bytes"

static MpyMethodDef set_methods[] = {
    {"__class_getitem__", MPY_METH(mpy_generic_alias_class_getitem), MPY_METH_O | MPY_METH_CLASS,
     "See PEP 585"},
    {"add", MPY_METH(set_add_meth), MPY_METH_O,
     "Add an element to a set.\n\nThis has no effect if the element is already present."},
    {"clear", MPY_METH(set_clear_meth), MPY_METH_NOARGS, "Remove all elements from this set."},
    {"__contains__", MPY_METH(set_contains_meth), MPY_METH_O, "x.__contains__(y) <==> y in x."},
    {"copy", MPY_METH(set_copy), MPY_METH_NOARGS, "Return a shallow copy of a set."},
    {"discard", MPY_METH(set_discard_meth), MPY_METH_O,
     "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() "
     "method does not raise\nan exception when an element is missing from the set."},
    {"difference", MPY_METH(set_difference_multi), MPY_METH_FASTCALL,
     "Return the difference of two or more sets as a new set.\n\n(i.e. all elements that are "
     "in this set but not the others.)"},
    {"difference_update", MPY_METH(set_difference_update_multi), MPY_METH_FASTCALL,
     "Remove all elements of another set from this set."},
    {"intersection", MPY_METH(set_intersection_multi), MPY_METH_FASTCALL,
     "Return the intersection of two sets as a new set.\n\n(i.e. all elements that are in "
     "both sets.)"},
    {"intersection_update", MPY_METH(set_intersection_update_multi), MPY_METH_FASTCALL,
     "Update a set with the intersection of itself and another."},
    {"isdisjoint", MPY_METH(set_isdisjoint), MPY_METH_O,
     "Return True if two sets have a null intersection."},
    {"issubset", MPY_METH(set_issubset), MPY_METH_O,
     "Report whether another set contains this set."},
    {"issuperset", MPY_METH(set_issuperset), MPY_METH_O,
     "Report whether this set contains another set."},
    {"pop", MPY_METH(set_pop_meth), MPY_METH_NOARGS,
     "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty."},
    {"remove", MPY_METH(set_remove), MPY_METH_O,
     "Remove an element from a set; it must be a member.\n\nIf the element is not a member, "
     "raise a KeyError."},
    {"__sizeof__", MPY_METH(set_sizeof), MPY_METH_NOARGS, SIZEOF_DOC},
    {"symmetric_difference", MPY_METH(set_symmetric_difference_meth), MPY_METH_O,
     "Return the symmetric difference of two sets as a new set.\n\n(i.e. all elements that "
     "are in exactly one of the sets.)"},
    {"symmetric_difference_update", MPY_METH(set_symmetric_difference_update_meth), MPY_METH_O,
     "Update a set with the symmetric difference of itself and another."},
    {"union", MPY_METH(set_union), MPY_METH_FASTCALL,
     "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)"},
    {"update", MPY_METH(set_update_meth), MPY_METH_FASTCALL,
     "Update a set with the union of itself and others."},
    {NULL},
};

static MpyMethodDef frozenset_methods[] = {
    {"__class_getitem__", MPY_METH(mpy_generic_alias_class_getitem), MPY_METH_O | MPY_METH_CLASS,
     "See PEP 585"},
    {"__contains__", MPY_METH(set_contains_meth), MPY_METH_O, "x.__contains__(y) <==> y in x."},
    {"copy", MPY_METH(frozenset_copy), MPY_METH_NOARGS, "Return a shallow copy of a set."},
    {"difference", MPY_METH(set_difference_multi), MPY_METH_FASTCALL,
     "Return the difference of two or more sets as a new set.\n\n(i.e. all elements that are "
     "in this set but not the others.)"},
    {"intersection", MPY_METH(set_intersection_multi), MPY_METH_FASTCALL,
     "Return the intersection of two sets as a new set.\n\n(i.e. all elements that are in "
     "both sets.)"},
    {"isdisjoint", MPY_METH(set_isdisjoint), MPY_METH_O,
     "Return True if two sets have a null intersection."},
    {"issubset", MPY_METH(set_issubset), MPY_METH_O,
     "Report whether another set contains this set."},
    {"issuperset", MPY_METH(set_issuperset), MPY_METH_O,
     "Report whether this set contains another set."},
    {"__sizeof__", MPY_METH(set_sizeof), MPY_METH_NOARGS, SIZEOF_DOC},
    {"symmetric_difference", MPY_METH(set_symmetric_difference_meth), MPY_METH_O,
     "Return the symmetric difference of two sets as a new set.\n\n(i.e. all elements that "
     "are in exactly one of the sets.)"},
    {"union", MPY_METH(set_union), MPY_METH_FASTCALL,
     "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)"},
    {NULL},
};

MpyTypeObject MpySet_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "set",
    .tp_basicsize = sizeof(MpySetObject),
    .tp_dealloc = set_dealloc,
    .tp_repr = set_repr,
    .tp_as_number = {
        .nb_subtract = set_sub,
        .nb_and = set_and,
        .nb_xor = set_xor,
        .nb_or = set_or,
        .nb_inplace_subtract = set_isub,
        .nb_inplace_and = set_iand,
        .nb_inplace_xor = set_ixor,
        .nb_inplace_or = set_ior,
    },
    .tp_as_sequence = {.sq_length = set_len, .sq_contains = set_sq_contains},
    .tp_hash = mpy_object_hash_not_implemented,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC | MPY_TPFLAGS_BASETYPE,
    .tp_doc = "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an "
              "unordered collection of unique elements.",
    .tp_traverse = set_traverse,
    .tp_clear = set_tp_clear,
    .tp_richcompare = set_richcompare,
    .tp_weaklistoffset = offsetof(MpySetObject, weakreflist),
    .tp_iter = set_iter,
    .tp_methods = set_methods,
    .tp_init = set_init,
    .tp_new = set_new,
    .tp_free = mpy_gc_del,
    .tp_vectorcall = set_vectorcall,
};

MpyTypeObject MpyFrozenSet_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "frozenset",
    .tp_basicsize = sizeof(MpySetObject),
    .tp_dealloc = set_dealloc,
    .tp_repr = set_repr,
    .tp_as_number = {
        .nb_subtract = set_sub,
        .nb_and = set_and,
        .nb_xor = set_xor,
        .nb_or = set_or,
    },
    .tp_as_sequence = {.sq_length = set_len, .sq_contains = set_sq_contains},
    .tp_hash = frozenset_hash,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC | MPY_TPFLAGS_BASETYPE,
    .tp_doc = "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\n"
              "Build an immutable unordered collection of unique elements.",
    .tp_traverse = set_traverse,
    .tp_clear = set_tp_clear,
    .tp_richcompare = set_richcompare,
    .tp_weaklistoffset = offsetof(MpySetObject, weakreflist),
    .tp_iter = set_iter,
    .tp_methods = frozenset_methods,
    .tp_new = frozenset_new,
    .tp_free = mpy_gc_del,
    .tp_vectorcall = frozenset_vectorcall,
};

void mpy_set_init(void)
{
    mpy_type_ready(&MpySet_Type);
    mpy_type_ready(&MpyFrozenSet_Type);
    mpy_type_ready(&MpySetIter_Type);
}

void mpy_set_fini(void) {}
