/* Exception objects: BaseException and CPython 3.11's built-in hierarchy,
 * with the extra attributes of SyntaxError, ImportError, OSError,
 * StopIteration, SystemExit, NameError, AttributeError and the Unicode errors. */
#ifndef MPY_EXCEPTIONS_H
#define MPY_EXCEPTIONS_H
#include "object.h"

typedef struct {
    MPY_OBJECT_HEAD;
    MpyObject *dict;
    MpyObject *args;      /* tuple */
    MpyObject *notes;     /* unused: __notes__ lives in the dict as in CPython */
    MpyObject *traceback; /* a traceback object or NULL */
    MpyObject *context;
    MpyObject *cause;
    char suppress_context;
} MpyBaseExceptionObject;

/* SyntaxError and its subclasses. */
typedef struct {
    MpyBaseExceptionObject base;
    MpyObject *msg, *filename, *lineno, *offset, *text, *end_lineno, *end_offset,
        *print_file_and_line;
} MpySyntaxErrorObject;

typedef struct {
    MpyBaseExceptionObject base;
    MpyObject *msg, *name, *path;
} MpyImportErrorObject;

typedef struct {
    MpyBaseExceptionObject base;
    MpyObject *value;
} MpyStopIterationObject;

typedef struct {
    MpyBaseExceptionObject base;
    MpyObject *code;
} MpySystemExitObject;

typedef struct {
    MpyBaseExceptionObject base;
    MpyObject *name; /* NameError.name / AttributeError.name */
    MpyObject *obj;  /* AttributeError.obj */
} MpyNameErrorObject;

typedef struct {
    MpyBaseExceptionObject base;
    MpyObject *myerrno, *strerror, *filename, *filename2;
} MpyOSErrorObject;

typedef struct {
    MpyBaseExceptionObject base;
    MpyObject *encoding, *object, *reason;
    ssize_t start, end;
} MpyUnicodeErrorObject;

#define MPY_EXCEPTION_CHECK(op) \
    MPY_TYPE_HAS_FEATURE(MPY_TYPE(op), MPY_TPFLAGS_BASE_EXC_SUBCLASS)
#define MPY_EXCEPTION_CLASS_CHECK(op)                                    \
    (MPY_TYPE_HAS_FEATURE(MPY_TYPE(op), MPY_TPFLAGS_TYPE_SUBCLASS) &&    \
     MPY_TYPE_HAS_FEATURE((MpyTypeObject *)(op), MPY_TPFLAGS_BASE_EXC_SUBCLASS))

/* An instance of exception type `type` made from arguments, as calling the
 * class does; NULL with an error set. */
MpyObject *mpy_exc_new(MpyTypeObject *type, MpyObject *const *args, size_t nargs);
/* Accessors (borrowed results; setters steal their argument, NULL clears). */
static inline MpyObject *mpy_exc_traceback(MpyObject *e) { return ((MpyBaseExceptionObject *)e)->traceback; }
static inline MpyObject *mpy_exc_context(MpyObject *e) { return ((MpyBaseExceptionObject *)e)->context; }
static inline MpyObject *mpy_exc_cause(MpyObject *e) { return ((MpyBaseExceptionObject *)e)->cause; }
static inline MpyObject *mpy_exc_args(MpyObject *e) { return ((MpyBaseExceptionObject *)e)->args; }
void mpy_exc_set_traceback(MpyObject *e, MpyObject *tb);
void mpy_exc_set_context(MpyObject *e, MpyObject *context);
void mpy_exc_set_cause(MpyObject *e, MpyObject *cause); /* also sets __suppress_context__ */
/* StopIteration(value).value, or None: a new reference. */
MpyObject *mpy_exc_stopiteration_value(MpyObject *e);
/* The preallocated MemoryError instance (borrowed). */
MpyObject *mpy_exc_memory_error_instance(void);

void mpy_exceptions_init(void);
void mpy_exceptions_fini(void);
/* Adds every exception class (and the aliases EnvironmentError, IOError) to
 * the builtins dict. */
int mpy_exceptions_add_builtins(MpyObject *builtins);

#endif
