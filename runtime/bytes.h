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

#define MPY_BYTES_CHECK_EXACT(op) (MPY_TYPE(op) == &MpyBytes_Type)

/* A bytes object holding a copy of data[0..len); b'' and single bytes are
 * the shared immortal objects, as in CPython 3.11. */
MpyObject *mpy_bytes_from_data(const char *data, size_t len);
/* An uninitialised bytes object of len bytes to fill (then never resized);
 * len 0 gives b''. */
MpyObject *mpy_bytes_new_raw(size_t len);
mpy_hash_t mpy_bytes_hash(MpyObject *op); /* SipHash-1-3, cached, as CPython */
/* hex([sep[, bytes_per_sep]]) of data[0..n) with CPython's rules and
 * messages (bytes.hex, bytearray.hex and memoryview.hex): a separator
 * every |bytes_per_sep| bytes, counted from the right when positive. */
MpyObject *mpy_bytes_hex(const char *data, size_t n, MpyObject *const *args, size_t nargs,
                         MpyObject *kwnames);
/* repr() is the type's tp_repr (the text comes from unicode_repr.h's
 * mpy_bytes_repr). */
void mpy_bytes_init(void);
void mpy_bytes_fini(void);

#endif
