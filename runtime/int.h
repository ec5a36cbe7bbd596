/* int (and bool, its subclass): arbitrary precision with a machine-word fast
 * path. A value that fits in int64_t lives in the object itself; larger ones
 * use a GMP integer whose limbs come from minipy's allocator. Every result in
 * -5..256 is the pooled object made at start-up (the small-int pool), as
 * CPython: int("256") is int("256"), int("257") is not int("257"). */
#ifndef MPY_INT_H
#define MPY_INT_H
#include <gmp.h>

#include "object.h"

/* 32 bytes, so ints share the 32-byte size class with CPython's: a big
 * value keeps GMP's three fields spread over the object (int_impl.h
 * reassembles them), and big_alloc != 0 marks it. */
typedef struct {
    MPY_OBJECT_HEAD;
    int32_t big_alloc; /* 0: the value is v.small; else GMP's _mp_alloc of a big value */
    int32_t big_size;  /* a big value's _mp_size (signed limb count) */
    union {
        int64_t small;
        mp_limb_t *big_limbs; /* a big value's _mp_d: only for values outside int64_t */
    } v;
} MpyIntObject;
_Static_assert(sizeof(MpyIntObject) == 32, "an int is one 32-byte block, as in CPython");

extern MpyTypeObject MpyLong_Type, MpyBool_Type;

#define MPY_SMALL_INT_MIN (-5)
#define MPY_SMALL_INT_MAX 256
extern MpyIntObject mpy_small_ints[MPY_SMALL_INT_MAX - MPY_SMALL_INT_MIN + 1];
/* Borrowed pointer to the pooled object for v in -5..256. */
#define MPY_SMALL_INT(v) ((MpyObject *)&mpy_small_ints[(v) - MPY_SMALL_INT_MIN])

extern MpyIntObject mpy_true_struct, mpy_false_struct;
#define MPY_TRUE ((MpyObject *)&mpy_true_struct)
#define MPY_FALSE ((MpyObject *)&mpy_false_struct)
#define MPY_RETURN_TRUE return MPY_NEWREF(MPY_TRUE)
#define MPY_RETURN_FALSE return MPY_NEWREF(MPY_FALSE)
static inline MpyObject *mpy_bool_from_long(long v)
{
    return MPY_NEWREF(v ? MPY_TRUE : MPY_FALSE);
}

#define MPY_INT_CHECK(op) MPY_TYPE_HAS_FEATURE(MPY_TYPE(op), MPY_TPFLAGS_LONG_SUBCLASS)
#define MPY_INT_CHECK_EXACT(op) (MPY_TYPE(op) == &MpyLong_Type)
#define MPY_BOOL_CHECK(op) (MPY_TYPE(op) == &MpyBool_Type)
/* An int (or bool) whose value is in `small`: the fast path of arithmetic. */
static inline bool mpy_int_is_small(MpyObject *op) { return ((MpyIntObject *)op)->big_alloc == 0; }
static inline int64_t mpy_int_small_value(MpyObject *op) { return ((MpyIntObject *)op)->v.small; }

MpyObject *mpy_int_from_i64(int64_t v);
MpyObject *mpy_int_from_u64(uint64_t v);
MpyObject *mpy_int_from_ssize(ssize_t v);
MpyObject *mpy_int_from_mpz(const mpz_t v);   /* copies; normalizes to small when it fits */
/* int(float): ValueError/OverflowError with CPython's messages for nan/inf. */
MpyObject *mpy_int_from_double(double v);
/* int(text, base) with CPython's rules and messages (base 0: prefix decides;
 * underscores; surrounding whitespace; the 4300-digit limit for non-power-of-2
 * bases: "Exceeds the limit (4300 digits) for integer string conversion: value
 * has N digits; use sys.set_int_max_str_digits() to increase the limit"). */
MpyObject *mpy_int_from_string(const char *s, size_t len, int base);

/* Conversions; on overflow raise OverflowError ("Python int too large to
 * convert to C ssize_t" and friends) and return -1. The argument must be an
 * int (use mpy_number_index first for other objects). */
int64_t mpy_int_as_i64(MpyObject *op);
ssize_t mpy_int_as_ssize(MpyObject *op);
/* 0 if the value fits in int64_t (stored in *out), 1 if it does not. */
int mpy_int_to_i64(MpyObject *op, int64_t *out);
double mpy_int_as_double(MpyObject *op); /* OverflowError: "int too large to convert to float" */
void mpy_int_get_mpz(MpyObject *op, mpz_t out); /* out must be initialised */
int mpy_int_sign(MpyObject *op);                /* -1, 0, 1 */
/* Exact comparison with a double (for int == float and friends). */
int mpy_int_compare_double(MpyObject *op, double d); /* -1, 0, 1; nan: 2 */

/* Text forms: decimal repr (4300-digit limit applies), and base 2/8/16 with
 * or without the 0b/0o/0x prefix (bin/oct/hex). Return str objects. */
MpyObject *mpy_int_repr(MpyObject *op);
MpyObject *mpy_int_to_base(MpyObject *op, int base, bool prefix);
/* The size CPython 3.11 reports for this int (24 + 4 * its number of 30-bit
 * digits, at least 1): getsizeof agrees with CPython's. */
size_t mpy_int_sizeof(MpyObject *op);
mpy_hash_t mpy_int_hash(MpyObject *op); /* CPython's numeric hash (mod 2**61 - 1) */

/* The limit on decimal digits converted between str and int (sys.int_info,
 * sys.set_int_max_str_digits): 4300 by default, 0 for none. The setter
 * raises CPython's ValueError ("maxdigits must be 0 or larger than 640"). */
#define MPY_INT_DEFAULT_MAX_STR_DIGITS 4300
#define MPY_INT_MAX_STR_DIGITS_THRESHOLD 640
int mpy_int_get_max_str_digits(void);
int mpy_int_set_max_str_digits(ssize_t maxdigits); /* 0 / -1 */

/* ------------------------------------------------ fast paths for the VM
 *
 * The eval loop calls these directly when both operands are ints (exact or
 * bool): the machine-word case is inline, everything else (overflow into
 * GMP, big operands, division by zero) goes out of line. Each returns a new
 * reference or NULL with an exception set, exactly as the `+ - * // %`
 * operators do. */
MpyObject *mpy_int_new_unpooled(int64_t v); /* a fresh object; v outside -5..256 */

static inline MpyObject *mpy_int_from_i64_inline(int64_t v)
{
    if ((uint64_t)v - (uint64_t)MPY_SMALL_INT_MIN <= (uint64_t)(MPY_SMALL_INT_MAX - MPY_SMALL_INT_MIN))
        return MPY_NEWREF(MPY_SMALL_INT(v));
    return mpy_int_new_unpooled(v);
}

MpyObject *mpy_int_add_slow(MpyObject *a, MpyObject *b);
MpyObject *mpy_int_sub_slow(MpyObject *a, MpyObject *b);
MpyObject *mpy_int_mul_slow(MpyObject *a, MpyObject *b);
MpyObject *mpy_int_floordiv_slow(MpyObject *a, MpyObject *b);
MpyObject *mpy_int_mod_slow(MpyObject *a, MpyObject *b);
int mpy_int_compare_slow(MpyObject *a, MpyObject *b);

static inline bool mpy_int_both_small(MpyObject *a, MpyObject *b)
{
    return !(((MpyIntObject *)a)->big_alloc | ((MpyIntObject *)b)->big_alloc);
}

static inline MpyObject *mpy_int_add(MpyObject *a, MpyObject *b)
{
    int64_t r;
    if (mpy_int_both_small(a, b) &&
        !__builtin_add_overflow(mpy_int_small_value(a), mpy_int_small_value(b), &r))
        return mpy_int_from_i64_inline(r);
    return mpy_int_add_slow(a, b);
}

static inline MpyObject *mpy_int_sub(MpyObject *a, MpyObject *b)
{
    int64_t r;
    if (mpy_int_both_small(a, b) &&
        !__builtin_sub_overflow(mpy_int_small_value(a), mpy_int_small_value(b), &r))
        return mpy_int_from_i64_inline(r);
    return mpy_int_sub_slow(a, b);
}

static inline MpyObject *mpy_int_mul(MpyObject *a, MpyObject *b)
{
    int64_t r;
    if (mpy_int_both_small(a, b) &&
        !__builtin_mul_overflow(mpy_int_small_value(a), mpy_int_small_value(b), &r))
        return mpy_int_from_i64_inline(r);
    return mpy_int_mul_slow(a, b);
}

/* Floor division and modulo with Python's signs; the divisor 0 and the one
 * overflowing case (INT64_MIN // -1) take the slow path. */
static inline MpyObject *mpy_int_floordiv(MpyObject *a, MpyObject *b)
{
    if (mpy_int_both_small(a, b)) {
        int64_t x = mpy_int_small_value(a), y = mpy_int_small_value(b);
        if (y > 0 || (y < 0 && y != -1)) {
            int64_t q = x / y;
            if ((x % y != 0) && ((x < 0) != (y < 0)))
                q--;
            return mpy_int_from_i64_inline(q);
        }
    }
    return mpy_int_floordiv_slow(a, b);
}

static inline MpyObject *mpy_int_mod(MpyObject *a, MpyObject *b)
{
    if (mpy_int_both_small(a, b)) {
        int64_t x = mpy_int_small_value(a), y = mpy_int_small_value(b);
        if (y > 0 || (y < 0 && y != -1)) {
            int64_t r = x % y;
            if (r != 0 && ((r < 0) != (y < 0)))
                r += y;
            return mpy_int_from_i64_inline(r);
        }
    }
    return mpy_int_mod_slow(a, b);
}

/* <0, 0, >0 as a < b, a == b, a > b; never fails. */
static inline int mpy_int_compare(MpyObject *a, MpyObject *b)
{
    if (mpy_int_both_small(a, b)) {
        int64_t x = mpy_int_small_value(a), y = mpy_int_small_value(b);
        return (x > y) - (x < y);
    }
    return mpy_int_compare_slow(a, b);
}

void mpy_int_init(void);  /* the small-int pool; GMP's memory functions */
void mpy_int_fini(void);
void mpy_bool_init(void); /* bool.c; after mpy_int_init */
void mpy_bool_fini(void);

#endif
