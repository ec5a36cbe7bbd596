/* The eval loop: executes frames of bytecode (opcodes.h). Python-to-Python
 * calls push a frame on the data stack and continue in the same loop, so
 * recursion in Python never recurses in C. Exceptions unwind through each
 * code object's exception table. Dispatch is by computed goto; instruction
 * bodies are written once, between TARGET() and DISPATCH().
 *
 * Reference ownership follows CPython 3.11 exactly (value-stack slots own
 * references; call arguments move into the callee's frame), because
 * sys.getrefcount must print CPython's numbers. */
#include "eval.h"

#include <stdlib.h>
#include <string.h>

#include "class.h"
#include "code.h"
#include "dict.h"
#include "dict_impl.h"
#include "errors.h"
#include "exc_group.h"
#include "exceptions.h"
#include "float.h"
#include "function.h"
#include "gen.h"
#include "import.h"
#include "instance.h"
#include "int.h"
#include "interp.h"
#include "iter.h"
#include "descr.h"
#include "list.h"
#include "module.h"
#include "set.h"
#include "slice.h"
#include "str.h"
#include "traceback.h"
#include "tuple.h"
#include "type.h"

/* ========================================================= inline caches */

/* The side table of a code object's inline caches: the cache unit after a
 * LOAD_GLOBAL/LOAD_ATTR/STORE_ATTR/LOAD_METHOD holds an index into it. */
typedef union {
    struct {
        uint32_t globals_keys; /* keys version of the globals; 0: empty */
        uint32_t builtins_keys; /* 0: the name is a global, else a builtin */
        ssize_t index;          /* its entry in that dict's keys */
    } global;
    struct {
        unsigned int type_version; /* 0: empty */
        int kind;                  /* ATTR_* */
        ssize_t index;             /* slot of a shared-layout instance attribute */
        MpyObject *descr;          /* borrowed: valid while the type version holds */
    } attr;
} InlineCache;

enum { ATTR_NONE, ATTR_INSTANCE_VALUE, ATTR_METHOD, ATTR_CLASS_VALUE };

/* Numbers the cache units of a code object the first time it runs. */
static int prepare_caches(MpyCodeObject *co)
{
    int n = 0;
    for (ssize_t i = 0; i < co->co_ncodeunits; i++) {
        int op = MPY_CODEUNIT_OP(co->co_code[i]);
        int units = mpy_opcode_cache_units[op];
        if (units) {
            co->co_code[i + 1] = (MpyCodeUnit)n++;
            i += units;
        }
    }
    co->co_caches = calloc((size_t)(n ? n : 1), sizeof(InlineCache));
    if (!co->co_caches) {
        mpy_err_no_memory();
        return -1;
    }
    co->co_ncaches = n;
    return 0;
}

/* The value in entry `index` of a str-keyed dict (LOAD_GLOBAL's cache). */
static inline MpyObject *dict_entry_value(MpyObject *d, ssize_t index)
{
    return DK_UNICODE_ENTRIES(((MpyDictObject *)d)->ma_keys)[index].me_value;
}

static inline uint32_t keys_version_now(MpyObject *d)
{
    return ((MpyDictObject *)d)->ma_keys->dk_version;
}

/* Fills a LOAD_GLOBAL cache for `name` once found: where it lives is fixed
 * as long as neither dict gains or loses a key. */
static void cache_global(InlineCache *c, MpyObject *globals, MpyObject *builtins, MpyObject *name)
{
    c->global.globals_keys = 0;
    if (!MPY_DICT_CHECK_EXACT(globals) || !MPY_DICT_CHECK_EXACT(builtins) ||
        !MPY_STR_CHECK_EXACT(name) ||
        !DK_IS_UNICODE(((MpyDictObject *)globals)->ma_keys))
        return;
    mpy_hash_t hash = mpy_object_hash(name);
    ssize_t index = mpy_dict_lookup_index(globals, name, hash);
    uint32_t builtins_keys = 0;
    if (index < 0) {
        if (!DK_IS_UNICODE(((MpyDictObject *)builtins)->ma_keys))
            return;
        index = mpy_dict_lookup_index(builtins, name, hash);
        builtins_keys = mpy_dict_keys_version(builtins);
        if (index < 0 || !builtins_keys)
            return;
    }
    c->global.index = index;
    c->global.builtins_keys = builtins_keys;
    c->global.globals_keys = mpy_dict_keys_version(globals);
}

/* Fills a STORE_ATTR cache after a store that went to the instance's
 * shared-layout values: valid while the class (its version) is unchanged,
 * since a data descriptor added later changes the version. */
static void cache_instance_store(InlineCache *c, MpyObject *owner, MpyObject *name)
{
    MpyTypeObject *type = MPY_TYPE(owner);
    if (!(type->tp_flags & MPY_TPFLAGS_MANAGED_DICT) ||
        type->tp_setattro != mpy_object_generic_setattr)
        return;
    MpyObject *descr = mpy_type_lookup(type, name);
    if (descr && MPY_TYPE(descr)->tp_descr_set)
        return;
    ssize_t index = mpy_instance_attr_index(owner, name);
    if (index < 0 || !mpy_type_version(type))
        return;
    c->attr.type_version = type->tp_version_tag;
    c->attr.kind = ATTR_INSTANCE_VALUE;
    c->attr.index = index;
}

/* ========================================================== errors */

static void format_unbound_local(MpyCodeObject *co, int oparg)
{
    MpyObject *name = MPY_TUPLE_GET(co->co_localsplusnames, oparg);
    if (co->co_localspluskinds[oparg] & MPY_FAST_FREE) {
        mpy_err_format(MpyExc_NameError,
                       "cannot access free variable '%U' where it is not associated with a "
                       "value in enclosing scope",
                       name);
    } else {
        mpy_err_format(MpyExc_UnboundLocalError,
                       "cannot access local variable '%U' where it is not associated with a value",
                       name);
    }
}

/* NameError with its .name set, so the traceback can suggest a similar name. */
static void format_name_error(MpyObject *name)
{
    mpy_err_format(MpyExc_NameError, "name '%U' is not defined", name);
    MpyObject *exc = mpy_err_occurred();
    if (exc && MPY_OBJECT_TYPECHECK(exc, MpyExc_NameError)) {
        MpyNameErrorObject *e = (MpyNameErrorObject *)exc;
        MPY_SETREF(e->name, MPY_NEWREF(name));
    }
}

/* ======================================================= argument binding */

static MpyObject *join_names(MpyObject *names)
{
    ssize_t n = MPY_SIZE(names);
    if (n == 1)
        return MPY_NEWREF(MPY_LIST_GET(names, 0));
    if (n == 2)
        return mpy_str_from_format("%U and %U", MPY_LIST_GET(names, 0), MPY_LIST_GET(names, 1));
    MpyObject *sep = mpy_str_from_cstr(", ");
    MpyObject *head = mpy_list_slice(names, 0, n - 1);
    MpyObject *joined = sep && head ? mpy_str_join(sep, head) : NULL;
    MpyObject *res = joined ? mpy_str_from_format("%U, and %U", joined, MPY_LIST_GET(names, n - 1))
                            : NULL;
    MPY_XDECREF(sep);
    MPY_XDECREF(head);
    MPY_XDECREF(joined);
    return res;
}

/* "f() missing 2 required positional arguments: 'a' and 'b'" */
static void missing_arguments(MpyCodeObject *co, MpyObject **slots, int start, int end,
                              const char *kind, MpyObject *qualname)
{
    MpyObject *names = mpy_list_new(0);
    if (!names)
        return;
    for (int i = start; i < end; i++) {
        if (slots[i])
            continue;
        MpyObject *r = mpy_object_repr(MPY_TUPLE_GET(co->co_localsplusnames, i));
        if (!r || mpy_list_append(names, r) < 0) {
            MPY_XDECREF(r);
            MPY_DECREF(names);
            return;
        }
        MPY_DECREF(r);
    }
    ssize_t n = MPY_SIZE(names);
    MpyObject *joined = join_names(names);
    if (joined)
        mpy_err_format(MpyExc_TypeError, "%U() missing %zd required %s argument%s: %U", qualname,
                       n, kind, n == 1 ? "" : "s", joined);
    MPY_XDECREF(joined);
    MPY_DECREF(names);
}

static void too_many_positional(MpyCodeObject *co, MpyObject **slots, size_t given,
                                MpyObject *defaults, MpyObject *qualname)
{
    ssize_t kwonly_given = 0;
    for (int i = co->co_argcount; i < co->co_argcount + co->co_kwonlyargcount; i++)
        kwonly_given += slots[i] != NULL;
    ssize_t defcount = defaults ? MPY_SIZE(defaults) : 0;
    char sig[64], kwonly_sig[96] = "";
    bool plural;
    if (defcount) {
        plural = true;
        snprintf(sig, sizeof sig, "from %zd to %d", co->co_argcount - defcount, co->co_argcount);
    } else {
        plural = co->co_argcount != 1;
        snprintf(sig, sizeof sig, "%d", co->co_argcount);
    }
    if (kwonly_given)
        snprintf(kwonly_sig, sizeof kwonly_sig, " positional argument%s (and %zd keyword-only argument%s)",
                 given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
    mpy_err_format(MpyExc_TypeError, "%U() takes %s positional argument%s but %zu%s %s given",
                   qualname, sig, plural ? "s" : "", given, kwonly_sig,
                   given == 1 && !kwonly_given ? "was" : "were");
}

/* A keyword naming a positional-only parameter, with no **kwargs to take it. */
static bool positional_only_as_keyword(MpyCodeObject *co, MpyObject *kwnames, MpyObject *qualname)
{
    MpyObject *names = mpy_list_new(0);
    if (!names)
        return true;
    for (int k = 0; k < co->co_posonlyargcount; k++) {
        MpyObject *pname = MPY_TUPLE_GET(co->co_localsplusnames, k);
        for (ssize_t i = 0; i < MPY_SIZE(kwnames); i++) {
            MpyObject *kw = MPY_TUPLE_GET(kwnames, i);
            if (kw == pname || mpy_str_equal(kw, pname)) {
                if (mpy_list_append(names, pname) < 0) {
                    MPY_DECREF(names);
                    return true;
                }
                break;
            }
        }
    }
    if (MPY_SIZE(names) == 0) {
        MPY_DECREF(names);
        return false;
    }
    MpyObject *sep = mpy_str_from_cstr(", ");
    MpyObject *joined = sep ? mpy_str_join(sep, names) : NULL;
    if (joined)
        mpy_err_format(MpyExc_TypeError,
                       "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                       qualname, joined);
    MPY_XDECREF(sep);
    MPY_XDECREF(joined);
    MPY_DECREF(names);
    return true;
}

/* Which fast slot a keyword argument fills: its name among the parameters
 * that may be given by keyword, or -1. Names are interned, so identity
 * nearly always decides. */
static int keyword_slot(MpyCodeObject *co, MpyObject *name)
{
    int total = co->co_argcount + co->co_kwonlyargcount;
    MpyObject *const *names = MPY_TUPLE_ITEMS(co->co_localsplusnames);
    for (int i = co->co_posonlyargcount; i < total; i++)
        if (names[i] == name)
            return i;
    for (int i = co->co_posonlyargcount; i < total; i++)
        if (mpy_str_equal(names[i], name))
            return i;
    return -1;
}

/* Fills a fresh frame's parameters from the call's arguments (borrowed),
 * with CPython's defaults and errors (its initialize_locals). The other
 * fast slots are NULL on return. 0 or -1. */
static int bind_arguments(MpyFunctionObject *func, MpyObject **slots, MpyObject *const *args,
                          size_t argcount, MpyObject *kwnames)
{
    MpyCodeObject *co = (MpyCodeObject *)func->func_code;
    int co_argcount = co->co_argcount;
    int total_args = co_argcount + co->co_kwonlyargcount;
    for (int i = 0; i < co->co_nlocalsplus; i++)
        slots[i] = NULL;
    MpyObject *kwdict = NULL;
    if (co->co_flags & MPY_CO_VARKEYWORDS) {
        kwdict = mpy_dict_new();
        if (!kwdict)
            return -1;
        slots[total_args + ((co->co_flags & MPY_CO_VARARGS) ? 1 : 0)] = kwdict;
    }
    size_t n = argcount < (size_t)co_argcount ? argcount : (size_t)co_argcount;
    for (size_t i = 0; i < n; i++)
        slots[i] = MPY_NEWREF(args[i]);
    if (co->co_flags & MPY_CO_VARARGS) {
        MpyObject *rest = argcount > n ? mpy_tuple_from_array(args + n, (ssize_t)(argcount - n))
                                       : mpy_tuple_new(0);
        if (!rest)
            return -1;
        slots[total_args] = rest;
    }
    ssize_t nkw = kwnames ? MPY_SIZE(kwnames) : 0;
    for (ssize_t k = 0; k < nkw; k++) {
        MpyObject *name = MPY_TUPLE_GET(kwnames, k);
        MpyObject *value = args[argcount + (size_t)k];
        if (!MPY_STR_CHECK(name)) {
            mpy_err_format(MpyExc_TypeError, "%U() keywords must be strings", func->func_qualname);
            return -1;
        }
        int slot = keyword_slot(co, name);
        if (slot < 0) {
            if (!kwdict) {
                if (!positional_only_as_keyword(co, kwnames, func->func_qualname))
                    mpy_err_format(MpyExc_TypeError, "%U() got an unexpected keyword argument '%U'",
                                   func->func_qualname, name);
                return -1;
            }
            if (mpy_dict_set_item(kwdict, name, value) < 0)
                return -1;
            continue;
        }
        if (slots[slot]) {
            mpy_err_format(MpyExc_TypeError, "%U() got multiple values for argument '%U'",
                           func->func_qualname, name);
            return -1;
        }
        slots[slot] = MPY_NEWREF(value);
    }
    if (argcount > (size_t)co_argcount && !(co->co_flags & MPY_CO_VARARGS)) {
        too_many_positional(co, slots, argcount, func->func_defaults, func->func_qualname);
        return -1;
    }
    if (argcount < (size_t)co_argcount) {
        ssize_t defcount = func->func_defaults ? MPY_SIZE(func->func_defaults) : 0;
        int m = co_argcount - (int)defcount;
        for (int i = (int)argcount; i < m; i++) {
            if (!slots[i]) {
                missing_arguments(co, slots, 0, m, "positional", func->func_qualname);
                return -1;
            }
        }
        for (int i = m > (int)n ? m : (int)n; i < co_argcount; i++)
            if (!slots[i])
                slots[i] = MPY_NEWREF(MPY_TUPLE_GET(func->func_defaults, i - m));
    }
    if (co->co_kwonlyargcount > 0) {
        bool missing = false;
        for (int i = co_argcount; i < total_args; i++) {
            if (slots[i])
                continue;
            MpyObject *name = MPY_TUPLE_GET(co->co_localsplusnames, i);
            MpyObject *def = func->func_kwdefaults ? mpy_dict_get_item(func->func_kwdefaults, name)
                                                   : NULL;
            if (def)
                slots[i] = MPY_NEWREF(def);
            else if (mpy_err_occurred())
                return -1;
            else
                missing = true;
        }
        if (missing) {
            missing_arguments(co, slots, co_argcount, total_args, "keyword-only",
                              func->func_qualname);
            return -1;
        }
    }
    return 0;
}

/* ======================================================= frames */

/* Fills a frame's specials. `func` is a reference that moves into the
 * frame, or NULL. A function's frame borrows the function's namespaces (the
 * frame holds the function), so sys.getrefcount(globals()) counts what
 * CPython 3.11 counts; a frame without a function owns them. */
static inline void frame_init_taking_func(MpyFrame *f, MpyCodeObject *co, MpyObject *func,
                                          MpyObject *globals, MpyObject *builtins)
{
    f->f_code = (MpyCodeObject *)MPY_NEWREF(co);
    f->f_func = func;
    f->f_globals = func ? globals : MPY_NEWREF(globals);
    f->f_builtins = func ? builtins : MPY_NEWREF(builtins);
    f->f_locals = NULL;
    f->previous = NULL;
    f->frame_obj = NULL;
    f->prev_instr = co->co_code - 1;
    f->stacktop = co->co_nlocalsplus;
    f->is_entry = false;
}

static void frame_init(MpyFrame *f, MpyCodeObject *co, MpyObject *func, MpyObject *globals,
                       MpyObject *builtins, MpyObject *locals)
{
    frame_init_taking_func(f, co, MPY_XNEWREF(func), globals, builtins);
    f->f_locals = MPY_XNEWREF(locals);
}

/* Releases a frame whose slots were partly bound (a failed call). */
static void discard_frame(MpyFrame *f, int nslots)
{
    f->stacktop = nslots;
    mpy_frame_clear(f);
    mpy_frame_free(f);
}

/* The common call that needs no binding: as many positional arguments as
 * the code has parameters, and nothing else. */
static inline bool takes_exactly_positional(MpyCodeObject *co, size_t nargs, MpyObject *kwnames)
{
    return !kwnames && nargs == (size_t)co->co_argcount && co->co_kwonlyargcount == 0 &&
           !(co->co_flags & (MPY_CO_VARARGS | MPY_CO_VARKEYWORDS));
}

/* A new frame for calling func with borrowed arguments, on the data stack.
 * NULL with an exception set on a wrong call. */
static MpyFrame *make_call_frame(MpyFunctionObject *func, MpyObject *const *args, size_t nargs,
                                 MpyObject *kwnames, MpyObject *locals)
{
    MpyCodeObject *co = (MpyCodeObject *)func->func_code;
    MpyFrame *f = mpy_frame_alloc(co);
    if (!f)
        return NULL;
    frame_init(f, co, MPY_CAST(func), func->func_globals, func->func_builtins, locals);
    if (takes_exactly_positional(co, nargs, kwnames)) {
        for (size_t i = 0; i < nargs; i++)
            f->localsplus[i] = MPY_NEWREF(args[i]);
        for (int i = (int)nargs; i < co->co_nlocalsplus; i++)
            f->localsplus[i] = NULL;
        return f;
    }
    if (bind_arguments(func, f->localsplus, args, nargs, kwnames) < 0) {
        discard_frame(f, co->co_nlocalsplus);
        return NULL;
    }
    return f;
}

MpyObject *mpy_eval_builtins_for(MpyObject *globals)
{
    MpyObject *b = mpy_dict_get_item(globals, MPY_ID(__builtins__));
    if (b) {
        if (MPY_TYPE(b) == &MpyModule_Type)
            return mpy_module_get_dict(b);
        if (MPY_DICT_CHECK(b))
            return b;
    }
    if (mpy_err_occurred())
        return NULL;
    return mpy_interp.builtins;
}

MpyObject *mpy_eval_get_globals(void)
{
    return mpy_interp.frame ? mpy_interp.frame->f_globals : NULL;
}

/* Calling a generator function makes the generator, its frame bound. */
static MpyObject *make_generator(MpyFunctionObject *func, MpyObject *const *args, size_t nargs,
                                 MpyObject *kwnames)
{
    MpyCodeObject *co = (MpyCodeObject *)func->func_code;
    MpyFrame *f;
    MpyObject *gen = mpy_gen_new(MPY_CAST(func), co, &f);
    if (!gen)
        return NULL;
    frame_init(f, co, MPY_CAST(func), func->func_globals, func->func_builtins, NULL);
    if (bind_arguments(func, f->localsplus, args, nargs, kwnames) < 0) {
        f->stacktop = co->co_nlocalsplus;
        MPY_DECREF(gen); /* clears the frame */
        return NULL;
    }
    return gen;
}

MpyObject *mpy_function_call(MpyObject *callable, MpyObject *const *args, size_t nargs,
                             MpyObject *kwnames)
{
    MpyFunctionObject *func = (MpyFunctionObject *)callable;
    MpyCodeObject *co = (MpyCodeObject *)func->func_code;
    if (co->co_flags & MPY_CO_GENERATOR)
        return make_generator(func, args, nargs, kwnames);
    MpyFrame *f = make_call_frame(func, args, nargs, kwnames, NULL);
    if (!f)
        return NULL;
    return mpy_eval_frame(f, 0);
}

/* Runs a function's code with `locals` as its namespace (class bodies). */
MpyObject *mpy_function_call_with_locals(MpyObject *callable, MpyObject *locals)
{
    MpyFrame *f = make_call_frame((MpyFunctionObject *)callable, NULL, 0, NULL, locals);
    return f ? mpy_eval_frame(f, 0) : NULL;
}

MpyObject *mpy_eval_code(MpyObject *code, MpyObject *globals, MpyObject *locals)
{
    MpyCodeObject *co = (MpyCodeObject *)code;
    MpyObject *builtins = mpy_eval_builtins_for(globals);
    if (!builtins)
        return NULL;
    /* A namespace without __builtins__ gets the current ones, as exec() does. */
    if (!mpy_dict_get_item(globals, MPY_ID(__builtins__))) {
        MpyObject *b = mpy_interp.builtins_module;
        if (mpy_dict_set_item(globals, MPY_ID(__builtins__), b ? b : builtins) < 0)
            return NULL;
    }
    MpyFrame *f = mpy_frame_alloc(co);
    if (!f)
        return NULL;
    frame_init(f, co, NULL, globals, builtins, locals == globals && (co->co_flags & MPY_CO_OPTIMIZED) ? NULL : locals);
    for (int i = 0; i < co->co_nlocalsplus; i++)
        f->localsplus[i] = NULL;
    return mpy_eval_frame(f, 0);
}

/* ========================================================= helpers */

static inline MpyGenObject *gen_of_frame(MpyFrame *f)
{
    return (MpyGenObject *)((char *)f - offsetof(MpyGenObject, gi_frame_data));
}

/* Unpacks seq into n values, stored so that dst[n-1] is the first item
 * (the value stack grows upwards and the first item ends on top). */
static int unpack_iterable(MpyObject *seq, ssize_t before, ssize_t after, MpyObject **top)
{
    MpyObject *it = mpy_object_getiter(seq);
    if (!it) {
        if (mpy_err_exception_matches(MpyExc_TypeError) && !MPY_TYPE(seq)->tp_iter &&
            !MPY_TYPE(seq)->tp_as_sequence.sq_item) {
            mpy_err_clear();
            mpy_err_format(MpyExc_TypeError, "cannot unpack non-iterable %s object",
                           mpy_type_short_name(MPY_TYPE(seq)));
        }
        return -1;
    }
    /* top points one past the slots to fill; fill downwards. */
    MpyObject **dst = top;
    ssize_t i = 0;
    for (; i < before; i++) {
        MpyObject *v = mpy_iter_next(it);
        if (!v) {
            if (!mpy_err_occurred()) {
                if (after < 0)
                    mpy_err_format(MpyExc_ValueError,
                                   "not enough values to unpack (expected %zd, got %zd)", before, i);
                else
                    mpy_err_format(MpyExc_ValueError,
                                   "not enough values to unpack (expected at least %zd, got %zd)",
                                   before + after, i);
            }
            goto fail;
        }
        *--dst = v;
    }
    if (after < 0) {
        MpyObject *extra = mpy_iter_next(it);
        if (extra) {
            MPY_DECREF(extra);
            mpy_err_format(MpyExc_ValueError, "too many values to unpack (expected %zd)", before);
            goto fail;
        }
        if (mpy_err_occurred())
            goto fail;
        MPY_DECREF(it);
        return 0;
    }
    MpyObject *rest = mpy_list_from_iterable(it);
    if (!rest)
        goto fail;
    ssize_t nrest = MPY_SIZE(rest);
    if (nrest < after) {
        mpy_err_format(MpyExc_ValueError,
                       "not enough values to unpack (expected at least %zd, got %zd)",
                       before + after, before + nrest);
        MPY_DECREF(rest);
        goto fail;
    }
    *--dst = rest;
    for (ssize_t j = 0; j < after; j++) {
        *--dst = MPY_LIST_GET(rest, nrest - after + j);
    }
    /* Move the tail items out of the list into their slots. */
    MPY_SIZE(rest) = nrest - after;
    MPY_DECREF(it);
    return 0;
fail:
    while (dst < top)
        MPY_DECREF(*dst++);
    MPY_DECREF(it);
    return -1;
}

static MpyObject *format_value(MpyObject *value, int conversion, MpyObject *spec)
{
    MpyObject *converted;
    switch (conversion) {
    case 1:
        converted = mpy_object_str(value);
        break;
    case 2:
        converted = mpy_object_repr(value);
        break;
    case 3:
        converted = mpy_object_ascii(value);
        break;
    default:
        converted = MPY_NEWREF(value);
    }
    if (!converted)
        return NULL;
    if (!spec && MPY_STR_CHECK_EXACT(converted))
        return converted;
    MpyObject *res = mpy_object_format(converted, spec);
    MPY_DECREF(converted);
    return res;
}

/* `except X:` requires classes deriving from BaseException. */
static int check_except_type(MpyObject *right)
{
    if (MPY_TUPLE_CHECK(right)) {
        /* A flat tuple of classes: nested tuples are refused, as 3.11. */
        for (ssize_t i = 0; i < MPY_SIZE(right); i++)
            if (!MPY_EXCEPTION_CLASS_CHECK(MPY_TUPLE_GET(right, i)))
                goto bad;
        return 0;
    }
    if (MPY_EXCEPTION_CLASS_CHECK(right))
        return 0;
bad:
    mpy_err_set_string(MpyExc_TypeError,
                       "catching classes that do not inherit from BaseException is not allowed");
    return -1;
}

/* raise exc [from cause]: 1 when an exception is now pending to be unwound
 * with a new traceback entry, 0 for a bare re-raise (no new entry). */
static int do_raise(MpyObject *exc, MpyObject *cause)
{
    if (!exc) {
        MpyObject *handled = mpy_err_get_handled();
        if (!handled) {
            mpy_err_set_string(MpyExc_RuntimeError, "No active exception to reraise");
            return 1;
        }
        mpy_err_restore(MPY_NEWREF(handled));
        return 0;
    }
    MpyObject *value;
    if (MPY_EXCEPTION_CLASS_CHECK(exc)) {
        value = mpy_call_noargs(exc);
        if (!value)
            goto fail;
        if (!MPY_EXCEPTION_CHECK(value)) {
            mpy_err_format(MpyExc_TypeError,
                           "calling %R should have returned an instance of BaseException, not %s",
                           exc, mpy_type_short_name(MPY_TYPE(value)));
            MPY_DECREF(value);
            goto fail;
        }
    } else if (MPY_EXCEPTION_CHECK(exc)) {
        value = MPY_NEWREF(exc);
    } else {
        mpy_err_set_string(MpyExc_TypeError, "exceptions must derive from BaseException");
        goto fail;
    }
    if (cause) {
        MpyObject *fixed;
        if (MPY_EXCEPTION_CLASS_CHECK(cause)) {
            fixed = mpy_call_noargs(cause);
            if (!fixed) {
                MPY_DECREF(value);
                goto fail;
            }
        } else if (MPY_EXCEPTION_CHECK(cause)) {
            fixed = MPY_NEWREF(cause);
        } else if (cause == MPY_NONE) {
            fixed = NULL;
        } else {
            mpy_err_set_string(MpyExc_TypeError, "exception causes must derive from BaseException");
            MPY_DECREF(value);
            goto fail;
        }
        mpy_exc_set_cause(value, fixed);
    }
    mpy_err_set_raised(value);
fail:
    return 1;
}

/* The exc_info stack of PUSH_EXC_INFO / POP_EXCEPT. */
MpyObject *mpy_err_get_handled(void)
{
    for (MpyExcInfo *info = mpy_interp.exc_info; info; info = info->previous)
        if (info->exc_value && info->exc_value != MPY_NONE)
            return info->exc_value;
    return NULL;
}

/* __enter__/__exit__ are looked up on the type, as every special method. */
static MpyObject *lookup_special(MpyObject *obj, MpyObject *name)
{
    MpyObject *descr = mpy_type_lookup(MPY_TYPE(obj), name);
    if (!descr)
        return NULL;
    mpy_descrgetfunc get = MPY_TYPE(descr)->tp_descr_get;
    return get ? get(descr, obj, MPY_CAST(MPY_TYPE(obj))) : MPY_NEWREF(descr);
}

/* LOAD_METHOD's lookup (CPython's _PyObject_GetMethod): 1 with *method set
 * to an unbound method to be called with obj first, 0 with *method set to
 * the attribute itself, -1 on error. */
static int get_method(MpyObject *obj, MpyObject *name, MpyObject **method)
{
    MpyTypeObject *type = MPY_TYPE(obj);
    if (type->tp_getattro != mpy_object_generic_getattr) {
        *method = mpy_object_getattr(obj, name);
        return *method ? 0 : -1;
    }
    MpyObject *descr = mpy_type_lookup(type, name);
    bool meth_found = false;
    mpy_descrgetfunc get = NULL;
    if (descr) {
        MPY_INCREF(descr);
        if (MPY_TYPE(descr)->tp_flags & MPY_TPFLAGS_METHOD_DESCRIPTOR) {
            meth_found = true;
        } else {
            get = MPY_TYPE(descr)->tp_descr_get;
            if (get && MPY_TYPE(descr)->tp_descr_set) {
                *method = get(descr, obj, MPY_CAST(type));
                MPY_DECREF(descr);
                return *method ? 0 : -1;
            }
        }
    }
    MpyObject *attr = NULL;
    if (type->tp_flags & MPY_TPFLAGS_MANAGED_DICT) {
        attr = mpy_instance_get_attr(obj, name);
    } else if (type->tp_dictoffset) {
        MpyObject *dict = *(MpyObject **)((char *)obj + type->tp_dictoffset);
        attr = dict ? mpy_dict_get_item(dict, name) : NULL;
    }
    if (attr) {
        MPY_XDECREF(descr);
        *method = MPY_NEWREF(attr);
        return 0;
    }
    if (mpy_err_occurred()) {
        MPY_XDECREF(descr);
        return -1;
    }
    if (meth_found) {
        *method = descr;
        return 1;
    }
    if (get) {
        *method = get(descr, obj, MPY_CAST(type));
        MPY_DECREF(descr);
        return *method ? 0 : -1;
    }
    if (descr) {
        *method = descr;
        return 0;
    }
    *method = mpy_object_getattr(obj, name); /* raises CPython's AttributeError */
    return *method ? 0 : -1;
}

/* "__main__.f()" for messages about a call (CPython's _PyObject_FunctionStr). */
static MpyObject *function_str(MpyObject *func)
{
    MpyObject *qualname = NULL, *module = NULL, *res;
    if (mpy_object_lookup_attr(func, MPY_ID(__qualname__), &qualname) <= 0) {
        mpy_err_clear();
        return mpy_object_str(func);
    }
    if (mpy_object_lookup_attr(func, MPY_ID(__module__), &module) < 0)
        mpy_err_clear();
    if (module && module != MPY_NONE && !(MPY_STR_CHECK(module) && mpy_str_equal_cstr(module, "builtins")))
        res = mpy_str_from_format("%S.%S()", module, qualname);
    else
        res = mpy_str_from_format("%S()", qualname);
    MPY_XDECREF(module);
    MPY_DECREF(qualname);
    return res;
}

/* f(**m): merges m into the keyword dict, refusing duplicates and
 * non-mappings with CPython's messages (format_kwargs_error). */
static int dict_merge_kwargs(MpyObject *dict, MpyObject *update, MpyObject *func)
{
    if (mpy_dict_merge(dict, update, 2) == 0)
        return 0;
    if (mpy_err_exception_matches(MpyExc_AttributeError)) {
        mpy_err_clear();
        MpyObject *fs = function_str(func);
        if (fs) {
            mpy_err_format(MpyExc_TypeError, "%U argument after ** must be a mapping, not %s", fs,
                           mpy_type_short_name(MPY_TYPE(update)));
            MPY_DECREF(fs);
        }
    } else if (mpy_err_exception_matches(MpyExc_KeyError)) {
        MpyObject *exc = mpy_err_fetch();
        MpyObject *args = mpy_exc_args(exc);
        if (args && MPY_SIZE(args) == 1) {
            MpyObject *key = MPY_TUPLE_GET(args, 0);
            MpyObject *fs = function_str(func);
            if (fs) {
                if (MPY_STR_CHECK(key))
                    mpy_err_format(MpyExc_TypeError, "%U got multiple values for keyword argument '%U'",
                                   fs, key);
                else
                    mpy_err_format(MpyExc_TypeError, "%U keywords must be strings", fs);
                MPY_DECREF(fs);
            }
            MPY_DECREF(exc);
        } else {
            mpy_err_restore(exc);
        }
    }
    return -1;
}

/* MAKE_FUNCTION's annotations arrive as (name, value, name, value, ...). */
static MpyObject *annotations_from_tuple(MpyObject *t)
{
    MpyObject *d = mpy_dict_new();
    if (!d)
        return NULL;
    for (ssize_t i = 0; i + 1 < MPY_SIZE(t); i += 2) {
        if (mpy_dict_set_item(d, MPY_TUPLE_GET(t, i), MPY_TUPLE_GET(t, i + 1)) < 0) {
            MPY_DECREF(d);
            return NULL;
        }
    }
    return d;
}

/* The recursion limit counts Python frames, as CPython 3.11. */
__attribute__((noinline)) static int recursion_limit_exceeded(void)
{
    mpy_interp.recursion_depth--;
    mpy_err_set_string(MpyExc_RecursionError, "maximum recursion depth exceeded");
    return -1;
}

static inline int enter_python_frame(void)
{
    if (++mpy_interp.recursion_depth > mpy_interp.recursion_limit)
        return recursion_limit_exceeded();
    return 0;
}

/* Handles the work the eval breaker announces: pending Ctrl-C. */
static int handle_eval_breaker(void)
{
    mpy_interp.eval_breaker = 0;
    if (mpy_interp.pending_signals) {
        mpy_interp.pending_signals = 0;
        mpy_err_set_none(MpyExc_KeyboardInterrupt);
        return -1;
    }
    return 0;
}

/* ========================================================= the loop */

#define TARGET(op) TARGET_##op:
#define DISPATCH()                                          \
    do {                                                    \
        frame->prev_instr = next_instr;                     \
        word = *next_instr++;                               \
        oparg = MPY_CODEUNIT_ARG(word);                     \
        goto *dispatch_table[MPY_CODEUNIT_OP(word)];        \
    } while (0)
#define JUMPBY(n) (next_instr += (n))
#define SKIP_CACHE() (next_instr += 1)
#define CACHE_INDEX() (next_instr[0])

#define STACK_LEVEL() ((int)(stack_pointer - (frame->localsplus + code->co_nlocalsplus)))
#define TOP() (stack_pointer[-1])
#define SECOND() (stack_pointer[-2])
#define THIRD() (stack_pointer[-3])
#define PEEK(n) (stack_pointer[-(ssize_t)(n)])
#define SET_TOP(v) (stack_pointer[-1] = (v))
#define SET_SECOND(v) (stack_pointer[-2] = (v))
#define PUSH(v) (*stack_pointer++ = (v))
#define POP() (*--stack_pointer)
#define STACK_SHRINK(n) (stack_pointer -= (ssize_t)(n))
#define GETLOCAL(i) (frame->localsplus[i])
#define SETLOCAL(i, v)                        \
    do {                                      \
        MpyObject *setlocal_old_ = GETLOCAL(i); \
        GETLOCAL(i) = (v);                    \
        MPY_XDECREF(setlocal_old_);           \
    } while (0)

/* Loads the registers of the frame that is now current. */
#define LOAD_FRAME_STATE()                                               \
    do {                                                                 \
        code = frame->f_code;                                            \
        first_instr = code->co_code;                                     \
        next_instr = frame->prev_instr + 1;                              \
        stack_pointer = frame->localsplus + frame->stacktop;             \
        consts = MPY_TUPLE_ITEMS(code->co_consts);                       \
        names = MPY_TUPLE_ITEMS(code->co_names);                         \
        caches = code->co_caches;                                        \
    } while (0)
#define SAVE_FRAME_STATE() (frame->stacktop = (int)(stack_pointer - frame->localsplus))

MpyObject *mpy_eval_frame(MpyFrame *frame, int throwflag)
{
    static void *dispatch_table[256] = {
#define MPY_OPCODE_LABEL(name, has_arg, cache, doc) [MPY_OP_##name] = &&TARGET_##name,
        MPY_FOR_EACH_OPCODE(MPY_OPCODE_LABEL)
#undef MPY_OPCODE_LABEL
    };
    static bool dispatch_table_complete;
    if (!dispatch_table_complete) {
        for (int i = 0; i < 256; i++)
            if (!dispatch_table[i])
                dispatch_table[i] = &&unknown_opcode;
        dispatch_table_complete = true;
    }

    MpyCodeObject *code;
    MpyCodeUnit *first_instr, *next_instr;
    MpyObject **stack_pointer, *const *consts, *const *names;
    InlineCache *caches;
    MpyCodeUnit word;
    unsigned oparg;
    MpyObject *kwnames = NULL;
    MpyObject *retval = NULL;

    /* Entering from C: guard the C stack, then push the entry frame. */
    if (mpy_stack_is_low(64 * 1024)) {
        mpy_err_set_string(MpyExc_RecursionError,
                           "maximum recursion depth exceeded while calling a Python object");
        goto entry_failed;
    }
    if (enter_python_frame() < 0)
        goto entry_failed;
    frame->is_entry = true;
    frame->previous = mpy_interp.frame;
    mpy_interp.frame = frame;

start_frame:
    code = frame->f_code;
    if (!code->co_caches && prepare_caches(code) < 0) {
        LOAD_FRAME_STATE();
        goto error;
    }
    LOAD_FRAME_STATE();
    if (throwflag) {
        throwflag = 0;
        goto error;
    }
    DISPATCH();

    /* --------------------------------------------- stack and constants */
    TARGET(NOP) { DISPATCH(); }
    TARGET(CACHE) { DISPATCH(); }

    TARGET(POP_TOP)
    {
        MpyObject *v = POP();
        MPY_DECREF(v);
        DISPATCH();
    }

    TARGET(PUSH_NULL)
    {
        PUSH(NULL);
        DISPATCH();
    }

    TARGET(COPY)
    {
        MpyObject *v = PEEK(oparg);
        PUSH(MPY_NEWREF(v));
        DISPATCH();
    }

    TARGET(SWAP)
    {
        MpyObject *top = TOP();
        SET_TOP(PEEK(oparg));
        PEEK(oparg) = top;
        DISPATCH();
    }

    TARGET(LOAD_CONST)
    {
        PUSH(MPY_NEWREF(consts[oparg]));
        DISPATCH();
    }

    TARGET(EXTENDED_ARG)
    {
        word = *next_instr++;
        oparg = oparg << 8 | MPY_CODEUNIT_ARG(word);
        goto *dispatch_table[MPY_CODEUNIT_OP(word)];
    }

    TARGET(RESUME)
    {
        if (mpy_interp.eval_breaker && handle_eval_breaker() < 0)
            goto error;
        DISPATCH();
    }

    TARGET(RETURN_VALUE)
    {
        retval = POP();
        SAVE_FRAME_STATE();
        goto frame_return;
    }

    /* ------------------------------------------------------- locals */
    TARGET(LOAD_FAST)
    {
        MpyObject *v = GETLOCAL(oparg);
        if (!v) {
            format_unbound_local(code, (int)oparg);
            goto error;
        }
        PUSH(MPY_NEWREF(v));
        DISPATCH();
    }

    TARGET(STORE_FAST)
    {
        MpyObject *v = POP();
        SETLOCAL(oparg, v);
        DISPATCH();
    }

    TARGET(DELETE_FAST)
    {
        if (!GETLOCAL(oparg)) {
            format_unbound_local(code, (int)oparg);
            goto error;
        }
        SETLOCAL(oparg, NULL);
        DISPATCH();
    }

    TARGET(MAKE_CELL)
    {
        MpyObject *cell = mpy_cell_new(GETLOCAL(oparg));
        if (!cell)
            goto error;
        SETLOCAL(oparg, cell);
        DISPATCH();
    }

    TARGET(COPY_FREE_VARS)
    {
        MpyObject *closure = ((MpyFunctionObject *)frame->f_func)->func_closure;
        int offset = code->co_nlocalsplus - (int)oparg;
        for (unsigned i = 0; i < oparg; i++)
            frame->localsplus[offset + (int)i] = MPY_NEWREF(MPY_TUPLE_GET(closure, i));
        DISPATCH();
    }

    TARGET(LOAD_CLOSURE)
    {
        PUSH(MPY_NEWREF(GETLOCAL(oparg)));
        DISPATCH();
    }

    TARGET(LOAD_DEREF)
    {
        MpyObject *v = MPY_CELL_GET(GETLOCAL(oparg));
        if (!v) {
            format_unbound_local(code, (int)oparg);
            goto error;
        }
        PUSH(MPY_NEWREF(v));
        DISPATCH();
    }

    TARGET(LOAD_CLASSDEREF)
    {
        MpyObject *name = MPY_TUPLE_GET(code->co_localsplusnames, oparg);
        MpyObject *v = NULL;
        if (frame->f_locals) {
            if (MPY_DICT_CHECK_EXACT(frame->f_locals)) {
                v = MPY_XNEWREF(mpy_dict_get_item(frame->f_locals, name));
                if (!v && mpy_err_occurred())
                    goto error;
            } else {
                v = mpy_object_getitem(frame->f_locals, name);
                if (!v) {
                    if (!mpy_err_exception_matches(MpyExc_KeyError))
                        goto error;
                    mpy_err_clear();
                }
            }
        }
        if (!v) {
            v = MPY_CELL_GET(GETLOCAL(oparg));
            if (!v) {
                format_unbound_local(code, (int)oparg);
                goto error;
            }
            MPY_INCREF(v);
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_DEREF)
    {
        MpyCellObject *cell = (MpyCellObject *)GETLOCAL(oparg);
        MPY_SETREF(cell->ob_ref, POP());
        DISPATCH();
    }

    TARGET(DELETE_DEREF)
    {
        MpyCellObject *cell = (MpyCellObject *)GETLOCAL(oparg);
        if (!cell->ob_ref) {
            format_unbound_local(code, (int)oparg);
            goto error;
        }
        MPY_CLEAR(cell->ob_ref);
        DISPATCH();
    }

    /* ----------------------------------------------- globals and names */
    TARGET(LOAD_GLOBAL)
    {
        MpyObject *name = names[oparg >> 1];
        InlineCache *c = &caches[CACHE_INDEX()];
        SKIP_CACHE();
        MpyObject *v = NULL;
        if (c->global.globals_keys && c->global.globals_keys == keys_version_now(frame->f_globals)) {
            if (!c->global.builtins_keys)
                v = dict_entry_value(frame->f_globals, c->global.index);
            else if (c->global.builtins_keys == keys_version_now(frame->f_builtins))
                v = dict_entry_value(frame->f_builtins, c->global.index);
        }
        if (!v) {
            v = mpy_dict_get_item(frame->f_globals, name);
            if (!v) {
                if (mpy_err_occurred())
                    goto error;
                v = mpy_dict_get_item(frame->f_builtins, name);
                if (!v) {
                    if (!mpy_err_occurred())
                        format_name_error(name);
                    goto error;
                }
            }
            cache_global(c, frame->f_globals, frame->f_builtins, name);
        }
        if (oparg & 1)
            PUSH(NULL);
        PUSH(MPY_NEWREF(v));
        DISPATCH();
    }

    TARGET(STORE_GLOBAL)
    {
        MpyObject *v = POP();
        int err = mpy_dict_set_item(frame->f_globals, names[oparg], v);
        MPY_DECREF(v);
        if (err < 0)
            goto error;
        DISPATCH();
    }

    TARGET(DELETE_GLOBAL)
    {
        if (mpy_dict_del_item(frame->f_globals, names[oparg]) < 0) {
            if (mpy_err_exception_matches(MpyExc_KeyError)) {
                mpy_err_clear();
                format_name_error(names[oparg]);
            }
            goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_NAME)
    {
        MpyObject *name = names[oparg];
        MpyObject *locals = frame->f_locals, *v = NULL;
        if (!locals) {
            mpy_err_format(MpyExc_SystemError, "no locals when loading %R", name);
            goto error;
        }
        if (MPY_DICT_CHECK_EXACT(locals)) {
            v = MPY_XNEWREF(mpy_dict_get_item(locals, name));
            if (!v && mpy_err_occurred())
                goto error;
        } else {
            v = mpy_object_getitem(locals, name);
            if (!v) {
                if (!mpy_err_exception_matches(MpyExc_KeyError))
                    goto error;
                mpy_err_clear();
            }
        }
        if (!v) {
            v = mpy_dict_get_item(frame->f_globals, name);
            if (!v && !mpy_err_occurred())
                v = mpy_dict_get_item(frame->f_builtins, name);
            if (!v) {
                if (!mpy_err_occurred())
                    format_name_error(name);
                goto error;
            }
            MPY_INCREF(v);
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_NAME)
    {
        MpyObject *v = POP();
        MpyObject *locals = frame->f_locals;
        int err;
        if (!locals) {
            mpy_err_format(MpyExc_SystemError, "no locals found when storing %R", names[oparg]);
            MPY_DECREF(v);
            goto error;
        }
        if (MPY_DICT_CHECK_EXACT(locals))
            err = mpy_dict_set_item(locals, names[oparg], v);
        else
            err = mpy_object_setitem(locals, names[oparg], v);
        MPY_DECREF(v);
        if (err < 0)
            goto error;
        DISPATCH();
    }

    TARGET(DELETE_NAME)
    {
        MpyObject *locals = frame->f_locals;
        if (!locals) {
            mpy_err_format(MpyExc_SystemError, "no locals when deleting %R", names[oparg]);
            goto error;
        }
        if (mpy_object_delitem(locals, names[oparg]) < 0) {
            if (mpy_err_exception_matches(MpyExc_KeyError)) {
                mpy_err_clear();
                format_name_error(names[oparg]);
            }
            goto error;
        }
        DISPATCH();
    }

    /* ------------------------------------------------------ attributes */
    TARGET(LOAD_ATTR)
    {
        MpyObject *owner = TOP();
        MpyObject *name = names[oparg];
        InlineCache *c = &caches[CACHE_INDEX()];
        SKIP_CACHE();
        MpyTypeObject *type = MPY_TYPE(owner);
        MpyObject *res;
        if (c->attr.type_version && c->attr.type_version == type->tp_version_tag &&
            (type->tp_flags & MPY_TPFLAGS_VALID_VERSION_TAG) && c->attr.kind == ATTR_INSTANCE_VALUE &&
            (res = mpy_instance_value_at(owner, c->attr.index, name)) != NULL) {
            MPY_INCREF(res);
        } else {
            res = mpy_object_getattr(owner, name);
            if (!res)
                goto error;
            ssize_t index;
            if ((type->tp_flags & MPY_TPFLAGS_MANAGED_DICT) &&
                type->tp_getattro == mpy_object_generic_getattr &&
                (index = mpy_instance_attr_index(owner, name)) >= 0 &&
                !mpy_type_lookup(type, name) && mpy_type_version(type)) {
                c->attr.type_version = type->tp_version_tag;
                c->attr.kind = ATTR_INSTANCE_VALUE;
                c->attr.index = index;
            }
        }
        SET_TOP(res);
        MPY_DECREF(owner);
        DISPATCH();
    }

    TARGET(STORE_ATTR)
    {
        MpyObject *owner = TOP();
        MpyObject *v = SECOND();
        InlineCache *c = &caches[CACHE_INDEX()];
        SKIP_CACHE();
        STACK_SHRINK(2);
        MpyTypeObject *type = MPY_TYPE(owner);
        if (c->attr.kind == ATTR_INSTANCE_VALUE && c->attr.type_version == type->tp_version_tag &&
            (type->tp_flags & MPY_TPFLAGS_VALID_VERSION_TAG)) {
            int stored = mpy_instance_store_at(owner, c->attr.index, v);
            if (stored) {
                if (stored < 0)
                    MPY_DECREF(v);
                MPY_DECREF(owner);
                if (stored < 0)
                    goto error;
                DISPATCH();
            }
        }
        MpyObject *name = names[oparg];
        int err = mpy_object_setattr(owner, name, v);
        MPY_DECREF(v);
        if (err == 0)
            cache_instance_store(c, owner, name);
        MPY_DECREF(owner);
        if (err < 0)
            goto error;
        DISPATCH();
    }

    TARGET(DELETE_ATTR)
    {
        MpyObject *owner = POP();
        int err = mpy_object_setattr(owner, names[oparg], NULL);
        MPY_DECREF(owner);
        if (err < 0)
            goto error;
        DISPATCH();
    }

    TARGET(LOAD_METHOD)
    {
        MpyObject *obj = TOP();
        MpyObject *name = names[oparg];
        InlineCache *c = &caches[CACHE_INDEX()];
        SKIP_CACHE();
        MpyTypeObject *type = MPY_TYPE(obj);
        /* A method of a type whose instances have no attributes of their own
         * (str, list, dict...): the cached descriptor is all it takes. */
        if (c->attr.kind == ATTR_METHOD && c->attr.type_version == type->tp_version_tag &&
            (type->tp_flags & MPY_TPFLAGS_VALID_VERSION_TAG) &&
            (!(type->tp_flags & MPY_TPFLAGS_MANAGED_DICT) || !mpy_instance_get_attr(obj, name))) {
            SET_TOP(MPY_NEWREF(c->attr.descr));
            PUSH(obj);
            DISPATCH();
        }
        MpyObject *meth;
        int found = get_method(obj, name, &meth);
        if (found < 0)
            goto error;
        if (found) {
            if (!type->tp_dictoffset && type->tp_getattro == mpy_object_generic_getattr &&
                mpy_type_version(type) && mpy_type_lookup(type, name) == meth) {
                c->attr.type_version = type->tp_version_tag;
                c->attr.kind = ATTR_METHOD;
                c->attr.descr = meth;
            }
            SET_TOP(meth);
            PUSH(obj);
        } else {
            SET_TOP(NULL);
            MPY_DECREF(obj);
            PUSH(meth);
        }
        DISPATCH();
    }

    /* ------------------------------------------------------- operators */
    TARGET(UNARY_POSITIVE)
    {
        MpyObject *v = TOP();
        MpyObject *res = mpy_number_positive(v);
        MPY_DECREF(v);
        SET_TOP(res);
        if (!res)
            goto error_popped_top;
        DISPATCH();
    }

    TARGET(UNARY_NEGATIVE)
    {
        MpyObject *v = TOP();
        MpyObject *res = mpy_number_negative(v);
        MPY_DECREF(v);
        SET_TOP(res);
        if (!res)
            goto error_popped_top;
        DISPATCH();
    }

    TARGET(UNARY_INVERT)
    {
        MpyObject *v = TOP();
        MpyObject *res = mpy_number_invert(v);
        MPY_DECREF(v);
        SET_TOP(res);
        if (!res)
            goto error_popped_top;
        DISPATCH();
    }

    TARGET(UNARY_NOT)
    {
        MpyObject *v = TOP();
        int truth = mpy_object_is_true(v);
        MPY_DECREF(v);
        if (truth < 0) {
            STACK_SHRINK(1);
            goto error;
        }
        SET_TOP(MPY_NEWREF(truth ? MPY_FALSE : MPY_TRUE));
        DISPATCH();
    }

    TARGET(BINARY_OP)
    {
        MpyObject *rhs = TOP(), *lhs = SECOND(), *res;
        if (MPY_INT_CHECK_EXACT(lhs) && MPY_INT_CHECK_EXACT(rhs)) {
            switch (oparg) {
            case MPY_BINOP_ADD: case MPY_BINOP_ADD + MPY_BINOP_INPLACE:
                res = mpy_int_add(lhs, rhs);
                goto binary_done;
            case MPY_BINOP_SUBTRACT: case MPY_BINOP_SUBTRACT + MPY_BINOP_INPLACE:
                res = mpy_int_sub(lhs, rhs);
                goto binary_done;
            case MPY_BINOP_MULTIPLY: case MPY_BINOP_MULTIPLY + MPY_BINOP_INPLACE:
                res = mpy_int_mul(lhs, rhs);
                goto binary_done;
            case MPY_BINOP_FLOOR_DIVIDE: case MPY_BINOP_FLOOR_DIVIDE + MPY_BINOP_INPLACE:
                res = mpy_int_floordiv(lhs, rhs);
                goto binary_done;
            case MPY_BINOP_REMAINDER: case MPY_BINOP_REMAINDER + MPY_BINOP_INPLACE:
                res = mpy_int_mod(lhs, rhs);
                goto binary_done;
            default:
                break;
            }
        } else if (MPY_FLOAT_CHECK_EXACT(lhs) && MPY_FLOAT_CHECK_EXACT(rhs)) {
            double a = MPY_FLOAT_VALUE(lhs), b = MPY_FLOAT_VALUE(rhs);
            switch (oparg) {
            case MPY_BINOP_ADD: case MPY_BINOP_ADD + MPY_BINOP_INPLACE:
                res = mpy_float_from_double(a + b);
                goto binary_done;
            case MPY_BINOP_SUBTRACT: case MPY_BINOP_SUBTRACT + MPY_BINOP_INPLACE:
                res = mpy_float_from_double(a - b);
                goto binary_done;
            case MPY_BINOP_MULTIPLY: case MPY_BINOP_MULTIPLY + MPY_BINOP_INPLACE:
                res = mpy_float_from_double(a * b);
                goto binary_done;
            case MPY_BINOP_TRUE_DIVIDE: case MPY_BINOP_TRUE_DIVIDE + MPY_BINOP_INPLACE:
                if (b == 0.0)
                    break;
                res = mpy_float_from_double(a / b);
                goto binary_done;
            default:
                break;
            }
        } else if (MPY_STR_CHECK_EXACT(lhs) && MPY_STR_CHECK_EXACT(rhs) &&
                   (oparg == MPY_BINOP_ADD || oparg == MPY_BINOP_ADD + MPY_BINOP_INPLACE)) {
            /* s += t (or s = s + t) stored back into the same local: when
             * the local and the stack hold the only references, grow s in
             * place, as CPython's BINARY_OP_INPLACE_ADD_UNICODE, so that
             * building a string in a loop is linear. */
            MpyCodeUnit next = *next_instr;
            if (MPY_CODEUNIT_OP(next) == MPY_OP_STORE_FAST && MPY_REFCNT(lhs) == 2 &&
                GETLOCAL(MPY_CODEUNIT_ARG(next)) == lhs) {
                unsigned local = MPY_CODEUNIT_ARG(next);
                GETLOCAL(local) = NULL;
                MPY_DECREF(lhs); /* now only the stack holds it */
                STACK_SHRINK(2);
                int err = mpy_str_concat_inplace(&lhs, rhs);
                MPY_DECREF(rhs);
                if (err < 0) {
                    MPY_DECREF(lhs);
                    goto error;
                }
                GETLOCAL(local) = lhs;
                next_instr++; /* the STORE_FAST is done */
                DISPATCH();
            }
            res = mpy_str_concat(lhs, rhs);
            goto binary_done;
        }
        res = mpy_number_binop((int)oparg, lhs, rhs);
    binary_done:
        MPY_DECREF(lhs);
        MPY_DECREF(rhs);
        STACK_SHRINK(1);
        SET_TOP(res);
        if (!res)
            goto error_popped_top;
        DISPATCH();
    }

    TARGET(COMPARE_OP)
    {
        MpyObject *rhs = TOP(), *lhs = SECOND();
        bool r;
        if (MPY_INT_CHECK_EXACT(lhs) && MPY_INT_CHECK_EXACT(rhs)) {
            int cmp = mpy_int_compare(lhs, rhs);
            switch (oparg) {
            case MPY_LT: r = cmp < 0; break;
            case MPY_LE: r = cmp <= 0; break;
            case MPY_EQ: r = cmp == 0; break;
            case MPY_NE: r = cmp != 0; break;
            case MPY_GT: r = cmp > 0; break;
            default: r = cmp >= 0; break;
            }
        } else if (MPY_FLOAT_CHECK_EXACT(lhs) && MPY_FLOAT_CHECK_EXACT(rhs)) {
            double a = MPY_FLOAT_VALUE(lhs), b = MPY_FLOAT_VALUE(rhs);
            switch (oparg) {
            case MPY_LT: r = a < b; break;
            case MPY_LE: r = a <= b; break;
            case MPY_EQ: r = a == b; break;
            case MPY_NE: r = a != b; break;
            case MPY_GT: r = a > b; break;
            default: r = a >= b; break;
            }
        } else {
            MpyObject *res = mpy_object_richcompare(lhs, rhs, (int)oparg);
            MPY_DECREF(lhs);
            MPY_DECREF(rhs);
            STACK_SHRINK(1);
            SET_TOP(res);
            if (!res)
                goto error_popped_top;
            DISPATCH();
        }
        MPY_DECREF(lhs);
        MPY_DECREF(rhs);
        /* A number comparison feeding a conditional jump (CPython's
         * COMPARE_OP_*_JUMP): jump on r without making the bool. */
        MpyCodeUnit next = *next_instr;
        int next_op = MPY_CODEUNIT_OP(next);
        if (next_op == MPY_OP_POP_JUMP_IF_FALSE || next_op == MPY_OP_POP_JUMP_IF_TRUE) {
            STACK_SHRINK(2);
            frame->prev_instr = next_instr++;
            if (r == (next_op == MPY_OP_POP_JUMP_IF_TRUE))
                JUMPBY(MPY_CODEUNIT_ARG(next));
            DISPATCH();
        }
        STACK_SHRINK(1);
        SET_TOP(MPY_NEWREF(r ? MPY_TRUE : MPY_FALSE));
        DISPATCH();
    }

    TARGET(IS_OP)
    {
        MpyObject *rhs = POP(), *lhs = TOP();
        bool r = (lhs == rhs) != (oparg != 0);
        MPY_DECREF(lhs);
        MPY_DECREF(rhs);
        SET_TOP(MPY_NEWREF(r ? MPY_TRUE : MPY_FALSE));
        DISPATCH();
    }

    TARGET(CONTAINS_OP)
    {
        MpyObject *rhs = POP(), *lhs = TOP();
        int found = mpy_sequence_contains(rhs, lhs);
        MPY_DECREF(lhs);
        MPY_DECREF(rhs);
        if (found < 0)
            goto error_popped_top;
        SET_TOP(MPY_NEWREF((found != 0) != (oparg != 0) ? MPY_TRUE : MPY_FALSE));
        DISPATCH();
    }

    TARGET(BINARY_SUBSCR)
    {
        MpyObject *sub = TOP(), *container = SECOND(), *res;
        if (MPY_LIST_CHECK_EXACT(container) && MPY_INT_CHECK_EXACT(sub) && mpy_int_is_small(sub)) {
            int64_t i = mpy_int_small_value(sub);
            if (i < 0)
                i += MPY_SIZE(container);
            if (i >= 0 && i < MPY_SIZE(container)) {
                res = MPY_NEWREF(MPY_LIST_GET(container, i));
                goto subscr_done;
            }
        } else if (MPY_TUPLE_CHECK_EXACT(container) && MPY_INT_CHECK_EXACT(sub) &&
                   mpy_int_is_small(sub)) {
            int64_t i = mpy_int_small_value(sub);
            if (i < 0)
                i += MPY_SIZE(container);
            if (i >= 0 && i < MPY_SIZE(container)) {
                res = MPY_NEWREF(MPY_TUPLE_GET(container, i));
                goto subscr_done;
            }
        }
        res = mpy_object_getitem(container, sub);
    subscr_done:
        MPY_DECREF(container);
        MPY_DECREF(sub);
        STACK_SHRINK(1);
        SET_TOP(res);
        if (!res)
            goto error_popped_top;
        DISPATCH();
    }

    TARGET(STORE_SUBSCR)
    {
        MpyObject *sub = TOP(), *container = SECOND(), *v = THIRD();
        STACK_SHRINK(3);
        int err;
        if (MPY_LIST_CHECK_EXACT(container) && MPY_INT_CHECK_EXACT(sub) && mpy_int_is_small(sub) &&
            mpy_int_small_value(sub) >= 0 && mpy_int_small_value(sub) < MPY_SIZE(container)) {
            MpyObject **slot = &MPY_LIST_ITEMS(container)[mpy_int_small_value(sub)];
            MpyObject *old = *slot;
            *slot = v;
            MPY_DECREF(old);
            err = 0;
        } else {
            err = mpy_object_setitem(container, sub, v);
            MPY_DECREF(v);
        }
        MPY_DECREF(container);
        MPY_DECREF(sub);
        if (err < 0)
            goto error;
        DISPATCH();
    }

    TARGET(DELETE_SUBSCR)
    {
        MpyObject *sub = POP(), *container = POP();
        int err = mpy_object_delitem(container, sub);
        MPY_DECREF(container);
        MPY_DECREF(sub);
        if (err < 0)
            goto error;
        DISPATCH();
    }

    /* -------------------------------------------------------- building */
    TARGET(BUILD_TUPLE)
    {
        MpyObject *t = mpy_tuple_new((ssize_t)oparg);
        if (!t)
            goto error;
        for (unsigned i = oparg; i > 0; i--)
            MPY_TUPLE_SET(t, i - 1, POP());
        PUSH(t);
        DISPATCH();
    }

    TARGET(BUILD_LIST)
    {
        MpyObject *l = mpy_list_new((ssize_t)oparg);
        if (!l)
            goto error;
        for (unsigned i = oparg; i > 0; i--)
            MPY_LIST_SET(l, i - 1, POP());
        PUSH(l);
        DISPATCH();
    }

    TARGET(BUILD_SET)
    {
        MpyObject *s = mpy_set_new(NULL);
        int err = s ? 0 : -1;
        for (unsigned i = oparg; i > 0; i--) {
            MpyObject *item = PEEK(i);
            if (err == 0)
                err = mpy_set_add(s, item);
            MPY_DECREF(item);
        }
        STACK_SHRINK(oparg);
        if (err < 0) {
            MPY_XDECREF(s);
            goto error;
        }
        PUSH(s);
        DISPATCH();
    }

    TARGET(BUILD_MAP)
    {
        MpyObject *d = mpy_dict_new();
        int err = d ? 0 : -1;
        for (unsigned i = oparg; i > 0; i--) {
            MpyObject *k = PEEK(2 * i), *v = PEEK(2 * i - 1);
            if (err == 0)
                err = mpy_dict_set_item(d, k, v);
        }
        for (unsigned i = 0; i < 2 * oparg; i++)
            MPY_DECREF(POP());
        if (err < 0) {
            MPY_XDECREF(d);
            goto error;
        }
        PUSH(d);
        DISPATCH();
    }

    TARGET(BUILD_CONST_KEY_MAP)
    {
        MpyObject *keys = POP();
        MpyObject *d = mpy_dict_new();
        int err = d ? 0 : -1;
        for (unsigned i = 0; i < oparg && err == 0; i++)
            err = mpy_dict_set_item(d, MPY_TUPLE_GET(keys, i), PEEK(oparg - i));
        for (unsigned i = 0; i < oparg; i++)
            MPY_DECREF(POP());
        MPY_DECREF(keys);
        if (err < 0) {
            MPY_XDECREF(d);
            goto error;
        }
        PUSH(d);
        DISPATCH();
    }

    TARGET(BUILD_STRING)
    {
        MpyObject *s = mpy_str_join_array(NULL, stack_pointer - oparg, (ssize_t)oparg);
        for (unsigned i = 0; i < oparg; i++)
            MPY_DECREF(POP());
        if (!s)
            goto error;
        PUSH(s);
        DISPATCH();
    }

    TARGET(BUILD_SLICE)
    {
        MpyObject *step = oparg == 3 ? POP() : NULL;
        MpyObject *stop = POP(), *start = TOP();
        MpyObject *slice = mpy_slice_new(start, stop, step);
        MPY_DECREF(start);
        MPY_DECREF(stop);
        MPY_XDECREF(step);
        SET_TOP(slice);
        if (!slice)
            goto error_popped_top;
        DISPATCH();
    }

    TARGET(LIST_APPEND)
    {
        MpyObject *v = POP();
        MpyObject *list = PEEK(oparg);
        int err = mpy_list_append(list, v);
        MPY_DECREF(v);
        if (err < 0)
            goto error;
        DISPATCH();
    }

    TARGET(SET_ADD)
    {
        MpyObject *v = POP();
        int err = mpy_set_add(PEEK(oparg), v);
        MPY_DECREF(v);
        if (err < 0)
            goto error;
        DISPATCH();
    }

    TARGET(MAP_ADD)
    {
        MpyObject *v = POP(), *k = POP();
        int err = mpy_dict_set_item(PEEK(oparg), k, v);
        MPY_DECREF(k);
        MPY_DECREF(v);
        if (err < 0)
            goto error;
        DISPATCH();
    }

    TARGET(LIST_EXTEND)
    {
        MpyObject *it = POP();
        MpyObject *list = PEEK(oparg);
        int err = mpy_list_extend(list, it);
        if (err < 0 && mpy_err_exception_matches(MpyExc_TypeError) && !MPY_TYPE(it)->tp_iter &&
            !MPY_TYPE(it)->tp_as_sequence.sq_item) {
            mpy_err_clear();
            mpy_err_format(MpyExc_TypeError, "Value after * must be an iterable, not %s",
                           mpy_type_short_name(MPY_TYPE(it)));
        }
        MPY_DECREF(it);
        if (err < 0)
            goto error;
        DISPATCH();
    }

    TARGET(SET_UPDATE)
    {
        MpyObject *it = POP();
        int err = mpy_set_update(PEEK(oparg), it);
        MPY_DECREF(it);
        if (err < 0)
            goto error;
        DISPATCH();
    }

    TARGET(DICT_UPDATE)
    {
        MpyObject *m = POP();
        int err = mpy_dict_merge(PEEK(oparg), m, 1);
        if (err < 0 && mpy_err_exception_matches(MpyExc_AttributeError)) {
            mpy_err_clear();
            mpy_err_format(MpyExc_TypeError, "'%s' object is not a mapping",
                           mpy_type_short_name(MPY_TYPE(m)));
        }
        MPY_DECREF(m);
        if (err < 0)
            goto error;
        DISPATCH();
    }

    TARGET(DICT_MERGE)
    {
        MpyObject *m = POP();
        MpyObject *func = PEEK(oparg + 2);
        int err = dict_merge_kwargs(PEEK(oparg), m, func);
        MPY_DECREF(m);
        if (err < 0)
            goto error;
        DISPATCH();
    }

    TARGET(LIST_TO_TUPLE)
    {
        MpyObject *list = TOP();
        MpyObject *t = mpy_list_as_tuple(list);
        MPY_DECREF(list);
        SET_TOP(t);
        if (!t)
            goto error_popped_top;
        DISPATCH();
    }

    TARGET(UNPACK_SEQUENCE)
    {
        MpyObject *seq = POP();
        ssize_t n = (ssize_t)oparg;
        if ((MPY_TUPLE_CHECK_EXACT(seq) || MPY_LIST_CHECK_EXACT(seq)) && MPY_SIZE(seq) == n) {
            MpyObject **items = MPY_TUPLE_CHECK_EXACT(seq) ? MPY_TUPLE_ITEMS(seq) : MPY_LIST_ITEMS(seq);
            for (ssize_t i = n; i > 0; i--)
                PUSH(MPY_NEWREF(items[i - 1]));
        } else {
            if (unpack_iterable(seq, n, -1, stack_pointer + n) < 0) {
                MPY_DECREF(seq);
                goto error;
            }
            stack_pointer += n;
        }
        MPY_DECREF(seq);
        DISPATCH();
    }

    TARGET(UNPACK_EX)
    {
        ssize_t before = oparg & 0xFF, after = oparg >> 8;
        MpyObject *seq = POP();
        ssize_t total = before + 1 + after;
        if (unpack_iterable(seq, before, after, stack_pointer + total) < 0) {
            MPY_DECREF(seq);
            goto error;
        }
        stack_pointer += total;
        MPY_DECREF(seq);
        DISPATCH();
    }

    TARGET(FORMAT_VALUE)
    {
        MpyObject *spec = (oparg & 4) ? POP() : NULL;
        MpyObject *value = TOP();
        MpyObject *res = format_value(value, (int)(oparg & 3), spec);
        MPY_DECREF(value);
        MPY_XDECREF(spec);
        SET_TOP(res);
        if (!res)
            goto error_popped_top;
        DISPATCH();
    }

    /* ---------------------------------------------------------- control */
    TARGET(JUMP_FORWARD)
    {
        JUMPBY(oparg);
        DISPATCH();
    }

    TARGET(JUMP_BACKWARD)
    {
        JUMPBY(-(int)oparg);
        if (mpy_interp.eval_breaker && handle_eval_breaker() < 0)
            goto error;
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_FALSE)
    {
        MpyObject *cond = POP();
        if (cond == MPY_FALSE) {
            MPY_DECREF(cond);
            JUMPBY(oparg);
        } else if (cond != MPY_TRUE) {
            int truth = mpy_object_is_true(cond);
            MPY_DECREF(cond);
            if (truth < 0)
                goto error;
            if (!truth)
                JUMPBY(oparg);
        } else {
            MPY_DECREF(cond);
        }
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_TRUE)
    {
        MpyObject *cond = POP();
        if (cond == MPY_TRUE) {
            MPY_DECREF(cond);
            JUMPBY(oparg);
        } else if (cond != MPY_FALSE) {
            int truth = mpy_object_is_true(cond);
            MPY_DECREF(cond);
            if (truth < 0)
                goto error;
            if (truth)
                JUMPBY(oparg);
        } else {
            MPY_DECREF(cond);
        }
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_NONE)
    {
        MpyObject *v = POP();
        if (v == MPY_NONE)
            JUMPBY(oparg);
        MPY_DECREF(v);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_NOT_NONE)
    {
        MpyObject *v = POP();
        if (v != MPY_NONE)
            JUMPBY(oparg);
        MPY_DECREF(v);
        DISPATCH();
    }

    TARGET(JUMP_IF_FALSE_OR_POP)
    {
        MpyObject *cond = TOP();
        int truth = cond == MPY_TRUE ? 1 : cond == MPY_FALSE ? 0 : mpy_object_is_true(cond);
        if (truth < 0)
            goto error;
        if (!truth) {
            JUMPBY(oparg);
        } else {
            STACK_SHRINK(1);
            MPY_DECREF(cond);
        }
        DISPATCH();
    }

    TARGET(JUMP_IF_TRUE_OR_POP)
    {
        MpyObject *cond = TOP();
        int truth = cond == MPY_TRUE ? 1 : cond == MPY_FALSE ? 0 : mpy_object_is_true(cond);
        if (truth < 0)
            goto error;
        if (truth) {
            JUMPBY(oparg);
        } else {
            STACK_SHRINK(1);
            MPY_DECREF(cond);
        }
        DISPATCH();
    }

    TARGET(GET_ITER)
    {
        MpyObject *iterable = TOP();
        MpyObject *it = mpy_object_getiter(iterable);
        MPY_DECREF(iterable);
        SET_TOP(it);
        if (!it)
            goto error_popped_top;
        DISPATCH();
    }

    TARGET(FOR_ITER)
    {
        MpyObject *it = TOP();
        MpyObject *next = MPY_TYPE(it)->tp_iternext(it);
        if (next) {
            PUSH(next);
            DISPATCH();
        }
        if (mpy_err_occurred()) {
            if (!mpy_err_exception_matches(MpyExc_StopIteration))
                goto error;
            mpy_err_clear();
        }
        STACK_SHRINK(1);
        MPY_DECREF(it);
        JUMPBY(oparg);
        DISPATCH();
    }

    TARGET(GET_LEN)
    {
        ssize_t len = mpy_object_length(TOP());
        if (len < 0)
            goto error;
        MpyObject *n = mpy_int_from_ssize(len);
        if (!n)
            goto error;
        PUSH(n);
        DISPATCH();
    }

    /* ------------------------------------------------------------- calls */
    TARGET(KW_NAMES)
    {
        kwnames = consts[oparg];
        DISPATCH();
    }

    TARGET(CALL)
    {
        bool is_meth = PEEK(oparg + 2) != NULL;
        size_t total = oparg + (is_meth ? 1 : 0);
        MpyObject *callable = PEEK(total + 1);
        MpyObject **args = stack_pointer - total;
        size_t nkw = kwnames ? (size_t)MPY_SIZE(kwnames) : 0;
        MpyObject *call_kwnames = kwnames;
        kwnames = NULL;
        if (MPY_TYPE(callable) == &MpyFunction_Type) {
            MpyFunctionObject *func = (MpyFunctionObject *)callable;
            MpyCodeObject *fco = (MpyCodeObject *)func->func_code;
            if (!(fco->co_flags & MPY_CO_GENERATOR)) {
                /* Python to Python: a new frame on the data stack, the
                 * arguments in it, and no C recursion. */
                MpyFrame *callee;
                if (takes_exactly_positional(fco, total, call_kwnames)) {
                    /* Nothing to bind: the stack's references to the
                     * arguments and the callable move into the frame. */
                    callee = mpy_frame_alloc(fco);
                    if (!callee)
                        goto error;
                    frame_init_taking_func(callee, fco, callable, func->func_globals,
                                           func->func_builtins);
                    MpyObject **slots = callee->localsplus;
                    for (size_t i = 0; i < total; i++)
                        slots[i] = args[i];
                    for (int i = (int)total; i < fco->co_nlocalsplus; i++)
                        slots[i] = NULL;
                } else {
                    callee = make_call_frame(func, args, total - nkw, call_kwnames, NULL);
                    for (size_t i = 0; i < total; i++)
                        MPY_DECREF(args[i]);
                    MPY_DECREF(callable); /* the new frame's f_func holds its own */
                }
                /* [NULL, f, args] or [meth, self, args]: oparg + 2 slots */
                STACK_SHRINK(oparg + 2);
                if (!callee)
                    goto error;
                SAVE_FRAME_STATE();
                if (enter_python_frame() < 0) {
                    discard_frame(callee, fco->co_nlocalsplus);
                    goto error;
                }
                callee->previous = frame;
                frame = callee;
                mpy_interp.frame = frame;
                goto start_frame;
            }
        }
        MpyObject *res;
        if (is_meth && MPY_TYPE(callable) == &MpyMethodDescr_Type &&
            MPY_TYPE(args[0]) == ((MpyDescrObject *)callable)->d_type) {
            /* A C method looked up on an instance of its own type (CPython's
             * CALL_NO_KW_METHOD_DESCRIPTOR_*): no descriptor check, no
             * generic call; list.append needs no call at all. */
            MpyMethodDef *ml = ((MpyDescrObject *)callable)->d_u.method;
            if (ml->ml_meth == MPY_METH(mpy_list_append_meth) && total == 2 && !call_kwnames) {
                if (mpy_list_append(args[0], args[1]) < 0)
                    goto error;
                MPY_DECREF(args[1]);
                MPY_DECREF(args[0]);
                MPY_DECREF(callable);
                STACK_SHRINK(oparg + 2);
                PUSH(MPY_NEWREF(MPY_NONE));
                DISPATCH();
            }
            res = mpy_methoddef_call(ml, callable, args[0], args + 1, total - 1 - nkw, call_kwnames);
        } else {
            res = mpy_call(callable, args, total - nkw, call_kwnames);
        }
        for (size_t i = 0; i < total; i++)
            MPY_DECREF(args[i]);
        MPY_DECREF(callable);
        STACK_SHRINK(oparg + 2);
        if (!res)
            goto error;
        PUSH(res);
        if (mpy_interp.eval_breaker && handle_eval_breaker() < 0)
            goto error;
        DISPATCH();
    }

    TARGET(CALL_FUNCTION_EX)
    {
        MpyObject *kwargs = (oparg & 1) ? POP() : NULL;
        MpyObject *callargs = POP();
        MpyObject *func = TOP();
        MpyObject *res = NULL;
        if (!MPY_TUPLE_CHECK_EXACT(callargs)) {
            MpyObject *t = mpy_tuple_from_iterable(callargs);
            if (!t) {
                if (mpy_err_exception_matches(MpyExc_TypeError) && !MPY_TYPE(callargs)->tp_iter &&
                    !MPY_TYPE(callargs)->tp_as_sequence.sq_item) {
                    mpy_err_clear();
                    MpyObject *fs = function_str(func);
                    if (fs) {
                        mpy_err_format(MpyExc_TypeError, "%U argument after * must be an iterable, not %s",
                                       fs, mpy_type_short_name(MPY_TYPE(callargs)));
                        MPY_DECREF(fs);
                    }
                }
                goto call_ex_done;
            }
            MPY_SETREF(callargs, t);
        }
        if (kwargs && !MPY_DICT_CHECK_EXACT(kwargs)) {
            MpyObject *d = mpy_dict_new();
            if (!d || dict_merge_kwargs(d, kwargs, func) < 0) {
                MPY_XDECREF(d);
                goto call_ex_done;
            }
            MPY_SETREF(kwargs, d);
        }
        res = mpy_call_tuple_dict(func, callargs, kwargs);
    call_ex_done:
        MPY_DECREF(callargs);
        MPY_XDECREF(kwargs);
        MPY_DECREF(POP());
        MPY_XDECREF(POP()); /* the NULL below the callable */
        if (!res)
            goto error;
        PUSH(res);
        DISPATCH();
    }

    TARGET(MAKE_FUNCTION)
    {
        MpyObject *fcode = POP();
        MpyFunctionObject *func =
            (MpyFunctionObject *)mpy_function_new(fcode, frame->f_globals, NULL);
        MPY_DECREF(fcode);
        if (!func)
            goto error;
        if (oparg & 8)
            func->func_closure = POP();
        if (oparg & 4) {
            MpyObject *ann = POP();
            func->func_annotations = annotations_from_tuple(ann);
            MPY_DECREF(ann);
            if (!func->func_annotations) {
                MPY_DECREF(func);
                goto error;
            }
        }
        if (oparg & 2)
            func->func_kwdefaults = POP();
        if (oparg & 1)
            func->func_defaults = POP();
        PUSH(MPY_CAST(func));
        DISPATCH();
    }

    TARGET(LOAD_BUILD_CLASS)
    {
        MpyObject *bc = mpy_dict_get_item(frame->f_builtins, MPY_ID(__build_class__));
        if (!bc) {
            if (!mpy_err_occurred())
                mpy_err_set_string(MpyExc_NameError, "__build_class__ not found");
            goto error;
        }
        PUSH(MPY_NEWREF(bc));
        DISPATCH();
    }

    /* ------------------------------------------------------- generators */
    TARGET(YIELD_VALUE)
    {
        retval = POP();
        SAVE_FRAME_STATE();
        MpyGenObject *gen = gen_of_frame(frame);
        gen->gi_frame_state = MPY_GEN_SUSPENDED;
        mpy_interp.frame = frame->previous;
        frame->previous = NULL;
        mpy_interp.recursion_depth--;
        return retval;
    }

    TARGET(GET_YIELD_FROM_ITER)
    {
        MpyObject *iterable = TOP();
        if (!MPY_GEN_CHECK(iterable)) {
            MpyObject *it = mpy_object_getiter(iterable);
            MPY_DECREF(iterable);
            SET_TOP(it);
            if (!it)
                goto error_popped_top;
        }
        DISPATCH();
    }

    TARGET(SEND)
    {
        MpyObject *v = POP(), *receiver = TOP();
        MpyObject *res;
        int status;
        if (MPY_GEN_CHECK(receiver)) {
            status = mpy_gen_send(receiver, v, &res);
        } else if (v == MPY_NONE && MPY_TYPE(receiver)->tp_iternext) {
            res = MPY_TYPE(receiver)->tp_iternext(receiver);
            status = res ? 1 : -1;
        } else {
            res = mpy_call_method(receiver, "send", &v, 1);
            status = res ? 1 : -1;
        }
        MPY_DECREF(v);
        if (status < 0) {
            /* StopIteration (or plain exhaustion) ends the delegation. */
            if (mpy_err_occurred() && !mpy_err_exception_matches(MpyExc_StopIteration))
                goto error;
            MpyObject *exc = mpy_err_fetch();
            res = exc ? mpy_exc_stopiteration_value(exc) : MPY_NEWREF(MPY_NONE);
            MPY_XDECREF(exc);
            status = 0;
        }
        if (status == 0) {
            STACK_SHRINK(1);
            MPY_DECREF(receiver);
            PUSH(res);
            JUMPBY(oparg);
        } else {
            PUSH(res);
        }
        DISPATCH();
    }

    /* ------------------------------------------------------- exceptions */
    TARGET(RAISE_VARARGS)
    {
        MpyObject *cause = NULL, *exc = NULL;
        if (oparg == 2)
            cause = POP();
        if (oparg >= 1)
            exc = POP();
        int new_entry = do_raise(exc, cause);
        MPY_XDECREF(exc);
        MPY_XDECREF(cause);
        if (new_entry)
            goto error;
        goto exception_unwind;
    }

    TARGET(RERAISE)
    {
        if (oparg) {
            MpyObject *lasti = PEEK(oparg + 1);
            if (MPY_INT_CHECK(lasti))
                frame->prev_instr = first_instr + mpy_int_small_value(lasti);
        }
        MpyObject *exc = POP();
        mpy_err_restore(exc);
        goto exception_unwind;
    }

    TARGET(PUSH_EXC_INFO)
    {
        MpyObject *exc = TOP();
        MpyExcInfo *info = mpy_interp.exc_info;
        SET_TOP(info->exc_value ? info->exc_value : MPY_NEWREF(MPY_NONE));
        info->exc_value = MPY_NEWREF(exc);
        PUSH(exc);
        DISPATCH();
    }

    TARGET(POP_EXCEPT)
    {
        MpyExcInfo *info = mpy_interp.exc_info;
        MpyObject *old = info->exc_value;
        info->exc_value = POP();
        MPY_XDECREF(old);
        DISPATCH();
    }

    TARGET(CHECK_EXC_MATCH)
    {
        MpyObject *right = POP(), *left = TOP();
        if (check_except_type(right) < 0) {
            MPY_DECREF(right);
            goto error;
        }
        int match = mpy_err_given_matches(left, right);
        MPY_DECREF(right);
        PUSH(MPY_NEWREF(match ? MPY_TRUE : MPY_FALSE));
        DISPATCH();
    }

    /* except* (cold: exception groups only) */
    TARGET(CHECK_EG_MATCH)
    {
        MpyObject *type = POP(), *exc = TOP();
        MpyObject *match = NULL, *rest = NULL;
        int err = check_except_type(type);
        if (err == 0)
            err = mpy_exc_group_check_star_type(type);
        if (err == 0)
            err = mpy_exc_group_match(exc, type, &match, &rest);
        MPY_DECREF(type);
        if (err < 0)
            goto error;
        if (match == MPY_NONE) {
            MPY_DECREF(rest);
        } else {
            SET_TOP(rest);
            MPY_DECREF(exc);
            MPY_SETREF(mpy_interp.exc_info->exc_value, MPY_NEWREF(match));
        }
        PUSH(match);
        DISPATCH();
    }

    TARGET(PREP_RERAISE_STAR)
    {
        MpyObject *excs = POP(), *orig = TOP();
        MpyObject *res = mpy_exc_group_prep_reraise(orig, excs);
        MPY_DECREF(excs);
        MPY_DECREF(orig);
        SET_TOP(res);
        if (!res)
            goto error_popped_top;
        DISPATCH();
    }

    TARGET(LOAD_ASSERTION_ERROR)
    {
        PUSH(MPY_NEWREF(MpyExc_AssertionError));
        DISPATCH();
    }

    TARGET(BEFORE_WITH)
    {
        MpyObject *mgr = TOP();
        MpyObject *enter = lookup_special(mgr, MPY_ID(__enter__));
        if (!enter) {
            if (!mpy_err_occurred())
                mpy_err_format(MpyExc_TypeError,
                               "'%s' object does not support the context manager protocol",
                               mpy_type_short_name(MPY_TYPE(mgr)));
            goto error;
        }
        MpyObject *exit = lookup_special(mgr, MPY_ID(__exit__));
        if (!exit) {
            if (!mpy_err_occurred())
                mpy_err_format(MpyExc_TypeError,
                               "'%s' object does not support the context manager protocol "
                               "(missed __exit__ method)",
                               mpy_type_short_name(MPY_TYPE(mgr)));
            MPY_DECREF(enter);
            goto error;
        }
        SET_TOP(exit);
        MPY_DECREF(mgr);
        MpyObject *res = mpy_call_noargs(enter);
        MPY_DECREF(enter);
        if (!res)
            goto error;
        PUSH(res);
        DISPATCH();
    }

    TARGET(WITH_EXCEPT_START)
    {
        /* stack: exit, lasti, prev_exc, exc */
        MpyObject *exc = TOP();
        MpyObject *exit = PEEK(4);
        MpyObject *tb = mpy_exc_traceback(exc);
        MpyObject *args[3] = {MPY_CAST(MPY_TYPE(exc)), exc, tb ? tb : MPY_NONE};
        MpyObject *res = mpy_call(exit, args, 3, NULL);
        if (!res)
            goto error;
        PUSH(res);
        DISPATCH();
    }

    /* ---------------------------------------------------- import, misc */
    TARGET(IMPORT_NAME)
    {
        MpyObject *fromlist = POP(), *level = TOP();
        MpyObject *res = mpy_import_name(frame, names[oparg], fromlist, level);
        MPY_DECREF(level);
        MPY_DECREF(fromlist);
        SET_TOP(res);
        if (!res)
            goto error_popped_top;
        DISPATCH();
    }

    TARGET(IMPORT_FROM)
    {
        MpyObject *res = mpy_import_from(TOP(), names[oparg]);
        if (!res)
            goto error;
        PUSH(res);
        DISPATCH();
    }

    TARGET(IMPORT_STAR)
    {
        MpyObject *module = POP();
        int err = frame->f_locals ? mpy_import_star(frame->f_locals, module) : -1;
        if (!frame->f_locals)
            mpy_err_set_string(MpyExc_SystemError, "no locals found during 'import *'");
        MPY_DECREF(module);
        if (err < 0)
            goto error;
        DISPATCH();
    }

    TARGET(SETUP_ANNOTATIONS)
    {
        MpyObject *locals = frame->f_locals;
        MpyObject *key = MPY_ID(__annotations__);
        if (!locals) {
            mpy_err_set_string(MpyExc_SystemError, "no locals found when setting up annotations");
            goto error;
        }
        int has = MPY_DICT_CHECK_EXACT(locals) ? mpy_dict_contains(locals, key)
                                               : mpy_sequence_contains(locals, key);
        if (has < 0)
            goto error;
        if (!has) {
            MpyObject *d = mpy_dict_new();
            int err = d ? mpy_object_setitem(locals, key, d) : -1;
            MPY_XDECREF(d);
            if (err < 0)
                goto error;
        }
        DISPATCH();
    }

    TARGET(PRINT_EXPR)
    {
        MpyObject *v = POP();
        int err = mpy_sys_displayhook(v);
        MPY_DECREF(v);
        if (err < 0)
            goto error;
        DISPATCH();
    }

unknown_opcode:
    mpy_err_format(MpyExc_SystemError, "unknown opcode %d", (int)MPY_CODEUNIT_OP(word));
    goto error;

    /* ------------------------------------------------ returning, unwinding */
error_popped_top:
    /* The failed instruction left a NULL on top in place of its result. */
    STACK_SHRINK(1);
error:
    kwnames = NULL;
    mpy_traceback_here(frame);
exception_unwind: {
    /* The handler is found from the instruction being executed (RERAISE may
     * have restored an older lasti for the traceback's sake). */
    int offset = (int)(next_instr - first_instr) - 1;
    const MpyExceptionTableEntry *handler = mpy_code_find_handler(code, offset);
    MpyObject **base = frame->localsplus + code->co_nlocalsplus;
    if (!handler) {
        while (stack_pointer > base) {
            MpyObject *v = POP();
            MPY_XDECREF(v);
        }
        SAVE_FRAME_STATE();
        retval = NULL;
        goto frame_return;
    }
    MpyObject **level = base + handler->depth;
    while (stack_pointer > level) {
        MpyObject *v = POP();
        MPY_XDECREF(v);
    }
    if (handler->lasti) {
        MpyObject *lasti = mpy_int_from_i64(mpy_frame_lasti(frame));
        if (!lasti)
            goto exception_unwind;
        PUSH(lasti);
    }
    PUSH(mpy_err_fetch());
    next_instr = first_instr + handler->target;
    DISPATCH();
}

frame_return: {
    /* retval is the result, or NULL when an exception leaves the frame. */
    MpyFrame *finished = frame;
    bool entry = finished->is_entry;
    MpyFrame *caller = finished->previous;
    mpy_interp.frame = caller;
    mpy_interp.recursion_depth--;
    if (finished->owner == MPY_FRAME_OWNED_BY_GENERATOR) {
        gen_of_frame(finished)->gi_frame_state = MPY_GEN_COMPLETED;
        finished->previous = NULL;
        mpy_frame_clear(finished);
    } else {
        mpy_frame_clear(finished);
        mpy_frame_free(finished);
    }
    if (entry)
        return retval;
    frame = caller;
    LOAD_FRAME_STATE();
    if (!retval)
        goto error;
    PUSH(retval);
    DISPATCH();
}

entry_failed:
    /* The frame never ran: release it as the caller would have. */
    if (frame->owner == MPY_FRAME_OWNED_BY_GENERATOR) {
        gen_of_frame(frame)->gi_frame_state = MPY_GEN_COMPLETED;
        mpy_frame_clear(frame);
    } else {
        mpy_frame_clear(frame);
        mpy_frame_free(frame);
    }
    return NULL;
}
