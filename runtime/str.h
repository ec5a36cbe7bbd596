/* str: immutable text stored as UTF-8 (WTF-8: lone surrogates allowed), with
 * its length in code points, a cached hash, and flags (all ASCII, interned).
 * The layout makes an ASCII string take 49 + len bytes, as in CPython.
 * Indexing an ASCII string is O(1); a non-ASCII one walks the UTF-8 (with a
 * cache of the last position for loops). */
#ifndef MPY_STR_H
#define MPY_STR_H
#include <stdarg.h>

#include "object.h"

typedef struct {
    MPY_OBJECT_HEAD;
    ssize_t length;      /* in code points */
    mpy_hash_t hash;     /* -1 until computed */
    uint32_t state;      /* MPY_STR_* flags */
    uint32_t max_char;   /* the largest code point (0x7F for any ASCII text), 0 when empty */
    ssize_t utf8_length; /* in bytes, without the NUL */
    char data[];         /* utf8_length bytes and a NUL */
} MpyStrObject;

enum {
    MPY_STR_ASCII = 1 << 0,
    MPY_STR_INTERNED = 1 << 1,
    MPY_STR_STATIC = 1 << 2,  /* '' and 1-character Latin-1 singletons */
};

extern MpyTypeObject MpyUnicode_Type;
#define MPY_STR_CHECK(op) MPY_TYPE_HAS_FEATURE(MPY_TYPE(op), MPY_TPFLAGS_UNICODE_SUBCLASS)
#define MPY_STR_CHECK_EXACT(op) (MPY_TYPE(op) == &MpyUnicode_Type)
#define MPY_STR_DATA(op) (((MpyStrObject *)(op))->data)
#define MPY_STR_LEN(op) (((MpyStrObject *)(op))->length)
#define MPY_STR_UTF8_LEN(op) (((MpyStrObject *)(op))->utf8_length)
#define MPY_STR_IS_ASCII(op) ((((MpyStrObject *)(op))->state & MPY_STR_ASCII) != 0)
#define MPY_STR_IS_INTERNED(op) ((((MpyStrObject *)(op))->state & MPY_STR_INTERNED) != 0)

/* Makes a str from WTF-8 bytes, which must be valid (the caller checked).
 * '' and single Latin-1 characters return the shared singletons. */
MpyObject *mpy_str_from_utf8(const char *s, size_t len);
MpyObject *mpy_str_from_cstr(const char *s);
/* Decodes bytes as strict UTF-8 (errors: UnicodeDecodeError as CPython) */
MpyObject *mpy_str_decode_utf8(const char *s, size_t len, const char *errors);
/* Text from the operating system (a path, an argument): UTF-8 with each
 * undecodable byte as a lone surrogate, as CPython's os.fsdecode. */
MpyObject *mpy_str_from_os(const char *s);
/* The bytes of a str for the operating system (os.fsencode): UTF-8 with the
 * surrogates mpy_str_from_os made turned back into their bytes. */
MpyObject *mpy_str_to_os(MpyObject *s);
/* bytes.decode(encoding, errors) and str.encode(encoding, errors) (a bytes
 * object) for the codecs minipy has (str_codecs.c). */
MpyObject *mpy_str_decode(const char *s, size_t len, const char *encoding, const char *errors);
MpyObject *mpy_str_encode(MpyObject *s, const char *encoding, const char *errors);
MpyObject *mpy_str_from_format(const char *fmt, ...); /* as mpy_err_format's % codes */
MpyObject *mpy_str_from_vformat(const char *fmt, va_list ap);
MpyObject *mpy_str_from_codepoint(uint32_t cp);
/* An uninitialised string of utf8_len bytes to fill and then finish with
 * mpy_str_finish (which computes length, max_char and flags). */
MpyObject *mpy_str_new_raw(size_t utf8_len);
MpyObject *mpy_str_finish(MpyObject *s);
/* The interned str for a C string: a *borrowed* reference, kept alive by a
 * cache until mpy_str_fini, so repeated calls are cheap (a hash lookup). */
MpyObject *mpy_str_intern_cstr(const char *s);
/* Replaces *p by its interned copy (CPython's PyUnicode_InternInPlace). The
 * intern table does not own references ("mortal" interning, as 3.11): an
 * interned str leaves the table when it dies. */
void mpy_str_intern_in_place(MpyObject **p);

const char *mpy_str_as_utf8(MpyObject *s); /* borrowed; NUL-terminated */
mpy_hash_t mpy_str_hash(MpyObject *s);     /* CPython's siphash13 of the same code units */
bool mpy_str_equal(MpyObject *a, MpyObject *b); /* both exact str */
int mpy_str_compare(MpyObject *a, MpyObject *b); /* code point order: <0, 0, >0 */
bool mpy_str_equal_cstr(MpyObject *a, const char *s);
MpyObject *mpy_str_concat(MpyObject *a, MpyObject *b);
/* *pa = *pa + b, growing *pa in place when nothing else refers to it (the VM
 * calls it for `s += t` / `s = s + t` when the target's only reference is
 * the one being replaced, as CPython's unicode_concatenate), so building a
 * string by repeated += is linear. b must be a str. 0, or -1 with *pa
 * unchanged. */
int mpy_str_concat_inplace(MpyObject **pa, MpyObject *b);
MpyObject *mpy_str_join(MpyObject *sep, MpyObject *iterable);
/* sep.join(items[0..n)) for an array of str objects (NULL sep: ''), in one
 * allocation without rescanning the text; for BUILD_STRING and f-strings.
 * A single exact str item is returned itself, as CPython's join does. */
MpyObject *mpy_str_join_array(MpyObject *sep, MpyObject *const *items, ssize_t n);
uint32_t mpy_str_char_at(MpyObject *s, ssize_t index); /* 0 <= index < length */
MpyObject *mpy_str_substring(MpyObject *s, ssize_t start, ssize_t end); /* code points */
MpyObject *mpy_str_repr(MpyObject *s);
/* str % args (printf-style formatting) and str.format / format(): str_format.c */
MpyObject *mpy_str_percent_format(MpyObject *format, MpyObject *args);
MpyObject *mpy_str_format_method(MpyObject *format, MpyObject *const *args, size_t nargs,
                                 MpyObject *kwnames);

/* mpy_str_init makes the shared strings, the intern table and the MPY_ID
 * identifiers; it runs first, before any type is readied, because readying
 * types needs strings. The str type and its iterators are readied by
 * mpy_str_ready_types (0 / -1), which needs the exception classes and is
 * called from mpy_bytes_init. */
void mpy_str_init(void);
int mpy_str_ready_types(void);
void mpy_str_fini(void);

/* Interned identifiers used by the runtime: MPY_ID(__init__) is a borrowed
 * reference to the interned str "__init__", made once at start-up. The list
 * is in str_ids.h. */
#define MPY_ID(name) (mpy_ids.name)
#include "str_ids.h"

#endif
