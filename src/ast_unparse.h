/* An expression back to source text, as CPython 3.11's ast_unparse.c does
 * for `from __future__ import annotations` (annotations are kept as the
 * strings of their source, normalized: `dict[str, int] | None`). */
#ifndef MPY_AST_UNPARSE_H
#define MPY_AST_UNPARSE_H
#include "ast.h"
#include "ast_opt.h"
#include "object.h"

/* The text of e as a str (new reference), or NULL with an exception set.
 * Constants are printed with the reprs of their objects in opt. */
MpyObject *mpy_ast_unparse(const MpyAstOpt *opt, const AstExpr *e);

#endif
