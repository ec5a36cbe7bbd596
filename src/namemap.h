/* A small hash map from C strings to ints, for the symbol table and the
 * compiler (symbols of a scope, indices of names and locals). Keys are
 * borrowed: they must outlive the map (they live in an arena). */
#ifndef MPY_NAMEMAP_H
#define MPY_NAMEMAP_H
#include <stdbool.h>
#include <stddef.h>

typedef struct {
    const char *key;
    int value;
} MpyNameEntry;

typedef struct {
    MpyNameEntry *slots; /* capacity a power of two, key NULL when empty */
    size_t cap, used;
    const char **order;  /* keys in insertion order */
} MpyNameMap;

#define MPY_NAMEMAP_INIT {NULL, 0, 0, NULL}

/* The value of key, or NULL when absent. */
int *mpy_namemap_get(const MpyNameMap *m, const char *key);
/* Sets key to value (inserting it at the end of the order when new).
 * 0, or -1 when memory runs out. */
int mpy_namemap_set(MpyNameMap *m, const char *key, int value);
/* The index of key, adding it with the next index when absent; -1 when
 * memory runs out. */
int mpy_namemap_add(MpyNameMap *m, const char *key);
static inline size_t mpy_namemap_size(const MpyNameMap *m) { return m->used; }
void mpy_namemap_free(MpyNameMap *m);

#endif
