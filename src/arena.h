/* A bump allocator for the front end: the AST, its sequences and strings are
 * allocated here and freed together when the arena is freed. */
#ifndef MPY_ARENA_H
#define MPY_ARENA_H
#include <stddef.h>

typedef struct MpyArena MpyArena;

MpyArena *mpy_arena_new(void);
void mpy_arena_free(MpyArena *arena);
/* Zero-filled memory aligned for any type; NULL only when memory runs out. */
void *mpy_arena_alloc(MpyArena *arena, size_t size);
/* A NUL-terminated copy of s[0..len). */
char *mpy_arena_strndup(MpyArena *arena, const char *s, size_t len);

#endif
