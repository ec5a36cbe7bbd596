/* Frames. An interpreter frame (MpyFrame) is the state of one running code
 * object: its fast slots followed by its value stack, allocated by bumping
 * a per-interpreter data stack, so a Python-to-Python call costs no malloc.
 * A frame object (the `frame` type Python code sees in tracebacks and
 * sys._getframe) is made only when asked for; when its interpreter frame
 * finishes, the frame object keeps a copy of it. Generators keep their
 * interpreter frame inside the generator object. */
#ifndef MPY_FRAME_H
#define MPY_FRAME_H
#include "code.h"
#include "object.h"

enum { MPY_FRAME_OWNED_BY_THREAD, MPY_FRAME_OWNED_BY_GENERATOR, MPY_FRAME_OWNED_BY_FRAME_OBJECT };

typedef struct MpyFrame {
    MpyCodeObject *f_code;     /* strong */
    MpyObject *f_func;         /* strong; NULL for module code run directly */
    MpyObject *f_globals;      /* borrowed from f_func when it is set (as CPython 3.11), else strong */
    MpyObject *f_builtins;     /* likewise */
    MpyObject *f_locals;       /* strong; the namespace of module and class bodies, else NULL */
    struct MpyFrame *previous; /* the caller (NULL at the bottom, and while suspended) */
    MpyObject *frame_obj;      /* strong; the frame object made for this frame, or NULL */
    MpyCodeUnit *prev_instr;   /* the instruction executing or last executed */
    int stacktop;              /* value stack top, as an index into localsplus */
    char owner;                /* MPY_FRAME_OWNED_BY_* */
    bool is_entry;             /* returning from this frame leaves the eval loop */
    MpyObject *localsplus[];   /* fast slots, then the value stack */
} MpyFrame;

/* Code-unit offset of the instruction a frame is executing. */
static inline int mpy_frame_lasti(MpyFrame *f)
{
    return (int)(f->prev_instr - f->f_code->co_code);
}

/* Visits the references a frame holds besides its slots: the namespaces
 * only when the frame owns them (no function to borrow them from). */
#define MPY_FRAME_VISIT_SPECIALS(f)       \
    do {                                  \
        MPY_VISIT((f)->f_code);           \
        MPY_VISIT((f)->f_func);           \
        if (!(f)->f_func) {               \
            MPY_VISIT((f)->f_globals);    \
            MPY_VISIT((f)->f_builtins);   \
        }                                 \
        MPY_VISIT((f)->f_locals);         \
    } while (0)

/* Frame objects. */
typedef struct {
    MPY_OBJECT_VAR_HEAD;     /* ob_size: the bytes of f_frame_data */
    MpyFrame *f_frame;       /* points into f_frame_data once owned */
    MpyObject *f_back;       /* the caller's frame object, kept once this frame finished */
    int f_lineno;            /* the line when the frame finished, or 0 */
    MpyObject *f_frame_data[]; /* room for a copy of the interpreter frame (pointer-aligned) */
} MpyFrameObject;

extern MpyTypeObject MpyFrame_Type;

/* The frame object for an interpreter frame (made on first use); borrowed. */
MpyObject *mpy_frame_get_object(MpyFrame *f);
int mpy_frame_get_lineno(MpyFrame *f);
/* A frame object's current line, whether or not it is still running. */
int mpy_frameobject_lineno(MpyObject *frame_obj);
/* The locals of a frame as a dict (a snapshot for functions, the namespace
 * itself for module and class bodies); new reference. */
MpyObject *mpy_frame_locals(MpyFrame *f);

/* The data stack: frames are carved from chunks by bumping `top`; the
 * newest frame is always freed first. The fast paths are inline because
 * every Python call takes them. */
typedef struct {
    char *top, *end; /* free space of the current chunk */
    char *base;      /* its first frame's address */
} MpyFrameStack;
extern MpyFrameStack mpy_frame_stack;

static inline size_t mpy_frame_bytes(MpyCodeObject *code)
{
    size_t slots = (size_t)code->co_nlocalsplus + (size_t)code->co_stacksize;
    size_t bytes = sizeof(MpyFrame) + slots * sizeof(MpyObject *);
    return (bytes + 15) & ~(size_t)15;
}

MpyFrame *mpy_frame_alloc_in_new_chunk(size_t bytes);
void mpy_frame_pop_chunk(void);

/* A frame with uninitialised slots; NULL + MemoryError. */
static inline MpyFrame *mpy_frame_alloc(MpyCodeObject *code)
{
    size_t need = mpy_frame_bytes(code);
    if ((size_t)(mpy_frame_stack.end - mpy_frame_stack.top) < need)
        return mpy_frame_alloc_in_new_chunk(need);
    MpyFrame *f = (MpyFrame *)mpy_frame_stack.top;
    mpy_frame_stack.top += need;
    f->owner = MPY_FRAME_OWNED_BY_THREAD;
    return f;
}

/* f must be the most recent allocation. */
static inline void mpy_frame_free(MpyFrame *f)
{
    mpy_frame_stack.top = (char *)f;
    if (mpy_frame_stack.top == mpy_frame_stack.base)
        mpy_frame_pop_chunk();
}
/* Releases the references a frame holds (slots, stack, code, function,
 * namespaces), handing it over to its frame object if one is still alive. */
void mpy_frame_clear(MpyFrame *f);

void mpy_frame_init(void);
void mpy_frame_fini(void);

#endif
