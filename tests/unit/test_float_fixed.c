/* Unit tests of the exact fixed-point digits (runtime/float_fixed.c): on
 * random doubles of every kind, ties included, they must equal glibc's
 * "%.*f", which is exact. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "float_fixed.h"

static uint64_t state = 88172645463325252ull;
static uint64_t next_random(void)
{
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
}

/* The digits and point position "%.*f" gives, in float_fixed.h's form. */
static void printf_digits(double x, int ndigits, char *digits, size_t *len, long *decpt)
{
    char text[1200];
    snprintf(text, sizeof text, "%.*f", ndigits, fabs(x));
    size_t n = 0;
    long point = -1;
    for (char *p = text; *p; p++) {
        if (*p == '.')
            point = (long)n;
        else
            digits[n++] = *p;
    }
    if (point < 0)
        point = (long)n;
    size_t lead = 0;
    while (lead < n && digits[lead] == '0')
        lead++;
    memmove(digits, digits + lead, n - lead);
    n -= lead;
    while (n && digits[n - 1] == '0')
        n--;
    digits[n] = '\0';
    *len = n;
    *decpt = n ? point - (long)lead : -ndigits;
}

static double random_double(int kind)
{
    uint64_t r = next_random();
    double x;
    switch (kind) {
    case 0: memcpy(&x, &r, sizeof x); return x;                        /* any bits */
    case 1: return (double)(r % 2000000) / (double)(1 + next_random() % 1000);
    case 2: return (double)(r % 100000) / 8.0 + 0.5 / (double)(1 << (next_random() % 10)); /* ties */
    default: return ldexp((double)(r >> 11), (int)(next_random() % 200) - 150);
    }
}

Test(float_fixed, agrees_with_printf)
{
    int handled = 0;
    for (int i = 0; i < 400000; i++) {
        double x = random_double(i % 4);
        int ndigits = (int)(next_random() % 20);
        char got[64], want[1200];
        size_t got_len, want_len;
        long got_point, want_point;
        if (!mpy_float_fixed_digits(x, ndigits, got, &got_len, &got_point))
            continue;
        handled++;
        printf_digits(x, ndigits, want, &want_len, &want_point);
        cr_assert_str_eq(got, want, "x=%.17g ndigits=%d", x, ndigits);
        cr_assert_eq(got_point, want_point, "x=%.17g ndigits=%d", x, ndigits);
    }
    cr_assert_gt(handled, 300000, "the fast path should take most values");
}

Test(float_fixed, known_values)
{
    char d[64];
    size_t len;
    long point;
    cr_assert(mpy_float_fixed_digits(2.675, 2, d, &len, &point)); /* 2.67499999... */
    cr_assert_str_eq(d, "267");
    cr_assert_eq(point, 1);
    cr_assert(mpy_float_fixed_digits(0.125, 2, d, &len, &point)); /* a tie: to even */
    cr_assert_str_eq(d, "12");
    cr_assert_eq(point, 0);
    cr_assert(mpy_float_fixed_digits(0.0004, 3, d, &len, &point)); /* rounds to zero */
    cr_assert_eq(len, 0);
    cr_assert_eq(point, -3);
    cr_assert(!mpy_float_fixed_digits(1e300, 2, d, &len, &point)); /* too big: printf */
    cr_assert(!mpy_float_fixed_digits(INFINITY, 2, d, &len, &point));
    cr_assert(!mpy_float_fixed_digits(1.0, 20, d, &len, &point));
}
