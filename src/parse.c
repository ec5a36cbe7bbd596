/* The parser driver (parse.h): prepares the source text, feeds tokens to the
 * lemon parser generated from grammar/parser.y, runs nested parses for
 * f-string expressions, and decides which error CPython 3.11 would report
 * (its rule: a tokenizer error anywhere in the file wins over a parser error
 * found earlier; see _PyPegen_tokenize_full_source_to_check_for_errors). */
#include "parse.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "ast_build.h"
#include "parse_errors.h"
#include "parser.h"
#include "strbuf.h"
#include "tokenize.h"
#include "utf8.h"

/* lemon's interface (generated into build/gen/parser.c). */
void *mpy_lemonAlloc(void *(*alloc)(size_t));
void mpy_lemonFree(void *parser, void (*release)(void *));
void mpy_lemon(void *parser, int kind, MpyToken token, MpyParser *p);

enum {
    /* Nodes nested deeper than this are refused as CPython's compiler
     * refuses them (3 x the default recursion limit of 1000). */
    MAX_AST_DEPTH = 2990,
    /* Bytes of lemon stack allowed; past it the input is refused with
     * MemoryError, as CPython's parser does for absurd nesting. */
    MAX_PARSER_STACK = 2 * 1024 * 1024,
};

void *mpy_parser_stack_alloc(void *old, size_t size)
{
    if (size > MAX_PARSER_STACK)
        return NULL;
    return realloc(old, size);
}

/* -------------------------------------------------- syntax error values */

void mpy_syntax_error_clear(MpySyntaxError *err)
{
    free(err->msg);
    free(err->filename);
    free(err->text);
    memset(err, 0, sizeof *err);
}

void mpy_syntax_error_set(MpySyntaxError *err, const char *source, size_t len,
                          const char *filename, const char *kind, const char *msg,
                          int lineno, int col_offset, int end_lineno, int end_col_offset)
{
    mpy_syntax_error_clear(err);
    size_t n;
    const char *line = mpy_tokenizer_line(source, source + len, lineno, &n);
    if (n > 0 && line[n - 1] == '\r')
        n--;
    bool newline = line + n < source + len;
    /* CPython's compiler and symbol table report byte columns + 1, and the
     * line as PyErr_ProgramTextObject reads it (the last 999-byte piece of a
     * longer line, with its newline). */
    size_t skip = 999 * ((n + newline - (n + newline > 0)) / 999);
    if (skip > n)
        skip = n;
    err->kind = kind;
    err->msg = strdup(msg);
    err->filename = filename ? strdup(filename) : NULL;
    err->lineno = lineno;
    err->end_lineno = end_lineno;
    err->offset = col_offset + 1;
    err->end_offset = end_col_offset < 0 ? 0 : end_col_offset + 1;
    char *text = malloc(n - skip + 2);
    if (text) {
        memcpy(text, line + skip, n - skip);
        if (newline)
            text[n - skip] = '\n';
        text[n - skip + newline] = '\0';
    }
    err->text = text;
}

/* ---------------------------------------------------------- the source */

typedef struct {
    char *buf;
    size_t len;
    bool coding_declared;
} Source;

static void simple_error(MpySyntaxError *err, const char *msg, int lineno, const char *text,
                         size_t text_len)
{
    err->kind = "SyntaxError";
    err->msg = strdup(msg);
    err->lineno = err->end_lineno = lineno;
    if (text)
        err->text = strndup(text, text_len);
}

static int line_of(const char *s, const char *at)
{
    int line = 1;
    for (; s < at; s++)
        line += *s == '\n';
    return line;
}

/* The encoding named in a PEP 263 comment on line 1 or 2, or NULL. */
static char *coding_spec(const char *s, size_t len)
{
    const char *end = s + len;
    for (int line = 0; line < 2 && s < end; line++) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        const char *eol = nl ? nl : end;
        const char *p = s;
        while (p < eol && (*p == ' ' || *p == '\t' || *p == '\f'))
            p++;
        if (p < eol && *p == '#') {
            for (const char *q = p; q + 6 < eol; q++) {
                if (memcmp(q, "coding", 6) != 0 || (q[6] != ':' && q[6] != '='))
                    continue;
                const char *v = q + 7;
                while (v < eol && (*v == ' ' || *v == '\t'))
                    v++;
                const char *w = v;
                while (w < eol && (isalnum((unsigned char)*w) || *w == '-' || *w == '_' || *w == '.'))
                    w++;
                if (w > v)
                    return strndup(v, (size_t)(w - v));
            }
        } else if (p < eol && *p != '\r') {
            return NULL; /* only comment or blank lines may come first */
        }
        s = nl ? nl + 1 : end;
    }
    return NULL;
}

/* CPython's get_normal_name: "utf-8", "iso-8859-1" or the name itself. */
static const char *normal_encoding(char *name)
{
    for (char *p = name; *p; p++)
        *p = *p == '_' ? '-' : (char)tolower((unsigned char)*p);
    if (strcmp(name, "utf-8") == 0 || strncmp(name, "utf-8-", 6) == 0 || strcmp(name, "utf8") == 0)
        return "utf-8";
    const char *latin[] = {"latin-1", "iso-8859-1", "iso-latin-1", "latin1"};
    for (int i = 0; i < 4; i++) {
        size_t n = strlen(latin[i]);
        if (strcmp(name, latin[i]) == 0 || (strncmp(name, latin[i], n) == 0 && name[n] == '-'))
            return "iso-8859-1";
    }
    return name;
}

/* Copies the source with newlines normalized (\r\n and \r to \n), a final
 * newline added, and Latin-1 transcoded; reports what CPython reports for
 * NUL bytes, bad encodings and invalid UTF-8. */
static bool prepare_source(const char *src, size_t len, const char *filename, Source *out,
                           MpySyntaxError *err)
{
    /* CPython reads line by line: a null byte is reported unless a line
     * before it, or its own line, is not UTF-8 (checked below). */
    const char *nul = memchr(src, '\0', len);
    size_t first_bad = mpy_utf8_validate(src, len);
    if (nul && (first_bad >= len || line_of(src, nul) < line_of(src, src + first_bad))) {
        const char *ls = nul;
        while (ls > src && ls[-1] != '\n')
            ls--;
        simple_error(err, "source code cannot contain null bytes", line_of(src, nul), ls,
                     (size_t)(nul - ls));
        return false;
    }
    bool bom = len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0;
    if (bom) {
        src += 3;
        len -= 3;
    }
    /* Latin-1 is transcoded; any other declared encoding is read as UTF-8
     * (minipy knows no other codecs; ASCII text reads the same in all). */
    char *spec = coding_spec(src, len);
    if (bom && spec) {
        /* CPython accepts a BOM only with a coding line its get_normal_name
         * turns into "utf-8" (so "utf8" is refused here) */
        char norm[13];
        size_t i = 0;
        for (; i < 12 && spec[i]; i++)
            norm[i] = spec[i] == '_' ? '-' : (char)tolower((unsigned char)spec[i]);
        norm[i] = '\0';
        if (strcmp(norm, "utf-8") != 0 && strncmp(norm, "utf-8-", 6) != 0) {
            char msg[300];
            snprintf(msg, sizeof msg, "encoding problem: %s with BOM", spec);
            simple_error(err, msg, 0, NULL, 0);
            free(spec);
            return false;
        }
    }
    bool latin1 = spec && strcmp(normal_encoding(spec), "iso-8859-1") == 0;
    out->coding_declared = spec != NULL;
    free(spec);
    if (nul && latin1) {
        simple_error(err, "source code cannot contain null bytes", line_of(src, nul), NULL, 0);
        return false;
    }
    if (!latin1) {
        size_t bad = mpy_utf8_validate(src, len);
        if (bad < len) {
            char msg[1200];
            snprintf(msg, sizeof msg,
                     "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding "
                     "declared; see https://peps.python.org/pep-0263/ for details",
                     (unsigned char)src[bad], filename ? filename : "<string>", line_of(src, src + bad));
            simple_error(err, msg, 0, NULL, 0);
            return false;
        }
    }
    MpyStrBuf b = MPY_STRBUF_INIT;
    mpy_strbuf_reserve(&b, len + 2);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)src[i];
        if (c == '\r') {
            mpy_strbuf_append_char(&b, '\n');
            if (i + 1 < len && src[i + 1] == '\n')
                i++;
        } else if (c >= 0x80 && latin1) {
            mpy_strbuf_append_utf8(&b, c);
        } else {
            mpy_strbuf_append_char(&b, (char)c);
        }
    }
    if (b.len > 0 && b.data[b.len - 1] != '\n')
        mpy_strbuf_append_char(&b, '\n');
    mpy_strbuf_append(&b, "", 0); /* the NUL sentinel, even for empty input */
    if (b.data)
        b.data[b.len] = '\0';
    if (b.failed) {
        mpy_strbuf_free(&b);
        err->kind = "MemoryError";
        err->msg = strdup("");
        return false;
    }
    out->len = b.len;
    out->buf = mpy_strbuf_detach(&b);
    return true;
}

/* ---------------------------------------------------------- the driver */

/* Tokens are read through a small queue so the driver can look ahead (for
 * parenthesized with-items) and the error diagnosis can see the tokens of
 * the logical line around the failure. */
typedef struct {
    MpyParser *p;
    MpyTokenizer *tok;
    MpyToken *queue;
    size_t qhead, qlen, qcap;
    MpyTokenLine line; /* tokens of the current logical line */
    int prev_kind;
    /* The tokenizer's error, kept apart until the parser reaches it: a
     * token read ahead must not end the parse early. */
    MpySyntaxError tok_err;
    bool tok_failed;   /* an MPY_TOK_ERROR marker is in the queue */
} Driver;

static bool queue_push(Driver *d, const MpyToken *t)
{
    if (d->qhead + d->qlen == d->qcap) {
        if (d->qhead > 0) {
            memmove(d->queue, d->queue + d->qhead, d->qlen * sizeof *d->queue);
            d->qhead = 0;
        } else {
            size_t cap = d->qcap ? d->qcap * 2 : 16;
            MpyToken *q = realloc(d->queue, cap * sizeof *q);
            if (!q)
                return false;
            d->queue = q;
            d->qcap = cap;
        }
    }
    d->queue[d->qhead + d->qlen++] = *t;
    return true;
}

/* Reads one more token into the queue; after a tokenizer error the queue
 * ends with an MPY_TOK_ERROR marker and this returns false. */
static bool fill(Driver *d)
{
    if (d->tok_failed)
        return false;
    MpyToken t;
    if (mpy_tokenizer_next(d->tok, &t) == MPY_TOK_ERROR) {
        d->tok_failed = true;
        t.kind = MPY_TOK_ERROR;
        queue_push(d, &t);
        return false;
    }
    return queue_push(d, &t);
}

/* `with (` starts parenthesized with-items when the matching ')' is
 * followed by ':' and the parentheses are not empty (CPython tries that
 * alternative of with_stmt first). */
static void mark_with_items(Driver *d)
{
    size_t i = 1; /* queue[qhead] is the '(' */
    int depth = 1;
    while (depth > 0) {
        while (d->qlen <= i)
            if (!fill(d))
                break;
        int k = d->queue[d->qhead + i].kind;
        if (k == MPY_TOK_ERROR) {
            /* never closed: CPython's first try, the parenthesized items,
             * is what fails furthest on */
            d->queue[d->qhead].kind = TK_WITH_LPAR;
            return;
        }
        if (k == TK_LPAR || k == TK_LSQB || k == TK_LBRACE)
            depth++;
        else if (k == TK_RPAR || k == TK_RSQB || k == TK_RBRACE)
            depth--;
        else if (k == TK_NEWLINE || k == TK_ENDMARKER)
            return;
        i++;
    }
    while (d->qlen <= i)
        if (!fill(d))
            return;
    if (i > 2 && d->queue[d->qhead + i].kind == TK_COLON)
        d->queue[d->qhead].kind = TK_WITH_LPAR;
}

/* The next token; MPY_TOK_ERROR when the parser reaches a tokenizer error,
 * which then becomes the parse's error. */
static int next_token(Driver *d, MpyToken *out)
{
    if (d->qlen == 0)
        fill(d);
    if (d->qlen == 0)
        return MPY_TOK_ERROR;
    if (d->prev_kind == TK_WITH && d->queue[d->qhead].kind == TK_LPAR)
        mark_with_items(d);
    *out = d->queue[d->qhead++];
    d->qlen--;
    d->prev_kind = out->kind;
    if (out->kind == MPY_TOK_ERROR && !d->p->err->kind) {
        *d->p->err = d->tok_err;
        memset(&d->tok_err, 0, sizeof d->tok_err);
    }
    return out->kind;
}

static void unsupported(MpyParser *p, const MpyToken *t, const char *what)
{
    AstLocation loc = mpy_build_token_loc(t);
    mpy_build_error_range(p, "SyntaxError", &loc, &loc, "minipy does not support %s", what);
}

/* Feeds every token to lemon until the input is accepted or fails.
 * Returns true when the parse succeeded. */
static bool feed(Driver *d, void *lp, int mode_token)
{
    MpyParser *p = d->p;
    MpyToken t = {0};
    mpy_lemon(lp, mode_token, t, p);
    for (;;) {
        int kind = next_token(d, &t);
        if (kind == MPY_TOK_ERROR)
            return false;
        p->lookahead = t;
        if (kind == TK_ASYNC || kind == TK_AWAIT) {
            unsupported(p, &t, kind == TK_ASYNC ? "'async'" : "'await'");
            return false;
        }
        mpy_token_line_push(&d->line, &t);
        mpy_lemon(lp, kind, t, p);
        if (p->syntax_error)
            d->line.fail = d->line.len - 1;
        if (p->err->kind || p->syntax_error)
            return false;
        if (kind == TK_NEWLINE)
            mpy_token_line_boundary(&d->line);
        if (kind == TK_ENDMARKER)
            break;
    }
    mpy_lemon(lp, 0, t, p);
    return !p->err->kind && !p->syntax_error;
}

/* After a parser error: the rest of the logical line is read for the
 * diagnosis, then the rest of the file for tokenizer errors, which CPython
 * reports instead (a soft E_EOF only as "'(' was never closed", and only
 * when the bracket opened before the line of the parser error). */
static void finish_after_parser_error(Driver *d)
{
    MpyParser *p = d->p;
    bool in_line = true, line_ends_in_error = false;
    for (;;) {
        MpyToken t;
        if (d->qlen == 0 && !fill(d) && d->qlen == 0)
            break;
        t = d->queue[d->qhead++];
        d->qlen--;
        if (t.kind == MPY_TOK_ERROR) {
            line_ends_in_error = in_line;
            break;
        }
        if (in_line)
            mpy_token_line_push(&d->line, &t);
        if (t.kind == TK_NEWLINE || t.kind == TK_ENDMARKER)
            in_line = false;
        if (t.kind == TK_ENDMARKER)
            break;
    }
    bool check_rest = true;
    if (p->syntax_error)
        check_rest = mpy_parse_diagnose(p, &d->line, d->tok);
    MpySyntaxError *tok_err = &d->tok_err;
    if (tok_err->kind && check_rest) {
        int err_line = p->lookahead.lineno > p->furthest_line ? p->lookahead.lineno : p->furthest_line;
        int level = d->tok->level;
        bool wins = d->tok->err_hard || (p->reached_tokenizer_error && line_ends_in_error) ||
                    (d->tok->err_eof && level > 0 && err_line > d->tok->parenlineno[level - 1]);
        if (wins) {
            mpy_syntax_error_clear(p->err);
            *p->err = *tok_err;
            memset(tok_err, 0, sizeof *tok_err);
        }
    }
}

/* -------------------------------------------------------- depth check */

static bool deep_stmts(const AstStmtSeq *s, int depth);
static bool deep_expr(const AstExpr *e, int depth);

static bool deep_seq(const AstExprSeq *s, int depth)
{
    for (ssize_t i = 0; i < s->size; i++)
        if (s->items[i] && deep_expr(s->items[i], depth))
            return true;
    return false;
}

static bool deep_args(const AstArguments *a, int depth)
{
    if (!a)
        return false;
    if (deep_seq(&a->defaults, depth) || deep_seq(&a->kw_defaults, depth))
        return true;
    const AstArgSeq *seqs[] = {&a->posonlyargs, &a->args, &a->kwonlyargs};
    for (int k = 0; k < 3; k++)
        for (ssize_t i = 0; i < seqs[k]->size; i++)
            if (seqs[k]->items[i]->annotation && deep_expr(seqs[k]->items[i]->annotation, depth))
                return true;
    if (a->vararg && a->vararg->annotation && deep_expr(a->vararg->annotation, depth))
        return true;
    return a->kwarg && a->kwarg->annotation && deep_expr(a->kwarg->annotation, depth);
}

static bool deep_comps(const AstComprehensionSeq *g, int depth)
{
    for (ssize_t i = 0; i < g->size; i++) {
        const AstComprehension *c = g->items[i];
        if (deep_expr(c->target, depth) || deep_expr(c->iter, depth) || deep_seq(&c->ifs, depth))
            return true;
    }
    return false;
}

/* True if the expression nests deeper than MAX_AST_DEPTH; stops early, so
 * its own recursion is bounded by the limit. */
static bool deep_expr(const AstExpr *e, int depth)
{
    if (!e)
        return false;
    if (++depth > MAX_AST_DEPTH)
        return true;
    switch (e->kind) {
    case AST_BoolOp_kind: return deep_seq(&e->v.BoolOp.values, depth);
    case AST_NamedExpr_kind: return deep_expr(e->v.NamedExpr.value, depth);
    case AST_BinOp_kind: return deep_expr(e->v.BinOp.left, depth) || deep_expr(e->v.BinOp.right, depth);
    case AST_UnaryOp_kind: return deep_expr(e->v.UnaryOp.operand, depth);
    case AST_Lambda_kind: return deep_args(e->v.Lambda.args, depth) || deep_expr(e->v.Lambda.body, depth);
    case AST_IfExp_kind:
        return deep_expr(e->v.IfExp.test, depth) || deep_expr(e->v.IfExp.body, depth) ||
               deep_expr(e->v.IfExp.orelse, depth);
    case AST_Dict_kind: return deep_seq(&e->v.Dict.keys, depth) || deep_seq(&e->v.Dict.values, depth);
    case AST_Set_kind: return deep_seq(&e->v.Set.elts, depth);
    case AST_ListComp_kind: case AST_SetComp_kind: case AST_GeneratorExp_kind:
        return deep_expr(e->v.ListComp.elt, depth) || deep_comps(&e->v.ListComp.generators, depth);
    case AST_DictComp_kind:
        return deep_expr(e->v.DictComp.key, depth) || deep_expr(e->v.DictComp.value, depth) ||
               deep_comps(&e->v.DictComp.generators, depth);
    case AST_Await_kind: case AST_Yield_kind: case AST_YieldFrom_kind:
        return deep_expr(e->v.Yield.value, depth);
    case AST_Compare_kind: return deep_expr(e->v.Compare.left, depth) || deep_seq(&e->v.Compare.comparators, depth);
    case AST_Call_kind: {
        if (deep_expr(e->v.Call.func, depth) || deep_seq(&e->v.Call.args, depth))
            return true;
        for (ssize_t i = 0; i < e->v.Call.keywords.size; i++)
            if (deep_expr(e->v.Call.keywords.items[i]->value, depth))
                return true;
        return false;
    }
    case AST_FormattedValue_kind:
        return deep_expr(e->v.FormattedValue.value, depth) || deep_expr(e->v.FormattedValue.format_spec, depth);
    case AST_JoinedStr_kind: return deep_seq(&e->v.JoinedStr.values, depth);
    case AST_Attribute_kind: return deep_expr(e->v.Attribute.value, depth);
    case AST_Subscript_kind: return deep_expr(e->v.Subscript.value, depth) || deep_expr(e->v.Subscript.slice, depth);
    case AST_Starred_kind: return deep_expr(e->v.Starred.value, depth);
    case AST_List_kind: case AST_Tuple_kind: return deep_seq(&e->v.List.elts, depth);
    case AST_Slice_kind:
        return deep_expr(e->v.Slice.lower, depth) || deep_expr(e->v.Slice.upper, depth) ||
               deep_expr(e->v.Slice.step, depth);
    default: return false;
    }
}

static bool deep_stmt(const AstStmt *s, int depth)
{
    if (++depth > MAX_AST_DEPTH)
        return true;
    switch (s->kind) {
    case AST_FunctionDef_kind:
        return deep_args(s->v.FunctionDef.args, depth) || deep_stmts(&s->v.FunctionDef.body, depth) ||
               deep_seq(&s->v.FunctionDef.decorator_list, depth) || deep_expr(s->v.FunctionDef.returns, depth);
    case AST_ClassDef_kind: {
        if (deep_seq(&s->v.ClassDef.bases, depth) || deep_stmts(&s->v.ClassDef.body, depth) ||
            deep_seq(&s->v.ClassDef.decorator_list, depth))
            return true;
        for (ssize_t i = 0; i < s->v.ClassDef.keywords.size; i++)
            if (deep_expr(s->v.ClassDef.keywords.items[i]->value, depth))
                return true;
        return false;
    }
    case AST_Return_kind: return deep_expr(s->v.Return.value, depth);
    case AST_Delete_kind: return deep_seq(&s->v.Delete.targets, depth);
    case AST_Assign_kind: return deep_seq(&s->v.Assign.targets, depth) || deep_expr(s->v.Assign.value, depth);
    case AST_AugAssign_kind: return deep_expr(s->v.AugAssign.target, depth) || deep_expr(s->v.AugAssign.value, depth);
    case AST_AnnAssign_kind:
        return deep_expr(s->v.AnnAssign.target, depth) || deep_expr(s->v.AnnAssign.annotation, depth) ||
               deep_expr(s->v.AnnAssign.value, depth);
    case AST_For_kind:
        return deep_expr(s->v.For.target, depth) || deep_expr(s->v.For.iter, depth) ||
               deep_stmts(&s->v.For.body, depth) || deep_stmts(&s->v.For.orelse, depth);
    case AST_While_kind: case AST_If_kind:
        return deep_expr(s->v.While.test, depth) || deep_stmts(&s->v.While.body, depth) ||
               deep_stmts(&s->v.While.orelse, depth);
    case AST_With_kind: {
        for (ssize_t i = 0; i < s->v.With.items.size; i++) {
            const AstWithItem *w = s->v.With.items.items[i];
            if (deep_expr(w->context_expr, depth) || deep_expr(w->optional_vars, depth))
                return true;
        }
        return deep_stmts(&s->v.With.body, depth);
    }
    case AST_Raise_kind: return deep_expr(s->v.Raise.exc, depth) || deep_expr(s->v.Raise.cause, depth);
    case AST_Try_kind: case AST_TryStar_kind: {
        if (deep_stmts(&s->v.Try.body, depth) || deep_stmts(&s->v.Try.orelse, depth) ||
            deep_stmts(&s->v.Try.finalbody, depth))
            return true;
        for (ssize_t i = 0; i < s->v.Try.handlers.size; i++) {
            const AstExceptHandler *h = s->v.Try.handlers.items[i];
            if (deep_expr(h->type, depth) || deep_stmts(&h->body, depth))
                return true;
        }
        return false;
    }
    case AST_Assert_kind: return deep_expr(s->v.Assert.test, depth) || deep_expr(s->v.Assert.msg, depth);
    case AST_Expr_kind: return deep_expr(s->v.Expr.value, depth);
    default: return false;
    }
}

static bool deep_stmts(const AstStmtSeq *s, int depth)
{
    for (ssize_t i = 0; i < s->size; i++)
        if (deep_stmt(s->items[i], depth))
            return true;
    return false;
}

static bool too_deep(const AstMod *m)
{
    if (m->kind == AST_Expression_kind)
        return deep_expr(m->v.Expression.body, 1);
    return deep_stmts(&m->v.Module.body, 1);
}

/* --------------------------------------------------------- entry points */

static void *lemon_alloc(size_t n) { return malloc(n); }

static bool run_parser(MpyParser *p, MpyTokenizer *t, int mode_token)
{
    Driver d = {0};
    d.p = p;
    d.tok = t;
    t->err = &d.tok_err;
    void *lp = mpy_lemonAlloc(lemon_alloc);
    bool ok = lp && feed(&d, lp, mode_token);
    if (!lp && !p->err->kind) {
        p->err->kind = "MemoryError";
        p->err->msg = strdup("");
    }
    bool parser_error = !ok && !p->overflow && (p->syntax_error || p->err->kind);
    bool reached_tokenizer_error = d.prev_kind == MPY_TOK_ERROR;
    if (!ok && !p->err->kind && !p->syntax_error && !reached_tokenizer_error)
        p->syntax_error = parser_error = true; /* lemon gave up without saying where */
    if (parser_error && !reached_tokenizer_error && !p->diagnosing &&
        !(p->err->kind && strcmp(p->err->kind, "MemoryError") == 0))
        finish_after_parser_error(&d);
    if (lp)
        mpy_lemonFree(lp, free);
    free(d.queue);
    mpy_token_line_free(&d.line);
    mpy_syntax_error_clear(&d.tok_err);
    t->err = p->err;
    return ok;
}

AstMod *mpy_parse(const char *source, size_t len, const char *filename, MpyParseMode mode,
                  MpyArena *arena, MpySyntaxError *err)
{
    memset(err, 0, sizeof *err);
    Source src;
    if (!prepare_source(source, len, filename, &src, err)) {
        if (filename)
            err->filename = strdup(filename);
        return NULL;
    }
    MpyTokenizer t;
    mpy_tokenizer_init(&t, src.buf, src.len, err);
    t.interactive = mode == MPY_PARSE_SINGLE;
    MpyParser p = {0};
    p.arena = arena;
    p.err = err;
    p.buf = src.buf;
    p.end = src.buf + src.len;
    p.mode = mode;
    p.coding_declared = src.coding_declared;
    int mode_token = mode == MPY_PARSE_EVAL ? TK_EVAL_MODE : mode == MPY_PARSE_SINGLE ? TK_SINGLE_MODE
                                                                                     : TK_FILE_MODE;
    bool ok = run_parser(&p, &t, mode_token);
    if (ok && p.duplicate_arg) {
        mpy_build_error_range(&p, "SyntaxError", &p.duplicate_arg->loc, &p.duplicate_arg->loc,
                        "duplicate argument '%s' in function definition", p.duplicate_arg->arg);
        /* CPython finds it in its symtable */
        err->text_source = MPY_TEXT_FILE_ONLY;
        err->location_as_attributes = true;
        ok = false;
    }
    if (ok && p.mod && too_deep(p.mod)) {
        err->kind = "RecursionError";
        err->msg = strdup("maximum recursion depth exceeded during compilation");
        ok = false;
    }
    if (!ok && !err->kind) {
        err->kind = "SyntaxError";
        err->msg = strdup("invalid syntax");
    }
    if (err->kind && filename)
        err->filename = strdup(filename);
    if (err->kind && mode == MPY_PARSE_SINGLE)
        err->incomplete = t.err_eof || (p.syntax_error && p.error_token.kind == TK_ENDMARKER);
    free(src.buf);
    return ok ? p.mod : NULL;
}

/* Parses the text of an f-string replacement field, as CPython 3.11's
 * fstring_compile_expr: the text in parentheses, positions shifted so that
 * they point into the f-string token `t`. */
AstExpr *mpy_parse_fstring_expr(MpyParser *p, const char *start, const char *stop, const MpyToken *t)
{
    size_t len = (size_t)(stop - start);
    char *buf = malloc(len + 4);
    if (!buf)
        return NULL;
    buf[0] = '(';
    memcpy(buf + 1, start, len);
    buf[len + 1] = ')';
    buf[len + 2] = '\n';
    buf[len + 3] = '\0';
    /* fstring_find_expr_location: lines and columns before the '{'. */
    const char *brace = start - 1, *tok_text = t->start;
    int lines = 0, cols = 0;
    for (const char *q = tok_text; q < brace; q++)
        lines += *q == '\n';
    const char *q = start;
    while (q < stop && (*q == ' ' || *q == '\t' || *q == '\f'))
        q++;
    bool newline_after_brace = q < stop ? *q == '\n' : *q != '}';
    if (q < stop && *q != '\n')
        newline_after_brace = false;
    if (!newline_after_brace) {
        const char *ls = brace;
        while (ls > tok_text && *ls != '\n')
            ls--;
        cols = (int)(brace - ls) - (*ls == '\n' ? 1 : 0);
    }
    MpySyntaxError sub_err = {0};
    MpyTokenizer sub;
    mpy_tokenizer_init(&sub, buf, len + 3, &sub_err);
    sub.line_offset = t->lineno + lines - 1;
    sub.col_offset = lines ? cols : t->col_offset + cols;
    MpyParser sp = *p;
    sp.err = &sub_err;
    sp.buf = buf;
    sp.end = buf + len + 3;
    sp.fstring_expr = NULL;
    sp.syntax_error = false;
    sp.fstring_depth = p->fstring_depth + 1;
    sp.fstring_col = sub.col_offset;
    sp.fstring_line = sub.line_offset;
    sp.mod = NULL;
    bool ok = sp.fstring_depth < 8 && run_parser(&sp, &sub, TK_FSTRING_MODE);
    if (!ok && !sub_err.kind) {
        sub_err.kind = "SyntaxError";
        sub_err.msg = strdup("f-string: invalid syntax");
    }
    if (sub_err.kind) {
        sub_err.text_source = MPY_TEXT_OWN; /* the f-string's own "(expr)" buffer */
        if (!p->err->kind)
            *p->err = sub_err;
        else
            mpy_syntax_error_clear(&sub_err);
    }
    if (sp.duplicate_arg && !p->duplicate_arg)
        p->duplicate_arg = sp.duplicate_arg;
    free(buf);
    return ok ? sp.fstring_expr : NULL;
}

/* Parses source text [start, stop) at (lineno, col) of the file as an
 * expression, for the error diagnosis; errors are ignored (NULL). */
AstExpr *mpy_parse_fragment(MpyParser *p, const char *start, const char *stop, int lineno, int col)
{
    size_t len = (size_t)(stop - start);
    char *buf = malloc(len + 4);
    if (!buf)
        return NULL;
    buf[0] = '(';
    memcpy(buf + 1, start, len);
    buf[len + 1] = ')';
    buf[len + 2] = '\n';
    buf[len + 3] = '\0';
    MpySyntaxError sub_err = {0};
    MpyTokenizer sub;
    mpy_tokenizer_init(&sub, buf, len + 3, &sub_err);
    sub.line_offset = lineno - 1;
    sub.col_offset = col - 1;
    MpyParser sp = *p;
    sp.err = &sub_err;
    sp.buf = buf;
    sp.end = buf + len + 3;
    sp.fstring_expr = NULL;
    sp.syntax_error = false;
    sp.mod = NULL;
    sp.duplicate_arg = NULL;
    sp.diagnosing = true;
    bool ok = run_parser(&sp, &sub, TK_FSTRING_MODE);
    mpy_syntax_error_clear(&sub_err);
    free(buf);
    return ok ? sp.fstring_expr : NULL;
}

/* ------------------------------------------------------------ reports */

/* CPython 3.11's print_exception for a SyntaxError: the file and line, the
 * text stripped of leading blanks, then carets from offset to end_offset
 * (one caret for IndentationError and TabError). */
void mpy_syntax_error_print(const MpySyntaxError *err, FILE *out)
{
    if (!err->kind)
        return;
    if (err->lineno > 0 || err->text) {
        fprintf(out, "  File \"%s\", line %d\n", err->filename ? err->filename : "<string>",
                err->lineno);
    }
    if (err->text && err->lineno > 0) {
        const char *text = err->text;
        long offset = err->offset - 1;
        long end_offset = err->end_offset;
        long line_size = (long)strlen(text);
        if (err->end_lineno > err->lineno)
            end_offset = line_size;
        if (end_offset > line_size + 1)
            end_offset = line_size + 1;
        bool indentation = strcmp(err->kind, "SyntaxError") != 0;
        long carets = (!indentation && end_offset > 0 && end_offset > offset + 1) ? end_offset - offset - 1 : 1;
        while (*text == ' ' || *text == '\t' || *text == '\f') {
            text++;
            offset--;
        }
        long len = (long)strlen(text);
        while (len > 0 && text[len - 1] == '\n')
            len--;
        if (offset > len)
            offset = len;
        fprintf(out, "    %.*s\n", (int)len, text);
        if (offset >= 0) {
            fputs("    ", out);
            for (long i = 0; i < offset; i++)
                fputc(' ', out);
            for (long i = 0; i < carets; i++)
                fputc('^', out);
            fputc('\n', out);
        }
    }
    if (err->msg && *err->msg)
        fprintf(out, "%s: %s\n", err->kind, err->msg);
    else
        fprintf(out, "%s\n", err->kind);
}

/* ------------------------------------------------------- lemon's hooks */

void mpy_parser_syntax_error(MpyParser *p, const MpyToken *t)
{
    if (p->syntax_error || p->err->kind)
        return;
    p->syntax_error = true;
    p->error_token = *t;
}

void mpy_parser_overflow(MpyParser *p)
{
    p->overflow = true;
    if (!p->err->kind) {
        p->err->kind = "MemoryError";
        p->err->msg = strdup("");
    }
}
