/* The assembler (assemble.h): from the compiler's flow graph to code units,
 * positions, the exception table and the stack size, following the passes
 * of CPython 3.11's assemble(): peephole optimization and unreachable-code
 * removal, line-number propagation, stack depth, exception-target
 * labelling, jump resolution with EXTENDED_ARG widening, emission. */
#include "assemble.h"

#include <stdlib.h>
#include <string.h>

#include "errors.h"
#include "list.h"
#include "tuple.h"

/* ================================================================ the graph */

static bool is_block_push(int op);

int mpy_cfg_init(MpyCfg *g)
{
    g->blocks = NULL;
    g->entry = g->cur = mpy_cfg_new_block(g);
    return g->entry ? 0 : -1;
}

MpyBasicBlock *mpy_cfg_new_block(MpyCfg *g)
{
    MpyBasicBlock *b = calloc(1, sizeof *b);
    if (!b) {
        mpy_err_no_memory();
        return NULL;
    }
    b->startdepth = -1;
    b->list_next = g->blocks;
    g->blocks = b;
    return b;
}

MpyInstr *mpy_cfg_addop(MpyCfg *g, int op, int arg, MpyBasicBlock *target, MpyPosition loc)
{
    MpyBasicBlock *b = g->cur;
    if (b->ninstrs == b->cap) {
        int cap = b->cap ? b->cap * 2 : 16;
        MpyInstr *p = realloc(b->instrs, (size_t)cap * sizeof *p);
        if (!p) {
            mpy_err_no_memory();
            return NULL;
        }
        b->instrs = p;
        b->cap = cap;
    }
    MpyInstr *i = &b->instrs[b->ninstrs++];
    *i = (MpyInstr){op, arg, target, NULL, loc};
    /* A jump ends its block: what follows starts a new one. */
    if (mpy_op_is_jump(op) && !is_block_push(op)) {
        MpyBasicBlock *next = mpy_cfg_new_block(g);
        if (!next)
            return NULL;
        mpy_cfg_use_block(g, next);
    }
    return i;
}

void mpy_cfg_use_block(MpyCfg *g, MpyBasicBlock *b)
{
    g->cur->next = b;
    g->cur = b;
}

void mpy_cfg_free(MpyCfg *g)
{
    MpyBasicBlock *b = g->blocks;
    while (b) {
        MpyBasicBlock *next = b->list_next;
        free(b->instrs);
        free(b->except_stack);
        free(b);
        b = next;
    }
    g->blocks = g->entry = g->cur = NULL;
}

/* ============================================================ opcode facts */

bool mpy_op_is_jump(int op)
{
    switch (op) {
    case MPY_OP_JUMP_FORWARD: case MPY_OP_JUMP_BACKWARD: case MPY_OP_POP_JUMP_IF_FALSE:
    case MPY_OP_POP_JUMP_IF_TRUE: case MPY_OP_POP_JUMP_IF_NONE: case MPY_OP_POP_JUMP_IF_NOT_NONE:
    case MPY_OP_JUMP_IF_FALSE_OR_POP: case MPY_OP_JUMP_IF_TRUE_OR_POP: case MPY_OP_FOR_ITER:
    case MPY_OP_SEND: case MPY_PSEUDO_SETUP_FINALLY: case MPY_PSEUDO_SETUP_CLEANUP:
    case MPY_PSEUDO_SETUP_WITH: case MPY_PSEUDO_JUMP:
        return true;
    }
    return false;
}

static bool is_block_push(int op)
{
    return op == MPY_PSEUDO_SETUP_FINALLY || op == MPY_PSEUDO_SETUP_CLEANUP ||
           op == MPY_PSEUDO_SETUP_WITH;
}

static bool is_unconditional_jump(int op)
{
    return op == MPY_PSEUDO_JUMP || op == MPY_OP_JUMP_FORWARD || op == MPY_OP_JUMP_BACKWARD;
}

bool mpy_op_is_terminal(int op)
{
    return is_unconditional_jump(op) || op == MPY_OP_RETURN_VALUE ||
           op == MPY_OP_RAISE_VARARGS || op == MPY_OP_RERAISE;
}

static bool is_conditional_jump(int op)
{
    return mpy_op_is_jump(op) && !is_unconditional_jump(op) && !is_block_push(op);
}

int mpy_op_stack_effect(int op, int arg, bool jump)
{
    switch (op) {
    case MPY_OP_NOP: case MPY_OP_EXTENDED_ARG: case MPY_OP_RESUME: case MPY_OP_SWAP:
    case MPY_OP_DELETE_FAST: case MPY_OP_MAKE_CELL: case MPY_OP_COPY_FREE_VARS:
    case MPY_OP_DELETE_DEREF: case MPY_OP_DELETE_GLOBAL: case MPY_OP_DELETE_NAME:
    case MPY_OP_LOAD_ATTR: case MPY_OP_UNARY_POSITIVE: case MPY_OP_UNARY_NEGATIVE:
    case MPY_OP_UNARY_NOT: case MPY_OP_UNARY_INVERT: case MPY_OP_LIST_TO_TUPLE:
    case MPY_OP_JUMP_FORWARD: case MPY_OP_JUMP_BACKWARD: case MPY_OP_GET_ITER:
    case MPY_OP_KW_NAMES: case MPY_OP_YIELD_VALUE: case MPY_OP_GET_YIELD_FROM_ITER:
    case MPY_OP_CHECK_EXC_MATCH: case MPY_OP_CHECK_EG_MATCH: case MPY_OP_SETUP_ANNOTATIONS:
    case MPY_PSEUDO_POP_BLOCK:
    case MPY_PSEUDO_JUMP:
        return 0;
    case MPY_OP_POP_TOP: case MPY_OP_RETURN_VALUE: case MPY_OP_STORE_FAST:
    case MPY_OP_STORE_DEREF: case MPY_OP_STORE_GLOBAL: case MPY_OP_STORE_NAME:
    case MPY_OP_DELETE_ATTR: case MPY_OP_BINARY_OP: case MPY_OP_COMPARE_OP: case MPY_OP_IS_OP:
    case MPY_OP_CONTAINS_OP: case MPY_OP_BINARY_SUBSCR: case MPY_OP_LIST_APPEND:
    case MPY_OP_SET_ADD: case MPY_OP_LIST_EXTEND: case MPY_OP_SET_UPDATE: case MPY_OP_DICT_UPDATE:
    case MPY_OP_DICT_MERGE: case MPY_OP_POP_JUMP_IF_FALSE: case MPY_OP_POP_JUMP_IF_TRUE:
    case MPY_OP_POP_JUMP_IF_NONE: case MPY_OP_POP_JUMP_IF_NOT_NONE: case MPY_OP_RERAISE:
    case MPY_OP_POP_EXCEPT: case MPY_OP_IMPORT_NAME: case MPY_OP_IMPORT_STAR:
    case MPY_OP_PRINT_EXPR: case MPY_OP_PREP_RERAISE_STAR:
        return -1;
    case MPY_OP_PUSH_NULL: case MPY_OP_COPY: case MPY_OP_LOAD_CONST: case MPY_OP_LOAD_FAST:
    case MPY_OP_LOAD_CLOSURE: case MPY_OP_LOAD_DEREF: case MPY_OP_LOAD_CLASSDEREF:
    case MPY_OP_LOAD_NAME: case MPY_OP_LOAD_METHOD: case MPY_OP_GET_LEN:
    case MPY_OP_LOAD_BUILD_CLASS: case MPY_OP_PUSH_EXC_INFO: case MPY_OP_LOAD_ASSERTION_ERROR:
    case MPY_OP_BEFORE_WITH: case MPY_OP_WITH_EXCEPT_START: case MPY_OP_IMPORT_FROM:
        return 1;
    case MPY_OP_LOAD_GLOBAL:
        return 1 + (arg & 1);
    case MPY_OP_STORE_ATTR: case MPY_OP_DELETE_SUBSCR: case MPY_OP_MAP_ADD:
        return -2;
    case MPY_OP_STORE_SUBSCR:
        return -3;
    case MPY_OP_BUILD_TUPLE: case MPY_OP_BUILD_LIST: case MPY_OP_BUILD_SET:
    case MPY_OP_BUILD_STRING: case MPY_OP_BUILD_SLICE:
        return 1 - arg;
    case MPY_OP_BUILD_MAP:
        return 1 - 2 * arg;
    case MPY_OP_BUILD_CONST_KEY_MAP:
        return -arg;
    case MPY_OP_UNPACK_SEQUENCE:
        return arg - 1;
    case MPY_OP_UNPACK_EX:
        return (arg & 0xFF) + (arg >> 8);
    case MPY_OP_FORMAT_VALUE:
        return (arg & 4) ? -1 : 0;
    case MPY_OP_JUMP_IF_FALSE_OR_POP: case MPY_OP_JUMP_IF_TRUE_OR_POP:
        return jump ? 0 : -1;
    case MPY_OP_FOR_ITER:
        return jump ? -1 : 1;
    case MPY_OP_SEND:
        return jump ? -1 : 0;
    case MPY_OP_CALL:
        return -arg - 1;
    case MPY_OP_CALL_FUNCTION_EX:
        return -2 - (arg & 1);
    case MPY_OP_MAKE_FUNCTION:
        return -(((arg & 1) != 0) + ((arg & 2) != 0) + ((arg & 4) != 0) + ((arg & 8) != 0));
    case MPY_OP_RAISE_VARARGS:
        return -arg;
    case MPY_PSEUDO_SETUP_FINALLY:
        return jump ? 1 : 0;
    case MPY_PSEUDO_SETUP_CLEANUP: /* lasti and the exception */
        return jump ? 2 : 0;
    case MPY_PSEUDO_SETUP_WITH: /* __enter__'s result replaced by lasti and the exception */
        return jump ? 1 : 0;
    }
    return 10000;
}

/* ============================================================ optimization */

static bool has_fallthrough(const MpyBasicBlock *b)
{
    return b->ninstrs == 0 || !mpy_op_is_terminal(b->instrs[b->ninstrs - 1].op);
}

static MpyInstr *last_instr(MpyBasicBlock *b)
{
    return b->ninstrs ? &b->instrs[b->ninstrs - 1] : NULL;
}

/* The first real instruction reached from b (skipping empty blocks). */
static MpyBasicBlock *skip_empty(MpyBasicBlock *b)
{
    while (b && b->ninstrs == 0)
        b = b->next;
    return b;
}

static void set_nop(MpyInstr *i)
{
    i->op = MPY_OP_NOP;
    i->arg = 0;
    i->target = NULL;
}

/* Truth of a constant for folding conditions: 1, 0, or -1 if unknown. */
static int const_truth(MpyObject *consts, int index)
{
    MpyObject *v = MPY_LIST_GET(consts, index);
    int r = mpy_object_is_true(v);
    if (r < 0) {
        mpy_err_clear();
        return -1;
    }
    return r;
}

static void fold_const_jump(MpyInstr *load, MpyInstr *jump, MpyObject *consts)
{
    MpyObject *v = MPY_LIST_GET(consts, load->arg);
    int truth;
    switch (jump->op) {
    case MPY_OP_POP_JUMP_IF_NONE: truth = v == MPY_NONE; break;
    case MPY_OP_POP_JUMP_IF_NOT_NONE: truth = v != MPY_NONE; break;
    default: truth = const_truth(consts, load->arg);
    }
    if (truth < 0)
        return;
    bool jumps = jump->op == MPY_OP_POP_JUMP_IF_NONE || jump->op == MPY_OP_POP_JUMP_IF_NOT_NONE
                     ? truth
                 : (jump->op == MPY_OP_POP_JUMP_IF_TRUE || jump->op == MPY_OP_JUMP_IF_TRUE_OR_POP)
                     ? truth
                     : !truth;
    bool keeps_value = jump->op == MPY_OP_JUMP_IF_FALSE_OR_POP ||
                       jump->op == MPY_OP_JUMP_IF_TRUE_OR_POP;
    if (jumps) {
        if (!keeps_value)
            set_nop(load);
        jump->op = MPY_PSEUDO_JUMP;
        jump->arg = 0;
    } else {
        set_nop(load);
        set_nop(jump);
    }
}

/* Retargets jump `in` to where the jump `t` (the first instruction at its
 * target) goes, with opcode op (CPython's jump_thread): only between
 * instructions of one line, and never making a conditional jump go
 * backwards (blocks' `offset` holds their layout order here). */
static bool jump_thread(MpyBasicBlock *b, MpyInstr *in, const MpyInstr *t, int op,
                        MpyBasicBlock *dest)
{
    if (in->loc.lineno != t->loc.lineno || in->target == dest || !dest)
        return false;
    if (op != MPY_PSEUDO_JUMP && skip_empty(dest) && skip_empty(dest)->offset <= b->offset)
        return false;
    in->target = dest;
    in->op = op;
    return true;
}

/* CPython 3.11's jump threading of optimize_basic_block, e.g.
 * `a and b or c`: JUMP_IF_FALSE_OR_POP to JUMP_IF_TRUE_OR_POP becomes
 * POP_JUMP_IF_FALSE past the second test. */
static void thread_jumps(MpyBasicBlock *b)
{
    for (int guard = 0; guard < 100; guard++) {
        MpyInstr *in = last_instr(b);
        if (!in || !mpy_op_is_jump(in->op) || is_block_push(in->op))
            return;
        MpyBasicBlock *tb = skip_empty(in->target);
        if (!tb)
            return;
        const MpyInstr *t = &tb->instrs[0];
        bool changed = false;
        switch (in->op) {
        case MPY_OP_JUMP_IF_FALSE_OR_POP:
        case MPY_OP_JUMP_IF_TRUE_OR_POP: {
            bool on_false = in->op == MPY_OP_JUMP_IF_FALSE_OR_POP;
            int same_pop = on_false ? MPY_OP_POP_JUMP_IF_FALSE : MPY_OP_POP_JUMP_IF_TRUE;
            int other_pop = on_false ? MPY_OP_POP_JUMP_IF_TRUE : MPY_OP_POP_JUMP_IF_FALSE;
            int other_keep = on_false ? MPY_OP_JUMP_IF_TRUE_OR_POP : MPY_OP_JUMP_IF_FALSE_OR_POP;
            if (t->op == same_pop)
                changed = jump_thread(b, in, t, same_pop, t->target);
            else if (t->op == MPY_PSEUDO_JUMP || t->op == in->op)
                changed = jump_thread(b, in, t, in->op, t->target);
            else if ((t->op == other_keep || t->op == other_pop) &&
                     in->loc.lineno == t->loc.lineno && tb->ninstrs == 1 && skip_empty(tb->next) &&
                     skip_empty(tb->next)->offset > b->offset) {
                in->op = same_pop;
                in->target = tb->next;
                changed = true;
            }
            break;
        }
        case MPY_OP_POP_JUMP_IF_FALSE: case MPY_OP_POP_JUMP_IF_TRUE:
        case MPY_OP_POP_JUMP_IF_NONE: case MPY_OP_POP_JUMP_IF_NOT_NONE: case MPY_PSEUDO_JUMP:
            if (t->op == MPY_PSEUDO_JUMP)
                changed = jump_thread(b, in, t, in->op, t->target);
            break;
        }
        if (!changed)
            return;
    }
}

/* LOAD_CONST None; IS_OP k; POP_JUMP_IF_x becomes POP_JUMP_IF_[NOT_]NONE,
 * as CPython 3.11's optimize_basic_block. */
static void fold_is_none_jump(MpyInstr *in, MpyObject *consts)
{
    MpyInstr *is = in + 1, *jump = in + 2;
    if (MPY_LIST_GET(consts, in->arg) != MPY_NONE)
        return;
    bool invert = is->arg != 0;
    if (jump->op == MPY_OP_POP_JUMP_IF_FALSE)
        invert = !invert;
    else if (jump->op != MPY_OP_POP_JUMP_IF_TRUE)
        return;
    set_nop(in);
    set_nop(is);
    jump->op = invert ? MPY_OP_POP_JUMP_IF_NOT_NONE : MPY_OP_POP_JUMP_IF_NONE;
}

/* Instructions that may trade places with a SWAP: they only pop the top
 * and cannot run code or jump. */
static bool swappable(int op) { return op == MPY_OP_STORE_FAST || op == MPY_OP_POP_TOP; }

static int next_swappable(MpyBasicBlock *b, int i, int lineno)
{
    while (++i < b->ninstrs) {
        MpyInstr *in = &b->instrs[i];
        if (lineno >= 0 && in->loc.lineno != lineno)
            return -1; /* would change the names bound between line events */
        if (in->op == MPY_OP_NOP)
            continue;
        return swappable(in->op) ? i : -1;
    }
    return -1;
}

/* SWAP n; STORE_FAST a; STORE_FAST b ... becomes the stores reordered
 * (CPython 3.11's apply_static_swaps). */
static void apply_static_swaps(MpyBasicBlock *b, int i)
{
    for (; i >= 0; i--) {
        MpyInstr *swap = &b->instrs[i];
        if (swap->op != MPY_OP_SWAP) {
            if (swap->op == MPY_OP_NOP || swappable(swap->op))
                continue;
            return;
        }
        int j = next_swappable(b, i, -1);
        if (j < 0)
            return;
        int k = j, lineno = b->instrs[j].loc.lineno;
        for (int count = swap->arg - 1; count > 0; count--)
            if ((k = next_swappable(b, k, lineno)) < 0)
                return;
        set_nop(swap);
        MpyInstr tmp = b->instrs[j];
        b->instrs[j] = b->instrs[k];
        b->instrs[k] = tmp;
    }
}

static void optimize_block(MpyBasicBlock *b, MpyObject *consts)
{
    for (int i = 0; i < b->ninstrs; i++) {
        MpyInstr *in = &b->instrs[i];
        MpyInstr *next = i + 1 < b->ninstrs ? in + 1 : NULL;
        switch (in->op) {
        case MPY_OP_LOAD_CONST:
            if (next && is_conditional_jump(next->op) && next->op != MPY_OP_FOR_ITER &&
                next->op != MPY_OP_SEND)
                fold_const_jump(in, next, consts);
            else if (next && next->op == MPY_OP_IS_OP && i + 2 < b->ninstrs)
                fold_is_none_jump(in, consts);
            break;
        case MPY_OP_BUILD_TUPLE:
            if (next && next->op == MPY_OP_UNPACK_SEQUENCE && next->arg == in->arg &&
                in->arg >= 1 && in->arg <= 3) {
                set_nop(in);
                if (next->arg == 1)
                    set_nop(next);
                else
                    next->op = MPY_OP_SWAP;
            }
            break;
        case MPY_OP_SWAP:
            if (in->arg == 1)
                set_nop(in);
            else
                apply_static_swaps(b, i);
            break;
        case MPY_OP_PUSH_NULL:
            if (next && next->op == MPY_OP_LOAD_GLOBAL && !(next->arg & 1)) {
                set_nop(in);
                next->arg |= 1;
            }
            break;
        }
    }
}

/* Instructions after a terminal one in the same block are dead. */
static void truncate_after_terminal(MpyBasicBlock *b)
{
    for (int i = 0; i < b->ninstrs; i++) {
        if (mpy_op_is_terminal(b->instrs[i].op)) {
            b->ninstrs = i + 1;
            return;
        }
    }
}

/* Retargets jumps past empty blocks and unlinks the empty blocks from the
 * layout (CPython's eliminate_empty_basic_blocks), so that predecessor
 * counts are exact. */
static void eliminate_empty_blocks(MpyCfg *g)
{
    for (MpyBasicBlock *b = g->entry; b; b = b->next)
        for (int i = 0; i < b->ninstrs; i++)
            if (b->instrs[i].target && skip_empty(b->instrs[i].target))
                b->instrs[i].target = skip_empty(b->instrs[i].target);
    MpyBasicBlock *first = skip_empty(g->entry);
    if (!first)
        return;
    g->entry = first;
    for (MpyBasicBlock *b = first; b; b = b->next)
        b->next = skip_empty(b->next);
}

static void mark_reachable(MpyCfg *g)
{
    for (MpyBasicBlock *b = g->blocks; b; b = b->list_next) {
        b->visited = false;
        b->predecessors = 0;
    }
    int n = 0;
    for (MpyBasicBlock *b = g->blocks; b; b = b->list_next)
        n++;
    MpyBasicBlock **stack = malloc(sizeof *stack * (size_t)(n + 1));
    if (!stack) { /* cannot tell: keep everything */
        for (MpyBasicBlock *b = g->blocks; b; b = b->list_next)
            b->visited = true, b->predecessors = 2;
        return;
    }
    int sp = 0;
    stack[sp++] = g->entry;
    g->entry->visited = true;
    g->entry->predecessors = 1;
    while (sp > 0) {
        MpyBasicBlock *b = stack[--sp];
        if (has_fallthrough(b) && b->next) {
            if (!b->next->visited) {
                b->next->visited = true;
                stack[sp++] = b->next;
            }
            b->next->predecessors++;
        }
        for (int i = 0; i < b->ninstrs; i++) {
            MpyBasicBlock *t = b->instrs[i].target;
            if (!t || !mpy_op_is_jump(b->instrs[i].op))
                continue;
            if (!t->visited) {
                t->visited = true;
                stack[sp++] = t;
            }
            t->predecessors++;
        }
    }
    free(stack);
}

/* Drops unreachable blocks from the layout. */
static void remove_unreachable(MpyCfg *g)
{
    eliminate_empty_blocks(g);
    mark_reachable(g);
    for (MpyBasicBlock *b = g->entry; b; b = b->next)
        if (!b->visited)
            b->ninstrs = 0;
}

/* Removes NOPs, keeping one when it is the only instruction of its line
 * (as CPython's clean_basic_block, so a `pass` keeps its line). */
static void remove_nops(MpyBasicBlock *b, MpyBasicBlock *next_block)
{
    int dest = 0, prev_lineno = -1;
    for (int src = 0; src < b->ninstrs; src++) {
        MpyInstr *in = &b->instrs[src];
        int lineno = in->loc.lineno;
        if (in->op == MPY_OP_NOP) {
            if (lineno < 0 || prev_lineno == lineno)
                continue;
            if (src + 1 < b->ninstrs) {
                if (b->instrs[src + 1].loc.lineno == lineno)
                    continue;
            } else if (next_block) {
                MpyBasicBlock *nb = skip_empty(next_block);
                if (nb && nb->instrs[0].loc.lineno == lineno)
                    continue;
            }
        }
        if (dest != src)
            b->instrs[dest] = *in;
        dest++;
        prev_lineno = lineno;
    }
    b->ninstrs = dest;
}

/* A jump to the block that follows anyway is a NOP. */
static void remove_redundant_jumps(MpyCfg *g)
{
    for (MpyBasicBlock *b = g->entry; b; b = b->next) {
        MpyInstr *last = last_instr(b);
        if (last && last->op == MPY_PSEUDO_JUMP &&
            skip_empty(last->target) == skip_empty(b->next)) {
            set_nop(last);
        }
    }
}

#define MAX_COPY_SIZE 4

static bool is_exit(const MpyBasicBlock *b)
{
    if (!b || b->ninstrs == 0)
        return false;
    int op = b->instrs[b->ninstrs - 1].op;
    return op == MPY_OP_RETURN_VALUE || op == MPY_OP_RAISE_VARARGS || op == MPY_OP_RERAISE;
}

static bool has_lineno(const MpyBasicBlock *b)
{
    for (int i = 0; i < b->ninstrs; i++)
        if (b->instrs[i].loc.lineno >= 0)
            return true;
    return false;
}

static int append_copy(MpyBasicBlock *b, const MpyBasicBlock *from)
{
    int need = b->ninstrs + from->ninstrs;
    if (need > b->cap) {
        MpyInstr *p = realloc(b->instrs, sizeof *p * (size_t)need);
        if (!p) {
            mpy_err_no_memory();
            return -1;
        }
        b->instrs = p;
        b->cap = need;
    }
    memcpy(&b->instrs[b->ninstrs], from->instrs, sizeof *from->instrs * (size_t)from->ninstrs);
    b->ninstrs = need;
    return 0;
}

/* A jump to a small block that returns or raises, and has no line number
 * (an implicit `return None`), becomes a copy of that block (CPython
 * 3.11's extend_block). */
static int extend_block(MpyBasicBlock *b)
{
    MpyInstr *last = last_instr(b);
    if (!last || !is_unconditional_jump(last->op))
        return 0;
    MpyBasicBlock *t = skip_empty(last->target);
    if (!is_exit(t) || t == b || t->ninstrs > MAX_COPY_SIZE || has_lineno(t))
        return 0;
    set_nop(last);
    return append_copy(b, t);
}

static int extend_blocks(MpyCfg *g)
{
    for (MpyBasicBlock *b = g->blocks; b; b = b->list_next)
        if (extend_block(b) < 0)
            return -1;
    return 0;
}

/* An exit block without a line reached by several jumps is copied for
 * each, so that each copy can take its jump's line (CPython 3.11's
 * duplicate_exits_without_lineno). */
static int duplicate_exits_without_lineno(MpyCfg *g)
{
    for (MpyBasicBlock *b = g->blocks; b; b = b->list_next) {
        MpyInstr *last = last_instr(b);
        if (!last || !mpy_op_is_jump(last->op) || is_block_push(last->op))
            continue;
        MpyBasicBlock *t = skip_empty(last->target);
        if (!is_exit(t) || has_lineno(t) || t->predecessors <= 1)
            continue;
        MpyBasicBlock *copy = mpy_cfg_new_block(g);
        if (!copy || append_copy(copy, t) < 0)
            return -1;
        copy->instrs[0].loc = last->loc;
        last->target = copy;
        t->predecessors--;
        copy->predecessors = 1;
        copy->visited = true;
        copy->next = t->next;
        t->next = copy;
    }
    return 0;
}

static int optimize_cfg(MpyCfg *g, MpyObject *consts)
{
    int order = 0;
    for (MpyBasicBlock *b = g->blocks; b; b = b->list_next)
        b->offset = -1;
    for (MpyBasicBlock *b = g->entry; b; b = b->next)
        b->offset = order++;
    for (MpyBasicBlock *b = g->entry; b; b = b->next) {
        optimize_block(b, consts);
        truncate_after_terminal(b);
        remove_nops(b, b->next);
    }
    for (MpyBasicBlock *b = g->entry; b; b = b->next)
        thread_jumps(b);
    if (extend_blocks(g) < 0)
        return -1;
    remove_unreachable(g);
    for (int pass = 0; pass < 2; pass++) {
        remove_redundant_jumps(g);
        for (MpyBasicBlock *b = g->entry; b; b = b->next)
            remove_nops(b, b->next);
    }
    remove_unreachable(g);
    return 0;
}

/* ============================================================ constants */

/* CPython's fold_tuple_on_constants: LOAD_CONST x n; BUILD_TUPLE n becomes
 * one LOAD_CONST of the (merged) tuple. */
static int fold_tuple(MpyInstr *inst, int n, MpyObject *consts, MpyConstMerger merge, void *ctx)
{
    for (int i = 0; i < n; i++)
        if (inst[i].op != MPY_OP_LOAD_CONST)
            return 0;
    MpyObject *t = mpy_tuple_new(n);
    if (!t)
        return -1;
    for (int i = 0; i < n; i++)
        MPY_TUPLE_SET(t, i, MPY_NEWREF(MPY_LIST_GET(consts, inst[i].arg)));
    MpyObject *v = merge(ctx, t);
    MPY_DECREF(t);
    if (!v)
        return -1;
    ssize_t index = 0;
    while (index < MPY_SIZE(consts) && MPY_LIST_GET(consts, index) != v)
        index++;
    if (index == MPY_SIZE(consts) && mpy_list_append(consts, v) < 0) {
        MPY_DECREF(v);
        return -1;
    }
    MPY_DECREF(v);
    for (int i = 0; i < n; i++)
        set_nop(&inst[i]);
    inst[n].op = MPY_OP_LOAD_CONST;
    inst[n].arg = (int)index;
    return 0;
}

static int fold_tuples(MpyCfg *g, MpyObject *consts, MpyConstMerger merge, void *ctx)
{
    for (MpyBasicBlock *b = g->entry; b; b = b->next)
        for (int i = 0; i < b->ninstrs; i++) {
            MpyInstr *in = &b->instrs[i];
            if (in->op == MPY_OP_BUILD_TUPLE && in->arg >= 0 && in->arg <= i &&
                fold_tuple(in - in->arg, in->arg, consts, merge, ctx) < 0)
                return -1;
        }
    return 0;
}

/* Drops the unused constants at the end of the list (the first one is
 * always kept: the docstring slot), as CPython 3.11's trim_unused_consts;
 * unused ones before a used one stay. */
static int trim_unused_consts(MpyCfg *g, MpyObject *consts)
{
    int max_index = 0;
    for (MpyBasicBlock *b = g->entry; b; b = b->next)
        for (int i = 0; i < b->ninstrs; i++)
            if ((b->instrs[i].op == MPY_OP_LOAD_CONST || b->instrs[i].op == MPY_OP_KW_NAMES) &&
                b->instrs[i].arg > max_index)
                max_index = b->instrs[i].arg;
    while (MPY_SIZE(consts) > max_index + 1) {
        ssize_t last = MPY_SIZE(consts) - 1;
        MpyObject *v = MPY_LIST_GET(consts, last);
        MPY_SIZE(consts) = last;
        MPY_DECREF(v);
    }
    return 0;
}

/* ============================================================ line numbers */

static void propagate_line_numbers(MpyCfg *g)
{
    for (MpyBasicBlock *b = g->entry; b; b = b->next) {
        if (b->ninstrs == 0)
            continue;
        MpyPosition prev = {-1, -1, -1, -1};
        for (int i = 0; i < b->ninstrs; i++) {
            if (b->instrs[i].loc.lineno < 0)
                b->instrs[i].loc = prev;
            else
                prev = b->instrs[i].loc;
        }
        MpyBasicBlock *nb = skip_empty(b->next);
        if (has_fallthrough(b) && nb && nb->predecessors == 1 && nb->instrs[0].loc.lineno < 0)
            nb->instrs[0].loc = prev;
        MpyInstr *last = last_instr(b);
        if (mpy_op_is_jump(last->op) && !is_block_push(last->op)) {
            MpyBasicBlock *t = skip_empty(last->target);
            if (t && t->predecessors == 1 && t->instrs[0].loc.lineno < 0)
                t->instrs[0].loc = prev;
        }
    }
}

/* ============================================================ stack depth */

static int stack_push(MpyBasicBlock **stack, int *sp, MpyBasicBlock *b, int depth)
{
    if (b->startdepth >= 0 && b->startdepth != depth) {
        mpy_err_format(MpyExc_SystemError, "compiler: inconsistent stack depth (%d vs %d)",
                       b->startdepth, depth);
        return -1;
    }
    if (b->startdepth < 0) {
        b->startdepth = depth;
        stack[(*sp)++] = b;
    }
    return 0;
}

static int compute_stackdepth(MpyCfg *g)
{
    int n = 0;
    for (MpyBasicBlock *b = g->blocks; b; b = b->list_next) {
        b->startdepth = -1;
        n++;
    }
    MpyBasicBlock **stack = malloc(sizeof *stack * (size_t)(n + 1));
    if (!stack) {
        mpy_err_no_memory();
        return -1;
    }
    int sp = 0, maxdepth = 0;
    if (stack_push(stack, &sp, g->entry, 0) < 0)
        goto error;
    while (sp > 0) {
        MpyBasicBlock *b = stack[--sp];
        int depth = b->startdepth;
        bool falls = true;
        for (int i = 0; i < b->ninstrs; i++) {
            MpyInstr *in = &b->instrs[i];
            int effect = mpy_op_stack_effect(in->op, in->arg, false);
            if (effect > 1000) {
                mpy_err_format(MpyExc_SystemError, "compiler: unknown opcode %d", in->op);
                goto error;
            }
            int new_depth = depth + effect;
            if (new_depth < 0) {
                mpy_err_format(MpyExc_SystemError, "compiler: negative stack depth at %s",
                               in->op < MPY_OP_COUNT ? mpy_opcode_names[in->op] : "pseudo-op");
                goto error;
            }
            if (new_depth > maxdepth)
                maxdepth = new_depth;
            if (mpy_op_is_jump(in->op)) {
                int target_depth = depth + mpy_op_stack_effect(in->op, in->arg, true);
                if (target_depth > maxdepth)
                    maxdepth = target_depth;
                if (stack_push(stack, &sp, in->target, target_depth) < 0)
                    goto error;
            }
            depth = new_depth;
            if (mpy_op_is_terminal(in->op)) {
                falls = false;
                break;
            }
        }
        if (falls && b->next && stack_push(stack, &sp, b->next, depth) < 0)
            goto error;
    }
    free(stack);
    return maxdepth;
error:
    free(stack);
    return -1;
}

/* ================================================= exception targets */

typedef struct {
    int depth;
    MpyBasicBlock *handlers[];
} ExceptStack;

#define MAX_EXCEPT_DEPTH 64

static ExceptStack *except_stack_copy(const ExceptStack *s)
{
    ExceptStack *c = malloc(sizeof *c + sizeof(MpyBasicBlock *) * (MAX_EXCEPT_DEPTH + 1));
    if (!c)
        return NULL;
    if (s)
        memcpy(c, s, sizeof *c + sizeof(MpyBasicBlock *) * (size_t)(s->depth + 1));
    else {
        c->depth = 0;
        c->handlers[0] = NULL;
    }
    return c;
}

/* CPython's label_exception_targets: walks the graph with the stack of
 * active SETUP_* handlers and records each instruction's handler. */
static int label_exception_targets(MpyCfg *g)
{
    int n = 0;
    for (MpyBasicBlock *b = g->blocks; b; b = b->list_next) {
        b->visited = false;
        n++;
    }
    MpyBasicBlock **todo = malloc(sizeof *todo * (size_t)(n + 1));
    ExceptStack *es = except_stack_copy(NULL);
    if (!todo || !es)
        goto nomem;
    int sp = 0;
    todo[sp++] = g->entry;
    g->entry->visited = true;
    g->entry->except_stack = es;
    while (sp > 0) {
        MpyBasicBlock *b = todo[--sp];
        es = b->except_stack;
        b->except_stack = NULL;
        MpyBasicBlock *handler = es->handlers[es->depth];
        for (int i = 0; i < b->ninstrs; i++) {
            MpyInstr *in = &b->instrs[i];
            if (is_block_push(in->op)) {
                if (!in->target->visited) {
                    ExceptStack *copy = except_stack_copy(es);
                    if (!copy)
                        goto nomem;
                    in->target->visited = true;
                    in->target->except_stack = copy;
                    todo[sp++] = in->target;
                }
                in->target->except_handler = true;
                if (in->op != MPY_PSEUDO_SETUP_FINALLY)
                    in->target->preserve_lasti = true;
                if (es->depth >= MAX_EXCEPT_DEPTH) {
                    mpy_err_set_string(MpyExc_SystemError, "compiler: handlers nested too deeply");
                    goto error;
                }
                es->handlers[++es->depth] = in->target;
                handler = in->target;
            } else if (in->op == MPY_PSEUDO_POP_BLOCK) {
                if (es->depth > 0)
                    es->depth--;
                handler = es->handlers[es->depth];
            } else if (mpy_op_is_jump(in->op)) {
                in->except = handler;
                if (!in->target->visited) {
                    ExceptStack *copy = except_stack_copy(es);
                    if (!copy)
                        goto nomem;
                    in->target->visited = true;
                    in->target->except_stack = copy;
                    todo[sp++] = in->target;
                }
            } else {
                in->except = handler;
            }
        }
        if (has_fallthrough(b) && b->next && !b->next->visited) {
            b->next->visited = true;
            b->next->except_stack = es;
            todo[sp++] = b->next;
        } else {
            free(es);
        }
    }
    free(todo);
    return 0;
nomem:
    mpy_err_no_memory();
error:
    free(todo);
    for (MpyBasicBlock *b = g->blocks; b; b = b->list_next) {
        free(b->except_stack);
        b->except_stack = NULL;
    }
    return -1;
}

static void convert_pseudo_to_nops(MpyCfg *g)
{
    for (MpyBasicBlock *b = g->entry; b; b = b->next)
        for (int i = 0; i < b->ninstrs; i++)
            if (is_block_push(b->instrs[i].op) || b->instrs[i].op == MPY_PSEUDO_POP_BLOCK)
                set_nop(&b->instrs[i]);
}

/* ============================================================== layout */

static int ext_arg_units(int arg)
{
    return arg > 0xFFFFFF ? 3 : arg > 0xFFFF ? 2 : arg > 0xFF ? 1 : 0;
}

static int instr_size(const MpyInstr *in)
{
    return 1 + ext_arg_units(in->arg) + mpy_opcode_cache_units[in->op];
}

/* Resolves JUMP into JUMP_FORWARD / JUMP_BACKWARD by layout order and
 * checks that every other jump goes forward. */
static int normalize_jumps(MpyCfg *g)
{
    int order = 0;
    for (MpyBasicBlock *b = g->entry; b; b = b->next)
        b->offset = order++;
    for (MpyBasicBlock *b = g->entry; b; b = b->next) {
        MpyInstr *last = last_instr(b);
        if (!last || !mpy_op_is_jump(last->op))
            continue;
        bool backward = last->target->offset <= b->offset;
        if (last->op == MPY_PSEUDO_JUMP)
            last->op = backward ? MPY_OP_JUMP_BACKWARD : MPY_OP_JUMP_FORWARD;
        else if (backward && last->op != MPY_OP_JUMP_BACKWARD) {
            mpy_err_format(MpyExc_SystemError, "compiler: backward %s",
                           mpy_opcode_names[last->op]);
            return -1;
        }
    }
    return 0;
}

/* Offsets of blocks and jump arguments, repeated until EXTENDED_ARG
 * prefixes stop changing sizes. */
static ssize_t resolve_jump_offsets(MpyCfg *g)
{
    for (;;) {
        ssize_t total = 0;
        for (MpyBasicBlock *b = g->entry; b; b = b->next) {
            b->offset = (int)total;
            for (int i = 0; i < b->ninstrs; i++)
                total += instr_size(&b->instrs[i]);
        }
        bool changed = false;
        for (MpyBasicBlock *b = g->entry; b; b = b->next) {
            int off = b->offset;
            for (int i = 0; i < b->ninstrs; i++) {
                MpyInstr *in = &b->instrs[i];
                int size = instr_size(in);
                off += size;
                if (!mpy_op_is_jump(in->op))
                    continue;
                int arg = in->op == MPY_OP_JUMP_BACKWARD ? off - in->target->offset
                                                         : in->target->offset - off;
                if (ext_arg_units(arg) != ext_arg_units(in->arg))
                    changed = true;
                in->arg = arg;
            }
        }
        if (!changed)
            return total;
    }
}

static int emit(MpyCfg *g, ssize_t total, MpyAssembled *out)
{
    out->code = malloc(sizeof(MpyCodeUnit) * (size_t)(total ? total : 1));
    out->positions = malloc(sizeof(MpyPosition) * (size_t)(total ? total : 1));
    if (!out->code || !out->positions) {
        mpy_err_no_memory();
        return -1;
    }
    ssize_t k = 0;
    for (MpyBasicBlock *b = g->entry; b; b = b->next) {
        for (int i = 0; i < b->ninstrs; i++) {
            MpyInstr *in = &b->instrs[i];
            int ext = ext_arg_units(in->arg);
            for (int shift = ext; shift > 0; shift--) {
                out->positions[k] = in->loc;
                out->code[k++] = MPY_MAKE_CODEUNIT(MPY_OP_EXTENDED_ARG,
                                                   (in->arg >> (8 * shift)) & 0xFF);
            }
            out->positions[k] = in->loc;
            out->code[k++] = MPY_MAKE_CODEUNIT(in->op, in->arg & 0xFF);
            for (int c = 0; c < mpy_opcode_cache_units[in->op]; c++) {
                out->positions[k] = in->loc;
                out->code[k++] = MPY_MAKE_CODEUNIT(MPY_OP_CACHE, 0);
            }
        }
    }
    out->ncodeunits = k;
    return 0;
}

static int add_entry(MpyAssembled *out, ssize_t *cap, int start, int end, MpyBasicBlock *h)
{
    if (out->nexceptions == *cap) {
        ssize_t ncap = *cap ? *cap * 2 : 8;
        void *p = realloc(out->exceptiontable, sizeof(MpyExceptionTableEntry) * (size_t)ncap);
        if (!p) {
            mpy_err_no_memory();
            return -1;
        }
        out->exceptiontable = p;
        *cap = ncap;
    }
    int depth = h->startdepth - 1 - (h->preserve_lasti ? 1 : 0);
    out->exceptiontable[out->nexceptions++] =
        (MpyExceptionTableEntry){(uint32_t)start, (uint32_t)end, (uint32_t)h->offset,
                                 (uint16_t)depth, (uint8_t)h->preserve_lasti};
    return 0;
}

static int build_exception_table(MpyCfg *g, MpyAssembled *out)
{
    ssize_t cap = 0;
    MpyBasicBlock *handler = NULL;
    int start = 0, off = 0;
    for (MpyBasicBlock *b = g->entry; b; b = b->next) {
        off = b->offset;
        for (int i = 0; i < b->ninstrs; i++) {
            MpyInstr *in = &b->instrs[i];
            if (in->except != handler) {
                if (handler && add_entry(out, &cap, start, off, handler) < 0)
                    return -1;
                start = off;
                handler = in->except;
            }
            off += instr_size(in);
        }
    }
    if (handler && add_entry(out, &cap, start, off, handler) < 0)
        return -1;
    return 0;
}

/* ============================================================== driver */

int mpy_assemble(MpyCfg *g, MpyObject *consts, MpyConstMerger merge, void *ctx,
                 MpyAssembled *out)
{
    memset(out, 0, sizeof *out);
    if (fold_tuples(g, consts, merge, ctx) < 0)
        return -1;
    if (extend_blocks(g) < 0 || optimize_cfg(g, consts) < 0 ||
        duplicate_exits_without_lineno(g) < 0)
        return -1;
    if (trim_unused_consts(g, consts) < 0)
        return -1;
    propagate_line_numbers(g);
    int maxdepth = compute_stackdepth(g);
    if (maxdepth < 0 || label_exception_targets(g) < 0)
        return -1;
    convert_pseudo_to_nops(g);
    for (MpyBasicBlock *b = g->entry; b; b = b->next)
        remove_nops(b, b->next);
    /* Empty blocks take no room; drop them from the layout. */
    if (normalize_jumps(g) < 0)
        return -1;
    ssize_t total = resolve_jump_offsets(g);
    if (emit(g, total, out) < 0 || build_exception_table(g, out) < 0) {
        mpy_assembled_free(out);
        return -1;
    }
    out->stacksize = maxdepth;
    return 0;
}

void mpy_assembled_free(MpyAssembled *a)
{
    free(a->code);
    free(a->positions);
    free(a->exceptiontable);
    memset(a, 0, sizeof *a);
}
