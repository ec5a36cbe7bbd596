/* int: the object, the small-int pool, conversions between ints and C
 * values, CPython's numeric hash and comparisons. Arithmetic lives in
 * int_arith.c, text in int_str.c, the constructor and methods in
 * int_methods.c, bool in bool.c. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "alloc.h"
#include "errors.h"
#include "float.h"
#include "int_impl.h"
#include "leakcheck.h"
#include "type.h"

MpyIntObject mpy_small_ints[MPY_SMALL_INT_MAX - MPY_SMALL_INT_MIN + 1];

/* ===================================================== GMP's memory */

/* GMP cannot fail gracefully, so operations that could ask for absurd sizes
 * ask mpy_int_room_for first and raise MemoryError themselves; running out
 * anyway ends the process, as GMP itself would. */
bool mpy_int_room_for(mp_bitcnt_t bits)
{
    if (bits > MPY_INT_MAX_BITS) {
        mpy_err_no_memory();
        return false;
    }
    size_t bytes = (size_t)(bits / 8) * 2 + 64; /* the result and as much scratch */
    if (bytes < ((size_t)64 << 20))
        return true;
    void *trial = malloc(bytes);
    if (!trial) {
        mpy_err_no_memory();
        return false;
    }
    free(trial);
    return true;
}

static void gmp_out_of_memory(size_t n)
{
    fprintf(stderr, "minipy: fatal: out of memory (GMP asked for %zu bytes)\n", n);
    abort();
}

static void *gmp_alloc(size_t n)
{
    void *p = mpy_mem_alloc(n);
    if (!p)
        gmp_out_of_memory(n);
    return p;
}

static void *gmp_realloc(void *p, size_t old_size, size_t n)
{
    void *q = mpy_mem_realloc(p, n);
    if (!q)
        gmp_out_of_memory(n);
    return q;
}

static void gmp_free(void *p, size_t size) { mpy_mem_free(p); }

/* ================================================ making int objects */

/* The hot allocation of arithmetic results: straight from the object
 * allocator, as mpy_object_new would do for this static type. */
MpyObject *mpy_int_new_unpooled(int64_t v)
{
    MpyIntObject *io = mpy_mem_alloc(sizeof(MpyIntObject));
    if (!io)
        return mpy_err_no_memory();
    io->ob_base.ob_refcnt = 1;
    io->ob_base.ob_type = &MpyLong_Type;
    mpy_leak_register((MpyObject *)io);
    io->big_alloc = 0;
    io->v.small = v;
    return (MpyObject *)io;
}

MpyObject *mpy_int_from_i64(int64_t v) { return mpy_int_from_i64_inline(v); }
MpyObject *mpy_int_from_ssize(ssize_t v) { return mpy_int_from_i64_inline(v); }

MpyObject *mpy_int_from_u64(uint64_t v)
{
    if (v <= INT64_MAX)
        return mpy_int_from_i64_inline((int64_t)v);
    mpz_t z;
    mpz_init_set_ui(z, v);
    return mpy_int_from_mpz_steal(z);
}

MpyObject *mpy_int_from_mpz_steal(mpz_ptr z)
{
    if (mpz_fits_slong_p(z)) {
        int64_t v = mpz_get_si(z);
        mpz_clear(z);
        return mpy_int_from_i64_inline(v);
    }
    MpyIntObject *io = (MpyIntObject *)mpy_object_new(&MpyLong_Type);
    if (!io) {
        mpz_clear(z);
        return NULL;
    }
    mpy_int_take_mpz(io, z); /* the limbs move into the object */
    return (MpyObject *)io;
}

MpyObject *mpy_int_from_mpz(const mpz_t v)
{
    mpz_t z;
    mpz_init_set(z, v);
    return mpy_int_from_mpz_steal(z);
}

MpyObject *mpy_int_exact_copy(MpyObject *op)
{
    if (MPY_INT_CHECK_EXACT(op))
        return MPY_NEWREF(op);
    if (!INT_IS_BIG(op))
        return mpy_int_from_i64_inline(INT_OBJ(op)->v.small);
    __mpz_struct big;
    return mpy_int_from_mpz(mpy_int_big(op, &big));
}

MpyObject *mpy_int_from_double(double v)
{
    if (isnan(v))
        return mpy_err_set_string(MpyExc_ValueError, "cannot convert float NaN to integer");
    if (isinf(v))
        return mpy_err_set_string(MpyExc_OverflowError,
                                  "cannot convert float infinity to integer");
    if (v > -9223372036854775808.0 && v < 9223372036854775808.0)
        return mpy_int_from_i64_inline((int64_t)v);
    mpz_t z;
    mpz_init_set_d(z, v); /* exact: such a double is an integer */
    return mpy_int_from_mpz_steal(z);
}

/* ================================================ conversions to C */

int mpy_int_to_i64(MpyObject *op, int64_t *out)
{
    if (INT_IS_BIG(op))
        return 1;
    *out = INT_OBJ(op)->v.small;
    return 0;
}

int64_t mpy_int_as_i64(MpyObject *op)
{
    if (INT_IS_BIG(op)) {
        mpy_err_set_string(MpyExc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    return INT_OBJ(op)->v.small;
}

ssize_t mpy_int_as_ssize(MpyObject *op)
{
    if (INT_IS_BIG(op)) {
        mpy_err_set_string(MpyExc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (ssize_t)INT_OBJ(op)->v.small;
}

void mpy_int_get_mpz(MpyObject *op, mpz_t out)
{
    MpyMpzView view;
    mpz_set(out, mpy_int_mpz(op, &view));
}

int mpy_int_sign(MpyObject *op)
{
    if (INT_IS_BIG(op))
        return INT_OBJ(op)->big_size < 0 ? -1 : 1;
    int64_t v = INT_OBJ(op)->v.small;
    return (v > 0) - (v < 0);
}

/* Rounds half to even, as CPython's PyLong_AsDouble: keep the top 55 bits
 * with a sticky bit for the rest, so that the one rounding the hardware does
 * when converting them to a double is the correct one. */
static double big_as_double(mpz_srcptr z, int *overflow)
{
    size_t bits = mpz_sizeinbase(z, 2);
    *overflow = 0;
    if (bits > DBL_MAX_EXP) {
        *overflow = 1;
        return 0.0;
    }
    if (bits <= 64) {
        double d = (double)mpz_getlimbn(z, 0);
        return mpz_sgn(z) < 0 ? -d : d;
    }
    size_t shift = bits - (DBL_MANT_DIG + 2);
    mpz_t top;
    mpz_init(top);
    mpz_tdiv_q_2exp(top, z, shift);
    uint64_t q = mpz_getlimbn(top, 0);
    mpz_clear(top);
    if (mpz_scan1(z, 0) < shift)
        q |= 1; /* sticky: something non-zero was shifted out */
    double d = ldexp((double)q, (int)shift);
    if (isinf(d)) {
        *overflow = 1;
        return 0.0;
    }
    return mpz_sgn(z) < 0 ? -d : d;
}

double mpy_int_as_double(MpyObject *op)
{
    if (!INT_IS_BIG(op))
        return (double)INT_OBJ(op)->v.small;
    int overflow;
    __mpz_struct big;
    double d = big_as_double(mpy_int_big(op, &big), &overflow);
    if (overflow) {
        mpy_err_set_string(MpyExc_OverflowError, "int too large to convert to float");
        return -1.0;
    }
    return d;
}

/* ======================================================= comparison */

int mpy_int_compare_slow(MpyObject *a, MpyObject *b)
{
    MpyMpzView va, vb;
    int c = mpz_cmp(mpy_int_mpz(a, &va), mpy_int_mpz(b, &vb));
    return (c > 0) - (c < 0);
}

int mpy_int_compare_double(MpyObject *op, double d)
{
    if (isnan(d))
        return 2;
    if (!INT_IS_BIG(op)) {
        int64_t v = INT_OBJ(op)->v.small;
        /* Values up to 2**53 convert exactly; so do doubles out of range. */
        if (v >= -(INT64_C(1) << 53) && v <= (INT64_C(1) << 53)) {
            double x = (double)v;
            return (x > d) - (x < d);
        }
    }
    MpyMpzView view;
    int c = mpz_cmp_d(mpy_int_mpz(op, &view), d); /* exact, also for infinities */
    return (c > 0) - (c < 0);
}

/* A comparison result (<0, 0, >0) as the bool the operator asks for. */
static MpyObject *compare_result(int c, int op)
{
    bool r;
    switch (op) {
    case MPY_LT: r = c < 0; break;
    case MPY_LE: r = c <= 0; break;
    case MPY_EQ: r = c == 0; break;
    case MPY_NE: r = c != 0; break;
    case MPY_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return mpy_bool_from_long(r);
}

static MpyObject *int_richcompare(MpyObject *a, MpyObject *b, int op)
{
    if (!MPY_INT_CHECK(a) || !MPY_INT_CHECK(b))
        return MPY_NEWREF(MPY_NOTIMPLEMENTED);
    return compare_result(mpy_int_compare(a, b), op);
}

/* ============================================================= hash */

/* CPython's numeric hash: the value modulo the prime 2**61 - 1, with the
 * sign of the value, and -1 (the error marker) replaced by -2. */
#define HASH_MODULUS ((UINT64_C(1) << 61) - 1)

mpy_hash_t mpy_int_hash(MpyObject *op)
{
    MpyIntObject *io = INT_OBJ(op);
    uint64_t mag;
    bool neg;
    if (!io->big_alloc) {
        int64_t v = io->v.small;
        neg = v < 0;
        mag = (neg ? -(uint64_t)v : (uint64_t)v) % HASH_MODULUS;
    } else {
        __mpz_struct big;
        neg = io->big_size < 0;
        mag = mpz_tdiv_ui(mpy_int_big(op, &big), HASH_MODULUS);
    }
    int64_t h = neg ? -(int64_t)mag : (int64_t)mag;
    return h == -1 ? -2 : (mpy_hash_t)h;
}

/* ============================================================= size */

size_t mpy_int_sizeof(MpyObject *op)
{
    /* CPython 3.11 stores 30 bits per 4-byte digit after a 24-byte header,
     * and 0 still reports one digit. */
    size_t bits;
    if (INT_IS_BIG(op)) {
        __mpz_struct big;
        bits = mpz_sizeinbase(mpy_int_big(op, &big), 2);
    } else {
        int64_t v = INT_OBJ(op)->v.small;
        uint64_t mag = v < 0 ? -(uint64_t)v : (uint64_t)v;
        bits = mag ? 64 - (size_t)__builtin_clzll(mag) : 0;
    }
    size_t digits = bits ? (bits + 29) / 30 : 1;
    return 24 + 4 * digits;
}

/* ================================================== the type object */

static void int_dealloc(MpyObject *op)
{
    MpyIntObject *io = INT_OBJ(op);
    if (io >= mpy_small_ints && io < mpy_small_ints + (MPY_SMALL_INT_MAX - MPY_SMALL_INT_MIN + 1)) {
        /* A pooled int reached 0: a refcounting bug somewhere. */
#ifdef MPY_DEBUG
        fprintf(stderr, "minipy: fatal: deallocating the small int %lld\n",
                (long long)io->v.small);
        abort();
#else
        op->ob_refcnt = MPY_IMMORTAL_REFCNT;
        return;
#endif
    }
    if (io->big_alloc) {
        __mpz_struct big;
        mpz_clear((mpz_ptr)mpy_int_big(op, &big));
    }
    if (MPY_INT_CHECK_EXACT(op)) { /* mpy_object_free, without the indirect call */
        mpy_leak_unregister(op);
        mpy_mem_free(op);
        return;
    }
    MPY_TYPE(op)->tp_free(op);
}

static mpy_hash_t int_tp_hash(MpyObject *op) { return mpy_int_hash(op); }

MpyTypeObject MpyLong_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "int",
    .tp_basicsize = sizeof(MpyIntObject),
    .tp_dealloc = int_dealloc,
    .tp_repr = mpy_int_repr,
    .tp_as_number = {
        .nb_add = mpy_int_nb_add,
        .nb_subtract = mpy_int_nb_subtract,
        .nb_multiply = mpy_int_nb_multiply,
        .nb_remainder = mpy_int_nb_remainder,
        .nb_divmod = mpy_int_nb_divmod,
        .nb_power = mpy_int_nb_power,
        .nb_negative = mpy_int_nb_negative,
        .nb_positive = mpy_int_nb_positive,
        .nb_absolute = mpy_int_nb_absolute,
        .nb_bool = mpy_int_nb_bool,
        .nb_invert = mpy_int_nb_invert,
        .nb_lshift = mpy_int_nb_lshift,
        .nb_rshift = mpy_int_nb_rshift,
        .nb_and = mpy_int_nb_and,
        .nb_xor = mpy_int_nb_xor,
        .nb_or = mpy_int_nb_or,
        .nb_int = mpy_int_nb_int,
        .nb_float = mpy_int_nb_float,
        .nb_floor_divide = mpy_int_nb_floor_divide,
        .nb_true_divide = mpy_int_nb_true_divide,
        .nb_index = mpy_int_nb_int,
    },
    .tp_hash = int_tp_hash,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_BASETYPE | MPY_TPFLAGS_LONG_SUBCLASS | MPY_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "int([x]) -> integer\n"
              "int(x, base=10) -> integer\n\n"
              "Convert a number or string to an integer, or return 0 if no arguments\n"
              "are given.  If x is a number, return x.__int__().  For floating point\n"
              "numbers, this truncates towards zero.\n\n"
              "If x is not a number or if base is given, then x must be a string,\n"
              "bytes, or bytearray instance representing an integer literal in the\n"
              "given base.  The literal can be preceded by '+' or '-' and be surrounded\n"
              "by whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\n"
              "Base 0 means to interpret the base from the string as an integer literal.\n"
              ">>> int('0b100', base=0)\n"
              "4",
    .tp_richcompare = int_richcompare,
    .tp_methods = mpy_int_methods,
    .tp_getset = mpy_int_getset,
    .tp_new = mpy_int_tp_new,
    .tp_free = mpy_object_free,
    .tp_vectorcall = mpy_int_vectorcall,
};

/* ==================================================== start and end */

void mpy_int_init(void)
{
    mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
    for (int i = 0; i <= MPY_SMALL_INT_MAX - MPY_SMALL_INT_MIN; i++) {
        MpyIntObject *io = &mpy_small_ints[i];
        io->ob_base.ob_refcnt = MPY_IMMORTAL_REFCNT;
        io->ob_base.ob_type = &MpyLong_Type;
        io->big_alloc = 0;
        io->v.small = i + MPY_SMALL_INT_MIN;
    }
    if (mpy_type_ready(&MpyLong_Type) < 0) {
        fprintf(stderr, "minipy: fatal: cannot ready the int type\n");
        abort();
    }
}

void mpy_int_fini(void)
{
    /* The pool is static and GMP keeps its memory functions: big ints that
     * die later in the shutdown still free their limbs through them. */
}
