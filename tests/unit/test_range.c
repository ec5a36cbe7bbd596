/* Unit tests of range and slice (runtime/range.c, slice.c): construction
 * and its messages, len, indexing and slicing (also beyond 64 bits), `in`,
 * count/index, equality and hash, repr, the iterators, and
 * slice.indices(). */
#include "containers_test.h"

#include "range.h"

TestSuite(range, .init = setup, .fini = teardown);

static MpyObject *RNG(int n, long a, long b, long c)
{
    return n == 1 ? NEW(MpyRange_Type, 1, I(a))
           : n == 2 ? NEW(MpyRange_Type, 2, I(a), I(b))
                    : NEW(MpyRange_Type, 3, I(a), I(b), I(c));
}

static MpyObject *BIG(long shift, long add) /* 2**shift + add */
{
    MpyObject *one = I(1), *s = I(shift), *p = mpy_number_lshift(one, s), *a = I(add);
    MpyObject *r = mpy_number_add(p, a);
    MPY_DECREF(one);
    MPY_DECREF(s);
    MPY_DECREF(p);
    MPY_DECREF(a);
    return r;
}

static MpyObject *LISTOF(MpyObject *it) { return NEW(MpyList_Type, 1, it); }

Test(range, construction_repr_and_errors)
{
    cr_expect_str_eq(R(RNG(3, 1, 5, 1)), "range(1, 5)");
    cr_expect_str_eq(R(RNG(3, 0, 5, 2)), "range(0, 5, 2)");
    cr_expect_str_eq(R(RNG(1, 3, 0, 0)), "range(0, 3)");
    cr_expect_str_eq(R(RNG(3, 1, 2, 0)), "ValueError: range() arg 3 must not be zero");
    cr_expect_str_eq(R(NEW(MpyRange_Type, 1, mpy_float_from_double(1.5))),
                     "TypeError: 'float' object cannot be interpreted as an integer");
    cr_expect_str_eq(R(NEW(MpyRange_Type, 0)), "TypeError: range expected at least 1 argument, got 0");
    cr_expect_str_eq(R(NEW(MpyRange_Type, 4, I(1), I(2), I(3), I(4))),
                     "TypeError: range expected at most 3 arguments, got 4");
    cr_expect_str_eq(R(CALLKW(MPY_CAST(&MpyRange_Type), 1, 1, I(3), "kw", I(1))),
                     "TypeError: range() takes no keyword arguments");
    MpyObject *r = RNG(3, 1, 7, 2);
    cr_expect_str_eq(R(mpy_object_getattr_str(r, "start")), "1");
    cr_expect_str_eq(R(mpy_object_getattr_str(r, "step")), "2");
    cr_expect_eq(GETSIZEOF(r), 48);
    MPY_DECREF(r);
    NO_LEAKS();
}

Test(range, indexing_and_slicing)
{
    MpyObject *r = RNG(1, 10, 0, 0);
    cr_expect_str_eq(R(GET(r, SL(I(2), I(8), I(2)))), "range(2, 8, 2)");
    cr_expect_str_eq(R(GET(r, SL(NONE_, NONE_, I(-1)))), "range(9, -1, -1)");
    cr_expect_str_eq(R(GET(r, I(-11))), "IndexError: range object index out of range");
    cr_expect_str_eq(R(GET(r, S("a"))), "TypeError: range indices must be integers or slices, not str");
    MPY_DECREF(r);
    r = RNG(3, 0, 10, 3);
    cr_expect_str_eq(R(GET(r, I(-1))), "9");
    MPY_DECREF(r);
    r = RNG(2, 5, 0, 0);
    cr_expect_str_eq(R(GET(r, SL(I(10), NONE_, NONE_))), "range(5, 5)");
    MPY_DECREF(r);
    r = RNG(3, 0, -10, -3);
    cr_expect_str_eq(R(GET(r, SL(NONE_, NONE_, I(-2)))), "range(-9, 3, 6)");
    MPY_DECREF(r);
    /* range(10**20): slicing and indexing past 64 bits */
    r = NEW(MpyRange_Type, 1, BIG(67, 0));
    cr_expect_str_eq(R(GET(r, SL(I(5), I(10), NONE_))), "range(5, 10)");
    cr_expect_str_eq(R(GET(r, BIG(65, 0))), "36893488147419103232");
    cr_expect_eq(mpy_object_length(r), -1);
    cr_expect_str_eq(pending(), "OverflowError: Python int too large to convert to C ssize_t");
    MPY_DECREF(r);
    r = NEW(MpyRange_Type, 2, BIG(62, 0), BIG(63, 5));
    cr_expect_str_eq(R(GET(r, I(3))), "4611686018427387907");
    MPY_DECREF(r);
    NO_LEAKS();
}

Test(range, iteration_including_the_64_bit_edge)
{
    cr_expect_str_eq(R(LISTOF(RNG(2, -3, 3, 0))), "[-3, -2, -1, 0, 1, 2]");
    cr_expect_str_eq(R(LISTOF(RNG(3, 10, 0, -4))), "[10, 6, 2]");
    cr_expect_str_eq(R(LISTOF(NEW(MpyRange_Type, 2, BIG(63, -2), BIG(63, 2)))),
                     "[9223372036854775806, 9223372036854775807, 9223372036854775808, "
                     "9223372036854775809]");
    MpyObject *r = NEW(MpyRange_Type, 2, BIG(63, -3), BIG(63, 0));
    cr_expect_str_eq(R(LISTOF(CALL(r, "__reversed__", 0))),
                     "[9223372036854775807, 9223372036854775806, 9223372036854775805]");
    MPY_DECREF(r);
    r = RNG(3, 1, 10, 3);
    cr_expect_str_eq(R(LISTOF(CALL(r, "__reversed__", 0))), "[7, 4, 1]");
    MpyObject *it = mpy_object_getiter(r);
    cr_expect_str_eq(mpy_type_short_name(MPY_TYPE(it)), "range_iterator");
    cr_expect_str_eq(R(CALL(it, "__length_hint__", 0)), "3");
    MPY_DECREF(it);
    MPY_DECREF(r);
    r = RNG(1, 0, 0, 0);
    cr_expect_str_eq(R(LISTOF(CALL(r, "__reversed__", 0))), "[]");
    MPY_DECREF(r);
    r = NEW(MpyRange_Type, 1, BIG(67, 0));
    it = mpy_object_getiter(r);
    cr_expect_str_eq(mpy_type_short_name(MPY_TYPE(it)), "longrange_iterator");
    MPY_DECREF(it);
    MPY_DECREF(r);
    NO_LEAKS();
}

Test(range, contains_count_index)
{
    MpyObject *r = RNG(3, 0, 10, 3), *three = I(3), *four = I(4);
    cr_expect_eq(mpy_sequence_contains(r, three), 1);
    cr_expect_eq(mpy_sequence_contains(r, four), 0);
    MPY_DECREF(r);
    r = RNG(3, 0, -10, -3);
    MpyObject *m3 = I(-3);
    cr_expect_eq(mpy_sequence_contains(r, m3), 1);
    MPY_DECREF(r);
    r = RNG(1, 5, 0, 0);
    cr_expect_str_eq(R(CALL(r, "count", 1, I(3))), "1");
    cr_expect_str_eq(R(CALL(r, "count", 1, S("a"))), "0");
    cr_expect_str_eq(R(CALL(r, "index", 1, mpy_bool_from_long(1))), "1");
    cr_expect_str_eq(R(CALL(r, "index", 1, S("a"))), "ValueError: sequence.index(x): x not in sequence");
    cr_expect_str_eq(R(CALL(r, "index", 1, I(7))), "ValueError: 7 is not in range");
    MPY_DECREF(r);
    r = RNG(3, 1, 10, 2);
    cr_expect_str_eq(R(CALL(r, "index", 1, I(7))), "3");
    MPY_DECREF(r);
    MPY_DECREF(three);
    MPY_DECREF(four);
    MPY_DECREF(m3);
    NO_LEAKS();
}

Test(range, equality_and_hash)
{
    MpyObject *a = RNG(1, 3, 0, 0), *b = RNG(3, 0, 3, 1), *e1 = RNG(1, 0, 0, 0), *e2 = RNG(2, 5, 1, 0);
    MpyObject *c = RNG(3, 1, 2, 3), *d = RNG(3, 1, 2, 4), *f = RNG(3, 1, 5, 2), *g = RNG(3, 1, 6, 2);
    cr_expect_eq(mpy_object_richcompare_bool(a, b, MPY_EQ), 1);
    cr_expect_eq(mpy_object_richcompare_bool(e1, e2, MPY_EQ), 1);
    cr_expect_eq(mpy_object_richcompare_bool(c, d, MPY_EQ), 1);
    cr_expect_eq(mpy_object_richcompare_bool(f, g, MPY_EQ), 0);
    cr_expect_eq(mpy_object_hash(e1), mpy_object_hash(e2));
    cr_expect_eq(mpy_object_hash(c), mpy_object_hash(d));
    MpyObject *r = RNG(3, 1, 10, 2);
    cr_expect_eq((long long)mpy_object_hash(r), -8580228179051518038LL);
    cr_expect_str_eq(R(mpy_object_richcompare(a, b, MPY_LT)),
                     "TypeError: '<' not supported between instances of 'range' and 'range'");
    cr_expect_eq(mpy_object_is_true(e1), 0);
    MpyObject *objs[] = {a, b, e1, e2, c, d, f, g, r};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        MPY_DECREF(objs[i]);
    NO_LEAKS();
}

Test(range, slice_objects)
{
    MpyObject *s = SL(I(1), I(2), I(3));
    cr_expect_str_eq(RB(s), "slice(1, 2, 3)");
    cr_expect_str_eq(R(CALL(s, "indices", 1, I(10))), "(1, 2, 3)");
    cr_expect_str_eq(R(CALL(s, "indices", 1, I(-1))), "ValueError: length should not be negative");
    cr_expect_eq(mpy_object_hash(s), -1);
    cr_expect_str_eq(pending(), "TypeError: unhashable type: 'slice'");
    MPY_DECREF(s);
    s = SL(NONE_, NONE_, I(-1));
    cr_expect_str_eq(R(CALL(s, "indices", 1, I(5))), "(4, -1, -1)");
    cr_expect_str_eq(R(CALL(s, "indices", 1, BIG(70, 0))), "(1180591620717411303423, -1, -1)");
    MPY_DECREF(s);
    cr_expect_str_eq(R(NEW(MpySlice_Type, 1, I(5))), "slice(None, 5, None)");
    cr_expect_str_eq(R(NEW(MpySlice_Type, 0)), "TypeError: slice expected at least 1 argument, got 0");
    MpyObject *a = SL(I(1), I(2), NONE_), *b = SL(I(1), I(3), NONE_);
    cr_expect_eq(mpy_object_richcompare_bool(a, b, MPY_LT), 1);
    cr_expect_eq(GETSIZEOF(a), 56);
    MPY_DECREF(a);
    MPY_DECREF(b);
    NO_LEAKS();
}
