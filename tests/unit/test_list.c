/* Unit tests of list (runtime/list.c, list_sort.c): CPython 3.11's growth
 * (getsizeof after each append, extend, list(x), *=), slicing and slice
 * assignment, the methods and their messages, comparisons, sort (stability,
 * reverse, key, specialised comparisons, errors), the iterators, repr with
 * recursion, and the order items are released and traversed in. */
#include "containers_test.h"

#include <stdlib.h>

#include "descr.h"

TestSuite(list, .init = setup, .fini = teardown);

Test(list, append_growth_matches_cpython_getsizeof)
{
    static const long expected[20] = {56,  88,  88,  88,  88,  120, 120, 120, 120, 184,
                                      184, 184, 184, 184, 184, 184, 184, 248, 248, 248};
    MpyObject *l = mpy_list_new(0);
    for (int i = 0; i < 20; i++) {
        cr_expect_eq(GETSIZEOF(l), expected[i], "before append %d: %ld", i, GETSIZEOF(l));
        MpyObject *v = I(i);
        mpy_list_append(l, v);
        MPY_DECREF(v);
    }
    MPY_DECREF(l);
    NO_LEAKS();
}

Test(list, constructor_and_extend_sizes)
{
    /* list(range(n)) preallocates n rounded up to even; list(generator)
     * guesses 8; [1] + extend grows with list_resize. */
    MpyObject *r10 = RANGE_LIST(0, 10);
    MpyObject *l = NEW(MpyList_Type, 1, MPY_NEWREF(r10));
    cr_expect_eq(GETSIZEOF(l), 136);
    cr_expect_str_eq(RB(l), "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]");
    MPY_DECREF(l);
    MpyObject *r3 = RANGE_LIST(0, 3);
    l = NEW(MpyList_Type, 1, MPY_NEWREF(r3));
    cr_expect_eq(GETSIZEOF(l), 88); /* 3 -> 4 */
    MPY_DECREF(l);
    /* An iterator: its length hint presizes an empty list exactly. */
    MpyObject *it = mpy_object_getiter(r10);
    l = NEW(MpyList_Type, 1, it);
    cr_expect_eq(GETSIZEOF(l), 136);
    MPY_DECREF(l);
    /* x = [1, 2]; x += iter(range(3)) -> 120 */
    l = LIST(2, I(1), I(2));
    it = mpy_object_getiter(r3);
    mpy_list_extend(l, it);
    MPY_DECREF(it);
    cr_expect_eq(GETSIZEOF(l), 120);
    cr_expect_str_eq(RB(l), "[1, 2, 0, 1, 2]");
    MPY_DECREF(l);
    MPY_DECREF(r10);
    MPY_DECREF(r3);
    NO_LEAKS();
}

Test(list, repeat_and_inplace_sizes)
{
    MpyObject *l = LIST(2, I(1), I(2));
    MpyObject *two = I(2);
    MpyObject *r = mpy_number_multiply(l, two);
    MPY_DECREF(two);
    cr_assert_not_null(r);
    cr_expect_str_eq(RB(r), "[1, 2, 1, 2]");
    cr_expect_eq(GETSIZEOF(r), 88);
    MPY_DECREF(r);
    MpyObject *three = I(3);
    MpyObject *x = mpy_number_inplace(MPY_BINOP_MULTIPLY, l, three);
    cr_expect_eq(x, l);
    cr_expect_str_eq(RB(l), "[1, 2, 1, 2, 1, 2]");
    cr_expect_eq(GETSIZEOF(l), 152);
    MPY_DECREF(x);
    MpyObject *zero = I(0);
    x = mpy_number_inplace(MPY_BINOP_MULTIPLY, l, zero);
    cr_expect_str_eq(RB(l), "[]");
    cr_expect_eq(GETSIZEOF(l), 56);
    MPY_DECREF(x);
    MPY_DECREF(l);
    MPY_DECREF(three);
    NO_LEAKS();
}

Test(list, slicing)
{
    MpyObject *a = RANGE_LIST(0, 10);
    cr_expect_str_eq(R(GET(a, SL(I(2), I(8), I(2)))), "[2, 4, 6]");
    cr_expect_str_eq(R(GET(a, SL(NONE_, NONE_, I(-1)))), "[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]");
    cr_expect_str_eq(R(GET(a, SL(I(-3), NONE_, NONE_))), "[7, 8, 9]");
    cr_expect_str_eq(R(GET(a, SL(I(8), I(2), I(-3)))), "[8, 5]");
    cr_expect_str_eq(R(GET(a, SL(I(100), NONE_, NONE_))), "[]");
    cr_expect_str_eq(R(GET(a, SL(NONE_, NONE_, I(3)))), "[0, 3, 6, 9]");
    cr_expect_str_eq(R(GET(a, SL(I(1), I(2), I(0)))), "ValueError: slice step cannot be zero");
    cr_expect_str_eq(R(GET(a, I(-1))), "9");
    cr_expect_str_eq(R(GET(a, I(10))), "IndexError: list index out of range");
    cr_expect_str_eq(R(GET(a, S("a"))), "TypeError: list indices must be integers or slices, not str");
    MpyObject *big = mpy_number_lshift(I(1), I(70));
    cr_expect_str_eq(R(GET(a, big)), "IndexError: cannot fit 'int' into an index-sized integer");
    MPY_DECREF(a);
    NO_LEAKS();
}

static int SET(MpyObject *o, MpyObject *key, MpyObject *value)
{
    int r = mpy_object_setitem(o, key, value);
    MPY_DECREF(key);
    MPY_DECREF(value);
    return r;
}

static int DEL(MpyObject *o, MpyObject *key)
{
    int r = mpy_object_delitem(o, key);
    MPY_DECREF(key);
    return r;
}

Test(list, slice_assignment_and_deletion)
{
    MpyObject *b = RANGE_LIST(0, 10);
    SET(b, SL(I(2), I(5), NONE_), LIST(1, S("x")));
    cr_expect_str_eq(RB(b), "[0, 1, 'x', 5, 6, 7, 8, 9]");
    MPY_DECREF(b);

    b = RANGE_LIST(0, 10);
    SET(b, SL(NONE_, NONE_, I(2)), LIST(5, S("a"), S("b"), S("c"), S("d"), S("e")));
    cr_expect_str_eq(RB(b), "['a', 1, 'b', 3, 'c', 5, 'd', 7, 'e', 9]");
    MPY_DECREF(b);

    b = RANGE_LIST(0, 10);
    DEL(b, SL(NONE_, NONE_, I(3)));
    cr_expect_str_eq(RB(b), "[1, 2, 4, 5, 7, 8]");
    MPY_DECREF(b);

    b = RANGE_LIST(0, 10);
    DEL(b, SL(I(8), I(1), I(-2)));
    cr_expect_str_eq(RB(b), "[0, 1, 3, 5, 7, 9]");
    MPY_DECREF(b);

    b = RANGE_LIST(0, 5); /* b[1:1] = b */
    SET(b, SL(I(1), I(1), NONE_), MPY_NEWREF(b));
    cr_expect_str_eq(RB(b), "[0, 0, 1, 2, 3, 4, 1, 2, 3, 4]");
    MPY_DECREF(b);

    b = RANGE_LIST(0, 5); /* b[5:2] = ['z'] inserts at 5 */
    SET(b, SL(I(5), I(2), NONE_), LIST(1, S("z")));
    cr_expect_str_eq(RB(b), "[0, 1, 2, 3, 4, 'z']");
    MPY_DECREF(b);

    b = RANGE_LIST(0, 10);
    SET(b, SL(I(7), I(2), I(-2)), LIST(3, I(1), I(2), I(3)));
    cr_expect_str_eq(RB(b), "[0, 1, 2, 3, 4, 2, 6, 1, 8, 9]");
    cr_expect_eq(SET(b, SL(NONE_, NONE_, I(2)), LIST(1, I(1))), -1);
    cr_expect_str_eq(pending(),
                     "ValueError: attempt to assign sequence of size 1 to extended slice of size 5");
    cr_expect_eq(SET(b, SL(I(1), I(2), NONE_), I(5)), -1);
    cr_expect_str_eq(pending(), "TypeError: can only assign an iterable");
    cr_expect_eq(SET(b, SL(NONE_, NONE_, I(2)), I(5)), -1);
    cr_expect_str_eq(pending(), "TypeError: must assign iterable to extended slice");
    cr_expect_eq(SET(b, I(20), I(1)), -1);
    cr_expect_str_eq(pending(), "IndexError: list assignment index out of range");
    cr_expect_eq(DEL(b, I(20)), -1);
    cr_expect_str_eq(pending(), "IndexError: list assignment index out of range");
    cr_expect_eq(DEL(b, I(-1)), 0);
    cr_expect_str_eq(RB(b), "[0, 1, 2, 3, 4, 2, 6, 1, 8]");
    MPY_DECREF(b);
    NO_LEAKS();
}

Test(list, concat_compare_contains)
{
    MpyObject *a = LIST(2, I(1), I(2)), *t = TUP(1, I(1));
    cr_expect_str_eq(R(mpy_number_add(a, t)),
                     "TypeError: can only concatenate list (not \"tuple\") to list");
    MpyObject *b = LIST(3, I(1), I(2), I(3)), *c = LIST(3, I(1), I(2), I(4));
    cr_expect_str_eq(R(mpy_number_add(a, b)), "[1, 2, 1, 2, 3]");
    cr_expect_eq(mpy_object_richcompare_bool(b, c, MPY_LT), 1);
    cr_expect_eq(mpy_object_richcompare_bool(a, b, MPY_LT), 1);
    cr_expect_eq(mpy_object_richcompare_bool(a, b, MPY_EQ), 0);
    cr_expect_eq(mpy_object_richcompare_bool(c, b, MPY_GE), 1);
    MpyObject *two = I(2), *five = I(5);
    cr_expect_eq(mpy_sequence_contains(b, two), 1);
    cr_expect_eq(mpy_sequence_contains(b, five), 0);
    cr_expect_str_eq(R(mpy_object_richcompare(a, t, MPY_LT)),
                     "TypeError: '<' not supported between instances of 'list' and 'tuple'");
    MPY_DECREF(two);
    MPY_DECREF(five);
    MPY_DECREF(a);
    MPY_DECREF(b);
    MPY_DECREF(c);
    MPY_DECREF(t);
    NO_LEAKS();
}

Test(list, methods_and_messages)
{
    MpyObject *l = LIST(3, I(3), I(1), I(2));
    cr_expect_str_eq(R(CALL(l, "pop", 0)), "2");
    cr_expect_str_eq(R(CALL(l, "pop", 1, I(0))), "3");
    cr_expect_str_eq(RB(l), "[1]");
    cr_expect_str_eq(R(CALL(l, "pop", 1, I(5))), "IndexError: pop index out of range");
    cr_expect_str_eq(R(CALL(l, "pop", 1, S("a"))),
                     "TypeError: 'str' object cannot be interpreted as an integer");
    cr_expect_str_eq(R(CALL(l, "pop", 0)), "1");
    cr_expect_str_eq(R(CALL(l, "pop", 0)), "IndexError: pop from empty list");
    MPY_DECREF(l);

    /* pop of the last item only shrinks the size: [1] keeps its slot. */
    l = mpy_list_new(1);
    MPY_LIST_SET(l, 0, I(1));
    MPY_DECREF(CALL(l, "pop", 0));
    cr_expect_eq(GETSIZEOF(l), 64);
    MPY_DECREF(l);

    l = LIST(3, I(1), I(2), I(3));
    MPY_DECREF(CALL(l, "insert", 2, I(-10), S("a")));
    MPY_DECREF(CALL(l, "insert", 2, I(10), S("b")));
    MPY_DECREF(CALL(l, "insert", 2, I(1), S("c")));
    cr_expect_str_eq(RB(l), "['a', 'c', 1, 2, 3, 'b']");
    cr_expect_str_eq(R(CALL(l, "insert", 1, I(1))), "TypeError: insert expected 2 arguments, got 1");
    MPY_DECREF(l);

    l = LIST(4, I(1), I(2), I(3), I(2));
    cr_expect_str_eq(R(CALL(l, "index", 1, I(2))), "1");
    cr_expect_str_eq(R(CALL(l, "index", 2, I(2), I(2))), "3");
    cr_expect_str_eq(R(CALL(l, "index", 2, I(2), I(-1))), "3");
    cr_expect_str_eq(R(CALL(l, "index", 2, I(2), I(4))), "ValueError: 2 is not in list");
    cr_expect_str_eq(R(CALL(l, "index", 2, I(1), S("a"))),
                     "TypeError: slice indices must be integers or have an __index__ method");
    cr_expect_str_eq(R(CALL(l, "index", 0)), "TypeError: index expected at least 1 argument, got 0");
    cr_expect_str_eq(R(CALL(l, "count", 1, I(2))), "2");
    cr_expect_str_eq(R(CALL(l, "remove", 1, I(2))), "None");
    cr_expect_str_eq(RB(l), "[1, 3, 2]");
    cr_expect_str_eq(R(CALL(l, "remove", 1, I(7))), "ValueError: list.remove(x): x not in list");
    MpyObject *copy = CALL(l, "copy", 0);
    MPY_DECREF(CALL(l, "reverse", 0));
    cr_expect_str_eq(RB(l), "[2, 3, 1]");
    cr_expect_str_eq(RB(copy), "[1, 3, 2]");
    cr_expect_eq(GETSIZEOF(copy), 80);
    MPY_DECREF(CALL(l, "clear", 0));
    cr_expect_str_eq(RB(l), "[]");
    cr_expect_eq(GETSIZEOF(l), 56);
    MPY_DECREF(copy);
    MPY_DECREF(l);
    NO_LEAKS();
}

Test(list, constructor_errors)
{
    cr_expect_str_eq(R(NEW(MpyList_Type, 2, I(1), I(2))),
                     "TypeError: list expected at most 1 argument, got 2");
    cr_expect_str_eq(R(NEW(MpyList_Type, 1, I(1))), "TypeError: 'int' object is not iterable");
    cr_expect_str_eq(R(CALLKW(MPY_CAST(&MpyList_Type), 0, 1, "a", I(1))),
                     "TypeError: list() takes no keyword arguments");
    cr_expect_str_eq(R(NEW(MpyList_Type, 0)), "[]");
    MpyObject *t = TUP(2, S("a"), S("b"));
    cr_expect_str_eq(R(NEW(MpyList_Type, 1, t)), "['a', 'b']");
    NO_LEAKS();
}

Test(list, repr_recursion)
{
    MpyObject *l = LIST(1, I(1));
    mpy_list_append(l, l);
    cr_expect_str_eq(RB(l), "[1, [...]]");
    MpyObject *outer = LIST(1, MPY_NEWREF(l));
    cr_expect_str_eq(RB(outer), "[[1, [...]]]");
    MPY_DECREF(CALL(l, "clear", 0)); /* break the cycle */
    MPY_DECREF(outer);
    MPY_DECREF(l);
    NO_LEAKS();
}

Test(list, items_released_last_to_first_and_traversed_last_to_first)
{
    dealloc_log[0] = 0;
    MpyObject *l = LIST(3, MARK(1), MARK(2), MARK(3));
    cr_expect_str_eq(traverse_order(l), "3 2 1 ");
    MPY_DECREF(l);
    cr_expect_str_eq(dealloc_log, "3 2 1 ");
    /* clear() too; and del a[1:3] releases the removed slice last to first. */
    dealloc_log[0] = 0;
    l = LIST(4, MARK(1), MARK(2), MARK(3), MARK(4));
    DEL(l, SL(I(1), I(3), NONE_));
    cr_expect_str_eq(dealloc_log, "3 2 ");
    MPY_DECREF(CALL(l, "clear", 0));
    cr_expect_str_eq(dealloc_log, "3 2 4 1 ");
    MPY_DECREF(l);
    NO_LEAKS();
}

Test(list, iterators_and_length_hint)
{
    MpyObject *l = RANGE_LIST(0, 4);
    MpyObject *it = mpy_object_getiter(l);
    cr_expect_str_eq(mpy_type_short_name(MPY_TYPE(it)), "list_iterator");
    cr_expect_str_eq(R(CALL(it, "__length_hint__", 0)), "4");
    MPY_DECREF(mpy_iter_next(it));
    cr_expect_str_eq(R(CALL(it, "__length_hint__", 0)), "3");
    MPY_DECREF(it);
    MpyObject *rit = CALL(l, "__reversed__", 0);
    cr_expect_str_eq(mpy_type_short_name(MPY_TYPE(rit)), "list_reverseiterator");
    cr_expect_str_eq(R(NEW(MpyList_Type, 1, rit)), "[3, 2, 1, 0]");
    /* Appending while iterating is seen by the iterator. */
    it = mpy_object_getiter(l);
    MpyObject *x;
    int n = 0;
    while ((x = mpy_iter_next(it))) {
        if (n++ < 2)
            mpy_list_append(l, x);
        MPY_DECREF(x);
    }
    cr_expect_eq(n, 6);
    MPY_DECREF(it);
    MPY_DECREF(l);
    NO_LEAKS();
}

Test(list, is_tracked_and_free_list_reuse)
{
    MpyObject *l = mpy_list_new(0);
    cr_expect(mpy_gc_is_tracked(l));
    void *addr = l;
    MPY_DECREF(l);
    l = mpy_list_new(0); /* id([]) == id([]) */
    cr_expect_eq((void *)l, addr);
    MPY_DECREF(l);
    NO_LEAKS();
}

/* ================================================================ sort */

TestSuite(sort, .init = setup, .fini = teardown);

static MpyObject *SORT(MpyObject *l, MpyObject *key, int reverse)
{
    if (mpy_list_sort(l, key, reverse) < 0)
        return NULL;
    return MPY_NEWREF(l);
}

static unsigned long rng = 12345;
static long next_rand(long mod)
{
    rng = rng * 6364136223846793005UL + 1442695040888963407UL;
    return (long)((rng >> 33) % (unsigned long)mod);
}

static void expect_sorted_ints(MpyObject *l, long expected_sum)
{
    long sum = 0;
    for (ssize_t i = 0; i < MPY_SIZE(l); i++) {
        sum += (long)mpy_int_as_ssize(MPY_LIST_GET(l, i));
        if (i)
            cr_assert(mpy_int_compare(MPY_LIST_GET(l, i - 1), MPY_LIST_GET(l, i)) <= 0,
                      "unsorted at %zd", i);
    }
    cr_expect_eq(sum, expected_sum);
}

Test(sort, random_partially_ordered_and_descending_ints)
{
    for (int shape = 0; shape < 4; shape++) {
        MpyObject *l = mpy_list_new(0);
        long sum = 0;
        for (long i = 0; i < 5000; i++) {
            long v = shape == 0   ? next_rand(1000)
                     : shape == 1 ? i + (next_rand(20) == 0 ? next_rand(5000) : 0)
                     : shape == 2 ? 5000 - i
                                  : (i % 100) * 3 + next_rand(3);
            sum += v;
            MpyObject *o = I(v);
            mpy_list_append(l, o);
            MPY_DECREF(o);
        }
        cr_assert_eq(mpy_list_sort(l, NULL, false), 0);
        expect_sorted_ints(l, sum);
        MPY_DECREF(l);
    }
    NO_LEAKS();
}

Test(sort, strs_floats_mixed_numbers)
{
    MpyObject *l = LIST(4, S("pear"), S("apple"), S("Zebra"), S("é"));
    cr_expect_str_eq(R(SORT(l, NULL, false)), "['Zebra', 'apple', 'pear', 'é']");
    MPY_DECREF(l);
    l = LIST(3, mpy_float_from_double(2.5), mpy_float_from_double(-1.0), mpy_float_from_double(0.5));
    cr_expect_str_eq(R(SORT(l, NULL, false)), "[-1.0, 0.5, 2.5]");
    MPY_DECREF(l);
    l = LIST(4, I(3), mpy_float_from_double(2.5), I(-1), mpy_float_from_double(0.5));
    cr_expect_str_eq(R(SORT(l, NULL, true)), "[3, 2.5, 0.5, -1]");
    MPY_DECREF(l);
    NO_LEAKS();
}

static MpyObject *first_item(MpyObject *self, MpyObject *arg)
{
    return MPY_NEWREF(MPY_TUPLE_GET(arg, 0));
}
static MpyMethodDef first_item_def = {"first", MPY_METH(first_item), MPY_METH_O, NULL};

Test(sort, stable_with_key_and_reverse)
{
    MpyObject *key = mpy_cfunction_new(&first_item_def, NULL, NULL);
    MpyObject *l = LIST(4, TUP(2, I(1), S("a")), TUP(2, I(0), S("b")), TUP(2, I(1), S("c")),
                        TUP(2, I(0), S("d")));
    cr_expect_str_eq(R(SORT(l, key, false)), "[(0, 'b'), (0, 'd'), (1, 'a'), (1, 'c')]");
    MPY_DECREF(l);
    l = LIST(4, TUP(2, I(1), S("a")), TUP(2, I(0), S("b")), TUP(2, I(1), S("c")),
             TUP(2, I(0), S("d")));
    cr_expect_str_eq(R(SORT(l, key, true)), "[(1, 'a'), (1, 'c'), (0, 'b'), (0, 'd')]");
    MPY_DECREF(l);
    /* Tuples without a key: the first items decide, then the rest. */
    l = LIST(3, TUP(2, I(1), S("b")), TUP(2, I(1), S("a")), TUP(1, I(0)));
    cr_expect_str_eq(R(SORT(l, NULL, false)), "[(0,), (1, 'a'), (1, 'b')]");
    MPY_DECREF(l);
    /* A long stable sort: 3000 pairs with 10 distinct keys. */
    l = mpy_list_new(0);
    for (long i = 0; i < 3000; i++) {
        MpyObject *t = TUP(2, I(next_rand(10)), I(i));
        mpy_list_append(l, t);
        MPY_DECREF(t);
    }
    cr_assert_eq(mpy_list_sort(l, key, false), 0);
    for (ssize_t i = 1; i < 3000; i++) {
        MpyObject *a = MPY_LIST_GET(l, i - 1), *b = MPY_LIST_GET(l, i);
        int c = mpy_int_compare(MPY_TUPLE_GET(a, 0), MPY_TUPLE_GET(b, 0));
        cr_assert(c < 0 || (c == 0 && mpy_int_compare(MPY_TUPLE_GET(a, 1), MPY_TUPLE_GET(b, 1)) < 0));
    }
    MPY_DECREF(l);
    MPY_DECREF(key);
    NO_LEAKS();
}

Test(sort, errors)
{
    MpyObject *l = LIST(2, I(1), S("a"));
    cr_expect_str_eq(R(SORT(l, NULL, false)),
                     "TypeError: '<' not supported between instances of 'str' and 'int'");
    cr_expect_str_eq(RB(l), "[1, 'a']"); /* still a permutation */
    MPY_DECREF(l);
    /* An error in the middle of a merge leaves every item in the list. */
    l = mpy_list_new(0);
    for (long i = 0; i < 200; i++) {
        MpyObject *v = i == 150 ? S("x") : I(next_rand(100));
        mpy_list_append(l, v);
        MPY_DECREF(v);
    }
    cr_expect_eq(mpy_list_sort(l, NULL, false), -1);
    pending();
    cr_expect_eq(MPY_SIZE(l), 200);
    int strs = 0;
    for (ssize_t i = 0; i < 200; i++)
        strs += MPY_STR_CHECK(MPY_LIST_GET(l, i));
    cr_expect_eq(strs, 1);
    MPY_DECREF(l);
    l = mpy_list_new(0);
    cr_expect_str_eq(R(CALL(l, "sort", 1, I(1))), "TypeError: sort() takes no positional arguments");
    MpyObject *sort = mpy_object_getattr_str(l, "sort");
    cr_expect_str_eq(R(CALLKW(sort, 0, 1, "foo", I(1))),
                     "TypeError: 'foo' is an invalid keyword argument for sort()");
    cr_expect_str_eq(R(CALLKW(sort, 0, 1, "reverse", S("x"))),
                     "TypeError: 'str' object cannot be interpreted as an integer");
    MPY_DECREF(sort);
    MPY_DECREF(l);
    NO_LEAKS();
}

static MpyObject *victim;
static MpyObject *appending_key(MpyObject *self, MpyObject *arg)
{
    mpy_list_append(victim, arg);
    return MPY_NEWREF(arg);
}
static MpyMethodDef appending_key_def = {"k", MPY_METH(appending_key), MPY_METH_O, NULL};

Test(sort, list_modified_during_sort)
{
    victim = LIST(3, I(3), I(1), I(2));
    MpyObject *key = mpy_cfunction_new(&appending_key_def, NULL, NULL);
    cr_expect_str_eq(R(SORT(victim, key, false)), "ValueError: list modified during sort");
    cr_expect_str_eq(RB(victim), "[1, 2, 3]");
    MPY_DECREF(key);
    MPY_DECREF(victim);
    NO_LEAKS();
}

Test(list, deeply_nested_containers_free_without_deep_recursion)
{
    /* [[[...]]] 200000 deep, then a tuple/dict/set chain: freeing them
     * goes through the trashcan instead of 200000 nested deallocs. */
    MpyObject *l = mpy_list_new(0);
    for (int i = 0; i < 200000; i++)
        l = LIST(1, l);
    MPY_DECREF(l);
    MpyObject *t = mpy_tuple_new(0);
    for (int i = 0; i < 200000; i++)
        t = TUP(2, t, MARK(i));
    dealloc_log[0] = 0;
    MPY_DECREF(t);
    cr_expect_eq(strncmp(dealloc_log, "199999 199998 ", 14), 0);
    MpyObject *d = mpy_dict_new();
    for (int i = 0; i < 100000; i++) {
        MpyObject *outer = mpy_dict_new();
        mpy_dict_set_item_str(outer, "inner", d);
        MPY_DECREF(d);
        d = outer;
    }
    MPY_DECREF(d);
    NO_LEAKS();
}
