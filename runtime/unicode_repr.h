/* repr() of str and bytes as CPython 3.11 writes it, and str.isprintable's
 * notion of a printable code point. Pure text helpers: no objects. */
#ifndef MPY_UNICODE_REPR_H
#define MPY_UNICODE_REPR_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "strbuf.h"

/* Appends repr(s) for the WTF-8 text utf8[0..len): quotes chosen as CPython
 * does, non-printable code points escaped as \xNN, \uNNNN or \UNNNNNNNN. */
void mpy_unicode_repr(MpyStrBuf *out, const char *utf8, size_t len);
/* Appends repr(b) for the bytes s[0..len): b'...' with \xNN escapes. */
void mpy_bytes_repr(MpyStrBuf *out, const unsigned char *s, size_t len);
/* True if cp is printable as str.isprintable() decides (space included). */
bool mpy_unicode_isprintable(uint32_t cp);

#endif
