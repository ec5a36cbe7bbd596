/* The eval loop and the calls into it. */
#ifndef MPY_EVAL_H
#define MPY_EVAL_H
#include "frame.h"
#include "object.h"

/* Runs a code object in the given namespaces (exec()); new reference. */
MpyObject *mpy_eval_code(MpyObject *code, MpyObject *globals, MpyObject *locals);
/* Runs `frame` (already filled in) until it returns or yields; the frame
 * becomes the entry frame of this invocation. With throwflag the pending
 * exception is raised at the frame's current instruction (generator.throw). */
MpyObject *mpy_eval_frame(MpyFrame *frame, int throwflag);
/* Runs a function's code with `locals` as its namespace (class bodies). */
MpyObject *mpy_function_call_with_locals(MpyObject *func, MpyObject *locals);
/* Calls a Python function (tp_call of `function`). */
MpyObject *mpy_function_call(MpyObject *func, MpyObject *const *args, size_t nargs,
                             MpyObject *kwnames);
/* The builtins dict a new frame should use for these globals. */
MpyObject *mpy_eval_builtins_for(MpyObject *globals);
/* The innermost running frame's globals (borrowed) or NULL. */
MpyObject *mpy_eval_get_globals(void);

#endif
