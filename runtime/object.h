/* The object header, the type object and the reference-count rules.
 *
 * Every value in minipy is a pointer to a heap object that starts with an
 * MpyObject: a reference count and a pointer to its type. Objects whose size
 * varies (tuple, int, str...) add ob_size (MpyVarObject). Containers (objects
 * that can refer to other objects) also carry a gc header *before* the
 * object (see gc.h), exactly as CPython 3.11 lays them out, so that
 * sys.getsizeof reports what CPython reports.
 *
 * Ownership follows CPython: a function returns a new reference, or NULL with
 * an exception set (errors.h); arguments are borrowed. A function that
 * differs says so ("steals", "borrowed") in its comment.
 *
 * Field names copy CPython's (ob_refcnt, tp_dealloc, tp_traverse...) so that
 * a reader of CPython's source maps straight onto minipy. */
#ifndef MPY_OBJECT_H
#define MPY_OBJECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

typedef struct MpyObject MpyObject;
typedef struct MpyTypeObject MpyTypeObject;
typedef struct MpyBufferProcs MpyBufferProcs; /* the buffer protocol: buffer.h */
typedef intptr_t mpy_hash_t; /* -1 means "error" as in CPython */

struct MpyObject {
    ssize_t ob_refcnt;
    MpyTypeObject *ob_type;
};

typedef struct {
    MpyObject ob_base;
    ssize_t ob_size; /* number of items of a variable-size object */
} MpyVarObject;

#define MPY_OBJECT_HEAD MpyObject ob_base
#define MPY_OBJECT_VAR_HEAD MpyVarObject ob_base
#define MPY_CAST(op) ((MpyObject *)(op))
#define MPY_TYPE(op) (MPY_CAST(op)->ob_type)
#define MPY_REFCNT(op) (MPY_CAST(op)->ob_refcnt)
#define MPY_SIZE(op) (((MpyVarObject *)(op))->ob_size)

/* Static objects (the small ints, '' and the 1-character Latin-1 strings,
 * (), b'') start with this count, as CPython 3.11 does, so getrefcount(0)
 * prints about 10**9. */
#define MPY_IMMORTAL_REFCNT 999999999

/* ------------------------------------------------------------ refcounting */

void mpy_dealloc(MpyObject *op); /* calls tp_dealloc; never call directly */

static inline void mpy_incref(MpyObject *op) { op->ob_refcnt++; }
static inline void mpy_xincref(MpyObject *op) { if (op) op->ob_refcnt++; }
static inline void mpy_decref(MpyObject *op)
{
    if (--op->ob_refcnt == 0)
        mpy_dealloc(op);
}
static inline void mpy_xdecref(MpyObject *op) { if (op) mpy_decref(op); }

#define MPY_INCREF(op) mpy_incref(MPY_CAST(op))
#define MPY_XINCREF(op) mpy_xincref(MPY_CAST(op))
#define MPY_DECREF(op) mpy_decref(MPY_CAST(op))
#define MPY_XDECREF(op) mpy_xdecref(MPY_CAST(op))
/* Sets the variable to NULL before the decref, so that a __del__ run by the
 * decref never sees a dangling pointer (CPython's Py_CLEAR). */
#define MPY_CLEAR(var)                                  \
    do {                                                \
        MpyObject *clear_tmp_ = MPY_CAST(var);          \
        if (clear_tmp_) {                               \
            (var) = NULL;                               \
            mpy_decref(clear_tmp_);                     \
        }                                               \
    } while (0)
/* Stores a new (already owned) value and releases the old one afterwards. */
#define MPY_SETREF(var, value)                          \
    do {                                                \
        MpyObject *setref_old_ = MPY_CAST(var);         \
        (var) = (value);                                \
        mpy_xdecref(setref_old_);                       \
    } while (0)

static inline MpyObject *mpy_newref(MpyObject *op) { op->ob_refcnt++; return op; }
static inline MpyObject *mpy_xnewref(MpyObject *op) { if (op) op->ob_refcnt++; return op; }
#define MPY_NEWREF(op) mpy_newref(MPY_CAST(op))
#define MPY_XNEWREF(op) mpy_xnewref(MPY_CAST(op))

/* ------------------------------------------------------- slot signatures */

typedef MpyObject *(*mpy_unaryfunc)(MpyObject *);
typedef MpyObject *(*mpy_binaryfunc)(MpyObject *, MpyObject *);
typedef MpyObject *(*mpy_ternaryfunc)(MpyObject *, MpyObject *, MpyObject *);
typedef int (*mpy_inquiry)(MpyObject *);
typedef ssize_t (*mpy_lenfunc)(MpyObject *);
typedef MpyObject *(*mpy_ssizeargfunc)(MpyObject *, ssize_t);
typedef int (*mpy_objobjproc)(MpyObject *, MpyObject *);
typedef int (*mpy_objobjargproc)(MpyObject *, MpyObject *, MpyObject *);
typedef void (*mpy_destructor)(MpyObject *);
typedef void (*mpy_freefunc)(void *);
typedef int (*mpy_visitproc)(MpyObject *, void *);
typedef int (*mpy_traverseproc)(MpyObject *, mpy_visitproc, void *);
typedef MpyObject *(*mpy_reprfunc)(MpyObject *);
typedef mpy_hash_t (*mpy_hashfunc)(MpyObject *);
typedef MpyObject *(*mpy_richcmpfunc)(MpyObject *, MpyObject *, int op);
typedef MpyObject *(*mpy_getattrofunc)(MpyObject *, MpyObject *name);
/* value NULL means delete */
typedef int (*mpy_setattrofunc)(MpyObject *, MpyObject *name, MpyObject *value);
typedef MpyObject *(*mpy_getiterfunc)(MpyObject *);
/* Returns the next item, or NULL: with an exception set on error, without
 * one (no StopIteration object is made) when the iterator is exhausted. */
typedef MpyObject *(*mpy_iternextfunc)(MpyObject *);
typedef MpyObject *(*mpy_descrgetfunc)(MpyObject *descr, MpyObject *obj, MpyObject *type);
typedef int (*mpy_descrsetfunc)(MpyObject *descr, MpyObject *obj, MpyObject *value);

/* The one calling convention (CPython's vectorcall): positional arguments
 * args[0..nargs), then the values of the keyword arguments whose names are
 * in the tuple kwnames (NULL when there are none). All borrowed. */
typedef MpyObject *(*mpy_vectorcallfunc)(MpyObject *callable, MpyObject *const *args,
                                         size_t nargs, MpyObject *kwnames);
/* tp_new and tp_init take the same shape of arguments. */
typedef MpyObject *(*mpy_newfunc)(MpyTypeObject *type, MpyObject *const *args,
                                  size_t nargs, MpyObject *kwnames);
typedef int (*mpy_initproc)(MpyObject *self, MpyObject *const *args,
                            size_t nargs, MpyObject *kwnames);

/* Rich comparison operators, numbered as in CPython. */
enum { MPY_LT = 0, MPY_LE = 1, MPY_EQ = 2, MPY_NE = 3, MPY_GT = 4, MPY_GE = 5 };

typedef struct {
    mpy_binaryfunc nb_add, nb_subtract, nb_multiply, nb_remainder, nb_divmod;
    mpy_ternaryfunc nb_power;
    mpy_unaryfunc nb_negative, nb_positive, nb_absolute;
    mpy_inquiry nb_bool;
    mpy_unaryfunc nb_invert;
    mpy_binaryfunc nb_lshift, nb_rshift, nb_and, nb_xor, nb_or;
    mpy_unaryfunc nb_int, nb_float;
    mpy_binaryfunc nb_inplace_add, nb_inplace_subtract, nb_inplace_multiply,
        nb_inplace_remainder;
    mpy_ternaryfunc nb_inplace_power;
    mpy_binaryfunc nb_inplace_lshift, nb_inplace_rshift, nb_inplace_and,
        nb_inplace_xor, nb_inplace_or;
    mpy_binaryfunc nb_floor_divide, nb_true_divide, nb_inplace_floor_divide,
        nb_inplace_true_divide;
    mpy_unaryfunc nb_index;
    mpy_binaryfunc nb_matrix_multiply, nb_inplace_matrix_multiply;
} MpyNumberMethods;

typedef struct {
    mpy_lenfunc sq_length;
    mpy_binaryfunc sq_concat;
    mpy_ssizeargfunc sq_repeat;
    mpy_ssizeargfunc sq_item;
    int (*sq_ass_item)(MpyObject *, ssize_t, MpyObject *);
    mpy_objobjproc sq_contains; /* 1, 0, or -1 on error */
    mpy_binaryfunc sq_inplace_concat;
    mpy_ssizeargfunc sq_inplace_repeat;
} MpySequenceMethods;

typedef struct {
    mpy_lenfunc mp_length;
    mpy_binaryfunc mp_subscript;
    mpy_objobjargproc mp_ass_subscript; /* value NULL means delete */
} MpyMappingMethods;

/* --------------------------------------------------- methods, members */

/* Builtin function and method bodies. The flags choose the signature:
 *   MPY_METH_NOARGS   MpyObject *f(MpyObject *self, MpyObject *unused)
 *   MPY_METH_O        MpyObject *f(MpyObject *self, MpyObject *arg)
 *   MPY_METH_FASTCALL MpyObject *f(MpyObject *self, MpyObject *const *args, size_t nargs)
 *   MPY_METH_FASTCALL|MPY_METH_KEYWORDS
 *                     MpyObject *f(MpyObject *self, MpyObject *const *args, size_t nargs,
 *                                  MpyObject *kwnames)
 * The caller checks NOARGS/O arity (with CPython's messages); FASTCALL bodies
 * check their own (see args.h). MPY_METH_CLASS / MPY_METH_STATIC make
 * classmethods / staticmethods of a type. */
typedef MpyObject *(*MpyCFunction)(MpyObject *self, MpyObject *arg);
typedef MpyObject *(*MpyCFunctionFast)(MpyObject *self, MpyObject *const *args, size_t nargs);
typedef MpyObject *(*MpyCFunctionFastKw)(MpyObject *self, MpyObject *const *args,
                                         size_t nargs, MpyObject *kwnames);
enum {
    MPY_METH_NOARGS = 0x1,
    MPY_METH_O = 0x2,
    MPY_METH_FASTCALL = 0x4,
    MPY_METH_KEYWORDS = 0x8,
    MPY_METH_CLASS = 0x10,
    MPY_METH_STATIC = 0x20,
};
typedef struct {
    const char *ml_name;
    void *ml_meth; /* one of the function types above, per ml_flags */
    int ml_flags;
    const char *ml_doc;
} MpyMethodDef;
#define MPY_METH(fn) ((void *)(fn))

typedef MpyObject *(*mpy_getter)(MpyObject *self, void *closure);
typedef int (*mpy_setter)(MpyObject *self, MpyObject *value, void *closure); /* NULL: delete */
typedef struct {
    const char *name;
    mpy_getter get;
    mpy_setter set; /* NULL: read-only ("attribute '…' of '…' objects is not writable") */
    const char *doc;
    void *closure;
} MpyGetSetDef;

/* A C field exposed as an attribute. */
enum { MPY_T_OBJECT, MPY_T_OBJECT_EX, MPY_T_SSIZE, MPY_T_INT, MPY_T_DOUBLE, MPY_T_BOOL };
enum { MPY_READONLY = 1 };
typedef struct {
    const char *name;
    int type;
    ssize_t offset;
    int flags;
    const char *doc;
} MpyMemberDef;

/* --------------------------------------------------------- the type */

enum {
    MPY_TPFLAGS_HEAPTYPE = 1 << 0,       /* made by class statement / type() */
    MPY_TPFLAGS_BASETYPE = 1 << 1,       /* may be subclassed */
    MPY_TPFLAGS_HAVE_GC = 1 << 2,        /* instances carry a gc header */
    MPY_TPFLAGS_READY = 1 << 3,
    MPY_TPFLAGS_READYING = 1 << 4,
    MPY_TPFLAGS_MANAGED_DICT = 1 << 5,   /* instance attributes live before the gc header */
    MPY_TPFLAGS_IMMUTABLETYPE = 1 << 6,  /* attributes of the type cannot be set */
    MPY_TPFLAGS_VALID_VERSION_TAG = 1 << 7,
    MPY_TPFLAGS_IS_ABSTRACT = 1 << 8,
    MPY_TPFLAGS_DISALLOW_INSTANTIATION = 1 << 9,
    MPY_TPFLAGS_METHOD_DESCRIPTOR = 1 << 10, /* LOAD_METHOD may skip binding */
    MPY_TPFLAGS_LAZY_DICT = 1 << 11,     /* a static type's dict is filled on first use (type.h) */
    /* A static type set tp_new / tp_init itself (before inheriting): its
     * dict gets __new__ / __init__ even when the function is its base's, as
     * CPython's add_operators does (Exception.__dict__ has both). */
    MPY_TPFLAGS_DEFINES_NEW = 1 << 12,
    MPY_TPFLAGS_DEFINES_INIT = 1 << 13,
    /* fast subclass checks, as CPython's Py_TPFLAGS_*_SUBCLASS */
    MPY_TPFLAGS_LONG_SUBCLASS = 1 << 24,
    MPY_TPFLAGS_LIST_SUBCLASS = 1 << 25,
    MPY_TPFLAGS_TUPLE_SUBCLASS = 1 << 26,
    MPY_TPFLAGS_BYTES_SUBCLASS = 1 << 27,
    MPY_TPFLAGS_UNICODE_SUBCLASS = 1 << 28,
    MPY_TPFLAGS_DICT_SUBCLASS = 1 << 29,
    MPY_TPFLAGS_BASE_EXC_SUBCLASS = 1 << 30,
    MPY_TPFLAGS_TYPE_SUBCLASS = 1u << 31,
};

struct MpyTypeObject {
    MPY_OBJECT_VAR_HEAD;
    const char *tp_name; /* "list", "module.Name" for types of a C module */
    ssize_t tp_basicsize, tp_itemsize;
    mpy_destructor tp_dealloc;
    mpy_reprfunc tp_repr;
    MpyNumberMethods tp_as_number;
    MpySequenceMethods tp_as_sequence;
    MpyMappingMethods tp_as_mapping;
    mpy_hashfunc tp_hash;
    mpy_vectorcallfunc tp_call;  /* calling an instance of this type */
    mpy_reprfunc tp_str;
    mpy_getattrofunc tp_getattro;
    mpy_setattrofunc tp_setattro;
    unsigned long tp_flags;
    const char *tp_doc;
    mpy_traverseproc tp_traverse;
    mpy_inquiry tp_clear;
    mpy_richcmpfunc tp_richcompare;
    ssize_t tp_weaklistoffset;   /* 0: not weak-referenceable */
    mpy_getiterfunc tp_iter;
    mpy_iternextfunc tp_iternext;
    MpyMethodDef *tp_methods;    /* NULL-terminated */
    MpyMemberDef *tp_members;
    MpyGetSetDef *tp_getset;
    MpyTypeObject *tp_base;
    MpyObject *tp_dict;          /* the type's namespace (a dict) */
    mpy_descrgetfunc tp_descr_get;
    mpy_descrsetfunc tp_descr_set;
    ssize_t tp_dictoffset;       /* of an instance's __dict__ slot; 0: none */
    mpy_initproc tp_init;
    mpy_newfunc tp_new;
    mpy_freefunc tp_free;        /* releases the memory (mpy_object_free / mpy_gc_del) */
    MpyObject *tp_bases;         /* tuple */
    MpyObject *tp_mro;           /* tuple */
    MpyObject *tp_subclasses;    /* dict of weak references, or NULL */
    mpy_destructor tp_finalize;  /* __del__ (PEP 442), run at most once */
    unsigned int tp_version_tag; /* changes when the type's attributes change */
    /* Vectorcall used when this *type* is called, if non-NULL (a fast path
     * for int(), str(), list()... bypassing tp_new/tp_init). */
    mpy_vectorcallfunc tp_vectorcall;
    /* The buffer protocol (buffer.h): NULL for types that export no memory. */
    const MpyBufferProcs *tp_as_buffer;
};

#define MPY_TYPE_HAS_FEATURE(t, f) (((t)->tp_flags & (f)) != 0)
#define MPY_IS_TYPE(op, t) (MPY_TYPE(op) == (t))
#define MPY_OBJECT_IS_GC(op) MPY_TYPE_HAS_FEATURE(MPY_TYPE(op), MPY_TPFLAGS_HAVE_GC)

extern MpyTypeObject MpyType_Type;   /* type */
extern MpyTypeObject MpyBaseObject_Type; /* object */
extern MpyTypeObject MpyNone_Type, MpyNotImplemented_Type, MpyEllipsis_Type;

/* The singletons. */
extern MpyObject mpy_none_struct, mpy_notimplemented_struct, mpy_ellipsis_struct;
#define MPY_NONE (&mpy_none_struct)
#define MPY_NOTIMPLEMENTED (&mpy_notimplemented_struct)
#define MPY_ELLIPSIS (&mpy_ellipsis_struct)
#define MPY_RETURN_NONE return MPY_NEWREF(MPY_NONE)

/* ------------------------------------------- allocation of objects */

/* Memory for a non-container object of `type`, from the object allocator,
 * header initialised with refcount 1. basicsize + nitems * itemsize bytes. */
MpyObject *mpy_object_new(MpyTypeObject *type);
MpyVarObject *mpy_object_new_var(MpyTypeObject *type, ssize_t nitems);
/* Initialises the header of memory allocated by other means. */
MpyObject *mpy_object_init(MpyObject *op, MpyTypeObject *type);
void mpy_object_free(void *op); /* default tp_free for non-containers */

/* --------------------------------------------- the abstract object API */

MpyObject *mpy_object_repr(MpyObject *o);
MpyObject *mpy_object_str(MpyObject *o);
MpyObject *mpy_object_ascii(MpyObject *o);
mpy_hash_t mpy_object_hash(MpyObject *o);
mpy_hash_t mpy_object_hash_not_implemented(MpyObject *o); /* raises "unhashable type" */
MpyObject *mpy_object_richcompare(MpyObject *a, MpyObject *b, int op);
/* 1, 0, or -1 on error. Identity implies equality for ==, as CPython's
 * PyObject_RichCompareBool. */
int mpy_object_richcompare_bool(MpyObject *a, MpyObject *b, int op);
int mpy_object_is_true(MpyObject *o); /* 1, 0, -1 */
int mpy_object_not(MpyObject *o);
ssize_t mpy_object_length(MpyObject *o); /* -1 on error */
MpyObject *mpy_object_getattr(MpyObject *o, MpyObject *name);
MpyObject *mpy_object_getattr_str(MpyObject *o, const char *name);
/* Like getattr, but a missing attribute gives 0 and *result NULL with no
 * exception set; 1 when found; -1 on another error. */
int mpy_object_lookup_attr(MpyObject *o, MpyObject *name, MpyObject **result);
int mpy_object_setattr(MpyObject *o, MpyObject *name, MpyObject *value);
int mpy_object_setattr_str(MpyObject *o, const char *name, MpyObject *value);
int mpy_object_delattr(MpyObject *o, MpyObject *name);
int mpy_object_hasattr(MpyObject *o, MpyObject *name);
MpyObject *mpy_object_generic_getattr(MpyObject *o, MpyObject *name);
/* The same; with suppress a missing attribute is NULL with no exception. */
MpyObject *mpy_object_generic_getattr_impl(MpyObject *o, MpyObject *name, bool suppress);
/* The slot holding o's __dict__ (materializing a class instance's), or NULL. */
MpyObject **mpy_object_dict_ptr(MpyObject *o);
/* The default dir(o): sorted attribute names of o, its class and bases. */
MpyObject *mpy_object_default_dir(MpyObject *o);
/* CPython's hash of an address (object.__hash__, id-based hashes). */
mpy_hash_t mpy_hash_pointer(const void *p);
int mpy_object_generic_setattr(MpyObject *o, MpyObject *name, MpyObject *value);
MpyObject *mpy_object_getitem(MpyObject *o, MpyObject *key);
int mpy_object_setitem(MpyObject *o, MpyObject *key, MpyObject *value);
int mpy_object_delitem(MpyObject *o, MpyObject *key);
MpyObject *mpy_object_getiter(MpyObject *o);
/* Next item of an iterator: the item, or NULL with an exception set on
 * error, or NULL with no exception when exhausted. */
MpyObject *mpy_iter_next(MpyObject *iter);
int mpy_sequence_contains(MpyObject *seq, MpyObject *item); /* `in`: 1, 0, -1 */
/* `in` by iterating (when the type has no __contains__). */
int mpy_sequence_contains_by_iteration(MpyObject *seq, MpyObject *item);
MpyObject *mpy_object_format(MpyObject *o, MpyObject *spec);
MpyObject *mpy_object_dir(MpyObject *o);
MpyObject *mpy_object_type(MpyObject *o); /* new reference to type(o) */
int mpy_object_isinstance(MpyObject *inst, MpyObject *cls); /* 1, 0, -1 */
int mpy_object_issubclass(MpyObject *derived, MpyObject *cls);
bool mpy_type_is_subtype(MpyTypeObject *a, MpyTypeObject *b); /* via the mro */
#define MPY_OBJECT_TYPECHECK(o, t) (MPY_TYPE(o) == (t) || mpy_type_is_subtype(MPY_TYPE(o), (t)))

/* Calls (call.c). kwnames as in mpy_vectorcallfunc. */
MpyObject *mpy_call(MpyObject *callable, MpyObject *const *args, size_t nargs, MpyObject *kwnames);
MpyObject *mpy_call_noargs(MpyObject *callable);
MpyObject *mpy_call_one(MpyObject *callable, MpyObject *arg);
/* Calls with a tuple of positional arguments and a dict of keywords (either NULL). */
MpyObject *mpy_call_tuple_dict(MpyObject *callable, MpyObject *args, MpyObject *kwargs);
/* Calls callable(self, *args, **kw) without building a new argument array
 * on the heap when it is small. */
MpyObject *mpy_call_prepend(MpyObject *callable, MpyObject *self, MpyObject *const *args,
                            size_t nargs, MpyObject *kwnames);
/* Looks up a method by name on type(self) and calls it with self first. */
MpyObject *mpy_call_method(MpyObject *self, const char *name, MpyObject *const *args, size_t nargs);

/* The operators of BINARY_OP, numbered as CPython 3.11's NB_* (the in-place
 * forms are MPY_BINOP_INPLACE + the plain one). */
enum {
    MPY_BINOP_ADD, MPY_BINOP_AND, MPY_BINOP_FLOOR_DIVIDE, MPY_BINOP_LSHIFT,
    MPY_BINOP_MATRIX_MULTIPLY, MPY_BINOP_MULTIPLY, MPY_BINOP_REMAINDER, MPY_BINOP_OR,
    MPY_BINOP_POWER, MPY_BINOP_RSHIFT, MPY_BINOP_SUBTRACT, MPY_BINOP_TRUE_DIVIDE,
    MPY_BINOP_XOR, MPY_BINOP_INPLACE, MPY_BINOP_COUNT = 2 * MPY_BINOP_INPLACE
};
/* "+", "&", "//", ... and "+=", "&=", ... for messages and the disassembler. */
extern const char *const mpy_binop_symbols[MPY_BINOP_COUNT];

/* Number protocol (abstract.c); binary ops try the reflected slot and raise
 * CPython's "unsupported operand type(s) for +: 'int' and 'str'". */
MpyObject *mpy_number_add(MpyObject *a, MpyObject *b);
MpyObject *mpy_number_subtract(MpyObject *a, MpyObject *b);
MpyObject *mpy_number_multiply(MpyObject *a, MpyObject *b);
MpyObject *mpy_number_matrix_multiply(MpyObject *a, MpyObject *b);
MpyObject *mpy_number_true_divide(MpyObject *a, MpyObject *b);
MpyObject *mpy_number_floor_divide(MpyObject *a, MpyObject *b);
MpyObject *mpy_number_remainder(MpyObject *a, MpyObject *b);
MpyObject *mpy_number_divmod(MpyObject *a, MpyObject *b);
MpyObject *mpy_number_power(MpyObject *a, MpyObject *b, MpyObject *mod);
MpyObject *mpy_number_lshift(MpyObject *a, MpyObject *b);
MpyObject *mpy_number_rshift(MpyObject *a, MpyObject *b);
MpyObject *mpy_number_and(MpyObject *a, MpyObject *b);
MpyObject *mpy_number_or(MpyObject *a, MpyObject *b);
MpyObject *mpy_number_xor(MpyObject *a, MpyObject *b);
MpyObject *mpy_number_negative(MpyObject *a);
MpyObject *mpy_number_positive(MpyObject *a);
MpyObject *mpy_number_invert(MpyObject *a);
MpyObject *mpy_number_absolute(MpyObject *a);
MpyObject *mpy_number_index(MpyObject *a);  /* operator.index */
MpyObject *mpy_number_long(MpyObject *a);   /* int(a) */
MpyObject *mpy_number_float(MpyObject *a);  /* float(a) */
/* In-place forms fall back to the binary forms, as CPython. */
MpyObject *mpy_number_inplace(int binop, MpyObject *a, MpyObject *b); /* binop without INPLACE */
MpyObject *mpy_number_binop(int binop, MpyObject *a, MpyObject *b); /* binop: MPY_BINOP_* */
/* The value of an index-like object (__index__) as ssize_t. On overflow
 * raises overflow_exc (IndexError: "cannot fit 'int' into an index-sized
 * integer") or, when overflow_exc is NULL, clamps to the ssize_t range.
 * -1 with an exception set on error. */
ssize_t mpy_number_as_ssize(MpyObject *o, MpyTypeObject *overflow_exc);

#endif
