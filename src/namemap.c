/* String-to-int hash map with insertion order (namemap.h): open addressing
 * with linear probing over FNV-1a hashes. */
#include "namemap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static uint64_t hash_str(const char *s)
{
    uint64_t h = 1469598103934665603u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

static MpyNameEntry *find_slot(MpyNameEntry *slots, size_t cap, const char *key)
{
    size_t i = (size_t)hash_str(key) & (cap - 1);
    while (slots[i].key && strcmp(slots[i].key, key) != 0)
        i = (i + 1) & (cap - 1);
    return &slots[i];
}

int *mpy_namemap_get(const MpyNameMap *m, const char *key)
{
    if (!m->cap)
        return NULL;
    MpyNameEntry *e = find_slot(m->slots, m->cap, key);
    return e->key ? &e->value : NULL;
}

static int grow(MpyNameMap *m)
{
    size_t cap = m->cap ? m->cap * 2 : 16;
    MpyNameEntry *slots = calloc(cap, sizeof *slots);
    const char **order = realloc(m->order, cap / 2 * sizeof *order);
    if (!slots || !order) {
        free(slots);
        if (order)
            m->order = order;
        return -1;
    }
    for (size_t i = 0; i < m->cap; i++)
        if (m->slots[i].key)
            *find_slot(slots, cap, m->slots[i].key) = m->slots[i];
    free(m->slots);
    m->slots = slots;
    m->order = order;
    m->cap = cap;
    return 0;
}

int mpy_namemap_set(MpyNameMap *m, const char *key, int value)
{
    if ((m->used + 1) * 2 > m->cap && grow(m) < 0)
        return -1;
    MpyNameEntry *e = find_slot(m->slots, m->cap, key);
    if (!e->key) {
        e->key = key;
        m->order[m->used++] = key;
    }
    e->value = value;
    return 0;
}

int mpy_namemap_add(MpyNameMap *m, const char *key)
{
    int *v = mpy_namemap_get(m, key);
    if (v)
        return *v;
    int index = (int)m->used;
    return mpy_namemap_set(m, key, index) < 0 ? -1 : index;
}

void mpy_namemap_free(MpyNameMap *m)
{
    free(m->slots);
    free(m->order);
    m->slots = NULL;
    m->order = NULL;
    m->cap = m->used = 0;
}
