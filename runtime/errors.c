/* The pending exception: raising (with implicit chaining through
 * __context__), matching, fetching and restoring, and reporting exceptions
 * that cannot propagate (__del__, callbacks). */
#include "errors.h"

#include <stdio.h>
#include <stdlib.h>

#include "exceptions.h"
#include "interp.h"
#include "str.h"
#include "traceback.h"
#include "tuple.h"
#include "type.h"

/* CPython's _PyErr_SetObject chains the new exception to the one being
 * handled, and cuts the context chain where it would loop back to `exc`. */
static void chain_to_handled(MpyObject *exc)
{
    MpyObject *handled = mpy_err_get_handled();
    if (!handled || handled == exc)
        return;
    MpyObject *o = handled;
    while (1) {
        MpyObject *context = mpy_exc_context(o);
        if (!context)
            break;
        if (context == exc) {
            mpy_exc_set_context(o, NULL);
            break;
        }
        o = context;
    }
    mpy_exc_set_context(exc, MPY_NEWREF(handled));
}

void mpy_err_set_raised(MpyObject *exc)
{
    chain_to_handled(exc);
    MPY_SETREF(mpy_interp.curexc, exc);
}

/* Makes an instance of `type` from `value` as CPython's
 * _PyErr_CreateException: value may already be an instance, a tuple of
 * arguments, None (no arguments) or the single argument. */
static MpyObject *create_exception(MpyTypeObject *type, MpyObject *value)
{
    if (value && MPY_OBJECT_TYPECHECK(value, type))
        return MPY_NEWREF(value);
    if (!value || value == MPY_NONE)
        return mpy_exc_new(type, NULL, 0);
    if (MPY_TUPLE_CHECK(value))
        return mpy_exc_new(type, MPY_TUPLE_ITEMS(value), (size_t)MPY_SIZE(value));
    return mpy_exc_new(type, &value, 1);
}

MpyObject *mpy_err_set_object(MpyTypeObject *type, MpyObject *value)
{
    MpyObject *exc = create_exception(type, value);
    if (exc)
        mpy_err_set_raised(exc);
    return NULL;
}

MpyObject *mpy_err_set_none(MpyTypeObject *type) { return mpy_err_set_object(type, NULL); }

MpyObject *mpy_err_set_string(MpyTypeObject *type, const char *msg)
{
    MpyObject *value = mpy_str_from_cstr(msg);
    if (!value)
        return NULL;
    /* A one-argument call, even if the message is a tuple-looking string. */
    MpyObject *exc = mpy_exc_new(type, &value, 1);
    MPY_DECREF(value);
    if (exc)
        mpy_err_set_raised(exc);
    return NULL;
}

MpyObject *mpy_err_vformat(MpyTypeObject *type, const char *fmt, va_list ap)
{
    MpyObject *value = mpy_str_from_vformat(fmt, ap);
    if (!value)
        return NULL;
    MpyObject *exc = mpy_exc_new(type, &value, 1);
    MPY_DECREF(value);
    if (exc)
        mpy_err_set_raised(exc);
    return NULL;
}

MpyObject *mpy_err_format(MpyTypeObject *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    mpy_err_vformat(type, fmt, ap);
    va_end(ap);
    return NULL;
}

MpyObject *mpy_err_no_memory(void)
{
    MpyObject *exc = mpy_exc_memory_error_instance();
    if (exc) {
        /* The shared instance must not carry an old traceback or context. */
        mpy_exc_set_traceback(exc, NULL);
        mpy_exc_set_context(exc, NULL);
        MPY_SETREF(mpy_interp.curexc, MPY_NEWREF(exc));
    } else {
        fputs("minipy: out of memory during start-up\n", stderr);
        abort();
    }
    return NULL;
}

MpyObject *mpy_err_bad_internal_call(void)
{
    return mpy_err_set_string(MpyExc_SystemError, "bad argument to internal function");
}

MpyObject *mpy_err_occurred(void) { return mpy_interp.curexc; }

int mpy_err_given_matches(MpyObject *exc, MpyObject *match)
{
    if (!exc || !match)
        return 0;
    if (MPY_TUPLE_CHECK(match)) {
        for (ssize_t i = 0; i < MPY_SIZE(match); i++)
            if (mpy_err_given_matches(exc, MPY_TUPLE_GET(match, i)))
                return 1;
        return 0;
    }
    MpyTypeObject *exc_type = MPY_EXCEPTION_CLASS_CHECK(exc) ? (MpyTypeObject *)exc : MPY_TYPE(exc);
    if (!MPY_EXCEPTION_CLASS_CHECK(match))
        return MPY_CAST(exc_type) == match;
    return mpy_type_is_subtype(exc_type, (MpyTypeObject *)match);
}

int mpy_err_exception_matches(MpyTypeObject *type)
{
    return mpy_err_given_matches(mpy_interp.curexc, MPY_CAST(type));
}

void mpy_err_clear(void) { MPY_CLEAR(mpy_interp.curexc); }

MpyObject *mpy_err_fetch(void)
{
    MpyObject *exc = mpy_interp.curexc;
    mpy_interp.curexc = NULL;
    return exc;
}

void mpy_err_restore(MpyObject *exc) { MPY_SETREF(mpy_interp.curexc, exc); }

void mpy_err_write_unraisable(MpyObject *obj)
{
    MpyObject *exc = mpy_err_fetch();
    if (!exc)
        return;
    fflush(stdout);
    if (obj) {
        MpyObject *repr = mpy_object_repr(obj);
        if (repr) {
            fprintf(stderr, "Exception ignored in: %s\n", mpy_str_as_utf8(repr));
            MPY_DECREF(repr);
        } else {
            mpy_err_clear();
            fprintf(stderr, "Exception ignored in: <object repr() failed>\n");
        }
    }
    mpy_traceback_print_exception(exc, stderr);
    MPY_DECREF(exc);
    fflush(stderr);
}

void mpy_err_print(void)
{
    MpyObject *exc = mpy_err_fetch();
    if (!exc)
        return;
    fflush(stdout);
    mpy_traceback_print_exception(exc, stderr);
    MPY_DECREF(exc);
    fflush(stderr);
}
