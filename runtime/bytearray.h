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
    ssize_t ob_exports;   /* buffers lent out (buffer.h): no resizing while > 0 */
} MpyByteArrayObject;

extern MpyTypeObject MpyByteArray_Type;
#define MPY_BYTEARRAY_CHECK(op) MPY_OBJECT_TYPECHECK(op, &MpyByteArray_Type)
#define MPY_BYTEARRAY_DATA(op) (((MpyByteArrayObject *)(op))->ob_start)
#define MPY_BYTEARRAY_LEN(op) MPY_SIZE(op)

MpyObject *mpy_bytearray_from_data(const char *data, size_t len);
/* Sets the length to n (contents kept up to n), growing or shrinking the
 * buffer as CPython does. 0 / -1 with MemoryError. */
int mpy_bytearray_resize(MpyObject *ba, size_t n);

/* A bytes-like argument: any object exporting a C-contiguous buffer
 * (buffer.h) — bytes, bytearray, a memoryview of them. Sets *data and *len
 * and returns 1; 0 when o exports no buffer (no exception set); -1 with
 * CPython's error when it does but cannot lend it as plain bytes (a
 * released memoryview: ValueError; a non-contiguous one: BufferError).
 *
 * The buffer is given back at once: *data stays valid only while o is
 * alive and nothing runs Python code that could resize or free the memory.
 * That holds for the callers, which use it straight away: a bytes never
 * changes, and a bytearray behind a memoryview cannot resize while the
 * view lives. Hold a buffer (mpy_object_get_buffer) to keep it longer. */
int mpy_bytes_like_get(MpyObject *o, const char **data, size_t *len);
/* The same as a yes/no: false (no exception set) for anything that does not
 * lend its bytes simply, for callers that raise their own TypeError. */
bool mpy_bytes_like(MpyObject *o, const char **data, size_t *len);
/* The same for an argument that must be bytes-like: 0, or -1 with the
 * error (TypeError "a bytes-like object is required, not 'str'"). */
int mpy_bytes_like_arg(MpyObject *o, const char **data, size_t *len);

int mpy_bytearray_ready_type(void); /* called from mpy_bytes_init */

#endif
