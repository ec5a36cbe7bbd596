/* bytearray: a mutable byte string, laid out as CPython 3.11's
 * PyByteArrayObject (56 bytes plus the buffer, which grows as CPython's
 * PyByteArray_Resize so that sys.getsizeof agrees). */
#ifndef MPY_BYTEARRAY_H
#define MPY_BYTEARRAY_H
#include "object.h"

typedef struct {
    MPY_OBJECT_VAR_HEAD;  /* ob_size: bytes in use */
    ssize_t ob_alloc;     /* bytes allocated (with room for a NUL), 0 when none */
    char *ob_bytes;       /* the buffer, or NULL */
    char *ob_start;       /* the first byte in use (always ob_bytes here) */
    ssize_t ob_exports;   /* buffer exports (none yet) */
} MpyByteArrayObject;

extern MpyTypeObject MpyByteArray_Type;
#define MPY_BYTEARRAY_CHECK(op) MPY_OBJECT_TYPECHECK(op, &MpyByteArray_Type)
#define MPY_BYTEARRAY_DATA(op) (((MpyByteArrayObject *)(op))->ob_start)
#define MPY_BYTEARRAY_LEN(op) MPY_SIZE(op)

MpyObject *mpy_bytearray_from_data(const char *data, size_t len);
/* Sets the length to n (contents kept up to n), growing or shrinking the
 * buffer as CPython does. 0 / -1 with MemoryError. */
int mpy_bytearray_resize(MpyObject *ba, size_t n);

/* A bytes-like argument: bytes or bytearray; sets *data and *len. */
bool mpy_bytes_like(MpyObject *o, const char **data, size_t *len);

int mpy_bytearray_ready_type(void); /* called from mpy_bytes_init */

#endif
