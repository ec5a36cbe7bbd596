/* repr() of a float as CPython 3.11 writes it: the shortest digits that read
 * back to the same double, in fixed or exponent form by CPython's rules. */
#ifndef MPY_FLOAT_REPR_H
#define MPY_FLOAT_REPR_H
#include <stddef.h>

/* Writes repr(x) into buf (NUL-terminated; 32 bytes always suffice);
 * returns the length. */
size_t mpy_float_repr(double x, char *buf, size_t size);

#endif
