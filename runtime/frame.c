/* Interpreter frames on the data stack, and frame objects: made on demand
 * for tracebacks and sys._getframe, keeping a copy of their frame once it
 * finishes (CPython 3.11's take_ownership). */
#include "frame.h"

#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "errors.h"
#include "function.h"
#include "gc.h"
#include "gen.h"
#include "int.h"
#include "interp.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

/* ========================================================= data stack */

/* A chunk remembers where the stack stood in the chunk before it. One empty
 * chunk is kept to avoid thrashing at a chunk boundary. */
typedef struct Chunk {
    struct Chunk *previous;
    char *saved_top; /* the previous chunk's top while this one is current */
    char *end;
    char data[];
} Chunk;

#define CHUNK_SIZE (256 * 1024)

MpyFrameStack mpy_frame_stack;
static Chunk *current_chunk, *spare_chunk;

MpyFrame *mpy_frame_alloc_in_new_chunk(size_t need)
{
    Chunk *c;
    if (spare_chunk && (size_t)(spare_chunk->end - spare_chunk->data) >= need) {
        c = spare_chunk;
        spare_chunk = NULL;
    } else {
        size_t size = need + sizeof(Chunk) > CHUNK_SIZE ? need + sizeof(Chunk) : CHUNK_SIZE;
        c = malloc(size);
        if (!c)
            return (MpyFrame *)mpy_err_no_memory();
        c->end = (char *)c + size;
    }
    c->previous = current_chunk;
    c->saved_top = mpy_frame_stack.top;
    current_chunk = c;
    mpy_frame_stack.base = c->data;
    mpy_frame_stack.top = c->data;
    mpy_frame_stack.end = c->end;
    MpyFrame *f = (MpyFrame *)mpy_frame_stack.top;
    mpy_frame_stack.top += need;
    f->owner = MPY_FRAME_OWNED_BY_THREAD;
    return f;
}

/* The current chunk is empty again: go back to the one before (the first
 * chunk stays). */
void mpy_frame_pop_chunk(void)
{
    Chunk *c = current_chunk;
    if (!c->previous)
        return;
    current_chunk = c->previous;
    mpy_frame_stack.top = c->saved_top;
    mpy_frame_stack.end = current_chunk->end;
    mpy_frame_stack.base = current_chunk->data;
    free(spare_chunk);
    spare_chunk = c;
}

void mpy_frame_init(void) {}

void mpy_frame_fini(void)
{
    while (current_chunk) {
        Chunk *prev = current_chunk->previous;
        free(current_chunk);
        current_chunk = prev;
    }
    free(spare_chunk);
    spare_chunk = NULL;
    mpy_frame_stack = (MpyFrameStack){0};
}

/* ======================================================= frame objects */

#define FOBJ(op) ((MpyFrameObject *)(op))

MpyObject *mpy_frame_get_object(MpyFrame *f)
{
    if (f->frame_obj)
        return f->frame_obj;
    size_t extra = mpy_frame_bytes(f->f_code);
    size_t nitems = (extra + sizeof(MpyObject *) - 1) / sizeof(MpyObject *);
    MpyFrameObject *fo = (MpyFrameObject *)mpy_gc_new_var(&MpyFrame_Type, (ssize_t)nitems);
    if (!fo)
        return NULL;
    fo->f_frame = f;
    fo->f_back = NULL;
    fo->f_lineno = 0;
    f->frame_obj = MPY_CAST(fo);
    mpy_gc_track(MPY_CAST(fo));
    return MPY_CAST(fo);
}

/* The frame finished but its frame object lives on (a traceback holds it):
 * move the frame's state, references included, into the object. */
static void take_ownership(MpyObject *frame_obj, MpyFrame *f)
{
    MpyFrameObject *fo = FOBJ(frame_obj);
    MpyFrame *copy = (MpyFrame *)fo->f_frame_data;
    size_t size = sizeof(MpyFrame) + (size_t)f->stacktop * sizeof(MpyObject *);
    memcpy(copy, f, size);
    copy->owner = MPY_FRAME_OWNED_BY_FRAME_OBJECT;
    copy->previous = NULL;
    copy->frame_obj = NULL;
    fo->f_frame = copy;
    fo->f_lineno = mpy_frame_get_lineno(copy);
    if (f->previous && !fo->f_back) {
        MpyObject *back = mpy_frame_get_object(f->previous);
        if (back)
            fo->f_back = MPY_NEWREF(back);
        else
            mpy_err_clear();
    }
}

static void clear_slots(MpyFrame *f)
{
    for (int i = 0; i < f->stacktop; i++)
        MPY_XDECREF(f->localsplus[i]);
    f->stacktop = 0;
    MPY_XDECREF(f->f_locals);
    if (f->f_func) {
        MPY_DECREF(f->f_func); /* the namespaces were borrowed from it */
    } else {
        MPY_DECREF(f->f_globals);
        MPY_DECREF(f->f_builtins);
    }
    MPY_DECREF(f->f_code);
}

void mpy_frame_clear(MpyFrame *f)
{
    MpyObject *fo = f->frame_obj;
    if (fo) {
        f->frame_obj = NULL;
        if (MPY_REFCNT(fo) > 1) {
            take_ownership(fo, f);
            MPY_DECREF(fo);
            return;
        }
        FOBJ(fo)->f_frame = NULL;
        MPY_DECREF(fo);
    }
    clear_slots(f);
}

int mpy_frame_get_lineno(MpyFrame *f)
{
    int lasti = mpy_frame_lasti(f);
    return mpy_code_addr2line(f->f_code, lasti < 0 ? 0 : lasti);
}

int mpy_frameobject_lineno(MpyObject *frame_obj)
{
    MpyFrameObject *fo = FOBJ(frame_obj);
    if (fo->f_frame)
        return mpy_frame_get_lineno(fo->f_frame);
    return fo->f_lineno;
}

MpyObject *mpy_frame_locals(MpyFrame *f)
{
    MpyCodeObject *co = f->f_code;
    if (!(co->co_flags & MPY_CO_OPTIMIZED)) {
        MpyObject *ns = f->f_locals ? f->f_locals : f->f_globals;
        return MPY_NEWREF(ns);
    }
    MpyObject *dict = mpy_dict_new();
    if (!dict)
        return NULL;
    for (int i = 0; i < co->co_nlocalsplus; i++) {
        MpyObject *value = f->localsplus[i];
        uint8_t kind = co->co_localspluskinds[i];
        if (value && (kind & (MPY_FAST_CELL | MPY_FAST_FREE)) && MPY_TYPE(value) == &MpyCell_Type)
            value = MPY_CELL_GET(value);
        if (!value)
            continue;
        if (mpy_dict_set_item(dict, MPY_TUPLE_GET(co->co_localsplusnames, i), value) < 0) {
            MPY_DECREF(dict);
            return NULL;
        }
    }
    return dict;
}

/* -------------------------------------------------------- the type */

static void frameobject_dealloc(MpyObject *op)
{
    mpy_gc_untrack(op);
    MpyFrameObject *fo = FOBJ(op);
    MpyFrame *f = fo->f_frame;
    if (f && f->owner == MPY_FRAME_OWNED_BY_FRAME_OBJECT)
        clear_slots(f);
    MPY_CLEAR(fo->f_back);
    mpy_gc_del(op);
}

static int frameobject_traverse(MpyObject *op, mpy_visitproc visit, void *arg)
{
    MpyFrameObject *fo = FOBJ(op);
    MPY_VISIT(fo->f_back);
    MpyFrame *f = fo->f_frame;
    if (!f || f->owner != MPY_FRAME_OWNED_BY_FRAME_OBJECT)
        return 0;
    MPY_FRAME_VISIT_SPECIALS(f);
    for (int i = 0; i < f->stacktop; i++)
        MPY_VISIT(f->localsplus[i]);
    return 0;
}

static int frameobject_clear(MpyObject *op)
{
    MpyFrameObject *fo = FOBJ(op);
    MpyFrame *f = fo->f_frame;
    if (f && f->owner == MPY_FRAME_OWNED_BY_FRAME_OBJECT) {
        for (int i = 0; i < f->stacktop; i++)
            MPY_CLEAR(f->localsplus[i]);
        f->stacktop = 0;
        MPY_CLEAR(f->f_locals);
    }
    MPY_CLEAR(fo->f_back);
    return 0;
}

static MpyObject *frameobject_repr(MpyObject *op)
{
    MpyFrame *f = FOBJ(op)->f_frame;
    if (!f)
        return mpy_str_from_format("<frame at %p, cleared>", (void *)op);
    return mpy_str_from_format("<frame at %p, file %R, line %d, code %U>", (void *)op,
                               f->f_code->co_filename, mpy_frameobject_lineno(op),
                               f->f_code->co_name);
}

static MpyObject *frame_get_lineno(MpyObject *op, void *c)
{
    return mpy_int_from_i64(mpy_frameobject_lineno(op));
}

static MpyObject *frame_get_code(MpyObject *op, void *c)
{
    MpyFrame *f = FOBJ(op)->f_frame;
    if (!f)
        MPY_RETURN_NONE;
    return MPY_NEWREF(f->f_code);
}

static MpyObject *frame_get_back(MpyObject *op, void *c)
{
    MpyFrameObject *fo = FOBJ(op);
    if (fo->f_back)
        return MPY_NEWREF(fo->f_back);
    MpyFrame *f = fo->f_frame;
    if (f && f->owner != MPY_FRAME_OWNED_BY_FRAME_OBJECT && f->previous) {
        MpyObject *back = mpy_frame_get_object(f->previous);
        return back ? MPY_NEWREF(back) : NULL;
    }
    MPY_RETURN_NONE;
}

static MpyObject *frame_get_globals(MpyObject *op, void *c)
{
    MpyFrame *f = FOBJ(op)->f_frame;
    return MPY_NEWREF(f ? f->f_globals : MPY_NONE);
}

static MpyObject *frame_get_locals(MpyObject *op, void *c)
{
    MpyFrame *f = FOBJ(op)->f_frame;
    if (!f)
        return mpy_dict_new();
    return mpy_frame_locals(f);
}

static MpyObject *frame_get_lasti(MpyObject *op, void *c)
{
    MpyFrame *f = FOBJ(op)->f_frame;
    return mpy_int_from_i64(f ? mpy_frame_lasti(f) * 2 : -1);
}

static MpyObject *frame_get_builtins(MpyObject *op, void *c)
{
    MpyFrame *f = FOBJ(op)->f_frame;
    return MPY_NEWREF(f ? f->f_builtins : MPY_NONE);
}

static MpyGetSetDef frame_getset[] = {
    {"f_lineno", frame_get_lineno, NULL, NULL, NULL},
    {"f_code", frame_get_code, NULL, NULL, NULL},
    {"f_back", frame_get_back, NULL, NULL, NULL},
    {"f_globals", frame_get_globals, NULL, NULL, NULL},
    {"f_locals", frame_get_locals, NULL, NULL, NULL},
    {"f_lasti", frame_get_lasti, NULL, NULL, NULL},
    {"f_builtins", frame_get_builtins, NULL, NULL, NULL},
    {NULL},
};

MpyTypeObject MpyFrame_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "frame",
    .tp_basicsize = sizeof(MpyFrameObject),
    .tp_itemsize = sizeof(MpyObject *),
    .tp_dealloc = frameobject_dealloc,
    .tp_repr = frameobject_repr,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC,
    .tp_traverse = frameobject_traverse,
    .tp_clear = frameobject_clear,
    .tp_getset = frame_getset,
    .tp_free = mpy_gc_del,
};
