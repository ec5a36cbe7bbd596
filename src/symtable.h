/* The symbol table, as CPython 3.11's Python/symtable.c: one entry per
 * scope (module, function, lambda, class body, comprehension), the flags of
 * every name used in it, and after analysis each name's scope (LOCAL,
 * GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL). The compiler asks it how to
 * load and store each name. Errors are CPython's SyntaxErrors. */
#ifndef MPY_SYMTABLE_H
#define MPY_SYMTABLE_H
#include <stdbool.h>

#include "ast.h"
#include "namemap.h"
#include "parse.h"

typedef enum { MPY_BLOCK_MODULE, MPY_BLOCK_FUNCTION, MPY_BLOCK_CLASS } MpyBlockType;

/* Flags of a name in one scope (CPython's DEF_*). */
enum {
    MPY_DEF_GLOBAL = 1,        /* global statement */
    MPY_DEF_LOCAL = 2,         /* assignment */
    MPY_DEF_PARAM = 4,         /* parameter */
    MPY_DEF_NONLOCAL = 8,      /* nonlocal statement */
    MPY_DEF_USE = 16,          /* read */
    MPY_DEF_FREE = 32,
    MPY_DEF_FREE_CLASS = 64,   /* free in a method, bound in the class body */
    MPY_DEF_IMPORT = 128,
    MPY_DEF_ANNOT = 256,
    MPY_DEF_COMP_ITER = 512,   /* a comprehension's iteration variable */
    MPY_DEF_BOUND = MPY_DEF_LOCAL | MPY_DEF_PARAM | MPY_DEF_IMPORT,
};
#define MPY_SCOPE_OFFSET 11
#define MPY_SCOPE_MASK (MPY_DEF_GLOBAL | MPY_DEF_LOCAL | MPY_DEF_PARAM | MPY_DEF_NONLOCAL)

typedef enum {
    MPY_SCOPE_NONE = 0,
    MPY_SCOPE_LOCAL = 1,
    MPY_SCOPE_GLOBAL_EXPLICIT,
    MPY_SCOPE_GLOBAL_IMPLICIT,
    MPY_SCOPE_FREE,
    MPY_SCOPE_CELL,
} MpyScope;

/* What kind of comprehension a scope is (0: not one). */
typedef enum {
    MPY_COMP_NONE, MPY_COMP_LIST, MPY_COMP_SET, MPY_COMP_DICT, MPY_COMP_GENEXP
} MpyCompKind;

typedef struct MpyDirective {
    const char *name;
    AstLocation loc;
} MpyDirective;

typedef struct MpySymtableEntry {
    MpyBlockType type;
    const char *name;            /* "top", the function or class name, "lambda", "listcomp"... */
    const void *key;             /* the AST node that opened the scope */
    MpyNameMap symbols;          /* name -> flags (| scope << MPY_SCOPE_OFFSET after analysis) */
    MpyNameMap varnames;         /* parameters in order: positional-only, positional,
                                    keyword-only, *args, **kwargs */
    struct MpySymtableEntry **children;
    int nchildren, children_cap;
    MpyDirective *directives;    /* global/nonlocal statements, for error positions */
    int ndirectives, directives_cap;
    AstLocation loc;
    MpyCompKind comprehension;
    int comp_iter_expr;          /* > 0 while visiting a comprehension's iterable */
    bool nested;                 /* a function inside a function */
    bool generator, varargs, varkeywords, returns_value;
    bool needs_class_closure;    /* a class whose methods use __class__ / super() */
    bool child_free;             /* a child scope has free variables */
    bool free;                   /* this scope has free variables */
    bool comp_iter_target;       /* visiting a comprehension's target */
} MpySymtableEntry;

typedef struct MpySymtable MpySymtable;

/* Builds and analyses the table for a module. NULL on error: *err is
 * filled for a SyntaxError (and no exception is set), or err->kind stays
 * NULL after a MemoryError (raised). */
MpySymtable *mpy_symtable_build(AstMod *mod, const char *filename, const char *source,
                                size_t len, MpySyntaxError *err);
void mpy_symtable_free(MpySymtable *st);

MpySymtableEntry *mpy_symtable_top(MpySymtable *st);
/* The entry of the scope the node (a FunctionDef, ClassDef, Lambda or
 * comprehension) opened, or NULL. */
MpySymtableEntry *mpy_symtable_lookup(MpySymtable *st, const void *key);
/* The scope of a (mangled) name in an entry; MPY_SCOPE_NONE if unknown. */
MpyScope mpy_symtable_scope(const MpySymtableEntry *ste, const char *name);
/* The raw flags of a name (0 if unknown). */
int mpy_symtable_flags(const MpySymtableEntry *ste, const char *name);

/* CPython's _Py_Mangle: `__x` inside class C becomes `_C__x`. Returns name
 * itself or a string from the table's arena (NULL when memory runs out). */
const char *mpy_symtable_mangle(MpySymtable *st, const char *privateobj, const char *name);

#endif
