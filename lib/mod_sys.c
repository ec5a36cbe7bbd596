/* The sys module: the interpreter's view of itself — argv, path, modules,
 * the standard streams, the recursion limit, and the memory introspection
 * minipy exists to show: getrefcount, getsizeof, intern,
 * getallocatedblocks, _debugmallocstats. */
#include "mod_sys.h"

#include <limits.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "alloc.h"
#include "args.h"
#include "descr.h"
#include "dict.h"
#include "errors.h"
#include "exceptions.h"
#include "fileio.h"
#include "frame.h"
#include "gc.h"
#include "int.h"
#include "interp.h"
#include "list.h"
#include "module.h"
#include "namespace.h"
#include "str.h"
#include "structseq.h"
#include "traceback.h"
#include "tuple.h"
#include "type.h"

#define MPY_VERSION_STRING "3.11.7 (minipy 0.1) [GCC]"

MpyObject *mpy_sys_get_object(const char *name)
{
    if (!mpy_interp.sys)
        return NULL;
    MpyObject *v = mpy_dict_get_item_str(mpy_module_get_dict(mpy_interp.sys), name);
    if (!v)
        mpy_err_clear();
    return v;
}

int mpy_sys_set_object(const char *name, MpyObject *value)
{
    return mpy_dict_set_item_str(mpy_module_get_dict(mpy_interp.sys), name, value);
}

/* ============================================================= memory */

static MpyObject *sys_getrefcount(MpyObject *self, MpyObject *obj)
{
    return mpy_int_from_ssize(MPY_REFCNT(obj));
}

/* __sizeof__ plus the hidden pre-header: 16 bytes of gc header for
 * containers, 16 more for a managed dict (CPython 3.11's _PySys_GetSizeOf). */
static MpyObject *sys_getsizeof(MpyObject *self, MpyObject *const *args, size_t nargs,
                                MpyObject *kwnames)
{
    static const char *const kw[] = {"object", "default", NULL};
    static const MpyArgSpec spec = {"getsizeof", kw, 1, 2};
    MpyObject *a[2];
    if (mpy_arg_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    MpyObject *obj = a[0];
    MpyObject *meth = mpy_type_lookup(MPY_TYPE(obj), mpy_str_intern_cstr("__sizeof__"));
    MpyObject *res = NULL;
    if (meth) {
        MPY_INCREF(meth);
        res = mpy_call_prepend(meth, obj, NULL, 0, NULL);
        MPY_DECREF(meth);
    } else if (!mpy_err_occurred()) {
        mpy_err_format(MpyExc_TypeError, "Type %s doesn't define __sizeof__",
                       mpy_type_short_name(MPY_TYPE(obj)));
    }
    if (!res) {
        if (a[1] && mpy_err_exception_matches(MpyExc_TypeError)) {
            mpy_err_clear();
            return MPY_NEWREF(a[1]);
        }
        return NULL;
    }
    if (!MPY_INT_CHECK(res)) {
        MPY_DECREF(res);
        return mpy_err_set_string(MpyExc_TypeError, "an integer is required");
    }
    ssize_t size = mpy_int_as_ssize(res);
    MPY_DECREF(res);
    if (size == -1 && mpy_err_occurred())
        return NULL;
    if (size < 0)
        return mpy_err_set_string(MpyExc_ValueError, "__sizeof__() should return >= 0");
    MpyTypeObject *type = MPY_TYPE(obj);
    bool is_gc = MPY_OBJECT_IS_GC(obj) &&
                 !(MPY_TYPE_HAS_FEATURE(type, MPY_TPFLAGS_TYPE_SUBCLASS) &&
                   !MPY_TYPE_HAS_FEATURE((MpyTypeObject *)obj, MPY_TPFLAGS_HEAPTYPE));
    if (is_gc)
        size += (ssize_t)sizeof(MpyGCHead);
    if (type->tp_flags & MPY_TPFLAGS_MANAGED_DICT)
        size += 2 * (ssize_t)sizeof(MpyObject *);
    return mpy_int_from_ssize(size);
}

static MpyObject *sys_intern(MpyObject *self, MpyObject *s)
{
    if (!MPY_STR_CHECK_EXACT(s)) {
        if (MPY_STR_CHECK(s))
            return mpy_err_format(MpyExc_TypeError, "can't intern %s", mpy_type_short_name(MPY_TYPE(s)));
        return mpy_err_format(MpyExc_TypeError, "intern() argument must be str, not %s",
                              s == MPY_NONE ? "None" : mpy_type_short_name(MPY_TYPE(s)));
    }
    MPY_INCREF(s);
    mpy_str_intern_in_place(&s);
    return s;
}

static MpyObject *sys_getallocatedblocks(MpyObject *self, MpyObject *unused)
{
    return mpy_int_from_u64(mpy_alloc_allocated_blocks());
}

static MpyObject *sys_debugmallocstats(MpyObject *self, MpyObject *unused)
{
    fflush(stdout);
    mpy_alloc_print_stats(stderr);
    fflush(stderr);
    MPY_RETURN_NONE;
}

/* ========================================================== recursion */

static MpyObject *sys_getrecursionlimit(MpyObject *self, MpyObject *unused)
{
    return mpy_int_from_i64(mpy_interp.recursion_limit);
}

static MpyObject *sys_setrecursionlimit(MpyObject *self, MpyObject *arg)
{
    ssize_t limit = mpy_number_as_ssize(arg, MpyExc_OverflowError);
    if (limit == -1 && mpy_err_occurred())
        return NULL;
    if (limit < 1)
        return mpy_err_set_string(MpyExc_ValueError, "recursion limit must be greater or equal than 1");
    if (limit > INT_MAX)
        return mpy_err_set_string(MpyExc_OverflowError, "Python int too large to convert to C int");
    if (mpy_interp.recursion_depth >= limit)
        return mpy_err_format(MpyExc_RecursionError,
                              "cannot set the recursion limit to %zd at the recursion depth %d: "
                              "the limit is too low",
                              limit, mpy_interp.recursion_depth);
    mpy_interp.recursion_limit = (int)limit;
    MPY_RETURN_NONE;
}

/* ====================================================== exceptions, exit */

static MpyObject *sys_exit(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    if (mpy_arg_check_positional("exit", nargs, 0, 1))
        return NULL;
    return mpy_err_set_object(MpyExc_SystemExit, nargs ? args[0] : NULL);
}

static MpyObject *sys_exc_info(MpyObject *self, MpyObject *unused)
{
    MpyObject *exc = mpy_err_get_handled();
    if (!exc)
        return mpy_tuple_pack(3, MPY_NONE, MPY_NONE, MPY_NONE);
    MpyObject *tb = mpy_exc_traceback(exc);
    return mpy_tuple_pack(3, MPY_TYPE(exc), exc, tb ? tb : MPY_NONE);
}

static MpyObject *sys_exception(MpyObject *self, MpyObject *unused)
{
    MpyObject *exc = mpy_err_get_handled();
    return MPY_NEWREF(exc ? exc : MPY_NONE);
}

void mpy_sys_set_last_exception(MpyObject *exc)
{
    if (!mpy_interp.sys)
        return;
    MpyObject *tb = mpy_exc_traceback(exc);
    if (mpy_sys_set_object("last_type", MPY_CAST(MPY_TYPE(exc))) < 0 ||
        mpy_sys_set_object("last_value", exc) < 0 ||
        mpy_sys_set_object("last_traceback", tb ? tb : MPY_NONE) < 0) {
        MpyObject *pending = mpy_err_fetch();
        MPY_XDECREF(pending);
    }
}

static MpyObject *sys_excepthook(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    if (mpy_arg_check_positional("excepthook", nargs, 3, 3))
        return NULL;
    fflush(stdout);
    mpy_traceback_print_exception(args[1], stderr);
    MPY_RETURN_NONE;
}

/* The REPL's echo: repr(value) on stdout, remembered as builtins._ */
static MpyObject *sys_displayhook(MpyObject *self, MpyObject *value)
{
    if (value == MPY_NONE)
        MPY_RETURN_NONE;
    MpyObject *underscore = mpy_str_intern_cstr("_");
    if (mpy_dict_set_item(mpy_interp.builtins, underscore, MPY_NONE) < 0)
        return NULL;
    MpyObject *repr = mpy_object_repr(value);
    if (!repr)
        return NULL;
    MpyObject *out = mpy_sys_get_object("stdout");
    int err = 0;
    if (out && out != MPY_NONE) {
        err = mpy_file_write_obj(out, repr);
        if (err == 0)
            err = mpy_file_write_cstr_or_obj(out, NULL, "\n");
    }
    MPY_DECREF(repr);
    if (err < 0 || mpy_dict_set_item(mpy_interp.builtins, underscore, value) < 0)
        return NULL;
    MPY_RETURN_NONE;
}

int mpy_sys_displayhook(MpyObject *value)
{
    MpyObject *hook = mpy_sys_get_object("displayhook");
    if (!hook)
        return mpy_err_set_string(MpyExc_RuntimeError, "lost sys.displayhook"), -1;
    MpyObject *res = mpy_call_one(hook, value);
    if (!res)
        return -1;
    MPY_DECREF(res);
    return 0;
}

/* ============================================================== frames */

static MpyObject *sys_getframe(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    if (mpy_arg_check_positional("_getframe", nargs, 0, 1))
        return NULL;
    ssize_t depth = nargs ? mpy_number_as_ssize(args[0], MpyExc_OverflowError) : 0;
    if (depth == -1 && mpy_err_occurred())
        return NULL;
    MpyFrame *f = mpy_interp.frame;
    while (f && depth-- > 0)
        f = f->previous;
    if (!f)
        return mpy_err_set_string(MpyExc_ValueError, "call stack is not deep enough");
    MpyObject *fo = mpy_frame_get_object(f);
    return MPY_XNEWREF(fo);
}

/* ============================================================ int limit */

static MpyObject *sys_get_int_max_str_digits(MpyObject *self, MpyObject *unused)
{
    return mpy_int_from_i64(mpy_int_get_max_str_digits());
}

static MpyObject *sys_set_int_max_str_digits(MpyObject *self, MpyObject *const *args, size_t nargs,
                                             MpyObject *kwnames)
{
    static const char *const kw[] = {"maxdigits", NULL};
    static const MpyArgSpec spec = {"set_int_max_str_digits", kw, 1, 1};
    MpyObject *a[1];
    if (mpy_arg_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    ssize_t n = mpy_number_as_ssize(a[0], MpyExc_OverflowError);
    if ((n == -1 && mpy_err_occurred()) || mpy_int_set_max_str_digits(n) < 0)
        return NULL;
    MPY_RETURN_NONE;
}

static MpyObject *sys_getdefaultencoding(MpyObject *self, MpyObject *unused)
{
    return mpy_str_from_cstr("utf-8");
}

static MpyMethodDef sys_methods[] = {
    {"getrefcount", MPY_METH(sys_getrefcount), MPY_METH_O,
     "Return the reference count of object.\n\nThe count returned is generally one higher than "
     "you might expect,\nbecause it includes the (temporary) reference as an argument to\n"
     "getrefcount()."},
    {"getsizeof", MPY_METH(sys_getsizeof), MPY_METH_FASTCALL | MPY_METH_KEYWORDS,
     "getsizeof(object [, default]) -> int\n\nReturn the size of object in bytes."},
    {"intern", MPY_METH(sys_intern), MPY_METH_O, "``Intern'' the given string."},
    {"getallocatedblocks", MPY_METH(sys_getallocatedblocks), MPY_METH_NOARGS,
     "Return the number of memory blocks currently allocated."},
    {"_debugmallocstats", MPY_METH(sys_debugmallocstats), MPY_METH_NOARGS,
     "Print summary info to stderr about the state of pymalloc's structures."},
    {"getrecursionlimit", MPY_METH(sys_getrecursionlimit), MPY_METH_NOARGS,
     "Return the current value of the recursion limit."},
    {"setrecursionlimit", MPY_METH(sys_setrecursionlimit), MPY_METH_O,
     "Set the maximum depth of the Python interpreter stack to n."},
    {"exit", MPY_METH(sys_exit), MPY_METH_FASTCALL, "Exit the interpreter by raising SystemExit(status)."},
    {"exc_info", MPY_METH(sys_exc_info), MPY_METH_NOARGS,
     "Return current exception information: (type, value, traceback)."},
    {"exception", MPY_METH(sys_exception), MPY_METH_NOARGS, "Return the current exception."},
    {"excepthook", MPY_METH(sys_excepthook), MPY_METH_FASTCALL,
     "Handle an exception by displaying it with a traceback on sys.stderr."},
    {"displayhook", MPY_METH(sys_displayhook), MPY_METH_O,
     "Print an object to sys.stdout and also save it in builtins._"},
    {"_getframe", MPY_METH(sys_getframe), MPY_METH_FASTCALL, "Return a frame object from the call stack."},
    {"get_int_max_str_digits", MPY_METH(sys_get_int_max_str_digits), MPY_METH_NOARGS,
     "Return the maximum string digits limit for non-binary int<->str conversions."},
    {"set_int_max_str_digits", MPY_METH(sys_set_int_max_str_digits),
     MPY_METH_FASTCALL | MPY_METH_KEYWORDS,
     "Set the maximum string digits limit for non-binary int<->str conversions."},
    {"getdefaultencoding", MPY_METH(sys_getdefaultencoding), MPY_METH_NOARGS,
     "Return the current default encoding used by the Unicode implementation."},
    {"getfilesystemencoding", MPY_METH(sys_getdefaultencoding), MPY_METH_NOARGS,
     "Return the encoding used to convert Unicode filenames to OS filenames."},
    {NULL},
};

/* ============================================== the struct sequences */

static const MpyStructSeqField version_info_fields[] = {
    {"major", NULL}, {"minor", NULL}, {"micro", NULL}, {"releaselevel", NULL}, {"serial", NULL},
    {NULL, NULL},
};
static const MpyStructSeqField float_info_fields[] = {
    {"max", NULL}, {"max_exp", NULL}, {"max_10_exp", NULL}, {"min", NULL}, {"min_exp", NULL},
    {"min_10_exp", NULL}, {"dig", NULL}, {"mant_dig", NULL}, {"epsilon", NULL}, {"radix", NULL},
    {"rounds", NULL}, {NULL, NULL},
};
static const MpyStructSeqField int_info_fields[] = {
    {"bits_per_digit", NULL}, {"sizeof_digit", NULL}, {"default_max_str_digits", NULL},
    {"str_digits_check_threshold", NULL}, {NULL, NULL},
};
static const MpyStructSeqField hash_info_fields[] = {
    {"width", NULL}, {"modulus", NULL}, {"inf", NULL}, {"nan", NULL}, {"imag", NULL},
    {"algorithm", NULL}, {"hash_bits", NULL}, {"seed_bits", NULL}, {"cutoff", NULL},
    {NULL, NULL},
};
static const MpyStructSeqField flags_fields[] = {
    {"debug", NULL}, {"inspect", NULL}, {"interactive", NULL}, {"optimize", NULL},
    {"dont_write_bytecode", NULL}, {"no_user_site", NULL}, {"no_site", NULL},
    {"ignore_environment", NULL}, {"verbose", NULL}, {"bytes_warning", NULL}, {"quiet", NULL},
    {"hash_randomization", NULL}, {"isolated", NULL}, {"dev_mode", NULL}, {"utf8_mode", NULL},
    {"warn_default_encoding", NULL}, {"safe_path", NULL}, {"int_max_str_digits", NULL},
    {NULL, NULL},
};

static MpyTypeObject VersionInfo_Type, FloatInfo_Type, IntInfo_Type, HashInfo_Type, Flags_Type;

static const struct {
    MpyTypeObject *type;
    MpyStructSeqDesc desc;
} struct_types[] = {
    {&VersionInfo_Type, {"sys.version_info", "Version information as a named tuple.", version_info_fields}},
    {&FloatInfo_Type, {"sys.float_info", "A named tuple holding information about the float type.", float_info_fields}},
    {&IntInfo_Type, {"sys.int_info", "A named tuple that holds information about Python's\ninternal representation of integers.", int_info_fields}},
    {&HashInfo_Type, {"sys.hash_info", "A named tuple providing parameters used for computing\nhashes.", hash_info_fields}},
    {&Flags_Type, {"sys.flags", "Flags provided through command line arguments or environment vars.", flags_fields}},
};

static int init_struct_types(void)
{
    for (size_t i = 0; i < sizeof struct_types / sizeof struct_types[0]; i++)
        if (!(struct_types[i].type->tp_flags & MPY_TPFLAGS_READY) &&
            mpy_structseq_init_type(struct_types[i].type, &struct_types[i].desc) < 0)
            return -1;
    return 0;
}

static MpyObject *make_version_info(void)
{
    return mpy_structseq_build(&VersionInfo_Type, "iiisi", (int64_t)3, (int64_t)11, (int64_t)7,
                               "final", (int64_t)0);
}

static MpyObject *make_float_info(void)
{
    /* The compiler's own constants: <float.h> is shadowed by runtime/float.h. */
    return mpy_structseq_build(&FloatInfo_Type, "diidiiiidii", __DBL_MAX__,
                               (int64_t)__DBL_MAX_EXP__, (int64_t)__DBL_MAX_10_EXP__, __DBL_MIN__,
                               (int64_t)__DBL_MIN_EXP__, (int64_t)__DBL_MIN_10_EXP__,
                               (int64_t)__DBL_DIG__, (int64_t)__DBL_MANT_DIG__, __DBL_EPSILON__,
                               (int64_t)__FLT_RADIX__, (int64_t)1);
}

static MpyObject *make_int_info(void)
{
    /* CPython's digit layout, which getsizeof of ints reports. */
    return mpy_structseq_build(&IntInfo_Type, "iiii", (int64_t)30, (int64_t)4,
                               (int64_t)MPY_INT_DEFAULT_MAX_STR_DIGITS,
                               (int64_t)MPY_INT_MAX_STR_DIGITS_THRESHOLD);
}

static MpyObject *make_hash_info(void)
{
    return mpy_structseq_build(&HashInfo_Type, "iiiiisiii", (int64_t)64,
                               (int64_t)2305843009213693951LL, (int64_t)314159, (int64_t)0,
                               (int64_t)1000003, "siphash13", (int64_t)64, (int64_t)128,
                               (int64_t)0);
}

static MpyObject *make_flags(void)
{
    const char *seed = getenv("PYTHONHASHSEED");
    int randomized = !(seed && strcmp(seed, "0") == 0);
    return mpy_structseq_build(&Flags_Type, "iiiiiiiiiiiiibiibi", (int64_t)0, (int64_t)0,
                               (int64_t)0, (int64_t)0, (int64_t)1, (int64_t)0, (int64_t)0,
                               (int64_t)0, (int64_t)0, (int64_t)0, (int64_t)0,
                               (int64_t)randomized, (int64_t)0, 0, (int64_t)0, (int64_t)0, 0,
                               (int64_t)-1);
}

static MpyObject *make_implementation(MpyObject *version_info)
{
    MpyObject *d = mpy_dict_new();
    if (!d)
        return NULL;
    MpyObject *name = mpy_str_from_cstr("minipy");
    MpyObject *hexversion = mpy_int_from_i64(0x030B07F0);
    int err = !name || !hexversion || mpy_dict_set_item_str(d, "name", name) < 0 ||
              mpy_dict_set_item_str(d, "cache_tag", MPY_NONE) < 0 ||
              mpy_dict_set_item_str(d, "version", version_info) < 0 ||
              mpy_dict_set_item_str(d, "hexversion", hexversion) < 0;
    MPY_XDECREF(name);
    MPY_XDECREF(hexversion);
    MpyObject *ns = err ? NULL : mpy_namespace_new(d);
    MPY_DECREF(d);
    return ns;
}

/* sys.path: the script's directory first (absolute), then PYTHONPATH. */
static MpyObject *make_path(const char *script)
{
    MpyObject *path = mpy_list_new(0);
    if (!path)
        return NULL;
    char dir[PATH_MAX];
    if (script) {
        char resolved[PATH_MAX];
        if (!realpath(script, resolved))
            snprintf(resolved, sizeof resolved, "%s", script);
        snprintf(dir, sizeof dir, "%s", resolved);
        struct stat st;
        bool is_dir = stat(resolved, &st) == 0 && S_ISDIR(st.st_mode);
        char *slash = is_dir ? NULL : strrchr(dir, '/');
        if (is_dir)
            ; /* a directory run for its __main__.py is itself the first entry */
        else if (slash)
            *(slash == dir ? slash + 1 : slash) = '\0';
        else if (!getcwd(dir, sizeof dir))
            dir[0] = '\0';
    } else {
        dir[0] = '\0';
    }
    MpyObject *first = mpy_str_from_os(dir);
    if (!first || mpy_list_append(path, first) < 0) {
        MPY_XDECREF(first);
        MPY_DECREF(path);
        return NULL;
    }
    MPY_DECREF(first);
    const char *pythonpath = getenv("PYTHONPATH");
    while (pythonpath && *pythonpath) {
        const char *colon = strchr(pythonpath, ':');
        size_t len = colon ? (size_t)(colon - pythonpath) : strlen(pythonpath);
        if (len) {
            MpyObject *entry = mpy_str_from_utf8(pythonpath, len);
            if (!entry || mpy_list_append(path, entry) < 0) {
                MPY_XDECREF(entry);
                MPY_DECREF(path);
                return NULL;
            }
            MPY_DECREF(entry);
        }
        pythonpath = colon ? colon + 1 : NULL;
    }
    return path;
}

static MpyObject *make_argv(int argc, char **argv)
{
    MpyObject *list = mpy_list_new(0);
    if (!list)
        return NULL;
    if (argc == 0) {
        MpyObject *empty = mpy_str_from_cstr("");
        if (!empty || mpy_list_append(list, empty) < 0) {
            MPY_XDECREF(empty);
            MPY_DECREF(list);
            return NULL;
        }
        MPY_DECREF(empty);
    }
    for (int i = 0; i < argc; i++) {
        MpyObject *arg = mpy_str_from_os(argv[i]);
        if (!arg || mpy_list_append(list, arg) < 0) {
            MPY_XDECREF(arg);
            MPY_DECREF(list);
            return NULL;
        }
        MPY_DECREF(arg);
    }
    return list;
}

static MpyObject *make_builtin_module_names(void)
{
    static const char *const names[] = {"builtins", "gc", "math", "sys", "time", NULL};
    MpyObject *list = mpy_list_new(0);
    for (int i = 0; list && names[i]; i++) {
        MpyObject *s = mpy_str_from_cstr(names[i]);
        if (!s || mpy_list_append(list, s) < 0)
            MPY_CLEAR(list);
        MPY_XDECREF(s);
    }
    MpyObject *t = list ? mpy_list_as_tuple(list) : NULL;
    MPY_XDECREF(list);
    return t;
}

static int add_owned(MpyObject *m, const char *name, MpyObject *value)
{
    if (!value)
        return -1;
    int err = mpy_module_add_object(m, name, value);
    MPY_DECREF(value);
    return err;
}

/* CPython's error handler for stdin and stdout: surrogateescape in the C
 * and POSIX locales and the ones it coerces them to (C.UTF-8), else strict.
 * The locale is read from the environment as setlocale(LC_CTYPE, "")
 * would pick it. */
static const char *stdio_errors(void)
{
    const char *names[] = {"LC_ALL", "LC_CTYPE", "LANG"};
    const char *loc = "C";
    for (int i = 0; i < 3; i++) {
        const char *v = getenv(names[i]);
        if (v && *v) {
            loc = v;
            break;
        }
    }
    static const char *const c_like[] = {"C", "POSIX", "C.UTF-8", "C.utf8", "UTF-8", NULL};
    for (int i = 0; c_like[i]; i++)
        if (strcmp(loc, c_like[i]) == 0)
            return "surrogateescape";
    /* A locale that is not installed leaves the C locale in force. */
    bool installed = setlocale(LC_CTYPE, "") != NULL;
    setlocale(LC_CTYPE, "C");
    return installed ? "strict" : "surrogateescape";
}

static int add_streams(MpyObject *m)
{
    MpyObject *in = mpy_textio_new(stdin, "<stdin>", "r", false);
    MpyObject *out = mpy_textio_new(stdout, "<stdout>", "w", false);
    MpyObject *err = mpy_textio_new(stderr, "<stderr>", "w", false);
    if (in && out && err) {
        const char *errors = stdio_errors();
        mpy_textio_set_errors(in, errors);
        mpy_textio_set_errors(out, errors);
        mpy_textio_set_errors(err, "backslashreplace");
    }
    int res = in && out && err &&
                      mpy_module_add_object(m, "stdin", in) == 0 &&
                      mpy_module_add_object(m, "stdout", out) == 0 &&
                      mpy_module_add_object(m, "stderr", err) == 0 &&
                      mpy_module_add_object(m, "__stdin__", in) == 0 &&
                      mpy_module_add_object(m, "__stdout__", out) == 0 &&
                      mpy_module_add_object(m, "__stderr__", err) == 0
                  ? 0
                  : -1;
    MPY_XDECREF(in);
    MPY_XDECREF(out);
    MPY_XDECREF(err);
    return res;
}

static const MpyModuleDef sys_def = {
    "sys",
    "This module provides access to some objects used or maintained by the\n"
    "interpreter and to functions that interact strongly with the interpreter.",
    sys_methods, NULL};

MpyObject *mpy_sys_create(int argc, char **argv, const char *script)
{
    MpyObject *m = mpy_module_from_def(&sys_def);
    if (!m)
        return NULL;
    MpyObject *version_info = init_struct_types() == 0 ? make_version_info() : NULL;
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    exe[n > 0 ? n : 0] = '\0';
    if (!version_info || mpy_module_add_object(m, "modules", mpy_interp.modules) < 0 ||
        add_owned(m, "argv", make_argv(argc, argv)) < 0 ||
        add_owned(m, "path", make_path(script)) < 0 ||
        add_owned(m, "implementation", make_implementation(version_info)) < 0 ||
        add_owned(m, "float_info", make_float_info()) < 0 ||
        add_owned(m, "int_info", make_int_info()) < 0 ||
        add_owned(m, "hash_info", make_hash_info()) < 0 ||
        add_owned(m, "flags", make_flags()) < 0 ||
        mpy_module_add_object(m, "version_info", version_info) < 0 ||
        mpy_module_add_string(m, "version", MPY_VERSION_STRING) < 0 ||
        mpy_module_add_int(m, "hexversion", 0x030B07F0) < 0 ||
        mpy_module_add_int(m, "api_version", 1013) < 0 ||
        mpy_module_add_int(m, "maxsize", INT64_MAX) < 0 ||
        mpy_module_add_int(m, "maxunicode", 0x10FFFF) < 0 ||
        mpy_module_add_string(m, "byteorder", "little") < 0 ||
        mpy_module_add_string(m, "platform", "linux") < 0 ||
        mpy_module_add_string(m, "executable", exe) < 0 ||
        mpy_module_add_string(m, "copyright", "Copyright (c) the minipy authors.") < 0 ||
        add_owned(m, "builtin_module_names", make_builtin_module_names()) < 0 ||
        add_streams(m) < 0) {
        MPY_XDECREF(version_info);
        MPY_DECREF(m);
        return NULL;
    }
    MPY_DECREF(version_info);
    MpyObject *d = mpy_module_get_dict(m);
    if (mpy_dict_set_item_str(d, "__displayhook__", mpy_dict_get_item_str(d, "displayhook")) < 0 ||
        mpy_dict_set_item_str(d, "__excepthook__", mpy_dict_get_item_str(d, "excepthook")) < 0) {
        MPY_DECREF(m);
        return NULL;
    }
    return m;
}

void mpy_sys_fini(void)
{
    for (size_t i = 0; i < sizeof struct_types / sizeof struct_types[0]; i++)
        if (struct_types[i].type->tp_flags & MPY_TPFLAGS_READY)
            mpy_structseq_fini_type(struct_types[i].type);
}
