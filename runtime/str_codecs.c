/* The codecs minipy has built in — utf-8, ascii, latin-1, utf-16 and
 * utf-32 (with and without BOM) — for bytes.decode, str.encode and
 * str(bytes, encoding, errors), with CPython's error handlers and its
 * UnicodeDecodeError / UnicodeEncodeError details (the same start, end and
 * reason for each malformed sequence). */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "bytes.h"
#include "errors.h"
#include "exceptions.h"
#include "int.h"
#include "str_impl.h"
#include "strbuf.h"

typedef enum {
    ENC_UTF8, ENC_ASCII, ENC_LATIN1,
    ENC_UTF16, ENC_UTF16LE, ENC_UTF16BE, ENC_UTF32, ENC_UTF32LE, ENC_UTF32BE,
    ENC_UTF8SIG, /* utf-8 with a BOM (written, and skipped when present); errors say 'utf-8' */
    ENC_UNKNOWN
} Encoding;
static const char *const encoding_names[] = {"utf-8", "ascii", "latin-1", "utf-16", "utf-16-le",
                                             "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
                                             "utf-8"};

static bool is_utf16(Encoding e) { return e >= ENC_UTF16 && e <= ENC_UTF16BE; }
static bool is_utf32(Encoding e) { return e >= ENC_UTF32 && e <= ENC_UTF32BE; }
/* Code unit size of the UTF-16/32 codecs, 1 for the byte codecs. */
static size_t unit_size(Encoding e) { return is_utf16(e) ? 2 : is_utf32(e) ? 4 : 1; }
static bool big_endian(Encoding e) { return e == ENC_UTF16BE || e == ENC_UTF32BE; }

/* CPython's encodings.normalize_encoding after lower-casing: runs of
 * characters other than letters, digits and '.' become one '_', and leading
 * and trailing ones vanish. */
static void normalize(const char *name, char *out, size_t size)
{
    size_t n = 0;
    bool punct = false;
    for (; *name && n + 2 < size; name++) {
        unsigned char c = (unsigned char)*name;
        if (isalnum(c) || c == '.') {
            if (punct && n)
                out[n++] = '_';
            out[n++] = (char)tolower(c);
            punct = false;
        } else {
            punct = true;
        }
    }
    out[n] = '\0';
}

static bool name_in(const char *name, const char *const *list)
{
    for (; *list; list++)
        if (strcmp(name, *list) == 0)
            return true;
    return false;
}

/* The aliases of CPython's encodings.aliases for the three codecs. */
static Encoding lookup_encoding(const char *encoding)
{
    static const char *const utf8[] = {"utf_8", "u8", "utf", "utf8", "utf8_ucs2", "utf8_ucs4",
                                       "cp65001", NULL};
    static const char *const ascii[] = {"ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968",
                                        "ansi_x3.4_1986", "cp367", "csascii", "ibm367",
                                        "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us",
                                        "us_ascii", NULL};
    static const char *const latin1[] = {"latin_1", "8859", "cp819", "csisolatin1", "ibm819",
                                         "iso8859", "iso8859_1", "iso_8859_1",
                                         "iso_8859_1_1987", "iso_ir_100", "l1", "latin",
                                         "latin1", NULL};
    if (!encoding)
        return ENC_UTF8;
    char name[64];
    normalize(encoding, name, sizeof name);
    if (name_in(name, utf8))
        return ENC_UTF8;
    if (name_in(name, ascii))
        return ENC_ASCII;
    if (name_in(name, latin1))
        return ENC_LATIN1;
    static const char *const u16[] = {"utf_16", "u16", "utf16", NULL};
    static const char *const u16le[] = {"utf_16_le", "utf_16le", "unicodelittleunmarked", NULL};
    static const char *const u16be[] = {"utf_16_be", "utf_16be", "unicodebigunmarked", NULL};
    static const char *const u32[] = {"utf_32", "u32", "utf32", NULL};
    static const char *const u32le[] = {"utf_32_le", "utf_32le", NULL};
    static const char *const u32be[] = {"utf_32_be", "utf_32be", NULL};
    const char *const *lists[] = {u16, u16le, u16be, u32, u32le, u32be};
    for (int i = 0; i < 6; i++)
        if (name_in(name, lists[i]))
            return (Encoding)(ENC_UTF16 + i);
    if (strcmp(name, "utf_8_sig") == 0)
        return ENC_UTF8SIG;
    mpy_err_format(MpyExc_LookupError, "unknown encoding: %s", encoding);
    return ENC_UNKNOWN;
}

typedef enum {
    ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_SURROGATEESCAPE, ERR_BACKSLASHREPLACE,
    ERR_SURROGATEPASS, ERR_XMLCHARREFREPLACE, ERR_UNKNOWN
} Handler;

/* CPython looks the handler up only when an error happens. */
static Handler lookup_handler(const char *errors)
{
    static const char *const names[] = {"strict", "ignore", "replace", "surrogateescape",
                                        "backslashreplace", "surrogatepass",
                                        "xmlcharrefreplace"};
    if (!errors)
        return ERR_STRICT;
    for (int i = 0; i < (int)(sizeof names / sizeof names[0]); i++)
        if (strcmp(errors, names[i]) == 0)
            return (Handler)i;
    mpy_err_format(MpyExc_LookupError, "unknown error handler name '%s'", errors);
    return ERR_UNKNOWN;
}

/* Raises type(encoding, object, start, end, reason); steals nothing. */
static void raise_unicode_error(MpyTypeObject *type, Encoding enc, MpyObject *object,
                                size_t start, size_t end, const char *reason)
{
    MpyObject *args[5] = {mpy_str_from_cstr(encoding_names[enc]), MPY_NEWREF(object),
                          mpy_int_from_ssize((ssize_t)start), mpy_int_from_ssize((ssize_t)end),
                          mpy_str_from_cstr(reason)};
    MpyObject *exc = NULL;
    if (args[0] && args[2] && args[3] && args[4])
        exc = mpy_exc_new(type, args, 5);
    for (int i = 0; i < 5; i++)
        MPY_XDECREF(args[i]);
    if (exc)
        mpy_err_set_raised(exc);
}

/* ============================================================ decoding */

/* The length of the malformed sequence at s[0..n) (CPython's "maximal
 * subpart" rule) and why it is malformed; 0 when s starts with a valid
 * character (then *len is its size). */
static const char *utf8_problem(const unsigned char *s, size_t n, size_t *len)
{
    unsigned char c = s[0];
    size_t need;
    unsigned char lo = 0x80, hi = 0xBF; /* the allowed range of the 2nd byte */
    if (c < 0x80) { *len = 1; return NULL; }
    if (c >= 0xC2 && c <= 0xDF) need = 1;
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        *len = 1;
        return "invalid start byte";
    }
    for (size_t k = 1; k <= need; k++) {
        if (k >= n) {
            *len = n;
            return "unexpected end of data";
        }
        if (s[k] < (k == 1 ? lo : 0x80) || s[k] > (k == 1 ? hi : 0xBF)) {
            *len = k;
            return "invalid continuation byte";
        }
    }
    *len = need + 1;
    return NULL;
}

/* A lone surrogate encoded in 3 bytes (what surrogatepass accepts). */
static bool is_encoded_surrogate(const unsigned char *s, size_t n)
{
    return n >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2] >= 0x80 &&
           s[2] <= 0xBF;
}

/* A 2- or 4-byte code unit. */
static uint32_t read_unit(const unsigned char *p, size_t size, bool big)
{
    uint32_t v = 0;
    for (size_t i = 0; i < size; i++)
        v |= (uint32_t)p[big ? size - 1 - i : i] << (8 * i);
    return v;
}

typedef struct {
    const char *data;
    size_t len;
    Encoding enc;
    const char *errors;
    Handler handler; /* resolved at the first error */
    bool resolved;
    MpyObject *object; /* the bytes object for the exception, made lazily */
    size_t begin;      /* where decoding starts (after a BOM) */
} Decoder;

/* Applies the error handler to the bad bytes [start, end). 0 / -1. */
static int decode_error(Decoder *d, MpyStrWriter *w, size_t start, size_t end,
                        const char *reason, size_t *advance)
{
    if (!d->resolved) {
        d->handler = lookup_handler(d->errors);
        d->resolved = true;
    }
    const unsigned char *u = (const unsigned char *)d->data;
    *advance = end - start;
    switch (d->handler) {
    case ERR_IGNORE:
        return 0;
    case ERR_REPLACE:
        return mpy_strw_append_char(w, 0xFFFD);
    case ERR_SURROGATEESCAPE:
        for (size_t i = start; i < end; i++)
            if (u[i] < 0x80 || mpy_strw_append_char(w, 0xDC00 + u[i]) < 0)
                goto strict;
        return 0;
    case ERR_BACKSLASHREPLACE:
        for (size_t i = start; i < end; i++) {
            char buf[8];
            snprintf(buf, sizeof buf, "\\x%02x", u[i]);
            if (mpy_strw_append_ascii(w, buf, 4) < 0)
                return -1;
        }
        return 0;
    case ERR_SURROGATEPASS:
        if (d->enc == ENC_UTF8 && is_encoded_surrogate(u + start, d->len - start)) {
            *advance = 3;
            return mpy_strw_append_known(w, d->data + start, 3, 1,
                                         0xD000u | ((uint32_t)(u[start + 1] & 0x3F) << 6) |
                                             (u[start + 2] & 0x3F));
        }
        if (unit_size(d->enc) > 1 && d->len - start >= unit_size(d->enc)) {
            uint32_t unit = read_unit(u + start, unit_size(d->enc), big_endian(d->enc));
            if (unit >= 0xD800 && unit <= 0xDFFF) {
                *advance = unit_size(d->enc);
                return mpy_strw_append_char(w, unit);
            }
        }
        goto strict;
    case ERR_UNKNOWN:
        return -1;
    default:
    strict:
        if (!d->object && !(d->object = mpy_bytes_from_data(d->data, d->len)))
            return -1;
        raise_unicode_error(MpyExc_UnicodeDecodeError, d->enc, d->object, start, end, reason);
        return -1;
    }
}

static int decode_utf8_into(Decoder *d, MpyStrWriter *w)
{
    const unsigned char *u = (const unsigned char *)d->data;
    size_t i = 0, run = 0; /* run: start of the pending valid text */
    while (i < d->len) {
        if (u[i] < 0x80) { i++; continue; }
        size_t k;
        const char *reason = utf8_problem(u + i, d->len - i, &k);
        if (!reason) { i += k; continue; }
        if (mpy_strw_append_utf8(w, d->data + run, i - run) < 0 ||
            decode_error(d, w, i, i + k, reason, &k) < 0)
            return -1;
        i += k;
        run = i;
    }
    return mpy_strw_append_utf8(w, d->data + run, i - run);
}

static int decode_ascii_into(Decoder *d, MpyStrWriter *w)
{
    const unsigned char *u = (const unsigned char *)d->data;
    size_t i = 0, run = 0;
    while (i < d->len) {
        if (u[i] < 0x80) { i++; continue; }
        size_t k;
        if (mpy_strw_append_ascii(w, d->data + run, i - run) < 0 ||
            decode_error(d, w, i, i + 1, "ordinal not in range(128)", &k) < 0)
            return -1;
        i += k;
        run = i;
    }
    return mpy_strw_append_ascii(w, d->data + run, i - run);
}

static int decode_latin1_into(Decoder *d, MpyStrWriter *w)
{
    const unsigned char *u = (const unsigned char *)d->data;
    size_t i = 0;
    while (i < d->len) {
        size_t run = i;
        while (i < d->len && u[i] < 0x80)
            i++;
        if (mpy_strw_append_ascii(w, d->data + run, i - run) < 0)
            return -1;
        for (; i < d->len && u[i] >= 0x80; i++)
            if (mpy_strw_append_char(w, u[i]) < 0)
                return -1;
    }
    return 0;
}

/* UTF-16 in d->enc's byte order (CPython's utf-16 decoder and messages). */
static int decode_utf16_into(Decoder *d, MpyStrWriter *w)
{
    const unsigned char *u = (const unsigned char *)d->data;
    bool big = big_endian(d->enc);
    size_t i = d->begin, k;
    while (i < d->len) {
        const char *reason = NULL;
        size_t end = i + 2;
        if (d->len - i < 2) {
            reason = "truncated data";
            end = d->len;
        } else {
            uint32_t c = read_unit(u + i, 2, big);
            if (c < 0xD800 || c > 0xDFFF) {
                if (mpy_strw_append_char(w, c) < 0)
                    return -1;
                i += 2;
                continue;
            }
            if (c >= 0xDC00) {
                reason = "illegal encoding";
            } else if (d->len - i < 4) {
                reason = "unexpected end of data";
                end = d->len;
            } else {
                uint32_t c2 = read_unit(u + i + 2, 2, big);
                if (c2 < 0xDC00 || c2 > 0xDFFF) {
                    reason = "illegal UTF-16 surrogate";
                } else {
                    if (mpy_strw_append_char(w, 0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00)) < 0)
                        return -1;
                    i += 4;
                    continue;
                }
            }
        }
        if (decode_error(d, w, i, end, reason, &k) < 0)
            return -1;
        i += k;
    }
    return 0;
}

static int decode_utf32_into(Decoder *d, MpyStrWriter *w)
{
    const unsigned char *u = (const unsigned char *)d->data;
    bool big = big_endian(d->enc);
    size_t i = d->begin, k;
    while (i < d->len) {
        const char *reason;
        size_t end = i + 4;
        if (d->len - i < 4) {
            reason = "truncated data";
            end = d->len;
        } else {
            uint32_t c = read_unit(u + i, 4, big);
            if (c <= 0x10FFFF && (c < 0xD800 || c > 0xDFFF)) {
                if (mpy_strw_append_char(w, c) < 0)
                    return -1;
                i += 4;
                continue;
            }
            reason = c > 0x10FFFF ? "code point not in range(0x110000)"
                                  : "code point in surrogate code point range(0xd800, 0xe000)";
        }
        if (decode_error(d, w, i, end, reason, &k) < 0)
            return -1;
        i += k;
    }
    return 0;
}

/* utf-16 / utf-32 without an order: a BOM chooses it (and is skipped:
 * *begin), otherwise the native little-endian order; errors then name the
 * codec actually used ('utf-16-le'), as CPython's do. */
static Encoding resolve_bom(Encoding enc, const char *s, size_t len, size_t *begin)
{
    const unsigned char *u = (const unsigned char *)s;
    *begin = 0;
    if (enc == ENC_UTF16) {
        if (len >= 2 && u[0] == 0xFF && u[1] == 0xFE) { *begin = 2; return ENC_UTF16LE; }
        if (len >= 2 && u[0] == 0xFE && u[1] == 0xFF) { *begin = 2; return ENC_UTF16BE; }
        return ENC_UTF16LE;
    }
    if (enc == ENC_UTF32) {
        if (len >= 4 && !memcmp(u, "\xff\xfe\0\0", 4)) { *begin = 4; return ENC_UTF32LE; }
        if (len >= 4 && !memcmp(u, "\0\0\xfe\xff", 4)) { *begin = 4; return ENC_UTF32BE; }
        return ENC_UTF32LE;
    }
    return enc;
}

MpyObject *mpy_str_decode(const char *s, size_t len, const char *encoding, const char *errors)
{
    Encoding enc = lookup_encoding(encoding);
    if (enc == ENC_UNKNOWN)
        return NULL;
    if (enc == ENC_UTF8SIG) { /* positions in errors count from after the BOM, as CPython's */
        if (len >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0)
            s += 3, len -= 3;
        enc = ENC_UTF8;
    }
    /* The common case: valid text needs one check and one copy. */
    if (enc <= ENC_LATIN1 && mpy_str_is_ascii_bytes(s, len))
        return mpy_str_new_known(s, len, len, len ? MPY_STR_ASCII_MAX : 0);
    if (enc == ENC_UTF8 && mpy_utf8_validate(s, len) == len)
        return mpy_str_from_utf8(s, len);
    size_t begin;
    enc = resolve_bom(enc, s, len, &begin);
    Decoder d = {s, len, enc, errors, ERR_STRICT, false, NULL, begin};
    MpyStrWriter w = MPY_STRW_INIT;
    int r = enc == ENC_UTF8    ? decode_utf8_into(&d, &w)
            : enc == ENC_ASCII ? decode_ascii_into(&d, &w)
            : enc == ENC_LATIN1 ? decode_latin1_into(&d, &w)
            : is_utf16(enc)    ? decode_utf16_into(&d, &w)
                               : decode_utf32_into(&d, &w);
    MPY_XDECREF(d.object);
    if (r < 0) {
        mpy_strw_discard(&w);
        return NULL;
    }
    return mpy_strw_finish(&w);
}

MpyObject *mpy_str_decode_utf8(const char *s, size_t len, const char *errors)
{
    return mpy_str_decode(s, len, "utf-8", errors);
}

MpyObject *mpy_str_from_os(const char *s)
{
    return mpy_str_decode(s, strlen(s), "utf-8", "surrogateescape");
}

MpyObject *mpy_str_to_os(MpyObject *s)
{
    return mpy_str_encode(s, "utf-8", "surrogateescape");
}

/* ============================================================ encoding */

typedef struct {
    MpyObject *str;
    Encoding enc;
    const char *errors;
    Handler handler;
    bool resolved;
} Encoder;

/* Whether code point cp can be written by the encoding. */
static bool encodable(Encoding enc, uint32_t cp)
{
    switch (enc) {
    case ENC_ASCII: return cp < 0x80;
    case ENC_LATIN1: return cp < 0x100;
    default: return cp < 0xD800 || cp > 0xDFFF;
    }
}

static void put_bytes(MpyStrBuf *out, const char *s, size_t n) { mpy_strbuf_append(out, s, n); }

static void put_unit(MpyStrBuf *out, uint32_t unit, size_t size, bool big)
{
    char b[4];
    for (size_t i = 0; i < size; i++)
        b[big ? size - 1 - i : i] = (char)((unit >> (8 * i)) & 0xFF);
    put_bytes(out, b, size);
}

/* Writes cp in the encoding (the caller checked it is encodable, or it is
 * a surrogate that surrogatepass lets through as one code unit). */
static void put_char(Encoding enc, MpyStrBuf *out, uint32_t cp)
{
    char buf[4];
    if (enc == ENC_UTF8) {
        put_bytes(out, buf, mpy_utf8_encode(cp, buf));
    } else if (is_utf16(enc)) {
        bool big = big_endian(enc);
        if (cp >= 0x10000) {
            put_unit(out, 0xD800 + ((cp - 0x10000) >> 10), 2, big);
            put_unit(out, 0xDC00 + ((cp - 0x10000) & 0x3FF), 2, big);
        } else {
            put_unit(out, cp, 2, big);
        }
    } else if (is_utf32(enc)) {
        put_unit(out, cp, 4, big_endian(enc));
    } else {
        buf[0] = (char)cp;
        put_bytes(out, buf, 1);
    }
}

static void put_ascii(Encoding enc, MpyStrBuf *out, const char *text)
{
    for (; *text; text++)
        put_char(enc, out, (unsigned char)*text);
}

/* Applies the handler to the unencodable characters [start, end) whose
 * UTF-8 is at p. 0 / -1. */
static int encode_error(Encoder *e, MpyStrBuf *out, const char *p, size_t start, size_t end)
{
    if (!e->resolved) {
        e->handler = lookup_handler(e->errors);
        e->resolved = true;
    }
    const char *reason = e->enc == ENC_ASCII    ? "ordinal not in range(128)"
                         : e->enc == ENC_LATIN1 ? "ordinal not in range(256)"
                                                : "surrogates not allowed";
    Encoding out_enc = e->enc == ENC_UTF16 ? ENC_UTF16LE : e->enc == ENC_UTF32 ? ENC_UTF32LE : e->enc;
    char buf[16];
    for (size_t i = start; i < end; i++) {
        size_t k;
        uint32_t cp = mpy_utf8_decode(p, &k);
        switch (e->handler) {
        case ERR_IGNORE:
            break;
        case ERR_REPLACE:
            put_char(out_enc, out, '?');
            break;
        case ERR_SURROGATEESCAPE:
            if (cp < 0xDC80 || cp > 0xDCFF || unit_size(e->enc) > 1)
                goto strict;
            buf[0] = (char)(cp - 0xDC00);
            put_bytes(out, buf, 1);
            break;
        case ERR_SURROGATEPASS:
            if (e->enc == ENC_ASCII || e->enc == ENC_LATIN1 || cp < 0xD800 || cp > 0xDFFF)
                goto strict;
            put_char(out_enc, out, cp);
            break;
        case ERR_BACKSLASHREPLACE:
            snprintf(buf, sizeof buf, cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x" : "\\U%08x",
                     cp);
            put_ascii(out_enc, out, buf);
            break;
        case ERR_XMLCHARREFREPLACE:
            snprintf(buf, sizeof buf, "&#%u;", cp);
            put_ascii(out_enc, out, buf);
            break;
        case ERR_UNKNOWN:
            return -1;
        default:
        strict:
            raise_unicode_error(MpyExc_UnicodeEncodeError, e->enc, e->str, start, end, reason);
            return -1;
        }
        p += k;
    }
    return 0;
}

static MpyObject *encode_slow(Encoder *e)
{
    const char *s = MPY_STR_DATA(e->str);
    size_t n = (size_t)MPY_STR_UTF8_LEN(e->str), i = 0, index = 0;
    MpyStrBuf out = MPY_STRBUF_INIT;
    Encoding out_enc = e->enc;
    if (e->enc == ENC_UTF16) { /* a BOM, then the native (little-endian) order */
        put_bytes(&out, "\xff\xfe", 2);
        out_enc = ENC_UTF16LE;
    } else if (e->enc == ENC_UTF32) {
        put_bytes(&out, "\xff\xfe\0\0", 4);
        out_enc = ENC_UTF32LE;
    }
    while (i < n) {
        size_t k;
        uint32_t cp = mpy_utf8_decode(s + i, &k);
        if (encodable(e->enc, cp)) {
            if (out_enc == ENC_UTF8)
                put_bytes(&out, s + i, k);
            else
                put_char(out_enc, &out, cp);
            i += k;
            index++;
            continue;
        }
        /* The error covers the run of unencodable characters. */
        size_t j = i, end = index;
        while (j < n) {
            uint32_t c = mpy_utf8_decode(s + j, &k);
            if (encodable(e->enc, c))
                break;
            j += k;
            end++;
        }
        if (encode_error(e, &out, s + i, index, end) < 0) {
            mpy_strbuf_free(&out);
            return NULL;
        }
        i = j;
        index = end;
    }
    if (out.failed) {
        mpy_strbuf_free(&out);
        return mpy_err_no_memory();
    }
    MpyObject *b = mpy_bytes_from_data(out.data ? out.data : "", out.len);
    mpy_strbuf_free(&out);
    return b;
}

/* WTF-8 holds a surrogate exactly where a byte 0xED is followed by 0xA0..0xBF. */
static bool has_surrogates(const char *s, size_t n)
{
    for (const char *p = s; (p = memchr(p, 0xED, (size_t)(s + n - p))) != NULL; p++)
        if (p + 1 < s + n && (unsigned char)p[1] >= 0xA0)
            return true;
    return false;
}

MpyObject *mpy_str_encode(MpyObject *str, const char *encoding, const char *errors)
{
    Encoding enc = lookup_encoding(encoding);
    if (enc == ENC_UNKNOWN)
        return NULL;
    const char *s = MPY_STR_DATA(str);
    size_t n = (size_t)MPY_STR_UTF8_LEN(str);
    MpyStrObject *o = (MpyStrObject *)str;
    bool direct = enc <= ENC_LATIN1 &&
                  (MPY_STR_IS_ASCII(str) ||
                   (enc == ENC_UTF8 && (o->max_char < 0xD800 || !has_surrogates(s, n))));
    if (direct)
        return mpy_bytes_from_data(s, n);
    if (enc == ENC_UTF8SIG) {
        MpyObject *body = mpy_str_encode(str, "utf-8", errors);
        if (!body)
            return NULL;
        MpyObject *r = mpy_bytes_new_raw(3 + (size_t)MPY_BYTES_LEN(body));
        if (r) {
            memcpy(MPY_BYTES_DATA(r), "\xef\xbb\xbf", 3);
            memcpy(MPY_BYTES_DATA(r) + 3, MPY_BYTES_DATA(body), (size_t)MPY_BYTES_LEN(body));
        }
        MPY_DECREF(body);
        return r;
    }
    Encoder e = {str, enc, errors, ERR_STRICT, false};
    return encode_slow(&e);
}
