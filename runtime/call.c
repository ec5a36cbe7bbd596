/* Calling objects from C: the vectorcall entry point, calls with a tuple and
 * a dict, calls with self prepended, and method calls by name. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "errors.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

MpyObject *mpy_call(MpyObject *callable, MpyObject *const *args, size_t nargs, MpyObject *kwnames)
{
    mpy_vectorcallfunc call = MPY_TYPE(callable)->tp_call;
    if (!call)
        return mpy_err_format(MpyExc_TypeError, "'%s' object is not callable",
                              mpy_type_short_name(MPY_TYPE(callable)));
    MpyObject *res = call(callable, args, nargs, kwnames);
#ifdef MPY_DEBUG
    if ((res == NULL) != (mpy_err_occurred() != NULL)) {
        fprintf(stderr, "minipy: fatal: %s call returned %s\n", MPY_TYPE(callable)->tp_name,
                res ? "a result with an exception set" : "NULL without an exception");
        abort();
    }
#endif
    return res;
}

MpyObject *mpy_call_noargs(MpyObject *callable) { return mpy_call(callable, NULL, 0, NULL); }

MpyObject *mpy_call_one(MpyObject *callable, MpyObject *arg) { return mpy_call(callable, &arg, 1, NULL); }

#define SMALL_STACK 8

MpyObject *mpy_call_prepend(MpyObject *callable, MpyObject *self, MpyObject *const *args,
                            size_t nargs, MpyObject *kwnames)
{
    size_t total = nargs + 1 + (kwnames ? (size_t)MPY_SIZE(kwnames) : 0);
    MpyObject *small[SMALL_STACK];
    MpyObject **stack = total <= SMALL_STACK ? small : malloc(total * sizeof(MpyObject *));
    if (!stack)
        return mpy_err_no_memory();
    stack[0] = self;
    if (total > 1)
        memcpy(stack + 1, args, (total - 1) * sizeof(MpyObject *));
    MpyObject *res = mpy_call(callable, stack, nargs + 1, kwnames);
    if (stack != small)
        free(stack);
    return res;
}

/* f(*args, **kwargs): the tuple's items, then the dict's values with its keys
 * as the kwnames tuple. */
MpyObject *mpy_call_tuple_dict(MpyObject *callable, MpyObject *args, MpyObject *kwargs)
{
    ssize_t nargs = args ? MPY_SIZE(args) : 0;
    ssize_t nkw = kwargs ? MPY_DICT_SIZE(kwargs) : 0;
    if (nkw == 0)
        return mpy_call(callable, nargs ? MPY_TUPLE_ITEMS(args) : NULL, (size_t)nargs, NULL);
    MpyObject **stack = malloc((size_t)(nargs + nkw) * sizeof(MpyObject *));
    MpyObject *kwnames = mpy_tuple_new(nkw);
    if (!stack || !kwnames) {
        free(stack);
        MPY_XDECREF(kwnames);
        return mpy_err_no_memory();
    }
    for (ssize_t i = 0; i < nargs; i++)
        stack[i] = MPY_TUPLE_GET(args, i);
    ssize_t pos = 0, i = 0;
    MpyObject *key, *value;
    while (mpy_dict_next(kwargs, &pos, &key, &value)) {
        if (!MPY_STR_CHECK(key)) {
            free(stack);
            MPY_DECREF(kwnames);
            return mpy_err_set_string(MpyExc_TypeError, "keywords must be strings");
        }
        MPY_TUPLE_SET(kwnames, i, MPY_NEWREF(key));
        stack[nargs + i] = value;
        i++;
    }
    MpyObject *res = mpy_call(callable, stack, (size_t)nargs, kwnames);
    free(stack);
    MPY_DECREF(kwnames);
    return res;
}

MpyObject *mpy_call_method(MpyObject *self, const char *name, MpyObject *const *args, size_t nargs)
{
    MpyObject *key = mpy_str_intern_cstr(name);
    if (!key)
        return NULL;
    MpyObject *func = mpy_type_lookup(MPY_TYPE(self), key);
    if (func && (MPY_TYPE(func)->tp_flags & MPY_TPFLAGS_METHOD_DESCRIPTOR) &&
        MPY_TYPE(self)->tp_getattro == mpy_object_generic_getattr) {
        MPY_INCREF(func);
        MpyObject *res = mpy_call_prepend(func, self, args, nargs, NULL);
        MPY_DECREF(func);
        return res;
    }
    MpyObject *bound = mpy_object_getattr(self, key);
    if (!bound)
        return NULL;
    MpyObject *res = mpy_call(bound, args, nargs, NULL);
    MPY_DECREF(bound);
    return res;
}
