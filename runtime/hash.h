/* Hashing of text and bytes: CPython 3.11's SipHash-1-3 keyed by the hash
 * secret that PYTHONHASHSEED selects, so that hash('abc') and the iteration
 * order of sets of strings equal CPython's for the same seed. Numeric hashes
 * live with the numbers (int.c, float.c). */
#ifndef MPY_HASH_H
#define MPY_HASH_H
#include <stddef.h>
#include <stdint.h>

#include "object.h"

/* What sys.hash_info reports for the string hash (CPython 3.11, 64-bit). */
#define MPY_HASH_ALGORITHM "siphash13"
#define MPY_HASH_BITS 64
#define MPY_HASH_SEED_BITS 128

/* Derives the key from PYTHONHASHSEED as CPython's config_init_hash_seed and
 * _Py_HashRandomization_Init do: unset, empty or "random" -> random bytes
 * from getrandom(); "0" -> all-zero key; N in [0; 4294967295] -> CPython's
 * LCG expansion of N. Anything else prints CPython's fatal error and exits
 * with status 1. Idempotent; mpy_str_init calls it. */
void mpy_hash_init(void);
/* Forces a seed (tests): seed < 0 means random. */
void mpy_hash_set_seed(long seed);
/* Whether randomization is on (sys.flags.hash_randomization). */
int mpy_hash_randomized(void);

/* The SipHash-1-3 of len bytes; 0 for an empty input, never -1 (CPython's
 * _Py_HashBytes). Used by bytes. */
mpy_hash_t mpy_hash_bytes(const void *data, size_t len);
/* The hash CPython gives a str with these code points: SipHash-1-3 over its
 * code units in CPython's representation (1 byte each when max_char < 256, 2
 * when < 65536, else 4, little-endian), computed from valid WTF-8 without a
 * temporary buffer. `length` is the number of code points. */
mpy_hash_t mpy_hash_utf8_as_ucs(const char *utf8, size_t utf8_len, size_t length,
                                uint32_t max_char);

#endif
