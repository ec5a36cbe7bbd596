/* repr() of str and bytes (unicode_repr.h), following CPython 3.11's
 * unicode_repr and bytes_repr: same quote choice, same escapes. */
#include "unicode_repr.h"

#include <string.h>
#include <utf8proc.h>

#include "utf8.h"

bool mpy_unicode_isprintable(uint32_t cp)
{
    if (cp == ' ')
        return true;
    if (cp < 0x7f)
        return cp > 0x20;
    if (cp >= 0xD800 && cp <= 0xDFFF)
        return false;
    /* Not printable: "Other" (Cc Cf Cs Co Cn) and "Separator" (Zl Zp Zs). */
    switch (utf8proc_category((utf8proc_int32_t)cp)) {
    case UTF8PROC_CATEGORY_CN: case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_CS: case UTF8PROC_CATEGORY_CO: case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
        return false;
    default:
        return true;
    }
}

static const char hexdigits[] = "0123456789abcdef";

static void append_hex(MpyStrBuf *out, char kind, uint32_t v, int ndigits)
{
    char buf[12];
    buf[0] = '\\';
    buf[1] = kind;
    for (int i = 0; i < ndigits; i++)
        buf[2 + i] = hexdigits[(v >> (4 * (ndigits - 1 - i))) & 0xF];
    mpy_strbuf_append(out, buf, (size_t)ndigits + 2);
}

/* CPython uses double quotes only when the text has a single quote and no
 * double quote. */
static char choose_quote(const char *s, size_t len)
{
    bool single = memchr(s, '\'', len) != NULL;
    bool dbl = memchr(s, '"', len) != NULL;
    return single && !dbl ? '"' : '\'';
}

/* Escapes shared by str and bytes for ASCII characters; false if c is to
 * be written as it is. */
static bool append_ascii_escape(MpyStrBuf *out, unsigned char c, char quote)
{
    switch (c) {
    case '\\': mpy_strbuf_append(out, "\\\\", 2); return true;
    case '\t': mpy_strbuf_append(out, "\\t", 2); return true;
    case '\n': mpy_strbuf_append(out, "\\n", 2); return true;
    case '\r': mpy_strbuf_append(out, "\\r", 2); return true;
    }
    if (c == (unsigned char)quote) {
        mpy_strbuf_append_char(out, '\\');
        mpy_strbuf_append_char(out, (char)c);
        return true;
    }
    if (c < 0x20 || c == 0x7f) {
        append_hex(out, 'x', c, 2);
        return true;
    }
    return false;
}

void mpy_unicode_repr(MpyStrBuf *out, const char *utf8, size_t len)
{
    char quote = choose_quote(utf8, len);
    mpy_strbuf_append_char(out, quote);
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)utf8[i];
        if (c < 0x80) {
            if (!append_ascii_escape(out, c, quote))
                mpy_strbuf_append_char(out, (char)c);
            i++;
            continue;
        }
        size_t n;
        uint32_t cp = mpy_utf8_decode(utf8 + i, &n);
        if (mpy_unicode_isprintable(cp))
            mpy_strbuf_append(out, utf8 + i, n);
        else if (cp <= 0xff)
            append_hex(out, 'x', cp, 2);
        else if (cp <= 0xffff)
            append_hex(out, 'u', cp, 4);
        else
            append_hex(out, 'U', cp, 8);
        i += n;
    }
    mpy_strbuf_append_char(out, quote);
}

void mpy_bytes_repr(MpyStrBuf *out, const unsigned char *s, size_t len)
{
    char quote = choose_quote((const char *)s, len);
    mpy_strbuf_append_char(out, 'b');
    mpy_strbuf_append_char(out, quote);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = s[i];
        if (c >= 0x80)
            append_hex(out, 'x', c, 2);
        else if (!append_ascii_escape(out, c, quote))
            mpy_strbuf_append_char(out, (char)c);
    }
    mpy_strbuf_append_char(out, quote);
}
