/* enumerate(iterable, start=0): (index, item) pairs, counting in a machine
 * word and switching to ints of any size past it; the pair tuple is reused
 * when the caller let go of it (CPython's enum_next). */
#include "errors.h"
#include "gc.h"
#include "genericalias.h"
#include "int.h"
#include "iter.h"
#include "slice.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

typedef struct {
    MPY_OBJECT_HEAD;
    ssize_t en_index;        /* the next index, while it fits */
    MpyObject *en_sit;       /* the underlying iterator */
    MpyObject *en_result;    /* the reusable pair */
    MpyObject *en_longindex; /* the next index once en_index reached SSIZE_MAX */
} EnumObject;

static MpyObject *enum_new_impl(MpyTypeObject *type, MpyObject *iterable, MpyObject *start)
{
    EnumObject *en = (EnumObject *)mpy_type_generic_alloc(type, 0);
    if (!en)
        return NULL;
    if (start) {
        if (!mpy_index_check(start)) {
            mpy_err_format(MpyExc_TypeError, "'%s' object cannot be interpreted as an integer",
                           mpy_type_short_name(MPY_TYPE(start)));
            goto fail;
        }
        MpyObject *idx = mpy_number_index(start);
        if (!idx)
            goto fail;
        int64_t v;
        if (mpy_int_to_i64(idx, &v) == 0 && v != SSIZE_MAX) {
            en->en_index = (ssize_t)v;
            MPY_DECREF(idx);
        } else {
            en->en_index = SSIZE_MAX;
            en->en_longindex = idx;
        }
    }
    if (!(en->en_sit = mpy_object_getiter(iterable)))
        goto fail;
    if (!(en->en_result = mpy_tuple_pack(2, MPY_NONE, MPY_NONE)))
        goto fail;
    return MPY_CAST(en);
fail:
    MPY_DECREF(en);
    return NULL;
}

static MpyObject *bad_keyword(MpyObject *kw)
{
    return mpy_err_format(MpyExc_TypeError, "'%U' is an invalid keyword argument for enumerate()",
                          kw);
}

/* enumerate's arguments by hand, as CPython does it: (iterable, start)
 * by position or name. */
static MpyObject *enum_vectorcall(MpyObject *type, MpyObject *const *args, size_t nargs,
                                  MpyObject *kwnames)
{
    MpyTypeObject *tp = (MpyTypeObject *)type;
    size_t nkw = kwnames ? (size_t)MPY_SIZE(kwnames) : 0;
    MpyObject *kw0 = nkw > 0 ? MPY_TUPLE_GET(kwnames, 0) : NULL;
    MpyObject *kw1 = nkw > 1 ? MPY_TUPLE_GET(kwnames, 1) : NULL;
    if (nargs + nkw == 2) {
        if (nkw == 1 && !mpy_str_equal_cstr(kw0, "start"))
            return bad_keyword(kw0);
        if (nkw == 2) {
            if (mpy_str_equal_cstr(kw0, "start")) {
                if (!mpy_str_equal_cstr(kw1, "iterable"))
                    return bad_keyword(kw1);
                return enum_new_impl(tp, args[1], args[0]);
            }
            if (!mpy_str_equal_cstr(kw0, "iterable"))
                return bad_keyword(kw0);
            if (!mpy_str_equal_cstr(kw1, "start"))
                return bad_keyword(kw1);
        }
        return enum_new_impl(tp, args[0], args[1]);
    }
    if (nargs + nkw == 1) {
        if (nkw == 1 && !mpy_str_equal_cstr(kw0, "iterable"))
            return bad_keyword(kw0);
        return enum_new_impl(tp, args[0], NULL);
    }
    if (nargs == 0)
        return mpy_err_set_string(MpyExc_TypeError,
                                  "enumerate() missing required argument 'iterable'");
    return mpy_err_format(MpyExc_TypeError, "enumerate() takes at most 2 arguments (%zu given)",
                          nargs + nkw);
}

static MpyObject *enum_new(MpyTypeObject *type, MpyObject *const *args, size_t nargs,
                           MpyObject *kwnames)
{
    return enum_vectorcall(MPY_CAST(type), args, nargs, kwnames);
}

static void enum_dealloc(MpyObject *self)
{
    EnumObject *en = (EnumObject *)self;
    mpy_gc_untrack(self);
    MPY_XDECREF(en->en_sit);
    MPY_XDECREF(en->en_result);
    MPY_XDECREF(en->en_longindex);
    MPY_TYPE(self)->tp_free(self);
}

static int enum_traverse(MpyObject *self, mpy_visitproc visit, void *arg)
{
    EnumObject *en = (EnumObject *)self;
    MPY_VISIT(en->en_sit);
    MPY_VISIT(en->en_result);
    MPY_VISIT(en->en_longindex);
    return 0;
}

/* Puts (index, item) into the reusable pair when nobody else holds it. */
static MpyObject *make_pair(EnumObject *en, MpyObject *index, MpyObject *item)
{
    MpyObject *result = en->en_result;
    if (MPY_REFCNT(result) == 1) {
        MpyObject *old_index = MPY_TUPLE_GET(result, 0), *old_item = MPY_TUPLE_GET(result, 1);
        MPY_TUPLE_SET(result, 0, index);
        MPY_TUPLE_SET(result, 1, item);
        MPY_INCREF(result);
        MPY_DECREF(old_index);
        MPY_DECREF(old_item);
        /* The collector may have untracked it while it held atoms. */
        if (!mpy_gc_is_tracked(result))
            mpy_gc_track(result);
        return result;
    }
    result = mpy_tuple_new(2);
    if (!result) {
        MPY_DECREF(index);
        MPY_DECREF(item);
        return NULL;
    }
    MPY_TUPLE_SET(result, 0, index);
    MPY_TUPLE_SET(result, 1, item);
    return result;
}

static MpyObject *enum_next(MpyObject *self)
{
    EnumObject *en = (EnumObject *)self;
    MpyObject *item = MPY_TYPE(en->en_sit)->tp_iternext(en->en_sit);
    if (!item)
        return NULL;
    MpyObject *index;
    if (en->en_index == SSIZE_MAX) {
        if (!en->en_longindex && !(en->en_longindex = mpy_int_from_ssize(SSIZE_MAX))) {
            MPY_DECREF(item);
            return NULL;
        }
        index = en->en_longindex;
        MpyObject *next = mpy_number_add(index, MPY_SMALL_INT(1));
        if (!next) {
            MPY_DECREF(item);
            return NULL;
        }
        en->en_longindex = next; /* index keeps the old reference */
    } else {
        index = mpy_int_from_i64_inline(en->en_index);
        if (!index) {
            MPY_DECREF(item);
            return NULL;
        }
        en->en_index++;
    }
    return make_pair(en, index, item);
}

static MpyObject *self_iter(MpyObject *self) { return MPY_NEWREF(self); }

static MpyMethodDef enum_methods[] = {
    {"__class_getitem__", MPY_METH(mpy_generic_alias_class_getitem), MPY_METH_O | MPY_METH_CLASS,
     "See PEP 585"},
    {NULL},
};

MpyTypeObject MpyEnum_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "enumerate",
    .tp_basicsize = sizeof(EnumObject),
    .tp_dealloc = enum_dealloc,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC | MPY_TPFLAGS_BASETYPE,
    .tp_doc = "Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\n"
              "The enumerate object yields pairs containing a count (from start, which\ndefaults "
              "to zero) and a value yielded by the iterable argument.\n\nenumerate is useful for "
              "obtaining an indexed list:\n    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...",
    .tp_traverse = enum_traverse,
    .tp_iter = self_iter,
    .tp_iternext = enum_next,
    .tp_methods = enum_methods,
    .tp_new = enum_new,
    .tp_free = mpy_gc_del,
    .tp_vectorcall = enum_vectorcall,
};
