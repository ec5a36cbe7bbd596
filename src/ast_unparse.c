/* Expressions back to text (ast_unparse.h), after CPython 3.11's
 * ast_unparse.c: the same precedence levels and the same spellings, so
 * `from __future__ import annotations` stores what CPython stores. */
#include "ast_unparse.h"

#include <math.h>
#include <string.h>

#include "complex.h"
#include "errors.h"
#include "float.h"
#include "int.h"
#include "str.h"
#include "strbuf.h"
#include "tuple.h"

enum {
    PR_TUPLE, PR_TEST, PR_OR, PR_AND, PR_NOT, PR_CMP, PR_EXPR, PR_BOR = PR_EXPR, PR_BXOR,
    PR_BAND, PR_SHIFT, PR_ARITH, PR_TERM, PR_FACTOR, PR_POWER, PR_AWAIT, PR_ATOM
};

typedef struct {
    const MpyAstOpt *opt;
    MpyStrBuf out;
    bool failed;
} Unparser;

static void expr(Unparser *u, const AstExpr *e, int level);

static void put(Unparser *u, const char *s) { mpy_strbuf_append_cstr(&u->out, s); }
static void put_if(Unparser *u, bool cond, const char *s)
{
    if (cond)
        put(u, s);
}

/* repr(), with inf spelled 1e309 as CPython's append_repr. */
static void put_repr(Unparser *u, MpyObject *v)
{
    MpyObject *r = mpy_object_repr(v);
    if (!r) {
        u->failed = true;
        return;
    }
    const char *s = mpy_str_as_utf8(r);
    bool inf = (MPY_FLOAT_CHECK_EXACT(v) && isinf(MPY_FLOAT_VALUE(v))) || MPY_COMPLEX_CHECK_EXACT(v);
    for (; *s; s++) {
        if (inf && strncmp(s, "inf", 3) == 0) {
            put(u, "1e309");
            s += 2;
        } else {
            mpy_strbuf_append_char(&u->out, *s);
        }
    }
    MPY_DECREF(r);
}

static void constant_value(Unparser *u, MpyObject *v)
{
    if (v == MPY_ELLIPSIS) {
        put(u, "...");
    } else if (MPY_TUPLE_CHECK_EXACT(v)) {
        ssize_t n = MPY_SIZE(v);
        put(u, "(");
        for (ssize_t i = 0; i < n; i++) {
            put_if(u, i > 0, ", ");
            constant_value(u, MPY_TUPLE_GET(v, i));
        }
        put(u, n == 1 ? ",)" : ")");
    } else {
        put_repr(u, v);
    }
}

static void constant(Unparser *u, const AstExpr *e)
{
    if (e->v.Constant.value.kind == AST_CONST_ELLIPSIS) {
        put(u, "...");
        return;
    }
    MpyObject *v = mpy_ast_opt_value(u->opt, e);
    if (!v) {
        u->failed = true;
        mpy_err_set_string(MpyExc_SystemError, "unparse: constant without a value");
        return;
    }
    put_if(u, e->v.Constant.kind != NULL, "u");
    constant_value(u, v);
}

static void seq(Unparser *u, AstExprSeq s, int level)
{
    for (ssize_t i = 0; i < s.size; i++) {
        put_if(u, i > 0, ", ");
        expr(u, s.items[i], level);
    }
}

static void boolop(Unparser *u, const AstExpr *e, int level)
{
    int pr = e->v.BoolOp.op == AST_And ? PR_AND : PR_OR;
    put_if(u, level > pr, "(");
    for (ssize_t i = 0; i < e->v.BoolOp.values.size; i++) {
        put_if(u, i > 0, e->v.BoolOp.op == AST_And ? " and " : " or ");
        expr(u, e->v.BoolOp.values.items[i], pr + 1);
    }
    put_if(u, level > pr, ")");
}

static void binop(Unparser *u, const AstExpr *e, int level)
{
    static const struct { const char *op; int pr; } ops[] = {
        [AST_Add] = {" + ", PR_ARITH}, [AST_Sub] = {" - ", PR_ARITH},
        [AST_Mult] = {" * ", PR_TERM}, [AST_MatMult] = {" @ ", PR_TERM},
        [AST_Div] = {" / ", PR_TERM}, [AST_Mod] = {" % ", PR_TERM},
        [AST_Pow] = {" ** ", PR_POWER}, [AST_LShift] = {" << ", PR_SHIFT},
        [AST_RShift] = {" >> ", PR_SHIFT}, [AST_BitOr] = {" | ", PR_BOR},
        [AST_BitXor] = {" ^ ", PR_BXOR}, [AST_BitAnd] = {" & ", PR_BAND},
        [AST_FloorDiv] = {" // ", PR_TERM},
    };
    int pr = ops[e->v.BinOp.op].pr, rassoc = e->v.BinOp.op == AST_Pow;
    put_if(u, level > pr, "(");
    expr(u, e->v.BinOp.left, pr + rassoc);
    put(u, ops[e->v.BinOp.op].op);
    expr(u, e->v.BinOp.right, pr + !rassoc);
    put_if(u, level > pr, ")");
}

static void unaryop(Unparser *u, const AstExpr *e, int level)
{
    static const char *const ops[] = {"", "~", "not ", "+", "-"};
    int pr = e->v.UnaryOp.op == AST_Not ? PR_NOT : PR_FACTOR;
    put_if(u, level > pr, "(");
    put(u, ops[e->v.UnaryOp.op]);
    expr(u, e->v.UnaryOp.operand, pr);
    put_if(u, level > pr, ")");
}

static void arg(Unparser *u, const AstArg *a)
{
    put(u, a->arg);
    if (a->annotation) {
        put(u, ": ");
        expr(u, a->annotation, PR_TEST);
    }
}

static void arguments(Unparser *u, const AstArguments *a)
{
    bool first = true;
    ssize_t npos = a->posonlyargs.size, nargs = a->args.size, ndef = a->defaults.size;
    for (ssize_t i = 0; i < npos + nargs; i++) {
        put_if(u, !first, ", ");
        first = false;
        arg(u, i < npos ? a->posonlyargs.items[i] : a->args.items[i - npos]);
        ssize_t di = i - npos - nargs + ndef;
        if (di >= 0) {
            put(u, "=");
            expr(u, a->defaults.items[di], PR_TEST);
        }
        put_if(u, npos && i + 1 == npos, ", /");
    }
    if (a->vararg || a->kwonlyargs.size) {
        put_if(u, !first, ", ");
        first = false;
        put(u, "*");
        if (a->vararg)
            arg(u, a->vararg);
    }
    for (ssize_t i = 0; i < a->kwonlyargs.size; i++) {
        put_if(u, !first, ", ");
        first = false;
        arg(u, a->kwonlyargs.items[i]);
        if (i < a->kw_defaults.size && a->kw_defaults.items[i]) {
            put(u, "=");
            expr(u, a->kw_defaults.items[i], PR_TEST);
        }
    }
    if (a->kwarg) {
        put_if(u, !first, ", ");
        put(u, "**");
        arg(u, a->kwarg);
    }
}

static void comprehensions(Unparser *u, AstComprehensionSeq gens)
{
    for (ssize_t i = 0; i < gens.size; i++) {
        AstComprehension *g = gens.items[i];
        put(u, g->is_async ? " async for " : " for ");
        expr(u, g->target, PR_TUPLE);
        put(u, " in ");
        expr(u, g->iter, PR_TEST + 1);
        for (ssize_t j = 0; j < g->ifs.size; j++) {
            put(u, " if ");
            expr(u, g->ifs.items[j], PR_TEST + 1);
        }
    }
}

static void compare(Unparser *u, const AstExpr *e, int level)
{
    static const char *const ops[] = {"", " == ", " != ", " < ", " <= ", " > ", " >= ",
                                      " is ", " is not ", " in ", " not in "};
    put_if(u, level > PR_CMP, "(");
    expr(u, e->v.Compare.left, PR_CMP + 1);
    for (ssize_t i = 0; i < e->v.Compare.ops.size; i++) {
        put(u, ops[e->v.Compare.ops.items[i]]);
        expr(u, e->v.Compare.comparators.items[i], PR_CMP + 1);
    }
    put_if(u, level > PR_CMP, ")");
}

static void call(Unparser *u, const AstExpr *e)
{
    expr(u, e->v.Call.func, PR_ATOM);
    AstExprSeq args = e->v.Call.args;
    AstKeywordSeq kws = e->v.Call.keywords;
    if (args.size == 1 && kws.size == 0 && args.items[0]->kind == AST_GeneratorExp_kind) {
        expr(u, args.items[0], PR_TEST);
        return;
    }
    put(u, "(");
    seq(u, args, PR_TEST);
    for (ssize_t i = 0; i < kws.size; i++) {
        put_if(u, args.size || i, ", ");
        if (kws.items[i]->arg) {
            put(u, kws.items[i]->arg);
            put(u, "=");
        } else {
            put(u, "**");
        }
        expr(u, kws.items[i]->value, PR_TEST);
    }
    put(u, ")");
}

/* The inside of an f-string: literal parts with braces doubled, fields as
 * {expr!c:spec}. */
static void fstring_body(Unparser *u, const AstExpr *e, MpyStrBuf *b);

static void fstring_part(Unparser *u, const AstExpr *v, MpyStrBuf *b)
{
    if (v->kind == AST_Constant_kind) {
        MpyObject *s = mpy_ast_opt_value(u->opt, v);
        for (const char *p = s ? mpy_str_as_utf8(s) : ""; *p; p++) {
            mpy_strbuf_append_char(b, *p);
            if (*p == '{' || *p == '}')
                mpy_strbuf_append_char(b, *p);
        }
        return;
    }
    if (v->kind == AST_JoinedStr_kind) {
        fstring_body(u, v, b);
        return;
    }
    Unparser inner = {u->opt, MPY_STRBUF_INIT, false};
    expr(&inner, v->v.FormattedValue.value, PR_TEST + 1);
    const char *text = inner.out.data ? inner.out.data : "";
    mpy_strbuf_append_cstr(b, text[0] == '{' ? "{ " : "{");
    mpy_strbuf_append_cstr(b, text);
    mpy_strbuf_free(&inner.out);
    u->failed = u->failed || inner.failed;
    int conv = v->v.FormattedValue.conversion;
    if (conv > 0) {
        mpy_strbuf_append_char(b, '!');
        mpy_strbuf_append_char(b, (char)conv);
    }
    if (v->v.FormattedValue.format_spec) {
        mpy_strbuf_append_char(b, ':');
        fstring_part(u, v->v.FormattedValue.format_spec, b);
    }
    mpy_strbuf_append_char(b, '}');
}

static void fstring_body(Unparser *u, const AstExpr *e, MpyStrBuf *b)
{
    for (ssize_t i = 0; i < e->v.JoinedStr.values.size; i++)
        fstring_part(u, e->v.JoinedStr.values.items[i], b);
}

static void fstring(Unparser *u, const AstExpr *e)
{
    MpyStrBuf body = MPY_STRBUF_INIT;
    if (e->kind == AST_JoinedStr_kind)
        fstring_body(u, e, &body);
    else
        fstring_part(u, e, &body);
    MpyObject *s = mpy_str_from_utf8(body.data ? body.data : "", body.len);
    mpy_strbuf_free(&body);
    if (!s) {
        u->failed = true;
        return;
    }
    put(u, "f");
    put_repr(u, s);
    MPY_DECREF(s);
}

static void expr(Unparser *u, const AstExpr *e, int level)
{
    switch (e->kind) {
    case AST_BoolOp_kind: boolop(u, e, level); break;
    case AST_BinOp_kind: binop(u, e, level); break;
    case AST_UnaryOp_kind: unaryop(u, e, level); break;
    case AST_Lambda_kind:
        put_if(u, level > PR_TEST, "(");
        put(u, e->v.Lambda.args->args.size + e->v.Lambda.args->posonlyargs.size ? "lambda "
                                                                              : "lambda");
        arguments(u, e->v.Lambda.args);
        put(u, ": ");
        expr(u, e->v.Lambda.body, PR_TEST);
        put_if(u, level > PR_TEST, ")");
        break;
    case AST_IfExp_kind:
        put_if(u, level > PR_TEST, "(");
        expr(u, e->v.IfExp.body, PR_TEST + 1);
        put(u, " if ");
        expr(u, e->v.IfExp.test, PR_TEST + 1);
        put(u, " else ");
        expr(u, e->v.IfExp.orelse, PR_TEST);
        put_if(u, level > PR_TEST, ")");
        break;
    case AST_Dict_kind:
        put(u, "{");
        for (ssize_t i = 0; i < e->v.Dict.values.size; i++) {
            put_if(u, i > 0, ", ");
            if (e->v.Dict.keys.items[i]) {
                expr(u, e->v.Dict.keys.items[i], PR_TEST);
                put(u, ": ");
                expr(u, e->v.Dict.values.items[i], PR_TEST);
            } else {
                put(u, "**");
                expr(u, e->v.Dict.values.items[i], PR_EXPR);
            }
        }
        put(u, "}");
        break;
    case AST_Set_kind:
        put(u, "{");
        seq(u, e->v.Set.elts, PR_TEST);
        put(u, "}");
        break;
    case AST_GeneratorExp_kind:
        put(u, "(");
        expr(u, e->v.GeneratorExp.elt, PR_TEST);
        comprehensions(u, e->v.GeneratorExp.generators);
        put(u, ")");
        break;
    case AST_ListComp_kind:
        put(u, "[");
        expr(u, e->v.ListComp.elt, PR_TEST);
        comprehensions(u, e->v.ListComp.generators);
        put(u, "]");
        break;
    case AST_SetComp_kind:
        put(u, "{");
        expr(u, e->v.SetComp.elt, PR_TEST);
        comprehensions(u, e->v.SetComp.generators);
        put(u, "}");
        break;
    case AST_DictComp_kind:
        put(u, "{");
        expr(u, e->v.DictComp.key, PR_TEST);
        put(u, ": ");
        expr(u, e->v.DictComp.value, PR_TEST);
        comprehensions(u, e->v.DictComp.generators);
        put(u, "}");
        break;
    case AST_Yield_kind:
        if (!e->v.Yield.value) {
            put(u, "(yield)");
            break;
        }
        put(u, "(yield ");
        expr(u, e->v.Yield.value, PR_TEST);
        put(u, ")");
        break;
    case AST_YieldFrom_kind:
        put(u, "(yield from ");
        expr(u, e->v.YieldFrom.value, PR_TEST);
        put(u, ")");
        break;
    case AST_Await_kind:
        put_if(u, level > PR_AWAIT, "(");
        put(u, "await ");
        expr(u, e->v.Await.value, PR_ATOM);
        put_if(u, level > PR_AWAIT, ")");
        break;
    case AST_Compare_kind: compare(u, e, level); break;
    case AST_Call_kind: call(u, e); break;
    case AST_Constant_kind: constant(u, e); break;
    case AST_JoinedStr_kind: case AST_FormattedValue_kind: fstring(u, e); break;
    case AST_Attribute_kind: {
        const AstExpr *v = e->v.Attribute.value;
        expr(u, v, PR_ATOM);
        bool int_const = v->kind == AST_Constant_kind && v->v.Constant.value.kind == AST_CONST_INT;
        put(u, int_const ? " ." : ".");
        put(u, e->v.Attribute.attr);
        break;
    }
    case AST_Subscript_kind:
        expr(u, e->v.Subscript.value, PR_ATOM);
        put(u, "[");
        expr(u, e->v.Subscript.slice, PR_TUPLE);
        put(u, "]");
        break;
    case AST_Starred_kind:
        put(u, "*");
        expr(u, e->v.Starred.value, PR_EXPR);
        break;
    case AST_Name_kind: put(u, e->v.Name.id); break;
    case AST_List_kind:
        put(u, "[");
        seq(u, e->v.List.elts, PR_TEST);
        put(u, "]");
        break;
    case AST_Tuple_kind: {
        ssize_t n = e->v.Tuple.elts.size;
        if (n == 0) {
            put(u, "()");
            break;
        }
        put_if(u, level > PR_TUPLE, "(");
        seq(u, e->v.Tuple.elts, PR_TEST);
        put_if(u, n == 1, ",");
        put_if(u, level > PR_TUPLE, ")");
        break;
    }
    case AST_Slice_kind:
        if (e->v.Slice.lower)
            expr(u, e->v.Slice.lower, PR_TEST);
        put(u, ":");
        if (e->v.Slice.upper)
            expr(u, e->v.Slice.upper, PR_TEST);
        if (e->v.Slice.step) {
            put(u, ":");
            expr(u, e->v.Slice.step, PR_TEST);
        }
        break;
    case AST_NamedExpr_kind:
        put_if(u, level > PR_TUPLE, "(");
        expr(u, e->v.NamedExpr.target, PR_ATOM);
        put(u, " := ");
        expr(u, e->v.NamedExpr.value, PR_ATOM);
        put_if(u, level > PR_TUPLE, ")");
        break;
    }
}

MpyObject *mpy_ast_unparse(const MpyAstOpt *opt, const AstExpr *e)
{
    Unparser u = {opt, MPY_STRBUF_INIT, false};
    expr(&u, e, PR_TEST);
    MpyObject *s = NULL;
    if (u.out.failed && !u.failed)
        mpy_err_no_memory();
    else if (!u.failed)
        s = mpy_str_from_utf8(u.out.data ? u.out.data : "", u.out.len);
    mpy_strbuf_free(&u.out);
    return s;
}
