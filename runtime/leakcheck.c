/* Live-object accounting for the leak check at exit: a counter in the
 * release build; in the debug build (MPY_DEBUG) a side table of every live
 * object by address, so the report can name each survivor. The table uses
 * malloc directly, so it never shows in the object allocator's counts. */
#include "leakcheck.h"

#include <stdint.h>
#include <stdlib.h>

/* The report lists at most this many objects, oldest first. */
#define REPORT_LIMIT 1000

#ifndef MPY_DEBUG

ssize_t mpy_leak_live;

ssize_t mpy_leak_live_count(void) { return mpy_leak_live; }

ssize_t mpy_leak_report(FILE *out)
{
    if (mpy_leak_live)
        fprintf(out, "minipy: %zd objects leaked\n", mpy_leak_live);
    return mpy_leak_live;
}

ssize_t mpy_leak_visit(void (*fn)(MpyObject *, void *), void *arg)
{
    (void)fn;
    (void)arg;
    return 0;
}

#else /* MPY_DEBUG */

/* Open addressing with linear probing; a slot is empty when op is NULL.
 * The serial number orders the report by allocation. */
typedef struct {
    MpyObject *op;
    uint64_t serial;
} Entry;

static Entry *table;
static size_t capacity; /* a power of two, or 0 */
static size_t used;
static uint64_t next_serial;

static size_t home_slot(const MpyObject *op)
{
    uint64_t h = ((uint64_t)(uintptr_t)op >> 4) * 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> 20) & (capacity - 1);
}

static void fatal(const char *what, MpyObject *op)
{
    fprintf(stderr, "minipy: fatal: leakcheck: %s %p\n", what, (void *)op);
    abort();
}

static void insert_entry(Entry e)
{
    size_t i = home_slot(e.op);
    while (table[i].op) {
        if (table[i].op == e.op)
            fatal("object registered twice (freed without unregistering?):", e.op);
        i = (i + 1) & (capacity - 1);
    }
    table[i] = e;
    used++;
}

/* Keeps the load factor at most one half. */
static void grow(void)
{
    Entry *old = table;
    size_t old_capacity = capacity;
    capacity = capacity ? capacity * 2 : 1024;
    table = calloc(capacity, sizeof(Entry));
    if (!table)
        fatal("out of memory for the live-object table at", NULL);
    used = 0;
    for (size_t i = 0; i < old_capacity; i++) {
        if (old[i].op)
            insert_entry(old[i]);
    }
    free(old);
}

void mpy_leak_register(MpyObject *op)
{
    if (2 * (used + 1) > capacity)
        grow();
    insert_entry((Entry){op, next_serial++});
}

/* Removes the slot and shifts later members of the probe run back, so that
 * no tombstones are needed. */
void mpy_leak_unregister(MpyObject *op)
{
    size_t mask = capacity - 1;
    size_t i = capacity ? home_slot(op) : 0;
    while (capacity && table[i].op != op) {
        if (!table[i].op)
            break;
        i = (i + 1) & mask;
    }
    if (!capacity || table[i].op != op)
        fatal("unregistering an object that is not registered:", op);
    table[i].op = NULL;
    used--;
    for (size_t j = (i + 1) & mask; table[j].op; j = (j + 1) & mask) {
        size_t home = home_slot(table[j].op);
        /* Move j back to the hole i unless its home lies in (i, j]. */
        bool stays = (i < j) ? (home > i && home <= j) : (home > i || home <= j);
        if (!stays) {
            table[i] = table[j];
            table[j].op = NULL;
            i = j;
        }
    }
}

ssize_t mpy_leak_live_count(void) { return (ssize_t)used; }

static int by_serial(const void *a, const void *b)
{
    uint64_t x = ((const Entry *)a)->serial, y = ((const Entry *)b)->serial;
    return (x > y) - (x < y);
}

/* The live entries, oldest first, in a new array (NULL when none). */
static Entry *snapshot(void)
{
    if (!used)
        return NULL;
    Entry *all = malloc(used * sizeof(Entry));
    if (!all)
        fatal("out of memory for the leak report at", NULL);
    size_t n = 0;
    for (size_t i = 0; i < capacity; i++) {
        if (table[i].op)
            all[n++] = table[i];
    }
    qsort(all, n, sizeof(Entry), by_serial);
    return all;
}

ssize_t mpy_leak_report(FILE *out)
{
    ssize_t n = (ssize_t)used;
    if (!n)
        return 0;
    Entry *all = snapshot();
    fprintf(out, "minipy: %zd objects leaked\n", n);
    for (ssize_t i = 0; i < n && i < REPORT_LIMIT; i++) {
        MpyObject *op = all[i].op;
        fprintf(out, "  %p %s refcount=%zd\n", (void *)op, MPY_TYPE(op)->tp_name,
                MPY_REFCNT(op));
    }
    if (n > REPORT_LIMIT)
        fprintf(out, "  ... and %zd more\n", n - REPORT_LIMIT);
    free(all);
    return n;
}

/* Visits a snapshot, so fn may allocate; it must not free objects. */
ssize_t mpy_leak_visit(void (*fn)(MpyObject *, void *), void *arg)
{
    ssize_t n = (ssize_t)used;
    Entry *all = snapshot();
    for (ssize_t i = 0; i < n; i++)
        fn(all[i].op, arg);
    free(all);
    return n;
}

#endif
