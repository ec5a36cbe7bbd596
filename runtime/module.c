/* Module objects: a namespace dict with CPython's repr, attribute errors
 * (and module-level __getattr__, PEP 562), and modules defined in C. */
#include "module.h"

#include <string.h>

#include "descr.h"
#include "dict.h"
#include "errors.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "type.h"

#define MOD(op) ((MpyModuleObject *)(op))

MpyObject *mpy_module_new(MpyObject *name)
{
    MpyModuleObject *m = (MpyModuleObject *)mpy_gc_new(&MpyModule_Type);
    if (!m)
        return NULL;
    m->md_weaklist = NULL;
    m->md_def = NULL;
    m->md_origin = NULL;
    m->md_name = MPY_NEWREF(name);
    m->md_dict = mpy_dict_new();
    mpy_gc_track(MPY_CAST(m));
    if (!m->md_dict || mpy_dict_set_item(m->md_dict, MPY_ID(__name__), name) < 0 ||
        mpy_dict_set_item(m->md_dict, MPY_ID(__doc__), MPY_NONE) < 0 ||
        mpy_dict_set_item(m->md_dict, MPY_ID(__package__), MPY_NONE) < 0 ||
        mpy_dict_set_item(m->md_dict, MPY_ID(__loader__), MPY_NONE) < 0 ||
        mpy_dict_set_item(m->md_dict, MPY_ID(__spec__), MPY_NONE) < 0) {
        MPY_DECREF(m);
        return NULL;
    }
    return MPY_CAST(m);
}

MpyObject *mpy_module_from_def(const MpyModuleDef *def)
{
    MpyObject *name = mpy_str_from_cstr(def->m_name);
    if (!name)
        return NULL;
    MpyObject *m = mpy_module_new(name);
    if (!m)
        goto fail;
    MOD(m)->md_def = def;
    if (def->m_doc) {
        MpyObject *doc = mpy_str_from_cstr(def->m_doc);
        if (!doc || mpy_dict_set_item(MOD(m)->md_dict, MPY_ID(__doc__), doc) < 0) {
            MPY_XDECREF(doc);
            goto fail;
        }
        MPY_DECREF(doc);
    }
    for (MpyMethodDef *ml = def->m_methods; ml && ml->ml_name; ml++) {
        MpyObject *f = mpy_cfunction_new(ml, m, name);
        if (!f || mpy_module_add_object(m, ml->ml_name, f) < 0) {
            MPY_XDECREF(f);
            goto fail;
        }
        MPY_DECREF(f);
    }
    if (def->m_exec && def->m_exec(m) < 0)
        goto fail;
    MPY_DECREF(name);
    return m;
fail:
    MPY_DECREF(name);
    MPY_XDECREF(m);
    return NULL;
}

MpyObject *mpy_module_get_dict(MpyObject *module) { return MOD(module)->md_dict; }

const char *mpy_module_name(MpyObject *module)
{
    MpyObject *name = mpy_dict_get_item(MOD(module)->md_dict, MPY_ID(__name__));
    return name && MPY_STR_CHECK(name) ? mpy_str_as_utf8(name) : "?";
}

int mpy_module_add_object(MpyObject *module, const char *name, MpyObject *value)
{
    return mpy_dict_set_item_str(MOD(module)->md_dict, name, value);
}

int mpy_module_add_int(MpyObject *module, const char *name, int64_t value)
{
    MpyObject *v = mpy_int_from_i64(value);
    int res = v ? mpy_module_add_object(module, name, v) : -1;
    MPY_XDECREF(v);
    return res;
}

int mpy_module_add_string(MpyObject *module, const char *name, const char *value)
{
    MpyObject *v = mpy_str_from_cstr(value);
    int res = v ? mpy_module_add_object(module, name, v) : -1;
    MPY_XDECREF(v);
    return res;
}

int mpy_module_add_type(MpyObject *module, MpyTypeObject *type)
{
    if (mpy_type_ready(type) < 0)
        return -1;
    return mpy_module_add_object(module, mpy_type_short_name(type), MPY_CAST(type));
}

/* ================================================================ type */

static void module_dealloc(MpyObject *op)
{
    mpy_gc_untrack(op);
    MPY_CLEAR(MOD(op)->md_dict);
    MPY_CLEAR(MOD(op)->md_name);
    mpy_gc_del(op);
}

static int module_traverse(MpyObject *op, mpy_visitproc visit, void *arg)
{
    MPY_VISIT(MOD(op)->md_dict);
    return 0;
}

static int module_clear(MpyObject *op)
{
    MPY_CLEAR(MOD(op)->md_dict);
    return 0;
}

/* <module 'sys' (built-in)>, <module 'x' from '/path/x.py'>, <module 'x'> */
static MpyObject *module_repr(MpyObject *op)
{
    MpyObject *dict = MOD(op)->md_dict;
    MpyObject *name = dict ? mpy_dict_get_item(dict, MPY_ID(__name__)) : NULL;
    MpyObject *file = dict ? mpy_dict_get_item(dict, MPY_ID(__file__)) : NULL;
    MpyObject *shown = name ? name : mpy_str_intern_cstr("?");
    if (file && MPY_STR_CHECK(file))
        return mpy_str_from_format("<module %R from %R>", shown, file);
    if (MOD(op)->md_def)
        return mpy_str_from_format("<module %R (built-in)>", shown);
    if (MOD(op)->md_origin)
        return mpy_str_from_format("<module %R (%s)>", shown, MOD(op)->md_origin);
    return mpy_str_from_format("<module %R>", shown);
}

static MpyObject *module_getattro(MpyObject *op, MpyObject *name)
{
    MpyObject *res = mpy_object_generic_getattr(op, name);
    if (res || !mpy_err_exception_matches(MpyExc_AttributeError))
        return res;
    mpy_err_clear();
    MpyObject *dict = MOD(op)->md_dict;
    MpyObject *getattr = dict ? mpy_dict_get_item(dict, MPY_ID(__getattr__)) : NULL;
    if (getattr)
        return mpy_call_one(getattr, name);
    MpyObject *modname = dict ? mpy_dict_get_item(dict, MPY_ID(__name__)) : NULL;
    if (modname && MPY_STR_CHECK(modname))
        return mpy_err_format(MpyExc_AttributeError, "module '%U' has no attribute '%U'", modname,
                              name);
    return mpy_err_format(MpyExc_AttributeError, "module has no attribute '%U'", name);
}

static MpyObject *module_dir(MpyObject *self, MpyObject *unused)
{
    MpyObject *dict = MOD(self)->md_dict;
    MpyObject *dirfunc = dict ? mpy_dict_get_item(dict, MPY_ID(__dir__)) : NULL;
    if (dirfunc)
        return mpy_call_noargs(dirfunc);
    return dict ? mpy_dict_keys(dict) : mpy_list_new(0);
}

static int module_init(MpyObject *self, MpyObject *const *args, size_t nargs, MpyObject *kwnames)
{
    if (nargs < 1 || nargs > 2 || (kwnames && MPY_SIZE(kwnames))) {
        mpy_err_format(MpyExc_TypeError, "module.__init__() takes at most 2 arguments (%zu given)",
                       nargs);
        return -1;
    }
    if (!MOD(self)->md_dict && !(MOD(self)->md_dict = mpy_dict_new()))
        return -1;
    MPY_SETREF(MOD(self)->md_name, MPY_NEWREF(args[0]));
    MpyObject *dict = MOD(self)->md_dict;
    if (mpy_dict_set_item(dict, MPY_ID(__name__), args[0]) < 0 ||
        mpy_dict_set_item(dict, MPY_ID(__doc__), nargs == 2 ? args[1] : MPY_NONE) < 0 ||
        mpy_dict_set_item(dict, MPY_ID(__package__), MPY_NONE) < 0 ||
        mpy_dict_set_item(dict, MPY_ID(__loader__), MPY_NONE) < 0 ||
        mpy_dict_set_item(dict, MPY_ID(__spec__), MPY_NONE) < 0)
        return -1;
    return 0;
}

static MpyObject *module_get_dict(MpyObject *op, void *c)
{
    return MPY_NEWREF(MOD(op)->md_dict ? MOD(op)->md_dict : MPY_NONE);
}

static MpyMethodDef module_methods[] = {
    {"__dir__", MPY_METH(module_dir), MPY_METH_NOARGS, "__dir__() -> list\nspecialized dir() implementation"},
    {NULL},
};

static MpyGetSetDef module_getset[] = {
    {"__dict__", module_get_dict, NULL, NULL, NULL},
    {NULL},
};

MpyTypeObject MpyModule_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "module",
    .tp_basicsize = sizeof(MpyModuleObject),
    .tp_dealloc = module_dealloc,
    .tp_repr = module_repr,
    .tp_getattro = module_getattro,
    .tp_setattro = mpy_object_generic_setattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC | MPY_TPFLAGS_BASETYPE,
    .tp_doc = "Create a module object.\n\nThe name must be a string; the optional doc argument can have any type.",
    .tp_traverse = module_traverse,
    .tp_clear = module_clear,
    .tp_methods = module_methods,
    .tp_getset = module_getset,
    .tp_weaklistoffset = offsetof(MpyModuleObject, md_weaklist),
    .tp_dictoffset = offsetof(MpyModuleObject, md_dict),
    .tp_init = module_init,
    .tp_new = mpy_type_generic_new,
    .tp_free = mpy_gc_del,
};
