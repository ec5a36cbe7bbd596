/* The table of modules written in C that `import` finds built in (sys and
 * builtins are made at start-up and are not in it). */
#include "modules.h"

extern const MpyModuleDef mpy_module_gc, mpy_module_time, mpy_module_math;

const MpyModuleDef *const mpy_builtin_module_defs[] = {
    &mpy_module_gc,
    &mpy_module_math,
    &mpy_module_time,
    NULL,
};
