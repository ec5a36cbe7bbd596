/* UTF-8 encoding and decoding of single code points. minipy strings are
 * "WTF-8": UTF-8 that may also hold lone surrogates (U+D800..U+DFFF) as
 * 3-byte sequences, because Python strings may contain them. */
#ifndef MPY_UTF8_H
#define MPY_UTF8_H
#include <stddef.h>
#include <stdint.h>

/* Writes cp (at most 0x10FFFF) into out; returns the number of bytes (1-4). */
static inline size_t mpy_utf8_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) { o[0] = (unsigned char)cp; return 1; }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Bytes in the sequence that starts with lead byte c (1 for a stray byte). */
static inline size_t mpy_utf8_seqlen(unsigned char c)
{
    return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* Decodes the code point at s, known to be valid WTF-8; sets *len to its size. */
static inline uint32_t mpy_utf8_decode(const char *s, size_t *len)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] < 0x80) { *len = 1; return u[0]; }
    if (u[0] < 0xE0) { *len = 2; return ((uint32_t)(u[0] & 0x1F) << 6) | (u[1] & 0x3F); }
    if (u[0] < 0xF0) {
        *len = 3;
        return ((uint32_t)(u[0] & 0x0F) << 12) | ((uint32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
    }
    *len = 4;
    return ((uint32_t)(u[0] & 0x07) << 18) | ((uint32_t)(u[1] & 0x3F) << 12) |
           ((uint32_t)(u[2] & 0x3F) << 6) | (u[3] & 0x3F);
}

/* Checks that s[0..n) is strict UTF-8 (no surrogates, no overlongs); returns
 * the offset of the first bad byte, or n when all is well. */
size_t mpy_utf8_validate(const char *s, size_t n);
/* Number of code points in valid WTF-8 s[0..n). */
size_t mpy_utf8_count(const char *s, size_t n);

#endif
