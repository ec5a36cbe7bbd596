/* Start-up and shutdown of the runtime: the allocator, the collector, every
 * built-in type, the singletons and pools, the builtins and sys modules; and
 * at exit the final collections and the teardown that lets the leak check
 * see that every object was freed. */
#ifndef MPY_LIFECYCLE_H
#define MPY_LIFECYCLE_H

/* 0, or -1 after printing why on stderr. */
int mpy_runtime_init(int argc, char **argv);
/* Runs the exit sequence (atexit hooks, collections, module teardown) and
 * frees everything; returns the number of objects still alive (leaked). */
long mpy_runtime_fini(void);

#endif
