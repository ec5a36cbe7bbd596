/* list: the resizable array (CPython 3.11's list_resize growth, exact
 * preallocation, 80-list free list), its slicing and slice assignment, the
 * list methods except sort (list_sort.c), and the forward and reverse
 * iterators. Items are released last to first, as CPython. */
#include "list.h"

#include <limits.h>
#include <string.h>

#include "alloc.h"
#include "args.h"
#include "errors.h"
#include "gc.h"
#include "genericalias.h"
#include "int.h"
#include "interp.h"
#include "iter.h"
#include "leakcheck.h"
#include "slice.h"
#include "str.h"
#include "strbuf.h"
#include "tuple.h"
#include "trashcan.h"
#include "type.h"

#define LIST(op) ((MpyListObject *)(op))

/* ============================================================ storage */

/* CPython 3.11's list_resize: keeps the block while newsize lies between
 * half the allocation and the allocation; otherwise over-allocates by about
 * 1/8 (rounded to a multiple of 4), unless the jump is bigger than that
 * margin. This is what makes getsizeof agree: 56, 88, 120, 184, 248... */
static int list_resize(MpyListObject *self, ssize_t newsize)
{
    ssize_t allocated = self->allocated;
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        MPY_SIZE(self) = newsize;
        return 0;
    }
    size_t new_allocated = ((size_t)newsize + ((size_t)newsize >> 3) + 6) & ~(size_t)3;
    if (newsize - MPY_SIZE(self) > (ssize_t)(new_allocated - (size_t)newsize))
        new_allocated = ((size_t)newsize + 3) & ~(size_t)3;
    if (newsize == 0)
        new_allocated = 0;
    MpyObject **items;
    if (new_allocated == 0) {
        mpy_mem_free(self->ob_item);
        items = NULL;
    } else {
        if (new_allocated > (size_t)SSIZE_MAX / sizeof(MpyObject *)) {
            mpy_err_no_memory();
            return -1;
        }
        items = mpy_mem_realloc(self->ob_item, new_allocated * sizeof(MpyObject *));
        if (!items) {
            mpy_err_no_memory();
            return -1;
        }
    }
    self->ob_item = items;
    MPY_SIZE(self) = newsize;
    self->allocated = (ssize_t)new_allocated;
    return 0;
}

/* Room for exactly `size` items in an empty list, rounded up to an even
 * number because the allocator's granularity is 16 bytes (CPython 3.11's
 * list_preallocate_exact). */
static int list_preallocate_exact(MpyListObject *self, ssize_t size)
{
    size = (size + 1) & ~(ssize_t)1;
    if ((size_t)size > (size_t)SSIZE_MAX / sizeof(MpyObject *)) {
        mpy_err_no_memory();
        return -1;
    }
    MpyObject **items = mpy_mem_alloc((size_t)size * sizeof(MpyObject *));
    if (!items) {
        mpy_err_no_memory();
        return -1;
    }
    self->ob_item = items;
    self->allocated = size;
    return 0;
}

/* Empties the list before releasing the items (last to first), because a
 * __del__ run by the releases may look at the list. */
static void list_clear_items(MpyListObject *a)
{
    MpyObject **item = a->ob_item;
    if (!item)
        return;
    ssize_t i = MPY_SIZE(a);
    MPY_SIZE(a) = 0;
    a->ob_item = NULL;
    a->allocated = 0;
    while (--i >= 0)
        MPY_XDECREF(item[i]);
    mpy_mem_free(item);
}

/* ========================================================= free list */

#define MAXFREELIST 80
static MpyListObject *free_list[MAXFREELIST];
static int numfree;

static size_t freelist_count(void *arg) { return (size_t)numfree; }

void mpy_list_clear_freelist(void)
{
    while (numfree) {
        MpyListObject *op = free_list[--numfree];
        mpy_leak_register(MPY_CAST(op));
        mpy_gc_del(op);
    }
}

/* An empty, untracked list with no item array. */
static MpyListObject *list_alloc(void)
{
    MpyListObject *op;
    if (numfree) {
        op = free_list[--numfree];
        mpy_object_init(MPY_CAST(op), &MpyList_Type);
    } else {
        op = (MpyListObject *)mpy_gc_new(&MpyList_Type);
        if (!op)
            return NULL;
    }
    MPY_SIZE(op) = 0;
    op->ob_item = NULL;
    op->allocated = 0;
    return op;
}

MpyObject *mpy_list_new(ssize_t n)
{
    if (n < 0)
        return mpy_err_bad_internal_call();
    MpyListObject *op = list_alloc();
    if (!op)
        return NULL;
    if (n > 0) {
        if ((size_t)n > (size_t)SSIZE_MAX / sizeof(MpyObject *) ||
            !(op->ob_item = mpy_mem_calloc((size_t)n, sizeof(MpyObject *)))) {
            MPY_DECREF(op);
            return mpy_err_no_memory();
        }
    }
    MPY_SIZE(op) = n;
    op->allocated = n;
    mpy_gc_track(MPY_CAST(op));
    return MPY_CAST(op);
}

/* A tracked list of size 0 with room for exactly n items (list_new_prealloc):
 * the caller fills ob_item and then sets the size. */
static MpyListObject *list_new_prealloc(ssize_t n)
{
    MpyListObject *op = (MpyListObject *)mpy_list_new(0);
    if (!op || n == 0)
        return op;
    if ((size_t)n > (size_t)SSIZE_MAX / sizeof(MpyObject *) ||
        !(op->ob_item = mpy_mem_alloc((size_t)n * sizeof(MpyObject *)))) {
        MPY_DECREF(op);
        return (MpyListObject *)mpy_err_no_memory();
    }
    op->allocated = n;
    return op;
}

/* ======================================================= public API */

static int app1(MpyListObject *self, MpyObject *v)
{
    ssize_t n = MPY_SIZE(self);
    if (n == SSIZE_MAX) {
        mpy_err_set_string(MpyExc_OverflowError, "cannot add more objects to list");
        return -1;
    }
    if (list_resize(self, n + 1) < 0)
        return -1;
    self->ob_item[n] = MPY_NEWREF(v);
    return 0;
}

int mpy_list_append_grow(MpyObject *list, MpyObject *item) { return app1(LIST(list), item); }

static int ins1(MpyListObject *self, ssize_t where, MpyObject *v)
{
    ssize_t n = MPY_SIZE(self);
    if (n == SSIZE_MAX) {
        mpy_err_set_string(MpyExc_OverflowError, "cannot add more objects to list");
        return -1;
    }
    if (list_resize(self, n + 1) < 0)
        return -1;
    if (where < 0 && (where += n) < 0)
        where = 0;
    if (where > n)
        where = n;
    MpyObject **items = self->ob_item;
    memmove(items + where + 1, items + where, (size_t)(n - where) * sizeof(MpyObject *));
    items[where] = MPY_NEWREF(v);
    return 0;
}

int mpy_list_insert(MpyObject *list, ssize_t index, MpyObject *item)
{
    return ins1(LIST(list), index, item);
}

static MpyObject *list_slice(MpyListObject *a, ssize_t ilow, ssize_t ihigh)
{
    ssize_t len = ihigh - ilow;
    MpyListObject *np = list_new_prealloc(len);
    if (!np)
        return NULL;
    MpyObject **src = a->ob_item + ilow, **dest = np->ob_item;
    for (ssize_t i = 0; i < len; i++)
        dest[i] = MPY_NEWREF(src[i]);
    MPY_SIZE(np) = len;
    return MPY_CAST(np);
}

MpyObject *mpy_list_slice(MpyObject *list, ssize_t ilow, ssize_t ihigh)
{
    ssize_t n = MPY_SIZE(list);
    if (ilow < 0)
        ilow = 0;
    else if (ilow > n)
        ilow = n;
    if (ihigh < ilow)
        ihigh = ilow;
    else if (ihigh > n)
        ihigh = n;
    return list_slice(LIST(list), ilow, ihigh);
}

MpyObject *mpy_list_as_tuple(MpyObject *list)
{
    return mpy_tuple_from_array(LIST(list)->ob_item, MPY_SIZE(list));
}

static void reverse_items(MpyObject **lo, MpyObject **hi)
{
    for (--hi; lo < hi; lo++, hi--) {
        MpyObject *t = *lo;
        *lo = *hi;
        *hi = t;
    }
}

int mpy_list_reverse(MpyObject *list)
{
    if (MPY_SIZE(list) > 1)
        reverse_items(LIST(list)->ob_item, LIST(list)->ob_item + MPY_SIZE(list));
    return 0;
}

/* A list or tuple with the items of v (CPython's PySequence_Fast): v itself
 * when it is one, else list(v); a non-iterable raises TypeError(msg). */
static MpyObject *sequence_fast(MpyObject *v, const char *msg)
{
    if (MPY_LIST_CHECK_EXACT(v) || MPY_TUPLE_CHECK_EXACT(v))
        return MPY_NEWREF(v);
    MpyObject *it = mpy_object_getiter(v);
    if (!it) {
        if (mpy_err_exception_matches(MpyExc_TypeError)) {
            mpy_err_clear();
            mpy_err_set_string(MpyExc_TypeError, msg);
        }
        return NULL;
    }
    MpyObject *list = mpy_list_new(0);
    if (list && mpy_list_extend(list, it) < 0)
        MPY_CLEAR(list);
    MPY_DECREF(it);
    return list;
}

static inline MpyObject **fast_items(MpyObject *seq)
{
    return MPY_LIST_CHECK_EXACT(seq) ? LIST(seq)->ob_item : MPY_TUPLE_ITEMS(seq);
}

/* The iterator path of extend: grows by the iterable's length hint first,
 * then appends, then gives back what the hint over-estimated. */
static int extend_from_iterator(MpyListObject *self, MpyObject *iterable)
{
    MpyObject *it = mpy_object_getiter(iterable);
    if (!it)
        return -1;
    mpy_iternextfunc iternext = MPY_TYPE(it)->tp_iternext;
    ssize_t n = mpy_object_length_hint(iterable, 8);
    if (n < 0)
        goto error;
    ssize_t m = MPY_SIZE(self);
    if (m <= SSIZE_MAX - n) {
        if (self->ob_item == NULL) {
            if (n && list_preallocate_exact(self, n) < 0)
                goto error;
        } else {
            if (list_resize(self, m + n) < 0)
                goto error;
            MPY_SIZE(self) = m;
        }
    }
    for (;;) {
        MpyObject *item = iternext(it);
        if (!item) {
            if (mpy_err_occurred()) {
                if (!mpy_err_exception_matches(MpyExc_StopIteration))
                    goto error;
                mpy_err_clear();
            }
            break;
        }
        ssize_t size = MPY_SIZE(self);
        if (size < self->allocated) {
            self->ob_item[size] = item;
            MPY_SIZE(self) = size + 1;
        } else {
            int r = app1(self, item);
            MPY_DECREF(item);
            if (r < 0)
                goto error;
        }
    }
    if (MPY_SIZE(self) < self->allocated && list_resize(self, MPY_SIZE(self)) < 0)
        goto error;
    MPY_DECREF(it);
    return 0;
error:
    MPY_DECREF(it);
    return -1;
}

int mpy_list_extend(MpyObject *list, MpyObject *iterable)
{
    MpyListObject *self = LIST(list);
    if (!MPY_LIST_CHECK_EXACT(iterable) && !MPY_TUPLE_CHECK_EXACT(iterable) && list != iterable)
        return extend_from_iterator(self, iterable);
    ssize_t n = MPY_SIZE(iterable);
    if (n == 0)
        return 0;
    ssize_t m = MPY_SIZE(self);
    if (self->ob_item == NULL) {
        if (list_preallocate_exact(self, n) < 0)
            return -1;
        MPY_SIZE(self) = n;
    } else if (list_resize(self, m + n) < 0) {
        return -1;
    }
    /* Read the source after the resize: for a.extend(a) it moved. */
    MpyObject **src = fast_items(iterable), **dest = self->ob_item + m;
    for (ssize_t i = 0; i < n; i++)
        dest[i] = MPY_NEWREF(src[i]);
    return 0;
}

/* list(iterable) / list.__init__: exact preallocation when the length is
 * known, then extend. */
static int list_fill(MpyListObject *self, MpyObject *iterable)
{
    MpyTypeObject *t = MPY_TYPE(iterable);
    if (t->tp_as_sequence.sq_length || t->tp_as_mapping.mp_length) {
        ssize_t n = mpy_object_length(iterable);
        if (n < 0) {
            if (!mpy_err_exception_matches(MpyExc_TypeError))
                return -1;
            mpy_err_clear();
        }
        if (n > 0 && self->ob_item == NULL && list_preallocate_exact(self, n) < 0)
            return -1;
    }
    return mpy_list_extend(MPY_CAST(self), iterable);
}

/* CPython's PySequence_List: a list from the free list, extended. */
MpyObject *mpy_list_from_iterable(MpyObject *iterable)
{
    MpyObject *list = mpy_list_new(0);
    if (list && mpy_list_extend(list, iterable) < 0)
        MPY_CLEAR(list);
    return list;
}

/* ================================================== slice assignment */

/* a[ilow:ihigh] = v, or del a[ilow:ihigh] when v is NULL (CPython's
 * list_ass_slice): the replaced items are released only once the list is
 * whole again, last to first. */
static int list_ass_slice(MpyListObject *a, ssize_t ilow, ssize_t ihigh, MpyObject *v)
{
    MpyObject *recycle_on_stack[8];
    MpyObject **recycle = recycle_on_stack;
    MpyObject *v_fast = NULL, **vitem = NULL;
    ssize_t n = 0;
    int result = -1;
    if (v) {
        if (v == MPY_CAST(a)) {
            MpyObject *copy = list_slice(a, 0, MPY_SIZE(a));
            if (!copy)
                return -1;
            result = list_ass_slice(a, ilow, ihigh, copy);
            MPY_DECREF(copy);
            return result;
        }
        v_fast = sequence_fast(v, "can only assign an iterable");
        if (!v_fast)
            return -1;
        n = MPY_SIZE(v_fast);
        vitem = fast_items(v_fast);
    }
    if (ilow < 0)
        ilow = 0;
    else if (ilow > MPY_SIZE(a))
        ilow = MPY_SIZE(a);
    if (ihigh < ilow)
        ihigh = ilow;
    else if (ihigh > MPY_SIZE(a))
        ihigh = MPY_SIZE(a);
    ssize_t norig = ihigh - ilow, d = n - norig;
    if (MPY_SIZE(a) + d == 0) {
        MPY_XDECREF(v_fast);
        list_clear_items(a);
        return 0;
    }
    MpyObject **item = a->ob_item;
    size_t s = (size_t)norig * sizeof(MpyObject *);
    if (s) {
        if (s > sizeof recycle_on_stack && !(recycle = mpy_mem_alloc(s))) {
            mpy_err_no_memory();
            goto done;
        }
        memcpy(recycle, item + ilow, s);
    }
    if (d < 0) {
        size_t tail = (size_t)(MPY_SIZE(a) - ihigh) * sizeof(MpyObject *);
        memmove(item + ihigh + d, item + ihigh, tail);
        if (list_resize(a, MPY_SIZE(a) + d) < 0) {
            memmove(item + ihigh, item + ihigh + d, tail);
            memcpy(item + ilow, recycle, s);
            goto done;
        }
        item = a->ob_item;
    } else if (d > 0) {
        ssize_t k = MPY_SIZE(a);
        if (list_resize(a, k + d) < 0)
            goto done;
        item = a->ob_item;
        memmove(item + ihigh + d, item + ihigh, (size_t)(k - ihigh) * sizeof(MpyObject *));
    }
    for (ssize_t k = 0; k < n; k++, ilow++)
        item[ilow] = MPY_NEWREF(vitem[k]);
    for (ssize_t k = norig - 1; k >= 0; --k)
        MPY_XDECREF(recycle[k]);
    result = 0;
done:
    if (recycle != recycle_on_stack)
        mpy_mem_free(recycle);
    MPY_XDECREF(v_fast);
    return result;
}

/* del a[start:stop:step] for step != 1: the kept items slide down over the
 * removed ones; the removed ones are released afterwards. */
static int list_del_extended(MpyListObject *self, ssize_t start, ssize_t stop, ssize_t step,
                             ssize_t slicelength)
{
    if (slicelength <= 0)
        return 0;
    if (step < 0) {
        stop = start + 1;
        start = stop + step * (slicelength - 1) - 1;
        step = -step;
    }
    MpyObject **garbage = mpy_mem_alloc((size_t)slicelength * sizeof(MpyObject *));
    if (!garbage) {
        mpy_err_no_memory();
        return -1;
    }
    size_t cur;
    ssize_t i;
    for (cur = (size_t)start, i = 0; cur < (size_t)stop; cur += (size_t)step, i++) {
        ssize_t lim = step - 1;
        garbage[i] = self->ob_item[cur];
        if (cur + (size_t)step >= (size_t)MPY_SIZE(self))
            lim = MPY_SIZE(self) - (ssize_t)cur - 1;
        memmove(self->ob_item + cur - i, self->ob_item + cur + 1,
                (size_t)lim * sizeof(MpyObject *));
    }
    cur = (size_t)start + (size_t)slicelength * (size_t)step;
    if (cur < (size_t)MPY_SIZE(self))
        memmove(self->ob_item + cur - slicelength, self->ob_item + cur,
                (MPY_SIZE(self) - cur) * sizeof(MpyObject *));
    MPY_SIZE(self) -= slicelength;
    int res = list_resize(self, MPY_SIZE(self));
    for (i = 0; i < slicelength; i++)
        MPY_DECREF(garbage[i]);
    mpy_mem_free(garbage);
    return res;
}

/* a[start:stop:step] = value for step != 1: the sizes must agree. */
static int list_assign_extended(MpyListObject *self, ssize_t start, ssize_t step,
                                ssize_t slicelength, MpyObject *value)
{
    MpyObject *seq = value == MPY_CAST(self)
                         ? list_slice(self, 0, MPY_SIZE(self))
                         : sequence_fast(value, "must assign iterable to extended slice");
    if (!seq)
        return -1;
    if (MPY_SIZE(seq) != slicelength) {
        mpy_err_format(MpyExc_ValueError,
                       "attempt to assign sequence of size %zd to extended slice of size %zd",
                       MPY_SIZE(seq), slicelength);
        MPY_DECREF(seq);
        return -1;
    }
    if (!slicelength) {
        MPY_DECREF(seq);
        return 0;
    }
    MpyObject **garbage = mpy_mem_alloc((size_t)slicelength * sizeof(MpyObject *));
    if (!garbage) {
        MPY_DECREF(seq);
        mpy_err_no_memory();
        return -1;
    }
    MpyObject **selfitems = self->ob_item, **seqitems = fast_items(seq);
    size_t cur = (size_t)start;
    for (ssize_t i = 0; i < slicelength; cur += (size_t)step, i++) {
        garbage[i] = selfitems[cur];
        selfitems[cur] = MPY_NEWREF(seqitems[i]);
    }
    for (ssize_t i = 0; i < slicelength; i++)
        MPY_DECREF(garbage[i]);
    mpy_mem_free(garbage);
    MPY_DECREF(seq);
    return 0;
}

/* ============================================================== slots */

static void list_dealloc(MpyObject *self)
{
    MpyListObject *op = LIST(self);
    mpy_gc_untrack(self);
    MPY_TRASHCAN_BEGIN(self, list_dealloc)
    if (op->ob_item) {
        for (ssize_t i = MPY_SIZE(op); --i >= 0;)
            MPY_XDECREF(op->ob_item[i]);
        mpy_mem_free(op->ob_item);
    }
    if (numfree < MAXFREELIST && MPY_LIST_CHECK_EXACT(self)) {
        mpy_leak_unregister(self);
        free_list[numfree++] = op;
    } else {
        MPY_TYPE(self)->tp_free(self);
    }
    MPY_TRASHCAN_END
}

static int list_traverse(MpyObject *self, mpy_visitproc visit, void *arg)
{
    for (ssize_t i = MPY_SIZE(self); --i >= 0;)
        MPY_VISIT(LIST(self)->ob_item[i]);
    return 0;
}

static int list_tp_clear(MpyObject *self)
{
    list_clear_items(LIST(self));
    return 0;
}

static MpyObject *list_repr(MpyObject *self)
{
    if (MPY_SIZE(self) == 0)
        return mpy_str_from_cstr("[]");
    int status = mpy_repr_enter(self);
    if (status != 0)
        return status > 0 ? mpy_str_from_cstr("[...]") : NULL;
    MpyStrBuf buf = MPY_STRBUF_INIT;
    MpyObject *result = NULL;
    mpy_strbuf_append_char(&buf, '[');
    /* An item's repr may change the list: re-read the size every time. */
    for (ssize_t i = 0; i < MPY_SIZE(self); i++) {
        if (i > 0)
            mpy_strbuf_append(&buf, ", ", 2);
        MpyObject *item = MPY_NEWREF(LIST(self)->ob_item[i]);
        MpyObject *r = mpy_object_repr(item);
        MPY_DECREF(item);
        if (!r)
            goto done;
        mpy_strbuf_append(&buf, mpy_str_as_utf8(r), (size_t)MPY_STR_UTF8_LEN(r));
        MPY_DECREF(r);
    }
    mpy_strbuf_append_char(&buf, ']');
    result = buf.failed ? mpy_err_no_memory() : mpy_str_from_utf8(buf.data, buf.len);
done:
    mpy_strbuf_free(&buf);
    mpy_repr_leave(self);
    return result;
}

static ssize_t list_length(MpyObject *self) { return MPY_SIZE(self); }

static int list_contains(MpyObject *self, MpyObject *value)
{
    int cmp = 0;
    for (ssize_t i = 0; cmp == 0 && i < MPY_SIZE(self); i++) {
        MpyObject *item = MPY_NEWREF(LIST(self)->ob_item[i]);
        cmp = mpy_object_richcompare_bool(item, value, MPY_EQ);
        MPY_DECREF(item);
    }
    return cmp;
}

static MpyObject *list_item(MpyObject *self, ssize_t i)
{
    if ((size_t)i >= (size_t)MPY_SIZE(self))
        return mpy_seq_index_error("list");
    return MPY_NEWREF(LIST(self)->ob_item[i]);
}

static int list_ass_item(MpyObject *self, ssize_t i, MpyObject *v)
{
    if ((size_t)i >= (size_t)MPY_SIZE(self)) {
        mpy_seq_index_error("list assignment");
        return -1;
    }
    if (!v)
        return list_ass_slice(LIST(self), i, i + 1, NULL);
    MPY_SETREF(LIST(self)->ob_item[i], MPY_NEWREF(v));
    return 0;
}

static MpyObject *list_subscript(MpyObject *self, MpyObject *key)
{
    if (MPY_INT_CHECK_EXACT(key) && mpy_int_is_small(key)) {
        int64_t i = mpy_int_small_value(key);
        if (i < 0)
            i += MPY_SIZE(self);
        return list_item(self, (ssize_t)i);
    }
    if (mpy_index_check(key)) {
        ssize_t i;
        if (mpy_index_as_ssize(key, MpyExc_IndexError, &i) < 0)
            return NULL;
        if (i < 0)
            i += MPY_SIZE(self);
        return list_item(self, i);
    }
    if (!MPY_SLICE_CHECK(key))
        return mpy_seq_indices_type_error("list", key);
    ssize_t start, stop, step, len;
    if (mpy_slice_get_indices(key, MPY_SIZE(self), &start, &stop, &step, &len) < 0)
        return NULL;
    if (step == 1)
        return list_slice(LIST(self), start, start + len);
    MpyListObject *res = list_new_prealloc(len);
    if (!res)
        return NULL;
    MpyObject **src = LIST(self)->ob_item;
    for (ssize_t i = 0, cur = start; i < len; i++, cur += step)
        res->ob_item[i] = MPY_NEWREF(src[cur]);
    MPY_SIZE(res) = len;
    return MPY_CAST(res);
}

static int list_ass_subscript(MpyObject *self, MpyObject *key, MpyObject *value)
{
    if (mpy_index_check(key)) {
        ssize_t i;
        if (mpy_index_as_ssize(key, MpyExc_IndexError, &i) < 0)
            return -1;
        if (i < 0)
            i += MPY_SIZE(self);
        return list_ass_item(self, i, value);
    }
    if (!MPY_SLICE_CHECK(key)) {
        mpy_seq_indices_type_error("list", key);
        return -1;
    }
    ssize_t start, stop, step, len;
    if (mpy_slice_get_indices(key, MPY_SIZE(self), &start, &stop, &step, &len) < 0)
        return -1;
    if (step == 1)
        return list_ass_slice(LIST(self), start, stop, value);
    /* s[5:2] = [...] inserts before 5, not before 2. */
    if ((step < 0 && start < stop) || (step > 0 && start > stop))
        stop = start;
    if (!value)
        return list_del_extended(LIST(self), start, stop, step, len);
    return list_assign_extended(LIST(self), start, step, len, value);
}

static MpyObject *list_concat(MpyObject *a, MpyObject *b)
{
    if (!MPY_LIST_CHECK(b))
        return mpy_err_format(MpyExc_TypeError, "can only concatenate list (not \"%s\") to list",
                              mpy_type_short_name(MPY_TYPE(b)));
    ssize_t na = MPY_SIZE(a), nb = MPY_SIZE(b);
    if (na > SSIZE_MAX - nb)
        return mpy_err_no_memory();
    MpyListObject *np = list_new_prealloc(na + nb);
    if (!np)
        return NULL;
    for (ssize_t i = 0; i < na; i++)
        np->ob_item[i] = MPY_NEWREF(LIST(a)->ob_item[i]);
    for (ssize_t i = 0; i < nb; i++)
        np->ob_item[na + i] = MPY_NEWREF(LIST(b)->ob_item[i]);
    MPY_SIZE(np) = na + nb;
    return MPY_CAST(np);
}

static void fill_repeated(MpyObject **dest, MpyObject **src, ssize_t size, ssize_t n)
{
    if (size == 1) {
        MpyObject *elem = src[0];
        elem->ob_refcnt += n;
        for (ssize_t i = 0; i < n; i++)
            dest[i] = elem;
        return;
    }
    for (ssize_t r = 0; r < n; r++)
        for (ssize_t j = 0; j < size; j++)
            *dest++ = MPY_NEWREF(src[j]);
}

static MpyObject *list_repeat(MpyObject *self, ssize_t n)
{
    ssize_t size = MPY_SIZE(self);
    if (n < 0)
        n = 0;
    if (n > 0 && size > SSIZE_MAX / n)
        return mpy_err_no_memory();
    if (size * n == 0)
        return mpy_list_new(0);
    MpyListObject *np = list_new_prealloc(size * n);
    if (!np)
        return NULL;
    fill_repeated(np->ob_item, LIST(self)->ob_item, size, n);
    MPY_SIZE(np) = size * n;
    return MPY_CAST(np);
}

static MpyObject *list_inplace_concat(MpyObject *self, MpyObject *other)
{
    if (mpy_list_extend(self, other) < 0)
        return NULL;
    return MPY_NEWREF(self);
}

static MpyObject *list_inplace_repeat(MpyObject *self, ssize_t n)
{
    ssize_t size = MPY_SIZE(self);
    if (size == 0 || n == 1)
        return MPY_NEWREF(self);
    if (n < 1) {
        list_clear_items(LIST(self));
        return MPY_NEWREF(self);
    }
    if (size > SSIZE_MAX / n)
        return mpy_err_no_memory();
    if (list_resize(LIST(self), size * n) < 0)
        return NULL;
    MpyObject **items = LIST(self)->ob_item;
    fill_repeated(items + size, items, size, n - 1);
    return MPY_NEWREF(self);
}

static MpyObject *compare_sizes(ssize_t a, ssize_t b, int op)
{
    static const int table[6][3] = {
        /* a<b  a==b  a>b */
        {1, 0, 0}, {1, 1, 0}, {0, 1, 0}, {1, 0, 1}, {0, 0, 1}, {0, 1, 1},
    };
    return mpy_bool_from_long(table[op][a < b ? 0 : a == b ? 1 : 2]);
}

static MpyObject *list_richcompare(MpyObject *v, MpyObject *w, int op)
{
    if (!MPY_LIST_CHECK(v) || !MPY_LIST_CHECK(w))
        return MPY_NEWREF(MPY_NOTIMPLEMENTED);
    if (MPY_SIZE(v) != MPY_SIZE(w) && (op == MPY_EQ || op == MPY_NE))
        return mpy_bool_from_long(op == MPY_NE);
    ssize_t i;
    /* A comparison may change either list: re-read sizes and items. */
    for (i = 0; i < MPY_SIZE(v) && i < MPY_SIZE(w); i++) {
        MpyObject *vitem = LIST(v)->ob_item[i], *witem = LIST(w)->ob_item[i];
        if (vitem == witem)
            continue;
        MPY_INCREF(vitem);
        MPY_INCREF(witem);
        int k = mpy_object_richcompare_bool(vitem, witem, MPY_EQ);
        MPY_DECREF(vitem);
        MPY_DECREF(witem);
        if (k < 0)
            return NULL;
        if (!k)
            break;
    }
    if (i >= MPY_SIZE(v) || i >= MPY_SIZE(w))
        return compare_sizes(MPY_SIZE(v), MPY_SIZE(w), op);
    if (op == MPY_EQ)
        MPY_RETURN_FALSE;
    if (op == MPY_NE)
        MPY_RETURN_TRUE;
    MpyObject *vitem = MPY_NEWREF(LIST(v)->ob_item[i]), *witem = MPY_NEWREF(LIST(w)->ob_item[i]);
    MpyObject *res = mpy_object_richcompare(vitem, witem, op);
    MPY_DECREF(vitem);
    MPY_DECREF(witem);
    return res;
}

/* ============================================================ methods */

MpyObject *mpy_list_append_meth(MpyObject *self, MpyObject *item)
{
    if (mpy_list_append(self, item) < 0)
        return NULL;
    MPY_RETURN_NONE;
}

static MpyObject *list_extend_meth(MpyObject *self, MpyObject *iterable)
{
    if (mpy_list_extend(self, iterable) < 0)
        return NULL;
    MPY_RETURN_NONE;
}

/* An int-like argument of a list method converted as CPython's argument
 * clinic does ("'str' object cannot be interpreted as an integer", "Python
 * int too large to convert to C ssize_t"). */
static int index_arg(MpyObject *o, ssize_t *out)
{
    if (!mpy_index_check(o)) {
        mpy_err_format(MpyExc_TypeError, "'%s' object cannot be interpreted as an integer",
                       mpy_type_short_name(MPY_TYPE(o)));
        return -1;
    }
    MpyObject *v = mpy_number_index(o);
    if (!v)
        return -1;
    *out = mpy_int_as_ssize(v);
    MPY_DECREF(v);
    return *out == -1 && mpy_err_occurred() ? -1 : 0;
}

static MpyObject *list_insert_meth(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    ssize_t index;
    if (nargs != 2)
        return mpy_err_format(MpyExc_TypeError, "insert expected 2 arguments, got %zu", nargs);
    if (index_arg(args[0], &index) < 0 || ins1(LIST(self), index, args[1]) < 0)
        return NULL;
    MPY_RETURN_NONE;
}

static MpyObject *list_pop(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    ssize_t index = -1;
    if (mpy_arg_check_positional("pop", nargs, 0, 1) < 0)
        return NULL;
    if (nargs && index_arg(args[0], &index) < 0)
        return NULL;
    MpyListObject *l = LIST(self);
    ssize_t size = MPY_SIZE(l);
    if (size == 0)
        return mpy_err_set_string(MpyExc_IndexError, "pop from empty list");
    if (index < 0)
        index += size;
    if ((size_t)index >= (size_t)size)
        return mpy_err_set_string(MpyExc_IndexError, "pop index out of range");
    MpyObject *v = l->ob_item[index];
    if (index == size - 1) {
        /* Shrinking never fails: the reference moves to the caller. */
        if (list_resize(l, size - 1) < 0)
            return NULL;
        return v;
    }
    MPY_INCREF(v);
    if (list_ass_slice(l, index, index + 1, NULL) < 0) {
        MPY_DECREF(v);
        return NULL;
    }
    return v;
}

static MpyObject *list_remove(MpyObject *self, MpyObject *value)
{
    for (ssize_t i = 0; i < MPY_SIZE(self); i++) {
        MpyObject *obj = MPY_NEWREF(LIST(self)->ob_item[i]);
        int cmp = mpy_object_richcompare_bool(obj, value, MPY_EQ);
        MPY_DECREF(obj);
        if (cmp > 0) {
            if (list_ass_slice(LIST(self), i, i + 1, NULL) < 0)
                return NULL;
            MPY_RETURN_NONE;
        }
        if (cmp < 0)
            return NULL;
    }
    return mpy_err_set_string(MpyExc_ValueError, "list.remove(x): x not in list");
}

static MpyObject *list_index(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    ssize_t bounds[2] = {0, SSIZE_MAX};
    if (mpy_arg_check_positional("index", nargs, 1, 3) < 0)
        return NULL;
    for (size_t k = 1; k < nargs; k++) {
        if (!mpy_index_check(args[k]))
            return mpy_err_set_string(
                MpyExc_TypeError, "slice indices must be integers or have an __index__ method");
        if (mpy_index_as_ssize(args[k], NULL, &bounds[k - 1]) < 0)
            return NULL;
    }
    for (int k = 0; k < 2; k++)
        if (bounds[k] < 0 && (bounds[k] += MPY_SIZE(self)) < 0)
            bounds[k] = 0;
    for (ssize_t i = bounds[0]; i < bounds[1] && i < MPY_SIZE(self); i++) {
        MpyObject *obj = MPY_NEWREF(LIST(self)->ob_item[i]);
        int cmp = mpy_object_richcompare_bool(obj, args[0], MPY_EQ);
        MPY_DECREF(obj);
        if (cmp > 0)
            return mpy_int_from_ssize(i);
        if (cmp < 0)
            return NULL;
    }
    return mpy_err_format(MpyExc_ValueError, "%R is not in list", args[0]);
}

static MpyObject *list_count(MpyObject *self, MpyObject *value)
{
    ssize_t count = 0;
    for (ssize_t i = 0; i < MPY_SIZE(self); i++) {
        MpyObject *obj = LIST(self)->ob_item[i];
        if (obj == value) {
            count++;
            continue;
        }
        MPY_INCREF(obj);
        int cmp = mpy_object_richcompare_bool(obj, value, MPY_EQ);
        MPY_DECREF(obj);
        if (cmp < 0)
            return NULL;
        count += cmp;
    }
    return mpy_int_from_ssize(count);
}

static MpyObject *list_clear_meth(MpyObject *self, MpyObject *unused)
{
    list_clear_items(LIST(self));
    MPY_RETURN_NONE;
}

static MpyObject *list_copy(MpyObject *self, MpyObject *unused)
{
    return list_slice(LIST(self), 0, MPY_SIZE(self));
}

static MpyObject *list_reverse_meth(MpyObject *self, MpyObject *unused)
{
    mpy_list_reverse(self);
    MPY_RETURN_NONE;
}

static MpyObject *list_sort_meth(MpyObject *self, MpyObject *const *args, size_t nargs,
                                 MpyObject *kwnames)
{
    static const char *const kwlist[] = {"key", "reverse", NULL};
    static const MpyArgSpec spec = {"sort", kwlist, 0, 0};
    MpyObject *a[2];
    if (nargs)
        return mpy_err_set_string(MpyExc_TypeError, "sort() takes no positional arguments");
    if (mpy_arg_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    int reverse = 0;
    if (a[1] && mpy_arg_as_clinic_int(a[1], &reverse) < 0)
        return NULL;
    MpyObject *key = a[0] == MPY_NONE ? NULL : a[0];
    if (mpy_list_sort(self, key, reverse) < 0)
        return NULL;
    MPY_RETURN_NONE;
}

static MpyObject *list_sizeof(MpyObject *self, MpyObject *unused)
{
    return mpy_int_from_ssize(MPY_TYPE(self)->tp_basicsize +
                              LIST(self)->allocated * (ssize_t)sizeof(MpyObject *));
}

static MpyObject *list_reversed(MpyObject *self, MpyObject *unused);

/* list.__init__(iterable=()): empties the list, then fills it. */
static int list_init(MpyObject *self, MpyObject *const *args, size_t nargs, MpyObject *kwnames)
{
    if (mpy_arg_no_keywords("list", kwnames) < 0 ||
        mpy_arg_check_positional("list", nargs, 0, 1) < 0)
        return -1;
    list_clear_items(LIST(self));
    return nargs ? list_fill(LIST(self), args[0]) : 0;
}

/* list(iterable): as CPython's list_vectorcall, a freshly allocated list
 * (not one from the free list: id(list('a')) != id(list('b')), and it
 * counts as a gc allocation), filled as list.__init__ does. */
static MpyObject *list_vectorcall(MpyObject *type, MpyObject *const *args, size_t nargs,
                                  MpyObject *kwnames)
{
    if (mpy_arg_no_keywords("list", kwnames) < 0 ||
        mpy_arg_check_positional("list", nargs, 0, 1) < 0)
        return NULL;
    MpyObject *list = mpy_type_generic_alloc(&MpyList_Type, 0);
    if (list && nargs && list_fill(LIST(list), args[0]) < 0)
        MPY_CLEAR(list);
    return list;
}

/* ========================================================= iterators */

typedef struct {
    MPY_OBJECT_HEAD;
    ssize_t it_index;
    MpyObject *it_seq; /* NULL once exhausted */
} ListIter;

static MpyObject *listiter_new(MpyTypeObject *type, MpyObject *seq, ssize_t index)
{
    ListIter *it = (ListIter *)mpy_gc_new(type);
    if (!it)
        return NULL;
    it->it_index = index;
    it->it_seq = MPY_NEWREF(seq);
    mpy_gc_track(MPY_CAST(it));
    return MPY_CAST(it);
}

static MpyObject *list_iter(MpyObject *self) { return listiter_new(&MpyListIter_Type, self, 0); }

static MpyObject *list_reversed(MpyObject *self, MpyObject *unused)
{
    return listiter_new(&MpyListRevIter_Type, self, MPY_SIZE(self) - 1);
}

static void listiter_dealloc(MpyObject *self)
{
    mpy_gc_untrack(self);
    MPY_XDECREF(((ListIter *)self)->it_seq);
    mpy_gc_del(self);
}

static int listiter_traverse(MpyObject *self, mpy_visitproc visit, void *arg)
{
    MPY_VISIT(((ListIter *)self)->it_seq);
    return 0;
}

static MpyObject *listiter_next(MpyObject *self)
{
    ListIter *it = (ListIter *)self;
    MpyObject *seq = it->it_seq;
    if (!seq)
        return NULL;
    if (it->it_index < MPY_SIZE(seq))
        return MPY_NEWREF(LIST(seq)->ob_item[it->it_index++]);
    it->it_seq = NULL;
    MPY_DECREF(seq);
    return NULL;
}

static MpyObject *listiter_length_hint(MpyObject *self, MpyObject *unused)
{
    ListIter *it = (ListIter *)self;
    ssize_t n = it->it_seq ? MPY_SIZE(it->it_seq) - it->it_index : 0;
    return mpy_int_from_ssize(n > 0 ? n : 0);
}

static MpyObject *listreviter_next(MpyObject *self)
{
    ListIter *it = (ListIter *)self;
    MpyObject *seq = it->it_seq;
    if (!seq)
        return NULL;
    ssize_t index = it->it_index;
    if (index >= 0 && index < MPY_SIZE(seq)) {
        it->it_index--;
        return MPY_NEWREF(LIST(seq)->ob_item[index]);
    }
    it->it_index = -1;
    it->it_seq = NULL;
    MPY_DECREF(seq);
    return NULL;
}

static MpyObject *listreviter_length_hint(MpyObject *self, MpyObject *unused)
{
    ListIter *it = (ListIter *)self;
    ssize_t n = it->it_index + 1;
    if (!it->it_seq || MPY_SIZE(it->it_seq) < n)
        n = 0;
    return mpy_int_from_ssize(n);
}

static MpyObject *self_iter(MpyObject *self) { return MPY_NEWREF(self); }

static MpyMethodDef listiter_methods[] = {
    {"__length_hint__", MPY_METH(listiter_length_hint), MPY_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL},
};

static MpyMethodDef listreviter_methods[] = {
    {"__length_hint__", MPY_METH(listreviter_length_hint), MPY_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL},
};

MpyTypeObject MpyListIter_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "list_iterator",
    .tp_basicsize = sizeof(ListIter),
    .tp_dealloc = listiter_dealloc,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC,
    .tp_traverse = listiter_traverse,
    .tp_iter = self_iter,
    .tp_iternext = listiter_next,
    .tp_methods = listiter_methods,
    .tp_free = mpy_gc_del,
};

MpyTypeObject MpyListRevIter_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "list_reverseiterator",
    .tp_basicsize = sizeof(ListIter),
    .tp_dealloc = listiter_dealloc,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC,
    .tp_traverse = listiter_traverse,
    .tp_iter = self_iter,
    .tp_iternext = listreviter_next,
    .tp_methods = listreviter_methods,
    .tp_free = mpy_gc_del,
};

/* ================================================================ type */

static MpyMethodDef list_methods[] = {
    {"__class_getitem__", MPY_METH(mpy_generic_alias_class_getitem), MPY_METH_O | MPY_METH_CLASS,
     "See PEP 585"},
    {"__reversed__", MPY_METH(list_reversed), MPY_METH_NOARGS,
     "Return a reverse iterator over the list."},
    {"__sizeof__", MPY_METH(list_sizeof), MPY_METH_NOARGS,
     "Return the size of the list in memory, in bytes."},
    {"clear", MPY_METH(list_clear_meth), MPY_METH_NOARGS, "Remove all items from list."},
    {"copy", MPY_METH(list_copy), MPY_METH_NOARGS, "Return a shallow copy of the list."},
    {"append", MPY_METH(mpy_list_append_meth), MPY_METH_O, "Append object to the end of the list."},
    {"insert", MPY_METH(list_insert_meth), MPY_METH_FASTCALL, "Insert object before index."},
    {"extend", MPY_METH(list_extend_meth), MPY_METH_O,
     "Extend list by appending elements from the iterable."},
    {"pop", MPY_METH(list_pop), MPY_METH_FASTCALL,
     "Remove and return item at index (default last).\n\nRaises IndexError if list is empty "
     "or index is out of range."},
    {"remove", MPY_METH(list_remove), MPY_METH_O,
     "Remove first occurrence of value.\n\nRaises ValueError if the value is not present."},
    {"index", MPY_METH(list_index), MPY_METH_FASTCALL,
     "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", MPY_METH(list_count), MPY_METH_O, "Return number of occurrences of value."},
    {"reverse", MPY_METH(list_reverse_meth), MPY_METH_NOARGS, "Reverse *IN PLACE*."},
    {"sort", MPY_METH(list_sort_meth), MPY_METH_FASTCALL | MPY_METH_KEYWORDS,
     "Sort the list in ascending order and return None.\n\nThe sort is in-place (i.e. the "
     "list itself is modified) and stable (i.e. the\norder of two equal elements is "
     "maintained).\n\nIf a key function is given, apply it once to each list item and sort "
     "them,\nascending or descending, according to their function values.\n\nThe reverse "
     "flag can be set to sort in descending order."},
    {NULL},
};

MpyTypeObject MpyList_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "list",
    .tp_basicsize = sizeof(MpyListObject),
    .tp_dealloc = list_dealloc,
    .tp_repr = list_repr,
    .tp_as_sequence = {
        .sq_length = list_length,
        .sq_concat = list_concat,
        .sq_repeat = list_repeat,
        .sq_item = list_item,
        .sq_ass_item = list_ass_item,
        .sq_contains = list_contains,
        .sq_inplace_concat = list_inplace_concat,
        .sq_inplace_repeat = list_inplace_repeat,
    },
    .tp_as_mapping = {
        .mp_length = list_length,
        .mp_subscript = list_subscript,
        .mp_ass_subscript = list_ass_subscript,
    },
    .tp_hash = mpy_object_hash_not_implemented,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC | MPY_TPFLAGS_BASETYPE | MPY_TPFLAGS_LIST_SUBCLASS,
    .tp_doc = "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates "
              "a new empty list.\nThe argument must be an iterable if specified.",
    .tp_traverse = list_traverse,
    .tp_clear = list_tp_clear,
    .tp_richcompare = list_richcompare,
    .tp_iter = list_iter,
    .tp_methods = list_methods,
    .tp_init = list_init,
    .tp_new = mpy_type_generic_new,
    .tp_free = mpy_gc_del,
    .tp_vectorcall = list_vectorcall,
};

void mpy_list_init(void)
{
    mpy_type_ready(&MpyList_Type);
    mpy_type_ready(&MpyListIter_Type);
    mpy_type_ready(&MpyListRevIter_Type);
    mpy_gc_register_freelist_clear(mpy_list_clear_freelist);
    mpy_alloc_register_freelist("free PyListObjects", freelist_count, NULL,
                                sizeof(MpyListObject));
}

void mpy_list_fini(void) { mpy_list_clear_freelist(); }
