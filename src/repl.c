/* The interactive prompt: ">>> " and "... " prompts read with libedit,
 * a statement collected until it parses completely (a blank line ends a
 * compound statement), compiled in 'single' mode and run in __main__;
 * errors print a traceback and the session goes on. */
#include "repl.h"

#include <editline/readline.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "compile.h"
#include "dict.h"
#include "errors.h"
#include "eval.h"
#include "exceptions.h"
#include "interp.h"
#include "module.h"
#include "parse.h"
#include "run.h"
#include "strbuf.h"

enum { INCOMPLETE, COMPLETE, COMPOUND };

/* Is the text a complete statement? A compound one (if, def, class...)
 * still waits for a blank line, as in CPython; a syntax error counts as
 * complete (running it reports the error). */
static int statement_state(const char *text, size_t len)
{
    MpyArena *arena = mpy_arena_new();
    if (!arena)
        return COMPLETE;
    MpySyntaxError err = {0};
    AstMod *mod = mpy_parse(text, len, "<stdin>", MPY_PARSE_SINGLE, arena, &err);
    int state = mod || !err.incomplete ? COMPLETE : INCOMPLETE;
    if (mod && mod->kind == AST_Interactive_kind && mod->v.Interactive.body.size > 0) {
        AstStmtKind k = mod->v.Interactive.body.items[0]->kind;
        if (k == AST_FunctionDef_kind || k == AST_ClassDef_kind || k == AST_If_kind ||
            k == AST_For_kind || k == AST_While_kind || k == AST_With_kind || k == AST_Try_kind)
            state = COMPOUND;
    }
    mpy_syntax_error_clear(&err);
    mpy_arena_free(arena);
    return state;
}

static int run_statement(const char *text, size_t len, MpyObject *globals)
{
    MpyObject *code = mpy_run_compile(text, len, "<stdin>", MPY_PARSE_SINGLE, NULL);
    MpyObject *res = code ? mpy_eval_code(code, globals, globals) : NULL;
    MPY_XDECREF(code);
    if (res) {
        MPY_DECREF(res);
        fflush(stdout);
        return -1;
    }
    if (mpy_err_exception_matches(MpyExc_SystemExit))
        return mpy_run_handle_uncaught();
    mpy_run_handle_uncaught();
    return -1;
}

int mpy_repl_run(void)
{
    MpyObject *main = mpy_run_main_module();
    if (!main)
        return mpy_run_handle_uncaught();
    MpyObject *globals = mpy_module_get_dict(main);
    fprintf(stderr, "Python 3.11.7 (minipy 0.1) on linux\n"
                    "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
    MpyStrBuf buf = MPY_STRBUF_INIT;
    int status = -1;
    while (status < 0) {
        char *line = readline(buf.len ? "... " : ">>> ");
        if (mpy_interp.pending_signals) {
            mpy_interp.pending_signals = 0;
            mpy_interp.eval_breaker = 0;
            fputs("\nKeyboardInterrupt\n", stderr);
            buf.len = 0;
            free(line);
            continue;
        }
        if (!line) {
            fputc('\n', stdout);
            status = 0;
            break;
        }
        if (*line)
            add_history(line);
        bool blank = strspn(line, " \t") == strlen(line);
        mpy_strbuf_append_cstr(&buf, line);
        mpy_strbuf_append_char(&buf, '\n');
        free(line);
        /* A blank line ends a pending compound statement. */
        if (!blank && statement_state(buf.data, buf.len) != COMPLETE)
            continue;
        if (buf.len > 1 && !(blank && buf.len == strlen(buf.data) && strspn(buf.data, " \t\n") == buf.len))
            status = run_statement(buf.data, buf.len, globals);
        buf.len = 0;
        if (buf.data)
            buf.data[0] = '\0';
    }
    mpy_strbuf_free(&buf);
    return status;
}
