/* Unit tests of the builtin iterator types (runtime/iter.c, enumerate.c,
 * zip.c, map.c, filter.c, reversed.c): results, the strict zip messages,
 * constructor messages, reuse of result tuples, and the length hint. */
#include "containers_test.h"

#include "interp.h"
#include "iter.h"

TestSuite(iter, .init = setup, .fini = teardown);

static MpyObject *LISTOF(MpyObject *it) { return NEW(MpyList_Type, 1, it); }
static MpyObject *builtin(const char *name) { return mpy_dict_get_item_str(mpy_interp.builtins, name); }

Test(iter, enumerate)
{
    cr_expect_str_eq(R(LISTOF(NEW(MpyEnum_Type, 1, S("ab")))), "[(0, 'a'), (1, 'b')]");
    cr_expect_str_eq(R(LISTOF(NEW(MpyEnum_Type, 2, S("ab"), I(5)))), "[(5, 'a'), (6, 'b')]");
    cr_expect_str_eq(R(LISTOF(NEW(MpyEnum_Type, 2, S("ab"), I(-1)))), "[(-1, 'a'), (0, 'b')]");
    cr_expect_str_eq(R(LISTOF(NEW(MpyEnum_Type, 2, S("ab"), I(INT64_MAX)))),
                     "[(9223372036854775807, 'a'), (9223372036854775808, 'b')]");
    MpyObject *big = mpy_number_lshift(I(1), I(70));
    cr_expect_str_eq(R(LISTOF(CALLKW(MPY_CAST(&MpyEnum_Type), 1, 1, S("ab"), "start", big))),
                     "[(1180591620717411303424, 'a'), (1180591620717411303425, 'b')]");
    cr_expect_str_eq(R(NEW(MpyEnum_Type, 1, I(5))), "TypeError: 'int' object is not iterable");
    cr_expect_str_eq(R(NEW(MpyEnum_Type, 0)),
                     "TypeError: enumerate() missing required argument 'iterable'");
    cr_expect_str_eq(R(NEW(MpyEnum_Type, 3, LIST(0), I(2), I(3))),
                     "TypeError: enumerate() takes at most 2 arguments (3 given)");
    cr_expect_str_eq(R(CALLKW(MPY_CAST(&MpyEnum_Type), 0, 1, "x", I(1))),
                     "TypeError: 'x' is an invalid keyword argument for enumerate()");
    cr_expect_str_eq(R(NEW(MpyList_Type, 1, CALLKW(MPY_CAST(&MpyEnum_Type), 0, 2, "start", I(1),
                                                   "iterable", S("z")))),
                     "[(1, 'z')]");
    NO_LEAKS();
}

Test(iter, enumerate_reuses_its_pair)
{
    MpyObject *e = NEW(MpyEnum_Type, 1, S("abc"));
    MpyObject *p = mpy_iter_next(e);
    void *addr = p;
    MPY_DECREF(p);
    p = mpy_iter_next(e);
    cr_expect_eq((void *)p, addr);
    cr_expect_str_eq(RB(p), "(1, 'b')");
    MpyObject *q = mpy_iter_next(e); /* p still held: a new tuple */
    cr_expect_neq((void *)q, addr);
    MPY_DECREF(p);
    MPY_DECREF(q);
    MPY_DECREF(e);
    NO_LEAKS();
}

Test(iter, zip)
{
    cr_expect_str_eq(R(LISTOF(NEW(MpyZip_Type, 2, LIST(3, I(1), I(2), I(3)), S("ab")))),
                     "[(1, 'a'), (2, 'b')]");
    cr_expect_str_eq(R(LISTOF(NEW(MpyZip_Type, 0))), "[]");
    cr_expect_str_eq(R(LISTOF(NEW(MpyZip_Type, 1, LIST(1, I(1))))), "[(1,)]");
    MpyObject *zip = MPY_CAST(&MpyZip_Type);
    cr_expect_str_eq(R(LISTOF(CALLKW(zip, 2, 1, LIST(2, I(1), I(2)), LIST(1, I(3)), "strict", MPY_NEWREF(MPY_TRUE)))),
                     "ValueError: zip() argument 2 is shorter than argument 1");
    cr_expect_str_eq(R(LISTOF(CALLKW(zip, 2, 1, LIST(1, I(1)), LIST(2, I(2), I(3)), "strict", MPY_NEWREF(MPY_TRUE)))),
                     "ValueError: zip() argument 2 is longer than argument 1");
    cr_expect_str_eq(R(LISTOF(CALLKW(zip, 3, 1, LIST(2, I(1), I(2)), LIST(2, I(1), I(2)), LIST(1, I(1)),
                                     "strict", MPY_NEWREF(MPY_TRUE)))),
                     "ValueError: zip() argument 3 is shorter than arguments 1-2");
    cr_expect_str_eq(R(LISTOF(CALLKW(zip, 3, 1, LIST(1, I(1)), LIST(1, I(1)), LIST(2, I(1), I(2)),
                                     "strict", MPY_NEWREF(MPY_TRUE)))),
                     "ValueError: zip() argument 3 is longer than arguments 1-2");
    cr_expect_str_eq(R(LISTOF(CALLKW(zip, 2, 1, LIST(2, I(1), I(2)), LIST(1, I(3)), "strict", MPY_NEWREF(MPY_NONE)))),
                     "[(1, 3)]");
    cr_expect_str_eq(R(CALLKW(zip, 0, 1, "a", I(1))), "TypeError: 'a' is an invalid keyword argument for zip()");
    cr_expect_str_eq(R(CALLKW(zip, 0, 2, "strict", I(1), "a", I(2))),
                     "TypeError: zip() takes at most 1 keyword argument (2 given)");
    cr_expect_str_eq(R(NEW(MpyZip_Type, 1, I(5))), "TypeError: 'int' object is not iterable");
    NO_LEAKS();
}

Test(iter, map_and_filter)
{
    MpyObject *len = builtin("len"), *pow_ = builtin("pow"), *bool_ = MPY_CAST(&MpyBool_Type);
    cr_assert_not_null(len);
    cr_expect_str_eq(R(LISTOF(NEW(MpyMap_Type, 2, MPY_NEWREF(len), LIST(2, S("a"), S("bb"))))), "[1, 2]");
    cr_expect_str_eq(R(LISTOF(NEW(MpyMap_Type, 3, MPY_NEWREF(pow_), LIST(2, I(2), I(3)),
                                  LIST(3, I(2), I(3), I(4))))),
                     "[4, 27]");
    cr_expect_str_eq(R(NEW(MpyMap_Type, 1, MPY_NEWREF(len))), "TypeError: map() must have at least two arguments.");
    cr_expect_str_eq(R(NEW(MpyMap_Type, 2, MPY_NEWREF(len), I(5))), "TypeError: 'int' object is not iterable");
    cr_expect_str_eq(R(CALLKW(MPY_CAST(&MpyMap_Type), 2, 1, MPY_NEWREF(len), LIST(0), "a", I(1))),
                     "TypeError: map() takes no keyword arguments");
    cr_expect_str_eq(R(LISTOF(NEW(MpyFilter_Type, 2, MPY_NEWREF(MPY_NONE),
                                  LIST(6, I(0), I(1), S(""), S("a"), LIST(0), LIST(1, I(0)))))),
                     "[1, 'a', [0]]");
    cr_expect_str_eq(R(LISTOF(NEW(MpyFilter_Type, 2, MPY_NEWREF(len), LIST(2, S(""), S("x"))))), "['x']");
    cr_expect_str_eq(R(LISTOF(NEW(MpyFilter_Type, 2, MPY_NEWREF(bool_), LIST(2, I(0), I(2))))), "[2]");
    cr_expect_str_eq(R(NEW(MpyFilter_Type, 1, MPY_NEWREF(len))), "TypeError: filter expected 2 arguments, got 1");
    cr_expect_str_eq(R(NEW(MpyFilter_Type, 2, MPY_NEWREF(len), I(5))), "TypeError: 'int' object is not iterable");
    NO_LEAKS();
}

Test(iter, reversed)
{
    cr_expect_str_eq(R(LISTOF(NEW(MpyReversed_Type, 1, LIST(3, I(1), I(2), I(3))))), "[3, 2, 1]");
    cr_expect_str_eq(R(LISTOF(NEW(MpyReversed_Type, 1, TUP(2, I(1), I(2))))), "[2, 1]");
    MpyObject *r = NEW(MpyReversed_Type, 1, S("ab"));
    cr_expect_str_eq(mpy_type_short_name(MPY_TYPE(r)), "reversed");
    cr_expect_str_eq(R(CALL(r, "__length_hint__", 0)), "2");
    cr_expect_str_eq(R(LISTOF(r)), "['b', 'a']");
    cr_expect_str_eq(R(NEW(MpyReversed_Type, 1, I(5))), "TypeError: 'int' object is not reversible");
    cr_expect_str_eq(R(NEW(MpyReversed_Type, 1, mpy_set_new(NULL))), "TypeError: 'set' object is not reversible");
    cr_expect_str_eq(R(NEW(MpyReversed_Type, 0)), "TypeError: reversed expected 1 argument, got 0");
    MpyObject *d = NEW(MpyReversed_Type, 1, mpy_dict_new());
    cr_expect_str_eq(mpy_type_short_name(MPY_TYPE(d)), "dict_reversekeyiterator");
    MPY_DECREF(d);
    NO_LEAKS();
}

Test(iter, callable_and_sequence_iterators)
{
    MpyObject *l = LIST(3, I(1), I(2), I(3));
    MpyObject *pop = mpy_object_getattr_str(l, "pop");
    MpyObject *sentinel = I(1);
    MpyObject *it = mpy_calliter_new(pop, sentinel);
    cr_expect_str_eq(mpy_type_short_name(MPY_TYPE(it)), "callable_iterator");
    cr_expect_str_eq(R(LISTOF(it)), "[3, 2]");
    MPY_DECREF(sentinel);
    MPY_DECREF(pop);
    MpyObject *s = mpy_seqiter_new(l);
    cr_expect_str_eq(mpy_type_short_name(MPY_TYPE(s)), "iterator");
    cr_expect_str_eq(R(CALL(s, "__length_hint__", 0)), "0");
    cr_expect_str_eq(R(LISTOF(s)), "[]");
    MPY_DECREF(l);
    NO_LEAKS();
}

Test(iter, generic_alias)
{
    MpyObject *list = MPY_CAST(&MpyList_Type), *dict = MPY_CAST(&MpyDict_Type);
    MpyObject *ints = MPY_CAST(&MpyLong_Type), *strs = MPY_CAST(&MpyUnicode_Type);
    MpyObject *li = mpy_object_getitem(list, ints);
    cr_expect_str_eq(RB(li), "list[int]");
    MpyObject *args = mpy_tuple_pack(2, strs, li);
    cr_expect_str_eq(R(mpy_object_getitem(dict, args)), "dict[str, list[int]]");
    MPY_DECREF(args);
    args = mpy_tuple_pack(2, ints, MPY_ELLIPSIS);
    cr_expect_str_eq(R(mpy_object_getitem(MPY_CAST(&MpyTuple_Type), args)), "tuple[int, ...]");
    MPY_DECREF(args);
    args = mpy_tuple_new(0);
    cr_expect_str_eq(R(mpy_object_getitem(MPY_CAST(&MpyTuple_Type), args)), "tuple[()]");
    MPY_DECREF(args);
    cr_expect_str_eq(R(mpy_object_getattr_str(li, "__origin__")), "<class 'list'>");
    cr_expect_str_eq(R(mpy_object_getattr_str(li, "__args__")), "(<class 'int'>,)");
    cr_expect_str_eq(R(mpy_call(li, NULL, 0, NULL)), "[]");
    MpyObject *li2 = mpy_object_getitem(list, ints);
    cr_expect_eq(mpy_object_richcompare_bool(li, li2, MPY_EQ), 1);
    cr_expect_eq(mpy_object_hash(li), mpy_object_hash(li2));
    MpyObject *empty = mpy_list_new(0);
    cr_expect_eq(mpy_object_isinstance(empty, li), -1);
    cr_expect_str_eq(pending(), "TypeError: isinstance() argument 2 cannot be a parameterized generic");
    cr_expect_str_eq(R(mpy_object_getitem(MPY_CAST(&MpyEnum_Type), ints)), "enumerate[int]");
    cr_expect_str_eq(R(mpy_object_getitem(MPY_CAST(&MpyZip_Type), ints)),
                     "TypeError: type 'zip' is not subscriptable");
    MPY_DECREF(empty);
    MPY_DECREF(li);
    MPY_DECREF(li2);
    NO_LEAKS();
}
