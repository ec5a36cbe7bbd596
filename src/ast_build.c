/* AST constructors for statements, plus the list helpers and error helpers
 * all builders share (ast_build.h). Positions follow CPython 3.11: a node
 * spans from its first token to its last, parentheses of children included. */
#include "ast_build.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parser.h"
#include "strbuf.h"
#include "utf8.h"

/* ------------------------------------------------------------- memory */

void *mpy_build_alloc(MpyParser *p, size_t size)
{
    void *mem = mpy_arena_alloc(p->arena, size);
    if (!mem) {
        /* Out of memory: report it once, as CPython would raise MemoryError. */
        if (!p->err->kind) {
            p->err->kind = "MemoryError";
            p->err->msg = strdup("");
        }
        /* Nodes get a harmless zeroed target until the parse stops; arrays
         * get NULL, which their callers check. */
        static char scratch[1024];
        memset(scratch, 0, sizeof scratch);
        return size <= sizeof scratch ? scratch : NULL;
    }
    return mem;
}

AstExpr *mpy_build_new_expr(MpyParser *p, AstExprKind kind, AstLocation loc)
{
    AstExpr *e = mpy_build_alloc(p, sizeof *e);
    e->kind = kind;
    e->loc = e->outer = loc;
    return e;
}

AstStmt *mpy_build_new_stmt(MpyParser *p, AstStmtKind kind, AstLocation loc)
{
    AstStmt *s = mpy_build_alloc(p, sizeof *s);
    s->kind = kind;
    s->loc = loc;
    return s;
}

AstLocation mpy_build_token_loc(const MpyToken *t)
{
    return (AstLocation){t->lineno, t->col_offset, t->end_lineno, t->end_col_offset};
}

AstLocation mpy_build_span(const AstLocation *from, const AstLocation *to)
{
    return (AstLocation){from->lineno, from->col_offset, to->end_lineno, to->end_col_offset};
}

/* -------------------------------------------------------------- lists */

AstVec *mpy_build_vec_push(MpyParser *p, AstVec *v, void *item)
{
    if (!v)
        v = mpy_build_alloc(p, sizeof *v);
    if (v->size == v->cap) {
        ssize_t cap = v->cap ? v->cap * 2 : 4;
        void **items = mpy_build_alloc(p, (size_t)cap * sizeof *items);
        if (!items)
            return v;
        if (v->size)
            memcpy(items, v->items, (size_t)v->size * sizeof *items);
        v->items = items;
        v->cap = cap;
    }
    v->items[v->size++] = item;
    return v;
}

AstVec *mpy_build_vec_one(MpyParser *p, void *item) { return mpy_build_vec_push(p, NULL, item); }

AstVec *mpy_build_vec_extend(MpyParser *p, AstVec *v, AstVec *more)
{
    for (ssize_t i = 0; more && i < more->size; i++)
        v = mpy_build_vec_push(p, v, more->items[i]);
    v->has_end = more->has_end;
    v->end = more->end;
    return v;
}

AstVec *mpy_build_vec_semi(MpyParser *p, AstVec *v, const MpyToken *semi)
{
    v->has_end = true;
    v->end = mpy_build_token_loc(semi);
    return v;
}

MpyExprList *mpy_build_exprs_push(MpyParser *p, MpyExprList *l, AstExpr *e)
{
    if (!l) {
        l = mpy_build_alloc(p, sizeof *l);
        l->loc = e->outer;
    }
    mpy_build_vec_push(p, &l->v, e);
    l->loc.end_lineno = e->outer.end_lineno;
    l->loc.end_col_offset = e->outer.end_col_offset;
    return l;
}

MpyExprList *mpy_build_exprs_two(MpyParser *p, AstExpr *a, AstExpr *b)
{
    return mpy_build_exprs_push(p, mpy_build_exprs_push(p, NULL, a), b);
}

MpyNames *mpy_build_names_push(MpyParser *p, MpyNames *l, const MpyToken *name)
{
    if (!l)
        l = mpy_build_alloc(p, sizeof *l);
    mpy_build_vec_push(p, &l->names, (void *)mpy_build_identifier(p, name));
    l->last = mpy_build_token_loc(name);
    return l;
}

/* ------------------------------------------------------------- errors */

/* CPython's _PyPegen_byte_offset_to_character_offset: the 1-based byte
 * column `col1` of `line` as characters, clamped to the line's end + 1. */
static int char_offset(const char *line, size_t len, int col1)
{
    if (col1 <= 0)
        return col1;
    size_t n = (size_t)col1 > len ? len : (size_t)col1;
    return (int)mpy_utf8_count(line, n) + ((size_t)col1 > len ? 1 : 0);
}

const char *mpy_build_error_text(MpyParser *p, int lineno, size_t *len)
{
    const char *line = mpy_tokenizer_line(p->buf, p->end, lineno - p->fstring_line, len);
    if (p->fstring_depth == 0) {
        /* CPython re-reads the line from the file with fgets into a buffer of
         * 1000 bytes and keeps the last piece of a longer line. */
        size_t with_nl = *len + (line + *len < p->end);
        size_t skip = 999 * ((with_nl - 1) / 999);
        if (with_nl > 0 && skip > 0) {
            skip = skip < *len ? skip : *len;
            line += skip;
            *len -= skip;
        }
    }
    return line;
}

void mpy_build_error_range(MpyParser *p, const char *kind, const AstLocation *from, const AstLocation *to,
                     const char *fmt, ...)
{
    MpySyntaxError *e = p->err;
    if (e->kind)
        return;
    MpyStrBuf msg = MPY_STRBUF_INIT;
    /* Errors inside an f-string's expression are measured on the text of
     * that expression, as CPython's nested parser does. */
    int col_base = 0;
    if (p->fstring_depth > 0) {
        mpy_strbuf_append_cstr(&msg, "f-string: ");
        col_base = p->fstring_col;
    }
    va_list ap;
    va_start(ap, fmt);
    mpy_strbuf_vappendf(&msg, fmt, ap);
    va_end(ap);
    size_t len;
    const char *line = mpy_build_error_text(p, from->lineno, &len);
    /* CPython 3.11 reports parser errors with byte columns, converted to
     * characters only when the file declares its encoding. */
    e->kind = kind;
    e->msg = mpy_strbuf_detach(&msg);
    e->lineno = from->lineno;
    e->offset = from->col_offset < 0 ? 0 : from->col_offset - col_base + 1;
    e->end_lineno = to->end_lineno;
    e->end_offset = to->end_col_offset < 0 ? 0 : to->end_col_offset - col_base + 1;
    size_t with_nl = len + (line + len < p->end && line[len] == '\n');
    if (p->coding_declared) {
        e->offset = char_offset(line, with_nl, e->offset);
        if (e->end_offset > 0)
            e->end_offset = char_offset(line, with_nl, e->end_offset);
    }
    e->text = strndup(line, with_nl); /* the file's line, with its newline */
}

void mpy_build_error_node(MpyParser *p, const AstExpr *node, const char *fmt, ...)
{
    if (p->err->kind)
        return;
    MpyStrBuf msg = MPY_STRBUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    mpy_strbuf_vappendf(&msg, fmt, ap);
    va_end(ap);
    mpy_build_error_range(p, "SyntaxError", &node->loc, &node->loc, "%s", msg.data ? msg.data : "");
    mpy_strbuf_free(&msg);
}

/* ------------------------------------------------------------ modules */


void mpy_build_module(MpyParser *p, AstVec *body)
{
    AstMod *m = mpy_build_alloc(p, sizeof *m);
    m->kind = AST_Module_kind;
    SEQ(m->v.Module.body, body);
    p->mod = m;
}

void mpy_build_interactive(MpyParser *p, AstVec *body)
{
    AstMod *m = mpy_build_alloc(p, sizeof *m);
    m->kind = AST_Interactive_kind;
    SEQ(m->v.Interactive.body, body);
    p->mod = m;
}

void mpy_build_expression(MpyParser *p, AstExpr *body)
{
    AstMod *m = mpy_build_alloc(p, sizeof *m);
    m->kind = AST_Expression_kind;
    m->v.Expression.body = body;
    p->mod = m;
}

void mpy_build_fstring_result(MpyParser *p, AstExpr *e) { p->fstring_expr = e; }

/* --------------------------------------------------------- statements */

/* Where a block (a non-empty statement list) ends. */
static AstLocation block_end(AstVec *body)
{
    if (body->has_end)
        return body->end;
    AstStmt *last = body->items[body->size - 1];
    return last->loc;
}

static AstLocation span_to_block(const MpyToken *t, AstVec *block)
{
    AstLocation from = mpy_build_token_loc(t), to = block_end(block);
    return mpy_build_span(&from, &to);
}

AstStmt *mpy_build_expr_stmt(MpyParser *p, AstExpr *e)
{
    AstStmt *s = mpy_build_new_stmt(p, AST_Expr_kind, e->outer);
    s->v.Expr.value = e;
    return s;
}

AstStmt *mpy_build_keyword_stmt(MpyParser *p, AstStmtKind kind, const MpyToken *t)
{
    return mpy_build_new_stmt(p, kind, mpy_build_token_loc(t));
}

static AstLocation span_token_expr(const MpyToken *t, const AstExpr *e)
{
    AstLocation from = mpy_build_token_loc(t);
    return e ? mpy_build_span(&from, &e->outer) : from;
}

AstStmt *mpy_build_return(MpyParser *p, const MpyToken *t, AstExpr *value)
{
    AstStmt *s = mpy_build_new_stmt(p, AST_Return_kind, span_token_expr(t, value));
    s->v.Return.value = value;
    return s;
}

AstStmt *mpy_build_raise(MpyParser *p, const MpyToken *t, AstExpr *exc, AstExpr *cause)
{
    AstStmt *s = mpy_build_new_stmt(p, AST_Raise_kind, span_token_expr(t, cause ? cause : exc));
    s->v.Raise.exc = exc;
    s->v.Raise.cause = cause;
    return s;
}

AstStmt *mpy_build_global(MpyParser *p, const MpyToken *t, MpyNames *names, AstStmtKind kind)
{
    AstLocation from = mpy_build_token_loc(t);
    AstStmt *s = mpy_build_new_stmt(p, kind, mpy_build_span(&from, &names->last));
    SEQ(s->v.Global.names, &names->names);
    return s;
}

AstStmt *mpy_build_delete(MpyParser *p, const MpyToken *t, MpyExprList *targets,
                          const MpyToken *comma)
{
    for (ssize_t i = 0; i < targets->v.size && !p->err->kind; i++)
        mpy_build_set_store(p, targets->v.items[i], AST_Del);
    AstLocation from = mpy_build_token_loc(t), to = comma ? mpy_build_token_loc(comma) : targets->loc;
    AstStmt *s = mpy_build_new_stmt(p, AST_Delete_kind, mpy_build_span(&from, &to));
    SEQ(s->v.Delete.targets, &targets->v);
    return s;
}

AstStmt *mpy_build_assert(MpyParser *p, const MpyToken *t, AstExpr *test, AstExpr *msg)
{
    AstStmt *s = mpy_build_new_stmt(p, AST_Assert_kind, span_token_expr(t, msg ? msg : test));
    s->v.Assert.test = test;
    s->v.Assert.msg = msg;
    return s;
}

AstStmt *mpy_build_if(MpyParser *p, const MpyToken *t, AstExpr *test, AstVec *body, AstVec *orelse)
{
    AstStmt *s = mpy_build_new_stmt(p, AST_If_kind, span_to_block(t, orelse ? orelse : body));
    s->v.If.test = test;
    SEQ(s->v.If.body, body);
    SEQ(s->v.If.orelse, orelse);
    return s;
}

AstStmt *mpy_build_while(MpyParser *p, const MpyToken *t, AstExpr *test, AstVec *body,
                         AstVec *orelse)
{
    AstStmt *s = mpy_build_new_stmt(p, AST_While_kind, span_to_block(t, orelse ? orelse : body));
    s->v.While.test = test;
    SEQ(s->v.While.body, body);
    SEQ(s->v.While.orelse, orelse);
    return s;
}

AstStmt *mpy_build_for(MpyParser *p, const MpyToken *t, AstExpr *target, AstExpr *iter,
                       AstVec *body, AstVec *orelse)
{
    AstStmt *s = mpy_build_new_stmt(p, AST_For_kind, span_to_block(t, orelse ? orelse : body));
    s->v.For.target = target;
    s->v.For.iter = iter;
    SEQ(s->v.For.body, body);
    SEQ(s->v.For.orelse, orelse);
    return s;
}

MpyHandler *mpy_build_handler(MpyParser *p, const MpyToken *t, const MpyToken *star, AstExpr *type,
                              const MpyToken *name, AstVec *body)
{
    MpyHandler *mh = mpy_build_alloc(p, sizeof *mh);
    AstExceptHandler *h = mh->handler = mpy_build_alloc(p, sizeof *h);
    h->loc = span_to_block(t, body);
    h->type = type;
    h->name = name ? mpy_build_identifier(p, name) : NULL;
    SEQ(h->body, body);
    mh->except_loc = mpy_build_token_loc(t);
    mh->star = star != NULL;
    if (star)
        mh->star_loc = mpy_build_token_loc(star);
    return mh;
}

/* Try or TryStar; CPython rejects a mix of except and except* clauses. */
static int try_kind(MpyParser *p, AstVec *handlers, AstStmtKind *kind)
{
    MpyHandler *first = handlers->items[0];
    for (ssize_t i = 1; i < handlers->size; i++) {
        MpyHandler *h = handlers->items[i];
        if (h->star == first->star)
            continue;
        const char *msg = "cannot have both 'except' and 'except*' on the same 'try'";
        if (h->star)
            mpy_build_error_range(p, "SyntaxError", &h->except_loc, &h->star_loc, "%s", msg);
        else
            mpy_build_error_range(p, "SyntaxError", &h->except_loc, &h->except_loc, "%s", msg);
        break;
    }
    *kind = first->star ? AST_TryStar_kind : AST_Try_kind;
    for (ssize_t i = 0; i < handlers->size; i++)
        handlers->items[i] = ((MpyHandler *)handlers->items[i])->handler;
    return 0;
}

AstStmt *mpy_build_try(MpyParser *p, const MpyToken *t, AstVec *body, AstVec *handlers,
                       AstVec *orelse, AstVec *finalbody)
{
    AstVec *last = finalbody ? finalbody : orelse;
    AstLocation from = mpy_build_token_loc(t), to;
    if (last) {
        to = block_end(last);
    } else {
        MpyHandler *h = handlers->items[handlers->size - 1];
        to = h->handler->loc;
    }
    AstStmtKind kind = AST_Try_kind;
    if (handlers)
        try_kind(p, handlers, &kind);
    AstStmt *s = mpy_build_new_stmt(p, kind, mpy_build_span(&from, &to));
    SEQ(s->v.Try.body, body);
    SEQ(s->v.Try.handlers, handlers);
    SEQ(s->v.Try.orelse, orelse);
    SEQ(s->v.Try.finalbody, finalbody);
    return s;
}

AstStmt *mpy_build_with(MpyParser *p, const MpyToken *t, AstVec *items, AstVec *body)
{
    AstStmt *s = mpy_build_new_stmt(p, AST_With_kind, span_to_block(t, body));
    SEQ(s->v.With.items, items);
    SEQ(s->v.With.body, body);
    return s;
}

AstWithItem *mpy_build_withitem(MpyParser *p, AstExpr *context, AstExpr *target)
{
    if (target)
        mpy_build_set_store(p, target, AST_Store);
    AstWithItem *w = mpy_build_alloc(p, sizeof *w);
    w->context_expr = context;
    w->optional_vars = target;
    return w;
}

AstStmt *mpy_build_funcdef(MpyParser *p, const MpyToken *def, const MpyToken *name,
                           MpyParams *params, AstExpr *returns, AstVec *body)
{
    AstArguments *args = mpy_build_arguments(p, params, false);
    AstStmt *s = mpy_build_new_stmt(p, AST_FunctionDef_kind, span_to_block(def, body));
    s->v.FunctionDef.name = mpy_build_identifier(p, name);
    s->v.FunctionDef.args = args;
    SEQ(s->v.FunctionDef.body, body);
    s->v.FunctionDef.returns = returns;
    return s;
}

AstStmt *mpy_build_classdef(MpyParser *p, const MpyToken *cls, const MpyToken *name,
                            MpyArgs *args, const MpyToken *rpar, AstVec *body)
{
    AstVec *bases = NULL, *keywords = NULL;
    if (args) {
        args->in_class = true;
        mpy_build_split_args(p, args, rpar, &bases, &keywords);
    }
    AstStmt *s = mpy_build_new_stmt(p, AST_ClassDef_kind, span_to_block(cls, body));
    s->v.ClassDef.name = mpy_build_identifier(p, name);
    SEQ(s->v.ClassDef.bases, bases);
    SEQ(s->v.ClassDef.keywords, keywords);
    SEQ(s->v.ClassDef.body, body);
    return s;
}

AstStmt *mpy_build_decorated(MpyParser *p, AstVec *decorators, AstStmt *def)
{
    if (def->kind == AST_FunctionDef_kind)
        SEQ(def->v.FunctionDef.decorator_list, decorators);
    else
        SEQ(def->v.ClassDef.decorator_list, decorators);
    return def;
}

/* ---------------------------------------------------------- imports */

MpyDotted *mpy_build_dotted_push(MpyParser *p, MpyDotted *d, const MpyToken *name)
{
    const char *id = mpy_build_identifier(p, name);
    if (!d) {
        d = mpy_build_alloc(p, sizeof *d);
        d->name = id;
        d->loc = mpy_build_token_loc(name);
        return d;
    }
    size_t a = strlen(d->name), b = strlen(id);
    char *joined = mpy_build_alloc(p, a + b + 2);
    if (!joined)
        return d;
    memcpy(joined, d->name, a);
    joined[a] = '.';
    memcpy(joined + a + 1, id, b + 1);
    d->name = joined;
    d->loc.end_lineno = name->end_lineno;
    d->loc.end_col_offset = name->end_col_offset;
    return d;
}

MpyDotted *mpy_build_dots_push(MpyParser *p, MpyDotted *d, const MpyToken *dot)
{
    if (!d) {
        d = mpy_build_alloc(p, sizeof *d);
        d->loc = mpy_build_token_loc(dot);
    }
    d->level += dot->kind == TK_ELLIPSIS ? 3 : 1;
    return d;
}

MpyDotted *mpy_build_dotted_relative(MpyParser *p, MpyDotted *dots, MpyDotted *name)
{
    name->level = dots->level;
    return name;
}

AstAlias *mpy_build_alias(MpyParser *p, MpyDotted *name, const MpyToken *asname)
{
    AstAlias *a = mpy_build_alloc(p, sizeof *a);
    a->loc = name->loc;
    a->name = name->name;
    if (asname) {
        a->asname = mpy_build_identifier(p, asname);
        a->loc.end_lineno = asname->end_lineno;
        a->loc.end_col_offset = asname->end_col_offset;
    }
    return a;
}

MpyImportTargets *mpy_build_import_star(MpyParser *p, const MpyToken *star)
{
    MpyImportTargets *t = mpy_build_alloc(p, sizeof *t);
    AstAlias *a = mpy_build_alloc(p, sizeof *a);
    a->loc = mpy_build_token_loc(star);
    a->name = "*";
    t->names = mpy_build_vec_one(p, a);
    t->end = a->loc;
    return t;
}

MpyImportTargets *mpy_build_import_targets(MpyParser *p, AstVec *names, const MpyToken *rpar,
                                     const MpyToken *trailing_comma)
{
    MpyImportTargets *t = mpy_build_alloc(p, sizeof *t);
    t->names = names;
    if (rpar) {
        t->end = mpy_build_token_loc(rpar);
    } else {
        AstAlias *last = names->items[names->size - 1];
        t->end = last->loc;
    }
    t->trailing_comma = trailing_comma;
    return t;
}

AstStmt *mpy_build_import(MpyParser *p, const MpyToken *t, AstVec *names)
{
    AstAlias *last = names->items[names->size - 1];
    AstLocation from = mpy_build_token_loc(t);
    AstStmt *s = mpy_build_new_stmt(p, AST_Import_kind, mpy_build_span(&from, &last->loc));
    SEQ(s->v.Import.names, names);
    return s;
}

AstStmt *mpy_build_import_from(MpyParser *p, const MpyToken *t, MpyDotted *module,
                               MpyImportTargets *targets)
{
    if (targets->trailing_comma) {
        /* reported at the token after the comma, as CPython's RAISE_SYNTAX_ERROR;
         * lemon may reduce here before an unexpected token too */
        AstLocation c = mpy_build_token_loc(&p->lookahead);
        bool at_end = p->lookahead.kind == TK_NEWLINE || p->lookahead.kind == TK_SEMI;
        mpy_build_error_range(p, "SyntaxError", &c, &c, "%s",
                              at_end ? "trailing comma not allowed without surrounding parentheses"
                                     : "invalid syntax");
    }
    AstLocation from = mpy_build_token_loc(t);
    AstStmt *s = mpy_build_new_stmt(p, AST_ImportFrom_kind, mpy_build_span(&from, &targets->end));
    s->v.ImportFrom.module = module->name;
    SEQ(s->v.ImportFrom.names, targets->names);
    s->v.ImportFrom.level = module->level;
    return s;
}
