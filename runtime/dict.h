/* dict: CPython 3.6+'s compact, insertion-ordered hash table (an index array
 * into a dense array of entries), with its growth rules, so iteration order,
 * getsizeof and the keys sharing of instance dictionaries behave as CPython
 * 3.11's. Each dict carries a version tag that changes on every mutation, for
 * the inline caches of LOAD_GLOBAL. */
#ifndef MPY_DICT_H
#define MPY_DICT_H
#include "object.h"

typedef struct MpyDictKeysObject MpyDictKeysObject;

typedef struct {
    MPY_OBJECT_HEAD;
    ssize_t ma_used;          /* number of items */
    uint64_t ma_version_tag;  /* unique and changed by every mutation */
    MpyDictKeysObject *ma_keys;
    MpyObject **ma_values;    /* split table values (instance dicts), or NULL */
} MpyDictObject;

extern MpyTypeObject MpyDict_Type;
#define MPY_DICT_CHECK(op) MPY_TYPE_HAS_FEATURE(MPY_TYPE(op), MPY_TPFLAGS_DICT_SUBCLASS)
#define MPY_DICT_CHECK_EXACT(op) (MPY_TYPE(op) == &MpyDict_Type)
#define MPY_DICT_SIZE(op) (((MpyDictObject *)(op))->ma_used)

MpyObject *mpy_dict_new(void);
/* Borrowed reference, or NULL with no exception when absent; NULL with an
 * exception set when hashing or comparing failed (check mpy_err_occurred). */
MpyObject *mpy_dict_get_item(MpyObject *d, MpyObject *key);
MpyObject *mpy_dict_get_item_str(MpyObject *d, const char *key);
/* The fast lookup of an exact str key (its hash is cached); borrowed. */
MpyObject *mpy_dict_get_item_known_hash(MpyObject *d, MpyObject *key, mpy_hash_t hash);
int mpy_dict_set_item(MpyObject *d, MpyObject *key, MpyObject *value); /* increfs both */
int mpy_dict_set_item_str(MpyObject *d, const char *key, MpyObject *value);
/* Removes key: 0, or -1 with KeyError(key) set when it is missing. */
int mpy_dict_del_item(MpyObject *d, MpyObject *key);
int mpy_dict_contains(MpyObject *d, MpyObject *key); /* 1, 0, -1 */
/* Iteration by position: *pos starts at 0; returns 0 at the end. Borrowed. */
int mpy_dict_next(MpyObject *d, ssize_t *pos, MpyObject **key, MpyObject **value);
/* d.update(other): a dict, anything with keys(), or an iterable of pairs. */
int mpy_dict_update(MpyObject *d, MpyObject *other);
/* Merges a mapping (a dict, or anything with keys() and __getitem__; else
 * the AttributeError of .keys): override 1 replaces existing keys
 * ({**a, **b}: DICT_UPDATE), 0 keeps them, 2 raises KeyError(key) on a
 * duplicate (f(**kw): DICT_MERGE, whose caller words the TypeError). */
int mpy_dict_merge(MpyObject *d, MpyObject *other, int override);
MpyObject *mpy_dict_copy(MpyObject *d);
void mpy_dict_clear(MpyObject *d);
MpyObject *mpy_dict_keys(MpyObject *d);   /* lists, for C callers */
MpyObject *mpy_dict_values(MpyObject *d);
MpyObject *mpy_dict_items(MpyObject *d);
/* Where key sits in d's entry array, to prime an inline cache; -1 if absent. */
ssize_t mpy_dict_lookup_index(MpyObject *d, MpyObject *key, mpy_hash_t hash);
/* The value in entry ix (borrowed; NULL if that entry was deleted or ix is
 * past the entries): with ma_version_tag unchanged since the lookup, an
 * inline cache reads a global without hashing. */
MpyObject *mpy_dict_value_at(MpyObject *d, ssize_t ix);

/* More of CPython's dict API. known_hash variants skip hashing (the hash
 * must be the key's). */
MpyObject *mpy_dict_new_presized(ssize_t minused); /* _PyDict_NewPresized */
/* {k0: v0, ...} from keys[i * keys_stride] and values[i * values_stride]
 * (BUILD_MAP, BUILD_CONST_KEY_MAP): presized like CPython's
 * _PyDict_FromItems. Borrows. */
MpyObject *mpy_dict_from_items(MpyObject *const *keys, ssize_t keys_stride,
                               MpyObject *const *values, ssize_t values_stride, ssize_t length);
int mpy_dict_set_item_known_hash(MpyObject *d, MpyObject *key, MpyObject *value, mpy_hash_t hash);
int mpy_dict_del_item_known_hash(MpyObject *d, MpyObject *key, mpy_hash_t hash);
int mpy_dict_contains_known_hash(MpyObject *d, MpyObject *key, mpy_hash_t hash);
/* d.pop(key[, deflt]): new reference; KeyError(key) when absent and deflt is NULL. */
MpyObject *mpy_dict_pop(MpyObject *d, MpyObject *key, MpyObject *deflt);
/* d.setdefault(key, deflt): borrowed reference to the value in the dict. */
MpyObject *mpy_dict_setdefault(MpyObject *d, MpyObject *key, MpyObject *deflt);
/* As mpy_dict_next, also giving the stored hash. */
int mpy_dict_next_hash(MpyObject *d, ssize_t *pos, MpyObject **key, MpyObject **value,
                       mpy_hash_t *hash);
/* Raises KeyError with `key` as its one argument (a tuple key stays whole). */
MpyObject *mpy_err_set_key_error(MpyObject *key);

/* The collector calls this on each exact dict in a full collection
 * (CPython's _PyDict_MaybeUntrack): a dict whose keys and values can never
 * be part of a cycle stops being tracked. Dicts start untracked and become
 * tracked when a container is stored in them. */
void mpy_dict_maybe_untrack(MpyObject *op);
/* Frees the dicts and key tables kept for reuse (a full collection does
 * this, as CPython). */
void mpy_dict_clear_freelist(void);

/* The version of d's current set of keys (never reused; changes when a key
 * is added or removed, not when a value is replaced), or 0 when versions
 * ran out. With an entry index from mpy_dict_lookup_index it lets the eval
 * loop cache where a global lives (runtime/dict_impl.h reads the entry). */
uint32_t mpy_dict_keys_version(MpyObject *d);

void mpy_dict_init(void);
void mpy_dict_fini(void);

#endif
