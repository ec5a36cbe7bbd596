/* str: the object and its core operations — creation (with the shared ''
 * and 1-character Latin-1 strings), hashing, comparison, concatenation,
 * repetition, `in`, indexing and slicing by code point, iteration, str(),
 * the writer that builds strings in place, the MPY_ID identifiers and
 * mpy_str_from_format. The methods are in str_methods.c, % and format() in
 * str_format.c, encoding and decoding in str_codecs.c. */
#define _GNU_SOURCE /* memmem */
#include "str.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "args.h"
#include "bytearray.h"
#include "bytes.h"
#include "errors.h"
#include "gc.h"
#include "hash.h"
#include "int.h"
#include "intern.h"
#include "leakcheck.h"
#include "list.h"
#include "slice.h"
#include "str_impl.h"
#include "tuple.h"
#include "type.h"
#include "unicode_repr.h"
#include "strbuf.h"

/* GNU extensions of <string.h>, declared here as well so that they keep
 * their real types even when the header was read without _GNU_SOURCE. */
void *memmem(const void *haystack, size_t haystacklen, const void *needle, size_t needlelen);
void *memrchr(const void *s, int c, size_t n);

#define HEADER_SIZE offsetof(MpyStrObject, data)

/* ====================================================== static strings */

/* Statically allocated strings share MpyStrObject's layout with room for a
 * 2-byte character and its NUL. */
typedef struct {
    MPY_OBJECT_HEAD;
    ssize_t length;
    mpy_hash_t hash;
    uint32_t state;
    uint32_t max_char;
    ssize_t utf8_length;
    char data[4];
} StaticStr;
_Static_assert(offsetof(StaticStr, data) == offsetof(MpyStrObject, data), "layout");
_Static_assert(offsetof(StaticStr, utf8_length) == offsetof(MpyStrObject, utf8_length), "layout");

static StaticStr empty_str;
static StaticStr latin1_strs[256];

/* CPython 3.11 starts with these 1-character strings already interned, as
 * objects distinct from its Latin-1 singletons (they come from the
 * deep-frozen start-up modules). So in CPython `chr(97) is 'a'` is False but
 * `chr(65) is 'A'` is True: the literal 'a' is interned to the start-up
 * object. Measured with python3.11: [c for c in map(chr, range(256)) if
 * sys.intern(c) is not c]. */
static const char frozen_chars[] = "BCLST_abcdefhijklmnopqrstvwxy";
static StaticStr frozen_strs[sizeof frozen_chars - 1];

static void static_str_init(StaticStr *s, uint32_t c, bool empty)
{
    memset(s, 0, sizeof *s);
    s->ob_base.ob_refcnt = MPY_IMMORTAL_REFCNT;
    s->ob_base.ob_type = &MpyUnicode_Type;
    s->hash = -1;
    s->state = MPY_STR_STATIC | (c < 0x80 ? MPY_STR_ASCII : 0);
    if (empty)
        return;
    s->length = 1;
    s->max_char = c < 0x80 ? MPY_STR_ASCII_MAX : c;
    s->utf8_length = (ssize_t)mpy_utf8_encode(c, s->data);
}

/* The one-character strings are made on first use: most are never needed,
 * and writing all 256 at start-up would cost pages of memory. */
static inline MpyObject *latin1_char(uint32_t c)
{
    StaticStr *s = &latin1_strs[c];
    if (!s->ob_base.ob_type)
        static_str_init(s, c, false);
    return (MpyObject *)s;
}

MpyObject *mpy_str_latin1(uint32_t c) { return latin1_char(c); }
MpyObject *mpy_str_empty(void) { return (MpyObject *)&empty_str; }

/* ============================================================ scanning */

bool mpy_str_is_ascii_bytes(const char *s, size_t n)
{
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (w & 0x8080808080808080ULL)
            return false;
    }
    for (; i < n; i++)
        if ((unsigned char)s[i] >= 0x80)
            return false;
    return true;
}

void mpy_str_scan(const char *s, size_t n, size_t *length, uint32_t *max_char)
{
    if (mpy_str_is_ascii_bytes(s, n)) {
        *length = n;
        *max_char = n ? MPY_STR_ASCII_MAX : 0;
        return;
    }
    size_t count = 0;
    uint32_t max = 0;
    for (size_t i = 0; i < n; count++) {
        size_t k;
        uint32_t cp = mpy_utf8_decode(s + i, &k);
        i += k;
        if (cp > max)
            max = cp;
    }
    *length = count;
    *max_char = max < 0x80 ? MPY_STR_ASCII_MAX : max;
}

/* ============================================================ creation */

/* A str object of `len` text bytes, header filled, text uninitialised. */
static MpyStrObject *str_alloc(size_t len)
{
    if (len > (size_t)SSIZE_MAX - HEADER_SIZE - 1) {
        mpy_err_no_memory();
        return NULL;
    }
    MpyStrObject *s = (MpyStrObject *)mpy_object_new_var(&MpyUnicode_Type, (ssize_t)len);
    if (!s)
        return NULL;
    s->utf8_length = (ssize_t)len;
    s->hash = -1;
    s->state = 0;
    s->data[len] = '\0';
    return s;
}

static void str_set_props(MpyStrObject *s, size_t length, uint32_t max_char)
{
    s->length = (ssize_t)length;
    s->max_char = max_char;
    s->state = (s->state & ~(uint32_t)MPY_STR_ASCII) | (max_char < 0x80 ? MPY_STR_ASCII : 0);
}

/* The shared string for this text, if it is '' or one Latin-1 character. */
static MpyObject *shared_str(const char *utf8, size_t len, size_t length, uint32_t max_char)
{
    if (len == 0)
        return MPY_NEWREF(&empty_str);
    if (length == 1 && max_char < 0x100) {
        size_t k;
        return MPY_NEWREF(latin1_char(mpy_utf8_decode(utf8, &k)));
    }
    return NULL;
}

MpyObject *mpy_str_alloc(size_t len, size_t length, uint32_t max_char)
{
    MpyStrObject *s = str_alloc(len);
    if (s)
        str_set_props(s, length, max_char);
    return (MpyObject *)s;
}

MpyObject *mpy_str_new_known(const char *utf8, size_t len, size_t length, uint32_t max_char)
{
    MpyObject *shared = shared_str(utf8, len, length, max_char);
    if (shared)
        return shared;
    MpyStrObject *s = str_alloc(len);
    if (!s)
        return NULL;
    memcpy(s->data, utf8, len);
    str_set_props(s, length, max_char);
    return (MpyObject *)s;
}

MpyObject *mpy_str_from_utf8(const char *utf8, size_t len)
{
    size_t length;
    uint32_t max_char;
    mpy_str_scan(utf8, len, &length, &max_char);
    return mpy_str_new_known(utf8, len, length, max_char);
}

MpyObject *mpy_str_from_cstr(const char *s) { return mpy_str_from_utf8(s, strlen(s)); }

MpyObject *mpy_str_from_codepoint(uint32_t cp)
{
    if (cp < 0x100)
        return MPY_NEWREF(latin1_char(cp));
    char buf[4];
    size_t n = mpy_utf8_encode(cp, buf);
    return mpy_str_new_known(buf, n, 1, cp);
}

MpyObject *mpy_str_new_raw(size_t utf8_len) { return (MpyObject *)str_alloc(utf8_len); }

MpyObject *mpy_str_finish(MpyObject *op)
{
    MpyStrObject *s = (MpyStrObject *)op;
    size_t length;
    uint32_t max_char;
    s->data[s->utf8_length] = '\0';
    mpy_str_scan(s->data, (size_t)s->utf8_length, &length, &max_char);
    MpyObject *shared = shared_str(s->data, (size_t)s->utf8_length, length, max_char);
    if (shared) {
        MPY_DECREF(op);
        return shared;
    }
    str_set_props(s, length, max_char);
    return op;
}

MpyObject *mpy_str_new_subtype(MpyTypeObject *type, MpyObject *src)
{
    size_t len = (size_t)MPY_STR_UTF8_LEN(src);
    MpyStrObject *s = (MpyStrObject *)mpy_type_generic_alloc(type, (ssize_t)len);
    if (!s)
        return NULL;
    MpyStrObject *from = (MpyStrObject *)src;
    s->length = from->length;
    s->hash = from->hash;
    s->state = from->state & MPY_STR_ASCII;
    s->max_char = from->max_char;
    s->utf8_length = (ssize_t)len;
    memcpy(s->data, from->data, len + 1);
    return (MpyObject *)s;
}

MpyObject *mpy_str_exact(MpyObject *s)
{
    if (MPY_STR_CHECK_EXACT(s))
        return MPY_NEWREF(s);
    MpyStrObject *o = (MpyStrObject *)s;
    return mpy_str_new_known(o->data, (size_t)o->utf8_length, (size_t)o->length, o->max_char);
}

const char *mpy_str_as_utf8(MpyObject *s) { return MPY_STR_DATA(s); }

/* ============================================================== writer */

char *mpy_strw_reserve(MpyStrWriter *w, size_t n)
{
    if (w->cap - w->len >= n)
        return w->mem + HEADER_SIZE + w->len;
    if (n > (size_t)SSIZE_MAX / 2 - HEADER_SIZE - w->len) {
        mpy_err_no_memory();
        return NULL;
    }
    size_t cap = w->cap ? w->cap : 48;
    while (cap - w->len < n)
        cap *= 2;
    char *mem = mpy_mem_realloc(w->mem, HEADER_SIZE + cap + 1);
    if (!mem) {
        mpy_err_no_memory();
        return NULL;
    }
    w->mem = mem;
    w->cap = cap;
    return w->mem + HEADER_SIZE + w->len;
}

int mpy_strw_append_utf8(MpyStrWriter *w, const char *s, size_t n)
{
    size_t length;
    uint32_t max_char;
    mpy_str_scan(s, n, &length, &max_char);
    return mpy_strw_append_known(w, s, n, length, max_char);
}

int mpy_strw_append_str(MpyStrWriter *w, MpyObject *s)
{
    MpyStrObject *o = (MpyStrObject *)s;
    return mpy_strw_append_known(w, o->data, (size_t)o->utf8_length, (size_t)o->length,
                                 o->max_char);
}

int mpy_strw_append_char(MpyStrWriter *w, uint32_t cp)
{
    char *dst = mpy_strw_reserve(w, 4);
    if (!dst)
        return -1;
    mpy_strw_commit(w, mpy_utf8_encode(cp, dst), 1, cp < 0x80 ? MPY_STR_ASCII_MAX : cp);
    return 0;
}

int mpy_strw_append_fill(MpyStrWriter *w, uint32_t cp, size_t count)
{
    if (count == 0)
        return 0;
    char unit[4];
    size_t k = mpy_utf8_encode(cp, unit);
    if (count > (size_t)SSIZE_MAX / 4) {
        mpy_err_no_memory();
        return -1;
    }
    char *dst = mpy_strw_reserve(w, k * count);
    if (!dst)
        return -1;
    if (k == 1)
        memset(dst, unit[0], count);
    else
        for (size_t i = 0; i < count; i++)
            memcpy(dst + i * k, unit, k);
    mpy_strw_commit(w, k * count, count, cp < 0x80 ? MPY_STR_ASCII_MAX : cp);
    return 0;
}

MpyObject *mpy_strw_finish(MpyStrWriter *w)
{
    char *text = w->mem ? w->mem + HEADER_SIZE : "";
    MpyObject *shared = shared_str(text, w->len, w->length, w->max_char);
    if (shared) {
        mpy_strw_discard(w);
        return shared;
    }
    MpyStrObject *s = mpy_mem_realloc(w->mem, HEADER_SIZE + w->len + 1);
    if (!s)
        s = (MpyStrObject *)w->mem; /* shrinking failed: keep the bigger block */
    mpy_object_init((MpyObject *)s, &MpyUnicode_Type);
    s->utf8_length = (ssize_t)w->len;
    s->hash = -1;
    s->state = 0;
    s->data[w->len] = '\0';
    str_set_props(s, w->length, w->max_char);
    *w = (MpyStrWriter)MPY_STRW_INIT;
    return (MpyObject *)s;
}

void mpy_strw_discard(MpyStrWriter *w)
{
    mpy_mem_free(w->mem);
    *w = (MpyStrWriter)MPY_STRW_INIT;
}

/* ======================================================== from_format */

/* One conversion of a format: flags, width, precision, length modifier. */
typedef struct {
    bool left, zero;
    long width, precision; /* -1 when absent */
    char length[3];        /* "", "l", "ll", "z", "t", "h" */
    char conv;
} FormatSpec;

static const char *parse_conversion(const char *f, FormatSpec *spec)
{
    *spec = (FormatSpec){.width = -1, .precision = -1};
    for (;; f++) {
        if (*f == '-') spec->left = true;
        else if (*f == '0') spec->zero = true;
        else break;
    }
    if (*f >= '0' && *f <= '9')
        spec->width = strtol(f, (char **)&f, 10);
    if (*f == '.')
        spec->precision = *++f >= '0' && *f <= '9' ? strtol(f, (char **)&f, 10) : 0;
    size_t n = 0;
    while (n < 2 && (*f == 'l' || *f == 'z' || *f == 't' || *f == 'h'))
        spec->length[n++] = *f++;
    spec->conv = *f;
    return *f ? f + 1 : f;
}

/* Appends UTF-8 text under %s-style width and precision (in code points). */
static int append_padded(MpyStrWriter *w, const FormatSpec *spec, const char *s, size_t n)
{
    size_t length;
    uint32_t max_char;
    if (mpy_utf8_validate(s, n) != n) {
        /* CPython decodes %s arguments with errors='replace'. */
        MpyObject *fixed = mpy_str_decode_utf8(s, n, "replace");
        if (!fixed)
            return -1;
        int r = append_padded(w, spec, MPY_STR_DATA(fixed), (size_t)MPY_STR_UTF8_LEN(fixed));
        MPY_DECREF(fixed);
        return r;
    }
    mpy_str_scan(s, n, &length, &max_char);
    if (spec->precision >= 0 && length > (size_t)spec->precision) {
        n = (size_t)(mpy_utf8_skip(s, (size_t)spec->precision) - s);
        length = (size_t)spec->precision;
    }
    size_t pad = spec->width > 0 && (size_t)spec->width > length ? (size_t)spec->width - length : 0;
    if (!spec->left && mpy_strw_append_fill(w, ' ', pad) < 0)
        return -1;
    if (mpy_strw_append_known(w, s, n, length, max_char) < 0)
        return -1;
    return spec->left ? mpy_strw_append_fill(w, ' ', pad) : 0;
}

static int append_object(MpyStrWriter *w, const FormatSpec *spec, MpyObject *o)
{
    return append_padded(w, spec, MPY_STR_DATA(o), (size_t)MPY_STR_UTF8_LEN(o));
}

/* Integers and pointers go through the C library with the same spec. */
static int append_number(MpyStrWriter *w, const FormatSpec *spec, va_list *ap)
{
    char fmt[32], buf[96];
    int n = snprintf(fmt, sizeof fmt, "%%%s%s", spec->left ? "-" : "", spec->zero ? "0" : "");
    if (spec->width >= 0)
        n += snprintf(fmt + n, sizeof fmt - (size_t)n, "%ld", spec->width);
    if (spec->precision >= 0)
        n += snprintf(fmt + n, sizeof fmt - (size_t)n, ".%ld", spec->precision);
    snprintf(fmt + n, sizeof fmt - (size_t)n, "%s%c", spec->length, spec->conv);
    bool is_unsigned = spec->conv == 'u' || spec->conv == 'x' || spec->conv == 'X';
    const char *len = spec->length;
    int k;
    if (strcmp(len, "z") == 0 || strcmp(len, "t") == 0)
        k = is_unsigned ? snprintf(buf, sizeof buf, fmt, va_arg(*ap, size_t))
                        : snprintf(buf, sizeof buf, fmt, va_arg(*ap, ssize_t));
    else if (strcmp(len, "ll") == 0)
        k = is_unsigned ? snprintf(buf, sizeof buf, fmt, va_arg(*ap, unsigned long long))
                        : snprintf(buf, sizeof buf, fmt, va_arg(*ap, long long));
    else if (strcmp(len, "l") == 0)
        k = is_unsigned ? snprintf(buf, sizeof buf, fmt, va_arg(*ap, unsigned long))
                        : snprintf(buf, sizeof buf, fmt, va_arg(*ap, long));
    else
        k = is_unsigned ? snprintf(buf, sizeof buf, fmt, va_arg(*ap, unsigned int))
                        : snprintf(buf, sizeof buf, fmt, va_arg(*ap, int));
    if (k < 0)
        k = 0;
    return mpy_strw_append_ascii(w, buf, (size_t)k < sizeof buf ? (size_t)k : sizeof buf - 1);
}

static int append_conversion(MpyStrWriter *w, const FormatSpec *spec, va_list *ap)
{
    MpyObject *o, *tmp;
    const char *s;
    char buf[32];
    int r;
    switch (spec->conv) {
    case '%':
        return mpy_strw_append_ascii(w, "%", 1);
    case 'c':
        return mpy_strw_append_char(w, (uint32_t)va_arg(*ap, int));
    case 'd': case 'i': case 'u': case 'x': case 'X':
        return append_number(w, spec, ap);
    case 'p': {
        void *p = va_arg(*ap, void *);
        snprintf(buf, sizeof buf, "0x%llx", (unsigned long long)(uintptr_t)p);
        return mpy_strw_append_cstr(w, buf);
    }
    case 's':
        s = va_arg(*ap, const char *);
        return append_padded(w, spec, s ? s : "(null)", strlen(s ? s : "(null)"));
    case 'U':
        return append_object(w, spec, va_arg(*ap, MpyObject *));
    case 'V':
        o = va_arg(*ap, MpyObject *);
        s = va_arg(*ap, const char *);
        return o ? append_object(w, spec, o) : append_padded(w, spec, s, strlen(s));
    case 'S': case 'R':
        o = va_arg(*ap, MpyObject *);
        tmp = spec->conv == 'S' ? mpy_object_str(o) : mpy_object_repr(o);
        if (!tmp)
            return -1;
        r = append_object(w, spec, tmp);
        MPY_DECREF(tmp);
        return r;
    case 'T':
        o = va_arg(*ap, MpyObject *);
        return append_padded(w, spec, MPY_TYPE(o)->tp_name, strlen(MPY_TYPE(o)->tp_name));
    default:
        mpy_err_format(MpyExc_SystemError, "invalid format string: unknown conversion '%c'",
                       spec->conv);
        return -1;
    }
}

static int strw_vappendf(MpyStrWriter *w, const char *fmt, va_list *ap)
{
    while (*fmt) {
        const char *pct = strchr(fmt, '%');
        size_t n = pct ? (size_t)(pct - fmt) : strlen(fmt);
        if (n && mpy_strw_append_utf8(w, fmt, n) < 0)
            return -1;
        if (!pct)
            break;
        FormatSpec spec;
        fmt = parse_conversion(pct + 1, &spec);
        if (append_conversion(w, &spec, ap) < 0)
            return -1;
    }
    return 0;
}

int mpy_strw_appendf(MpyStrWriter *w, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = strw_vappendf(w, fmt, &ap);
    va_end(ap);
    return r;
}

MpyObject *mpy_str_from_vformat(const char *fmt, va_list ap)
{
    MpyStrWriter w = MPY_STRW_INIT;
    va_list copy;
    va_copy(copy, ap);
    int r = strw_vappendf(&w, fmt, &copy);
    va_end(copy);
    if (r < 0) {
        mpy_strw_discard(&w);
        return NULL;
    }
    return mpy_strw_finish(&w);
}

MpyObject *mpy_str_from_format(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    MpyObject *s = mpy_str_from_vformat(fmt, ap);
    va_end(ap);
    return s;
}

/* ======================================================= hash, compare */

mpy_hash_t mpy_str_hash(MpyObject *op)
{
    MpyStrObject *s = (MpyStrObject *)op;
    if (s->hash == -1)
        s->hash = mpy_hash_utf8_as_ucs(s->data, (size_t)s->utf8_length, (size_t)s->length,
                                       s->max_char);
    return s->hash;
}

bool mpy_str_equal(MpyObject *a, MpyObject *b)
{
    if (a == b)
        return true;
    MpyStrObject *x = (MpyStrObject *)a, *y = (MpyStrObject *)b;
    if (x->utf8_length != y->utf8_length)
        return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash)
        return false;
    return memcmp(x->data, y->data, (size_t)x->utf8_length) == 0;
}

bool mpy_str_equal_cstr(MpyObject *a, const char *s)
{
    size_t n = strlen(s);
    return (size_t)MPY_STR_UTF8_LEN(a) == n && memcmp(MPY_STR_DATA(a), s, n) == 0;
}

/* UTF-8 byte order is code point order (also for WTF-8's surrogates). */
int mpy_str_compare(MpyObject *a, MpyObject *b)
{
    size_t la = (size_t)MPY_STR_UTF8_LEN(a), lb = (size_t)MPY_STR_UTF8_LEN(b);
    int c = memcmp(MPY_STR_DATA(a), MPY_STR_DATA(b), la < lb ? la : lb);
    if (c)
        return c;
    return la < lb ? -1 : la > lb;
}

static MpyObject *str_richcompare(MpyObject *a, MpyObject *b, int op)
{
    if (!MPY_STR_CHECK(a) || !MPY_STR_CHECK(b))
        return MPY_NEWREF(MPY_NOTIMPLEMENTED);
    bool r;
    if (op == MPY_EQ || op == MPY_NE) {
        r = mpy_str_equal(a, b) == (op == MPY_EQ);
    } else {
        int c = a == b ? 0 : mpy_str_compare(a, b);
        switch (op) {
        case MPY_LT: r = c < 0; break;
        case MPY_LE: r = c <= 0; break;
        case MPY_GT: r = c > 0; break;
        default: r = c >= 0; break;
        }
    }
    return mpy_bool_from_long(r);
}

/* ================================================== positions, search */

/* The last non-ASCII position looked up: makes s[i] in a loop linear. */
static struct {
    MpyObject *s;
    ssize_t index;
    size_t off;
} pos_cache;

size_t mpy_str_offset(MpyObject *op, ssize_t index)
{
    MpyStrObject *s = (MpyStrObject *)op;
    if (s->state & MPY_STR_ASCII)
        return (size_t)index;
    if (index >= s->length)
        return (size_t)s->utf8_length;
    ssize_t from = 0;
    size_t off = 0;
    if (pos_cache.s == op && pos_cache.index <= index && index - pos_cache.index < index) {
        from = pos_cache.index;
        off = pos_cache.off;
    }
    if (s->length - index < index - from) { /* nearer the end: walk back */
        off = (size_t)s->utf8_length;
        for (ssize_t i = s->length; i > index; i--)
            while (((unsigned char)s->data[--off] & 0xC0) == 0x80) {}
    } else {
        off = (size_t)(mpy_utf8_skip(s->data + off, (size_t)(index - from)) - s->data);
    }
    pos_cache.s = op;
    pos_cache.index = index;
    pos_cache.off = off;
    return off;
}

ssize_t mpy_str_index_of_offset(MpyObject *s, size_t off)
{
    if (MPY_STR_IS_ASCII(s))
        return (ssize_t)off;
    return (ssize_t)mpy_utf8_count(MPY_STR_DATA(s), off);
}

const char *mpy_str_memfind(const char *hay, size_t hn, const char *needle, size_t nn)
{
    if (nn == 0)
        return hay;
    if (nn > hn)
        return NULL;
    if (nn == 1)
        return memchr(hay, (unsigned char)needle[0], hn);
    return memmem(hay, hn, needle, nn);
}

const char *mpy_str_memrfind(const char *hay, size_t hn, const char *needle, size_t nn)
{
    if (nn > hn)
        return NULL;
    if (nn == 0)
        return hay + hn;
    if (nn == 1)
        return memrchr(hay, (unsigned char)needle[0], hn);
    for (const char *p = hay + hn - nn;; p--) {
        if (*p == needle[0] && memcmp(p, needle, nn) == 0)
            return p;
        if (p == hay)
            return NULL;
    }
}

ssize_t mpy_str_memcount(const char *hay, size_t hn, const char *needle, size_t nn,
                         ssize_t maxcount)
{
    ssize_t count = 0;
    if (nn == 0) { /* between every two characters and at both ends */
        count = (ssize_t)mpy_utf8_count(hay, hn) + 1;
        return maxcount >= 0 && count > maxcount ? maxcount : count;
    }
    const char *end = hay + hn;
    while (count != maxcount) {
        const char *p = mpy_str_memfind(hay, (size_t)(end - hay), needle, nn);
        if (!p)
            break;
        count++;
        hay = p + nn;
    }
    return count;
}

/* ================================================ the sequence protocol */

static ssize_t str_length(MpyObject *s) { return MPY_STR_LEN(s); }

uint32_t mpy_str_char_at(MpyObject *s, ssize_t index)
{
    if (MPY_STR_IS_ASCII(s))
        return (unsigned char)MPY_STR_DATA(s)[index];
    size_t k;
    return mpy_utf8_decode(MPY_STR_DATA(s) + mpy_str_offset(s, index), &k);
}

MpyObject *mpy_str_substring(MpyObject *op, ssize_t start, ssize_t end)
{
    MpyStrObject *s = (MpyStrObject *)op;
    if (start <= 0 && end >= s->length && MPY_STR_CHECK_EXACT(op))
        return MPY_NEWREF(op);
    if (start >= end)
        return MPY_NEWREF(&empty_str);
    if (s->state & MPY_STR_ASCII)
        return mpy_str_new_known(s->data + start, (size_t)(end - start), (size_t)(end - start),
                                 MPY_STR_ASCII_MAX);
    size_t a = mpy_str_offset(op, start), b = mpy_str_offset(op, end);
    return mpy_str_from_utf8(s->data + a, b - a);
}

static MpyObject *str_item(MpyObject *s, ssize_t i)
{
    if (i < 0)
        i += MPY_STR_LEN(s);
    if (i < 0 || i >= MPY_STR_LEN(s))
        return mpy_err_set_string(MpyExc_IndexError, "string index out of range");
    return mpy_str_from_codepoint(mpy_str_char_at(s, i));
}

/* s[start::step] for n characters: ASCII by index, other text by moving a
 * byte pointer |step| characters at a time (linear, also backwards). */
static MpyObject *str_slice_step(MpyObject *s, ssize_t start, ssize_t step, ssize_t n)
{
    const char *data = MPY_STR_DATA(s);
    if (MPY_STR_IS_ASCII(s)) {
        MpyObject *r = n > 1 ? mpy_str_alloc((size_t)n, (size_t)n, MPY_STR_ASCII_MAX) : NULL;
        if (n <= 1)
            return mpy_str_from_codepoint((unsigned char)data[start]);
        if (r)
            for (ssize_t k = 0, i = start; k < n; k++, i += step)
                MPY_STR_DATA(r)[k] = data[i];
        return r;
    }
    MpyStrWriter w = MPY_STRW_INIT;
    const char *p = data + mpy_str_offset(s, start);
    for (ssize_t k = 0; k < n; k++) {
        size_t len;
        uint32_t cp = mpy_utf8_decode(p, &len);
        if (mpy_strw_append_char(&w, cp) < 0) {
            mpy_strw_discard(&w);
            return NULL;
        }
        if (k + 1 == n)
            break;
        if (step > 0) {
            p = mpy_utf8_skip(p, (size_t)step);
        } else {
            for (ssize_t j = 0; j < -step; j++)
                do
                    p--;
                while (((unsigned char)*p & 0xC0) == 0x80);
        }
    }
    return mpy_strw_finish(&w);
}

static MpyObject *str_subscript(MpyObject *s, MpyObject *key)
{
    if (MPY_INT_CHECK(key) || MPY_TYPE(key)->tp_as_number.nb_index) {
        ssize_t i = mpy_number_as_ssize(key, MpyExc_IndexError);
        if (i == -1 && mpy_err_occurred())
            return NULL;
        return str_item(s, i);
    }
    if (MPY_SLICE_CHECK(key)) {
        ssize_t start, stop, step;
        if (mpy_slice_unpack(key, &start, &stop, &step) < 0)
            return NULL;
        ssize_t n = mpy_slice_adjust_indices(MPY_STR_LEN(s), &start, &stop, step);
        if (step == 1)
            return mpy_str_substring(s, start, start + n);
        if (n <= 0)
            return MPY_NEWREF(&empty_str);
        return str_slice_step(s, start, step, n);
    }
    return mpy_err_format(MpyExc_TypeError, "string indices must be integers, not '%s'",
                          MPY_TYPE(key)->tp_name);
}

static int str_contains(MpyObject *s, MpyObject *sub)
{
    if (!MPY_STR_CHECK(sub)) {
        mpy_err_format(MpyExc_TypeError, "'in <string>' requires string as left operand, not %s",
                       MPY_TYPE(sub)->tp_name);
        return -1;
    }
    return mpy_str_memfind(MPY_STR_DATA(s), (size_t)MPY_STR_UTF8_LEN(s), MPY_STR_DATA(sub),
                           (size_t)MPY_STR_UTF8_LEN(sub)) != NULL;
}

/* ================================================ concatenation, repeat */

static MpyObject *concat_known(MpyObject *a, MpyObject *b)
{
    MpyStrObject *x = (MpyStrObject *)a, *y = (MpyStrObject *)b;
    if ((size_t)x->utf8_length > (size_t)SSIZE_MAX - (size_t)y->utf8_length - HEADER_SIZE - 1)
        return mpy_err_set_string(MpyExc_OverflowError, "strings are too large to concat");
    size_t la = (size_t)x->utf8_length, lb = (size_t)y->utf8_length;
    MpyStrObject *s = str_alloc(la + lb);
    if (!s)
        return NULL;
    memcpy(s->data, x->data, la);
    memcpy(s->data + la, y->data, lb);
    str_set_props(s, (size_t)(x->length + y->length),
                  x->max_char > y->max_char ? x->max_char : y->max_char);
    return (MpyObject *)s;
}

MpyObject *mpy_str_concat(MpyObject *a, MpyObject *b)
{
    if (!MPY_STR_CHECK(b))
        return mpy_err_format(MpyExc_TypeError, "can only concatenate str (not \"%s\") to str",
                              MPY_TYPE(b)->tp_name);
    if (MPY_STR_UTF8_LEN(a) == 0)
        return mpy_str_exact(b);
    if (MPY_STR_UTF8_LEN(b) == 0)
        return mpy_str_exact(a);
    return concat_known(a, b);
}

/* Whether *pa may be grown in place: nobody else can see it. */
static bool can_resize(MpyObject *a)
{
    return MPY_REFCNT(a) == 1 && MPY_STR_CHECK_EXACT(a) &&
           !(((MpyStrObject *)a)->state & (MPY_STR_INTERNED | MPY_STR_STATIC));
}

int mpy_str_concat_inplace(MpyObject **pa, MpyObject *b)
{
    MpyObject *a = *pa;
    if (!MPY_STR_CHECK(b) || !can_resize(a) || MPY_STR_UTF8_LEN(b) == 0) {
        MpyObject *r = mpy_str_concat(a, b);
        if (!r)
            return -1;
        MPY_SETREF(*pa, r);
        return 0;
    }
    MpyStrObject *x = (MpyStrObject *)a, *y = (MpyStrObject *)b;
    size_t la = (size_t)x->utf8_length, lb = (size_t)y->utf8_length;
    if (la > (size_t)SSIZE_MAX - lb - HEADER_SIZE - 1) {
        mpy_err_set_string(MpyExc_OverflowError, "strings are too large to concat");
        return -1;
    }
    if (pos_cache.s == a)
        pos_cache.s = NULL;
    /* The block moves: keep the live-object registry in step. */
    mpy_leak_unregister(a);
    MpyStrObject *s = mpy_mem_realloc(x, HEADER_SIZE + la + lb + 1);
    if (!s) {
        mpy_leak_register(a);
        mpy_err_no_memory();
        return -1;
    }
    mpy_leak_register((MpyObject *)s);
    memcpy(s->data + la, y == x ? s->data : y->data, lb);
    s->data[la + lb] = '\0';
    s->utf8_length = (ssize_t)(la + lb);
    s->hash = -1;
    str_set_props(s, (size_t)(s->length + y->length),
                  s->max_char > y->max_char ? s->max_char : y->max_char);
    *pa = (MpyObject *)s;
    return 0;
}

static MpyObject *str_repeat(MpyObject *a, ssize_t n)
{
    MpyStrObject *x = (MpyStrObject *)a;
    if (n <= 0 || x->utf8_length == 0)
        return MPY_NEWREF(&empty_str);
    if (n == 1)
        return mpy_str_exact(a);
    size_t len = (size_t)x->utf8_length;
    if (len > ((size_t)SSIZE_MAX - HEADER_SIZE - 1) / (size_t)n)
        return mpy_err_set_string(MpyExc_OverflowError, "repeated string is too long");
    size_t total = len * (size_t)n;
    MpyStrObject *s = str_alloc(total);
    if (!s)
        return NULL;
    if (len == 1) {
        memset(s->data, x->data[0], total);
    } else { /* copy doubling runs */
        memcpy(s->data, x->data, len);
        size_t done = len;
        while (done < total) {
            size_t k = done < total - done ? done : total - done;
            memcpy(s->data + done, s->data, k);
            done += k;
        }
    }
    str_set_props(s, (size_t)x->length * (size_t)n, x->max_char);
    return (MpyObject *)s;
}

/* ================================================================ join */

/* The items of a list or tuple (borrowed), after type-checking them and
 * summing their sizes. */
static int join_check(MpyObject *const *items, ssize_t n, size_t seplen, size_t *total)
{
    size_t sum = 0;
    for (ssize_t i = 0; i < n; i++) {
        if (!MPY_STR_CHECK(items[i])) {
            mpy_err_format(MpyExc_TypeError, "sequence item %zd: expected str instance, %s found",
                           i, MPY_TYPE(items[i])->tp_name);
            return -1;
        }
        size_t k = (size_t)MPY_STR_UTF8_LEN(items[i]) + (i ? seplen : 0);
        if (sum > (size_t)SSIZE_MAX - HEADER_SIZE - 1 - k) {
            mpy_err_set_string(MpyExc_OverflowError, "join() result is too long for a Python string");
            return -1;
        }
        sum += k;
    }
    *total = sum;
    return 0;
}

static MpyObject *join_items(MpyObject *sep, MpyObject *const *items, ssize_t n)
{
    if (!sep)
        sep = (MpyObject *)&empty_str;
    if (n == 0)
        return MPY_NEWREF(&empty_str);
    if (n == 1 && MPY_STR_CHECK_EXACT(items[0]))
        return MPY_NEWREF(items[0]);
    MpyStrObject *sp = (MpyStrObject *)sep;
    size_t seplen = (size_t)sp->utf8_length, total;
    if (join_check(items, n, seplen, &total) < 0)
        return NULL;
    MpyStrObject *s = str_alloc(total);
    if (!s)
        return NULL;
    size_t length = (size_t)sp->length * (size_t)(n - 1);
    uint32_t max_char = n > 1 ? sp->max_char : 0;
    char *p = s->data;
    for (ssize_t i = 0; i < n; i++) {
        MpyStrObject *it = (MpyStrObject *)items[i];
        if (i && seplen) {
            memcpy(p, sp->data, seplen);
            p += seplen;
        }
        memcpy(p, it->data, (size_t)it->utf8_length);
        p += it->utf8_length;
        length += (size_t)it->length;
        if (it->max_char > max_char)
            max_char = it->max_char;
    }
    MpyObject *shared = shared_str(s->data, total, length, max_char);
    if (shared) {
        MPY_DECREF(s);
        return shared;
    }
    str_set_props(s, length, max_char);
    return (MpyObject *)s;
}

MpyObject *mpy_str_join_array(MpyObject *sep, MpyObject *const *items, ssize_t n)
{
    return join_items(sep, items, n);
}

MpyObject *mpy_str_join(MpyObject *sep, MpyObject *iterable)
{
    if (MPY_LIST_CHECK_EXACT(iterable)) {
        /* Hold the list: nothing here runs Python code, but be safe. */
        MPY_INCREF(iterable);
        MpyObject *r = join_items(sep, MPY_LIST_ITEMS(iterable), MPY_SIZE(iterable));
        MPY_DECREF(iterable);
        return r;
    }
    if (MPY_TUPLE_CHECK_EXACT(iterable))
        return join_items(sep, MPY_TUPLE_ITEMS(iterable), MPY_SIZE(iterable));
    MpyObject *list = mpy_list_from_iterable(iterable);
    if (!list) {
        if (mpy_err_exception_matches(MpyExc_TypeError) && !MPY_TYPE(iterable)->tp_iter &&
            !MPY_TYPE(iterable)->tp_as_sequence.sq_item) {
            mpy_err_clear();
            mpy_err_set_string(MpyExc_TypeError, "can only join an iterable");
        }
        return NULL;
    }
    MpyObject *r = join_items(sep, MPY_LIST_ITEMS(list), MPY_SIZE(list));
    MPY_DECREF(list);
    return r;
}

/* ============================================================ iterator */

/* CPython 3.11 has two iterator types: str_ascii_iterator for ASCII
 * strings (the index is the offset) and str_iterator for the rest (which
 * here walks the UTF-8 by offset). */
typedef struct {
    MPY_OBJECT_HEAD;
    ssize_t it_index;  /* code points consumed */
    size_t it_offset;  /* byte offset of the next one */
    MpyObject *it_seq; /* NULL when exhausted */
} StrIterObject;

static MpyTypeObject StrAsciiIter_Type, StrIter_Type;

static MpyObject *str_iter(MpyObject *s)
{
    MpyTypeObject *t = MPY_STR_IS_ASCII(s) ? &StrAsciiIter_Type : &StrIter_Type;
    StrIterObject *it = (StrIterObject *)mpy_gc_new(t);
    if (!it)
        return NULL;
    it->it_index = 0;
    it->it_offset = 0;
    it->it_seq = MPY_NEWREF(s);
    mpy_gc_track((MpyObject *)it);
    return (MpyObject *)it;
}

static void striter_dealloc(MpyObject *op)
{
    mpy_gc_untrack(op);
    MPY_XDECREF(((StrIterObject *)op)->it_seq);
    mpy_gc_del(op);
}

static int striter_traverse(MpyObject *op, mpy_visitproc visit, void *arg)
{
    MPY_VISIT(((StrIterObject *)op)->it_seq);
    return 0;
}

static MpyObject *striter_exhausted(StrIterObject *it)
{
    MPY_CLEAR(it->it_seq);
    return NULL;
}

static MpyObject *ascii_iternext(MpyObject *op)
{
    StrIterObject *it = (StrIterObject *)op;
    MpyObject *s = it->it_seq;
    if (!s || it->it_index >= MPY_STR_LEN(s))
        return s ? striter_exhausted(it) : NULL;
    unsigned char c = (unsigned char)MPY_STR_DATA(s)[it->it_index++];
    return MPY_NEWREF(latin1_char(c));
}

static MpyObject *striter_next(MpyObject *op)
{
    StrIterObject *it = (StrIterObject *)op;
    MpyObject *s = it->it_seq;
    if (!s || it->it_offset >= (size_t)MPY_STR_UTF8_LEN(s))
        return s ? striter_exhausted(it) : NULL;
    size_t k;
    uint32_t cp = mpy_utf8_decode(MPY_STR_DATA(s) + it->it_offset, &k);
    it->it_offset += k;
    it->it_index++;
    return mpy_str_from_codepoint(cp);
}

static MpyObject *striter_length_hint(MpyObject *op, MpyObject *unused)
{
    StrIterObject *it = (StrIterObject *)op;
    return mpy_int_from_ssize(it->it_seq ? MPY_STR_LEN(it->it_seq) - it->it_index : 0);
}

static MpyObject *striter_self(MpyObject *op)
{
    return MPY_NEWREF(op);
}

static MpyMethodDef striter_methods[] = {
    {"__length_hint__", MPY_METH(striter_length_hint), MPY_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL},
};

static MpyTypeObject StrAsciiIter_Type = {
    .ob_base = {{MPY_IMMORTAL_REFCNT, &MpyType_Type}, 0},
    .tp_name = "str_ascii_iterator",
    .tp_basicsize = sizeof(StrIterObject),
    .tp_dealloc = striter_dealloc,
    .tp_flags = MPY_TPFLAGS_HAVE_GC,
    .tp_traverse = striter_traverse,
    .tp_iter = striter_self,
    .tp_iternext = ascii_iternext,
    .tp_methods = striter_methods,
    .tp_free = mpy_gc_del,
};

static MpyTypeObject StrIter_Type = {
    .ob_base = {{MPY_IMMORTAL_REFCNT, &MpyType_Type}, 0},
    .tp_name = "str_iterator",
    .tp_basicsize = sizeof(StrIterObject),
    .tp_dealloc = striter_dealloc,
    .tp_flags = MPY_TPFLAGS_HAVE_GC,
    .tp_traverse = striter_traverse,
    .tp_iter = striter_self,
    .tp_iternext = striter_next,
    .tp_methods = striter_methods,
    .tp_free = mpy_gc_del,
};

/* ====================================================== the type slots */

static void str_dealloc(MpyObject *op)
{
    MpyStrObject *s = (MpyStrObject *)op;
    if (s->state & MPY_STR_STATIC) { /* immortal: a refcounting bug upstream */
        op->ob_refcnt = MPY_IMMORTAL_REFCNT;
        return;
    }
    if (s->state & MPY_STR_INTERNED)
        mpy_intern_forget(op);
    if (pos_cache.s == op)
        pos_cache.s = NULL;
    MPY_TYPE(op)->tp_free(op);
}

MpyObject *mpy_str_repr(MpyObject *s)
{
    MpyStrBuf b = MPY_STRBUF_INIT;
    mpy_unicode_repr(&b, MPY_STR_DATA(s), (size_t)MPY_STR_UTF8_LEN(s));
    if (b.failed) {
        mpy_strbuf_free(&b);
        return mpy_err_no_memory();
    }
    MpyObject *r = mpy_str_from_utf8(b.data ? b.data : "", b.len);
    mpy_strbuf_free(&b);
    return r;
}

static mpy_hash_t str_hash_slot(MpyObject *s) { return mpy_str_hash(s); }

static MpyObject *str_str(MpyObject *s) { return mpy_str_exact(s); }

/* str() and str(object) and str(object, encoding, errors) (CPython's
 * unicode_new_impl). */
static MpyObject *str_from_args(MpyObject *obj, MpyObject *encoding, MpyObject *errors)
{
    if (!obj)
        return MPY_NEWREF(&empty_str);
    if (!encoding && !errors)
        return mpy_object_str(obj);
    if (encoding && !MPY_STR_CHECK(encoding))
        return mpy_err_format(MpyExc_TypeError, "str() argument 'encoding' must be str, not %s",
                              mpy_arg_type_name(encoding));
    if (errors && !MPY_STR_CHECK(errors))
        return mpy_err_format(MpyExc_TypeError, "str() argument 'errors' must be str, not %s",
                              mpy_arg_type_name(errors));
    if (MPY_STR_CHECK(obj))
        return mpy_err_set_string(MpyExc_TypeError, "decoding str is not supported");
    const char *data;
    size_t len;
    if (!mpy_bytes_like(obj, &data, &len))
        return mpy_err_format(MpyExc_TypeError,
                              "decoding to str: need a bytes-like object, %s found",
                              MPY_TYPE(obj)->tp_name);
    return mpy_str_decode(data, len,
                          encoding ? MPY_STR_DATA(encoding) : NULL,
                          errors ? MPY_STR_DATA(errors) : NULL);
}

static MpyObject *str_new(MpyTypeObject *type, MpyObject *const *args, size_t nargs,
                          MpyObject *kwnames)
{
    static const char *const kw[] = {"object", "encoding", "errors", NULL};
    static const MpyArgSpec spec = {"str", kw, 0, 3};
    MpyObject *a[3];
    if (mpy_arg_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    MpyObject *s = str_from_args(a[0], a[1], a[2]);
    if (!s || type == &MpyUnicode_Type)
        return s;
    MpyObject *sub = mpy_str_new_subtype(type, s);
    MPY_DECREF(s);
    return sub;
}

static MpyObject *str_vectorcall(MpyObject *type, MpyObject *const *args, size_t nargs,
                                 MpyObject *kwnames)
{
    if (type == (MpyObject *)&MpyUnicode_Type && nargs == 1 && !kwnames)
        return mpy_object_str(args[0]);
    return str_new((MpyTypeObject *)type, args, nargs, kwnames);
}

/* str % x: the left operand may be anything (x.__rmod__ route). */
static MpyObject *str_mod(MpyObject *a, MpyObject *b)
{
    if (!MPY_STR_CHECK(a))
        return MPY_NEWREF(MPY_NOTIMPLEMENTED);
    return mpy_str_percent_format(a, b);
}

extern MpyMethodDef mpy_str_methods[]; /* str_methods.c */

MpyTypeObject MpyUnicode_Type = {
    .ob_base = {{MPY_IMMORTAL_REFCNT, &MpyType_Type}, 0},
    .tp_name = "str",
    .tp_basicsize = HEADER_SIZE + 1,
    .tp_itemsize = 1,
    .tp_dealloc = str_dealloc,
    .tp_repr = mpy_str_repr,
    .tp_as_number = {.nb_remainder = str_mod},
    .tp_as_sequence = {
        .sq_length = str_length,
        .sq_concat = mpy_str_concat,
        .sq_repeat = str_repeat,
        .sq_item = str_item,
        .sq_contains = str_contains,
    },
    .tp_as_mapping = {.mp_length = str_length, .mp_subscript = str_subscript},
    .tp_hash = str_hash_slot,
    .tp_str = str_str,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_BASETYPE | MPY_TPFLAGS_UNICODE_SUBCLASS | MPY_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "str(object='') -> str\n"
              "str(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
              "Create a new string object from the given object. If encoding or\n"
              "errors is specified, then the object must expose a data buffer\n"
              "that will be decoded using the given encoding and error handler.\n"
              "Otherwise, returns the result of object.__str__() (if defined)\n"
              "or repr(object).\n"
              "encoding defaults to sys.getdefaultencoding().\n"
              "errors defaults to 'strict'.",
    .tp_richcompare = str_richcompare,
    .tp_iter = str_iter,
    .tp_methods = mpy_str_methods,
    .tp_new = str_new,
    .tp_free = mpy_object_free,
    .tp_vectorcall = str_vectorcall,
};

/* ====================================================== identifiers */

MpyIds mpy_ids;

/* The identifiers are immortal, as CPython 3.11's statically allocated
 * _Py_ID strings (getrefcount('__init__') is about 10**9). */
static MpyObject *make_immortal(const char *text)
{
    MpyObject *s = mpy_str_from_cstr(text);
    if (!s)
        return NULL;
    mpy_str_intern_in_place(&s);
    s->ob_refcnt = MPY_IMMORTAL_REFCNT;
    ((MpyStrObject *)s)->state |= MPY_STR_STATIC;
    return s;
}

static int ids_init(void)
{
#define MPY_ID_INIT(name)                                   \
    if (!(mpy_ids.name = make_immortal(#name)))             \
        return -1;
    MPY_FOR_EACH_ID(MPY_ID_INIT)
#undef MPY_ID_INIT
    return 0;
}

static void free_immortal(MpyObject **p)
{
    MpyObject *s = *p;
    *p = NULL;
    if (s) /* each is a heap string of at least 2 characters, never shared */
        MPY_TYPE(s)->tp_free(s);
}

static void ids_fini(void)
{
#define MPY_ID_FINI(name) free_immortal(&mpy_ids.name);
    MPY_FOR_EACH_ID(MPY_ID_FINI)
#undef MPY_ID_FINI
}

/* ========================================================= life cycle */

void mpy_str_init(void)
{
    mpy_hash_init();
    static_str_init(&empty_str, 0, true);
    /* Strings work before their type is readied (readying needs them). */
    if (mpy_intern_init() < 0)
        goto fail;
    for (size_t i = 0; i < sizeof frozen_strs / sizeof frozen_strs[0]; i++) {
        MpyObject *s = (MpyObject *)&frozen_strs[i];
        static_str_init(&frozen_strs[i], (unsigned char)frozen_chars[i], false);
        mpy_str_intern_in_place(&s);
    }
    if (ids_init() < 0)
        goto fail;
    return;
fail:
    fprintf(stderr, "minipy: fatal: cannot initialise str\n");
    exit(1);
}

int mpy_str_ready_types(void)
{
    if (mpy_type_ready(&MpyUnicode_Type) < 0 || mpy_type_ready(&StrAsciiIter_Type) < 0 ||
        mpy_type_ready(&StrIter_Type) < 0)
        return -1;
    return 0;
}

void mpy_str_fini(void)
{
    mpy_intern_fini();
    ids_fini();
    pos_cache.s = NULL;
}
