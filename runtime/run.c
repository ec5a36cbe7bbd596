/* Compiling and running source as a program, and what happens to an
 * exception nobody caught. */
#include "run.h"

#include <signal.h>

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arena.h"
#include "compile.h"
#include "dict.h"
#include "errors.h"
#include "eval.h"
#include "exceptions.h"
#include "int.h"
#include "interp.h"
#include "list.h"
#include "module.h"
#include "str.h"
#include "tuple.h"
#include "utf8.h"

static MpyTypeObject *syntax_error_type(const char *kind)
{
    if (kind && strcmp(kind, "IndentationError") == 0)
        return MpyExc_IndentationError;
    if (kind && strcmp(kind, "TabError") == 0)
        return MpyExc_TabError;
    return MpyExc_SyntaxError;
}



void mpy_run_raise_syntax_error(const MpySyntaxError *err)
{
    /* Absurd nesting: CPython's parser runs out of stack (MemoryError) or
     * its compiler out of recursion (RecursionError), with no location. */
    if (err->kind && strcmp(err->kind, "MemoryError") == 0) {
        mpy_err_no_memory();
        return;
    }
    if (err->kind && strcmp(err->kind, "RecursionError") == 0) {
        mpy_err_set_string(MpyExc_RecursionError, err->msg ? err->msg : "");
        return;
    }
    /* The message names the file, and a path or a line of a broken file
     * need not be UTF-8: decode them as CPython does (the file system's
     * surrogateescape, the source's replacement characters). */
    const char *m = err->msg ? err->msg : "invalid syntax";
    const char *f = err->filename ? err->filename : "<unknown>";
    MpyObject *msg = mpy_str_decode_utf8(m, strlen(m), "surrogateescape");
    MpyObject *file = mpy_str_from_os(f);
    MpyObject *text = err->text ? mpy_str_decode_utf8(err->text, strlen(err->text), "replace")
                                : MPY_NEWREF(MPY_NONE);
    /* Positions are ints even when unknown (0, or -1 past the end), as
     * CPython's parser and compiler report them. */
    MpyObject *lineno = mpy_int_from_i64(err->lineno);
    MpyObject *offset = mpy_int_from_i64(err->offset);
    MpyObject *end_lineno = mpy_int_from_i64(err->end_lineno);
    /* A location without an end column (the future check's) leaves
     * end_offset None, as PyErr_SyntaxLocationObject does. */
    MpyObject *end_offset = err->end_offset <= 0 && err->location_as_attributes
                                ? MPY_NEWREF(MPY_NONE) : mpy_int_from_i64(err->end_offset);
    if (msg && file && text && lineno && offset && end_lineno && end_offset) {
        MpyObject *exc;
        if (err->location_as_attributes) {
            /* CPython's symtable and future errors: the location goes on the
             * exception, args is just the message. */
            exc = mpy_exc_new(syntax_error_type(err->kind), &msg, 1);
            if (exc) {
                MpySyntaxErrorObject *se = (MpySyntaxErrorObject *)exc;
                MPY_SETREF(se->filename, MPY_NEWREF(file));
                MPY_SETREF(se->lineno, MPY_NEWREF(lineno));
                MPY_SETREF(se->offset, MPY_NEWREF(offset));
                MPY_SETREF(se->text, MPY_NEWREF(text));
                MPY_SETREF(se->end_lineno, MPY_NEWREF(end_lineno));
                MPY_SETREF(se->end_offset, MPY_NEWREF(end_offset));
            }
        } else {
            MpyObject *info = mpy_tuple_pack(6, file, lineno, offset, text, end_lineno, end_offset);
            MpyObject *args[2] = {msg, info};
            exc = info ? mpy_exc_new(syntax_error_type(err->kind), args, 2) : NULL;
            MPY_XDECREF(info);
        }
        if (exc)
            mpy_err_set_raised(exc);
    }
    MPY_XDECREF(msg);
    MPY_XDECREF(file);
    MPY_XDECREF(text);
    MPY_XDECREF(lineno);
    MPY_XDECREF(offset);
    MPY_XDECREF(end_lineno);
    MPY_XDECREF(end_offset);
}

/* Line `lineno` of the file `filename` as CPython's err_programtext reads
 * it: with universal newlines, through a 1000-byte fgets buffer, so a
 * longer line shows only its last piece; NULL when there is no such file
 * or line, or the bytes are not UTF-8. */
static char *program_text_line(const char *filename, int lineno)
{
    FILE *f = filename ? fopen(filename, "rb") : NULL;
    if (!f)
        return NULL;
    char piece[1000];
    size_t n = 0;
    int line = 0, c = 0;
    while (line < lineno && c != EOF) {
        n = 0;
        while (n < sizeof piece - 1) { /* one fgets call */
            c = getc(f);
            if (c == EOF)
                break;
            if (c == '\r') { /* \r and \r\n read as \n */
                int next = getc(f);
                if (next != '\n' && next != EOF)
                    ungetc(next, f);
                c = '\n';
            }
            piece[n++] = (char)c;
            if (c == '\n')
                break;
        }
        if (n == 0)
            break; /* end of file before the line */
        if (c == '\n' || c == EOF)
            line++;
    }
    fclose(f);
    if (line != lineno || n == 0 || mpy_utf8_validate(piece, n) != n)
        return NULL;
    return strndup(piece, n);
}

MpyObject *mpy_run_compile(const char *source, size_t len, const char *filename,
                           MpyParseMode mode, MpyObject *const_keeper)
{
    MpyArena *arena = mpy_arena_new();
    if (!arena)
        return mpy_err_no_memory();
    MpySyntaxError err = {0};
    MpyObject *code = NULL;
    AstMod *mod = mpy_parse(source, len, filename, mode, arena, &err);
    if (mod)
        code = mpy_compile(mod, filename, source, len, mode, const_keeper, &err);
    if (!code && err.kind && err.text_source == MPY_TEXT_FILE_ONLY) {
        /* CPython's compiler takes the line of an error from the file of
         * that name, not from the source compiled: none for "<string>". */
        free(err.text);
        err.text = err.lineno > 0 ? program_text_line(filename, err.lineno) : NULL;
    } else if (!code && err.kind && err.text_source == MPY_TEXT_FILE_FIRST &&
               mode == MPY_PARSE_FILE && err.lineno > 0) {
        char *line = program_text_line(filename, err.lineno);
        if (line) {
            free(err.text);
            err.text = line;
        }
    }
    if (!code && err.kind)
        mpy_run_raise_syntax_error(&err);
    mpy_syntax_error_clear(&err);
    mpy_arena_free(arena);
    return code;
}

/* ------------------------------------------------------------ __main__ */

MpyObject *mpy_run_main_module(void)
{
    if (mpy_interp.main_module)
        return mpy_interp.main_module;
    MpyObject *name = mpy_str_intern_cstr("__main__");
    MpyObject *m = name ? mpy_module_new(name) : NULL;
    if (!m)
        return NULL;
    MpyObject *dict = mpy_module_get_dict(m);
    if (mpy_dict_set_item(dict, MPY_ID(__builtins__), mpy_interp.builtins_module) < 0 ||
        mpy_dict_set_item(mpy_interp.modules, name, m) < 0) {
        MPY_DECREF(m);
        return NULL;
    }
    mpy_interp.main_module = m;
    return m;
}

/* SystemExit(code): None is 0, an int is itself, anything else is printed
 * on stderr and gives 1 (CPython's handle_system_exit). */
static int system_exit_status(MpyObject *exc)
{
    MpyObject *code = ((MpySystemExitObject *)exc)->code;
    if (!code || code == MPY_NONE)
        return 0;
    if (MPY_INT_CHECK(code)) {
        int64_t v;
        if (mpy_int_to_i64(code, &v) == 0)
            return (int)(v & 0xFF);
        return -1 & 0xFF;
    }
    MpyObject *s = mpy_object_str(code);
    if (s) {
        fflush(stdout);
        fprintf(stderr, "%s\n", mpy_str_as_utf8(s));
        MPY_DECREF(s);
    } else {
        mpy_err_clear();
    }
    return 1;
}

static bool interrupted; /* an uncaught KeyboardInterrupt ended the program */

int mpy_run_handle_uncaught(void)
{
    MpyObject *exc = mpy_err_occurred();
    if (!exc)
        return 0;
    if (MPY_OBJECT_TYPECHECK(exc, MpyExc_SystemExit)) {
        MpyObject *e = mpy_err_fetch();
        int status = system_exit_status(e);
        MPY_DECREF(e);
        return status;
    }
    interrupted = MPY_OBJECT_TYPECHECK(exc, MpyExc_KeyboardInterrupt);
    mpy_sys_set_last_exception(exc);
    mpy_err_print();
    return interrupted ? MPY_EXIT_INTERRUPTED : 1;
}

bool mpy_run_was_interrupted(void)
{
    return interrupted;
}

void mpy_run_exit_like_interrupt(void)
{
    fflush(stdout);
    fflush(stderr);
    signal(SIGINT, SIG_DFL);
    raise(SIGINT);
}

static char *read_all(FILE *fp, size_t *len)
{
    size_t cap = 8192, n = 0, got;
    char *buf = malloc(cap);
    while (buf && (got = fread(buf + n, 1, cap - n - 1, fp)) > 0) {
        n += got;
        if (cap - n < 2) {
            char *bigger = realloc(buf, cap *= 2);
            if (!bigger)
                free(buf);
            buf = bigger;
        }
    }
    if (buf) {
        buf[n] = '\0';
        *len = n;
    }
    return buf;
}

static int run_main_source(const char *source, size_t len, const char *filename)
{
    MpyObject *main = mpy_run_main_module();
    if (!main)
        return mpy_run_handle_uncaught();
    MpyObject *dict = mpy_module_get_dict(main);
    /* The parser's arena keeps every literal alive while a script runs in
     * CPython; keeping the constants here reproduces its refcounts. */
    MpyObject *keeper = mpy_list_new(0);
    MpyObject *code = keeper ? mpy_run_compile(source, len, filename, MPY_PARSE_FILE, keeper) : NULL;
    MpyObject *res = code ? mpy_eval_code(code, dict, dict) : NULL;
    MPY_XDECREF(res);
    int status = res ? 0 : mpy_run_handle_uncaught();
    MPY_XDECREF(code);
    MPY_XDECREF(keeper);
    return status;
}

/* The path as CPython shows it for a script: made absolute, not normalized. */
static void absolute_path(const char *path, char *out, size_t size)
{
    char cwd[PATH_MAX];
    if (path[0] != '/' && getcwd(cwd, sizeof cwd))
        snprintf(out, size, "%s/%s", cwd, path);
    else
        snprintf(out, size, "%s", path);
}

/* "…/minipy: can't open file …" names the executable as sys.executable does. */
static void report_unrunnable(const char *what, const char *path, int err)
{
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    exe[n > 0 ? n : 0] = '\0';
    if (err)
        fprintf(stderr, "%s: %s '%s': [Errno %d] %s\n", n > 0 ? exe : "minipy", what, path, err,
                strerror(err));
    else
        fprintf(stderr, "%s: %s '%s'\n", n > 0 ? exe : "minipy", what, path);
}

int mpy_run_main_file(const char *path)
{
    /* __file__ and the code's file name are absolute, as in 3.11. */
    char filename[PATH_MAX * 2];
    absolute_path(path, filename, sizeof filename);
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        /* A directory runs its __main__.py, as CPython's runpy does. */
        size_t used = strlen(filename);
        snprintf(filename + used, sizeof filename - used, "/__main__.py");
        if (stat(filename, &st) != 0 || S_ISDIR(st.st_mode)) {
            filename[used] = '\0';
            report_unrunnable("can't find '__main__' module in", filename, 0);
            return 1;
        }
        path = filename;
    }
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        report_unrunnable("can't open file", filename, errno);
        return 2;
    }
    size_t len = 0;
    char *source = read_all(fp, &len);
    fclose(fp);
    if (!source) {
        mpy_err_no_memory();
        return mpy_run_handle_uncaught();
    }
    MpyObject *main = mpy_run_main_module();
    MpyObject *file = mpy_str_from_os(filename);
    if (!main || !file || mpy_dict_set_item(mpy_module_get_dict(main), MPY_ID(__file__), file) < 0) {
        MPY_XDECREF(file);
        free(source);
        return mpy_run_handle_uncaught();
    }
    MPY_DECREF(file);
    int status = run_main_source(source, len, filename);
    free(source);
    return status;
}

int mpy_run_main_stdin(void)
{
    size_t len = 0;
    char *source = read_all(stdin, &len);
    if (!source) {
        fputs("minipy: out of memory reading <stdin>\n", stderr);
        return 1;
    }
    int status = run_main_source(source, len, "<stdin>");
    free(source);
    return status;
}

int mpy_run_main_command(const char *command)
{
    return run_main_source(command, strlen(command), "<string>");
}
