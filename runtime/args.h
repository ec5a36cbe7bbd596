/* Argument checking and unpacking for builtin functions written in C, with
 * CPython's messages. */
#ifndef MPY_ARGS_H
#define MPY_ARGS_H
#include "object.h"

/* "NAME expected at least 1 argument, got 0" / "NAME expected at most 2
 * arguments, got 3" (CPython's _PyArg_CheckPositional). 0 or -1. */
int mpy_arg_check_positional(const char *name, size_t nargs, size_t min, size_t max);
/* "NAME() takes no keyword arguments" when kwnames is non-empty. */
int mpy_arg_no_keywords(const char *name, MpyObject *kwnames);

/* Describes a function's parameters for mpy_arg_unpack: `keywords` names
 * every parameter in order ("" for positional-only ones), NULL-terminated;
 * the first `min_args` are required; at most `max_positional` may be given
 * by position (the rest are keyword-only). */
typedef struct {
    const char *fname;
    const char *const *keywords;
    int min_args;
    int max_positional;
} MpyArgSpec;

/* Fills out[i] with the (borrowed) argument for parameter i, or NULL when it
 * was not given; raises TypeError with CPython's messages ("f() missing
 * required argument 'x' (pos 1)", "'y' is an invalid keyword argument for
 * f()", "argument for f() given by name ('x') and position (1)", "f() takes
 * at most 2 arguments (3 given)"). 0 or -1. */
int mpy_arg_unpack(const MpyArgSpec *spec, MpyObject *const *args, size_t nargs,
                   MpyObject *kwnames, MpyObject **out);

/* Converts an argument to a C int as CPython's "i" format does: through
 * __index__ ("'str' object cannot be interpreted as an integer"), then
 * "Python int too large to convert to C long" and "signed integer is
 * greater than maximum" / "less than minimum". 0 or -1. */
int mpy_arg_as_c_int(MpyObject *arg, int *out);
/* The same for Argument Clinic's `int` (CPython's _PyLong_AsInt after
 * __index__), whose only overflow message is "Python int too large to
 * convert to C int": chr(), list.sort(reverse=), bytes.hex(sep, n). */
int mpy_arg_as_clinic_int(MpyObject *arg, int *out);

/* Shared message for a wrong argument type: "NAME() argument N must be T, not U". */
MpyObject *mpy_arg_type_error(const char *fname, int argnum, const char *expected, MpyObject *got);

#endif
