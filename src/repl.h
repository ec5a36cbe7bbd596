/* The interactive prompt. */
#ifndef MPY_REPL_H
#define MPY_REPL_H

/* Reads statements from the terminal (with line editing and history) and
 * runs each in __main__, echoing expression values; returns the exit
 * status when input ends or SystemExit is raised. */
int mpy_repl_run(void);

#endif
