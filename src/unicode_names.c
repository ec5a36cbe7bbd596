/* Lookup of Unicode character names (unicode_names.h). The table is sorted
 * and front-coded in blocks (see scripts/gen_unicode_names.c): a binary
 * search over block heads, then a scan inside one block. */
#include "unicode_names.h"

#include <string.h>

extern const size_t mpy_uname_count, mpy_uname_nblocks, mpy_uname_ncjk;
extern const unsigned char mpy_uname_data[];
extern const uint32_t mpy_uname_blocks[];
extern const uint32_t mpy_uname_cjk[][2];

enum { BLOCK = 32, MAXNAME = 256 };

/* Decodes the entry at *pos into name (which holds the previous name, for
 * the shared prefix); returns its code point and advances *pos. */
static uint32_t next_entry(size_t *pos, char *name)
{
    const unsigned char *d = mpy_uname_data + *pos;
    size_t prefix = *d++;
    size_t n = strlen((const char *)d);
    memcpy(name + prefix, d, n + 1);
    d += n + 1;
    uint32_t cp = ((uint32_t)d[0] << 16) | ((uint32_t)d[1] << 8) | d[2];
    *pos = (size_t)(d + 3 - mpy_uname_data);
    return cp;
}

static bool table_lookup(const char *key, uint32_t *cp)
{
    if (mpy_uname_nblocks == 0)
        return false;
    char name[MAXNAME];
    size_t lo = 0, hi = mpy_uname_nblocks;
    while (hi - lo > 1) { /* the last block whose head is <= key */
        size_t mid = (lo + hi) / 2;
        const char *head = (const char *)mpy_uname_data + mpy_uname_blocks[mid] + 1;
        if (strcmp(head, key) <= 0)
            lo = mid;
        else
            hi = mid;
    }
    size_t pos = mpy_uname_blocks[lo];
    size_t n = lo * BLOCK;
    for (size_t i = 0; i < BLOCK && n + i < mpy_uname_count; i++) {
        uint32_t c = next_entry(&pos, name);
        int cmp = strcmp(name, key);
        if (cmp == 0) {
            *cp = c;
            return true;
        }
        if (cmp > 0)
            break;
    }
    return false;
}

static bool hex_suffix(const char *s, uint32_t *v)
{
    size_t n = strlen(s);
    if (n < 4 || n > 5)
        return false;
    *v = 0;
    for (; *s; s++) {
        int d = *s >= '0' && *s <= '9' ? *s - '0' : *s >= 'A' && *s <= 'F' ? *s - 'A' + 10 : -1;
        if (d < 0)
            return false;
        *v = *v * 16 + (uint32_t)d;
    }
    return true;
}

static bool cjk_lookup(const char *key, uint32_t *cp)
{
    static const char prefix[] = "CJK UNIFIED IDEOGRAPH-";
    uint32_t v;
    if (strncmp(key, prefix, sizeof prefix - 1) != 0 || !hex_suffix(key + sizeof prefix - 1, &v))
        return false;
    for (size_t i = 0; i < mpy_uname_ncjk; i++)
        if (v >= mpy_uname_cjk[i][0] && v <= mpy_uname_cjk[i][1]) {
            *cp = v;
            return true;
        }
    return false;
}

/* The longest jamo short name at the start of s, as CPython's find_syllable. */
static int find_jamo(const char **s, const char *const *names, int count)
{
    int best = -1;
    size_t best_len = 0;
    for (int i = 0; i < count; i++) {
        size_t n = strlen(names[i]);
        if (n >= best_len && strncmp(*s, names[i], n) == 0) {
            best = i;
            best_len = n;
        }
    }
    *s += best_len;
    return best;
}

static bool hangul_lookup(const char *key, uint32_t *cp)
{
    static const char *const lead[] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
                                       "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
    static const char *const vowel[] = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE",
                                        "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    static const char *const tail[] = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG",
                                       "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S",
                                       "SS", "NG", "J", "C", "K", "T", "P", "H"};
    static const char prefix[] = "HANGUL SYLLABLE ";
    if (strncmp(key, prefix, sizeof prefix - 1) != 0)
        return false;
    const char *s = key + sizeof prefix - 1;
    int l = find_jamo(&s, lead, 19), v = find_jamo(&s, vowel, 21), t = find_jamo(&s, tail, 28);
    if (l < 0 || v < 0 || t < 0 || *s)
        return false;
    *cp = 0xAC00 + (uint32_t)((l * 21 + v) * 28 + t);
    return true;
}

bool mpy_unicode_name_lookup(const char *name, size_t len, uint32_t *cp)
{
    char key[MAXNAME];
    if (len == 0 || len >= MAXNAME)
        return false;
    for (size_t i = 0; i < len; i++) {
        char c = name[i];
        key[i] = c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
    }
    key[len] = '\0';
    return table_lookup(key, cp) || cjk_lookup(key, cp) || hangul_lookup(key, cp);
}
