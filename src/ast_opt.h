/* CPython 3.11's AST optimizer (Python/ast_opt.c): turns literals into
 * objects and folds constant expressions (unary and binary operators on
 * constants within CPython's size limits, tuples of constants, constant
 * subscripts, `__debug__`, list/set displays iterated by `for` or tested
 * with `in` into tuples/frozensets). The AST itself is not changed: the
 * results live in a side table the compiler consults. */
#ifndef MPY_AST_OPT_H
#define MPY_AST_OPT_H
#include <stdbool.h>

#include "ast.h"
#include "object.h"
#include "parse.h"

typedef struct MpyAstOpt MpyAstOpt;

/* Runs the optimizer. Every object made for a literal (and every folded
 * result) is appended to const_keeper when it is not NULL. Returns NULL on
 * error: a SyntaxError in *err (an integer literal over the digit limit),
 * or an exception set. */
MpyAstOpt *mpy_ast_opt_run(AstMod *mod, MpyObject *const_keeper, const char *filename,
                           const char *source, size_t len, MpySyntaxError *err);
/* The constant value of e (a literal or a folded expression), or NULL;
 * borrowed. */
MpyObject *mpy_ast_opt_value(const MpyAstOpt *opt, const AstExpr *e);
/* The expression CPython's optimizer put in place of e (`'%s' % (a,)`
 * becomes the f-string f'{a!s}'), or NULL. */
AstExpr *mpy_ast_opt_replacement(const MpyAstOpt *opt, const AstExpr *e);
/* A list display that a `for` loop or `in` test iterates: compiled as a
 * tuple. */
bool mpy_ast_opt_as_tuple(const MpyAstOpt *opt, const AstExpr *e);
void mpy_ast_opt_free(MpyAstOpt *opt);

/* Replaces *p by its interned copy when it is a str made only of ASCII
 * letters, digits and '_' (recursively inside tuples), as CPython's
 * intern_string_constants. */
void mpy_ast_opt_intern_constant(MpyObject **p);

/* The object for an AST constant (a new reference), or NULL with an
 * exception set (ValueError for an int over the digit limit). */
MpyObject *mpy_ast_constant_object(const AstConstant *k);

#endif
