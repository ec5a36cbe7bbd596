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

MpyObject *mpy_float_from_double(double v);
/* float(text) with CPython's rules ("could not convert string to float: 'x'"). */
MpyObject *mpy_float_from_string(const char *s, size_t len);
/* The value of a float, an int, or an object with __float__/__index__;
 * -1.0 with an exception set on error. */
double mpy_float_as_double(MpyObject *op);
mpy_hash_t mpy_float_hash(double v); /* CPython's numeric hash */
void mpy_float_init(void);
void mpy_float_fini(void);

#endif
