/* The modules written in C that `import` finds built in. */
#ifndef MPY_MODULES_H
#define MPY_MODULES_H
#include "module.h"

/* Ends with an entry whose m_name is NULL. */
extern const MpyModuleDef *const mpy_builtin_module_defs[];

#endif
