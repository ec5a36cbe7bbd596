/* Unit tests of dict (runtime/dict.c, dict_views.c): CPython 3.11's sizes
 * (getsizeof while growing, str-keys vs general layout, presized and copied
 * dicts), insertion order through deletions, popitem, the methods and their
 * messages, views and their set operations, iteration errors, the version
 * tag, gc tracking, and release/traverse order. Expected texts are from
 * `PYTHONHASHSEED=0 python3`. */
#include "containers_test.h"

#include "dict_impl.h"

TestSuite(dict, .init = setup, .fini = teardown);

static void SETI(MpyObject *d, MpyObject *k, MpyObject *v)
{
    cr_assert_eq(mpy_dict_set_item(d, k, v), 0);
    MPY_DECREF(k);
    MPY_DECREF(v);
}

static int DELI(MpyObject *d, MpyObject *k)
{
    int r = mpy_dict_del_item(d, k);
    MPY_DECREF(k);
    return r;
}

static MpyObject *KEYS(MpyObject *d) { return CALL(d, "keys", 0); }

Test(dict, growth_sizes_match_cpython)
{
    static const long ints[12] = {64, 224, 224, 224, 224, 224, 352, 352, 352, 352, 352, 632};
    static const long strs[12] = {64, 184, 184, 184, 184, 184, 272, 272, 272, 272, 272, 464};
    MpyObject *d = mpy_dict_new(), *e = mpy_dict_new();
    for (int i = 0; i < 12; i++) {
        cr_expect_eq(GETSIZEOF(d), ints[i], "int keys, before insert %d: %ld", i, GETSIZEOF(d));
        cr_expect_eq(GETSIZEOF(e), strs[i], "str keys, before insert %d: %ld", i, GETSIZEOF(e));
        char k[8];
        snprintf(k, sizeof k, "k%d", i);
        SETI(d, I(i), I(i));
        SETI(e, S(k), I(i));
    }
    /* dict(e) and e.copy() clone a compact table: same size. */
    MpyObject *c = NEW(MpyDict_Type, 1, MPY_NEWREF(e));
    cr_expect_eq(GETSIZEOF(c), 464);
    MPY_DECREF(c);
    MPY_DECREF(d);
    MPY_DECREF(e);
    /* A non-str key turns a str-keys table into a general one of 16 slots. */
    d = mpy_dict_new();
    SETI(d, S("a"), I(1));
    cr_expect_eq(GETSIZEOF(d), 184);
    SETI(d, I(1), I(2));
    cr_expect_eq(GETSIZEOF(d), 352);
    MPY_DECREF(d);
    NO_LEAKS();
}

Test(dict, presized_and_fromkeys_sizes)
{
    MpyObject *keys[6], *values[6];
    for (int i = 0; i < 6; i++) {
        char k[4] = {(char)('a' + i), 0};
        keys[i] = S(k);
        values[i] = I(i);
    }
    MpyObject *d = mpy_dict_from_items(keys, 1, values, 1, 6);
    cr_expect_eq(GETSIZEOF(d), 272);
    cr_expect_str_eq(RB(d), "{'a': 0, 'b': 1, 'c': 2, 'd': 3, 'e': 4, 'f': 5}");
    MPY_DECREF(d);
    for (int i = 0; i < 6; i++) {
        MPY_DECREF(keys[i]);
        MPY_DECREF(values[i]);
    }
    MpyObject *dict_type = MPY_CAST(&MpyDict_Type);
    MpyObject *s = mpy_set_new(NULL);
    for (int i = 1; i <= 3; i++) {
        MpyObject *v = I(i);
        mpy_set_add(s, v);
        MPY_DECREF(v);
    }
    d = CALL(dict_type, "fromkeys", 1, s);
    cr_expect_eq(GETSIZEOF(d), 352);
    cr_expect_str_eq(R(d), "{1: None, 2: None, 3: None}");
    MpyObject *src = mpy_dict_new();
    SETI(src, S("a"), I(1));
    SETI(src, S("b"), I(2));
    d = CALL(dict_type, "fromkeys", 2, src, I(0));
    cr_expect_eq(GETSIZEOF(d), 272);
    cr_expect_str_eq(R(d), "{'a': 0, 'b': 0}");
    cr_expect_str_eq(R(CALL(dict_type, "fromkeys", 1, S("abc"))), "{'a': None, 'b': None, 'c': None}");
    cr_expect_str_eq(R(CALL(dict_type, "fromkeys", 0)),
                     "TypeError: fromkeys expected at least 1 argument, got 0");
    NO_LEAKS();
}

Test(dict, insertion_order_through_deletions)
{
    MpyObject *d = mpy_dict_new();
    SETI(d, I(3), I(1));
    SETI(d, I(1), I(2));
    SETI(d, I(2), I(3));
    cr_expect_eq(DELI(d, I(1)), 0);
    SETI(d, I(1), I(4));
    cr_expect_str_eq(RB(d), "{3: 1, 2: 3, 1: 4}");
    cr_expect_eq(DELI(d, I(7)), -1);
    cr_expect_str_eq(pending(), "KeyError: 7");
    cr_expect_eq(DELI(d, TUP(2, I(1), I(2))), -1);
    cr_expect_str_eq(pending(), "KeyError: (1, 2)");
    /* Many deletions and insertions keep the order and the contents. */
    for (int round = 0; round < 50; round++) {
        for (int i = 0; i < 40; i++)
            SETI(d, I(i), I(round));
        for (int i = 0; i < 40; i += 2)
            cr_assert_eq(DELI(d, I(i)), 0);
    }
    cr_expect_eq(MPY_DICT_SIZE(d), 20);
    cr_expect_str_eq(R(CALL(d, "get", 1, I(39))), "49");
    cr_expect_str_eq(R(CALL(d, "get", 1, I(38))), "None");
    MPY_DECREF(d);
    NO_LEAKS();
}

Test(dict, popitem_is_lifo)
{
    MpyObject *d = mpy_dict_new();
    SETI(d, S("a"), I(1));
    SETI(d, S("b"), I(2));
    SETI(d, S("c"), I(3));
    cr_expect_str_eq(R(CALL(d, "popitem", 0)), "('c', 3)");
    cr_expect_str_eq(RB(d), "{'a': 1, 'b': 2}");
    cr_expect_eq(GETSIZEOF(d), 184);
    SETI(d, S("d"), I(4));
    cr_expect_str_eq(RB(d), "{'a': 1, 'b': 2, 'd': 4}");
    MPY_DECREF(CALL(d, "popitem", 0));
    MPY_DECREF(CALL(d, "popitem", 0));
    MPY_DECREF(CALL(d, "popitem", 0));
    cr_expect_str_eq(R(CALL(d, "popitem", 0)), "KeyError: 'popitem(): dictionary is empty'");
    MPY_DECREF(d);
    NO_LEAKS();
}

Test(dict, methods_and_messages)
{
    MpyObject *d = mpy_dict_new();
    cr_expect_str_eq(R(GET(d, I(1))), "KeyError: 1");
    cr_expect_str_eq(R(CALL(d, "pop", 1, I(1))), "KeyError: 1");
    cr_expect_str_eq(R(CALL(d, "pop", 2, I(1), I(5))), "5");
    cr_expect_str_eq(R(CALL(d, "get", 0)), "TypeError: get expected at least 1 argument, got 0");
    cr_expect_str_eq(R(CALL(d, "update", 2, I(1), I(2))),
                     "TypeError: update expected at most 1 argument, got 2");
    cr_expect_str_eq(R(CALL(d, "setdefault", 2, S("k"), LIST(0))), "[]");
    cr_expect_str_eq(R(CALL(d, "setdefault", 2, S("k"), I(3))), "[]");
    cr_expect_str_eq(R(CALL(d, "pop", 1, S("k"))), "[]");
    cr_expect_str_eq(R(GET(d, LIST(0))), "TypeError: unhashable type: 'list'");
    cr_expect_str_eq(R(NEW(MpyDict_Type, 1, LIST(1, TUP(3, I(1), I(2), I(3))))),
                     "ValueError: dictionary update sequence element #0 has length 3; 2 is required");
    cr_expect_str_eq(R(NEW(MpyDict_Type, 1, LIST(1, I(1)))),
                     "TypeError: cannot convert dictionary update sequence element #0 to a sequence");
    cr_expect_str_eq(R(NEW(MpyDict_Type, 1, I(1))), "TypeError: 'int' object is not iterable");
    cr_expect_str_eq(R(NEW(MpyDict_Type, 2, I(1), I(2))),
                     "TypeError: dict expected at most 1 argument, got 2");
    /* update: pairs, then keywords */
    MpyObject *update = mpy_object_getattr_str(d, "update");
    MPY_DECREF(CALLKW(update, 1, 1, LIST(1, TUP(2, I(1), I(2))), "z", I(3)));
    cr_expect_str_eq(RB(d), "{1: 2, 'z': 3}");
    MPY_DECREF(update);
    MpyObject *c = CALL(d, "copy", 0);
    MPY_DECREF(CALL(d, "clear", 0));
    cr_expect_str_eq(RB(d), "{}");
    cr_expect_eq(GETSIZEOF(d), 64);
    cr_expect_str_eq(R(c), "{1: 2, 'z': 3}");
    MpyObject *kw = CALLKW(MPY_CAST(&MpyDict_Type), 0, 2, "a", I(1), "b", I(2));
    cr_expect_str_eq(R(kw), "{'a': 1, 'b': 2}");
    MPY_DECREF(d);
    NO_LEAKS();
}

Test(dict, equality_or_and_repr)
{
    MpyObject *a = mpy_dict_new(), *b = mpy_dict_new();
    SETI(a, I(1), I(2));
    SETI(b, I(3), I(4));
    cr_expect_str_eq(R(mpy_number_or(a, b)), "{1: 2, 3: 4}");
    MpyObject *x = mpy_number_inplace(MPY_BINOP_OR, a, b);
    cr_expect_eq(x, a);
    MPY_DECREF(x);
    cr_expect_str_eq(RB(a), "{1: 2, 3: 4}");
    MpyObject *l = LIST(0);
    cr_expect_str_eq(R(mpy_number_or(a, l)),
                     "TypeError: unsupported operand type(s) for |: 'dict' and 'list'");
    MPY_DECREF(l);
    cr_expect_eq(mpy_object_richcompare_bool(a, b, MPY_EQ), 0);
    SETI(b, I(1), I(2));
    cr_expect_eq(mpy_object_richcompare_bool(a, b, MPY_EQ), 1);
    cr_expect_str_eq(R(mpy_object_richcompare(a, b, MPY_LT)),
                     "TypeError: '<' not supported between instances of 'dict' and 'dict'");
    cr_expect_eq(mpy_object_hash(a), -1);
    cr_expect_str_eq(pending(), "TypeError: unhashable type: 'dict'");
    /* {'x': 1, 'y': d} */
    MpyObject *d = mpy_dict_new();
    SETI(d, S("x"), I(1));
    mpy_dict_set_item_str(d, "y", d);
    cr_expect_str_eq(RB(d), "{'x': 1, 'y': {...}}");
    mpy_dict_clear(d);
    MPY_DECREF(d);
    MPY_DECREF(a);
    MPY_DECREF(b);
    NO_LEAKS();
}

Test(dict, views)
{
    MpyObject *d = mpy_dict_new();
    SETI(d, I(1), S("a"));
    SETI(d, I(2), S("b"));
    MpyObject *k = KEYS(d), *v = CALL(d, "values", 0), *it = CALL(d, "items", 0);
    cr_expect_str_eq(RB(k), "dict_keys([1, 2])");
    cr_expect_str_eq(RB(v), "dict_values(['a', 'b'])");
    cr_expect_str_eq(RB(it), "dict_items([(1, 'a'), (2, 'b')])");
    cr_expect_eq(mpy_object_length(k), 2);
    MpyObject *one = I(1), *p1 = TUP(2, I(1), S("a")), *p2 = TUP(2, I(1), S("b"));
    cr_expect_eq(mpy_sequence_contains(k, one), 1);
    cr_expect_eq(mpy_sequence_contains(it, p1), 1);
    cr_expect_eq(mpy_sequence_contains(it, p2), 0);
    SETI(d, I(3), S("c")); /* views are live */
    cr_expect_str_eq(RB(k), "dict_keys([1, 2, 3])");
    cr_expect_str_eq(R(NEW(MpyList_Type, 1, CALL(k, "__reversed__", 0))), "[3, 2, 1]");
    cr_expect_str_eq(R(NEW(MpyList_Type, 1, CALL(it, "__reversed__", 0))),
                     "[(3, 'c'), (2, 'b'), (1, 'a')]");
    cr_expect_str_eq(R(NEW(MpyList_Type, 1, CALL(v, "__reversed__", 0))), "['c', 'b', 'a']");
    MPY_DECREF(one);
    MPY_DECREF(p1);
    MPY_DECREF(p2);
    MPY_DECREF(k);
    MPY_DECREF(v);
    MPY_DECREF(it);
    MPY_DECREF(d);
    NO_LEAKS();
}

static MpyObject *SETOF(int n, ...)
{
    MpyObject *s = mpy_set_new(NULL);
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) {
        MpyObject *v = va_arg(ap, MpyObject *);
        mpy_set_add(s, v);
        MPY_DECREF(v);
    }
    va_end(ap);
    return s;
}

Test(dict, view_set_operations)
{
    MpyObject *d = mpy_dict_new();
    for (int i = 1; i <= 3; i++)
        SETI(d, I(i), I(i));
    MpyObject *k = KEYS(d), *s4 = SETOF(1, I(4)), *s239 = SETOF(3, I(2), I(3), I(9));
    MpyObject *s1 = SETOF(1, I(1)), *s34 = SETOF(2, I(3), I(4)), *s9 = SETOF(1, I(9));
    MpyObject *s123 = SETOF(3, I(1), I(2), I(3)), *s1234 = SETOF(4, I(1), I(2), I(3), I(4));
    cr_expect_str_eq(R(mpy_number_or(k, s4)), "{1, 2, 3, 4}");
    cr_expect_str_eq(R(mpy_number_and(k, s239)), "{2, 3}");
    cr_expect_str_eq(R(mpy_number_subtract(k, s1)), "{2, 3}");
    cr_expect_str_eq(R(mpy_number_xor(k, s34)), "{1, 2, 4}");
    cr_expect_str_eq(R(mpy_number_or(s9, k)), "{9, 2, 3, 1}");
    cr_expect_eq(mpy_object_richcompare_bool(k, s123, MPY_EQ), 1);
    cr_expect_eq(mpy_object_richcompare_bool(k, s1234, MPY_LT), 1);
    MpyObject *l7 = LIST(1, I(7));
    cr_expect_eq(TRUTH(CALL(k, "isdisjoint", 1, l7)), 1);
    MpyObject *d1 = mpy_dict_new(), *d2 = mpy_dict_new();
    SETI(d1, I(1), I(1));
    SETI(d1, I(2), I(2));
    SETI(d2, I(2), I(2));
    SETI(d2, I(3), I(3));
    MpyObject *i1 = CALL(d1, "items", 0), *i2 = CALL(d2, "items", 0);
    cr_expect_str_eq(R(mpy_number_xor(i1, i2)), "{(1, 1), (3, 3)}");
    cr_expect_str_eq(R(mpy_number_and(i1, i2)), "{(2, 2)}");
    cr_expect_str_eq(R(mpy_number_or(i1, i2)), "{(1, 1), (3, 3), (2, 2)}");
    cr_expect_str_eq(R(mpy_number_subtract(i1, i2)), "{(1, 1)}");
    MPY_DECREF(i1);
    MPY_DECREF(i2);
    MPY_DECREF(d1);
    MPY_DECREF(d2);
    MpyObject *objs[] = {k, s4, s239, s1, s34, s9, s123, s1234, d};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        MPY_DECREF(objs[i]);
    NO_LEAKS();
}

Test(dict, iteration_errors)
{
    MpyObject *d = mpy_dict_new();
    SETI(d, I(1), I(1));
    MpyObject *it = mpy_object_getiter(d);
    MpyObject *x = mpy_iter_next(it);
    MPY_DECREF(x);
    SETI(d, I(2), I(2));
    cr_expect_null(mpy_iter_next(it));
    cr_expect_str_eq(pending(), "RuntimeError: dictionary changed size during iteration");
    cr_expect_null(mpy_iter_next(it)); /* sticky */
    cr_expect_str_eq(pending(), "RuntimeError: dictionary changed size during iteration");
    MPY_DECREF(it);
    /* Same size, other keys. */
    it = mpy_object_getiter(d);
    cr_expect_str_eq(R(mpy_iter_next(it)), "1");
    cr_assert_eq(DELI(d, I(1)), 0);
    SETI(d, I(3), I(3));
    cr_assert_eq(DELI(d, I(2)), 0);
    SETI(d, I(4), I(4));
    cr_expect_str_eq(R(mpy_iter_next(it)), "3");
    cr_expect_str_eq(R(mpy_iter_next(it)), "RuntimeError: dictionary keys changed during iteration");
    MPY_DECREF(it);
    MPY_DECREF(d);
    NO_LEAKS();
}

Test(dict, items_iterator_reuses_its_tuple)
{
    MpyObject *d = mpy_dict_new();
    SETI(d, I(1), I(2));
    SETI(d, I(3), I(4));
    MpyObject *items = CALL(d, "items", 0), *it = mpy_object_getiter(items);
    MpyObject *p = mpy_iter_next(it);
    void *addr = p;
    cr_expect_str_eq(RB(p), "(1, 2)");
    MPY_DECREF(p);
    p = mpy_iter_next(it);
    cr_expect_eq((void *)p, addr);
    cr_expect_str_eq(RB(p), "(3, 4)");
    MPY_DECREF(p);
    MPY_DECREF(it);
    MPY_DECREF(items);
    MPY_DECREF(d);
    NO_LEAKS();
}

Test(dict, version_tag_changes_on_every_mutation)
{
    MpyObject *d = mpy_dict_new();
    uint64_t v0 = ((MpyDictObject *)d)->ma_version_tag;
    SETI(d, S("a"), I(1));
    uint64_t v1 = ((MpyDictObject *)d)->ma_version_tag;
    cr_expect_neq(v0, v1);
    MpyObject *one = I(1);
    mpy_dict_set_item_str(d, "a", one); /* the same value: no change */
    cr_expect_eq(((MpyDictObject *)d)->ma_version_tag, v1);
    SETI(d, S("a"), I(2));
    uint64_t v2 = ((MpyDictObject *)d)->ma_version_tag;
    cr_expect_gt(v2, v1);
    cr_assert_eq(DELI(d, S("a")), 0);
    cr_expect_gt(((MpyDictObject *)d)->ma_version_tag, v2);
    MPY_DECREF(one);
    MPY_DECREF(d);
    NO_LEAKS();
}

Test(dict, gc_tracking_as_cpython)
{
    MpyObject *d = mpy_dict_new();
    cr_expect_not(mpy_gc_is_tracked(d));
    SETI(d, S("a"), I(1));
    cr_expect_not(mpy_gc_is_tracked(d));
    MpyObject *c = mpy_dict_copy(d);
    cr_expect_not(mpy_gc_is_tracked(c));
    SETI(d, S("b"), LIST(0));
    cr_expect(mpy_gc_is_tracked(d));
    MpyObject *c2 = mpy_dict_copy(d);
    cr_expect(mpy_gc_is_tracked(c2));
    cr_assert_eq(DELI(d, S("b")), 0);
    mpy_dict_maybe_untrack(d); /* what a full collection does */
    cr_expect_not(mpy_gc_is_tracked(d));
    MpyObject *t = TUP(2, I(1), I(2));
    SETI(c, I(1), t); /* a tracked tuple may be part of a cycle */
    cr_expect(mpy_gc_is_tracked(c));
    MpyObject *k = NEW(MpyDict_Type, 0);
    cr_expect_not(mpy_gc_is_tracked(k));
    MPY_DECREF(k);
    MPY_DECREF(c);
    MPY_DECREF(c2);
    MPY_DECREF(d);
    NO_LEAKS();
}

Test(dict, release_in_insertion_order_and_traverse_order)
{
    dealloc_log[0] = 0;
    MpyObject *d = mpy_dict_new();
    SETI(d, MARK(1), MARK(2));
    SETI(d, MARK(3), MARK(4));
    cr_expect_str_eq(traverse_order(d), "2 1 4 3 "); /* value, key */
    MPY_DECREF(d);
    cr_expect_str_eq(dealloc_log, "1 2 3 4 ");
    dealloc_log[0] = 0;
    d = mpy_dict_new();
    SETI(d, S("x"), MARK(5));
    SETI(d, S("y"), MARK(6));
    cr_expect_str_eq(traverse_order(d), "5 6 ");
    MPY_DECREF(d);
    cr_expect_str_eq(dealloc_log, "5 6 ");
    NO_LEAKS();
}

Test(dict, free_list_reuse)
{
    MpyObject *d = mpy_dict_new();
    void *addr = d;
    MPY_DECREF(d);
    d = mpy_dict_new(); /* id({}) == id({}) */
    cr_expect_eq((void *)d, addr);
    MPY_DECREF(d);
    NO_LEAKS();
}

Test(dict, many_str_keys)
{
    MpyObject *d = mpy_dict_new();
    char k[16];
    for (int i = 0; i < 5000; i++) {
        snprintf(k, sizeof k, "key%d", i);
        SETI(d, S(k), I(i));
    }
    long sum = 0;
    for (int i = 0; i < 5000; i++) {
        snprintf(k, sizeof k, "key%d", i);
        MpyObject *key = S(k);
        sum += (long)mpy_int_as_ssize(mpy_dict_get_item(d, key));
        MPY_DECREF(key);
    }
    cr_expect_eq(sum, 4999L * 5000 / 2);
    MPY_DECREF(d);
    NO_LEAKS();
}

Test(dict, merge_override_modes)
{
    MpyObject *a = mpy_dict_new(), *b = mpy_dict_new();
    SETI(a, S("x"), I(1));
    SETI(b, S("x"), I(2));
    SETI(b, S("y"), I(3));
    cr_assert_eq(mpy_dict_merge(a, b, 0), 0); /* keep existing */
    cr_expect_str_eq(RB(a), "{'x': 1, 'y': 3}");
    cr_expect_eq(mpy_dict_merge(a, b, 2), -1); /* duplicates are errors */
    cr_expect_str_eq(pending(), "KeyError: 'x'");
    cr_assert_eq(mpy_dict_merge(a, b, 1), 0);
    cr_expect_str_eq(RB(a), "{'x': 2, 'y': 3}");
    MpyObject *l = LIST(1, TUP(2, I(1), I(2)));
    cr_expect_eq(mpy_dict_merge(a, l, 1), -1); /* not a mapping: no keys() */
    cr_expect_str_eq(pending(), "AttributeError: 'list' object has no attribute 'keys'");
    cr_assert_eq(mpy_dict_update(a, l), 0); /* update takes pairs */
    cr_expect_str_eq(RB(a), "{'x': 2, 'y': 3, 1: 2}");
    cr_expect_eq(GETSIZEOF(a), 352);
    MPY_DECREF(l);
    MPY_DECREF(a);
    MPY_DECREF(b);
    NO_LEAKS();
}

Test(dict, setdefault_and_pop_c_api)
{
    MpyObject *d = mpy_dict_new(), *k = S("k"), *v = LIST(0), *w = I(5);
    cr_expect_eq(mpy_dict_setdefault(d, k, v), v);
    cr_expect_eq(mpy_dict_setdefault(d, k, w), v);
    cr_expect(mpy_gc_is_tracked(d));
    MpyObject *p = mpy_dict_pop(d, k, NULL);
    cr_expect_eq(p, v);
    MPY_DECREF(p);
    cr_expect_null(mpy_dict_pop(d, k, NULL));
    cr_expect_str_eq(pending(), "KeyError: 'k'");
    p = mpy_dict_pop(d, k, w);
    cr_expect_eq(p, w);
    MPY_DECREF(p);
    cr_expect_eq(mpy_dict_value_at(d, 0), NULL);
    SETI(d, S("z"), I(9));
    MpyObject *z = S("z");
    ssize_t ix = mpy_dict_lookup_index(d, z, mpy_object_hash(z));
    cr_expect_eq(ix, 1); /* entry 0 is the deleted "k" */
    cr_expect_str_eq(RB(mpy_dict_value_at(d, ix)), "9");
    MPY_DECREF(z);
    MPY_DECREF(k);
    MPY_DECREF(v);
    MPY_DECREF(w);
    MPY_DECREF(d);
    NO_LEAKS();
}
