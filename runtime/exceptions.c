/* The built-in exception classes: BaseException's behaviour (args, str,
 * repr, __traceback__/__context__/__cause__, add_note), the classes with
 * extra attributes, and CPython 3.11's hierarchy. */
#include "exceptions.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "args.h"
#include "bytes.h"
#include "dict.h"
#include "errors.h"
#include "exc_group.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

/* ==================================================== BaseException */

#define BASE(op) ((MpyBaseExceptionObject *)(op))

static int base_set_args(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    MpyObject *tuple = mpy_tuple_from_array(args, (ssize_t)nargs);
    if (!tuple)
        return -1;
    MPY_SETREF(BASE(self)->args, tuple);
    return 0;
}

static MpyObject *base_new(MpyTypeObject *type, MpyObject *const *args, size_t nargs,
                           MpyObject *kwnames)
{
    MpyObject *self = type->tp_flags & MPY_TPFLAGS_HAVE_GC ? mpy_type_generic_alloc(type, 0)
                                                             : NULL;
    if (!self)
        return NULL;
    if (base_set_args(self, args, nargs)) {
        MPY_DECREF(self);
        return NULL;
    }
    return self;
}

static int base_init(MpyObject *self, MpyObject *const *args, size_t nargs, MpyObject *kwnames)
{
    if (kwnames && MPY_SIZE(kwnames)) {
        mpy_err_format(MpyExc_TypeError, "%s() takes no keyword arguments",
                       mpy_type_short_name(MPY_TYPE(self)));
        return -1;
    }
    return base_set_args(self, args, nargs);
}

static int base_clear(MpyObject *self)
{
    MpyBaseExceptionObject *e = BASE(self);
    MPY_CLEAR(e->dict);
    MPY_CLEAR(e->args);
    MPY_CLEAR(e->notes);
    MPY_CLEAR(e->traceback);
    MPY_CLEAR(e->context);
    MPY_CLEAR(e->cause);
    return 0;
}

static int base_traverse(MpyObject *self, mpy_visitproc visit, void *arg)
{
    MpyBaseExceptionObject *e = BASE(self);
    MPY_VISIT(e->dict);
    MPY_VISIT(e->args);
    MPY_VISIT(e->notes);
    MPY_VISIT(e->traceback);
    MPY_VISIT(e->context);
    MPY_VISIT(e->cause);
    return 0;
}

static void base_dealloc(MpyObject *self)
{
    mpy_gc_untrack(self);
    MpyTypeObject *type = MPY_TYPE(self);
    /* The subclass structs' own fields go through tp_clear, which is the
     * most derived built-in clear for every exception type. */
    type->tp_clear(self);
    type->tp_free(self);
}

static MpyObject *base_str(MpyObject *self)
{
    MpyObject *args = BASE(self)->args;
    ssize_t n = args ? MPY_SIZE(args) : 0;
    if (n == 0)
        return mpy_str_from_cstr("");
    if (n == 1)
        return mpy_object_str(MPY_TUPLE_GET(args, 0));
    return mpy_object_str(args);
}

static MpyObject *base_repr(MpyObject *self)
{
    MpyObject *args = BASE(self)->args;
    const char *name = mpy_type_short_name(MPY_TYPE(self));
    if (args && MPY_SIZE(args) == 1)
        return mpy_str_from_format("%s(%R)", name, MPY_TUPLE_GET(args, 0));
    return mpy_str_from_format("%s%R", name, args ? args : mpy_tuple_new(0));
}

static MpyObject *base_with_traceback(MpyObject *self, MpyObject *tb)
{
    MpyObject *value = tb == MPY_NONE ? NULL : tb;
    MPY_XINCREF(value);
    mpy_exc_set_traceback(self, value);
    return MPY_NEWREF(self);
}

static MpyObject *base_add_note(MpyObject *self, MpyObject *note)
{
    if (!MPY_STR_CHECK(note))
        return mpy_err_format(MpyExc_TypeError, "note must be a str, not '%s'",
                              mpy_type_short_name(MPY_TYPE(note)));
    MpyObject *name = mpy_str_intern_cstr("__notes__");
    MpyObject *notes;
    int found = mpy_object_lookup_attr(self, name, &notes);
    if (found < 0)
        return NULL;
    if (!found) {
        notes = mpy_list_new(0);
        if (!notes || mpy_object_setattr(self, name, notes) < 0) {
            MPY_XDECREF(notes);
            return NULL;
        }
    } else if (!MPY_LIST_CHECK(notes)) {
        MPY_DECREF(notes);
        return mpy_err_set_string(MpyExc_TypeError, "Cannot add note: __notes__ is not a list");
    }
    int res = mpy_list_append(notes, note);
    MPY_DECREF(notes);
    if (res < 0)
        return NULL;
    MPY_RETURN_NONE;
}

static MpyMethodDef base_methods[] = {
    {"with_traceback", MPY_METH(base_with_traceback), MPY_METH_O,
     "Exception.with_traceback(tb) -- set self.__traceback__ to tb and return self."},
    {"add_note", MPY_METH(base_add_note), MPY_METH_O,
     "Exception.add_note(note) --\n    add a note to the exception"},
    {NULL},
};

static MpyObject *get_args(MpyObject *self, void *c)
{
    return MPY_NEWREF(BASE(self)->args ? BASE(self)->args : mpy_tuple_new(0));
}

static int set_args(MpyObject *self, MpyObject *value, void *c)
{
    if (!value) {
        mpy_err_set_string(MpyExc_TypeError, "args may not be deleted");
        return -1;
    }
    MpyObject *tuple = mpy_tuple_from_iterable(value);
    if (!tuple)
        return -1;
    MPY_SETREF(BASE(self)->args, tuple);
    return 0;
}

static MpyObject *get_or_none(MpyObject *value) { return MPY_NEWREF(value ? value : MPY_NONE); }

static MpyObject *get_traceback(MpyObject *self, void *c) { return get_or_none(BASE(self)->traceback); }

static int set_traceback(MpyObject *self, MpyObject *value, void *c)
{
    if (!value) {
        mpy_err_set_string(MpyExc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (value != MPY_NONE && strcmp(MPY_TYPE(value)->tp_name, "traceback") != 0) {
        mpy_err_set_string(MpyExc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    mpy_exc_set_traceback(self, value == MPY_NONE ? NULL : MPY_NEWREF(value));
    return 0;
}

static MpyObject *get_context(MpyObject *self, void *c) { return get_or_none(BASE(self)->context); }
static MpyObject *get_cause(MpyObject *self, void *c) { return get_or_none(BASE(self)->cause); }

static int check_exception_or_none(MpyObject *value, const char *what)
{
    if (!value) {
        mpy_err_format(MpyExc_TypeError, "%s may not be deleted", what);
        return -1;
    }
    if (value != MPY_NONE && !MPY_EXCEPTION_CHECK(value)) {
        mpy_err_format(MpyExc_TypeError, "exception %s must be None or derive from BaseException",
                       strcmp(what, "__cause__") == 0 ? "cause" : "context");
        return -1;
    }
    return 0;
}

static int set_context(MpyObject *self, MpyObject *value, void *c)
{
    if (check_exception_or_none(value, "__context__"))
        return -1;
    mpy_exc_set_context(self, value == MPY_NONE ? NULL : MPY_NEWREF(value));
    return 0;
}

static int set_cause(MpyObject *self, MpyObject *value, void *c)
{
    if (check_exception_or_none(value, "__cause__"))
        return -1;
    mpy_exc_set_cause(self, value == MPY_NONE ? NULL : MPY_NEWREF(value));
    return 0;
}

static MpyObject *get_suppress_context(MpyObject *self, void *c)
{
    return mpy_bool_from_long(BASE(self)->suppress_context);
}

static int set_suppress_context(MpyObject *self, MpyObject *value, void *c)
{
    if (!value) {
        mpy_err_set_string(MpyExc_TypeError, "__suppress_context__ may not be deleted");
        return -1;
    }
    int truth = mpy_object_is_true(value);
    if (truth < 0)
        return -1;
    BASE(self)->suppress_context = (char)truth;
    return 0;
}

static MpyObject *get_dict(MpyObject *self, void *c)
{
    if (!BASE(self)->dict && !(BASE(self)->dict = mpy_dict_new()))
        return NULL;
    return MPY_NEWREF(BASE(self)->dict);
}

static MpyGetSetDef base_getset[] = {
    {"__dict__", get_dict, NULL, NULL, NULL},
    {"args", get_args, set_args, NULL, NULL},
    {"__traceback__", get_traceback, set_traceback, NULL, NULL},
    {"__context__", get_context, set_context, "exception context", NULL},
    {"__cause__", get_cause, set_cause, "exception cause", NULL},
    {"__suppress_context__", get_suppress_context, set_suppress_context, NULL, NULL},
    {NULL},
};

#define EXC_FLAGS \
    (MPY_TPFLAGS_BASETYPE | MPY_TPFLAGS_HAVE_GC | MPY_TPFLAGS_BASE_EXC_SUBCLASS)

static MpyTypeObject exc_BaseException = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "BaseException",
    .tp_basicsize = sizeof(MpyBaseExceptionObject),
    .tp_dealloc = base_dealloc,
    .tp_repr = base_repr,
    .tp_str = base_str,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_setattro = mpy_object_generic_setattr,
    .tp_flags = EXC_FLAGS,
    .tp_doc = "Common base class for all exceptions",
    .tp_traverse = base_traverse,
    .tp_clear = base_clear,
    .tp_methods = base_methods,
    .tp_getset = base_getset,
    .tp_dictoffset = offsetof(MpyBaseExceptionObject, dict),
    .tp_init = base_init,
    .tp_new = base_new,
    .tp_free = mpy_gc_del,
};

/* A class that adds nothing to its base's layout or behaviour, naming the
 * __init__ and __new__ (NULL: inherited) that show in its __dict__. */
#define PLAIN_EXC(NAME, BASECLASS, INIT, NEW, DOC)           \
    static MpyTypeObject exc_##NAME = {                      \
        .ob_base = {{1, &MpyType_Type}, 0},                  \
        .tp_name = #NAME,                                    \
        .tp_flags = EXC_FLAGS,                               \
        .tp_doc = DOC,                                       \
        .tp_base = &exc_##BASECLASS,                         \
        .tp_init = INIT,                                     \
        .tp_new = NEW,                                       \
    }
/* CPython's SimpleExtendsException: BaseException's __new__ and __init__
 * named again, so Exception.__dict__ has both. */
#define SIMPLE_EXC(NAME, BASECLASS, DOC) PLAIN_EXC(NAME, BASECLASS, base_init, base_new, DOC)
/* CPython's MiddlingExtendsException: only its base's __init__ named again. */
#define SUBCLASS_EXC(NAME, BASECLASS, INIT, DOC) PLAIN_EXC(NAME, BASECLASS, INIT, NULL, DOC)

/* A class with its own struct, members and (optionally) init and str. */
#define COMPLEX_EXC(NAME, BASECLASS, STRUCT, PREFIX, STR, DOC)  \
    static MpyTypeObject exc_##NAME = {                         \
        .ob_base = {{1, &MpyType_Type}, 0},                     \
        .tp_name = #NAME,                                       \
        .tp_basicsize = sizeof(STRUCT),                         \
        .tp_flags = EXC_FLAGS,                                  \
        .tp_doc = DOC,                                          \
        .tp_base = &exc_##BASECLASS,                            \
        .tp_traverse = PREFIX##_traverse,                       \
        .tp_clear = PREFIX##_clear,                             \
        .tp_members = PREFIX##_members,                         \
        .tp_init = PREFIX##_init,                               \
        .tp_str = STR,                                          \
    }

/* ==================================================== StopIteration */

#define STOPITER(op) ((MpyStopIterationObject *)(op))

static int stopiteration_init(MpyObject *self, MpyObject *const *args, size_t nargs,
                              MpyObject *kwnames)
{
    if (base_init(self, args, nargs, kwnames))
        return -1;
    MPY_SETREF(STOPITER(self)->value, MPY_NEWREF(nargs ? args[0] : MPY_NONE));
    return 0;
}

static int stopiteration_clear(MpyObject *self)
{
    MPY_CLEAR(STOPITER(self)->value);
    return base_clear(self);
}

static int stopiteration_traverse(MpyObject *self, mpy_visitproc visit, void *arg)
{
    MPY_VISIT(STOPITER(self)->value);
    return base_traverse(self, visit, arg);
}

static MpyMemberDef stopiteration_members[] = {
    {"value", MPY_T_OBJECT, offsetof(MpyStopIterationObject, value), 0,
     "generator return value"},
    {NULL},
};

/* ======================================================= SystemExit */

#define SYSEXIT(op) ((MpySystemExitObject *)(op))

static int systemexit_init(MpyObject *self, MpyObject *const *args, size_t nargs,
                           MpyObject *kwnames)
{
    if (base_init(self, args, nargs, kwnames))
        return -1;
    MpyObject *code = nargs == 0 ? MPY_NEWREF(MPY_NONE)
                      : nargs == 1 ? MPY_NEWREF(args[0])
                                   : MPY_NEWREF(BASE(self)->args);
    MPY_SETREF(SYSEXIT(self)->code, code);
    return 0;
}

static int systemexit_clear(MpyObject *self)
{
    MPY_CLEAR(SYSEXIT(self)->code);
    return base_clear(self);
}

static int systemexit_traverse(MpyObject *self, mpy_visitproc visit, void *arg)
{
    MPY_VISIT(SYSEXIT(self)->code);
    return base_traverse(self, visit, arg);
}

static MpyMemberDef systemexit_members[] = {
    {"code", MPY_T_OBJECT, offsetof(MpySystemExitObject, code), 0, "exception code"},
    {NULL},
};

/* ============================================= NameError, AttributeError */

#define NAMEERR(op) ((MpyNameErrorObject *)(op))

/* NameError(*args, name=None) and AttributeError(*args, name=None, obj=None). */
static int nameerror_init_with(MpyObject *self, MpyObject *const *args, size_t nargs,
                               MpyObject *kwnames, bool allow_obj)
{
    ssize_t nkw = kwnames ? MPY_SIZE(kwnames) : 0;
    if (base_set_args(self, args, nargs))
        return -1;
    for (ssize_t i = 0; i < nkw; i++) {
        MpyObject *key = MPY_TUPLE_GET(kwnames, i), *value = args[nargs + (size_t)i];
        if (mpy_str_equal_cstr(key, "name")) {
            MPY_SETREF(NAMEERR(self)->name, MPY_NEWREF(value));
        } else if (allow_obj && mpy_str_equal_cstr(key, "obj")) {
            MPY_SETREF(NAMEERR(self)->obj, MPY_NEWREF(value));
        } else {
            mpy_err_format(MpyExc_TypeError, "'%U' is an invalid keyword argument for %s()",
                           key, mpy_type_short_name(MPY_TYPE(self)));
            return -1;
        }
    }
    return 0;
}

static int nameerror_init(MpyObject *self, MpyObject *const *args, size_t nargs,
                          MpyObject *kwnames)
{
    return nameerror_init_with(self, args, nargs, kwnames, false);
}

static int attributeerror_init(MpyObject *self, MpyObject *const *args, size_t nargs,
                               MpyObject *kwnames)
{
    return nameerror_init_with(self, args, nargs, kwnames, true);
}

static int nameerror_clear(MpyObject *self)
{
    MPY_CLEAR(NAMEERR(self)->name);
    MPY_CLEAR(NAMEERR(self)->obj);
    return base_clear(self);
}

static int nameerror_traverse(MpyObject *self, mpy_visitproc visit, void *arg)
{
    MPY_VISIT(NAMEERR(self)->name);
    MPY_VISIT(NAMEERR(self)->obj);
    return base_traverse(self, visit, arg);
}

static MpyMemberDef nameerror_members[] = {
    {"name", MPY_T_OBJECT, offsetof(MpyNameErrorObject, name), 0, "name"},
    {NULL},
};
static MpyMemberDef attributeerror_members[] = {
    {"name", MPY_T_OBJECT, offsetof(MpyNameErrorObject, name), 0, "attribute name"},
    {"obj", MPY_T_OBJECT, offsetof(MpyNameErrorObject, obj), 0, "object"},
    {NULL},
};
#define attributeerror_traverse nameerror_traverse
#define attributeerror_clear nameerror_clear

/* ====================================================== ImportError */

#define IMPORTERR(op) ((MpyImportErrorObject *)(op))

static int importerror_init(MpyObject *self, MpyObject *const *args, size_t nargs,
                            MpyObject *kwnames)
{
    ssize_t nkw = kwnames ? MPY_SIZE(kwnames) : 0;
    if (base_set_args(self, args, nargs))
        return -1;
    for (ssize_t i = 0; i < nkw; i++) {
        MpyObject *key = MPY_TUPLE_GET(kwnames, i), *value = args[nargs + (size_t)i];
        if (mpy_str_equal_cstr(key, "name")) {
            MPY_SETREF(IMPORTERR(self)->name, MPY_NEWREF(value));
        } else if (mpy_str_equal_cstr(key, "path")) {
            MPY_SETREF(IMPORTERR(self)->path, MPY_NEWREF(value));
        } else {
            mpy_err_format(MpyExc_TypeError, "'%U' is an invalid keyword argument for %s()",
                           key, mpy_type_short_name(MPY_TYPE(self)));
            return -1;
        }
    }
    MPY_SETREF(IMPORTERR(self)->msg, nargs == 1 ? MPY_NEWREF(args[0]) : NULL);
    return 0;
}

static int importerror_clear(MpyObject *self)
{
    MPY_CLEAR(IMPORTERR(self)->msg);
    MPY_CLEAR(IMPORTERR(self)->name);
    MPY_CLEAR(IMPORTERR(self)->path);
    return base_clear(self);
}

static int importerror_traverse(MpyObject *self, mpy_visitproc visit, void *arg)
{
    MPY_VISIT(IMPORTERR(self)->msg);
    MPY_VISIT(IMPORTERR(self)->name);
    MPY_VISIT(IMPORTERR(self)->path);
    return base_traverse(self, visit, arg);
}

static MpyObject *importerror_str(MpyObject *self)
{
    if (IMPORTERR(self)->msg && MPY_STR_CHECK(IMPORTERR(self)->msg))
        return MPY_NEWREF(IMPORTERR(self)->msg);
    return base_str(self);
}

static MpyMemberDef importerror_members[] = {
    {"msg", MPY_T_OBJECT, offsetof(MpyImportErrorObject, msg), 0, "exception message"},
    {"name", MPY_T_OBJECT, offsetof(MpyImportErrorObject, name), 0, "module name"},
    {"path", MPY_T_OBJECT, offsetof(MpyImportErrorObject, path), 0, "module path"},
    {NULL},
};

/* ====================================================== SyntaxError */

#define SYNTAXERR(op) ((MpySyntaxErrorObject *)(op))

/* SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])) */
static int syntaxerror_init(MpyObject *self, MpyObject *const *args, size_t nargs,
                            MpyObject *kwnames)
{
    MpySyntaxErrorObject *e = SYNTAXERR(self);
    if (base_init(self, args, nargs, kwnames))
        return -1;
    if (nargs >= 1)
        MPY_SETREF(e->msg, MPY_NEWREF(args[0]));
    if (nargs == 2) {
        MpyObject *info = mpy_tuple_from_iterable(args[1]);
        if (!info)
            return -1;
        ssize_t n = MPY_SIZE(info);
        if (n < 4 || n > 6) {
            MPY_DECREF(info);
            mpy_err_set_string(MpyExc_IndexError, "tuple index out of range");
            return -1;
        }
        MpyObject **fields[] = {&e->filename, &e->lineno, &e->offset, &e->text,
                                &e->end_lineno, &e->end_offset};
        for (ssize_t i = 0; i < n; i++)
            MPY_SETREF(*fields[i], MPY_NEWREF(MPY_TUPLE_GET(info, i)));
        MPY_DECREF(info);
    }
    return 0;
}

static int syntaxerror_clear(MpyObject *self)
{
    MpySyntaxErrorObject *e = SYNTAXERR(self);
    MPY_CLEAR(e->msg);
    MPY_CLEAR(e->filename);
    MPY_CLEAR(e->lineno);
    MPY_CLEAR(e->offset);
    MPY_CLEAR(e->text);
    MPY_CLEAR(e->end_lineno);
    MPY_CLEAR(e->end_offset);
    MPY_CLEAR(e->print_file_and_line);
    return base_clear(self);
}

static int syntaxerror_traverse(MpyObject *self, mpy_visitproc visit, void *arg)
{
    MpySyntaxErrorObject *e = SYNTAXERR(self);
    MPY_VISIT(e->msg);
    MPY_VISIT(e->filename);
    MPY_VISIT(e->lineno);
    MPY_VISIT(e->offset);
    MPY_VISIT(e->text);
    MPY_VISIT(e->end_lineno);
    MPY_VISIT(e->end_offset);
    MPY_VISIT(e->print_file_and_line);
    return base_traverse(self, visit, arg);
}

/* "msg (file.py, line 3)": only the base name of the file, as CPython. */
static MpyObject *syntaxerror_str(MpyObject *self)
{
    MpySyntaxErrorObject *e = SYNTAXERR(self);
    MpyObject *msg = e->msg ? e->msg : MPY_NONE;
    bool have_file = e->filename && MPY_STR_CHECK(e->filename);
    bool have_line = e->lineno && MPY_INT_CHECK(e->lineno);
    const char *file = "";
    if (have_file) {
        file = mpy_str_as_utf8(e->filename);
        const char *slash = strrchr(file, '/');
        if (slash)
            file = slash + 1;
    }
    if (have_file && have_line)
        return mpy_str_from_format("%S (%s, line %zd)", msg, file, mpy_int_as_ssize(e->lineno));
    if (have_file)
        return mpy_str_from_format("%S (%s)", msg, file);
    if (have_line)
        return mpy_str_from_format("%S (line %zd)", msg, mpy_int_as_ssize(e->lineno));
    return mpy_object_str(msg);
}

static MpyMemberDef syntaxerror_members[] = {
    {"msg", MPY_T_OBJECT, offsetof(MpySyntaxErrorObject, msg), 0, "exception msg"},
    {"filename", MPY_T_OBJECT, offsetof(MpySyntaxErrorObject, filename), 0, "exception filename"},
    {"lineno", MPY_T_OBJECT, offsetof(MpySyntaxErrorObject, lineno), 0, "exception lineno"},
    {"offset", MPY_T_OBJECT, offsetof(MpySyntaxErrorObject, offset), 0, "exception offset"},
    {"text", MPY_T_OBJECT, offsetof(MpySyntaxErrorObject, text), 0, "exception text"},
    {"end_lineno", MPY_T_OBJECT, offsetof(MpySyntaxErrorObject, end_lineno), 0,
     "exception end lineno"},
    {"end_offset", MPY_T_OBJECT, offsetof(MpySyntaxErrorObject, end_offset), 0,
     "exception end offset"},
    {"print_file_and_line", MPY_T_OBJECT, offsetof(MpySyntaxErrorObject, print_file_and_line),
     0, "exception print_file_and_line"},
    {NULL},
};

/* ========================================================== OSError */

#define OSERR(op) ((MpyOSErrorObject *)(op))

static MpyTypeObject *oserror_subclass_for_errno(int code);

/* OSError(errno, strerror[, filename[, winerror[, filename2]]]); calling
 * OSError itself with a known errno makes the matching subclass. */
static MpyObject *oserror_new(MpyTypeObject *type, MpyObject *const *args, size_t nargs,
                              MpyObject *kwnames)
{
    if (type == MpyExc_OSError && nargs >= 2 && MPY_INT_CHECK(args[0])) {
        int overflow = 0;
        int64_t code = 0;
        overflow = mpy_int_to_i64(args[0], &code);
        MpyTypeObject *sub = overflow ? NULL : oserror_subclass_for_errno((int)code);
        if (sub)
            type = sub;
    }
    return base_new(type, args, nargs, kwnames);
}

static int oserror_init(MpyObject *self, MpyObject *const *args, size_t nargs,
                        MpyObject *kwnames)
{
    MpyOSErrorObject *e = OSERR(self);
    if (base_init(self, args, nargs, kwnames))
        return -1;
    if (nargs < 2 || nargs > 5)
        return 0;
    MPY_SETREF(e->myerrno, MPY_NEWREF(args[0]));
    MPY_SETREF(e->strerror, MPY_NEWREF(args[1]));
    if (nargs >= 3 && args[2] != MPY_NONE) {
        MPY_SETREF(e->filename, MPY_NEWREF(args[2]));
        if (nargs == 5 && args[4] != MPY_NONE)
            MPY_SETREF(e->filename2, MPY_NEWREF(args[4]));
        /* args keeps only (errno, strerror) once a filename is given */
        if (base_set_args(self, args, 2))
            return -1;
    }
    return 0;
}

static int oserror_clear(MpyObject *self)
{
    MPY_CLEAR(OSERR(self)->myerrno);
    MPY_CLEAR(OSERR(self)->strerror);
    MPY_CLEAR(OSERR(self)->filename);
    MPY_CLEAR(OSERR(self)->filename2);
    return base_clear(self);
}

static int oserror_traverse(MpyObject *self, mpy_visitproc visit, void *arg)
{
    MPY_VISIT(OSERR(self)->myerrno);
    MPY_VISIT(OSERR(self)->strerror);
    MPY_VISIT(OSERR(self)->filename);
    MPY_VISIT(OSERR(self)->filename2);
    return base_traverse(self, visit, arg);
}

static MpyObject *oserror_str(MpyObject *self)
{
    MpyOSErrorObject *e = OSERR(self);
    if (e->filename && e->filename2)
        return mpy_str_from_format("[Errno %S] %S: %R -> %R", e->myerrno, e->strerror,
                                   e->filename, e->filename2);
    if (e->filename)
        return mpy_str_from_format("[Errno %S] %S: %R", e->myerrno, e->strerror, e->filename);
    if (e->myerrno && e->strerror)
        return mpy_str_from_format("[Errno %S] %S", e->myerrno, e->strerror);
    return base_str(self);
}

static MpyMemberDef oserror_members[] = {
    {"errno", MPY_T_OBJECT, offsetof(MpyOSErrorObject, myerrno), 0, "POSIX exception code"},
    {"strerror", MPY_T_OBJECT, offsetof(MpyOSErrorObject, strerror), 0, "exception strerror"},
    {"filename", MPY_T_OBJECT, offsetof(MpyOSErrorObject, filename), 0, "exception filename"},
    {"filename2", MPY_T_OBJECT, offsetof(MpyOSErrorObject, filename2), 0,
     "second exception filename"},
    {NULL},
};

/* ==================================================== Unicode errors */

#define UNIERR(op) ((MpyUnicodeErrorObject *)(op))

/* UnicodeDecodeError(encoding, object, start, end, reason) and the encode form. */
static int unicodeerror_init(MpyObject *self, MpyObject *const *args, size_t nargs,
                             MpyObject *kwnames)
{
    MpyUnicodeErrorObject *e = UNIERR(self);
    if (base_init(self, args, nargs, kwnames))
        return -1;
    if (nargs != 5) {
        mpy_err_format(MpyExc_TypeError, "function takes exactly 5 arguments (%zu given)", nargs);
        return -1;
    }
    ssize_t start = mpy_number_as_ssize(args[2], NULL);
    ssize_t end = mpy_number_as_ssize(args[3], NULL);
    if ((start == -1 || end == -1) && mpy_err_occurred())
        return -1;
    MPY_SETREF(e->encoding, MPY_NEWREF(args[0]));
    MPY_SETREF(e->object, MPY_NEWREF(args[1]));
    MPY_SETREF(e->reason, MPY_NEWREF(args[4]));
    e->start = start;
    e->end = end;
    return 0;
}

static int unicodeerror_clear(MpyObject *self)
{
    MPY_CLEAR(UNIERR(self)->encoding);
    MPY_CLEAR(UNIERR(self)->object);
    MPY_CLEAR(UNIERR(self)->reason);
    return base_clear(self);
}

static int unicodeerror_traverse(MpyObject *self, mpy_visitproc visit, void *arg)
{
    MPY_VISIT(UNIERR(self)->encoding);
    MPY_VISIT(UNIERR(self)->object);
    MPY_VISIT(UNIERR(self)->reason);
    return base_traverse(self, visit, arg);
}

/* "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte" */
static MpyObject *unicodedecodeerror_str(MpyObject *self)
{
    MpyUnicodeErrorObject *e = UNIERR(self);
    if (!e->object)
        return mpy_str_from_cstr("");
    if (e->end == e->start + 1 && MPY_BYTES_CHECK(e->object) && e->start >= 0 &&
        e->start < MPY_BYTES_LEN(e->object)) {
        unsigned value = (unsigned char)MPY_BYTES_DATA(e->object)[e->start];
        return mpy_str_from_format("'%U' codec can't decode byte 0x%02x in position %zd: %U",
                                   e->encoding, value, e->start, e->reason);
    }
    return mpy_str_from_format("'%U' codec can't decode bytes in position %zd-%zd: %U",
                               e->encoding, e->start, e->end - 1, e->reason);
}

/* "'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)" */
static MpyObject *unicodeencodeerror_str(MpyObject *self)
{
    MpyUnicodeErrorObject *e = UNIERR(self);
    if (!e->object)
        return mpy_str_from_cstr("");
    if (e->end == e->start + 1 && MPY_STR_CHECK(e->object) && e->start >= 0 &&
        e->start < MPY_STR_LEN(e->object)) {
        uint32_t cp = mpy_str_char_at(e->object, e->start);
        char escaped[16];
        snprintf(escaped, sizeof escaped, cp <= 0xFF ? "\\x%02x" : cp <= 0xFFFF ? "\\u%04x" : "\\U%08x",
                 cp);
        return mpy_str_from_format("'%U' codec can't encode character '%s' in position %zd: %U",
                                   e->encoding, escaped, e->start, e->reason);
    }
    return mpy_str_from_format("'%U' codec can't encode characters in position %zd-%zd: %U",
                               e->encoding, e->start, e->end - 1, e->reason);
}

static MpyMemberDef unicodeerror_members[] = {
    {"encoding", MPY_T_OBJECT, offsetof(MpyUnicodeErrorObject, encoding), 0, "exception encoding"},
    {"object", MPY_T_OBJECT, offsetof(MpyUnicodeErrorObject, object), 0, "exception object"},
    {"start", MPY_T_SSIZE, offsetof(MpyUnicodeErrorObject, start), 0, "exception start"},
    {"end", MPY_T_SSIZE, offsetof(MpyUnicodeErrorObject, end), 0, "exception end"},
    {"reason", MPY_T_OBJECT, offsetof(MpyUnicodeErrorObject, reason), 0, "exception reason"},
    {NULL},
};

/* ========================================================= KeyError */

static MpyObject *keyerror_str(MpyObject *self)
{
    MpyObject *args = BASE(self)->args;
    if (args && MPY_SIZE(args) == 1)
        return mpy_object_repr(MPY_TUPLE_GET(args, 0));
    return base_str(self);
}

/* ==================================================== the hierarchy */

SIMPLE_EXC(Exception, BaseException, "Common base class for all non-exit exceptions.");
SIMPLE_EXC(GeneratorExit, BaseException, "Request that a generator exit.");
SIMPLE_EXC(KeyboardInterrupt, BaseException, "Program interrupted by user.");
COMPLEX_EXC(SystemExit, BaseException, MpySystemExitObject, systemexit, NULL,
            "Request to exit from the interpreter.");
SIMPLE_EXC(ArithmeticError, Exception, "Base class for arithmetic errors.");
SIMPLE_EXC(FloatingPointError, ArithmeticError, "Floating point operation failed.");
SIMPLE_EXC(OverflowError, ArithmeticError, "Result too large to be represented.");
SIMPLE_EXC(ZeroDivisionError, ArithmeticError,
           "Second argument to a division or modulo operation was zero.");
SIMPLE_EXC(AssertionError, Exception, "Assertion failed.");
COMPLEX_EXC(AttributeError, Exception, MpyNameErrorObject, attributeerror, NULL,
            "Attribute not found.");
SIMPLE_EXC(BufferError, Exception, "Buffer error.");
SIMPLE_EXC(EOFError, Exception, "Read beyond end of file.");
COMPLEX_EXC(ImportError, Exception, MpyImportErrorObject, importerror, importerror_str,
            "Import can't find module, or can't find name in module.");
SUBCLASS_EXC(ModuleNotFoundError, ImportError, importerror_init, "Module not found.");
SIMPLE_EXC(LookupError, Exception, "Base class for lookup errors.");
SIMPLE_EXC(IndexError, LookupError, "Sequence index out of range.");
static MpyTypeObject exc_KeyError = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "KeyError",
    .tp_flags = EXC_FLAGS,
    .tp_doc = "Mapping key not found.",
    .tp_base = &exc_LookupError,
    .tp_str = keyerror_str,
    .tp_init = base_init,
};
SIMPLE_EXC(MemoryError, Exception, "Out of memory.");
COMPLEX_EXC(NameError, Exception, MpyNameErrorObject, nameerror, NULL, "Name not found globally.");
SUBCLASS_EXC(UnboundLocalError, NameError, nameerror_init, "Local name referenced but not bound to a value.");
static MpyTypeObject exc_OSError = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "OSError",
    .tp_basicsize = sizeof(MpyOSErrorObject),
    .tp_flags = EXC_FLAGS,
    .tp_doc = "Base class for I/O related errors.",
    .tp_base = &exc_Exception,
    .tp_traverse = oserror_traverse,
    .tp_clear = oserror_clear,
    .tp_members = oserror_members,
    .tp_init = oserror_init,
    .tp_new = oserror_new,
    .tp_str = oserror_str,
};
SUBCLASS_EXC(BlockingIOError, OSError, oserror_init, "I/O operation would block.");
SUBCLASS_EXC(ChildProcessError, OSError, oserror_init, "Child process error.");
SUBCLASS_EXC(ConnectionError, OSError, oserror_init, "Connection error.");
SUBCLASS_EXC(BrokenPipeError, ConnectionError, oserror_init, "Broken pipe.");
SUBCLASS_EXC(ConnectionAbortedError, ConnectionError, oserror_init, "Connection aborted.");
SUBCLASS_EXC(ConnectionRefusedError, ConnectionError, oserror_init, "Connection refused.");
SUBCLASS_EXC(ConnectionResetError, ConnectionError, oserror_init, "Connection reset.");
SUBCLASS_EXC(FileExistsError, OSError, oserror_init, "File already exists.");
SUBCLASS_EXC(FileNotFoundError, OSError, oserror_init, "File not found.");
SUBCLASS_EXC(InterruptedError, OSError, oserror_init, "Interrupted by signal.");
SUBCLASS_EXC(IsADirectoryError, OSError, oserror_init, "Operation doesn't work on directories.");
SUBCLASS_EXC(NotADirectoryError, OSError, oserror_init, "Operation only works on directories.");
SUBCLASS_EXC(PermissionError, OSError, oserror_init, "Not enough permissions.");
SUBCLASS_EXC(ProcessLookupError, OSError, oserror_init, "Process not found.");
SUBCLASS_EXC(TimeoutError, OSError, oserror_init, "Timeout expired.");
SIMPLE_EXC(ReferenceError, Exception, "Weak ref proxy used after referent went away.");
SIMPLE_EXC(RuntimeError, Exception, "Unspecified run-time error.");
SIMPLE_EXC(NotImplementedError, RuntimeError,
           "Method or function hasn't been implemented yet.");
SIMPLE_EXC(RecursionError, RuntimeError, "Recursion limit exceeded.");
SIMPLE_EXC(StopAsyncIteration, Exception, "Signal the end from iterator.__anext__().");
COMPLEX_EXC(StopIteration, Exception, MpyStopIterationObject, stopiteration, NULL,
            "Signal the end from iterator.__next__().");
COMPLEX_EXC(SyntaxError, Exception, MpySyntaxErrorObject, syntaxerror, syntaxerror_str,
            "Invalid syntax.");
SUBCLASS_EXC(IndentationError, SyntaxError, syntaxerror_init, "Improper indentation.");
SUBCLASS_EXC(TabError, IndentationError, syntaxerror_init, "Improper mixture of spaces and tabs.");
SIMPLE_EXC(SystemError, Exception,
           "Internal error in the Python interpreter.\n\n"
           "Please report this to the Python maintainer, along with the traceback,\n"
           "the Python version, and the hardware/OS platform and version.");
SIMPLE_EXC(TypeError, Exception, "Inappropriate argument type.");
SIMPLE_EXC(ValueError, Exception, "Inappropriate argument value (of correct type).");
SIMPLE_EXC(UnicodeError, ValueError, "Unicode related error.");
COMPLEX_EXC(UnicodeDecodeError, UnicodeError, MpyUnicodeErrorObject, unicodeerror,
            unicodedecodeerror_str, "Unicode decoding error.");
COMPLEX_EXC(UnicodeEncodeError, UnicodeError, MpyUnicodeErrorObject, unicodeerror,
            unicodeencodeerror_str, "Unicode encoding error.");
COMPLEX_EXC(UnicodeTranslateError, UnicodeError, MpyUnicodeErrorObject, unicodeerror,
            unicodeencodeerror_str, "Unicode translation error.");
SIMPLE_EXC(Warning, Exception, "Base class for warning categories.");
SIMPLE_EXC(BytesWarning, Warning,
           "Base class for warnings about bytes and buffer related problems, mostly\n"
           "related to conversion from str or comparing to str.");
SIMPLE_EXC(DeprecationWarning, Warning, "Base class for warnings about deprecated features.");
SIMPLE_EXC(EncodingWarning, Warning, "Base class for warnings about encodings.");
SIMPLE_EXC(FutureWarning, Warning,
           "Base class for warnings about constructs that will change semantically\n"
           "in the future.");
SIMPLE_EXC(ImportWarning, Warning,
           "Base class for warnings about probable mistakes in module imports");
SIMPLE_EXC(PendingDeprecationWarning, Warning,
           "Base class for warnings about features which will be deprecated\n"
           "in the future.");
SIMPLE_EXC(ResourceWarning, Warning, "Base class for warnings about resource usage.");
SIMPLE_EXC(RuntimeWarning, Warning, "Base class for warnings about dubious runtime behavior.");
SIMPLE_EXC(SyntaxWarning, Warning, "Base class for warnings about dubious syntax.");
SIMPLE_EXC(UnicodeWarning, Warning,
           "Base class for warnings about Unicode related problems, mostly\n"
           "related to conversion problems.");
SIMPLE_EXC(UserWarning, Warning, "Base class for warnings generated by user code.");

/* Every class, bases before subclasses (the order they are readied in). */
static MpyTypeObject *const all_exceptions[] = {
    &exc_BaseException, &exc_Exception, &exc_GeneratorExit, &exc_KeyboardInterrupt,
    &exc_SystemExit, &exc_ArithmeticError, &exc_FloatingPointError, &exc_OverflowError,
    &exc_ZeroDivisionError, &exc_AssertionError, &exc_AttributeError, &exc_BufferError,
    &exc_EOFError, &exc_ImportError, &exc_ModuleNotFoundError, &exc_LookupError,
    &exc_IndexError, &exc_KeyError, &exc_MemoryError, &exc_NameError,
    &exc_UnboundLocalError, &exc_OSError, &exc_BlockingIOError, &exc_ChildProcessError,
    &exc_ConnectionError, &exc_BrokenPipeError, &exc_ConnectionAbortedError,
    &exc_ConnectionRefusedError, &exc_ConnectionResetError, &exc_FileExistsError,
    &exc_FileNotFoundError, &exc_InterruptedError, &exc_IsADirectoryError,
    &exc_NotADirectoryError, &exc_PermissionError, &exc_ProcessLookupError,
    &exc_TimeoutError, &exc_ReferenceError, &exc_RuntimeError, &exc_NotImplementedError,
    &exc_RecursionError, &exc_StopAsyncIteration, &exc_StopIteration, &exc_SyntaxError,
    &exc_IndentationError, &exc_TabError, &exc_SystemError, &exc_TypeError,
    &exc_ValueError, &exc_UnicodeError, &exc_UnicodeDecodeError, &exc_UnicodeEncodeError,
    &exc_UnicodeTranslateError, &exc_Warning, &exc_BytesWarning, &exc_DeprecationWarning,
    &exc_EncodingWarning, &exc_FutureWarning, &exc_ImportWarning,
    &exc_PendingDeprecationWarning, &exc_ResourceWarning, &exc_RuntimeWarning,
    &exc_SyntaxWarning, &exc_UnicodeWarning, &exc_UserWarning,
};

MpyTypeObject *MpyExc_BaseException = &exc_BaseException, *MpyExc_Exception = &exc_Exception,
              *MpyExc_SystemExit = &exc_SystemExit,
              *MpyExc_KeyboardInterrupt = &exc_KeyboardInterrupt,
              *MpyExc_GeneratorExit = &exc_GeneratorExit,
              *MpyExc_StopIteration = &exc_StopIteration,
              *MpyExc_ArithmeticError = &exc_ArithmeticError,
              *MpyExc_ZeroDivisionError = &exc_ZeroDivisionError,
              *MpyExc_OverflowError = &exc_OverflowError,
              *MpyExc_FloatingPointError = &exc_FloatingPointError,
              *MpyExc_AssertionError = &exc_AssertionError,
              *MpyExc_AttributeError = &exc_AttributeError, *MpyExc_BufferError = &exc_BufferError,
              *MpyExc_EOFError = &exc_EOFError, *MpyExc_ImportError = &exc_ImportError,
              *MpyExc_ModuleNotFoundError = &exc_ModuleNotFoundError,
              *MpyExc_LookupError = &exc_LookupError, *MpyExc_IndexError = &exc_IndexError,
              *MpyExc_KeyError = &exc_KeyError, *MpyExc_MemoryError = &exc_MemoryError,
              *MpyExc_NameError = &exc_NameError,
              *MpyExc_UnboundLocalError = &exc_UnboundLocalError,
              *MpyExc_OSError = &exc_OSError, *MpyExc_FileNotFoundError = &exc_FileNotFoundError,
              *MpyExc_FileExistsError = &exc_FileExistsError,
              *MpyExc_PermissionError = &exc_PermissionError,
              *MpyExc_IsADirectoryError = &exc_IsADirectoryError,
              *MpyExc_NotADirectoryError = &exc_NotADirectoryError,
              *MpyExc_ReferenceError = &exc_ReferenceError,
              *MpyExc_RuntimeError = &exc_RuntimeError,
              *MpyExc_NotImplementedError = &exc_NotImplementedError,
              *MpyExc_RecursionError = &exc_RecursionError,
              *MpyExc_StopAsyncIteration = &exc_StopAsyncIteration,
              *MpyExc_SyntaxError = &exc_SyntaxError,
              *MpyExc_IndentationError = &exc_IndentationError, *MpyExc_TabError = &exc_TabError,
              *MpyExc_SystemError = &exc_SystemError, *MpyExc_TypeError = &exc_TypeError,
              *MpyExc_ValueError = &exc_ValueError, *MpyExc_UnicodeError = &exc_UnicodeError,
              *MpyExc_UnicodeDecodeError = &exc_UnicodeDecodeError,
              *MpyExc_UnicodeEncodeError = &exc_UnicodeEncodeError,
              *MpyExc_UnicodeTranslateError = &exc_UnicodeTranslateError,
              *MpyExc_Warning = &exc_Warning, *MpyExc_UserWarning = &exc_UserWarning,
              *MpyExc_DeprecationWarning = &exc_DeprecationWarning,
              *MpyExc_SyntaxWarning = &exc_SyntaxWarning,
              *MpyExc_RuntimeWarning = &exc_RuntimeWarning,
              *MpyExc_ResourceWarning = &exc_ResourceWarning;

static MpyTypeObject *oserror_subclass_for_errno(int code)
{
    switch (code) {
    case EAGAIN: case EALREADY: case EINPROGRESS: return &exc_BlockingIOError;
    case ECHILD: return &exc_ChildProcessError;
    case EPIPE: case ESHUTDOWN: return &exc_BrokenPipeError;
    case ECONNABORTED: return &exc_ConnectionAbortedError;
    case ECONNREFUSED: return &exc_ConnectionRefusedError;
    case ECONNRESET: return &exc_ConnectionResetError;
    case EEXIST: return &exc_FileExistsError;
    case ENOENT: return &exc_FileNotFoundError;
    case EINTR: return &exc_InterruptedError;
    case EISDIR: return &exc_IsADirectoryError;
    case ENOTDIR: return &exc_NotADirectoryError;
    case EACCES: case EPERM: return &exc_PermissionError;
    case ESRCH: return &exc_ProcessLookupError;
    case ETIMEDOUT: return &exc_TimeoutError;
    default: return NULL;
    }
}

/* ===================================================== the helpers */

MpyObject *mpy_exc_new(MpyTypeObject *type, MpyObject *const *args, size_t nargs)
{
    return mpy_call(MPY_CAST(type), args, nargs, NULL);
}

void mpy_exc_set_traceback(MpyObject *e, MpyObject *tb) { MPY_SETREF(BASE(e)->traceback, tb); }
void mpy_exc_set_context(MpyObject *e, MpyObject *context) { MPY_SETREF(BASE(e)->context, context); }

void mpy_exc_set_cause(MpyObject *e, MpyObject *cause)
{
    BASE(e)->suppress_context = 1;
    MPY_SETREF(BASE(e)->cause, cause);
}

MpyObject *mpy_exc_stopiteration_value(MpyObject *e)
{
    if (MPY_OBJECT_TYPECHECK(e, &exc_StopIteration) && STOPITER(e)->value)
        return MPY_NEWREF(STOPITER(e)->value);
    MPY_RETURN_NONE;
}

static MpyObject *memory_error_instance;

MpyObject *mpy_exc_memory_error_instance(void) { return memory_error_instance; }

void mpy_exceptions_init(void)
{
    /* CPython's Unicode*Error name BaseException's __new__ themselves (it
     * shows in their __dict__); COMPLEX_EXC leaves tp_new to inheritance. */
    exc_UnicodeDecodeError.tp_new = exc_UnicodeEncodeError.tp_new =
        exc_UnicodeTranslateError.tp_new = base_new;
    size_t n = sizeof all_exceptions / sizeof all_exceptions[0];
    for (size_t i = 0; i < n; i++) {
        MpyTypeObject *t = all_exceptions[i];
        if (!t->tp_basicsize)
            t->tp_basicsize = t->tp_base->tp_basicsize;
        if (mpy_type_ready(t) < 0)
            return;
    }
    if (mpy_exc_group_init() < 0)
        return;
    memory_error_instance = base_new(&exc_MemoryError, NULL, 0, NULL);
}

void mpy_exceptions_fini(void)
{
    MPY_CLEAR(memory_error_instance);
}

int mpy_exceptions_add_builtins(MpyObject *builtins)
{
    size_t n = sizeof all_exceptions / sizeof all_exceptions[0];
    for (size_t i = 0; i < n; i++) {
        if (mpy_dict_set_item_str(builtins, all_exceptions[i]->tp_name,
                                  MPY_CAST(all_exceptions[i])) < 0)
            return -1;
    }
    if (mpy_dict_set_item_str(builtins, "EnvironmentError", MPY_CAST(&exc_OSError)) < 0 ||
        mpy_dict_set_item_str(builtins, "IOError", MPY_CAST(&exc_OSError)) < 0)
        return -1;
    return mpy_exc_group_add_builtins(builtins);
}
