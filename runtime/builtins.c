/* The builtins module: the built-in functions (print, len, isinstance,
 * sorted, ...), the built-in types under their names, the constants, and
 * the exceptions. CPython 3.11's behaviour and messages. */
#include "builtins.h"

#include <stdio.h>
#include <string.h>

#include "args.h"
#include "bytearray.h"
#include "bytes.h"
#include "class.h"
#include "complex.h"
#include "code.h"
#include "descr.h"
#include "dict.h"
#include "errors.h"
#include "eval.h"
#include "exceptions.h"
#include "fileio.h"
#include "float.h"
#include "frame.h"
#include "function.h"
#include "import.h"
#include "int.h"
#include "interp.h"
#include "iter.h"
#include "list.h"
#include "memoryview.h"
#include "module.h"
#include "range.h"
#include "run.h"
#include "set.h"
#include "slice.h"
#include "str.h"
#include "super.h"
#include "mod_sys.h"
#include "tuple.h"
#include "type.h"

#define BUILTIN(name) static MpyObject *builtin_##name

/* ================================================== one-argument basics */

BUILTIN(abs)(MpyObject *self, MpyObject *x) { return mpy_number_absolute(x); }
BUILTIN(repr)(MpyObject *self, MpyObject *x) { return mpy_object_repr(x); }
BUILTIN(ascii)(MpyObject *self, MpyObject *x) { return mpy_object_ascii(x); }
BUILTIN(callable)(MpyObject *self, MpyObject *x) { return mpy_bool_from_long(MPY_TYPE(x)->tp_call != NULL); }
BUILTIN(id)(MpyObject *self, MpyObject *x) { return mpy_int_from_u64((uint64_t)(uintptr_t)x); }

BUILTIN(len)(MpyObject *self, MpyObject *x)
{
    ssize_t n = mpy_object_length(x);
    return n < 0 ? NULL : mpy_int_from_ssize(n);
}

BUILTIN(hash)(MpyObject *self, MpyObject *x)
{
    mpy_hash_t h = mpy_object_hash(x);
    return h == -1 ? NULL : mpy_int_from_i64(h);
}

BUILTIN(bin)(MpyObject *self, MpyObject *x) { MpyObject *i = mpy_number_index(x); MpyObject *r = i ? mpy_int_to_base(i, 2, true) : NULL; MPY_XDECREF(i); return r; }
BUILTIN(oct)(MpyObject *self, MpyObject *x) { MpyObject *i = mpy_number_index(x); MpyObject *r = i ? mpy_int_to_base(i, 8, true) : NULL; MPY_XDECREF(i); return r; }
BUILTIN(hex)(MpyObject *self, MpyObject *x) { MpyObject *i = mpy_number_index(x); MpyObject *r = i ? mpy_int_to_base(i, 16, true) : NULL; MPY_XDECREF(i); return r; }

BUILTIN(chr)(MpyObject *self, MpyObject *x)
{
    int v;
    if (mpy_arg_as_clinic_int(x, &v) < 0)
        return NULL;
    if (v < 0 || v > 0x10FFFF)
        return mpy_err_set_string(MpyExc_ValueError, "chr() arg not in range(0x110000)");
    return mpy_str_from_codepoint((uint32_t)v);
}

BUILTIN(ord)(MpyObject *self, MpyObject *x)
{
    if (MPY_STR_CHECK(x)) {
        if (MPY_STR_LEN(x) == 1)
            return mpy_int_from_i64(mpy_str_char_at(x, 0));
        return mpy_err_format(MpyExc_TypeError,
                              "ord() expected a character, but string of length %zd found",
                              MPY_STR_LEN(x));
    }
    if (MPY_BYTES_CHECK(x) || MPY_BYTEARRAY_CHECK(x)) {
        bool bytes = MPY_BYTES_CHECK(x);
        ssize_t n = bytes ? MPY_BYTES_LEN(x) : MPY_BYTEARRAY_LEN(x);
        const char *data = bytes ? MPY_BYTES_DATA(x) : MPY_BYTEARRAY_DATA(x);
        if (n == 1)
            return mpy_int_from_i64((unsigned char)data[0]);
        return mpy_err_format(MpyExc_TypeError,
                              "ord() expected a character, but string of length %zd found", n);
    }
    return mpy_err_format(MpyExc_TypeError, "ord() expected string of length 1, but %s found",
                          mpy_type_short_name(MPY_TYPE(x)));
}

/* ============================================================ attributes */

BUILTIN(getattr)(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    if (mpy_arg_check_positional("getattr", nargs, 2, 3))
        return NULL;
    if (!MPY_STR_CHECK(args[1]))
        return mpy_err_format(MpyExc_TypeError, "attribute name must be string, not '%s'",
                              mpy_type_short_name(MPY_TYPE(args[1])));
    if (nargs == 2)
        return mpy_object_getattr(args[0], args[1]);
    MpyObject *value;
    int found = mpy_object_lookup_attr(args[0], args[1], &value);
    if (found < 0)
        return NULL;
    return found ? value : MPY_NEWREF(args[2]);
}

BUILTIN(setattr)(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    if (mpy_arg_check_positional("setattr", nargs, 3, 3) ||
        mpy_object_setattr(args[0], args[1], args[2]) < 0)
        return NULL;
    MPY_RETURN_NONE;
}

BUILTIN(delattr)(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    if (mpy_arg_check_positional("delattr", nargs, 2, 2) ||
        mpy_object_setattr(args[0], args[1], NULL) < 0)
        return NULL;
    MPY_RETURN_NONE;
}

BUILTIN(hasattr)(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    if (mpy_arg_check_positional("hasattr", nargs, 2, 2))
        return NULL;
    if (!MPY_STR_CHECK(args[1]))
        return mpy_err_format(MpyExc_TypeError, "attribute name must be string, not '%s'",
                              mpy_type_short_name(MPY_TYPE(args[1])));
    int found = mpy_object_hasattr(args[0], args[1]);
    return found < 0 ? NULL : mpy_bool_from_long(found);
}

BUILTIN(dir)(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    if (mpy_arg_check_positional("dir", nargs, 0, 1))
        return NULL;
    if (nargs == 1)
        return mpy_object_dir(args[0]);
    MpyObject *locals = mpy_builtins_current_locals();
    if (!locals)
        return NULL;
    MpyObject *keys = mpy_call_method(locals, "keys", NULL, 0);
    MPY_DECREF(locals);
    MpyObject *list = keys ? mpy_list_from_iterable(keys) : NULL;
    MPY_XDECREF(keys);
    if (list && mpy_list_sort(list, NULL, false) < 0)
        MPY_CLEAR(list);
    return list;
}

BUILTIN(vars)(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    if (mpy_arg_check_positional("vars", nargs, 0, 1))
        return NULL;
    if (nargs == 0)
        return mpy_builtins_current_locals();
    MpyObject *d;
    int found = mpy_object_lookup_attr(args[0], MPY_ID(__dict__), &d);
    if (found == 0)
        mpy_err_set_string(MpyExc_TypeError, "vars() argument must have __dict__ attribute");
    return found > 0 ? d : NULL;
}

/* ======================================================== namespaces */

MpyObject *mpy_builtins_current_locals(void)
{
    MpyFrame *f = mpy_interp.frame;
    if (!f)
        return mpy_err_set_string(MpyExc_SystemError, "no current frame");
    return mpy_frame_locals(f);
}

BUILTIN(globals)(MpyObject *self, MpyObject *unused)
{
    MpyObject *g = mpy_eval_get_globals();
    return MPY_NEWREF(g ? g : MPY_NONE);
}

BUILTIN(locals)(MpyObject *self, MpyObject *unused) { return mpy_builtins_current_locals(); }

/* =============================================================== isinstance */

BUILTIN(isinstance)(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    if (mpy_arg_check_positional("isinstance", nargs, 2, 2))
        return NULL;
    int r = mpy_object_isinstance(args[0], args[1]);
    return r < 0 ? NULL : mpy_bool_from_long(r);
}

BUILTIN(issubclass)(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    if (mpy_arg_check_positional("issubclass", nargs, 2, 2))
        return NULL;
    int r = mpy_object_issubclass(args[0], args[1]);
    return r < 0 ? NULL : mpy_bool_from_long(r);
}

/* ============================================================== numbers */

BUILTIN(divmod)(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    if (mpy_arg_check_positional("divmod", nargs, 2, 2))
        return NULL;
    return mpy_number_divmod(args[0], args[1]);
}

BUILTIN(pow)(MpyObject *self, MpyObject *const *args, size_t nargs, MpyObject *kwnames)
{
    static const char *const kw[] = {"base", "exp", "mod", NULL};
    static const MpyArgSpec spec = {"pow", kw, 2, 3};
    MpyObject *a[3];
    if (mpy_arg_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    return mpy_number_power(a[0], a[1], a[2] ? a[2] : MPY_NONE);
}

BUILTIN(round)(MpyObject *self, MpyObject *const *args, size_t nargs, MpyObject *kwnames)
{
    static const char *const kw[] = {"number", "ndigits", NULL};
    static const MpyArgSpec spec = {"round", kw, 1, 2};
    MpyObject *a[2];
    if (mpy_arg_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    MpyObject *meth = mpy_type_lookup(MPY_TYPE(a[0]), MPY_ID(__round__));
    if (!meth)
        return mpy_err_format(MpyExc_TypeError, "type %s doesn't define __round__ method",
                              mpy_type_short_name(MPY_TYPE(a[0])));
    MPY_INCREF(meth);
    MpyObject *res = a[1] && a[1] != MPY_NONE ? mpy_call_prepend(meth, a[0], &a[1], 1, NULL)
                                              : mpy_call_prepend(meth, a[0], NULL, 0, NULL);
    MPY_DECREF(meth);
    return res;
}

/* sum(iterable, /, start=0) with CPython's fast paths for ints and floats. */
BUILTIN(sum)(MpyObject *self, MpyObject *const *args, size_t nargs, MpyObject *kwnames)
{
    static const char *const kw[] = {"", "start", NULL};
    static const MpyArgSpec spec = {"sum", kw, 1, 2};
    MpyObject *a[2];
    if (mpy_arg_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    MpyObject *start = a[1] ? a[1] : MPY_SMALL_INT(0);
    if (MPY_STR_CHECK(start))
        return mpy_err_set_string(MpyExc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (MPY_BYTES_CHECK(start))
        return mpy_err_set_string(MpyExc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (MPY_BYTEARRAY_CHECK(start))
        return mpy_err_set_string(MpyExc_TypeError,
                                  "sum() can't sum bytearray [use b''.join(seq) instead]");
    MpyObject *it = mpy_object_getiter(a[0]);
    if (!it)
        return NULL;
    MpyObject *result = MPY_NEWREF(start), *item;
    while ((item = mpy_iter_next(it))) {
        MpyObject *next;
        if (MPY_INT_CHECK_EXACT(result) && MPY_INT_CHECK_EXACT(item))
            next = mpy_int_add(result, item);
        else if (MPY_FLOAT_CHECK_EXACT(result) && MPY_FLOAT_CHECK_EXACT(item))
            next = mpy_float_from_double(MPY_FLOAT_VALUE(result) + MPY_FLOAT_VALUE(item));
        else
            next = mpy_number_add(result, item);
        MPY_DECREF(item);
        MPY_DECREF(result);
        result = next;
        if (!result)
            break;
    }
    MPY_DECREF(it);
    if (mpy_err_occurred()) {
        MPY_XDECREF(result);
        return NULL;
    }
    return result;
}

/* min() and max(): one iterable or several arguments, key=, default=. */
static MpyObject *min_max(MpyObject *const *args, size_t nargs, MpyObject *kwnames, int op,
                          const char *name)
{
    MpyObject *key = NULL, *dflt = NULL;
    ssize_t nkw = kwnames ? MPY_SIZE(kwnames) : 0;
    if (nargs == 0) /* before any complaint about keywords, as CPython */
        return mpy_err_format(MpyExc_TypeError, "%s expected at least 1 argument, got 0", name);
    if (nkw > 2)
        return mpy_err_format(MpyExc_TypeError, "%s() takes at most 2 keyword arguments (%zd given)",
                              name, nkw);
    for (ssize_t i = 0; i < nkw; i++) {
        MpyObject *k = MPY_TUPLE_GET(kwnames, i);
        if (mpy_str_equal_cstr(k, "key"))
            key = args[nargs + (size_t)i];
        else if (mpy_str_equal_cstr(k, "default"))
            dflt = args[nargs + (size_t)i];
        else
            return mpy_err_format(MpyExc_TypeError, "'%U' is an invalid keyword argument for %s()",
                                  k, name);
    }
    if (key == MPY_NONE)
        key = NULL;
    if (nargs > 1 && dflt)
        return mpy_err_format(MpyExc_TypeError,
                              "Cannot specify a default for %s() with multiple positional arguments",
                              name);
    MpyObject *it;
    if (nargs == 1) {
        it = mpy_object_getiter(args[0]);
    } else {
        MpyObject *all = mpy_tuple_from_array(args, (ssize_t)nargs);
        it = all ? mpy_object_getiter(all) : NULL;
        MPY_XDECREF(all);
    }
    if (!it)
        return NULL;
    MpyObject *best = NULL, *best_key = NULL, *item;
    while ((item = mpy_iter_next(it))) {
        MpyObject *k = key ? mpy_call_one(key, item) : MPY_NEWREF(item);
        if (!k) {
            MPY_DECREF(item);
            goto fail;
        }
        if (!best) {
            best = item;
            best_key = k;
            continue;
        }
        int better = mpy_object_richcompare_bool(k, best_key, op);
        if (better < 0) {
            MPY_DECREF(item);
            MPY_DECREF(k);
            goto fail;
        }
        if (better) {
            MPY_SETREF(best, item);
            MPY_SETREF(best_key, k);
        } else {
            MPY_DECREF(item);
            MPY_DECREF(k);
        }
    }
    if (mpy_err_occurred())
        goto fail;
    MPY_DECREF(it);
    MPY_XDECREF(best_key);
    if (!best) {
        if (dflt)
            return MPY_NEWREF(dflt);
        return mpy_err_format(MpyExc_ValueError, "%s() arg is an empty sequence", name);
    }
    return best;
fail:
    MPY_DECREF(it);
    MPY_XDECREF(best);
    MPY_XDECREF(best_key);
    return NULL;
}

BUILTIN(min)(MpyObject *self, MpyObject *const *args, size_t nargs, MpyObject *kwnames)
{
    return min_max(args, nargs, kwnames, MPY_LT, "min");
}

BUILTIN(max)(MpyObject *self, MpyObject *const *args, size_t nargs, MpyObject *kwnames)
{
    return min_max(args, nargs, kwnames, MPY_GT, "max");
}

/* ============================================================ iteration */

BUILTIN(iter)(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    if (mpy_arg_check_positional("iter", nargs, 1, 2))
        return NULL;
    if (nargs == 1)
        return mpy_object_getiter(args[0]);
    if (!MPY_TYPE(args[0])->tp_call)
        return mpy_err_set_string(MpyExc_TypeError, "iter(v, w): v must be callable");
    return mpy_calliter_new(args[0], args[1]);
}

BUILTIN(next)(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    if (mpy_arg_check_positional("next", nargs, 1, 2))
        return NULL;
    MpyObject *it = args[0];
    if (!MPY_TYPE(it)->tp_iternext)
        return mpy_err_format(MpyExc_TypeError, "'%s' object is not an iterator",
                              mpy_type_short_name(MPY_TYPE(it)));
    MpyObject *res = MPY_TYPE(it)->tp_iternext(it);
    if (res)
        return res;
    if (mpy_err_occurred()) {
        if (nargs < 2 || !mpy_err_exception_matches(MpyExc_StopIteration))
            return NULL;
        mpy_err_clear();
    }
    if (nargs == 2)
        return MPY_NEWREF(args[1]);
    return mpy_err_set_none(MpyExc_StopIteration);
}

static MpyObject *any_all(MpyObject *iterable, bool want)
{
    MpyObject *it = mpy_object_getiter(iterable);
    if (!it)
        return NULL;
    MpyObject *item;
    while ((item = mpy_iter_next(it))) {
        int truth = mpy_object_is_true(item);
        MPY_DECREF(item);
        if (truth < 0) {
            MPY_DECREF(it);
            return NULL;
        }
        if ((truth != 0) == want) {
            MPY_DECREF(it);
            return mpy_bool_from_long(want);
        }
    }
    MPY_DECREF(it);
    if (mpy_err_occurred())
        return NULL;
    return mpy_bool_from_long(!want);
}

BUILTIN(any)(MpyObject *self, MpyObject *x) { return any_all(x, true); }
BUILTIN(all)(MpyObject *self, MpyObject *x) { return any_all(x, false); }

BUILTIN(sorted)(MpyObject *self, MpyObject *const *args, size_t nargs, MpyObject *kwnames)
{
    if (mpy_arg_check_positional("sorted", nargs, 1, 1))
        return NULL;
    MpyObject *key = NULL;
    int reverse = 0;
    ssize_t nkw = kwnames ? MPY_SIZE(kwnames) : 0;
    for (ssize_t i = 0; i < nkw; i++) {
        MpyObject *k = MPY_TUPLE_GET(kwnames, i), *v = args[nargs + (size_t)i];
        if (mpy_str_equal_cstr(k, "key")) {
            key = v == MPY_NONE ? NULL : v;
        } else if (mpy_str_equal_cstr(k, "reverse")) {
            reverse = mpy_object_is_true(v);
            if (reverse < 0)
                return NULL;
        } else {
            return mpy_err_format(MpyExc_TypeError, "'%U' is an invalid keyword argument for sort()",
                                  k);
        }
    }
    MpyObject *list = mpy_list_from_iterable(args[0]);
    if (list && mpy_list_sort(list, key, reverse) < 0)
        MPY_CLEAR(list);
    return list;
}

/* ================================================================ format */

BUILTIN(format)(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    if (mpy_arg_check_positional("format", nargs, 1, 2))
        return NULL;
    MpyObject *spec = nargs == 2 ? args[1] : NULL;
    if (spec && !MPY_STR_CHECK(spec))
        return mpy_err_format(MpyExc_TypeError, "format() argument 2 must be str, not %s",
                              mpy_type_short_name(MPY_TYPE(spec)));
    return mpy_object_format(args[0], spec);
}

/* =================================================================== I/O */

/* print(*objects, sep=' ', end='\n', file=None, flush=False) */
BUILTIN(print)(MpyObject *self, MpyObject *const *args, size_t nargs, MpyObject *kwnames)
{
    MpyObject *sep = NULL, *end = NULL, *file = NULL, *flush = NULL;
    ssize_t nkw = kwnames ? MPY_SIZE(kwnames) : 0;
    for (ssize_t i = 0; i < nkw; i++) {
        MpyObject *k = MPY_TUPLE_GET(kwnames, i), *v = args[nargs + (size_t)i];
        if (mpy_str_equal_cstr(k, "sep"))
            sep = v;
        else if (mpy_str_equal_cstr(k, "end"))
            end = v;
        else if (mpy_str_equal_cstr(k, "file"))
            file = v;
        else if (mpy_str_equal_cstr(k, "flush"))
            flush = v;
        else
            return mpy_err_format(MpyExc_TypeError, "'%U' is an invalid keyword argument for print()", k);
    }
    if (sep == MPY_NONE)
        sep = NULL;
    if (end == MPY_NONE)
        end = NULL;
    if (sep && !MPY_STR_CHECK(sep))
        return mpy_err_format(MpyExc_TypeError, "sep must be None or a string, not %s",
                              mpy_type_short_name(MPY_TYPE(sep)));
    if (end && !MPY_STR_CHECK(end))
        return mpy_err_format(MpyExc_TypeError, "end must be None or a string, not %s",
                              mpy_type_short_name(MPY_TYPE(end)));
    if (!file || file == MPY_NONE) {
        file = mpy_sys_get_object("stdout");
        if (!file || file == MPY_NONE)
            MPY_RETURN_NONE; /* as CPython when sys.stdout is None */
    }
    for (size_t i = 0; i < nargs; i++) {
        if (i > 0 && mpy_file_write_cstr_or_obj(file, sep, " ") < 0)
            return NULL;
        MpyObject *s = mpy_object_str(args[i]);
        if (!s)
            return NULL;
        int err = mpy_file_write_obj(file, s);
        MPY_DECREF(s);
        if (err < 0)
            return NULL;
    }
    if (mpy_file_write_cstr_or_obj(file, end, "\n") < 0)
        return NULL;
    if (flush) {
        int truth = mpy_object_is_true(flush);
        if (truth < 0)
            return NULL;
        if (truth && mpy_file_flush(file) < 0)
            return NULL;
    }
    MPY_RETURN_NONE;
}

BUILTIN(input)(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    if (mpy_arg_check_positional("input", nargs, 0, 1))
        return NULL;
    MpyObject *out = mpy_sys_get_object("stdout");
    if (nargs == 1 && out && out != MPY_NONE) {
        MpyObject *s = mpy_object_str(args[0]);
        int err = s ? mpy_file_write_obj(out, s) : -1;
        MPY_XDECREF(s);
        if (err < 0 || mpy_file_flush(out) < 0)
            return NULL;
    }
    MpyObject *in = mpy_sys_get_object("stdin");
    if (!in || in == MPY_NONE)
        return mpy_err_set_string(MpyExc_RuntimeError, "input(): lost sys.stdin");
    MpyObject *line = mpy_call_method(in, "readline", NULL, 0);
    if (!line)
        return NULL;
    if (!MPY_STR_CHECK(line)) {
        MPY_DECREF(line);
        return mpy_err_set_string(MpyExc_TypeError, "object.readline() returned non-string");
    }
    ssize_t n = MPY_STR_UTF8_LEN(line);
    if (n == 0) {
        MPY_DECREF(line);
        return mpy_err_set_string(MpyExc_EOFError, "EOF when reading a line");
    }
    const char *data = mpy_str_as_utf8(line);
    MpyObject *res = data[n - 1] == '\n' ? mpy_str_from_utf8(data, (size_t)n - 1) : MPY_NEWREF(line);
    MPY_DECREF(line);
    return res;
}

/* ====================================================== code execution */

static MpyObject *source_text(MpyObject *source, const char *fname, const char **text, size_t *len)
{
    if (MPY_STR_CHECK(source)) {
        *text = mpy_str_as_utf8(source);
        *len = (size_t)MPY_STR_UTF8_LEN(source);
        return source;
    }
    if (MPY_BYTES_CHECK(source)) {
        *text = MPY_BYTES_DATA(source);
        *len = (size_t)MPY_BYTES_LEN(source);
        return source;
    }
    return mpy_err_format(MpyExc_TypeError, "%s() arg 1 must be a string, bytes or code object",
                          fname);
}

/* compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1) */
BUILTIN(compile)(MpyObject *self, MpyObject *const *args, size_t nargs, MpyObject *kwnames)
{
    static const char *const kw[] = {"source", "filename", "mode", "flags", "dont_inherit",
                                     "optimize", "_feature_version", NULL};
    static const MpyArgSpec spec = {"compile", kw, 3, 6};
    MpyObject *a[7];
    if (mpy_arg_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    const char *text = NULL;
    size_t len = 0;
    if (!source_text(a[0], "compile", &text, &len))
        return NULL;
    if (!MPY_STR_CHECK(a[1]) || !MPY_STR_CHECK(a[2]))
        return mpy_err_set_string(MpyExc_TypeError, "compile() arg 2 and 3 must be str");
    MpyParseMode mode;
    if (mpy_str_equal_cstr(a[2], "exec"))
        mode = MPY_PARSE_FILE;
    else if (mpy_str_equal_cstr(a[2], "eval"))
        mode = MPY_PARSE_EVAL;
    else if (mpy_str_equal_cstr(a[2], "single"))
        mode = MPY_PARSE_SINGLE;
    else
        return mpy_err_set_string(MpyExc_ValueError,
                                  "compile() mode must be 'exec', 'eval' or 'single'");
    if (memchr(text, '\0', len))
        return mpy_err_set_string(MpyExc_SyntaxError, "source code string cannot contain null bytes");
    return mpy_run_compile(text, len, mpy_str_as_utf8(a[1]), mode, NULL);
}

/* exec/eval(source, globals=None, locals=None) */
static MpyObject *exec_or_eval(MpyObject *const *args, size_t nargs, MpyObject *kwnames,
                               const char *fname, MpyParseMode mode)
{
    static const char *const kw[] = {"", "globals", "locals", NULL};
    MpyArgSpec spec = {fname, kw, 1, 3};
    MpyObject *a[3];
    if (mpy_arg_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    MpyObject *globals = a[1] && a[1] != MPY_NONE ? a[1] : NULL;
    MpyObject *locals = a[2] && a[2] != MPY_NONE ? a[2] : NULL;
    if (globals && !MPY_DICT_CHECK(globals))
        return mpy_err_format(MpyExc_TypeError, "%s() globals must be a dict, not %s", fname,
                              mpy_type_short_name(MPY_TYPE(globals)));
    MpyObject *owned_locals = NULL;
    if (!globals) {
        globals = mpy_eval_get_globals();
        if (!locals)
            locals = owned_locals = mpy_builtins_current_locals();
        if (!globals || !locals)
            return NULL;
    } else if (!locals) {
        locals = globals;
    }
    MpyObject *code;
    if (MPY_CODE_CHECK(a[0])) {
        code = MPY_NEWREF(a[0]);
    } else {
        const char *text = NULL;
        size_t len = 0;
        if (!source_text(a[0], fname, &text, &len)) {
            MPY_XDECREF(owned_locals);
            return NULL;
        }
        /* eval() ignores leading spaces and tabs, as CPython. */
        while (mode == MPY_PARSE_EVAL && len && (*text == ' ' || *text == '\t')) {
            text++;
            len--;
        }
        code = mpy_run_compile(text, len, "<string>", mode, NULL);
    }
    MpyObject *res = code ? mpy_eval_code(code, globals, locals) : NULL;
    MPY_XDECREF(code);
    MPY_XDECREF(owned_locals);
    if (res && mode == MPY_PARSE_FILE) {
        MPY_DECREF(res);
        MPY_RETURN_NONE;
    }
    return res;
}

BUILTIN(exec)(MpyObject *self, MpyObject *const *args, size_t nargs, MpyObject *kwnames)
{
    return exec_or_eval(args, nargs, kwnames, "exec", MPY_PARSE_FILE);
}

BUILTIN(eval)(MpyObject *self, MpyObject *const *args, size_t nargs, MpyObject *kwnames)
{
    return exec_or_eval(args, nargs, kwnames, "eval", MPY_PARSE_EVAL);
}

/* __import__(name, globals=None, locals=None, fromlist=(), level=0) */
BUILTIN(__import__)(MpyObject *self, MpyObject *const *args, size_t nargs, MpyObject *kwnames)
{
    static const char *const kw[] = {"name", "globals", "locals", "fromlist", "level", NULL};
    static const MpyArgSpec spec = {"__import__", kw, 1, 5};
    MpyObject *a[5];
    if (mpy_arg_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    int level = 0;
    if (a[4]) {
        ssize_t l = mpy_number_as_ssize(a[4], MpyExc_OverflowError);
        if (l == -1 && mpy_err_occurred())
            return NULL;
        level = (int)l;
    }
    MpyObject *globals = a[1] && MPY_DICT_CHECK(a[1]) ? a[1] : NULL;
    return mpy_import_module_level(a[0], globals, a[3], level);
}

BUILTIN(__build_class__)(MpyObject *self, MpyObject *const *args, size_t nargs, MpyObject *kwnames)
{
    return mpy_class_build(args, nargs, kwnames);
}

/* ================================================================ table */

static MpyMethodDef builtin_methods[] = {
    {"__build_class__", MPY_METH(builtin___build_class__), MPY_METH_FASTCALL | MPY_METH_KEYWORDS,
     "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class"},
    {"__import__", MPY_METH(builtin___import__), MPY_METH_FASTCALL | MPY_METH_KEYWORDS,
     "Import a module."},
    {"abs", MPY_METH(builtin_abs), MPY_METH_O, "Return the absolute value of the argument."},
    {"all", MPY_METH(builtin_all), MPY_METH_O, "Return True if bool(x) is True for all values x in the iterable."},
    {"any", MPY_METH(builtin_any), MPY_METH_O, "Return True if bool(x) is True for any x in the iterable."},
    {"ascii", MPY_METH(builtin_ascii), MPY_METH_O, "Return an ASCII-only representation of an object."},
    {"bin", MPY_METH(builtin_bin), MPY_METH_O, "Return the binary representation of an integer."},
    {"callable", MPY_METH(builtin_callable), MPY_METH_O, "Return whether the object is callable."},
    {"chr", MPY_METH(builtin_chr), MPY_METH_O, "Return a Unicode string of one character with ordinal i."},
    {"compile", MPY_METH(builtin_compile), MPY_METH_FASTCALL | MPY_METH_KEYWORDS, "Compile source into a code object."},
    {"delattr", MPY_METH(builtin_delattr), MPY_METH_FASTCALL, "Deletes the named attribute from the given object."},
    {"dir", MPY_METH(builtin_dir), MPY_METH_FASTCALL, "Show attributes of an object."},
    {"divmod", MPY_METH(builtin_divmod), MPY_METH_FASTCALL, "Return the tuple (x//y, x%y)."},
    {"eval", MPY_METH(builtin_eval), MPY_METH_FASTCALL | MPY_METH_KEYWORDS, "Evaluate the given source."},
    {"exec", MPY_METH(builtin_exec), MPY_METH_FASTCALL | MPY_METH_KEYWORDS, "Execute the given source."},
    {"format", MPY_METH(builtin_format), MPY_METH_FASTCALL, "Return value.__format__(format_spec)"},
    {"getattr", MPY_METH(builtin_getattr), MPY_METH_FASTCALL, "Get a named attribute from an object."},
    {"globals", MPY_METH(builtin_globals), MPY_METH_NOARGS, "Return the dictionary containing the current scope's global variables."},
    {"hasattr", MPY_METH(builtin_hasattr), MPY_METH_FASTCALL, "Return whether the object has an attribute with the given name."},
    {"hash", MPY_METH(builtin_hash), MPY_METH_O, "Return the hash value for the given object."},
    {"hex", MPY_METH(builtin_hex), MPY_METH_O, "Return the hexadecimal representation of an integer."},
    {"id", MPY_METH(builtin_id), MPY_METH_O, "Return the identity of an object."},
    {"input", MPY_METH(builtin_input), MPY_METH_FASTCALL, "Read a string from standard input."},
    {"isinstance", MPY_METH(builtin_isinstance), MPY_METH_FASTCALL, "Return whether an object is an instance of a class or of a subclass thereof."},
    {"issubclass", MPY_METH(builtin_issubclass), MPY_METH_FASTCALL, "Return whether 'cls' is derived from another class or is the same class."},
    {"iter", MPY_METH(builtin_iter), MPY_METH_FASTCALL, "Get an iterator from an object."},
    {"len", MPY_METH(builtin_len), MPY_METH_O, "Return the number of items in a container."},
    {"locals", MPY_METH(builtin_locals), MPY_METH_NOARGS, "Return a dictionary containing the current scope's local variables."},
    {"max", MPY_METH(builtin_max), MPY_METH_FASTCALL | MPY_METH_KEYWORDS, "Return the largest item."},
    {"min", MPY_METH(builtin_min), MPY_METH_FASTCALL | MPY_METH_KEYWORDS, "Return the smallest item."},
    {"next", MPY_METH(builtin_next), MPY_METH_FASTCALL, "Return the next item from the iterator."},
    {"oct", MPY_METH(builtin_oct), MPY_METH_O, "Return the octal representation of an integer."},
    {"ord", MPY_METH(builtin_ord), MPY_METH_O, "Return the Unicode code point for a one-character string."},
    {"pow", MPY_METH(builtin_pow), MPY_METH_FASTCALL | MPY_METH_KEYWORDS, "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments"},
    {"print", MPY_METH(builtin_print), MPY_METH_FASTCALL | MPY_METH_KEYWORDS, "Prints the values to a stream, or to sys.stdout by default."},
    {"repr", MPY_METH(builtin_repr), MPY_METH_O, "Return the canonical string representation of the object."},
    {"round", MPY_METH(builtin_round), MPY_METH_FASTCALL | MPY_METH_KEYWORDS, "Round a number to a given precision in decimal digits."},
    {"setattr", MPY_METH(builtin_setattr), MPY_METH_FASTCALL, "Sets the named attribute on the given object to the specified value."},
    {"sorted", MPY_METH(builtin_sorted), MPY_METH_FASTCALL | MPY_METH_KEYWORDS, "Return a new list containing all items from the iterable in ascending order."},
    {"sum", MPY_METH(builtin_sum), MPY_METH_FASTCALL | MPY_METH_KEYWORDS, "Return the sum of a 'start' value (default: 0) plus an iterable of numbers"},
    {"vars", MPY_METH(builtin_vars), MPY_METH_FASTCALL, "Show vars."},
    {NULL},
};

static int add(MpyObject *dict, const char *name, MpyObject *value)
{
    return mpy_dict_set_item_str(dict, name, value);
}

MpyObject *mpy_builtins_create(void)
{
    MpyObject *name = mpy_str_intern_cstr("builtins");
    static const MpyModuleDef def = {"builtins",
                                     "Built-in functions, types, exceptions, and other objects.",
                                     builtin_methods, NULL};
    MpyObject *m = name ? mpy_module_from_def(&def) : NULL;
    if (!m)
        return NULL;
    MpyObject *d = mpy_module_get_dict(m);
    struct { const char *name; MpyObject *value; } objects[] = {
        {"None", MPY_NONE}, {"Ellipsis", MPY_ELLIPSIS}, {"NotImplemented", MPY_NOTIMPLEMENTED},
        {"False", MPY_FALSE}, {"True", MPY_TRUE}, {"__debug__", MPY_TRUE},
        {"bool", MPY_CAST(&MpyBool_Type)}, {"bytes", MPY_CAST(&MpyBytes_Type)},
        {"bytearray", MPY_CAST(&MpyByteArray_Type)},
        {"classmethod", MPY_CAST(&MpyClassMethod_Type)}, {"complex", MPY_CAST(&MpyComplex_Type)},
        {"dict", MPY_CAST(&MpyDict_Type)}, {"enumerate", MPY_CAST(&MpyEnum_Type)},
        {"filter", MPY_CAST(&MpyFilter_Type)}, {"float", MPY_CAST(&MpyFloat_Type)},
        {"frozenset", MPY_CAST(&MpyFrozenSet_Type)}, {"property", MPY_CAST(&MpyProperty_Type)},
        {"int", MPY_CAST(&MpyLong_Type)}, {"list", MPY_CAST(&MpyList_Type)},
        {"map", MPY_CAST(&MpyMap_Type)}, {"memoryview", MPY_CAST(&MpyMemoryView_Type)},
        {"object", MPY_CAST(&MpyBaseObject_Type)},
        {"range", MPY_CAST(&MpyRange_Type)}, {"reversed", MPY_CAST(&MpyReversed_Type)},
        {"set", MPY_CAST(&MpySet_Type)}, {"slice", MPY_CAST(&MpySlice_Type)},
        {"staticmethod", MPY_CAST(&MpyStaticMethod_Type)}, {"str", MPY_CAST(&MpyUnicode_Type)},
        {"super", MPY_CAST(&MpySuper_Type)}, {"tuple", MPY_CAST(&MpyTuple_Type)},
        {"type", MPY_CAST(&MpyType_Type)}, {"zip", MPY_CAST(&MpyZip_Type)},
    };
    for (size_t i = 0; i < sizeof objects / sizeof objects[0]; i++)
        if (add(d, objects[i].name, objects[i].value) < 0)
            goto fail;
    if (mpy_exceptions_add_builtins(d) < 0 || mpy_fileio_add_builtins(d) < 0)
        goto fail;
    return m;
fail:
    MPY_DECREF(m);
    return NULL;
}
