/* The generic iterators: "iterator" (iter() of an object that only has
 * __getitem__: items 0, 1, 2... until IndexError) and "callable_iterator"
 * (iter(f, sentinel)); the length hint used to presize lists; and the
 * readying of every builtin iterator type. */
#include "iter.h"

#include "gc.h"
#include "genericalias.h"
#include "int.h"
#include "str.h"
#include "type.h"

/* Calls type(o).<name>(o) when the type defines it: 1 with the result, 0
 * when it does not, -1 on error (CPython's _PyObject_LookupSpecial + call). */
static int call_special(MpyObject *o, MpyObject *name, MpyObject **result)
{
    MpyObject *meth = mpy_type_lookup(MPY_TYPE(o), name);
    if (!meth)
        return 0;
    if (meth == MPY_NONE) {
        *result = MPY_NEWREF(MPY_NONE);
        return 1;
    }
    mpy_descrgetfunc get = MPY_TYPE(meth)->tp_descr_get;
    if (get) {
        MpyObject *bound = get(meth, o, MPY_CAST(MPY_TYPE(o)));
        if (!bound)
            return -1;
        *result = mpy_call_noargs(bound);
        MPY_DECREF(bound);
    } else {
        *result = mpy_call_noargs(meth);
    }
    return *result ? 1 : -1;
}

ssize_t mpy_object_length_hint(MpyObject *o, ssize_t defaultvalue)
{
    MpyTypeObject *t = MPY_TYPE(o);
    if (t->tp_as_sequence.sq_length || t->tp_as_mapping.mp_length) {
        ssize_t n = mpy_object_length(o);
        if (n >= 0)
            return n;
        if (!mpy_err_exception_matches(MpyExc_TypeError))
            return -1;
        mpy_err_clear();
    }
    MpyObject *result;
    int found = call_special(o, mpy_str_intern_cstr("__length_hint__"), &result);
    if (found == 0)
        return defaultvalue;
    if (found < 0) {
        if (!mpy_err_exception_matches(MpyExc_TypeError))
            return -1;
        mpy_err_clear();
        return defaultvalue;
    }
    if (result == MPY_NOTIMPLEMENTED) {
        MPY_DECREF(result);
        return defaultvalue;
    }
    if (!MPY_INT_CHECK(result)) {
        mpy_err_format(MpyExc_TypeError, "__length_hint__ must be an integer, not %s",
                       mpy_type_short_name(MPY_TYPE(result)));
        MPY_DECREF(result);
        return -1;
    }
    ssize_t n = mpy_int_as_ssize(result);
    MPY_DECREF(result);
    if (n == -1 && mpy_err_occurred())
        return -1;
    if (n < 0) {
        mpy_err_set_string(MpyExc_ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return n;
}

/* seq[i] as PySequence_GetItem does it for i >= 0. */
static MpyObject *sequence_item(MpyObject *seq, ssize_t i)
{
    MpyTypeObject *t = MPY_TYPE(seq);
    if (t->tp_as_sequence.sq_item)
        return t->tp_as_sequence.sq_item(seq, i);
    MpyObject *key = mpy_int_from_ssize(i);
    if (!key)
        return NULL;
    MpyObject *res = mpy_object_getitem(seq, key);
    MPY_DECREF(key);
    return res;
}

/* ========================================================== seqiter */

typedef struct {
    MPY_OBJECT_HEAD;
    ssize_t it_index;
    MpyObject *it_seq; /* NULL once exhausted */
} SeqIter;

MpyObject *mpy_seqiter_new(MpyObject *seq)
{
    SeqIter *it = (SeqIter *)mpy_gc_new(&MpySeqIter_Type);
    if (!it)
        return NULL;
    it->it_index = 0;
    it->it_seq = MPY_NEWREF(seq);
    mpy_gc_track(MPY_CAST(it));
    return MPY_CAST(it);
}

static void seqiter_dealloc(MpyObject *self)
{
    mpy_gc_untrack(self);
    MPY_XDECREF(((SeqIter *)self)->it_seq);
    mpy_gc_del(self);
}

static int seqiter_traverse(MpyObject *self, mpy_visitproc visit, void *arg)
{
    MPY_VISIT(((SeqIter *)self)->it_seq);
    return 0;
}

static MpyObject *seqiter_next(MpyObject *self)
{
    SeqIter *it = (SeqIter *)self;
    MpyObject *seq = it->it_seq;
    if (!seq)
        return NULL;
    if (it->it_index == SSIZE_MAX)
        return mpy_err_set_string(MpyExc_OverflowError, "iter index too large");
    MpyObject *result = sequence_item(seq, it->it_index);
    if (result) {
        it->it_index++;
        return result;
    }
    if (mpy_err_exception_matches(MpyExc_IndexError) ||
        mpy_err_exception_matches(MpyExc_StopIteration)) {
        mpy_err_clear();
        it->it_seq = NULL;
        MPY_DECREF(seq);
    }
    return NULL;
}

static MpyObject *seqiter_length_hint(MpyObject *self, MpyObject *unused)
{
    SeqIter *it = (SeqIter *)self;
    if (it->it_seq) {
        MpyTypeObject *t = MPY_TYPE(it->it_seq);
        if (!t->tp_as_sequence.sq_length && !t->tp_as_mapping.mp_length)
            return MPY_NEWREF(MPY_NOTIMPLEMENTED);
        ssize_t size = mpy_object_length(it->it_seq);
        if (size < 0)
            return NULL;
        if (size - it->it_index >= 0)
            return mpy_int_from_ssize(size - it->it_index);
    }
    return mpy_int_from_ssize(0);
}

static MpyObject *self_iter(MpyObject *self) { return MPY_NEWREF(self); }

static MpyMethodDef seqiter_methods[] = {
    {"__length_hint__", MPY_METH(seqiter_length_hint), MPY_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL},
};

MpyTypeObject MpySeqIter_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "iterator",
    .tp_basicsize = sizeof(SeqIter),
    .tp_dealloc = seqiter_dealloc,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC,
    .tp_traverse = seqiter_traverse,
    .tp_iter = self_iter,
    .tp_iternext = seqiter_next,
    .tp_methods = seqiter_methods,
    .tp_free = mpy_gc_del,
};

/* ========================================================= calliter */

typedef struct {
    MPY_OBJECT_HEAD;
    MpyObject *it_callable; /* both NULL once exhausted */
    MpyObject *it_sentinel;
} CallIter;

MpyObject *mpy_calliter_new(MpyObject *callable, MpyObject *sentinel)
{
    CallIter *it = (CallIter *)mpy_gc_new(&MpyCallIter_Type);
    if (!it)
        return NULL;
    it->it_callable = MPY_NEWREF(callable);
    it->it_sentinel = MPY_NEWREF(sentinel);
    mpy_gc_track(MPY_CAST(it));
    return MPY_CAST(it);
}

static void calliter_dealloc(MpyObject *self)
{
    CallIter *it = (CallIter *)self;
    mpy_gc_untrack(self);
    MPY_XDECREF(it->it_callable);
    MPY_XDECREF(it->it_sentinel);
    mpy_gc_del(self);
}

static int calliter_traverse(MpyObject *self, mpy_visitproc visit, void *arg)
{
    CallIter *it = (CallIter *)self;
    MPY_VISIT(it->it_callable);
    MPY_VISIT(it->it_sentinel);
    return 0;
}

/* Calls the function; stops at a result equal to the sentinel, or when it
 * raises StopIteration. */
static MpyObject *calliter_next(MpyObject *self)
{
    CallIter *it = (CallIter *)self;
    if (!it->it_callable)
        return NULL;
    MpyObject *result = mpy_call_noargs(it->it_callable);
    if (result) {
        int ok = mpy_object_richcompare_bool(it->it_sentinel, result, MPY_EQ);
        if (ok == 0)
            return result;
        if (ok > 0) {
            MPY_CLEAR(it->it_callable);
            MPY_CLEAR(it->it_sentinel);
        }
    } else if (mpy_err_exception_matches(MpyExc_StopIteration)) {
        mpy_err_clear();
        MPY_CLEAR(it->it_callable);
        MPY_CLEAR(it->it_sentinel);
    }
    MPY_XDECREF(result);
    return NULL;
}

MpyTypeObject MpyCallIter_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "callable_iterator",
    .tp_basicsize = sizeof(CallIter),
    .tp_dealloc = calliter_dealloc,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC,
    .tp_traverse = calliter_traverse,
    .tp_iter = self_iter,
    .tp_iternext = calliter_next,
    .tp_free = mpy_gc_del,
};

/* ================================================================ init */

void mpy_iter_init(void)
{
    MpyTypeObject *types[] = {
        &MpySeqIter_Type, &MpyCallIter_Type, &MpyEnum_Type,     &MpyZip_Type,
        &MpyMap_Type,     &MpyFilter_Type,   &MpyReversed_Type,
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        mpy_type_ready(types[i]);
    mpy_genericalias_init();
}

void mpy_iter_fini(void) {}
