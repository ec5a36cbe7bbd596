/* The object allocator: CPython 3.11's pymalloc geometry and policies on 64
 * bits, written for minipy. Small requests come from size-class pools inside
 * 1 MiB arenas; large ones, and everything under MINIPY_MALLOC=malloc, from
 * malloc. Single-threaded, like the rest of the runtime. */
#include "alloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)

/* ================================================================ geometry */

#define ALIGNMENT_SHIFT 4
#define NB_CLASSES MPY_ALLOC_SIZE_CLASSES
#define POOL_SIZE ((size_t)MPY_ALLOC_POOL_SIZE)
#define POOL_MASK (POOL_SIZE - 1)
#define ARENA_BITS 20
#define ARENA_SIZE ((size_t)1 << ARENA_BITS)
#define ARENA_MASK (ARENA_SIZE - 1)
/* Arenas are mapped ARENA_SIZE-aligned, so none of their pools is lost to
 * alignment (CPython's unaligned arenas usually lose one). */
#define POOLS_PER_ARENA (ARENA_SIZE / POOL_SIZE)
#define CLASS_SIZE(idx) (((size_t)(idx) + 1) << ALIGNMENT_SHIFT)
#define NO_CLASS UINT32_MAX

typedef uint8_t Block;
typedef struct Pool Pool;
typedef struct Arena Arena;

/* The header at the start of every pool; 48 bytes like CPython's, so the
 * "lost to pool headers" figure of the report matches. */
struct Pool {
    uint32_t count;          /* blocks handed out */
    uint32_t szidx;          /* size class, NO_CLASS before first use */
    Block *freeblock;        /* free list; never NULL while in usedpools */
    Pool *nextpool;          /* usedpools chain, or the arena's free pools */
    Pool *prevpool;          /* usedpools chain (NULL at the head) */
    Arena *arena;
    uint32_t nextoffset;     /* first block never handed out */
    uint32_t maxnextoffset;  /* last offset where a whole block fits */
};
_Static_assert(sizeof(Pool) == MPY_ALLOC_POOL_OVERHEAD, "pool header is 48 bytes");

struct Arena {
    uintptr_t address;        /* ARENA_SIZE-aligned base */
    Block *pool_address;      /* next pool never carved */
    unsigned nfreepools, ntotalpools;
    Pool *freepools;          /* emptied pools, chained by nextpool */
    Arena *nextarena, *prevarena; /* usable_arenas, sorted */
    Arena *nextlive, *prevlive;   /* every mapped arena, for the statistics */
};

/* ================================================================== state */

static bool use_malloc;
static bool initialized;

/* usedpools[i]: pools of class i with at least one free and one used block.
 * A NULL-terminated list keeps the fast path to one test. */
static Pool *usedpools[NB_CLASSES];

/* Arenas with free pools, fewest free pools first, so the fullest are used
 * first and the emptiest can drain and be given back (CPython's
 * usable_arenas). nfp2lasta[n] is the rightmost usable arena with n free
 * pools, so an arena is moved to its new place in O(1). */
static Arena *usable_arenas;
static Arena *nfp2lasta[POOLS_PER_ARENA + 1];
static Arena *live_arenas;
static Arena *spare_descriptors; /* released descriptors, chained by nextarena */

static size_t arenas_allocated_total, arenas_current, arenas_highwater;
static size_t large_blocks;

/* ===================================================== address -> arena map */

/* A three-level radix tree over the address bits above the arena size, with
 * CPython 3.11's shape on 64 bits (15 + 15 + 14 bits), so that freeing any
 * pointer can ask "is this one of our arenas?" without reading memory that
 * may not be mapped. */
#define MAP_BITS (64 - ARENA_BITS)
#define MAP_ROOT_BITS 15
#define MAP_MID_BITS 15
#define MAP_BOT_BITS (MAP_BITS - MAP_ROOT_BITS - MAP_MID_BITS)
#define MAP_ROOT_SHIFT (64 - MAP_ROOT_BITS)
#define MAP_MID_SHIFT (MAP_ROOT_SHIFT - MAP_MID_BITS)
#define MAP_MID_MASK (((uintptr_t)1 << MAP_MID_BITS) - 1)
#define MAP_BOT_MASK (((uintptr_t)1 << MAP_BOT_BITS) - 1)

typedef struct { Arena *arenas[(size_t)1 << MAP_BOT_BITS]; } MapBot;
typedef struct { MapBot *bots[(size_t)1 << MAP_MID_BITS]; } MapMid;

static MapMid *map_root[(size_t)1 << MAP_ROOT_BITS];
static size_t map_mid_count, map_bot_count;

static inline Arena *arena_of(const void *p)
{
    uintptr_t a = (uintptr_t)p;
    MapMid *mid = map_root[a >> MAP_ROOT_SHIFT];
    if (!mid)
        return NULL;
    MapBot *bot = mid->bots[(a >> MAP_MID_SHIFT) & MAP_MID_MASK];
    if (!bot)
        return NULL;
    return bot->arenas[(a >> ARENA_BITS) & MAP_BOT_MASK];
}

/* The slot for the arena at `base`, creating the nodes on the way; NULL if
 * a node cannot be allocated. */
static Arena **map_slot(uintptr_t base)
{
    MapMid **midp = &map_root[base >> MAP_ROOT_SHIFT];
    if (!*midp) {
        if (!(*midp = calloc(1, sizeof(MapMid))))
            return NULL;
        map_mid_count++;
    }
    MapBot **botp = &(*midp)->bots[(base >> MAP_MID_SHIFT) & MAP_MID_MASK];
    if (!*botp) {
        if (!(*botp = calloc(1, sizeof(MapBot))))
            return NULL;
        map_bot_count++;
    }
    return &(*botp)->arenas[(base >> ARENA_BITS) & MAP_BOT_MASK];
}

/* ================================================================= arenas */

/* Maps ARENA_SIZE bytes aligned on ARENA_SIZE: over-map by one arena and
 * trim both ends. */
static void *map_aligned_arena(void)
{
    size_t span = 2 * ARENA_SIZE;
    void *raw = mmap(NULL, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED)
        return NULL;
    uintptr_t start = (uintptr_t)raw;
    uintptr_t base = (start + ARENA_MASK) & ~(uintptr_t)ARENA_MASK;
    if (base > start)
        munmap(raw, base - start);
    uintptr_t end = start + span;
    if (end > base + ARENA_SIZE)
        munmap((void *)(base + ARENA_SIZE), end - (base + ARENA_SIZE));
    return (void *)base;
}

static Arena *descriptor_new(void)
{
    Arena *ao = spare_descriptors;
    if (ao) {
        spare_descriptors = ao->nextarena;
        return ao;
    }
    return malloc(sizeof(Arena));
}

static Arena *arena_new(void)
{
    Arena *ao = descriptor_new();
    if (!ao)
        return NULL;
    void *base = map_aligned_arena();
    Arena **slot = base ? map_slot((uintptr_t)base) : NULL;
    if (!slot) {
        if (base)
            munmap(base, ARENA_SIZE);
        ao->nextarena = spare_descriptors;
        spare_descriptors = ao;
        return NULL;
    }
    *slot = ao;
    *ao = (Arena){.address = (uintptr_t)base, .pool_address = base,
                  .nfreepools = POOLS_PER_ARENA, .ntotalpools = POOLS_PER_ARENA,
                  .nextlive = live_arenas};
    if (live_arenas)
        live_arenas->prevlive = ao;
    live_arenas = ao;
    arenas_allocated_total++;
    if (++arenas_current > arenas_highwater)
        arenas_highwater = arenas_current;
    return ao;
}

static void arena_release(Arena *ao)
{
    *map_slot(ao->address) = NULL; /* the nodes exist: the arena is in the map */
    munmap((void *)ao->address, ARENA_SIZE);
    if (ao->prevlive)
        ao->prevlive->nextlive = ao->nextlive;
    else
        live_arenas = ao->nextlive;
    if (ao->nextlive)
        ao->nextlive->prevlive = ao->prevlive;
    arenas_current--;
    ao->nextarena = spare_descriptors;
    spare_descriptors = ao;
}

static void usable_unlink(Arena *ao)
{
    if (ao->prevarena)
        ao->prevarena->nextarena = ao->nextarena;
    else
        usable_arenas = ao->nextarena;
    if (ao->nextarena)
        ao->nextarena->prevarena = ao->prevarena;
}

static void usable_insert_after(Arena *ao, Arena *prev)
{
    ao->prevarena = prev;
    ao->nextarena = prev ? prev->nextarena : usable_arenas;
    if (prev)
        prev->nextarena = ao;
    else
        usable_arenas = ao;
    if (ao->nextarena)
        ao->nextarena->prevarena = ao;
}

/* A pool for a size class from the fullest usable arena (a new arena when
 * none has a free pool). That arena is first in the list and stays first:
 * it now has even fewer free pools. */
static Pool *arena_take_pool(void)
{
    Arena *ao = usable_arenas;
    if (!ao) {
        if (!(ao = arena_new()))
            return NULL;
        usable_insert_after(ao, NULL);
        nfp2lasta[ao->nfreepools] = ao;
    }
    unsigned nf = ao->nfreepools;
    if (nfp2lasta[nf] == ao)
        nfp2lasta[nf] = NULL;
    ao->nfreepools = --nf;
    if (nf == 0)
        usable_unlink(ao); /* full: out of the list until a pool empties */
    else if (!nfp2lasta[nf])
        nfp2lasta[nf] = ao;

    Pool *pool = ao->freepools;
    if (pool) {
        ao->freepools = pool->nextpool;
        return pool;
    }
    pool = (Pool *)ao->pool_address;
    ao->pool_address += POOL_SIZE;
    pool->szidx = NO_CLASS;
    pool->arena = ao;
    return pool;
}

/* A pool of `ao` has emptied: one more free pool, so the arena moves right
 * in usable_arenas, re-enters it if it was full, or is given back if wholly
 * free -- unless it is the last of the list: CPython keeps one wholly free
 * arena so that a loop allocating and freeing does not map and unmap an
 * arena each time (bpo-37257). */
static void arena_pool_freed(Arena *ao)
{
    unsigned old = ao->nfreepools, nf = old + 1;
    Arena *lastold = nfp2lasta[old];
    if (old > 0 && lastold == ao) {
        Arena *prev = ao->prevarena;
        nfp2lasta[old] = (prev && prev->nfreepools == old) ? prev : NULL;
    }
    ao->nfreepools = nf;
    if (old == 0) {
        usable_insert_after(ao, NULL); /* one free pool: the fewest there can be */
        if (!nfp2lasta[nf])
            nfp2lasta[nf] = ao;
        return;
    }
    if (nf == ao->ntotalpools && ao->nextarena) {
        usable_unlink(ao);
        arena_release(ao);
        return;
    }
    if (lastold != ao) {
        usable_unlink(ao);
        usable_insert_after(ao, lastold);
    }
    if (!nfp2lasta[nf])
        nfp2lasta[nf] = ao;
}

/* ================================================================== pools */

static void usedpool_push(Pool *pool, uint32_t idx)
{
    Pool *next = usedpools[idx];
    pool->nextpool = next;
    pool->prevpool = NULL;
    if (next)
        next->prevpool = pool;
    usedpools[idx] = pool;
}

static void usedpool_unlink(Pool *pool)
{
    if (pool->prevpool)
        pool->prevpool->nextpool = pool->nextpool;
    else
        usedpools[pool->szidx] = pool->nextpool;
    if (pool->nextpool)
        pool->nextpool->prevpool = pool->prevpool;
}

/* The free list ran out: hand the next never-used block to it, or, if the
 * pool has none left, take the full pool out of usedpools. */
static void pool_extend(Pool *pool)
{
    if (pool->nextoffset <= pool->maxnextoffset) {
        Block *bp = (Block *)pool + pool->nextoffset;
        pool->nextoffset += (uint32_t)CLASS_SIZE(pool->szidx);
        *(Block **)bp = NULL;
        pool->freeblock = bp;
        return;
    }
    usedpool_unlink(pool);
}

/* Sets up a pool for a size class it did not serve before. A pool reused
 * for its old class keeps its free list (every block it ever handed out is
 * on it). Blocks are handed out lazily, from the front. */
static void pool_format(Pool *pool, uint32_t idx)
{
    size_t size = CLASS_SIZE(idx);
    pool->szidx = idx;
    pool->freeblock = (Block *)pool + MPY_ALLOC_POOL_OVERHEAD;
    *(Block **)pool->freeblock = NULL;
    pool->nextoffset = (uint32_t)(MPY_ALLOC_POOL_OVERHEAD + size);
    pool->maxnextoffset = (uint32_t)(POOL_SIZE - size);
}

static __attribute__((noinline)) void *alloc_from_new_pool(uint32_t idx)
{
    Pool *pool = arena_take_pool();
    if (!pool)
        return NULL;
    usedpool_push(pool, idx);
    if (pool->szidx != idx)
        pool_format(pool, idx);
    pool->count = 1;
    Block *bp = pool->freeblock;
    if ((pool->freeblock = *(Block **)bp) == NULL)
        pool_extend(pool);
    return bp;
}

/* The last block of a pool came back: the pool becomes a free pool of its
 * arena, usable by any size class. */
static __attribute__((noinline)) void pool_release(Pool *pool)
{
    usedpool_unlink(pool);
    Arena *ao = pool->arena;
    pool->nextpool = ao->freepools;
    ao->freepools = pool;
    arena_pool_freed(ao);
}

/* ========================================================= large requests */

static __attribute__((noinline)) void *large_alloc(size_t size)
{
    void *p = malloc(size ? size : 1);
    if (p)
        large_blocks++;
    return p;
}

static __attribute__((noinline)) void large_free(void *p)
{
    free(p);
    large_blocks--;
}

/* ============================================================ public API */

void mpy_alloc_init(void)
{
    if (initialized)
        return;
    initialized = true;
    const char *mode = getenv("MINIPY_MALLOC");
    bool wants_malloc = mode && (strcmp(mode, "malloc") == 0 || strcmp(mode, "malloc_debug") == 0);
    /* Blocks handed out before this call came from pools and must go back
     * to them: the mode can only change while there are none. */
    if (arenas_current == 0 && large_blocks == 0)
        use_malloc = wants_malloc;
}

bool mpy_alloc_uses_malloc(void) { return use_malloc; }

void *mpy_mem_alloc(size_t size)
{
    if (UNLIKELY(use_malloc))
        return malloc(size ? size : 1);
    size_t idx = (size - 1) >> ALIGNMENT_SHIFT; /* size 0 wraps: a large request */
    if (UNLIKELY(idx >= NB_CLASSES))
        return large_alloc(size);
    Pool *pool = usedpools[idx];
    if (UNLIKELY(!pool))
        return alloc_from_new_pool((uint32_t)idx);
    Block *bp = pool->freeblock;
    pool->count++;
    if (UNLIKELY((pool->freeblock = *(Block **)bp) == NULL)) {
        /* pool_extend's common case inline: a fresh pool hands out its
         * never-used blocks one by one. */
        if (LIKELY(pool->nextoffset <= pool->maxnextoffset)) {
            Block *next = (Block *)pool + pool->nextoffset;
            pool->nextoffset += (uint32_t)CLASS_SIZE(idx);
            *(Block **)next = NULL;
            pool->freeblock = next;
        } else {
            usedpool_unlink(pool); /* full */
        }
    }
    return bp;
}

void mpy_mem_free(void *p)
{
    if (UNLIKELY(use_malloc)) {
        free(p);
        return;
    }
    if (UNLIKELY(!p))
        return;
    if (UNLIKELY(!arena_of(p))) {
        large_free(p);
        return;
    }
    Pool *pool = (Pool *)((uintptr_t)p & ~(uintptr_t)POOL_MASK);
    Block *lastfree = pool->freeblock;
    *(Block **)p = lastfree;
    pool->freeblock = p;
    pool->count--;
    if (UNLIKELY(!lastfree)) {
        usedpool_push(pool, pool->szidx); /* it was full: partly used again */
        return;
    }
    if (UNLIKELY(pool->count == 0))
        pool_release(pool);
}

void *mpy_mem_calloc(size_t nelem, size_t elsize)
{
    if (elsize && nelem > SIZE_MAX / elsize)
        return NULL;
    size_t size = nelem * elsize;
    if (use_malloc || size == 0 || size > MPY_ALLOC_SMALL_THRESHOLD) {
        void *p = size ? calloc(nelem, elsize) : calloc(1, 1);
        if (p && !use_malloc)
            large_blocks++;
        return p;
    }
    void *p = mpy_mem_alloc(size);
    if (p)
        memset(p, 0, size);
    return p;
}

void *mpy_mem_realloc(void *p, size_t size)
{
    if (use_malloc)
        return realloc(p, size ? size : 1);
    if (!p)
        return mpy_mem_alloc(size);
    if (!arena_of(p))
        return realloc(p, size ? size : 1); /* stays large: its usable size is unknown */
    Pool *pool = (Pool *)((uintptr_t)p & ~(uintptr_t)POOL_MASK);
    size_t have = CLASS_SIZE(pool->szidx), copy = have;
    if (size <= have) {
        if (4 * size > 3 * have)
            return p; /* shrinking by less than a quarter is not worth a copy */
        copy = size;
    }
    void *q = mpy_mem_alloc(size);
    if (q) {
        memcpy(q, p, copy);
        mpy_mem_free(p);
    }
    return q;
}

/* ============================================================= statistics */

typedef struct {
    size_t pools[NB_CLASSES], blocks[NB_CLASSES], avail[NB_CLASSES];
    size_t free_pools, arenas;
} Census;

/* Walks every pool ever carved in every arena (CPython also counts rather
 * than keeping counters on the fast path). */
static void take_census(Census *c)
{
    memset(c, 0, sizeof *c);
    for (Arena *ao = live_arenas; ao; ao = ao->nextlive) {
        c->arenas++;
        c->free_pools += ao->nfreepools;
        for (Block *b = (Block *)ao->address; b < ao->pool_address; b += POOL_SIZE) {
            Pool *pool = (Pool *)b;
            if (pool->count == 0)
                continue; /* on the arena's free-pool list */
            c->pools[pool->szidx]++;
            c->blocks[pool->szidx] += pool->count;
            c->avail[pool->szidx] += MPY_ALLOC_BLOCKS_PER_POOL(pool->szidx) - pool->count;
        }
    }
}

size_t mpy_alloc_allocated_blocks(void)
{
    if (use_malloc)
        return 0;
    Census c;
    take_census(&c);
    size_t n = large_blocks;
    for (int i = 0; i < NB_CLASSES; i++)
        n += c.blocks[i];
    return n;
}

void mpy_alloc_get_stats(MpyAllocStats *s)
{
    Census c;
    take_census(&c);
    memset(s, 0, sizeof *s);
    s->arenas_allocated_total = arenas_allocated_total;
    s->arenas_reclaimed = arenas_allocated_total - arenas_current;
    s->arenas_highwater = arenas_highwater;
    s->arenas_current = arenas_current;
    for (int i = 0; i < NB_CLASSES; i++) {
        s->pools_in_use[i] = c.pools[i];
        s->blocks_in_use[i] = c.blocks[i];
        s->blocks_free[i] = c.avail[i];
    }
    s->pools_unused = c.free_pools;
    s->large_blocks = large_blocks;
}

/* ------------------------------------------------------------ free lists */

#define MAX_FREELISTS 64
typedef struct {
    const char *name;
    size_t (*count)(void *);
    void *arg;
    size_t item_size;
} FreeList;
static FreeList freelists[MAX_FREELISTS];
static int nfreelists;

void mpy_alloc_register_freelist(const char *name, size_t (*count)(void *arg), void *arg,
                                 size_t item_size)
{
    int i = 0;
    while (i < nfreelists && strcmp(freelists[i].name, name) != 0)
        i++;
    if (i == MAX_FREELISTS)
        return;
    if (i == nfreelists)
        nfreelists++;
    freelists[i] = (FreeList){name, count, arg, item_size};
}

/* ------------------------------------------------------------- the report */

/* One line of CPython's report: the label padded to 35 columns, '=', and the
 * value right-aligned in 21 columns with thousands separators. Returns the
 * value so that totals can be summed as lines are printed. */
static size_t print_line(FILE *out, const char *label, size_t value)
{
    char digits[32];
    int n = snprintf(digits, sizeof digits, "%zu", value);
    char grouped[48];
    int g = 0;
    for (int i = 0; i < n; i++) {
        if (i > 0 && (n - i) % 3 == 0)
            grouped[g++] = ',';
        grouped[g++] = digits[i];
    }
    grouped[g] = '\0';
    fprintf(out, "%-35s=%21s\n", label, grouped);
    return value;
}

static void print_size_classes(FILE *out, const Census *c)
{
    fputs("class   size   num pools   blocks in use  avail blocks\n"
          "-----   ----   ---------   -------------  ------------\n", out);
    for (int i = 0; i < NB_CLASSES; i++) {
        if (c->pools[i])
            fprintf(out, "%5d %6zu %11zu %15zu %13zu\n", i, CLASS_SIZE(i), c->pools[i],
                    c->blocks[i], c->avail[i]);
    }
    fputc('\n', out);
}

static void print_arena_counters(FILE *out, const Census *c)
{
    char label[64];
    print_line(out, "# arenas allocated total", arenas_allocated_total);
    print_line(out, "# arenas reclaimed", arenas_allocated_total - c->arenas);
    print_line(out, "# arenas highwater mark", arenas_highwater);
    print_line(out, "# arenas allocated current", c->arenas);
    snprintf(label, sizeof label, "%zu arenas * %zu bytes/arena", c->arenas, ARENA_SIZE);
    print_line(out, label, c->arenas * ARENA_SIZE);
    fputc('\n', out);
}

/* Where the arenas' bytes go; the parts add up to the arenas' size. */
static void print_byte_breakdown(FILE *out, const Census *c)
{
    size_t allocated = 0, available = 0, headers = 0, quantization = 0;
    for (int i = 0; i < NB_CLASSES; i++) {
        size_t size = CLASS_SIZE(i);
        allocated += c->blocks[i] * size;
        available += c->avail[i] * size;
        headers += c->pools[i] * MPY_ALLOC_POOL_OVERHEAD;
        quantization += c->pools[i] * ((POOL_SIZE - MPY_ALLOC_POOL_OVERHEAD) % size);
    }
    char label[64];
    size_t total = print_line(out, "# bytes in allocated blocks", allocated);
    total += print_line(out, "# bytes in available blocks", available);
    snprintf(label, sizeof label, "%zu unused pools * %zu bytes", c->free_pools, POOL_SIZE);
    total += print_line(out, label, c->free_pools * POOL_SIZE);
    total += print_line(out, "# bytes lost to pool headers", headers);
    total += print_line(out, "# bytes lost to quantization", quantization);
    total += print_line(out, "# bytes lost to arena alignment", 0);
    print_line(out, "Total", total);
}

static void print_arena_map(FILE *out)
{
    fputs("\narena map counts\n", out);
    print_line(out, "# arena map mid nodes", map_mid_count);
    print_line(out, "# arena map bot nodes", map_bot_count);
    fputc('\n', out);
    size_t total = print_line(out, "# bytes lost to arena map root", sizeof map_root);
    total += print_line(out, "# bytes lost to arena map mid", map_mid_count * sizeof(MapMid));
    total += print_line(out, "# bytes lost to arena map bot", map_bot_count * sizeof(MapBot));
    print_line(out, "Total", total);
}

static void print_freelists(FILE *out)
{
    for (int i = 0; i < nfreelists; i++) {
        const FreeList *f = &freelists[i];
        size_t n = f->count(f->arg);
        char what[128], label[160];
        snprintf(what, sizeof what, "%zu %s * %zu bytes each", n, f->name, f->item_size);
        snprintf(label, sizeof label, "%48s ", what);
        print_line(out, label, n * f->item_size);
    }
}

void mpy_alloc_print_stats(FILE *out)
{
    if (!use_malloc) {
        Census c;
        take_census(&c);
        fprintf(out, "Small block threshold = %d, in %d size classes.\n\n",
                MPY_ALLOC_SMALL_THRESHOLD, NB_CLASSES);
        print_size_classes(out, &c);
        print_arena_counters(out, &c);
        print_byte_breakdown(out, &c);
        print_arena_map(out);
        fputc('\n', out);
    }
    print_freelists(out);
}

/* ================================================================ shutdown */

void mpy_alloc_fini(void)
{
    Arena *ao = usable_arenas;
    while (ao) {
        Arena *next = ao->nextarena;
        if (ao->nfreepools == ao->ntotalpools) {
            unsigned nf = ao->nfreepools;
            if (nfp2lasta[nf] == ao)
                nfp2lasta[nf] = (ao->prevarena && ao->prevarena->nfreepools == nf)
                                    ? ao->prevarena : NULL;
            usable_unlink(ao);
            arena_release(ao);
        }
        ao = next;
    }
    while (spare_descriptors) {
        Arena *next = spare_descriptors->nextarena;
        free(spare_descriptors);
        spare_descriptors = next;
    }
}
