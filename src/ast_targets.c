/* Assignment and deletion targets: turning expressions parsed as loads into
 * stores or deletions, and CPython 3.11's messages for what cannot be a
 * target (its _PyPegen_get_invalid_target and invalid_assignment rules). */
#include "ast_build.h"

const char *mpy_build_expr_name(const AstExpr *e)
{
    switch (e->kind) {
    case AST_Attribute_kind: return "attribute";
    case AST_Subscript_kind: return "subscript";
    case AST_Starred_kind: return "starred";
    case AST_Name_kind: return "name";
    case AST_List_kind: return "list";
    case AST_Tuple_kind: return "tuple";
    case AST_Lambda_kind: return "lambda";
    case AST_Call_kind: return "function call";
    case AST_BoolOp_kind: case AST_BinOp_kind: case AST_UnaryOp_kind: return "expression";
    case AST_GeneratorExp_kind: return "generator expression";
    case AST_Yield_kind: case AST_YieldFrom_kind: return "yield expression";
    case AST_Await_kind: return "await expression";
    case AST_ListComp_kind: return "list comprehension";
    case AST_SetComp_kind: return "set comprehension";
    case AST_DictComp_kind: return "dict comprehension";
    case AST_Dict_kind: return "dict literal";
    case AST_Set_kind: return "set display";
    case AST_JoinedStr_kind: case AST_FormattedValue_kind: return "f-string expression";
    case AST_Compare_kind: return "comparison";
    case AST_IfExp_kind: return "conditional expression";
    case AST_NamedExpr_kind: return "named expression";
    case AST_Slice_kind: return "slice";
    case AST_Constant_kind:
        switch (e->v.Constant.value.kind) {
        case AST_CONST_NONE: return "None";
        case AST_CONST_TRUE: return "True";
        case AST_CONST_FALSE: return "False";
        case AST_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    }
    return "expression";
}

const AstExpr *mpy_build_invalid_target(const AstExpr *e, AstExprContext ctx)
{
    switch (e->kind) {
    case AST_Name_kind: case AST_Attribute_kind: case AST_Subscript_kind:
        return NULL;
    case AST_Starred_kind:
        return ctx == AST_Del ? e : mpy_build_invalid_target(e->v.Starred.value, ctx);
    case AST_Tuple_kind:
    case AST_List_kind: {
        const AstExprSeq *elts = e->kind == AST_Tuple_kind ? &e->v.Tuple.elts : &e->v.List.elts;
        for (ssize_t i = 0; i < elts->size; i++) {
            const AstExpr *bad = mpy_build_invalid_target(elts->items[i], ctx);
            if (bad)
                return bad;
        }
        return NULL;
    }
    default:
        return e;
    }
}

static void set_ctx(AstExpr *e, AstExprContext ctx)
{
    switch (e->kind) {
    case AST_Name_kind: e->v.Name.ctx = ctx; break;
    case AST_Attribute_kind: e->v.Attribute.ctx = ctx; break;
    case AST_Subscript_kind: e->v.Subscript.ctx = ctx; break;
    case AST_Starred_kind:
        e->v.Starred.ctx = ctx;
        set_ctx(e->v.Starred.value, ctx);
        break;
    case AST_Tuple_kind:
    case AST_List_kind: {
        AstExprSeq *elts = e->kind == AST_Tuple_kind ? &e->v.Tuple.elts : &e->v.List.elts;
        if (e->kind == AST_Tuple_kind)
            e->v.Tuple.ctx = ctx;
        else
            e->v.List.ctx = ctx;
        for (ssize_t i = 0; i < elts->size; i++)
            set_ctx(elts->items[i], ctx);
        break;
    }
    default:
        break;
    }
}

bool mpy_build_set_store(MpyParser *p, AstExpr *e, AstExprContext ctx)
{
    const AstExpr *bad = mpy_build_invalid_target(e, ctx);
    if (bad) {
        mpy_build_error_node(p, bad, ctx == AST_Del ? "cannot delete %s" : "cannot assign to %s",
                       mpy_build_expr_name(bad));
        return false;
    }
    set_ctx(e, ctx);
    return true;
}

void mpy_build_defer_duplicate(MpyParser *p, AstArg *arg)
{
    if (!p->duplicate_arg)
        p->duplicate_arg = arg;
}

/* ------------------------------------------------------------ assignments */

static bool parenthesized(const AstExpr *e)
{
    return e->outer.col_offset != e->loc.col_offset || e->outer.lineno != e->loc.lineno;
}

static bool is_singleton(const AstExpr *e)
{
    if (e->kind != AST_Constant_kind)
        return false;
    AstConstKind k = e->v.Constant.value.kind;
    return k == AST_CONST_TRUE || k == AST_CONST_FALSE || k == AST_CONST_NONE;
}

/* True if the expression, as written, is at most a bitwise_or in CPython's
 * grammar (no comparison, not, and/or, conditional, lambda, star). */
static bool is_bitwise_level(const AstExpr *e)
{
    if (parenthesized(e))
        return true;
    switch (e->kind) {
    case AST_Compare_kind: case AST_BoolOp_kind: case AST_IfExp_kind: case AST_Lambda_kind:
    case AST_Starred_kind: case AST_Yield_kind: case AST_YieldFrom_kind: case AST_NamedExpr_kind:
    case AST_Tuple_kind:
        return false;
    case AST_UnaryOp_kind:
        return e->v.UnaryOp.op != AST_Not;
    default:
        return true;
    }
}

/* True if the text of e begins with a bitwise_or (what CPython's
 * invalid_named_expression rule needs after the '='). */
static bool starts_with_bitwise(const AstExpr *e)
{
    while (!parenthesized(e)) {
        switch (e->kind) {
        case AST_Tuple_kind:
            if (e->v.Tuple.elts.size == 0)
                return true;
            e = e->v.Tuple.elts.items[0];
            continue;
        case AST_Compare_kind: e = e->v.Compare.left; continue;
        case AST_BoolOp_kind: e = e->v.BoolOp.values.items[0]; continue;
        case AST_IfExp_kind: e = e->v.IfExp.body; continue;
        case AST_Starred_kind: case AST_Lambda_kind: case AST_Yield_kind: case AST_YieldFrom_kind:
            return false;
        case AST_UnaryOp_kind:
            return e->v.UnaryOp.op != AST_Not;
        default:
            return true;
        }
    }
    return true;
}

/* The leftmost bitwise_or at the start of e, as CPython's parser reads it. */
static const AstExpr *leading_bitwise(const AstExpr *e)
{
    while (!parenthesized(e)) {
        switch (e->kind) {
        case AST_Tuple_kind:
            if (e->v.Tuple.elts.size == 0) /* `()`: the tuple itself */
                return e;
            e = e->v.Tuple.elts.items[0];
            continue;
        case AST_Compare_kind: e = e->v.Compare.left; continue;
        case AST_BoolOp_kind: e = e->v.BoolOp.values.items[0]; continue;
        case AST_IfExp_kind: e = e->v.IfExp.body; continue;
        default: return e;
        }
    }
    return e;
}

/* Checks one target of `a = b = c`; `single` when there is one '='. */
static bool check_assign_target(MpyParser *p, AstExpr *t, AstExpr *value, bool single)
{
    if ((t->kind == AST_Yield_kind || t->kind == AST_YieldFrom_kind) && !parenthesized(t)) {
        mpy_build_error_node(p, t, "assignment to yield expression not possible");
        return false;
    }
    if (!mpy_build_invalid_target(t, AST_Store))
        return mpy_build_set_store(p, t, AST_Store);
    /* In `a, f() = x` CPython reads f() = x as a named expression first. */
    /* (A tuple written with parentheses starts before its first element.) */
    AstExpr *first = t->kind == AST_Tuple_kind && t->v.Tuple.elts.size > 0 ? t->v.Tuple.elts.items[0] : NULL;
    if (first && first->outer.col_offset == t->loc.col_offset && first->outer.lineno == t->loc.lineno) {
        AstExpr *last = t->v.Tuple.elts.items[t->v.Tuple.elts.size - 1];
        if (single && last->kind == AST_Name_kind && !parenthesized(last)) {
            /* CPython's named-expression rule on the last element, as above */
            if (starts_with_bitwise(value)) {
                const AstExpr *b = leading_bitwise(value);
                mpy_build_error_range(p, "SyntaxError", &last->loc, &b->outer,
                                      "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                return false;
            }
        }
        if (single && mpy_build_invalid_target(last, AST_Store) && !parenthesized(last)) {
            bool last_excluded = last->kind == AST_List_kind || last->kind == AST_Tuple_kind ||
                                 last->kind == AST_GeneratorExp_kind || is_singleton(last);
            if (!last_excluded && is_bitwise_level(last) && starts_with_bitwise(value)) {
                mpy_build_error_node(p, last, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                                     mpy_build_expr_name(last));
                return false;
            }
        }
    }
    bool excluded = t->kind == AST_List_kind || t->kind == AST_Tuple_kind ||
                    t->kind == AST_GeneratorExp_kind || is_singleton(t);
    if (single && !excluded && is_bitwise_level(t) && starts_with_bitwise(value)) {
        mpy_build_error_node(p, t, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                       mpy_build_expr_name(t));
        return false;
    }
    return mpy_build_set_store(p, t, AST_Store);
}

/* `name = value` inside a statement that failed: CPython's second pass
 * reads it as a named expression and suggests '==' or ':='. */
static bool maybe_equality(MpyParser *p, AstExpr *name, AstExpr *next)
{
    if (name->kind != AST_Name_kind || parenthesized(name) || !starts_with_bitwise(next))
        return false;
    if (is_bitwise_level(next) && next->kind != AST_Tuple_kind)
        return false; /* the whole of it is read, and '=' follows */
    const AstExpr *b = leading_bitwise(next);
    mpy_build_error_range(p, "SyntaxError", &name->loc, &b->outer,
                          "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    return true;
}

AstStmt *mpy_build_assign(MpyParser *p, MpyExprList *chain)
{
    ssize_t n = chain->v.size;
    AstExpr *value = chain->v.items[n - 1];
    bool invalid = false;
    for (ssize_t i = 0; i < n - 1 && !invalid; i++) {
        AstExpr *t = chain->v.items[i];
        invalid = mpy_build_invalid_target(t, AST_Store) != NULL ||
                  ((t->kind == AST_Yield_kind || t->kind == AST_YieldFrom_kind) && !parenthesized(t));
    }
    if (invalid && n >= 3 && maybe_equality(p, chain->v.items[0], chain->v.items[1]))
        invalid = false; /* reported */
    for (ssize_t i = 0; i < n - 1 && !p->err->kind; i++)
        if (!check_assign_target(p, chain->v.items[i], value, n == 2))
            break;
    AstStmt *s = mpy_build_new_stmt(p, AST_Assign_kind, chain->loc);
    s->v.Assign.targets.size = n - 1;
    s->v.Assign.targets.items = (AstExpr **)chain->v.items;
    s->v.Assign.value = value;
    return s;
}

AstStmt *mpy_build_augassign(MpyParser *p, AstExpr *target, int op, AstExpr *value)
{
    if (target->kind == AST_Name_kind || target->kind == AST_Attribute_kind ||
        target->kind == AST_Subscript_kind)
        mpy_build_set_store(p, target, AST_Store);
    else
        mpy_build_error_node(p, target, "'%s' is an illegal expression for augmented assignment",
                       mpy_build_expr_name(target));
    AstStmt *s = mpy_build_new_stmt(p, AST_AugAssign_kind, mpy_build_span(&target->outer, &value->outer));
    s->v.AugAssign.target = target;
    s->v.AugAssign.op = (AstOperator)op;
    s->v.AugAssign.value = value;
    return s;
}

AstStmt *mpy_build_annassign(MpyParser *p, AstExpr *target, AstExpr *annotation, AstExpr *value)
{
    switch (target->kind) {
    case AST_Name_kind: case AST_Attribute_kind: case AST_Subscript_kind:
        mpy_build_set_store(p, target, AST_Store);
        break;
    case AST_Tuple_kind: case AST_List_kind: {
        /* Without parentheses CPython points at the first element. */
        const AstExpr *at = target;
        if (target->kind == AST_Tuple_kind && !parenthesized(target) && target->v.Tuple.elts.size)
            at = target->v.Tuple.elts.items[0];
        mpy_build_error_node(p, at, "only single target (not %s) can be annotated",
                       target->kind == AST_Tuple_kind ? "tuple" : "list");
        break;
    }
    default:
        mpy_build_error_node(p, target, "illegal target for annotation");
        break;
    }
    const AstExpr *last = value ? value : annotation;
    AstStmt *s = mpy_build_new_stmt(p, AST_AnnAssign_kind, mpy_build_span(&target->outer, &last->outer));
    s->v.AnnAssign.target = target;
    s->v.AnnAssign.annotation = annotation;
    s->v.AnnAssign.value = value;
    s->v.AnnAssign.simple = target->kind == AST_Name_kind && !parenthesized(target);
    return s;
}
