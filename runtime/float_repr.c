/* repr() of a float (float_repr.h). The shortest round-tripping digits are
 * found by trying precisions 1..17 (shortest_digits); the layout follows CPython's
 * float_repr_style 'short' rules: exponent form when the decimal exponent is
 * below -4 or at least 16, "e+16"/"e-05", ".0" after integral values. */
#include "float_repr.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The digits (no dot) and decimal exponent of printf's "%.*e" text
 * ("d.ddde[+-]XX" or "de[+-]XX"); returns how many digits. */
static size_t split_e_form(const char *text, char *digits, int *exp10)
{
    const char *e = strchr(text, 'e');
    *exp10 = atoi(e + 1);
    size_t n = 0;
    for (const char *p = text; p < e; p++)
        if (*p != '.')
            digits[n++] = *p;
    return n;
}

/* The n-digit decimal just above d.ddd * 10**exp10: its last digit plus
 * one, carrying; 9.99e5 becomes 1.00e6. */
static void next_decimal_up(char *digits, size_t n, int *exp10)
{
    size_t i = n;
    while (i > 0 && digits[i - 1] == '9')
        digits[--i] = '0';
    if (i > 0) {
        digits[i - 1]++;
    } else {
        digits[0] = '1'; /* all nines: a power of ten, one place up */
        ++*exp10;
    }
}

/* Fills digits (no dot, no trailing zeros) and the decimal exponent of the
 * first digit, for finite x > 0: the fewest digits that read back as x, the
 * closest to x among those (what CPython's repr gives). The correctly
 * rounded p digits are the closest; when they miss, only at a power of two,
 * whose rounding interval is wider above than below, can the next p-digit
 * decimal up still read back as x. */
static void shortest_digits(double x, char *digits, int *exp10)
{
    char text[40];
    int mantissa_exp;
    bool power_of_two = frexp(x, &mantissa_exp) == 0.5;
    size_t n = 0;
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(text, sizeof text, "%.*e", prec - 1, x);
        n = split_e_form(text, digits, exp10);
        if (strtod(text, NULL) == x || prec == 17)
            break;
        if (power_of_two) {
            next_decimal_up(digits, n, exp10);
            snprintf(text, sizeof text, "%.*se%d", (int)n, digits, *exp10 - (int)(n - 1));
            if (strtod(text, NULL) == x)
                break;
        }
    }
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = '\0';
}

size_t mpy_float_repr(double x, char *buf, size_t size)
{
    char out[64];
    size_t n = 0;
    if (isnan(x)) {
        strcpy(out, "nan");
        n = 3;
    } else if (isinf(x)) {
        n = (size_t)snprintf(out, sizeof out, "%sinf", x < 0 ? "-" : "");
    } else {
        if (signbit(x))
            out[n++] = '-';
        x = fabs(x);
        if (x == 0) {
            memcpy(out + n, "0.0", 3);
            n += 3;
        } else {
            char digits[24];
            int exp10;
            shortest_digits(x, digits, &exp10);
            int nd = (int)strlen(digits);
            if (exp10 < -4 || exp10 >= 16) {
                out[n++] = digits[0];
                if (nd > 1) {
                    out[n++] = '.';
                    memcpy(out + n, digits + 1, (size_t)nd - 1);
                    n += (size_t)nd - 1;
                }
                n += (size_t)snprintf(out + n, sizeof out - n, "e%c%02d", exp10 < 0 ? '-' : '+',
                                      exp10 < 0 ? -exp10 : exp10);
            } else if (exp10 < 0) {
                memcpy(out + n, "0.", 2);
                n += 2;
                for (int i = -1; i > exp10; i--)
                    out[n++] = '0';
                memcpy(out + n, digits, (size_t)nd);
                n += (size_t)nd;
            } else {
                for (int i = 0; i <= exp10 || i < nd; i++) {
                    if (i == exp10 + 1)
                        out[n++] = '.';
                    out[n++] = i < nd ? digits[i] : '0';
                }
                if (nd <= exp10 + 1) {
                    memcpy(out + n, ".0", 2);
                    n += 2;
                }
            }
        }
    }
    out[n] = '\0';
    if (size > 0) {
        size_t k = n < size - 1 ? n : size - 1;
        memcpy(buf, out, k);
        buf[k] = '\0';
    }
    return n;
}
