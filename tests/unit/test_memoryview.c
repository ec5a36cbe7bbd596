/* Unit tests of the buffer protocol (runtime/buffer.c) and memoryview
 * (runtime/memoryview.c) from C: what bytes and bytearray export, the
 * export count that stops a bytearray resizing, giving buffers back,
 * contiguity and copying, and the views' sharing of one managed buffer. */
#include "containers_test.h"

#include "buffer.h"
#include "bytearray.h"
#include "bytes.h"
#include "memoryview.h"

TestSuite(memoryview, .init = setup, .fini = teardown);

static MpyObject *bytearray_of(const char *s) { return mpy_bytearray_from_data(s, strlen(s)); }
static ssize_t exports(MpyObject *ba) { return ((MpyByteArrayObject *)ba)->ob_exports; }

/* Asks o for a buffer it must refuse with `message` ("Type: text"). */
static void expect_refused(MpyObject *o, int flags, const char *message)
{
    MpyBuffer view;
    cr_assert_eq(mpy_object_get_buffer(o, &view, flags), -1);
    cr_assert_str_eq(pending(), message);
}

/* A view of o[start:stop:step], as o[...] does it. */
static MpyObject *sliced(MpyObject *o, ssize_t start, ssize_t stop, ssize_t step)
{
    MpyObject *a = mpy_int_from_ssize(start), *b = mpy_int_from_ssize(stop), *c = mpy_int_from_ssize(step);
    MpyObject *sl = mpy_slice_new(a, b, c);
    MPY_DECREF(a);
    MPY_DECREF(b);
    MPY_DECREF(c);
    MpyObject *r = mpy_object_getitem(o, sl);
    MPY_DECREF(sl);
    return r;
}

Test(memoryview, bytes_export_read_only)
{
    MpyObject *b = mpy_bytes_from_data("hello", 5);
    ssize_t before = MPY_REFCNT(b);
    MpyBuffer view;
    cr_assert_eq(mpy_object_get_buffer(b, &view, MPY_BUF_FULL_RO), 0);
    cr_assert_eq(view.obj, b);
    cr_assert_eq(MPY_REFCNT(b), before + 1);
    cr_assert_eq(view.buf, MPY_BYTES_DATA(b));
    cr_assert_eq(view.len, 5);
    cr_assert_eq(view.itemsize, 1);
    cr_assert(view.readonly);
    cr_assert_str_eq(view.format, "B");
    cr_assert_eq(view.ndim, 1);
    cr_assert_eq(view.shape[0], 5);
    cr_assert_eq(view.strides[0], 1);
    mpy_buffer_release(&view);
    cr_assert_null(view.obj);
    cr_assert_eq(MPY_REFCNT(b), before);
    mpy_buffer_release(&view); /* a second release does nothing */
    cr_assert_eq(mpy_object_get_buffer(b, &view, MPY_BUF_SIMPLE), 0);
    cr_assert_null(view.format);
    cr_assert_null(view.shape);
    cr_assert_null(view.strides);
    mpy_buffer_release(&view);
    expect_refused(b, MPY_BUF_WRITABLE, "BufferError: Object is not writable.");
    MPY_DECREF(b);
    NO_LEAKS();
}

Test(memoryview, non_exporters)
{
    MpyObject *s = mpy_str_from_cstr("text"), *i = mpy_int_from_i64(5);
    cr_assert(!mpy_object_check_buffer(s));
    cr_assert_not(mpy_object_check_buffer(MPY_CAST(&MpyBytes_Type)), "the type is not an exporter");
    expect_refused(s, MPY_BUF_SIMPLE, "TypeError: a bytes-like object is required, not 'str'");
    cr_assert_null(mpy_memoryview_from_object(i));
    cr_assert_str_eq(pending(), "TypeError: memoryview: a bytes-like object is required, not 'int'");
    MPY_DECREF(s);
    MPY_DECREF(i);
    NO_LEAKS();
}

Test(memoryview, bytearray_export_count_blocks_resize)
{
    MpyObject *ba = bytearray_of("abc");
    MpyBuffer v1, v2;
    cr_assert_eq(mpy_object_get_buffer(ba, &v1, MPY_BUF_WRITABLE), 0);
    cr_assert_not(v1.readonly);
    cr_assert_eq(mpy_object_get_buffer(ba, &v2, MPY_BUF_SIMPLE), 0);
    cr_assert_eq(exports(ba), 2);
    cr_assert_eq(mpy_bytearray_resize(ba, 10), -1);
    cr_assert_str_eq(pending(), "BufferError: Existing exports of data: object cannot be re-sized");
    cr_assert_eq(mpy_bytearray_resize(ba, 3), 0, "the same size is no resize");
    ((char *)v1.buf)[0] = 'X';
    cr_assert_eq(MPY_BYTEARRAY_DATA(ba)[0], 'X');
    mpy_buffer_release(&v1);
    cr_assert_eq(exports(ba), 1);
    cr_assert_eq(mpy_bytearray_resize(ba, 0), -1);
    mpy_err_clear();
    mpy_buffer_release(&v2);
    cr_assert_eq(exports(ba), 0);
    cr_assert_eq(mpy_bytearray_resize(ba, 10), 0, "%s", pending());
    cr_assert_eq(MPY_SIZE(ba), 10);
    MPY_DECREF(ba);
    NO_LEAKS();
}

Test(memoryview, empty_bytearray_exports_a_buffer)
{
    MpyObject *ba = mpy_bytearray_from_data("", 0);
    MpyBuffer view;
    cr_assert_eq(mpy_object_get_buffer(ba, &view, MPY_BUF_FULL_RO), 0);
    cr_assert_not_null(view.buf);
    cr_assert_eq(view.len, 0);
    mpy_buffer_release(&view);
    MPY_DECREF(ba);
    NO_LEAKS();
}

Test(memoryview, views_share_one_export)
{
    MpyObject *ba = bytearray_of("abcdef");
    ssize_t refs = MPY_REFCNT(ba);
    MpyObject *m = mpy_memoryview_from_object(ba);
    cr_assert_not_null(m, "%s", pending());
    cr_assert_eq(exports(ba), 1);
    cr_assert_eq(MPY_REFCNT(ba), refs + 1, "the managed buffer holds the exporter once");
    MpyManagedBufferObject *mbuf = ((MpyMemoryViewObject *)m)->mbuf;
    cr_assert_eq(mbuf->exports, 1);
    MpyObject *s = sliced(m, 1, 5, 2);
    MpyObject *v = mpy_memoryview_from_object(m);
    cr_assert_not_null(s);
    cr_assert_not_null(v);
    cr_assert_eq(((MpyMemoryViewObject *)s)->mbuf, mbuf);
    cr_assert_eq(((MpyMemoryViewObject *)v)->mbuf, mbuf);
    cr_assert_eq(mbuf->exports, 3);
    cr_assert_eq(exports(ba), 1);
    cr_assert_eq(MPY_REFCNT(ba), refs + 1);
    cr_assert_eq(mpy_memoryview_release(m), 0);
    cr_assert_eq(mpy_memoryview_release(m), 0, "releasing twice is fine");
    cr_assert_eq(mbuf->exports, 2);
    cr_assert_eq(exports(ba), 1);
    MPY_DECREF(s);
    cr_assert_eq(exports(ba), 1);
    MPY_DECREF(v);
    cr_assert_eq(exports(ba), 0, "the last view gives the buffer back");
    cr_assert_eq(MPY_REFCNT(ba), refs);
    cr_assert(mbuf->flags & MPY_MANAGED_BUFFER_RELEASED);
    MPY_DECREF(m);
    MPY_DECREF(ba);
    NO_LEAKS();
}

Test(memoryview, view_lends_its_own_buffer)
{
    MpyObject *b = mpy_bytes_from_data("abcdef", 6);
    MpyObject *m = mpy_memoryview_from_object(b);
    MpyBuffer view;
    cr_assert_eq(mpy_object_get_buffer(m, &view, MPY_BUF_SIMPLE), 0);
    cr_assert_eq(view.obj, m);
    cr_assert_eq(((MpyMemoryViewObject *)m)->exports, 1);
    cr_assert_eq(mpy_memoryview_release(m), -1);
    cr_assert_str_eq(pending(), "BufferError: memoryview has 1 exported buffer");
    MpyBuffer again;
    cr_assert_eq(mpy_object_get_buffer(m, &again, MPY_BUF_FULL_RO), 0);
    cr_assert_eq(mpy_memoryview_release(m), -1);
    cr_assert_str_eq(pending(), "BufferError: memoryview has 2 exported buffers");
    mpy_buffer_release(&again);
    mpy_buffer_release(&view);
    cr_assert_eq(mpy_memoryview_release(m), 0);
    expect_refused(m, MPY_BUF_SIMPLE, "ValueError: operation forbidden on released memoryview object");
    MPY_DECREF(m);
    MPY_DECREF(b);
    NO_LEAKS();
}

Test(memoryview, lending_checks_the_request)
{
    MpyObject *b = mpy_bytes_from_data("abcdef", 6);
    MpyObject *m = mpy_memoryview_from_object(b);
    MpyObject *s = sliced(m, 0, 6, 2);
    MpyBuffer view;
    expect_refused(m, MPY_BUF_WRITABLE, "BufferError: memoryview: underlying buffer is not writable");
    expect_refused(s, MPY_BUF_SIMPLE, "BufferError: memoryview: underlying buffer is not C-contiguous");
    expect_refused(s, MPY_BUF_ANY_CONTIGUOUS, "BufferError: memoryview: underlying buffer is not contiguous");
    expect_refused(m, MPY_BUF_FORMAT, "BufferError: memoryview: cannot cast to unsigned bytes if the format flag is present");
    cr_assert_eq(mpy_object_get_buffer(s, &view, MPY_BUF_FULL_RO), 0);
    cr_assert_eq(view.len, 3);
    cr_assert_eq(view.strides[0], 2);
    cr_assert_not(mpy_buffer_is_contiguous(&view, 'C'));
    cr_assert_not(mpy_buffer_is_contiguous(&view, 'A'));
    char out[4] = {0};
    mpy_buffer_to_contiguous(out, &view, 'C');
    cr_assert_str_eq(out, "ace");
    mpy_buffer_release(&view);
    MpyObject *copy = mpy_buffer_to_bytes(s);
    cr_assert_str_eq(MPY_BYTES_DATA(copy), "ace");
    MPY_DECREF(copy);
    MPY_DECREF(s);
    MPY_DECREF(m);
    MPY_DECREF(b);
    NO_LEAKS();
}

Test(memoryview, bytes_like_helper)
{
    MpyObject *b = mpy_bytes_from_data("abcdef", 6);
    MpyObject *m = mpy_memoryview_from_object(b);
    MpyObject *s = sliced(m, 1, 3, 1), *nc = sliced(m, 0, 6, 2);
    const char *p;
    size_t n;
    cr_assert_eq(mpy_bytes_like_get(s, &p, &n), 1);
    cr_assert_eq(n, 2);
    cr_assert_eq(p, MPY_BYTES_DATA(b) + 1, "no copy is made");
    cr_assert_eq(((MpyMemoryViewObject *)s)->exports, 0, "the buffer was given back");
    cr_assert_eq(mpy_bytes_like_get(nc, &p, &n), -1);
    cr_assert_str_eq(pending(), "BufferError: memoryview: underlying buffer is not C-contiguous");
    cr_assert_not(mpy_bytes_like(nc, &p, &n));
    cr_assert_null(mpy_err_occurred());
    MpyObject *i = mpy_int_from_i64(3);
    cr_assert_eq(mpy_bytes_like_get(i, &p, &n), 0);
    cr_assert_null(mpy_err_occurred());
    cr_assert_eq(mpy_bytes_like_arg(i, &p, &n), -1);
    cr_assert_str_eq(pending(), "TypeError: a bytes-like object is required, not 'int'");
    MPY_DECREF(i);
    MPY_DECREF(nc);
    MPY_DECREF(s);
    MPY_DECREF(m);
    MPY_DECREF(b);
    NO_LEAKS();
}

Test(memoryview, native_formats)
{
    ssize_t size = 0;
    cr_assert_str_eq(mpy_buffer_native_format("@h", &size), "h");
    cr_assert_eq(size, (ssize_t)sizeof(short));
    cr_assert_str_eq(mpy_buffer_native_format(NULL, &size), "B");
    cr_assert_eq(size, 1);
    cr_assert_null(mpy_buffer_native_format("e", NULL), "not in 3.11");
    cr_assert_null(mpy_buffer_native_format("<i", NULL));
    cr_assert_null(mpy_buffer_native_format("BB", NULL));
    cr_assert_null(mpy_buffer_native_format("", NULL));
    NO_LEAKS();
}

Test(memoryview, fortran_order_copy)
{
    /* a 2x3 C-contiguous view of "abcdef": Fortran order reads columns */
    ssize_t shape[2] = {2, 3}, strides[2] = {3, 1};
    char data[] = "abcdef";
    MpyBuffer v = {.buf = data, .len = 6, .itemsize = 1, .readonly = 1, .ndim = 2,
                   .format = "B", .shape = shape, .strides = strides};
    cr_assert(mpy_buffer_is_contiguous(&v, 'C'));
    cr_assert_not(mpy_buffer_is_contiguous(&v, 'F'));
    char out[7] = {0};
    mpy_buffer_to_contiguous(out, &v, 'F');
    cr_assert_str_eq(out, "adbecf");
    mpy_buffer_to_contiguous(out, &v, 'A');
    cr_assert_str_eq(out, "abcdef");
    ssize_t fstrides[2];
    v.strides = fstrides;
    mpy_buffer_init_c_strides(&v);
    cr_assert_eq(fstrides[0], 3);
    cr_assert_eq(fstrides[1], 1);
    NO_LEAKS();
}
