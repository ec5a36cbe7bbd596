/* Traceback objects and the printing of uncaught exceptions in CPython
 * 3.11's format: "Traceback (most recent call last):", one entry per frame
 * with its source line and the carets under the failing expression, the
 * exception line, notes, and the chained causes and contexts before it. */
#include "traceback.h"

#include <stdlib.h>
#include <string.h>

#include "bytes.h"
#include "caret.h"
#include "code.h"
#include "dict.h"
#include "errors.h"
#include "exc_group.h"
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

/* The carets under a source line, after `prefix` (nothing when there are
 * none to show). */
static void print_carets(FILE *out, const char *prefix, const char *line, int indent,
                         const MpyPosition *pos, int lineno)
{
    if (!*prefix) {
        mpy_caret_print(out, line, indent, pos, lineno);
        return;
    }
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    if (!mem)
        return;
    mpy_caret_print(mem, line, indent, pos, lineno);
    fclose(mem);
    if (len)
        fprintf(out, "%s%s", prefix, text);
    free(text);
}

/* One entry: File "x.py", line 3, in f / the stripped line / the carets,
 * each line after `prefix` (the margin inside an exception group). */
static void print_entry(FILE *out, const char *prefix, MpyTracebackObject *tb)
{
    MpyObject *fo = tb->tb_frame;
    MpyFrame *f = ((MpyFrameObject *)fo)->f_frame;
    MpyCodeObject *co = f ? f->f_code : NULL;
    const char *filename = co ? mpy_str_as_utf8(co->co_filename) : "???";
    const char *name = co ? mpy_str_as_utf8(co->co_name) : "???";
    fprintf(out, "%s  File \"%s\", line %d, in %s\n", prefix, filename, tb->tb_lineno, name);
    MpyObject *os_name = co ? mpy_str_to_os(co->co_filename) : NULL; /* undecodable bytes back */
    if (!os_name)
        mpy_err_clear();
    const char *line = os_name ? mpy_traceback_source_line(MPY_BYTES_DATA(os_name), tb->tb_lineno) : NULL;
    MPY_XDECREF(os_name);
    if (!line)
        return;
    const char *stripped = line;
    while (*stripped == ' ' || *stripped == '\t' || *stripped == '\f')
        stripped++;
    fprintf(out, "%s    %s\n", prefix, stripped);
    if (co && tb->tb_lasti >= 0 && tb->tb_lasti < co->co_ncodeunits)
        print_carets(out, prefix, line, (int)(stripped - line), &co->co_positions[tb->tb_lasti],
                     tb->tb_lineno);
}

/* After three identical entries in a row CPython prints only how many more
 * there were, and (3.11) without the group's margin. */
#define TB_RECURSIVE_CUTOFF 3

static void print_repeats(FILE *out, int count)
{
    if (count > TB_RECURSIVE_CUTOFF)
        fprintf(out, "  [Previous line repeated %d more time%s]\n", count - TB_RECURSIVE_CUTOFF,
                count - TB_RECURSIVE_CUTOFF > 1 ? "s" : "");
}

/* The entries of traceback `tb`, oldest call first. */
static void print_entries(FILE *out, const char *prefix, MpyObject *tb)
{
    const char *last_file = NULL;
    int last_line = -1, count = 0; /* count: entries in a row like the last one */
    MpyObject *last_name = NULL;
    for (; tb; tb = TB(tb)->tb_next) {
        MpyFrame *f = ((MpyFrameObject *)TB(tb)->tb_frame)->f_frame;
        const char *file = f ? mpy_str_as_utf8(f->f_code->co_filename) : "";
        MpyObject *name = f ? f->f_code->co_name : NULL;
        if (!last_file || strcmp(file, last_file) != 0 || last_line != TB(tb)->tb_lineno ||
            name != last_name) {
            print_repeats(out, count);
            last_file = file;
            last_line = TB(tb)->tb_lineno;
            last_name = name;
            count = 0;
        }
        if (++count <= TB_RECURSIVE_CUTOFF)
            print_entry(out, prefix, (MpyTracebackObject *)tb);
    }
    print_repeats(out, count);
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

/* ============================================= printing an exception */

/* CPython 3.11's limits on printing exception groups. */
#define MAX_GROUP_WIDTH 15
#define MAX_GROUP_DEPTH 10

/* What printing an exception and all it leads to keeps track of (CPython's
 * exception_print_context). */
typedef struct {
    FILE *out;
    MpyObject *seen;  /* list of the exceptions printed, compared by identity; NULL: no chains */
    int group_depth;  /* nesting level inside exception groups (0: outside) */
    bool need_close;  /* the last sub-exception printed still needs the closing line */
    char margin[64];  /* the current indentation and "| " (empty outside groups) */
} PrintContext;

static void set_depth(PrintContext *ctx, int depth)
{
    ctx->group_depth = depth;
    int indent = 2 * (depth < 20 ? depth : 20);
    memset(ctx->margin, ' ', (size_t)indent);
    strcpy(ctx->margin + indent, depth ? "| " : "");
}

static void print_margin(PrintContext *ctx) { fputs(ctx->margin, ctx->out); }

static void print_indent(PrintContext *ctx)
{
    fprintf(ctx->out, "%*s", 2 * ctx->group_depth, "");
}

/* A SyntaxError's report inside a group: as CPython 3.11, the File line
 * and the message get the margin, the source line and caret do not. */
static bool print_syntax_error_in(PrintContext *ctx, MpyObject *exc)
{
    if (!ctx->group_depth)
        return print_syntax_error(ctx->out, exc);
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    if (!mem)
        return false;
    bool printed = print_syntax_error(mem, exc);
    fclose(mem);
    for (char *line = text; printed && line < text + len;) {
        char *nl = memchr(line, '\n', (size_t)(text + len - line));
        size_t n = nl ? (size_t)(nl - line + 1) : (size_t)(text + len - line);
        bool first = line == text, last = line + n >= text + len;
        fprintf(ctx->out, "%s%.*s", first || last ? ctx->margin : "", (int)n, line);
        line += n;
    }
    free(text);
    return printed;
}

/* "Name: message" (with a suggestion for NameError and AttributeError). */
static void print_message(PrintContext *ctx, MpyObject *exc)
{
    FILE *out = ctx->out;
    if (print_syntax_error_in(ctx, exc))
        return;
    print_margin(ctx);
    print_exception_name(out, MPY_TYPE(exc));
    MpyObject *text = mpy_object_str(exc);
    if (!text) {
        mpy_err_clear();
        fputs(": <exception str() failed>\n", out);
        return;
    }
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

/* One note: each of its lines (ends kept) after the margin, then a newline. */
static void print_note(PrintContext *ctx, MpyObject *note)
{
    MpyObject *text = mpy_object_str(note);
    MpyObject *lines = text ? mpy_call_method(text, "splitlines", &(MpyObject *){MPY_TRUE}, 1)
                            : NULL;
    if (!text) {
        fputs("<note str() failed>", ctx->out);
    } else if (lines && MPY_LIST_CHECK(lines)) {
        for (ssize_t i = 0; i < MPY_SIZE(lines); i++) {
            print_margin(ctx);
            fputs(mpy_str_as_utf8(MPY_LIST_GET(lines, i)), ctx->out);
        }
    }
    fputc('\n', ctx->out);
    MPY_XDECREF(text);
    MPY_XDECREF(lines);
    mpy_err_clear();
}

/* __notes__ (3.11): each note of a sequence, or the repr of anything else
 * (without a newline after it: 3.11 forgets it). */
static void print_notes(PrintContext *ctx, MpyObject *exc)
{
    MpyObject *notes;
    if (mpy_object_lookup_attr(exc, mpy_str_intern_cstr("__notes__"), &notes) <= 0) {
        mpy_err_clear();
        return;
    }
    if (!MPY_TYPE(notes)->tp_as_sequence.sq_item || MPY_DICT_CHECK(notes)) {
        MpyObject *r = mpy_object_repr(notes);
        print_margin(ctx);
        fputs(r ? mpy_str_as_utf8(r) : "<__notes__ repr() failed>", ctx->out);
        MPY_XDECREF(r);
    } else {
        MpyObject *it = mpy_object_getiter(notes), *note;
        while (it && (note = mpy_iter_next(it))) {
            print_note(ctx, note);
            MPY_DECREF(note);
        }
        MPY_XDECREF(it);
    }
    MPY_DECREF(notes);
    mpy_err_clear();
}

/* The traceback, the message and the notes of one exception (CPython's
 * print_exception). */
static void print_one(PrintContext *ctx, MpyObject *exc)
{
    MpyObject *tb = mpy_exc_traceback(exc);
    if (tb) {
        bool group = MPY_EXC_GROUP_CHECK(exc);
        if (group && ctx->group_depth == 1)
            fputs("  + ", ctx->out);
        else
            print_margin(ctx);
        fputs(group ? "Exception Group Traceback (most recent call last):\n"
                    : "Traceback (most recent call last):\n",
              ctx->out);
        print_entries(ctx->out, ctx->margin, tb);
    }
    print_message(ctx, exc);
    print_notes(ctx, exc);
    mpy_err_clear();
}

static void print_recursive(PrintContext *ctx, MpyObject *exc);

/* `seen` is a list of the exceptions printed so far, compared by identity. */
static bool was_seen(MpyObject *seen, MpyObject *exc)
{
    for (ssize_t i = 0; i < MPY_SIZE(seen); i++)
        if (MPY_LIST_GET(seen, i) == exc)
            return true;
    return false;
}

/* A cause or context, then the line that links it to what follows. */
static void print_chained(PrintContext *ctx, MpyObject *exc, const char *message)
{
    bool need_close = ctx->need_close;
    print_recursive(ctx, exc);
    ctx->need_close = need_close;
    print_margin(ctx);
    fputc('\n', ctx->out);
    print_margin(ctx);
    fputs(message, ctx->out);
    print_margin(ctx);
    fputc('\n', ctx->out);
}

/* The cause, else (unless suppressed) the context, printed before exc. */
static void print_cause_and_context(PrintContext *ctx, MpyObject *exc)
{
    if (mpy_list_append(ctx->seen, exc) < 0) {
        mpy_err_clear();
        return;
    }
    MpyObject *cause = mpy_exc_cause(exc), *context = mpy_exc_context(exc);
    if (cause) {
        if (MPY_EXCEPTION_CHECK(cause) && !was_seen(ctx->seen, cause))
            print_chained(ctx, cause,
                          "The above exception was the direct cause of the following exception:\n");
    } else if (context && !((MpyBaseExceptionObject *)exc)->suppress_context &&
               MPY_EXCEPTION_CHECK(context) && !was_seen(ctx->seen, context)) {
        print_chained(ctx, context,
                      "During handling of the above exception, another exception occurred:\n");
    }
}

/* "+---------------- 2 ----------------" and the sub-exception, or past
 * the width limit "and N more exceptions". */
static void print_group_member(PrintContext *ctx, MpyObject *excs, ssize_t i)
{
    bool truncated = i >= MAX_GROUP_WIDTH;
    print_indent(ctx);
    if (truncated)
        fprintf(ctx->out, "%s+---------------- ... ----------------\n", i == 0 ? "+-" : "  ");
    else
        fprintf(ctx->out, "%s+---------------- %zd ----------------\n", i == 0 ? "+-" : "  ",
                i + 1);
    set_depth(ctx, ctx->group_depth + 1);
    if (!truncated) {
        print_recursive(ctx, MPY_TUPLE_GET(excs, i));
    } else {
        ssize_t remaining = MPY_SIZE(excs) - MAX_GROUP_WIDTH;
        print_margin(ctx);
        fprintf(ctx->out, "and %zd more exception%s\n", remaining, remaining > 1 ? "s" : "");
    }
}

/* CPython's print_exception_group: the group itself, then each member in
 * a frame of its own, one level deeper. */
static void print_group(PrintContext *ctx, MpyObject *eg)
{
    if (ctx->group_depth > MAX_GROUP_DEPTH) {
        print_margin(ctx);
        fprintf(ctx->out, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
        return;
    }
    if (ctx->group_depth == 0)
        set_depth(ctx, 1);
    print_one(ctx, eg);
    MpyObject *excs = mpy_exc_group_exceptions(eg);
    ssize_t n = MPY_SIZE(excs) <= MAX_GROUP_WIDTH ? MPY_SIZE(excs) : MAX_GROUP_WIDTH + 1;
    ctx->need_close = false;
    for (ssize_t i = 0; i < n; i++) {
        bool last = i == n - 1;
        if (last)
            ctx->need_close = true; /* unless a nested group closes the frame */
        print_group_member(ctx, excs, i);
        if (last && ctx->need_close) {
            print_indent(ctx);
            fputs("+------------------------------------\n", ctx->out);
            ctx->need_close = false;
        }
        set_depth(ctx, ctx->group_depth - 1);
    }
    if (ctx->group_depth == 1)
        set_depth(ctx, 0);
}

/* CPython's print_exception_recursive: the chain that led to exc, then exc. */
static void print_recursive(PrintContext *ctx, MpyObject *exc)
{
    /* A very long chain gives up rather than exhaust the C stack. */
    if (mpy_enter_recursive_call(" in print_exception_recursive") < 0) {
        mpy_err_clear();
        return;
    }
    if (ctx->seen)
        print_cause_and_context(ctx, exc);
    if (MPY_EXC_GROUP_CHECK(exc))
        print_group(ctx, exc);
    else
        print_one(ctx, exc);
    mpy_leave_recursive_call();
}

/* Writes the (WTF-8) text as CPython's stderr would: UTF-8 with the
 * backslashreplace error handler, so a lone surrogate (an undecodable byte
 * of a path) prints as \udcXX. */
static void write_backslashreplaced(const char *text, size_t len, FILE *out)
{
    MpyObject *s = mpy_str_decode_utf8(text, len, "surrogatepass");
    MpyObject *b = s ? mpy_str_encode(s, "utf-8", "backslashreplace") : NULL;
    if (b)
        fwrite(MPY_BYTES_DATA(b), 1, (size_t)MPY_BYTES_LEN(b), out);
    else
        fwrite(text, 1, len, out); /* no memory left: the text as it is */
    mpy_err_clear();
    MPY_XDECREF(s);
    MPY_XDECREF(b);
}

static void print_exception_to(MpyObject *exc, FILE *out);

void mpy_traceback_print_exception(MpyObject *exc, FILE *out)
{
    /* Printed whole into memory first, so that one pass escapes it. */
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    if (!mem) {
        print_exception_to(exc, out);
        return;
    }
    print_exception_to(exc, mem);
    fclose(mem);
    write_backslashreplaced(text, len, out);
    free(text);
}

static void print_exception_to(MpyObject *exc, FILE *out)
{
    MpyObject *saved = mpy_err_fetch();
    if (!MPY_EXCEPTION_CHECK(exc)) {
        fprintf(out, "TypeError: print_exception(): Exception expected for value, %s found\n",
                mpy_type_short_name(MPY_TYPE(exc)));
    } else {
        PrintContext ctx = {.out = out, .seen = mpy_list_new(0)};
        set_depth(&ctx, 0);
        mpy_err_clear();
        print_recursive(&ctx, exc);
        MPY_XDECREF(ctx.seen);
    }
    mpy_err_clear();
    mpy_err_restore(saved);
}
