/* The interpreter state: the pending exception, the exception being handled,
 * the frame stack, recursion accounting, and the modules every part of the
 * runtime reaches (builtins, sys). There is one interpreter per process. */
#ifndef MPY_INTERP_H
#define MPY_INTERP_H
#include "object.h"

struct MpyFrame;

/* The exceptions being handled form a stack, as CPython's exc_info: each
 * running generator pushes its own entry, so that an `except` block
 * suspended by `yield` gets its exception back when resumed. exc_value is
 * NULL when the level handles nothing. */
typedef struct MpyExcInfo {
    MpyObject *exc_value;
    struct MpyExcInfo *previous;
} MpyExcInfo;

typedef struct {
    MpyObject *curexc;          /* the pending (raised, not yet caught) exception */
    MpyExcInfo *exc_info;       /* top of the handled-exception stack */
    MpyExcInfo base_exc_info;
    struct MpyFrame *frame;     /* the innermost running frame */

    int recursion_depth;        /* Python frames plus C re-entries, as CPython 3.11 */
    int recursion_limit;        /* sys.setrecursionlimit; 1000 by default */
    int recursion_headroom;     /* extra depth granted while raising RecursionError */
    char *stack_base;           /* where the C stack started, for the overflow guard */
    size_t stack_size;          /* usable C stack bytes */

    MpyObject *builtins;        /* the builtins module's dict */
    MpyObject *builtins_module; /* the builtins module */
    MpyObject *builtin_import;  /* builtins.__import__ as made at start-up */
    MpyObject *modules;         /* sys.modules */
    MpyObject *sys;             /* the sys module */
    MpyObject *main_module;     /* __main__ */

    volatile int pending_signals; /* set by the SIGINT handler; checked by the eval loop */
    volatile int eval_breaker;  /* non-zero when the eval loop must look at pending work */
    bool finalizing;            /* the exit sequence has begun */
    int exit_code;              /* the status an uncaught SystemExit asks for */
} MpyInterp;

extern MpyInterp mpy_interp;

/* sys.last_type / last_value / last_traceback for an uncaught exception. */
void mpy_sys_set_last_exception(MpyObject *exc);
/* sys.displayhook(value) (the REPL's echo): 0 / -1. */
int mpy_sys_displayhook(MpyObject *value);

/* The exception being handled (sys.exc_info()[1]): the first level of the
 * exc_info stack that handles one; borrowed, NULL when none. */
MpyObject *mpy_err_get_handled(void);

/* Guards a C-level re-entry into Python code or a recursive C walk (repr of
 * nested containers, comparisons, __del__ ...): raises RecursionError
 * ("maximum recursion depth exceeded" + where) when the depth limit is
 * reached or the C stack is nearly exhausted. 0, or -1 with the error set. */
int mpy_enter_recursive_call(const char *where);
static inline void mpy_leave_recursive_call(void) { mpy_interp.recursion_depth--; }
/* True when less than `margin` bytes of C stack remain. */
bool mpy_stack_is_low(size_t margin);
/* Records where the C stack starts (an address in main's frame). */
void mpy_interp_set_stack_base(char *base);
void mpy_interp_fini(void);

/* Repr recursion guard for containers ([...] / {...}): returns 1 if obj is
 * already being repr'd, 0 after marking it, -1 on error. */
int mpy_repr_enter(MpyObject *obj);
void mpy_repr_leave(MpyObject *obj);

#endif
