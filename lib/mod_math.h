/* Pieces of the math module shared by its files: mod_math.c (real
 * functions and the module), mod_math_int.c (integer functions),
 * mod_math_sum.c (fsum, hypot, dist). */
#ifndef MPY_MOD_MATH_H
#define MPY_MOD_MATH_H
#include "object.h"

/* Integer functions (mod_math_int.c). */
MpyObject *mpy_math_factorial(MpyObject *module, MpyObject *arg);
MpyObject *mpy_math_gcd(MpyObject *module, MpyObject *const *args, size_t nargs);
MpyObject *mpy_math_lcm(MpyObject *module, MpyObject *const *args, size_t nargs);
MpyObject *mpy_math_isqrt(MpyObject *module, MpyObject *arg);
MpyObject *mpy_math_comb(MpyObject *module, MpyObject *const *args, size_t nargs);
MpyObject *mpy_math_perm(MpyObject *module, MpyObject *const *args, size_t nargs);
MpyObject *mpy_math_prod(MpyObject *module, MpyObject *const *args, size_t nargs,
                         MpyObject *kwnames);

/* Sums and norms (mod_math_sum.c). */
MpyObject *mpy_math_fsum(MpyObject *module, MpyObject *iterable);
MpyObject *mpy_math_hypot(MpyObject *module, MpyObject *const *args, size_t nargs,
                          MpyObject *kwnames);
MpyObject *mpy_math_dist(MpyObject *module, MpyObject *const *args, size_t nargs);

#endif
