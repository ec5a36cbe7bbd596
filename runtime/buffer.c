/* The buffer protocol's shared half: getting and releasing a buffer, the
 * plain-bytes filler exporters use, contiguity tests and the copy to a
 * contiguous block (CPython's PyObject_GetBuffer, PyBuffer_FillInfo,
 * PyBuffer_IsContiguous, PyBuffer_ToContiguous). The exporters live with
 * their types (bytes.c, bytearray.c, memoryview.c). */
#include "buffer.h"

#include <string.h>

#include "bytes.h"
#include "errors.h"

int mpy_object_get_buffer(MpyObject *o, MpyBuffer *view, int flags)
{
    if (!mpy_object_check_buffer(o)) {
        mpy_err_format(MpyExc_TypeError, "a bytes-like object is required, not '%s'",
                       MPY_TYPE(o)->tp_name);
        return -1;
    }
    return MPY_TYPE(o)->tp_as_buffer->bf_getbuffer(o, view, flags);
}

bool mpy_buffer_get_simple(MpyObject *o, MpyBuffer *view)
{
    if (!mpy_object_check_buffer(o))
        return false;
    if (mpy_object_get_buffer(o, view, MPY_BUF_SIMPLE) < 0) {
        mpy_err_clear();
        return false;
    }
    return true;
}

void mpy_buffer_release(MpyBuffer *view)
{
    MpyObject *obj = view->obj;
    if (!obj)
        return;
    const MpyBufferProcs *pb = MPY_TYPE(obj)->tp_as_buffer;
    if (pb && pb->bf_releasebuffer)
        pb->bf_releasebuffer(obj, view);
    view->obj = NULL;
    MPY_DECREF(obj);
}

int mpy_buffer_fill_info(MpyBuffer *view, MpyObject *obj, void *buf, ssize_t len, int readonly,
                         int flags)
{
    if ((flags & MPY_BUF_WRITABLE) && readonly) {
        mpy_err_set_string(MpyExc_BufferError, "Object is not writable.");
        return -1;
    }
    view->obj = MPY_XNEWREF(obj);
    view->buf = buf;
    view->len = len;
    view->readonly = readonly;
    view->itemsize = 1;
    view->format = (flags & MPY_BUF_FORMAT) ? "B" : NULL;
    view->ndim = 1;
    view->shape = (flags & MPY_BUF_ND) == MPY_BUF_ND ? &view->len : NULL;
    view->strides = (flags & MPY_BUF_STRIDES) == MPY_BUF_STRIDES ? &view->itemsize : NULL;
    view->suboffsets = NULL;
    view->internal = NULL;
    return 0;
}

/* ========================================================= contiguity */

/* The strides of a contiguous layout must grow by the item size times each
 * dimension passed, from the fastest index outwards; dimensions of one item
 * may have any stride (CPython's _IsCContiguous / _IsFortranContiguous). */
static bool is_contiguous_in(const MpyBuffer *v, bool c_order)
{
    if (v->len == 0 || !v->strides)
        return true;
    ssize_t expect = v->itemsize;
    for (int k = 0; k < v->ndim; k++) {
        int d = c_order ? v->ndim - 1 - k : k;
        if (v->shape[d] > 1 && v->strides[d] != expect)
            return false;
        expect *= v->shape[d];
    }
    return true;
}

bool mpy_buffer_is_contiguous(const MpyBuffer *view, char order)
{
    if (view->suboffsets)
        return false;
    if (order == 'C')
        return is_contiguous_in(view, true);
    if (order == 'F')
        return is_contiguous_in(view, false);
    return is_contiguous_in(view, true) || is_contiguous_in(view, false);
}

void mpy_buffer_to_contiguous(char *dst, const MpyBuffer *view, char order)
{
    if (mpy_buffer_is_contiguous(view, order == 'F' ? 'F' : order == 'A' ? 'A' : 'C') ||
        !view->shape) {
        memcpy(dst, view->buf, (size_t)view->len);
        return;
    }
    /* Walk every index tuple, the last index fastest ('C') or the first. */
    ssize_t index[MPY_BUF_MAX_NDIM] = {0}, count = view->len / view->itemsize;
    int ndim = view->ndim;
    for (ssize_t n = 0; n < count; n++) {
        const char *item = view->buf;
        for (int d = 0; d < ndim; d++)
            item += index[d] * view->strides[d];
        memcpy(dst, item, (size_t)view->itemsize);
        dst += view->itemsize;
        for (int k = 0; k < ndim; k++) {
            int d = order == 'F' ? k : ndim - 1 - k;
            if (++index[d] < view->shape[d])
                break;
            index[d] = 0;
        }
    }
}

void mpy_buffer_init_c_strides(MpyBuffer *view)
{
    ssize_t stride = view->itemsize;
    for (int d = view->ndim - 1; d >= 0; d--) {
        view->strides[d] = stride;
        stride *= view->shape[d];
    }
}

/* ============================================================ formats */

const char *mpy_buffer_native_format(const char *format, ssize_t *itemsize)
{
    if (!format)
        format = "B";
    if (format[0] == '@')
        format++;
    ssize_t size;
    switch (format[0]) {
    case 'c': case 'b': case 'B': case '?': size = 1; break;
    case 'h': case 'H': size = (ssize_t)sizeof(short); break;
    case 'i': case 'I': size = (ssize_t)sizeof(int); break;
    case 'l': case 'L': size = (ssize_t)sizeof(long); break;
    case 'q': case 'Q': size = (ssize_t)sizeof(long long); break;
    case 'n': case 'N': size = (ssize_t)sizeof(ssize_t); break;
    case 'f': size = (ssize_t)sizeof(float); break;
    case 'd': size = (ssize_t)sizeof(double); break;
    case 'P': size = (ssize_t)sizeof(void *); break;
    default: return NULL;
    }
    if (format[1] != '\0')
        return NULL;
    if (itemsize)
        *itemsize = size;
    return format;
}

/* ============================================================ copying */

MpyObject *mpy_buffer_view_to_bytes(const MpyBuffer *view, char order)
{
    /* a fresh object even for one byte, as CPython's PyBytes_FromStringAndSize(NULL, n) */
    MpyObject *r = mpy_bytes_new_raw((size_t)view->len);
    if (r && view->len)
        mpy_buffer_to_contiguous(MPY_BYTES_DATA(r), view, order);
    return r;
}

MpyObject *mpy_buffer_to_bytes(MpyObject *o)
{
    MpyBuffer view;
    if (mpy_object_get_buffer(o, &view, MPY_BUF_FULL_RO) < 0)
        return NULL;
    MpyObject *r = mpy_buffer_view_to_bytes(&view, 'C');
    mpy_buffer_release(&view);
    return r;
}
