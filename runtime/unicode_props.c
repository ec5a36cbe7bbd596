/* Unicode character properties and full case mappings from utf8proc.
 *
 * CPython reads these from its own copy of the Unicode database. utf8proc
 * has categories, bidi classes, simple case mappings, full case folding and
 * decompositions, but not the numeric types, Other_Lowercase/Uppercase,
 * XID_Start/Continue or SpecialCasing; those are derived here:
 *  - isdigit: Nd, or No whose compatibility decomposition holds exactly one
 *    decimal digit (², ①, ⒈). Misses the few digits without a decomposition
 *    (Ethiopic ፩..., Kharoshthi).
 *  - isnumeric: Nd, Nl, No. Misses the CJK ideographs with a numeric value
 *    (一二三..., which are Lo).
 *  - lower/upper-case letters: Ll / Lu, or a letter-like character with a
 *    simple mapping the other way (ⅰ, Ⓐ); misses ª º ʰ-style modifiers.
 *  - identifiers: ID_Start = letters, Nl and '_'; ID_Continue adds Mn Mc Nd
 *    Pc; the handful of Other_ID_* characters (℘, ·) are missed.
 *  - full upper/lower/title case: SpecialCasing's unconditional mappings are
 *    exactly the characters whose full case folding is several characters;
 *    upper-casing such a character upper-cases its folding (ß -> SS, ﬁ ->
 *    FI, ŉ -> ʼN), title-casing title-cases its first cased character
 *    (ß -> Ss), and lower-casing keeps the folding when the simple lower
 *    case folds differently (İ -> i̇). The Greek letters with both an
 *    accent and ypogegrammeni (ᾲ...) title-case as 'Ὰι' where CPython has
 *    'Ὰͅ'.
 * The final-sigma rule of str.lower is in str_methods.c. */
#include "unicode_props.h"

#include <utf8proc.h>

static utf8proc_category_t category(uint32_t cp)
{
    return utf8proc_category((utf8proc_int32_t)cp);
}

static bool is_surrogate(uint32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

bool mpy_unicode_isspace(uint32_t cp)
{
    if (cp < 0x80)
        return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
    int bidi = utf8proc_get_property((utf8proc_int32_t)cp)->bidi_class;
    return bidi == UTF8PROC_BIDI_CLASS_WS || bidi == UTF8PROC_BIDI_CLASS_B ||
           bidi == UTF8PROC_BIDI_CLASS_S || category(cp) == UTF8PROC_CATEGORY_ZS;
}

bool mpy_unicode_islinebreak(uint32_t cp)
{
    switch (cp) {
    case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x1C: case 0x1D: case 0x1E:
    case 0x85: case 0x2028: case 0x2029:
        return true;
    default:
        return false;
    }
}

bool mpy_unicode_isalpha(uint32_t cp)
{
    switch (category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
        return true;
    default:
        return false;
    }
}

bool mpy_unicode_isdecimal(uint32_t cp) { return category(cp) == UTF8PROC_CATEGORY_ND; }

bool mpy_unicode_isdigit(uint32_t cp)
{
    utf8proc_category_t cat = category(cp);
    if (cat == UTF8PROC_CATEGORY_ND)
        return true;
    if (cat != UTF8PROC_CATEGORY_NO)
        return false;
    utf8proc_int32_t buf[8];
    int boundclass = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char((utf8proc_int32_t)cp, buf, 8,
                                                 UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT,
                                                 &boundclass);
    if (n <= 0 || n > 8 || (n == 1 && buf[0] == (utf8proc_int32_t)cp))
        return false;
    int digits = 0;
    for (utf8proc_ssize_t i = 0; i < n; i++)
        digits += category((uint32_t)buf[i]) == UTF8PROC_CATEGORY_ND;
    return digits == 1;
}

bool mpy_unicode_isnumeric(uint32_t cp)
{
    utf8proc_category_t cat = category(cp);
    return cat == UTF8PROC_CATEGORY_ND || cat == UTF8PROC_CATEGORY_NL ||
           cat == UTF8PROC_CATEGORY_NO;
}

bool mpy_unicode_isalnum(uint32_t cp)
{
    return mpy_unicode_isalpha(cp) || mpy_unicode_isnumeric(cp);
}

/* Letters and the symbols/numbers that have case (Ⓐ, Ⅰ). */
static bool may_have_case(utf8proc_category_t cat)
{
    return cat == UTF8PROC_CATEGORY_LM || cat == UTF8PROC_CATEGORY_LO ||
           cat == UTF8PROC_CATEGORY_NL || cat == UTF8PROC_CATEGORY_SO;
}

bool mpy_unicode_islower(uint32_t cp)
{
    utf8proc_category_t cat = category(cp);
    if (cat == UTF8PROC_CATEGORY_LL)
        return true;
    return may_have_case(cat) && utf8proc_toupper((utf8proc_int32_t)cp) != (utf8proc_int32_t)cp;
}

bool mpy_unicode_isupper(uint32_t cp)
{
    utf8proc_category_t cat = category(cp);
    if (cat == UTF8PROC_CATEGORY_LU)
        return true;
    return may_have_case(cat) && utf8proc_tolower((utf8proc_int32_t)cp) != (utf8proc_int32_t)cp;
}

bool mpy_unicode_istitle(uint32_t cp) { return category(cp) == UTF8PROC_CATEGORY_LT; }

bool mpy_unicode_iscased(uint32_t cp)
{
    return mpy_unicode_islower(cp) || mpy_unicode_isupper(cp) || mpy_unicode_istitle(cp);
}

/* Unicode's Case_Ignorable: Mn Me Cf Lm Sk and the word-break MidLetter,
 * MidNumLet and Single_Quote characters. */
bool mpy_unicode_iscaseignorable(uint32_t cp)
{
    switch (cp) {
    case '\'': case '.': case ':': case '^': case '`': case 0xB7: case 0x2018: case 0x2019:
    case 0x2024: case 0x2027: case 0xFE13: case 0xFE52: case 0xFE55: case 0xFF07: case 0xFF0E:
    case 0xFF1A:
        return true;
    default:
        break;
    }
    switch (category(cp)) {
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_ME: case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_SK:
        return true;
    default:
        return false;
    }
}

bool mpy_unicode_isxid_start(uint32_t cp)
{
    return cp == '_' || mpy_unicode_isalpha(cp) || category(cp) == UTF8PROC_CATEGORY_NL;
}

bool mpy_unicode_isxid_continue(uint32_t cp)
{
    if (mpy_unicode_isxid_start(cp))
        return true;
    switch (category(cp)) {
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_PC:
        return true;
    default:
        return false;
    }
}

/* ======================================================= case mappings */

size_t mpy_unicode_fold(uint32_t cp, uint32_t out[3])
{
    out[0] = cp;
    if (cp < 0x80 || is_surrogate(cp)) {
        if (cp >= 'A' && cp <= 'Z')
            out[0] = cp + 32;
        return 1;
    }
    utf8proc_int32_t buf[3];
    int boundclass = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char((utf8proc_int32_t)cp, buf, 3,
                                                 UTF8PROC_CASEFOLD, &boundclass);
    if (n < 1 || n > 3)
        return 1;
    for (utf8proc_ssize_t i = 0; i < n; i++)
        out[i] = (uint32_t)buf[i];
    return (size_t)n;
}

static uint32_t simple_upper(uint32_t cp) { return (uint32_t)utf8proc_toupper((utf8proc_int32_t)cp); }
static uint32_t simple_lower(uint32_t cp) { return (uint32_t)utf8proc_tolower((utf8proc_int32_t)cp); }
static uint32_t simple_title(uint32_t cp) { return (uint32_t)utf8proc_totitle((utf8proc_int32_t)cp); }

size_t mpy_unicode_upper(uint32_t cp, uint32_t out[3])
{
    if (is_surrogate(cp) || category(cp) == UTF8PROC_CATEGORY_LU) {
        out[0] = cp;
        return 1;
    }
    size_t n = mpy_unicode_fold(cp, out);
    if (n == 1) {
        out[0] = simple_upper(cp);
        return 1;
    }
    for (size_t i = 0; i < n; i++)
        out[i] = simple_upper(out[i]);
    return n;
}

size_t mpy_unicode_lower(uint32_t cp, uint32_t out[3])
{
    if (is_surrogate(cp)) {
        out[0] = cp;
        return 1;
    }
    uint32_t simple = simple_lower(cp), f1[3], f2[3];
    size_t n = mpy_unicode_fold(cp, f1);
    if (n > 1) {
        size_t m = mpy_unicode_fold(simple, f2);
        bool same = m == n;
        for (size_t i = 0; same && i < n; i++)
            same = f1[i] == f2[i];
        if (!same) {
            for (size_t i = 0; i < n; i++)
                out[i] = f1[i];
            return n;
        }
    }
    out[0] = simple;
    return 1;
}

size_t mpy_unicode_title(uint32_t cp, uint32_t out[3])
{
    if (is_surrogate(cp)) {
        out[0] = cp;
        return 1;
    }
    utf8proc_category_t cat = category(cp);
    uint32_t simple = simple_title(cp);
    size_t n;
    /* A titlecase letter of its own (ǅ, ᾈ) is the whole mapping. */
    if (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT ||
        category(simple) == UTF8PROC_CATEGORY_LT || (n = mpy_unicode_fold(cp, out)) == 1) {
        out[0] = simple;
        return 1;
    }
    /* Title-case the first cased character of the folding, keep the rest. */
    size_t i = 0;
    while (i < n && !mpy_unicode_iscased(out[i]))
        i++;
    if (i < n)
        out[i] = simple_title(out[i]);
    return n;
}
