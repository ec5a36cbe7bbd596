/* The object core: allocation of non-container objects, deallocation, the
 * singletons None, NotImplemented and Ellipsis, and the generic operations on
 * any object (repr, str, hash, comparison, truth, attributes). The number,
 * sequence and mapping protocols are in abstract.c. */
#include "object.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "errors.h"
#include "exceptions.h"
#include "gc.h"
#include "int.h"
#include "interp.h"
#include "leakcheck.h"
#include "str.h"
#include "type.h"
#include "utf8.h"

/* ============================================================ allocation */

MpyObject *mpy_object_init(MpyObject *op, MpyTypeObject *type)
{
    op->ob_refcnt = 1;
    op->ob_type = type;
    if (type->tp_flags & MPY_TPFLAGS_HEAPTYPE)
        MPY_INCREF(type); /* instances of classes keep their class alive */
    mpy_leak_register(op);
    return op;
}

MpyObject *mpy_object_new(MpyTypeObject *type)
{
    MpyObject *op = mpy_mem_alloc((size_t)type->tp_basicsize);
    if (!op)
        return mpy_err_no_memory();
    return mpy_object_init(op, type);
}

MpyVarObject *mpy_object_new_var(MpyTypeObject *type, ssize_t nitems)
{
    size_t size = (size_t)type->tp_basicsize + (size_t)nitems * (size_t)type->tp_itemsize;
    MpyVarObject *op = mpy_mem_alloc(size);
    if (!op)
        return (MpyVarObject *)mpy_err_no_memory();
    mpy_object_init(&op->ob_base, type);
    op->ob_size = nitems;
    return op;
}

void mpy_object_free(void *op)
{
    mpy_leak_unregister(op);
    mpy_mem_free(op);
}

void mpy_dealloc(MpyObject *op)
{
    mpy_destructor dealloc = MPY_TYPE(op)->tp_dealloc;
#ifdef MPY_DEBUG
    if (!dealloc) {
        fprintf(stderr, "minipy: fatal: no tp_dealloc for '%s'\n", MPY_TYPE(op)->tp_name);
        abort();
    }
#endif
    dealloc(op);
}

/* ================================================= None and friends */

/* The singletons are never freed; reaching refcount 0 is a refcounting bug,
 * reported in the debug build and survived in the release build. */
static void singleton_dealloc(MpyObject *op)
{
#ifdef MPY_DEBUG
    fprintf(stderr, "minipy: fatal: deallocating %s\n", MPY_TYPE(op)->tp_name);
    abort();
#else
    op->ob_refcnt = MPY_IMMORTAL_REFCNT;
#endif
}

static MpyObject *none_repr(MpyObject *op) { return mpy_str_from_cstr("None"); }
static int none_bool(MpyObject *op) { return 0; }
static mpy_hash_t none_hash(MpyObject *op) { return (mpy_hash_t)0xFCA86420; /* 3.12's fixed value */ }

static MpyObject *none_new(MpyTypeObject *type, MpyObject *const *args, size_t nargs,
                           MpyObject *kwnames)
{
    if (nargs || (kwnames && MPY_SIZE(kwnames)))
        return mpy_err_set_string(MpyExc_TypeError, "NoneType takes no arguments");
    MPY_RETURN_NONE;
}

MpyTypeObject MpyNone_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "NoneType",
    .tp_basicsize = sizeof(MpyObject),
    .tp_dealloc = singleton_dealloc,
    .tp_repr = none_repr,
    .tp_as_number = {.nb_bool = none_bool},
    .tp_hash = none_hash,
    .tp_new = none_new,
};
MpyObject mpy_none_struct = {1, &MpyNone_Type};

static MpyObject *notimplemented_repr(MpyObject *op) { return mpy_str_from_cstr("NotImplemented"); }

static int notimplemented_bool(MpyObject *op)
{
    /* CPython 3.9+ warns (DeprecationWarning) and answers True. */
    return 1;
}

static MpyObject *notimplemented_new(MpyTypeObject *type, MpyObject *const *args, size_t nargs,
                                     MpyObject *kwnames)
{
    if (nargs || (kwnames && MPY_SIZE(kwnames)))
        return mpy_err_set_string(MpyExc_TypeError, "NotImplementedType takes no arguments");
    return MPY_NEWREF(MPY_NOTIMPLEMENTED);
}

MpyTypeObject MpyNotImplemented_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "NotImplementedType",
    .tp_basicsize = sizeof(MpyObject),
    .tp_dealloc = singleton_dealloc,
    .tp_repr = notimplemented_repr,
    .tp_as_number = {.nb_bool = notimplemented_bool},
    .tp_new = notimplemented_new,
};
MpyObject mpy_notimplemented_struct = {1, &MpyNotImplemented_Type};

static MpyObject *ellipsis_repr(MpyObject *op) { return mpy_str_from_cstr("Ellipsis"); }

static MpyObject *ellipsis_new(MpyTypeObject *type, MpyObject *const *args, size_t nargs,
                               MpyObject *kwnames)
{
    if (nargs || (kwnames && MPY_SIZE(kwnames)))
        return mpy_err_set_string(MpyExc_TypeError, "ellipsis takes no arguments");
    return MPY_NEWREF(MPY_ELLIPSIS);
}

MpyTypeObject MpyEllipsis_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "ellipsis",
    .tp_basicsize = sizeof(MpyObject),
    .tp_dealloc = singleton_dealloc,
    .tp_repr = ellipsis_repr,
    .tp_new = ellipsis_new,
};
MpyObject mpy_ellipsis_struct = {1, &MpyEllipsis_Type};

/* ====================================================== repr, str, hash */

MpyObject *mpy_object_repr(MpyObject *o)
{
    MpyTypeObject *t = MPY_TYPE(o);
    if (!t->tp_repr)
        return mpy_str_from_format("<%s object at %p>", t->tp_name, (void *)o);
    if (mpy_enter_recursive_call(" while getting the repr of an object"))
        return NULL;
    MpyObject *res = t->tp_repr(o);
    mpy_leave_recursive_call();
    if (res && !MPY_STR_CHECK(res)) {
        mpy_err_format(MpyExc_TypeError, "__repr__ returned non-string (type %T)", res);
        MPY_DECREF(res);
        return NULL;
    }
    return res;
}

MpyObject *mpy_object_str(MpyObject *o)
{
    if (MPY_STR_CHECK_EXACT(o))
        return MPY_NEWREF(o);
    MpyTypeObject *t = MPY_TYPE(o);
    if (!t->tp_str)
        return mpy_object_repr(o);
    if (mpy_enter_recursive_call(" while getting the str of an object"))
        return NULL;
    MpyObject *res = t->tp_str(o);
    mpy_leave_recursive_call();
    if (res && !MPY_STR_CHECK(res)) {
        mpy_err_format(MpyExc_TypeError, "__str__ returned non-string (type %T)", res);
        MPY_DECREF(res);
        return NULL;
    }
    return res;
}

MpyObject *mpy_object_ascii(MpyObject *o)
{
    MpyObject *repr = mpy_object_repr(o);
    if (!repr || MPY_STR_IS_ASCII(repr))
        return repr;
    /* Escape every non-ASCII code point as \xNN, \uNNNN or \UNNNNNNNN. */
    const char *s = mpy_str_as_utf8(repr);
    size_t n = (size_t)MPY_STR_UTF8_LEN(repr);
    char *buf = malloc(n * 10 + 1);
    if (!buf) {
        MPY_DECREF(repr);
        return mpy_err_no_memory();
    }
    size_t out = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            buf[out++] = (char)c;
            i++;
            continue;
        }
        size_t len;
        uint32_t cp = mpy_utf8_decode(s + i, &len);
        i += len;
        if (cp <= 0xFF)
            out += (size_t)sprintf(buf + out, "\\x%02x", cp);
        else if (cp <= 0xFFFF)
            out += (size_t)sprintf(buf + out, "\\u%04x", cp);
        else
            out += (size_t)sprintf(buf + out, "\\U%08x", cp);
    }
    MpyObject *res = mpy_str_from_utf8(buf, out);
    free(buf);
    MPY_DECREF(repr);
    return res;
}

mpy_hash_t mpy_object_hash_not_implemented(MpyObject *o)
{
    mpy_err_format(MpyExc_TypeError, "unhashable type: '%s'", mpy_type_short_name(MPY_TYPE(o)));
    return -1;
}

mpy_hash_t mpy_object_hash(MpyObject *o)
{
    MpyTypeObject *t = MPY_TYPE(o);
    if (t->tp_hash)
        return t->tp_hash(o);
    return mpy_object_hash_not_implemented(o);
}

/* ============================================================ comparison */

static const char *const compare_op_names[] = {"<", "<=", "==", "!=", ">", ">="};
static const int swapped_op[] = {MPY_GT, MPY_GE, MPY_EQ, MPY_NE, MPY_LT, MPY_LE};

/* CPython's do_richcompare: the right operand's reflected method goes first
 * when its type is a proper subclass of the left's; identity decides == and
 * != when both sides decline. */
static MpyObject *do_richcompare(MpyObject *v, MpyObject *w, int op)
{
    MpyTypeObject *tv = MPY_TYPE(v), *tw = MPY_TYPE(w);
    bool checked_reverse = false;
    MpyObject *res;
    if (tv != tw && tw->tp_richcompare && mpy_type_is_subtype(tw, tv)) {
        checked_reverse = true;
        res = tw->tp_richcompare(w, v, swapped_op[op]);
        if (res != MPY_NOTIMPLEMENTED)
            return res;
        MPY_DECREF(res);
    }
    if (tv->tp_richcompare) {
        res = tv->tp_richcompare(v, w, op);
        if (res != MPY_NOTIMPLEMENTED)
            return res;
        MPY_DECREF(res);
    }
    if (!checked_reverse && tw->tp_richcompare) {
        res = tw->tp_richcompare(w, v, swapped_op[op]);
        if (res != MPY_NOTIMPLEMENTED)
            return res;
        MPY_DECREF(res);
    }
    switch (op) {
    case MPY_EQ:
        return mpy_bool_from_long(v == w);
    case MPY_NE:
        return mpy_bool_from_long(v != w);
    default:
        return mpy_err_format(MpyExc_TypeError,
                              "'%s' not supported between instances of '%s' and '%s'",
                              compare_op_names[op], mpy_type_short_name(tv),
                              mpy_type_short_name(tw));
    }
}

MpyObject *mpy_object_richcompare(MpyObject *v, MpyObject *w, int op)
{
    if (mpy_enter_recursive_call(" in comparison"))
        return NULL;
    MpyObject *res = do_richcompare(v, w, op);
    mpy_leave_recursive_call();
    return res;
}

int mpy_object_richcompare_bool(MpyObject *v, MpyObject *w, int op)
{
    if (v == w) {
        if (op == MPY_EQ)
            return 1;
        if (op == MPY_NE)
            return 0;
    }
    MpyObject *res = mpy_object_richcompare(v, w, op);
    if (!res)
        return -1;
    int truth = res == MPY_TRUE ? 1 : res == MPY_FALSE ? 0 : mpy_object_is_true(res);
    MPY_DECREF(res);
    return truth;
}

/* ================================================================= truth */

int mpy_object_is_true(MpyObject *o)
{
    if (o == MPY_TRUE)
        return 1;
    if (o == MPY_FALSE || o == MPY_NONE)
        return 0;
    MpyTypeObject *t = MPY_TYPE(o);
    if (t->tp_as_number.nb_bool)
        return t->tp_as_number.nb_bool(o);
    ssize_t len;
    if (t->tp_as_mapping.mp_length)
        len = t->tp_as_mapping.mp_length(o);
    else if (t->tp_as_sequence.sq_length)
        len = t->tp_as_sequence.sq_length(o);
    else
        return 1;
    return len < 0 ? -1 : len > 0;
}

int mpy_object_not(MpyObject *o)
{
    int truth = mpy_object_is_true(o);
    return truth < 0 ? truth : !truth;
}

MpyObject *mpy_object_type(MpyObject *o) { return MPY_NEWREF(MPY_TYPE(o)); }

/* ============================================================ attributes */

static int check_attr_name(MpyObject *name)
{
    if (MPY_STR_CHECK(name))
        return 0;
    mpy_err_format(MpyExc_TypeError, "attribute name must be string, not '%s'",
                   mpy_type_short_name(MPY_TYPE(name)));
    return -1;
}

/* An AttributeError leaving getattr learns which name and object it was
 * about (.name, .obj), unless set already (CPython's
 * set_attribute_error_context); tracebacks use them for suggestions. */
static void set_attribute_error_context(MpyObject *o, MpyObject *name)
{
    MpyObject *exc = mpy_err_occurred();
    if (!exc || !MPY_OBJECT_TYPECHECK(exc, MpyExc_AttributeError))
        return;
    MpyNameErrorObject *e = (MpyNameErrorObject *)exc;
    if (!e->name && !e->obj) {
        e->name = MPY_NEWREF(name);
        e->obj = MPY_NEWREF(o);
    }
}

MpyObject *mpy_object_getattr(MpyObject *o, MpyObject *name)
{
    if (check_attr_name(name))
        return NULL;
    MpyTypeObject *t = MPY_TYPE(o);
    MpyObject *res;
    if (t->tp_getattro)
        res = t->tp_getattro(o, name);
    else
        res = mpy_err_format(MpyExc_AttributeError, "'%s' object has no attribute '%U'",
                             mpy_type_short_name(t), name);
    if (!res)
        set_attribute_error_context(o, name);
    return res;
}

MpyObject *mpy_object_getattr_str(MpyObject *o, const char *name)
{
    MpyObject *key = mpy_str_intern_cstr(name);
    return key ? mpy_object_getattr(o, key) : NULL;
}

int mpy_object_lookup_attr(MpyObject *o, MpyObject *name, MpyObject **result)
{
    if (MPY_TYPE(o)->tp_getattro == mpy_object_generic_getattr && MPY_STR_CHECK(name)) {
        /* A missing attribute raises nothing; a descriptor's __get__ may
         * still raise AttributeError, handled below. */
        *result = mpy_object_generic_getattr_impl(o, name, true);
        if (*result)
            return 1;
        if (!mpy_err_occurred())
            return 0;
    } else {
        *result = mpy_object_getattr(o, name);
    }
    if (*result)
        return 1;
    if (!mpy_err_exception_matches(MpyExc_AttributeError))
        return -1;
    mpy_err_clear();
    return 0;
}

int mpy_object_hasattr(MpyObject *o, MpyObject *name)
{
    MpyObject *value;
    int found = mpy_object_lookup_attr(o, name, &value);
    MPY_XDECREF(value);
    return found;
}

int mpy_object_setattr(MpyObject *o, MpyObject *name, MpyObject *value)
{
    if (check_attr_name(name))
        return -1;
    MpyTypeObject *t = MPY_TYPE(o);
    MPY_INCREF(name);
    mpy_str_intern_in_place(&name); /* attribute names are interned, as CPython */
    int res;
    if (t->tp_setattro) {
        res = t->tp_setattro(o, name, value);
    } else {
        bool has_getattr = t->tp_getattro && t->tp_getattro != mpy_object_generic_getattr;
        mpy_err_format(MpyExc_AttributeError,
                       has_getattr ? "'%s' object attribute '%U' is read-only"
                                   : "'%s' object has no attribute '%U'",
                       mpy_type_short_name(t), name);
        res = -1;
    }
    MPY_DECREF(name);
    return res;
}

int mpy_object_setattr_str(MpyObject *o, const char *name, MpyObject *value)
{
    MpyObject *key = mpy_str_intern_cstr(name);
    return key ? mpy_object_setattr(o, key, value) : -1;
}

int mpy_object_delattr(MpyObject *o, MpyObject *name) { return mpy_object_setattr(o, name, NULL); }
