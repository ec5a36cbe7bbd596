/* Warnings, as far as minipy has them: CPython's default filters (show each
 * distinct warning once per location; DeprecationWarning only when it is
 * triggered by code in __main__) and its stderr format
 * "file.py:3: SyntaxWarning: message". */
#ifndef MPY_WARNINGS_H
#define MPY_WARNINGS_H
#include "object.h"

/* Issues a warning of `category` for a source location. 0, or -1 with an
 * exception set when the warning is turned into an error. */
int mpy_warn_explicit(MpyTypeObject *category, const char *message, const char *filename,
                      int lineno);
/* A warning about the code running now (its frame gives file and line). */
int mpy_warn(MpyTypeObject *category, const char *message, int stacklevel);

void mpy_warnings_fini(void);

#endif
