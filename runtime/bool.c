/* bool: the int subclass with exactly two instances, True and False (static
 * objects). & | ^ of two bools give a bool; everything else is int's. bool
 * cannot be subclassed (no MPY_TPFLAGS_BASETYPE). */
#include <stdio.h>
#include <stdlib.h>

#include "args.h"
#include "errors.h"
#include "int_impl.h"
#include "str.h"
#include "type.h"

MpyIntObject mpy_false_struct = {{1, &MpyBool_Type}, 0, 0, {.small = 0}};
MpyIntObject mpy_true_struct = {{1, &MpyBool_Type}, 0, 0, {.small = 1}};

static MpyObject *bool_repr(MpyObject *self)
{
    return MPY_NEWREF(mpy_str_intern_cstr(self == MPY_TRUE ? "True" : "False"));
}

static MpyObject *bool_and(MpyObject *a, MpyObject *b)
{
    if (MPY_BOOL_CHECK(a) && MPY_BOOL_CHECK(b))
        return mpy_bool_from_long(a == MPY_TRUE && b == MPY_TRUE);
    return mpy_int_nb_and(a, b);
}

static MpyObject *bool_or(MpyObject *a, MpyObject *b)
{
    if (MPY_BOOL_CHECK(a) && MPY_BOOL_CHECK(b))
        return mpy_bool_from_long(a == MPY_TRUE || b == MPY_TRUE);
    return mpy_int_nb_or(a, b);
}

static MpyObject *bool_xor(MpyObject *a, MpyObject *b)
{
    if (MPY_BOOL_CHECK(a) && MPY_BOOL_CHECK(b))
        return mpy_bool_from_long((a == MPY_TRUE) != (b == MPY_TRUE));
    return mpy_int_nb_xor(a, b);
}

/* bool(x=False, /) */
static MpyObject *bool_vectorcall(MpyObject *type, MpyObject *const *args, size_t nargs,
                                  MpyObject *kwnames)
{
    if (mpy_arg_no_keywords("bool", kwnames) < 0 ||
        mpy_arg_check_positional("bool", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        MPY_RETURN_FALSE;
    int truth = mpy_object_is_true(args[0]);
    return truth < 0 ? NULL : mpy_bool_from_long(truth);
}

static MpyObject *bool_new(MpyTypeObject *type, MpyObject *const *args, size_t nargs,
                           MpyObject *kwnames)
{
    return bool_vectorcall((MpyObject *)type, args, nargs, kwnames);
}

/* True and False are never freed; reaching refcount 0 is a refcounting bug,
 * fatal in the debug build (as CPython 3.12's bool_dealloc). */
static void bool_dealloc(MpyObject *op)
{
#ifdef MPY_DEBUG
    fprintf(stderr, "minipy: fatal: deallocating True or False\n");
    abort();
#else
    op->ob_refcnt = MPY_IMMORTAL_REFCNT;
#endif
}

MpyTypeObject MpyBool_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "bool",
    .tp_basicsize = sizeof(MpyIntObject),
    .tp_dealloc = bool_dealloc,
    .tp_repr = bool_repr,
    .tp_as_number = {
        .nb_and = bool_and,
        .nb_xor = bool_xor,
        .nb_or = bool_or,
    },
    .tp_flags = MPY_TPFLAGS_LONG_SUBCLASS | MPY_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "bool(x) -> bool\n\n"
              "Returns True when the argument x is true, False otherwise.\n"
              "The builtins True and False are the only two instances of the class bool.\n"
              "The class bool is a subclass of the class int, and cannot be subclassed.",
    .tp_base = &MpyLong_Type,
    .tp_new = bool_new,
    .tp_vectorcall = bool_vectorcall,
};

void mpy_bool_init(void)
{
    if (mpy_type_ready(&MpyBool_Type) < 0) {
        fprintf(stderr, "minipy: fatal: cannot ready the bool type\n");
        abort();
    }
}

void mpy_bool_fini(void) {}
