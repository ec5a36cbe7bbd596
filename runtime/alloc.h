/* The object allocator: CPython 3.11's pymalloc on 64 bits. Requests of at
 * most 512 bytes are served from 16 KiB pools, each serving one of 32 size
 * classes (16, 32, ... 512 bytes); pools are carved from 1 MiB arenas mapped
 * from the OS and given back when they empty. Larger requests go to malloc.
 * MINIPY_MALLOC=malloc in the environment routes everything to malloc (like
 * PYTHONMALLOC=malloc), so valgrind and ASan see every block. */
#ifndef MPY_ALLOC_H
#define MPY_ALLOC_H
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* Reads MINIPY_MALLOC; call before any allocation. Only the first call
 * counts: the mode never changes while blocks may be live. */
void mpy_alloc_init(void);
/* Gives back the arenas that hold no block (the one CPython keeps for reuse
 * included). Arenas with live blocks stay mapped. */
void mpy_alloc_fini(void);

/* All return NULL when memory runs out, without raising: callers raise
 * MemoryError (mpy_err_no_memory). Blocks are 16-byte aligned. A request of
 * 0 bytes is a large one, as in CPython (it gets a distinct 1-byte block). */
void *mpy_mem_alloc(size_t size);
void *mpy_mem_calloc(size_t nelem, size_t elsize);
/* Keeps the block when it shrinks by less than a quarter (CPython's rule);
 * moves it between size classes otherwise. A block that came from malloc
 * stays with malloc whatever the new size. On failure returns NULL and the
 * old block is untouched. */
void *mpy_mem_realloc(void *ptr, size_t size);
void mpy_mem_free(void *ptr);

/* True under MINIPY_MALLOC=malloc. */
bool mpy_alloc_uses_malloc(void);

/* Blocks currently handed out: pool blocks plus large requests forwarded to
 * malloc (sys.getallocatedblocks); 0 under MINIPY_MALLOC=malloc. */
size_t mpy_alloc_allocated_blocks(void);
/* sys._debugmallocstats(): the report CPython 3.11 prints, on `out`. Under
 * MINIPY_MALLOC=malloc only the free-list lines. */
void mpy_alloc_print_stats(FILE *out);

/* A type that keeps a free list adds its line to the report ("8 free
 * PyDictObjects * 48 bytes each = 384"): `name` is the middle part ("free
 * PyDictObjects", "free 3-sized PyTupleObjects"; kept, not copied), count(arg)
 * the number of items on the list now, item_size the bytes of one. Lines are
 * printed in registration order; CPython's order is dict, float, list, then
 * tuples by size. Registering the same name twice replaces the entry. */
void mpy_alloc_register_freelist(const char *name, size_t (*count)(void *arg), void *arg,
                                 size_t item_size);

/* A snapshot of the allocator's state, for views of the arena -> pool ->
 * block map. */
typedef struct {
    size_t arenas_allocated_total, arenas_reclaimed, arenas_highwater, arenas_current;
    size_t pools_in_use[32], blocks_in_use[32], blocks_free[32];
    size_t pools_unused;   /* free pools inside the current arenas */
    size_t large_blocks;
} MpyAllocStats;
void mpy_alloc_get_stats(MpyAllocStats *stats);

/* The geometry, for tests and views. */
enum {
    MPY_ALLOC_ALIGNMENT = 16,
    MPY_ALLOC_SMALL_THRESHOLD = 512,
    MPY_ALLOC_SIZE_CLASSES = 32,
    MPY_ALLOC_POOL_SIZE = 16384,
    MPY_ALLOC_ARENA_SIZE = 1 << 20,
    MPY_ALLOC_POOL_OVERHEAD = 48, /* the pool header, as CPython's */
};
/* Blocks one pool of size class `idx` holds. */
#define MPY_ALLOC_BLOCKS_PER_POOL(idx)                                  \
    ((size_t)(MPY_ALLOC_POOL_SIZE - MPY_ALLOC_POOL_OVERHEAD) /          \
     (((size_t)(idx) + 1) * MPY_ALLOC_ALIGNMENT))

#endif
