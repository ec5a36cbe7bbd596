/* Internals shared by the files of the int type (int.c, int_arith.c,
 * int_str.c, int_methods.c, int_format.c, bool.c): GMP views of int objects,
 * and the slot and method tables the type object in int.c gathers. Not for
 * use outside those files. */
#ifndef MPY_INT_IMPL_H
#define MPY_INT_IMPL_H
#include "format_spec.h"
#include "int.h"

/* <float.h> is shadowed by runtime/float.h on the include path, so take the
 * limits of double from the compiler's predefined macros. */
#ifndef DBL_MANT_DIG
#define DBL_MANT_DIG __DBL_MANT_DIG__
#define DBL_MAX_EXP __DBL_MAX_EXP__
#define DBL_MIN_EXP __DBL_MIN_EXP__
#define DBL_MAX __DBL_MAX__
#define DBL_MIN __DBL_MIN__
#define DBL_EPSILON __DBL_EPSILON__
#define DBL_DIG __DBL_DIG__
#endif

#define INT_OBJ(op) ((MpyIntObject *)(op))

_Static_assert(GMP_NUMB_BITS == 64, "minipy expects 64-bit GMP limbs without nails");

#define INT_IS_BIG(op) (INT_OBJ(op)->big_alloc != 0)

/* The GMP integer of a big int, reassembled in `view` (read-only: the limbs
 * still belong to the object). */
static inline mpz_srcptr mpy_int_big(MpyObject *op, __mpz_struct *view)
{
    MpyIntObject *io = INT_OBJ(op);
    view->_mp_alloc = io->big_alloc;
    view->_mp_size = io->big_size;
    view->_mp_d = io->v.big_limbs;
    return view;
}

/* Moves an initialised mpz (outside int64_t, so it has limbs) into a big int. */
static inline void mpy_int_take_mpz(MpyIntObject *io, mpz_ptr z)
{
    io->big_alloc = z->_mp_alloc;
    io->big_size = z->_mp_size;
    io->v.big_limbs = z->_mp_d;
}

/* A read-only mpz for any int: the object's own for a big one, else a view
 * of the machine word kept in `view` (so no allocation). The view must stay
 * in place while the returned pointer is used. */
typedef struct {
    __mpz_struct z;
    mp_limb_t limb;
} MpyMpzView;

static inline mpz_srcptr mpy_int_mpz(MpyObject *op, MpyMpzView *view)
{
    MpyIntObject *io = INT_OBJ(op);
    if (io->big_alloc)
        return mpy_int_big(op, &view->z);
    int64_t v = io->v.small;
    view->limb = v < 0 ? -(uint64_t)v : (uint64_t)v;
    return mpz_roinit_n(&view->z, &view->limb, v < 0 ? -1 : v > 0);
}

/* Makes an exact int from an initialised mpz and clears the mpz (its limbs
 * move into the object when the value needs GMP). */
MpyObject *mpy_int_from_mpz_steal(mpz_ptr z);

/* The largest result, in bits, that an operation may build before it
 * raises MemoryError instead of asking GMP (which aborts when memory runs
 * out). */
#define MPY_INT_MAX_BITS ((mp_bitcnt_t)1 << 36)

/* Whether a result of `bits` bits may be built: false, with MemoryError,
 * past MPY_INT_MAX_BITS or when the memory it and GMP's scratch space need
 * cannot be had (tried with a trial allocation for large results). */
bool mpy_int_room_for(mp_bitcnt_t bits);

/* The exact value of an int as a new exact int (int(True) is 1, and
 * subclasses lose their type): __int__, __index__, __trunc__... */
MpyObject *mpy_int_exact_copy(MpyObject *op);

/* The digits of |op| in base 2, 8, 10 or 16 (lowercase) as a NUL-terminated
 * buffer from mpy_mem_alloc (free with mpy_mem_free), length in *len.
 * Base 10 applies the str-digits limit. NULL with an exception on error. */
char *mpy_int_abs_digits(MpyObject *op, int base, size_t *len);

/* Text of int(), float() and complex(): UTF-8 with Unicode whitespace made
 * ' ' and Unicode decimal digits made ASCII, stopping with a '?' at the first
 * character no number may hold (CPython's
 * _PyUnicode_TransformDecimalAndSpaceToASCII). Free with mpy_mem_free. */
char *mpy_num_text_to_ascii(const char *s, size_t len, size_t *out_len);

/* A formatted number in parts, for mpy_num_layout: [sign][prefix][digits,
 * grouped and zero-padded][rest]. */
typedef struct {
    char sign;          /* '-', '+', ' ' or 0 */
    const char *prefix; /* "0x" and such, or "" */
    const char *digits; /* ASCII integer digits to group */
    size_t n_digits;
    const char *rest;   /* UTF-8 text after them: ".25e+10", "%", a 'c' character */
    size_t n_rest;
    char grouping;      /* ',', '_' or 0 */
    unsigned group;     /* digits per group: 3, or 4 for b o x X; 0 means 3 */
} MpyNumParts;

/* Pads and assembles the parts as the spec says (fill, align, width, '='
 * and '0' padding between sign/prefix and digits), as CPython's
 * calc_number_widths and fill_number. */
MpyObject *mpy_num_layout(const MpyFormatSpec *spec, const MpyNumParts *parts);

/* The number slots of int (int_arith.c); int.c puts them in the type. */
MpyObject *mpy_int_nb_add(MpyObject *a, MpyObject *b);
MpyObject *mpy_int_nb_subtract(MpyObject *a, MpyObject *b);
MpyObject *mpy_int_nb_multiply(MpyObject *a, MpyObject *b);
MpyObject *mpy_int_nb_remainder(MpyObject *a, MpyObject *b);
MpyObject *mpy_int_nb_divmod(MpyObject *a, MpyObject *b);
MpyObject *mpy_int_nb_power(MpyObject *a, MpyObject *b, MpyObject *mod);
MpyObject *mpy_int_nb_negative(MpyObject *a);
MpyObject *mpy_int_nb_positive(MpyObject *a);
MpyObject *mpy_int_nb_absolute(MpyObject *a);
int mpy_int_nb_bool(MpyObject *a);
MpyObject *mpy_int_nb_invert(MpyObject *a);
MpyObject *mpy_int_nb_lshift(MpyObject *a, MpyObject *b);
MpyObject *mpy_int_nb_rshift(MpyObject *a, MpyObject *b);
MpyObject *mpy_int_nb_and(MpyObject *a, MpyObject *b);
MpyObject *mpy_int_nb_xor(MpyObject *a, MpyObject *b);
MpyObject *mpy_int_nb_or(MpyObject *a, MpyObject *b);
MpyObject *mpy_int_nb_int(MpyObject *a);
MpyObject *mpy_int_nb_float(MpyObject *a);
MpyObject *mpy_int_nb_floor_divide(MpyObject *a, MpyObject *b);
MpyObject *mpy_int_nb_true_divide(MpyObject *a, MpyObject *b);

/* The methods, attributes and constructor of int (int_methods.c). */
extern MpyMethodDef mpy_int_methods[];
extern MpyGetSetDef mpy_int_getset[];
MpyObject *mpy_int_vectorcall(MpyObject *type, MpyObject *const *args, size_t nargs,
                              MpyObject *kwnames);
MpyObject *mpy_int_tp_new(MpyTypeObject *type, MpyObject *const *args, size_t nargs,
                          MpyObject *kwnames);
/* int(x) for one argument (CPython's PyNumber_Long). */
MpyObject *mpy_int_from_object(MpyObject *x);
/* int(text, base) for a str, bytes or bytearray argument; the error
 * message quotes repr(obj). */
MpyObject *mpy_int_from_text_object(MpyObject *obj, int base);

#endif
