/* Assignment targets beyond a plain name or attribute: unpacking into
 * tuples and lists (UNPACK_SEQUENCE / UNPACK_EX with one starred target),
 * augmented assignment (x op= v on names, attributes and subscripts) and
 * annotated assignment, as CPython 3.11's compiler. */
#include <string.h>

#include "ast_unparse.h"
#include "compile_internal.h"
#include "errors.h"
#include "str.h"

static bool unpack_helper(Compiler *c, AstExprSeq elts)
{
    ssize_t n = elts.size;
    bool seen_star = false;
    for (ssize_t i = 0; i < n; i++) {
        AstExpr *elt = elts.items[i];
        if (elt->kind != AST_Starred_kind)
            continue;
        if (seen_star)
            return cc_error(c, "multiple starred expressions in assignment");
        if (i >= (1 << 8) || n - i - 1 >= (0x7FFFFFFF >> 8))
            return cc_error(c, "too many expressions in star-unpacking assignment");
        TRY(cc_addop(c, MPY_OP_UNPACK_EX, (int)(i + ((n - i - 1) << 8))));
        seen_star = true;
    }
    return seen_star || cc_addop(c, MPY_OP_UNPACK_SEQUENCE, (int)n);
}

bool cc_assignment_helper(Compiler *c, AstExprSeq elts)
{
    TRY(unpack_helper(c, elts));
    for (ssize_t i = 0; i < elts.size; i++) {
        AstExpr *elt = elts.items[i];
        TRY(cc_expr(c, elt->kind == AST_Starred_kind ? elt->v.Starred.value : elt));
    }
    return true;
}

/* CPython's compiler_augassign: the target's container is evaluated once
 * (COPY), the in-place operator takes the statement's position. */
bool cc_augassign(Compiler *c, AstStmt *s)
{
    AstExpr *e = s->v.AugAssign.target;
    MpyPosition stmt_loc = c->u->loc;
    c->u->loc = cc_loc_of(e->loc);
    switch (e->kind) {
    case AST_Attribute_kind:
        TRY(cc_expr(c, e->v.Attribute.value));
        TRY(cc_addop(c, MPY_OP_COPY, 1));
        cc_attr_loc(&c->u->loc, e);
        TRY(cc_addop_name(c, MPY_OP_LOAD_ATTR, e->v.Attribute.attr));
        break;
    case AST_Subscript_kind:
        TRY(cc_expr(c, e->v.Subscript.value));
        TRY(cc_expr(c, e->v.Subscript.slice));
        TRY(cc_addop(c, MPY_OP_COPY, 2));
        TRY(cc_addop(c, MPY_OP_COPY, 2));
        TRY(cc_addop(c, MPY_OP_BINARY_SUBSCR, 0));
        break;
    case AST_Name_kind:
        TRY(cc_nameop(c, e->v.Name.id, AST_Load));
        break;
    default:
        mpy_err_format(MpyExc_SystemError, "invalid node type (%d) for augmented assignment",
                       (int)e->kind);
        c->failed = true;
        return false;
    }
    c->u->loc = stmt_loc;
    TRY(cc_expr(c, s->v.AugAssign.value));
    TRY(cc_addop(c, MPY_OP_BINARY_OP, cc_binop_code(s->v.AugAssign.op, true)));
    c->u->loc = cc_loc_of(e->loc);
    switch (e->kind) {
    case AST_Attribute_kind:
        cc_attr_loc(&c->u->loc, e);
        TRY(cc_addop(c, MPY_OP_SWAP, 2));
        return cc_addop_name(c, MPY_OP_STORE_ATTR, e->v.Attribute.attr);
    case AST_Subscript_kind:
        TRY(cc_addop(c, MPY_OP_SWAP, 3));
        TRY(cc_addop(c, MPY_OP_SWAP, 2));
        return cc_addop(c, MPY_OP_STORE_SUBSCR, 0);
    default:
        return cc_nameop(c, e->v.Name.id, AST_Store);
    }
}

/* ------------------------------------------------------------ annotated */

static bool check_ann_expr(Compiler *c, AstExpr *e)
{
    TRY(cc_expr(c, e));
    return cc_addop(c, MPY_OP_POP_TOP, 0);
}

static bool check_ann_subscr(Compiler *c, AstExpr *e)
{
    switch (e->kind) {
    case AST_Slice_kind:
        if (e->v.Slice.lower)
            TRY(check_ann_expr(c, e->v.Slice.lower));
        if (e->v.Slice.upper)
            TRY(check_ann_expr(c, e->v.Slice.upper));
        if (e->v.Slice.step)
            TRY(check_ann_expr(c, e->v.Slice.step));
        return true;
    case AST_Tuple_kind:
        if (!cc_const_value(c, e)) {
            for (ssize_t i = 0; i < e->v.Tuple.elts.size; i++)
                TRY(check_ann_subscr(c, e->v.Tuple.elts.items[i]));
            return true;
        }
        return check_ann_expr(c, e);
    default:
        return check_ann_expr(c, e);
    }
}

static bool module_or_class(Compiler *c)
{
    return c->u->kind == UNIT_MODULE || c->u->kind == UNIT_CLASS;
}

/* Stores `annotation` into __annotations__[name] (module and class
 * bodies); under `from __future__ import annotations` it is the text of
 * the annotation, not its value. */
static bool store_annotation(Compiler *c, AstStmt *s, const char *name)
{
    if (c->future_annotations)
        TRY(cc_load_const_new(c, mpy_ast_unparse(c->opt, s->v.AnnAssign.annotation)));
    else
        TRY(cc_expr(c, s->v.AnnAssign.annotation));
    TRY(cc_addop_name(c, MPY_OP_LOAD_NAME, "__annotations__"));
    const char *m = cc_mangle(c, name);
    if (!m)
        return false;
    TRY(cc_load_const_new(c, cc_str(c, m)));
    return cc_addop(c, MPY_OP_STORE_SUBSCR, 0);
}

bool cc_annassign(Compiler *c, AstStmt *s)
{
    AstExpr *targ = s->v.AnnAssign.target;
    if (s->v.AnnAssign.value) {
        TRY(cc_expr(c, s->v.AnnAssign.value));
        TRY(cc_expr(c, targ));
    }
    switch (targ->kind) {
    case AST_Name_kind:
        if (cc_forbidden_name(c, targ->v.Name.id, AST_Store))
            return false;
        if (s->v.AnnAssign.simple && module_or_class(c))
            TRY(store_annotation(c, s, targ->v.Name.id));
        break;
    case AST_Attribute_kind:
        if (cc_forbidden_name(c, targ->v.Attribute.attr, AST_Store))
            return false;
        if (!s->v.AnnAssign.value)
            TRY(check_ann_expr(c, targ->v.Attribute.value));
        break;
    case AST_Subscript_kind:
        if (!s->v.AnnAssign.value) {
            TRY(check_ann_expr(c, targ->v.Subscript.value));
            TRY(check_ann_subscr(c, targ->v.Subscript.slice));
        }
        break;
    default:
        mpy_err_format(MpyExc_SystemError, "invalid node type (%d) for annotated assignment",
                       (int)targ->kind);
        c->failed = true;
        return false;
    }
    if (!s->v.AnnAssign.simple && !c->future_annotations && module_or_class(c))
        return check_ann_expr(c, s->v.AnnAssign.annotation);
    return true;
}
