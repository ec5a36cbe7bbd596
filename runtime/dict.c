/* dict: CPython 3.11's compact, insertion-ordered hash table (dict_impl.h
 * has the layout), with its sizes, growth rule, probing, dummies, the
 * str-keys-only entry layout, the 80-dict free list, the version tag, the
 * untracking of dicts that hold only atoms, and the dict methods. The views
 * and iterators are in dict_views.c. */
#include "dict_impl.h"

#include <string.h>

#include "alloc.h"
#include "args.h"
#include "errors.h"
#include "exceptions.h"
#include "gc.h"
#include "genericalias.h"
#include "int.h"
#include "interp.h"
#include "iter.h"
#include "leakcheck.h"
#include "list.h"
#include "set.h"
#include "strbuf.h"
#include "tuple.h"
#include "trashcan.h"
#include "type.h"

#define DICT(op) ((MpyDictObject *)(op))
#define LOG_MINSIZE 3 /* 8 index slots */
#define PERTURB_SHIFT 5
#define MAX_PRESIZE 128 * 1024
#define LOG_MAX_PRESIZE 17

/* Every mutation of any dict takes a new version from this counter, so a
 * cache keyed on (dict, version) is valid exactly while nothing changed. */
static uint64_t dict_global_version;
#define DICT_NEXT_VERSION() (++dict_global_version)

/* ================================================== the keys object */

/* The shared keys of every empty dict: 8 empty slots, room for nothing. */
static MpyDictKeysObject empty_keys = {
    1, LOG_MINSIZE, LOG_MINSIZE, DICT_KEYS_UNICODE, 1, 0, 0,
    {-1, -1, -1, -1, -1, -1, -1, -1},
};
#define EMPTY_KEYS (&empty_keys)

/* Keys versions, for the eval loop's LOAD_GLOBAL cache (CPython 3.11's
 * _PyDictKeys_GetVersionForCurrentState): a keys object gets a number the
 * first time it is asked, and loses it (0) whenever a key is added or
 * removed; numbers are never reused, so a cached (version, index) pair
 * names the same key in the same table for as long as the version holds. */
static uint32_t next_keys_version = 2; /* 1 is the shared empty keys' */

uint32_t mpy_dict_keys_version(MpyObject *d)
{
    MpyDictKeysObject *dk = ((MpyDictObject *)d)->ma_keys;
    if (dk->dk_version == 0 && next_keys_version != 0)
        dk->dk_version = next_keys_version++; /* 0 after 2**32 versions: no more caching */
    return dk->dk_version;
}

static inline ssize_t dk_get_index(const MpyDictKeysObject *dk, size_t i)
{
    int log2size = dk->dk_log2_size;
    if (log2size < 8)
        return ((const int8_t *)dk->dk_indices)[i];
    if (log2size < 16)
        return ((const int16_t *)dk->dk_indices)[i];
    if (log2size >= 32)
        return (ssize_t)((const int64_t *)dk->dk_indices)[i];
    return ((const int32_t *)dk->dk_indices)[i];
}

static inline void dk_set_index(MpyDictKeysObject *dk, size_t i, ssize_t ix)
{
    int log2size = dk->dk_log2_size;
    if (log2size < 8)
        ((int8_t *)dk->dk_indices)[i] = (int8_t)ix;
    else if (log2size < 16)
        ((int16_t *)dk->dk_indices)[i] = (int16_t)ix;
    else if (log2size >= 32)
        ((int64_t *)dk->dk_indices)[i] = (int64_t)ix;
    else
        ((int32_t *)dk->dk_indices)[i] = (int32_t)ix;
}

static inline size_t entry_size(int unicode)
{
    return unicode ? sizeof(MpyDictUnicodeEntry) : sizeof(MpyDictKeyEntry);
}

/* Bytes of a keys object (CPython's _PyDict_KeysSize, used by __sizeof__). */
static size_t keys_size(MpyDictKeysObject *dk)
{
    return sizeof(MpyDictKeysObject) + ((size_t)1 << dk->dk_log2_index_bytes) +
           (size_t)USABLE_FRACTION(DK_SIZE(dk)) * entry_size(DK_IS_UNICODE(dk));
}

/* The log2 size of a table for `minsize` slots, computed as CPython 3.11
 * does on 64-bit builds: the bit length of ((minsize | 8) - 1) | 7. That is
 * at least 16 slots for any minsize from 1 to 7 (only 0 and 8 give 8),
 * which is why {'a': 1} then d[1] = 2 grows to 16 slots. */
static uint8_t calculate_log2_keysize(ssize_t minsize)
{
    size_t m = (((size_t)minsize | (1 << LOG_MINSIZE)) - 1) | ((1 << LOG_MINSIZE) - 1);
    return (uint8_t)(64 - __builtin_clzl(m));
}

/* A table big enough to hold n items without growing. */
static uint8_t estimate_log2_keysize(ssize_t n) { return calculate_log2_keysize((n * 3 + 1) / 2); }

/* The minimal-size str-keys objects are kept for reuse, as CPython 3.11. */
#define KEYS_MAXFREELIST 80
static MpyDictKeysObject *keys_free_list[KEYS_MAXFREELIST];
static int keys_numfree;

static MpyDictKeysObject *new_keys_object(uint8_t log2_size, int unicode)
{
    ssize_t usable = USABLE_FRACTION((ssize_t)1 << log2_size);
    uint8_t log2_bytes = log2_size < 8    ? log2_size
                         : log2_size < 16 ? log2_size + 1
                         : log2_size < 32 ? log2_size + 2
                                          : log2_size + 3;
    MpyDictKeysObject *dk;
    if (log2_size == LOG_MINSIZE && unicode && keys_numfree > 0) {
        dk = keys_free_list[--keys_numfree];
    } else {
        size_t size = sizeof(MpyDictKeysObject) + ((size_t)1 << log2_bytes) +
                      entry_size(unicode) * (size_t)usable;
        dk = mpy_mem_alloc(size);
        if (!dk)
            return (MpyDictKeysObject *)mpy_err_no_memory();
    }
    dk->dk_refcnt = 1;
    dk->dk_log2_size = log2_size;
    dk->dk_log2_index_bytes = log2_bytes;
    dk->dk_kind = unicode ? DICT_KEYS_UNICODE : DICT_KEYS_GENERAL;
    dk->dk_version = 0;
    dk->dk_nentries = 0;
    dk->dk_usable = usable;
    memset(dk->dk_indices, 0xff, (size_t)1 << log2_bytes);
    memset(DK_ENTRY_BASE(dk), 0, entry_size(unicode) * (size_t)usable);
    return dk;
}

static void free_keys_memory(MpyDictKeysObject *dk)
{
    if (dk == EMPTY_KEYS)
        return;
    if (dk->dk_log2_size == LOG_MINSIZE && DK_IS_UNICODE(dk) && keys_numfree < KEYS_MAXFREELIST)
        keys_free_list[keys_numfree++] = dk;
    else
        mpy_mem_free(dk);
}

/* Releases every key and value, in entry order (key, value, key, value...:
 * the order __del__ methods see), then the memory. */
static void free_keys_object(MpyDictKeysObject *dk)
{
    if (dk == EMPTY_KEYS)
        return;
    ssize_t n = dk->dk_nentries;
    if (DK_IS_UNICODE(dk)) {
        MpyDictUnicodeEntry *ep = DK_UNICODE_ENTRIES(dk);
        for (ssize_t i = 0; i < n; i++) {
            MPY_XDECREF(ep[i].me_key);
            MPY_XDECREF(ep[i].me_value);
        }
    } else {
        MpyDictKeyEntry *ep = DK_ENTRIES(dk);
        for (ssize_t i = 0; i < n; i++) {
            MPY_XDECREF(ep[i].me_key);
            MPY_XDECREF(ep[i].me_value);
        }
    }
    free_keys_memory(dk);
}

/* A copy of a combined table with new references (clone_combined_dict_keys). */
static MpyDictKeysObject *clone_keys(MpyDictKeysObject *dk)
{
    size_t size = keys_size(dk);
    MpyDictKeysObject *copy = mpy_mem_alloc(size);
    if (!copy)
        return (MpyDictKeysObject *)mpy_err_no_memory();
    memcpy(copy, dk, size);
    copy->dk_version = 0;
    for (ssize_t i = 0; i < dk->dk_nentries; i++) {
        MpyObject *value = dk_entry_value(copy, i);
        if (value) {
            MPY_INCREF(value);
            MPY_INCREF(dk_entry_key(copy, i));
        }
    }
    return copy;
}

/* ======================================================== dict objects */

#define MAXFREELIST 80
static MpyDictObject *free_list[MAXFREELIST];
static int numfree;

static size_t freelist_count(void *arg) { return (size_t)numfree; }

void mpy_dict_clear_freelist(void)
{
    while (numfree) {
        MpyDictObject *op = free_list[--numfree];
        mpy_leak_register(MPY_CAST(op));
        mpy_gc_del(op);
    }
    while (keys_numfree)
        mpy_mem_free(keys_free_list[--keys_numfree]);
}

/* An untracked exact dict around `keys` (CPython's new_dict). */
static MpyObject *new_dict(MpyDictKeysObject *keys, ssize_t used)
{
    MpyDictObject *mp;
    if (numfree) {
        mp = free_list[--numfree];
        mpy_object_init(MPY_CAST(mp), &MpyDict_Type);
    } else {
        mp = (MpyDictObject *)mpy_gc_new(&MpyDict_Type);
        if (!mp) {
            free_keys_object(keys);
            return NULL;
        }
    }
    mp->ma_keys = keys;
    mp->ma_values = NULL;
    mp->ma_used = used;
    mp->ma_version_tag = DICT_NEXT_VERSION();
    return MPY_CAST(mp);
}

MpyObject *mpy_dict_new(void) { return new_dict(EMPTY_KEYS, 0); }

MpyObject *mpy_dict_new_presized(ssize_t minused)
{
    if (minused <= USABLE_FRACTION((ssize_t)1 << LOG_MINSIZE))
        return mpy_dict_new();
    uint8_t log2 = minused > USABLE_FRACTION(MAX_PRESIZE) ? LOG_MAX_PRESIZE
                                                          : estimate_log2_keysize(minused);
    MpyDictKeysObject *keys = new_keys_object(log2, 1);
    return keys ? new_dict(keys, 0) : NULL;
}

/* ============================================================ tracking */

static inline void maintain_tracking(MpyDictObject *mp, MpyObject *key, MpyObject *value)
{
    if (!mpy_gc_is_tracked(MPY_CAST(mp)) &&
        (mpy_object_gc_may_be_tracked(key) || mpy_object_gc_may_be_tracked(value)))
        mpy_gc_track(MPY_CAST(mp));
}

void mpy_dict_maybe_untrack(MpyObject *op)
{
    if (!MPY_DICT_CHECK_EXACT(op) || !mpy_gc_is_tracked(op))
        return;
    MpyDictKeysObject *dk = DICT(op)->ma_keys;
    bool unicode = DK_IS_UNICODE(dk);
    for (ssize_t i = 0; i < dk->dk_nentries; i++) {
        MpyObject *value = dk_entry_value(dk, i);
        if (!value)
            continue;
        if (mpy_object_gc_may_be_tracked(value) ||
            (!unicode && mpy_object_gc_may_be_tracked(dk_entry_key(dk, i))))
            return;
    }
    mpy_gc_untrack(op);
}

/* ============================================================= lookup */

static inline mpy_hash_t str_hash(MpyObject *s) { return ((MpyStrObject *)s)->hash; }

/* Two exact strs with equal hashes: equal when their UTF-8 bytes are. */
static inline bool str_eq(MpyObject *a, MpyObject *b)
{
    MpyStrObject *x = (MpyStrObject *)a, *y = (MpyStrObject *)b;
    return x->utf8_length == y->utf8_length &&
           memcmp(x->data, y->data, (size_t)x->utf8_length) == 0;
}

/* The hash of a key, without a call for strs (cached) and small ints
 * (their own value below the modulus 2**61 - 1, -1 excepted). */
static inline mpy_hash_t key_hash(MpyObject *key)
{
    if (MPY_STR_CHECK_EXACT(key)) {
        mpy_hash_t h = str_hash(key);
        if (h != -1)
            return h;
    } else if (MPY_INT_CHECK_EXACT(key) && mpy_int_is_small(key)) {
        int64_t v = mpy_int_small_value(key);
        if (v > -((int64_t)1 << 60) && v < ((int64_t)1 << 60))
            return v == -1 ? -2 : (mpy_hash_t)v;
    }
    return mpy_object_hash(key);
}

#define DKIX_KEY_CHANGED (-4) /* a comparison changed the table: start again */

/* A str key in a table of str keys: identity, then hash and contents. */
static ssize_t unicode_lookup_unicode(MpyDictKeysObject *dk, MpyObject *key, mpy_hash_t hash)
{
    MpyDictUnicodeEntry *ep0 = DK_UNICODE_ENTRIES(dk);
    size_t mask = (size_t)DK_SIZE(dk) - 1, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        ssize_t ix = dk_get_index(dk, i);
        if (ix >= 0) {
            MpyObject *k = ep0[ix].me_key;
            if (k == key || (str_hash(k) == hash && str_eq(k, key)))
                return ix;
        } else if (ix == DKIX_EMPTY) {
            return DKIX_EMPTY;
        }
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
}

/* Compares a stored key with the key looked for; -1 error, DKIX_KEY_CHANGED
 * if the comparison mutated the dict, else 0/1. */
static int compare_stored_key(MpyDictObject *mp, MpyDictKeysObject *dk, MpyObject **slot,
                              MpyObject *key)
{
    MpyObject *startkey = MPY_NEWREF(*slot);
    int cmp = mpy_object_richcompare_bool(startkey, key, MPY_EQ);
    MPY_DECREF(startkey);
    if (cmp < 0)
        return -1;
    if (dk != mp->ma_keys || *slot != startkey)
        return DKIX_KEY_CHANGED;
    return cmp;
}

/* Any other key in a table of str keys. */
static ssize_t unicode_lookup_generic(MpyDictObject *mp, MpyDictKeysObject *dk, MpyObject *key,
                                      mpy_hash_t hash)
{
    MpyDictUnicodeEntry *ep0 = DK_UNICODE_ENTRIES(dk);
    size_t mask = (size_t)DK_SIZE(dk) - 1, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        ssize_t ix = dk_get_index(dk, i);
        if (ix >= 0) {
            MpyDictUnicodeEntry *ep = &ep0[ix];
            if (ep->me_key == key)
                return ix;
            if (str_hash(ep->me_key) == hash) {
                int cmp = compare_stored_key(mp, dk, &ep->me_key, key);
                if (cmp < 0)
                    return cmp == -1 ? DKIX_ERROR : cmp;
                if (cmp > 0)
                    return ix;
            }
        } else if (ix == DKIX_EMPTY) {
            return DKIX_EMPTY;
        }
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
}

static ssize_t general_lookup(MpyDictObject *mp, MpyDictKeysObject *dk, MpyObject *key,
                              mpy_hash_t hash)
{
    MpyDictKeyEntry *ep0 = DK_ENTRIES(dk);
    size_t mask = (size_t)DK_SIZE(dk) - 1, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        ssize_t ix = dk_get_index(dk, i);
        if (ix >= 0) {
            MpyDictKeyEntry *ep = &ep0[ix];
            if (ep->me_key == key)
                return ix;
            if (ep->me_hash == hash) {
                int cmp = compare_stored_key(mp, dk, &ep->me_key, key);
                if (cmp < 0)
                    return cmp == -1 ? DKIX_ERROR : cmp;
                if (cmp > 0)
                    return ix;
            }
        } else if (ix == DKIX_EMPTY) {
            return DKIX_EMPTY;
        }
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
}

ssize_t mpy_dict_lookup(MpyDictObject *mp, MpyObject *key, mpy_hash_t hash, MpyObject **value)
{
    for (;;) {
        MpyDictKeysObject *dk = mp->ma_keys;
        ssize_t ix;
        if (DK_IS_UNICODE(dk))
            ix = MPY_STR_CHECK_EXACT(key) ? unicode_lookup_unicode(dk, key, hash)
                                          : unicode_lookup_generic(mp, dk, key, hash);
        else
            ix = general_lookup(mp, dk, key, hash);
        if (ix == DKIX_KEY_CHANGED)
            continue;
        *value = ix >= 0 ? dk_entry_value(dk, ix) : NULL;
        return ix;
    }
}

/* The index slot that holds entry `index` (for deletion). */
static ssize_t lookdict_index(MpyDictKeysObject *dk, mpy_hash_t hash, ssize_t index)
{
    size_t mask = (size_t)DK_SIZE(dk) - 1, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        ssize_t ix = dk_get_index(dk, i);
        if (ix == index)
            return (ssize_t)i;
        if (ix == DKIX_EMPTY)
            return DKIX_EMPTY;
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
}

/* The first empty or dummy slot on hash's probe path. */
static size_t find_empty_slot(MpyDictKeysObject *dk, mpy_hash_t hash)
{
    size_t mask = (size_t)DK_SIZE(dk) - 1, perturb = (size_t)hash, i = (size_t)hash & mask;
    while (dk_get_index(dk, i) >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
    return i;
}

/* ============================================================= resize */

/* Fills the index table of a fresh keys object whose n entries are set. */
static void build_indices(MpyDictKeysObject *dk, ssize_t n)
{
    size_t mask = (size_t)DK_SIZE(dk) - 1;
    for (ssize_t ix = 0; ix < n; ix++) {
        mpy_hash_t hash = dk_entry_hash(dk, ix);
        size_t perturb = (size_t)hash, i = (size_t)hash & mask;
        while (dk_get_index(dk, i) != DKIX_EMPTY) {
            perturb >>= PERTURB_SHIFT;
            i = mask & (i * 5 + perturb + 1);
        }
        dk_set_index(dk, i, ix);
    }
}

/* Moves the live entries into a new table of 2**log2_newsize slots,
 * compacting away deleted ones (CPython's dictresize). */
static int dictresize(MpyDictObject *mp, uint8_t log2_newsize, int unicode)
{
    MpyDictKeysObject *oldkeys = mp->ma_keys;
    if (!DK_IS_UNICODE(oldkeys))
        unicode = 0;
    MpyDictKeysObject *newkeys = new_keys_object(log2_newsize, unicode);
    if (!newkeys)
        return -1;
    ssize_t numentries = mp->ma_used, n = oldkeys->dk_nentries;
    if (!DK_IS_UNICODE(oldkeys) || unicode) {
        /* Same entry layout: copy the live entries as they are. */
        size_t es = entry_size(unicode);
        if (n == numentries) {
            memcpy(DK_ENTRY_BASE(newkeys), DK_ENTRY_BASE(oldkeys), es * (size_t)n);
        } else {
            char *dst = DK_ENTRY_BASE(newkeys);
            for (ssize_t i = 0; i < n; i++) {
                if (!dk_entry_value(oldkeys, i))
                    continue;
                memcpy(dst, DK_ENTRY_BASE(oldkeys) + es * (size_t)i, es);
                dst += es;
            }
        }
    } else {
        /* str keys to the general layout: the hashes come from the strs. */
        MpyDictUnicodeEntry *src = DK_UNICODE_ENTRIES(oldkeys);
        MpyDictKeyEntry *dst = DK_ENTRIES(newkeys);
        for (ssize_t i = 0; i < n; i++) {
            if (!src[i].me_value)
                continue;
            dst->me_key = src[i].me_key;
            dst->me_hash = str_hash(src[i].me_key);
            dst->me_value = src[i].me_value;
            dst++;
        }
    }
    build_indices(newkeys, numentries);
    newkeys->dk_usable -= numentries;
    newkeys->dk_nentries = numentries;
    mp->ma_keys = newkeys;
    free_keys_memory(oldkeys);
    return 0;
}

/* Growth: the new table is sized for used * 3 (CPython's GROWTH_RATE). */
static int insertion_resize(MpyDictObject *mp, int unicode)
{
    return dictresize(mp, calculate_log2_keysize(mp->ma_used * 3), unicode);
}

/* ============================================================ insert */

/* The first item of an empty dict gets a fresh 8-slot table. Steals key
 * and value. */
static int insert_to_emptydict(MpyDictObject *mp, MpyObject *key, mpy_hash_t hash,
                               MpyObject *value)
{
    int unicode = MPY_STR_CHECK_EXACT(key);
    MpyDictKeysObject *newkeys = new_keys_object(LOG_MINSIZE, unicode);
    if (!newkeys) {
        MPY_DECREF(key);
        MPY_DECREF(value);
        return -1;
    }
    mp->ma_keys = newkeys;
    maintain_tracking(mp, key, value);
    dk_set_index(newkeys, (size_t)hash & ((1 << LOG_MINSIZE) - 1), 0);
    if (unicode) {
        DK_UNICODE_ENTRIES(newkeys)[0] = (MpyDictUnicodeEntry){key, value};
    } else {
        DK_ENTRIES(newkeys)[0] = (MpyDictKeyEntry){hash, key, value};
    }
    mp->ma_used++;
    mp->ma_version_tag = DICT_NEXT_VERSION();
    newkeys->dk_usable--;
    newkeys->dk_nentries++;
    return 0;
}

/* d[key] = value with a known hash; steals key and value (insertdict). */
static int insertdict(MpyDictObject *mp, MpyObject *key, mpy_hash_t hash, MpyObject *value)
{
    MpyObject *old_value;
    if (mp->ma_keys == EMPTY_KEYS)
        return insert_to_emptydict(mp, key, hash, value);
    if (DK_IS_UNICODE(mp->ma_keys) && !MPY_STR_CHECK_EXACT(key) && insertion_resize(mp, 0) < 0)
        goto fail;
    ssize_t ix = mpy_dict_lookup(mp, key, hash, &old_value);
    if (ix == DKIX_ERROR)
        goto fail;
    maintain_tracking(mp, key, value);
    if (ix == DKIX_EMPTY) {
        MpyDictKeysObject *dk = mp->ma_keys;
        dk->dk_version = 0;
        if (dk->dk_usable <= 0) {
            if (insertion_resize(mp, 1) < 0)
                goto fail;
            dk = mp->ma_keys;
        }
        /* A comparison may have emptied the dict, leaving a str-keys
         * table: convert it (same size) before storing another key. */
        if (!MPY_STR_CHECK_EXACT(key) && DK_IS_UNICODE(dk)) {
            if (dictresize(mp, dk->dk_log2_size, 0) < 0)
                goto fail;
            dk = mp->ma_keys;
        }
        size_t hashpos = find_empty_slot(dk, hash);
        dk_set_index(dk, hashpos, dk->dk_nentries);
        if (DK_IS_UNICODE(dk))
            DK_UNICODE_ENTRIES(dk)[dk->dk_nentries] = (MpyDictUnicodeEntry){key, value};
        else
            DK_ENTRIES(dk)[dk->dk_nentries] = (MpyDictKeyEntry){hash, key, value};
        mp->ma_used++;
        mp->ma_version_tag = DICT_NEXT_VERSION();
        dk->dk_usable--;
        dk->dk_nentries++;
        return 0;
    }
    if (old_value != value) {
        MpyDictKeysObject *dk = mp->ma_keys;
        if (DK_IS_UNICODE(dk))
            DK_UNICODE_ENTRIES(dk)[ix].me_value = value;
        else
            DK_ENTRIES(dk)[ix].me_value = value;
        mp->ma_version_tag = DICT_NEXT_VERSION();
    }
    MPY_XDECREF(old_value); /* may run __del__, which may touch the dict */
    MPY_DECREF(key);
    return 0;
fail:
    MPY_DECREF(value);
    MPY_DECREF(key);
    return -1;
}

int mpy_dict_set_item_known_hash(MpyObject *d, MpyObject *key, MpyObject *value, mpy_hash_t hash)
{
    return insertdict(DICT(d), MPY_NEWREF(key), hash, MPY_NEWREF(value));
}

int mpy_dict_set_item(MpyObject *d, MpyObject *key, MpyObject *value)
{
    mpy_hash_t hash = key_hash(key);
    if (hash == -1)
        return -1;
    return insertdict(DICT(d), MPY_NEWREF(key), hash, MPY_NEWREF(value));
}

int mpy_dict_set_item_str(MpyObject *d, const char *key, MpyObject *value)
{
    MpyObject *k = mpy_str_from_cstr(key);
    if (!k)
        return -1;
    mpy_str_intern_in_place(&k);
    int r = mpy_dict_set_item(d, k, value);
    MPY_DECREF(k);
    return r;
}

/* ========================================================= get, delete */

MpyObject *mpy_dict_get_item_known_hash(MpyObject *d, MpyObject *key, mpy_hash_t hash)
{
    MpyObject *value;
    mpy_dict_lookup(DICT(d), key, hash, &value);
    return value;
}

MpyObject *mpy_dict_get_item(MpyObject *d, MpyObject *key)
{
    mpy_hash_t hash = key_hash(key);
    if (hash == -1)
        return NULL;
    MpyObject *value;
    mpy_dict_lookup(DICT(d), key, hash, &value);
    return value;
}

MpyObject *mpy_dict_get_item_str(MpyObject *d, const char *key)
{
    MpyObject *k = mpy_str_from_cstr(key);
    if (!k)
        return NULL;
    MpyObject *v = mpy_dict_get_item(d, k);
    MPY_DECREF(k);
    return v;
}

ssize_t mpy_dict_lookup_index(MpyObject *d, MpyObject *key, mpy_hash_t hash)
{
    MpyObject *value;
    ssize_t ix = mpy_dict_lookup(DICT(d), key, hash, &value);
    return ix >= 0 ? ix : -1;
}

MpyObject *mpy_dict_value_at(MpyObject *d, ssize_t ix)
{
    MpyDictKeysObject *dk = DICT(d)->ma_keys;
    if (ix < 0 || ix >= dk->dk_nentries)
        return NULL;
    return dk_entry_value(dk, ix);
}

int mpy_dict_contains_known_hash(MpyObject *d, MpyObject *key, mpy_hash_t hash)
{
    MpyObject *value;
    ssize_t ix = mpy_dict_lookup(DICT(d), key, hash, &value);
    if (ix == DKIX_ERROR)
        return -1;
    return ix >= 0 && value != NULL;
}

int mpy_dict_contains(MpyObject *d, MpyObject *key)
{
    mpy_hash_t hash = key_hash(key);
    return hash == -1 ? -1 : mpy_dict_contains_known_hash(d, key, hash);
}

/* Raises KeyError(key), with the key as the single argument even when it
 * is a tuple (CPython's _PyErr_SetKeyError). */
MpyObject *mpy_err_set_key_error(MpyObject *key)
{
    MpyObject *exc = mpy_exc_new(MpyExc_KeyError, &key, 1);
    if (exc)
        mpy_err_set_raised(exc);
    return NULL;
}

/* Removes entry ix (found at index slot for hash): a dummy in the index,
 * an empty entry; key then value released last. */
static void delitem_common(MpyDictObject *mp, mpy_hash_t hash, ssize_t ix, MpyObject *old_value)
{
    MpyDictKeysObject *dk = mp->ma_keys;
    ssize_t hashpos = lookdict_index(dk, hash, ix);
    mp->ma_used--;
    mp->ma_version_tag = DICT_NEXT_VERSION();
    dk->dk_version = 0;
    dk_set_index(dk, (size_t)hashpos, DKIX_DUMMY);
    MpyObject *old_key;
    if (DK_IS_UNICODE(dk)) {
        MpyDictUnicodeEntry *ep = &DK_UNICODE_ENTRIES(dk)[ix];
        old_key = ep->me_key;
        ep->me_key = ep->me_value = NULL;
    } else {
        MpyDictKeyEntry *ep = &DK_ENTRIES(dk)[ix];
        old_key = ep->me_key;
        ep->me_key = ep->me_value = NULL;
        ep->me_hash = 0;
    }
    MPY_DECREF(old_key);
    MPY_DECREF(old_value);
}

int mpy_dict_del_item_known_hash(MpyObject *d, MpyObject *key, mpy_hash_t hash)
{
    MpyObject *old_value;
    ssize_t ix = mpy_dict_lookup(DICT(d), key, hash, &old_value);
    if (ix == DKIX_ERROR)
        return -1;
    if (ix == DKIX_EMPTY || !old_value) {
        mpy_err_set_key_error(key);
        return -1;
    }
    delitem_common(DICT(d), hash, ix, old_value);
    return 0;
}

int mpy_dict_del_item(MpyObject *d, MpyObject *key)
{
    mpy_hash_t hash = key_hash(key);
    return hash == -1 ? -1 : mpy_dict_del_item_known_hash(d, key, hash);
}

/* d.pop(key[, deflt]): a new reference; KeyError when missing and no
 * default (deflt NULL). */
MpyObject *mpy_dict_pop(MpyObject *d, MpyObject *key, MpyObject *deflt)
{
    MpyDictObject *mp = DICT(d);
    if (mp->ma_used == 0) {
        if (deflt)
            return MPY_NEWREF(deflt);
        return mpy_err_set_key_error(key);
    }
    mpy_hash_t hash = key_hash(key);
    if (hash == -1)
        return NULL;
    MpyObject *old_value;
    ssize_t ix = mpy_dict_lookup(mp, key, hash, &old_value);
    if (ix == DKIX_ERROR)
        return NULL;
    if (ix == DKIX_EMPTY || !old_value) {
        if (deflt)
            return MPY_NEWREF(deflt);
        return mpy_err_set_key_error(key);
    }
    MPY_INCREF(old_value);
    delitem_common(mp, hash, ix, MPY_NEWREF(old_value));
    MPY_DECREF(old_value);
    return old_value;
}

/* d.setdefault(key, deflt): borrowed reference to the value now stored. */
MpyObject *mpy_dict_setdefault(MpyObject *d, MpyObject *key, MpyObject *deflt)
{
    MpyDictObject *mp = DICT(d);
    mpy_hash_t hash = key_hash(key);
    if (hash == -1)
        return NULL;
    MpyObject *value;
    ssize_t ix = mpy_dict_lookup(mp, key, hash, &value);
    if (ix == DKIX_ERROR)
        return NULL;
    if (ix >= 0 && value)
        return value;
    if (insertdict(mp, MPY_NEWREF(key), hash, MPY_NEWREF(deflt)) < 0)
        return NULL;
    return deflt;
}

/* =========================================================== clearing */

void mpy_dict_clear(MpyObject *d)
{
    MpyDictObject *mp = DICT(d);
    MpyDictKeysObject *oldkeys = mp->ma_keys;
    if (oldkeys == EMPTY_KEYS)
        return;
    /* Empty the dict first: the releases below may run code that uses it. */
    mp->ma_keys = EMPTY_KEYS;
    mp->ma_used = 0;
    mp->ma_version_tag = DICT_NEXT_VERSION();
    free_keys_object(oldkeys);
}

/* ========================================================== iteration */

int mpy_dict_next_hash(MpyObject *d, ssize_t *pos, MpyObject **key, MpyObject **value,
                       mpy_hash_t *hash)
{
    MpyDictKeysObject *dk = DICT(d)->ma_keys;
    ssize_t i = *pos, n = dk->dk_nentries;
    while (i < n && !dk_entry_value(dk, i))
        i++;
    if (i >= n)
        return 0;
    *pos = i + 1;
    if (key)
        *key = dk_entry_key(dk, i);
    if (value)
        *value = dk_entry_value(dk, i);
    if (hash)
        *hash = dk_entry_hash(dk, i);
    return 1;
}

int mpy_dict_next(MpyObject *d, ssize_t *pos, MpyObject **key, MpyObject **value)
{
    return mpy_dict_next_hash(d, pos, key, value, NULL);
}

/* Lists of the keys, values or (key, value) pairs, for C callers. */
static MpyObject *dict_to_list(MpyObject *d, int what)
{
    /* Allocating the list may run a collection that changes the dict. */
    for (;;) {
        ssize_t n = DICT(d)->ma_used;
        MpyObject *list = mpy_list_new(n);
        if (!list)
            return NULL;
        if (n != DICT(d)->ma_used) {
            MPY_DECREF(list);
            continue;
        }
        ssize_t pos = 0, j = 0;
        MpyObject *key, *value;
        while (mpy_dict_next(d, &pos, &key, &value)) {
            MpyObject *item = what == 0   ? MPY_NEWREF(key)
                              : what == 1 ? MPY_NEWREF(value)
                                          : mpy_tuple_pack(2, key, value);
            if (!item) {
                MPY_DECREF(list);
                return NULL;
            }
            MPY_LIST_SET(list, j++, item);
        }
        return list;
    }
}

MpyObject *mpy_dict_keys(MpyObject *d) { return dict_to_list(d, 0); }
MpyObject *mpy_dict_values(MpyObject *d) { return dict_to_list(d, 1); }
MpyObject *mpy_dict_items(MpyObject *d) { return dict_to_list(d, 2); }

/* =========================================================== copying */

static MpyObject *dict_iter(MpyObject *self);

/* A dict is iterated the dict way unless a subclass redefined __iter__. */
static inline bool iterates_as_dict(MpyObject *d)
{
    return MPY_DICT_CHECK(d) && MPY_TYPE(d)->tp_iter == dict_iter;
}

MpyObject *mpy_dict_copy(MpyObject *o)
{
    MpyDictObject *mp = DICT(o);
    if (mp->ma_used == 0)
        return mpy_dict_new();
    /* A table that is at least 2/3 live is copied wholesale. */
    if (MPY_TYPE(o)->tp_iter == dict_iter && mp->ma_used >= (mp->ma_keys->dk_nentries * 2) / 3) {
        MpyDictKeysObject *keys = clone_keys(mp->ma_keys);
        if (!keys)
            return NULL;
        MpyObject *copy = new_dict(keys, mp->ma_used);
        if (copy && mpy_gc_is_tracked(o))
            mpy_gc_track(copy);
        return copy;
    }
    MpyObject *copy = mpy_dict_new();
    if (copy && mpy_dict_merge(copy, o, 1) < 0)
        MPY_CLEAR(copy);
    return copy;
}

/* The keys of a mapping as a list: list(o.keys()) (PyMapping_Keys). */
static MpyObject *mapping_keys(MpyObject *o)
{
    if (MPY_DICT_CHECK_EXACT(o))
        return mpy_dict_keys(o);
    MpyObject *keys = mpy_call_method(o, "keys", NULL, 0);
    if (!keys)
        return NULL;
    MpyObject *it = mpy_object_getiter(keys);
    if (!it) {
        if (mpy_err_exception_matches(MpyExc_TypeError)) {
            mpy_err_clear();
            mpy_err_format(MpyExc_TypeError, "%s.keys() returned a non-iterable (type %s)",
                           mpy_type_short_name(MPY_TYPE(o)), mpy_type_short_name(MPY_TYPE(keys)));
        }
        MPY_DECREF(keys);
        return NULL;
    }
    MPY_DECREF(keys);
    MpyObject *list = mpy_list_new(0);
    if (list && mpy_list_extend(list, it) < 0)
        MPY_CLEAR(list);
    MPY_DECREF(it);
    return list;
}

/* Merging from a dict: one resize up front, then the entries in order. */
static int merge_from_dict(MpyDictObject *mp, MpyDictObject *other, int override)
{
    if (other == mp || other->ma_used == 0)
        return 0;
    if (mp->ma_used == 0) {
        override = 1;
        MpyDictKeysObject *okeys = other->ma_keys;
        /* A fresh, compact table is cloned whole. */
        if (other->ma_used == okeys->dk_nentries &&
            (okeys->dk_log2_size == LOG_MINSIZE ||
             USABLE_FRACTION(DK_SIZE(okeys) / 2) < other->ma_used)) {
            MpyDictKeysObject *keys = clone_keys(okeys);
            if (!keys)
                return -1;
            MpyDictKeysObject *old = mp->ma_keys;
            mp->ma_keys = keys;
            mp->ma_used = other->ma_used;
            mp->ma_version_tag = DICT_NEXT_VERSION();
            free_keys_object(old);
            if (mpy_gc_is_tracked(MPY_CAST(other)) && !mpy_gc_is_tracked(MPY_CAST(mp)))
                mpy_gc_track(MPY_CAST(mp));
            return 0;
        }
    }
    if (USABLE_FRACTION(DK_SIZE(mp->ma_keys)) < other->ma_used &&
        dictresize(mp, estimate_log2_keysize(mp->ma_used + other->ma_used),
                   DK_IS_UNICODE(other->ma_keys)) < 0)
        return -1;
    ssize_t orig_size = other->ma_used, pos = 0;
    MpyObject *key, *value;
    mpy_hash_t hash;
    while (mpy_dict_next_hash(MPY_CAST(other), &pos, &key, &value, &hash)) {
        MPY_INCREF(key);
        MPY_INCREF(value);
        int err = 0;
        if (override == 1) {
            err = insertdict(mp, key, hash, value);
            key = value = NULL;
        } else {
            err = mpy_dict_contains_known_hash(MPY_CAST(mp), key, hash);
            if (err == 0) {
                err = insertdict(mp, key, hash, value);
                key = value = NULL;
            } else if (err > 0) {
                if (override == 2) {
                    mpy_err_set_key_error(key);
                    err = -1;
                } else {
                    err = 0;
                }
            }
        }
        MPY_XDECREF(value);
        MPY_XDECREF(key);
        if (err < 0)
            return -1;
        if (orig_size != other->ma_used) {
            mpy_err_set_string(MpyExc_RuntimeError, "dict mutated during update");
            return -1;
        }
    }
    return 0;
}

/* Merging from another mapping: its keys(), then b[key] for each. */
static int merge_from_mapping(MpyObject *a, MpyObject *b, int override)
{
    MpyObject *keys = mapping_keys(b);
    if (!keys)
        return -1;
    MpyObject *it = mpy_object_getiter(keys);
    MPY_DECREF(keys);
    if (!it)
        return -1;
    MpyObject *key;
    int r;
    while ((r = mpy_iter_step(it, &key)) > 0) {
        if (override != 1) {
            int status = mpy_dict_contains(a, key);
            if (status != 0) {
                if (status > 0 && override == 0) {
                    MPY_DECREF(key);
                    continue;
                }
                if (status > 0)
                    mpy_err_set_key_error(key);
                MPY_DECREF(key);
                MPY_DECREF(it);
                return -1;
            }
        }
        MpyObject *value = mpy_object_getitem(b, key);
        int status = value ? mpy_dict_set_item(a, key, value) : -1;
        MPY_XDECREF(value);
        MPY_DECREF(key);
        if (status < 0) {
            MPY_DECREF(it);
            return -1;
        }
    }
    MPY_DECREF(it);
    return r;
}

int mpy_dict_merge(MpyObject *a, MpyObject *b, int override)
{
    if (iterates_as_dict(b))
        return merge_from_dict(DICT(a), DICT(b), override);
    return merge_from_mapping(a, b, override);
}

/* d.update(seq) for a sequence of pairs (PyDict_MergeFromSeq2). */
static int merge_from_seq2(MpyObject *d, MpyObject *seq2, int override)
{
    MpyObject *it = mpy_object_getiter(seq2);
    if (!it)
        return -1;
    MpyObject *item;
    int r;
    for (ssize_t i = 0; (r = mpy_iter_step(it, &item)) > 0; i++) {
        MpyObject *fast = NULL;
        if (MPY_LIST_CHECK_EXACT(item) || MPY_TUPLE_CHECK_EXACT(item)) {
            fast = MPY_NEWREF(item);
        } else {
            fast = mpy_list_from_iterable(item);
            if (!fast && mpy_err_exception_matches(MpyExc_TypeError)) {
                mpy_err_clear();
                mpy_err_format(MpyExc_TypeError,
                               "cannot convert dictionary update sequence element #%zd to a "
                               "sequence",
                               i);
            }
        }
        MPY_DECREF(item);
        if (!fast)
            goto fail;
        ssize_t n = MPY_SIZE(fast);
        if (n != 2) {
            mpy_err_format(MpyExc_ValueError,
                           "dictionary update sequence element #%zd has length %zd; 2 is required",
                           i, n);
            MPY_DECREF(fast);
            goto fail;
        }
        MpyObject **items = MPY_LIST_CHECK_EXACT(fast) ? MPY_LIST_ITEMS(fast) : MPY_TUPLE_ITEMS(fast);
        MpyObject *key = MPY_NEWREF(items[0]), *value = MPY_NEWREF(items[1]);
        MPY_DECREF(fast);
        int status = override ? mpy_dict_set_item(d, key, value)
                              : (mpy_dict_setdefault(d, key, value) ? 0 : -1);
        MPY_DECREF(key);
        MPY_DECREF(value);
        if (status < 0)
            goto fail;
    }
    MPY_DECREF(it);
    return r;
fail:
    MPY_DECREF(it);
    return -1;
}

/* d.update(arg): a dict, anything with keys(), or an iterable of pairs. */
static int update_arg(MpyObject *d, MpyObject *arg)
{
    if (MPY_DICT_CHECK_EXACT(arg))
        return mpy_dict_merge(d, arg, 1);
    MpyObject *func;
    int found = mpy_object_lookup_attr(arg, MPY_ID(keys), &func);
    if (found < 0)
        return -1;
    if (found) {
        MPY_DECREF(func);
        return mpy_dict_merge(d, arg, 1);
    }
    return merge_from_seq2(d, arg, 1);
}

int mpy_dict_update(MpyObject *d, MpyObject *other) { return update_arg(d, other); }

/* The positional argument and keywords of dict() and d.update(). */
static int update_common(MpyObject *self, const char *fname, MpyObject *const *args,
                         size_t nargs, MpyObject *kwnames)
{
    if (mpy_arg_check_positional(fname, nargs, 0, 1) < 0)
        return -1;
    if (nargs == 1 && update_arg(self, args[0]) < 0)
        return -1;
    ssize_t nkw = kwnames ? MPY_SIZE(kwnames) : 0;
    for (ssize_t i = 0; i < nkw; i++)
        if (mpy_dict_set_item(self, MPY_TUPLE_GET(kwnames, i), args[nargs + (size_t)i]) < 0)
            return -1;
    return 0;
}

/* {k1: v1, ...} from parallel arrays (BUILD_MAP / BUILD_CONST_KEY_MAP):
 * presized, with the str-keys layout when every key is a str. Borrows. */
MpyObject *mpy_dict_from_items(MpyObject *const *keys, ssize_t keys_stride,
                               MpyObject *const *values, ssize_t values_stride, ssize_t length)
{
    bool unicode = true;
    for (ssize_t i = 0; i < length; i++)
        if (!MPY_STR_CHECK_EXACT(keys[i * keys_stride])) {
            unicode = false;
            break;
        }
    MpyObject *d;
    if (length <= USABLE_FRACTION((ssize_t)1 << LOG_MINSIZE)) {
        d = mpy_dict_new();
    } else {
        uint8_t log2 = length > USABLE_FRACTION(MAX_PRESIZE) ? LOG_MAX_PRESIZE
                                                             : estimate_log2_keysize(length);
        MpyDictKeysObject *dk = new_keys_object(log2, unicode);
        d = dk ? new_dict(dk, 0) : NULL;
    }
    if (!d)
        return NULL;
    for (ssize_t i = 0; i < length; i++) {
        if (mpy_dict_set_item(d, keys[i * keys_stride], values[i * values_stride]) < 0) {
            MPY_DECREF(d);
            return NULL;
        }
    }
    return d;
}

/* =============================================================== slots */

static void dict_dealloc(MpyObject *self)
{
    MpyDictObject *mp = DICT(self);
    mpy_gc_untrack(self);
    MPY_TRASHCAN_BEGIN(self, dict_dealloc)
    MpyDictKeysObject *keys = mp->ma_keys;
    mp->ma_keys = EMPTY_KEYS;
    if (keys)
        free_keys_object(keys);
    if (numfree < MAXFREELIST && MPY_DICT_CHECK_EXACT(self)) {
        mpy_leak_unregister(self);
        free_list[numfree++] = mp;
    } else {
        MPY_TYPE(self)->tp_free(self);
    }
    MPY_TRASHCAN_END
}

/* Values (and keys, when they can be containers) in entry order. */
static int dict_traverse(MpyObject *self, mpy_visitproc visit, void *arg)
{
    MpyDictKeysObject *dk = DICT(self)->ma_keys;
    ssize_t n = dk->dk_nentries;
    if (DK_IS_UNICODE(dk)) {
        MpyDictUnicodeEntry *ep = DK_UNICODE_ENTRIES(dk);
        for (ssize_t i = 0; i < n; i++)
            MPY_VISIT(ep[i].me_value);
    } else {
        MpyDictKeyEntry *ep = DK_ENTRIES(dk);
        for (ssize_t i = 0; i < n; i++) {
            if (ep[i].me_value) {
                MPY_VISIT(ep[i].me_value);
                MPY_VISIT(ep[i].me_key);
            }
        }
    }
    return 0;
}

static int dict_tp_clear(MpyObject *self)
{
    mpy_dict_clear(self);
    return 0;
}

static MpyObject *dict_repr(MpyObject *self)
{
    int status = mpy_repr_enter(self);
    if (status != 0)
        return status > 0 ? mpy_str_from_cstr("{...}") : NULL;
    if (DICT(self)->ma_used == 0) {
        mpy_repr_leave(self);
        return mpy_str_from_cstr("{}");
    }
    MpyStrBuf buf = MPY_STRBUF_INIT;
    MpyObject *result = NULL, *key, *value;
    ssize_t pos = 0;
    bool first = true;
    mpy_strbuf_append_char(&buf, '{');
    /* A repr may change the dict: hold the pair while formatting it. */
    while (mpy_dict_next(self, &pos, &key, &value)) {
        MPY_INCREF(key);
        MPY_INCREF(value);
        if (!first)
            mpy_strbuf_append(&buf, ", ", 2);
        first = false;
        MpyObject *r = mpy_object_repr(key);
        if (r) {
            mpy_strbuf_append(&buf, mpy_str_as_utf8(r), (size_t)MPY_STR_UTF8_LEN(r));
            MPY_DECREF(r);
            mpy_strbuf_append(&buf, ": ", 2);
            r = mpy_object_repr(value);
        }
        MPY_DECREF(key);
        MPY_DECREF(value);
        if (!r)
            goto done;
        mpy_strbuf_append(&buf, mpy_str_as_utf8(r), (size_t)MPY_STR_UTF8_LEN(r));
        MPY_DECREF(r);
    }
    mpy_strbuf_append_char(&buf, '}');
    result = buf.failed ? mpy_err_no_memory() : mpy_str_from_utf8(buf.data, buf.len);
done:
    mpy_strbuf_free(&buf);
    mpy_repr_leave(self);
    return result;
}

static ssize_t dict_length(MpyObject *self) { return DICT(self)->ma_used; }

/* d[key], with __missing__ for subclasses. */
static MpyObject *dict_subscript(MpyObject *self, MpyObject *key)
{
    mpy_hash_t hash = key_hash(key);
    if (hash == -1)
        return NULL;
    MpyObject *value;
    ssize_t ix = mpy_dict_lookup(DICT(self), key, hash, &value);
    if (ix == DKIX_ERROR)
        return NULL;
    if (ix >= 0 && value)
        return MPY_NEWREF(value);
    if (!MPY_DICT_CHECK_EXACT(self)) {
        MpyObject *missing = mpy_type_lookup(MPY_TYPE(self), MPY_ID(__missing__));
        if (missing) {
            mpy_descrgetfunc get = MPY_TYPE(missing)->tp_descr_get;
            if (!get) {
                MpyObject *args[2] = {self, key};
                return mpy_call(missing, args, 2, NULL);
            }
            MpyObject *bound = get(missing, self, MPY_CAST(MPY_TYPE(self)));
            if (!bound)
                return NULL;
            MpyObject *res = mpy_call_one(bound, key);
            MPY_DECREF(bound);
            return res;
        }
    }
    return mpy_err_set_key_error(key);
}

static int dict_ass_subscript(MpyObject *self, MpyObject *key, MpyObject *value)
{
    return value ? mpy_dict_set_item(self, key, value) : mpy_dict_del_item(self, key);
}

static int dict_sq_contains(MpyObject *self, MpyObject *key) { return mpy_dict_contains(self, key); }

/* d1 == d2: same size, and every key of d1 maps to an equal value in d2. */
static int dict_equal(MpyDictObject *a, MpyDictObject *b)
{
    if (a->ma_used != b->ma_used)
        return 0;
    for (ssize_t i = 0; i < a->ma_keys->dk_nentries; i++) {
        MpyDictKeysObject *dk = a->ma_keys;
        MpyObject *aval = dk_entry_value(dk, i);
        if (!aval)
            continue;
        MpyObject *key = dk_entry_key(dk, i);
        mpy_hash_t hash = dk_entry_hash(dk, i);
        MPY_INCREF(aval);
        MPY_INCREF(key);
        MpyObject *bval;
        mpy_dict_lookup(b, key, hash, &bval);
        if (!bval) {
            MPY_DECREF(key);
            MPY_DECREF(aval);
            return mpy_err_occurred() ? -1 : 0;
        }
        MPY_INCREF(bval);
        int cmp = mpy_object_richcompare_bool(aval, bval, MPY_EQ);
        MPY_DECREF(key);
        MPY_DECREF(aval);
        MPY_DECREF(bval);
        if (cmp <= 0)
            return cmp;
    }
    return 1;
}

static MpyObject *dict_richcompare(MpyObject *v, MpyObject *w, int op)
{
    if (!MPY_DICT_CHECK(v) || !MPY_DICT_CHECK(w) || (op != MPY_EQ && op != MPY_NE))
        return MPY_NEWREF(MPY_NOTIMPLEMENTED);
    int cmp = dict_equal(DICT(v), DICT(w));
    if (cmp < 0)
        return NULL;
    return mpy_bool_from_long(cmp == (op == MPY_EQ));
}

static MpyObject *dict_or(MpyObject *self, MpyObject *other)
{
    if (!MPY_DICT_CHECK(self) || !MPY_DICT_CHECK(other))
        return MPY_NEWREF(MPY_NOTIMPLEMENTED);
    MpyObject *res = mpy_dict_copy(self);
    if (res && update_arg(res, other) < 0)
        MPY_CLEAR(res);
    return res;
}

static MpyObject *dict_ior(MpyObject *self, MpyObject *other)
{
    if (update_arg(self, other) < 0)
        return NULL;
    return MPY_NEWREF(self);
}

static MpyObject *dict_iter(MpyObject *self) { return mpy_dictiter_new(DICT(self), &MpyDictIterKey_Type); }

/* ============================================================= methods */

static MpyObject *dict_contains_meth(MpyObject *self, MpyObject *key)
{
    int r = mpy_dict_contains(self, key);
    return r < 0 ? NULL : mpy_bool_from_long(r);
}

static MpyObject *dict_getitem_meth(MpyObject *self, MpyObject *key)
{
    return dict_subscript(self, key);
}

static MpyObject *dict_get(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    if (mpy_arg_check_positional("get", nargs, 1, 2) < 0)
        return NULL;
    mpy_hash_t hash = key_hash(args[0]);
    if (hash == -1)
        return NULL;
    MpyObject *value;
    if (mpy_dict_lookup(DICT(self), args[0], hash, &value) == DKIX_ERROR)
        return NULL;
    if (!value)
        value = nargs == 2 ? args[1] : MPY_NONE;
    return MPY_NEWREF(value);
}

static MpyObject *dict_setdefault_meth(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    if (mpy_arg_check_positional("setdefault", nargs, 1, 2) < 0)
        return NULL;
    MpyObject *v = mpy_dict_setdefault(self, args[0], nargs == 2 ? args[1] : MPY_NONE);
    return v ? MPY_NEWREF(v) : NULL;
}

static MpyObject *dict_pop_meth(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    if (mpy_arg_check_positional("pop", nargs, 1, 2) < 0)
        return NULL;
    return mpy_dict_pop(self, args[0], nargs == 2 ? args[1] : NULL);
}

/* popitem(): the last item (LIFO); the entry array shrinks behind it. */
static MpyObject *dict_popitem(MpyObject *self, MpyObject *unused)
{
    MpyDictObject *mp = DICT(self);
    /* Allocate the result first: that may run a collection that changes
     * the dict. */
    MpyObject *res = mpy_tuple_new(2);
    if (!res)
        return NULL;
    if (mp->ma_used == 0) {
        MPY_DECREF(res);
        MpyObject *msg = mpy_str_from_cstr("popitem(): dictionary is empty");
        if (msg) {
            mpy_err_set_key_error(msg);
            MPY_DECREF(msg);
        }
        return NULL;
    }
    MpyDictKeysObject *dk = mp->ma_keys;
    ssize_t i = dk->dk_nentries - 1;
    while (i >= 0 && !dk_entry_value(dk, i))
        i--;
    MpyObject *key = dk_entry_key(dk, i), *value = dk_entry_value(dk, i);
    mpy_hash_t hash = dk_entry_hash(dk, i);
    ssize_t j = lookdict_index(dk, hash, i);
    dk_set_index(dk, (size_t)j, DKIX_DUMMY);
    if (DK_IS_UNICODE(dk)) {
        DK_UNICODE_ENTRIES(dk)[i] = (MpyDictUnicodeEntry){NULL, NULL};
    } else {
        DK_ENTRIES(dk)[i] = (MpyDictKeyEntry){0, NULL, NULL};
    }
    MPY_TUPLE_SET(res, 0, key);
    MPY_TUPLE_SET(res, 1, value);
    /* We can't dk_usable++ since there is a dummy in the index table. */
    dk->dk_nentries = i;
    mp->ma_used--;
    mp->ma_version_tag = DICT_NEXT_VERSION();
    dk->dk_version = 0;
    return res;
}

static MpyObject *dict_keys_meth(MpyObject *self, MpyObject *unused)
{
    return mpy_dictview_new(self, &MpyDictKeys_Type);
}

static MpyObject *dict_items_meth(MpyObject *self, MpyObject *unused)
{
    return mpy_dictview_new(self, &MpyDictItems_Type);
}

static MpyObject *dict_values_meth(MpyObject *self, MpyObject *unused)
{
    return mpy_dictview_new(self, &MpyDictValues_Type);
}

static MpyObject *dict_update_meth(MpyObject *self, MpyObject *const *args, size_t nargs,
                                   MpyObject *kwnames)
{
    if (update_common(self, "update", args, nargs, kwnames) < 0)
        return NULL;
    MPY_RETURN_NONE;
}

/* dict.fromkeys(iterable, value=None): a classmethod. */
static MpyObject *dict_fromkeys(MpyObject *cls, MpyObject *const *args, size_t nargs)
{
    if (mpy_arg_check_positional("fromkeys", nargs, 1, 2) < 0)
        return NULL;
    MpyObject *iterable = args[0], *value = nargs == 2 ? args[1] : MPY_NONE;
    MpyObject *d = mpy_call_noargs(cls);
    if (!d)
        return NULL;
    if (MPY_DICT_CHECK_EXACT(d) && DICT(d)->ma_used == 0) {
        MpyDictObject *mp = DICT(d);
        MpyObject *key;
        mpy_hash_t hash;
        ssize_t pos = 0;
        if (MPY_DICT_CHECK_EXACT(iterable)) {
            if (dictresize(mp, estimate_log2_keysize(DICT(iterable)->ma_used),
                           DK_IS_UNICODE(DICT(iterable)->ma_keys)) < 0)
                goto fail;
            while (mpy_dict_next_hash(iterable, &pos, &key, NULL, &hash))
                if (insertdict(mp, MPY_NEWREF(key), hash, MPY_NEWREF(value)) < 0)
                    goto fail;
            return d;
        }
        if (MPY_TYPE(iterable) == &MpySet_Type || MPY_TYPE(iterable) == &MpyFrozenSet_Type) {
            if (dictresize(mp, estimate_log2_keysize(mpy_set_size(iterable)), 0) < 0)
                goto fail;
            while (mpy_set_next(iterable, &pos, &key, &hash))
                if (insertdict(mp, MPY_NEWREF(key), hash, MPY_NEWREF(value)) < 0)
                    goto fail;
            return d;
        }
    }
    MpyObject *it = mpy_object_getiter(iterable);
    if (!it)
        goto fail;
    MpyObject *key;
    int r;
    bool exact = MPY_DICT_CHECK_EXACT(d);
    while ((r = mpy_iter_step(it, &key)) > 0) {
        int status = exact ? mpy_dict_set_item(d, key, value) : mpy_object_setitem(d, key, value);
        MPY_DECREF(key);
        if (status < 0) {
            r = -1;
            break;
        }
    }
    MPY_DECREF(it);
    if (r < 0)
        goto fail;
    return d;
fail:
    MPY_DECREF(d);
    return NULL;
}

static MpyObject *dict_clear_meth(MpyObject *self, MpyObject *unused)
{
    mpy_dict_clear(self);
    MPY_RETURN_NONE;
}

static MpyObject *dict_copy_meth(MpyObject *self, MpyObject *unused) { return mpy_dict_copy(self); }

static MpyObject *dict_reversed(MpyObject *self, MpyObject *unused)
{
    return mpy_dictiter_new(DICT(self), &MpyDictRevIterKey_Type);
}

static MpyObject *dict_sizeof(MpyObject *self, MpyObject *unused)
{
    MpyDictObject *mp = DICT(self);
    size_t size = (size_t)MPY_TYPE(self)->tp_basicsize;
    if (mp->ma_keys != EMPTY_KEYS)
        size += keys_size(mp->ma_keys);
    return mpy_int_from_ssize((ssize_t)size);
}

/* dict.__new__: an empty dict; exact dicts start untracked, subclass
 * instances stay tracked. */
static MpyObject *dict_new(MpyTypeObject *type, MpyObject *const *args, size_t nargs,
                           MpyObject *kwnames)
{
    MpyObject *self = mpy_type_generic_alloc(type, 0);
    if (!self)
        return NULL;
    MpyDictObject *d = DICT(self);
    d->ma_used = 0;
    d->ma_version_tag = DICT_NEXT_VERSION();
    d->ma_keys = EMPTY_KEYS;
    d->ma_values = NULL;
    if (type == &MpyDict_Type)
        mpy_gc_untrack(self);
    return self;
}

static int dict_init(MpyObject *self, MpyObject *const *args, size_t nargs, MpyObject *kwnames)
{
    return update_common(self, "dict", args, nargs, kwnames);
}

static MpyObject *dict_vectorcall(MpyObject *type, MpyObject *const *args, size_t nargs,
                                  MpyObject *kwnames)
{
    if (mpy_arg_check_positional("dict", nargs, 0, 1) < 0)
        return NULL;
    MpyObject *self = dict_new((MpyTypeObject *)type, NULL, 0, NULL);
    if (self && update_common(self, "dict", args, nargs, kwnames) < 0)
        MPY_CLEAR(self);
    return self;
}

static MpyMethodDef dict_methods[] = {
    {"__class_getitem__", MPY_METH(mpy_generic_alias_class_getitem), MPY_METH_O | MPY_METH_CLASS,
     "See PEP 585"},
    {"__contains__", MPY_METH(dict_contains_meth), MPY_METH_O,
     "True if the dictionary has the specified key, else False."},
    {"__getitem__", MPY_METH(dict_getitem_meth), MPY_METH_O, "x.__getitem__(y) <==> x[y]"},
    {"__sizeof__", MPY_METH(dict_sizeof), MPY_METH_NOARGS, "D.__sizeof__() -> size of D in memory, in bytes"},
    {"get", MPY_METH(dict_get), MPY_METH_FASTCALL,
     "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", MPY_METH(dict_setdefault_meth), MPY_METH_FASTCALL,
     "Insert key with a value of default if key is not in the dictionary.\n\nReturn the value "
     "for key if key is in the dictionary, else default."},
    {"pop", MPY_METH(dict_pop_meth), MPY_METH_FASTCALL,
     "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\nIf the "
     "key is not found, return the default if given; otherwise,\nraise a KeyError."},
    {"popitem", MPY_METH(dict_popitem), MPY_METH_NOARGS,
     "Remove and return a (key, value) pair as a 2-tuple.\n\nPairs are returned in LIFO (last-in, "
     "first-out) order.\nRaises KeyError if the dict is empty."},
    {"keys", MPY_METH(dict_keys_meth), MPY_METH_NOARGS,
     "D.keys() -> a set-like object providing a view on D's keys"},
    {"items", MPY_METH(dict_items_meth), MPY_METH_NOARGS,
     "D.items() -> a set-like object providing a view on D's items"},
    {"values", MPY_METH(dict_values_meth), MPY_METH_NOARGS,
     "D.values() -> an object providing a view on D's values"},
    {"update", MPY_METH(dict_update_meth), MPY_METH_FASTCALL | MPY_METH_KEYWORDS,
     "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.\nIf E is present and "
     "has a .keys() method, then does:  for k in E: D[k] = E[k]\nIf E is present and lacks a "
     ".keys() method, then does:  for k, v in E: D[k] = v\nIn either case, this is followed "
     "by: for k in F:  D[k] = F[k]"},
    {"fromkeys", MPY_METH(dict_fromkeys), MPY_METH_FASTCALL | MPY_METH_CLASS,
     "Create a new dictionary with keys from iterable and values set to value."},
    {"clear", MPY_METH(dict_clear_meth), MPY_METH_NOARGS, "D.clear() -> None.  Remove all items from D."},
    {"copy", MPY_METH(dict_copy_meth), MPY_METH_NOARGS, "D.copy() -> a shallow copy of D"},
    {"__reversed__", MPY_METH(dict_reversed), MPY_METH_NOARGS,
     "Return a reverse iterator over the dict keys."},
    {NULL},
};

MpyTypeObject MpyDict_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "dict",
    .tp_basicsize = sizeof(MpyDictObject),
    .tp_dealloc = dict_dealloc,
    .tp_repr = dict_repr,
    .tp_as_number = {.nb_or = dict_or, .nb_inplace_or = dict_ior},
    .tp_as_sequence = {.sq_contains = dict_sq_contains},
    .tp_as_mapping = {
        .mp_length = dict_length,
        .mp_subscript = dict_subscript,
        .mp_ass_subscript = dict_ass_subscript,
    },
    .tp_hash = mpy_object_hash_not_implemented,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC | MPY_TPFLAGS_BASETYPE | MPY_TPFLAGS_DICT_SUBCLASS,
    .tp_doc = "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from "
              "a mapping object's\n    (key, value) pairs\ndict(iterable) -> new dictionary "
              "initialized as if via:\n    d = {}\n    for k, v in iterable:\n        d[k] = "
              "v\ndict(**kwargs) -> new dictionary initialized with the name=value pairs\n    in "
              "the keyword argument list.  For example:  dict(one=1, two=2)",
    .tp_traverse = dict_traverse,
    .tp_clear = dict_tp_clear,
    .tp_richcompare = dict_richcompare,
    .tp_iter = dict_iter,
    .tp_methods = dict_methods,
    .tp_init = dict_init,
    .tp_new = dict_new,
    .tp_free = mpy_gc_del,
    .tp_vectorcall = dict_vectorcall,
};

void mpy_dict_init(void)
{
    mpy_type_ready(&MpyDict_Type);
    mpy_dictviews_init();
    mpy_gc_untrack_dicts = (MpyGCUntrackHook){&MpyDict_Type, mpy_dict_maybe_untrack};
    mpy_gc_register_freelist_clear(mpy_dict_clear_freelist);
    mpy_alloc_register_freelist("free PyDictObjects", freelist_count, NULL, sizeof(MpyDictObject));
}

void mpy_dict_fini(void) { mpy_dict_clear_freelist(); }
