/* Functions defined in Python, the bound methods made when a function is
 * reached through an instance, and the cells that hold variables shared
 * between a function and the functions nested in it. */
#ifndef MPY_FUNCTION_H
#define MPY_FUNCTION_H
#include "object.h"

typedef struct {
    MPY_OBJECT_HEAD;
    MpyObject *func_code;        /* a code object */
    MpyObject *func_globals;     /* dict */
    MpyObject *func_builtins;    /* dict */
    MpyObject *func_name;        /* str */
    MpyObject *func_qualname;    /* str */
    MpyObject *func_defaults;    /* tuple or NULL */
    MpyObject *func_kwdefaults;  /* dict or NULL */
    MpyObject *func_closure;     /* tuple of cells or NULL */
    MpyObject *func_doc;
    MpyObject *func_dict;        /* __dict__, made on demand */
    MpyObject *func_weakreflist;
    MpyObject *func_module;
    MpyObject *func_annotations; /* dict or NULL */
} MpyFunctionObject;

typedef struct {
    MPY_OBJECT_HEAD;
    MpyObject *im_func;
    MpyObject *im_self;
    MpyObject *im_weakreflist;
} MpyMethodObject;

typedef struct {
    MPY_OBJECT_HEAD;
    MpyObject *ob_ref; /* the variable's value, NULL when unbound */
} MpyCellObject;

extern MpyTypeObject MpyFunction_Type, MpyMethod_Type, MpyCell_Type;
#define MPY_FUNCTION_CHECK(op) (MPY_TYPE(op) == &MpyFunction_Type)
static inline bool mpy_is_function(MpyObject *op) { return MPY_TYPE(op) == &MpyFunction_Type; }

/* A function from a code object and the globals it runs in; qualname may
 * be NULL (the code's). */
MpyObject *mpy_function_new(MpyObject *code, MpyObject *globals, MpyObject *qualname);
MpyObject *mpy_method_new(MpyObject *func, MpyObject *self);
MpyObject *mpy_cell_new(MpyObject *value); /* value may be NULL */

#define MPY_CELL_GET(op) (((MpyCellObject *)(op))->ob_ref)

#endif
