/* range: an immutable arithmetic sequence of ints of any size (CPython's
 * rangeobject: length computed once, O(1) `in` and indexing for ints,
 * slicing to a range, equality and hash by the values it yields), and its
 * iterators: a machine-word counter, or ints of any size beyond that. */
#include "range.h"

#include "args.h"
#include "errors.h"
#include "gc.h"
#include "iter.h"
#include "slice.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

#define RANGE(op) ((MpyRangeObject *)(op))
#define ZERO MPY_SMALL_INT(0)
#define ONE MPY_SMALL_INT(1)

/* All four fields in machine words: the fast paths apply. */
static inline bool range_is_small(MpyRangeObject *r)
{
    return mpy_int_is_small(r->start) && mpy_int_is_small(r->stop) && mpy_int_is_small(r->step) &&
           mpy_int_is_small(r->length);
}

#define SMALL(op) mpy_int_small_value(op)

/* ========================================================= arithmetic */

/* The number of values of range(start, stop, step), as an int. */
static MpyObject *compute_range_length(MpyObject *start, MpyObject *stop, MpyObject *step)
{
    if (mpy_int_both_small(start, stop) && mpy_int_is_small(step)) {
        __int128 lo = SMALL(start), hi = SMALL(stop), st = SMALL(step);
        if (st < 0) {
            __int128 t = lo;
            lo = hi;
            hi = t;
            st = -st;
        }
        __int128 n = lo >= hi ? 0 : (hi - lo - 1) / st + 1;
        return n <= INT64_MAX ? mpy_int_from_i64((int64_t)n) : mpy_int_from_u64((uint64_t)n);
    }
    MpyObject *lo, *hi, *st, *result = NULL;
    if (mpy_int_sign(step) > 0) {
        lo = start;
        hi = stop;
        st = MPY_NEWREF(step);
    } else {
        lo = stop;
        hi = start;
        if (!(st = mpy_number_negative(step)))
            return NULL;
    }
    if (mpy_int_compare(lo, hi) >= 0) {
        MPY_DECREF(st);
        return MPY_NEWREF(ZERO);
    }
    MpyObject *diff = mpy_number_subtract(hi, lo);
    MpyObject *diff1 = diff ? mpy_number_subtract(diff, ONE) : NULL;
    MpyObject *quot = diff1 ? mpy_number_floor_divide(diff1, st) : NULL;
    if (quot)
        result = mpy_number_add(quot, ONE);
    MPY_XDECREF(diff);
    MPY_XDECREF(diff1);
    MPY_XDECREF(quot);
    MPY_DECREF(st);
    return result;
}

/* start + i * step, for an index i (an int) known to be in range. */
static MpyObject *compute_item(MpyRangeObject *r, MpyObject *i)
{
    if (range_is_small(r) && mpy_int_is_small(i)) {
        __int128 v = (__int128)SMALL(r->start) + (__int128)SMALL(i) * SMALL(r->step);
        if (v >= INT64_MIN && v <= INT64_MAX)
            return mpy_int_from_i64((int64_t)v);
    }
    MpyObject *incr = mpy_int_compare(r->step, ONE) == 0 ? MPY_NEWREF(i)
                                                         : mpy_number_multiply(i, r->step);
    if (!incr)
        return NULL;
    MpyObject *res = mpy_number_add(r->start, incr);
    MPY_DECREF(incr);
    return res;
}

/* ============================================================ creation */

/* Takes the three (exact int) references. */
static MpyObject *make_range(MpyTypeObject *type, MpyObject *start, MpyObject *stop,
                             MpyObject *step)
{
    MpyObject *length = compute_range_length(start, stop, step);
    MpyRangeObject *r = length ? (MpyRangeObject *)mpy_object_new(type) : NULL;
    if (!r) {
        MPY_XDECREF(length);
        MPY_DECREF(start);
        MPY_DECREF(stop);
        MPY_DECREF(step);
        return NULL;
    }
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = length;
    return MPY_CAST(r);
}

MpyObject *mpy_range_new(MpyObject *start, MpyObject *stop, MpyObject *step)
{
    return make_range(&MpyRange_Type, MPY_NEWREF(start), MPY_NEWREF(stop), MPY_NEWREF(step));
}

/* operator.index(arg), with CPython's message for anything else. */
static MpyObject *index_arg(MpyObject *arg)
{
    if (!mpy_index_check(arg))
        return mpy_err_format(MpyExc_TypeError, "'%s' object cannot be interpreted as an integer",
                              mpy_type_short_name(MPY_TYPE(arg)));
    return mpy_number_index(arg);
}

static MpyObject *range_vectorcall(MpyObject *type, MpyObject *const *args, size_t nargs,
                                   MpyObject *kwnames)
{
    if (mpy_arg_no_keywords("range", kwnames) < 0 ||
        mpy_arg_check_positional("range", nargs, 1, 3) < 0)
        return NULL;
    MpyObject *start, *stop, *step;
    if (nargs == 1) {
        if (!(stop = index_arg(args[0])))
            return NULL;
        return make_range((MpyTypeObject *)type, MPY_NEWREF(ZERO), stop, MPY_NEWREF(ONE));
    }
    if (!(start = index_arg(args[0])))
        return NULL;
    if (!(stop = index_arg(args[1]))) {
        MPY_DECREF(start);
        return NULL;
    }
    if (nargs == 3) {
        if (!(step = index_arg(args[2]))) {
            MPY_DECREF(start);
            MPY_DECREF(stop);
            return NULL;
        }
        if (mpy_int_sign(step) == 0) {
            MPY_DECREF(start);
            MPY_DECREF(stop);
            MPY_DECREF(step);
            return mpy_err_set_string(MpyExc_ValueError, "range() arg 3 must not be zero");
        }
    } else {
        step = MPY_NEWREF(ONE);
    }
    return make_range((MpyTypeObject *)type, start, stop, step);
}

static MpyObject *range_new(MpyTypeObject *type, MpyObject *const *args, size_t nargs,
                            MpyObject *kwnames)
{
    return range_vectorcall(MPY_CAST(type), args, nargs, kwnames);
}

static void range_dealloc(MpyObject *self)
{
    MpyRangeObject *r = RANGE(self);
    MPY_DECREF(r->start);
    MPY_DECREF(r->stop);
    MPY_DECREF(r->step);
    MPY_DECREF(r->length);
    mpy_object_free(self);
}

/* =============================================================== slots */

static MpyObject *range_repr(MpyObject *self)
{
    MpyRangeObject *r = RANGE(self);
    if (mpy_int_compare(r->step, ONE) == 0)
        return mpy_str_from_format("range(%R, %R)", r->start, r->stop);
    return mpy_str_from_format("range(%R, %R, %R)", r->start, r->stop, r->step);
}

static ssize_t range_length(MpyObject *self) { return mpy_int_as_ssize(RANGE(self)->length); }

static int range_bool(MpyObject *self) { return mpy_int_sign(RANGE(self)->length) != 0; }

static MpyObject *range_item(MpyObject *self, ssize_t i)
{
    MpyRangeObject *r = RANGE(self);
    MpyObject *idx = mpy_int_from_ssize(i);
    if (!idx)
        return NULL;
    MpyObject *res = i < 0 || mpy_int_compare(idx, r->length) >= 0
                         ? mpy_seq_index_error("range object")
                         : compute_item(r, idx);
    MPY_DECREF(idx);
    return res;
}

/* r[i] for an index of any size. */
static MpyObject *range_index_item(MpyRangeObject *r, MpyObject *key)
{
    MpyObject *i = mpy_number_index(key);
    if (!i)
        return NULL;
    if (mpy_int_sign(i) < 0)
        MPY_SETREF(i, mpy_number_add(i, r->length));
    if (i && (mpy_int_sign(i) < 0 || mpy_int_compare(i, r->length) >= 0)) {
        MPY_DECREF(i);
        return mpy_seq_index_error("range object");
    }
    MpyObject *res = i ? compute_item(r, i) : NULL;
    MPY_XDECREF(i);
    return res;
}

/* r[slice]: another range. */
static MpyObject *range_slice(MpyRangeObject *r, MpyObject *slice)
{
    MpyObject *start, *stop, *step;
    if (mpy_slice_get_long_indices(slice, r->length, &start, &stop, &step) < 0)
        return NULL;
    MpyObject *substep = mpy_number_multiply(r->step, step);
    MpyObject *substart = substep ? compute_item(r, start) : NULL;
    MpyObject *substop = substart ? compute_item(r, stop) : NULL;
    MPY_DECREF(start);
    MPY_DECREF(stop);
    MPY_DECREF(step);
    if (!substop) {
        MPY_XDECREF(substep);
        MPY_XDECREF(substart);
        return NULL;
    }
    return make_range(MPY_TYPE(r), substart, substop, substep);
}

static MpyObject *range_subscript(MpyObject *self, MpyObject *key)
{
    MpyRangeObject *r = RANGE(self);
    if (MPY_INT_CHECK_EXACT(key) && mpy_int_is_small(key) && range_is_small(r)) {
        int64_t i = SMALL(key), n = SMALL(r->length);
        if (i < 0)
            i += n;
        if (i < 0 || i >= n)
            return mpy_seq_index_error("range object");
        return mpy_int_from_i64(SMALL(r->start) + i * SMALL(r->step));
    }
    if (MPY_SLICE_CHECK(key))
        return range_slice(r, key);
    if (mpy_index_check(key))
        return range_index_item(r, key);
    return mpy_err_format(MpyExc_TypeError, "range indices must be integers or slices, not %s",
                          mpy_type_short_name(MPY_TYPE(key)));
}

/* `ob in r` for an int: bounds, then the stride (CPython's
 * range_contains_long). */
static int range_contains_long(MpyRangeObject *r, MpyObject *ob)
{
    if (range_is_small(r) && mpy_int_is_small(ob)) {
        __int128 v = SMALL(ob), start = SMALL(r->start), stop = SMALL(r->stop),
                 step = SMALL(r->step);
        if (step > 0 ? !(start <= v && v < stop) : !(stop < v && v <= start))
            return 0;
        return (v - start) % step == 0;
    }
    int inside = mpy_int_sign(r->step) > 0
                     ? mpy_int_compare(r->start, ob) <= 0 && mpy_int_compare(ob, r->stop) < 0
                     : mpy_int_compare(ob, r->start) <= 0 && mpy_int_compare(r->stop, ob) < 0;
    if (!inside)
        return 0;
    MpyObject *diff = mpy_number_subtract(ob, r->start);
    MpyObject *rem = diff ? mpy_number_remainder(diff, r->step) : NULL;
    MPY_XDECREF(diff);
    if (!rem)
        return -1;
    int result = mpy_int_sign(rem) == 0;
    MPY_DECREF(rem);
    return result;
}

static inline bool is_int_exact_or_bool(MpyObject *o)
{
    return MPY_INT_CHECK_EXACT(o) || MPY_BOOL_CHECK(o);
}

static int range_contains(MpyObject *self, MpyObject *ob)
{
    if (is_int_exact_or_bool(ob))
        return range_contains_long(RANGE(self), ob);
    return mpy_sequence_contains_by_iteration(self, ob);
}

/* Two ranges are equal when they yield the same values. */
static int range_equals(MpyRangeObject *r0, MpyRangeObject *r1)
{
    if (r0 == r1)
        return 1;
    if (mpy_int_compare(r0->length, r1->length) != 0)
        return 0;
    if (mpy_int_sign(r0->length) == 0)
        return 1;
    if (mpy_int_compare(r0->start, r1->start) != 0)
        return 0;
    if (mpy_int_compare(r0->length, ONE) == 0)
        return 1;
    return mpy_int_compare(r0->step, r1->step) == 0;
}

static MpyObject *range_richcompare(MpyObject *self, MpyObject *other, int op)
{
    if (!MPY_RANGE_CHECK(other) || (op != MPY_EQ && op != MPY_NE))
        return MPY_NEWREF(MPY_NOTIMPLEMENTED);
    int eq = range_equals(RANGE(self), RANGE(other));
    return mpy_bool_from_long(op == MPY_EQ ? eq : !eq);
}

/* hash((len, start, step)), with None for what does not matter: the
 * start and step of an empty range, the step of a 1-item range. */
static mpy_hash_t range_hash(MpyObject *self)
{
    MpyRangeObject *r = RANGE(self);
    MpyObject *t;
    if (mpy_int_sign(r->length) == 0)
        t = mpy_tuple_pack(3, r->length, MPY_NONE, MPY_NONE);
    else if (mpy_int_compare(r->length, ONE) == 0)
        t = mpy_tuple_pack(3, r->length, r->start, MPY_NONE);
    else
        t = mpy_tuple_pack(3, r->length, r->start, r->step);
    if (!t)
        return -1;
    mpy_hash_t h = mpy_object_hash(t);
    MPY_DECREF(t);
    return h;
}

/* ============================================================ methods */

static MpyObject *range_count(MpyObject *self, MpyObject *ob)
{
    if (is_int_exact_or_bool(ob)) {
        int r = range_contains_long(RANGE(self), ob);
        return r < 0 ? NULL : mpy_int_from_i64(r);
    }
    MpyObject *it = mpy_object_getiter(self), *item;
    if (!it)
        return NULL;
    ssize_t count = 0;
    int r;
    while ((r = mpy_iter_step(it, &item)) > 0) {
        int cmp = mpy_object_richcompare_bool(item, ob, MPY_EQ);
        MPY_DECREF(item);
        if (cmp < 0) {
            r = -1;
            break;
        }
        count += cmp;
    }
    MPY_DECREF(it);
    return r < 0 ? NULL : mpy_int_from_ssize(count);
}

static MpyObject *range_index(MpyObject *self, MpyObject *ob)
{
    MpyRangeObject *r = RANGE(self);
    if (is_int_exact_or_bool(ob)) {
        int contains = range_contains_long(r, ob);
        if (contains < 0)
            return NULL;
        if (!contains)
            return mpy_err_format(MpyExc_ValueError, "%R is not in range", ob);
        MpyObject *diff = mpy_number_subtract(ob, r->start);
        MpyObject *idx = diff ? mpy_number_floor_divide(diff, r->step) : NULL;
        MPY_XDECREF(diff);
        return idx;
    }
    MpyObject *it = mpy_object_getiter(self), *item;
    if (!it)
        return NULL;
    int rc;
    for (ssize_t i = 0; (rc = mpy_iter_step(it, &item)) > 0; i++) {
        int cmp = mpy_object_richcompare_bool(item, ob, MPY_EQ);
        MPY_DECREF(item);
        if (cmp != 0) {
            MPY_DECREF(it);
            return cmp < 0 ? NULL : mpy_int_from_ssize(i);
        }
    }
    MPY_DECREF(it);
    if (rc < 0)
        return NULL;
    return mpy_err_set_string(MpyExc_ValueError, "sequence.index(x): x not in sequence");
}

static MpyObject *range_sizeof(MpyObject *self, MpyObject *unused)
{
    return mpy_int_from_ssize(MPY_TYPE(self)->tp_basicsize);
}

/* ========================================================== iterators */

static MpyObject *fast_range_iter(int64_t start, int64_t step, int64_t len)
{
    MpyRangeIterObject *it = (MpyRangeIterObject *)mpy_object_new(&MpyRangeIter_Type);
    if (!it)
        return NULL;
    it->start = start;
    it->step = step;
    it->len = len;
    return MPY_CAST(it);
}

/* longrange_iterator: the same with ints of any size. */
typedef struct {
    MPY_OBJECT_HEAD;
    MpyObject *start, *step, *len;
} LongRangeIter;

static MpyObject *long_range_iter(MpyObject *start, MpyObject *step, MpyObject *len)
{
    LongRangeIter *it = (LongRangeIter *)mpy_object_new(&MpyLongRangeIter_Type);
    if (!it) {
        MPY_DECREF(start);
        MPY_DECREF(step);
        MPY_DECREF(len);
        return NULL;
    }
    it->start = start;
    it->step = step;
    it->len = len;
    return MPY_CAST(it);
}

/* A range fits the counter when start, stop, step and the length do, and
 * so does start + length * step (where the counter ends). */
static bool fits_counter(MpyRangeObject *r)
{
    if (!range_is_small(r))
        return false;
    __int128 end = (__int128)SMALL(r->start) + (__int128)SMALL(r->length) * SMALL(r->step);
    return end >= INT64_MIN && end <= INT64_MAX;
}

static MpyObject *range_iter(MpyObject *self)
{
    MpyRangeObject *r = RANGE(self);
    if (fits_counter(r))
        return fast_range_iter(SMALL(r->start), SMALL(r->step), SMALL(r->length));
    return long_range_iter(MPY_NEWREF(r->start), MPY_NEWREF(r->step), MPY_NEWREF(r->length));
}

/* reversed(range(start, stop, step)) is range(start + (n-1)*step,
 * start - step, -step). */
static MpyObject *range_reversed(MpyObject *self, MpyObject *unused)
{
    MpyRangeObject *r = RANGE(self);
    if (range_is_small(r)) {
        __int128 n = SMALL(r->length), step = SMALL(r->step);
        __int128 last = SMALL(r->start) + (n - 1) * step, end = last - n * step;
        if (-step <= INT64_MAX && last >= INT64_MIN && last <= INT64_MAX && end >= INT64_MIN &&
            end <= INT64_MAX)
            return fast_range_iter(n ? (int64_t)last : 0, (int64_t)-step, (int64_t)n);
    }
    MpyObject *nm1 = mpy_number_subtract(r->length, ONE);
    MpyObject *offset = nm1 ? mpy_number_multiply(nm1, r->step) : NULL;
    MpyObject *start = offset ? mpy_number_add(r->start, offset) : NULL;
    MpyObject *step = start ? mpy_number_negative(r->step) : NULL;
    MPY_XDECREF(nm1);
    MPY_XDECREF(offset);
    if (!step) {
        MPY_XDECREF(start);
        return NULL;
    }
    return long_range_iter(start, step, MPY_NEWREF(r->length));
}

static void rangeiter_dealloc(MpyObject *self) { mpy_object_free(self); }

static MpyObject *rangeiter_next(MpyObject *self) { return mpy_rangeiter_next_inline(self); }

static MpyObject *rangeiter_length_hint(MpyObject *self, MpyObject *unused)
{
    return mpy_int_from_i64(((MpyRangeIterObject *)self)->len);
}

static void longrangeiter_dealloc(MpyObject *self)
{
    LongRangeIter *it = (LongRangeIter *)self;
    MPY_XDECREF(it->start);
    MPY_XDECREF(it->step);
    MPY_XDECREF(it->len);
    mpy_object_free(self);
}

static MpyObject *longrangeiter_next(MpyObject *self)
{
    LongRangeIter *it = (LongRangeIter *)self;
    if (mpy_int_sign(it->len) <= 0)
        return NULL;
    MpyObject *len = mpy_number_subtract(it->len, ONE);
    MpyObject *next = len ? mpy_number_add(it->start, it->step) : NULL;
    if (!next) {
        MPY_XDECREF(len);
        return NULL;
    }
    MPY_SETREF(it->len, len);
    MpyObject *result = it->start;
    it->start = next;
    return result;
}

static MpyObject *longrangeiter_length_hint(MpyObject *self, MpyObject *unused)
{
    return MPY_NEWREF(((LongRangeIter *)self)->len);
}

static MpyObject *self_iter(MpyObject *self) { return MPY_NEWREF(self); }

static MpyMethodDef rangeiter_methods[] = {
    {"__length_hint__", MPY_METH(rangeiter_length_hint), MPY_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL},
};

static MpyMethodDef longrangeiter_methods[] = {
    {"__length_hint__", MPY_METH(longrangeiter_length_hint), MPY_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL},
};

MpyTypeObject MpyRangeIter_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "range_iterator",
    .tp_basicsize = sizeof(MpyRangeIterObject),
    .tp_dealloc = rangeiter_dealloc,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_iter = self_iter,
    .tp_iternext = rangeiter_next,
    .tp_methods = rangeiter_methods,
    .tp_free = mpy_object_free,
};

MpyTypeObject MpyLongRangeIter_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "longrange_iterator",
    .tp_basicsize = sizeof(LongRangeIter),
    .tp_dealloc = longrangeiter_dealloc,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_iter = self_iter,
    .tp_iternext = longrangeiter_next,
    .tp_methods = longrangeiter_methods,
    .tp_free = mpy_object_free,
};

/* ================================================================ type */

static MpyMethodDef range_methods[] = {
    {"__reversed__", MPY_METH(range_reversed), MPY_METH_NOARGS,
     "Return a reverse iterator."},
    {"count", MPY_METH(range_count), MPY_METH_O,
     "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"index", MPY_METH(range_index), MPY_METH_O,
     "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the "
     "value is not present."},
    {"__sizeof__", MPY_METH(range_sizeof), MPY_METH_NOARGS, NULL},
    {NULL},
};

static MpyMemberDef range_members[] = {
    {"start", MPY_T_OBJECT, offsetof(MpyRangeObject, start), MPY_READONLY, NULL},
    {"stop", MPY_T_OBJECT, offsetof(MpyRangeObject, stop), MPY_READONLY, NULL},
    {"step", MPY_T_OBJECT, offsetof(MpyRangeObject, step), MPY_READONLY, NULL},
    {NULL},
};

MpyTypeObject MpyRange_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "range",
    .tp_basicsize = sizeof(MpyRangeObject),
    .tp_dealloc = range_dealloc,
    .tp_repr = range_repr,
    .tp_as_number = {.nb_bool = range_bool},
    .tp_as_sequence = {
        .sq_length = range_length,
        .sq_item = range_item,
        .sq_contains = range_contains,
    },
    .tp_as_mapping = {
        .mp_length = range_length,
        .mp_subscript = range_subscript,
    },
    .tp_hash = range_hash,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn "
              "an object that produces a sequence of integers from start (inclusive)\nto stop "
              "(exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\nstart defaults "
              "to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\nThese are exactly the "
              "valid indices for a list of 4 elements.\nWhen step is given, it specifies the "
              "increment (or decrement).",
    .tp_richcompare = range_richcompare,
    .tp_iter = range_iter,
    .tp_methods = range_methods,
    .tp_members = range_members,
    .tp_new = range_new,
    .tp_free = mpy_object_free,
    .tp_vectorcall = range_vectorcall,
};

void mpy_range_init(void)
{
    mpy_type_ready(&MpyRange_Type);
    mpy_type_ready(&MpyRangeIter_Type);
    mpy_type_ready(&MpyLongRangeIter_Type);
}

void mpy_range_fini(void) {}
