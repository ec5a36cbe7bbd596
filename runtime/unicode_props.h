/* Character properties and case mappings of Unicode code points, as CPython
 * 3.11's str methods use them, computed from utf8proc's database (no tables
 * of our own). utf8proc lacks a few of the properties CPython consults; the
 * approximations are described in unicode_props.c. */
#ifndef MPY_UNICODE_PROPS_H
#define MPY_UNICODE_PROPS_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

bool mpy_unicode_isspace(uint32_t cp);     /* bidi WS, B, S or category Zs */
bool mpy_unicode_islinebreak(uint32_t cp); /* the boundaries of str.splitlines */
bool mpy_unicode_isalpha(uint32_t cp);     /* categories Lu Ll Lt Lm Lo */
bool mpy_unicode_isdecimal(uint32_t cp);   /* Nd */
bool mpy_unicode_isdigit(uint32_t cp);
bool mpy_unicode_isnumeric(uint32_t cp);
bool mpy_unicode_isalnum(uint32_t cp);
bool mpy_unicode_islower(uint32_t cp);
bool mpy_unicode_isupper(uint32_t cp);
bool mpy_unicode_istitle(uint32_t cp);     /* Lt */
bool mpy_unicode_iscased(uint32_t cp);
bool mpy_unicode_iscaseignorable(uint32_t cp);
bool mpy_unicode_isxid_start(uint32_t cp); /* identifiers (str.isidentifier) */
bool mpy_unicode_isxid_continue(uint32_t cp);

/* Full case mappings (SpecialCasing included, as CPython's str.upper...):
 * write up to 3 code points to out and return how many. */
size_t mpy_unicode_upper(uint32_t cp, uint32_t out[3]);
size_t mpy_unicode_lower(uint32_t cp, uint32_t out[3]);
size_t mpy_unicode_title(uint32_t cp, uint32_t out[3]);
size_t mpy_unicode_fold(uint32_t cp, uint32_t out[3]);

#endif
