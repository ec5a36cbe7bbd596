/* Generators: a frame kept inside the generator object, resumed by
 * next()/send()/throw() and closed by close() or by its finalizer. Each
 * generator has its own level of the handled-exception stack. */
#include "gen.h"

#include <string.h>

#include "code.h"
#include "errors.h"
#include "eval.h"
#include "exceptions.h"
#include "function.h"
#include "gc.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "type.h"
#include "weakref.h"

#define GEN(op) ((MpyGenObject *)(op))

MpyObject *mpy_gen_new(MpyObject *func, MpyCodeObject *code, MpyFrame **frame)
{
    size_t slots = (size_t)code->co_nlocalsplus + (size_t)code->co_stacksize;
    size_t frame_size = sizeof(MpyFrame) + slots * sizeof(MpyObject *);
    size_t nitems = (frame_size + sizeof(MpyObject *) - 1) / sizeof(MpyObject *);
    MpyGenObject *gen = (MpyGenObject *)mpy_gc_new_var(&MpyGen_Type, (ssize_t)nitems);
    if (!gen)
        return NULL;
    MpyFunctionObject *f = (MpyFunctionObject *)func;
    gen->gi_name = MPY_NEWREF(f->func_name);
    gen->gi_qualname = MPY_NEWREF(f->func_qualname);
    gen->gi_weakreflist = NULL;
    gen->gi_exc_state.exc_value = NULL;
    gen->gi_exc_state.previous = NULL;
    gen->gi_frame_state = MPY_GEN_CREATED;
    gen->gi_frame = (MpyFrame *)gen->gi_frame_data;
    gen->gi_frame->owner = MPY_FRAME_OWNED_BY_GENERATOR;
    gen->gi_frame->stacktop = 0;
    *frame = gen->gi_frame;
    mpy_gc_track(MPY_CAST(gen));
    return MPY_CAST(gen);
}

static bool frame_alive(MpyGenObject *gen)
{
    return gen->gi_frame_state < MPY_GEN_COMPLETED;
}

/* PEP 479: a StopIteration escaping a generator becomes a RuntimeError. */
static void convert_stop_iteration(void)
{
    if (!mpy_err_exception_matches(MpyExc_StopIteration))
        return;
    MpyObject *stop = mpy_err_fetch();
    mpy_err_set_string(MpyExc_RuntimeError, "generator raised StopIteration");
    MpyObject *exc = mpy_err_occurred();
    if (exc) {
        mpy_exc_set_cause(exc, MPY_NEWREF(stop));
        mpy_exc_set_context(exc, stop);
    } else {
        MPY_DECREF(stop);
    }
}

/* Runs the generator one step. `value` is pushed as the result of the
 * pending yield (ignored for a fresh generator); with `throwing` the pending
 * exception is raised inside it instead. Returns 1 (yielded, *result),
 * 0 (returned, *result is the return value) or -1. */
static int gen_send_ex(MpyGenObject *gen, MpyObject *value, bool throwing, MpyObject **result)
{
    *result = NULL;
    if (gen->gi_frame_state == MPY_GEN_RUNNING) {
        if (throwing)
            mpy_err_clear();
        mpy_err_set_string(MpyExc_ValueError, "generator already executing");
        return -1;
    }
    if (!frame_alive(gen)) {
        if (throwing)
            return -1;
        *result = MPY_NEWREF(MPY_NONE);
        return 0;
    }
    MpyFrame *frame = gen->gi_frame;
    if (gen->gi_frame_state == MPY_GEN_CREATED && !throwing && value && value != MPY_NONE) {
        mpy_err_set_string(MpyExc_TypeError, "can't send non-None value to a just-started generator");
        return -1;
    }
    if (gen->gi_frame_state == MPY_GEN_SUSPENDED && !throwing)
        frame->localsplus[frame->stacktop++] = MPY_NEWREF(value ? value : MPY_NONE);
    gen->gi_exc_state.previous = mpy_interp.exc_info;
    mpy_interp.exc_info = &gen->gi_exc_state;
    gen->gi_frame_state = MPY_GEN_RUNNING;
    MPY_INCREF(gen); /* the frame must outlive its own run */
    MpyObject *res = mpy_eval_frame(frame, throwing);
    mpy_interp.exc_info = gen->gi_exc_state.previous;
    gen->gi_exc_state.previous = NULL;
    int status;
    if (gen->gi_frame_state == MPY_GEN_SUSPENDED && res) {
        status = 1;
    } else {
        /* Finished: by return or by exception. */
        gen->gi_frame_state = MPY_GEN_COMPLETED;
        MPY_CLEAR(gen->gi_exc_state.exc_value);
        if (res) {
            status = 0;
        } else {
            convert_stop_iteration();
            status = -1;
        }
    }
    *result = res;
    MPY_DECREF(gen);
    return status;
}

int mpy_gen_send(MpyObject *gen, MpyObject *value, MpyObject **result)
{
    return gen_send_ex(GEN(gen), value, false, result);
}

/* Raises StopIteration(value) for a generator that returned; consumes value. */
static MpyObject *return_to_stop_iteration(MpyObject *value)
{
    if (value == MPY_NONE) {
        mpy_err_set_none(MpyExc_StopIteration);
    } else {
        MpyObject *exc = mpy_exc_new(MpyExc_StopIteration, &value, 1);
        if (exc)
            mpy_err_set_raised(exc);
    }
    MPY_DECREF(value);
    return NULL;
}

/* next(gen): the yielded value, or NULL at the end (StopIteration carrying
 * the return value when it is not None). */
static MpyObject *gen_iternext(MpyObject *op)
{
    MpyObject *res;
    int status = gen_send_ex(GEN(op), NULL, false, &res);
    if (status == 1)
        return res;
    if (status == 0) {
        if (res != MPY_NONE)
            return return_to_stop_iteration(res);
        MPY_DECREF(res);
    }
    return NULL;
}

static MpyObject *gen_send_method(MpyObject *op, MpyObject *value)
{
    MpyObject *res;
    int status = gen_send_ex(GEN(op), value, false, &res);
    if (status == 1)
        return res;
    if (status == 0)
        return return_to_stop_iteration(res);
    return NULL;
}

/* The iterator a suspended generator is delegating to with `yield from`,
 * borrowed, or NULL: it sits below the yielded value when the frame is
 * paused on the YIELD_VALUE that follows a SEND. */
static MpyObject *gen_yield_from(MpyGenObject *gen)
{
    if (gen->gi_frame_state != MPY_GEN_SUSPENDED)
        return NULL;
    MpyFrame *f = gen->gi_frame;
    MpyCodeUnit *yield = f->prev_instr;
    if (yield <= f->f_code->co_code || MPY_CODEUNIT_OP(yield[-1]) != MPY_OP_SEND)
        return NULL;
    return f->localsplus[f->stacktop - 1];
}

/* Leaves the `yield from` loop of a suspended generator with `value` as the
 * delegation's result: pops the sub-iterator and continues after the loop. */
static int gen_finish_yield_from(MpyGenObject *gen, MpyObject *value, MpyObject **result)
{
    MpyFrame *f = gen->gi_frame;
    MpyCodeUnit *send = f->prev_instr - 1;
    MpyObject *receiver = f->localsplus[--f->stacktop];
    MPY_DECREF(receiver);
    /* SEND's target: the instruction `oparg` units after the SEND. */
    f->prev_instr = send + MPY_CODEUNIT_ARG(*send);
    f->localsplus[f->stacktop++] = value;
    gen->gi_frame_state = MPY_GEN_CREATED; /* resume without pushing a sent value */
    return gen_send_ex(gen, NULL, false, result);
}

static int gen_close_iter(MpyObject *yf)
{
    if (MPY_GEN_CHECK(yf)) {
        MpyObject *res = mpy_call_method(yf, "close", NULL, 0);
        if (!res)
            return -1;
        MPY_DECREF(res);
        return 0;
    }
    MpyObject *close;
    int found = mpy_object_lookup_attr(yf, MPY_ID(close), &close);
    if (found <= 0)
        return found;
    MpyObject *res = mpy_call_noargs(close);
    MPY_DECREF(close);
    if (!res)
        return -1;
    MPY_DECREF(res);
    return 0;
}

/* throw(): raises exc inside the generator (or the iterator it delegates
 * to) and returns what it yields next. */
static MpyObject *gen_throw_exc(MpyGenObject *gen, MpyObject *exc)
{
    MpyObject *yf = gen_yield_from(gen);
    MpyObject *res;
    if (yf) {
        MPY_INCREF(yf);
        if (mpy_err_given_matches(exc, MPY_CAST(MpyExc_GeneratorExit))) {
            gen->gi_frame_state = MPY_GEN_RUNNING;
            int err = gen_close_iter(yf);
            gen->gi_frame_state = MPY_GEN_SUSPENDED;
            MPY_DECREF(yf);
            if (err < 0) {
                MPY_DECREF(exc);
                goto throw_here;
            }
            goto throw_exc;
        }
        MpyObject *throw;
        int found = mpy_object_lookup_attr(yf, MPY_ID(throw), &throw);
        if (found <= 0) {
            MPY_DECREF(yf);
            if (found < 0) {
                MPY_DECREF(exc);
                goto throw_here;
            }
            goto throw_exc;
        }
        gen->gi_frame_state = MPY_GEN_RUNNING;
        res = mpy_call_one(throw, exc);
        gen->gi_frame_state = MPY_GEN_SUSPENDED;
        MPY_DECREF(throw);
        MPY_DECREF(yf);
        MPY_DECREF(exc);
        if (res)
            return res;
        if (!mpy_err_exception_matches(MpyExc_StopIteration))
            goto throw_here;
        MpyObject *stop = mpy_err_fetch();
        MpyObject *value = mpy_exc_stopiteration_value(stop);
        MPY_DECREF(stop);
        int status = gen_finish_yield_from(gen, value, &res);
        if (status == 1)
            return res;
        return status == 0 ? return_to_stop_iteration(res) : NULL;
    }
throw_exc:
    mpy_err_set_raised(exc);
throw_here:
    if (gen->gi_frame_state == MPY_GEN_CREATED) {
        /* A generator that never started finishes at once, raising here. */
        gen->gi_frame_state = MPY_GEN_COMPLETED;
        MpyObject *pending = mpy_err_fetch();
        MpyFrame *f = gen->gi_frame;
        f->stacktop = f->f_code->co_nlocalsplus;
        mpy_frame_clear(f);
        mpy_err_restore(pending);
        return NULL;
    }
    int status = gen_send_ex(gen, NULL, true, &res);
    if (status == 1)
        return res;
    if (status == 0)
        return return_to_stop_iteration(res);
    return NULL;
}

/* throw(value), throw(type[, value[, tb]]) as CPython 3.11 accepts them. */
static MpyObject *gen_throw(MpyObject *op, MpyObject *const *args, size_t nargs)
{
    if (nargs < 1 || nargs > 3)
        return mpy_err_format(MpyExc_TypeError, "throw expected at least 1 argument, got %zu", nargs);
    MpyObject *typ = args[0];
    MpyObject *val = nargs > 1 && args[1] != MPY_NONE ? args[1] : NULL;
    MpyObject *tb = nargs > 2 && args[2] != MPY_NONE ? args[2] : NULL;
    if (tb && strcmp(MPY_TYPE(tb)->tp_name, "traceback") != 0)
        return mpy_err_set_string(MpyExc_TypeError,
                                  "throw() third argument must be a traceback object");
    MpyObject *exc;
    if (MPY_EXCEPTION_CLASS_CHECK(typ)) {
        if (val && MPY_OBJECT_TYPECHECK(val, (MpyTypeObject *)typ))
            exc = MPY_NEWREF(val);
        else if (val && MPY_TUPLE_CHECK(val))
            exc = mpy_call(typ, MPY_TUPLE_ITEMS(val), (size_t)MPY_SIZE(val), NULL);
        else
            exc = val ? mpy_call_one(typ, val) : mpy_call_noargs(typ);
        if (!exc)
            return NULL;
    } else if (MPY_EXCEPTION_CHECK(typ)) {
        if (val)
            return mpy_err_set_string(MpyExc_TypeError,
                                      "instance exception may not have a separate value");
        exc = MPY_NEWREF(typ);
    } else {
        return mpy_err_format(MpyExc_TypeError,
                              "exceptions must be classes or instances deriving from "
                              "BaseException, not %s",
                              mpy_type_short_name(MPY_TYPE(typ)));
    }
    if (tb)
        mpy_exc_set_traceback(exc, MPY_NEWREF(tb));
    return gen_throw_exc(GEN(op), exc);
}

static MpyObject *gen_close(MpyObject *op, MpyObject *unused)
{
    MpyGenObject *gen = GEN(op);
    if (gen->gi_frame_state == MPY_GEN_CREATED) {
        gen->gi_frame_state = MPY_GEN_COMPLETED;
        MpyFrame *f = gen->gi_frame;
        f->stacktop = f->f_code->co_nlocalsplus;
        mpy_frame_clear(f);
        MPY_RETURN_NONE;
    }
    if (!frame_alive(gen))
        MPY_RETURN_NONE;
    MpyObject *exit = mpy_exc_new(MpyExc_GeneratorExit, NULL, 0);
    if (!exit)
        return NULL;
    MpyObject *res = gen_throw_exc(gen, exit);
    if (res) {
        MPY_DECREF(res);
        return mpy_err_set_string(MpyExc_RuntimeError, "generator ignored GeneratorExit");
    }
    if (mpy_err_exception_matches(MpyExc_StopIteration) ||
        mpy_err_exception_matches(MpyExc_GeneratorExit)) {
        mpy_err_clear();
        MPY_RETURN_NONE;
    }
    return NULL;
}

/* The finalizer (PEP 442) closes a generator that was left suspended. */
static void gen_finalize(MpyObject *op)
{
    MpyGenObject *gen = GEN(op);
    if (!frame_alive(gen) || gen->gi_frame_state == MPY_GEN_CREATED)
        return;
    MpyObject *saved = mpy_err_fetch();
    MpyObject *res = gen_close(op, NULL);
    if (res)
        MPY_DECREF(res);
    else
        mpy_err_write_unraisable(op);
    mpy_err_restore(saved);
}

static void gen_dealloc(MpyObject *op)
{
    MpyGenObject *gen = GEN(op);
    mpy_gc_untrack(op);
    mpy_weakref_clear_refs(op, gen->gi_weakreflist);
    if (frame_alive(gen) && gen->gi_frame_state != MPY_GEN_CREATED) {
        mpy_gc_track(op);
        if (mpy_object_call_finalizer_from_dealloc(op) < 0)
            return; /* resurrected */
        mpy_gc_untrack(op);
    }
    if (gen->gi_frame_state != MPY_GEN_COMPLETED) {
        MpyFrame *f = gen->gi_frame;
        if (gen->gi_frame_state == MPY_GEN_CREATED)
            f->stacktop = f->f_code->co_nlocalsplus;
        gen->gi_frame_state = MPY_GEN_COMPLETED;
        mpy_frame_clear(f);
    }
    MPY_CLEAR(gen->gi_exc_state.exc_value);
    MPY_CLEAR(gen->gi_name);
    MPY_CLEAR(gen->gi_qualname);
    mpy_gc_del(op);
}

static int gen_traverse(MpyObject *op, mpy_visitproc visit, void *arg)
{
    MpyGenObject *gen = GEN(op);
    MPY_VISIT(gen->gi_name);
    MPY_VISIT(gen->gi_qualname);
    MPY_VISIT(gen->gi_exc_state.exc_value);
    if (gen->gi_frame_state < MPY_GEN_COMPLETED) {
        MpyFrame *f = gen->gi_frame;
        MPY_FRAME_VISIT_SPECIALS(f);
        MPY_VISIT(f->frame_obj);
        int top = gen->gi_frame_state == MPY_GEN_CREATED ? f->f_code->co_nlocalsplus : f->stacktop;
        for (int i = 0; i < top; i++)
            MPY_VISIT(f->localsplus[i]);
    }
    return 0;
}

static MpyObject *gen_repr(MpyObject *op)
{
    return mpy_str_from_format("<generator object %U at %p>", GEN(op)->gi_qualname, (void *)op);
}

static MpyObject *gen_iter(MpyObject *op) { return MPY_NEWREF(op); }

static MpyObject *gen_get_running(MpyObject *op, void *c)
{
    return mpy_bool_from_long(GEN(op)->gi_frame_state == MPY_GEN_RUNNING);
}

static MpyObject *gen_get_suspended(MpyObject *op, void *c)
{
    return mpy_bool_from_long(GEN(op)->gi_frame_state == MPY_GEN_SUSPENDED);
}

static MpyObject *gen_get_frame(MpyObject *op, void *c)
{
    MpyGenObject *gen = GEN(op);
    if (!frame_alive(gen))
        MPY_RETURN_NONE;
    MpyObject *fo = mpy_frame_get_object(gen->gi_frame);
    return MPY_XNEWREF(fo);
}

static MpyObject *gen_get_code(MpyObject *op, void *c)
{
    return MPY_NEWREF(GEN(op)->gi_frame->f_code);
}

static MpyObject *gen_get_yieldfrom(MpyObject *op, void *c)
{
    MpyObject *yf = gen_yield_from(GEN(op));
    return MPY_NEWREF(yf ? yf : MPY_NONE);
}

static MpyObject *gen_get_name(MpyObject *op, void *c) { return MPY_NEWREF(GEN(op)->gi_name); }
static MpyObject *gen_get_qualname(MpyObject *op, void *c) { return MPY_NEWREF(GEN(op)->gi_qualname); }

static MpyGetSetDef gen_getset[] = {
    {"gi_running", gen_get_running, NULL, NULL, NULL},
    {"gi_suspended", gen_get_suspended, NULL, NULL, NULL},
    {"gi_frame", gen_get_frame, NULL, NULL, NULL},
    {"gi_code", gen_get_code, NULL, NULL, NULL},
    {"gi_yieldfrom", gen_get_yieldfrom, NULL, NULL, NULL},
    {"__name__", gen_get_name, NULL, NULL, NULL},
    {"__qualname__", gen_get_qualname, NULL, NULL, NULL},
    {NULL},
};

static MpyMethodDef gen_methods[] = {
    {"send", MPY_METH(gen_send_method), MPY_METH_O,
     "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", MPY_METH(gen_throw), MPY_METH_FASTCALL,
     "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration."},
    {"close", MPY_METH(gen_close), MPY_METH_NOARGS, "close() -> raise GeneratorExit inside generator."},
    {NULL},
};

MpyTypeObject MpyGen_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "generator",
    .tp_basicsize = sizeof(MpyGenObject),
    .tp_itemsize = sizeof(MpyObject *),
    .tp_dealloc = gen_dealloc,
    .tp_repr = gen_repr,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC,
    .tp_traverse = gen_traverse,
    .tp_weaklistoffset = offsetof(MpyGenObject, gi_weakreflist),
    .tp_iter = gen_iter,
    .tp_iternext = gen_iternext,
    .tp_methods = gen_methods,
    .tp_getset = gen_getset,
    .tp_finalize = gen_finalize,
    .tp_free = mpy_gc_del,
};
