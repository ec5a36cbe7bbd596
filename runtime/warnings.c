/* Warnings (warnings.h): CPython's default filters without the warnings
 * module (each distinct warning shown once per location; DeprecationWarning
 * only for code in __main__; PendingDeprecationWarning, ImportWarning and
 * ResourceWarning ignored) and its stderr format, with the source line:
 *   x.py:3: SyntaxWarning: "is" with a literal. Did you mean "=="?
 *     if x is 1:                                                       */
#include "warnings.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "errors.h"
#include "frame.h"
#include "interp.h"
#include "str.h"
#include "type.h"

typedef struct Shown {
    struct Shown *next;
    MpyTypeObject *category;
    int lineno;
    char *filename, *message;
} Shown;

static Shown *shown; /* the "default" action's registry */

static bool already_shown(MpyTypeObject *category, const char *message, const char *filename,
                          int lineno)
{
    for (Shown *s = shown; s; s = s->next)
        if (s->category == category && s->lineno == lineno &&
            strcmp(s->filename, filename) == 0 && strcmp(s->message, message) == 0)
            return true;
    return false;
}

static void remember(MpyTypeObject *category, const char *message, const char *filename,
                     int lineno)
{
    Shown *s = malloc(sizeof *s);
    char *f = strdup(filename), *m = strdup(message);
    if (!s || !f || !m) {
        free(s);
        free(f);
        free(m);
        return;
    }
    *s = (Shown){shown, category, lineno, f, m};
    shown = s;
}

/* The source line `lineno` of the file, stripped, or false. */
static bool source_line(const char *filename, int lineno, char *buf, size_t size)
{
    if (filename[0] == '<')
        return false;
    FILE *f = fopen(filename, "r");
    if (!f)
        return false;
    int n = 0;
    bool found = false;
    while (fgets(buf, (int)size, f)) {
        size_t len = strlen(buf);
        bool whole = len > 0 && buf[len - 1] == '\n';
        if (++n == lineno) {
            found = true;
            break;
        }
        while (!whole && fgets(buf, (int)size, f)) { /* skip the rest of a long line */
            len = strlen(buf);
            whole = len > 0 && buf[len - 1] == '\n';
        }
    }
    fclose(f);
    if (!found)
        return false;
    char *start = buf;
    while (*start == ' ' || *start == '\t' || *start == '\f')
        start++;
    size_t len = strlen(start);
    while (len > 0 && (start[len - 1] == '\n' || start[len - 1] == '\r' ||
                       start[len - 1] == ' ' || start[len - 1] == '\t'))
        len--;
    memmove(buf, start, len);
    buf[len] = '\0';
    return true;
}

static bool ignored_by_default(MpyTypeObject *category)
{
    const char *name = mpy_type_short_name(category);
    return strcmp(name, "PendingDeprecationWarning") == 0 || strcmp(name, "ImportWarning") == 0 ||
           strcmp(name, "ResourceWarning") == 0;
}

/* Prints the warning (no registry: the compiler's warnings are shown each
 * time, as CPython's PyErr_WarnExplicitObject with no registry). */
static int show(MpyTypeObject *category, const char *message, const char *filename, int lineno)
{
    fflush(stdout);
    fprintf(stderr, "%s:%d: %s: %s\n", filename, lineno, mpy_type_short_name(category), message);
    char line[4096];
    if (source_line(filename, lineno, line, sizeof line))
        fprintf(stderr, "  %s\n", line);
    fflush(stderr);
    return 0;
}

int mpy_warn_explicit(MpyTypeObject *category, const char *message, const char *filename,
                      int lineno)
{
    if (ignored_by_default(category))
        return 0;
    return show(category, message, filename, lineno);
}

/* The "default" action: once per (category, message, file, line). */
static int warn_once(MpyTypeObject *category, const char *message, const char *filename,
                     int lineno)
{
    if (ignored_by_default(category) || already_shown(category, message, filename, lineno))
        return 0;
    remember(category, message, filename, lineno);
    return show(category, message, filename, lineno);
}

/* Whether the frame runs code of module __main__ (for DeprecationWarning). */
static bool frame_in_main(MpyFrame *f)
{
    MpyObject *name = f && f->f_globals ? mpy_dict_get_item_str(f->f_globals, "__name__") : NULL;
    return name && MPY_STR_CHECK(name) && mpy_str_equal_cstr(name, "__main__");
}

int mpy_warn(MpyTypeObject *category, const char *message, int stacklevel)
{
    MpyFrame *f = mpy_interp.frame;
    for (int i = 1; f && i < stacklevel; i++)
        f = f->previous;
    if (!f)
        return warn_once(category, message, "sys", 1);
    if (category == MpyExc_DeprecationWarning && !frame_in_main(f))
        return 0;
    return warn_once(category, message, mpy_str_as_utf8(f->f_code->co_filename),
                     mpy_frame_get_lineno(f));
}

void mpy_warnings_fini(void)
{
    while (shown) {
        Shown *next = shown->next;
        free(shown->filename);
        free(shown->message);
        free(shown);
        shown = next;
    }
}
