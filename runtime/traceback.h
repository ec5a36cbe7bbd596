/* Tracebacks: the chain of (frame, instruction) entries an exception
 * collects on its way out of frames, and printing an exception the way
 * CPython 3.11 does (with its causes and contexts, source lines and carets). */
#ifndef MPY_TRACEBACK_H
#define MPY_TRACEBACK_H
#include <stdio.h>

#include "frame.h"
#include "object.h"

typedef struct {
    MPY_OBJECT_HEAD;
    MpyObject *tb_next;
    MpyObject *tb_frame; /* a frame object */
    int tb_lasti;        /* code-unit offset of the failing instruction */
    int tb_lineno;
} MpyTracebackObject;

extern MpyTypeObject MpyTraceback_Type;

/* Adds an entry for frame f (at its current instruction) in front of the
 * pending exception's traceback. 0, or -1 on failure. */
int mpy_traceback_here(MpyFrame *f);
/* Prints exc (and what it chains to) as an uncaught exception. */
void mpy_traceback_print_exception(MpyObject *exc, FILE *out);
/* The source line `lineno` of file `filename`, without its newline, or NULL;
 * the text is cached and owned by the cache. */
const char *mpy_traceback_source_line(const char *filename, int lineno);
void mpy_traceback_fini(void);

#endif
