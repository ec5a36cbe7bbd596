/* Start-up and shutdown. Start-up brings up the allocator and collector,
 * the core types in dependency order, then builtins, sys and import.
 * Shutdown follows CPython 3.11's exit sequence (a collection, __main__
 * dropped, a collection that ignores gc.disable(), the modules cleared) and
 * then frees everything else, so that the leak check can account for every
 * object. */
#include "lifecycle.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "builtins.h"
#include "class.h"
#include "bytes.h"
#include "code.h"
#include "complex.h"
#include "descr.h"
#include "dict.h"
#include "errors.h"
#include "exceptions.h"
#include "fileio.h"
#include "float.h"
#include "frame.h"
#include "function.h"
#include "gc.h"
#include "gen.h"
#include "import.h"
#include "int.h"
#include "interp.h"
#include "iter.h"
#include "leakcheck.h"
#include "list.h"
#include "memoryview.h"
#include "mod_sys.h"
#include "module.h"
#include "modules.h"
#include "namespace.h"
#include "range.h"
#include "set.h"
#include "slice.h"
#include "slots.h"
#include "str.h"
#include "super.h"
#include "traceback.h"
#include "tuple.h"
#include "type.h"
#include "warnings.h"

/* Types defined by the runtime's own files (the type files of str, int,
 * containers... ready theirs in their init functions). */
static MpyTypeObject *const core_types[] = {
    &MpyBaseObject_Type, &MpyType_Type, &MpyNone_Type, &MpyNotImplemented_Type,
    &MpyEllipsis_Type, &MpyWrapperDescr_Type, &MpyMethodWrapper_Type, &MpyMappingProxy_Type,
    &MpyStaticMethod_Type, &MpyClassMethod_Type, &MpyFunction_Type, &MpyMethod_Type,
    &MpyCell_Type, &MpyFrame_Type, &MpyGen_Type, &MpyTraceback_Type, &MpyModule_Type,
    &MpyNamespace_Type, &MpySuper_Type, &MpyProperty_Type,
};

static void on_sigint(int sig)
{
    (void)sig;
    mpy_interp.pending_signals = 1;
    mpy_interp.eval_breaker = 1;
}

static int fail(const char *what)
{
    fprintf(stderr, "minipy: fatal: cannot initialise %s\n", what);
    if (mpy_err_occurred())
        mpy_err_print();
    return -1;
}

int mpy_runtime_init(int argc, char **argv)
{
    mpy_alloc_init();
    mpy_gc_init();
    /* Strings and dicts work before any type is readied; readying needs them. */
    mpy_str_init();
    mpy_int_init();
    /* Readying the other types may raise and clear errors (attribute
     * lookups), so the exception classes come first. */
    mpy_exceptions_init();
    mpy_bool_init();
    /* dict, float, list, tuple: the order of the free-list lines in
     * sys._debugmallocstats(), as CPython prints them. */
    mpy_dict_init();
    mpy_float_init();
    mpy_complex_init();
    mpy_list_init();
    mpy_tuple_init();
    mpy_set_init();
    mpy_bytes_init();
    mpy_memoryview_init();
    mpy_slice_init();
    mpy_range_init();
    mpy_iter_init();
    mpy_descr_init();
    mpy_code_init();
    mpy_class_init_hooks();
    for (size_t i = 0; i < sizeof core_types / sizeof core_types[0]; i++)
        if (mpy_type_ready(core_types[i]) < 0)
            return fail(core_types[i]->tp_name);
    if (mpy_err_occurred())
        return fail("types");

    mpy_interp.modules = mpy_dict_new();
    MpyObject *builtins = mpy_builtins_create();
    if (!mpy_interp.modules || !builtins)
        return fail("builtins");
    mpy_interp.builtins_module = builtins;
    mpy_interp.builtins = mpy_module_get_dict(builtins);
    mpy_interp.builtin_import = mpy_dict_get_item(mpy_interp.builtins, MPY_ID(__import__));
    const char *script = argc > 0 && argv[0][0] != '-' ? argv[0] : NULL;
    mpy_interp.sys = mpy_sys_create(argc, argv, script);
    if (!mpy_interp.sys ||
        mpy_dict_set_item_str(mpy_interp.modules, "builtins", builtins) < 0 ||
        mpy_dict_set_item_str(mpy_interp.modules, "sys", mpy_interp.sys) < 0 ||
        mpy_import_init() < 0)
        return fail("sys");
    /* As CPython: a SIGINT the parent set to be ignored (a background job)
     * stays ignored. */
    if (signal(SIGINT, on_sigint) == SIG_IGN)
        signal(SIGINT, SIG_IGN);
    mpy_type_enable_cache();
    return 0;
}

/* ============================================================ shutdown */

static void clear_module_dicts(void)
{
    MpyObject *modules = mpy_interp.modules;
    if (!modules)
        return;
    MpyObject *values = mpy_dict_values(modules);
    if (!values) {
        mpy_err_clear();
        return;
    }
    for (ssize_t i = 0; i < MPY_SIZE(values); i++) {
        MpyObject *m = MPY_LIST_GET(values, i);
        if (MPY_MODULE_CHECK(m) && m != mpy_interp.builtins_module && m != mpy_interp.sys) {
            MpyObject *d = mpy_module_get_dict(m);
            if (d)
                mpy_dict_clear(d);
        }
    }
    MPY_DECREF(values);
    mpy_dict_clear(modules);
}

/* Runs every pending finalizer, reporting (not propagating) errors. */
static void collect_quietly(void)
{
    mpy_gc_collect_no_fail();
    if (mpy_err_occurred())
        mpy_err_write_unraisable(NULL);
}

static void exit_sequence(void)
{
    mpy_interp.finalizing = true;
    fflush(stdout);
    if (mpy_gc_is_enabled()) {
        mpy_gc_collect(2);
        mpy_err_clear();
    }
    /* The special attributes of sys go first (CPython's
     * finalize_modules_delete_special): an uncaught exception's traceback
     * lets go of its frames' locals before the modules are torn down. */
    static const char *const special[] = {"path", "argv", "ps1", "ps2", "last_type",
                                          "last_value", "last_traceback"};
    for (size_t i = 0; mpy_interp.sys && i < sizeof special / sizeof special[0]; i++) {
        if (mpy_dict_get_item_str(mpy_module_get_dict(mpy_interp.sys), special[i]) &&
            mpy_dict_set_item_str(mpy_module_get_dict(mpy_interp.sys), special[i], MPY_NONE) < 0)
            mpy_err_clear();
        mpy_err_clear();
    }
    /* __main__ goes next; what it held is finalized in gc order. */
    if (mpy_interp.modules && mpy_interp.main_module) {
        MpyObject *name = mpy_str_intern_cstr("__main__");
        if (mpy_dict_get_item(mpy_interp.modules, name) == mpy_interp.main_module &&
            mpy_dict_del_item(mpy_interp.modules, name) < 0)
            mpy_err_clear();
    }
    MPY_CLEAR(mpy_interp.main_module);
    collect_quietly();
    clear_module_dicts();
    mpy_gc_module_fini();
    collect_quietly();
    fflush(stdout);
}

static void release_interpreter(void)
{
    if (mpy_interp.sys)
        mpy_dict_clear(mpy_module_get_dict(mpy_interp.sys));
    if (mpy_interp.builtins)
        mpy_dict_clear(mpy_interp.builtins);
    MPY_CLEAR(mpy_interp.sys);
    mpy_interp.builtins = NULL;
    mpy_interp.builtin_import = NULL;
    MPY_CLEAR(mpy_interp.builtins_module);
    MPY_CLEAR(mpy_interp.modules);
    MPY_CLEAR(mpy_interp.base_exc_info.exc_value);
    MPY_CLEAR(mpy_interp.curexc);
    mpy_import_fini();
    collect_quietly();
    mpy_err_clear();
}

long mpy_runtime_fini(void)
{
    exit_sequence();
    release_interpreter();
    mpy_sys_fini();
    mpy_fileio_fini();
    mpy_exceptions_fini();
    mpy_warnings_fini();
    mpy_type_unready_all();
    mpy_type_clear_cache();
    collect_quietly();
    mpy_iter_fini();
    mpy_range_fini();
    mpy_slice_fini();
    mpy_set_fini();
    mpy_dict_fini();
    mpy_list_fini();
    mpy_tuple_fini();
    mpy_memoryview_fini();
    mpy_bytes_fini();
    mpy_complex_fini();
    mpy_float_fini();
    mpy_bool_fini();
    mpy_int_fini();
    mpy_str_fini();
    mpy_traceback_fini();
    mpy_frame_fini();
    mpy_interp_fini();
    mpy_gc_fini();
    long leaked = (long)mpy_leak_live_count();
    bool report = getenv("MINIPY_LEAKCHECK") && strcmp(getenv("MINIPY_LEAKCHECK"), "0") != 0;
#ifdef MPY_DEBUG
    report = report || leaked > 0;
#endif
    if (report && leaked > 0) {
        fflush(stdout);
        mpy_leak_report(stderr);
    }
    mpy_alloc_fini();
    return leaked;
}
