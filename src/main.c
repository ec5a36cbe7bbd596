/* The minipy command line: run a script (`minipy FILE [ARGS]`), a command
 * (`-c CMD`), standard input or the REPL; and the front-end tools
 * `--dump-ast` (ast.dump of a file), `--parse-only` (for benchmarks) and
 * `--dis` (the bytecode of a file). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dis.h"
#include "lifecycle.h"
#include "interp.h"
#include "parse.h"
#include "repl.h"
#include "run.h"

static int usage(void)
{
    fprintf(stderr,
            "usage: minipy [option] ... [-c cmd | file | -] [arg] ...\n"
            "  -c cmd     program passed in as string\n"
            "  -V         print the version and exit\n"
            "  --dump-ast [--include-attributes] FILE   print ast.dump() of FILE\n"
            "  --parse-only FILE                        parse FILE and print nothing\n"
            "  --dis FILE                               print the bytecode of FILE\n");
    return 2;
}

/* The path as CPython shows it for a script: made absolute, not normalized. */
static char *absolute_path(const char *path)
{
    if (path[0] == '/')
        return strdup(path);
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd))
        return strdup(path);
    size_t n = strlen(cwd) + strlen(path) + 2;
    char *abs = malloc(n);
    if (abs)
        snprintf(abs, n, "%s/%s", cwd, path);
    return abs;
}

/* Reads the whole file; NULL with errno set on failure. */
static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (!buf)
            break;
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap)
            break;
        char *bigger = realloc(buf, cap *= 2);
        if (!bigger)
            free(buf);
        buf = bigger;
    }
    int failed = ferror(f);
    int saved = errno;
    fclose(f);
    if (failed) {
        free(buf);
        errno = saved;
        return NULL;
    }
    *len = n;
    return buf;
}

/* --dump-ast / --parse-only: the front end alone, no runtime. */
static int parse_tool(const char *path, bool dump, bool attrs)
{
    char *abs = absolute_path(path);
    size_t len = 0;
    char *src = read_file(path, &len);
    if (!src) {
        fprintf(stderr, "minipy: can't open file '%s': [Errno %d] %s\n", abs, errno, strerror(errno));
        free(abs);
        return 2;
    }
    MpyArena *arena = mpy_arena_new();
    MpySyntaxError err;
    AstMod *mod = arena ? mpy_parse(src, len, abs, MPY_PARSE_FILE, arena, &err) : NULL;
    int status = 0;
    if (!mod) {
        fflush(stdout);
        if (arena)
            mpy_syntax_error_print(&err, stderr);
        else
            fputs("MemoryError\n", stderr);
        status = 1;
    } else if (dump) {
        mpy_ast_dump_attrs(mod, stdout, attrs);
    }
    if (arena)
        mpy_syntax_error_clear(&err);
    mpy_arena_free(arena);
    free(src);
    free(abs);
    return status;
}

/* Runs the interpreter over argv[first..] and shuts it down. */
static int run(int argc, char **argv, int first, const char *command, bool dis)
{
    char stack_base;
    mpy_interp_set_stack_base(&stack_base);
    int nargs = argc - first;
    char **args = argv + first;
    char **with_c = NULL;
    if (command) {
        /* sys.argv[0] is '-c', the rest follow. */
        with_c = malloc(sizeof(char *) * (size_t)(nargs + 1));
        if (!with_c) {
            fprintf(stderr, "minipy: out of memory\n");
            return 1;
        }
        with_c[0] = "-c";
        memcpy(with_c + 1, args, sizeof(char *) * (size_t)nargs);
        args = with_c;
        nargs++;
    }
    if (mpy_runtime_init(nargs, args) < 0) {
        free(with_c);
        return 1;
    }
    int status;
    if (dis)
        status = mpy_dis_file(args[0]);
    else if (command)
        status = mpy_run_main_command(command);
    else if (nargs == 0 || strcmp(args[0], "-") == 0)
        status = isatty(0) && nargs == 0 ? mpy_repl_run() : mpy_run_main_stdin();
    else
        status = mpy_run_main_file(args[0]);
    mpy_runtime_fini();
    free(with_c);
    fflush(stdout);
    if (mpy_run_was_interrupted())
        mpy_run_exit_like_interrupt();
    return status;
}

int main(int argc, char **argv)
{
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--dump-ast") == 0 || strcmp(a, "--parse-only") == 0) {
            bool dump = strcmp(a, "--dump-ast") == 0, attrs = false;
            if (i + 1 < argc && strcmp(argv[i + 1], "--include-attributes") == 0) {
                attrs = true;
                i++;
            }
            return i + 1 < argc ? parse_tool(argv[i + 1], dump, attrs) : usage();
        }
        if (strcmp(a, "--dis") == 0)
            return i + 1 < argc ? run(argc, argv, i + 1, NULL, true) : usage();
        if (strcmp(a, "-c") == 0)
            return i + 1 < argc ? run(argc, argv, i + 2, argv[i + 1], false) : usage();
        if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
            printf("Python 3.11.7 (minipy 0.1)\n");
            return 0;
        }
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage();
            return 0;
        }
        if (a[0] == '-' && a[1] != '\0')
            return usage();
        break;
    }
    return run(argc, argv, i, NULL, false);
}
