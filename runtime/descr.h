/* Callable wrappers around C code: builtin functions and bound builtin
 * methods (builtin_function_or_method), and the descriptors a type's dict
 * holds for its C methods (method_descriptor, classmethod_descriptor), C
 * getters (getset_descriptor), C fields (member_descriptor) and slots
 * (wrapper_descriptor, e.g. int.__add__). */
#ifndef MPY_DESCR_H
#define MPY_DESCR_H
#include "object.h"

typedef struct {
    MPY_OBJECT_HEAD;
    MpyMethodDef *m_ml;
    MpyObject *m_self;   /* the bound object or the module; may be NULL */
    MpyObject *m_module; /* __module__ (a str) or NULL */
} MpyCFunctionObject;

typedef struct {
    MPY_OBJECT_HEAD;
    MpyTypeObject *d_type;
    MpyObject *d_name;   /* interned str */
    MpyObject *d_qualname;
    union {
        MpyMethodDef *method;
        MpyGetSetDef *getset;
        MpyMemberDef *member;
        const struct MpySlotWrapperDef *wrapper;
    } d_u;
    void *d_wrapped;     /* slot wrappers: the C slot function they call */
} MpyDescrObject;

extern MpyTypeObject MpyCFunction_Type, MpyMethodDescr_Type, MpyClassMethodDescr_Type,
    MpyGetSetDescr_Type, MpyMemberDescr_Type, MpyWrapperDescr_Type, MpyMethodWrapper_Type;

MpyObject *mpy_cfunction_new(MpyMethodDef *ml, MpyObject *self, MpyObject *module_name);
MpyObject *mpy_descr_new_method(MpyTypeObject *type, MpyMethodDef *ml);
MpyObject *mpy_descr_new_classmethod(MpyTypeObject *type, MpyMethodDef *ml);
MpyObject *mpy_descr_new_getset(MpyTypeObject *type, MpyGetSetDef *gs);
MpyObject *mpy_descr_new_member(MpyTypeObject *type, MpyMemberDef *m);
/* A C function exposed as a staticmethod of `type` (MPY_METH_STATIC). */
MpyObject *mpy_staticmethod_new_from_cfunction(MpyMethodDef *ml, MpyTypeObject *type);
/* staticmethod(f) and classmethod(f) objects (classmethod.c). */
MpyObject *mpy_staticmethod_new(MpyObject *callable);
MpyObject *mpy_classmethod_new(MpyObject *callable);
extern MpyTypeObject MpyStaticMethod_Type, MpyClassMethod_Type;
void mpy_descr_init(void);

/* Calls the C function of `ml` with self and vectorcall arguments, checking
 * NOARGS/O arity with CPython's messages; `callable` (the builtin function
 * or method descriptor, may be NULL) names it in those messages. */
MpyObject *mpy_methoddef_call(MpyMethodDef *ml, MpyObject *callable, MpyObject *self,
                              MpyObject *const *args, size_t nargs, MpyObject *kwnames);

#endif
