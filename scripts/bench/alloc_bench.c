/* Throughput of minipy's object allocator (runtime/alloc.c) against glibc
 * malloc on small blocks, in the patterns an interpreter produces. Built and
 * run by scripts/bench/alloc_bench; figures are ns per alloc+free pair and
 * the ratio malloc / minipy (above 1: minipy is faster). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "alloc.h"

typedef struct {
    void *(*alloc)(size_t);
    void (*free)(void *);
} Allocator;

static const Allocator MINIPY = {mpy_mem_alloc, mpy_mem_free};
static const Allocator LIBC = {malloc, free};

enum { LIVE = 10000, ROUNDS = 400 };
static void *slots[LIVE];
static size_t sizes[LIVE];
static uint32_t order[LIVE];

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* A cheap deterministic generator, so both allocators see the same sizes. */
static uint32_t rng_state = 12345;
static uint32_t rng(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 17;
    rng_state ^= rng_state << 5;
    return rng_state;
}

/* Object-like sizes: mostly 16..128 bytes, some up to 512. */
static void make_sizes(void)
{
    for (int i = 0; i < LIVE; i++) {
        uint32_t r = rng();
        sizes[i] = (r % 4 == 0) ? 16 + r % 497 : 16 + (r >> 8) % 113;
        order[i] = (uint32_t)i;
    }
    for (int i = LIVE - 1; i > 0; i--) { /* a shuffled freeing order */
        uint32_t j = rng() % (uint32_t)(i + 1), t = order[i];
        order[i] = order[j];
        order[j] = t;
    }
}

/* Allocate n blocks, free them all (last first, or shuffled); repeat. With
 * n = 1000 everything fits in one arena; with 10000 the blocks span two and
 * each round gives the second arena back to the OS and maps it again
 * (CPython's policy: only one wholly free arena is kept), so page faults
 * are part of that figure, as they are for CPython. */
static double bench_batch(const Allocator *a, int n, int shuffled)
{
    int rounds = ROUNDS * (LIVE / n);
    double t0 = now();
    for (int r = 0; r < rounds; r++) {
        for (int i = 0; i < n; i++)
            slots[i] = a->alloc(sizes[i]);
        for (int i = 0, j = 0; i < n; i++) {
            int k = n - 1 - i;
            if (shuffled) {
                while (order[j] >= (uint32_t)n)
                    j++;
                k = (int)order[j++];
            }
            a->free(slots[k]);
        }
    }
    return (now() - t0) * 1e9 / ((double)rounds * n);
}

/* A working set of LIVE blocks in which one block at a time is replaced:
 * the steady state of a running program (temporaries dying young). */
static double bench_churn(const Allocator *a)
{
    for (int i = 0; i < LIVE; i++)
        slots[i] = a->alloc(sizes[i]);
    double t0 = now();
    long n = (long)ROUNDS * LIVE;
    for (long k = 0; k < n; k++) {
        int i = (int)(order[k % LIVE]);
        a->free(slots[i]);
        slots[i] = a->alloc(sizes[(i + k) % LIVE]);
    }
    double ns = (now() - t0) * 1e9 / (double)n;
    for (int i = 0; i < LIVE; i++)
        a->free(slots[i]);
    return ns;
}

/* Allocate and free immediately, one fixed size: the hottest path. */
static double bench_pairs(const Allocator *a, size_t size)
{
    double t0 = now();
    long n = (long)ROUNDS * LIVE;
    for (long k = 0; k < n; k++) {
        void *volatile p = a->alloc(size);
        a->free(p);
    }
    return (now() - t0) * 1e9 / (double)n;
}

static double best_of(double (*f)(const Allocator *, int), const Allocator *a, int arg)
{
    double best = 1e30;
    for (int i = 0; i < 5; i++) {
        double t = f(a, arg);
        if (t < best)
            best = t;
    }
    return best;
}

static double batch_lifo(const Allocator *a, int n) { return bench_batch(a, n, 0); }
static double batch_random(const Allocator *a, int n) { return bench_batch(a, n, 1); }
static double churn(const Allocator *a, int unused) { (void)unused; return bench_churn(a); }
static double pairs(const Allocator *a, int size) { return bench_pairs(a, (size_t)size); }

static void row(const char *name, double (*f)(const Allocator *, int), int arg)
{
    double m = best_of(f, &MINIPY, arg), c = best_of(f, &LIBC, arg);
    printf("%-34s %8.2f %8.2f %7.2fx\n", name, m, c, c / m);
}

int main(void)
{
    mpy_alloc_init();
    make_sizes();
    printf("%-34s %8s %8s %8s\n", "pattern (ns per alloc+free)", "minipy", "malloc", "ratio");
    row("batch 1k, free LIFO", batch_lifo, 1000);
    row("batch 1k, free shuffled", batch_random, 1000);
    row("batch 10k (2 arenas), free LIFO", batch_lifo, 10000);
    row("batch 10k (2 arenas), free shuffled", batch_random, 10000);
    row("churn in a 10k working set", churn, 0);
    row("alloc+free pairs, 32 bytes", pairs, 32);
    row("alloc+free pairs, 256 bytes", pairs, 256);
    return 0;
}
