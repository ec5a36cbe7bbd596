/* types.SimpleNamespace. */
#include "namespace.h"

#include "dict.h"
#include "errors.h"
#include "gc.h"
#include "interp.h"
#include "str.h"
#include "strbuf.h"
#include "tuple.h"
#include "type.h"

typedef struct {
    MPY_OBJECT_HEAD;
    MpyObject *ns_dict;
} MpyNamespaceObject;

#define NS(op) ((MpyNamespaceObject *)(op))

MpyObject *mpy_namespace_new(MpyObject *dict)
{
    MpyObject *ns = mpy_type_generic_alloc(&MpyNamespace_Type, 0);
    if (!ns)
        return NULL;
    NS(ns)->ns_dict = mpy_dict_new();
    if (!NS(ns)->ns_dict || (dict && mpy_dict_update(NS(ns)->ns_dict, dict) < 0)) {
        MPY_DECREF(ns);
        return NULL;
    }
    return ns;
}

static int namespace_init(MpyObject *self, MpyObject *const *args, size_t nargs,
                          MpyObject *kwnames)
{
    if (nargs) {
        mpy_err_format(MpyExc_TypeError, "no positional arguments expected");
        return -1;
    }
    if (!NS(self)->ns_dict && !(NS(self)->ns_dict = mpy_dict_new()))
        return -1;
    for (ssize_t i = 0; kwnames && i < MPY_SIZE(kwnames); i++)
        if (mpy_dict_set_item(NS(self)->ns_dict, MPY_TUPLE_GET(kwnames, i), args[i]) < 0)
            return -1;
    return 0;
}

static void namespace_dealloc(MpyObject *self)
{
    mpy_gc_untrack(self);
    MPY_CLEAR(NS(self)->ns_dict);
    MPY_TYPE(self)->tp_free(self);
}

static int namespace_traverse(MpyObject *self, mpy_visitproc visit, void *arg)
{
    MPY_VISIT(NS(self)->ns_dict);
    return 0;
}

static int namespace_clear(MpyObject *self)
{
    MPY_CLEAR(NS(self)->ns_dict);
    return 0;
}

static MpyObject *namespace_repr(MpyObject *self)
{
    const char *name = MPY_TYPE(self) == &MpyNamespace_Type ? "namespace"
                                                            : mpy_type_short_name(MPY_TYPE(self));
    int r = mpy_repr_enter(self);
    if (r != 0)
        return r > 0 ? mpy_str_from_format("%s(...)", name) : NULL;
    MpyStrBuf buf = MPY_STRBUF_INIT;
    mpy_strbuf_appendf(&buf, "%s(", name);
    ssize_t pos = 0, i = 0;
    MpyObject *key, *value;
    while (NS(self)->ns_dict && mpy_dict_next(NS(self)->ns_dict, &pos, &key, &value)) {
        if (!MPY_STR_CHECK(key))
            continue;
        MpyObject *rv = mpy_object_repr(value);
        if (!rv) {
            mpy_strbuf_free(&buf);
            mpy_repr_leave(self);
            return NULL;
        }
        mpy_strbuf_appendf(&buf, "%s%s=%s", i++ ? ", " : "", mpy_str_as_utf8(key),
                           mpy_str_as_utf8(rv));
        MPY_DECREF(rv);
    }
    mpy_strbuf_append_char(&buf, ')');
    mpy_repr_leave(self);
    MpyObject *res = buf.failed ? mpy_err_no_memory() : mpy_str_from_utf8(buf.data, buf.len);
    mpy_strbuf_free(&buf);
    return res;
}

static MpyObject *namespace_richcompare(MpyObject *a, MpyObject *b, int op)
{
    if (!MPY_OBJECT_TYPECHECK(b, &MpyNamespace_Type) || (op != MPY_EQ && op != MPY_NE))
        return MPY_NEWREF(MPY_NOTIMPLEMENTED);
    return mpy_object_richcompare(NS(a)->ns_dict, NS(b)->ns_dict, op);
}

MpyTypeObject MpyNamespace_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "types.SimpleNamespace",
    .tp_basicsize = sizeof(MpyNamespaceObject),
    .tp_dealloc = namespace_dealloc,
    .tp_repr = namespace_repr,
    .tp_hash = mpy_object_hash_not_implemented,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_setattro = mpy_object_generic_setattr,
    .tp_flags = MPY_TPFLAGS_BASETYPE | MPY_TPFLAGS_HAVE_GC,
    .tp_doc = "A simple attribute-based namespace.",
    .tp_traverse = namespace_traverse,
    .tp_clear = namespace_clear,
    .tp_richcompare = namespace_richcompare,
    .tp_dictoffset = offsetof(MpyNamespaceObject, ns_dict),
    .tp_init = namespace_init,
    .tp_new = mpy_type_generic_new,
    .tp_free = mpy_gc_del,
};
