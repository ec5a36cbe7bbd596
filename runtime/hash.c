/* The string and bytes hash: SipHash-1-3 (one compression round, three
 * finalization rounds, as CPython 3.11's pyhash.c) and the hash secret
 * derived from PYTHONHASHSEED. Numeric hashes are in int.c and float.c. */
#include "hash.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <unistd.h>

#include "utf8.h"

/* ============================================================ the secret */

/* CPython's _Py_HashSecret is 24 bytes; SipHash keys on the first 16, read
 * as two little-endian 64-bit words. */
static unsigned char secret[24];
static uint64_t key0, key1;
static int initialized;
static int randomized;

static uint64_t load_le64(const unsigned char *p)
{
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--)
        v = (v << 8) | p[i];
    return v;
}

/* CPython's lcg_urandom: the bytes of a seeded key (the high byte of each
 * step of the MSVC rand() LCG). */
static void lcg_fill(unsigned int x, unsigned char *buf, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        x = x * 214013u + 2531011u;
        buf[i] = (unsigned char)((x >> 16) & 0xff);
    }
}

static void random_fill(unsigned char *buf, size_t n)
{
    size_t got = 0;
    while (got < n) {
        ssize_t r = getrandom(buf + got, n - got, 0);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        got += (size_t)r;
    }
    if (got < n) { /* no entropy source: still vary between runs */
        unsigned int x = (unsigned int)(uintptr_t)&got ^ (unsigned int)getpid();
        lcg_fill(x, buf + got, n - got);
    }
}

static void apply_seed(long seed)
{
    memset(secret, 0, sizeof secret);
    randomized = seed != 0;
    if (seed < 0)
        random_fill(secret, sizeof secret);
    else if (seed > 0)
        lcg_fill((unsigned int)seed, secret, sizeof secret);
    key0 = load_le64(secret);
    key1 = load_le64(secret + 8);
    initialized = 1;
}

/* Parses PYTHONHASHSEED as CPython's config_init_hash_seed: -1 for random,
 * -2 for an invalid value. */
static long parse_seed(const char *text)
{
    if (!text || !*text || strcmp(text, "random") == 0)
        return -1;
    char *end;
    errno = 0;
    unsigned long v = strtoul(text, &end, 10);
    if (*end != '\0' || v > 4294967295UL || errno == ERANGE)
        return -2;
    return (long)v;
}

void mpy_hash_init(void)
{
    if (initialized)
        return;
    long seed = parse_seed(getenv("PYTHONHASHSEED"));
    if (seed == -2) {
        fprintf(stderr, "Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be "
                        "\"random\" or an integer in range [0; 4294967295]\n"
                        "Python runtime state: preinitialized\n\n");
        exit(1);
    }
    apply_seed(seed);
}

void mpy_hash_set_seed(long seed) { apply_seed(seed < 0 ? -1 : seed); }

int mpy_hash_randomized(void)
{
    mpy_hash_init();
    return randomized;
}

/* ============================================================ SipHash-1-3 */

typedef struct {
    uint64_t v0, v1, v2, v3;
    uint64_t tail;  /* bytes not yet compressed, little-endian */
    unsigned ntail; /* how many (0..7) */
} SipState;

static inline uint64_t rotl(uint64_t x, unsigned b) { return (x << b) | (x >> (64 - b)); }

static inline void sip_round(SipState *s)
{
    s->v0 += s->v1; s->v2 += s->v3;
    s->v1 = rotl(s->v1, 13) ^ s->v0; s->v3 = rotl(s->v3, 16) ^ s->v2;
    s->v0 = rotl(s->v0, 32);
    s->v2 += s->v1; s->v0 += s->v3;
    s->v1 = rotl(s->v1, 17) ^ s->v2; s->v3 = rotl(s->v3, 21) ^ s->v0;
    s->v2 = rotl(s->v2, 32);
}

static inline void sip_begin(SipState *s)
{
    s->v0 = key0 ^ 0x736f6d6570736575ULL;
    s->v1 = key1 ^ 0x646f72616e646f6dULL;
    s->v2 = key0 ^ 0x6c7967656e657261ULL;
    s->v3 = key1 ^ 0x7465646279746573ULL;
    s->tail = 0;
    s->ntail = 0;
}

static inline void sip_compress(SipState *s, uint64_t m)
{
    s->v3 ^= m;
    sip_round(s);
    s->v0 ^= m;
}

/* Adds `n` (1, 2 or 4) little-endian bytes of `unit`. */
static inline void sip_feed_unit(SipState *s, uint32_t unit, unsigned n)
{
    unsigned room = 8 - s->ntail;
    if (n < room) {
        s->tail |= (uint64_t)unit << (8 * s->ntail);
        s->ntail += n;
        return;
    }
    /* The unit completes a word (n >= room); the rest starts the next. */
    s->tail |= (uint64_t)unit << (8 * s->ntail);
    sip_compress(s, s->tail);
    s->ntail = n - room;
    s->tail = s->ntail ? (uint64_t)unit >> (8 * room) : 0;
}

static inline uint64_t sip_end(SipState *s, size_t total_len)
{
    uint64_t b = ((uint64_t)total_len << 56) | s->tail;
    sip_compress(s, b);
    s->v2 ^= 0xff;
    sip_round(s);
    sip_round(s);
    sip_round(s);
    return (s->v0 ^ s->v1) ^ (s->v2 ^ s->v3);
}

static inline mpy_hash_t fix_hash(uint64_t h)
{
    mpy_hash_t x = (mpy_hash_t)h;
    return x == -1 ? -2 : x;
}

mpy_hash_t mpy_hash_bytes(const void *data, size_t len)
{
    if (len == 0)
        return 0;
    mpy_hash_init();
    const unsigned char *p = data;
    SipState s;
    sip_begin(&s);
    size_t i = 0;
    for (; i + 8 <= len; i += 8)
        sip_compress(&s, load_le64(p + i));
    for (unsigned k = 0; i < len; i++, k++)
        s.tail |= (uint64_t)p[i] << (8 * k);
    return fix_hash(sip_end(&s, len));
}

mpy_hash_t mpy_hash_utf8_as_ucs(const char *utf8, size_t utf8_len, size_t length,
                                uint32_t max_char)
{
    if (max_char < 0x80) /* ASCII: the UTF-8 bytes are the code units */
        return mpy_hash_bytes(utf8, utf8_len);
    mpy_hash_init();
    unsigned kind = max_char < 0x100 ? 1 : max_char < 0x10000 ? 2 : 4;
    SipState s;
    sip_begin(&s);
    for (size_t i = 0; i < utf8_len;) {
        size_t n;
        uint32_t cp = mpy_utf8_decode(utf8 + i, &n);
        i += n;
        sip_feed_unit(&s, cp, kind);
    }
    return fix_hash(sip_end(&s, length * kind));
}
