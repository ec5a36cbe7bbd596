/* The front end's bump allocator (arena.h): memory is carved from large
 * chunks and released all at once, so the parser never frees node by node. */
#include "arena.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { CHUNK_SIZE = 64 * 1024 };

typedef struct Chunk {
    struct Chunk *next;
    size_t size, used;
    alignas(max_align_t) unsigned char data[];
} Chunk;

struct MpyArena {
    Chunk *head; /* the chunk being carved; older ones follow */
};

static Chunk *chunk_new(size_t size)
{
    Chunk *c = malloc(sizeof(Chunk) + size);
    if (!c)
        return NULL;
    c->next = NULL;
    c->size = size;
    c->used = 0;
    return c;
}

MpyArena *mpy_arena_new(void)
{
    MpyArena *a = malloc(sizeof *a);
    if (!a)
        return NULL;
    a->head = chunk_new(CHUNK_SIZE);
    if (!a->head) {
        free(a);
        return NULL;
    }
    return a;
}

void mpy_arena_free(MpyArena *arena)
{
    if (!arena)
        return;
    for (Chunk *c = arena->head, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    free(arena);
}

void *mpy_arena_alloc(MpyArena *arena, size_t size)
{
    const size_t align = alignof(max_align_t);
    size = (size + align - 1) & ~(align - 1);
    if (size == 0)
        size = align;
    Chunk *c = arena->head;
    if (c->size - c->used < size) {
        /* A request bigger than a chunk gets a chunk of its own, placed
         * behind the head so the head keeps serving small requests. */
        Chunk *fresh = chunk_new(size > CHUNK_SIZE / 4 ? size : CHUNK_SIZE);
        if (!fresh)
            return NULL;
        if (size > CHUNK_SIZE / 4) {
            fresh->next = c->next;
            c->next = fresh;
            fresh->used = size;
            memset(fresh->data, 0, size);
            return fresh->data;
        }
        fresh->next = c;
        arena->head = c = fresh;
    }
    void *p = c->data + c->used;
    c->used += size;
    memset(p, 0, size);
    return p;
}

char *mpy_arena_strndup(MpyArena *arena, const char *s, size_t len)
{
    char *p = mpy_arena_alloc(arena, len + 1);
    if (!p)
        return NULL;
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}
