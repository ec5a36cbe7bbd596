/* slice objects (with CPython 3.11's one-slice cache, since every `a[i:j]`
 * builds one) and the index arithmetic shared by list, tuple, str, bytes and
 * range: subscripts to C indices, slice unpacking and clipping. */
#include "slice.h"

#include "args.h"
#include "errors.h"
#include "gc.h"
#include "int.h"
#include "leakcheck.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

/* ========================================================== index helpers */

int mpy_index_as_ssize(MpyObject *o, MpyTypeObject *overflow_exc, ssize_t *out)
{
    if (MPY_INT_CHECK_EXACT(o) && mpy_int_is_small(o)) {
        *out = (ssize_t)mpy_int_small_value(o);
        return 0;
    }
    MpyObject *value = mpy_number_index(o);
    if (!value)
        return -1;
    int64_t v;
    if (mpy_int_to_i64(value, &v) == 0) {
        MPY_DECREF(value);
        *out = (ssize_t)v;
        return 0;
    }
    int sign = mpy_int_sign(value);
    MPY_DECREF(value);
    if (overflow_exc) {
        mpy_err_format(overflow_exc, "cannot fit '%s' into an index-sized integer",
                       mpy_type_short_name(MPY_TYPE(o)));
        return -1;
    }
    *out = sign < 0 ? -SSIZE_MAX - 1 : SSIZE_MAX;
    return 0;
}

MpyObject *mpy_seq_index_error(const char *what)
{
    return mpy_err_format(MpyExc_IndexError, "%s index out of range", what);
}

MpyObject *mpy_seq_indices_type_error(const char *what, MpyObject *key)
{
    return mpy_err_format(MpyExc_TypeError, "%s indices must be integers or slices, not %s", what,
                          mpy_type_short_name(MPY_TYPE(key)));
}

int mpy_seq_index(MpyObject *key, ssize_t len, const char *what, ssize_t *out)
{
    ssize_t i;
    if (mpy_index_as_ssize(key, MpyExc_IndexError, &i) < 0)
        return -1;
    if (i < 0)
        i += len;
    if ((size_t)i >= (size_t)len) {
        mpy_seq_index_error(what);
        return -1;
    }
    *out = i;
    return 0;
}

/* ========================================================= slice indices */

/* CPython's _PyEval_SliceIndex: None keeps the default, anything with
 * __index__ is clamped into ssize_t. */
static int slice_index(MpyObject *v, ssize_t *out)
{
    if (v == MPY_NONE)
        return 0;
    if (!mpy_index_check(v)) {
        mpy_err_set_string(MpyExc_TypeError,
                           "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    return mpy_index_as_ssize(v, NULL, out);
}

int mpy_slice_unpack(MpyObject *slice, ssize_t *start, ssize_t *stop, ssize_t *step)
{
    MpySliceObject *s = (MpySliceObject *)slice;
    *step = 1;
    if (slice_index(s->step, step) < 0)
        return -1;
    if (*step == 0) {
        mpy_err_set_string(MpyExc_ValueError, "slice step cannot be zero");
        return -1;
    }
    /* -SSIZE_MAX - 1 would overflow when negated by the reversal arithmetic */
    if (*step < -SSIZE_MAX)
        *step = -SSIZE_MAX;
    *start = *step < 0 ? SSIZE_MAX : 0;
    if (slice_index(s->start, start) < 0)
        return -1;
    *stop = *step < 0 ? -SSIZE_MAX - 1 : SSIZE_MAX;
    if (slice_index(s->stop, stop) < 0)
        return -1;
    return 0;
}

ssize_t mpy_slice_adjust_indices(ssize_t length, ssize_t *start, ssize_t *stop, ssize_t step)
{
    if (*start < 0) {
        *start += length;
        if (*start < 0)
            *start = step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0)
            *stop = step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start)
            return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

int mpy_slice_get_indices(MpyObject *slice, ssize_t length, ssize_t *start, ssize_t *stop,
                          ssize_t *step, ssize_t *slicelength)
{
    if (mpy_slice_unpack(slice, start, stop, step) < 0)
        return -1;
    *slicelength = mpy_slice_adjust_indices(length, start, stop, *step);
    return 0;
}

/* ================================================================ objects */

/* One freed slice is kept for the next one, as CPython 3.11's slice_cache:
 * it spends no gc count and no allocation on the common `a[i:j]`. */
static MpySliceObject *slice_cache;

MpyObject *mpy_slice_new_steal(MpyObject *start, MpyObject *stop, MpyObject *step)
{
    MpySliceObject *s;
    if (!step)
        step = MPY_NEWREF(MPY_NONE);
    if (slice_cache) {
        s = slice_cache;
        slice_cache = NULL;
        mpy_object_init(MPY_CAST(s), &MpySlice_Type);
    } else {
        s = (MpySliceObject *)mpy_gc_new(&MpySlice_Type);
        if (!s) {
            MPY_DECREF(start);
            MPY_DECREF(stop);
            MPY_DECREF(step);
            return NULL;
        }
    }
    s->start = start;
    s->stop = stop;
    s->step = step;
    mpy_gc_track(MPY_CAST(s));
    return MPY_CAST(s);
}

MpyObject *mpy_slice_new(MpyObject *start, MpyObject *stop, MpyObject *step)
{
    return mpy_slice_new_steal(MPY_NEWREF(start ? start : MPY_NONE),
                               MPY_NEWREF(stop ? stop : MPY_NONE),
                               MPY_NEWREF(step ? step : MPY_NONE));
}

static void slice_dealloc(MpyObject *self)
{
    MpySliceObject *s = (MpySliceObject *)self;
    mpy_gc_untrack(self);
    MPY_DECREF(s->step);
    MPY_DECREF(s->start);
    MPY_DECREF(s->stop);
    if (!slice_cache) {
        mpy_leak_unregister(self);
        slice_cache = s;
    } else {
        mpy_gc_del(self);
    }
}

static int slice_traverse(MpyObject *self, mpy_visitproc visit, void *arg)
{
    MpySliceObject *s = (MpySliceObject *)self;
    MPY_VISIT(s->start);
    MPY_VISIT(s->stop);
    MPY_VISIT(s->step);
    return 0;
}

static MpyObject *slice_vectorcall(MpyObject *type, MpyObject *const *args, size_t nargs,
                                   MpyObject *kwnames)
{
    if (mpy_arg_no_keywords("slice", kwnames) < 0 ||
        mpy_arg_check_positional("slice", nargs, 1, 3) < 0)
        return NULL;
    if (nargs == 1)
        return mpy_slice_new(NULL, args[0], NULL);
    return mpy_slice_new(args[0], args[1], nargs == 3 ? args[2] : NULL);
}

static MpyObject *slice_tp_new(MpyTypeObject *type, MpyObject *const *args, size_t nargs,
                               MpyObject *kwnames)
{
    return slice_vectorcall(MPY_CAST(type), args, nargs, kwnames);
}

static MpyObject *slice_repr(MpyObject *self)
{
    MpySliceObject *s = (MpySliceObject *)self;
    return mpy_str_from_format("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

/* Slices compare as the tuples (start, stop, step). */
static MpyObject *slice_richcompare(MpyObject *v, MpyObject *w, int op)
{
    if (!MPY_SLICE_CHECK(v) || !MPY_SLICE_CHECK(w))
        return MPY_NEWREF(MPY_NOTIMPLEMENTED);
    if (v == w)
        return mpy_bool_from_long(op == MPY_EQ || op == MPY_LE || op == MPY_GE);
    MpySliceObject *a = (MpySliceObject *)v, *b = (MpySliceObject *)w;
    MpyObject *t1 = mpy_tuple_pack(3, a->start, a->stop, a->step);
    MpyObject *t2 = t1 ? mpy_tuple_pack(3, b->start, b->stop, b->step) : NULL;
    MpyObject *res = t2 ? mpy_object_richcompare(t1, t2, op) : NULL;
    MPY_XDECREF(t1);
    MPY_XDECREF(t2);
    return res;
}

/* One field of a slice as an int object: None gives `deflt`; a negative
 * value counts from `length`; the result is clamped to [lower, upper]. */
static MpyObject *long_index(MpyObject *v, MpyObject *deflt, MpyObject *length,
                             MpyObject *lower, MpyObject *upper)
{
    if (v == MPY_NONE)
        return MPY_NEWREF(deflt);
    if (!mpy_index_check(v))
        return mpy_err_set_string(MpyExc_TypeError,
                                  "slice indices must be integers or None or have an __index__ method");
    MpyObject *x = mpy_number_index(v);
    if (!x)
        return NULL;
    if (mpy_int_sign(x) < 0) {
        MPY_SETREF(x, mpy_number_add(x, length));
        if (!x)
            return NULL;
        if (mpy_int_compare(x, lower) < 0)
            MPY_SETREF(x, MPY_NEWREF(lower));
    } else if (mpy_int_compare(x, upper) > 0) {
        MPY_SETREF(x, MPY_NEWREF(upper));
    }
    return x;
}

int mpy_slice_get_long_indices(MpyObject *slice, MpyObject *length, MpyObject **start_out,
                               MpyObject **stop_out, MpyObject **step_out)
{
    MpySliceObject *s = (MpySliceObject *)slice;
    MpyObject *step = NULL, *lower = NULL, *upper = NULL, *start = NULL, *stop = NULL;
    if (s->step == MPY_NONE) {
        step = MPY_NEWREF(MPY_SMALL_INT(1));
    } else {
        if (!mpy_index_check(s->step)) {
            mpy_err_set_string(MpyExc_TypeError,
                               "slice indices must be integers or None or have an __index__ method");
            return -1;
        }
        if (!(step = mpy_number_index(s->step)))
            return -1;
        if (mpy_int_sign(step) == 0) {
            MPY_DECREF(step);
            mpy_err_set_string(MpyExc_ValueError, "slice step cannot be zero");
            return -1;
        }
    }
    bool negative = mpy_int_sign(step) < 0;
    if (negative) {
        lower = MPY_NEWREF(MPY_SMALL_INT(-1));
        upper = mpy_number_add(length, lower);
    } else {
        lower = MPY_NEWREF(MPY_SMALL_INT(0));
        upper = MPY_NEWREF(length);
    }
    if (!upper)
        goto fail;
    start = long_index(s->start, negative ? upper : lower, length, lower, upper);
    if (!start)
        goto fail;
    stop = long_index(s->stop, negative ? lower : upper, length, lower, upper);
    if (!stop)
        goto fail;
    MPY_DECREF(lower);
    MPY_DECREF(upper);
    *start_out = start;
    *stop_out = stop;
    *step_out = step;
    return 0;
fail:
    MPY_XDECREF(step);
    MPY_XDECREF(lower);
    MPY_XDECREF(upper);
    MPY_XDECREF(start);
    return -1;
}

/* slice.indices(length): the (start, stop, step) a sequence of that length
 * would use; exact for lengths of any size. */
static MpyObject *slice_indices(MpyObject *self, MpyObject *arg)
{
    if (!mpy_index_check(arg))
        return mpy_err_format(MpyExc_TypeError,
                              "'%s' object cannot be interpreted as an integer",
                              mpy_type_short_name(MPY_TYPE(arg)));
    MpyObject *length = mpy_number_index(arg);
    if (!length)
        return NULL;
    if (mpy_int_sign(length) < 0) {
        MPY_DECREF(length);
        return mpy_err_set_string(MpyExc_ValueError, "length should not be negative");
    }
    MpyObject *start, *stop, *step, *res = NULL;
    if (mpy_slice_get_long_indices(self, length, &start, &stop, &step) == 0) {
        res = mpy_tuple_pack(3, start, stop, step);
        MPY_DECREF(start);
        MPY_DECREF(stop);
        MPY_DECREF(step);
    }
    MPY_DECREF(length);
    return res;
}

static MpyMethodDef slice_methods[] = {
    {"indices", MPY_METH(slice_indices), MPY_METH_O,
     "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate "
     "the start and stop\nindices, and the stride length of the extended slice described by\nS. "
     "Out of bounds indices are clipped in a manner consistent with the\nhandling of normal "
     "slices."},
    {NULL},
};

static MpyMemberDef slice_members[] = {
    {"start", MPY_T_OBJECT, offsetof(MpySliceObject, start), MPY_READONLY, NULL},
    {"stop", MPY_T_OBJECT, offsetof(MpySliceObject, stop), MPY_READONLY, NULL},
    {"step", MPY_T_OBJECT, offsetof(MpySliceObject, step), MPY_READONLY, NULL},
    {NULL},
};

MpyTypeObject MpySlice_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "slice",
    .tp_basicsize = sizeof(MpySliceObject),
    .tp_dealloc = slice_dealloc,
    .tp_repr = slice_repr,
    .tp_hash = mpy_object_hash_not_implemented,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC,
    .tp_doc = "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used "
              "for extended slicing (e.g. a[0:10:2]).",
    .tp_traverse = slice_traverse,
    .tp_richcompare = slice_richcompare,
    .tp_methods = slice_methods,
    .tp_members = slice_members,
    .tp_new = slice_tp_new,
    .tp_free = mpy_gc_del,
    .tp_vectorcall = slice_vectorcall,
};

void mpy_slice_init(void) { mpy_type_ready(&MpySlice_Type); }

void mpy_slice_fini(void)
{
    if (slice_cache) {
        mpy_leak_register(MPY_CAST(slice_cache));
        mpy_gc_del(slice_cache);
        slice_cache = NULL;
    }
}
