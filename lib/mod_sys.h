/* The sys module (mod_sys.c), and access to it from C. */
#ifndef MPY_SYS_H
#define MPY_SYS_H
#include "object.h"

/* sys.<name>, borrowed, or NULL (no exception) when unset. */
MpyObject *mpy_sys_get_object(const char *name);
int mpy_sys_set_object(const char *name, MpyObject *value);
/* Makes the sys module (argv, path, modules, stdio...); `script` is the
 * main file (its directory starts sys.path) or NULL. */
MpyObject *mpy_sys_create(int argc, char **argv, const char *script);
void mpy_sys_fini(void);

#endif
