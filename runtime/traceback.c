/* Traceback objects and the printing of uncaught exceptions in CPython
 * 3.11's format: "Traceback (most recent call last):", one entry per frame
 * with its source line and the carets under the failing expression, the
 * exception line, notes, and the chained causes and contexts before it. */
#include "traceback.h"

#include <stdlib.h>
#include <string.h>

#include "caret.h"
#include "code.h"
#include "dict.h"
#include "errors.h"
#include "exceptions.h"
#include "gc.h"
#include "int.h"
#include "interp.h"
#include "list.h"
#include "parse.h"
#include "str.h"
#include "suggestions.h"
#include "tuple.h"
#include "type.h"

/* =========================================================== the type */

#define TB(op) ((MpyTracebackObject *)(op))

static MpyObject *tb_new(MpyObject *next, MpyObject *frame_obj, int lasti, int lineno)
{
    MpyTracebackObject *tb = (MpyTracebackObject *)mpy_gc_new(&MpyTraceback_Type);
    if (!tb)
        return NULL;
    tb->tb_next = MPY_XNEWREF(next);
    tb->tb_frame = MPY_NEWREF(frame_obj);
    tb->tb_lasti = lasti;
    tb->tb_lineno = lineno;
    mpy_gc_track(MPY_CAST(tb));
    return MPY_CAST(tb);
}

int mpy_traceback_here(MpyFrame *f)
{
    MpyObject *exc = mpy_err_fetch();
    MpyObject *frame_obj = mpy_frame_get_object(f);
    if (!frame_obj) {
        mpy_err_clear();
        mpy_err_restore(exc);
        return -1;
    }
    int lasti = mpy_frame_lasti(f);
    MpyObject *tb = tb_new(mpy_exc_traceback(exc), frame_obj, lasti, mpy_frame_get_lineno(f));
    if (tb)
        mpy_exc_set_traceback(exc, tb);
    else
        mpy_err_clear();
    mpy_err_restore(exc);
    return tb ? 0 : -1;
}

static void tb_dealloc(MpyObject *op)
{
    mpy_gc_untrack(op);
    MPY_XDECREF(TB(op)->tb_next);
    MPY_XDECREF(TB(op)->tb_frame);
    mpy_gc_del(op);
}

static int tb_traverse(MpyObject *op, mpy_visitproc visit, void *arg)
{
    MPY_VISIT(TB(op)->tb_next);
    MPY_VISIT(TB(op)->tb_frame);
    return 0;
}

static int tb_clear(MpyObject *op)
{
    MPY_CLEAR(TB(op)->tb_next);
    MPY_CLEAR(TB(op)->tb_frame);
    return 0;
}

static MpyObject *tb_get_next(MpyObject *op, void *c)
{
    return MPY_NEWREF(TB(op)->tb_next ? TB(op)->tb_next : MPY_NONE);
}

static int tb_set_next(MpyObject *op, MpyObject *value, void *c)
{
    if (!value) {
        mpy_err_set_string(MpyExc_TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (value == MPY_NONE)
        value = NULL;
    else if (MPY_TYPE(value) != &MpyTraceback_Type) {
        mpy_err_format(MpyExc_TypeError, "expected traceback object or None, got '%s'",
                       mpy_type_short_name(MPY_TYPE(value)));
        return -1;
    }
    for (MpyObject *cursor = value; cursor; cursor = TB(cursor)->tb_next)
        if (cursor == op) {
            mpy_err_set_string(MpyExc_ValueError, "traceback loop detected");
            return -1;
        }
    MPY_SETREF(TB(op)->tb_next, MPY_XNEWREF(value));
    return 0;
}

static MpyObject *tb_get_lineno(MpyObject *op, void *c) { return mpy_int_from_i64(TB(op)->tb_lineno); }
static MpyObject *tb_get_lasti(MpyObject *op, void *c) { return mpy_int_from_i64(TB(op)->tb_lasti * 2); }
static MpyObject *tb_get_frame(MpyObject *op, void *c) { return MPY_NEWREF(TB(op)->tb_frame); }

static MpyGetSetDef tb_getset[] = {
    {"tb_next", tb_get_next, tb_set_next, NULL, NULL},
    {"tb_lineno", tb_get_lineno, NULL, NULL, NULL},
    {"tb_lasti", tb_get_lasti, NULL, NULL, NULL},
    {"tb_frame", tb_get_frame, NULL, NULL, NULL},
    {NULL},
};

MpyTypeObject MpyTraceback_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "traceback",
    .tp_basicsize = sizeof(MpyTracebackObject),
    .tp_dealloc = tb_dealloc,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC,
    .tp_traverse = tb_traverse,
    .tp_clear = tb_clear,
    .tp_getset = tb_getset,
    .tp_free = mpy_gc_del,
};

/* ====================================================== source lines */

/* A small cache of source files read for tracebacks (CPython's linecache). */
typedef struct SourceFile {
    struct SourceFile *next;
    char *filename;
    char *text;      /* the whole file, NULs in place of the newlines */
    char **lines;    /* lines[i] is line i + 1 */
    int nlines;
} SourceFile;

static SourceFile *source_files;

static SourceFile *load_source(const char *filename)
{
    FILE *fp = fopen(filename, "rb");
    if (!fp)
        return NULL;
    SourceFile *sf = calloc(1, sizeof *sf);
    size_t cap = 4096, len = 0;
    char *text = malloc(cap);
    size_t n;
    while (text && sf && (n = fread(text + len, 1, cap - len - 1, fp)) > 0) {
        len += n;
        if (cap - len < 2) {
            char *bigger = realloc(text, cap *= 2);
            if (!bigger) {
                free(text);
                text = NULL;
            }
            text = bigger;
        }
    }
    fclose(fp);
    if (!text || !sf) {
        free(text);
        free(sf);
        return NULL;
    }
    text[len] = '\0';
    int nlines = 1;
    for (size_t i = 0; i < len; i++)
        nlines += text[i] == '\n';
    sf->lines = malloc((size_t)nlines * sizeof(char *));
    sf->filename = strdup(filename);
    sf->text = text;
    if (!sf->lines || !sf->filename) {
        free(sf->lines);
        free(sf->filename);
        free(text);
        free(sf);
        return NULL;
    }
    char *p = text;
    for (int i = 0; i < nlines; i++) {
        sf->lines[i] = p;
        char *nl = strchr(p, '\n');
        if (!nl)
            break;
        *nl = '\0';
        if (nl > p && nl[-1] == '\r')
            nl[-1] = '\0';
        p = nl + 1;
    }
    sf->nlines = nlines;
    sf->next = source_files;
    source_files = sf;
    return sf;
}

const char *mpy_traceback_source_line(const char *filename, int lineno)
{
    if (!filename || filename[0] == '<' || lineno < 1)
        return NULL;
    SourceFile *sf = source_files;
    while (sf && strcmp(sf->filename, filename) != 0)
        sf = sf->next;
    if (!sf && !(sf = load_source(filename)))
        return NULL;
    return lineno <= sf->nlines ? sf->lines[lineno - 1] : NULL;
}

void mpy_traceback_fini(void)
{
    while (source_files) {
        SourceFile *next = source_files->next;
        free(source_files->lines);
        free(source_files->text);
        free(source_files->filename);
        free(source_files);
        source_files = next;
    }
}

/* ========================================================== printing */

/* One entry: File "x.py", line 3, in f / the stripped line / the carets. */
static void print_entry(FILE *out, MpyTracebackObject *tb)
{
    MpyObject *fo = tb->tb_frame;
    MpyFrame *f = ((MpyFrameObject *)fo)->f_frame;
    MpyCodeObject *co = f ? f->f_code : NULL;
    const char *filename = co ? mpy_str_as_utf8(co->co_filename) : "???";
    const char *name = co ? mpy_str_as_utf8(co->co_name) : "???";
    fprintf(out, "  File \"%s\", line %d, in %s\n", filename, tb->tb_lineno, name);
    const char *line = mpy_traceback_source_line(filename, tb->tb_lineno);
    if (!line)
        return;
    const char *stripped = line;
    while (*stripped == ' ' || *stripped == '\t' || *stripped == '\f')
        stripped++;
    fprintf(out, "    %s\n", stripped);
    if (co && tb->tb_lasti >= 0 && tb->tb_lasti < co->co_ncodeunits)
        mpy_caret_print(out, line, (int)(stripped - line), &co->co_positions[tb->tb_lasti],
                        tb->tb_lineno);
}

static void print_traceback(FILE *out, MpyObject *tb)
{
    if (!tb)
        return;
    fputs("Traceback (most recent call last):\n", out);
    /* CPython stops repeating identical entries after three. */
    const char *last_file = NULL;
    int last_line = -1, repeats = 0;
    MpyObject *last_name = NULL;
    for (; tb; tb = TB(tb)->tb_next) {
        MpyFrame *f = ((MpyFrameObject *)TB(tb)->tb_frame)->f_frame;
        const char *file = f ? mpy_str_as_utf8(f->f_code->co_filename) : "";
        MpyObject *name = f ? f->f_code->co_name : NULL;
        if (last_file && strcmp(file, last_file) == 0 && last_line == TB(tb)->tb_lineno &&
            name == last_name) {
            repeats++;
        } else {
            if (repeats > 3)
                fprintf(out, "  [Previous line repeated %d more time%s]\n", repeats - 3,
                        repeats - 3 > 1 ? "s" : "");
            last_file = file;
            last_line = TB(tb)->tb_lineno;
            last_name = name;
            repeats = 0;
        }
        if (repeats >= 3)
            continue;
        print_entry(out, (MpyTracebackObject *)tb);
    }
    if (repeats > 3)
        fprintf(out, "  [Previous line repeated %d more time%s]\n", repeats - 3,
                repeats - 3 > 1 ? "s" : "");
}

/* "module.Name" unless the class lives in __main__ or builtins. */
static void print_exception_name(FILE *out, MpyTypeObject *type)
{
    MpyObject *module = NULL;
    MpyObject *modattr = mpy_str_intern_cstr("__module__");
    if (modattr && mpy_object_lookup_attr(MPY_CAST(type), modattr, &module) < 0)
        mpy_err_clear();
    MpyObject *qualname = NULL;
    if (mpy_object_lookup_attr(MPY_CAST(type), MPY_ID(__qualname__), &qualname) < 0)
        mpy_err_clear();
    if (module && MPY_STR_CHECK(module) && !mpy_str_equal_cstr(module, "__main__") &&
        !mpy_str_equal_cstr(module, "builtins"))
        fprintf(out, "%s.", mpy_str_as_utf8(module));
    if (qualname && MPY_STR_CHECK(qualname))
        fputs(mpy_str_as_utf8(qualname), out);
    else
        fputs(mpy_type_short_name(type), out);
    MPY_XDECREF(module);
    MPY_XDECREF(qualname);
}

/* A SyntaxError with a location prints it in the front end's format:
 * File/line, the text, the caret, then "SyntaxError: msg". */
static bool print_syntax_error(FILE *out, MpyObject *exc)
{
    if (!MPY_OBJECT_TYPECHECK(exc, MpyExc_SyntaxError))
        return false;
    MpySyntaxErrorObject *e = (MpySyntaxErrorObject *)exc;
    if (!e->filename || !MPY_STR_CHECK(e->filename) || !e->lineno || !MPY_INT_CHECK(e->lineno))
        return false;
    MpyObject *msg = e->msg ? mpy_object_str(e->msg) : mpy_str_from_cstr("");
    if (!msg) {
        mpy_err_clear();
        return false;
    }
    MpySyntaxError info = {0};
    info.kind = mpy_type_short_name(MPY_TYPE(exc));
    info.msg = (char *)mpy_str_as_utf8(msg);
    info.filename = (char *)mpy_str_as_utf8(e->filename);
    info.lineno = (int)mpy_int_as_ssize(e->lineno);
    info.offset = e->offset && MPY_INT_CHECK(e->offset) ? (int)mpy_int_as_ssize(e->offset) : 0;
    info.end_lineno = e->end_lineno && MPY_INT_CHECK(e->end_lineno)
                          ? (int)mpy_int_as_ssize(e->end_lineno) : 0;
    info.end_offset = e->end_offset && MPY_INT_CHECK(e->end_offset)
                          ? (int)mpy_int_as_ssize(e->end_offset) : 0;
    info.text = e->text && MPY_STR_CHECK(e->text) ? (char *)mpy_str_as_utf8(e->text) : NULL;
    mpy_err_clear();
    mpy_syntax_error_print(&info, out);
    MPY_DECREF(msg);
    return true;
}

static void print_exception_line(FILE *out, MpyObject *exc)
{
    if (!print_syntax_error(out, exc)) {
        print_exception_name(out, MPY_TYPE(exc));
        MpyObject *text = mpy_object_str(exc);
        if (!text) {
            mpy_err_clear();
            fputs(": <exception str() failed>\n", out);
        } else {
            if (MPY_STR_LEN(text) > 0)
                fprintf(out, ": %s", mpy_str_as_utf8(text));
            MPY_DECREF(text);
            MpyObject *suggestion = mpy_suggestions_for(exc);
            if (suggestion) {
                MpyObject *r = mpy_object_repr(suggestion);
                if (r)
                    fprintf(out, ". Did you mean: %s?", mpy_str_as_utf8(r));
                MPY_XDECREF(r);
                MPY_DECREF(suggestion);
                mpy_err_clear();
            }
            fputc('\n', out);
        }
    }
    /* __notes__, one per line (3.11). */
    MpyObject *notes;
    if (mpy_object_lookup_attr(exc, mpy_str_intern_cstr("__notes__"), &notes) > 0) {
        if (MPY_LIST_CHECK(notes) || MPY_TUPLE_CHECK(notes)) {
            MpyObject *it = mpy_object_getiter(notes), *note;
            while (it && (note = mpy_iter_next(it))) {
                MpyObject *s = MPY_STR_CHECK(note) ? MPY_NEWREF(note) : mpy_object_str(note);
                if (s) {
                    fprintf(out, "%s\n", mpy_str_as_utf8(s));
                    MPY_DECREF(s);
                }
                MPY_DECREF(note);
            }
            MPY_XDECREF(it);
        }
        MPY_DECREF(notes);
    }
    mpy_err_clear();
}

/* `seen` is a list of the exceptions printed so far, compared by identity. */
static bool was_seen(MpyObject *seen, MpyObject *exc)
{
    for (ssize_t i = 0; i < MPY_SIZE(seen); i++)
        if (MPY_LIST_GET(seen, i) == exc)
            return true;
    return false;
}

/* Prints the chain oldest first, guarding against cycles. */
static void print_chain(FILE *out, MpyObject *exc, MpyObject *seen)
{
    if (was_seen(seen, exc) || mpy_list_append(seen, exc) < 0)
        return;
    MpyObject *cause = mpy_exc_cause(exc);
    MpyObject *context = mpy_exc_context(exc);
    bool suppress = ((MpyBaseExceptionObject *)exc)->suppress_context;
    if (cause && MPY_EXCEPTION_CHECK(cause) && !was_seen(seen, cause)) {
        print_chain(out, cause, seen);
        fputs("\nThe above exception was the direct cause of the following exception:\n\n", out);
    } else if (!suppress && context && MPY_EXCEPTION_CHECK(context) &&
               !was_seen(seen, context)) {
        print_chain(out, context, seen);
        fputs("\nDuring handling of the above exception, another exception occurred:\n\n", out);
    }
    print_traceback(out, mpy_exc_traceback(exc));
    print_exception_line(out, exc);
}

void mpy_traceback_print_exception(MpyObject *exc, FILE *out)
{
    MpyObject *saved = mpy_err_fetch();
    if (!MPY_EXCEPTION_CHECK(exc)) {
        fprintf(out, "TypeError: print_exception(): Exception expected for value, %s found\n",
                mpy_type_short_name(MPY_TYPE(exc)));
    } else {
        MpyObject *seen = mpy_list_new(0);
        if (seen) {
            print_chain(out, exc, seen);
            MPY_DECREF(seen);
        } else {
            print_exception_line(out, exc);
        }
    }
    mpy_err_clear();
    mpy_err_restore(saved);
}
