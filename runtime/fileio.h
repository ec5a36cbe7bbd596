/* Text files: the objects behind sys.stdin/stdout/stderr and open() for
 * reading and writing text (UTF-8), CPython's io.TextIOWrapper as far as
 * scripts use it (read, readline, readlines, write, writelines, iteration,
 * with, close, flush, seek/tell on regular files). */
#ifndef MPY_FILEIO_H
#define MPY_FILEIO_H
#include <stdio.h>

#include "object.h"

extern MpyTypeObject MpyTextIO_Type;

/* A text file over fp; `name` is shown by repr ("<stdout>"); owns_fp says
 * whether close() closes fp. */
MpyObject *mpy_textio_new(FILE *fp, const char *name, const char *mode, bool owns_fp);
/* The error handler its text is encoded and decoded with ("strict"...). */
void mpy_textio_set_errors(MpyObject *file, const char *errors);
/* file.write(s) for any file-like object, with a fast path for ours. */
int mpy_file_write_obj(MpyObject *file, MpyObject *s);
/* Writes `s` if it is a str, else the C string `dflt` (print's sep/end). */
int mpy_file_write_cstr_or_obj(MpyObject *file, MpyObject *s, const char *dflt);
int mpy_file_flush(MpyObject *file);
/* Adds open() to the builtins dict. */
int mpy_fileio_add_builtins(MpyObject *builtins);
void mpy_fileio_fini(void);

#endif
