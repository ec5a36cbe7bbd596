/* memoryview: a view of another object's memory through the buffer
 * protocol (buffer.h), laid out as CPython 3.11's so that sys.getsizeof
 * agrees (144 bytes + 24 per dimension + the gc header).
 *
 * As in CPython, the exporter's buffer is taken once into a managed buffer
 * (type "managedbuffer"), and every view made from it — slices, casts,
 * memoryview(view), toreadonly() — registers there. The exporter's buffer
 * is given back when the last registered view is released or freed: a
 * bytearray stays unresizable while any of them lives. Each view owns a
 * reference to the managed buffer, which owns one to the exporter. */
#ifndef MPY_MEMORYVIEW_H
#define MPY_MEMORYVIEW_H
#include "buffer.h"
#include "object.h"

/* The exporter's buffer, shared by the views of it (CPython's
 * _PyManagedBufferObject). */
typedef struct {
    MPY_OBJECT_HEAD;
    int flags;           /* MPY_MANAGED_BUFFER_RELEASED */
    ssize_t exports;     /* views registered and not yet released */
    MpyBuffer master;    /* as the exporter filled it (MPY_BUF_FULL_RO) */
} MpyManagedBufferObject;

enum { MPY_MANAGED_BUFFER_RELEASED = 0x1 };

typedef struct {
    MPY_OBJECT_VAR_HEAD;          /* ob_size: 3 * the dimensions allocated */
    MpyManagedBufferObject *mbuf; /* owned */
    mpy_hash_t hash;              /* -1 until computed */
    int flags;                    /* MPY_MEMORYVIEW_* */
    ssize_t exports;              /* buffers lent out by this view */
    MpyBuffer view;               /* obj is borrowed from mbuf->master */
    MpyObject *weakreflist;
    ssize_t ob_array[];           /* shape, strides, suboffsets */
} MpyMemoryViewObject;

enum {
    MPY_MEMORYVIEW_RELEASED = 0x001,
    MPY_MEMORYVIEW_C = 0x002,       /* C-contiguous */
    MPY_MEMORYVIEW_FORTRAN = 0x004, /* Fortran-contiguous */
    MPY_MEMORYVIEW_SCALAR = 0x008,  /* ndim == 0 */
};

extern MpyTypeObject MpyMemoryView_Type, MpyManagedBuffer_Type;
#define MPY_MEMORYVIEW_CHECK(op) (MPY_TYPE(op) == &MpyMemoryView_Type)

/* memoryview(o): a new view of any exporter or memoryview; TypeError
 * "memoryview: a bytes-like object is required, not 'int'" otherwise. */
MpyObject *mpy_memoryview_from_object(MpyObject *o);
/* memoryview.release(): 0, or -1 with BufferError while it lends buffers. */
int mpy_memoryview_release(MpyObject *mv);

void mpy_memoryview_init(void);
void mpy_memoryview_fini(void);

#endif
