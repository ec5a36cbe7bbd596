/* The intern table and the C-string cache in front of it. The table is an
 * open-addressing set of borrowed str pointers keyed by the str hash
 * ("mortal" interning as CPython 3.11: being interned adds no reference, and
 * str_dealloc takes a dying string out). The cache of mpy_str_intern_cstr
 * owns one reference to each string it returned, until mpy_intern_fini. */
#include "intern.h"

#include <string.h>

#include "alloc.h"
#include "errors.h"
#include "hash.h"
#include "str.h"
#include "utf8.h"

/* ========================================================== a str set */

#define DELETED ((MpyObject *)(uintptr_t)1)

typedef struct {
    MpyObject **slots; /* NULL: never used; DELETED: freed slot */
    size_t mask;       /* capacity - 1 (a power of two), 0 when unallocated */
    size_t used;       /* live entries */
    size_t fill;       /* live + deleted */
} StrSet;

static StrSet interned; /* borrowed members */
static StrSet cstr_cache; /* owned members: one reference each */

static bool text_equal(MpyObject *s, const char *utf8, size_t len)
{
    return (size_t)MPY_STR_UTF8_LEN(s) == len && memcmp(MPY_STR_DATA(s), utf8, len) == 0;
}

/* Returns the slot holding an equal string, or the slot to insert into. */
static MpyObject **set_probe(StrSet *set, const char *utf8, size_t len, mpy_hash_t hash)
{
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & set->mask;
    MpyObject **free_slot = NULL;
    for (;;) {
        MpyObject **slot = &set->slots[i];
        MpyObject *s = *slot;
        if (!s)
            return free_slot ? free_slot : slot;
        if (s == DELETED) {
            if (!free_slot)
                free_slot = slot;
        } else if (((MpyStrObject *)s)->hash == hash && text_equal(s, utf8, len)) {
            return slot;
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & set->mask;
    }
}

static int set_resize(StrSet *set, size_t capacity)
{
    MpyObject **old = set->slots;
    size_t old_cap = set->mask ? set->mask + 1 : 0;
    MpyObject **slots = mpy_mem_calloc(capacity, sizeof(MpyObject *));
    if (!slots)
        return -1;
    set->slots = slots;
    set->mask = capacity - 1;
    set->fill = set->used;
    for (size_t i = 0; i < old_cap; i++) {
        MpyObject *s = old[i];
        if (s && s != DELETED) {
            MpyStrObject *o = (MpyStrObject *)s;
            *set_probe(set, o->data, (size_t)o->utf8_length, o->hash) = s;
        }
    }
    mpy_mem_free(old);
    return 0;
}

/* Makes room for one more entry: 0 or -1 (out of memory, nothing raised). */
static int set_reserve(StrSet *set)
{
    size_t cap = set->mask ? set->mask + 1 : 0;
    if ((set->fill + 1) * 3 < cap * 2)
        return 0;
    size_t want = 64; /* the smallest power of two that keeps the load under 2/3 */
    while (want * 2 <= (set->used + 1) * 3)
        want *= 2;
    return set_resize(set, want * 2);
}

static MpyObject *set_lookup(StrSet *set, const char *utf8, size_t len, mpy_hash_t hash)
{
    if (!set->mask)
        return NULL;
    MpyObject *s = *set_probe(set, utf8, len, hash);
    return s == DELETED ? NULL : s;
}

/* Adds s, known to be absent and to have its hash computed: 0 or -1. */
static int set_add(StrSet *set, MpyObject *s)
{
    if (set_reserve(set) < 0)
        return -1;
    MpyStrObject *o = (MpyStrObject *)s;
    MpyObject **slot = set_probe(set, o->data, (size_t)o->utf8_length, o->hash);
    if (!*slot)
        set->fill++;
    *slot = s;
    set->used++;
    return 0;
}

static void set_free(StrSet *set)
{
    mpy_mem_free(set->slots);
    *set = (StrSet){0};
}

/* =========================================================== interning */

MpyObject *mpy_intern_lookup(const char *utf8, size_t len, mpy_hash_t hash)
{
    return set_lookup(&interned, utf8, len, hash);
}

void mpy_intern_forget(MpyObject *s)
{
    MpyStrObject *o = (MpyStrObject *)s;
    if (!interned.mask)
        return;
    MpyObject **slot = set_probe(&interned, o->data, (size_t)o->utf8_length, o->hash);
    if (*slot == s) {
        *slot = DELETED;
        interned.used--;
    }
    o->state &= ~(uint32_t)MPY_STR_INTERNED;
}

void mpy_str_intern_in_place(MpyObject **p)
{
    MpyObject *s = *p;
    /* Only exact str objects are interned (CPython: subclasses could
     * override __eq__/__hash__). */
    if (!s || !MPY_STR_CHECK_EXACT(s) || MPY_STR_IS_INTERNED(s))
        return;
    mpy_hash_t hash = mpy_str_hash(s);
    MpyObject *t = mpy_intern_lookup(MPY_STR_DATA(s), (size_t)MPY_STR_UTF8_LEN(s), hash);
    if (t) {
        MPY_INCREF(t);
        MPY_SETREF(*p, t);
        return;
    }
    /* Failing to grow the table only means this string is not interned. */
    if (set_add(&interned, s) == 0)
        ((MpyStrObject *)s)->state |= MPY_STR_INTERNED;
}

size_t mpy_intern_count(void) { return interned.used; }

int mpy_intern_visit(int (*fn)(MpyObject *s, void *arg), void *arg)
{
    size_t cap = interned.mask ? interned.mask + 1 : 0;
    for (size_t i = 0; i < cap; i++) {
        MpyObject *s = interned.slots[i];
        if (s && s != DELETED) {
            int r = fn(s, arg);
            if (r)
                return r;
        }
    }
    return 0;
}

/* ===================================================== the C-string cache */

static mpy_hash_t cstr_hash(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len && (unsigned char)s[i] < 0x80)
        i++;
    if (i == len)
        return mpy_hash_bytes(s, len);
    uint32_t max_char = 0;
    size_t count = 0;
    for (i = 0; i < len; count++) {
        size_t n;
        uint32_t cp = mpy_utf8_decode(s + i, &n);
        i += n;
        if (cp > max_char)
            max_char = cp;
    }
    return mpy_hash_utf8_as_ucs(s, len, count, max_char);
}

MpyObject *mpy_str_intern_cstr(const char *cs)
{
    size_t len = strlen(cs);
    mpy_hash_t hash = cstr_hash(cs, len);
    MpyObject *s = set_lookup(&cstr_cache, cs, len, hash);
    if (s)
        return s;
    s = mpy_str_from_utf8(cs, len);
    if (!s)
        return NULL;
    mpy_str_intern_in_place(&s);
    mpy_str_hash(s);
    if (set_add(&cstr_cache, s) < 0) {
        MPY_DECREF(s);
        return mpy_err_no_memory();
    }
    return s; /* the cache keeps the reference */
}

/* ========================================================== life cycle */

int mpy_intern_init(void)
{
    if (set_resize(&interned, 1024) < 0 || set_resize(&cstr_cache, 256) < 0)
        return -1;
    return 0;
}

void mpy_intern_fini(void)
{
    size_t cap = cstr_cache.mask ? cstr_cache.mask + 1 : 0;
    for (size_t i = 0; i < cap; i++) {
        MpyObject *s = cstr_cache.slots[i];
        if (s && s != DELETED) {
            cstr_cache.slots[i] = NULL;
            MPY_DECREF(s);
        }
    }
    set_free(&cstr_cache);
    /* Whatever is still interned now is immortal (static strings, the
     * identifiers) or leaked; unflag it so a late dealloc does not probe a
     * freed table. */
    cap = interned.mask ? interned.mask + 1 : 0;
    for (size_t i = 0; i < cap; i++) {
        MpyObject *s = interned.slots[i];
        if (s && s != DELETED)
            ((MpyStrObject *)s)->state &= ~(uint32_t)MPY_STR_INTERNED;
    }
    set_free(&interned);
}
