/* Unit tests of the object allocator (runtime/alloc.c): size classes, pools,
 * arenas, large blocks, realloc, counters, the report and the malloc mode.
 * Criterion runs every test in a fresh process, so each starts with an
 * empty allocator and chooses its mode before mpy_alloc_init. */
#include <criterion/criterion.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"

#define POOL_SIZE ((uintptr_t)MPY_ALLOC_POOL_SIZE)
#define ARENA_SIZE ((uintptr_t)MPY_ALLOC_ARENA_SIZE)

static void pymalloc_mode(void)
{
    unsetenv("MINIPY_MALLOC"); /* the sanitizer build sets it for the other tests */
    mpy_alloc_init();
}

static void malloc_mode(void)
{
    setenv("MINIPY_MALLOC", "malloc", 1);
    mpy_alloc_init();
}

static MpyAllocStats stats(void)
{
    MpyAllocStats s;
    mpy_alloc_get_stats(&s);
    return s;
}

static uintptr_t pool_of(void *p) { return (uintptr_t)p & ~(POOL_SIZE - 1); }
static uintptr_t arena_base(void *p) { return (uintptr_t)p & ~(ARENA_SIZE - 1); }

/* Allocates n blocks of `size` bytes into a new array of pointers. */
static void **alloc_many(size_t n, size_t size)
{
    void **v = malloc(n * sizeof *v);
    cr_assert_not_null(v);
    for (size_t i = 0; i < n; i++) {
        v[i] = mpy_mem_alloc(size);
        cr_assert_not_null(v[i]);
    }
    return v;
}

static void free_many(void **v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        mpy_mem_free(v[i]);
    free(v);
}

/* ------------------------------------------------------------ size classes */

Test(alloc, every_size_maps_to_its_class, .init = pymalloc_mode)
{
    for (size_t size = 1; size <= MPY_ALLOC_SMALL_THRESHOLD; size++) {
        int idx = (int)((size - 1) / 16);
        MpyAllocStats before = stats();
        unsigned char *p = mpy_mem_alloc(size);
        cr_assert_not_null(p);
        cr_assert_eq((uintptr_t)p % 16, 0, "size %zu not 16-byte aligned", size);
        memset(p, 0xAB, size);
        MpyAllocStats after = stats();
        cr_assert_eq(after.blocks_in_use[idx], before.blocks_in_use[idx] + 1,
                     "size %zu should use class %d", size, idx);
        cr_assert_eq(after.large_blocks, before.large_blocks);
        mpy_mem_free(p);
        cr_assert_eq(stats().blocks_in_use[idx], before.blocks_in_use[idx]);
    }
}

Test(alloc, one_pool_per_class_and_blocks_do_not_overlap, .init = pymalloc_mode)
{
    unsigned char *blocks[MPY_ALLOC_SIZE_CLASSES];
    for (int i = 0; i < MPY_ALLOC_SIZE_CLASSES; i++) {
        size_t size = (size_t)(i + 1) * 16;
        blocks[i] = mpy_mem_alloc(size);
        memset(blocks[i], i, size);
    }
    MpyAllocStats s = stats();
    for (int i = 0; i < MPY_ALLOC_SIZE_CLASSES; i++) {
        cr_assert_eq(s.pools_in_use[i], 1, "class %d", i);
        cr_assert_eq(s.blocks_in_use[i], 1, "class %d", i);
        cr_assert_eq(s.blocks_free[i], MPY_ALLOC_BLOCKS_PER_POOL(i) - 1, "class %d", i);
        for (int j = 0; j < i; j++)
            cr_assert_neq(pool_of(blocks[i]), pool_of(blocks[j]), "classes share a pool");
    }
    for (int i = 0; i < MPY_ALLOC_SIZE_CLASSES; i++) {
        for (size_t k = 0; k < (size_t)(i + 1) * 16; k++)
            cr_assert_eq(blocks[i][k], (unsigned char)i, "block of class %d overwritten", i);
        mpy_mem_free(blocks[i]);
    }
    cr_assert_eq(s.arenas_current, 1);
}

Test(alloc, blocks_per_pool_geometry, .init = pymalloc_mode)
{
    /* CPython 3.11 on 64 bits: (16384 - 48) / size blocks. */
    cr_assert_eq(MPY_ALLOC_BLOCKS_PER_POOL(0), 1021);
    cr_assert_eq(MPY_ALLOC_BLOCKS_PER_POOL(3), 255);
    cr_assert_eq(MPY_ALLOC_BLOCKS_PER_POOL(31), 31);
}

/* ------------------------------------------------------------------- pools */

Test(alloc, pool_fills_then_a_second_opens, .init = pymalloc_mode)
{
    size_t n = MPY_ALLOC_BLOCKS_PER_POOL(2); /* 48-byte blocks */
    void **v = alloc_many(n, 48);
    MpyAllocStats s = stats();
    cr_assert_eq(s.pools_in_use[2], 1);
    cr_assert_eq(s.blocks_in_use[2], n);
    cr_assert_eq(s.blocks_free[2], 0);
    for (size_t i = 1; i < n; i++) {
        cr_assert_eq(pool_of(v[i]), pool_of(v[0]));
        cr_assert_eq((uintptr_t)v[i], (uintptr_t)v[i - 1] + 48, "blocks are handed out in order");
    }
    void *extra = mpy_mem_alloc(48);
    cr_assert_neq(pool_of(extra), pool_of(v[0]));
    cr_assert_eq(stats().pools_in_use[2], 2);
    mpy_mem_free(extra);
    free_many(v, n);
}

Test(alloc, freed_block_is_reused_first, .init = pymalloc_mode)
{
    size_t n = MPY_ALLOC_BLOCKS_PER_POOL(0);
    void **v = alloc_many(n, 16); /* exactly one full pool */
    void *victim = v[n / 2];
    mpy_mem_free(victim);
    cr_assert_eq(stats().blocks_free[0], 1, "the full pool is partly used again");
    void *again = mpy_mem_alloc(16);
    cr_assert_eq(again, victim, "the freed block is the next one handed out");
    cr_assert_eq(stats().pools_in_use[0], 1, "no new pool was needed");
    free_many(v, n);
}

Test(alloc, empty_pool_serves_another_class, .init = pymalloc_mode)
{
    void *anchor = mpy_mem_alloc(16); /* keeps the arena alive */
    void *p = mpy_mem_alloc(64);
    uintptr_t pool = pool_of(p);
    mpy_mem_free(p);
    cr_assert_eq(stats().pools_in_use[3], 0, "an emptied pool leaves its class");
    void *q = mpy_mem_alloc(256);
    cr_assert_eq(pool_of(q), pool, "the free pool is taken by the next class that needs one");
    cr_assert_eq(stats().pools_in_use[15], 1);
    mpy_mem_free(q);
    mpy_mem_free(anchor);
}

/* ------------------------------------------------------------------ arenas */

Test(alloc, arenas_are_given_back_when_empty, .init = pymalloc_mode)
{
    size_t per_arena = (MPY_ALLOC_ARENA_SIZE / MPY_ALLOC_POOL_SIZE) * MPY_ALLOC_BLOCKS_PER_POOL(31);
    size_t n = 3 * per_arena;
    void **v = alloc_many(n, 512);
    MpyAllocStats s = stats();
    cr_assert_eq(s.arenas_current, 3);
    cr_assert_eq(s.arenas_allocated_total, 3);
    cr_assert_eq(s.arenas_highwater, 3);
    cr_assert_eq(s.pools_unused, 0);
    for (size_t i = 0; i < n; i++)
        cr_assert_eq(arena_base(v[i]) % ARENA_SIZE, 0);
    free_many(v, n);
    s = stats();
    /* CPython keeps one wholly free arena to avoid thrashing (bpo-37257). */
    cr_assert_eq(s.arenas_current, 1);
    cr_assert_eq(s.arenas_reclaimed, 2);
    cr_assert_eq(s.arenas_highwater, 3);
    cr_assert_eq(s.pools_unused, 64);
    cr_assert_eq(mpy_alloc_allocated_blocks(), 0);
    /* The kept arena is reused rather than a new one mapped. */
    void *p = mpy_mem_alloc(100);
    cr_assert_eq(stats().arenas_allocated_total, 3);
    mpy_mem_free(p);
    mpy_alloc_fini();
    cr_assert_eq(stats().arenas_current, 0, "fini gives back the kept arena");
}

Test(alloc, fullest_arena_is_used_first, .init = pymalloc_mode)
{
    size_t per_pool = MPY_ALLOC_BLOCKS_PER_POOL(31);
    size_t per_arena = 64 * per_pool;
    void **v = alloc_many(2 * per_arena, 512);
    uintptr_t a0 = arena_base(v[0]), a1 = arena_base(v[per_arena]);
    cr_assert_neq(a0, a1);
    for (size_t i = 0; i < per_arena; i++)
        cr_assert_eq(arena_base(v[i + per_arena]), a1);
    /* Empty 20 pools of the first arena and 10 of the second: the second is
     * now the fuller one and must serve the next new pools. */
    for (size_t i = 0; i < 20 * per_pool; i++)
        mpy_mem_free(v[i]), v[i] = NULL;
    for (size_t i = per_arena; i < per_arena + 10 * per_pool; i++)
        mpy_mem_free(v[i]), v[i] = NULL;
    cr_assert_eq(stats().pools_unused, 30);
    void *fresh[10];
    for (int k = 0; k < 10; k++) {
        fresh[k] = mpy_mem_alloc(16 * (size_t)(k + 1)); /* one new pool per class */
        cr_assert_eq(arena_base(fresh[k]), a1, "pool %d not from the fullest arena", k);
    }
    void *next = mpy_mem_alloc(400); /* the second arena is full now */
    cr_assert_eq(arena_base(next), a0);
    mpy_mem_free(next);
    for (int k = 0; k < 10; k++)
        mpy_mem_free(fresh[k]);
    for (size_t i = 0; i < 2 * per_arena; i++)
        mpy_mem_free(v[i]);
    free(v);
    cr_assert_eq(stats().arenas_current, 1);
}

/* ------------------------------------------------------------ large blocks */

Test(alloc, large_requests_go_to_malloc_and_are_counted, .init = pymalloc_mode)
{
    size_t base = mpy_alloc_allocated_blocks();
    void *big = mpy_mem_alloc(513);
    void *huge = mpy_mem_alloc(10u << 20);
    void *zero = mpy_mem_alloc(0);
    cr_assert(big && huge && zero);
    cr_assert_neq(zero, big);
    cr_assert_eq((uintptr_t)big % 16, 0);
    memset(huge, 1, 10u << 20);
    MpyAllocStats s = stats();
    cr_assert_eq(s.large_blocks, 3);
    cr_assert_eq(s.arenas_current, 0, "no arena for large requests");
    cr_assert_eq(mpy_alloc_allocated_blocks(), base + 3);
    mpy_mem_free(big);
    mpy_mem_free(huge);
    mpy_mem_free(zero);
    mpy_mem_free(NULL);
    cr_assert_eq(stats().large_blocks, 0);
    cr_assert_eq(mpy_alloc_allocated_blocks(), base);
}

Test(alloc, calloc_zeroes_and_checks_overflow, .init = pymalloc_mode)
{
    unsigned char *dirty = mpy_mem_alloc(96);
    memset(dirty, 0xFF, 96);
    mpy_mem_free(dirty);
    unsigned char *p = mpy_mem_calloc(12, 8);
    cr_assert_eq(p, dirty, "calloc reuses the dirty block");
    for (int i = 0; i < 96; i++)
        cr_assert_eq(p[i], 0);
    unsigned char *big = mpy_mem_calloc(100, 100);
    for (int i = 0; i < 10000; i++)
        cr_assert_eq(big[i], 0);
    cr_assert_eq(stats().large_blocks, 1);
    cr_assert_null(mpy_mem_calloc(SIZE_MAX / 2, 4));
    mpy_mem_free(p);
    mpy_mem_free(big);
}

/* ----------------------------------------------------------------- realloc */

Test(alloc, realloc_moves_between_classes_and_keeps_content, .init = pymalloc_mode)
{
    unsigned char *p = mpy_mem_realloc(NULL, 20);
    cr_assert_eq(stats().blocks_in_use[1], 1, "realloc(NULL) allocates");
    for (int i = 0; i < 20; i++)
        p[i] = (unsigned char)i;
    unsigned char *q = mpy_mem_realloc(p, 32);
    cr_assert_eq(q, p, "growing within the class keeps the block");
    q = mpy_mem_realloc(q, 200);
    cr_assert_neq(q, p);
    for (int i = 0; i < 20; i++)
        cr_assert_eq(q[i], i);
    MpyAllocStats s = stats();
    cr_assert_eq(s.blocks_in_use[1], 0);
    cr_assert_eq(s.blocks_in_use[12], 1);
    unsigned char *r = mpy_mem_realloc(q, 160);
    cr_assert_eq(r, q, "shrinking by less than a quarter keeps the block");
    r = mpy_mem_realloc(r, 40);
    cr_assert_neq(r, q, "shrinking by more than a quarter moves to a smaller class");
    cr_assert_eq(stats().blocks_in_use[2], 1);
    for (int i = 0; i < 20; i++)
        cr_assert_eq(r[i], i);
    mpy_mem_free(r);
    cr_assert_eq(mpy_alloc_allocated_blocks(), 0);
}

Test(alloc, realloc_between_small_and_large, .init = pymalloc_mode)
{
    unsigned char *p = mpy_mem_alloc(500);
    memset(p, 7, 500);
    unsigned char *big = mpy_mem_realloc(p, 5000);
    cr_assert_not_null(big);
    MpyAllocStats s = stats();
    cr_assert_eq(s.large_blocks, 1);
    cr_assert_eq(s.blocks_in_use[31], 0);
    for (int i = 0; i < 500; i++)
        cr_assert_eq(big[i], 7);
    /* A large block stays with malloc even when it shrinks (CPython cannot
     * know how many bytes of it are valid to copy either). */
    unsigned char *small = mpy_mem_realloc(big, 10);
    cr_assert_eq(small[9], 7);
    cr_assert_eq(stats().large_blocks, 1);
    cr_assert_eq(mpy_alloc_allocated_blocks(), 1);
    mpy_mem_free(small);
    cr_assert_eq(mpy_alloc_allocated_blocks(), 0);
}

/* ---------------------------------------------------------------- counters */

Test(alloc, allocated_blocks_counts_what_is_handed_out, .init = pymalloc_mode)
{
    cr_assert_eq(mpy_alloc_allocated_blocks(), 0);
    void **v = alloc_many(1000, 16);
    void *list = mpy_mem_alloc(8056);
    cr_assert_eq(mpy_alloc_allocated_blocks(), 1001);
    free_many(v, 1000);
    cr_assert_eq(mpy_alloc_allocated_blocks(), 1);
    mpy_mem_free(list);
    cr_assert_eq(mpy_alloc_allocated_blocks(), 0);
}

Test(alloc, init_only_counts_once, .init = pymalloc_mode)
{
    setenv("MINIPY_MALLOC", "malloc", 1);
    mpy_alloc_init();
    cr_assert_not(mpy_alloc_uses_malloc(), "the mode cannot change after the first init");
}

/* -------------------------------------------------------------- the report */

static char *report(void)
{
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    mpy_alloc_print_stats(f);
    fclose(f);
    return text;
}

static size_t count_dicts(void *arg) { return *(size_t *)arg; }

Test(alloc, report_has_cpython_layout, .init = pymalloc_mode)
{
    void **v = alloc_many(106, 16);
    void *w = mpy_mem_alloc(64);
    char *text = report();
    cr_assert(strstr(text, "Small block threshold = 512, in 32 size classes.\n\n"
                           "class   size   num pools   blocks in use  avail blocks\n"
                           "-----   ----   ---------   -------------  ------------\n"
                           "    0     16           1             106           915\n"
                           "    3     64           1               1           254\n\n"),
              "size-class table:\n%s", text);
    cr_assert(strstr(text, "# arenas allocated total           =                    1\n"
                           "# arenas reclaimed                 =                    0\n"
                           "# arenas highwater mark            =                    1\n"
                           "# arenas allocated current         =                    1\n"
                           "1 arenas * 1048576 bytes/arena     =            1,048,576\n\n"),
              "arena counters:\n%s", text);
    cr_assert(strstr(text, "# bytes in allocated blocks        =                1,760\n"
                           "# bytes in available blocks        =               30,896\n"
                           "62 unused pools * 16384 bytes      =            1,015,808\n"
                           "# bytes lost to pool headers       =                   96\n"
                           "# bytes lost to quantization       =                   16\n"
                           "# bytes lost to arena alignment    =                    0\n"
                           "Total                              =            1,048,576\n"),
              "byte breakdown:\n%s", text);
    cr_assert(strstr(text, "\narena map counts\n"
                           "# arena map mid nodes              =                    1\n"
                           "# arena map bot nodes              =                    1\n\n"
                           "# bytes lost to arena map root     =              262,144\n"
                           "# bytes lost to arena map mid      =              262,144\n"
                           "# bytes lost to arena map bot      =              131,072\n"
                           "Total                              =              655,360\n\n"),
              "arena map:\n%s", text);
    free(text);
    free_many(v, 106);
    mpy_mem_free(w);
}

Test(alloc, report_ends_with_registered_free_lists, .init = pymalloc_mode)
{
    static size_t dicts = 8, tuples = 1234;
    mpy_alloc_register_freelist("free PyDictObjects", count_dicts, &dicts, 48);
    mpy_alloc_register_freelist("free 20-sized PyTupleObjects", count_dicts, &tuples, 184);
    mpy_alloc_register_freelist("free PyDictObjects", count_dicts, &dicts, 48); /* replaces */
    char *text = report();
    const char *expect =
        "Total                              =              262,144\n\n"
        "            8 free PyDictObjects * 48 bytes each =                  384\n"
        "1234 free 20-sized PyTupleObjects * 184 bytes each =              227,056\n";
    size_t tl = strlen(text), el = strlen(expect);
    cr_assert(tl >= el && strcmp(text + tl - el, expect) == 0, "report tail:\n%s", text);
    free(text);
}

/* ------------------------------------------------------------- malloc mode */

Test(alloc, malloc_mode_routes_everything_to_malloc, .init = malloc_mode)
{
    cr_assert(mpy_alloc_uses_malloc());
    void **v = alloc_many(100, 32);
    void *big = mpy_mem_alloc(4096);
    v[0] = mpy_mem_realloc(v[0], 1000);
    void *z = mpy_mem_calloc(4, 4);
    cr_assert_eq(((char *)z)[15], 0);
    MpyAllocStats s = stats();
    cr_assert_eq(s.arenas_current, 0);
    cr_assert_eq(s.blocks_in_use[1], 0);
    cr_assert_eq(s.large_blocks, 0);
    cr_assert_eq(mpy_alloc_allocated_blocks(), 0, "sys.getallocatedblocks() is 0 then");
    free_many(v, 100);
    mpy_mem_free(big);
    mpy_mem_free(z);
}

Test(alloc, malloc_mode_report_has_only_free_lists, .init = malloc_mode)
{
    static size_t floats = 4;
    mpy_alloc_register_freelist("free PyFloatObjects", count_dicts, &floats, 24);
    char *text = report();
    cr_assert_str_eq(text, "           4 free PyFloatObjects * 24 bytes each =                   96\n");
    free(text);
}

Test(alloc, mode_stays_pymalloc_once_blocks_exist)
{
    unsetenv("MINIPY_MALLOC");
    void *early = mpy_mem_alloc(32); /* before init: from a pool */
    setenv("MINIPY_MALLOC", "malloc", 1);
    mpy_alloc_init();
    cr_assert_not(mpy_alloc_uses_malloc(), "pool blocks exist: the mode cannot switch");
    mpy_mem_free(early);
    cr_assert_eq(mpy_alloc_allocated_blocks(), 0);
}
