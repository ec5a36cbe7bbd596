/* The disassembler: `minipy --dis FILE` prints every code object of a file
 * (nested ones after their parent) in the layout of CPython 3.11's dis
 * module, with the exception table. */
#ifndef MPY_DIS_H
#define MPY_DIS_H
#include <stdio.h>

#include "object.h"

/* Prints the disassembly of a code object and of the code objects in its
 * constants. 0, or -1 with an exception set. */
int mpy_dis_code(MpyObject *code, FILE *out);
/* Compiles the file and prints its disassembly on stdout; the exit status
 * (a syntax error is reported as an uncaught exception, status 1). */
int mpy_dis_file(const char *path);

#endif
