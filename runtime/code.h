/* Code objects: the compiled form of a module, function, class body, lambda
 * or comprehension. Bytecode (opcodes.h), constants, names, the layout of the
 * frame's fast slots, the exception table that says where each instruction's
 * exceptions go, and the position of every instruction in the source.
 *
 * The fast slots ("localsplus") of a frame hold, in order: the arguments
 * (positional-only, positional, keyword-only, then *args and **kwargs), the
 * other local variables, the cell variables that are not arguments, and the
 * free variables (copied from the function's closure). A cell variable that
 * is an argument keeps the argument's slot; MAKE_CELL wraps it at entry. */
#ifndef MPY_CODE_H
#define MPY_CODE_H
#include "object.h"
#include "opcodes.h"

/* co_flags, numbered as CPython's. */
enum {
    MPY_CO_OPTIMIZED = 0x0001,   /* fast locals (a function, not a module or class body) */
    MPY_CO_NEWLOCALS = 0x0002,
    MPY_CO_VARARGS = 0x0004,
    MPY_CO_VARKEYWORDS = 0x0008,
    MPY_CO_NESTED = 0x0010,
    MPY_CO_GENERATOR = 0x0020,
    MPY_CO_NOFREE = 0x0040,
};

/* Kinds of fast slots (co_localspluskinds), as CPython's CO_FAST_*. */
enum {
    MPY_FAST_ARG = 0x01,   /* the slot is filled by an argument */
    MPY_FAST_LOCAL = 0x20,
    MPY_FAST_CELL = 0x40,
    MPY_FAST_FREE = 0x80,
};

/* Where an exception raised inside [start, end) (code-unit offsets) goes:
 * the value stack is cut to `depth` items, the offset of the raising
 * instruction is pushed as an int when `lasti` is set, the exception is
 * pushed, and execution continues at `target`. Entries do not overlap; an
 * instruction not covered by any entry lets the exception leave the frame. */
typedef struct {
    uint32_t start, end, target;
    uint16_t depth;
    uint8_t lasti;
} MpyExceptionTableEntry;

/* The source span of one code unit (lines from 1; columns in UTF-8 bytes
 * from 0; -1 where unknown). Cache units repeat their instruction's span. */
typedef struct {
    int32_t lineno, end_lineno;
    int32_t col, end_col;
} MpyPosition;

typedef struct {
    MPY_OBJECT_HEAD;
    MpyCodeUnit *co_code;            /* owned array of co_ncodeunits units */
    ssize_t co_ncodeunits;
    MpyObject *co_consts;            /* tuple */
    MpyObject *co_names;             /* tuple of interned str: globals, attributes, imports */
    MpyObject *co_localsplusnames;   /* tuple of interned str, one per fast slot */
    uint8_t *co_localspluskinds;     /* owned array, one MPY_FAST_* set per fast slot */
    int co_argcount;                 /* positional arguments, positional-only ones included */
    int co_posonlyargcount;
    int co_kwonlyargcount;
    int co_nlocalsplus;              /* fast slots */
    int co_nlocals;                  /* slots that are arguments or plain locals */
    int co_ncellvars, co_nfreevars;
    int co_stacksize;                /* the deepest the value stack gets */
    int co_flags;
    int co_firstlineno;
    MpyObject *co_name, *co_qualname, *co_filename; /* str */
    MpyExceptionTableEntry *co_exceptiontable;      /* owned, sorted by start */
    ssize_t co_nexceptions;
    MpyPosition *co_positions;       /* owned, one per code unit */
    MpyObject *co_weakreflist;
    /* The frame size in pointers (localsplus + stack), computed once. */
    int co_framesize;
    /* The eval loop's inline caches (eval.c fills them on first run; the
     * code object frees the array with free() when it dies). */
    void *co_caches;
    int co_ncaches;
} MpyCodeObject;

extern MpyTypeObject MpyCode_Type;
#define MPY_CODE_CHECK(op) (MPY_TYPE(op) == &MpyCode_Type)

/* Everything the compiler hands over; arrays are copied, object fields are
 * borrowed (the code object takes new references). */
typedef struct {
    const MpyCodeUnit *code;
    ssize_t ncodeunits;
    MpyObject *consts, *names, *localsplusnames;
    const uint8_t *localspluskinds;
    int argcount, posonlyargcount, kwonlyargcount;
    int stacksize, flags, firstlineno;
    MpyObject *name, *qualname, *filename;
    const MpyExceptionTableEntry *exceptiontable;
    ssize_t nexceptions;
    const MpyPosition *positions;
} MpyCodeSpec;

MpyObject *mpy_code_new(const MpyCodeSpec *spec);

/* The line of the instruction at code-unit offset `offset` (-1 if unknown). */
int mpy_code_addr2line(MpyCodeObject *co, ssize_t offset);
/* The handler for an exception raised at `offset`, or NULL. */
const MpyExceptionTableEntry *mpy_code_find_handler(MpyCodeObject *co, ssize_t offset);

/* CPython's _PyCode_ConstantKey: a key under which equal constants of the
 * same kind compare equal (1, 1.0, True, 0.0 and -0.0 all differ); used to
 * de-duplicate constants and to compare code objects. New reference. */
MpyObject *mpy_code_constant_key(MpyObject *op);

void mpy_code_init(void);

#endif
