/* types.GenericAlias (CPython's genericaliasobject.c, without TypeVar
 * substitution): list[int] and friends. */
#include "genericalias.h"

#include "args.h"
#include "errors.h"
#include "gc.h"
#include "int.h"
#include "str.h"
#include "strbuf.h"
#include "tuple.h"
#include "type.h"

typedef struct {
    MPY_OBJECT_HEAD;
    MpyObject *origin;
    MpyObject *args;       /* tuple */
    MpyObject *parameters; /* tuple: always () here (no TypeVars) */
} GenericAlias;

#define GA(op) ((GenericAlias *)(op))

MpyObject *mpy_generic_alias_new(MpyObject *origin, MpyObject *args)
{
    MpyObject *argtuple = MPY_TUPLE_CHECK(args) ? MPY_NEWREF(args) : mpy_tuple_pack(1, args);
    MpyObject *params = argtuple ? mpy_tuple_new(0) : NULL;
    GenericAlias *ga = params ? (GenericAlias *)mpy_gc_new(&MpyGenericAlias_Type) : NULL;
    if (!ga) {
        MPY_XDECREF(argtuple);
        MPY_XDECREF(params);
        return NULL;
    }
    ga->origin = MPY_NEWREF(origin);
    ga->args = argtuple;
    ga->parameters = params;
    mpy_gc_track(MPY_CAST(ga));
    return MPY_CAST(ga);
}

MpyObject *mpy_generic_alias_class_getitem(MpyObject *cls, MpyObject *args)
{
    return mpy_generic_alias_new(cls, args);
}

static void ga_dealloc(MpyObject *self)
{
    mpy_gc_untrack(self);
    MPY_XDECREF(GA(self)->origin);
    MPY_XDECREF(GA(self)->args);
    MPY_XDECREF(GA(self)->parameters);
    mpy_gc_del(self);
}

static int ga_traverse(MpyObject *self, mpy_visitproc visit, void *arg)
{
    MPY_VISIT(GA(self)->origin);
    MPY_VISIT(GA(self)->args);
    MPY_VISIT(GA(self)->parameters);
    return 0;
}

/* One item of the repr: "..." for Ellipsis, the repr of another alias, a
 * class as its qualified name (no "builtins."), anything else by repr. */
static MpyObject *repr_item(MpyObject *p)
{
    if (p == MPY_ELLIPSIS)
        return mpy_str_from_cstr("...");
    MpyObject *tmp, *qualname = NULL, *module = NULL, *r = NULL;
    /* Something with __origin__ and __args__ is another alias. */
    int found = mpy_object_lookup_attr(p, mpy_str_intern_cstr("__origin__"), &tmp);
    if (found < 0)
        return NULL;
    if (found) {
        MPY_DECREF(tmp);
        found = mpy_object_lookup_attr(p, mpy_str_intern_cstr("__args__"), &tmp);
        if (found < 0)
            return NULL;
        if (found) {
            MPY_DECREF(tmp);
            return mpy_object_repr(p);
        }
    }
    if (mpy_object_lookup_attr(p, MPY_ID(__qualname__), &qualname) < 0)
        return NULL;
    if (!qualname)
        return mpy_object_repr(p);
    if (mpy_object_lookup_attr(p, MPY_ID(__module__), &module) < 0)
        goto done;
    if (!module || module == MPY_NONE)
        r = mpy_object_repr(p);
    else if (MPY_STR_CHECK(module) && mpy_str_equal_cstr(module, "builtins"))
        r = mpy_object_str(qualname);
    else
        r = mpy_str_from_format("%S.%S", module, qualname);
done:
    MPY_XDECREF(qualname);
    MPY_XDECREF(module);
    return r;
}

static bool append_item(MpyStrBuf *buf, MpyObject *item)
{
    MpyObject *r = repr_item(item);
    if (!r)
        return false;
    mpy_strbuf_append(buf, mpy_str_as_utf8(r), (size_t)MPY_STR_UTF8_LEN(r));
    MPY_DECREF(r);
    return true;
}

static MpyObject *ga_repr(MpyObject *self)
{
    MpyStrBuf buf = MPY_STRBUF_INIT;
    MpyObject *result = NULL, *args = GA(self)->args;
    if (!append_item(&buf, GA(self)->origin))
        goto done;
    mpy_strbuf_append_char(&buf, '[');
    if (MPY_SIZE(args) == 0)
        mpy_strbuf_append(&buf, "()", 2); /* tuple[()] */
    for (ssize_t i = 0; i < MPY_SIZE(args); i++) {
        if (i > 0)
            mpy_strbuf_append(&buf, ", ", 2);
        if (!append_item(&buf, MPY_TUPLE_GET(args, i)))
            goto done;
    }
    mpy_strbuf_append_char(&buf, ']');
    result = buf.failed ? mpy_err_no_memory() : mpy_str_from_utf8(buf.data, buf.len);
done:
    mpy_strbuf_free(&buf);
    return result;
}

/* list[int](...) makes a list. */
static MpyObject *ga_call(MpyObject *self, MpyObject *const *args, size_t nargs, MpyObject *kwnames)
{
    return mpy_call(GA(self)->origin, args, nargs, kwnames);
}

/* Attributes other than the alias's own come from the origin. */
static MpyObject *ga_getattro(MpyObject *self, MpyObject *name)
{
    static const char *const own[] = {"__class__", "__origin__", "__args__", "__parameters__",
                                      "__mro_entries__", "__reduce_ex__", "__reduce__",
                                      "__copy__", "__deepcopy__", "__instancecheck__",
                                      "__subclasscheck__", "__repr__", NULL};
    for (const char *const *p = own; *p; p++)
        if (mpy_str_equal_cstr(name, *p))
            return mpy_object_generic_getattr(self, name);
    return mpy_object_getattr(GA(self)->origin, name);
}

static MpyObject *ga_richcompare(MpyObject *a, MpyObject *b, int op)
{
    if (MPY_TYPE(a) != &MpyGenericAlias_Type || MPY_TYPE(b) != &MpyGenericAlias_Type ||
        (op != MPY_EQ && op != MPY_NE))
        return MPY_NEWREF(MPY_NOTIMPLEMENTED);
    int eq = mpy_object_richcompare_bool(GA(a)->origin, GA(b)->origin, MPY_EQ);
    if (eq > 0)
        eq = mpy_object_richcompare_bool(GA(a)->args, GA(b)->args, MPY_EQ);
    if (eq < 0)
        return NULL;
    return mpy_bool_from_long(op == MPY_EQ ? eq : !eq);
}

static mpy_hash_t ga_hash(MpyObject *self)
{
    mpy_hash_t h0 = mpy_object_hash(GA(self)->origin);
    if (h0 == -1)
        return -1;
    mpy_hash_t h1 = mpy_object_hash(GA(self)->args);
    if (h1 == -1)
        return -1;
    return h0 ^ h1;
}

/* class C(list[int]) derives from list. */
static MpyObject *ga_mro_entries(MpyObject *self, MpyObject *bases)
{
    return mpy_tuple_pack(1, GA(self)->origin);
}

static MpyObject *ga_instancecheck(MpyObject *self, MpyObject *obj)
{
    return mpy_err_set_string(MpyExc_TypeError,
                              "isinstance() argument 2 cannot be a parameterized generic");
}

static MpyObject *ga_subclasscheck(MpyObject *self, MpyObject *obj)
{
    return mpy_err_set_string(MpyExc_TypeError,
                              "issubclass() argument 2 cannot be a parameterized generic");
}

static MpyMethodDef ga_methods[] = {
    {"__mro_entries__", MPY_METH(ga_mro_entries), MPY_METH_O, NULL},
    {"__instancecheck__", MPY_METH(ga_instancecheck), MPY_METH_O, NULL},
    {"__subclasscheck__", MPY_METH(ga_subclasscheck), MPY_METH_O, NULL},
    {NULL},
};

static MpyMemberDef ga_members[] = {
    {"__origin__", MPY_T_OBJECT, offsetof(GenericAlias, origin), MPY_READONLY, NULL},
    {"__args__", MPY_T_OBJECT, offsetof(GenericAlias, args), MPY_READONLY, NULL},
    {"__parameters__", MPY_T_OBJECT, offsetof(GenericAlias, parameters), MPY_READONLY, NULL},
    {NULL},
};

MpyTypeObject MpyGenericAlias_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "types.GenericAlias",
    .tp_basicsize = sizeof(GenericAlias),
    .tp_dealloc = ga_dealloc,
    .tp_repr = ga_repr,
    .tp_hash = ga_hash,
    .tp_call = ga_call,
    .tp_getattro = ga_getattro,
    .tp_flags = MPY_TPFLAGS_HAVE_GC,
    .tp_doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list "
              "and t.__args__ is (int,).",
    .tp_traverse = ga_traverse,
    .tp_richcompare = ga_richcompare,
    .tp_methods = ga_methods,
    .tp_members = ga_members,
    .tp_free = mpy_gc_del,
};

void mpy_genericalias_init(void) { mpy_type_ready(&MpyGenericAlias_Type); }
