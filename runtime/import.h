/* The import system: sys.modules, modules written in C (lib/modules.c),
 * Python modules embedded from lib/ (its .py files), and .py files and packages found
 * on sys.path; absolute and relative imports, `from m import x`, `import *`. */
#ifndef MPY_IMPORT_H
#define MPY_IMPORT_H
#include "frame.h"
#include "object.h"

/* IMPORT_NAME: __import__(name, globals, locals, fromlist, level) for the
 * code running in frame f (the builtin's fast path when __import__ is not
 * replaced). */
MpyObject *mpy_import_name(MpyFrame *f, MpyObject *name, MpyObject *fromlist, MpyObject *level);
/* IMPORT_FROM: module.name, falling back to the submodule module.name. */
MpyObject *mpy_import_from(MpyObject *module, MpyObject *name);
/* IMPORT_STAR: copies the public names (or __all__) into `locals`. */
int mpy_import_star(MpyObject *locals, MpyObject *module);
/* builtins.__import__ */
MpyObject *mpy_import_module_level(MpyObject *name, MpyObject *globals, MpyObject *fromlist,
                                   int level);
/* import a module by absolute dotted name (a new reference to it). */
MpyObject *mpy_import_module(const char *name);
/* Runs source as module `name` and registers it in sys.modules: `filename`
 * becomes __file__ unless `origin` ("frozen") says where it came from; a
 * package passes its __path__ list. */
MpyObject *mpy_import_exec_source(MpyObject *name, const char *source, size_t len,
                                  const char *filename, const char *origin, MpyObject *pkg_path);

int mpy_import_init(void);
void mpy_import_fini(void);

#endif
