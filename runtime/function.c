/* The function, method (bound method) and cell types. Calling a function
 * is the eval loop's business (eval.c: mpy_function_call). */
#include "function.h"

#include "code.h"
#include "dict.h"
#include "errors.h"
#include "eval.h"
#include "gc.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "type.h"
#include "weakref.h"

/* ============================================================ function */

#define FUNC(op) ((MpyFunctionObject *)(op))

MpyObject *mpy_function_new(MpyObject *code, MpyObject *globals, MpyObject *qualname)
{
    MpyCodeObject *co = (MpyCodeObject *)code;
    MpyObject *builtins = mpy_eval_builtins_for(globals);
    if (!builtins)
        return NULL;
    MpyFunctionObject *f = (MpyFunctionObject *)mpy_gc_new(&MpyFunction_Type);
    if (!f)
        return NULL;
    f->func_code = MPY_NEWREF(code);
    f->func_globals = MPY_NEWREF(globals);
    f->func_builtins = MPY_NEWREF(builtins);
    f->func_name = MPY_NEWREF(co->co_name);
    f->func_qualname = MPY_NEWREF(qualname ? qualname : co->co_qualname);
    f->func_defaults = NULL;
    f->func_kwdefaults = NULL;
    f->func_closure = NULL;
    /* The docstring is the first constant of a function's code, as 3.11. */
    MpyObject *doc = MPY_NONE;
    if (MPY_SIZE(co->co_consts) > 0 && (co->co_flags & MPY_CO_OPTIMIZED)) {
        MpyObject *first = MPY_TUPLE_GET(co->co_consts, 0);
        if (MPY_STR_CHECK(first))
            doc = first;
    }
    f->func_doc = MPY_NEWREF(doc);
    f->func_dict = NULL;
    f->func_weakreflist = NULL;
    MpyObject *module = mpy_dict_get_item(globals, MPY_ID(__name__));
    f->func_module = MPY_XNEWREF(module);
    f->func_annotations = NULL;
    mpy_gc_track(MPY_CAST(f));
    return MPY_CAST(f);
}

static int func_clear(MpyObject *op)
{
    MpyFunctionObject *f = FUNC(op);
    MPY_CLEAR(f->func_globals);
    MPY_CLEAR(f->func_builtins);
    MPY_CLEAR(f->func_module);
    MPY_CLEAR(f->func_defaults);
    MPY_CLEAR(f->func_kwdefaults);
    MPY_CLEAR(f->func_doc);
    MPY_CLEAR(f->func_dict);
    MPY_CLEAR(f->func_closure);
    MPY_CLEAR(f->func_annotations);
    return 0;
}

static void func_dealloc(MpyObject *op)
{
    mpy_gc_untrack(op);
    mpy_weakref_clear_refs(op, FUNC(op)->func_weakreflist);
    func_clear(op);
    MPY_CLEAR(FUNC(op)->func_code);
    MPY_CLEAR(FUNC(op)->func_name);
    MPY_CLEAR(FUNC(op)->func_qualname);
    mpy_gc_del(op);
}

static int func_traverse(MpyObject *op, mpy_visitproc visit, void *arg)
{
    MpyFunctionObject *f = FUNC(op);
    MPY_VISIT(f->func_code);
    MPY_VISIT(f->func_globals);
    MPY_VISIT(f->func_builtins);
    MPY_VISIT(f->func_module);
    MPY_VISIT(f->func_defaults);
    MPY_VISIT(f->func_kwdefaults);
    MPY_VISIT(f->func_doc);
    MPY_VISIT(f->func_name);
    MPY_VISIT(f->func_dict);
    MPY_VISIT(f->func_closure);
    MPY_VISIT(f->func_annotations);
    MPY_VISIT(f->func_qualname);
    return 0;
}

static MpyObject *func_repr(MpyObject *op)
{
    return mpy_str_from_format("<function %U at %p>", FUNC(op)->func_qualname, (void *)op);
}

/* A function reached through an instance binds to it; through the class,
 * or through None (3.11), it stays a plain function. */
static MpyObject *func_descr_get(MpyObject *func, MpyObject *obj, MpyObject *type)
{
    if (!obj || obj == MPY_NONE)
        return MPY_NEWREF(func);
    return mpy_method_new(func, obj);
}

static MpyObject *get_or_none(MpyObject *v) { return MPY_NEWREF(v ? v : MPY_NONE); }

static MpyObject *func_get_code(MpyObject *op, void *c) { return MPY_NEWREF(FUNC(op)->func_code); }

static int func_set_code(MpyObject *op, MpyObject *value, void *c)
{
    if (!value || !MPY_CODE_CHECK(value)) {
        mpy_err_set_string(MpyExc_TypeError, "__code__ must be set to a code object");
        return -1;
    }
    MPY_SETREF(FUNC(op)->func_code, MPY_NEWREF(value));
    return 0;
}

static MpyObject *func_get_defaults(MpyObject *op, void *c) { return get_or_none(FUNC(op)->func_defaults); }

static int func_set_defaults(MpyObject *op, MpyObject *value, void *c)
{
    if (value == MPY_NONE)
        value = NULL;
    if (value && !MPY_TUPLE_CHECK(value)) {
        mpy_err_set_string(MpyExc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    MPY_SETREF(FUNC(op)->func_defaults, MPY_XNEWREF(value));
    return 0;
}

static MpyObject *func_get_kwdefaults(MpyObject *op, void *c) { return get_or_none(FUNC(op)->func_kwdefaults); }

static int func_set_kwdefaults(MpyObject *op, MpyObject *value, void *c)
{
    if (value == MPY_NONE)
        value = NULL;
    if (value && !MPY_DICT_CHECK(value)) {
        mpy_err_set_string(MpyExc_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    MPY_SETREF(FUNC(op)->func_kwdefaults, MPY_XNEWREF(value));
    return 0;
}

static MpyObject *func_get_annotations(MpyObject *op, void *c)
{
    if (!FUNC(op)->func_annotations && !(FUNC(op)->func_annotations = mpy_dict_new()))
        return NULL;
    return MPY_NEWREF(FUNC(op)->func_annotations);
}

static int func_set_annotations(MpyObject *op, MpyObject *value, void *c)
{
    if (value == MPY_NONE)
        value = NULL;
    if (value && !MPY_DICT_CHECK(value)) {
        mpy_err_set_string(MpyExc_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    MPY_SETREF(FUNC(op)->func_annotations, MPY_XNEWREF(value));
    return 0;
}

static MpyObject *func_get_name(MpyObject *op, void *c) { return MPY_NEWREF(FUNC(op)->func_name); }
static MpyObject *func_get_qualname(MpyObject *op, void *c) { return MPY_NEWREF(FUNC(op)->func_qualname); }

static int set_str_field(MpyObject **field, MpyObject *value, const char *what)
{
    if (!value || !MPY_STR_CHECK(value)) {
        mpy_err_format(MpyExc_TypeError, "%s must be set to a string object", what);
        return -1;
    }
    MPY_SETREF(*field, MPY_NEWREF(value));
    return 0;
}

static int func_set_name(MpyObject *op, MpyObject *v, void *c) { return set_str_field(&FUNC(op)->func_name, v, "__name__"); }
static int func_set_qualname(MpyObject *op, MpyObject *v, void *c) { return set_str_field(&FUNC(op)->func_qualname, v, "__qualname__"); }

static MpyObject *func_get_globals(MpyObject *op, void *c) { return MPY_NEWREF(FUNC(op)->func_globals); }
static MpyObject *func_get_builtins(MpyObject *op, void *c) { return MPY_NEWREF(FUNC(op)->func_builtins); }
static MpyObject *func_get_closure(MpyObject *op, void *c) { return get_or_none(FUNC(op)->func_closure); }

static MpyMemberDef func_members[] = {
    {"__doc__", MPY_T_OBJECT, offsetof(MpyFunctionObject, func_doc), 0, NULL},
    {"__module__", MPY_T_OBJECT, offsetof(MpyFunctionObject, func_module), 0, NULL},
    {NULL},
};

static MpyObject *func_get_dict(MpyObject *op, void *c)
{
    if (!FUNC(op)->func_dict && !(FUNC(op)->func_dict = mpy_dict_new()))
        return NULL;
    return MPY_NEWREF(FUNC(op)->func_dict);
}

static int func_set_dict(MpyObject *op, MpyObject *value, void *c)
{
    if (!value) {
        mpy_err_set_string(MpyExc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!MPY_DICT_CHECK(value)) {
        mpy_err_set_string(MpyExc_TypeError, "__dict__ must be set to a dictionary");
        return -1;
    }
    MPY_SETREF(FUNC(op)->func_dict, MPY_NEWREF(value));
    return 0;
}

static MpyGetSetDef func_getset[] = {
    {"__dict__", func_get_dict, func_set_dict, NULL, NULL},
    {"__code__", func_get_code, func_set_code, NULL, NULL},
    {"__defaults__", func_get_defaults, func_set_defaults, NULL, NULL},
    {"__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults, NULL, NULL},
    {"__annotations__", func_get_annotations, func_set_annotations, NULL, NULL},
    {"__name__", func_get_name, func_set_name, NULL, NULL},
    {"__qualname__", func_get_qualname, func_set_qualname, NULL, NULL},
    {"__globals__", func_get_globals, NULL, NULL, NULL},
    {"__builtins__", func_get_builtins, NULL, NULL, NULL},
    {"__closure__", func_get_closure, NULL, NULL, NULL},
    {NULL},
};

MpyTypeObject MpyFunction_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "function",
    .tp_basicsize = sizeof(MpyFunctionObject),
    .tp_dealloc = func_dealloc,
    .tp_repr = func_repr,
    .tp_call = mpy_function_call,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_setattro = mpy_object_generic_setattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC | MPY_TPFLAGS_METHOD_DESCRIPTOR,
    .tp_traverse = func_traverse,
    .tp_clear = func_clear,
    .tp_weaklistoffset = offsetof(MpyFunctionObject, func_weakreflist),
    .tp_members = func_members,
    .tp_getset = func_getset,
    .tp_descr_get = func_descr_get,
    .tp_dictoffset = offsetof(MpyFunctionObject, func_dict),
    .tp_free = mpy_gc_del,
};

/* ============================================================== method */

#define METH(op) ((MpyMethodObject *)(op))

MpyObject *mpy_method_new(MpyObject *func, MpyObject *self)
{
    MpyMethodObject *m = (MpyMethodObject *)mpy_gc_new(&MpyMethod_Type);
    if (!m)
        return NULL;
    m->im_func = MPY_NEWREF(func);
    m->im_self = MPY_NEWREF(self);
    m->im_weakreflist = NULL;
    mpy_gc_track(MPY_CAST(m));
    return MPY_CAST(m);
}

static void method_dealloc(MpyObject *op)
{
    mpy_gc_untrack(op);
    mpy_weakref_clear_refs(op, METH(op)->im_weakreflist);
    MPY_DECREF(METH(op)->im_func);
    MPY_XDECREF(METH(op)->im_self);
    mpy_gc_del(op);
}

static int method_traverse(MpyObject *op, mpy_visitproc visit, void *arg)
{
    MPY_VISIT(METH(op)->im_func);
    MPY_VISIT(METH(op)->im_self);
    return 0;
}

static MpyObject *method_call(MpyObject *op, MpyObject *const *args, size_t nargs,
                              MpyObject *kwnames)
{
    return mpy_call_prepend(METH(op)->im_func, METH(op)->im_self, args, nargs, kwnames);
}

/* <bound method A.m of <__main__.A object at 0x...>> */
static MpyObject *method_repr(MpyObject *op)
{
    MpyObject *name;
    int found = mpy_object_lookup_attr(METH(op)->im_func, MPY_ID(__qualname__), &name);
    if (found == 0)
        found = mpy_object_lookup_attr(METH(op)->im_func, MPY_ID(__name__), &name);
    if (found < 0)
        return NULL;
    MpyObject *res = mpy_str_from_format("<bound method %V of %R>",
                                         found && MPY_STR_CHECK(name) ? name : NULL, "?",
                                         METH(op)->im_self);
    MPY_XDECREF(name);
    return res;
}

static MpyObject *method_richcompare(MpyObject *a, MpyObject *b, int op)
{
    if ((op != MPY_EQ && op != MPY_NE) || MPY_TYPE(b) != &MpyMethod_Type)
        return MPY_NEWREF(MPY_NOTIMPLEMENTED);
    int eq = METH(a)->im_self == METH(b)->im_self;
    if (eq) {
        eq = mpy_object_richcompare_bool(METH(a)->im_func, METH(b)->im_func, MPY_EQ);
        if (eq < 0)
            return NULL;
    }
    return mpy_bool_from_long(op == MPY_EQ ? eq : !eq);
}

static mpy_hash_t method_hash(MpyObject *op)
{
    mpy_hash_t a = mpy_hash_pointer(METH(op)->im_self);
    mpy_hash_t b = mpy_object_hash(METH(op)->im_func);
    if (b == -1)
        return -1;
    mpy_hash_t h = a ^ b;
    return h == -1 ? -2 : h;
}

/* Attributes the method lacks come from its function (m.__name__, m.__doc__). */
static MpyObject *method_getattro(MpyObject *op, MpyObject *name)
{
    MpyTypeObject *type = MPY_TYPE(op);
    MpyObject *descr = mpy_type_lookup(type, name);
    if (descr) {
        mpy_descrgetfunc get = MPY_TYPE(descr)->tp_descr_get;
        return get ? get(descr, op, MPY_CAST(type)) : MPY_NEWREF(descr);
    }
    return mpy_object_getattr(METH(op)->im_func, name);
}

static MpyObject *method_descr_get(MpyObject *meth, MpyObject *obj, MpyObject *type)
{
    return MPY_NEWREF(meth);
}

/* A bound method's docstring is its function's. */
static MpyObject *method_get_doc(MpyObject *op, void *c)
{
    return mpy_object_getattr(METH(op)->im_func, MPY_ID(__doc__));
}

static MpyGetSetDef method_getset[] = {
    {"__doc__", method_get_doc, NULL, NULL, NULL},
    {NULL},
};

static MpyMemberDef method_members[] = {
    {"__func__", MPY_T_OBJECT, offsetof(MpyMethodObject, im_func), MPY_READONLY, NULL},
    {"__self__", MPY_T_OBJECT, offsetof(MpyMethodObject, im_self), MPY_READONLY, NULL},
    {NULL},
};

MpyTypeObject MpyMethod_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "method",
    .tp_basicsize = sizeof(MpyMethodObject),
    .tp_dealloc = method_dealloc,
    .tp_repr = method_repr,
    .tp_hash = method_hash,
    .tp_call = method_call,
    .tp_getattro = method_getattro,
    .tp_setattro = mpy_object_generic_setattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC,
    .tp_traverse = method_traverse,
    .tp_richcompare = method_richcompare,
    .tp_weaklistoffset = offsetof(MpyMethodObject, im_weakreflist),
    .tp_members = method_members,
    .tp_getset = method_getset,
    .tp_descr_get = method_descr_get,
    .tp_free = mpy_gc_del,
};

/* ================================================================ cell */

#define CELL(op) ((MpyCellObject *)(op))

MpyObject *mpy_cell_new(MpyObject *value)
{
    MpyCellObject *c = (MpyCellObject *)mpy_gc_new(&MpyCell_Type);
    if (!c)
        return NULL;
    c->ob_ref = MPY_XNEWREF(value);
    mpy_gc_track(MPY_CAST(c));
    return MPY_CAST(c);
}

static void cell_dealloc(MpyObject *op)
{
    mpy_gc_untrack(op);
    MPY_XDECREF(CELL(op)->ob_ref);
    mpy_gc_del(op);
}

static int cell_traverse(MpyObject *op, mpy_visitproc visit, void *arg)
{
    MPY_VISIT(CELL(op)->ob_ref);
    return 0;
}

static int cell_clear(MpyObject *op)
{
    MPY_CLEAR(CELL(op)->ob_ref);
    return 0;
}

static MpyObject *cell_repr(MpyObject *op)
{
    MpyObject *v = CELL(op)->ob_ref;
    if (!v)
        return mpy_str_from_format("<cell at %p: empty>", (void *)op);
    return mpy_str_from_format("<cell at %p: %s object at %p>", (void *)op,
                               mpy_type_short_name(MPY_TYPE(v)), (void *)v);
}

static MpyObject *cell_get_contents(MpyObject *op, void *c)
{
    if (!CELL(op)->ob_ref)
        return mpy_err_set_string(MpyExc_ValueError, "Cell is empty");
    return MPY_NEWREF(CELL(op)->ob_ref);
}

static int cell_set_contents(MpyObject *op, MpyObject *value, void *c)
{
    MPY_SETREF(CELL(op)->ob_ref, MPY_XNEWREF(value));
    return 0;
}

static MpyGetSetDef cell_getset[] = {
    {"cell_contents", cell_get_contents, cell_set_contents, NULL, NULL},
    {NULL},
};

static MpyObject *cell_new(MpyTypeObject *type, MpyObject *const *args, size_t nargs,
                           MpyObject *kwnames)
{
    if (nargs > 1)
        return mpy_err_format(MpyExc_TypeError, "cell expected at most 1 argument, got %zu", nargs);
    return mpy_cell_new(nargs ? args[0] : NULL);
}

MpyTypeObject MpyCell_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "cell",
    .tp_basicsize = sizeof(MpyCellObject),
    .tp_dealloc = cell_dealloc,
    .tp_repr = cell_repr,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC,
    .tp_traverse = cell_traverse,
    .tp_clear = cell_clear,
    .tp_getset = cell_getset,
    .tp_new = cell_new,
    .tp_free = mpy_gc_del,
};
