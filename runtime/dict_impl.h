/* The layout of a dict's keys object, shared by dict.c and dict_views.c (the
 * views and iterators walk the entry array directly). Not for other files.
 *
 * As CPython 3.11: an index table of 2**dk_log2_size slots (1, 2, 4 or 8
 * bytes each, by table size) holding positions into a dense, insertion-
 * ordered array of USABLE_FRACTION(size) entries. A table whose keys are all
 * exact strs stores 16-byte entries without the hash (the str caches it);
 * any other key turns it into a general table of 24-byte entries.
 * The eval loop reads entries directly for its LOAD_GLOBAL cache. */
#ifndef MPY_DICT_IMPL_H
#define MPY_DICT_IMPL_H
#include "dict.h"
#include "str.h"

enum { DICT_KEYS_GENERAL = 0, DICT_KEYS_UNICODE = 1 };

/* Index slot values below 0. */
#define DKIX_EMPTY (-1)
#define DKIX_DUMMY (-2) /* a deleted entry: probing continues past it */
#define DKIX_ERROR (-3)

struct MpyDictKeysObject {
    ssize_t dk_refcnt;           /* kept for CPython's layout (32-byte header) */
    uint8_t dk_log2_size;        /* the index table has 2**dk_log2_size slots */
    uint8_t dk_log2_index_bytes; /* log2 of the index table's size in bytes */
    uint8_t dk_kind;             /* DICT_KEYS_GENERAL or DICT_KEYS_UNICODE */
    uint32_t dk_version;
    ssize_t dk_usable;   /* entries that can still be appended */
    ssize_t dk_nentries; /* entries used so far, deleted ones included */
    char dk_indices[];   /* the index table, then the entries */
};

typedef struct {
    mpy_hash_t me_hash;
    MpyObject *me_key;
    MpyObject *me_value; /* NULL for a deleted entry */
} MpyDictKeyEntry;

typedef struct {
    MpyObject *me_key;
    MpyObject *me_value;
} MpyDictUnicodeEntry;

#define DK_SIZE(dk) ((ssize_t)1 << (dk)->dk_log2_size)
#define DK_IS_UNICODE(dk) ((dk)->dk_kind != DICT_KEYS_GENERAL)
#define DK_ENTRY_BASE(dk) ((dk)->dk_indices + ((size_t)1 << (dk)->dk_log2_index_bytes))
#define DK_ENTRIES(dk) ((MpyDictKeyEntry *)DK_ENTRY_BASE(dk))
#define DK_UNICODE_ENTRIES(dk) ((MpyDictUnicodeEntry *)DK_ENTRY_BASE(dk))
#define USABLE_FRACTION(n) (((n) << 1) / 3)

/* The key and value of entry i (NULL for a deleted entry). */
static inline MpyObject *dk_entry_key(MpyDictKeysObject *dk, ssize_t i)
{
    return DK_IS_UNICODE(dk) ? DK_UNICODE_ENTRIES(dk)[i].me_key : DK_ENTRIES(dk)[i].me_key;
}
static inline MpyObject *dk_entry_value(MpyDictKeysObject *dk, ssize_t i)
{
    return DK_IS_UNICODE(dk) ? DK_UNICODE_ENTRIES(dk)[i].me_value : DK_ENTRIES(dk)[i].me_value;
}
static inline mpy_hash_t dk_entry_hash(MpyDictKeysObject *dk, ssize_t i)
{
    return DK_IS_UNICODE(dk) ? ((MpyStrObject *)DK_UNICODE_ENTRIES(dk)[i].me_key)->hash
                             : DK_ENTRIES(dk)[i].me_hash;
}

/* The view and iterator types (dict_views.c) and what dict.c needs of them. */
extern MpyTypeObject MpyDictKeys_Type, MpyDictValues_Type, MpyDictItems_Type;
extern MpyTypeObject MpyDictIterKey_Type, MpyDictIterValue_Type, MpyDictIterItem_Type;
extern MpyTypeObject MpyDictRevIterKey_Type, MpyDictRevIterValue_Type, MpyDictRevIterItem_Type;
void mpy_dictviews_init(void);
MpyObject *mpy_dictview_new(MpyObject *dict, MpyTypeObject *type);
MpyObject *mpy_dictiter_new(MpyDictObject *dict, MpyTypeObject *type);
/* The lookup with a known hash: the entry index or DKIX_EMPTY / DKIX_ERROR,
 * and the value (borrowed) in *value. */
ssize_t mpy_dict_lookup(MpyDictObject *mp, MpyObject *key, mpy_hash_t hash, MpyObject **value);

#endif
