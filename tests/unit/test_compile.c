/* Unit tests of the compiler (src/compile*.c, ast_opt.c, assemble.c,
 * dis.c) through mpy_parse + mpy_compile: constants (folding, CPython's
 * limits, de-duplication across the compilation unit, keys that keep 1,
 * 1.0, True, 0.0 and -0.0 apart, the const keeper), names and interning,
 * the fast-slot layout, flags, stack depth, exception tables, positions,
 * disassembly, and each compiler SyntaxError with its position. Expected
 * values are what CPython 3.11 gives (dis, co_* attributes, compile()). */
#include <criterion/criterion.h>
#include <unistd.h>
#include <stdio.h>
#include <string.h>

#include "code.h"
#include "compile.h"
#include "dis.h"
#include "errors.h"
#include "float.h"
#include "hash.h"
#include "int.h"
#include "leakcheck.h"
#include "lifecycle.h"
#include "list.h"
#include "str.h"
#include "tuple.h"

static ssize_t live_at_start;

static void setup(void)
{
    mpy_hash_set_seed(0);
    mpy_runtime_init(0, NULL);
    live_at_start = mpy_leak_live_count();
}
static void teardown(void) { mpy_runtime_fini(); }

TestSuite(compile, .init = setup, .fini = teardown);

#define NO_LEAKS()                                                                         \
    cr_expect_eq(mpy_leak_live_count(), live_at_start, "leaked %zd objects",               \
                 mpy_leak_live_count() - live_at_start)

static MpyCodeObject *compile_keep(const char *src, MpyObject *keeper)
{
    MpySyntaxError err = {0};
    MpyObject *code = mpy_compile_source(src, strlen(src), "t.py", MPY_PARSE_FILE, keeper, &err);
    cr_assert(code, "compile failed: %s", err.msg ? err.msg : "(exception)");
    mpy_syntax_error_clear(&err);
    return (MpyCodeObject *)code;
}

static MpyCodeObject *compile_ok(const char *src) { return compile_keep(src, NULL); }

/* The first code object among co's constants. */
static MpyCodeObject *nested(MpyCodeObject *co, int which)
{
    for (ssize_t i = 0; i < MPY_SIZE(co->co_consts); i++) {
        MpyObject *k = MPY_TUPLE_GET(co->co_consts, i);
        if (MPY_CODE_CHECK(k) && which-- == 0)
            return (MpyCodeObject *)k;
    }
    cr_assert_fail("no nested code object");
    return NULL;
}

/* repr() of an object, into a static buffer. */
static const char *repr(MpyObject *o)
{
    static char buf[4096];
    MpyObject *r = mpy_object_repr(o);
    cr_assert(r);
    snprintf(buf, sizeof buf, "%s", mpy_str_as_utf8(r));
    MPY_DECREF(r);
    return buf;
}

/* text with addresses replaced by 0xADDR (a static buffer). */
static const char *normalize(const char *raw)
{
    static char out[16384];
    size_t j = 0;
    for (size_t i = 0; raw[i] && j + 8 < sizeof out;) {
        if (raw[i] == '0' && raw[i + 1] == 'x') {
            memcpy(out + j, "0xADDR", 6);
            j += 6;
            i += 2;
            while ((raw[i] >= '0' && raw[i] <= '9') || (raw[i] >= 'a' && raw[i] <= 'f'))
                i++;
        } else {
            out[j++] = raw[i++];
        }
    }
    out[j] = '\0';
    return out;
}

/* The disassembly, addresses normalized. */
static const char *dis(MpyCodeObject *co)
{
    static char raw[16384];
    FILE *f = fmemopen(raw, sizeof raw, "w");
    cr_assert_eq(mpy_dis_code(MPY_CAST(co), f), 0);
    fclose(f);
    return normalize(raw);
}

/* ============================================================ constants */

Test(compile, folding_as_cpython)
{
    MpyCodeObject *co = compile_ok("a = 999 + 1\nb = 'hello ' + 'world'\nc = 2 ** 10\n"
                                   "d = -5\ne = 'x' * 10\nf = not 1\ng = 'abc'[1]\nh = 1 << 100\n"
                                   "i = (1, (2, 3))\nj = __debug__\nk = 7 // 2\n");
    cr_expect_str_eq(repr(co->co_consts),
                     "(1000, 'hello world', 1024, -5, 'xxxxxxxxxx', False, 'b', "
                     "1267650600228229401496703205376, (1, (2, 3)), True, 3, None)");
    MPY_DECREF(co);
    NO_LEAKS();
}

Test(compile, folding_limits)
{
    /* str * int stops at 4096 characters; ints at 128 bits from ** and <<;
     * a fold that raises is left to run time */
    MpyCodeObject *co = compile_ok("a = 'a' * 4097\nb = 2 ** 200\nc = 1 << 200\nd = 1 / 0\n"
                                   "e = 'ab' * 2049\nf = (1,) * 257\n");
    cr_expect_str_eq(repr(co->co_consts), "('a', 4097, 2, 200, 1, 0, 'ab', 2049, (1,), 257, "
                                          "None)");
    MPY_DECREF(co);
    NO_LEAKS();
}

Test(compile, constants_are_shared_across_the_compilation_unit)
{
    MpyCodeObject *co = compile_ok("a = 257\ndef f():\n    return 257\nt = (1, 2)\n"
                                   "def g():\n    return (1, 2)\n");
    MpyCodeObject *f = nested(co, 0), *g = nested(co, 1);
    cr_expect_eq(MPY_TUPLE_GET(co->co_consts, 0), MPY_TUPLE_GET(f->co_consts, 1));
    cr_expect_str_eq(repr(MPY_TUPLE_GET(g->co_consts, 1)), "(1, 2)");
    MpyObject *t = NULL;
    for (ssize_t i = 0; i < MPY_SIZE(co->co_consts); i++)
        if (MPY_TUPLE_CHECK_EXACT(MPY_TUPLE_GET(co->co_consts, i)))
            t = MPY_TUPLE_GET(co->co_consts, i);
    cr_expect_eq(t, MPY_TUPLE_GET(g->co_consts, 1));
    MPY_DECREF(co);
    NO_LEAKS();
}

Test(compile, constant_keys_keep_equal_values_of_other_types_apart)
{
    const char *src = "a = 1\nb = 1.0\nc = True\nd = 0.0\ne = -0.0\nf = 1\ng = (1, 1.0)\n"
                      "h = b'1'\ni = '1'\n";
    /* once first, so that the float free list is warm when leaks are counted */
    MPY_DECREF(compile_ok(src));
    live_at_start = mpy_leak_live_count();
    MpyCodeObject *co = compile_ok(src);
    cr_expect_str_eq(repr(co->co_consts), "(1, 1.0, True, 0.0, -0.0, (1, 1.0), b'1', '1', None)");
    MPY_DECREF(co);
    NO_LEAKS();
}

Test(compile, const_keeper_gets_each_literal_occurrence)
{
    MpyObject *keeper = mpy_list_new(0);
    MpyCodeObject *co = compile_keep("x = 1000\ny = 1000\nz = 999 + 1\ns = None\n", keeper);
    /* 1000, 1000, 999, 1, and the folded 1000; None is not kept */
    cr_expect_eq(MPY_SIZE(keeper), 5);
    /* equal constants are one object in co_consts */
    cr_expect_str_eq(repr(co->co_consts), "(1000, None)");
    MPY_DECREF(co);
    MPY_DECREF(keeper);
    NO_LEAKS();
}

Test(compile, identifier_like_strings_are_interned)
{
    MpyCodeObject *co = compile_ok("a = 'hello'\nb = 'hello world'\nc = 'x_1'\n");
    cr_expect(MPY_STR_IS_INTERNED(MPY_TUPLE_GET(co->co_consts, 0)));
    cr_expect(!MPY_STR_IS_INTERNED(MPY_TUPLE_GET(co->co_consts, 1)));
    cr_expect(MPY_STR_IS_INTERNED(MPY_TUPLE_GET(co->co_consts, 2)));
    for (ssize_t i = 0; i < MPY_SIZE(co->co_names); i++)
        cr_expect(MPY_STR_IS_INTERNED(MPY_TUPLE_GET(co->co_names, i)));
    MPY_DECREF(co);
    NO_LEAKS();
}

Test(compile, constant_displays)
{
    MpyCodeObject *co = compile_ok("a = [1, 2, 3]\nb = {1, 2, 3}\nc = [1, 2]\nfor x in [4, 5]: pass\n"
                                   "y = x in [6, 7]\nz = x in {8, 9}\n");
    cr_expect_str_eq(dis(co),
                     "  0           0 RESUME                   0\n"
                     "\n"
                     "  1           2 BUILD_LIST               0\n"
                     "              4 LOAD_CONST               0 ((1, 2, 3))\n"
                     "              6 LIST_EXTEND              1\n"
                     "              8 STORE_NAME               0 (a)\n"
                     "\n"
                     "  2          10 BUILD_SET                0\n"
                     "             12 LOAD_CONST               1 (frozenset({1, 2, 3}))\n"
                     "             14 SET_UPDATE               1\n"
                     "             16 STORE_NAME               1 (b)\n"
                     "\n"
                     "  3          18 LOAD_CONST               2 (1)\n"
                     "             20 LOAD_CONST               3 (2)\n"
                     "             22 BUILD_LIST               2\n"
                     "             24 STORE_NAME               2 (c)\n"
                     "\n"
                     "  4          26 LOAD_CONST               4 ((4, 5))\n"
                     "             28 GET_ITER\n"
                     "        >>   30 FOR_ITER                 2 (to 36)\n"
                     "             32 STORE_NAME               3 (x)\n"
                     "             34 JUMP_BACKWARD            3 (to 30)\n"
                     "\n"
                     "  5     >>   36 LOAD_NAME                3 (x)\n"
                     "             38 LOAD_CONST               5 ((6, 7))\n"
                     "             40 CONTAINS_OP              0\n"
                     "             42 STORE_NAME               4 (y)\n"
                     "\n"
                     "  6          44 LOAD_NAME                3 (x)\n"
                     "             46 LOAD_CONST               6 (frozenset({8, 9}))\n"
                     "             48 CONTAINS_OP              0\n"
                     "             50 STORE_NAME               5 (z)\n"
                     "             52 LOAD_CONST               7 (None)\n"
                     "             54 RETURN_VALUE\n");
    MPY_DECREF(co);
    NO_LEAKS();
}

/* ========================================================= code objects */

Test(compile, function_layout_and_flags)
{
    MpyCodeObject *co = compile_ok("def f(a, b, /, c, *d, e, f=6, **g):\n    h = a\n"
                                   "    def inner():\n        return b + h\n    return inner\n");
    MpyCodeObject *f = nested(co, 0), *inner = nested(f, 0);
    /* the cell h is not a local: it follows the locals */
    cr_expect_str_eq(repr(f->co_localsplusnames), "('a', 'b', 'c', 'e', 'f', 'd', 'g', 'inner', 'h')");
    cr_expect_eq(f->co_argcount, 3);
    cr_expect_eq(f->co_posonlyargcount, 2);
    cr_expect_eq(f->co_kwonlyargcount, 2);
    cr_expect_eq(f->co_flags, 0x0F); /* OPTIMIZED NEWLOCALS VARARGS VARKEYWORDS */
    cr_expect_eq(f->co_nlocals, 8);
    cr_expect_eq(f->co_ncellvars, 2);
    cr_expect(f->co_localspluskinds[1] & MPY_FAST_CELL);
    cr_expect(f->co_localspluskinds[1] & MPY_FAST_ARG);
    cr_expect_eq(f->co_localspluskinds[8], MPY_FAST_CELL);
    cr_expect_str_eq(repr(inner->co_localsplusnames), "('b', 'h')");
    cr_expect_eq(inner->co_nfreevars, 2);
    cr_expect_eq(inner->co_flags, 0x13); /* OPTIMIZED NEWLOCALS NESTED */
    cr_expect_str_eq(repr(inner->co_qualname), "'f.<locals>.inner'");
    cr_expect_str_eq(normalize(repr(f->co_consts)),
                     "(None, <code object inner at 0xADDR, file \"t.py\", line 3>)");
    MPY_DECREF(co);
    NO_LEAKS();
}

Test(compile, docstrings_and_first_constant)
{
    MpyCodeObject *co = compile_ok("'''module doc'''\ndef f():\n    'doc'\n    return 1\n"
                                   "def g():\n    return 2\nl = lambda: 'x'\n");
    cr_expect_str_eq(repr(MPY_TUPLE_GET(nested(co, 0)->co_consts, 0)), "'doc'");
    cr_expect_str_eq(repr(MPY_TUPLE_GET(nested(co, 1)->co_consts, 0)), "None");
    cr_expect_str_eq(repr(MPY_TUPLE_GET(nested(co, 2)->co_consts, 0)), "None");
    cr_expect_str_eq(repr(co->co_names), "('__doc__', 'f', 'g', 'l')");
    MPY_DECREF(co);
    NO_LEAKS();
}

Test(compile, comprehensions_are_nested_functions)
{
    MpyCodeObject *co = compile_ok("def f(xs):\n    return [x for x in xs]\n");
    MpyCodeObject *comp = nested(nested(co, 0), 0);
    cr_expect_str_eq(repr(comp->co_name), "'<listcomp>'");
    cr_expect_str_eq(repr(comp->co_qualname), "'f.<locals>.<listcomp>'");
    cr_expect_str_eq(repr(comp->co_localsplusnames), "('.0', 'x')");
    cr_expect_eq(comp->co_argcount, 1);
    cr_expect_eq(comp->co_flags, 0x13);
    MpyCodeObject *g = compile_ok("g = (y for y in z)\n");
    cr_expect_eq(nested(g, 0)->co_flags, 0x23); /* OPTIMIZED NEWLOCALS GENERATOR */
    MPY_DECREF(co);
    MPY_DECREF(g);
    NO_LEAKS();
}

Test(compile, class_body_and_class_cell)
{
    MpyCodeObject *co = compile_ok("class C:\n    'doc'\n    x: int = 1\n    def m(self):\n"
                                   "        return super().m()\n");
    MpyCodeObject *c = nested(co, 0);
    cr_expect_str_eq(repr(c->co_localsplusnames), "('__class__',)");
    cr_expect_str_eq(repr(c->co_names),
                     "('__name__', '__module__', '__qualname__', '__doc__', 'x', 'int', "
                     "'__annotations__', 'm', '__classcell__')");
    cr_expect_eq(c->co_flags, 0);
    MpyCodeObject *m = nested(c, 0);
    cr_expect_str_eq(repr(m->co_qualname), "'C.m'");
    cr_expect_str_eq(repr(m->co_localsplusnames), "('self', '__class__')");
    MPY_DECREF(co);
    NO_LEAKS();
}

Test(compile, stack_depth)
{
    MpyCodeObject *co = compile_ok("def f(a, b, c):\n    return g(a, b, c)\n"
                                   "def h(x):\n    try:\n        return x\n    finally:\n"
                                   "        print(x)\n"
                                   "def w(m):\n    with m as y:\n        return [1, 2, 3]\n");
    cr_expect_eq(nested(co, 0)->co_stacksize, 5);
    cr_expect_eq(nested(co, 1)->co_stacksize, 5);
    cr_expect_eq(nested(co, 2)->co_stacksize, 6);
    MPY_DECREF(co);
    NO_LEAKS();
}

Test(compile, try_except_shape_and_table)
{
    MpyCodeObject *co = compile_ok("try:\n    raise ValueError('x')\nexcept TypeError as e:\n"
                                   "    print('no')\n");
    cr_expect_str_eq(dis(co),
                     "  0           0 RESUME                   0\n"
                     "\n"
                     "  1           2 NOP\n"
                     "\n"
                     "  2           4 PUSH_NULL\n"
                     "              6 LOAD_NAME                0 (ValueError)\n"
                     "              8 LOAD_CONST               0 ('x')\n"
                     "             10 CALL                     1\n"
                     "             12 RAISE_VARARGS            1\n"
                     "        >>   14 PUSH_EXC_INFO\n"
                     "\n"
                     "  3          16 LOAD_NAME                1 (TypeError)\n"
                     "             18 CHECK_EXC_MATCH\n"
                     "             20 POP_JUMP_IF_FALSE       16 (to 54)\n"
                     "             22 STORE_NAME               2 (e)\n"
                     "\n"
                     "  4          24 PUSH_NULL\n"
                     "             26 LOAD_NAME                3 (print)\n"
                     "             28 LOAD_CONST               1 ('no')\n"
                     "             30 CALL                     1\n"
                     "             32 POP_TOP\n"
                     "             34 POP_EXCEPT\n"
                     "             36 LOAD_CONST               2 (None)\n"
                     "             38 STORE_NAME               2 (e)\n"
                     "             40 DELETE_NAME              2 (e)\n"
                     "             42 LOAD_CONST               2 (None)\n"
                     "             44 RETURN_VALUE\n"
                     "        >>   46 LOAD_CONST               2 (None)\n"
                     "             48 STORE_NAME               2 (e)\n"
                     "             50 DELETE_NAME              2 (e)\n"
                     "             52 RERAISE                  1\n"
                     "\n"
                     "  3     >>   54 RERAISE                  0\n"
                     "        >>   56 COPY                     3\n"
                     "             58 POP_EXCEPT\n"
                     "             60 RERAISE                  1\n"
                     "ExceptionTable:\n"
                     "  4 to 12 -> 14 [0]\n"
                     "  14 to 22 -> 56 [1] lasti\n"
                     "  24 to 32 -> 46 [1] lasti\n"
                     "  46 to 54 -> 56 [1] lasti\n");
    MPY_DECREF(co);
    NO_LEAKS();
}

Test(compile, try_star_shape_and_table)
{
    /* CPython 3.11's layout, without its PRECALLs and caches. */
    MpyCodeObject *co = compile_ok("try:\n    f()\nexcept* ValueError:\n    pass\n");
    cr_expect_str_eq(dis(co),
                     "  0           0 RESUME                   0\n"
                     "\n"
                     "  1           2 NOP\n"
                     "\n"
                     "  2           4 PUSH_NULL\n"
                     "              6 LOAD_NAME                0 (f)\n"
                     "              8 CALL                     0\n"
                     "             10 POP_TOP\n"
                     "             12 LOAD_CONST               0 (None)\n"
                     "             14 RETURN_VALUE\n"
                     "        >>   16 PUSH_EXC_INFO\n"
                     "\n"
                     "  3          18 COPY                     1\n"
                     "             20 BUILD_LIST               0\n"
                     "             22 SWAP                     2\n"
                     "             24 LOAD_NAME                1 (ValueError)\n"
                     "             26 CHECK_EG_MATCH\n"
                     "             28 COPY                     1\n"
                     "             30 POP_JUMP_IF_NONE         5 (to 42)\n"
                     "             32 POP_TOP\n"
                     "\n"
                     "  4          34 JUMP_FORWARD             4 (to 44)\n"
                     "             36 LIST_APPEND              3\n"
                     "             38 POP_TOP\n"
                     "             40 JUMP_FORWARD             1 (to 44)\n"
                     "\n"
                     "  3     >>   42 POP_TOP\n"
                     "        >>   44 LIST_APPEND              1\n"
                     "             46 PREP_RERAISE_STAR\n"
                     "             48 COPY                     1\n"
                     "             50 POP_JUMP_IF_NOT_NONE     4 (to 60)\n"
                     "             52 POP_TOP\n"
                     "             54 POP_EXCEPT\n"
                     "             56 LOAD_CONST               0 (None)\n"
                     "             58 RETURN_VALUE\n"
                     "        >>   60 SWAP                     2\n"
                     "             62 POP_EXCEPT\n"
                     "             64 RERAISE                  0\n"
                     "        >>   66 COPY                     3\n"
                     "             68 POP_EXCEPT\n"
                     "             70 RERAISE                  1\n"
                     "ExceptionTable:\n"
                     "  4 to 10 -> 16 [0]\n"
                     "  16 to 52 -> 66 [1] lasti\n");
    MPY_DECREF(co);
    NO_LEAKS();
}

Test(compile, handler_lookup)
{
    MpyCodeObject *co = compile_ok("try:\n    f()\nexcept:\n    pass\n");
    const MpyExceptionTableEntry *e = mpy_code_find_handler(co, 3);
    cr_assert(e);
    cr_expect_eq(e->depth, 0);
    cr_expect_eq(e->lasti, 0);
    cr_expect_null(mpy_code_find_handler(co, 0));
    cr_expect_eq(mpy_code_addr2line(co, 3), 2);
    MPY_DECREF(co);
    NO_LEAKS();
}

Test(compile, positions_of_calls_and_attributes)
{
    MpyCodeObject *co = compile_ok("x = (a.\n  b.c(1))\n");
    /* LOAD_METHOD c and its CALL start at the attribute's line, as CPython */
    bool saw_method = false, saw_call = false;
    for (ssize_t i = 0; i < co->co_ncodeunits; i++) {
        int op = MPY_CODEUNIT_OP(co->co_code[i]);
        MpyPosition p = co->co_positions[i];
        if (op == MPY_OP_LOAD_METHOD) {
            saw_method = true;
            cr_expect(p.lineno == 2 && p.end_lineno == 2 && p.col == 4 && p.end_col == 5);
        } else if (op == MPY_OP_CALL) {
            saw_call = true;
            cr_expect(p.lineno == 2 && p.end_lineno == 2 && p.col == 4 && p.end_col == 8);
        }
    }
    cr_expect(saw_method && saw_call);
    MPY_DECREF(co);
    NO_LEAKS();
}

Test(compile, extended_args)
{
    char src[16384];
    size_t n = (size_t)snprintf(src, sizeof src, "def big():\n");
    for (int i = 0; i < 300; i++)
        n += (size_t)snprintf(src + n, sizeof src - n, "    a%d = %d\n", i, i);
    snprintf(src + n, sizeof src - n, "    return a299\n");
    MpyCodeObject *mod = compile_ok(src), *big = nested(mod, 0);
    bool ext = false;
    for (ssize_t i = 0; i < big->co_ncodeunits; i++)
        ext = ext || MPY_CODEUNIT_OP(big->co_code[i]) == MPY_OP_EXTENDED_ARG;
    cr_expect(ext);
    cr_expect_eq(big->co_nlocals, 300);
    MPY_DECREF(mod);
    NO_LEAKS();
}

Test(compile, code_repr_equality)
{
    MpyCodeObject *a = compile_ok("x = 1\n"), *b = compile_ok("x = 1\n"),
                  *c = compile_ok("x = 2\n");
    cr_expect_str_eq(normalize(repr(MPY_CAST(a))),
                     "<code object <module> at 0xADDR, file \"t.py\", line 1>");
    cr_expect_eq(mpy_object_richcompare_bool(MPY_CAST(a), MPY_CAST(b), MPY_EQ), 1);
    cr_expect_eq(mpy_object_richcompare_bool(MPY_CAST(a), MPY_CAST(c), MPY_EQ), 0);
    cr_expect_eq(mpy_object_hash(MPY_CAST(a)), mpy_object_hash(MPY_CAST(b)));
    MPY_DECREF(a);
    MPY_DECREF(b);
    MPY_DECREF(c);
    NO_LEAKS();
}


Test(compile, peepholes_as_cpython)
{
    /* x is None + jump folds into POP_JUMP_IF_NOT_NONE, '%s' % (a,) is an
     * f-string, a and b or x threads its first jump past the second test,
     * and the function's implicit return is dropped as unreachable */
    MpyCodeObject *co = compile_ok("def f(a, b, x):\n    if x is None:\n"
                                   "        return '%s-%r' % (a, b)\n    return a and b or x\n");
    cr_expect_str_eq(dis(nested(co, 0)),
                     "  1           0 RESUME                   0\n"
                     "\n"
                     "  2           2 LOAD_FAST                2 (x)\n"
                     "              4 POP_JUMP_IF_NOT_NONE     7 (to 20)\n"
                     "\n"
                     "  3           6 LOAD_FAST                0 (a)\n"
                     "              8 FORMAT_VALUE             1 (str)\n"
                     "             10 LOAD_CONST               1 ('-')\n"
                     "             12 LOAD_FAST                1 (b)\n"
                     "             14 FORMAT_VALUE             2 (repr)\n"
                     "             16 BUILD_STRING             3\n"
                     "             18 RETURN_VALUE\n"
                     "\n"
                     "  4     >>   20 LOAD_FAST                0 (a)\n"
                     "             22 POP_JUMP_IF_FALSE        2 (to 28)\n"
                     "             24 LOAD_FAST                1 (b)\n"
                     "             26 JUMP_IF_TRUE_OR_POP      1 (to 30)\n"
                     "        >>   28 LOAD_FAST                2 (x)\n"
                     "        >>   30 RETURN_VALUE\n");
    MPY_DECREF(co);
    NO_LEAKS();
}

Test(compile, lambda_and_comparison_positions)
{
    MpyCodeObject *co = compile_ok("f = lambda v: v + 1\nif (a !=\n    b):\n    pass\n");
    MpyCodeObject *l = nested(co, 0);
    MpyPosition last = l->co_positions[l->co_ncodeunits - 1];
    cr_expect(last.lineno == 1 && last.end_lineno == 1 && last.col == 0 && last.end_col == 0);
    for (ssize_t i = 0; i < co->co_ncodeunits; i++)
        if (MPY_CODEUNIT_OP(co->co_code[i]) == MPY_OP_POP_JUMP_IF_FALSE) {
            MpyPosition p = co->co_positions[i];
            cr_expect(p.lineno == 2 && p.end_lineno == 3 && p.col == 4 && p.end_col == 5);
        }
    MPY_DECREF(co);
    NO_LEAKS();
}

Test(compile, future_annotations_are_strings)
{
    const char *src = "from __future__ import annotations\n"
                      "y: dict[str, list[int]] | None\n"
                      "u: (a if b else c) * -d ** 2 ** e\n"
                      "q: 1 .real + 1e400 + ...\n"
                      "def fn(a: 'A', *b: B) -> R[S]: pass\n";
    MPY_DECREF(compile_ok(src)); /* warms the float free list */
    live_at_start = mpy_leak_live_count();
    MpyCodeObject *co = compile_ok(src);
    cr_expect_str_eq(normalize(repr(co->co_consts)),
                     "(0, ('annotations',), 'dict[str, list[int]] | None', 'y', "
                     "'(a if b else c) * -d ** 2 ** e', 'u', '1 .real + 1e309 + ...', 'q', 'a', "
                     "\"'A'\", 'b', 'B', 'return', 'R[S]', "
                     "<code object fn at 0xADDR, file \"t.py\", line 5>, None, "
                     "('a', \"'A'\", 'b', 'B', 'return', 'R[S]'))");
    MPY_DECREF(co);
    NO_LEAKS();
}

/* What compiling src writes on stderr (fd 2 goes to a temporary file). */
static const char *compile_stderr(const char *src)
{
    static char buf[4096];
    fflush(stderr);
    FILE *tmp = tmpfile();
    cr_assert(tmp);
    int saved = dup(2);
    dup2(fileno(tmp), 2);
    MpySyntaxError err = {0};
    MpyObject *code = mpy_compile_source(src, strlen(src), "<t>", MPY_PARSE_FILE, NULL, &err);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    cr_assert(code);
    MPY_DECREF(code);
    rewind(tmp);
    size_t n = fread(buf, 1, sizeof buf - 1, tmp);
    buf[n] = '\0';
    fclose(tmp);
    return buf;
}

Test(compile, syntax_warnings_are_printed_as_cpython)
{
    const char *out = compile_stderr("x = 1\nif x is 1: pass\n(1, 2)(3)\n[1][1, 2]\n"
                                     "assert (x, 'm')\ny = x is not 'a'\n");
    cr_expect_str_eq(out,
        "<t>:2: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n"
        "<t>:3: SyntaxWarning: 'tuple' object is not callable; perhaps you missed a comma?\n"
        "<t>:4: SyntaxWarning: list indices must be integers or slices, not tuple; perhaps "
        "you missed a comma?\n"
        "<t>:5: SyntaxWarning: assertion is always true, perhaps remove parentheses?\n"
        "<t>:6: SyntaxWarning: \"is not\" with a literal. Did you mean \"!=\"?\n");
    NO_LEAKS();
}

/* ============================================================== errors */

typedef struct {
    const char *src, *msg;
    int lineno, offset, end_lineno, end_offset;
} ErrCase;

/* As CPython 3.11's compile() reports them (offsets are bytes + 1). */
static const ErrCase errors[] = {
    {"return 1", "'return' outside function", 1, 1, 1, 9},
    {"é = 1; return 1", "'return' outside function", 1, 9, 1, 17},
    {"break", "'break' outside loop", 1, 1, 1, 6},
    {"continue", "'continue' not properly in loop", 1, 1, 1, 9},
    {"class C:\n    yield 2", "'yield' outside function", 2, 5, 2, 12},
    {"yield from x", "'yield' outside function", 1, 1, 1, 13},
    {"f(x=1, x=2)", "keyword argument repeated: x", 1, 8, 1, 11},
    {"__debug__ = 1", "cannot assign to __debug__", 1, 1, 1, 10},
    {"def f(__debug__): pass", "cannot assign to __debug__", 1, 1, 1, 23},
    {"a, *b, *c = d", "multiple starred expressions in assignment", 1, 1, 1, 10},
    {"*a = 1", "starred assignment target must be in a list or tuple", 1, 1, 1, 3},
    {"print(*a)\n*b", "can't use starred expression here", 2, 1, 2, 3},
    {"try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass",
     "default 'except:' must be last", 3, 1, 4, 9},
    {"from __future__ import braces", "not a chance", 1, 1, 1, 0},
    {"from __future__ import nope", "future feature nope is not defined", 1, 1, 1, 0},
    {"import os\nfrom __future__ import annotations",
     "from __future__ imports must occur at the beginning of the file", 2, 1, 2, 35},
    {"while 1:\n    pass\nelse:\n    continue", "'continue' not properly in loop", 4, 5, 4, 13},
    {"for x in y:\n    try:\n        pass\n    except* ValueError:\n        break",
     "'break', 'continue' and 'return' cannot appear in an except* block", 5, 9, 5, 14},
    {"def f():\n    try:\n        pass\n    except* E:\n        return x",
     "'break', 'continue' and 'return' cannot appear in an except* block", 5, 9, 5, 17},
};

Test(compile, errors_have_cpythons_messages_and_positions)
{
    for (size_t i = 0; i < sizeof errors / sizeof errors[0]; i++) {
        const ErrCase *c = &errors[i];
        MpySyntaxError err = {0};
        MpyObject *code = mpy_compile_source(c->src, strlen(c->src), "t.py", MPY_PARSE_FILE,
                                             NULL, &err);
        cr_expect_null(code, "no error for %s", c->src);
        cr_expect_null(mpy_err_occurred());
        MPY_XDECREF(code);
        if (err.kind) {
            cr_expect_str_eq(err.msg, c->msg, "%s: got %s", c->src, err.msg);
            cr_expect_eq(err.lineno, c->lineno, "%s: lineno %d", c->src, err.lineno);
            cr_expect_eq(err.offset, c->offset, "%s: offset %d", c->src, err.offset);
            cr_expect_eq(err.end_lineno, c->end_lineno, "%s: end_lineno %d", c->src,
                         err.end_lineno);
            cr_expect_eq(err.end_offset, c->end_offset, "%s: end_offset %d", c->src,
                         err.end_offset);
        }
        mpy_syntax_error_clear(&err);
    }
    NO_LEAKS();
}

Test(compile, integer_literal_digit_limit)
{
    char src[6000];
    memset(src, '1', 5000);
    strcpy(src + 5000, "\n");
    MpySyntaxError err = {0};
    MpyObject *code = mpy_compile_source(src, strlen(src), "t.py", MPY_PARSE_FILE, NULL, &err);
    cr_expect_null(code);
    cr_assert(err.kind);
    cr_expect_str_eq(err.msg, "Exceeds the limit (4300 digits) for integer string conversion: "
                              "value has 5000 digits; use sys.set_int_max_str_digits() to "
                              "increase the limit - Consider hexadecimal for huge integer "
                              "literals to avoid decimal conversion limits.");
    mpy_syntax_error_clear(&err);
}

Test(compile, eval_and_single_modes)
{
    MpySyntaxError err = {0};
    MpyObject *e = mpy_compile_source("1 + x", 5, "<string>", MPY_PARSE_EVAL, NULL, &err);
    cr_assert(e);
    cr_expect_str_eq(dis((MpyCodeObject *)e),
                     "  0           0 RESUME                   0\n"
                     "\n"
                     "  1           2 LOAD_CONST               0 (1)\n"
                     "              4 LOAD_NAME                0 (x)\n"
                     "              6 BINARY_OP                0 (+)\n"
                     "              8 RETURN_VALUE\n");
    MpyObject *s = mpy_compile_source("x\n", 2, "<stdin>", MPY_PARSE_SINGLE, NULL, &err);
    cr_assert(s);
    cr_expect(strstr(dis((MpyCodeObject *)s), "PRINT_EXPR"));
    MPY_DECREF(e);
    MPY_DECREF(s);
    NO_LEAKS();
}
