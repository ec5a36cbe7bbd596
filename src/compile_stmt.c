/* Statements and control flow, as CPython 3.11's compiler_visit_stmt:
 * loops, try/except/finally and with through the exception table (SETUP_*
 * pseudo-instructions), return/break/continue unwinding the blocks they
 * leave (finally bodies and __exit__ calls emitted inline), imports,
 * assert, raise. */
#include <string.h>

#include "compile_internal.h"
#include "errors.h"
#include "int.h"
#include "str.h"
#include "tuple.h"

static bool set_noline(Compiler *c)
{
    c->u->loc = cc_no_loc();
    return true;
}

static bool addop_noline(Compiler *c, int op, int arg)
{
    MpyPosition saved = c->u->loc;
    c->u->loc = cc_no_loc();
    bool ok = cc_addop(c, op, arg);
    c->u->loc = saved;
    return ok;
}

static bool jump_noline(Compiler *c, MpyBasicBlock *target)
{
    MpyPosition saved = c->u->loc;
    c->u->loc = cc_no_loc();
    bool ok = cc_addop_jump(c, MPY_PSEUDO_JUMP, target);
    c->u->loc = saved;
    return ok;
}

/* Starts a fresh block after a return/raise/jump, so what follows is
 * unreachable rather than part of the same block. */
static bool next_block(Compiler *c)
{
    MpyBasicBlock *b = cc_new_block(c);
    if (!b)
        return false;
    cc_use_block(c, b);
    return true;
}

/* COPY 3; POP_EXCEPT; RERAISE 1: the handler that restores the previous
 * exception and re-raises (CPython's POP_EXCEPT_AND_RERAISE). */
static bool pop_except_and_reraise(Compiler *c)
{
    TRY(cc_addop(c, MPY_OP_COPY, 3));
    TRY(cc_addop(c, MPY_OP_POP_EXCEPT, 0));
    return cc_addop(c, MPY_OP_RERAISE, 1);
}

/* name = None; del name (artificial: the handler's `as` name goes away,
 * even if the body deleted it). */
static bool clear_handler_name(Compiler *c, const char *name)
{
    TRY(cc_load_const(c, MPY_NONE));
    TRY(cc_nameop(c, name, AST_Store));
    return cc_nameop(c, name, AST_Del);
}

bool cc_stmts(Compiler *c, AstStmtSeq seq)
{
    for (ssize_t i = 0; i < seq.size; i++)
        TRY(cc_stmt(c, seq.items[i]));
    return true;
}

/* ================================================================ bodies */

bool cc_find_ann(AstStmtSeq body)
{
    for (ssize_t i = 0; i < body.size; i++) {
        AstStmt *s = body.items[i];
        switch (s->kind) {
        case AST_AnnAssign_kind:
            return true;
        case AST_For_kind: case AST_AsyncFor_kind:
            if (cc_find_ann(s->v.For.body) || cc_find_ann(s->v.For.orelse))
                return true;
            break;
        case AST_While_kind:
            if (cc_find_ann(s->v.While.body) || cc_find_ann(s->v.While.orelse))
                return true;
            break;
        case AST_If_kind:
            if (cc_find_ann(s->v.If.body) || cc_find_ann(s->v.If.orelse))
                return true;
            break;
        case AST_With_kind: case AST_AsyncWith_kind:
            if (cc_find_ann(s->v.With.body))
                return true;
            break;
        case AST_Try_kind: case AST_TryStar_kind:
            for (ssize_t j = 0; j < s->v.Try.handlers.size; j++)
                if (cc_find_ann(s->v.Try.handlers.items[j]->body))
                    return true;
            if (cc_find_ann(s->v.Try.body) || cc_find_ann(s->v.Try.orelse) ||
                cc_find_ann(s->v.Try.finalbody))
                return true;
            break;
        default:
            break;
        }
    }
    return false;
}

/* A module or class body: SETUP_ANNOTATIONS when something is annotated,
 * the docstring stored as __doc__, then the statements. */
bool cc_body(Compiler *c, AstStmtSeq body)
{
    if (c->u->kind == UNIT_MODULE && body.size)
        c->u->loc = cc_loc_of(body.items[0]->loc);
    if (cc_find_ann(body))
        TRY(cc_addop(c, MPY_OP_SETUP_ANNOTATIONS, 0));
    if (!body.size)
        return true;
    ssize_t i = 0;
    AstStmt *first = body.items[0];
    if (first->kind == AST_Expr_kind && first->v.Expr.value->kind == AST_Constant_kind &&
        first->v.Expr.value->v.Constant.value.kind == AST_CONST_STR) {
        i = 1;
        c->u->loc = cc_loc_of(first->loc);
        TRY(cc_expr(c, first->v.Expr.value));
        set_noline(c);
        TRY(cc_nameop(c, "__doc__", AST_Store));
    }
    for (; i < body.size; i++)
        TRY(cc_stmt(c, body.items[i]));
    return true;
}

/* ============================================================ unwinding */

bool cc_call_exit_with_nones(Compiler *c)
{
    TRY(cc_load_const(c, MPY_NONE));
    TRY(cc_load_const(c, MPY_NONE));
    TRY(cc_load_const(c, MPY_NONE));
    return cc_addop(c, MPY_OP_CALL, 2);
}

/* Emits what leaving one block takes (CPython's compiler_unwind_fblock);
 * preserve_tos keeps a return value on top. */
static bool unwind_fblock(Compiler *c, FBlock *info, bool preserve_tos)
{
    switch (info->kind) {
    case FB_WHILE_LOOP:
    case FB_EXCEPTION_HANDLER:
    case FB_EXCEPTION_GROUP_HANDLER: /* never left: unwind_fblock_stack refuses */
        return true;
    case FB_FOR_LOOP:
        if (preserve_tos)
            TRY(cc_addop(c, MPY_OP_SWAP, 2));
        return cc_addop(c, MPY_OP_POP_TOP, 0);
    case FB_TRY_EXCEPT:
        return cc_addop(c, MPY_PSEUDO_POP_BLOCK, 0);
    case FB_FINALLY_TRY:
        TRY(cc_addop(c, MPY_PSEUDO_POP_BLOCK, 0));
        if (preserve_tos)
            TRY(cc_push_fblock(c, (FBlock){.kind = FB_POP_VALUE}));
        TRY(cc_stmts(c, *info->finalbody));
        if (preserve_tos)
            cc_pop_fblock(c);
        return set_noline(c);
    case FB_FINALLY_END:
        if (preserve_tos)
            TRY(cc_addop(c, MPY_OP_SWAP, 2));
        TRY(cc_addop(c, MPY_OP_POP_TOP, 0));
        if (preserve_tos)
            TRY(cc_addop(c, MPY_OP_SWAP, 2));
        TRY(cc_addop(c, MPY_PSEUDO_POP_BLOCK, 0));
        return cc_addop(c, MPY_OP_POP_EXCEPT, 0);
    case FB_WITH:
        c->u->loc = cc_loc_of(info->with->loc);
        TRY(cc_addop(c, MPY_PSEUDO_POP_BLOCK, 0));
        if (preserve_tos)
            TRY(cc_addop(c, MPY_OP_SWAP, 2));
        TRY(cc_call_exit_with_nones(c));
        TRY(cc_addop(c, MPY_OP_POP_TOP, 0));
        return set_noline(c);
    case FB_HANDLER_CLEANUP:
        if (info->name)
            TRY(cc_addop(c, MPY_PSEUDO_POP_BLOCK, 0));
        if (preserve_tos)
            TRY(cc_addop(c, MPY_OP_SWAP, 2));
        TRY(cc_addop(c, MPY_PSEUDO_POP_BLOCK, 0));
        TRY(cc_addop(c, MPY_OP_POP_EXCEPT, 0));
        return info->name ? clear_handler_name(c, info->name) : true;
    case FB_POP_VALUE:
        if (preserve_tos)
            TRY(cc_addop(c, MPY_OP_SWAP, 2));
        return cc_addop(c, MPY_OP_POP_TOP, 0);
    }
    return true;
}

/* Unwinds every block up to the innermost loop (stored in *loop), or all
 * of them when loop is NULL. */
static bool unwind_fblock_stack(Compiler *c, bool preserve_tos, FBlock **loop)
{
    CUnit *u = c->u;
    if (u->nfblocks == 0)
        return true;
    FBlock *top = &u->fblocks[u->nfblocks - 1];
    if (top->kind == FB_EXCEPTION_GROUP_HANDLER)
        return cc_error(c, "'break', 'continue' and 'return' cannot appear in an except* block");
    if (loop && (top->kind == FB_WHILE_LOOP || top->kind == FB_FOR_LOOP)) {
        *loop = top;
        return true;
    }
    FBlock copy = *top;
    u->nfblocks--;
    bool ok = unwind_fblock(c, &copy, preserve_tos) && unwind_fblock_stack(c, preserve_tos, loop);
    u->fblocks[u->nfblocks++] = copy;
    return ok;
}

static bool return_stmt(Compiler *c, AstStmt *s)
{
    AstExpr *value = s->v.Return.value;
    MpyObject *k = value ? cc_const_value(c, value) : NULL;
    bool preserve_tos = value && value->kind != AST_Constant_kind && !k;
    if (c->u->ste->type != MPY_BLOCK_FUNCTION)
        return cc_error(c, "'return' outside function");
    if (preserve_tos) {
        TRY(cc_expr(c, value));
    } else if (value) {
        c->u->loc = cc_loc_of(value->loc);
        TRY(cc_addop(c, MPY_OP_NOP, 0));
    }
    if (!value || value->loc.lineno != s->loc.lineno) {
        c->u->loc = cc_loc_of(s->loc);
        TRY(cc_addop(c, MPY_OP_NOP, 0));
    }
    TRY(unwind_fblock_stack(c, preserve_tos, NULL));
    if (!value)
        TRY(cc_load_const(c, MPY_NONE));
    else if (!preserve_tos)
        TRY(cc_load_const(c, k));
    TRY(cc_addop(c, MPY_OP_RETURN_VALUE, 0));
    return next_block(c);
}

static bool break_stmt(Compiler *c)
{
    FBlock *loop = NULL;
    TRY(cc_addop(c, MPY_OP_NOP, 0));
    TRY(unwind_fblock_stack(c, false, &loop));
    if (!loop)
        return cc_error(c, "'break' outside loop");
    TRY(unwind_fblock(c, loop, false));
    TRY(cc_addop_jump(c, MPY_PSEUDO_JUMP, loop->exit));
    return next_block(c);
}

static bool continue_stmt(Compiler *c)
{
    FBlock *loop = NULL;
    TRY(cc_addop(c, MPY_OP_NOP, 0));
    TRY(unwind_fblock_stack(c, false, &loop));
    if (!loop)
        return cc_error(c, "'continue' not properly in loop");
    TRY(cc_addop_jump(c, MPY_PSEUDO_JUMP, loop->block));
    return next_block(c);
}

/* ================================================================ loops */

static bool if_stmt(Compiler *c, AstStmt *s)
{
    MpyBasicBlock *end = cc_new_block(c);
    if (!end)
        return false;
    MpyBasicBlock *next = end;
    if (s->v.If.orelse.size && !(next = cc_new_block(c)))
        return false;
    TRY(cc_jump_if(c, s->v.If.test, next, false));
    TRY(cc_stmts(c, s->v.If.body));
    if (s->v.If.orelse.size) {
        TRY(jump_noline(c, end));
        cc_use_block(c, next);
        TRY(cc_stmts(c, s->v.If.orelse));
    }
    cc_use_block(c, end);
    return true;
}

/* The test runs at the top of each iteration; the body ends with a jump
 * back to it (JUMP_BACKWARD is the only backward jump). */
static bool while_stmt(Compiler *c, AstStmt *s)
{
    MpyBasicBlock *loop = cc_new_block(c), *body = cc_new_block(c), *anchor = cc_new_block(c),
                  *end = cc_new_block(c);
    if (!loop || !body || !anchor || !end)
        return false;
    cc_use_block(c, loop);
    TRY(cc_push_fblock(c, (FBlock){.kind = FB_WHILE_LOOP, .block = loop, .exit = end}));
    TRY(cc_jump_if(c, s->v.While.test, anchor, false));
    cc_use_block(c, body);
    TRY(cc_stmts(c, s->v.While.body));
    c->u->loc = cc_loc_of(s->loc);
    TRY(cc_addop_jump(c, MPY_PSEUDO_JUMP, loop));
    cc_pop_fblock(c);
    cc_use_block(c, anchor);
    TRY(cc_stmts(c, s->v.While.orelse));
    cc_use_block(c, end);
    return true;
}

static bool for_stmt(Compiler *c, AstStmt *s)
{
    MpyBasicBlock *start = cc_new_block(c), *body = cc_new_block(c),
                  *cleanup = cc_new_block(c), *end = cc_new_block(c);
    if (!start || !body || !cleanup || !end)
        return false;
    TRY(cc_push_fblock(c, (FBlock){.kind = FB_FOR_LOOP, .block = start, .exit = end}));
    TRY(cc_expr(c, s->v.For.iter));
    TRY(cc_addop(c, MPY_OP_GET_ITER, 0));
    cc_use_block(c, start);
    TRY(cc_addop_jump(c, MPY_OP_FOR_ITER, cleanup));
    cc_use_block(c, body);
    TRY(cc_expr(c, s->v.For.target));
    TRY(cc_stmts(c, s->v.For.body));
    TRY(jump_noline(c, start));
    cc_use_block(c, cleanup);
    cc_pop_fblock(c);
    TRY(cc_stmts(c, s->v.For.orelse));
    cc_use_block(c, end);
    return true;
}

/* ================================================================== try */

/* A handler's body, whose exceptions go to cleanup_end (which clears the
 * `as` name before passing them on); ends with its POP_BLOCK. */
static bool guarded_handler_body(Compiler *c, AstExceptHandler *h, MpyBasicBlock *cleanup_end)
{
    MpyBasicBlock *cleanup_body = cc_new_block(c);
    if (!cleanup_body)
        return false;
    TRY(cc_addop_jump(c, MPY_PSEUDO_SETUP_CLEANUP, cleanup_end));
    cc_use_block(c, cleanup_body);
    TRY(cc_push_fblock(c, (FBlock){.kind = FB_HANDLER_CLEANUP, .block = cleanup_body,
                                   .name = h->name}));
    TRY(cc_stmts(c, h->body));
    cc_pop_fblock(c);
    set_noline(c);
    return cc_addop(c, MPY_PSEUDO_POP_BLOCK, 0);
}

static bool handler_with_name(Compiler *c, AstExceptHandler *h, MpyBasicBlock *end)
{
    MpyBasicBlock *cleanup_end = cc_new_block(c);
    if (!cleanup_end)
        return false;
    TRY(cc_nameop(c, h->name, AST_Store));
    TRY(guarded_handler_body(c, h, cleanup_end));
    TRY(cc_addop(c, MPY_PSEUDO_POP_BLOCK, 0));
    TRY(cc_addop(c, MPY_OP_POP_EXCEPT, 0));
    TRY(clear_handler_name(c, h->name));
    TRY(cc_addop_jump(c, MPY_PSEUDO_JUMP, end));
    cc_use_block(c, cleanup_end);
    set_noline(c);
    TRY(clear_handler_name(c, h->name));
    return cc_addop(c, MPY_OP_RERAISE, 1);
}

static bool handler_without_name(Compiler *c, AstExceptHandler *h, MpyBasicBlock *end)
{
    MpyBasicBlock *cleanup_body = cc_new_block(c);
    if (!cleanup_body)
        return false;
    TRY(cc_addop(c, MPY_OP_POP_TOP, 0));
    cc_use_block(c, cleanup_body);
    TRY(cc_push_fblock(c, (FBlock){.kind = FB_HANDLER_CLEANUP, .block = cleanup_body}));
    TRY(cc_stmts(c, h->body));
    cc_pop_fblock(c);
    set_noline(c);
    TRY(cc_addop(c, MPY_PSEUDO_POP_BLOCK, 0));
    TRY(cc_addop(c, MPY_OP_POP_EXCEPT, 0));
    return cc_addop_jump(c, MPY_PSEUDO_JUMP, end);
}

/* The body of a try statement, whose exceptions go to `except`. */
static bool guarded_body(Compiler *c, AstStmt *s, MpyBasicBlock *body, MpyBasicBlock *except)
{
    TRY(cc_addop_jump(c, MPY_PSEUDO_SETUP_FINALLY, except));
    cc_use_block(c, body);
    TRY(cc_push_fblock(c, (FBlock){.kind = FB_TRY_EXCEPT, .block = body}));
    TRY(cc_stmts(c, s->v.Try.body));
    cc_pop_fblock(c);
    return addop_noline(c, MPY_PSEUDO_POP_BLOCK, 0);
}

/* Where the handlers start: [exc] becomes [prev, exc], the exception
 * being handled; what escapes them goes to `cleanup`. */
static bool handlers_entry(Compiler *c, MpyBasicBlock *except, MpyBasicBlock *cleanup,
                           FBlockKind kind)
{
    cc_use_block(c, except);
    set_noline(c);
    TRY(cc_addop_jump(c, MPY_PSEUDO_SETUP_CLEANUP, cleanup));
    TRY(cc_addop(c, MPY_OP_PUSH_EXC_INFO, 0));
    return cc_push_fblock(c, (FBlock){.kind = kind});
}

/* CPython's compiler_try_except. */
static bool try_except(Compiler *c, AstStmt *s)
{
    MpyBasicBlock *body = cc_new_block(c), *except = cc_new_block(c), *end = cc_new_block(c),
                  *cleanup = cc_new_block(c);
    if (!body || !except || !end || !cleanup)
        return false;
    TRY(guarded_body(c, s, body, except));
    TRY(cc_stmts(c, s->v.Try.orelse));
    TRY(jump_noline(c, end));
    TRY(handlers_entry(c, except, cleanup, FB_EXCEPTION_HANDLER));
    ssize_t n = s->v.Try.handlers.size;
    for (ssize_t i = 0; i < n; i++) {
        AstExceptHandler *h = s->v.Try.handlers.items[i];
        c->u->loc = cc_loc_of(h->loc);
        if (!h->type && i < n - 1)
            return cc_error(c, "default 'except:' must be last");
        MpyBasicBlock *next = cc_new_block(c);
        if (!next)
            return false;
        if (h->type) {
            TRY(cc_expr(c, h->type));
            TRY(cc_addop(c, MPY_OP_CHECK_EXC_MATCH, 0));
            TRY(cc_addop_jump(c, MPY_OP_POP_JUMP_IF_FALSE, next));
        }
        TRY(h->name ? handler_with_name(c, h, end) : handler_without_name(c, h, end));
        cc_use_block(c, next);
    }
    set_noline(c);
    cc_pop_fblock(c);
    TRY(cc_addop(c, MPY_OP_RERAISE, 0));
    cc_use_block(c, cleanup);
    TRY(pop_except_and_reraise(c));
    cc_use_block(c, end);
    return true;
}

/* One `except* T as name:` clause, entered with [orig, res, exc] on the
 * stack (res: the list of what the clauses raise). CHECK_EG_MATCH leaves
 * [.., rest, match]; the body runs with match bound, and anything it raises
 * is appended to res. Either way the next clause gets [orig, res, rest]. */
static bool star_handler(Compiler *c, AstExceptHandler *h, MpyBasicBlock *next)
{
    MpyBasicBlock *no_match = cc_new_block(c), *cleanup_end = cc_new_block(c);
    if (!no_match || !cleanup_end)
        return false;
    if (h->type) {
        TRY(cc_expr(c, h->type));
        TRY(cc_addop(c, MPY_OP_CHECK_EG_MATCH, 0));
        TRY(cc_addop(c, MPY_OP_COPY, 1));
        TRY(cc_addop_jump(c, MPY_OP_POP_JUMP_IF_NONE, no_match));
    }
    if (h->name)
        TRY(cc_nameop(c, h->name, AST_Store));
    else
        TRY(cc_addop(c, MPY_OP_POP_TOP, 0));
    TRY(guarded_handler_body(c, h, cleanup_end));
    TRY(h->name ? clear_handler_name(c, h->name) : true);
    TRY(cc_addop_jump(c, MPY_PSEUDO_JUMP, next));
    cc_use_block(c, cleanup_end);
    TRY(h->name ? clear_handler_name(c, h->name) : true);
    TRY(cc_addop(c, MPY_OP_LIST_APPEND, 3));
    TRY(cc_addop(c, MPY_OP_POP_TOP, 0)); /* lasti */
    TRY(cc_addop_jump(c, MPY_PSEUDO_JUMP, next));
    cc_use_block(c, no_match);
    return cc_addop(c, MPY_OP_POP_TOP, 0); /* the None in place of a match */
}

/* CPython's compiler_try_star_except: the clauses split the exception in
 * turn; PREP_RERAISE_STAR then combines what they raised with the part no
 * clause matched, and re-raises that unless it is None. */
static bool try_star_except(Compiler *c, AstStmt *s)
{
    MpyBasicBlock *body = cc_new_block(c), *except = cc_new_block(c), *orelse = cc_new_block(c),
                  *end = cc_new_block(c), *cleanup = cc_new_block(c),
                  *reraise_star = cc_new_block(c), *reraise = cc_new_block(c);
    if (!body || !except || !orelse || !end || !cleanup || !reraise_star || !reraise)
        return false;
    TRY(guarded_body(c, s, body, except));
    TRY(jump_noline(c, orelse));
    TRY(handlers_entry(c, except, cleanup, FB_EXCEPTION_GROUP_HANDLER));
    ssize_t n = s->v.Try.handlers.size;
    for (ssize_t i = 0; i < n; i++) {
        AstExceptHandler *h = s->v.Try.handlers.items[i];
        c->u->loc = cc_loc_of(h->loc);
        MpyBasicBlock *next = cc_new_block(c);
        if (!next)
            return false;
        if (i == 0) {
            /* [exc] -- [orig, res, exc] */
            TRY(cc_addop(c, MPY_OP_COPY, 1));
            TRY(cc_addop(c, MPY_OP_BUILD_LIST, 0));
            TRY(cc_addop(c, MPY_OP_SWAP, 2));
        }
        TRY(star_handler(c, h, next));
        cc_use_block(c, next);
        if (i == n - 1) {
            /* the unhandled rest (or None) joins res */
            TRY(cc_addop(c, MPY_OP_LIST_APPEND, 1));
            TRY(cc_addop_jump(c, MPY_PSEUDO_JUMP, reraise_star));
        }
    }
    set_noline(c);
    cc_pop_fblock(c);
    cc_use_block(c, reraise_star);
    TRY(cc_addop(c, MPY_OP_PREP_RERAISE_STAR, 0));
    TRY(cc_addop(c, MPY_OP_COPY, 1));
    TRY(cc_addop_jump(c, MPY_OP_POP_JUMP_IF_NOT_NONE, reraise));
    TRY(cc_addop(c, MPY_OP_POP_TOP, 0));
    TRY(cc_addop(c, MPY_PSEUDO_POP_BLOCK, 0));
    TRY(cc_addop(c, MPY_OP_POP_EXCEPT, 0));
    TRY(cc_addop_jump(c, MPY_PSEUDO_JUMP, end));
    cc_use_block(c, reraise);
    TRY(cc_addop(c, MPY_PSEUDO_POP_BLOCK, 0));
    TRY(cc_addop(c, MPY_OP_SWAP, 2));
    TRY(cc_addop(c, MPY_OP_POP_EXCEPT, 0));
    TRY(cc_addop(c, MPY_OP_RERAISE, 0));
    cc_use_block(c, cleanup);
    TRY(pop_except_and_reraise(c));
    cc_use_block(c, orelse);
    TRY(cc_stmts(c, s->v.Try.orelse));
    cc_use_block(c, end);
    return true;
}

/* CPython's compiler_try_finally: the finally body is emitted twice, for
 * the normal path and for the exceptional one. */
static bool try_finally(Compiler *c, AstStmt *s)
{
    MpyBasicBlock *body = cc_new_block(c), *end = cc_new_block(c), *exit = cc_new_block(c),
                  *cleanup = cc_new_block(c);
    if (!body || !end || !exit || !cleanup)
        return false;
    TRY(cc_addop_jump(c, MPY_PSEUDO_SETUP_FINALLY, end));
    cc_use_block(c, body);
    TRY(cc_push_fblock(c, (FBlock){.kind = FB_FINALLY_TRY, .block = body, .exit = end,
                                   .finalbody = &s->v.Try.finalbody}));
    if (s->v.Try.handlers.size)
        TRY(s->kind == AST_TryStar_kind ? try_star_except(c, s) : try_except(c, s));
    else
        TRY(cc_stmts(c, s->v.Try.body));
    TRY(addop_noline(c, MPY_PSEUDO_POP_BLOCK, 0));
    cc_pop_fblock(c);
    TRY(cc_stmts(c, s->v.Try.finalbody));
    TRY(jump_noline(c, exit));
    cc_use_block(c, end);
    set_noline(c);
    TRY(cc_addop_jump(c, MPY_PSEUDO_SETUP_CLEANUP, cleanup));
    TRY(cc_addop(c, MPY_OP_PUSH_EXC_INFO, 0));
    TRY(cc_push_fblock(c, (FBlock){.kind = FB_FINALLY_END, .block = end}));
    TRY(cc_stmts(c, s->v.Try.finalbody));
    cc_pop_fblock(c);
    TRY(cc_addop(c, MPY_OP_RERAISE, 0));
    cc_use_block(c, cleanup);
    TRY(pop_except_and_reraise(c));
    cc_use_block(c, exit);
    return true;
}

static bool try_stmt(Compiler *c, AstStmt *s)
{
    if (s->v.Try.finalbody.size)
        return try_finally(c, s);
    return s->kind == AST_TryStar_kind ? try_star_except(c, s) : try_except(c, s);
}

/* ================================================================= with */

/* After WITH_EXCEPT_START: re-raise unless __exit__ returned true. */
static bool with_except_finish(Compiler *c, MpyBasicBlock *cleanup)
{
    set_noline(c);
    MpyBasicBlock *exit = cc_new_block(c);
    if (!exit)
        return false;
    TRY(cc_addop_jump(c, MPY_OP_POP_JUMP_IF_TRUE, exit));
    TRY(cc_addop(c, MPY_OP_RERAISE, 2));
    cc_use_block(c, cleanup);
    TRY(pop_except_and_reraise(c));
    cc_use_block(c, exit);
    TRY(cc_addop(c, MPY_OP_POP_TOP, 0));
    TRY(cc_addop(c, MPY_PSEUDO_POP_BLOCK, 0));
    TRY(cc_addop(c, MPY_OP_POP_EXCEPT, 0));
    TRY(cc_addop(c, MPY_OP_POP_TOP, 0));
    return cc_addop(c, MPY_OP_POP_TOP, 0);
}

/* CPython's compiler_with, one item at a time. */
static bool with_stmt(Compiler *c, AstStmt *s, ssize_t pos)
{
    AstWithItem *item = s->v.With.items.items[pos];
    MpyBasicBlock *block = cc_new_block(c), *final = cc_new_block(c), *exit = cc_new_block(c),
                  *cleanup = cc_new_block(c);
    if (!block || !final || !exit || !cleanup)
        return false;
    TRY(cc_expr(c, item->context_expr));
    TRY(cc_addop(c, MPY_OP_BEFORE_WITH, 0));
    TRY(cc_addop_jump(c, MPY_PSEUDO_SETUP_WITH, final));
    cc_use_block(c, block);
    TRY(cc_push_fblock(c, (FBlock){.kind = FB_WITH, .block = block, .exit = final, .with = s}));
    if (item->optional_vars)
        TRY(cc_expr(c, item->optional_vars));
    else
        TRY(cc_addop(c, MPY_OP_POP_TOP, 0));
    if (pos + 1 == s->v.With.items.size)
        TRY(cc_stmts(c, s->v.With.body));
    else
        TRY(with_stmt(c, s, pos + 1));
    cc_pop_fblock(c);
    set_noline(c); /* the following code is artificial */
    TRY(cc_addop(c, MPY_PSEUDO_POP_BLOCK, 0));
    c->u->loc = cc_loc_of(s->loc);
    TRY(cc_call_exit_with_nones(c));
    TRY(cc_addop(c, MPY_OP_POP_TOP, 0));
    TRY(cc_addop_jump(c, MPY_PSEUDO_JUMP, exit));
    cc_use_block(c, final);
    TRY(cc_addop_jump(c, MPY_PSEUDO_SETUP_CLEANUP, cleanup));
    TRY(cc_addop(c, MPY_OP_PUSH_EXC_INFO, 0));
    TRY(cc_addop(c, MPY_OP_WITH_EXCEPT_START, 0));
    TRY(with_except_finish(c, cleanup));
    cc_use_block(c, exit);
    return true;
}

/* =============================================================== others */

static bool expr_stmt(Compiler *c, AstStmt *s)
{
    AstExpr *value = s->v.Expr.value;
    if (c->interactive && c->nestlevel <= 1) {
        TRY(cc_expr(c, value));
        return cc_addop(c, MPY_OP_PRINT_EXPR, 0);
    }
    if (cc_const_value(c, value))
        return cc_addop(c, MPY_OP_NOP, 0);
    TRY(cc_expr(c, value));
    set_noline(c);
    return cc_addop(c, MPY_OP_POP_TOP, 0);
}

static bool assert_stmt(Compiler *c, AstStmt *s)
{
    AstExpr *test = s->v.Assert.test;
    MpyObject *v = cc_const_value(c, test);
    if ((test->kind == AST_Tuple_kind && test->v.Tuple.elts.size > 0) ||
        (v && MPY_TUPLE_CHECK(v) && MPY_SIZE(v) > 0))
        TRY(cc_warn(c, "assertion is always true, perhaps remove parentheses?"));
    MpyBasicBlock *end = cc_new_block(c);
    if (!end)
        return false;
    TRY(cc_jump_if(c, test, end, true));
    TRY(cc_addop(c, MPY_OP_LOAD_ASSERTION_ERROR, 0));
    if (s->v.Assert.msg) {
        TRY(cc_expr(c, s->v.Assert.msg));
        TRY(cc_addop(c, MPY_OP_CALL, 0));
    }
    TRY(cc_addop(c, MPY_OP_RAISE_VARARGS, 1));
    cc_use_block(c, end);
    return true;
}

static bool raise_stmt(Compiler *c, AstStmt *s)
{
    int n = 0;
    if (s->v.Raise.exc) {
        TRY(cc_expr(c, s->v.Raise.exc));
        n++;
        if (s->v.Raise.cause) {
            TRY(cc_expr(c, s->v.Raise.cause));
            n++;
        }
    }
    TRY(cc_addop(c, MPY_OP_RAISE_VARARGS, n));
    return next_block(c);
}

/* A copy of s[begin, end) in the compiler's arena. */
static const char *substring(Compiler *c, const char *s, size_t begin, size_t end)
{
    const char *r = mpy_arena_strndup(c->arena, s + begin, end - begin);
    if (!r)
        cc_nomem(c);
    return r;
}

/* import a.b.c as d: IMPORT_FROM each later component (CPython's
 * compiler_import_as). */
static bool import_as(Compiler *c, const char *name, const char *asname)
{
    const char *dot = strchr(name, '.');
    if (!dot)
        return cc_nameop(c, asname, AST_Store);
    for (;;) {
        const char *start = dot + 1;
        dot = strchr(start, '.');
        size_t len = dot ? (size_t)(dot - start) : strlen(start);
        const char *attr = substring(c, start, 0, len);
        if (!attr)
            return false;
        int i = cc_add_name(c, attr);
        if (i < 0 || !cc_addop(c, MPY_OP_IMPORT_FROM, i))
            return false;
        if (!dot)
            break;
        TRY(cc_addop(c, MPY_OP_SWAP, 2));
        TRY(cc_addop(c, MPY_OP_POP_TOP, 0));
    }
    TRY(cc_nameop(c, asname, AST_Store));
    return cc_addop(c, MPY_OP_POP_TOP, 0);
}

static bool import_stmt(Compiler *c, AstStmt *s)
{
    for (ssize_t i = 0; i < s->v.Import.names.size; i++) {
        AstAlias *a = s->v.Import.names.items[i];
        TRY(cc_load_const(c, MPY_SMALL_INT(0)));
        TRY(cc_load_const(c, MPY_NONE));
        int index = cc_add_name(c, a->name);
        if (index < 0 || !cc_addop(c, MPY_OP_IMPORT_NAME, index))
            return false;
        if (a->asname) {
            TRY(import_as(c, a->name, a->asname));
        } else {
            const char *dot = strchr(a->name, '.');
            const char *store = dot ? substring(c, a->name, 0, (size_t)(dot - a->name)) : a->name;
            if (!store || !cc_nameop(c, store, AST_Store))
                return false;
        }
    }
    return true;
}

static bool import_from(Compiler *c, AstStmt *s)
{
    AstAliasSeq names = s->v.ImportFrom.names;
    TRY(cc_load_const_new(c, mpy_int_from_i64(s->v.ImportFrom.level)));
    MpyObject *t = mpy_tuple_new(names.size);
    if (!t)
        return cc_nomem(c);
    for (ssize_t i = 0; i < names.size; i++) {
        MpyObject *n = cc_str(c, names.items[i]->name);
        if (!n) {
            MPY_DECREF(t);
            return false;
        }
        MPY_TUPLE_SET(t, i, n);
    }
    const char *module = s->v.ImportFrom.module;
    if (s->loc.lineno > c->future_lineno && module && strcmp(module, "__future__") == 0) {
        MPY_DECREF(t);
        return cc_error(c, "from __future__ imports must occur at the beginning of the file");
    }
    TRY(cc_load_const_new(c, t));
    int index = cc_add_name(c, module ? module : "");
    if (index < 0 || !cc_addop(c, MPY_OP_IMPORT_NAME, index))
        return false;
    for (ssize_t i = 0; i < names.size; i++) {
        AstAlias *a = names.items[i];
        if (i == 0 && a->name[0] == '*')
            return cc_addop(c, MPY_OP_IMPORT_STAR, 0);
        TRY(cc_addop_name(c, MPY_OP_IMPORT_FROM, a->name));
        TRY(cc_nameop(c, a->asname ? a->asname : a->name, AST_Store));
    }
    return cc_addop(c, MPY_OP_POP_TOP, 0);
}

static bool assign(Compiler *c, AstStmt *s)
{
    AstExprSeq targets = s->v.Assign.targets;
    TRY(cc_expr(c, s->v.Assign.value));
    for (ssize_t i = 0; i < targets.size; i++) {
        if (i < targets.size - 1)
            TRY(cc_addop(c, MPY_OP_COPY, 1));
        TRY(cc_expr(c, targets.items[i]));
    }
    return true;
}

bool cc_stmt(Compiler *c, AstStmt *s)
{
    c->u->loc = cc_loc_of(s->loc);
    switch (s->kind) {
    case AST_FunctionDef_kind: return cc_function(c, s);
    case AST_ClassDef_kind: return cc_class(c, s);
    case AST_Return_kind: return return_stmt(c, s);
    case AST_Delete_kind: return cc_exprs(c, s->v.Delete.targets);
    case AST_Assign_kind: return assign(c, s);
    case AST_AugAssign_kind: return cc_augassign(c, s);
    case AST_AnnAssign_kind: return cc_annassign(c, s);
    case AST_For_kind: return for_stmt(c, s);
    case AST_While_kind: return while_stmt(c, s);
    case AST_If_kind: return if_stmt(c, s);
    case AST_Raise_kind: return raise_stmt(c, s);
    case AST_Try_kind: case AST_TryStar_kind: return try_stmt(c, s);
    case AST_Assert_kind: return assert_stmt(c, s);
    case AST_Import_kind: return import_stmt(c, s);
    case AST_ImportFrom_kind: return import_from(c, s);
    case AST_Global_kind: case AST_Nonlocal_kind: return true;
    case AST_Expr_kind: return expr_stmt(c, s);
    case AST_Pass_kind: return cc_addop(c, MPY_OP_NOP, 0);
    case AST_Break_kind: return break_stmt(c);
    case AST_Continue_kind: return continue_stmt(c);
    case AST_With_kind: return with_stmt(c, s, 0);
    case AST_AsyncFunctionDef_kind: case AST_AsyncFor_kind: case AST_AsyncWith_kind:
        return cc_error(c, "asynchronous code is not supported");
    case AST_Match_kind:
        return cc_error(c, "the match statement is not supported");
    }
    return true;
}
