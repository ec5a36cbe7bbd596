/* Expressions, as CPython 3.11's compiler_visit_expr1: each instruction
 * takes the span of the expression being compiled; operators, calls (with
 * LOAD_METHOD, KW_NAMES and CALL_FUNCTION_EX), displays (constant ones as
 * BUILD_x 0 + LOAD_CONST + x_EXTEND), comparisons (chained with SWAP/COPY),
 * boolean operators, conditional jumps, f-strings, yield. */
#include <string.h>

#include "bytes.h"
#include "compile_internal.h"
#include "errors.h"
#include "float.h"
#include "int.h"
#include "set.h"
#include "str.h"
#include "tuple.h"

static bool expr1(Compiler *c, AstExpr *e);

bool cc_expr(Compiler *c, AstExpr *e)
{
    AstExpr *replacement = mpy_ast_opt_replacement(c->opt, e);
    if (replacement)
        e = replacement;
    MpyPosition saved = c->u->loc;
    c->u->loc = cc_loc_of(e->loc);
    bool ok = expr1(c, e);
    c->u->loc = saved;
    return ok;
}

bool cc_exprs(Compiler *c, AstExprSeq seq)
{
    for (ssize_t i = 0; i < seq.size; i++)
        TRY(cc_expr(c, seq.items[i]));
    return true;
}

/* CPython's update_start_location_to_match_attr: an attribute reached on a
 * later line than its object starts at the attribute's name. */
void cc_attr_loc(MpyPosition *loc, const AstExpr *attr)
{
    if (loc->lineno == attr->loc.end_lineno)
        return;
    loc->lineno = attr->loc.end_lineno;
    int len = (int)strlen(attr->v.Attribute.attr);
    if (len <= attr->loc.end_col_offset) {
        loc->col = attr->loc.end_col_offset - len;
    } else {
        loc->col = -1;
        loc->end_col = -1;
    }
    if (loc->end_lineno < loc->lineno)
        loc->end_lineno = loc->lineno;
    if (loc->lineno == loc->end_lineno && loc->end_col < loc->col)
        loc->end_col = loc->col;
}

/* ============================================================ operators */

static int binop_code(AstOperator op)
{
    switch (op) {
    case AST_Add: return MPY_BINOP_ADD;
    case AST_Sub: return MPY_BINOP_SUBTRACT;
    case AST_Mult: return MPY_BINOP_MULTIPLY;
    case AST_MatMult: return MPY_BINOP_MATRIX_MULTIPLY;
    case AST_Div: return MPY_BINOP_TRUE_DIVIDE;
    case AST_Mod: return MPY_BINOP_REMAINDER;
    case AST_Pow: return MPY_BINOP_POWER;
    case AST_LShift: return MPY_BINOP_LSHIFT;
    case AST_RShift: return MPY_BINOP_RSHIFT;
    case AST_BitOr: return MPY_BINOP_OR;
    case AST_BitXor: return MPY_BINOP_XOR;
    case AST_BitAnd: return MPY_BINOP_AND;
    case AST_FloorDiv: return MPY_BINOP_FLOOR_DIVIDE;
    }
    return MPY_BINOP_ADD;
}

int cc_binop_code(AstOperator op, bool inplace)
{
    return binop_code(op) + (inplace ? MPY_BINOP_INPLACE : 0);
}

/* `not (a is b)` is `a is not b` (and in / not in), the Compare taking
 * the place of the `not` with the Compare's own position, as CPython's
 * ast_opt fold_unaryop. Fills *copy and returns true when it applies. */
static bool folded_not(const AstExpr *e, AstExpr *copy, int *op_storage)
{
    const AstExpr *operand = e->v.UnaryOp.operand;
    if (e->kind != AST_UnaryOp_kind || e->v.UnaryOp.op != AST_Not ||
        operand->kind != AST_Compare_kind || operand->v.Compare.ops.size != 1)
        return false;
    int op = operand->v.Compare.ops.items[0];
    int inverse = op == AST_Is ? AST_IsNot : op == AST_IsNot ? AST_Is
                : op == AST_In ? AST_NotIn : op == AST_NotIn ? AST_In : 0;
    if (!inverse)
        return false;
    *copy = *operand;
    *op_storage = inverse;
    copy->v.Compare.ops.items = op_storage;
    return true;
}

static bool unaryop(Compiler *c, AstExpr *e)
{
    AstExpr copy;
    int op;
    if (folded_not(e, &copy, &op)) {
        c->u->loc = cc_loc_of(copy.loc);
        return expr1(c, &copy);
    }
    TRY(cc_expr(c, e->v.UnaryOp.operand));
    static const int ops[] = {0, MPY_OP_UNARY_INVERT, MPY_OP_UNARY_NOT, MPY_OP_UNARY_POSITIVE,
                              MPY_OP_UNARY_NEGATIVE};
    return cc_addop(c, ops[e->v.UnaryOp.op], 0);
}

static bool boolop(Compiler *c, AstExpr *e)
{
    int jump = e->v.BoolOp.op == AST_And ? MPY_OP_JUMP_IF_FALSE_OR_POP : MPY_OP_JUMP_IF_TRUE_OR_POP;
    MpyBasicBlock *end = cc_new_block(c);
    if (!end)
        return false;
    AstExprSeq s = e->v.BoolOp.values;
    for (ssize_t i = 0; i < s.size - 1; i++) {
        TRY(cc_expr(c, s.items[i]));
        TRY(cc_addop_jump(c, jump, end));
    }
    TRY(cc_expr(c, s.items[s.size - 1]));
    cc_use_block(c, end);
    return true;
}

/* ========================================================== comparisons */

static bool addop_compare(Compiler *c, int op)
{
    switch (op) {
    case AST_Eq: return cc_addop(c, MPY_OP_COMPARE_OP, MPY_EQ);
    case AST_NotEq: return cc_addop(c, MPY_OP_COMPARE_OP, MPY_NE);
    case AST_Lt: return cc_addop(c, MPY_OP_COMPARE_OP, MPY_LT);
    case AST_LtE: return cc_addop(c, MPY_OP_COMPARE_OP, MPY_LE);
    case AST_Gt: return cc_addop(c, MPY_OP_COMPARE_OP, MPY_GT);
    case AST_GtE: return cc_addop(c, MPY_OP_COMPARE_OP, MPY_GE);
    case AST_Is: return cc_addop(c, MPY_OP_IS_OP, 0);
    case AST_IsNot: return cc_addop(c, MPY_OP_IS_OP, 1);
    case AST_In: return cc_addop(c, MPY_OP_CONTAINS_OP, 0);
    case AST_NotIn: return cc_addop(c, MPY_OP_CONTAINS_OP, 1);
    }
    return false;
}

/* A literal other than None, True, False and ... next to `is`. */
static bool is_literal_for_is(Compiler *c, AstExpr *e)
{
    MpyObject *v = cc_const_value(c, e);
    if (!v)
        return false;
    return !(v == MPY_NONE || v == MPY_TRUE || v == MPY_FALSE || v == MPY_ELLIPSIS);
}

/* CPython's check_compare: SyntaxWarning for `x is 1`. */
static bool check_compare(Compiler *c, AstExpr *e)
{
    bool left = is_literal_for_is(c, e->v.Compare.left);
    for (ssize_t i = 0; i < e->v.Compare.ops.size; i++) {
        int op = e->v.Compare.ops.items[i];
        bool right = is_literal_for_is(c, e->v.Compare.comparators.items[i]);
        if ((op == AST_Is || op == AST_IsNot) && (left || right))
            return cc_warn(c, op == AST_Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                           : "\"is not\" with a literal. Did you mean \"!=\"?");
        left = right;
    }
    return true;
}

static bool compare(Compiler *c, AstExpr *e)
{
    TRY(check_compare(c, e));
    TRY(cc_expr(c, e->v.Compare.left));
    ssize_t n = e->v.Compare.ops.size - 1;
    if (n == 0) {
        TRY(cc_expr(c, e->v.Compare.comparators.items[0]));
        return addop_compare(c, e->v.Compare.ops.items[0]);
    }
    MpyBasicBlock *cleanup = cc_new_block(c), *end = cc_new_block(c);
    if (!cleanup || !end)
        return false;
    for (ssize_t i = 0; i < n; i++) {
        TRY(cc_expr(c, e->v.Compare.comparators.items[i]));
        TRY(cc_addop(c, MPY_OP_SWAP, 2));
        TRY(cc_addop(c, MPY_OP_COPY, 2));
        TRY(addop_compare(c, e->v.Compare.ops.items[i]));
        TRY(cc_addop_jump(c, MPY_OP_JUMP_IF_FALSE_OR_POP, cleanup));
    }
    TRY(cc_expr(c, e->v.Compare.comparators.items[n]));
    TRY(addop_compare(c, e->v.Compare.ops.items[n]));
    MpyPosition saved = c->u->loc;
    c->u->loc = cc_no_loc();
    TRY(cc_addop_jump(c, MPY_PSEUDO_JUMP, end));
    c->u->loc = saved;
    cc_use_block(c, cleanup);
    TRY(cc_addop(c, MPY_OP_SWAP, 2));
    TRY(cc_addop(c, MPY_OP_POP_TOP, 0));
    cc_use_block(c, end);
    return true;
}

/* ================================================== conditional jumps */

static bool jump_noline(Compiler *c, MpyBasicBlock *target)
{
    MpyPosition saved = c->u->loc;
    c->u->loc = cc_no_loc();
    bool ok = cc_addop_jump(c, MPY_PSEUDO_JUMP, target);
    c->u->loc = saved;
    return ok;
}

static bool jump_if_boolop(Compiler *c, AstExpr *e, MpyBasicBlock *next, bool cond)
{
    AstExprSeq s = e->v.BoolOp.values;
    bool cond2 = e->v.BoolOp.op == AST_Or;
    MpyBasicBlock *next2 = next;
    if (cond2 != cond && !(next2 = cc_new_block(c)))
        return false;
    for (ssize_t i = 0; i < s.size - 1; i++)
        TRY(cc_jump_if(c, s.items[i], next2, cond2));
    TRY(cc_jump_if(c, s.items[s.size - 1], next, cond));
    if (next2 != next)
        cc_use_block(c, next2);
    return true;
}

static bool jump_if_ifexp(Compiler *c, AstExpr *e, MpyBasicBlock *next, bool cond)
{
    MpyBasicBlock *end = cc_new_block(c), *next2 = cc_new_block(c);
    if (!end || !next2)
        return false;
    TRY(cc_jump_if(c, e->v.IfExp.test, next2, false));
    TRY(cc_jump_if(c, e->v.IfExp.body, next, cond));
    TRY(jump_noline(c, end));
    cc_use_block(c, next2);
    TRY(cc_jump_if(c, e->v.IfExp.orelse, next, cond));
    cc_use_block(c, end);
    return true;
}

static bool jump_if_chain(Compiler *c, AstExpr *e, MpyBasicBlock *next, bool cond)
{
    TRY(check_compare(c, e));
    MpyBasicBlock *cleanup = cc_new_block(c), *end = cc_new_block(c);
    if (!cleanup || !end)
        return false;
    ssize_t n = e->v.Compare.ops.size - 1;
    TRY(cc_expr(c, e->v.Compare.left));
    for (ssize_t i = 0; i < n; i++) {
        TRY(cc_expr(c, e->v.Compare.comparators.items[i]));
        TRY(cc_addop(c, MPY_OP_SWAP, 2));
        TRY(cc_addop(c, MPY_OP_COPY, 2));
        TRY(addop_compare(c, e->v.Compare.ops.items[i]));
        TRY(cc_addop_jump(c, MPY_OP_POP_JUMP_IF_FALSE, cleanup));
    }
    TRY(cc_expr(c, e->v.Compare.comparators.items[n]));
    TRY(addop_compare(c, e->v.Compare.ops.items[n]));
    TRY(cc_addop_jump(c, cond ? MPY_OP_POP_JUMP_IF_TRUE : MPY_OP_POP_JUMP_IF_FALSE, next));
    TRY(jump_noline(c, end));
    cc_use_block(c, cleanup);
    TRY(cc_addop(c, MPY_OP_POP_TOP, 0));
    if (!cond)
        TRY(jump_noline(c, next));
    cc_use_block(c, end);
    return true;
}

/* CPython's compiler_jump_if: jumps to next when e is true (cond) or false
 * (!cond), with `not`, and/or, conditional expressions and chained
 * comparisons turned into jumps. */
bool cc_jump_if(Compiler *c, AstExpr *e, MpyBasicBlock *next, bool cond)
{
    AstExpr copy;
    int op;
    if (!cc_const_value(c, e) && folded_not(e, &copy, &op))
        return cc_jump_if(c, &copy, next, cond);
    switch (e->kind) {
    case AST_UnaryOp_kind:
        if (e->v.UnaryOp.op == AST_Not && !cc_const_value(c, e))
            return cc_jump_if(c, e->v.UnaryOp.operand, next, !cond);
        break;
    case AST_BoolOp_kind:
        return jump_if_boolop(c, e, next, cond);
    case AST_IfExp_kind:
        return jump_if_ifexp(c, e, next, cond);
    case AST_Compare_kind:
        /* a comparison's jumps take its position, and so does what
         * follows until the next statement (as CPython 3.11.7) */
        c->u->loc = cc_loc_of(e->loc);
        if (e->v.Compare.ops.size > 1)
            return jump_if_chain(c, e, next, cond);
        break;
    default:
        break;
    }
    TRY(cc_expr(c, e));
    return cc_addop_jump(c, cond ? MPY_OP_POP_JUMP_IF_TRUE : MPY_OP_POP_JUMP_IF_FALSE, next);
}

static bool ifexp(Compiler *c, AstExpr *e)
{
    MpyBasicBlock *end = cc_new_block(c), *next = cc_new_block(c);
    if (!end || !next)
        return false;
    TRY(cc_jump_if(c, e->v.IfExp.test, next, false));
    TRY(cc_expr(c, e->v.IfExp.body));
    TRY(jump_noline(c, end));
    cc_use_block(c, next);
    TRY(cc_expr(c, e->v.IfExp.orelse));
    cc_use_block(c, end);
    return true;
}

/* ============================================================= displays */

static bool all_const(Compiler *c, AstExprSeq elts, ssize_t begin, ssize_t end)
{
    for (ssize_t i = begin; i < end; i++)
        if (!elts.items[i] || !cc_const_value(c, elts.items[i]))
            return false;
    return true;
}

static MpyObject *const_tuple(Compiler *c, AstExprSeq elts, ssize_t begin, ssize_t end)
{
    MpyObject *t = mpy_tuple_new(end - begin);
    if (!t)
        return NULL;
    for (ssize_t i = begin; i < end; i++)
        MPY_TUPLE_SET(t, i - begin, MPY_NEWREF(cc_const_value(c, elts.items[i])));
    return t;
}

/* CPython's starunpack_helper: a list, tuple or set display (or the
 * positional arguments of a call with *args). */
bool cc_starunpack(Compiler *c, AstExprSeq elts, int pushed, int build, int add, int extend,
                   bool tuple)
{
    ssize_t n = elts.size;
    if (n > 2 && all_const(c, elts, 0, n)) {
        MpyObject *folded = const_tuple(c, elts, 0, n);
        if (!folded)
            return cc_nomem(c);
        if (tuple && !pushed)
            return cc_load_const_new(c, folded);
        if (add == MPY_OP_SET_ADD) {
            MpyObject *fs = mpy_frozenset_new(folded);
            MPY_DECREF(folded);
            if (!(folded = fs))
                return cc_nomem(c);
        }
        TRY(cc_addop(c, build, pushed));
        TRY(cc_load_const_new(c, folded));
        TRY(cc_addop(c, extend, 1));
        return !tuple || cc_addop(c, MPY_OP_LIST_TO_TUPLE, 0);
    }
    bool big = n + pushed > STACK_USE_GUIDELINE, seen_star = false;
    for (ssize_t i = 0; i < n; i++)
        seen_star = seen_star || elts.items[i]->kind == AST_Starred_kind;
    if (!seen_star && !big) {
        TRY(cc_exprs(c, elts));
        return cc_addop(c, tuple ? MPY_OP_BUILD_TUPLE : build, (int)(n + pushed));
    }
    bool built = false;
    if (big) {
        TRY(cc_addop(c, build, pushed));
        built = true;
    }
    for (ssize_t i = 0; i < n; i++) {
        AstExpr *elt = elts.items[i];
        if (elt->kind == AST_Starred_kind) {
            if (!built) {
                TRY(cc_addop(c, build, (int)(i + pushed)));
                built = true;
            }
            TRY(cc_expr(c, elt->v.Starred.value));
            TRY(cc_addop(c, extend, 1));
        } else {
            TRY(cc_expr(c, elt));
            if (built)
                TRY(cc_addop(c, add, 1));
        }
    }
    return !tuple || cc_addop(c, MPY_OP_LIST_TO_TUPLE, 0);
}

static bool subdict(Compiler *c, AstExpr *e, ssize_t begin, ssize_t end)
{
    ssize_t n = end - begin;
    bool big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big && all_const(c, e->v.Dict.keys, begin, end)) {
        for (ssize_t i = begin; i < end; i++)
            TRY(cc_expr(c, e->v.Dict.values.items[i]));
        TRY(cc_load_const_new(c, const_tuple(c, e->v.Dict.keys, begin, end)));
        return cc_addop(c, MPY_OP_BUILD_CONST_KEY_MAP, (int)n);
    }
    if (big)
        TRY(cc_addop(c, MPY_OP_BUILD_MAP, 0));
    for (ssize_t i = begin; i < end; i++) {
        TRY(cc_expr(c, e->v.Dict.keys.items[i]));
        TRY(cc_expr(c, e->v.Dict.values.items[i]));
        if (big)
            TRY(cc_addop(c, MPY_OP_MAP_ADD, 1));
    }
    return big || cc_addop(c, MPY_OP_BUILD_MAP, (int)n);
}

static bool dict(Compiler *c, AstExpr *e)
{
    ssize_t n = e->v.Dict.values.size, elements = 0;
    bool have_dict = false;
    for (ssize_t i = 0; i < n; i++) {
        if (e->v.Dict.keys.items[i] == NULL) {
            if (elements) {
                TRY(subdict(c, e, i - elements, i));
                if (have_dict)
                    TRY(cc_addop(c, MPY_OP_DICT_UPDATE, 1));
                have_dict = true;
                elements = 0;
            }
            if (!have_dict) {
                TRY(cc_addop(c, MPY_OP_BUILD_MAP, 0));
                have_dict = true;
            }
            TRY(cc_expr(c, e->v.Dict.values.items[i]));
            TRY(cc_addop(c, MPY_OP_DICT_UPDATE, 1));
        } else if (elements * 2 > STACK_USE_GUIDELINE) {
            TRY(subdict(c, e, i - elements, i + 1));
            if (have_dict)
                TRY(cc_addop(c, MPY_OP_DICT_UPDATE, 1));
            have_dict = true;
            elements = 0;
        } else {
            elements++;
        }
    }
    if (elements) {
        TRY(subdict(c, e, n - elements, n));
        if (have_dict)
            TRY(cc_addop(c, MPY_OP_DICT_UPDATE, 1));
        have_dict = true;
    }
    return have_dict || cc_addop(c, MPY_OP_BUILD_MAP, 0);
}

static bool list_or_tuple(Compiler *c, AstExpr *e, AstExprSeq elts, AstExprContext ctx,
                          bool tuple)
{
    if (ctx == AST_Store)
        return cc_assignment_helper(c, elts);
    if (ctx == AST_Load)
        return cc_starunpack(c, elts, 0, MPY_OP_BUILD_LIST, MPY_OP_LIST_APPEND,
                             MPY_OP_LIST_EXTEND, tuple);
    return cc_exprs(c, elts);
}

/* ============================================================ warnings */

/* Treats a folded expression as the Constant CPython would have. */
static AstExprKind kind_of(Compiler *c, AstExpr *e)
{
    AstExpr *r = mpy_ast_opt_replacement(c->opt, e);
    if (r)
        return r->kind;
    return cc_const_value(c, e) ? AST_Constant_kind : e->kind;
}

static const char *infer_type(Compiler *c, AstExpr *e)
{
    switch (kind_of(c, e) == AST_JoinedStr_kind ? AST_JoinedStr_kind : e->kind) {
    case AST_Tuple_kind: return "tuple";
    case AST_List_kind: case AST_ListComp_kind: return "list";
    case AST_Dict_kind: case AST_DictComp_kind: return "dict";
    case AST_Set_kind: case AST_SetComp_kind: return "set";
    case AST_GeneratorExp_kind: return "generator";
    case AST_Lambda_kind: return "function";
    case AST_JoinedStr_kind: case AST_FormattedValue_kind: return "str";
    default: break;
    }
    MpyObject *v = cc_const_value(c, e);
    return v ? MPY_TYPE(v)->tp_name : NULL;
}

static bool check_caller(Compiler *c, AstExpr *e)
{
    switch (kind_of(c, e)) {
    case AST_Constant_kind: case AST_Tuple_kind: case AST_List_kind: case AST_ListComp_kind:
    case AST_Dict_kind: case AST_DictComp_kind: case AST_Set_kind: case AST_SetComp_kind:
    case AST_GeneratorExp_kind: case AST_JoinedStr_kind: case AST_FormattedValue_kind:
        return cc_warn(c, "'%s' object is not callable; perhaps you missed a comma?",
                       infer_type(c, e));
    default:
        return true;
    }
}

static bool check_subscripter(Compiler *c, AstExpr *e)
{
    switch (kind_of(c, e)) {
    case AST_Constant_kind: {
        MpyObject *v = cc_const_value(c, e);
        if (!(v == MPY_NONE || v == MPY_ELLIPSIS || MPY_INT_CHECK(v) || MPY_FLOAT_CHECK(v) ||
              MPY_ANYSET_CHECK(v)))
            return true;
    } /* fall through */
    case AST_Set_kind: case AST_SetComp_kind: case AST_GeneratorExp_kind: case AST_Lambda_kind:
        return cc_warn(c, "'%s' object is not subscriptable; perhaps you missed a comma?",
                       infer_type(c, e));
    default:
        return true;
    }
}

static bool check_index(Compiler *c, AstExpr *e, AstExpr *s)
{
    const char *index_type = infer_type(c, s);
    MpyObject *sv = cc_const_value(c, s);
    if (!index_type || (sv && MPY_INT_CHECK(sv)) || s->kind == AST_Slice_kind)
        return true;
    switch (kind_of(c, e)) {
    case AST_Constant_kind: {
        MpyObject *v = cc_const_value(c, e);
        if (!(MPY_STR_CHECK(v) || MPY_BYTES_CHECK(v) || MPY_TUPLE_CHECK(v)))
            return true;
    } /* fall through */
    case AST_Tuple_kind: case AST_List_kind: case AST_ListComp_kind: case AST_JoinedStr_kind:
    case AST_FormattedValue_kind:
        return cc_warn(c, "%s indices must be integers or slices, not %s; perhaps you missed a "
                          "comma?", infer_type(c, e), index_type);
    default:
        return true;
    }
}

/* ================================================================ calls */

bool cc_validate_keywords(Compiler *c, AstKeywordSeq kws)
{
    for (ssize_t i = 0; i < kws.size; i++) {
        AstKeyword *k = kws.items[i];
        if (!k->arg)
            continue;
        if (cc_forbidden_name(c, k->arg, AST_Store))
            return false;
        for (ssize_t j = i + 1; j < kws.size; j++) {
            AstKeyword *o = kws.items[j];
            if (o->arg && strcmp(k->arg, o->arg) == 0) {
                c->u->loc = cc_loc_of(o->loc);
                return cc_error(c, "keyword argument repeated: %s", k->arg);
            }
        }
    }
    return true;
}

static bool kw_names(Compiler *c, AstKeywordSeq kws, ssize_t begin, ssize_t end)
{
    MpyObject *names = mpy_tuple_new(end - begin);
    if (!names)
        return cc_nomem(c);
    for (ssize_t i = begin; i < end; i++) {
        MpyObject *s = cc_str(c, kws.items[i]->arg);
        if (!s) {
            MPY_DECREF(names);
            return false;
        }
        MPY_TUPLE_SET(names, i - begin, s);
    }
    int index = cc_add_const(c, names);
    MPY_DECREF(names);
    return index >= 0 && cc_addop(c, MPY_OP_KW_NAMES, index);
}

static bool subkwargs(Compiler *c, AstKeywordSeq kws, ssize_t begin, ssize_t end)
{
    ssize_t n = end - begin;
    bool big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
        for (ssize_t i = begin; i < end; i++)
            TRY(cc_expr(c, kws.items[i]->value));
        MpyObject *keys = mpy_tuple_new(n);
        if (!keys)
            return cc_nomem(c);
        for (ssize_t i = begin; i < end; i++) {
            MpyObject *s = cc_str(c, kws.items[i]->arg);
            if (!s) {
                MPY_DECREF(keys);
                return false;
            }
            MPY_TUPLE_SET(keys, i - begin, s);
        }
        TRY(cc_load_const_new(c, keys));
        return cc_addop(c, MPY_OP_BUILD_CONST_KEY_MAP, (int)n);
    }
    if (big)
        TRY(cc_addop(c, MPY_OP_BUILD_MAP, 0));
    for (ssize_t i = begin; i < end; i++) {
        TRY(cc_load_const_new(c, cc_str(c, kws.items[i]->arg)));
        TRY(cc_expr(c, kws.items[i]->value));
        if (big)
            TRY(cc_addop(c, MPY_OP_MAP_ADD, 1));
    }
    return big || cc_addop(c, MPY_OP_BUILD_MAP, (int)n);
}

static bool call_ex(Compiler *c, int n, AstExprSeq args, AstKeywordSeq kws)
{
    if (n == 0 && args.size == 1 && args.items[0]->kind == AST_Starred_kind)
        TRY(cc_expr(c, args.items[0]->v.Starred.value));
    else
        TRY(cc_starunpack(c, args, n, MPY_OP_BUILD_LIST, MPY_OP_LIST_APPEND, MPY_OP_LIST_EXTEND,
                          true));
    if (kws.size) {
        bool have_dict = false;
        ssize_t nseen = 0;
        for (ssize_t i = 0; i < kws.size; i++) {
            AstKeyword *kw = kws.items[i];
            if (kw->arg) {
                nseen++;
                continue;
            }
            if (nseen) {
                TRY(subkwargs(c, kws, i - nseen, i));
                if (have_dict)
                    TRY(cc_addop(c, MPY_OP_DICT_MERGE, 1));
                have_dict = true;
                nseen = 0;
            }
            if (!have_dict) {
                TRY(cc_addop(c, MPY_OP_BUILD_MAP, 0));
                have_dict = true;
            }
            TRY(cc_expr(c, kw->value));
            TRY(cc_addop(c, MPY_OP_DICT_MERGE, 1));
        }
        if (nseen) {
            TRY(subkwargs(c, kws, kws.size - nseen, kws.size));
            if (have_dict)
                TRY(cc_addop(c, MPY_OP_DICT_MERGE, 1));
        }
    }
    return cc_addop(c, MPY_OP_CALL_FUNCTION_EX, kws.size > 0);
}

/* CPython's compiler_call_helper: n arguments are already pushed. */
bool cc_call_helper(Compiler *c, int n, AstExprSeq args, AstKeywordSeq kws)
{
    TRY(cc_validate_keywords(c, kws));
    if (args.size + kws.size * 2 > STACK_USE_GUIDELINE)
        return call_ex(c, n, args, kws);
    for (ssize_t i = 0; i < args.size; i++)
        if (args.items[i]->kind == AST_Starred_kind)
            return call_ex(c, n, args, kws);
    for (ssize_t i = 0; i < kws.size; i++)
        if (!kws.items[i]->arg)
            return call_ex(c, n, args, kws);
    TRY(cc_exprs(c, args));
    if (kws.size) {
        for (ssize_t i = 0; i < kws.size; i++)
            TRY(cc_expr(c, kws.items[i]->value));
        TRY(kw_names(c, kws, 0, kws.size));
    }
    return cc_addop(c, MPY_OP_CALL, (int)(n + args.size + kws.size));
}

/* A name bound by an import at module level (its methods are not called
 * through LOAD_METHOD, as CPython 3.11's is_import_originated). */
static bool is_import_originated(Compiler *c, AstExpr *e)
{
    if (e->kind != AST_Name_kind)
        return false;
    return (mpy_symtable_flags(mpy_symtable_top(c->st), e->v.Name.id) & MPY_DEF_IMPORT) != 0;
}

/* o.m(args): LOAD_METHOD and CALL; -1 when the call does not qualify. */
static int method_call(Compiler *c, AstExpr *e)
{
    AstExpr *meth = e->v.Call.func;
    AstExprSeq args = e->v.Call.args;
    AstKeywordSeq kws = e->v.Call.keywords;
    if (meth->kind != AST_Attribute_kind || meth->v.Attribute.ctx != AST_Load ||
        is_import_originated(c, meth->v.Attribute.value))
        return -1;
    if (args.size + kws.size + (kws.size != 0) >= STACK_USE_GUIDELINE)
        return -1;
    for (ssize_t i = 0; i < args.size; i++)
        if (args.items[i]->kind == AST_Starred_kind)
            return -1;
    for (ssize_t i = 0; i < kws.size; i++)
        if (!kws.items[i]->arg)
            return -1;
    if (!cc_validate_keywords(c, kws) || !cc_expr(c, meth->v.Attribute.value))
        return 0;
    MpyPosition saved = c->u->loc;
    MpyPosition mloc = cc_loc_of(meth->loc);
    cc_attr_loc(&mloc, meth);
    c->u->loc = mloc;
    if (!cc_addop_name(c, MPY_OP_LOAD_METHOD, meth->v.Attribute.attr))
        return 0;
    /* the arguments' and KW_NAMES' surroundings keep the attribute's
     * position; CALL takes the call's (as CPython 3.11.7) */
    if (!cc_exprs(c, args))
        return 0;
    if (kws.size) {
        for (ssize_t i = 0; i < kws.size; i++)
            if (!cc_expr(c, kws.items[i]->value))
                return 0;
        if (!kw_names(c, kws, 0, kws.size))
            return 0;
    }
    c->u->loc = saved;
    cc_attr_loc(&c->u->loc, meth);
    bool ok = cc_addop(c, MPY_OP_CALL, (int)(args.size + kws.size));
    c->u->loc = saved;
    return ok;
}

static bool call(Compiler *c, AstExpr *e)
{
    TRY(cc_validate_keywords(c, e->v.Call.keywords));
    int r = method_call(c, e);
    if (r >= 0)
        return r;
    TRY(check_caller(c, e->v.Call.func));
    MpyPosition saved = c->u->loc;
    c->u->loc = cc_loc_of(e->v.Call.func->loc);
    TRY(cc_addop(c, MPY_OP_PUSH_NULL, 0));
    c->u->loc = saved;
    TRY(cc_expr(c, e->v.Call.func));
    return cc_call_helper(c, 0, e->v.Call.args, e->v.Call.keywords);
}

/* ============================================================ the rest */

static bool joined_str(Compiler *c, AstExpr *e)
{
    AstExprSeq values = e->v.JoinedStr.values;
    if (values.size > STACK_USE_GUIDELINE) {
        TRY(cc_load_const_new(c, cc_str(c, "")));
        TRY(cc_addop_name(c, MPY_OP_LOAD_METHOD, "join"));
        TRY(cc_addop(c, MPY_OP_BUILD_LIST, 0));
        for (ssize_t i = 0; i < values.size; i++) {
            TRY(cc_expr(c, values.items[i]));
            TRY(cc_addop(c, MPY_OP_LIST_APPEND, 1));
        }
        return cc_addop(c, MPY_OP_CALL, 1);
    }
    TRY(cc_exprs(c, values));
    return values.size == 1 || cc_addop(c, MPY_OP_BUILD_STRING, (int)values.size);
}

static bool formatted_value(Compiler *c, AstExpr *e)
{
    TRY(cc_expr(c, e->v.FormattedValue.value));
    int conv = e->v.FormattedValue.conversion;
    int arg = conv == 's' ? 1 : conv == 'r' ? 2 : conv == 'a' ? 3 : 0;
    if (e->v.FormattedValue.format_spec) {
        TRY(cc_expr(c, e->v.FormattedValue.format_spec));
        arg |= 4;
    }
    return cc_addop(c, MPY_OP_FORMAT_VALUE, arg);
}

static bool yield(Compiler *c, AstExpr *e)
{
    if (c->u->ste->type != MPY_BLOCK_FUNCTION)
        return cc_error(c, "'yield' outside function");
    if (e->v.Yield.value)
        TRY(cc_expr(c, e->v.Yield.value));
    else
        TRY(cc_load_const(c, MPY_NONE));
    TRY(cc_addop(c, MPY_OP_YIELD_VALUE, 0));
    return cc_addop(c, MPY_OP_RESUME, 1);
}

/* yield from: GET_YIELD_FROM_ITER, then SEND / YIELD_VALUE until the
 * sub-iterator returns (CPython's compiler_add_yield_from). */
static bool yield_from(Compiler *c, AstExpr *e)
{
    if (c->u->ste->type != MPY_BLOCK_FUNCTION)
        return cc_error(c, "'yield' outside function");
    TRY(cc_expr(c, e->v.YieldFrom.value));
    TRY(cc_addop(c, MPY_OP_GET_YIELD_FROM_ITER, 0));
    TRY(cc_load_const(c, MPY_NONE));
    MpyBasicBlock *start = cc_new_block(c), *resume = cc_new_block(c), *exit = cc_new_block(c);
    if (!start || !resume || !exit)
        return false;
    cc_use_block(c, start);
    TRY(cc_addop_jump(c, MPY_OP_SEND, exit));
    cc_use_block(c, resume);
    TRY(cc_addop(c, MPY_OP_YIELD_VALUE, 0));
    TRY(cc_addop(c, MPY_OP_RESUME, 1));
    TRY(cc_addop_jump(c, MPY_PSEUDO_JUMP, start));
    cc_use_block(c, exit);
    return true;
}

static bool attribute(Compiler *c, AstExpr *e)
{
    TRY(cc_expr(c, e->v.Attribute.value));
    cc_attr_loc(&c->u->loc, e);
    switch (e->v.Attribute.ctx) {
    case AST_Load:
        return cc_addop_name(c, MPY_OP_LOAD_ATTR, e->v.Attribute.attr);
    case AST_Store:
        if (cc_forbidden_name(c, e->v.Attribute.attr, AST_Store))
            return false;
        return cc_addop_name(c, MPY_OP_STORE_ATTR, e->v.Attribute.attr);
    default:
        return cc_addop_name(c, MPY_OP_DELETE_ATTR, e->v.Attribute.attr);
    }
}

static bool subscript(Compiler *c, AstExpr *e)
{
    AstExprContext ctx = e->v.Subscript.ctx;
    if (ctx == AST_Load) {
        TRY(check_subscripter(c, e->v.Subscript.value));
        TRY(check_index(c, e->v.Subscript.value, e->v.Subscript.slice));
    }
    TRY(cc_expr(c, e->v.Subscript.value));
    TRY(cc_expr(c, e->v.Subscript.slice));
    int op = ctx == AST_Load ? MPY_OP_BINARY_SUBSCR
           : ctx == AST_Store ? MPY_OP_STORE_SUBSCR : MPY_OP_DELETE_SUBSCR;
    return cc_addop(c, op, 0);
}

static bool slice(Compiler *c, AstExpr *e)
{
    int n = 2;
    if (e->v.Slice.lower)
        TRY(cc_expr(c, e->v.Slice.lower));
    else
        TRY(cc_load_const(c, MPY_NONE));
    if (e->v.Slice.upper)
        TRY(cc_expr(c, e->v.Slice.upper));
    else
        TRY(cc_load_const(c, MPY_NONE));
    if (e->v.Slice.step) {
        n++;
        TRY(cc_expr(c, e->v.Slice.step));
    }
    return cc_addop(c, MPY_OP_BUILD_SLICE, n);
}

static bool expr1(Compiler *c, AstExpr *e)
{
    MpyObject *folded = cc_const_value(c, e);
    if (folded)
        return cc_load_const(c, folded);
    switch (e->kind) {
    case AST_NamedExpr_kind:
        TRY(cc_expr(c, e->v.NamedExpr.value));
        TRY(cc_addop(c, MPY_OP_COPY, 1));
        return cc_expr(c, e->v.NamedExpr.target);
    case AST_BoolOp_kind: return boolop(c, e);
    case AST_BinOp_kind:
        TRY(cc_expr(c, e->v.BinOp.left));
        TRY(cc_expr(c, e->v.BinOp.right));
        return cc_addop(c, MPY_OP_BINARY_OP, binop_code(e->v.BinOp.op));
    case AST_UnaryOp_kind: return unaryop(c, e);
    case AST_Lambda_kind: return cc_lambda(c, e);
    case AST_IfExp_kind: return ifexp(c, e);
    case AST_Dict_kind: return dict(c, e);
    case AST_Set_kind:
        return cc_starunpack(c, e->v.Set.elts, 0, MPY_OP_BUILD_SET, MPY_OP_SET_ADD,
                             MPY_OP_SET_UPDATE, false);
    case AST_GeneratorExp_kind: case AST_ListComp_kind: case AST_SetComp_kind:
    case AST_DictComp_kind:
        return cc_comprehension(c, e);
    case AST_Yield_kind: return yield(c, e);
    case AST_YieldFrom_kind: return yield_from(c, e);
    case AST_Await_kind: return cc_error(c, "'await' outside async function");
    case AST_Compare_kind: return compare(c, e);
    case AST_Call_kind: return call(c, e);
    case AST_FormattedValue_kind: return formatted_value(c, e);
    case AST_JoinedStr_kind: return joined_str(c, e);
    case AST_Constant_kind:
        return cc_error(c, "compiler: constant without a value");
    case AST_Attribute_kind: return attribute(c, e);
    case AST_Subscript_kind: return subscript(c, e);
    case AST_Starred_kind:
        return cc_error(c, e->v.Starred.ctx == AST_Store
                               ? "starred assignment target must be in a list or tuple"
                               : "can't use starred expression here");
    case AST_Slice_kind: return slice(c, e);
    case AST_Name_kind: return cc_nameop(c, e->v.Name.id, e->v.Name.ctx);
    case AST_List_kind:
        return list_or_tuple(c, e, e->v.List.elts, e->v.List.ctx,
                             mpy_ast_opt_as_tuple(c->opt, e));
    case AST_Tuple_kind: return list_or_tuple(c, e, e->v.Tuple.elts, e->v.Tuple.ctx, true);
    }
    return true;
}
