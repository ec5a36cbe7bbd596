/* The abstract protocols over any object: numbers (binary operators with
 * reflected operands, in-place forms, unary operators, index), items
 * (getitem/setitem/delitem), iteration, `in`, length, format,
 * isinstance/issubclass and dir. CPython's abstract.c semantics and
 * messages. */
#include <string.h>

#include "dict.h"
#include "errors.h"
#include <stdio.h>

#include "float.h"
#include "interp.h"
#include "int.h"
#include "iter.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "type.h"
#include "warnings.h"

const char *const mpy_binop_symbols[MPY_BINOP_COUNT] = {
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
    "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
};

/* Where each binary operator's slot lives in MpyNumberMethods. */
static const size_t binop_slot[MPY_BINOP_INPLACE] = {
    offsetof(MpyNumberMethods, nb_add), offsetof(MpyNumberMethods, nb_and),
    offsetof(MpyNumberMethods, nb_floor_divide), offsetof(MpyNumberMethods, nb_lshift),
    offsetof(MpyNumberMethods, nb_matrix_multiply), offsetof(MpyNumberMethods, nb_multiply),
    offsetof(MpyNumberMethods, nb_remainder), offsetof(MpyNumberMethods, nb_or),
    offsetof(MpyNumberMethods, nb_power), offsetof(MpyNumberMethods, nb_rshift),
    offsetof(MpyNumberMethods, nb_subtract), offsetof(MpyNumberMethods, nb_true_divide),
    offsetof(MpyNumberMethods, nb_xor),
};
static const size_t inplace_slot[MPY_BINOP_INPLACE] = {
    offsetof(MpyNumberMethods, nb_inplace_add), offsetof(MpyNumberMethods, nb_inplace_and),
    offsetof(MpyNumberMethods, nb_inplace_floor_divide),
    offsetof(MpyNumberMethods, nb_inplace_lshift),
    offsetof(MpyNumberMethods, nb_inplace_matrix_multiply),
    offsetof(MpyNumberMethods, nb_inplace_multiply),
    offsetof(MpyNumberMethods, nb_inplace_remainder), offsetof(MpyNumberMethods, nb_inplace_or),
    offsetof(MpyNumberMethods, nb_inplace_power), offsetof(MpyNumberMethods, nb_inplace_rshift),
    offsetof(MpyNumberMethods, nb_inplace_subtract),
    offsetof(MpyNumberMethods, nb_inplace_true_divide), offsetof(MpyNumberMethods, nb_inplace_xor),
};

static void *number_slot(MpyTypeObject *t, size_t offset)
{
    return *(void **)((char *)&t->tp_as_number + offset);
}

/* pow's slot takes a third argument; every other binary slot takes two. */
static MpyObject *call_binary_slot(void *slot, int op, MpyObject *v, MpyObject *w)
{
    if (op == MPY_BINOP_POWER)
        return ((mpy_ternaryfunc)slot)(v, w, MPY_NONE);
    return ((mpy_binaryfunc)slot)(v, w);
}

/* CPython's binary_op1: v's slot, then w's, with w first when its type is a
 * subclass of v's that has its own slot. NotImplemented when both decline. */
static MpyObject *binary_op1(MpyObject *v, MpyObject *w, int op)
{
    size_t offset = binop_slot[op];
    void *slotv = number_slot(MPY_TYPE(v), offset);
    void *slotw = NULL;
    if (MPY_TYPE(w) != MPY_TYPE(v)) {
        slotw = number_slot(MPY_TYPE(w), offset);
        if (slotw == slotv)
            slotw = NULL;
    }
    MpyObject *x;
    if (slotv) {
        if (slotw && mpy_type_is_subtype(MPY_TYPE(w), MPY_TYPE(v))) {
            x = call_binary_slot(slotw, op, v, w);
            if (x != MPY_NOTIMPLEMENTED)
                return x;
            MPY_DECREF(x);
            slotw = NULL;
        }
        x = call_binary_slot(slotv, op, v, w);
        if (x != MPY_NOTIMPLEMENTED)
            return x;
        MPY_DECREF(x);
    }
    if (slotw) {
        x = call_binary_slot(slotw, op, v, w);
        if (x != MPY_NOTIMPLEMENTED)
            return x;
        MPY_DECREF(x);
    }
    return MPY_NEWREF(MPY_NOTIMPLEMENTED);
}

static MpyObject *binop_type_error(MpyObject *v, MpyObject *w, const char *symbol)
{
    return mpy_err_format(MpyExc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                          symbol, mpy_type_short_name(MPY_TYPE(v)),
                          mpy_type_short_name(MPY_TYPE(w)));
}

/* Sequence fallbacks: + concatenates and * repeats when no number slot applies. */
static MpyObject *sequence_repeat(mpy_ssizeargfunc repeat, MpyObject *seq, MpyObject *n)
{
    if (!MPY_TYPE(n)->tp_as_number.nb_index)
        return mpy_err_format(MpyExc_TypeError, "can't multiply sequence by non-int of type '%s'",
                              mpy_type_short_name(MPY_TYPE(n)));
    ssize_t count = mpy_number_as_ssize(n, MpyExc_OverflowError);
    if (count == -1 && mpy_err_occurred())
        return NULL;
    return repeat(seq, count);
}

static MpyObject *sequence_fallback(MpyObject *v, MpyObject *w, int op, bool inplace)
{
    MpyTypeObject *tv = MPY_TYPE(v), *tw = MPY_TYPE(w);
    if (op == MPY_BINOP_ADD) {
        mpy_binaryfunc concat = inplace && tv->tp_as_sequence.sq_inplace_concat
                                    ? tv->tp_as_sequence.sq_inplace_concat
                                    : tv->tp_as_sequence.sq_concat;
        if (concat)
            return concat(v, w);
    } else if (op == MPY_BINOP_MULTIPLY) {
        mpy_ssizeargfunc repeat = inplace && tv->tp_as_sequence.sq_inplace_repeat
                                      ? tv->tp_as_sequence.sq_inplace_repeat
                                      : tv->tp_as_sequence.sq_repeat;
        if (repeat)
            return sequence_repeat(repeat, v, w);
        if (tw->tp_as_sequence.sq_repeat)
            return sequence_repeat(tw->tp_as_sequence.sq_repeat, w, v);
    }
    return NULL;
}

MpyObject *mpy_number_binop(int op, MpyObject *v, MpyObject *w)
{
    if (op >= MPY_BINOP_INPLACE)
        return mpy_number_inplace(op - MPY_BINOP_INPLACE, v, w);
    MpyObject *res = binary_op1(v, w, op);
    if (res != MPY_NOTIMPLEMENTED)
        return res;
    MPY_DECREF(res);
    res = sequence_fallback(v, w, op, false);
    if (res || mpy_err_occurred())
        return res;
    return binop_type_error(v, w, op == MPY_BINOP_POWER ? "** or pow()" : mpy_binop_symbols[op]);
}

MpyObject *mpy_number_inplace(int op, MpyObject *v, MpyObject *w)
{
    void *slot = number_slot(MPY_TYPE(v), inplace_slot[op]);
    if (slot) {
        MpyObject *x = op == MPY_BINOP_POWER ? ((mpy_ternaryfunc)slot)(v, w, MPY_NONE)
                                             : ((mpy_binaryfunc)slot)(v, w);
        if (x != MPY_NOTIMPLEMENTED)
            return x;
        MPY_DECREF(x);
    }
    MpyObject *res = binary_op1(v, w, op);
    if (res != MPY_NOTIMPLEMENTED)
        return res;
    MPY_DECREF(res);
    res = sequence_fallback(v, w, op, true);
    if (res || mpy_err_occurred())
        return res;
    return binop_type_error(v, w, mpy_binop_symbols[op + MPY_BINOP_INPLACE]);
}

#define BINOP_FUNCTION(fn, op) \
    MpyObject *fn(MpyObject *a, MpyObject *b) { return mpy_number_binop(op, a, b); }
BINOP_FUNCTION(mpy_number_add, MPY_BINOP_ADD)
BINOP_FUNCTION(mpy_number_subtract, MPY_BINOP_SUBTRACT)
BINOP_FUNCTION(mpy_number_multiply, MPY_BINOP_MULTIPLY)
BINOP_FUNCTION(mpy_number_matrix_multiply, MPY_BINOP_MATRIX_MULTIPLY)
BINOP_FUNCTION(mpy_number_true_divide, MPY_BINOP_TRUE_DIVIDE)
BINOP_FUNCTION(mpy_number_floor_divide, MPY_BINOP_FLOOR_DIVIDE)
BINOP_FUNCTION(mpy_number_remainder, MPY_BINOP_REMAINDER)
BINOP_FUNCTION(mpy_number_lshift, MPY_BINOP_LSHIFT)
BINOP_FUNCTION(mpy_number_rshift, MPY_BINOP_RSHIFT)
BINOP_FUNCTION(mpy_number_and, MPY_BINOP_AND)
BINOP_FUNCTION(mpy_number_or, MPY_BINOP_OR)
BINOP_FUNCTION(mpy_number_xor, MPY_BINOP_XOR)

MpyObject *mpy_number_divmod(MpyObject *a, MpyObject *b)
{
    mpy_binaryfunc slotv = MPY_TYPE(a)->tp_as_number.nb_divmod;
    mpy_binaryfunc slotw = MPY_TYPE(b) != MPY_TYPE(a) ? MPY_TYPE(b)->tp_as_number.nb_divmod : NULL;
    if (slotw == slotv)
        slotw = NULL;
    MpyObject *x;
    if (slotv) {
        if (slotw && mpy_type_is_subtype(MPY_TYPE(b), MPY_TYPE(a))) {
            x = slotw(a, b);
            if (x != MPY_NOTIMPLEMENTED)
                return x;
            MPY_DECREF(x);
            slotw = NULL;
        }
        x = slotv(a, b);
        if (x != MPY_NOTIMPLEMENTED)
            return x;
        MPY_DECREF(x);
    }
    if (slotw) {
        x = slotw(a, b);
        if (x != MPY_NOTIMPLEMENTED)
            return x;
        MPY_DECREF(x);
    }
    return binop_type_error(a, b, "divmod()");
}

/* pow(a, b, mod): the three-argument form tries only the slots, never
 * reflected methods of the modulus (CPython's ternary_op). */
MpyObject *mpy_number_power(MpyObject *a, MpyObject *b, MpyObject *mod)
{
    if (!mod || mod == MPY_NONE)
        return mpy_number_binop(MPY_BINOP_POWER, a, b);
    mpy_ternaryfunc slotv = MPY_TYPE(a)->tp_as_number.nb_power;
    mpy_ternaryfunc slotw = MPY_TYPE(b) != MPY_TYPE(a) ? MPY_TYPE(b)->tp_as_number.nb_power : NULL;
    if (slotw == slotv)
        slotw = NULL;
    MpyObject *x;
    if (slotv) {
        x = slotv(a, b, mod);
        if (x != MPY_NOTIMPLEMENTED)
            return x;
        MPY_DECREF(x);
    }
    if (slotw) {
        x = slotw(a, b, mod);
        if (x != MPY_NOTIMPLEMENTED)
            return x;
        MPY_DECREF(x);
    }
    mpy_ternaryfunc slotz = MPY_TYPE(mod)->tp_as_number.nb_power;
    if (slotz && slotz != slotv && slotz != slotw) {
        x = slotz(a, b, mod);
        if (x != MPY_NOTIMPLEMENTED)
            return x;
        MPY_DECREF(x);
    }
    return mpy_err_format(MpyExc_TypeError,
                          "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                          mpy_type_short_name(MPY_TYPE(a)), mpy_type_short_name(MPY_TYPE(b)),
                          mpy_type_short_name(MPY_TYPE(mod)));
}

#define UNARY_FUNCTION(fn, slot, symbol)                                                 \
    MpyObject *fn(MpyObject *o)                                                          \
    {                                                                                    \
        mpy_unaryfunc f = MPY_TYPE(o)->tp_as_number.slot;                                \
        if (f)                                                                           \
            return f(o);                                                                 \
        return mpy_err_format(MpyExc_TypeError, "bad operand type for " symbol ": '%s'", \
                              mpy_type_short_name(MPY_TYPE(o)));                         \
    }
UNARY_FUNCTION(mpy_number_negative, nb_negative, "unary -")
UNARY_FUNCTION(mpy_number_positive, nb_positive, "unary +")
UNARY_FUNCTION(mpy_number_invert, nb_invert, "unary ~")
UNARY_FUNCTION(mpy_number_absolute, nb_absolute, "abs()")

MpyObject *mpy_number_index(MpyObject *o)
{
    if (MPY_INT_CHECK_EXACT(o))
        return MPY_NEWREF(o);
    mpy_unaryfunc f = MPY_TYPE(o)->tp_as_number.nb_index;
    if (!f)
        return mpy_err_format(MpyExc_TypeError,
                              "'%s' object cannot be interpreted as an integer",
                              mpy_type_short_name(MPY_TYPE(o)));
    MpyObject *res = f(o);
    if (!res || MPY_INT_CHECK_EXACT(res))
        return res;
    if (!MPY_INT_CHECK(res)) {
        mpy_err_format(MpyExc_TypeError, "__index__ returned non-int (type %s)",
                       mpy_type_short_name(MPY_TYPE(res)));
        MPY_DECREF(res);
        return NULL;
    }
    /* An int subclass is accepted with a DeprecationWarning and made a
     * plain int, as CPython 3.11. */
    char msg[512];
    snprintf(msg, sizeof msg,
             "__index__ returned non-int (type %s).  The ability to return an instance of a "
             "strict subclass of int is deprecated, and may be removed in a future version of "
             "Python.",
             mpy_type_short_name(MPY_TYPE(res)));
    if (mpy_warn(MpyExc_DeprecationWarning, msg, 1) < 0) {
        MPY_DECREF(res);
        return NULL;
    }
    mpz_t value;
    mpz_init(value);
    mpy_int_get_mpz(res, value);
    MPY_DECREF(res);
    res = mpy_int_from_mpz(value);
    mpz_clear(value);
    return res;
}

MpyObject *mpy_number_long(MpyObject *o) { return mpy_call_one(MPY_CAST(&MpyLong_Type), o); }
MpyObject *mpy_number_float(MpyObject *o) { return mpy_call_one(MPY_CAST(&MpyFloat_Type), o); }

ssize_t mpy_number_as_ssize(MpyObject *o, MpyTypeObject *overflow_exc)
{
    MpyObject *index = mpy_number_index(o);
    if (!index)
        return -1;
    int64_t value;
    int overflow = mpy_int_to_i64(index, &value);
    int sign = mpy_int_sign(index);
    MPY_DECREF(index);
    if (!overflow)
        return (ssize_t)value;
    if (!overflow_exc)
        return sign < 0 ? INT64_MIN : INT64_MAX;
    mpy_err_format(overflow_exc, "cannot fit '%s' into an index-sized integer",
                   mpy_type_short_name(MPY_TYPE(o)));
    return -1;
}

/* ============================================================== items */

ssize_t mpy_object_length(MpyObject *o)
{
    MpyTypeObject *t = MPY_TYPE(o);
    if (t->tp_as_sequence.sq_length)
        return t->tp_as_sequence.sq_length(o);
    if (t->tp_as_mapping.mp_length)
        return t->tp_as_mapping.mp_length(o);
    mpy_err_format(MpyExc_TypeError, "object of type '%s' has no len()", mpy_type_short_name(t));
    return -1;
}

/* A sequence index from an index-like key, made non-negative with len(). */
static int sequence_index(MpyObject *o, MpyObject *key, ssize_t *out)
{
    ssize_t i = mpy_number_as_ssize(key, MpyExc_IndexError);
    if (i == -1 && mpy_err_occurred())
        return -1;
    if (i < 0 && MPY_TYPE(o)->tp_as_sequence.sq_length) {
        ssize_t n = MPY_TYPE(o)->tp_as_sequence.sq_length(o);
        if (n < 0)
            return -1;
        i += n;
    }
    *out = i;
    return 0;
}

MpyObject *mpy_object_getitem(MpyObject *o, MpyObject *key)
{
    MpyTypeObject *t = MPY_TYPE(o);
    if (t->tp_as_mapping.mp_subscript)
        return t->tp_as_mapping.mp_subscript(o, key);
    if (t->tp_as_sequence.sq_item) {
        if (!MPY_TYPE(key)->tp_as_number.nb_index)
            return mpy_err_format(MpyExc_TypeError, "sequence index must be integer, not '%s'",
                                  mpy_type_short_name(MPY_TYPE(key)));
        ssize_t i;
        if (sequence_index(o, key, &i) < 0)
            return NULL;
        return t->tp_as_sequence.sq_item(o, i);
    }
    if (MPY_TYPE_HAS_FEATURE(t, MPY_TPFLAGS_TYPE_SUBCLASS)) {
        /* list[int] and friends: __class_getitem__ */
        MpyObject *meth;
        int found = mpy_object_lookup_attr(o, MPY_ID(__class_getitem__), &meth);
        if (found < 0)
            return NULL;
        if (found) {
            MpyObject *res = mpy_call_one(meth, key);
            MPY_DECREF(meth);
            return res;
        }
        return mpy_err_format(MpyExc_TypeError, "type '%s' is not subscriptable",
                              mpy_type_short_name((MpyTypeObject *)o));
    }
    return mpy_err_format(MpyExc_TypeError, "'%s' object is not subscriptable",
                          mpy_type_short_name(t));
}

static int store_item(MpyObject *o, MpyObject *key, MpyObject *value)
{
    MpyTypeObject *t = MPY_TYPE(o);
    if (t->tp_as_mapping.mp_ass_subscript)
        return t->tp_as_mapping.mp_ass_subscript(o, key, value);
    if (t->tp_as_sequence.sq_ass_item) {
        if (!MPY_TYPE(key)->tp_as_number.nb_index) {
            mpy_err_format(MpyExc_TypeError, "sequence index must be integer, not '%s'",
                           mpy_type_short_name(MPY_TYPE(key)));
            return -1;
        }
        ssize_t i;
        if (sequence_index(o, key, &i) < 0)
            return -1;
        return t->tp_as_sequence.sq_ass_item(o, i, value);
    }
    mpy_err_format(MpyExc_TypeError,
                   value ? "'%s' object does not support item assignment"
                         : "'%s' object doesn't support item deletion",
                   mpy_type_short_name(t));
    return -1;
}

int mpy_object_setitem(MpyObject *o, MpyObject *key, MpyObject *value)
{
    return store_item(o, key, value);
}

int mpy_object_delitem(MpyObject *o, MpyObject *key) { return store_item(o, key, NULL); }

/* ========================================================== iteration */

MpyObject *mpy_object_getiter(MpyObject *o)
{
    MpyTypeObject *t = MPY_TYPE(o);
    mpy_getiterfunc f = t->tp_iter;
    if (!f) {
        if (t->tp_as_sequence.sq_item)
            return mpy_seqiter_new(o);
        return mpy_err_format(MpyExc_TypeError, "'%s' object is not iterable",
                              mpy_type_short_name(t));
    }
    MpyObject *it = f(o);
    if (it && !MPY_TYPE(it)->tp_iternext) {
        mpy_err_format(MpyExc_TypeError, "iter() returned non-iterator of type '%s'",
                       mpy_type_short_name(MPY_TYPE(it)));
        MPY_DECREF(it);
        return NULL;
    }
    return it;
}

MpyObject *mpy_iter_next(MpyObject *iter)
{
    MpyObject *item = MPY_TYPE(iter)->tp_iternext(iter);
    if (!item && mpy_err_exception_matches(MpyExc_StopIteration))
        mpy_err_clear();
    return item;
}

int mpy_sequence_contains_by_iteration(MpyObject *seq, MpyObject *item)
{
    MpyObject *it = mpy_object_getiter(seq);
    if (!it)
        return -1;
    int found = 0;
    MpyObject *x;
    while ((x = mpy_iter_next(it))) {
        found = mpy_object_richcompare_bool(x, item, MPY_EQ);
        MPY_DECREF(x);
        if (found)
            break;
    }
    MPY_DECREF(it);
    if (found == 0 && mpy_err_occurred())
        return -1;
    return found;
}

int mpy_sequence_contains(MpyObject *seq, MpyObject *item)
{
    mpy_objobjproc f = MPY_TYPE(seq)->tp_as_sequence.sq_contains;
    if (f)
        return f(seq, item);
    if (!MPY_TYPE(seq)->tp_iter && !MPY_TYPE(seq)->tp_as_sequence.sq_item) {
        mpy_err_format(MpyExc_TypeError, "argument of type '%s' is not iterable",
                       mpy_type_short_name(MPY_TYPE(seq)));
        return -1;
    }
    return mpy_sequence_contains_by_iteration(seq, item);
}

/* ============================================================= format */

MpyObject *mpy_object_format(MpyObject *o, MpyObject *spec)
{
    bool empty = !spec || MPY_STR_LEN(spec) == 0;
    if (empty && (MPY_STR_CHECK_EXACT(o) || MPY_INT_CHECK_EXACT(o)))
        return mpy_object_str(o);
    MpyObject *meth = mpy_type_lookup(MPY_TYPE(o), MPY_ID(__format__));
    if (!meth)
        return mpy_err_format(MpyExc_TypeError, "Type %s doesn't define __format__",
                              mpy_type_short_name(MPY_TYPE(o)));
    MpyObject *empty_spec = NULL;
    if (!spec && !(spec = empty_spec = mpy_str_from_cstr("")))
        return NULL;
    MPY_INCREF(meth);
    MpyObject *res = mpy_call_prepend(meth, o, &spec, 1, NULL);
    MPY_DECREF(meth);
    MPY_XDECREF(empty_spec);
    if (res && !MPY_STR_CHECK(res)) {
        mpy_err_format(MpyExc_TypeError, "__format__ must return a str, not %s",
                       mpy_type_short_name(MPY_TYPE(res)));
        MPY_DECREF(res);
        return NULL;
    }
    return res;
}

/* ================================================ isinstance, issubclass */

static MpyObject *abstract_get_bases(MpyObject *cls)
{
    MpyObject *bases;
    if (mpy_object_lookup_attr(cls, MPY_ID(__bases__), &bases) <= 0)
        return NULL;
    if (!MPY_TUPLE_CHECK(bases)) {
        MPY_DECREF(bases);
        return NULL;
    }
    return bases;
}

static bool is_class(MpyObject *o)
{
    return MPY_TYPE_HAS_FEATURE(MPY_TYPE(o), MPY_TPFLAGS_TYPE_SUBCLASS);
}

static int abstract_issubclass(MpyObject *derived, MpyObject *cls)
{
    while (1) {
        if (derived == cls)
            return 1;
        MpyObject *bases = abstract_get_bases(derived);
        if (!bases)
            return mpy_err_occurred() ? -1 : 0;
        ssize_t n = MPY_SIZE(bases);
        int r = 0;
        if (n == 1) {
            derived = MPY_TUPLE_GET(bases, 0);
            MPY_DECREF(bases);
            continue;
        }
        for (ssize_t i = 0; i < n && r == 0; i++)
            r = abstract_issubclass(MPY_TUPLE_GET(bases, i), cls);
        MPY_DECREF(bases);
        return r;
    }
}

int mpy_object_recursive_isinstance(MpyObject *inst, MpyObject *cls)
{
    if (is_class(cls)) {
        if (mpy_type_is_subtype(MPY_TYPE(inst), (MpyTypeObject *)cls))
            return 1;
        MpyObject *icls;
        int found = mpy_object_lookup_attr(inst, MPY_ID(__class__), &icls);
        if (found < 0)
            return -1;
        int r = 0;
        if (found && icls != MPY_CAST(MPY_TYPE(inst)) && is_class(icls))
            r = mpy_type_is_subtype((MpyTypeObject *)icls, (MpyTypeObject *)cls);
        MPY_XDECREF(icls);
        return r;
    }
    MpyObject *bases = abstract_get_bases(cls);
    if (!bases) {
        if (!mpy_err_occurred())
            mpy_err_set_string(MpyExc_TypeError,
                               "isinstance() arg 2 must be a type, a tuple of types, or a union");
        return -1;
    }
    MPY_DECREF(bases);
    MpyObject *icls;
    int found = mpy_object_lookup_attr(inst, MPY_ID(__class__), &icls);
    if (found <= 0)
        return found;
    int r = abstract_issubclass(icls, cls);
    MPY_DECREF(icls);
    return r;
}

int mpy_object_recursive_issubclass(MpyObject *derived, MpyObject *cls)
{
    if (is_class(cls) && is_class(derived))
        return mpy_type_is_subtype((MpyTypeObject *)derived, (MpyTypeObject *)cls);
    MpyObject *bases = is_class(derived) ? NULL : abstract_get_bases(derived);
    if (!is_class(derived)) {
        if (!bases) {
            if (!mpy_err_occurred())
                mpy_err_set_string(MpyExc_TypeError, "issubclass() arg 1 must be a class");
            return -1;
        }
        MPY_DECREF(bases);
    }
    if (!is_class(cls)) {
        bases = abstract_get_bases(cls);
        if (!bases) {
            if (!mpy_err_occurred())
                mpy_err_set_string(
                    MpyExc_TypeError,
                    "issubclass() arg 2 must be a class, a tuple of classes, or a union");
            return -1;
        }
        MPY_DECREF(bases);
    }
    return abstract_issubclass(derived, cls);
}

/* Both check a tuple of classes item by item, and honour a metaclass's
 * __instancecheck__/__subclasscheck__ unless cls is exactly a `type`. */
static int check_with_hook(MpyObject *obj, MpyObject *cls, MpyObject *hook_name,
                           int (*fallback)(MpyObject *, MpyObject *), const char *where)
{
    if (MPY_TYPE(cls) == &MpyType_Type)
        return fallback(obj, cls);
    if (MPY_TUPLE_CHECK(cls)) {
        if (mpy_enter_recursive_call(where))
            return -1;
        int r = 0;
        for (ssize_t i = 0; i < MPY_SIZE(cls) && r == 0; i++)
            r = check_with_hook(obj, MPY_TUPLE_GET(cls, i), hook_name, fallback, where);
        mpy_leave_recursive_call();
        return r;
    }
    MpyObject *hook = mpy_type_lookup(MPY_TYPE(cls), hook_name);
    if (!hook)
        return mpy_err_occurred() ? -1 : fallback(obj, cls);
    if (mpy_enter_recursive_call(where))
        return -1;
    MPY_INCREF(hook);
    MpyObject *res = mpy_call_prepend(hook, cls, &obj, 1, NULL);
    MPY_DECREF(hook);
    mpy_leave_recursive_call();
    if (!res)
        return -1;
    int truth = mpy_object_is_true(res);
    MPY_DECREF(res);
    return truth;
}

int mpy_object_isinstance(MpyObject *inst, MpyObject *cls)
{
    if (MPY_CAST(MPY_TYPE(inst)) == cls)
        return 1;
    return check_with_hook(inst, cls, MPY_ID(__instancecheck__), mpy_object_recursive_isinstance,
                           " in __instancecheck__");
}

int mpy_object_issubclass(MpyObject *derived, MpyObject *cls)
{
    return check_with_hook(derived, cls, MPY_ID(__subclasscheck__),
                           mpy_object_recursive_issubclass, " in __subclasscheck__");
}

/* ================================================================ dir */

static int merge_dict_keys(MpyObject *names, MpyObject *dict)
{
    ssize_t pos = 0;
    MpyObject *key, *value;
    while (mpy_dict_next(dict, &pos, &key, &value))
        if (mpy_dict_set_item(names, key, MPY_NONE) < 0)
            return -1;
    return 0;
}

static int merge_class_names(MpyObject *names, MpyTypeObject *type)
{
    MpyObject *mro = type->tp_mro;
    for (ssize_t i = 0; mro && i < MPY_SIZE(mro); i++) {
        MpyObject *dict = mpy_type_dict((MpyTypeObject *)MPY_TUPLE_GET(mro, i));
        if (!dict || merge_dict_keys(names, dict) < 0)
            return -1;
    }
    return 0;
}

MpyObject *mpy_object_default_dir(MpyObject *o)
{
    MpyObject *names = mpy_dict_new();
    if (!names)
        return NULL;
    int res = 0;
    if (is_class(o)) {
        res = merge_class_names(names, (MpyTypeObject *)o);
    } else {
        MpyObject **dictptr = mpy_object_dict_ptr(o);
        if (dictptr && *dictptr && MPY_DICT_CHECK(*dictptr))
            res = merge_dict_keys(names, *dictptr);
        if (res == 0)
            res = merge_class_names(names, MPY_TYPE(o));
    }
    MpyObject *list = res == 0 ? mpy_dict_keys(names) : NULL;
    MPY_DECREF(names);
    if (list && mpy_list_sort(list, NULL, false) < 0)
        MPY_CLEAR(list);
    return list;
}

MpyObject *mpy_object_dir(MpyObject *o)
{
    MpyObject *meth = mpy_type_lookup(MPY_TYPE(o), MPY_ID(__dir__));
    if (!meth)
        return mpy_object_default_dir(o);
    MPY_INCREF(meth);
    MpyObject *res = mpy_call_prepend(meth, o, NULL, 0, NULL);
    MPY_DECREF(meth);
    if (!res)
        return NULL;
    MpyObject *list = mpy_list_from_iterable(res);
    MPY_DECREF(res);
    if (list && mpy_list_sort(list, NULL, false) < 0)
        MPY_CLEAR(list);
    return list;
}
