/* A growable byte buffer on the system heap, for building text in C (reprs,
 * messages, the front end's strings). Not an object. */
#ifndef MPY_STRBUF_H
#define MPY_STRBUF_H
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct {
    char *data;   /* always NUL-terminated once anything was appended */
    size_t len;
    size_t cap;
    bool failed;  /* an allocation failed; the contents are incomplete */
} MpyStrBuf;

#define MPY_STRBUF_INIT {0, 0, 0, false}

void mpy_strbuf_append(MpyStrBuf *b, const char *s, size_t n);
void mpy_strbuf_append_cstr(MpyStrBuf *b, const char *s);
void mpy_strbuf_append_char(MpyStrBuf *b, char c);
void mpy_strbuf_appendf(MpyStrBuf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void mpy_strbuf_vappendf(MpyStrBuf *b, const char *fmt, va_list ap);
/* Appends code point cp as UTF-8 (surrogates as 3-byte sequences). */
void mpy_strbuf_append_utf8(MpyStrBuf *b, unsigned cp);
/* Makes room for n more bytes; returns the place to write them, or NULL. The
 * caller then adds n to len (and keeps the NUL terminator itself). */
char *mpy_strbuf_reserve(MpyStrBuf *b, size_t n);
void mpy_strbuf_free(MpyStrBuf *b);
/* Hands the malloc'd contents to the caller ("" if empty); the buffer is reset. */
char *mpy_strbuf_detach(MpyStrBuf *b);

#endif
