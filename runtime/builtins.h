/* The builtins module (builtins.c). */
#ifndef MPY_BUILTINS_H
#define MPY_BUILTINS_H
#include "object.h"

/* Makes the builtins module with every built-in function, type, constant
 * and exception in it. */
MpyObject *mpy_builtins_create(void);
/* locals() of the running frame (a new reference). */
MpyObject *mpy_builtins_current_locals(void);

#endif
