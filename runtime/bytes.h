/* bytes: an immutable byte string (33 + len bytes, as CPython). */
#ifndef MPY_BYTES_H
#define MPY_BYTES_H
#include "object.h"

typedef struct {
    MPY_OBJECT_VAR_HEAD;
    mpy_hash_t ob_shash;
    char ob_sval[]; /* ob_size bytes and a NUL */
} MpyBytesObject;

extern MpyTypeObject MpyBytes_Type;
#define MPY_BYTES_CHECK(op) MPY_TYPE_HAS_FEATURE(MPY_TYPE(op), MPY_TPFLAGS_BYTES_SUBCLASS)
#define MPY_BYTES_DATA(op) (((MpyBytesObject *)(op))->ob_sval)
#define MPY_BYTES_LEN(op) MPY_SIZE(op)

MpyObject *mpy_bytes_from_data(const char *data, size_t len);
MpyObject *mpy_bytes_repr(MpyObject *op);
void mpy_bytes_init(void);
void mpy_bytes_fini(void);

#endif
