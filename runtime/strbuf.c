/* MpyStrBuf: a growable byte buffer on the system heap. */
#include "strbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

char *mpy_strbuf_reserve(MpyStrBuf *b, size_t n)
{
    if (b->failed)
        return NULL;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *data = realloc(b->data, cap);
        if (!data) {
            b->failed = true;
            return NULL;
        }
        b->data = data;
        b->cap = cap;
    }
    return b->data + b->len;
}

void mpy_strbuf_append(MpyStrBuf *b, const char *s, size_t n)
{
    char *dst = mpy_strbuf_reserve(b, n);
    if (!dst)
        return;
    memcpy(dst, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void mpy_strbuf_append_cstr(MpyStrBuf *b, const char *s) { mpy_strbuf_append(b, s, strlen(s)); }

void mpy_strbuf_append_char(MpyStrBuf *b, char c) { mpy_strbuf_append(b, &c, 1); }

void mpy_strbuf_append_utf8(MpyStrBuf *b, unsigned cp)
{
    char tmp[4];
    mpy_strbuf_append(b, tmp, mpy_utf8_encode(cp, tmp));
}

void mpy_strbuf_vappendf(MpyStrBuf *b, const char *fmt, va_list ap)
{
    va_list again;
    va_copy(again, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    if (n >= 0) {
        char *dst = mpy_strbuf_reserve(b, (size_t)n);
        if (dst) {
            vsnprintf(dst, (size_t)n + 1, fmt, again);
            b->len += (size_t)n;
        }
    }
    va_end(again);
}

void mpy_strbuf_appendf(MpyStrBuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    mpy_strbuf_vappendf(b, fmt, ap);
    va_end(ap);
}

void mpy_strbuf_free(MpyStrBuf *b)
{
    free(b->data);
    *b = (MpyStrBuf)MPY_STRBUF_INIT;
}

char *mpy_strbuf_detach(MpyStrBuf *b)
{
    char *data = b->data ? b->data : calloc(1, 1);
    *b = (MpyStrBuf)MPY_STRBUF_INIT;
    return data;
}
