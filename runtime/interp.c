/* The interpreter state and the guards against runaway recursion: the
 * depth counter shared with Python frames, a check of the C stack itself,
 * and the set of containers being repr'd ([...] for a list inside itself). */
#include "interp.h"

#include <stdlib.h>
#include <sys/resource.h>

#include "errors.h"

MpyInterp mpy_interp = {
    .recursion_limit = 1000,
    .exc_info = &mpy_interp.base_exc_info,
};

/* The C stack grows down from stack_base; without a recorded base (a
 * library user who never called mpy_interp_set_stack_base) nothing is
 * checked. */
bool mpy_stack_is_low(size_t margin)
{
    if (!mpy_interp.stack_base)
        return false;
    char here;
    size_t used = (size_t)(mpy_interp.stack_base - &here);
    return used + margin > mpy_interp.stack_size;
}

void mpy_interp_set_stack_base(char *base)
{
    struct rlimit rl;
    size_t size = 8u << 20;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
        size = (size_t)rl.rlim_cur;
    mpy_interp.stack_base = base;
    /* Leave room for C library calls and signal handlers below us. */
    mpy_interp.stack_size = size > (1u << 20) ? size - (256u << 10) : size / 2;
}

int mpy_enter_recursive_call(const char *where)
{
    if (++mpy_interp.recursion_depth > mpy_interp.recursion_limit || mpy_stack_is_low(96 * 1024)) {
        mpy_interp.recursion_depth--;
        mpy_err_format(MpyExc_RecursionError, "maximum recursion depth exceeded%s", where);
        return -1;
    }
    return 0;
}

/* ------------------------------------------------------- repr guard */

static MpyObject **repr_stack;
static size_t repr_depth, repr_capacity;

int mpy_repr_enter(MpyObject *obj)
{
    for (size_t i = 0; i < repr_depth; i++)
        if (repr_stack[i] == obj)
            return 1;
    if (repr_depth == repr_capacity) {
        size_t cap = repr_capacity ? repr_capacity * 2 : 16;
        MpyObject **bigger = realloc(repr_stack, cap * sizeof *bigger);
        if (!bigger) {
            mpy_err_no_memory();
            return -1;
        }
        repr_stack = bigger;
        repr_capacity = cap;
    }
    repr_stack[repr_depth++] = obj;
    return 0;
}

void mpy_repr_leave(MpyObject *obj)
{
    /* Usually the top; search downwards in case of unbalanced calls. */
    for (size_t i = repr_depth; i > 0; i--) {
        if (repr_stack[i - 1] == obj) {
            for (size_t j = i - 1; j + 1 < repr_depth; j++)
                repr_stack[j] = repr_stack[j + 1];
            repr_depth--;
            return;
        }
    }
}

void mpy_interp_fini(void)
{
    free(repr_stack);
    repr_stack = NULL;
    repr_depth = repr_capacity = 0;
}
