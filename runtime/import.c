/* The import system (CPython's importlib._bootstrap, reduced to what a
 * program without site-packages needs): names resolved against
 * sys.modules, then modules written in C, then Python modules embedded from
 * lib/, then .py files and packages along sys.path (or the parent package's
 * __path__). */
#include "import.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "dict.h"
#include "errors.h"
#include "eval.h"
#include "exceptions.h"
#include "frozen.h"
#include "int.h"
#include "interp.h"
#include "list.h"
#include "module.h"
#include "modules.h"
#include "run.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

/* Names of the modules whose code is running right now (circular imports
 * are reported as CPython does). */
static MpyObject *initializing;

/* ------------------------------------------------------------ errors */

static MpyObject *module_not_found(MpyObject *name, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    MpyObject *msg = mpy_str_from_vformat(fmt, ap);
    va_end(ap);
    if (!msg)
        return NULL;
    MpyObject *exc = mpy_exc_new(MpyExc_ModuleNotFoundError, &msg, 1);
    MPY_DECREF(msg);
    if (!exc)
        return NULL;
    MpyImportErrorObject *ie = (MpyImportErrorObject *)exc;
    MPY_SETREF(ie->name, MPY_NEWREF(name));
    mpy_err_set_raised(exc);
    return NULL;
}

static void set_import_error_fields(MpyObject *name, MpyObject *path)
{
    MpyObject *exc = mpy_err_occurred();
    if (!exc || !MPY_OBJECT_TYPECHECK(exc, MpyExc_ImportError))
        return;
    MpyImportErrorObject *ie = (MpyImportErrorObject *)exc;
    MPY_SETREF(ie->name, MPY_XNEWREF(name));
    MPY_SETREF(ie->path, MPY_XNEWREF(path));
}

/* ---------------------------------------------------------- loading */

static const MpyModuleDef *find_builtin(const char *name)
{
    for (const MpyModuleDef *const *d = mpy_builtin_module_defs; *d; d++)
        if (strcmp((*d)->m_name, name) == 0)
            return *d;
    return NULL;
}

static const MpyFrozenModule *find_frozen(const char *name)
{
    for (const MpyFrozenModule *f = mpy_frozen_modules; f->name; f++)
        if (strcmp(f->name, name) == 0)
            return f;
    return NULL;
}

static int set_sys_module(MpyObject *name, MpyObject *module)
{
    return mpy_dict_set_item(mpy_interp.modules, name, module);
}

static void forget_module(MpyObject *name)
{
    MpyObject *exc = mpy_err_fetch();
    if (mpy_dict_get_item(mpy_interp.modules, name) && mpy_dict_del_item(mpy_interp.modules, name) < 0)
        mpy_err_clear();
    mpy_err_restore(exc);
}

static MpyObject *load_builtin(MpyObject *name, const MpyModuleDef *def)
{
    MpyObject *m = mpy_module_from_def(def);
    if (!m)
        return NULL;
    if (set_sys_module(name, m) < 0) {
        MPY_DECREF(m);
        return NULL;
    }
    return m;
}

/* __package__: the name itself for a package, its parent otherwise. */
static int set_package(MpyObject *dict, MpyObject *name, bool is_package)
{
    MpyObject *package;
    if (is_package) {
        package = MPY_NEWREF(name);
    } else {
        const char *s = mpy_str_as_utf8(name);
        const char *dot = strrchr(s, '.');
        package = mpy_str_from_utf8(s, dot ? (size_t)(dot - s) : 0);
    }
    int err = package ? mpy_dict_set_item(dict, MPY_ID(__package__), package) : -1;
    MPY_XDECREF(package);
    return err;
}

MpyObject *mpy_import_exec_source(MpyObject *name, const char *source, size_t len,
                                  const char *filename, const char *origin, MpyObject *pkg_path)
{
    MpyObject *m = mpy_module_new(name);
    if (!m)
        return NULL;
    MpyObject *dict = mpy_module_get_dict(m);
    ((MpyModuleObject *)m)->md_origin = origin;
    if (mpy_dict_set_item(dict, MPY_ID(__builtins__), mpy_interp.builtins_module) < 0 ||
        set_package(dict, name, pkg_path != NULL) < 0 ||
        (pkg_path && mpy_dict_set_item(dict, MPY_ID(__path__), pkg_path) < 0))
        goto fail;
    if (origin == NULL && filename) {
        MpyObject *file = mpy_str_from_os(filename);
        if (!file || mpy_dict_set_item(dict, MPY_ID(__file__), file) < 0) {
            MPY_XDECREF(file);
            goto fail;
        }
        MPY_DECREF(file);
    }
    if (set_sys_module(name, m) < 0)
        goto fail;
    if (mpy_list_append(initializing, name) < 0) {
        forget_module(name);
        goto fail;
    }
    MpyObject *code = mpy_run_compile(source, len, filename ? filename : "<frozen>",
                                      MPY_PARSE_FILE, NULL);
    MpyObject *res = code ? mpy_eval_code(code, dict, dict) : NULL;
    MPY_XDECREF(code);
    /* Remove our name from the initializing list (it is the last entry). */
    MpyObject *exc = mpy_err_fetch();
    ssize_t n = MPY_SIZE(initializing);
    if (n > 0) {
        MpyObject *popped = MPY_LIST_GET(initializing, n - 1);
        MPY_SIZE(initializing) = n - 1;
        MPY_DECREF(popped);
    }
    mpy_err_restore(exc);
    if (!res) {
        forget_module(name);
        goto fail;
    }
    MPY_DECREF(res);
    /* The module is what sys.modules holds now (a module may replace itself). */
    MpyObject *final = mpy_dict_get_item(mpy_interp.modules, name);
    MPY_XINCREF(final);
    MPY_DECREF(m);
    if (!final && !mpy_err_occurred())
        mpy_err_format(MpyExc_ImportError, "Loaded module %U not found in sys.modules", name);
    return final;
fail:
    MPY_DECREF(m);
    return NULL;
}

static char *read_file(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return NULL;
    size_t cap = 8192, n = 0, got;
    char *buf = malloc(cap);
    while (buf && (got = fread(buf + n, 1, cap - n - 1, fp)) > 0) {
        n += got;
        if (cap - n < 2) {
            char *bigger = realloc(buf, cap *= 2);
            if (!bigger) {
                free(buf);
                buf = NULL;
            } else {
                buf = bigger;
            }
        }
    }
    fclose(fp);
    if (buf) {
        buf[n] = '\0';
        *len = n;
    }
    return buf;
}

static bool is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Runs path as module `name`; a package also gets __path__ and __package__. */
static MpyObject *load_file(MpyObject *name, const char *path, const char *package_dir)
{
    size_t len;
    char *source = read_file(path, &len);
    if (!source)
        return mpy_err_format(MpyExc_ImportError, "could not read %s", path);
    MpyObject *pkg_path = NULL;
    if (package_dir) {
        MpyObject *dir = mpy_str_from_os(package_dir);
        pkg_path = dir ? mpy_list_new(0) : NULL;
        if (!pkg_path || mpy_list_append(pkg_path, dir) < 0) {
            MPY_XDECREF(dir);
            MPY_XDECREF(pkg_path);
            free(source);
            return NULL;
        }
        MPY_DECREF(dir);
    }
    MpyObject *m = mpy_import_exec_source(name, source, len, path, NULL, pkg_path);
    free(source);
    MPY_XDECREF(pkg_path);
    return m;
}

/* The directories to search: sys.path for a top-level module, the parent
 * package's __path__ otherwise. */
static MpyObject *find_and_load(MpyObject *name, MpyObject *search_path)
{
    const char *full = mpy_str_as_utf8(name);
    const char *dot = strrchr(full, '.');
    const char *last = dot ? dot + 1 : full;
    if (!dot) {
        const MpyModuleDef *def = find_builtin(full);
        if (def)
            return load_builtin(name, def);
        const MpyFrozenModule *frozen = find_frozen(full);
        if (frozen)
            return mpy_import_exec_source(name, frozen->source, frozen->length, NULL, "frozen",
                                          NULL);
    }
    if (!search_path || !MPY_LIST_CHECK(search_path))
        return module_not_found(name, "No module named '%U'", name);
    for (ssize_t i = 0; i < MPY_SIZE(search_path); i++) {
        MpyObject *entry = MPY_LIST_GET(search_path, i);
        if (!MPY_STR_CHECK(entry))
            continue;
        const char *dir = mpy_str_as_utf8(entry);
        char path[PATH_MAX], pkg[PATH_MAX];
        /* A name too long for the file system cannot be found there. */
        int pkg_len = snprintf(pkg, sizeof pkg, "%s%s%s", dir, *dir ? "/" : "", last);
        if (pkg_len < 0 || (size_t)pkg_len + sizeof "/__init__.py" > sizeof path)
            continue;
        snprintf(path, sizeof path, "%.*s/__init__.py", pkg_len, pkg);
        if (is_dir(pkg) && is_file(path))
            return load_file(name, path, pkg);
        snprintf(path, sizeof path, "%.*s.py", pkg_len, pkg);
        if (is_file(path))
            return load_file(name, path, NULL);
    }
    return module_not_found(name, "No module named '%U'", name);
}

static MpyObject *sys_path(void)
{
    return mpy_interp.sys ? mpy_dict_get_item(mpy_module_get_dict(mpy_interp.sys), MPY_ID(path))
                          : NULL;
}

/* Imports an absolute dotted name, its parents first. */
static MpyObject *import_absolute(MpyObject *name)
{
    MpyObject *m = mpy_dict_get_item(mpy_interp.modules, name);
    if (m) {
        if (m == MPY_NONE)
            return module_not_found(name, "import of %U halted; None in sys.modules", name);
        return MPY_NEWREF(m);
    }
    if (mpy_err_occurred())
        return NULL;
    const char *full = mpy_str_as_utf8(name);
    const char *dot = strrchr(full, '.');
    if (!dot)
        return find_and_load(name, sys_path());
    MpyObject *parent_name = mpy_str_from_utf8(full, (size_t)(dot - full));
    if (!parent_name)
        return NULL;
    MpyObject *parent = import_absolute(parent_name);
    if (!parent) {
        MPY_DECREF(parent_name);
        return NULL;
    }
    /* Importing the parent may have imported us. */
    m = mpy_dict_get_item(mpy_interp.modules, name);
    if (m) {
        MPY_DECREF(parent);
        MPY_DECREF(parent_name);
        return MPY_NEWREF(m);
    }
    MpyObject *path;
    int found = mpy_object_lookup_attr(parent, MPY_ID(__path__), &path);
    if (found <= 0) {
        if (found == 0)
            module_not_found(name, "No module named '%U'; '%U' is not a package", name, parent_name);
        MPY_DECREF(parent);
        MPY_DECREF(parent_name);
        return NULL;
    }
    m = find_and_load(name, path);
    MPY_DECREF(path);
    if (m) {
        MpyObject *child = mpy_str_from_cstr(dot + 1);
        if (!child || mpy_object_setattr(parent, child, m) < 0)
            MPY_CLEAR(m);
        MPY_XDECREF(child);
    }
    MPY_DECREF(parent);
    MPY_DECREF(parent_name);
    return m;
}

MpyObject *mpy_import_module(const char *name)
{
    MpyObject *n = mpy_str_from_cstr(name);
    if (!n)
        return NULL;
    MpyObject *m = import_absolute(n);
    MPY_DECREF(n);
    return m;
}

/* --------------------------------------------------- relative names */

/* The package a relative import in `globals` is relative to (CPython's
 * _calc___package__). */
static MpyObject *calc_package(MpyObject *globals)
{
    MpyObject *package = globals ? mpy_dict_get_item(globals, MPY_ID(__package__)) : NULL;
    if (package && package != MPY_NONE) {
        if (!MPY_STR_CHECK(package))
            return mpy_err_set_string(MpyExc_TypeError, "package must be a string");
        return MPY_NEWREF(package);
    }
    MpyObject *modname = globals ? mpy_dict_get_item(globals, MPY_ID(__name__)) : NULL;
    if (!modname || !MPY_STR_CHECK(modname))
        return mpy_err_set_string(MpyExc_KeyError, "'__name__' not in globals");
    if (mpy_dict_get_item(globals, MPY_ID(__path__)))
        return MPY_NEWREF(modname);
    const char *s = mpy_str_as_utf8(modname);
    const char *dot = strrchr(s, '.');
    return mpy_str_from_utf8(s, dot ? (size_t)(dot - s) : 0);
}

static MpyObject *resolve_name(MpyObject *name, MpyObject *globals, int level)
{
    MpyObject *package = calc_package(globals);
    if (!package)
        return NULL;
    if (MPY_STR_LEN(package) == 0) {
        MPY_DECREF(package);
        return mpy_err_set_string(MpyExc_ImportError,
                                  "attempted relative import with no known parent package");
    }
    const char *base = mpy_str_as_utf8(package);
    size_t base_len = strlen(base);
    for (int i = 1; i < level; i++) {
        const char *dot = NULL;
        for (size_t j = base_len; j > 0; j--)
            if (base[j - 1] == '.') {
                dot = base + j - 1;
                break;
            }
        if (!dot) {
            MPY_DECREF(package);
            return mpy_err_set_string(MpyExc_ImportError,
                                      "attempted relative import beyond top-level package");
        }
        base_len = (size_t)(dot - base);
    }
    MpyObject *res = mpy_str_from_utf8(base, base_len);
    if (res && MPY_STR_LEN(name) > 0)
        MPY_SETREF(res, mpy_str_from_format("%U.%U", res, name));
    MPY_DECREF(package);
    return res;
}

/* `from package import x` may name a submodule not imported yet. */
static int handle_fromlist(MpyObject *module, MpyObject *fromlist)
{
    MpyObject *path;
    int is_package = mpy_object_lookup_attr(module, MPY_ID(__path__), &path);
    if (is_package <= 0)
        return is_package;
    MPY_DECREF(path);
    MpyObject *modname;
    if (mpy_object_lookup_attr(module, MPY_ID(__name__), &modname) <= 0)
        return mpy_err_occurred() ? -1 : 0;
    int res = 0;
    for (ssize_t i = 0; i < MPY_SIZE(fromlist) && res == 0; i++) {
        MpyObject *x = MPY_TUPLE_GET(fromlist, i);
        if (!MPY_STR_CHECK(x) || mpy_str_equal_cstr(x, "*") || mpy_object_hasattr(module, x) > 0)
            continue;
        MpyObject *sub = mpy_str_from_format("%U.%U", modname, x);
        MpyObject *m = sub ? import_absolute(sub) : NULL;
        if (m) {
            MPY_DECREF(m);
        } else if (mpy_err_exception_matches(MpyExc_ModuleNotFoundError)) {
            /* Only a missing submodule of that exact name is ignored. */
            MpyImportErrorObject *ie = (MpyImportErrorObject *)mpy_err_occurred();
            if (ie->name && sub && mpy_object_richcompare_bool(ie->name, sub, MPY_EQ) == 1)
                mpy_err_clear();
            else
                res = -1;
        } else {
            res = -1;
        }
        MPY_XDECREF(sub);
    }
    MPY_DECREF(modname);
    return res;
}

MpyObject *mpy_import_module_level(MpyObject *name, MpyObject *globals, MpyObject *fromlist,
                                   int level)
{
    if (!MPY_STR_CHECK(name))
        return mpy_err_set_string(MpyExc_TypeError, "module name must be a string");
    if (level < 0)
        return mpy_err_set_string(MpyExc_ValueError, "level must be >= 0");
    if (level == 0 && MPY_STR_LEN(name) == 0)
        return mpy_err_set_string(MpyExc_ValueError, "Empty module name");
    MpyObject *abs_name = level > 0 ? resolve_name(name, globals, level) : MPY_NEWREF(name);
    if (!abs_name)
        return NULL;
    MpyObject *module = import_absolute(abs_name);
    if (!module) {
        MPY_DECREF(abs_name);
        return NULL;
    }
    bool has_from = fromlist && fromlist != MPY_NONE && mpy_object_is_true(fromlist) > 0;
    MpyObject *res;
    if (!has_from) {
        /* `import a.b.c` binds the top-level package a. */
        const char *n = mpy_str_as_utf8(name);
        const char *dot = strchr(n, '.');
        if (level == 0 && dot) {
            MpyObject *top = mpy_str_from_utf8(n, (size_t)(dot - n));
            res = top ? import_absolute(top) : NULL;
            MPY_XDECREF(top);
        } else if (level > 0 && dot) {
            size_t cut = MPY_STR_UTF8_LEN(abs_name) - strlen(dot);
            MpyObject *top = mpy_str_from_utf8(mpy_str_as_utf8(abs_name), cut);
            res = top ? import_absolute(top) : NULL;
            MPY_XDECREF(top);
        } else {
            res = MPY_NEWREF(module);
        }
    } else {
        MpyObject *t = MPY_TUPLE_CHECK(fromlist) ? MPY_NEWREF(fromlist) : mpy_tuple_from_iterable(fromlist);
        int err = t ? handle_fromlist(module, t) : -1;
        MPY_XDECREF(t);
        res = err < 0 ? NULL : MPY_NEWREF(module);
    }
    MPY_DECREF(module);
    MPY_DECREF(abs_name);
    return res;
}

MpyObject *mpy_import_name(MpyFrame *f, MpyObject *name, MpyObject *fromlist, MpyObject *level)
{
    MpyObject *import_func = mpy_dict_get_item(f->f_builtins, MPY_ID(__import__));
    if (!import_func) {
        if (!mpy_err_occurred())
            mpy_err_set_string(MpyExc_ImportError, "__import__ not found");
        return NULL;
    }
    int ilevel = (int)mpy_int_as_ssize(level);
    if (import_func == mpy_interp.builtin_import)
        return mpy_import_module_level(name, f->f_globals, fromlist, ilevel);
    MpyObject *locals = f->f_locals ? f->f_locals : MPY_NONE;
    MpyObject *args[5] = {name, f->f_globals, locals, fromlist, level};
    return mpy_call(import_func, args, 5, NULL);
}

MpyObject *mpy_import_from(MpyObject *module, MpyObject *name)
{
    MpyObject *x;
    int found = mpy_object_lookup_attr(module, name, &x);
    if (found != 0)
        return found > 0 ? x : NULL;
    /* A submodule that set itself in sys.modules but not yet as an attribute. */
    MpyObject *pkgname = NULL;
    if (mpy_object_lookup_attr(module, MPY_ID(__name__), &pkgname) > 0 && MPY_STR_CHECK(pkgname)) {
        MpyObject *full = mpy_str_from_format("%U.%U", pkgname, name);
        x = full ? mpy_dict_get_item(mpy_interp.modules, full) : NULL;
        MPY_XDECREF(full);
        if (x) {
            MPY_DECREF(pkgname);
            return MPY_NEWREF(x);
        }
    }
    mpy_err_clear();
    MpyObject *file = NULL;
    if (mpy_object_lookup_attr(module, MPY_ID(__file__), &file) < 0)
        mpy_err_clear();
    MpyObject *shown = pkgname && MPY_STR_CHECK(pkgname) ? pkgname : NULL;
    int circular = shown ? mpy_sequence_contains(initializing, shown) : 0;
    if (circular > 0)
        mpy_err_format(MpyExc_ImportError,
                       "cannot import name '%U' from partially initialized module '%V' (most "
                       "likely due to a circular import) (%V)",
                       name, shown, "<unknown module name>",
                       file && MPY_STR_CHECK(file) ? file : NULL, "unknown location");
    else
        mpy_err_format(MpyExc_ImportError, "cannot import name '%U' from '%V' (%V)", name, shown,
                       "<unknown module name>", file && MPY_STR_CHECK(file) ? file : NULL,
                       "unknown location");
    set_import_error_fields(shown, file);
    MPY_XDECREF(file);
    MPY_XDECREF(pkgname);
    return NULL;
}

int mpy_import_star(MpyObject *locals, MpyObject *module)
{
    MpyObject *all, *names;
    int has_all = mpy_object_lookup_attr(module, mpy_str_intern_cstr("__all__"), &all);
    if (has_all < 0)
        return -1;
    bool skip_private = !has_all;
    if (has_all) {
        names = all;
    } else {
        MpyObject *dict;
        if (mpy_object_lookup_attr(module, MPY_ID(__dict__), &dict) <= 0) {
            if (!mpy_err_occurred())
                mpy_err_set_string(MpyExc_ImportError,
                                   "from-import-* object has no __dict__ and no __all__");
            return -1;
        }
        names = mpy_call_method(dict, "keys", NULL, 0);
        MPY_DECREF(dict);
        if (!names)
            return -1;
    }
    MpyObject *it = mpy_object_getiter(names);
    MPY_DECREF(names);
    if (!it)
        return -1;
    MpyObject *n;
    int err = 0;
    while (err == 0 && (n = mpy_iter_next(it))) {
        if (!MPY_STR_CHECK(n)) {
            MpyObject *modname = NULL;
            mpy_object_lookup_attr(module, MPY_ID(__name__), &modname);
            mpy_err_format(MpyExc_TypeError, "%s in %V.%s must be str, not %s",
                           skip_private ? "Key" : "Item", modname, "?",
                           skip_private ? "__dict__" : "__all__", mpy_type_short_name(MPY_TYPE(n)));
            MPY_XDECREF(modname);
            err = -1;
        } else if (!(skip_private && MPY_STR_DATA(n)[0] == '_')) {
            MpyObject *value = mpy_object_getattr(module, n);
            err = value ? mpy_object_setitem(locals, n, value) : -1;
            MPY_XDECREF(value);
        }
        MPY_DECREF(n);
    }
    MPY_DECREF(it);
    if (err == 0 && mpy_err_occurred())
        err = -1;
    return err;
}

int mpy_import_init(void)
{
    initializing = mpy_list_new(0);
    return initializing ? 0 : -1;
}

void mpy_import_fini(void) { MPY_CLEAR(initializing); }
