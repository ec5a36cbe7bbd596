/* BaseExceptionGroup and ExceptionGroup (PEP 654) as CPython 3.11 has them,
 * and the two steps of `except*` the eval loop delegates here: matching a
 * clause against a group, and assembling what is re-raised at the end. */
#include "exc_group.h"

#include "descr.h"
#include "dict.h"
#include "errors.h"
#include "function.h"
#include "gc.h"
#include "genericalias.h"
#include "int.h"
#include "interp.h"
#include "list.h"
#include "set.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

#define GROUP(op) ((MpyBaseExceptionGroupObject *)(op))

static MpyTypeObject exc_BaseExceptionGroup, exc_ExceptionGroup;
MpyTypeObject *MpyExc_BaseExceptionGroup = &exc_BaseExceptionGroup,
              *MpyExc_ExceptionGroup = &exc_ExceptionGroup;

/* ====================================================== construction */

/* PySequence_Check: indexable, and not a mapping. */
static bool is_sequence(MpyObject *o)
{
    return MPY_TYPE(o)->tp_as_sequence.sq_item && !MPY_DICT_CHECK(o);
}

/* The class __new__ really makes (CPython's BaseExceptionGroup_new): plain
 * BaseExceptionGroup becomes ExceptionGroup when every member is an
 * Exception; a class deriving from Exception refuses BaseExceptions. */
static MpyTypeObject *group_class(MpyTypeObject *type, MpyObject *excs)
{
    bool nests_base_exceptions = false;
    for (ssize_t i = 0; i < MPY_SIZE(excs); i++) {
        MpyObject *exc = MPY_TUPLE_GET(excs, i);
        if (!MPY_EXCEPTION_CHECK(exc)) {
            mpy_err_format(MpyExc_ValueError,
                           "Item %zd of second argument (exceptions) is not an exception", i);
            return NULL;
        }
        if (!MPY_OBJECT_TYPECHECK(exc, MpyExc_Exception))
            nests_base_exceptions = true;
    }
    if (type == &exc_BaseExceptionGroup)
        return nests_base_exceptions ? type : &exc_ExceptionGroup;
    if (nests_base_exceptions && type == &exc_ExceptionGroup) {
        mpy_err_set_string(MpyExc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
        return NULL;
    }
    if (nests_base_exceptions && mpy_type_is_subtype(type, MpyExc_Exception)) {
        mpy_err_format(MpyExc_TypeError, "Cannot nest BaseExceptions in '%s'", type->tp_name);
        return NULL;
    }
    return type;
}

static MpyObject *group_new(MpyTypeObject *type, MpyObject *const *args, size_t nargs,
                            MpyObject *kwnames)
{
    if (nargs != 2)
        return mpy_err_format(MpyExc_TypeError,
                              "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)",
                              nargs);
    MpyObject *message = args[0], *exceptions = args[1];
    if (!MPY_STR_CHECK(message))
        return mpy_err_format(MpyExc_TypeError,
                              "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                              message == MPY_NONE ? "None" : mpy_type_short_name(MPY_TYPE(message)));
    if (!is_sequence(exceptions))
        return mpy_err_set_string(MpyExc_TypeError,
                                  "second argument (exceptions) must be a sequence");
    MpyObject *excs = mpy_tuple_from_iterable(exceptions);
    if (!excs)
        return NULL;
    MpyTypeObject *cls = NULL;
    if (MPY_SIZE(excs) == 0)
        mpy_err_set_string(MpyExc_ValueError,
                           "second argument (exceptions) must be a non-empty sequence");
    else
        cls = group_class(type, excs);
    MpyObject *self = cls ? MpyExc_BaseException->tp_new(cls, args, nargs, kwnames) : NULL;
    if (!self) {
        MPY_DECREF(excs);
        return NULL;
    }
    GROUP(self)->msg = MPY_NEWREF(message);
    GROUP(self)->excs = excs;
    return self;
}

/* BaseException's init, under the group's own name (as CPython's type
 * lists an __init__ of its own). */
static int group_init(MpyObject *self, MpyObject *const *args, size_t nargs, MpyObject *kwnames)
{
    return MpyExc_BaseException->tp_init(self, args, nargs, kwnames);
}

static int group_traverse(MpyObject *self, mpy_visitproc visit, void *arg)
{
    MPY_VISIT(GROUP(self)->msg);
    MPY_VISIT(GROUP(self)->excs);
    return MpyExc_BaseException->tp_traverse(self, visit, arg);
}

static int group_clear(MpyObject *self)
{
    MPY_CLEAR(GROUP(self)->msg);
    MPY_CLEAR(GROUP(self)->excs);
    return MpyExc_BaseException->tp_clear(self);
}

/* "msg (2 sub-exceptions)" */
static MpyObject *group_str(MpyObject *self)
{
    ssize_t n = GROUP(self)->excs ? MPY_SIZE(GROUP(self)->excs) : 0;
    MpyObject *msg = GROUP(self)->msg ? GROUP(self)->msg : MPY_NONE;
    return mpy_str_from_format("%S (%zd sub-exception%s)", msg, n, n > 1 ? "s" : "");
}

/* ============================================================ derive */

static MpyObject *group_derive(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    if (nargs != 1)
        return mpy_err_format(MpyExc_TypeError, "function takes exactly 1 argument (%zu given)",
                              nargs);
    MpyObject *init_args[2] = {GROUP(self)->msg ? GROUP(self)->msg : MPY_NONE, args[0]};
    return mpy_call(MPY_CAST(&exc_BaseExceptionGroup), init_args, 2, NULL);
}

/* A part of `orig` holding `excs` (a list), made by orig.derive() and given
 * orig's traceback, cause, context and a copy of its notes (CPython's
 * exceptiongroup_subset). NULL in *result when excs is empty. */
static int derive_part(MpyObject *orig, MpyObject *excs, MpyObject **result)
{
    *result = NULL;
    if (MPY_SIZE(excs) == 0)
        return 0;
    MpyObject *eg = mpy_call_method(orig, "derive", &excs, 1);
    if (!eg)
        return -1;
    if (!MPY_EXC_GROUP_CHECK(eg)) {
        mpy_err_set_string(MpyExc_TypeError,
                           "derive must return an instance of BaseExceptionGroup");
        goto fail;
    }
    if (mpy_exc_traceback(orig))
        mpy_exc_set_traceback(eg, MPY_NEWREF(mpy_exc_traceback(orig)));
    mpy_exc_set_context(eg, MPY_XNEWREF(mpy_exc_context(orig)));
    mpy_exc_set_cause(eg, MPY_XNEWREF(mpy_exc_cause(orig)));
    MpyObject *notes, *name = mpy_str_intern_cstr("__notes__");
    int found = mpy_object_lookup_attr(orig, name, &notes);
    if (found < 0)
        goto fail;
    /* Notes that are not a sequence are the user's earlier mistake, which
     * split() is not the place to report: they are left behind. */
    if (found && is_sequence(notes)) {
        MpyObject *copy = mpy_list_from_iterable(notes);
        int err = copy ? mpy_object_setattr(eg, name, copy) : -1;
        MPY_XDECREF(copy);
        if (err < 0) {
            MPY_DECREF(notes);
            goto fail;
        }
    }
    if (found)
        MPY_DECREF(notes);
    *result = eg;
    return 0;
fail:
    MPY_DECREF(eg);
    return -1;
}

/* ============================================================= split */

/* What split() and subgroup() match leaves against (CPython's
 * _exceptiongroup_split_matcher_type). */
typedef enum {
    MATCH_BY_TYPE,      /* an exception class or a tuple of them */
    MATCH_BY_PREDICATE, /* a Python function returning a truth value */
    MATCH_BY_IDENTITY,  /* a set of the ids of leaves (for PREP_RERAISE_STAR) */
} MatcherKind;

static int matcher_kind(MpyObject *value, MatcherKind *kind)
{
    if (MPY_FUNCTION_CHECK(value)) {
        *kind = MATCH_BY_PREDICATE;
        return 0;
    }
    bool is_type = MPY_EXCEPTION_CLASS_CHECK(value);
    if (!is_type && MPY_TUPLE_CHECK(value) && MPY_TYPE(value) == &MpyTuple_Type) {
        is_type = true;
        for (ssize_t i = 0; i < MPY_SIZE(value); i++)
            if (!MPY_EXCEPTION_CLASS_CHECK(MPY_TUPLE_GET(value, i)))
                is_type = false;
    }
    if (!is_type) {
        mpy_err_set_string(MpyExc_TypeError,
                           "expected a function, exception type or tuple of exception types");
        return -1;
    }
    *kind = MATCH_BY_TYPE;
    return 0;
}

static MpyObject *leaf_id(MpyObject *exc) { return mpy_int_from_i64((int64_t)(intptr_t)exc); }

/* 1 if exc matches, 0 if not, -1 on error. */
static int leaf_matches(MpyObject *exc, MatcherKind kind, MpyObject *matcher)
{
    switch (kind) {
    case MATCH_BY_TYPE:
        return mpy_err_given_matches(exc, matcher);
    case MATCH_BY_PREDICATE: {
        MpyObject *verdict = mpy_call_one(matcher, exc);
        if (!verdict)
            return -1;
        int truth = mpy_object_is_true(verdict);
        MPY_DECREF(verdict);
        return truth;
    }
    case MATCH_BY_IDENTITY: {
        MpyObject *id = leaf_id(exc);
        int found = id ? mpy_set_contains(matcher, id) : -1;
        MPY_XDECREF(id);
        return found;
    }
    }
    return 0;
}

typedef struct {
    MpyObject *match; /* new references, or NULL for "nothing" */
    MpyObject *rest;
} SplitResult;

static int split_recursive(MpyObject *exc, MatcherKind kind, MpyObject *matcher,
                           bool want_rest, SplitResult *result);

/* Splits each member of group `eg` into the match and rest lists. */
static int split_members(MpyObject *eg, MatcherKind kind, MpyObject *matcher,
                         MpyObject *match_list, MpyObject *rest_list)
{
    MpyObject *excs = GROUP(eg)->excs;
    for (ssize_t i = 0; i < MPY_SIZE(excs); i++) {
        SplitResult part;
        if (mpy_enter_recursive_call(" in exceptiongroup_split_recursive") < 0)
            return -1;
        int err = split_recursive(MPY_TUPLE_GET(excs, i), kind, matcher, rest_list != NULL,
                                  &part);
        mpy_leave_recursive_call();
        if (err < 0)
            return -1;
        if (part.match && mpy_list_append(match_list, part.match) < 0)
            err = -1;
        if (part.rest && err == 0 && mpy_list_append(rest_list, part.rest) < 0)
            err = -1;
        MPY_XDECREF(part.match);
        MPY_XDECREF(part.rest);
        if (err < 0)
            return -1;
    }
    return 0;
}

/* CPython's exceptiongroup_split_recursive: a full match is exc itself; a
 * group partly matching is rebuilt (derive) from its matching members. */
static int split_recursive(MpyObject *exc, MatcherKind kind, MpyObject *matcher,
                           bool want_rest, SplitResult *result)
{
    result->match = result->rest = NULL;
    int is_match = leaf_matches(exc, kind, matcher);
    if (is_match < 0)
        return -1;
    if (is_match) {
        result->match = MPY_NEWREF(exc);
        return 0;
    }
    if (!MPY_EXC_GROUP_CHECK(exc)) {
        if (want_rest)
            result->rest = MPY_NEWREF(exc);
        return 0;
    }
    MpyObject *match_list = mpy_list_new(0);
    MpyObject *rest_list = want_rest ? mpy_list_new(0) : NULL;
    int err = -1;
    if (match_list && (rest_list || !want_rest) &&
        split_members(exc, kind, matcher, match_list, rest_list) == 0 &&
        derive_part(exc, match_list, &result->match) == 0 &&
        (!want_rest || derive_part(exc, rest_list, &result->rest) == 0))
        err = 0;
    if (err < 0)
        MPY_CLEAR(result->match);
    MPY_XDECREF(match_list);
    MPY_XDECREF(rest_list);
    return err;
}

static MpyObject *or_none(MpyObject *part) { return part ? part : MPY_NEWREF(MPY_NONE); }

static int split_by(MpyObject *self, const char *name, MpyObject *const *args, size_t nargs,
                    bool want_rest, SplitResult *result)
{
    if (nargs != 1) {
        mpy_err_format(MpyExc_TypeError, "%s expected 1 argument, got %zu", name, nargs);
        return -1;
    }
    MatcherKind kind;
    if (matcher_kind(args[0], &kind) < 0)
        return -1;
    return split_recursive(self, kind, args[0], want_rest, result);
}

static MpyObject *group_split(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    SplitResult parts;
    if (split_by(self, "split", args, nargs, true, &parts) < 0)
        return NULL;
    MpyObject *pair = mpy_tuple_new(2);
    if (pair) {
        MPY_TUPLE_SET(pair, 0, or_none(parts.match));
        MPY_TUPLE_SET(pair, 1, or_none(parts.rest));
    } else {
        MPY_XDECREF(parts.match);
        MPY_XDECREF(parts.rest);
    }
    return pair;
}

static MpyObject *group_subgroup(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    SplitResult parts;
    if (split_by(self, "subgroup", args, nargs, false, &parts) < 0)
        return NULL;
    return or_none(parts.match);
}

/* ========================================================== the types */

static MpyMethodDef group_methods[] = {
    {"__class_getitem__", MPY_METH(mpy_generic_alias_class_getitem), MPY_METH_O | MPY_METH_CLASS,
     "See PEP 585"},
    {"derive", MPY_METH(group_derive), MPY_METH_FASTCALL, NULL},
    {"split", MPY_METH(group_split), MPY_METH_FASTCALL, NULL},
    {"subgroup", MPY_METH(group_subgroup), MPY_METH_FASTCALL, NULL},
    {NULL},
};

static MpyMemberDef group_members[] = {
    {"message", MPY_T_OBJECT, offsetof(MpyBaseExceptionGroupObject, msg), MPY_READONLY,
     "exception message"},
    {"exceptions", MPY_T_OBJECT, offsetof(MpyBaseExceptionGroupObject, excs), MPY_READONLY,
     "nested exceptions"},
    {NULL},
};

#define GROUP_FLAGS \
    (MPY_TPFLAGS_BASETYPE | MPY_TPFLAGS_HAVE_GC | MPY_TPFLAGS_BASE_EXC_SUBCLASS)

/* tp_base is BaseException, set when readied (its object is exceptions.c's). */
static MpyTypeObject exc_BaseExceptionGroup = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "BaseExceptionGroup",
    .tp_basicsize = sizeof(MpyBaseExceptionGroupObject),
    .tp_flags = GROUP_FLAGS,
    .tp_doc = "A combination of multiple unrelated exceptions.",
    .tp_traverse = group_traverse,
    .tp_clear = group_clear,
    .tp_methods = group_methods,
    .tp_members = group_members,
    .tp_str = group_str,
    .tp_init = group_init,
    .tp_new = group_new,
};

/* Bases (BaseExceptionGroup, Exception), set when readied; no doc, as
 * CPython's (made by PyErr_NewException). */
static MpyTypeObject exc_ExceptionGroup = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "ExceptionGroup",
    .tp_basicsize = sizeof(MpyBaseExceptionGroupObject),
    .tp_flags = GROUP_FLAGS,
    .tp_base = &exc_BaseExceptionGroup,
};

int mpy_exc_group_init(void)
{
    exc_BaseExceptionGroup.tp_base = MpyExc_BaseException;
    if (mpy_type_ready(&exc_BaseExceptionGroup) < 0)
        return -1;
    if (!exc_ExceptionGroup.tp_bases &&
        !(exc_ExceptionGroup.tp_bases =
              mpy_tuple_pack(2, &exc_BaseExceptionGroup, MpyExc_Exception)))
        return -1;
    return mpy_type_ready(&exc_ExceptionGroup);
}

int mpy_exc_group_add_builtins(MpyObject *builtins)
{
    if (mpy_dict_set_item_str(builtins, "BaseExceptionGroup", MPY_CAST(&exc_BaseExceptionGroup)) < 0)
        return -1;
    return mpy_dict_set_item_str(builtins, "ExceptionGroup", MPY_CAST(&exc_ExceptionGroup));
}

/* ============================================================ except* */

int mpy_exc_group_check_star_type(MpyObject *type)
{
    bool is_group = false;
    if (MPY_TUPLE_CHECK(type)) {
        for (ssize_t i = 0; i < MPY_SIZE(type); i++)
            is_group |= mpy_type_is_subtype((MpyTypeObject *)MPY_TUPLE_GET(type, i),
                                            &exc_BaseExceptionGroup);
    } else {
        is_group = mpy_type_is_subtype((MpyTypeObject *)type, &exc_BaseExceptionGroup);
    }
    if (!is_group)
        return 0;
    mpy_err_set_string(MpyExc_TypeError,
                       "catching ExceptionGroup with except* is not allowed. Use except instead.");
    return -1;
}

/* BaseExceptionGroup('', excs): the groups the interpreter makes
 * (CPython's _PyExc_CreateExceptionGroup). */
static MpyObject *new_unnamed_group(MpyObject *excs)
{
    MpyObject *args[2] = {mpy_str_from_cstr(""), excs};
    if (!args[0])
        return NULL;
    MpyObject *eg = mpy_call(MPY_CAST(&exc_BaseExceptionGroup), args, 2, NULL);
    MPY_DECREF(args[0]);
    return eg;
}

/* ExceptionGroup('', [exc]), with no traceback of its own (3.11). */
static MpyObject *wrap_naked(MpyObject *exc)
{
    MpyObject *excs = mpy_tuple_pack(1, exc);
    if (!excs)
        return NULL;
    MpyObject *wrapped = new_unnamed_group(excs);
    MPY_DECREF(excs);
    return wrapped;
}

int mpy_exc_group_match(MpyObject *exc, MpyObject *type, MpyObject **match,
                        MpyObject **rest)
{
    *match = *rest = NULL;
    if (!MPY_EXCEPTION_CHECK(exc)) {
        *match = MPY_NEWREF(MPY_NONE);
        *rest = MPY_NEWREF(MPY_NONE);
        return 0;
    }
    if (mpy_err_given_matches(exc, type)) {
        *match = MPY_EXC_GROUP_CHECK(exc) ? MPY_NEWREF(exc) : wrap_naked(exc);
        if (!*match)
            return -1;
        *rest = MPY_NEWREF(MPY_NONE);
        return 0;
    }
    if (!MPY_EXC_GROUP_CHECK(exc)) {
        *match = MPY_NEWREF(MPY_NONE);
        *rest = MPY_NEWREF(MPY_NONE);
        return 0;
    }
    MpyObject *pair = mpy_call_method(exc, "split", &type, 1);
    if (!pair)
        return -1;
    if (!MPY_TUPLE_CHECK(pair) || MPY_SIZE(pair) != 2) {
        MPY_DECREF(pair);
        mpy_err_set_string(MpyExc_TypeError, "split must return a 2-tuple");
        return -1;
    }
    /* CPython trusts split(); an override returning other things must
     * not reach PREP_RERAISE_STAR, which reads exception fields. */
    for (ssize_t i = 0; i < 2; i++) {
        MpyObject *part = MPY_TUPLE_GET(pair, i);
        if (part != MPY_NONE && !MPY_EXCEPTION_CHECK(part)) {
            MPY_DECREF(pair);
            mpy_err_set_string(MpyExc_TypeError, "split must return exceptions or None");
            return -1;
        }
    }
    *match = MPY_NEWREF(MPY_TUPLE_GET(pair, 0));
    *rest = MPY_NEWREF(MPY_TUPLE_GET(pair, 1));
    MPY_DECREF(pair);
    return 0;
}

/* Re-raised, not raised: a clause let the exception (or a part split off
 * it, which copies these) go on unchanged. CPython compares notes too, but
 * its notes field is always empty (they live in the dict), so we skip it. */
static bool same_metadata(MpyObject *a, MpyObject *b)
{
    return mpy_exc_traceback(a) == mpy_exc_traceback(b) &&
           mpy_exc_cause(a) == mpy_exc_cause(b) && mpy_exc_context(a) == mpy_exc_context(b);
}

static int collect_leaf_ids(MpyObject *exc, MpyObject *ids)
{
    if (!MPY_EXC_GROUP_CHECK(exc)) {
        MpyObject *id = leaf_id(exc);
        int err = id ? mpy_set_add(ids, id) : -1;
        MPY_XDECREF(id);
        return err;
    }
    MpyObject *excs = GROUP(exc)->excs;
    for (ssize_t i = 0; i < MPY_SIZE(excs); i++) {
        if (mpy_enter_recursive_call(" in collect_exception_group_leaf_ids") < 0)
            return -1;
        int err = collect_leaf_ids(MPY_TUPLE_GET(excs, i), ids);
        mpy_leave_recursive_call();
        if (err < 0)
            return -1;
    }
    return 0;
}

/* The part of group `eg` whose leaves appear in the groups of `keep`
 * (CPython's exception_group_projection); None if none do. */
static MpyObject *projection(MpyObject *eg, MpyObject *keep)
{
    MpyObject *ids = mpy_set_new(NULL);
    if (!ids)
        return NULL;
    for (ssize_t i = 0; i < MPY_SIZE(keep); i++)
        if (collect_leaf_ids(MPY_LIST_GET(keep, i), ids) < 0) {
            MPY_DECREF(ids);
            return NULL;
        }
    SplitResult parts;
    int err = split_recursive(eg, MATCH_BY_IDENTITY, ids, false, &parts);
    MPY_DECREF(ids);
    return err < 0 ? NULL : or_none(parts.match);
}

/* The raised exceptions, and the re-raised part of orig as the last one,
 * in a new group with message '' (or alone if there is only one). */
static MpyObject *combine(MpyObject *raised, MpyObject *reraised_eg)
{
    if (reraised_eg != MPY_NONE && mpy_list_append(raised, reraised_eg) < 0)
        return NULL;
    if (MPY_SIZE(raised) == 1)
        return MPY_NEWREF(MPY_LIST_GET(raised, 0));
    return new_unnamed_group(raised);
}

MpyObject *mpy_exc_group_prep_reraise(MpyObject *orig, MpyObject *excs)
{
    ssize_t n = MPY_SIZE(excs);
    if (n == 0)
        MPY_RETURN_NONE;
    /* A naked exception was wrapped: only one clause ran, so there is at
     * most one exception to raise. */
    if (!MPY_EXC_GROUP_CHECK(orig))
        return MPY_NEWREF(MPY_LIST_GET(excs, 0));
    MpyObject *raised = mpy_list_new(0), *reraised = mpy_list_new(0), *result = NULL;
    if (!raised || !reraised)
        goto done;
    for (ssize_t i = 0; i < n; i++) {
        MpyObject *e = MPY_LIST_GET(excs, i);
        if (e != MPY_NONE && mpy_list_append(same_metadata(e, orig) ? reraised : raised, e) < 0)
            goto done;
    }
    MpyObject *reraised_eg = projection(orig, reraised);
    if (!reraised_eg)
        goto done;
    result = MPY_SIZE(raised) == 0 ? MPY_NEWREF(reraised_eg) : combine(raised, reraised_eg);
    MPY_DECREF(reraised_eg);
done:
    MPY_XDECREF(raised);
    MPY_XDECREF(reraised);
    return result;
}
