/* Diagnosis of syntax errors (parse_errors.h). lemon only says which token
 * it could not accept; CPython's second pass tries its invalid_* rules to
 * find a better message. Here those rules are matched on the tokens of the
 * logical line around the failure. */
#include "parse_errors.h"

#include <stdlib.h>
#include <string.h>

#include "parser.h"

void mpy_token_line_push(MpyTokenLine *l, const MpyToken *t)
{
    if (l->len == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 64;
        MpyToken *toks = realloc(l->toks, cap * sizeof *toks);
        if (!toks)
            return;
        l->toks = toks;
        l->cap = cap;
    }
    l->toks[l->len++] = *t;
}

void mpy_token_line_boundary(MpyTokenLine *l)
{
    if (l->cur_start > 0) {
        memmove(l->toks, l->toks + l->cur_start, (l->len - l->cur_start) * sizeof *l->toks);
        l->len -= l->cur_start;
    }
    l->cur_start = l->len;
}

void mpy_token_line_free(MpyTokenLine *l)
{
    free(l->toks);
    memset(l, 0, sizeof *l);
}

static void error_at_token(MpyParser *p, const char *kind, const MpyToken *t, const char *msg)
{
    AstLocation loc = mpy_token_loc(t);
    mpy_error_range(p, kind, &loc, &loc, "%s", msg);
}

/* "unexpected indent": CPython measures it from where its tokenizer
 * stands, just after the indentation, so no caret shows. */
static void unexpected_indent(MpyParser *p, MpyTokenLine *l, size_t i)
{
    const MpyToken *next = i + 1 < l->len ? &l->toks[i + 1] : &l->toks[i];
    size_t len;
    const char *line = mpy_source_line(p->buf, p->end, next->lineno - p->fstring_line, &len);
    int col = next->col_offset >= 0 ? next->col_offset : 0;
    MpySyntaxError *e = p->err;
    e->kind = "IndentationError";
    e->msg = strdup("unexpected indent");
    e->lineno = e->end_lineno = next->lineno;
    e->offset = col;
    e->end_offset = -1;
    e->text = strndup(line, len);
}

/* The compound statement a header line opens, as CPython names it in
 * "expected an indented block after ...". */
static const char *block_owner(const MpyToken *first, const MpyToken *second)
{
    switch (first->kind) {
    case TK_IF: return "'if' statement";
    case TK_ELIF: return "'elif' statement";
    case TK_ELSE: return "'else' statement";
    case TK_WHILE: return "'while' statement";
    case TK_FOR: return "'for' statement";
    case TK_TRY: return "'try' statement";
    case TK_EXCEPT: return second && second->kind == TK_STAR ? "'except*' statement" : "'except' statement";
    case TK_FINALLY: return "'finally' statement";
    case TK_WITH: return "'with' statement";
    case TK_DEF: return "function definition";
    case TK_CLASS: return "class definition";
    default: return NULL;
    }
}

/* The start of the logical line that ends at index `end` (a NEWLINE). */
static size_t logical_start(MpyTokenLine *l, size_t end)
{
    size_t i = end;
    while (i > 0 && l->toks[i - 1].kind != TK_NEWLINE && l->toks[i - 1].kind != TK_INDENT &&
           l->toks[i - 1].kind != TK_DEDENT)
        i--;
    return i;
}

static bool expected_block(MpyParser *p, MpyTokenLine *l, const MpyToken *bad, const MpyToken *header)
{
    const char *owner = block_owner(header, header + 1);
    if (!owner)
        return false;
    char msg[160];
    snprintf(msg, sizeof msg, "expected an indented block after %s on line %d", owner, header->lineno);
    if (bad->kind == TK_ENDMARKER || bad->col_offset < 0) {
        size_t len;
        int lineno = bad->lineno;
        const char *line = mpy_source_line(p->buf, p->end, lineno, &len);
        MpySyntaxError *e = p->err;
        e->kind = "IndentationError";
        e->msg = strdup(msg);
        e->lineno = e->end_lineno = lineno;
        e->offset = 0;
        e->end_offset = -1;
        e->text = strndup(line, len);
        return true;
    }
    error_at_token(p, "IndentationError", bad, msg);
    return true;
}

static bool is_compound_keyword(int kind)
{
    switch (kind) {
    case TK_IF: case TK_ELIF: case TK_WHILE: case TK_FOR: case TK_WITH: case TK_CLASS:
    case TK_DEF: case TK_TRY: case TK_EXCEPT: case TK_FINALLY: case TK_ELSE:
        return true;
    default:
        return false;
    }
}

/* A header line without its ':' (CPython's invalid_*_stmt rules). */
static bool expected_colon(MpyParser *p, MpyTokenLine *l, size_t start, size_t fail)
{
    const MpyToken *first = &l->toks[start], *bad = &l->toks[fail];
    if (!is_compound_keyword(first->kind))
        return false;
    int depth = 0;
    for (size_t i = start; i < fail; i++) {
        int k = l->toks[i].kind;
        depth += k == TK_LPAR || k == TK_LSQB || k == TK_LBRACE || k == TK_WITH_LPAR;
        depth -= k == TK_RPAR || k == TK_RSQB || k == TK_RBRACE;
        if (depth == 0 && k == TK_COLON)
            return false;
    }
    bool forced = false;
    int prev = fail > start ? l->toks[fail - 1].kind : 0;
    switch (first->kind) {
    case TK_TRY: case TK_FINALLY: case TK_ELSE:
        forced = fail == start + 1;
        break;
    case TK_DEF:
        forced = prev == TK_RPAR && depth == 0;
        break;
    default:
        break;
    }
    if (bad->kind != TK_NEWLINE && !forced)
        return false;
    error_at_token(p, "SyntaxError", bad, "expected ':'");
    return true;
}

static bool is_name(const MpyToken *t, const char *s)
{
    size_t n = strlen(s);
    return t->kind == TK_NAME && (size_t)(t->end - t->start) == n && memcmp(t->start, s, n) == 0;
}

/* match/case statements parse as names here; a header `match x:` that
 * fails to parse is reported as unsupported. */
static bool match_statement(MpyParser *p, MpyTokenLine *l, size_t start, size_t fail)
{
    if (!is_name(&l->toks[start], "match") || fail == start)
        return false;
    size_t i = fail;
    while (i < l->len && l->toks[i].kind != TK_NEWLINE)
        i++;
    if (i == l->len || i == 0 || l->toks[i - 1].kind != TK_COLON)
        return false;
    error_at_token(p, "SyntaxError", &l->toks[start], "minipy does not support the match statement");
    return true;
}

void mpy_diagnose(MpyParser *p, MpyTokenLine *l, MpyTokenizer *t)
{
    (void)t;
    if (p->err->kind)
        return;
    size_t fail = l->fail < l->len ? l->fail : (l->len ? l->len - 1 : 0);
    if (l->len == 0) {
        error_at_token(p, "SyntaxError", &p->error_token, "invalid syntax");
        return;
    }
    const MpyToken *bad = &l->toks[fail];
    if (bad->kind == TK_INDENT) {
        unexpected_indent(p, l, fail);
        return;
    }
    if (fail >= 2 && l->toks[fail - 1].kind == TK_NEWLINE && l->toks[fail - 2].kind == TK_COLON) {
        size_t start = logical_start(l, fail - 1);
        if (expected_block(p, l, bad, &l->toks[start]))
            return;
    }
    size_t start = logical_start(l, fail);
    if (match_statement(p, l, start, fail) || expected_colon(p, l, start, fail))
        return;
    if (bad->kind == TK_DEDENT) {
        error_at_token(p, "IndentationError", bad, "unexpected unindent");
        return;
    }
    error_at_token(p, "SyntaxError", bad, "invalid syntax");
}
