/* Struct sequences: tuples whose items also have names, like
 * sys.version_info and time.struct_time (CPython's PyStructSequence). */
#ifndef MPY_STRUCTSEQ_H
#define MPY_STRUCTSEQ_H
#include "object.h"

typedef struct {
    const char *name;
    const char *doc;
} MpyStructSeqField;

typedef struct {
    const char *name;            /* "sys.version_info" */
    const char *doc;
    const MpyStructSeqField *fields; /* NULL-terminated */
} MpyStructSeqDesc;

/* Fills in and readies a static type object (zero-initialised) for desc. */
int mpy_structseq_init_type(MpyTypeObject *type, const MpyStructSeqDesc *desc);
void mpy_structseq_fini_type(MpyTypeObject *type);
/* A new instance with every field NULL: fill with MPY_TUPLE_SET. */
MpyObject *mpy_structseq_new(MpyTypeObject *type);
/* A new instance from C values: a format of one letter per field, 'i'
 * (int64_t), 'd' (double), 's' (const char *), 'b' (int, as bool), 'O'
 * (a borrowed object). */
MpyObject *mpy_structseq_build(MpyTypeObject *type, const char *format, ...);

#endif
