/* Fixed-point digits of a double (float_fixed.h). A finite double is
 * m * 2**e exactly (m < 2**53), so |x| * 10**n is m * 10**n shifted by e:
 * for n <= 19 the product fits 117 bits and a 128-bit integer holds the
 * exact value, its round-half-even to an integer and the remainder that
 * decides it. Only values far above 2**64 need printf's bignums. */
#include "float_fixed.h"

#include <math.h>
#include <stdint.h>

#ifdef __SIZEOF_INT128__

typedef unsigned __int128 u128;

#define TEN_19 10000000000000000000ull

static const uint64_t pow10_table[20] = {
    1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull, 10000000ull,
    100000000ull, 1000000000ull, 10000000000ull, 100000000000ull, 1000000000000ull,
    10000000000000ull, 100000000000000ull, 1000000000000000ull, 10000000000000000ull,
    100000000000000000ull, 1000000000000000000ull, TEN_19,
};

/* The decimal digits of q (most significant first, none for 0). */
static size_t u128_to_digits(u128 q, char *out)
{
    char reversed[40];
    size_t n = 0;
    while (q > UINT64_MAX) { /* peel 19 digits at a time with one wide division */
        u128 high = q / TEN_19;
        uint64_t low = (uint64_t)(q - high * TEN_19);
        for (int i = 0; i < 19; i++, low /= 10)
            reversed[n++] = (char)('0' + low % 10);
        q = high;
    }
    for (uint64_t rest = (uint64_t)q; rest; rest /= 10)
        reversed[n++] = (char)('0' + rest % 10);
    for (size_t i = 0; i < n; i++)
        out[i] = reversed[n - 1 - i];
    return n;
}

bool mpy_float_fixed_digits(double x, int ndigits, char *digits, size_t *len, long *decpt)
{
    if (!isfinite(x) || ndigits < 0 || ndigits > 19)
        return false;
    int exp2;
    double fraction = frexp(fabs(x), &exp2); /* |x| = fraction * 2**exp2 */
    uint64_t mantissa = (uint64_t)ldexp(fraction, 53);
    int shift = exp2 - 53; /* |x| = mantissa * 2**shift, exactly */
    u128 scaled = (u128)mantissa * pow10_table[ndigits]; /* below 2**117 */
    u128 q;
    if (shift >= 0) {
        if (shift > 127 || (scaled >> (127 - shift)) != 0)
            return false;
        q = scaled << shift;
    } else if (-shift >= 118) {
        q = 0; /* below 2**-1, never a tie */
    } else {
        int s = -shift;
        q = scaled >> s;
        u128 remainder = scaled & (((u128)1 << s) - 1), half = (u128)1 << (s - 1);
        if (remainder > half || (remainder == half && (q & 1)))
            q++;
    }
    size_t n = u128_to_digits(q, digits);
    *decpt = (long)n - ndigits;
    while (n && digits[n - 1] == '0')
        n--;
    digits[n] = '\0';
    *len = n;
    return true;
}

#else /* no 128-bit integers: printf does it all */

bool mpy_float_fixed_digits(double x, int ndigits, char *digits, size_t *len, long *decpt)
{
    (void)x, (void)ndigits, (void)digits, (void)len, (void)decpt;
    return false;
}

#endif
