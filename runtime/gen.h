/* Generators: a suspended frame, resumed by next()/send()/throw() and
 * closed by close() or when collected. */
#ifndef MPY_GEN_H
#define MPY_GEN_H
#include "frame.h"
#include "interp.h"
#include "object.h"

typedef struct {
    MPY_OBJECT_VAR_HEAD;       /* ob_size: pointers in gi_frame_data */
    MpyObject *gi_name, *gi_qualname;
    MpyObject *gi_weakreflist;
    MpyExcInfo gi_exc_state;   /* the exception handled inside the generator */
    char gi_frame_state;       /* MPY_GEN_* */
    MpyFrame *gi_frame;        /* points at gi_frame_data */
    MpyObject *gi_frame_data[];/* the frame itself (header and slots) */
} MpyGenObject;

enum { MPY_GEN_CREATED, MPY_GEN_SUSPENDED, MPY_GEN_RUNNING, MPY_GEN_COMPLETED };

extern MpyTypeObject MpyGen_Type;
#define MPY_GEN_CHECK(op) (MPY_TYPE(op) == &MpyGen_Type)

/* Makes a generator whose frame has been filled in by the caller: returns
 * the generator and sets *frame to its (empty) frame. */
MpyObject *mpy_gen_new(MpyObject *func, MpyCodeObject *code, MpyFrame **frame);
/* One step: sends `value` (None for next()). Returns 1 and the yielded value
 * in *result, 0 and the return value (new reference) when the generator
 * finished, -1 with an exception set on error. */
int mpy_gen_send(MpyObject *gen, MpyObject *value, MpyObject **result);

#endif
