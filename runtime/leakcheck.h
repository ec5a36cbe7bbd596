/* Live-object accounting. Every object allocated by mpy_object_new* or
 * mpy_gc_new* is registered, and unregistered when freed; at exit, after the
 * final collection and the teardown of the runtime, whatever is still
 * registered was leaked. The release build keeps only a counter (one
 * increment per allocation); the debug build (MPY_DEBUG) keeps every live
 * object in a side table, so the report can name each one, and aborts on a
 * double registration or on unregistering an unknown object (both mean
 * memory was freed or reused behind the registry's back). */
#ifndef MPY_LEAKCHECK_H
#define MPY_LEAKCHECK_H
#include <stdio.h>

#include "object.h"

#ifdef MPY_DEBUG
void mpy_leak_register(MpyObject *op);
void mpy_leak_unregister(MpyObject *op);
#else
extern ssize_t mpy_leak_live;
static inline void mpy_leak_register(MpyObject *op) { (void)op; mpy_leak_live++; }
static inline void mpy_leak_unregister(MpyObject *op) { (void)op; mpy_leak_live--; }
#endif

ssize_t mpy_leak_live_count(void);
/* Prints what is still alive on `out` and returns the number of live
 * objects; prints nothing when there are none. Format: "minipy: N objects
 * leaked", then, in the debug build, one line per object, oldest first
 * ("  0x... <tp_name> refcount=<n>"; at most 1000 lines, then "  ... and N
 * more"). */
ssize_t mpy_leak_report(FILE *out);
/* Calls fn on each live object, oldest first (debug build only; returns 0
 * otherwise). fn may allocate but must not free objects. Returns the number
 * visited. */
ssize_t mpy_leak_visit(void (*fn)(MpyObject *, void *), void *arg);

#endif
