/* mappingproxy: the read-only view of a class's namespace that
 * type.__dict__ returns. */
#include "dict.h"
#include "errors.h"
#include "gc.h"
#include "str.h"
#include "type.h"

typedef struct {
    MPY_OBJECT_HEAD;
    MpyObject *mapping;
} MpyMappingProxyObject;

#define PROXY(op) (((MpyMappingProxyObject *)(op))->mapping)

MpyObject *mpy_mappingproxy_new(MpyObject *mapping)
{
    MpyMappingProxyObject *p = (MpyMappingProxyObject *)mpy_gc_new(&MpyMappingProxy_Type);
    if (!p)
        return NULL;
    p->mapping = MPY_NEWREF(mapping);
    mpy_gc_track(MPY_CAST(p));
    return MPY_CAST(p);
}

static void proxy_dealloc(MpyObject *op)
{
    mpy_gc_untrack(op);
    MPY_DECREF(PROXY(op));
    mpy_gc_del(op);
}

static int proxy_traverse(MpyObject *op, mpy_visitproc visit, void *arg)
{
    MPY_VISIT(PROXY(op));
    return 0;
}

static MpyObject *proxy_repr(MpyObject *op) { return mpy_str_from_format("mappingproxy(%R)", PROXY(op)); }
static MpyObject *proxy_str(MpyObject *op) { return mpy_object_str(PROXY(op)); }
static ssize_t proxy_len(MpyObject *op) { return mpy_object_length(PROXY(op)); }
static MpyObject *proxy_getitem(MpyObject *op, MpyObject *key) { return mpy_object_getitem(PROXY(op), key); }
static int proxy_contains(MpyObject *op, MpyObject *key) { return mpy_sequence_contains(PROXY(op), key); }
static MpyObject *proxy_iter(MpyObject *op) { return mpy_object_getiter(PROXY(op)); }

static MpyObject *proxy_richcompare(MpyObject *a, MpyObject *b, int op)
{
    return mpy_object_richcompare(PROXY(a), b, op);
}

/* keys(), values(), items(), get(), copy() forward to the mapping. */
#define FORWARD(fn, name)                                                         \
    static MpyObject *fn(MpyObject *self, MpyObject *const *args, size_t nargs)   \
    {                                                                             \
        return mpy_call_method(PROXY(self), name, args, nargs);                   \
    }
FORWARD(proxy_keys, "keys")
FORWARD(proxy_values, "values")
FORWARD(proxy_items, "items")
FORWARD(proxy_get, "get")
FORWARD(proxy_copy, "copy")

static MpyMethodDef proxy_methods[] = {
    {"keys", MPY_METH(proxy_keys), MPY_METH_FASTCALL, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", MPY_METH(proxy_values), MPY_METH_FASTCALL, "D.values() -> an object providing a view on D's values"},
    {"items", MPY_METH(proxy_items), MPY_METH_FASTCALL, "D.items() -> a set-like object providing a view on D's items"},
    {"get", MPY_METH(proxy_get), MPY_METH_FASTCALL, "Return the value for key if key is in the mapping, else default."},
    {"copy", MPY_METH(proxy_copy), MPY_METH_FASTCALL, "D.copy() -> a shallow copy of D"},
    {NULL},
};

MpyTypeObject MpyMappingProxy_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "mappingproxy",
    .tp_basicsize = sizeof(MpyMappingProxyObject),
    .tp_dealloc = proxy_dealloc,
    .tp_repr = proxy_repr,
    .tp_as_sequence = {.sq_contains = proxy_contains},
    .tp_as_mapping = {.mp_length = proxy_len, .mp_subscript = proxy_getitem},
    .tp_str = proxy_str,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC,
    .tp_traverse = proxy_traverse,
    .tp_richcompare = proxy_richcompare,
    .tp_iter = proxy_iter,
    .tp_methods = proxy_methods,
    .tp_free = mpy_gc_del,
};
