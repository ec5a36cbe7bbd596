/* The object allocator: CPython 3.11's pymalloc on 64 bits. Requests of at
 * most 512 bytes are served from 16 KiB pools, each serving one of 32 size
 * classes (16, 32, ... 512 bytes); pools are carved from 1 MiB arenas mapped
 * from the OS and given back when they empty. Larger requests go to malloc.
 * MINIPY_MALLOC=malloc in the environment routes everything to malloc (like
 * PYTHONMALLOC=malloc), so valgrind and ASan see every block. */
#ifndef MPY_ALLOC_H
#define MPY_ALLOC_H
#include <stddef.h>
#include <stdio.h>

void mpy_alloc_init(void); /* reads MINIPY_MALLOC; before any allocation */
void mpy_alloc_fini(void);

/* All return NULL when memory runs out, without raising: callers raise
 * MemoryError (mpy_err_no_memory). Blocks are 16-byte aligned. */
void *mpy_mem_alloc(size_t size);
void *mpy_mem_calloc(size_t nelem, size_t elsize);
void *mpy_mem_realloc(void *ptr, size_t size);
void mpy_mem_free(void *ptr);

/* Blocks currently handed out: pool blocks plus large requests forwarded to
 * malloc (sys.getallocatedblocks); 0 under MINIPY_MALLOC=malloc. */
size_t mpy_alloc_allocated_blocks(void);
/* sys._debugmallocstats(): the report CPython 3.11 prints, on `out`. */
void mpy_alloc_print_stats(FILE *out);

/* A snapshot of the allocator's state, for views of the arena -> pool ->
 * block map. */
typedef struct {
    size_t arenas_allocated_total, arenas_reclaimed, arenas_highwater, arenas_current;
    size_t pools_in_use[32], blocks_in_use[32], blocks_free[32];
    size_t large_blocks;
} MpyAllocStats;
void mpy_alloc_get_stats(MpyAllocStats *stats);

#endif
