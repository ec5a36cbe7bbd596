/* Unicode character names for \N{...} escapes: the name table generated at
 * build time from the Unicode Character Database, plus the algorithmic
 * names (CJK unified ideographs, Hangul syllables). */
#ifndef MPY_UNICODE_NAMES_H
#define MPY_UNICODE_NAMES_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Finds the code point named name[0..len), ignoring ASCII case as CPython
 * does; aliases count. False if there is no such name. */
bool mpy_unicode_name_lookup(const char *name, size_t len, uint32_t *cp);

#endif
