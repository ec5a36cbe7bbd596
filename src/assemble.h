/* The flow graph the compiler emits into, and the assembler that turns it
 * into a code object's arrays: basic blocks of instructions whose jumps name
 * blocks; pseudo-instructions (SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH /
 * POP_BLOCK) that mark the protected ranges, from which the exception table
 * is computed; JUMP, resolved to JUMP_FORWARD or JUMP_BACKWARD; a few
 * peephole optimizations as CPython 3.11's; the stack depth by walking the
 * graph; EXTENDED_ARG widening to a fixed point; positions per code unit. */
#ifndef MPY_ASSEMBLE_H
#define MPY_ASSEMBLE_H
#include <stdbool.h>

#include "code.h"
#include "opcodes.h"

/* Pseudo-instructions, numbered after the real opcodes. */
enum {
    MPY_PSEUDO_SETUP_FINALLY = 256, /* jump: the handler gets the exception */
    MPY_PSEUDO_SETUP_CLEANUP,       /* as SETUP_FINALLY, and lasti is pushed first */
    MPY_PSEUDO_SETUP_WITH,          /* as SETUP_CLEANUP, for a with statement */
    MPY_PSEUDO_POP_BLOCK,           /* ends the innermost SETUP_* range */
    MPY_PSEUDO_JUMP,                /* unconditional jump, either direction */
    MPY_PSEUDO_END,
};

typedef struct MpyBasicBlock MpyBasicBlock;

typedef struct {
    int op;                   /* MpyOpcode or MPY_PSEUDO_* */
    int arg;
    MpyBasicBlock *target;    /* jumps and SETUP_* */
    MpyBasicBlock *except;    /* the handler covering it (computed) */
    MpyPosition loc;          /* lineno -1: artificial, inherits a neighbour's line */
} MpyInstr;

struct MpyBasicBlock {
    MpyBasicBlock *list_next; /* every block of the unit, for freeing */
    MpyBasicBlock *next;      /* the block laid out after this one (fall-through) */
    MpyInstr *instrs;
    int ninstrs, cap;
    int startdepth;           /* stack depth on entry; -1 until computed */
    int offset;               /* in code units, once laid out */
    int predecessors;
    bool visited;
    bool preserve_lasti;      /* a SETUP_CLEANUP / SETUP_WITH handler */
    bool except_handler;      /* the target of a SETUP_* */
    void *except_stack;       /* assembler scratch */
};

typedef struct {
    MpyBasicBlock *blocks;    /* allocation list */
    MpyBasicBlock *entry, *cur;
} MpyCfg;

/* What the assembler produces; arrays are malloc'd and owned by the caller. */
typedef struct {
    MpyCodeUnit *code;
    MpyPosition *positions;
    ssize_t ncodeunits;
    MpyExceptionTableEntry *exceptiontable;
    ssize_t nexceptions;
    int stacksize;
} MpyAssembled;

/* 0, or -1 when memory runs out (with MemoryError set). */
int mpy_cfg_init(MpyCfg *g);
MpyBasicBlock *mpy_cfg_new_block(MpyCfg *g);
/* Appends an instruction to the current block; NULL when memory runs out. */
MpyInstr *mpy_cfg_addop(MpyCfg *g, int op, int arg, MpyBasicBlock *target, MpyPosition loc);
/* Links `b` after the current block in layout order and makes it current. */
void mpy_cfg_use_block(MpyCfg *g, MpyBasicBlock *b);
void mpy_cfg_free(MpyCfg *g);

bool mpy_op_is_jump(int op);        /* has a target block (SETUP_* included) */
bool mpy_op_is_terminal(int op);    /* never falls through */
/* The change in stack depth (jump: when the jump is taken); a large value
 * marks an unknown opcode. */
int mpy_op_stack_effect(int op, int arg, bool jump);

/* Returns the canonical object for a constant (new reference; NULL with an
 * exception set), merging it with the compilation's equal constants. */
typedef MpyObject *(*MpyConstMerger)(void *ctx, MpyObject *o);

/* Optimizes, lays out and assembles the graph. `consts` (a list) may be
 * rewritten: tuples of constants folded (through `merge`), unused
 * constants dropped (the first one is always kept). 0, or -1 with an
 * exception set. */
int mpy_assemble(MpyCfg *g, MpyObject *consts, MpyConstMerger merge, void *ctx,
                 MpyAssembled *out);
void mpy_assembled_free(MpyAssembled *a);

#endif
