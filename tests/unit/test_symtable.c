/* Unit tests of the symbol table (src/symtable.c): the scope of each name
 * in module, function, class, lambda and comprehension scopes (as CPython
 * 3.11's symtable module reports them), cells and free variables, the
 * implicit __class__ cell, walrus targets in comprehensions, mangling, and
 * the errors with their positions. */
#include <criterion/criterion.h>
#include <string.h>

#include "hash.h"
#include "lifecycle.h"
#include "parse.h"
#include "symtable.h"

static void setup(void)
{
    mpy_hash_set_seed(0);
    mpy_runtime_init(0, NULL);
}
static void teardown(void) { mpy_runtime_fini(); }

TestSuite(symtable, .init = setup, .fini = teardown);

typedef struct {
    MpyArena *arena;
    AstMod *mod;
    MpySymtable *st;
    MpySyntaxError err;
} Table;

/* Parses and builds the table; a parse error (the parser reports some
 * errors, such as duplicate arguments, itself) leaves st NULL with err set. */
static Table build_any(const char *src)
{
    Table t = {mpy_arena_new(), NULL, NULL, {0}};
    t.mod = mpy_parse(src, strlen(src), "t.py", MPY_PARSE_FILE, t.arena, &t.err);
    if (t.mod)
        t.st = mpy_symtable_build(t.mod, "t.py", src, strlen(src), &t.err);
    return t;
}

static Table build(const char *src)
{
    Table t = build_any(src);
    cr_assert(t.mod, "parse error: %s", t.err.msg ? t.err.msg : "?");
    return t;
}

static void release(Table *t)
{
    mpy_symtable_free(t->st);
    mpy_syntax_error_clear(&t->err);
    mpy_arena_free(t->arena);
}

/* The n-th statement of the module (a def or class), its scope entry. */
static MpySymtableEntry *child(Table *t, int n)
{
    return mpy_symtable_lookup(t->st, t->mod->v.Module.body.items[n]);
}

/* The entry of the first def/class/lambda/comprehension inside entry e. */
static MpySymtableEntry *first_child(MpySymtableEntry *e)
{
    cr_assert(e->nchildren > 0);
    return e->children[0];
}

Test(symtable, module_names_are_local_and_globals_implicit)
{
    Table t = build("x = 1\nprint(x)\n");
    cr_assert(t.st);
    MpySymtableEntry *top = mpy_symtable_top(t.st);
    cr_expect_eq(top->type, MPY_BLOCK_MODULE);
    cr_expect_eq(mpy_symtable_scope(top, "x"), MPY_SCOPE_LOCAL);
    cr_expect_eq(mpy_symtable_scope(top, "print"), MPY_SCOPE_GLOBAL_IMPLICIT);
    release(&t);
}

Test(symtable, function_locals_params_and_globals)
{
    Table t = build("g = 0\ndef f(a, *b, c, **d):\n    e = a\n    global g\n    g = 1\n"
                    "    return len(b)\n");
    cr_assert(t.st);
    MpySymtableEntry *f = child(&t, 1);
    cr_assert(f);
    cr_expect_eq(f->type, MPY_BLOCK_FUNCTION);
    cr_expect(f->varargs && f->varkeywords);
    const char *params[] = {"a", "c", "b", "d"};
    cr_assert_eq(f->varnames.used, 4);
    for (int i = 0; i < 4; i++)
        cr_expect_str_eq(f->varnames.order[i], params[i]);
    cr_expect_eq(mpy_symtable_scope(f, "e"), MPY_SCOPE_LOCAL);
    cr_expect_eq(mpy_symtable_scope(f, "a"), MPY_SCOPE_LOCAL);
    cr_expect_eq(mpy_symtable_scope(f, "g"), MPY_SCOPE_GLOBAL_EXPLICIT);
    cr_expect_eq(mpy_symtable_scope(f, "len"), MPY_SCOPE_GLOBAL_IMPLICIT);
    /* a global statement in a function makes the module's name explicit */
    cr_expect_eq(mpy_symtable_scope(mpy_symtable_top(t.st), "g"), MPY_SCOPE_GLOBAL_EXPLICIT);
    release(&t);
}

Test(symtable, cells_and_free_variables)
{
    Table t = build("def outer(p):\n    v = 1\n    def inner():\n        nonlocal v\n"
                    "        v += p\n        return w\n    return inner\n");
    cr_assert(t.st);
    MpySymtableEntry *outer = child(&t, 0), *inner = first_child(outer);
    cr_expect_eq(mpy_symtable_scope(outer, "v"), MPY_SCOPE_CELL);
    cr_expect_eq(mpy_symtable_scope(outer, "p"), MPY_SCOPE_CELL);
    cr_expect_eq(mpy_symtable_scope(outer, "inner"), MPY_SCOPE_LOCAL);
    cr_expect_eq(mpy_symtable_scope(inner, "v"), MPY_SCOPE_FREE);
    cr_expect_eq(mpy_symtable_scope(inner, "p"), MPY_SCOPE_FREE);
    cr_expect_eq(mpy_symtable_scope(inner, "w"), MPY_SCOPE_GLOBAL_IMPLICIT);
    cr_expect(inner->nested && inner->free && outer->child_free);
    release(&t);
}

Test(symtable, class_scope_does_not_leak_into_methods)
{
    Table t = build("def f():\n    x = 1\n    class C:\n        x = 2\n        y = x\n"
                    "        def m(self):\n            return x\n    return C\n");
    cr_assert(t.st);
    MpySymtableEntry *f = child(&t, 0), *c = first_child(f), *m = first_child(c);
    cr_expect_eq(c->type, MPY_BLOCK_CLASS);
    cr_expect_eq(mpy_symtable_scope(c, "x"), MPY_SCOPE_LOCAL);
    cr_expect(mpy_symtable_flags(c, "x") & MPY_DEF_FREE_CLASS);
    cr_expect_eq(mpy_symtable_scope(m, "x"), MPY_SCOPE_FREE);
    cr_expect_eq(mpy_symtable_scope(f, "x"), MPY_SCOPE_CELL);
    release(&t);
}

Test(symtable, free_variable_read_in_a_class_body)
{
    Table t = build("def f():\n    v = 1\n    class C:\n        w = v\n    return C\n");
    cr_assert(t.st);
    MpySymtableEntry *f = child(&t, 0), *c = first_child(f);
    cr_expect_eq(mpy_symtable_scope(c, "v"), MPY_SCOPE_FREE);
    cr_expect_eq(mpy_symtable_scope(f, "v"), MPY_SCOPE_CELL);
    release(&t);
}

Test(symtable, super_makes_a_class_cell)
{
    Table t = build("class C(B):\n    def m(self):\n        return super().m()\n"
                    "class D:\n    def m(self):\n        return 1\n");
    cr_assert(t.st);
    MpySymtableEntry *c = child(&t, 0), *d = child(&t, 1);
    cr_expect(c->needs_class_closure);
    cr_expect(!d->needs_class_closure);
    cr_expect_eq(mpy_symtable_scope(first_child(c), "__class__"), MPY_SCOPE_FREE);
    release(&t);
}

Test(symtable, comprehension_is_its_own_scope)
{
    Table t = build("def f(xs):\n    return [x * k for x in xs if x]\n");
    cr_assert(t.st);
    MpySymtableEntry *f = child(&t, 0), *comp = first_child(f);
    cr_expect_str_eq(comp->name, "listcomp");
    cr_expect_eq(comp->comprehension, MPY_COMP_LIST);
    cr_assert_eq(comp->varnames.used, 1);
    cr_expect_str_eq(comp->varnames.order[0], ".0");
    cr_expect_eq(mpy_symtable_scope(comp, "x"), MPY_SCOPE_LOCAL);
    cr_expect_eq(mpy_symtable_scope(comp, "k"), MPY_SCOPE_GLOBAL_IMPLICIT);
    /* the first iterable is evaluated in f */
    cr_expect_eq(mpy_symtable_scope(f, "xs"), MPY_SCOPE_LOCAL);
    cr_expect_eq(mpy_symtable_scope(comp, "xs"), MPY_SCOPE_NONE);
    release(&t);
}

Test(symtable, walrus_in_comprehension_binds_in_function)
{
    Table t = build("def f(xs):\n    if any((w := x) > 1 for x in xs):\n        return w\n"
                    "[(m := y) for y in range(3)]\n");
    cr_assert(t.st);
    MpySymtableEntry *f = child(&t, 0), *gen = first_child(f);
    cr_expect(gen->generator);
    cr_expect_eq(mpy_symtable_scope(gen, "w"), MPY_SCOPE_FREE);
    cr_expect_eq(mpy_symtable_scope(f, "w"), MPY_SCOPE_CELL);
    MpySymtableEntry *top = mpy_symtable_top(t.st);
    cr_expect_eq(mpy_symtable_scope(top, "m"), MPY_SCOPE_GLOBAL_EXPLICIT);
    cr_expect_eq(mpy_symtable_scope(top->children[1], "m"), MPY_SCOPE_GLOBAL_EXPLICIT);
    release(&t);
}

Test(symtable, private_names_are_mangled)
{
    Table t = build("class K:\n    __x = 1\n    __y__ = 2\n    def m(self):\n"
                    "        return self.__x\n");
    cr_assert(t.st);
    MpySymtableEntry *k = child(&t, 0);
    cr_expect_eq(mpy_symtable_scope(k, "_K__x"), MPY_SCOPE_LOCAL);
    cr_expect_eq(mpy_symtable_scope(k, "__y__"), MPY_SCOPE_LOCAL);
    cr_expect_str_eq(mpy_symtable_mangle(t.st, "_K", "__z"), "_K__z");
    cr_expect_str_eq(mpy_symtable_mangle(t.st, "___", "__z"), "__z");
    cr_expect_str_eq(mpy_symtable_mangle(t.st, "K", "__a.b"), "__a.b");
    release(&t);
}

Test(symtable, import_binds_first_component)
{
    Table t = build("import a.b.c\nimport d.e as f\nfrom g import h as i\n");
    cr_assert(t.st);
    MpySymtableEntry *top = mpy_symtable_top(t.st);
    cr_expect(mpy_symtable_flags(top, "a") & MPY_DEF_IMPORT);
    cr_expect(mpy_symtable_flags(top, "f") & MPY_DEF_IMPORT);
    cr_expect(mpy_symtable_flags(top, "i") & MPY_DEF_IMPORT);
    cr_expect_eq(mpy_symtable_flags(top, "d"), 0);
    release(&t);
}

/* ------------------------------------------------------------- errors */

typedef struct {
    const char *src, *msg;
    int lineno, offset, end_lineno, end_offset;
} ErrCase;

/* Messages and positions as CPython 3.11's compile() reports them. */
static const ErrCase errors[] = {
    {"def f():\n    x = 1\n    global x", "name 'x' is assigned to before global declaration",
     3, 5, 3, 13},
    {"def f():\n    print(x)\n    global x", "name 'x' is used prior to global declaration", 3,
     5, 3, 13},
    {"def f(x):\n    global x", "name 'x' is parameter and global", 2, 5, 2, 13},
    {"def f(x):\n    nonlocal x", "name 'x' is parameter and nonlocal", 2, 5, 2, 15},
    {"nonlocal x", "nonlocal declaration not allowed at module level", 1, 1, 1, 11},
    {"def f():\n    nonlocal x", "no binding for nonlocal 'x' found", 2, 5, 2, 15},
    {"def f(a, a): pass", "duplicate argument 'a' in function definition", 1, 10, 1, 11},
    {"def f():\n    import os\n    from os import *", "import * only allowed at module level",
     3, 20, 3, 21},
    {"[(i := 1) for i in range(3)]",
     "assignment expression cannot rebind comprehension iteration variable 'i'", 1, 3, 1, 4},
    {"class C:\n    [(j := 1) for k in range(3)]",
     "assignment expression within a comprehension cannot be used in a class body", 2, 7, 2, 8},
    {"[i for i in (j := [1])]",
     "assignment expression cannot be used in a comprehension iterable expression", 1, 14, 1,
     22},
    {"def f():\n    x: int\n    global x", "annotated name 'x' can't be global", 3, 5, 3, 13},
    {"def f():\n    global y\n    y: int = 1", "annotated name 'y' can't be global", 3, 5, 3, 15},
    {"[x for x in y if (yield)]", "'yield' inside list comprehension", 1, 19, 1, 24},
    {"def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x",
     "name 'x' is nonlocal and global", 4, 9, 4, 19},
};

Test(symtable, errors_have_cpythons_messages_and_positions)
{
    for (size_t i = 0; i < sizeof errors / sizeof errors[0]; i++) {
        const ErrCase *c = &errors[i];
        Table t = build_any(c->src);
        cr_expect_null(t.st, "no error for %s", c->src);
        if (!t.st) {
            cr_expect_str_eq(t.err.kind, "SyntaxError");
            cr_expect_str_eq(t.err.msg, c->msg, "%s: got %s", c->src, t.err.msg);
            cr_expect_eq(t.err.lineno, c->lineno, "%s: lineno %d", c->src, t.err.lineno);
            cr_expect_eq(t.err.offset, c->offset, "%s: offset %d", c->src, t.err.offset);
            cr_expect_eq(t.err.end_lineno, c->end_lineno, "%s: end_lineno %d", c->src,
                         t.err.end_lineno);
            cr_expect_eq(t.err.end_offset, c->end_offset, "%s: end_offset %d", c->src,
                         t.err.end_offset);
        }
        release(&t);
    }
}
