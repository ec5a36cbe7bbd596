/* Module objects, and the definition of modules written in C (lib/mod_*.c). */
#ifndef MPY_MODULE_H
#define MPY_MODULE_H
#include "object.h"

/* A module written in C: its functions, and an exec function that adds the
 * rest (constants, types) to the fresh module; 0 / -1. */
typedef struct {
    const char *m_name;
    const char *m_doc;
    MpyMethodDef *m_methods;
    int (*m_exec)(MpyObject *module);
} MpyModuleDef;

typedef struct {
    MPY_OBJECT_HEAD;
    MpyObject *md_dict;
    MpyObject *md_weaklist;
    const MpyModuleDef *md_def; /* set for modules written in C ("(built-in)") */
    const char *md_origin;      /* "frozen" for modules embedded from lib/, else NULL */
    MpyObject *md_name;         /* the name it was created with (CPython's layout: 56 bytes) */
} MpyModuleObject;

extern MpyTypeObject MpyModule_Type;
#define MPY_MODULE_CHECK(op) MPY_OBJECT_TYPECHECK(op, &MpyModule_Type)

MpyObject *mpy_module_new(MpyObject *name);          /* sets __name__, __doc__ = None... */
MpyObject *mpy_module_from_def(const MpyModuleDef *def);
MpyObject *mpy_module_get_dict(MpyObject *module);  /* borrowed */
const char *mpy_module_name(MpyObject *module);     /* borrowed UTF-8, or "?" */
/* Adds name = value to the module's dict (does not steal). */
int mpy_module_add_object(MpyObject *module, const char *name, MpyObject *value);
int mpy_module_add_int(MpyObject *module, const char *name, int64_t value);
int mpy_module_add_string(MpyObject *module, const char *name, const char *value);
int mpy_module_add_type(MpyObject *module, MpyTypeObject *type); /* under its short name */

#endif
