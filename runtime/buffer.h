/* The buffer protocol: how an object lends the memory behind it (bytes,
 * bytearray, memoryview) to another without a copy, as CPython's Py_buffer.
 *
 * A consumer asks the exporter for an MpyBuffer with mpy_object_get_buffer,
 * saying with flags how much structure it can handle (MPY_BUF_SIMPLE: plain
 * contiguous bytes; MPY_BUF_FULL_RO: any shape, strides and format). The
 * buffer holds a reference to the exporter in `obj`, and the exporter may
 * count it (a bytearray refuses to resize while any buffer of it is out);
 * mpy_buffer_release gives both back. The memory stays valid and in place
 * until then. Field names and flag values are CPython's. */
#ifndef MPY_BUFFER_H
#define MPY_BUFFER_H
#include "object.h"

/* The most dimensions a buffer may have (CPython's PyBUF_MAX_NDIM). */
#define MPY_BUF_MAX_NDIM 64

typedef struct {
    void *buf;            /* the first item (not necessarily the lowest address) */
    MpyObject *obj;       /* owned reference to the exporter; NULL once released */
    ssize_t len;          /* product(shape) * itemsize bytes */
    ssize_t itemsize;     /* bytes per item */
    int readonly;
    int ndim;             /* 0 (a scalar) .. MPY_BUF_MAX_NDIM */
    const char *format;   /* struct-module syntax; NULL means "B" (unsigned bytes) */
    ssize_t *shape;       /* ndim items; NULL: one dimension of len / itemsize */
    ssize_t *strides;     /* ndim items, in bytes; NULL: C-contiguous */
    ssize_t *suboffsets;  /* always NULL in minipy (no indirect buffers) */
    void *internal;       /* for the exporter */
} MpyBuffer;

/* Requests (CPython's PyBUF_* values). */
enum {
    MPY_BUF_SIMPLE = 0,
    MPY_BUF_WRITABLE = 0x0001,
    MPY_BUF_FORMAT = 0x0004,
    MPY_BUF_ND = 0x0008,
    MPY_BUF_STRIDES = 0x0010 | MPY_BUF_ND,
    MPY_BUF_C_CONTIGUOUS = 0x0020 | MPY_BUF_STRIDES,
    MPY_BUF_F_CONTIGUOUS = 0x0040 | MPY_BUF_STRIDES,
    MPY_BUF_ANY_CONTIGUOUS = 0x0080 | MPY_BUF_STRIDES,
    MPY_BUF_INDIRECT = 0x0100 | MPY_BUF_STRIDES,
    MPY_BUF_CONTIG_RO = MPY_BUF_ND,
    MPY_BUF_STRIDED_RO = MPY_BUF_STRIDES,
    MPY_BUF_RECORDS_RO = MPY_BUF_STRIDES | MPY_BUF_FORMAT,
    MPY_BUF_FULL = MPY_BUF_INDIRECT | MPY_BUF_WRITABLE | MPY_BUF_FORMAT,
    MPY_BUF_FULL_RO = MPY_BUF_INDIRECT | MPY_BUF_FORMAT,
};

/* An exporter's slots (a type's tp_as_buffer). bf_getbuffer fills the view
 * (obj included, as a new reference) or raises; bf_releasebuffer, if any,
 * is called by mpy_buffer_release before obj is dropped. */
typedef int (*mpy_getbufferproc)(MpyObject *exporter, MpyBuffer *view, int flags);
typedef void (*mpy_releasebufferproc)(MpyObject *exporter, MpyBuffer *view);
struct MpyBufferProcs {
    mpy_getbufferproc bf_getbuffer;
    mpy_releasebufferproc bf_releasebuffer;
};

/* Whether o exports buffers (CPython's PyObject_CheckBuffer). */
static inline bool mpy_object_check_buffer(MpyObject *o)
{
    const MpyBufferProcs *pb = MPY_TYPE(o)->tp_as_buffer;
    return pb && pb->bf_getbuffer;
}

/* Fills *view when o lends its memory as plain contiguous bytes (what int()
 * and float() parse; release it after); false, without an error, for a
 * non-exporter or a non-contiguous view. */
bool mpy_buffer_get_simple(MpyObject *o, MpyBuffer *view);

/* Fills *view from o: 0, or -1 with TypeError "a bytes-like object is
 * required, not 'str'" for a non-exporter, or the exporter's error. */
int mpy_object_get_buffer(MpyObject *o, MpyBuffer *view, int flags);
/* Gives a buffer back to its exporter and drops view->obj (idempotent). */
void mpy_buffer_release(MpyBuffer *view);

/* For exporters of plain bytes (CPython's PyBuffer_FillInfo): a
 * one-dimensional view of len unsigned bytes at buf; BufferError "Object is
 * not writable." when a writable buffer is asked of read-only memory.
 * Takes a new reference to obj. 0 or -1. */
int mpy_buffer_fill_info(MpyBuffer *view, MpyObject *obj, void *buf, ssize_t len, int readonly,
                         int flags);

/* Whether the view's items lie one after another in 'C' (last index
 * fastest), 'F' (first index fastest) or 'A' (either) order. */
bool mpy_buffer_is_contiguous(const MpyBuffer *view, char order);
/* Copies the view's items, in `order` ('C', 'F'; 'A' as 'C' unless the
 * memory is already contiguous), to dst, which has room for view->len
 * bytes. Never fails. */
void mpy_buffer_to_contiguous(char *dst, const MpyBuffer *view, char order);
/* Fills strides for a C-contiguous layout of view's shape and itemsize. */
void mpy_buffer_init_c_strides(MpyBuffer *view);

/* The format without a leading '@' if it is one native struct character
 * (c b B ? h H i I l L q Q n N f d P), else NULL; *itemsize (if not NULL)
 * gets that character's size. CPython 3.11's get_native_fmtchar. */
const char *mpy_buffer_native_format(const char *format, ssize_t *itemsize);

/* A new bytes object holding the items of any exporter in C order (what
 * bytes(x) makes of a buffer): NULL with the exporter's error. */
MpyObject *mpy_buffer_to_bytes(MpyObject *o);
/* The same for a view already held, in `order` as mpy_buffer_to_contiguous. */
MpyObject *mpy_buffer_view_to_bytes(const MpyBuffer *view, char order);

#endif
