/* Python-written modules embedded into the binary at build time (the .py files of lib/). */
#ifndef MPY_FROZEN_H
#define MPY_FROZEN_H
#include <stddef.h>

typedef struct {
    const char *name;    /* module name: the file name without .py */
    const char *source;  /* UTF-8 source, NUL-terminated */
    size_t length;
} MpyFrozenModule;

/* Ends with an entry whose name is NULL. */
extern const MpyFrozenModule mpy_frozen_modules[];

#endif
