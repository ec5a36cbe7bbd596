/* AST constructors for expressions, call arguments and parameter lists
 * (ast_build.h), with the checks CPython 3.11 makes in its invalid_* rules
 * for arguments and parameters. */
#include "ast_build.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

static AstLocation tok_to_tok(const MpyToken *a, const MpyToken *b)
{
    AstLocation from = mpy_build_token_loc(a), to = mpy_build_token_loc(b);
    return mpy_build_span(&from, &to);
}

static AstLocation expr_to_expr(const AstExpr *a, const AstExpr *b)
{
    return mpy_build_span(&a->outer, &b->outer);
}

static bool parenthesized(const AstExpr *e)
{
    return e->outer.col_offset != e->loc.col_offset || e->outer.lineno != e->loc.lineno;
}

/* -------------------------------------------------------------- names */

const char *mpy_build_identifier(MpyParser *p, const MpyToken *name)
{
    size_t len = (size_t)(name->end - name->start);
    bool ascii = true;
    for (size_t i = 0; i < len && ascii; i++)
        ascii = (unsigned char)name->start[i] < 0x80;
    if (ascii)
        return mpy_arena_strndup(p->arena, name->start, len);
    /* CPython normalizes non-ASCII identifiers with NFKC (PEP 3131). */
    utf8proc_uint8_t *norm = NULL;
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)name->start, (utf8proc_ssize_t)len,
                                      &norm, UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE);
    if (n < 0)
        return mpy_arena_strndup(p->arena, name->start, len);
    char *id = mpy_arena_strndup(p->arena, (const char *)norm, (size_t)n);
    free(norm);
    return id;
}

AstExpr *mpy_build_name(MpyParser *p, const MpyToken *t)
{
    AstExpr *e = mpy_build_new_expr(p, AST_Name_kind, mpy_build_token_loc(t));
    e->v.Name.id = mpy_build_identifier(p, t);
    e->v.Name.ctx = AST_Load;
    return e;
}

AstExpr *mpy_build_singleton(MpyParser *p, const MpyToken *t, AstConstKind kind)
{
    AstExpr *e = mpy_build_new_expr(p, AST_Constant_kind, mpy_build_token_loc(t));
    e->v.Constant.value.kind = kind;
    return e;
}

/* ------------------------------------------------------ tuples, lists */

static AstExpr *make_tuple(MpyParser *p, MpyExprList *l, AstLocation loc)
{
    AstExpr *e = mpy_build_new_expr(p, AST_Tuple_kind, loc);
    SEQ(e->v.Tuple.elts, l ? &l->v : NULL);
    e->v.Tuple.ctx = AST_Load;
    return e;
}

static AstLocation list_span(MpyExprList *l, const MpyToken *comma)
{
    AstLocation loc = l->loc;
    if (comma) {
        loc.end_lineno = comma->end_lineno;
        loc.end_col_offset = comma->end_col_offset;
    }
    return loc;
}

AstExpr *mpy_build_tuple_or_item(MpyParser *p, MpyExprList *l, const MpyToken *comma)
{
    if (l->v.size == 1 && !comma)
        return l->v.items[0];
    return make_tuple(p, l, list_span(l, comma));
}

AstExpr *mpy_build_targets(MpyParser *p, MpyExprList *l, const MpyToken *comma)
{
    AstExpr *e = mpy_build_tuple_or_item(p, l, comma);
    mpy_build_set_store(p, e, AST_Store);
    return e;
}

AstExpr *mpy_build_starred(MpyParser *p, const MpyToken *star, AstExpr *value)
{
    AstLocation from = mpy_build_token_loc(star);
    AstExpr *e = mpy_build_new_expr(p, AST_Starred_kind, mpy_build_span(&from, &value->outer));
    e->v.Starred.value = value;
    e->v.Starred.ctx = AST_Load;
    return e;
}

AstExpr *mpy_build_namedexpr(MpyParser *p, AstExpr *target, AstExpr *value)
{
    if (target->kind != AST_Name_kind || parenthesized(target)) {
        mpy_build_error_node(p, target, "cannot use assignment expressions with %s", mpy_build_expr_name(target));
    } else {
        target->v.Name.ctx = AST_Store;
    }
    AstExpr *e = mpy_build_new_expr(p, AST_NamedExpr_kind, expr_to_expr(target, value));
    e->v.NamedExpr.target = target;
    e->v.NamedExpr.value = value;
    return e;
}

AstExpr *mpy_build_yield(MpyParser *p, const MpyToken *t, AstExpr *value, bool from)
{
    AstLocation start = mpy_build_token_loc(t);
    AstLocation loc = value ? mpy_build_span(&start, &value->outer) : start;
    AstExpr *e = mpy_build_new_expr(p, from ? AST_YieldFrom_kind : AST_Yield_kind, loc);
    e->v.Yield.value = value;
    return e;
}

AstExpr *mpy_build_ifexp(MpyParser *p, AstExpr *test, AstExpr *body, AstExpr *orelse)
{
    AstExpr *e = mpy_build_new_expr(p, AST_IfExp_kind, expr_to_expr(body, orelse));
    e->v.IfExp.test = test;
    e->v.IfExp.body = body;
    e->v.IfExp.orelse = orelse;
    return e;
}

AstExpr *mpy_build_lambda(MpyParser *p, const MpyToken *t, MpyParams *params, AstExpr *body)
{
    AstArguments *args = mpy_build_arguments(p, params, true);
    AstLocation from = mpy_build_token_loc(t);
    AstExpr *e = mpy_build_new_expr(p, AST_Lambda_kind, mpy_build_span(&from, &body->outer));
    e->v.Lambda.args = args;
    e->v.Lambda.body = body;
    return e;
}

AstExpr *mpy_build_boolop(MpyParser *p, AstBoolOp op, MpyExprList *values)
{
    AstExpr *e = mpy_build_new_expr(p, AST_BoolOp_kind, values->loc);
    e->v.BoolOp.op = op;
    SEQ(e->v.BoolOp.values, &values->v);
    return e;
}

AstExpr *mpy_build_unary(MpyParser *p, const MpyToken *t, AstUnaryOp op, AstExpr *operand)
{
    AstLocation from = mpy_build_token_loc(t);
    AstExpr *e = mpy_build_new_expr(p, AST_UnaryOp_kind, mpy_build_span(&from, &operand->outer));
    e->v.UnaryOp.op = op;
    e->v.UnaryOp.operand = operand;
    return e;
}

MpyCompare *mpy_build_compare_push(MpyParser *p, MpyCompare *c, AstExpr *left, int op, AstExpr *right)
{
    if (!c) {
        c = mpy_build_alloc(p, sizeof *c);
        c->left = left;
    }
    mpy_build_vec_push(p, &c->ops, (void *)(intptr_t)op);
    mpy_build_vec_push(p, &c->comparators, right);
    return c;
}

AstExpr *mpy_build_compare(MpyParser *p, MpyCompare *c)
{
    AstExpr *last = c->comparators.items[c->comparators.size - 1];
    AstExpr *e = mpy_build_new_expr(p, AST_Compare_kind, expr_to_expr(c->left, last));
    e->v.Compare.left = c->left;
    int *ops = mpy_build_alloc(p, (size_t)c->ops.size * sizeof *ops);
    for (ssize_t i = 0; ops && i < c->ops.size; i++)
        ops[i] = (int)(intptr_t)c->ops.items[i];
    e->v.Compare.ops.size = ops ? c->ops.size : 0;
    e->v.Compare.ops.items = ops;
    SEQ(e->v.Compare.comparators, &c->comparators);
    return e;
}

AstExpr *mpy_build_binop(MpyParser *p, AstExpr *left, AstOperator op, AstExpr *right)
{
    AstExpr *e = mpy_build_new_expr(p, AST_BinOp_kind, expr_to_expr(left, right));
    e->v.BinOp.left = left;
    e->v.BinOp.op = op;
    e->v.BinOp.right = right;
    return e;
}

AstExpr *mpy_build_attribute(MpyParser *p, AstExpr *value, const MpyToken *name)
{
    AstLocation to = mpy_build_token_loc(name);
    AstExpr *e = mpy_build_new_expr(p, AST_Attribute_kind, mpy_build_span(&value->outer, &to));
    e->v.Attribute.value = value;
    e->v.Attribute.attr = mpy_build_identifier(p, name);
    e->v.Attribute.ctx = AST_Load;
    return e;
}

AstExpr *mpy_build_subscript(MpyParser *p, AstExpr *value, AstExpr *slice, const MpyToken *rsqb)
{
    AstLocation to = mpy_build_token_loc(rsqb);
    AstExpr *e = mpy_build_new_expr(p, AST_Subscript_kind, mpy_build_span(&value->outer, &to));
    e->v.Subscript.value = value;
    e->v.Subscript.slice = slice;
    e->v.Subscript.ctx = AST_Load;
    return e;
}

AstExpr *mpy_build_slices(MpyParser *p, MpyExprList *l, const MpyToken *comma)
{
    AstExpr *first = l->v.items[0];
    if (l->v.size == 1 && !comma && first->kind != AST_Starred_kind)
        return first;
    return make_tuple(p, l, list_span(l, comma));
}

AstExpr *mpy_build_slice(MpyParser *p, AstExpr *lower, const MpyToken *colon1, AstExpr *upper,
                         const MpyToken *colon2, AstExpr *step)
{
    AstLocation from = lower ? lower->outer : mpy_build_token_loc(colon1);
    AstLocation to = step     ? step->outer
                     : colon2 ? mpy_build_token_loc(colon2)
                     : upper  ? upper->outer
                              : mpy_build_token_loc(colon1);
    AstExpr *e = mpy_build_new_expr(p, AST_Slice_kind, mpy_build_span(&from, &to));
    e->v.Slice.lower = lower;
    e->v.Slice.upper = upper;
    e->v.Slice.step = step;
    return e;
}

/* ------------------------------------------------------------ displays */

AstExpr *mpy_build_paren(MpyParser *p, const MpyToken *lpar, MpyExprList *items,
                         const MpyToken *comma, const MpyToken *rpar)
{
    AstLocation loc = tok_to_tok(lpar, rpar);
    if (items && items->v.size == 1 && !comma) {
        AstExpr *e = items->v.items[0];
        if (e->kind == AST_Starred_kind && !parenthesized(e)) {
            mpy_build_error_node(p, e, "cannot use starred expression here");
        }
        e->outer = loc;
        return e;
    }
    return make_tuple(p, items, loc);
}

AstExpr *mpy_build_paren_yield(MpyParser *p, const MpyToken *lpar, AstExpr *e, const MpyToken *rpar)
{
    e->outer = tok_to_tok(lpar, rpar);
    return e;
}

AstExpr *mpy_build_genexp(MpyParser *p, const MpyToken *lpar, AstExpr *elt, AstVec *gens,
                          const MpyToken *rpar)
{
    AstExpr *e = mpy_build_new_expr(p, AST_GeneratorExp_kind, tok_to_tok(lpar, rpar));
    e->v.GeneratorExp.elt = elt;
    SEQ(e->v.GeneratorExp.generators, gens);
    return e;
}

AstExpr *mpy_build_list(MpyParser *p, const MpyToken *lsqb, MpyExprList *items,
                        const MpyToken *rsqb)
{
    AstExpr *e = mpy_build_new_expr(p, AST_List_kind, tok_to_tok(lsqb, rsqb));
    SEQ(e->v.List.elts, items ? &items->v : NULL);
    e->v.List.ctx = AST_Load;
    return e;
}

AstExpr *mpy_build_listcomp(MpyParser *p, const MpyToken *lsqb, AstExpr *elt, AstVec *gens,
                            const MpyToken *rsqb)
{
    AstExpr *e = mpy_build_genexp(p, lsqb, elt, gens, rsqb);
    e->kind = AST_ListComp_kind;
    return e;
}

MpyDictItem *mpy_build_dict_item(MpyParser *p, AstExpr *key, AstExpr *value)
{
    MpyDictItem *it = mpy_build_alloc(p, sizeof *it);
    it->key = key;
    it->value = value;
    return it;
}

MpyDictItems *mpy_build_dict_push(MpyParser *p, MpyDictItems *l, MpyDictItem *item)
{
    if (!l)
        l = mpy_build_alloc(p, sizeof *l);
    mpy_build_vec_push(p, &l->v, item);
    return l;
}

AstExpr *mpy_build_dict(MpyParser *p, const MpyToken *l, MpyDictItems *items, const MpyToken *r)
{
    AstExpr *e = mpy_build_new_expr(p, AST_Dict_kind, tok_to_tok(l, r));
    ssize_t n = items ? items->v.size : 0;
    AstExpr **keys = mpy_build_alloc(p, (size_t)(n ? n : 1) * sizeof *keys);
    AstExpr **values = mpy_build_alloc(p, (size_t)(n ? n : 1) * sizeof *values);
    if (!keys || !values)
        n = 0;
    for (ssize_t i = 0; i < n; i++) {
        MpyDictItem *it = items->v.items[i];
        keys[i] = it->key;
        values[i] = it->value;
    }
    e->v.Dict.keys.size = e->v.Dict.values.size = n;
    e->v.Dict.keys.items = keys;
    e->v.Dict.values.items = values;
    return e;
}

AstExpr *mpy_build_set(MpyParser *p, const MpyToken *l, MpyExprList *items, const MpyToken *r)
{
    AstExpr *e = mpy_build_new_expr(p, AST_Set_kind, tok_to_tok(l, r));
    SEQ(e->v.Set.elts, &items->v);
    return e;
}

AstExpr *mpy_build_setcomp(MpyParser *p, const MpyToken *l, AstExpr *elt, AstVec *gens,
                           const MpyToken *r)
{
    AstExpr *e = mpy_build_genexp(p, l, elt, gens, r);
    e->kind = AST_SetComp_kind;
    return e;
}

AstExpr *mpy_build_dictcomp(MpyParser *p, const MpyToken *l, AstExpr *key, AstExpr *value,
                            AstVec *gens, const MpyToken *r)
{
    AstExpr *e = mpy_build_new_expr(p, AST_DictComp_kind, tok_to_tok(l, r));
    e->v.DictComp.key = key;
    e->v.DictComp.value = value;
    SEQ(e->v.DictComp.generators, gens);
    return e;
}

AstComprehension *mpy_build_comprehension(MpyParser *p, AstExpr *target, AstExpr *iter)
{
    AstComprehension *c = mpy_build_alloc(p, sizeof *c);
    c->target = target;
    c->iter = iter;
    return c;
}

AstVec *mpy_build_comp_start(MpyParser *p, const MpyToken *for_token, AstComprehension *c)
{
    AstVec *v = mpy_build_vec_one(p, c);
    v->end = mpy_build_token_loc(for_token);
    return v;
}

AstVec *mpy_build_comp_if(MpyParser *p, AstVec *gens, AstExpr *cond)
{
    AstComprehension *c = gens->items[gens->size - 1];
    AstExpr **items = mpy_build_alloc(p, (size_t)(c->ifs.size + 1) * sizeof *items);
    if (!items)
        return gens;
    if (c->ifs.size)
        memcpy(items, c->ifs.items, (size_t)c->ifs.size * sizeof *items);
    items[c->ifs.size] = cond;
    c->ifs.items = items;
    c->ifs.size++;
    return gens;
}

/* ------------------------------------------------------- call arguments */

MpyArg *mpy_build_arg(MpyParser *p, MpyArgKind kind, AstExpr *key, const MpyToken *eq, AstExpr *value,
                AstVec *gens)
{
    MpyArg *a = mpy_build_alloc(p, sizeof *a);
    a->kind = kind;
    a->key = key;
    a->value = value;
    a->gens = gens;
    if (eq)
        a->eq = mpy_build_token_loc(eq);
    a->loc = key ? expr_to_expr(key, value) : value->outer;
    return a;
}

MpyArg *mpy_build_arg_star(MpyParser *p, MpyArgKind kind, const MpyToken *star, AstExpr *value)
{
    MpyArg *a = mpy_build_arg(p, kind, NULL, NULL, value, NULL);
    a->star = mpy_build_token_loc(star);
    a->loc = mpy_build_span(&a->star, &value->outer);
    return a;
}

MpyArgs *mpy_build_args_push(MpyParser *p, MpyArgs *l, MpyArg *arg)
{
    if (!l)
        l = mpy_build_alloc(p, sizeof *l);
    mpy_build_vec_push(p, &l->v, arg);
    return l;
}

MpyArgs *mpy_build_args_comma(MpyParser *p, MpyArgs *l)
{
    l->trailing_comma = true;
    return l;
}

/* The end of a generator argument's last clause, where CPython's
 * "Generator expression must be parenthesized" range stops. */
static AstLocation last_comprehension_item(AstVec *gens)
{
    AstComprehension *c = gens->items[gens->size - 1];
    return c->ifs.size ? c->ifs.items[c->ifs.size - 1]->outer : c->iter->outer;
}

static AstKeyword *make_keyword(MpyParser *p, MpyArg *a)
{
    AstKeyword *k = mpy_build_alloc(p, sizeof *k);
    k->loc = a->loc;
    k->value = a->value;
    if (a->kind == MPY_ARG_KEYWORD)
        k->arg = a->key->v.Name.id;
    return k;
}

static bool check_keyword(MpyParser *p, MpyArg *a)
{
    AstExpr *key = a->key;
    if (key->kind == AST_Name_kind && !parenthesized(key))
        return true;
    AstConstKind ck = key->kind == AST_Constant_kind ? key->v.Constant.value.kind : AST_CONST_INT;
    if (!parenthesized(key) && (ck == AST_CONST_TRUE || ck == AST_CONST_FALSE || ck == AST_CONST_NONE))
        mpy_build_error_range(p, "SyntaxError", &key->loc, &a->eq, "cannot assign to %s", mpy_build_expr_name(key));
    else
        mpy_build_error_range(p, "SyntaxError", &key->loc, &a->eq,
                        "expression cannot contain assignment, perhaps you meant \"==\"?");
    return false;
}

static bool check_genexp_arg(MpyParser *p, MpyArgs *args, MpyArg *a, bool in_class)
{
    if (in_class) {
        /* A class's arguments have no generator form: CPython stops at `for`. */
        mpy_build_error_range(p, "SyntaxError", &a->gens->end, &a->gens->end, "invalid syntax");
        return false;
    }
    if (args->v.size == 1 && !args->trailing_comma)
        return true;
    AstLocation end = last_comprehension_item(a->gens);
    mpy_build_error_range(p, "SyntaxError", &a->value->outer, &end, "Generator expression must be parenthesized");
    return false;
}

/* Checks the order CPython's grammar imposes on arguments and splits them
 * into positional arguments and keywords. */
int mpy_build_split_args(MpyParser *p, MpyArgs *args, const MpyToken *close, AstVec **positional,
                   AstVec **keywords)
{
    bool seen_keyword = false, seen_dstar = false;
    for (ssize_t i = 0; i < args->v.size; i++) {
        MpyArg *a = args->v.items[i];
        switch (a->kind) {
        case MPY_ARG_GENEXP:
            if (!check_genexp_arg(p, args, a, args->in_class))
                return -1;
            /* fallthrough */
        case MPY_ARG_POSITIONAL:
            if (seen_keyword || seen_dstar) {
                /* CPython reports it at the token after the arguments. */
                AstLocation loc = mpy_build_token_loc(close);
                mpy_build_error_range(p, "SyntaxError", &loc, &loc,
                                seen_dstar ? "positional argument follows keyword argument unpacking"
                                           : "positional argument follows keyword argument");
                return -1;
            }
            *positional = mpy_build_vec_push(p, *positional, a->value);
            break;
        case MPY_ARG_STAR:
            if (seen_dstar) {
                mpy_build_error_range(p, "SyntaxError", &a->star, &a->star,
                                "iterable argument unpacking follows keyword argument unpacking");
                return -1;
            }
            *positional = mpy_build_vec_push(p, *positional, mpy_build_starred_arg(p, a));
            break;
        case MPY_ARG_KEYWORD:
            if (!check_keyword(p, a))
                return -1;
            seen_keyword = true;
            *keywords = mpy_build_vec_push(p, *keywords, make_keyword(p, a));
            break;
        case MPY_ARG_DSTAR:
            seen_dstar = true;
            *keywords = mpy_build_vec_push(p, *keywords, make_keyword(p, a));
            break;
        }
    }
    return 0;
}

AstExpr *mpy_build_starred_arg(MpyParser *p, MpyArg *a)
{
    AstExpr *e = mpy_build_new_expr(p, AST_Starred_kind, a->loc);
    e->v.Starred.value = a->value;
    e->v.Starred.ctx = AST_Load;
    return e;
}

AstExpr *mpy_build_call(MpyParser *p, AstExpr *func, const MpyToken *lpar, MpyArgs *args,
                        const MpyToken *rpar)
{
    AstVec *positional = NULL, *keywords = NULL;
    if (args && mpy_build_split_args(p, args, rpar, &positional, &keywords) < 0)
        positional = keywords = NULL;
    else if (args && args->v.size == 1) {
        MpyArg *a = args->v.items[0];
        if (a->kind == MPY_ARG_GENEXP) {
            /* f(x for x in y): the generator takes the call's parentheses. */
            AstExpr *g = mpy_build_genexp(p, lpar, a->value, a->gens, rpar);
            positional->items[0] = g;
        }
    }
    AstLocation to = mpy_build_token_loc(rpar);
    AstExpr *e = mpy_build_new_expr(p, AST_Call_kind, mpy_build_span(&func->outer, &to));
    e->v.Call.func = func;
    SEQ(e->v.Call.args, positional);
    SEQ(e->v.Call.keywords, keywords);
    return e;
}

/* ---------------------------------------------------------- parameters */

MpyParam *mpy_build_param(MpyParser *p, MpyParamKind kind, const MpyToken *first, const MpyToken *name,
                    AstExpr *annotation, const MpyToken *eq, AstExpr *dflt)
{
    MpyParam *prm = mpy_build_alloc(p, sizeof *prm);
    prm->kind = kind;
    prm->loc = mpy_build_token_loc(first);
    if (eq)
        prm->eq = mpy_build_token_loc(eq);
    if (name) {
        AstArg *arg = prm->arg = mpy_build_alloc(p, sizeof *arg);
        arg->loc = mpy_build_token_loc(name);
        arg->arg = mpy_build_identifier(p, name);
        arg->annotation = annotation;
        if (annotation) {
            arg->loc.end_lineno = annotation->outer.end_lineno;
            arg->loc.end_col_offset = annotation->outer.end_col_offset;
        }
    }
    prm->dflt = dflt;
    return prm;
}

MpyParams *mpy_build_params_push(MpyParser *p, MpyParams *l, MpyParam *param)
{
    if (!l)
        l = mpy_build_alloc(p, sizeof *l);
    mpy_build_vec_push(p, &l->v, param);
    return l;
}

/* Reports the error and returns an empty node so that parsing can unwind. */
static AstArguments *param_error(MpyParser *p, const AstLocation *loc, const char *msg)
{
    mpy_build_error_range(p, "SyntaxError", loc, loc, "%s", msg);
    return mpy_build_alloc(p, sizeof(AstArguments));
}

/* Remembers the first repeated parameter name; CPython's symbol table
 * reports it, so it is raised only if the whole parse succeeds. */
static void check_duplicates(MpyParser *p, MpyParams *params)
{
    for (ssize_t i = 1; i < params->v.size; i++) {
        MpyParam *a = params->v.items[i];
        if (!a->arg)
            continue;
        for (ssize_t j = 0; j < i; j++) {
            MpyParam *b = params->v.items[j];
            if (b->arg && strcmp(a->arg->arg, b->arg->arg) == 0) {
                mpy_build_defer_duplicate(p, a->arg);
                return;
            }
        }
    }
}

/* Builds `arguments` from the flat parameter list, with the messages of
 * CPython's invalid_parameters, invalid_star_etc and invalid_kwds rules. */
AstArguments *mpy_build_arguments(MpyParser *p, MpyParams *params, bool lambda)
{
    AstArguments *args = mpy_build_alloc(p, sizeof *args);
    if (!params)
        return args;
    AstVec *pos = NULL, *posonly = NULL, *kwonly = NULL, *defaults = NULL, *kw_defaults = NULL;
    bool seen_slash = false, seen_star = false, seen_default = false;
    ssize_t n = params->v.size;
    for (ssize_t i = 0; i < n; i++) {
        MpyParam *prm = params->v.items[i];
        if (args->kwarg)
            return param_error(p, prm->arg ? &prm->arg->loc : &prm->loc,
                               "arguments cannot follow var-keyword argument");
        switch (prm->kind) {
        case MPY_PARAM_SLASH:
            if (seen_slash)
                return param_error(p, &prm->loc, "/ may appear only once");
            if (seen_star)
                return param_error(p, &prm->loc, "/ must be ahead of *");
            if (!pos)
                return param_error(p, &prm->loc, "at least one argument must precede /");
            seen_slash = true;
            posonly = pos;
            pos = NULL;
            break;
        case MPY_PARAM_STAR:
            if (seen_star)
                return param_error(p, &prm->loc, "* argument may appear only once");
            if (prm->dflt)
                return param_error(p, &prm->eq, "var-positional argument cannot have default value");
            if (!prm->arg) {
                MpyParam *next = i + 1 < n ? params->v.items[i + 1] : NULL;
                if (!next || next->kind == MPY_PARAM_DSTAR)
                    return param_error(p, &prm->loc, "named arguments must follow bare *");
            }
            seen_star = true;
            args->vararg = prm->arg;
            break;
        case MPY_PARAM_DSTAR:
            if (prm->dflt)
                return param_error(p, &prm->eq, "var-keyword argument cannot have default value");
            args->kwarg = prm->arg;
            break;
        case MPY_PARAM_PLAIN:
            if (seen_star) {
                kwonly = mpy_build_vec_push(p, kwonly, prm->arg);
                kw_defaults = mpy_build_vec_push(p, kw_defaults, prm->dflt);
                break;
            }
            if (prm->dflt) {
                seen_default = true;
                defaults = mpy_build_vec_push(p, defaults, prm->dflt);
            } else if (seen_default) {
                return param_error(p, &prm->arg->loc, "non-default argument follows default argument");
            }
            pos = mpy_build_vec_push(p, pos, prm->arg);
            break;
        }
    }
    (void)lambda;
    check_duplicates(p, params);
    SEQ(args->posonlyargs, posonly);
    SEQ(args->args, pos);
    SEQ(args->kwonlyargs, kwonly);
    SEQ(args->kw_defaults, kw_defaults);
    SEQ(args->defaults, defaults);
    return args;
}
