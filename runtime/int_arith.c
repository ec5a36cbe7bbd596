/* int arithmetic: the number slots of int and the out-of-line halves of the
 * VM's fast paths (int.h). Machine words first; on overflow, or with a big
 * operand, GMP computes and the result is normalised back to a word when it
 * fits. Messages and rounding follow CPython 3.11's longobject.c. */
#include <math.h>

#include "errors.h"
#include "float.h"
#include "int_impl.h"
#include "tuple.h"

#define NOT_IMPLEMENTED() return MPY_NEWREF(MPY_NOTIMPLEMENTED)
#define CHECK_BINOP(a, b)                               \
    do {                                                \
        if (!MPY_INT_CHECK(a) || !MPY_INT_CHECK(b))     \
            NOT_IMPLEMENTED();                          \
    } while (0)

static size_t int_bits(MpyObject *op)
{
    MpyMpzView view;
    mpz_srcptr z = mpy_int_mpz(op, &view);
    return mpz_sgn(z) ? mpz_sizeinbase(z, 2) : 0;
}

static bool int_is_zero(MpyObject *op)
{
    return !INT_IS_BIG(op) && INT_OBJ(op)->v.small == 0;
}

/* Applies a GMP binary operation to two ints and makes the result. */
typedef void (*mpz_binop)(mpz_ptr, mpz_srcptr, mpz_srcptr);

static MpyObject *gmp_binop(mpz_binop fn, MpyObject *a, MpyObject *b)
{
    MpyMpzView va, vb;
    mpz_t r;
    mpz_init(r);
    fn(r, mpy_int_mpz(a, &va), mpy_int_mpz(b, &vb));
    return mpy_int_from_mpz_steal(r);
}

/* =================================================== + - * (slow) */

MpyObject *mpy_int_add_slow(MpyObject *a, MpyObject *b) { return gmp_binop(mpz_add, a, b); }
MpyObject *mpy_int_sub_slow(MpyObject *a, MpyObject *b) { return gmp_binop(mpz_sub, a, b); }

MpyObject *mpy_int_mul_slow(MpyObject *a, MpyObject *b)
{
    if (!mpy_int_room_for(int_bits(a) + int_bits(b)))
        return NULL;
    return gmp_binop(mpz_mul, a, b);
}

MpyObject *mpy_int_nb_add(MpyObject *a, MpyObject *b)
{
    CHECK_BINOP(a, b);
    return mpy_int_add(a, b);
}

MpyObject *mpy_int_nb_subtract(MpyObject *a, MpyObject *b)
{
    CHECK_BINOP(a, b);
    return mpy_int_sub(a, b);
}

MpyObject *mpy_int_nb_multiply(MpyObject *a, MpyObject *b)
{
    CHECK_BINOP(a, b);
    return mpy_int_mul(a, b);
}

/* ========================================================= // % divmod */

MpyObject *mpy_int_floordiv_slow(MpyObject *a, MpyObject *b)
{
    if (int_is_zero(b))
        return mpy_err_set_string(MpyExc_ZeroDivisionError,
                                  "integer division or modulo by zero");
    return gmp_binop(mpz_fdiv_q, a, b);
}

MpyObject *mpy_int_mod_slow(MpyObject *a, MpyObject *b)
{
    if (int_is_zero(b))
        return mpy_err_set_string(MpyExc_ZeroDivisionError, "integer modulo by zero");
    return gmp_binop(mpz_fdiv_r, a, b);
}

MpyObject *mpy_int_nb_floor_divide(MpyObject *a, MpyObject *b)
{
    CHECK_BINOP(a, b);
    return mpy_int_floordiv(a, b);
}

MpyObject *mpy_int_nb_remainder(MpyObject *a, MpyObject *b)
{
    CHECK_BINOP(a, b);
    return mpy_int_mod(a, b);
}

static MpyObject *pair(MpyObject *q, MpyObject *r)
{
    if (!q || !r) {
        MPY_XDECREF(q);
        MPY_XDECREF(r);
        return NULL;
    }
    MpyObject *t = mpy_tuple_new(2);
    if (!t) {
        MPY_DECREF(q);
        MPY_DECREF(r);
        return NULL;
    }
    MPY_TUPLE_SET(t, 0, q);
    MPY_TUPLE_SET(t, 1, r);
    return t;
}

MpyObject *mpy_int_nb_divmod(MpyObject *a, MpyObject *b)
{
    CHECK_BINOP(a, b);
    if (int_is_zero(b))
        return mpy_err_set_string(MpyExc_ZeroDivisionError,
                                  "integer division or modulo by zero");
    if (mpy_int_both_small(a, b) && INT_OBJ(b)->v.small != -1) {
        int64_t x = INT_OBJ(a)->v.small, y = INT_OBJ(b)->v.small;
        int64_t q = x / y, r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) {
            r += y;
            q--;
        }
        return pair(mpy_int_from_i64_inline(q), mpy_int_from_i64_inline(r));
    }
    MpyMpzView va, vb;
    mpz_t q, r;
    mpz_inits(q, r, NULL);
    mpz_fdiv_qr(q, r, mpy_int_mpz(a, &va), mpy_int_mpz(b, &vb));
    return pair(mpy_int_from_mpz_steal(q), mpy_int_from_mpz_steal(r));
}

/* ==================================================== true division */

static double divide_error(MpyTypeObject *type, const char *msg, int *err)
{
    mpy_err_set_string(type, msg);
    *err = 1;
    return -1.0;
}

#define TOO_LARGE "integer division result too large for a float"

/* a / b correctly rounded, for |a| or |b| beyond 2**53 (CPython's
 * long_true_divide): scale so that the quotient has DBL_MANT_DIG + 2 or 3
 * bits (fewer when the result is subnormal), remember whether the division
 * was inexact, round that quotient half-even by hand to the bits a double
 * keeps, and put the exponent back with ldexp, which is then exact. */
static double big_true_divide(mpz_srcptr a, mpz_srcptr b, int *err)
{
    bool negate = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
    if (mpz_sgn(a) == 0)
        return negate ? -0.0 : 0.0;
    long a_bits = (long)mpz_sizeinbase(a, 2), b_bits = (long)mpz_sizeinbase(b, 2);
    long diff = a_bits - b_bits;
    if (diff > DBL_MAX_EXP)
        return divide_error(MpyExc_OverflowError, TOO_LARGE, err);
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1)
        return negate ? -0.0 : 0.0;
    long shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;

    mpz_t num, den, x, rem;
    mpz_inits(num, den, x, rem, NULL);
    mpz_abs(num, a);
    mpz_abs(den, b);
    if (shift <= 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)-shift);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)shift);
    mpz_tdiv_qr(x, rem, num, den);
    bool inexact = mpz_sgn(rem) != 0;
    uint64_t q = mpz_get_ui(x);
    long x_bits = (long)mpz_sizeinbase(x, 2);
    mpz_clears(num, den, x, rem, NULL);

    long min_bits = DBL_MIN_EXP - shift;
    long extra_bits = (x_bits > min_bits ? x_bits : min_bits) - DBL_MANT_DIG;
    uint64_t mask = UINT64_C(1) << (extra_bits - 1);
    uint64_t low = q | inexact;
    if ((low & mask) && (low & (3 * mask - 1)))
        low += mask;
    q = low & ~(2 * mask - 1);
    double dx = (double)q; /* exact */
    if (shift + x_bits >= DBL_MAX_EXP &&
        (shift + x_bits > DBL_MAX_EXP || dx == ldexp(1.0, (int)x_bits)))
        return divide_error(MpyExc_OverflowError, TOO_LARGE, err);
    double result = ldexp(dx, (int)shift);
    return negate ? -result : result;
}

double mpy_int_true_divide_double(MpyObject *a, MpyObject *b, int *err)
{
    *err = 0;
    if (int_is_zero(b))
        return divide_error(MpyExc_ZeroDivisionError, "division by zero", err);
    if (mpy_int_both_small(a, b)) {
        int64_t x = INT_OBJ(a)->v.small, y = INT_OBJ(b)->v.small;
        const int64_t lim = INT64_C(1) << DBL_MANT_DIG;
        if (x >= -lim && x <= lim && y >= -lim && y <= lim)
            return (double)x / (double)y; /* both exact, so IEEE rounds right */
    }
    MpyMpzView va, vb;
    return big_true_divide(mpy_int_mpz(a, &va), mpy_int_mpz(b, &vb), err);
}

MpyObject *mpy_int_nb_true_divide(MpyObject *a, MpyObject *b)
{
    CHECK_BINOP(a, b);
    int err;
    double d = mpy_int_true_divide_double(a, b, &err);
    return err ? NULL : mpy_float_from_double(d);
}

/* ============================================================ power */

/* x ** n for machine words by repeated squaring; false on overflow. */
static bool small_pow(int64_t x, uint64_t n, int64_t *out)
{
    int64_t result = 1;
    while (n) {
        if ((n & 1) && __builtin_mul_overflow(result, x, &result))
            return false;
        n >>= 1;
        if (n && __builtin_mul_overflow(x, x, &x))
            return false;
    }
    *out = result;
    return true;
}

/* x ** y with y >= 0 and no modulus. */
static MpyObject *int_pow_nonneg(MpyObject *x, MpyObject *y)
{
    MpyMpzView vx, vy;
    mpz_srcptr zx = mpy_int_mpz(x, &vx), zy = mpy_int_mpz(y, &vy);
    if (mpz_cmpabs_ui(zx, 1) <= 0) {
        /* 0, 1 and -1 stay small whatever the exponent. */
        if (mpz_sgn(zx) == 0)
            return mpy_int_from_i64(mpz_sgn(zy) == 0 ? 1 : 0);
        if (mpz_sgn(zx) > 0 || mpz_even_p(zy))
            return mpy_int_from_i64(1);
        return mpy_int_from_i64(-1);
    }
    if (!mpz_fits_ulong_p(zy))
        return mpy_err_no_memory();
    unsigned long n = mpz_get_ui(zy);
    if (!INT_IS_BIG(x)) {
        int64_t r;
        if (small_pow(INT_OBJ(x)->v.small, n, &r))
            return mpy_int_from_i64_inline(r);
    }
    size_t bits = mpz_sizeinbase(zx, 2);
    if (n > MPY_INT_MAX_BITS / (bits - 1)) /* |x| >= 2 here */
        return mpy_err_no_memory();
    if (!mpy_int_room_for((mp_bitcnt_t)n * bits))
        return NULL;
    mpz_t r;
    mpz_init(r);
    mpz_pow_ui(r, zx, n);
    return mpy_int_from_mpz_steal(r);
}

/* pow(x, y, m): CPython's rules, including the modular inverse for a
 * negative exponent (3.8+). The result has the sign of m. */
static MpyObject *int_pow_mod(MpyObject *x, MpyObject *y, MpyObject *m)
{
    if (int_is_zero(m))
        return mpy_err_set_string(MpyExc_ValueError, "pow() 3rd argument cannot be 0");
    MpyMpzView vx, vy, vm;
    mpz_srcptr zx = mpy_int_mpz(x, &vx), zy = mpy_int_mpz(y, &vy), zm = mpy_int_mpz(m, &vm);
    mpz_t mod, base, exp, r;
    mpz_inits(mod, base, exp, r, NULL);
    mpz_abs(mod, zm);
    mpz_set(base, zx);
    mpz_set(exp, zy);
    if (mpz_cmp_ui(mod, 1) == 0) {
        /* everything is 0 modulo 1, even a non-invertible base */
    } else if (mpz_sgn(exp) < 0 && !mpz_invert(base, base, mod)) {
        mpz_clears(mod, base, exp, r, NULL);
        return mpy_err_set_string(MpyExc_ValueError,
                                  "base is not invertible for the given modulus");
    } else {
        mpz_abs(exp, exp);
        mpz_powm(r, base, exp, mod);
        if (mpz_sgn(zm) < 0 && mpz_sgn(r) != 0)
            mpz_sub(r, r, mod);
    }
    mpz_clears(mod, base, exp, NULL);
    return mpy_int_from_mpz_steal(r);
}

MpyObject *mpy_int_nb_power(MpyObject *x, MpyObject *y, MpyObject *m)
{
    CHECK_BINOP(x, y);
    if (m != MPY_NONE) {
        if (!MPY_INT_CHECK(m))
            NOT_IMPLEMENTED();
        return int_pow_mod(x, y, m);
    }
    if (mpy_int_sign(y) < 0) /* a float result: float's power does it */
        return MpyFloat_Type.tp_as_number.nb_power(x, y, m);
    return int_pow_nonneg(x, y);
}

/* ====================================================== unary ops */

MpyObject *mpy_int_nb_negative(MpyObject *a)
{
    MpyIntObject *io = INT_OBJ(a);
    if (!io->big_alloc && io->v.small != INT64_MIN)
        return mpy_int_from_i64_inline(-io->v.small);
    MpyMpzView view;
    mpz_t r;
    mpz_init(r);
    mpz_neg(r, mpy_int_mpz(a, &view));
    return mpy_int_from_mpz_steal(r);
}

MpyObject *mpy_int_nb_positive(MpyObject *a) { return mpy_int_exact_copy(a); }

MpyObject *mpy_int_nb_absolute(MpyObject *a)
{
    if (mpy_int_sign(a) < 0)
        return mpy_int_nb_negative(a);
    return mpy_int_exact_copy(a);
}

int mpy_int_nb_bool(MpyObject *a) { return !int_is_zero(a); }

MpyObject *mpy_int_nb_invert(MpyObject *a)
{
    MpyIntObject *io = INT_OBJ(a);
    if (!io->big_alloc)
        return mpy_int_from_i64_inline(~io->v.small);
    mpz_t r;
    mpz_init(r);
    __mpz_struct big;
    mpz_com(r, mpy_int_big(a, &big));
    return mpy_int_from_mpz_steal(r);
}

MpyObject *mpy_int_nb_int(MpyObject *a) { return mpy_int_exact_copy(a); }

MpyObject *mpy_int_nb_float(MpyObject *a)
{
    double d = mpy_int_as_double(a);
    if (d == -1.0 && mpy_err_occurred())
        return NULL;
    return mpy_float_from_double(d);
}

/* ========================================================= shifts */

/* The shift count as a machine word: -1 with ValueError when negative; a
 * count too large to matter is clamped to INT64_MAX. */
static int64_t shift_count(MpyObject *b)
{
    if (mpy_int_sign(b) < 0) {
        mpy_err_set_string(MpyExc_ValueError, "negative shift count");
        return -1;
    }
    return INT_IS_BIG(b) ? INT64_MAX : INT_OBJ(b)->v.small;
}

/* What CPython says when a left shift cannot be made: OverflowError when
 * the result would need more 30-bit digits than a size can count (the
 * shift's word count saturates at PY_SSIZE_T_MAX / 4), MemoryError when it
 * merely cannot be allocated. */
static MpyObject *lshift_too_big(MpyObject *a, MpyObject *b)
{
    const uint64_t max_wordshift = (uint64_t)INT64_MAX / 4;
    const uint64_t max_digits = ((uint64_t)INT64_MAX - 24) / 4;
    MpyMpzView vb;
    mpz_t words;
    mpz_init(words);
    unsigned long rem = mpz_fdiv_q_ui(words, mpy_int_mpz(b, &vb), 30);
    uint64_t wordshift = max_wordshift;
    if (mpz_cmp_ui(words, max_wordshift) < 0)
        wordshift = mpz_get_ui(words);
    else
        rem = 0;
    mpz_clear(words);
    uint64_t digits = (int_bits(a) + 29) / 30 + wordshift + (rem != 0);
    if (digits > max_digits)
        return mpy_err_set_string(MpyExc_OverflowError, "too many digits in integer");
    return mpy_err_no_memory();
}

MpyObject *mpy_int_nb_lshift(MpyObject *a, MpyObject *b)
{
    CHECK_BINOP(a, b);
    int64_t n = shift_count(b);
    if (n < 0)
        return NULL;
    if (int_is_zero(a))
        return mpy_int_from_i64(0);
    if (!INT_IS_BIG(a) && n < 63) {
        int64_t x = INT_OBJ(a)->v.small;
        int64_t r = (int64_t)((uint64_t)x << n);
        if ((r >> n) == x)
            return mpy_int_from_i64_inline(r);
    }
    if ((uint64_t)n > MPY_INT_MAX_BITS || int_bits(a) + (size_t)n > MPY_INT_MAX_BITS)
        return lshift_too_big(a, b);
    if (!mpy_int_room_for(int_bits(a) + (size_t)n))
        return NULL;
    MpyMpzView view;
    mpz_t r;
    mpz_init(r);
    mpz_mul_2exp(r, mpy_int_mpz(a, &view), (mp_bitcnt_t)n);
    return mpy_int_from_mpz_steal(r);
}

MpyObject *mpy_int_nb_rshift(MpyObject *a, MpyObject *b)
{
    CHECK_BINOP(a, b);
    int64_t n = shift_count(b);
    if (n < 0)
        return NULL;
    if (!INT_IS_BIG(a)) {
        int64_t x = INT_OBJ(a)->v.small;
        return mpy_int_from_i64_inline(n >= 63 ? (x < 0 ? -1 : 0) : x >> n);
    }
    if ((size_t)n >= int_bits(a))
        return mpy_int_from_i64(mpy_int_sign(a) < 0 ? -1 : 0);
    mpz_t r;
    mpz_init(r);
    __mpz_struct big;
    mpz_fdiv_q_2exp(r, mpy_int_big(a, &big), (mp_bitcnt_t)n); /* floor: Python's >> */
    return mpy_int_from_mpz_steal(r);
}

/* ================================================ bitwise & | ^ */

/* GMP's logical operations use infinite two's complement, as Python's do. */
MpyObject *mpy_int_nb_and(MpyObject *a, MpyObject *b)
{
    CHECK_BINOP(a, b);
    if (mpy_int_both_small(a, b))
        return mpy_int_from_i64_inline(INT_OBJ(a)->v.small & INT_OBJ(b)->v.small);
    return gmp_binop(mpz_and, a, b);
}

MpyObject *mpy_int_nb_or(MpyObject *a, MpyObject *b)
{
    CHECK_BINOP(a, b);
    if (mpy_int_both_small(a, b))
        return mpy_int_from_i64_inline(INT_OBJ(a)->v.small | INT_OBJ(b)->v.small);
    return gmp_binop(mpz_ior, a, b);
}

MpyObject *mpy_int_nb_xor(MpyObject *a, MpyObject *b)
{
    CHECK_BINOP(a, b);
    if (mpy_int_both_small(a, b))
        return mpy_int_from_i64_inline(INT_OBJ(a)->v.small ^ INT_OBJ(b)->v.small);
    return gmp_binop(mpz_xor, a, b);
}
