/* The integer functions of the math module, exact with GMP: factorial, gcd,
 * lcm, isqrt, comb, perm; and prod (any numbers, multiplied left to
 * right). CPython 3.11's argument rules and messages. */
#include <math.h>

#include "args.h"
#include "errors.h"
#include "int_impl.h"
#include "mod_math.h"

/* operator.index(x) as a new reference. */
static MpyObject *index_of(MpyObject *x) { return mpy_number_index(x); }

static MpyObject *too_big(void) { return mpy_err_no_memory(); }

MpyObject *mpy_math_factorial(MpyObject *module, MpyObject *arg)
{
    MpyObject *n = index_of(arg);
    if (!n)
        return NULL;
    int64_t x;
    int overflow = mpy_int_to_i64(n, &x);
    int sign = mpy_int_sign(n);
    MPY_DECREF(n);
    if (overflow && sign > 0)
        return mpy_err_format(MpyExc_OverflowError,
                              "factorial() argument should not exceed %lld",
                              (long long)INT64_MAX);
    if (sign < 0)
        return mpy_err_set_string(MpyExc_ValueError,
                                  "factorial() not defined for negative values");
    /* log2(x!) < x * log2(x): refuse what GMP could not hold */
    if (x > 1 && (double)x * log2((double)x) > (double)MPY_INT_MAX_BITS)
        return too_big();
    mpz_t r;
    mpz_init(r);
    mpz_fac_ui(r, (unsigned long)x);
    return mpy_int_from_mpz_steal(r);
}

/* Applies gcd or lcm over the arguments, each an integer by __index__. */
static MpyObject *fold(MpyObject *const *args, size_t nargs, unsigned long start,
                       void (*op)(mpz_ptr, mpz_srcptr, mpz_srcptr))
{
    mpz_t acc;
    mpz_init_set_ui(acc, start);
    for (size_t i = 0; i < nargs; i++) {
        MpyObject *n = index_of(args[i]);
        if (!n) {
            mpz_clear(acc);
            return NULL;
        }
        MpyMpzView view;
        op(acc, acc, mpy_int_mpz(n, &view));
        MPY_DECREF(n);
    }
    return mpy_int_from_mpz_steal(acc);
}

MpyObject *mpy_math_gcd(MpyObject *module, MpyObject *const *args, size_t nargs)
{
    if (nargs == 1) { /* gcd(x) is abs(x), still checked to be an integer */
        MpyObject *n = index_of(args[0]);
        if (!n)
            return NULL;
        MpyObject *r = mpy_number_absolute(n);
        MPY_DECREF(n);
        return r;
    }
    return fold(args, nargs, 0, mpz_gcd);
}

MpyObject *mpy_math_lcm(MpyObject *module, MpyObject *const *args, size_t nargs)
{
    return fold(args, nargs, 1, mpz_lcm);
}

MpyObject *mpy_math_isqrt(MpyObject *module, MpyObject *arg)
{
    MpyObject *n = index_of(arg);
    if (!n)
        return NULL;
    if (mpy_int_sign(n) < 0) {
        MPY_DECREF(n);
        return mpy_err_set_string(MpyExc_ValueError, "isqrt() argument must be nonnegative");
    }
    MpyMpzView view;
    mpz_t r;
    mpz_init(r);
    mpz_sqrt(r, mpy_int_mpz(n, &view));
    MPY_DECREF(n);
    return mpy_int_from_mpz_steal(r);
}

/* n and k as integers, both checked non-negative with CPython's messages.
 * 0, or -1 with an exception (n and k are then NULL). */
static int n_and_k(MpyObject *na, MpyObject *ka, MpyObject **n, MpyObject **k)
{
    *k = NULL;
    if (!(*n = index_of(na)))
        return -1;
    if (!(*k = index_of(ka))) {
        MPY_CLEAR(*n);
        return -1;
    }
    const char *msg = mpy_int_sign(*n) < 0   ? "n must be a non-negative integer"
                      : mpy_int_sign(*k) < 0 ? "k must be a non-negative integer"
                                             : NULL;
    if (msg) {
        mpy_err_set_string(MpyExc_ValueError, msg);
        MPY_CLEAR(*n);
        MPY_CLEAR(*k);
        return -1;
    }
    return 0;
}

MpyObject *mpy_math_comb(MpyObject *module, MpyObject *const *args, size_t nargs)
{
    MpyObject *n, *k;
    if (mpy_arg_check_positional("comb", nargs, 2, 2) < 0 || n_and_k(args[0], args[1], &n, &k) < 0)
        return NULL;
    MpyMpzView vn, vk;
    mpz_srcptr zn = mpy_int_mpz(n, &vn), zk = mpy_int_mpz(k, &vk);
    mpz_t r, j;
    mpz_inits(r, j, NULL);
    MpyObject *result = NULL;
    if (mpz_cmp(zk, zn) > 0) {
        result = mpy_int_from_i64(0);
        goto done;
    }
    mpz_sub(j, zn, zk); /* comb(n, k) == comb(n, n - k): use the smaller */
    if (mpz_cmp(zk, j) < 0)
        mpz_set(j, zk);
    if (!mpz_fits_slong_p(j)) {
        mpy_err_format(MpyExc_OverflowError, "min(n - k, k) must not exceed %lld",
                       (long long)INT64_MAX);
        goto done;
    }
    if ((double)mpz_get_ui(j) * (double)mpz_sizeinbase(zn, 2) > (double)MPY_INT_MAX_BITS) {
        too_big();
        goto done;
    }
    mpz_bin_ui(r, zn, mpz_get_ui(j));
    result = mpy_int_from_mpz_steal(r);
    mpz_init(r);
done:
    mpz_clears(r, j, NULL);
    MPY_DECREF(n);
    MPY_DECREF(k);
    return result;
}

/* perm(n, k) == comb(n, k) * k!; perm(n) == n!. */
MpyObject *mpy_math_perm(MpyObject *module, MpyObject *const *args, size_t nargs)
{
    if (mpy_arg_check_positional("perm", nargs, 1, 2) < 0)
        return NULL;
    if (nargs == 1 || args[1] == MPY_NONE)
        return mpy_math_factorial(module, args[0]);
    MpyObject *n, *k;
    if (n_and_k(args[0], args[1], &n, &k) < 0)
        return NULL;
    MpyMpzView vn, vk;
    mpz_srcptr zn = mpy_int_mpz(n, &vn), zk = mpy_int_mpz(k, &vk);
    MpyObject *result = NULL;
    if (mpz_cmp(zk, zn) > 0) {
        result = mpy_int_from_i64(0);
    } else if (!mpz_fits_slong_p(zk)) {
        mpy_err_format(MpyExc_OverflowError, "k must not exceed %lld", (long long)INT64_MAX);
    } else if ((double)mpz_get_ui(zk) * (double)mpz_sizeinbase(zn, 2) > (double)MPY_INT_MAX_BITS) {
        too_big();
    } else {
        mpz_t r, f;
        mpz_inits(r, f, NULL);
        mpz_bin_ui(r, zn, mpz_get_ui(zk));
        mpz_fac_ui(f, mpz_get_ui(zk));
        mpz_mul(r, r, f);
        mpz_clear(f);
        result = mpy_int_from_mpz_steal(r);
    }
    MPY_DECREF(n);
    MPY_DECREF(k);
    return result;
}

/* prod(iterable, /, *, start=1) */
MpyObject *mpy_math_prod(MpyObject *module, MpyObject *const *args, size_t nargs,
                         MpyObject *kwnames)
{
    static const char *const kw[] = {"", "start", NULL};
    static const MpyArgSpec spec = {"prod", kw, 1, 1};
    MpyObject *a[2];
    if (mpy_arg_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    MpyObject *iter = mpy_object_getiter(a[0]);
    if (!iter)
        return NULL;
    MpyObject *result = MPY_NEWREF(a[1] ? a[1] : MPY_SMALL_INT(1));
    MpyObject *item;
    while ((item = mpy_iter_next(iter))) {
        MpyObject *next = MPY_INT_CHECK_EXACT(result) && MPY_INT_CHECK_EXACT(item)
                              ? mpy_int_mul(result, item)
                              : mpy_number_multiply(result, item);
        MPY_DECREF(item);
        MPY_DECREF(result);
        if (!(result = next))
            break;
    }
    MPY_DECREF(iter);
    if (mpy_err_occurred())
        MPY_CLEAR(result);
    return result;
}
