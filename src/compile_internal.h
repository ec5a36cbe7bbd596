/* The compiler's shared state, for compile.c (units, constants, names,
 * scopes, functions and classes), compile_expr.c (expressions),
 * compile_stmt.c (statements and control flow) and compile_target.c
 * (assignment targets). Not a public header. Functions return true on
 * success; on failure the error is in c->err (a SyntaxError) or pending
 * (MemoryError and other internal errors). */
#ifndef MPY_COMPILE_INTERNAL_H
#define MPY_COMPILE_INTERNAL_H
#include <stdbool.h>

#include "assemble.h"
#include "ast.h"
#include "ast_opt.h"
#include "namemap.h"
#include "object.h"
#include "parse.h"
#include "symtable.h"

typedef enum {
    UNIT_MODULE, UNIT_CLASS, UNIT_FUNCTION, UNIT_LAMBDA, UNIT_COMPREHENSION
} UnitKind;

/* The blocks a break/continue/return has to unwind (CPython's fblocks). */
typedef enum {
    FB_WHILE_LOOP, FB_FOR_LOOP, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_WITH,
    FB_HANDLER_CLEANUP, FB_POP_VALUE, FB_EXCEPTION_HANDLER, FB_EXCEPTION_GROUP_HANDLER
} FBlockKind;

typedef struct {
    FBlockKind kind;
    MpyBasicBlock *block, *exit;
    const AstStmtSeq *finalbody; /* FB_FINALLY_TRY */
    const AstStmt *with;         /* FB_WITH */
    const char *name;            /* FB_HANDLER_CLEANUP: the `as` name, or NULL */
} FBlock;

#define MAX_FBLOCKS 20         /* CPython's CO_MAXBLOCKS */
#define STACK_USE_GUIDELINE 30 /* CPython's: build big displays incrementally */

typedef struct CUnit {
    struct CUnit *parent;
    MpySymtableEntry *ste;
    UnitKind kind;
    const char *name;
    MpyObject *qualname;     /* str */
    MpyObject *consts;       /* list, in index order */
    MpyObject *consts_index; /* dict: constant key -> index */
    MpyNameMap names, varnames, cellvars, freevars;
    int argcount, posonlyargcount, kwonlyargcount;
    int firstlineno;
    MpyCfg cfg;
    MpyPosition loc;         /* given to each instruction emitted */
    FBlock fblocks[MAX_FBLOCKS];
    int nfblocks;
    const char *private_name; /* the class name for mangling */
} CUnit;

typedef struct {
    MpySymtable *st;
    MpyAstOpt *opt;
    const char *filename, *source;
    size_t len;
    MpyObject *filename_obj;
    MpySyntaxError *err;
    bool interactive;
    bool future_annotations;
    int future_lineno;       /* the line of the last `from __future__` import */
    int nestlevel;
    MpyObject *const_cache;  /* dict: constant key -> the canonical object */
    CUnit *u;
    MpyArena *arena;         /* strings made while compiling */
    bool failed;
} Compiler;

/* ------------------------------------------------------------ compile.c */
bool cc_error(Compiler *c, const char *fmt, ...);
bool cc_warn(Compiler *c, const char *fmt, ...);
bool cc_nomem(Compiler *c);

static inline MpyPosition cc_loc_of(AstLocation l)
{
    return (MpyPosition){l.lineno, l.end_lineno, l.col_offset, l.end_col_offset};
}
static inline MpyPosition cc_no_loc(void) { return (MpyPosition){-1, -1, -1, -1}; }

bool cc_addop(Compiler *c, int op, int arg);
bool cc_addop_jump(Compiler *c, int op, MpyBasicBlock *target);
MpyBasicBlock *cc_new_block(Compiler *c);
void cc_use_block(Compiler *c, MpyBasicBlock *b);
/* LOAD_CONST of a borrowed object (merged with equal constants). */
bool cc_load_const(Compiler *c, MpyObject *o);
/* As cc_load_const, but steals o (NULL: an error is pending). */
bool cc_load_const_new(Compiler *c, MpyObject *o);
int cc_add_const(Compiler *c, MpyObject *o); /* index, or -1 */
int cc_add_name(Compiler *c, const char *name); /* index in co_names, or -1 */
bool cc_addop_name(Compiler *c, int op, const char *name);
const char *cc_mangle(Compiler *c, const char *name);
bool cc_nameop(Compiler *c, const char *name, AstExprContext ctx);
bool cc_forbidden_name(Compiler *c, const char *name, AstExprContext ctx);
MpyObject *cc_str(Compiler *c, const char *s); /* new reference, interned if identifier-like */

bool cc_enter_scope(Compiler *c, const char *name, UnitKind kind, const void *key, int lineno);
void cc_exit_scope(Compiler *c);
/* Finishes the current unit into a code object (new reference, or NULL). */
MpyObject *cc_make_code(Compiler *c, bool add_none);

bool cc_push_fblock(Compiler *c, FBlock fb);
void cc_pop_fblock(Compiler *c);

bool cc_function(Compiler *c, AstStmt *s);
bool cc_class(Compiler *c, AstStmt *s);
bool cc_lambda(Compiler *c, AstExpr *e);
bool cc_comprehension(Compiler *c, AstExpr *e);
/* Calls __exit__(None, None, None) on the exit below the top. */
bool cc_call_exit_with_nones(Compiler *c);

/* The constant value of an expression (a literal or a folded one), or
 * NULL; borrowed. */
MpyObject *cc_const_value(Compiler *c, const AstExpr *e);

/* -------------------------------------------------------- compile_expr.c */
bool cc_expr(Compiler *c, AstExpr *e);
bool cc_exprs(Compiler *c, AstExprSeq seq);
bool cc_jump_if(Compiler *c, AstExpr *e, MpyBasicBlock *next, bool cond);
bool cc_call_helper(Compiler *c, int n, AstExprSeq args, AstKeywordSeq keywords);
bool cc_validate_keywords(Compiler *c, AstKeywordSeq keywords);
bool cc_starunpack(Compiler *c, AstExprSeq elts, int pushed, int build, int add, int extend,
                   bool tuple);
void cc_attr_loc(MpyPosition *loc, const AstExpr *attr);
int cc_binop_code(AstOperator op, bool inplace); /* MPY_BINOP_* */

/* -------------------------------------------------------- compile_stmt.c */
bool cc_stmt(Compiler *c, AstStmt *s);
bool cc_stmts(Compiler *c, AstStmtSeq seq);
bool cc_body(Compiler *c, AstStmtSeq body);
bool cc_find_ann(AstStmtSeq body);

/* ------------------------------------------------------ compile_target.c */
bool cc_assignment_helper(Compiler *c, AstExprSeq elts);
bool cc_augassign(Compiler *c, AstStmt *s);
bool cc_annassign(Compiler *c, AstStmt *s);

#define TRY(x)                \
    do {                      \
        if (!(x))             \
            return false;     \
    } while (0)

#endif
