/* Exact digits of a double with a fixed number of digits after the point
 * ('%.Nf', format(x, '.3f'), round-trip-free): the common cases computed in
 * 128-bit integer arithmetic instead of printf's multi-precision path. */
#ifndef MPY_FLOAT_FIXED_H
#define MPY_FLOAT_FIXED_H
#include <stdbool.h>
#include <stddef.h>

/* Writes the decimal digits of round-half-even(|x| * 10**ndigits) into
 * digits (at least 40 bytes), without leading or trailing zeros, and the
 * position of the decimal point (value = 0.DIGITS * 10**decpt); *len is 0
 * when the value rounds to zero (then *decpt is -ndigits, as dtoa's mode 3).
 * Returns false, touching nothing, when x is not finite or the exact
 * product does not fit 128 bits; the caller then uses printf. */
bool mpy_float_fixed_digits(double x, int ndigits, char *digits, size_t *len, long *decpt);

#endif
