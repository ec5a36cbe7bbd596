/* The minipy command line. For now it parses: `minipy FILE` checks the
 * syntax, `--dump-ast` prints ast.dump() of the tree, `--parse-only` parses
 * and prints nothing (for benchmarks). Execution comes later. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "parse.h"

static void usage(void)
{
    fprintf(stderr, "usage: minipy [--dump-ast [--include-attributes] | --parse-only] FILE\n");
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
        if (!bigger) {
            free(buf);
            buf = NULL;
        }
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

int main(int argc, char **argv)
{
    bool dump = false, attrs = false;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--dump-ast") == 0)
            dump = true;
        else if (strcmp(argv[i], "--include-attributes") == 0)
            attrs = true;
        else if (strcmp(argv[i], "--parse-only") == 0)
            dump = false;
        else if (argv[i][0] == '-' && argv[i][1])
            return usage(), 2;
        else if (!path)
            path = argv[i];
    }
    if (!path)
        return usage(), 2;
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
