/* The math module: constants, the real functions over the C library with
 * CPython 3.11's error rules ("math domain error" for invalid arguments and
 * singularities, "math range error" for overflow, underflow silently to
 * zero), logarithms that also work for huge ints, pow, floor/ceil/trunc,
 * frexp/ldexp/modf and isclose. Integer functions are in mod_math_int.c,
 * fsum/hypot/dist in mod_math_sum.c. */
#include <errno.h>
#include <math.h>

#include "args.h"
#include "errors.h"
#include "float_impl.h"
#include "mod_math.h"
#include "module.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

/* ====================================================== error rules */

/* CPython's is_error: after a C call left errno set, raise — except for an
 * underflow (ERANGE with a small result), which is not an error. */
static bool is_error(double r)
{
    if (errno == EDOM) {
        mpy_err_set_string(MpyExc_ValueError, "math domain error");
        return true;
    }
    if (errno == ERANGE) {
        if (fabs(r) < 1.5)
            return false;
        mpy_err_set_string(MpyExc_OverflowError, "math range error");
        return true;
    }
    mpy_err_set_string(MpyExc_ValueError, "math domain error");
    return true;
}

static bool as_double(MpyObject *op, double *out)
{
    *out = mpy_float_as_double(op);
    return !(*out == -1.0 && mpy_err_occurred());
}

/* f(x) where a nan from a non-nan is invalid, and an infinity from a finite
 * x is an overflow (can_overflow) or a singularity (CPython's math_1). */
static MpyObject *math_1(MpyObject *arg, double (*f)(double), bool can_overflow)
{
    double x;
    if (!as_double(arg, &x))
        return NULL;
    errno = 0;
    double r = f(x);
    if (isnan(r) && !isnan(x))
        return mpy_err_set_string(MpyExc_ValueError, "math domain error");
    if (isinf(r) && isfinite(x))
        return can_overflow ? mpy_err_set_string(MpyExc_OverflowError, "math range error")
                            : mpy_err_set_string(MpyExc_ValueError, "math domain error");
    if (isfinite(r) && errno && is_error(r))
        return NULL;
    return mpy_float_from_double(r);
}

/* f(x) trusting errno alone (CPython's math_1a, for gamma and lgamma). */
static MpyObject *math_1a(MpyObject *arg, double (*f)(double))
{
    double x;
    if (!as_double(arg, &x))
        return NULL;
    errno = 0;
    double r = f(x);
    if (errno && is_error(r))
        return NULL;
    return mpy_float_from_double(r);
}

static bool two_doubles(const char *name, MpyObject *const *args, size_t nargs, double *x,
                        double *y)
{
    return mpy_arg_check_positional(name, nargs, 2, 2) == 0 && as_double(args[0], x) &&
           as_double(args[1], y);
}

/* f(x, y) with CPython's math_2 rules. */
static MpyObject *math_2(const char *name, MpyObject *const *args, size_t nargs,
                         double (*f)(double, double))
{
    double x, y;
    if (!two_doubles(name, args, nargs, &x, &y))
        return NULL;
    errno = 0;
    double r = f(x, y);
    if (isnan(r))
        errno = !isnan(x) && !isnan(y) ? EDOM : 0;
    else if (isinf(r))
        errno = isfinite(x) && isfinite(y) ? ERANGE : 0;
    if (errno && is_error(r))
        return NULL;
    return mpy_float_from_double(r);
}

/* ================================================ gamma, lgamma */

/* CPython computes gamma and lgamma itself (the C libraries differ in the
 * last bits): Lanczos' approximation with N = 13 and g = 6.0246800407767...,
 * written as a rational function, with the reflection formula for negative
 * arguments. The coefficients are those of CPython's mathmodule.c (Boost's,
 * checked with MPFR). */
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
/* the expanded product x*(x+1)*...*(x+11) */
static const double lanczos_den[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};
static const double pi_d = 3.141592653589793238462643383279502884197;
static const double logpi = 1.144729885849400174143427351353058711647;

/* (n-1)! for n = 1..23, exact in a double */
static double gamma_of_integer(int n)
{
    double r = 1.0;
    for (int i = 2; i < n; i++)
        r *= i;
    return r;
}

/* L_g(x) for x > 0, in powers of 1/x beyond 5 so that nothing overflows. */
static double lanczos_sum(double x)
{
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N - 1; i >= 0; i--) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

/* sin(pi * x), accurate near the integers (for the reflection formula). */
static double sin_pi(double x)
{
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(pi_d * y); break;
    case 1: r = cos(pi_d * (y - 0.5)); break;
    case 2: r = sin(pi_d * (1.0 - y)); break; /* not -sin(pi*(y-1)): keeps +0.0 at 1 */
    case 3: r = -cos(pi_d * (y - 1.5)); break;
    default: r = sin(pi_d * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

static double m_tgamma(double x)
{
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0)
            return x;
        errno = EDOM; /* gamma(-inf) */
        return NAN;
    }
    if (x == 0.0) {
        errno = EDOM;
        return copysign(HUGE_VAL, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            errno = EDOM;
            return NAN;
        }
        if (x <= 23.0)
            return gamma_of_integer((int)x);
    }
    double absx = fabs(x);
    if (absx < 1e-20) { /* gamma(x) ~ 1/x */
        double r = 1.0 / x;
        if (isinf(r))
            errno = ERANGE;
        return r;
    }
    if (absx > 200.0) { /* overflow, or underflow to +-0 */
        if (x < 0.0)
            return 0.0 / sin_pi(x);
        errno = ERANGE;
        return HUGE_VAL;
    }
    /* y = absx + g - 1/2, and z corrects for the rounding error made
     * computing it: the factor (1 + e*g/y) applied below */
    double y = absx + lanczos_g_minus_half, z;
    if (absx > lanczos_g_minus_half)
        z = (y - absx) - lanczos_g_minus_half;
    else
        z = (y - lanczos_g_minus_half) - absx;
    z = z * lanczos_g / y;
    double r;
    if (x < 0.0) {
        r = -pi_d / sin_pi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= pow(y, absx - 0.5);
        } else { /* in two halves, to avoid overflow */
            double half = pow(y, absx / 2.0 - 0.25);
            r /= half;
            r /= half;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= pow(y, absx - 0.5);
        } else {
            double half = pow(y, absx / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
    }
    if (isinf(r))
        errno = ERANGE;
    return r;
}

static double m_lgamma(double x)
{
    if (!isfinite(x))
        return isnan(x) ? x : HUGE_VAL;
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            errno = EDOM; /* a pole */
            return HUGE_VAL;
        }
        return 0.0; /* lgamma(1) == lgamma(2) == 0 */
    }
    double absx = fabs(x);
    if (absx < 1e-20)
        return -log(absx);
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0) /* reflection */
        r = logpi - log(fabs(sin_pi(absx))) - log(absx) - r;
    if (isinf(r))
        errno = ERANGE;
    return r;
}

/* ================================================ the functions */

#define FUNC1(name, cfunc, can_overflow)                                 \
    static MpyObject *math_##name(MpyObject *m, MpyObject *arg)          \
    {                                                                    \
        return math_1(arg, cfunc, can_overflow);                         \
    }

FUNC1(acos, acos, false)
FUNC1(acosh, acosh, false)
FUNC1(asin, asin, false)
FUNC1(asinh, asinh, false)
FUNC1(atan, atan, false)
FUNC1(atanh, atanh, false)
FUNC1(cbrt, cbrt, false)
FUNC1(cos, cos, false)
FUNC1(cosh, cosh, true)
FUNC1(erf, erf, false)
FUNC1(erfc, erfc, false)
FUNC1(exp, exp, true)
FUNC1(exp2, exp2, true)
FUNC1(expm1, expm1, true)
FUNC1(fabs, fabs, false)
FUNC1(log1p, log1p, false)
FUNC1(sin, sin, false)
FUNC1(sinh, sinh, true)
FUNC1(sqrt, sqrt, false)
FUNC1(tan, tan, false)
FUNC1(tanh, tanh, false)

static MpyObject *math_gamma(MpyObject *m, MpyObject *arg) { return math_1a(arg, m_tgamma); }
static MpyObject *math_lgamma(MpyObject *m, MpyObject *arg) { return math_1a(arg, m_lgamma); }

static MpyObject *math_atan2(MpyObject *m, MpyObject *const *args, size_t nargs)
{
    return math_2("atan2", args, nargs, atan2);
}

static MpyObject *math_copysign(MpyObject *m, MpyObject *const *args, size_t nargs)
{
    return math_2("copysign", args, nargs, copysign);
}

static MpyObject *math_remainder(MpyObject *m, MpyObject *const *args, size_t nargs)
{
    return math_2("remainder", args, nargs, remainder);
}

static MpyObject *math_nextafter(MpyObject *m, MpyObject *const *args, size_t nargs)
{
    double x, y;
    if (!two_doubles("nextafter", args, nargs, &x, &y))
        return NULL;
    return mpy_float_from_double(nextafter(x, y));
}

static MpyObject *math_ulp(MpyObject *m, MpyObject *arg)
{
    double x;
    if (!as_double(arg, &x))
        return NULL;
    if (isnan(x))
        return mpy_float_from_double(x);
    x = fabs(x);
    if (isinf(x))
        return mpy_float_from_double(x);
    double next = nextafter(x, INFINITY);
    if (isinf(next)) /* the largest finite float */
        return mpy_float_from_double(x - nextafter(x, -INFINITY));
    return mpy_float_from_double(next - x);
}

static MpyObject *math_fmod(MpyObject *m, MpyObject *const *args, size_t nargs)
{
    double x, y;
    if (!two_doubles("fmod", args, nargs, &x, &y))
        return NULL;
    if (isinf(y) && isfinite(x)) /* fmod(x, ±inf) is x */
        return mpy_float_from_double(x);
    errno = 0;
    double r = fmod(x, y);
    if (isnan(r))
        errno = !isnan(x) && !isnan(y) ? EDOM : 0;
    if (errno && is_error(r))
        return NULL;
    return mpy_float_from_double(r);
}

/* IEEE's special values decided here, finite ** finite left to libm. */
static MpyObject *math_pow(MpyObject *m, MpyObject *const *args, size_t nargs)
{
    double x, y, r;
    if (!two_doubles("pow", args, nargs, &x, &y))
        return NULL;
    errno = 0;
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x))
            r = y == 0.0 ? 1.0 : x;
        else if (isnan(y))
            r = x == 1.0 ? 1.0 : y;
        else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.0)
                r = odd_y ? x : fabs(x);
            else if (y == 0.0)
                r = 1.0;
            else
                r = odd_y ? copysign(0.0, x) : 0.0;
        } else if (fabs(x) == 1.0) {
            r = 1.0;
        } else if (y > 0.0 && fabs(x) > 1.0) {
            r = y;
        } else if (y < 0.0 && fabs(x) < 1.0) {
            r = -y;
        } else {
            r = 0.0;
        }
    } else {
        r = pow(x, y);
        if (isnan(r))
            errno = EDOM;
        else if (isinf(r))
            errno = x == 0.0 ? EDOM : ERANGE;
        else
            errno = 0;
    }
    if (errno && is_error(r))
        return NULL;
    return mpy_float_from_double(r);
}

/* ==================================================== logarithms */

/* log(x) for the C library, with CPython's m_log rules: log(0) and
 * negative arguments set EDOM. */
static double m_log(double x)
{
    if (isfinite(x)) {
        if (x > 0.0)
            return log(x);
        errno = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0)
        return x;
    errno = EDOM;
    return NAN;
}

static double m_log2(double x)
{
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0)
            return x;
        errno = EDOM;
        return NAN;
    }
    if (x > 0.0)
        return log2(x);
    errno = EDOM;
    return x == 0.0 ? -HUGE_VAL : NAN;
}

static double m_log10(double x)
{
    if (isfinite(x)) {
        if (x > 0.0)
            return log10(x);
        errno = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0)
        return x;
    errno = EDOM;
    return NAN;
}

/* An int beyond the range of doubles as m * 2**e with 0.5 <= m < 1,
 * m rounded half-even to 53 bits (CPython's _PyLong_Frexp). */
static double int_frexp(MpyObject *op, long *e)
{
    MpyMpzView view;
    mpz_srcptr z = mpy_int_mpz(op, &view);
    size_t bits = mpz_sizeinbase(z, 2);
    size_t shift = bits - (DBL_MANT_DIG + 2);
    mpz_t top;
    mpz_init(top);
    mpz_tdiv_q_2exp(top, z, shift);
    uint64_t q = mpz_getlimbn(top, 0);
    mpz_clear(top);
    if (mpz_scan1(z, 0) < shift)
        q |= 1;
    double m = ldexp((double)q, -(DBL_MANT_DIG + 2)); /* exact up to the one rounding */
    *e = (long)bits;
    if (m == 1.0) {
        m = 0.5;
        (*e)++;
    }
    return mpz_sgn(z) < 0 ? -m : m;
}

/* The log of an int computed for any size; other numbers through libm. */
static MpyObject *loghelper(MpyObject *arg, double (*f)(double))
{
    if (!MPY_INT_CHECK(arg))
        return math_1(arg, f, false);
    if (mpy_int_sign(arg) <= 0)
        return mpy_err_set_string(MpyExc_ValueError, "math domain error");
    double x = mpy_int_as_double(arg);
    if (x == -1.0 && mpy_err_occurred()) {
        if (!mpy_err_exception_matches(MpyExc_OverflowError))
            return NULL;
        mpy_err_clear();
        long e;
        x = int_frexp(arg, &e);
        return mpy_float_from_double(f(x) + f(2.0) * (double)e);
    }
    return mpy_float_from_double(f(x));
}

static MpyObject *math_log(MpyObject *m, MpyObject *const *args, size_t nargs)
{
    if (nargs < 1 || nargs > 2)
        return mpy_err_set_string(MpyExc_TypeError, "math.log requires 1 to 2 arguments");
    MpyObject *num = loghelper(args[0], m_log);
    if (!num || nargs == 1)
        return num;
    MpyObject *den = loghelper(args[1], m_log);
    if (!den) {
        MPY_DECREF(num);
        return NULL;
    }
    MpyObject *r = mpy_number_true_divide(num, den);
    MPY_DECREF(num);
    MPY_DECREF(den);
    return r;
}

static MpyObject *math_log2(MpyObject *m, MpyObject *arg) { return loghelper(arg, m_log2); }
static MpyObject *math_log10(MpyObject *m, MpyObject *arg) { return loghelper(arg, m_log10); }

/* ============================================== floor, ceil, trunc */

/* x.__name__() when type(x) defines it; NULL without an exception when it
 * does not. */
static MpyObject *call_special(MpyObject *x, const char *name)
{
    if (!mpy_type_lookup(MPY_TYPE(x), mpy_str_intern_cstr(name)))
        return NULL;
    return mpy_call_method(x, name, NULL, 0);
}

static MpyObject *floor_or_ceil(MpyObject *x, const char *method, double (*f)(double))
{
    if (MPY_FLOAT_CHECK_EXACT(x))
        return mpy_int_from_double(f(MPY_FLOAT_VALUE(x)));
    MpyObject *r = call_special(x, method);
    if (r || mpy_err_occurred())
        return r;
    double d;
    if (!as_double(x, &d))
        return NULL;
    return mpy_int_from_double(f(d));
}

static MpyObject *math_floor(MpyObject *m, MpyObject *x) { return floor_or_ceil(x, "__floor__", floor); }
static MpyObject *math_ceil(MpyObject *m, MpyObject *x) { return floor_or_ceil(x, "__ceil__", ceil); }

static MpyObject *math_trunc(MpyObject *m, MpyObject *x)
{
    if (MPY_FLOAT_CHECK_EXACT(x))
        return mpy_int_from_double(MPY_FLOAT_VALUE(x));
    MpyObject *r = call_special(x, "__trunc__");
    if (r || mpy_err_occurred())
        return r;
    return mpy_err_format(MpyExc_TypeError, "type %s doesn't define __trunc__ method",
                          MPY_TYPE(x)->tp_name);
}

/* ======================================= frexp, ldexp, modf, ... */

static MpyObject *pair_of(MpyObject *a, MpyObject *b)
{
    MpyObject *t = a && b ? mpy_tuple_pack(2, a, b) : NULL;
    MPY_XDECREF(a);
    MPY_XDECREF(b);
    return t;
}

static MpyObject *math_frexp(MpyObject *m, MpyObject *arg)
{
    double x;
    if (!as_double(arg, &x))
        return NULL;
    int e = 0;
    if (isfinite(x) && x != 0.0)
        x = frexp(x, &e);
    return pair_of(mpy_float_from_double(x), mpy_int_from_i64(e));
}

static MpyObject *math_ldexp(MpyObject *m, MpyObject *const *args, size_t nargs)
{
    double x;
    if (mpy_arg_check_positional("ldexp", nargs, 2, 2) < 0 || !as_double(args[0], &x))
        return NULL;
    if (!MPY_INT_CHECK(args[1]))
        return mpy_err_set_string(MpyExc_TypeError, "Expected an int as second argument to ldexp.");
    /* an exponent beyond int range saturates: the result is 0 or inf anyway */
    int64_t exp;
    if (mpy_int_to_i64(args[1], &exp))
        exp = mpy_int_sign(args[1]) < 0 ? INT64_MIN : INT64_MAX;
    double r;
    errno = 0;
    if (x == 0.0 || !isfinite(x)) {
        r = x;
    } else if (exp > INT32_MAX) {
        r = copysign(HUGE_VAL, x);
        errno = ERANGE;
    } else if (exp < INT32_MIN) {
        r = copysign(0.0, x);
    } else {
        r = ldexp(x, (int)exp);
        errno = isinf(r) ? ERANGE : 0;
    }
    if (errno && is_error(r))
        return NULL;
    return mpy_float_from_double(r);
}

static MpyObject *math_modf(MpyObject *m, MpyObject *arg)
{
    double x, ipart;
    if (!as_double(arg, &x))
        return NULL;
    if (isinf(x))
        return pair_of(mpy_float_from_double(copysign(0.0, x)), mpy_float_from_double(x));
    if (isnan(x))
        return pair_of(mpy_float_from_double(x), mpy_float_from_double(x));
    double frac = modf(x, &ipart);
    return pair_of(mpy_float_from_double(frac), mpy_float_from_double(ipart));
}

static const double deg_to_rad = 3.141592653589793238462643383279502884197 / 180.0;
static const double rad_to_deg = 180.0 / 3.141592653589793238462643383279502884197;

static MpyObject *math_degrees(MpyObject *m, MpyObject *arg)
{
    double x;
    return as_double(arg, &x) ? mpy_float_from_double(x * rad_to_deg) : NULL;
}

static MpyObject *math_radians(MpyObject *m, MpyObject *arg)
{
    double x;
    return as_double(arg, &x) ? mpy_float_from_double(x * deg_to_rad) : NULL;
}

static MpyObject *math_isfinite(MpyObject *m, MpyObject *arg)
{
    double x;
    return as_double(arg, &x) ? mpy_bool_from_long(isfinite(x)) : NULL;
}

static MpyObject *math_isinf(MpyObject *m, MpyObject *arg)
{
    double x;
    return as_double(arg, &x) ? mpy_bool_from_long(isinf(x)) : NULL;
}

static MpyObject *math_isnan(MpyObject *m, MpyObject *arg)
{
    double x;
    return as_double(arg, &x) ? mpy_bool_from_long(isnan(x)) : NULL;
}

/* isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0): Boost's "weak" test. */
static MpyObject *math_isclose(MpyObject *m, MpyObject *const *args, size_t nargs,
                               MpyObject *kwnames)
{
    static const char *const kw[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    static const MpyArgSpec spec = {"isclose", kw, 2, 2};
    MpyObject *a[4];
    double x, y, rel_tol = 1e-09, abs_tol = 0.0;
    if (mpy_arg_unpack(&spec, args, nargs, kwnames, a) < 0 || !as_double(a[0], &x) ||
        !as_double(a[1], &y) || (a[2] && !as_double(a[2], &rel_tol)) ||
        (a[3] && !as_double(a[3], &abs_tol)))
        return NULL;
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return mpy_err_set_string(MpyExc_ValueError, "tolerances must be non-negative");
    if (x == y)
        MPY_RETURN_TRUE;
    if (isinf(x) || isinf(y))
        MPY_RETURN_FALSE;
    double diff = fabs(y - x);
    return mpy_bool_from_long(diff <= fabs(rel_tol * y) || diff <= fabs(rel_tol * x) ||
                              diff <= abs_tol);
}

/* ====================================================== the module */

#define M_O(name, doc) {#name, MPY_METH(math_##name), MPY_METH_O, doc}
#define M_FAST(name, doc) {#name, MPY_METH(math_##name), MPY_METH_FASTCALL, doc}

static MpyMethodDef math_methods[] = {
    M_O(acos, "Return the arc cosine (measured in radians) of x."),
    M_O(acosh, "Return the inverse hyperbolic cosine of x."),
    M_O(asin, "Return the arc sine (measured in radians) of x."),
    M_O(asinh, "Return the inverse hyperbolic sine of x."),
    M_O(atan, "Return the arc tangent (measured in radians) of x."),
    M_FAST(atan2, "Return the arc tangent (measured in radians) of y/x."),
    M_O(atanh, "Return the inverse hyperbolic tangent of x."),
    M_O(cbrt, "Return the cube root of x."),
    M_O(ceil, "Return the ceiling of x as an Integral."),
    {"comb", MPY_METH(mpy_math_comb), MPY_METH_FASTCALL,
     "Number of ways to choose k items from n items without repetition and without order."},
    M_FAST(copysign, "Return a float with the magnitude (absolute value) of x but the sign of y."),
    M_O(cos, "Return the cosine of x (measured in radians)."),
    M_O(cosh, "Return the hyperbolic cosine of x."),
    M_O(degrees, "Convert angle x from radians to degrees."),
    {"dist", MPY_METH(mpy_math_dist), MPY_METH_FASTCALL,
     "Return the Euclidean distance between two points p and q."},
    M_O(erf, "Error function at x."),
    M_O(erfc, "Complementary error function at x."),
    M_O(exp, "Return e raised to the power of x."),
    M_O(exp2, "Return 2 raised to the power of x."),
    M_O(expm1, "Return exp(x)-1."),
    M_O(fabs, "Return the absolute value of the float x."),
    {"factorial", MPY_METH(mpy_math_factorial), MPY_METH_O, "Find x!."},
    M_O(floor, "Return the floor of x as an Integral."),
    M_FAST(fmod, "Return fmod(x, y), according to platform C."),
    M_O(frexp, "Return the mantissa and exponent of x, as pair (m, e)."),
    {"fsum", MPY_METH(mpy_math_fsum), MPY_METH_O,
     "Return an accurate floating point sum of values in the iterable seq."},
    M_O(gamma, "Gamma function at x."),
    {"gcd", MPY_METH(mpy_math_gcd), MPY_METH_FASTCALL, "Greatest Common Divisor."},
    {"hypot", MPY_METH(mpy_math_hypot), MPY_METH_FASTCALL | MPY_METH_KEYWORDS,
     "Multidimensional Euclidean distance from the origin to a point."},
    {"isclose", MPY_METH(math_isclose), MPY_METH_FASTCALL | MPY_METH_KEYWORDS,
     "Determine whether two floating point numbers are close in value."},
    M_O(isfinite, "Return True if x is neither an infinity nor a NaN, and False otherwise."),
    M_O(isinf, "Return True if x is a positive or negative infinity, and False otherwise."),
    M_O(isnan, "Return True if x is a NaN (not a number), and False otherwise."),
    {"isqrt", MPY_METH(mpy_math_isqrt), MPY_METH_O,
     "Return the integer part of the square root of the input."},
    {"lcm", MPY_METH(mpy_math_lcm), MPY_METH_FASTCALL, "Least Common Multiple."},
    M_FAST(ldexp, "Return x * (2**i)."),
    M_O(lgamma, "Natural logarithm of absolute value of Gamma function at x."),
    M_FAST(log, "Return the logarithm of x to the given base."),
    M_O(log10, "Return the base 10 logarithm of x."),
    M_O(log1p, "Return the natural logarithm of 1+x (base e)."),
    M_O(log2, "Return the base 2 logarithm of x."),
    M_O(modf, "Return the fractional and integer parts of x."),
    M_FAST(nextafter, "Return the next floating-point value after x towards y."),
    {"perm", MPY_METH(mpy_math_perm), MPY_METH_FASTCALL,
     "Number of ways to choose k items from n items without repetition and with order."},
    M_FAST(pow, "Return x**y (x to the power of y)."),
    {"prod", MPY_METH(mpy_math_prod), MPY_METH_FASTCALL | MPY_METH_KEYWORDS,
     "Calculate the product of all the elements in the input iterable."},
    M_O(radians, "Convert angle x from degrees to radians."),
    M_FAST(remainder, "Difference between x and the closest integer multiple of y."),
    M_O(sin, "Return the sine of x (measured in radians)."),
    M_O(sinh, "Return the hyperbolic sine of x."),
    M_O(sqrt, "Return the square root of x."),
    M_O(tan, "Return the tangent of x (measured in radians)."),
    M_O(tanh, "Return the hyperbolic tangent of x."),
    M_O(trunc, "Truncates the Real x to the nearest Integral toward 0."),
    M_O(ulp, "Return the value of the least significant bit of the float x."),
    {NULL},
};

static int add_float(MpyObject *module, const char *name, double value)
{
    MpyObject *v = mpy_float_from_double(value);
    if (!v)
        return -1;
    int r = mpy_module_add_object(module, name, v);
    MPY_DECREF(v);
    return r;
}

static int math_exec(MpyObject *module)
{
    if (add_float(module, "pi", 3.141592653589793238462643383279502884197) < 0 ||
        add_float(module, "e", 2.718281828459045235360287471352662497757) < 0 ||
        add_float(module, "tau", 6.283185307179586476925286766559005768394) < 0 ||
        add_float(module, "inf", INFINITY) < 0 || add_float(module, "nan", NAN) < 0)
        return -1;
    return 0;
}

const MpyModuleDef mpy_module_math = {
    "math",
    "This module provides access to the mathematical functions\n"
    "defined by the C standard.",
    math_methods,
    math_exec,
};
