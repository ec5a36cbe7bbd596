/* The modules written in C that `import` finds built in. */
#ifndef MPY_MODULES_H
#define MPY_MODULES_H
#include "module.h"

/* Ends with an entry whose m_name is NULL. */
extern const MpyModuleDef *const mpy_builtin_module_defs[];

/* Drops what the gc module holds (callbacks, garbage) before the final
 * collections at exit. */
void mpy_gc_module_fini(void);

#endif
