/* Checking and unpacking the arguments of builtins written in C, with the
 * messages of CPython's argument clinic (_PyArg_CheckPositional,
 * _PyArg_UnpackKeywords). */
#include "args.h"

#include <string.h>

#include "errors.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

int mpy_arg_check_positional(const char *name, size_t nargs, size_t min, size_t max)
{
    if (nargs >= min && nargs <= max)
        return 0;
    if (min == max)
        mpy_err_format(MpyExc_TypeError, "%s expected %zu argument%s, got %zu", name, min,
                       min == 1 ? "" : "s", nargs);
    else if (nargs < min)
        mpy_err_format(MpyExc_TypeError, "%s expected at least %zu argument%s, got %zu", name,
                       min, min == 1 ? "" : "s", nargs);
    else
        mpy_err_format(MpyExc_TypeError, "%s expected at most %zu argument%s, got %zu", name, max,
                       max == 1 ? "" : "s", nargs);
    return -1;
}

int mpy_arg_no_keywords(const char *name, MpyObject *kwnames)
{
    if (!kwnames || MPY_SIZE(kwnames) == 0)
        return 0;
    mpy_err_format(MpyExc_TypeError, "%s() takes no keyword arguments", name);
    return -1;
}

/* arg.__index__() as an int64_t: 0, 1 when it does not fit, -1 on error. */
static int index_as_i64(MpyObject *arg, int64_t *v)
{
    MpyObject *index = mpy_number_index(arg);
    if (!index)
        return -1;
    int too_big = mpy_int_to_i64(index, v);
    MPY_DECREF(index);
    return too_big;
}

int mpy_arg_as_c_int(MpyObject *arg, int *out)
{
    int64_t v;
    int r = index_as_i64(arg, &v);
    if (r < 0)
        return -1;
    /* C long is 64 bits on every platform minipy builds for. */
    if (r > 0) {
        mpy_err_set_string(MpyExc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    if (v > INT32_MAX || v < INT32_MIN) {
        mpy_err_set_string(MpyExc_OverflowError, v > 0 ? "signed integer is greater than maximum"
                                                       : "signed integer is less than minimum");
        return -1;
    }
    *out = (int)v;
    return 0;
}

int mpy_arg_as_clinic_int(MpyObject *arg, int *out)
{
    int64_t v;
    int r = index_as_i64(arg, &v);
    if (r < 0)
        return -1;
    if (r > 0 || v > INT32_MAX || v < INT32_MIN) {
        mpy_err_set_string(MpyExc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

static int count_params(const MpyArgSpec *spec, int *posonly)
{
    int n = 0;
    *posonly = 0;
    for (; spec->keywords[n]; n++)
        if (spec->keywords[n][0] == '\0')
            *posonly = n + 1;
    return n;
}

/* The value given for keyword `name`, or NULL. */
static MpyObject *find_keyword(MpyObject *kwnames, MpyObject *const *kwvalues, const char *name)
{
    ssize_t nkw = kwnames ? MPY_SIZE(kwnames) : 0;
    for (ssize_t k = 0; k < nkw; k++)
        if (mpy_str_equal_cstr(MPY_TUPLE_GET(kwnames, k), name))
            return kwvalues[k];
    return NULL;
}

int mpy_arg_unpack(const MpyArgSpec *spec, MpyObject *const *args, size_t nargs,
                   MpyObject *kwnames, MpyObject **out)
{
    int posonly;
    int maxargs = count_params(spec, &posonly);
    size_t nkw = kwnames ? (size_t)MPY_SIZE(kwnames) : 0;
    const char *f = spec->fname;
    if ((int)(nargs + nkw) > maxargs) {
        mpy_err_format(MpyExc_TypeError, "%s() takes at most %d %sargument%s (%zu given)", f,
                       maxargs, nargs == 0 ? "keyword " : "", maxargs == 1 ? "" : "s",
                       nargs + nkw);
        return -1;
    }
    if ((int)nargs > spec->max_positional) {
        if (spec->max_positional == 0)
            mpy_err_format(MpyExc_TypeError, "%s() takes no positional arguments", f);
        else
            mpy_err_format(MpyExc_TypeError, "%s() takes %s %d positional argument%s (%zu given)",
                           f, spec->min_args < spec->max_positional ? "at most" : "exactly",
                           spec->max_positional, spec->max_positional == 1 ? "" : "s", nargs);
        return -1;
    }
    if ((int)nargs < posonly && (int)nargs < spec->min_args) {
        int need = spec->min_args < posonly ? spec->min_args : posonly;
        mpy_err_format(MpyExc_TypeError, "%s() takes %s %d positional argument%s (%zu given)", f,
                       need < spec->max_positional ? "at least" : "exactly", need,
                       need == 1 ? "" : "s", nargs);
        return -1;
    }
    for (int i = 0; i < maxargs; i++)
        out[i] = i < (int)nargs ? args[i] : NULL;
    /* CPython's order of complaints: a missing required argument first,
     * then a keyword repeating a positional one, then an unknown keyword. */
    MpyObject *const *kwvalues = args + nargs;
    size_t matched = 0;
    for (int i = (int)nargs > posonly ? (int)nargs : posonly; i < maxargs; i++) {
        out[i] = find_keyword(kwnames, kwvalues, spec->keywords[i]);
        if (out[i]) {
            matched++;
        } else if (i < spec->min_args) {
            mpy_err_format(MpyExc_TypeError, "%s() missing required argument '%s' (pos %d)", f,
                           spec->keywords[i], i + 1);
            return -1;
        }
    }
    if (matched == nkw)
        return 0;
    for (int i = posonly; i < (int)nargs; i++) {
        if (find_keyword(kwnames, kwvalues, spec->keywords[i])) {
            mpy_err_format(MpyExc_TypeError, "argument for %s() given by name ('%s') and position (%d)",
                           f, spec->keywords[i], i + 1);
            return -1;
        }
    }
    for (size_t k = 0; k < nkw; k++) {
        MpyObject *key = MPY_TUPLE_GET(kwnames, k);
        int i = posonly;
        while (i < maxargs && !mpy_str_equal_cstr(key, spec->keywords[i]))
            i++;
        if (i == maxargs) {
            mpy_err_format(MpyExc_TypeError, "'%U' is an invalid keyword argument for %s()", key, f);
            return -1;
        }
    }
    return 0;
}

MpyObject *mpy_arg_type_error(const char *fname, int argnum, const char *expected, MpyObject *got)
{
    /* CPython's _PyArg_BadArgument says "None" rather than "NoneType". */
    return mpy_err_format(MpyExc_TypeError, "%s() argument %d must be %s, not %s", fname, argnum,
                          expected, got == MPY_NONE ? "None" : mpy_type_short_name(MPY_TYPE(got)));
}
