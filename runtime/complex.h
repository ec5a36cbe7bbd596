/* complex: a pair of doubles. Literals such as 2j come from the compiler;
 * the type gives arithmetic with ints and floats, abs, ==, CPython's hash,
 * repr `(1+2j)` / `2j` / `(-0-1j)`, format() and the complex() constructor
 * from numbers and strings. 32 bytes, as CPython. */
#ifndef MPY_COMPLEX_H
#define MPY_COMPLEX_H
#include "object.h"

typedef struct {
    double real, imag;
} MpyComplex;

typedef struct {
    MPY_OBJECT_HEAD;
    MpyComplex cval;
} MpyComplexObject;

extern MpyTypeObject MpyComplex_Type;
#define MPY_COMPLEX_CHECK(op) MPY_OBJECT_TYPECHECK(op, &MpyComplex_Type)
#define MPY_COMPLEX_CHECK_EXACT(op) (MPY_TYPE(op) == &MpyComplex_Type)
#define MPY_COMPLEX_VALUE(op) (((MpyComplexObject *)(op))->cval)

MpyObject *mpy_complex_from_doubles(double real, double imag);
MpyObject *mpy_complex_from_value(MpyComplex c);

void mpy_complex_init(void);
void mpy_complex_fini(void);

#endif
