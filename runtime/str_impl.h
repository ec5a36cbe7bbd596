/* Internals shared by the files of str and bytes (str.c, str_methods.c,
 * str_format.c, format_spec.c, str_codecs.c, bytes.c): building a str in
 * place without a second copy, creating strings whose length and largest
 * code point are already known, and moving between code point indexes and
 * byte offsets. Not for other parts of the runtime: use str.h. */
#ifndef MPY_STR_IMPL_H
#define MPY_STR_IMPL_H
#include <string.h>

#include "str.h"
#include "utf8.h"

/* max_char of a non-empty ASCII string: like CPython's
 * PyUnicode_MAX_CHAR_VALUE, only the kind matters there, so ASCII strings
 * record the bound 0x7F rather than their exact largest character. */
#define MPY_STR_ASCII_MAX 0x7Fu

/* Length in code points and max_char of valid WTF-8 (max_char as above). */
void mpy_str_scan(const char *s, size_t n, size_t *length, uint32_t *max_char);
/* True when s[0..n) is all ASCII. */
bool mpy_str_is_ascii_bytes(const char *s, size_t n);

/* A new str from WTF-8 whose length and max_char the caller knows; returns
 * the singletons for '' and 1-character Latin-1 text. */
MpyObject *mpy_str_new_known(const char *utf8, size_t len, size_t length, uint32_t max_char);
/* A new, unshared str of len bytes whose length and max_char the caller
 * states; the caller fills the text (for results that cannot be '' or a
 * single Latin-1 character, which must be the shared objects). */
MpyObject *mpy_str_alloc(size_t len, size_t length, uint32_t max_char);
/* The shared 1-character string for c < 256 (borrowed). */
MpyObject *mpy_str_latin1(uint32_t c);
/* The shared '' (borrowed). */
MpyObject *mpy_str_empty(void);
/* An instance of a str subclass with the text of the exact str s. */
MpyObject *mpy_str_new_subtype(MpyTypeObject *type, MpyObject *s);
/* The exact-str value of s: itself (new reference) when exact, a copy when
 * s is a subclass instance. */
MpyObject *mpy_str_exact(MpyObject *s);

/* Byte offset of code point `index` (0 <= index <= length) in s: O(1) for
 * ASCII; otherwise a walk from the nearest known position (the start, the
 * end, or a one-entry cache of the last lookup, which makes loops over
 * indexes linear). */
size_t mpy_str_offset(MpyObject *s, ssize_t index);
/* Code point index of byte offset `off` (at a character boundary). */
ssize_t mpy_str_index_of_offset(MpyObject *s, size_t off);

/* The type name argument-checking errors show (CPython's
 * _PyArg_BadArgument): "None" for None, else the type's name. */
static inline const char *mpy_arg_type_name(MpyObject *o)
{
    return o == MPY_NONE ? "None" : MPY_TYPE(o)->tp_name;
}

/* Python's whitespace among ASCII characters (str.split, str.strip). */
static inline bool mpy_ascii_isspace(unsigned char c)
{
    return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
}

/* Moves over `count` code points forward from p (valid WTF-8). */
static inline const char *mpy_utf8_skip(const char *p, size_t count)
{
    while (count--)
        p += mpy_utf8_seqlen((unsigned char)*p);
    return p;
}

/* The first occurrence of needle in hay (byte search; exact for UTF-8
 * because it is self-synchronising), or NULL. */
const char *mpy_str_memfind(const char *hay, size_t hn, const char *needle, size_t nn);
/* The last occurrence, or NULL. */
const char *mpy_str_memrfind(const char *hay, size_t hn, const char *needle, size_t nn);
/* Non-overlapping occurrences, at most maxcount (-1: all). */
ssize_t mpy_str_memcount(const char *hay, size_t hn, const char *needle, size_t nn,
                         ssize_t maxcount);

/* ============================================================== codecs */

/* Decoding and encoding (str_codecs.c) with the codecs minipy knows —
 * utf-8, ascii, latin-1 under any of CPython's spellings — and the error
 * handlers strict, ignore, replace, surrogateescape, backslashreplace,
 * surrogatepass (utf-8) and, when encoding, xmlcharrefreplace. NULL
 * encoding/errors mean 'utf-8'/'strict'. Messages and exception attributes
 * are CPython's ("unknown encoding: x", UnicodeDecodeError...). */

/* `format % args` with bytes semantics for a format that holds the Latin-1
 * text of a bytes format (str_format.c; used by bytes % args). */
MpyObject *mpy_str_percent_bytes(MpyObject *format, MpyObject *args);
/* bytes % args (bytes_methods.c) and the bytes methods defined there. */
MpyObject *mpy_bytes_percent_format(MpyObject *format, MpyObject *args);
extern MpyMethodDef mpy_bytes_more_methods[];

/* str.format_map(mapping) (str_format.c). */
MpyObject *mpy_str_format_map(MpyObject *format, MpyObject *mapping);

/* ============================================================== writer */

/* Builds a str in one block that becomes the object: appends grow it
 * geometrically, mpy_strw_finish shrinks it to size and gives it the
 * header. Append functions return 0, or -1 with MemoryError set; after a
 * failure, call mpy_strw_discard. */
typedef struct {
    char *mem;         /* header room + text; NULL until the first append */
    size_t len;        /* text bytes written */
    size_t cap;        /* text bytes available */
    size_t length;     /* code points written */
    uint32_t max_char; /* as MpyStrObject.max_char */
} MpyStrWriter;

#define MPY_STRW_INIT {NULL, 0, 0, 0, 0}

/* Makes room for n more bytes; returns where to write them (the caller then
 * calls mpy_strw_commit), or NULL with MemoryError set. */
char *mpy_strw_reserve(MpyStrWriter *w, size_t n);
static inline void mpy_strw_commit(MpyStrWriter *w, size_t bytes, size_t chars, uint32_t max_char)
{
    w->len += bytes;
    w->length += chars;
    if (max_char > w->max_char)
        w->max_char = max_char;
}
/* Text whose properties are known. */
static inline int mpy_strw_append_known(MpyStrWriter *w, const char *s, size_t n, size_t chars,
                                        uint32_t max_char)
{
    char *dst = mpy_strw_reserve(w, n);
    if (!dst)
        return -1;
    memcpy(dst, s, n);
    mpy_strw_commit(w, n, chars, max_char);
    return 0;
}
static inline int mpy_strw_append_ascii(MpyStrWriter *w, const char *s, size_t n)
{
    return mpy_strw_append_known(w, s, n, n, n ? MPY_STR_ASCII_MAX : 0);
}
static inline int mpy_strw_append_cstr(MpyStrWriter *w, const char *s)
{
    return mpy_strw_append_ascii(w, s, strlen(s));
}
/* Valid WTF-8 of unknown properties (scanned). */
int mpy_strw_append_utf8(MpyStrWriter *w, const char *s, size_t n);
int mpy_strw_append_str(MpyStrWriter *w, MpyObject *s); /* any str */
int mpy_strw_append_char(MpyStrWriter *w, uint32_t cp);
/* `count` copies of cp. */
int mpy_strw_append_fill(MpyStrWriter *w, uint32_t cp, size_t count);
/* Appends as mpy_str_from_format does. */
int mpy_strw_appendf(MpyStrWriter *w, const char *fmt, ...);
/* The finished str (new reference; the writer is reset), or NULL. */
MpyObject *mpy_strw_finish(MpyStrWriter *w);
void mpy_strw_discard(MpyStrWriter *w);

#endif
