/* Unit tests of set and frozenset (runtime/set.c): iteration order equal
 * to CPython 3.11's for the same hashes (ints, and strs with
 * PYTHONHASHSEED=0) through growth and deletions, sizes, frozenset hashes,
 * the operators and methods with their messages, sets as keys of sets,
 * and the iterator's size-change error. */
#include "containers_test.h"

TestSuite(set, .init = setup, .fini = teardown);

/* set(iterable) from a list of the given items (stolen). */
static MpyObject *SETL(MpyObject *items)
{
    MpyObject *s = mpy_set_new(items);
    MPY_DECREF(items);
    return s;
}

static MpyObject *FSETL(MpyObject *items)
{
    MpyObject *s = mpy_frozenset_new(items);
    MPY_DECREF(items);
    return s;
}

static MpyObject *RANGE_STEP(long start, long stop, long step)
{
    MpyObject *l = mpy_list_new(0);
    for (long i = start; step > 0 ? i < stop : i > stop; i += step) {
        MpyObject *v = I(i);
        mpy_list_append(l, v);
        MPY_DECREF(v);
    }
    return l;
}

static void ADD(MpyObject *s, MpyObject *key)
{
    cr_assert_eq(mpy_set_add(s, key), 0);
    MPY_DECREF(key);
}

static void DISCARD(MpyObject *s, MpyObject *key)
{
    cr_assert_geq(mpy_set_discard(s, key), 0);
    MPY_DECREF(key);
}

Test(set, int_order_matches_cpython)
{
    cr_expect_str_eq(R(SETL(LIST(3, I(3), I(1), I(2)))), "{1, 2, 3}");
    cr_expect_str_eq(R(SETL(LIST(5, I(8), I(16), I(0), I(24), I(1)))), "{0, 1, 8, 16, 24}");
    cr_expect_str_eq(R(SETL(RANGE_STEP(20, 0, -3))), "{2, 5, 8, 11, 14, 17, 20}");
    cr_expect_str_eq(R(SETL(RANGE_STEP(100, 0, -7))),
                     "{65, 2, 100, 37, 72, 9, 44, 79, 16, 51, 86, 23, 58, 93, 30}");
    MpyObject *s = SETL(RANGE_STEP(0, 10, 1));
    DISCARD(s, I(3));
    ADD(s, I(13));
    ADD(s, I(3));
    cr_expect_str_eq(RB(s), "{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 13}");
    MPY_DECREF(s);
    s = SETL(RANGE_STEP(0, 50, 1));
    for (int i = 0; i < 50; i += 3)
        DISCARD(s, I(i));
    MpyObject *more = RANGE_STEP(100, 130, 1);
    cr_assert_eq(mpy_set_update(s, more), 0);
    MPY_DECREF(more);
    cr_expect_str_eq(RB(s), "{1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 20, 22, 23, 25, 26, 28, "
                            "29, 31, 32, 34, 35, 37, 38, 40, 41, 43, 44, 46, 47, 49, 100, 101, 102, "
                            "103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, "
                            "117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129}");
    MPY_DECREF(s);
    s = mpy_set_new(NULL);
    for (int i = 0; i < 12; i++)
        ADD(s, I(i * 8));
    cr_expect_str_eq(RB(s), "{0, 32, 64, 8, 40, 72, 16, 48, 80, 24, 56, 88}");
    MPY_DECREF(s);
    s = mpy_set_new(NULL); /* {9} then update([1, 2, 3]): no linear probes in 8 slots */
    ADD(s, I(9));
    MpyObject *l = LIST(3, I(1), I(2), I(3));
    mpy_set_update(s, l);
    MPY_DECREF(l);
    cr_expect_str_eq(R(s), "{9, 2, 3, 1}");
    NO_LEAKS();
}

Test(set, str_order_matches_cpython_with_seed_0)
{
    cr_expect_str_eq(R(SETL(LIST(4, S("apple"), S("banana"), S("cherry"), S("date")))),
                     "{'banana', 'date', 'apple', 'cherry'}");
    cr_expect_str_eq(R(FSETL(LIST(3, S("x"), S("y"), S("zz")))), "frozenset({'y', 'zz', 'x'})");
    cr_expect_str_eq(R(SETL(S("abracadabra"))), "{'d', 'r', 'b', 'c', 'a'}");
    NO_LEAKS();
}

Test(set, sizes)
{
    MpyObject *s = mpy_set_new(NULL);
    static const long expected[20] = {216, 216, 216, 216, 216, 728, 728, 728, 728, 728,
                                      728, 728, 728, 728, 728, 728, 728, 728, 728, 2264};
    for (int i = 0; i < 20; i++) {
        cr_expect_eq(GETSIZEOF(s), expected[i], "before add %d: %ld", i, GETSIZEOF(s));
        ADD(s, I(i));
    }
    MPY_DECREF(s);
    s = SETL(RANGE_STEP(0, 100, 1));
    cr_expect_eq(GETSIZEOF(s), 8408);
    MPY_DECREF(s);
    s = SETL(RANGE_STEP(0, 10, 1));
    for (int i = 0; i < 10; i++)
        MPY_DECREF(mpy_set_pop(s));
    cr_expect_str_eq(RB(s), "set()");
    cr_expect_eq(GETSIZEOF(s), 728);
    MPY_DECREF(s);
    NO_LEAKS();
}

static long long HASH(MpyObject *o)
{
    long long h = (long long)mpy_object_hash(o);
    MPY_DECREF(o);
    return h;
}

Test(set, frozenset_hash_matches_cpython)
{
    cr_expect_eq(HASH(FSETL(LIST(2, S("a"), S("b")))), 1679668661828516449LL);
    cr_expect_eq(HASH(FSETL(RANGE_STEP(0, 5, 1))), -6574606388428675546LL);
    cr_expect_eq(HASH(mpy_frozenset_new(NULL)), 133146708735736LL);
    cr_expect_eq(HASH(FSETL(LIST(3, I(1), I(2), I(3)))), -272375401224217160LL);
    cr_expect_eq(HASH(FSETL(LIST(1, FSETL(LIST(1, I(1)))))), 5515263749738256364LL);
    cr_expect_eq(HASH(SETL(LIST(0))), -1);
    cr_expect_str_eq(pending(), "TypeError: unhashable type: 'set'");
    NO_LEAKS();
}

Test(set, operators)
{
    MpyObject *a = SETL(LIST(4, I(1), I(2), I(3), I(4))), *b = SETL(LIST(4, I(3), I(4), I(5), I(6)));
    cr_expect_str_eq(R(mpy_number_or(a, b)), "{1, 2, 3, 4, 5, 6}");
    cr_expect_str_eq(R(mpy_number_and(a, b)), "{3, 4}");
    cr_expect_str_eq(R(mpy_number_subtract(a, b)), "{1, 2}");
    cr_expect_str_eq(R(mpy_number_xor(a, b)), "{1, 2, 5, 6}");
    cr_expect_str_eq(R(mpy_number_subtract(b, a)), "{5, 6}");
    cr_expect_eq(mpy_object_richcompare_bool(a, b, MPY_LE), 0);
    MpyObject *s12 = SETL(LIST(2, I(1), I(2))), *s1 = SETL(LIST(1, I(1))), *fa = mpy_frozenset_new(a);
    cr_expect_eq(mpy_object_richcompare_bool(s12, a, MPY_LT), 1);
    cr_expect_eq(mpy_object_richcompare_bool(a, s1, MPY_GE), 1);
    cr_expect_eq(mpy_object_richcompare_bool(a, fa, MPY_EQ), 1);
    cr_expect_eq(mpy_object_richcompare_bool(a, b, MPY_NE), 1);
    MpyObject *l = LIST(1, I(2));
    cr_expect_str_eq(R(mpy_number_or(s1, l)),
                     "TypeError: unsupported operand type(s) for |: 'set' and 'list'");
    cr_expect_str_eq(R(mpy_object_richcompare(s1, l, MPY_LT)),
                     "TypeError: '<' not supported between instances of 'set' and 'list'");
    /* frozenset | set is a frozenset, set | frozenset a set */
    MpyObject *f12 = FSETL(LIST(2, I(1), I(2))), *s3 = SETL(LIST(1, I(3)));
    cr_expect_str_eq(R(mpy_number_or(f12, s3)), "frozenset({1, 2, 3})");
    cr_expect_str_eq(R(mpy_number_or(s3, f12)), "{1, 2, 3}");
    /* in-place */
    MpyObject *c = mpy_set_new(a);
    MpyObject *x = mpy_number_inplace(MPY_BINOP_AND, c, b);
    cr_expect_eq(x, c);
    MPY_DECREF(x);
    cr_expect_str_eq(RB(c), "{3, 4}");
    x = mpy_number_inplace(MPY_BINOP_OR, c, s12);
    MPY_DECREF(x);
    x = mpy_number_inplace(MPY_BINOP_XOR, c, s1);
    MPY_DECREF(x);
    x = mpy_number_inplace(MPY_BINOP_SUBTRACT, c, s3);
    MPY_DECREF(x);
    cr_expect_str_eq(RB(c), "{2, 4}");
    cr_expect_str_eq(R(mpy_number_inplace(MPY_BINOP_OR, c, l)),
                     "TypeError: unsupported operand type(s) for |=: 'set' and 'list'");
    MpyObject *objs[] = {a, b, s12, s1, fa, l, f12, s3, c};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        MPY_DECREF(objs[i]);
    NO_LEAKS();
}

Test(set, methods)
{
    MpyObject *a = SETL(LIST(4, I(1), I(2), I(3), I(4)));
    cr_expect_str_eq(R(CALL(a, "union", 2, LIST(1, I(9)), LIST(1, I(10)))), "{1, 2, 3, 4, 9, 10}");
    cr_expect_str_eq(R(CALL(a, "intersection", 2, LIST(3, I(4), I(3), I(9)), LIST(1, I(3)))), "{3}");
    cr_expect_str_eq(R(CALL(a, "difference", 2, LIST(1, I(1)), LIST(1, I(2)))), "{3, 4}");
    cr_expect_str_eq(R(CALL(a, "symmetric_difference", 1, LIST(2, I(4), I(5)))), "{1, 2, 3, 5}");
    cr_expect_str_eq(R(CALL(a, "issubset", 1, RANGE_STEP(0, 10, 1))), "True");
    cr_expect_str_eq(R(CALL(a, "issuperset", 1, LIST(2, I(1), I(2)))), "True");
    cr_expect_str_eq(R(CALL(a, "isdisjoint", 1, LIST(2, I(7), I(8)))), "True");
    MpyObject *c = CALL(a, "copy", 0);
    MPY_DECREF(CALL(c, "intersection_update", 1, LIST(3, I(2), I(3), I(7))));
    cr_expect_str_eq(RB(c), "{2, 3}");
    MPY_DECREF(CALL(c, "difference_update", 1, LIST(1, I(2))));
    cr_expect_str_eq(RB(c), "{3}");
    MPY_DECREF(CALL(c, "symmetric_difference_update", 1, LIST(2, I(3), I(9))));
    cr_expect_str_eq(RB(c), "{9}");
    MPY_DECREF(CALL(c, "update", 2, LIST(1, I(5)), LIST(1, I(6))));
    cr_expect_str_eq(RB(c), "{5, 6, 9}");
    MPY_DECREF(c);
    MPY_DECREF(a);
    a = SETL(LIST(3, I(1), I(2), I(3)));
    cr_expect_str_eq(R(CALL(a, "pop", 0)), "1");
    cr_expect_str_eq(R(CALL(a, "pop", 0)), "2");
    cr_expect_str_eq(RB(a), "{3}");
    cr_expect_str_eq(R(CALL(a, "remove", 1, I(2))), "KeyError: 2");
    cr_expect_str_eq(R(CALL(a, "discard", 1, I(2))), "None");
    cr_expect_str_eq(R(CALL(a, "add", 1, LIST(0))), "TypeError: unhashable type: 'list'");
    MPY_DECREF(CALL(a, "clear", 0));
    cr_expect_str_eq(R(CALL(a, "pop", 0)), "KeyError: 'pop from an empty set'");
    MPY_DECREF(a);
    cr_expect_str_eq(R(SETL(LIST(1, LIST(0)))), "TypeError: unhashable type: 'list'");
    cr_expect_str_eq(R(NEW(MpyFrozenSet_Type, 1, I(1))), "TypeError: 'int' object is not iterable");
    cr_expect_str_eq(R(NEW(MpySet_Type, 2, I(1), I(2))), "TypeError: set expected at most 1 argument, got 2");
    cr_expect_str_eq(R(CALLKW(MPY_CAST(&MpySet_Type), 0, 1, "a", I(1))),
                     "TypeError: set() takes no keyword arguments");
    cr_expect_str_eq(R(NEW(MpySet_Type, 0)), "set()");
    cr_expect_str_eq(R(NEW(MpyFrozenSet_Type, 0)), "frozenset()");
    MpyObject *f = FSETL(LIST(1, I(1)));
    MpyObject *g = NEW(MpyFrozenSet_Type, 1, MPY_NEWREF(f));
    cr_expect_eq(f, g); /* frozenset(f) is f */
    MpyObject *h = CALL(f, "copy", 0);
    cr_expect_eq(f, h);
    MPY_DECREF(f);
    MPY_DECREF(g);
    MPY_DECREF(h);
    NO_LEAKS();
}

Test(set, set_keys_are_looked_up_as_frozensets)
{
    MpyObject *s = SETL(LIST(1, FSETL(LIST(1, I(1)))));
    MpyObject *key = SETL(LIST(1, I(1)));
    cr_expect_eq(mpy_sequence_contains(s, key), 1);
    cr_expect_str_eq(R(CALL(s, "remove", 1, SETL(LIST(0)))), "KeyError: set()");
    cr_expect_str_eq(R(CALL(s, "remove", 1, MPY_NEWREF(key))), "None");
    cr_expect_eq(mpy_set_size(s), 0);
    MPY_DECREF(key);
    MPY_DECREF(s);
    NO_LEAKS();
}

Test(set, iteration_and_size_change)
{
    MpyObject *s = SETL(LIST(1, I(1)));
    MpyObject *it = mpy_object_getiter(s);
    cr_expect_str_eq(mpy_type_short_name(MPY_TYPE(it)), "set_iterator");
    cr_expect_str_eq(R(CALL(it, "__length_hint__", 0)), "1");
    MpyObject *x = mpy_iter_next(it);
    ADD(s, I(2));
    cr_expect_str_eq(R(mpy_iter_next(it)), "RuntimeError: Set changed size during iteration");
    MPY_DECREF(x);
    MPY_DECREF(it);
    cr_expect(mpy_gc_is_tracked(s));
    dealloc_log[0] = 0;
    MpyObject *m = SETL(LIST(3, MARK(3), MARK(1), MARK(2)));
    cr_expect_str_eq(traverse_order(m), "1 2 3 ");
    MPY_DECREF(m);
    cr_expect_str_eq(dealloc_log, "1 2 3 ");
    MPY_DECREF(s);
    NO_LEAKS();
}

Test(set, many_keys)
{
    MpyObject *s = mpy_set_new(NULL);
    for (long i = 0; i < 20000; i++)
        ADD(s, I(i * 7919 % 100003));
    cr_expect_eq(mpy_set_size(s), 20000);
    for (long i = 0; i < 20000; i += 2)
        DISCARD(s, I(i * 7919 % 100003));
    cr_expect_eq(mpy_set_size(s), 10000);
    MpyObject *k = I(7919), *k2 = I(2 * 7919);
    cr_expect_eq(mpy_set_contains(s, k), 1);
    cr_expect_eq(mpy_set_contains(s, k2), 0);
    MPY_DECREF(k);
    MPY_DECREF(k2);
    MPY_DECREF(s);
    NO_LEAKS();
}
