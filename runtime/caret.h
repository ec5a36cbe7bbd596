/* The caret line CPython 3.11 prints under a traceback's source line:
 * ^^^^ under the failing expression, or ~~^~~ marking the operator of a
 * binary operation and ~^^^ the brackets of a subscript. */
#ifndef MPY_CARET_H
#define MPY_CARET_H
#include <stdio.h>

#include "code.h"

/* `line` is the whole source line (UTF-8, no newline), `indent` the bytes
 * of leading whitespace the traceback stripped; `pos` the failing
 * instruction's span; `lineno` the line shown. Prints nothing when the span
 * is unknown or covers the whole line without an operator to point at. */
void mpy_caret_print(FILE *out, const char *line, int indent, const MpyPosition *pos, int lineno);

#endif
