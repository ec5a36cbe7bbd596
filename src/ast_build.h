/* AST constructors called by the grammar's actions (grammar/parser.y), and
 * the parser state they share with the driver (parse.c). Each builder makes
 * one node with CPython's positions, or records CPython's syntax error for
 * the construct and returns NULL. */
#ifndef MPY_AST_BUILD_H
#define MPY_AST_BUILD_H
#include <stdbool.h>

#include "ast.h"
#include "parse.h"
#include "tokenize.h"

/* A growable list in the arena; becomes an AST_SEQ (same size/items). A
 * list of statements may also know where its text ends: after a trailing
 * ';', which CPython counts in the span of the compound statement around. */
typedef struct {
    ssize_t size, cap;
    void **items;
    bool has_end;
    AstLocation end;
} AstVec;

/* A comma-separated list of expressions with the span it covers. */
typedef struct {
    AstVec v;
    AstLocation loc;
} MpyExprList;

/* Chained comparison being read: left op right op right ... */
typedef struct {
    AstExpr *left;
    AstVec ops; /* AstCmpOp stored as intptr_t */
    AstVec comparators;
} MpyCompare;

/* Adjacent string tokens, concatenated when the atom is built. */
typedef struct {
    AstVec tokens; /* MpyToken* */
} MpyStrings;

/* A dotted module name (a.b.c) and, for `from`, its leading dots. */
typedef struct {
    const char *name; /* NULL when there are only dots */
    int level;
    AstLocation loc;
} MpyDotted;

typedef struct {
    AstVec *names;    /* AstAlias* */
    AstLocation end;  /* the last token of the statement */
    const MpyToken *trailing_comma; /* unparenthesized `import a, b,`: an error */
} MpyImportTargets;

typedef struct {
    AstVec names; /* const char* */
    AstLocation last;
} MpyNames;

typedef enum { MPY_PARAM_PLAIN, MPY_PARAM_SLASH, MPY_PARAM_STAR, MPY_PARAM_DSTAR } MpyParamKind;
typedef struct {
    MpyParamKind kind;
    AstLocation loc;    /* the name, or the / or * token */
    AstLocation eq;     /* the '=' before a default */
    AstArg *arg;        /* NULL for / and a bare * */
    AstExpr *dflt;
} MpyParam;
typedef struct {
    AstVec v; /* MpyParam* */
} MpyParams;

typedef enum {
    MPY_ARG_POSITIONAL, MPY_ARG_GENEXP, MPY_ARG_KEYWORD, MPY_ARG_STAR, MPY_ARG_DSTAR
} MpyArgKind;
typedef struct {
    MpyArgKind kind;
    AstExpr *key;     /* keyword: the expression left of '=' */
    AstExpr *value;
    AstVec *gens;     /* generator argument: its for/if clauses */
    AstLocation loc;  /* the whole argument */
    AstLocation eq;   /* keyword: the '=' */
    AstLocation star; /* * or **: the operator */
} MpyArg;
typedef struct {
    AstVec v; /* MpyArg* */
    bool trailing_comma;
    bool in_class;    /* class bases: no generator argument */
} MpyArgs;

/* An except clause, and whether it was except*. */
typedef struct {
    AstExceptHandler *handler;
    bool star;
    AstLocation except_loc, star_loc;
} MpyHandler;

typedef struct {
    AstExpr *key; /* NULL for **value */
    AstExpr *value;
} MpyDictItem;
typedef struct {
    AstVec v; /* MpyDictItem* */
} MpyDictItems;

/* The state shared by the driver, the grammar's actions and the builders. */
typedef struct MpyParser {
    MpyArena *arena;
    MpySyntaxError *err;
    const char *buf, *end;   /* the prepared source (for error lines) */
    MpyParseMode mode;
    AstMod *mod;             /* the result of FILE, EVAL and SINGLE modes */
    AstExpr *fstring_expr;   /* the result of an f-string replacement field */
    bool syntax_error;       /* lemon found no rule for error_token */
    MpyToken error_token;
    MpyToken lookahead;      /* the token being fed (CPython's "last token") */
    int fstring_depth;       /* nesting of f-strings being parsed */
    int fstring_line, fstring_col; /* where an f-string expression's text starts */
    bool overflow;
    AstArg *duplicate_arg;   /* first repeated parameter (a symbol table error) */
    bool diagnosing;         /* a trial parse for the error diagnosis */
    int furthest_line;       /* the line of the furthest token the diagnosis read */
    bool reached_tokenizer_error; /* the diagnosis read up to the tokenizer's error */
    bool coding_declared;    /* a PEP 263 line: CPython then counts columns in characters */
} MpyParser;

/* ------------------------------------------------------------- errors */

/* Records a SyntaxError spanning [from, to) as CPython's RAISE_SYNTAX_ERROR_
 * KNOWN_RANGE does (to may equal from); columns convert to characters. */
void mpy_build_error_range(MpyParser *p, const char *kind, const AstLocation *from, const AstLocation *to,
                     const char *fmt, ...) __attribute__((format(printf, 5, 6)));
/* The text CPython shows for line `lineno` of a parser error (see there). */
const char *mpy_build_error_text(MpyParser *p, int lineno, size_t *len);
void mpy_build_error_node(MpyParser *p, const AstExpr *e, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
AstLocation mpy_build_token_loc(const MpyToken *t);
/* The name CPython uses for an expression in messages ("function call"). */
const char *mpy_build_expr_name(const AstExpr *e);

/* Hooks for lemon's %syntax_error and %stack_overflow. */
void mpy_parser_syntax_error(MpyParser *p, const MpyToken *t);
void mpy_parser_overflow(MpyParser *p);

/* -------------------------------------------------------------- lists */

AstVec *mpy_build_vec_one(MpyParser *p, void *item);
AstVec *mpy_build_vec_push(MpyParser *p, AstVec *v, void *item);
AstVec *mpy_build_vec_extend(MpyParser *p, AstVec *v, AstVec *more);
/* Statements of a line that ends with `;`: the block ends at the ';'. */
AstVec *mpy_build_vec_semi(MpyParser *p, AstVec *v, const MpyToken *semi);
MpyExprList *mpy_build_exprs_push(MpyParser *p, MpyExprList *l, AstExpr *e);
MpyExprList *mpy_build_exprs_two(MpyParser *p, AstExpr *a, AstExpr *b);
MpyNames *mpy_build_names_push(MpyParser *p, MpyNames *l, const MpyToken *name);
MpyParams *mpy_build_params_push(MpyParser *p, MpyParams *l, MpyParam *param);
MpyParam *mpy_build_param(MpyParser *p, MpyParamKind kind, const MpyToken *first, const MpyToken *name,
                    AstExpr *annotation, const MpyToken *eq, AstExpr *dflt);
MpyArgs *mpy_build_args_push(MpyParser *p, MpyArgs *l, MpyArg *arg);
MpyArgs *mpy_build_args_comma(MpyParser *p, MpyArgs *l);
MpyArg *mpy_build_arg(MpyParser *p, MpyArgKind kind, AstExpr *key, const MpyToken *eq, AstExpr *value,
                AstVec *gens);
AstExpr *mpy_build_starred_arg(MpyParser *p, MpyArg *a);
MpyArg *mpy_build_arg_star(MpyParser *p, MpyArgKind kind, const MpyToken *star, AstExpr *value);
MpyDictItems *mpy_build_dict_push(MpyParser *p, MpyDictItems *l, MpyDictItem *item);
MpyDictItem *mpy_build_dict_item(MpyParser *p, AstExpr *key, AstExpr *value);
MpyStrings *mpy_build_strings_push(MpyParser *p, MpyStrings *l, const MpyToken *t);
MpyCompare *mpy_build_compare_push(MpyParser *p, MpyCompare *c, AstExpr *left, int op, AstExpr *right);
MpyDotted *mpy_build_dotted_push(MpyParser *p, MpyDotted *d, const MpyToken *name);
MpyDotted *mpy_build_dots_push(MpyParser *p, MpyDotted *d, const MpyToken *dot);
MpyDotted *mpy_build_dotted_relative(MpyParser *p, MpyDotted *dots, MpyDotted *name);
MpyImportTargets *mpy_build_import_star(MpyParser *p, const MpyToken *star);
MpyImportTargets *mpy_build_import_targets(MpyParser *p, AstVec *names, const MpyToken *rpar,
                                     const MpyToken *trailing_comma);
AstVec *mpy_build_comp_if(MpyParser *p, AstVec *gens, AstExpr *cond);
/* The first clause of a comprehension; the list remembers where its `for`
 * is (in `end`), for errors about the generator. */
AstVec *mpy_build_comp_start(MpyParser *p, const MpyToken *for_token, AstComprehension *c);

/* ------------------------------------------------------------ modules */

void mpy_build_module(MpyParser *p, AstVec *body);
void mpy_build_interactive(MpyParser *p, AstVec *body);
void mpy_build_expression(MpyParser *p, AstExpr *body);
void mpy_build_fstring_result(MpyParser *p, AstExpr *e);

/* --------------------------------------------------------- statements */

AstStmt *mpy_build_expr_stmt(MpyParser *p, AstExpr *e);
AstStmt *mpy_build_assign(MpyParser *p, MpyExprList *chain);
AstStmt *mpy_build_augassign(MpyParser *p, AstExpr *target, int op, AstExpr *value);
AstStmt *mpy_build_annassign(MpyParser *p, AstExpr *target, AstExpr *annotation, AstExpr *value);
AstStmt *mpy_build_keyword_stmt(MpyParser *p, AstStmtKind kind, const MpyToken *t);
AstStmt *mpy_build_return(MpyParser *p, const MpyToken *t, AstExpr *value);
AstStmt *mpy_build_raise(MpyParser *p, const MpyToken *t, AstExpr *exc, AstExpr *cause);
AstStmt *mpy_build_global(MpyParser *p, const MpyToken *t, MpyNames *names, AstStmtKind kind);
AstStmt *mpy_build_delete(MpyParser *p, const MpyToken *t, MpyExprList *targets,
                          const MpyToken *comma);
AstStmt *mpy_build_assert(MpyParser *p, const MpyToken *t, AstExpr *test, AstExpr *msg);
AstStmt *mpy_build_import(MpyParser *p, const MpyToken *t, AstVec *names);
AstStmt *mpy_build_import_from(MpyParser *p, const MpyToken *t, MpyDotted *module,
                               MpyImportTargets *targets);
AstAlias *mpy_build_alias(MpyParser *p, MpyDotted *name, const MpyToken *asname);
AstStmt *mpy_build_if(MpyParser *p, const MpyToken *t, AstExpr *test, AstVec *body, AstVec *orelse);
AstStmt *mpy_build_while(MpyParser *p, const MpyToken *t, AstExpr *test, AstVec *body,
                         AstVec *orelse);
AstStmt *mpy_build_for(MpyParser *p, const MpyToken *t, AstExpr *target, AstExpr *iter,
                       AstVec *body, AstVec *orelse);
AstStmt *mpy_build_try(MpyParser *p, const MpyToken *t, AstVec *body, AstVec *handlers,
                       AstVec *orelse, AstVec *finalbody);
MpyHandler *mpy_build_handler(MpyParser *p, const MpyToken *t, const MpyToken *star, AstExpr *type,
                              const MpyToken *name, AstVec *body);
AstStmt *mpy_build_with(MpyParser *p, const MpyToken *t, AstVec *items, AstVec *body);
AstWithItem *mpy_build_withitem(MpyParser *p, AstExpr *context, AstExpr *target);
AstStmt *mpy_build_funcdef(MpyParser *p, const MpyToken *def, const MpyToken *name,
                           MpyParams *params, AstExpr *returns, AstVec *body);
AstStmt *mpy_build_classdef(MpyParser *p, const MpyToken *cls, const MpyToken *name,
                            MpyArgs *args, const MpyToken *rpar, AstVec *body);
AstStmt *mpy_build_decorated(MpyParser *p, AstVec *decorators, AstStmt *def);

/* -------------------------------------------------------- expressions */

AstExpr *mpy_build_tuple_or_item(MpyParser *p, MpyExprList *l, const MpyToken *comma);
AstExpr *mpy_build_targets(MpyParser *p, MpyExprList *l, const MpyToken *comma);
AstExpr *mpy_build_starred(MpyParser *p, const MpyToken *star, AstExpr *value);
AstExpr *mpy_build_namedexpr(MpyParser *p, AstExpr *target, AstExpr *value);
AstExpr *mpy_build_yield(MpyParser *p, const MpyToken *t, AstExpr *value, bool from);
AstExpr *mpy_build_ifexp(MpyParser *p, AstExpr *test, AstExpr *body, AstExpr *orelse);
AstExpr *mpy_build_lambda(MpyParser *p, const MpyToken *t, MpyParams *params, AstExpr *body);
AstExpr *mpy_build_boolop(MpyParser *p, AstBoolOp op, MpyExprList *values);
AstExpr *mpy_build_unary(MpyParser *p, const MpyToken *t, AstUnaryOp op, AstExpr *operand);
AstExpr *mpy_build_compare(MpyParser *p, MpyCompare *c);
AstExpr *mpy_build_binop(MpyParser *p, AstExpr *left, AstOperator op, AstExpr *right);
AstExpr *mpy_build_attribute(MpyParser *p, AstExpr *value, const MpyToken *name);
AstExpr *mpy_build_call(MpyParser *p, AstExpr *func, const MpyToken *lpar, MpyArgs *args,
                        const MpyToken *rpar);
AstExpr *mpy_build_subscript(MpyParser *p, AstExpr *value, AstExpr *slice, const MpyToken *rsqb);
AstExpr *mpy_build_slices(MpyParser *p, MpyExprList *l, const MpyToken *comma);
AstExpr *mpy_build_slice(MpyParser *p, AstExpr *lower, const MpyToken *colon1, AstExpr *upper,
                         const MpyToken *colon2, AstExpr *step);
AstExpr *mpy_build_name(MpyParser *p, const MpyToken *t);
AstExpr *mpy_build_singleton(MpyParser *p, const MpyToken *t, AstConstKind kind);
AstExpr *mpy_build_number(MpyParser *p, const MpyToken *t);
AstExpr *mpy_build_strings(MpyParser *p, MpyStrings *s);
AstExpr *mpy_build_paren(MpyParser *p, const MpyToken *lpar, MpyExprList *items,
                         const MpyToken *comma, const MpyToken *rpar);
AstExpr *mpy_build_paren_yield(MpyParser *p, const MpyToken *lpar, AstExpr *e, const MpyToken *rpar);
AstExpr *mpy_build_genexp(MpyParser *p, const MpyToken *lpar, AstExpr *elt, AstVec *gens,
                          const MpyToken *rpar);
AstExpr *mpy_build_list(MpyParser *p, const MpyToken *lsqb, MpyExprList *items,
                        const MpyToken *rsqb);
AstExpr *mpy_build_listcomp(MpyParser *p, const MpyToken *lsqb, AstExpr *elt, AstVec *gens,
                            const MpyToken *rsqb);
AstExpr *mpy_build_dict(MpyParser *p, const MpyToken *l, MpyDictItems *items, const MpyToken *r);
AstExpr *mpy_build_set(MpyParser *p, const MpyToken *l, MpyExprList *items, const MpyToken *r);
AstExpr *mpy_build_setcomp(MpyParser *p, const MpyToken *l, AstExpr *elt, AstVec *gens,
                           const MpyToken *r);
AstExpr *mpy_build_dictcomp(MpyParser *p, const MpyToken *l, AstExpr *key, AstExpr *value,
                            AstVec *gens, const MpyToken *r);
AstComprehension *mpy_build_comprehension(MpyParser *p, AstExpr *target, AstExpr *iter);

/* ------------------------------------------------- strings (ast_string.c) */

/* Parses the expression text [start, stop) of an f-string replacement field
 * in token t (parse.c); NULL after an error. */
AstExpr *mpy_parse_fstring_expr(MpyParser *p, const char *start, const char *stop, const MpyToken *t);
/* Parses the source text [start, stop), found at (lineno, col), as an
 * expression; NULL if it is not one. Used to diagnose syntax errors. */
AstExpr *mpy_parse_fragment(MpyParser *p, const char *start, const char *stop, int lineno, int col);

/* Builds the Constant or JoinedStr for adjacent string tokens. */
AstExpr *mpy_build_strings(MpyParser *p, MpyStrings *s);

/* ---------------------------------------- targets (ast_targets.c) */

/* Sets ctx to Store or Del throughout a target, or reports CPython's
 * "cannot assign to ..." / "cannot delete ..." error and returns false. */
bool mpy_build_set_store(MpyParser *p, AstExpr *e, AstExprContext ctx);
/* The first sub-expression that cannot be a target, or NULL. */
const AstExpr *mpy_build_invalid_target(const AstExpr *e, AstExprContext ctx);

/* The identifier a NAME token spells, NFKC-normalized if not ASCII. */
const char *mpy_build_identifier(MpyParser *p, const MpyToken *name);
/* Records a repeated parameter name, reported only if parsing succeeds. */
void mpy_build_defer_duplicate(MpyParser *p, AstArg *arg);
/* Checks a parameter list and makes the arguments node (NULL on error). */
AstArguments *mpy_build_arguments(MpyParser *p, MpyParams *params, bool lambda);
/* Splits call or class arguments into positional and keyword lists. */
int mpy_build_split_args(MpyParser *p, MpyArgs *args, const MpyToken *close, AstVec **positional,
                   AstVec **keywords);

/* Zeroed memory in the parser's arena. Out of memory, it records a
 * MemoryError and returns a scratch node (NULL for sizes over 1 KiB, which
 * the callers that allocate arrays check). */
void *mpy_build_alloc(MpyParser *p, size_t size);

/* Fills an AST_SEQ from a vector (NULL: the empty sequence). */
static inline void mpy_build_seq(AstVec *v, ssize_t *size, void ***items)
{
    *size = v ? v->size : 0;
    *items = v ? v->items : NULL;
}
#define SEQ(seq, vec) mpy_build_seq((vec), &(seq).size, (void ***)&(seq).items)

/* Allocation helpers shared by the builder files. */
AstExpr *mpy_build_new_expr(MpyParser *p, AstExprKind kind, AstLocation loc);
AstStmt *mpy_build_new_stmt(MpyParser *p, AstStmtKind kind, AstLocation loc);
AstLocation mpy_build_span(const AstLocation *from, const AstLocation *to);

#endif
