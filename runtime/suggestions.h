/* "Did you mean: 'append'?" — CPython 3.11's suggestions for AttributeError
 * and NameError, printed after the exception line of a traceback. */
#ifndef MPY_SUGGESTIONS_H
#define MPY_SUGGESTIONS_H
#include "object.h"

/* The closest name to the one the exception is about (borrowed from a new
 * reference the caller releases), or NULL when nothing is close enough.
 * Never raises. */
MpyObject *mpy_suggestions_for(MpyObject *exc);

#endif
