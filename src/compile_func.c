/* Definitions: functions, lambdas, classes and comprehensions, each
 * compiled into its own code object and turned into a function by
 * MAKE_FUNCTION (with defaults, keyword-only defaults, annotations and the
 * closure), as CPython 3.11's compiler_function, compiler_lambda,
 * compiler_class and compiler_comprehension. */
#include <string.h>

#include "ast_unparse.h"
#include "compile_internal.h"
#include "dict.h"
#include "errors.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "tuple.h"

/* Leaves every unit opened since `saved` (after an error). */
static bool unwind_units(Compiler *c, CUnit *saved)
{
    while (c->u && c->u != saved)
        cc_exit_scope(c);
    return false;
}

/* ---------------------------------------------------------------- parts */

static bool check_debug_args(Compiler *c, AstArguments *a)
{
    AstArgSeq seqs[3] = {a->posonlyargs, a->args, a->kwonlyargs};
    for (int k = 0; k < 3; k++)
        for (ssize_t i = 0; i < seqs[k].size; i++)
            if (cc_forbidden_name(c, seqs[k].items[i]->arg, AST_Store))
                return false;
    if (a->vararg && cc_forbidden_name(c, a->vararg->arg, AST_Store))
        return false;
    if (a->kwarg && cc_forbidden_name(c, a->kwarg->arg, AST_Store))
        return false;
    return true;
}

/* The dict of keyword-only defaults: 1 pushed, 0 none, -1 error. */
static int kwonly_defaults(Compiler *c, AstArguments *a)
{
    ssize_t n = 0;
    for (ssize_t i = 0; i < a->kwonlyargs.size; i++)
        n += a->kw_defaults.items[i] != NULL;
    if (!n)
        return 0;
    MpyObject *keys = mpy_tuple_new(n);
    if (!keys)
        return cc_nomem(c), -1;
    ssize_t k = 0;
    for (ssize_t i = 0; i < a->kwonlyargs.size; i++) {
        AstExpr *d = a->kw_defaults.items[i];
        if (!d)
            continue;
        const char *m = cc_mangle(c, a->kwonlyargs.items[i]->arg);
        MpyObject *s = m ? cc_str(c, m) : NULL;
        if (!s) {
            MPY_DECREF(keys);
            return -1;
        }
        MPY_TUPLE_SET(keys, k++, s);
        if (!cc_expr(c, d)) {
            MPY_DECREF(keys);
            return -1;
        }
    }
    if (!cc_load_const_new(c, keys) || !cc_addop(c, MPY_OP_BUILD_CONST_KEY_MAP, (int)n))
        return -1;
    return 1;
}

/* MAKE_FUNCTION flags for the defaults pushed, or -1. */
static int default_arguments(Compiler *c, AstArguments *a)
{
    int flags = 0;
    if (a->defaults.size > 0) {
        if (!cc_exprs(c, a->defaults) || !cc_addop(c, MPY_OP_BUILD_TUPLE, (int)a->defaults.size))
            return -1;
        flags |= 1;
    }
    int r = kwonly_defaults(c, a);
    if (r < 0)
        return -1;
    return r ? flags | 2 : flags;
}

static bool arg_annotation(Compiler *c, const char *name, AstExpr *ann, int *len)
{
    if (!ann)
        return true;
    const char *m = cc_mangle(c, name);
    if (!m || !cc_load_const_new(c, cc_str(c, m)))
        return false;
    if (c->future_annotations) {
        TRY(cc_load_const_new(c, mpy_ast_unparse(c->opt, ann)));
    } else if (ann->kind == AST_Starred_kind) {
        TRY(cc_expr(c, ann->v.Starred.value));
        TRY(cc_addop(c, MPY_OP_UNPACK_SEQUENCE, 1));
    } else {
        TRY(cc_expr(c, ann));
    }
    *len += 2;
    return true;
}

static bool arg_annotations(Compiler *c, AstArgSeq args, int *len)
{
    for (ssize_t i = 0; i < args.size; i++)
        TRY(arg_annotation(c, args.items[i]->arg, args.items[i]->annotation, len));
    return true;
}

/* The annotations tuple (name, value pairs): 1 pushed, 0 none, -1 error. */
static int annotations(Compiler *c, AstArguments *a, AstExpr *returns)
{
    int len = 0;
    if (!arg_annotations(c, a->args, &len) || !arg_annotations(c, a->posonlyargs, &len))
        return -1;
    if (a->vararg && !arg_annotation(c, a->vararg->arg, a->vararg->annotation, &len))
        return -1;
    if (!arg_annotations(c, a->kwonlyargs, &len))
        return -1;
    if (a->kwarg && !arg_annotation(c, a->kwarg->arg, a->kwarg->annotation, &len))
        return -1;
    if (!arg_annotation(c, "return", returns, &len))
        return -1;
    if (!len)
        return 0;
    return cc_addop(c, MPY_OP_BUILD_TUPLE, len) ? 1 : -1;
}

/* LOAD_CLOSURE for each free variable of `code`, the closure tuple, and
 * MAKE_FUNCTION (CPython's compiler_make_closure). Steals code. */
static bool make_closure(Compiler *c, MpyObject *code, int flags)
{
    MpyCodeObject *co = (MpyCodeObject *)code;
    bool ok = true;
    if (co->co_nfreevars) {
        for (int i = co->co_nlocalsplus - co->co_nfreevars; ok && i < co->co_nlocalsplus; i++) {
            const char *name = mpy_str_as_utf8(MPY_TUPLE_GET(co->co_localsplusnames, i));
            CUnit *u = c->u;
            int *idx = NULL;
            bool class_cell = u->kind == UNIT_CLASS && strcmp(name, "__class__") == 0;
            if (class_cell || mpy_symtable_scope(u->ste, name) == MPY_SCOPE_CELL)
                idx = mpy_namemap_get(&u->cellvars, name);
            else
                idx = mpy_namemap_get(&u->freevars, name);
            if (!idx) {
                mpy_err_format(MpyExc_SystemError, "compiler: no closure variable '%s'", name);
                c->failed = true;
                ok = false;
                break;
            }
            ok = cc_addop(c, MPY_OP_LOAD_CLOSURE, *idx);
        }
        flags |= 8;
        ok = ok && cc_addop(c, MPY_OP_BUILD_TUPLE, co->co_nfreevars);
    }
    ok = ok && cc_load_const(c, code) && cc_addop(c, MPY_OP_MAKE_FUNCTION, flags);
    MPY_DECREF(code);
    return ok;
}

static bool decorators(Compiler *c, AstExprSeq decos) { return cc_exprs(c, decos); }

/* Each decorator's call takes the decorator's position. */
static bool apply_decorators(Compiler *c, AstExprSeq decos)
{
    MpyPosition saved = c->u->loc;
    for (ssize_t i = decos.size - 1; i >= 0; i--) {
        c->u->loc = cc_loc_of(decos.items[i]->loc);
        TRY(cc_addop(c, MPY_OP_CALL, 0));
    }
    c->u->loc = saved;
    return true;
}

static bool is_docstring(AstStmtSeq body)
{
    if (body.size == 0 || body.items[0]->kind != AST_Expr_kind)
        return false;
    AstExpr *e = body.items[0]->v.Expr.value;
    return e->kind == AST_Constant_kind && e->v.Constant.value.kind == AST_CONST_STR;
}

static void set_arg_counts(CUnit *u, AstArguments *a)
{
    u->argcount = (int)a->args.size;
    u->posonlyargcount = (int)a->posonlyargs.size;
    u->kwonlyargcount = (int)a->kwonlyargs.size;
}

/* ============================================================ functions */

bool cc_function(Compiler *c, AstStmt *s)
{
    AstArguments *args = s->v.FunctionDef.args;
    AstExprSeq decos = s->v.FunctionDef.decorator_list;
    AstStmtSeq body = s->v.FunctionDef.body;
    TRY(check_debug_args(c, args));
    TRY(decorators(c, decos));
    int firstlineno = decos.size ? decos.items[0]->loc.lineno : s->loc.lineno;
    int flags = default_arguments(c, args);
    if (flags < 0)
        return false;
    int ann = annotations(c, args, s->v.FunctionDef.returns);
    if (ann < 0)
        return false;
    if (ann)
        flags |= 4;
    CUnit *saved = c->u;
    if (!cc_enter_scope(c, s->v.FunctionDef.name, UNIT_FUNCTION, s, firstlineno))
        return unwind_units(c, saved);
    bool doc = is_docstring(body);
    MpyObject *first = doc ? cc_const_value(c, body.items[0]->v.Expr.value) : MPY_NONE;
    if (!first || cc_add_const(c, first) < 0)
        return unwind_units(c, saved);
    set_arg_counts(c->u, args);
    for (ssize_t i = doc ? 1 : 0; i < body.size; i++)
        if (!cc_stmt(c, body.items[i]))
            return unwind_units(c, saved);
    MpyObject *code = cc_make_code(c, true);
    cc_exit_scope(c);
    if (!code)
        return false;
    TRY(make_closure(c, code, flags));
    TRY(apply_decorators(c, decos));
    return cc_nameop(c, s->v.FunctionDef.name, AST_Store);
}

bool cc_lambda(Compiler *c, AstExpr *e)
{
    AstArguments *args = e->v.Lambda.args;
    TRY(check_debug_args(c, args));
    int flags = default_arguments(c, args);
    if (flags < 0)
        return false;
    CUnit *saved = c->u;
    if (!cc_enter_scope(c, "<lambda>", UNIT_LAMBDA, e, e->loc.lineno))
        return unwind_units(c, saved);
    /* None first, so a lambda never has a docstring. */
    if (cc_add_const(c, MPY_NONE) < 0)
        return unwind_units(c, saved);
    set_arg_counts(c->u, args);
    /* RETURN_VALUE keeps the unit's first position (line, 0, 0) */
    if (!cc_expr(c, e->v.Lambda.body))
        return unwind_units(c, saved);
    bool generator = c->u->ste->generator;
    if (!generator && !cc_addop(c, MPY_OP_RETURN_VALUE, 0))
        return unwind_units(c, saved);
    MpyObject *code = cc_make_code(c, !generator);
    cc_exit_scope(c);
    return code && make_closure(c, code, flags);
}

/* ============================================================== classes */

static bool class_body(Compiler *c, AstStmt *s)
{
    CUnit *u = c->u;
    u->private_name = s->v.ClassDef.name;
    TRY(cc_nameop(c, "__name__", AST_Load));
    TRY(cc_nameop(c, "__module__", AST_Store));
    TRY(cc_load_const(c, u->qualname));
    TRY(cc_nameop(c, "__qualname__", AST_Store));
    TRY(cc_body(c, s->v.ClassDef.body));
    u->loc = cc_no_loc();
    if (u->ste->needs_class_closure) {
        int *i = mpy_namemap_get(&u->cellvars, "__class__");
        TRY(cc_addop(c, MPY_OP_LOAD_CLOSURE, i ? *i : 0));
        TRY(cc_addop(c, MPY_OP_COPY, 1));
        TRY(cc_nameop(c, "__classcell__", AST_Store));
    } else {
        TRY(cc_load_const(c, MPY_NONE));
    }
    return cc_addop(c, MPY_OP_RETURN_VALUE, 0);
}

bool cc_class(Compiler *c, AstStmt *s)
{
    AstExprSeq decos = s->v.ClassDef.decorator_list;
    TRY(decorators(c, decos));
    int firstlineno = decos.size ? decos.items[0]->loc.lineno : s->loc.lineno;
    CUnit *saved = c->u;
    if (!cc_enter_scope(c, s->v.ClassDef.name, UNIT_CLASS, s, firstlineno) || !class_body(c, s))
        return unwind_units(c, saved);
    MpyObject *code = cc_make_code(c, true);
    cc_exit_scope(c);
    if (!code)
        return false;
    TRY(cc_addop(c, MPY_OP_PUSH_NULL, 0));
    TRY(cc_addop(c, MPY_OP_LOAD_BUILD_CLASS, 0));
    TRY(make_closure(c, code, 0));
    TRY(cc_load_const_new(c, cc_str(c, s->v.ClassDef.name)));
    TRY(cc_call_helper(c, 2, s->v.ClassDef.bases, s->v.ClassDef.keywords));
    TRY(apply_decorators(c, decos));
    return cc_nameop(c, s->v.ClassDef.name, AST_Store);
}

/* ======================================================= comprehensions */

typedef struct {
    MpyCompKind kind;
    AstComprehensionSeq gens;
    AstExpr *elt, *value;
} Comp;

static bool comp_generator(Compiler *c, const Comp *k, ssize_t index, int depth);

/* The element step of the innermost loop. */
static bool comp_element(Compiler *c, const Comp *k, int depth)
{
    switch (k->kind) {
    case MPY_COMP_GENEXP:
        TRY(cc_expr(c, k->elt));
        TRY(cc_addop(c, MPY_OP_YIELD_VALUE, 0));
        TRY(cc_addop(c, MPY_OP_RESUME, 1));
        return cc_addop(c, MPY_OP_POP_TOP, 0);
    case MPY_COMP_LIST:
        TRY(cc_expr(c, k->elt));
        return cc_addop(c, MPY_OP_LIST_APPEND, depth + 1);
    case MPY_COMP_SET:
        TRY(cc_expr(c, k->elt));
        return cc_addop(c, MPY_OP_SET_ADD, depth + 1);
    case MPY_COMP_DICT:
        TRY(cc_expr(c, k->elt));
        TRY(cc_expr(c, k->value));
        return cc_addop(c, MPY_OP_MAP_ADD, depth + 1);
    default:
        return false;
    }
}

/* The single element of `for y in [f(x)]` (bound without a loop), or NULL. */
static AstExpr *single_element(Compiler *c, AstExpr *iter)
{
    AstExprSeq elts = {0, NULL};
    if (iter->kind == AST_List_kind)
        elts = iter->v.List.elts;
    else if (iter->kind == AST_Tuple_kind && !cc_const_value(c, iter))
        elts = iter->v.Tuple.elts;
    if (elts.size == 1 && elts.items[0]->kind != AST_Starred_kind)
        return elts.items[0];
    return NULL;
}

/* CPython's compiler_sync_comprehension_generator. */
static bool comp_generator(Compiler *c, const Comp *k, ssize_t index, int depth)
{
    AstComprehension *gen = k->gens.items[index];
    MpyBasicBlock *start = cc_new_block(c), *if_cleanup = cc_new_block(c),
                  *anchor = cc_new_block(c);
    if (!start || !if_cleanup || !anchor)
        return false;
    if (index == 0) {
        c->u->argcount = 1;
        TRY(cc_addop(c, MPY_OP_LOAD_FAST, 0));
    } else {
        AstExpr *only = single_element(c, gen->iter);
        if (only) {
            TRY(cc_expr(c, only));
            start = NULL;
        } else {
            TRY(cc_expr(c, gen->iter));
            TRY(cc_addop(c, MPY_OP_GET_ITER, 0));
        }
    }
    if (start) {
        depth++;
        cc_use_block(c, start);
        TRY(cc_addop_jump(c, MPY_OP_FOR_ITER, anchor));
    }
    TRY(cc_expr(c, gen->target));
    for (ssize_t i = 0; i < gen->ifs.size; i++)
        TRY(cc_jump_if(c, gen->ifs.items[i], if_cleanup, false));
    if (index + 1 < k->gens.size)
        TRY(comp_generator(c, k, index + 1, depth));
    else
        TRY(comp_element(c, k, depth));
    cc_use_block(c, if_cleanup);
    if (start) {
        TRY(cc_addop_jump(c, MPY_PSEUDO_JUMP, start));
        cc_use_block(c, anchor);
    }
    return true;
}

static Comp comp_of(AstExpr *e, const char **name)
{
    switch (e->kind) {
    case AST_ListComp_kind:
        *name = "<listcomp>";
        return (Comp){MPY_COMP_LIST, e->v.ListComp.generators, e->v.ListComp.elt, NULL};
    case AST_SetComp_kind:
        *name = "<setcomp>";
        return (Comp){MPY_COMP_SET, e->v.SetComp.generators, e->v.SetComp.elt, NULL};
    case AST_DictComp_kind:
        *name = "<dictcomp>";
        return (Comp){MPY_COMP_DICT, e->v.DictComp.generators, e->v.DictComp.key,
                      e->v.DictComp.value};
    default:
        *name = "<genexpr>";
        return (Comp){MPY_COMP_GENEXP, e->v.GeneratorExp.generators, e->v.GeneratorExp.elt,
                      NULL};
    }
}

static bool comp_body(Compiler *c, const Comp *k, AstExpr *e)
{
    c->u->loc = cc_loc_of(e->loc);
    static const int build[] = {0, MPY_OP_BUILD_LIST, MPY_OP_BUILD_SET, MPY_OP_BUILD_MAP, 0};
    if (k->kind != MPY_COMP_GENEXP)
        TRY(cc_addop(c, build[k->kind], 0));
    TRY(comp_generator(c, k, 0, 0));
    if (k->kind != MPY_COMP_GENEXP)
        TRY(cc_addop(c, MPY_OP_RETURN_VALUE, 0));
    return true;
}

bool cc_comprehension(Compiler *c, AstExpr *e)
{
    const char *name;
    Comp k = comp_of(e, &name);
    CUnit *saved = c->u;
    if (!cc_enter_scope(c, name, UNIT_COMPREHENSION, e, e->loc.lineno) || !comp_body(c, &k, e))
        return unwind_units(c, saved);
    MpyObject *code = cc_make_code(c, true);
    cc_exit_scope(c);
    if (!code)
        return false;
    TRY(make_closure(c, code, 0));
    TRY(cc_expr(c, k.gens.items[0]->iter));
    TRY(cc_addop(c, MPY_OP_GET_ITER, 0));
    return cc_addop(c, MPY_OP_CALL, 0);
}
