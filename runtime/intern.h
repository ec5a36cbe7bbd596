/* The intern table (CPython 3.11's "mortal" interning): a set of str
 * objects, one per distinct text, that does not own its members. A dying
 * interned str removes itself (str_dealloc calls mpy_intern_forget). The
 * public entry points, mpy_str_intern_in_place and mpy_str_intern_cstr, are
 * declared in str.h. */
#ifndef MPY_INTERN_H
#define MPY_INTERN_H
#include "object.h"

/* The interned str equal to the WTF-8 text, borrowed, or NULL. */
MpyObject *mpy_intern_lookup(const char *utf8, size_t len, mpy_hash_t hash);
/* Called by str_dealloc for a str flagged interned. */
void mpy_intern_forget(MpyObject *s);
/* Number of strings in the table (tests, introspection). */
size_t mpy_intern_count(void);
/* Calls fn on every interned str until it returns non-zero (borrowed). */
int mpy_intern_visit(int (*fn)(MpyObject *s, void *arg), void *arg);

/* Start-up: the table, then the strings CPython 3.11 already holds interned
 * when a script starts and that are not the 1-character singletons (see
 * intern.c). Shutdown: releases the mpy_str_intern_cstr cache and empties
 * the table. Called by mpy_str_init / mpy_str_fini. */
int mpy_intern_init(void);
void mpy_intern_fini(void);

#endif
