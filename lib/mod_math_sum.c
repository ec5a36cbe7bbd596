/* The math module's accurate sums: fsum (Shewchuk's exact partial sums with
 * CPython's handling of infinities, nans, intermediate overflow and the
 * final half-even correction), and the vector norm behind hypot and dist
 * (scaling by a power of two, Veltkamp-Dekker squaring, compensated
 * summation and a differential correction of the square root, as CPython
 * 3.11), so that both give CPython's exact results. */
#include <math.h>
#include <string.h>

#include "alloc.h"
#include "args.h"
#include "errors.h"
#include "float_impl.h"
#include "mod_math.h"
#include "tuple.h"

/* ============================================================ fsum */

typedef struct {
    double *p;
    size_t n, cap;
    double stack[32];
} Partials;

static bool partials_push(Partials *ps, double x)
{
    if (ps->n == ps->cap) {
        size_t cap = ps->cap * 2;
        double *p = mpy_mem_alloc(cap * sizeof(double));
        if (!p)
            return false;
        memcpy(p, ps->p, ps->n * sizeof(double));
        if (ps->p != ps->stack)
            mpy_mem_free(ps->p);
        ps->p = p;
        ps->cap = cap;
    }
    ps->p[ps->n++] = x;
    return true;
}

/* Adds x to the partials, keeping them exact and non-overlapping; returns
 * the running (possibly non-finite) top value. */
static double add_partial(Partials *ps, double x)
{
    size_t i = 0;
    for (size_t j = 0; j < ps->n; j++) {
        double y = ps->p[j];
        if (fabs(x) < fabs(y)) {
            double t = x;
            x = y;
            y = t;
        }
        double hi = x + y, lo = y - (hi - x);
        if (lo != 0.0)
            ps->p[i++] = lo;
        x = hi;
    }
    ps->n = i;
    return x;
}

/* The correctly rounded value of the sum of the partials. */
static double round_partials(Partials *ps)
{
    size_t n = ps->n;
    double hi = 0.0, lo = 0.0;
    if (n == 0)
        return 0.0;
    hi = ps->p[--n];
    while (n > 0) { /* from the top, until the sum becomes inexact */
        double x = hi, y = ps->p[--n];
        hi = x + y;
        lo = y - (hi - x);
        if (lo != 0.0)
            break;
    }
    /* half-even rounding across several partials: a further partial of the
     * same sign as lo tips a tie */
    if (n > 0 && ((lo < 0.0 && ps->p[n - 1] < 0.0) || (lo > 0.0 && ps->p[n - 1] > 0.0))) {
        double y = lo * 2.0, x = hi + y;
        if (y == x - hi)
            hi = x;
    }
    return hi;
}

MpyObject *mpy_math_fsum(MpyObject *module, MpyObject *iterable)
{
    MpyObject *iter = mpy_object_getiter(iterable);
    if (!iter)
        return NULL;
    Partials ps = {.cap = 32};
    ps.p = ps.stack;
    double special_sum = 0.0, inf_sum = 0.0;
    MpyObject *item, *result = NULL;
    while ((item = mpy_iter_next(iter))) {
        double x = mpy_float_as_double(item);
        MPY_DECREF(item);
        if (x == -1.0 && mpy_err_occurred())
            goto done;
        double xsave = x;
        x = add_partial(&ps, x);
        if (x == 0.0)
            continue;
        if (!isfinite(x)) {
            /* an overflow of finite summands, or an inf or nan summand */
            if (isfinite(xsave)) {
                mpy_err_set_string(MpyExc_OverflowError, "intermediate overflow in fsum");
                goto done;
            }
            if (isinf(xsave))
                inf_sum += xsave;
            special_sum += xsave;
            ps.n = 0;
        } else if (!partials_push(&ps, x)) {
            mpy_err_no_memory();
            goto done;
        }
    }
    if (mpy_err_occurred())
        goto done;
    if (special_sum != 0.0) {
        if (isnan(inf_sum))
            mpy_err_set_string(MpyExc_ValueError, "-inf + inf in fsum");
        else
            result = mpy_float_from_double(special_sum);
        goto done;
    }
    result = mpy_float_from_double(round_partials(&ps));
done:
    if (ps.p != ps.stack)
        mpy_mem_free(ps.p);
    MPY_DECREF(iter);
    return result;
}

/* ===================================================== vector norm */

/* csum += x, collecting the rounding error in *frac (|csum| >= |x|). */
static void compensated_add(double *csum, double *frac, double x)
{
    double old = *csum;
    *csum += x;
    *frac += (old - *csum) + x;
}

/* sqrt(sum of vec[i]**2) for n finite non-negative values whose maximum is
 * max (or an infinity / nan flag), almost always correctly rounded. */
static double vector_norm(size_t n, const double *vec, double max, bool found_nan)
{
    const double T27 = 134217729.0; /* 2**27 + 1, for Veltkamp's split */
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
    if (isinf(max))
        return max;
    if (found_nan)
        return NAN;
    if (max == 0.0 || n <= 1)
        return max;
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) { /* 2**-max_e would overflow: divide by max instead */
        for (size_t i = 0; i < n; i++) {
            double x = vec[i] / max;
            compensated_add(&csum, &frac1, x * x);
        }
        return max * sqrt(csum - 1.0 + frac1);
    }
    double scale = ldexp(1.0, -max_e);
    for (size_t i = 0; i < n; i++) {
        double x = vec[i] * scale; /* exact */
        double t = x * T27, hi = t - (t - x), lo = x - hi;
        compensated_add(&csum, &frac1, hi * hi);
        compensated_add(&csum, &frac2, 2.0 * hi * lo);
        frac3 += lo * lo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    double t = h * T27, hi = t - (t - h), lo = h - hi;
    compensated_add(&csum, &frac1, -hi * hi);
    compensated_add(&csum, &frac2, -2.0 * hi * lo);
    compensated_add(&csum, &frac3, -lo * lo);
    double x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
}

/* Absolute values of the coordinates into a buffer (stack when small),
 * with their maximum and whether a nan was seen. */
typedef struct {
    double *v;
    double max;
    bool nan;
    double stack[16];
} Coords;

static bool coords_init(Coords *c, size_t n)
{
    c->max = 0.0;
    c->nan = false;
    c->v = n <= 16 ? c->stack : mpy_mem_alloc(n * sizeof(double));
    if (!c->v)
        mpy_err_no_memory();
    return c->v != NULL;
}

static void coords_set(Coords *c, size_t i, double x)
{
    x = fabs(x);
    c->v[i] = x;
    c->nan |= isnan(x);
    if (x > c->max)
        c->max = x;
}

static void coords_free(Coords *c)
{
    if (c->v != c->stack)
        mpy_mem_free(c->v);
}

MpyObject *mpy_math_hypot(MpyObject *module, MpyObject *const *args, size_t nargs,
                          MpyObject *kwnames)
{
    Coords c;
    if (mpy_arg_no_keywords("math.hypot", kwnames) < 0 || !coords_init(&c, nargs))
        return NULL;
    for (size_t i = 0; i < nargs; i++) {
        double x = mpy_float_as_double(args[i]);
        if (x == -1.0 && mpy_err_occurred()) {
            coords_free(&c);
            return NULL;
        }
        coords_set(&c, i, x);
    }
    double r = vector_norm(nargs, c.v, c.max, c.nan);
    coords_free(&c);
    return mpy_float_from_double(r);
}

MpyObject *mpy_math_dist(MpyObject *module, MpyObject *const *args, size_t nargs)
{
    if (mpy_arg_check_positional("dist", nargs, 2, 2) < 0)
        return NULL;
    MpyObject *p = MPY_TUPLE_CHECK(args[0]) ? MPY_NEWREF(args[0]) : mpy_tuple_from_iterable(args[0]);
    if (!p)
        return NULL;
    MpyObject *q = MPY_TUPLE_CHECK(args[1]) ? MPY_NEWREF(args[1]) : mpy_tuple_from_iterable(args[1]);
    MpyObject *result = NULL;
    Coords c = {.v = NULL};
    if (!q)
        goto done;
    size_t n = (size_t)MPY_SIZE(p);
    if ((size_t)MPY_SIZE(q) != n) {
        mpy_err_set_string(MpyExc_ValueError,
                           "both points must have the same number of dimensions");
        goto done;
    }
    if (!coords_init(&c, n))
        goto done;
    for (size_t i = 0; i < n; i++) {
        double px = mpy_float_as_double(MPY_TUPLE_GET(p, i));
        if (px == -1.0 && mpy_err_occurred())
            goto done;
        double qx = mpy_float_as_double(MPY_TUPLE_GET(q, i));
        if (qx == -1.0 && mpy_err_occurred())
            goto done;
        coords_set(&c, i, px - qx);
    }
    result = mpy_float_from_double(vector_norm(n, c.v, c.max, c.nan));
done:
    if (c.v)
        coords_free(&c);
    MPY_DECREF(p);
    MPY_XDECREF(q);
    return result;
}
