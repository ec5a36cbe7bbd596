/* The compiler: an AST (ast.h) to the module's code object, with nested
 * code objects for functions, classes, lambdas and comprehensions, the
 * way CPython 3.11 compiles it (see compile.c). */
#ifndef MPY_COMPILE_H
#define MPY_COMPILE_H
#include "ast.h"
#include "object.h"
#include "parse.h"

/* Compiles `mod` (parsed from `source` in `mode`) and returns its code
 * object. A SyntaxError found by the compiler returns NULL with *err filled
 * and no exception set; other failures (MemoryError) return NULL with an
 * exception set and err->kind NULL. `const_keeper`, when not NULL, is a
 * list to which every constant object made for a literal (and every folded
 * constant) is appended, once per occurrence: the script runner keeps it
 * alive while the module runs, as CPython's parser arena does. */
MpyObject *mpy_compile(AstMod *mod, const char *filename, const char *source, size_t len,
                       MpyParseMode mode, MpyObject *const_keeper, MpySyntaxError *err);

/* Parses and compiles a source text in one go (a convenience for tests,
 * exec() and the REPL): the code object, or NULL with *err filled (a syntax
 * error) or an exception set. */
MpyObject *mpy_compile_source(const char *source, size_t len, const char *filename,
                              MpyParseMode mode, MpyObject *const_keeper, MpySyntaxError *err);

/* Fills *err for a SyntaxError found after parsing (symbol table,
 * compiler), as CPython's compiler_error: offset and end_offset are the
 * byte columns + 1 (not converted to characters, as in CPython 3.11);
 * end_col -1 leaves end_offset unknown (0). */
void mpy_compile_error_set(MpySyntaxError *err, const char *source, size_t len,
                           const char *filename, const char *msg, int lineno, int col,
                           int end_lineno, int end_col);

#endif
