/* reversed(seq): seq.__reversed__() when the type has it (None there means
 * "not reversible"), else an iterator over seq[len-1], ..., seq[0] for any
 * sequence (an object with __getitem__ and __len__ that is not a dict). */
#include "args.h"
#include "dict.h"
#include "errors.h"
#include "gc.h"
#include "int.h"
#include "iter.h"
#include "str.h"
#include "type.h"

typedef struct {
    MPY_OBJECT_HEAD;
    ssize_t index;
    MpyObject *seq; /* NULL once exhausted */
} ReversedObject;

static MpyObject *not_reversible(MpyObject *seq)
{
    return mpy_err_format(MpyExc_TypeError, "'%s' object is not reversible",
                          mpy_type_short_name(MPY_TYPE(seq)));
}

static MpyObject *reversed_impl(MpyTypeObject *type, MpyObject *seq)
{
    MpyObject *meth = mpy_type_lookup(MPY_TYPE(seq), MPY_ID(__reversed__));
    if (meth == MPY_NONE)
        return not_reversible(seq);
    if (meth) {
        mpy_descrgetfunc get = MPY_TYPE(meth)->tp_descr_get;
        if (!get)
            return mpy_call_noargs(meth);
        MpyObject *bound = get(meth, seq, MPY_CAST(MPY_TYPE(seq)));
        if (!bound)
            return NULL;
        MpyObject *res = mpy_call_noargs(bound);
        MPY_DECREF(bound);
        return res;
    }
    /* PySequence_Check: item access by index, and not a dict. */
    if (MPY_DICT_CHECK(seq) || !MPY_TYPE(seq)->tp_as_sequence.sq_item)
        return not_reversible(seq);
    ssize_t n = mpy_object_length(seq);
    if (n < 0)
        return NULL;
    ReversedObject *ro = (ReversedObject *)mpy_type_generic_alloc(type, 0);
    if (!ro)
        return NULL;
    ro->index = n - 1;
    ro->seq = MPY_NEWREF(seq);
    return MPY_CAST(ro);
}

static MpyObject *reversed_vectorcall(MpyObject *type, MpyObject *const *args, size_t nargs,
                                      MpyObject *kwnames)
{
    if (mpy_arg_no_keywords("reversed", kwnames) < 0 ||
        mpy_arg_check_positional("reversed", nargs, 1, 1) < 0)
        return NULL;
    return reversed_impl((MpyTypeObject *)type, args[0]);
}

static MpyObject *reversed_new(MpyTypeObject *type, MpyObject *const *args, size_t nargs,
                               MpyObject *kwnames)
{
    if (type == &MpyReversed_Type)
        return reversed_vectorcall(MPY_CAST(type), args, nargs, kwnames);
    if (mpy_arg_check_positional("reversed", nargs, 1, 1) < 0)
        return NULL;
    return reversed_impl(type, args[0]);
}

static void reversed_dealloc(MpyObject *self)
{
    mpy_gc_untrack(self);
    MPY_XDECREF(((ReversedObject *)self)->seq);
    MPY_TYPE(self)->tp_free(self);
}

static int reversed_traverse(MpyObject *self, mpy_visitproc visit, void *arg)
{
    MPY_VISIT(((ReversedObject *)self)->seq);
    return 0;
}

static MpyObject *reversed_next(MpyObject *self)
{
    ReversedObject *ro = (ReversedObject *)self;
    if (ro->index >= 0 && ro->seq) {
        MpyObject *item = MPY_TYPE(ro->seq)->tp_as_sequence.sq_item(ro->seq, ro->index);
        if (item) {
            ro->index--;
            return item;
        }
        if (!mpy_err_exception_matches(MpyExc_IndexError) &&
            !mpy_err_exception_matches(MpyExc_StopIteration))
            return NULL;
        mpy_err_clear();
    }
    ro->index = -1;
    MPY_CLEAR(ro->seq);
    return NULL;
}

static MpyObject *reversed_length_hint(MpyObject *self, MpyObject *unused)
{
    ReversedObject *ro = (ReversedObject *)self;
    ssize_t position = ro->index + 1;
    if (!ro->seq)
        return mpy_int_from_ssize(0);
    ssize_t seqsize = mpy_object_length(ro->seq);
    if (seqsize < 0)
        return NULL;
    return mpy_int_from_ssize(seqsize < position ? 0 : position);
}

static MpyObject *self_iter(MpyObject *self) { return MPY_NEWREF(self); }

static MpyMethodDef reversed_methods[] = {
    {"__length_hint__", MPY_METH(reversed_length_hint), MPY_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL},
};

MpyTypeObject MpyReversed_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "reversed",
    .tp_basicsize = sizeof(ReversedObject),
    .tp_dealloc = reversed_dealloc,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC | MPY_TPFLAGS_BASETYPE,
    .tp_doc = "Return a reverse iterator over the values of the given sequence.",
    .tp_traverse = reversed_traverse,
    .tp_iter = self_iter,
    .tp_iternext = reversed_next,
    .tp_methods = reversed_methods,
    .tp_new = reversed_new,
    .tp_free = mpy_gc_del,
    .tp_vectorcall = reversed_vectorcall,
};
