/* The pending exception and the functions that raise. Errors travel by
 * return value (NULL or -1) with the exception object kept in the interpreter
 * state; there is no longjmp. CPython's PyErr_* API, 3.12-style: one
 * exception object, not a (type, value, traceback) triple. */
#ifndef MPY_ERRORS_H
#define MPY_ERRORS_H
#include <stdarg.h>

#include "object.h"

/* The built-in exception types (exceptions.c), CPython's hierarchy. */
extern MpyTypeObject *MpyExc_BaseException, *MpyExc_Exception, *MpyExc_SystemExit,
    *MpyExc_KeyboardInterrupt, *MpyExc_GeneratorExit, *MpyExc_StopIteration,
    *MpyExc_ArithmeticError, *MpyExc_ZeroDivisionError, *MpyExc_OverflowError,
    *MpyExc_FloatingPointError, *MpyExc_AssertionError, *MpyExc_AttributeError,
    *MpyExc_BufferError, *MpyExc_EOFError, *MpyExc_ImportError,
    *MpyExc_ModuleNotFoundError, *MpyExc_LookupError, *MpyExc_IndexError,
    *MpyExc_KeyError, *MpyExc_MemoryError, *MpyExc_NameError,
    *MpyExc_UnboundLocalError, *MpyExc_OSError, *MpyExc_FileNotFoundError,
    *MpyExc_FileExistsError, *MpyExc_PermissionError, *MpyExc_IsADirectoryError,
    *MpyExc_NotADirectoryError, *MpyExc_ReferenceError, *MpyExc_RuntimeError,
    *MpyExc_NotImplementedError, *MpyExc_RecursionError, *MpyExc_StopAsyncIteration,
    *MpyExc_SyntaxError, *MpyExc_IndentationError, *MpyExc_TabError,
    *MpyExc_SystemError, *MpyExc_TypeError, *MpyExc_ValueError,
    *MpyExc_UnicodeError, *MpyExc_UnicodeDecodeError, *MpyExc_UnicodeEncodeError,
    *MpyExc_UnicodeTranslateError, *MpyExc_Warning, *MpyExc_UserWarning,
    *MpyExc_DeprecationWarning, *MpyExc_SyntaxWarning, *MpyExc_RuntimeWarning,
    *MpyExc_ResourceWarning;

/* Raising. mpy_err_format understands printf's %s %d %i %u %ld %zd %zu %c %x
 * %p %% and %.Ns, plus %U (a str object), %S (str(obj)), %R (repr(obj)),
 * %T (the name of obj's type), %V (a str object or, if NULL, a char *). All
 * return NULL so that `return mpy_err_format(...)` reads naturally. */
MpyObject *mpy_err_set_none(MpyTypeObject *type);
MpyObject *mpy_err_set_object(MpyTypeObject *type, MpyObject *value); /* value: the arg */
MpyObject *mpy_err_set_string(MpyTypeObject *type, const char *msg);
MpyObject *mpy_err_format(MpyTypeObject *type, const char *fmt, ...);
MpyObject *mpy_err_vformat(MpyTypeObject *type, const char *fmt, va_list ap);
MpyObject *mpy_err_no_memory(void); /* raises the preallocated MemoryError */
MpyObject *mpy_err_bad_internal_call(void);
/* Raises an exception instance (steals the reference); sets its __context__
 * from the exception being handled, as `raise` does. */
void mpy_err_set_raised(MpyObject *exc);

/* Inspecting and clearing. */
MpyObject *mpy_err_occurred(void); /* borrowed; NULL when none is pending */
int mpy_err_exception_matches(MpyTypeObject *type); /* the pending one is a `type` */
int mpy_err_given_matches(MpyObject *exc_or_type, MpyObject *match); /* match: type or tuple */
void mpy_err_clear(void);
MpyObject *mpy_err_fetch(void);       /* takes the pending exception (new ref) or NULL */
void mpy_err_restore(MpyObject *exc); /* sets it back (steals; NULL clears) */

/* Prints "Exception ignored in: <repr of obj>" and the pending exception's
 * traceback on stderr, then clears it (used by __del__, weakref callbacks,
 * the collector). */
void mpy_err_write_unraisable(MpyObject *obj);

/* Prints the pending exception as an uncaught one (traceback to stderr) and
 * clears it. */
void mpy_err_print(void);

#endif
