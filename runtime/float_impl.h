/* Internals shared by the files of the float type (float.c, float_str.c,
 * float_methods.c, float_format.c) and by complex.c and the math module. */
#ifndef MPY_FLOAT_IMPL_H
#define MPY_FLOAT_IMPL_H
#include "float.h"
#include "int_impl.h"

/* The value of a float or an int for mixed arithmetic: 0 and *out set, 1
 * when `op` is neither (the caller answers NotImplemented), -1 with
 * OverflowError when an int is too large for a double. */
int mpy_float_convert(MpyObject *op, double *out);

/* The methods, attributes and constructor of float (float_methods.c). */
extern MpyMethodDef mpy_float_methods[];
extern MpyGetSetDef mpy_float_getset[];
MpyObject *mpy_float_vectorcall(MpyObject *type, MpyObject *const *args, size_t nargs,
                                MpyObject *kwnames);
MpyObject *mpy_float_tp_new(MpyTypeObject *type, MpyObject *const *args, size_t nargs,
                            MpyObject *kwnames);
/* float(x) for one argument (CPython's PyNumber_Float). */
MpyObject *mpy_float_from_object(MpyObject *x);

/* Parses float text (ASCII, already free of Unicode digits and spaces):
 * 0 and *out set, or -1 (no exception) when it is not a float literal. */
int mpy_float_parse_ascii(const char *s, size_t len, double *out);
/* float(obj) for a str, and for the bytes s[0..n) a buffer `obj` lends:
 * "could not convert string to float: <repr of obj>" when they are no
 * float literal. */
MpyObject *mpy_float_from_str_object(MpyObject *obj);
MpyObject *mpy_float_from_bytes_text(const char *s, size_t n, MpyObject *obj);

/* Raises what CPython raises for a failed C math call: OverflowError for
 * ERANGE, ValueError otherwise, with (errno, strerror) arguments. NULL. */
MpyObject *mpy_float_errno_error(int err);

/* x ** y for doubles with CPython's special cases (float_pow); `vx`/`vy`
 * are the original operands, passed to complex's power when a negative
 * base meets a fractional exponent. */
MpyObject *mpy_float_pow_values(double x, double y, MpyObject *vx, MpyObject *vy);

/* Banker's rounding of x to an int (round(x)). */
MpyObject *mpy_float_round_to_int(double x);

#endif
