/* float: a C double; repr is the shortest string that round-trips. */
#ifndef MPY_FLOAT_H
#define MPY_FLOAT_H
#include "object.h"

typedef struct {
    MPY_OBJECT_HEAD;
    double ob_fval;
} MpyFloatObject;

extern MpyTypeObject MpyFloat_Type;
#define MPY_FLOAT_CHECK(op) MPY_OBJECT_TYPECHECK(op, &MpyFloat_Type)
#define MPY_FLOAT_CHECK_EXACT(op) (MPY_TYPE(op) == &MpyFloat_Type)
#define MPY_FLOAT_VALUE(op) (((MpyFloatObject *)(op))->ob_fval)

/* Freed exact floats wait on a free list (at most 100, as CPython), linked
 * through ob_type, so that making a float is usually a pop. They stay
 * counted as live objects until mpy_float_fini frees them. */
extern MpyFloatObject *mpy_float_free_list;
extern int mpy_float_numfree;
MpyObject *mpy_float_new_uncached(double v);

static inline MpyObject *mpy_float_from_double(double v)
{
    MpyFloatObject *op = mpy_float_free_list;
    if (!op)
        return mpy_float_new_uncached(v);
    mpy_float_free_list = (MpyFloatObject *)(void *)op->ob_base.ob_type;
    mpy_float_numfree--;
    op->ob_base.ob_refcnt = 1;
    op->ob_base.ob_type = &MpyFloat_Type;
    op->ob_fval = v;
    return (MpyObject *)op;
}

/* The text of a double as CPython's PyOS_double_to_string: code 'e' 'E'
 * 'f' 'F' 'g' 'G' with `precision`, or 'r' (repr, precision 0); flags
 * MPY_DTSF_*. Returns a NUL-terminated buffer from mpy_mem_alloc (free
 * with mpy_mem_free), or NULL with MemoryError. */
enum {
    MPY_DTSF_SIGN = 1,      /* always give a sign */
    MPY_DTSF_ADD_DOT_0 = 2, /* an integer in fixed notation gets ".0" */
    MPY_DTSF_ALT = 4,       /* '#': keep the point and trailing zeros */
    MPY_DTSF_NO_NEG_0 = 8,  /* 'z': a negative zero loses its sign */
};
char *mpy_float_to_string(double v, char code, int precision, int flags);
/* float(text) with CPython's rules ("could not convert string to float: 'x'"). */
MpyObject *mpy_float_from_string(const char *s, size_t len);
/* The value of a float, an int, or an object with __float__/__index__;
 * -1.0 with an exception set on error. */
double mpy_float_as_double(MpyObject *op);
mpy_hash_t mpy_float_hash(double v); /* CPython's numeric hash */
void mpy_float_init(void);
void mpy_float_fini(void);

#endif
