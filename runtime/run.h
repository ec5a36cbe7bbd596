/* Running source: compiling text to a code object (raising SyntaxError),
 * running the main script or a -c command as __main__, and the top-level
 * handling of an uncaught exception (traceback, SystemExit's status). */
#ifndef MPY_RUN_H
#define MPY_RUN_H
#include "object.h"
#include "parse.h"

/* Parses and compiles; a syntax error becomes a raised SyntaxError (or
 * IndentationError/TabError). const_keeper: see mpy_compile. */
MpyObject *mpy_run_compile(const char *source, size_t len, const char *filename,
                           MpyParseMode mode, MpyObject *const_keeper);
/* Raises the exception a front-end syntax error stands for. */
void mpy_run_raise_syntax_error(const MpySyntaxError *err);

/* Run as __main__; return the process exit status. */
int mpy_run_main_file(const char *path);
int mpy_run_main_command(const char *command);
int mpy_run_main_stdin(void);
/* The pending exception at top level: prints it (SystemExit prints nothing
 * or its message) and returns the exit status. */
int mpy_run_handle_uncaught(void);
/* Exit status for an uncaught KeyboardInterrupt. As CPython, the process
 * should end by SIGINT once the runtime is shut down, so its parent sees
 * it killed by the signal: see mpy_run_exit_like_interrupt. */
enum { MPY_EXIT_INTERRUPTED = 128 + 2 };
/* True once an uncaught KeyboardInterrupt ended the program. */
bool mpy_run_was_interrupted(void);
/* Ends the process by SIGINT with the default action; returns only if the
 * signal could not kill it. */
void mpy_run_exit_like_interrupt(void);
/* The __main__ module (created on first use); borrowed. */
MpyObject *mpy_run_main_module(void);

#endif
