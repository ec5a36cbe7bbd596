/* Diagnosis of syntax errors (parse_errors.h). lemon only says which token
 * it could not accept; CPython's second pass tries its invalid_* rules to
 * find a better message. Here those rules are matched on the tokens around
 * the failure, with a small scanner that measures expressions the way a PEG
 * rule would (the longest prefix that is an expression of a given level). */
#include "parse_errors.h"

#include <stdlib.h>
#include <string.h>

#include "parser.h"

/* ------------------------------------------------------ the token list */

/* The compound statement whose block an INDENT opened. */
static void push_header(MpyTokenLine *l)
{
    if (l->hdr_depth >= MPY_MAXINDENT + 1)
        return;
    size_t i = l->len - 1; /* the INDENT; before it a NEWLINE */
    while (i > 0 && l->toks[i - 1].kind == TK_NEWLINE)
        i--;
    size_t start = i;
    while (start > 0 && l->toks[start - 1].kind != TK_NEWLINE && l->toks[start - 1].kind != TK_INDENT &&
           l->toks[start - 1].kind != TK_DEDENT)
        start--;
    l->hdr_kind[l->hdr_depth++] = start < l->len ? l->toks[start].kind : 0;
}

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
    if (t->kind == TK_INDENT)
        push_header(l);
    else if (t->kind == TK_DEDENT && l->hdr_depth > 0)
        l->closed_kind = l->hdr_kind[--l->hdr_depth];
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

/* -------------------------------------------------------------- errors */

static void error_at_token(MpyParser *p, const char *kind, const MpyToken *t, const char *msg)
{
    AstLocation loc = mpy_build_token_loc(t);
    mpy_build_error_range(p, kind, &loc, &loc, "%s", msg);
}

/* From the start of token a to the end of token b. */
static void error_tokens(MpyParser *p, const MpyToken *a, const MpyToken *b, const char *msg)
{
    AstLocation from = mpy_build_token_loc(a), to = mpy_build_token_loc(b);
    mpy_build_error_range(p, "SyntaxError", &from, &to, "%s", msg);
}

/* An error at a token without a column (CPython's -1: INDENT, DEDENT,
 * ENDMARKER): no caret is shown. */
static void error_no_column(MpyParser *p, const char *kind, int lineno, const char *msg)
{
    size_t len;
    const char *line = mpy_build_error_text(p, lineno, &len);
    MpySyntaxError *e = p->err;
    e->kind = kind;
    e->msg = strdup(msg);
    e->lineno = e->end_lineno = lineno;
    e->offset = 0;
    e->end_offset = -1;
    e->text = strndup(line, len + (line + len < p->end && line[len] == '\n'));
}

/* --------------------------------------------------- token classes */

/* The tokens, and the furthest index the rules looked at: CPython's parser
 * reads as far, which decides whether an unclosed bracket wins. */
typedef struct {
    const MpyToken *t;
    size_t n;
    size_t *seen;
} Toks;

#define TOKS(l) ((Toks){(l)->toks, (l)->len, &(l)->seen})

static int kind_at(Toks s, size_t i)
{
    if (i > *s.seen)
        *s.seen = i;
    return i < s.n ? s.t[i].kind : 0;
}

static bool is_open(int k) { return k == TK_LPAR || k == TK_LSQB || k == TK_LBRACE || k == TK_WITH_LPAR; }
static bool is_close(int k) { return k == TK_RPAR || k == TK_RSQB || k == TK_RBRACE; }

static bool is_binop(int k)
{
    switch (k) {
    case TK_PLUS: case TK_MINUS: case TK_STAR: case TK_SLASH: case TK_DOUBLESLASH: case TK_PERCENT:
    case TK_AT: case TK_DOUBLESTAR: case TK_LEFTSHIFT: case TK_RIGHTSHIFT: case TK_AMPER:
    case TK_VBAR: case TK_CIRCUMFLEX:
        return true;
    default:
        return false;
    }
}

static bool is_compare(int k)
{
    switch (k) {
    case TK_LESS: case TK_GREATER: case TK_EQEQUAL: case TK_NOTEQUAL: case TK_LESSEQUAL:
    case TK_GREATEREQUAL: case TK_IN: case TK_IS:
        return true;
    default:
        return false;
    }
}

/* Index after the bracket opened at i (or s.n when it is not closed). */
static size_t skip_brackets(Toks s, size_t i)
{
    int depth = 0;
    for (; i < s.n; i++) {
        if (is_open(s.t[i].kind))
            depth++;
        else if (is_close(s.t[i].kind) && --depth == 0)
            return i + 1;
    }
    return s.n;
}

/* ------------------------------------------------- expression scanner */

typedef enum { LV_BITWISE, LV_COMPARISON, LV_DISJUNCTION, LV_EXPRESSION } Level;

static size_t scan(Toks s, size_t i, Level lv);
static size_t scan_display(Toks s, size_t i);

static size_t scan_atom(Toks s, size_t i)
{
    switch (kind_at(s, i)) {
    case TK_NAME: case TK_NUMBER: case TK_TRUE: case TK_FALSE: case TK_NONE: case TK_ELLIPSIS:
        return i + 1;
    case TK_STRING:
        while (kind_at(s, i) == TK_STRING)
            i++;
        return i;
    case TK_LPAR: case TK_LSQB: case TK_LBRACE:
        return scan_display(s, i);
    default:
        return i;
    }
}

static bool is_statement_keyword(int k)
{
    switch (k) {
    case TK_DEF: case TK_CLASS: case TK_RETURN: case TK_IMPORT: case TK_WITH: case TK_WHILE:
    case TK_TRY: case TK_EXCEPT: case TK_FINALLY: case TK_RAISE: case TK_DEL: case TK_PASS:
    case TK_BREAK: case TK_CONTINUE: case TK_GLOBAL: case TK_NONLOCAL: case TK_ASSERT: case TK_ELIF:
    case TK_NEWLINE: case TK_INDENT: case TK_DEDENT: case TK_ENDMARKER:
        return true;
    default:
        return false;
    }
}

/* A bracketed display, call or subscript starting at i: the index after
 * its closing bracket, or i when CPython's parser would fail inside it. The
 * tokens it would read up to the failure are marked as seen. */
static bool starts_operand(int k)
{
    switch (k) {
    case TK_NAME: case TK_NUMBER: case TK_STRING: case TK_TRUE: case TK_FALSE: case TK_NONE:
    case TK_ELLIPSIS: case TK_LPAR: case TK_LSQB: case TK_LBRACE: case TK_MINUS: case TK_PLUS:
    case TK_TILDE: case TK_NOT: case TK_LAMBDA: case TK_STAR: case TK_DOUBLESTAR: case TK_AWAIT:
    case TK_YIELD:
        return true;
    default:
        return false;
    }
}

/* Tokens after which an operand must come. */
static bool wants_operand(int k)
{
    return is_open(k) || k == TK_COMMA || k == TK_COLON || is_binop(k) || is_compare(k) || k == TK_NOT ||
           k == TK_AND || k == TK_OR || k == TK_IF || k == TK_ELSE || k == TK_IN || k == TK_EQUAL ||
           k == TK_COLONEQUAL || k == TK_LAMBDA;
}

static size_t scan_display(Toks s, size_t i)
{
    int depth = 0;
    bool lambda_open = false;
    for (size_t j = i; j < s.n; j++) {
        int k = s.t[j].kind;
        int prev = j > i ? s.t[j - 1].kind : 0;
        bool stop = is_statement_keyword(k) || (k == TK_EQUAL && s.t[i].kind != TK_LPAR) ||
                    (k == TK_COLON && depth == 1 && s.t[i].kind == TK_LPAR && !lambda_open) ||
                    (j > i && wants_operand(prev) && !starts_operand(k) && !is_close(k) &&
                     !(prev == TK_COMMA && k == TK_COMMA) && !(prev == TK_LAMBDA && k == TK_COLON) &&
                     !(prev == TK_COLON && (k == TK_COLON || k == TK_COMMA)) &&
                     !(is_open(prev) && k == TK_COLON));
        if (stop) {
            kind_at(s, j);
            return i;
        }
        if (is_open(k)) {
            depth++;
        } else if (is_close(k)) {
            if (--depth == 0) {
                kind_at(s, j);
                return j + 1;
            }
        } else if (k == TK_LAMBDA) {
            lambda_open = true;
        }
    }
    kind_at(s, s.n); /* CPython reads on to the end of the unclosed bracket */
    return i;
}

static size_t scan_primary(Toks s, size_t i)
{
    size_t j = scan_atom(s, i);
    if (j == i)
        return i;
    for (;;) {
        int k = kind_at(s, j);
        if (k == TK_DOT && kind_at(s, j + 1) == TK_NAME) {
            j += 2;
        } else if (k == TK_LPAR || k == TK_LSQB) {
            size_t e = scan_display(s, j);
            if (e == j)
                return j;
            j = e;
        } else {
            return j;
        }
    }
}

/* A unary-prefixed power: factor in CPython's grammar. */
static size_t scan_factor(Toks s, size_t i)
{
    size_t j = i;
    while (kind_at(s, j) == TK_PLUS || kind_at(s, j) == TK_MINUS || kind_at(s, j) == TK_TILDE)
        j++;
    size_t e = scan_primary(s, j);
    if (e == j)
        return i;
    if (kind_at(s, e) == TK_DOUBLESTAR) {
        size_t f = scan_factor(s, e + 1);
        if (f > e + 1)
            return f;
    }
    return e;
}

/* Operands joined by operators of the level: the longest such prefix. */
static size_t scan_chain(Toks s, size_t i, Level lv)
{
    size_t j = i;
    if (lv >= LV_DISJUNCTION)
        while (kind_at(s, j) == TK_NOT)
            j++;
    size_t end = scan_factor(s, j);
    if (end == j)
        return i;
    for (;;) {
        int k = kind_at(s, end);
        size_t next = end + 1;
        if (is_binop(k)) {
        } else if (lv >= LV_COMPARISON && is_compare(k)) {
            if (k == TK_IS && kind_at(s, next) == TK_NOT)
                next++;
        } else if (lv >= LV_COMPARISON && k == TK_NOT && kind_at(s, next) == TK_IN) {
            next++;
        } else if (lv >= LV_DISJUNCTION && (k == TK_AND || k == TK_OR)) {
            while (kind_at(s, next) == TK_NOT)
                next++;
        } else {
            return end;
        }
        size_t e = scan_factor(s, next);
        if (e == next)
            return end;
        end = e;
    }
}

static size_t scan(Toks s, size_t i, Level lv)
{
    if (lv == LV_EXPRESSION && kind_at(s, i) == TK_LAMBDA) {
        size_t j = i + 1;
        while (j < s.n && s.t[j].kind != TK_COLON && !is_open(s.t[j].kind) && s.t[j].kind != TK_NEWLINE)
            j++;
        if (kind_at(s, j) != TK_COLON)
            return i;
        size_t e = scan(s, j + 1, LV_EXPRESSION);
        return e > j + 1 ? e : i;
    }
    size_t d = scan_chain(s, i, lv >= LV_DISJUNCTION ? LV_DISJUNCTION : lv);
    if (lv == LV_EXPRESSION && d > i && kind_at(s, d) == TK_IF) {
        size_t c = scan_chain(s, d + 1, LV_DISJUNCTION);
        if (c > d + 1 && kind_at(s, c) == TK_ELSE) {
            size_t e = scan(s, c + 1, LV_EXPRESSION);
            if (e > c + 1)
                return e;
        }
    }
    return d;
}

/* --------------------------------------------------- line structure */

/* The start of the logical line containing index `end`. */
static size_t logical_start(MpyTokenLine *l, size_t end)
{
    size_t i = end;
    while (i > 0 && l->toks[i - 1].kind != TK_NEWLINE && l->toks[i - 1].kind != TK_INDENT &&
           l->toks[i - 1].kind != TK_DEDENT)
        i--;
    return i;
}

/* Bracket depth before token `at`, counted from the logical line start. */
static int depth_at(MpyTokenLine *l, size_t start, size_t at)
{
    int depth = 0;
    for (size_t i = start; i < at; i++) {
        if (is_open(l->toks[i].kind))
            depth++;
        else if (is_close(l->toks[i].kind) && depth > 0)
            depth--;
    }
    return depth;
}

/* The innermost bracket open at `at` (its index), or (size_t)-1. */
static size_t enclosing_bracket(MpyTokenLine *l, size_t start, size_t at)
{
    size_t stack[MPY_MAXLEVEL + 1];
    int depth = 0;
    for (size_t i = start; i < at; i++) {
        if (is_open(l->toks[i].kind) && depth < MPY_MAXLEVEL)
            stack[depth++] = i;
        else if (is_close(l->toks[i].kind) && depth > 0)
            depth--;
    }
    return depth > 0 ? stack[depth - 1] : (size_t)-1;
}

static bool is_delimiter(int k)
{
    switch (k) {
    case TK_COMMA: case TK_COLON: case TK_EQUAL: case TK_COLONEQUAL: case TK_SEMI: case TK_IF:
    case TK_ELSE: case TK_FOR: case TK_LAMBDA: case TK_RETURN: case TK_YIELD: case TK_ASSERT:
    case TK_DEL: case TK_WHILE: case TK_ELIF: case TK_WITH: case TK_AS: case TK_FROM:
    case TK_IMPORT: case TK_RAISE: case TK_RARROW: case TK_STAR: case TK_DOUBLESTAR:
    case TK_PLUSEQUAL: case TK_MINEQUAL: case TK_STAREQUAL: case TK_SLASHEQUAL:
    case TK_PERCENTEQUAL: case TK_AMPEREQUAL: case TK_VBAREQUAL: case TK_CIRCUMFLEXEQUAL:
    case TK_LEFTSHIFTEQUAL: case TK_RIGHTSHIFTEQUAL: case TK_DOUBLESTAREQUAL:
    case TK_DOUBLESLASHEQUAL: case TK_ATEQUAL: case TK_AT: case TK_NEWLINE: case TK_INDENT:
    case TK_DEDENT: case TK_GLOBAL: case TK_NONLOCAL: case TK_EXCEPT: case TK_IN:
        return true;
    default:
        return false;
    }
}

/* Where the element containing `at` starts: after the nearest delimiter at
 * the same bracket depth. A star or double star belongs to the element. */
static size_t element_start(MpyTokenLine *l, size_t start, size_t at)
{
    int depth = 0;
    size_t i = at;
    while (i > start) {
        int k = l->toks[i - 1].kind;
        if (is_close(k)) {
            depth++;
        } else if (is_open(k)) {
            if (depth == 0)
                break;
            depth--;
        } else if (depth == 0 && is_delimiter(k)) {
            if (k == TK_IN) {
                /* `in` ends a for-target; elsewhere it is a comparison */
                bool after_for = false;
                for (size_t j = i - 1; j > start && !after_for; j--)
                    after_for = l->toks[j - 1].kind == TK_FOR;
                if (!after_for) {
                    i--;
                    continue;
                }
            }
            break;
        }
        i--;
    }
    return i;
}

/* True if the element at `a` is the iterable or a condition of a
 * comprehension clause (after `in` or `if` with a `for` before them). */
static bool in_comprehension_clause(MpyTokenLine *l, size_t start, size_t a)
{
    if (a == start || (l->toks[a - 1].kind != TK_IN && l->toks[a - 1].kind != TK_IF))
        return false;
    int depth = depth_at(l, start, a);
    for (size_t i = a - 1; i > start; i--)
        if (l->toks[i - 1].kind == TK_FOR && depth_at(l, start, i - 1) == depth)
            return true;
    return false;
}

/* False when the bracket around `at` holds no expressions: a def's
 * parameters, or the names of a from-import. */
static bool expression_bracket(MpyTokenLine *l, size_t start, size_t at)
{
    int first = l->toks[start].kind;
    if (first == TK_FROM || first == TK_IMPORT)
        return false;
    size_t open = enclosing_bracket(l, start, at);
    return !(first == TK_DEF && open == start + 2);
}

/* ------------------------------------------------------------ rules */

/* "unexpected indent": CPython measures it from where its tokenizer stands,
 * just after the indentation, so no caret shows. */
static void unexpected_indent(MpyParser *p, MpyTokenLine *l, size_t i)
{
    const MpyToken *next = i + 1 < l->len ? &l->toks[i + 1] : &l->toks[i];
    size_t len;
    const char *line = mpy_build_error_text(p, next->lineno, &len);
    MpySyntaxError *e = p->err;
    e->kind = "IndentationError";
    e->msg = strdup("unexpected indent");
    e->lineno = e->end_lineno = next->lineno;
    e->offset = next->col_offset >= 0 ? next->col_offset : 0;
    e->end_offset = -1;
    e->text = strndup(line, len + (line + len < p->end && line[len] == '\n'));
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
    case TK_EXCEPT: return second->kind == TK_STAR ? "'except*' statement" : "'except' statement";
    case TK_FINALLY: return "'finally' statement";
    case TK_WITH: return "'with' statement";
    case TK_DEF: return "function definition";
    case TK_CLASS: return "class definition";
    default: return NULL;
    }
}

static bool expected_block(MpyParser *p, MpyTokenLine *l, size_t fail)
{
    if (fail < 2 || l->toks[fail - 1].kind != TK_NEWLINE || l->toks[fail - 2].kind != TK_COLON)
        return false;
    const MpyToken *header = &l->toks[logical_start(l, fail - 1)];
    const char *owner = block_owner(header, header + 1);
    if (!owner)
        return false;
    char msg[160];
    snprintf(msg, sizeof msg, "expected an indented block after %s on line %d", owner, header->lineno);
    const MpyToken *bad = &l->toks[fail];
    if (bad->col_offset < 0)
        error_no_column(p, "IndentationError", bad->lineno, msg);
    else
        error_at_token(p, "IndentationError", bad, msg);
    return true;
}

/* A try block followed by neither except nor finally. */
static bool try_without_handler(MpyParser *p, MpyTokenLine *l, size_t fail)
{
    const MpyToken *bad = &l->toks[fail];
    if (bad->kind == TK_EXCEPT || bad->kind == TK_FINALLY || fail == 0)
        return false;
    int prev = l->toks[fail - 1].kind;
    bool after_try = false;
    if (prev == TK_DEDENT) {
        after_try = l->closed_kind == TK_TRY;
    } else if (prev == TK_NEWLINE) {
        size_t s = logical_start(l, fail - 1);
        after_try = l->toks[s].kind == TK_TRY && kind_at(TOKS(l), s + 1) == TK_COLON;
    }
    if (!after_try)
        return false;
    const char *msg = "expected 'except' or 'finally' block";
    if (bad->col_offset < 0)
        error_no_column(p, "SyntaxError", bad->lineno, msg);
    else
        error_at_token(p, "SyntaxError", bad, msg);
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

/* The expressions of a compound statement's header span [start+1, fail):
 * CPython's invalid_*_stmt rules ask for them before the missing ':'. */
static bool header_parses(Toks s, size_t start, size_t fail)
{
    size_t i = start + 1;
    switch (s.t[start].kind) {
    case TK_IF: case TK_ELIF: case TK_WHILE:
        if (kind_at(s, i) == TK_NAME && kind_at(s, i + 1) == TK_COLONEQUAL)
            i += 2;
        return i < fail && scan(s, i, LV_EXPRESSION) == fail;
    case TK_FOR: {
        size_t in = i;
        while (in < fail && s.t[in].kind != TK_IN)
            in++;
        if (in == i || in == fail)
            return false;
        size_t e = scan(s, in + 1, LV_EXPRESSION);
        while (e > in + 1 && e < fail && kind_at(s, e) == TK_COMMA)
            e = scan(s, e + 1, LV_EXPRESSION);
        return e == fail;
    }
    case TK_WITH:
        for (;;) {
            size_t e = scan(s, i, LV_EXPRESSION);
            if (e == i)
                return false;
            if (kind_at(s, e) == TK_AS) {
                size_t t = scan_chain(s, e + 1, LV_BITWISE);
                if (t == e + 1)
                    return false;
                e = t;
            }
            if (e == fail)
                return true;
            if (kind_at(s, e) != TK_COMMA)
                return false;
            i = e + 1;
        }
    case TK_CLASS:
        if (kind_at(s, i) != TK_NAME)
            return false;
        return i + 1 == fail || (kind_at(s, i + 1) == TK_LPAR && skip_brackets(s, i + 1) == fail);
    case TK_EXCEPT: {
        if (i == fail)
            return true;
        size_t e = scan(s, i, LV_EXPRESSION);
        if (kind_at(s, e) == TK_AS && kind_at(s, e + 1) == TK_NAME)
            e += 2;
        return e > i && e == fail;
    }
    default:
        return false;
    }
}

/* def NAME &&'(' params ')' ['->' expression] &&':' */
static bool def_forced_tokens(MpyParser *p, MpyTokenLine *l, size_t start, size_t fail)
{
    Toks s = TOKS(l);
    const MpyToken *bad = &s.t[fail];
    if (fail == start + 2 && bad->kind != TK_LPAR && kind_at(s, start + 1) == TK_NAME) {
        error_at_token(p, "SyntaxError", bad, "expected '('");
        return true;
    }
    if (kind_at(s, start + 2) != TK_LPAR)
        return false;
    size_t close = skip_brackets(s, start + 2);
    if (close > fail || !is_close(s.t[close - 1].kind))
        return false;
    size_t at = close;
    if (kind_at(s, close) == TK_RARROW) {
        size_t e = scan(s, close + 1, LV_EXPRESSION);
        at = e == close + 1 ? close : e; /* no annotation: the '->' itself */
    }
    if (at > fail || kind_at(s, at) == TK_COLON)
        return false;
    error_at_token(p, "SyntaxError", &s.t[at], "expected ':'");
    return true;
}

/* A header line without its ':' (CPython's invalid_*_stmt rules; after
 * `def ...)`, try, finally and else the ':' is a forced token). */
static bool expected_colon(MpyParser *p, MpyTokenLine *l, size_t start, size_t fail)
{
    const MpyToken *first = &l->toks[start], *bad = &l->toks[fail];
    if (!is_compound_keyword(first->kind))
        return false;
    int depth = 0;
    for (size_t i = start; i < fail; i++) {
        int k = l->toks[i].kind;
        depth += is_open(k);
        depth -= is_close(k);
        if (depth == 0 && k == TK_COLON)
            return false;
    }
    Toks s = TOKS(l);
    if (first->kind == TK_DEF)
        return def_forced_tokens(p, l, start, fail);
    if (first->kind == TK_TRY || first->kind == TK_FINALLY || first->kind == TK_ELSE) {
        if (fail != start + 1)
            return false; /* a forced ':' right after the keyword */
    } else if (bad->kind != TK_NEWLINE || !header_parses(s, start, fail)) {
        return false;
    }
    error_at_token(p, "SyntaxError", bad, "expected ':'");
    return true;
}

/* CPython 3.11 tests soft keywords by comparing only the name's length, so
 * any prefix of "match" or "case" counts as one (and "_"). */
static bool is_soft_keyword(const MpyToken *t)
{
    size_t n = (size_t)(t->end - t->start);
    return t->kind == TK_NAME && n > 0 &&
           ((n <= 5 && memcmp(t->start, "match", n) == 0) || (n <= 4 && memcmp(t->start, "case", n) == 0) ||
            (n == 1 && t->start[0] == '_'));
}

static bool is_name(const MpyToken *t, const char *s)
{
    size_t n = strlen(s);
    return t->kind == TK_NAME && (size_t)(t->end - t->start) == n && memcmp(t->start, s, n) == 0;
}

/* match/case parse as names here; a `match x:` header that fails to parse
 * is reported as unsupported. */
static bool match_statement(MpyParser *p, MpyTokenLine *l, size_t start, size_t fail)
{
    if (!is_name(&l->toks[start], "match") || fail == start)
        return false;
    size_t i = fail;
    while (i < l->len && l->toks[i].kind != TK_NEWLINE)
        i++;
    if (i == l->len || l->toks[i - 1].kind != TK_COLON)
        return false;
    error_at_token(p, "SyntaxError", &l->toks[start], "minipy does not support the match statement");
    return true;
}

/* Inside def parameters: "Function parameters cannot be parenthesized",
 * "expected default value expression". */
static bool parameter_errors(MpyParser *p, MpyTokenLine *l, size_t start, size_t fail)
{
    Toks s = TOKS(l);
    if (l->toks[start].kind != TK_DEF)
        return false;
    size_t open = enclosing_bracket(l, start, fail);
    if (open != start + 2)
        return false;
    const MpyToken *bad = &l->toks[fail];
    int prev = l->toks[fail - 1].kind;
    if (bad->kind == TK_LPAR && (prev == TK_LPAR || prev == TK_COMMA)) {
        size_t end = skip_brackets(s, fail);
        for (size_t i = fail + 1; i + 1 < end; i++)
            if (s.t[i].kind != TK_NAME && s.t[i].kind != TK_COMMA)
                return false;
        if (end > s.n || !is_close(s.t[end - 1].kind) || end == fail + 2)
            return false;
        error_tokens(p, bad, &s.t[end - 1], "Function parameters cannot be parenthesized");
        return true;
    }
    if ((bad->kind == TK_RPAR || bad->kind == TK_COMMA) && prev == TK_EQUAL) {
        error_at_token(p, "SyntaxError", &l->toks[fail - 1], "expected default value expression");
        return true;
    }
    return false;
}

/* lambda a=, b: 0 -- "expected default value expression". */
static bool lambda_default_missing(MpyParser *p, MpyTokenLine *l, size_t start, size_t fail)
{
    Toks s = TOKS(l);
    if (s.t[fail].kind != TK_COMMA || s.t[fail - 1].kind != TK_EQUAL)
        return false;
    for (size_t i = fail - 1; i > start; i--) {
        int k = s.t[i - 1].kind;
        if (k == TK_LAMBDA) {
            error_at_token(p, "SyntaxError", &s.t[fail - 1], "expected default value expression");
            return true;
        }
        if (k != TK_NAME && k != TK_COMMA && k != TK_EQUAL && k != TK_STAR && k != TK_DOUBLESTAR &&
            k != TK_SLASH)
            return false; /* defaults are single tokens here at most; give up otherwise */
    }
    return false;
}

/* lambda (x): CPython's invalid_lambda_parameters. */
static bool lambda_parenthesized(MpyParser *p, MpyTokenLine *l, size_t start, size_t fail)
{
    Toks s = TOKS(l);
    if (s.t[fail].kind != TK_LPAR || fail == start)
        return false;
    size_t i = fail;
    while (i > start && (s.t[i - 1].kind == TK_NAME || s.t[i - 1].kind == TK_COMMA))
        i--;
    if (i == start || s.t[i - 1].kind != TK_LAMBDA || (i != fail && s.t[fail - 1].kind != TK_COMMA))
        return false;
    size_t end = skip_brackets(s, fail);
    for (size_t j = fail + 1; j + 1 < end; j++)
        if (s.t[j].kind != TK_NAME && s.t[j].kind != TK_COMMA)
            return false;
    if (end > s.n || !is_close(s.t[end - 1].kind) || end == fail + 2)
        return false;
    error_tokens(p, &s.t[fail], &s.t[end - 1], "Lambda expression parameters cannot be parenthesized");
    return true;
}

/* except A, B: and except* without a type. */
static bool except_errors(MpyParser *p, MpyTokenLine *l, size_t start, size_t fail)
{
    Toks s = TOKS(l);
    if (l->toks[start].kind != TK_EXCEPT)
        return false;
    size_t i = start + 1;
    if (kind_at(s, i) == TK_STAR) {
        if (fail == i + 1 && kind_at(s, fail) == TK_COLON) {
            error_at_token(p, "SyntaxError", &s.t[fail], "expected one or more exception types");
            return true;
        }
        i++;
    }
    size_t e = scan(s, i, LV_EXPRESSION);
    if (e == i || kind_at(s, e) != TK_COMMA || fail != e)
        return false;
    size_t j = e;
    while (kind_at(s, j) == TK_COMMA) {
        size_t k = scan(s, j + 1, LV_EXPRESSION);
        if (k == j + 1)
            break;
        j = k;
    }
    if (kind_at(s, j) != TK_COLON && kind_at(s, j) != TK_AS)
        return false;
    error_tokens(p, &s.t[i], &s.t[j - 1], "multiple exception types must be parenthesized");
    return true;
}

/* print x / exec x: CPython's invalid_legacy_expression. */
static bool legacy_print(MpyParser *p, MpyTokenLine *l, size_t start, size_t fail)
{
    Toks s = TOKS(l);
    size_t e = element_start(l, start, fail);
    if (e + 1 != fail || !(is_name(&s.t[e], "print") || is_name(&s.t[e], "exec")) ||
        kind_at(s, fail) == TK_LPAR)
        return false;
    size_t end = scan(s, fail, LV_EXPRESSION);
    if (end == fail)
        return false;
    while (kind_at(s, end) == TK_COMMA) {
        size_t k = scan(s, end + 1, LV_EXPRESSION);
        if (k == end + 1)
            break;
        end = k;
    }
    char msg[96];
    const char *name = is_name(&s.t[e], "print") ? "print" : "exec";
    snprintf(msg, sizeof msg, "Missing parentheses in call to '%s'. Did you mean %s(...)?", name, name);
    error_tokens(p, &s.t[e], &s.t[end - 1], msg);
    return true;
}

/* a if b without else: "expected 'else' after 'if' expression". */
static bool missing_else(MpyParser *p, MpyTokenLine *l, size_t start, size_t fail)
{
    Toks s = TOKS(l);
    /* the nearest `if` before the failure, in the same element */
    size_t i = fail;
    int depth = 0;
    while (i > start) {
        int k = s.t[i - 1].kind;
        if (is_close(k))
            depth++;
        else if (is_open(k) && depth-- == 0)
            return false;
        else if (depth == 0 && k == TK_IF)
            break;
        else if (depth == 0 && k != TK_NOT && k != TK_STAR && k != TK_DOUBLESTAR && k != TK_AT &&
                 is_delimiter(k))
            return false;
        i--;
    }
    if (i == start)
        return false;
    size_t if_at = i - 1;
    size_t b_end = scan_chain(s, if_at + 1, LV_DISJUNCTION);
    int after = kind_at(s, b_end);
    if (b_end == if_at + 1 || b_end > fail || after == TK_ELSE || after == TK_COLON)
        return false;
    size_t a = element_start(l, start, if_at);
    if (a == if_at || scan_chain(s, a, LV_DISJUNCTION) != if_at || in_comprehension_clause(l, start, a))
        return false;
    for (size_t j = start; j < a; j++)
        if (s.t[j].kind == TK_FOR && depth_at(l, start, j) == depth_at(l, start, a))
            return false; /* a comprehension's `if` */
    error_tokens(p, &s.t[a], &s.t[b_end - 1], "expected 'else' after 'if' expression");
    return true;
}

/* `x = 1` where a named expression is expected (an if condition, a list
 * element): CPython's invalid_named_expression. */
static bool assignment_in_expression(MpyParser *p, MpyTokenLine *l, size_t start, size_t fail)
{
    Toks s = TOKS(l);
    if (s.t[fail].kind != TK_EQUAL)
        return false;
    int first = s.t[start].kind;
    int depth = depth_at(l, start, fail);
    if (depth == 0 && first != TK_IF && first != TK_ELIF && first != TK_WHILE && first != TK_AT)
        return false;
    if (depth > 0 && !expression_bracket(l, start, fail))
        return false;
    if (depth > 0) {
        size_t open = enclosing_bracket(l, start, fail);
        if (open > start && s.t[open].kind == TK_LPAR && (s.t[open - 1].kind == TK_NAME ||
                                                         is_close(s.t[open - 1].kind)))
            return false; /* call arguments: keyword rules apply */
    }
    size_t a = element_start(l, start, fail);
    if (a == fail)
        return false;
    bool name = fail == a + 1 && s.t[a].kind == TK_NAME;
    AstExpr *target = NULL;
    if (!name) {
        /* CPython rules out these targets before reading the value */
        if (scan_chain(s, a, LV_BITWISE) != fail)
            return false;
        target = mpy_parse_fragment(p, s.t[a].start, s.t[fail - 1].end, s.t[a].lineno, s.t[a].col_offset);
        if (!target || target->kind == AST_List_kind || target->kind == AST_Tuple_kind ||
            target->kind == AST_GeneratorExp_kind)
            return false;
        if (target->kind == AST_Constant_kind && target->v.Constant.value.kind <= AST_CONST_FALSE &&
            target->v.Constant.value.kind != AST_CONST_ELLIPSIS)
            return false;
    }
    size_t b_end = scan_chain(s, fail + 1, LV_BITWISE);
    int after = kind_at(s, b_end);
    if (b_end == fail + 1 || after == TK_EQUAL || after == TK_COLONEQUAL)
        return false;
    if (name) {
        error_tokens(p, &s.t[a], &s.t[b_end - 1],
                     "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        return true;
    }
    mpy_build_error_node(p, target, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                   mpy_build_expr_name(target));
    return true;
}

/* Dictionary displays: "':' expected after dictionary key" and friends. */
static bool dict_errors(MpyParser *p, MpyTokenLine *l, size_t start, size_t fail)
{
    Toks s = TOKS(l);
    size_t open = enclosing_bracket(l, start, fail);
    if (open == (size_t)-1 || s.t[open].kind != TK_LBRACE)
        return false;
    /* a dict if the first element has a top-level ':' or is **x */
    size_t first_end = scan(s, open + 1, LV_EXPRESSION);
    bool is_dict = kind_at(s, open + 1) == TK_DOUBLESTAR || kind_at(s, first_end) == TK_COLON;
    if (!is_dict)
        return false;
    const MpyToken *bad = &s.t[fail];
    int prev = s.t[fail - 1].kind;
    if (prev == TK_COLON && (bad->kind == TK_RBRACE || bad->kind == TK_COMMA)) {
        error_at_token(p, "SyntaxError", &s.t[fail - 1], "expression expected after dictionary key and ':'");
        return true;
    }
    if (prev == TK_COLON && bad->kind == TK_STAR) {
        size_t e = scan_chain(s, fail + 1, LV_BITWISE);
        error_tokens(p, bad, &s.t[e > fail + 1 ? e - 1 : fail], "cannot use a starred expression in a dictionary value");
        return true;
    }
    size_t e = element_start(l, start, fail);
    if (e == fail || s.t[e - 1].kind != TK_COMMA || bad->kind == TK_COLON)
        return false;
    for (size_t i = open + 1; i < e; i++)
        if (s.t[i].kind == TK_FOR && depth_at(l, start, i) == depth_at(l, start, e))
            return false; /* inside a comprehension's clauses */
    if (scan(s, e, LV_EXPRESSION) != fail)
        return false;
    /* CPython points at the key's last character, with no end. */
    AstLocation loc = mpy_build_token_loc(&s.t[fail - 1]);
    loc.col_offset = loc.end_col_offset - 1;
    AstLocation end = loc;
    end.end_col_offset = -1;
    mpy_build_error_range(p, "SyntaxError", &loc, &end, "':' expected after dictionary key");
    return true;
}

/* Two expressions side by side in brackets: "Perhaps you forgot a comma?" */
static bool missing_comma(MpyParser *p, MpyTokenLine *l, size_t start, size_t fail)
{
    Toks s = TOKS(l);
    size_t a = element_start(l, start, fail);
    if (a == fail || depth_at(l, start, a) == 0 || !expression_bracket(l, start, a))
        return false;
    size_t open = enclosing_bracket(l, start, a);
    bool call = open != (size_t)-1 && open > start && s.t[open].kind == TK_LPAR &&
                (s.t[open - 1].kind == TK_NAME || is_close(s.t[open - 1].kind));
    if (!call && a > start && (s.t[a - 1].kind == TK_STAR || s.t[a - 1].kind == TK_DOUBLESTAR))
        return false; /* in displays *x is a bitwise_or, which has no comma message */
    if ((s.t[a].kind == TK_NAME && kind_at(s, a + 1) == TK_STRING) || is_soft_keyword(&s.t[a]))
        return false;
    if (in_comprehension_clause(l, start, a))
        return false; /* iterables and conditions of for/if clauses are plain disjunctions */
    size_t a_end = scan_chain(s, a, LV_DISJUNCTION);
    if (a_end == a || a_end > fail)
        return false;
    if (a_end == a + 1 && (is_name(&s.t[a], "print") || is_name(&s.t[a], "exec")))
        return false;
    size_t b_end = scan(s, a_end, LV_EXPRESSION);
    if (b_end == a_end || b_end < fail)
        return false;
    error_tokens(p, &s.t[a], &s.t[b_end - 1], "invalid syntax. Perhaps you forgot a comma?");
    return true;
}

/* Comprehensions over unpacking or over an unparenthesized tuple. */
static bool comprehension_errors(MpyParser *p, MpyTokenLine *l, size_t start, size_t fail)
{
    Toks s = TOKS(l);
    if (s.t[fail].kind != TK_FOR)
        return false;
    size_t open = enclosing_bracket(l, start, fail);
    if (open == (size_t)-1)
        return false;
    int ok = s.t[open].kind;
    size_t e = element_start(l, start, fail);
    bool starred = e > open + 1 && e < fail && (s.t[e - 1].kind == TK_STAR || s.t[e - 1].kind == TK_DOUBLESTAR);
    size_t elem = starred ? e - 1 : e;
    if (starred && elem == open + 1) {
        if (s.t[elem].kind == TK_DOUBLESTAR) {
            if (ok != TK_LBRACE)
                return false;
            error_at_token(p, "SyntaxError", &s.t[elem], "dict unpacking cannot be used in dict comprehension");
            return true;
        }
        error_tokens(p, &s.t[elem], &s.t[fail - 1], "iterable unpacking cannot be used in comprehension");
        return true;
    }
    if ((ok == TK_LSQB || ok == TK_LBRACE) && elem > open + 1 && s.t[elem - 1].kind == TK_COMMA) {
        for (size_t i = open + 1; i < elem; i++)
            if (s.t[i].kind == TK_COLON && depth_at(l, start, i) == depth_at(l, start, elem))
                return false; /* a dict display */
        error_tokens(p, &s.t[open + 1], &s.t[fail - 1],
                     "did you forget parentheses around the comprehension target?");
        return true;
    }
    return false;
}

/* (**x): CPython's invalid_group. */
static bool double_starred_group(MpyParser *p, MpyTokenLine *l, size_t start, size_t fail)
{
    Toks s = TOKS(l);
    if (s.t[fail].kind != TK_DOUBLESTAR || s.t[fail - 1].kind != TK_LPAR)
        return false;
    if (fail - 1 > start && (s.t[fail - 2].kind == TK_NAME || is_close(s.t[fail - 2].kind)))
        return false; /* a call: f(**x) is fine */
    size_t e = scan(s, fail + 1, LV_EXPRESSION);
    if (e == fail + 1 || kind_at(s, e) != TK_RPAR)
        return false;
    error_at_token(p, "SyntaxError", &s.t[fail], "cannot use double starred expression here");
    return true;
}

/* `expr:` at the start of a statement where expr cannot be annotated and
 * nothing follows: CPython fails at the ':' itself. */
static bool bad_annotation_colon(MpyParser *p, MpyTokenLine *l, size_t start, size_t fail)
{
    Toks s = TOKS(l);
    if (fail == start || s.t[fail - 1].kind != TK_COLON || depth_at(l, start, fail - 1) != 0 ||
        is_compound_keyword(s.t[start].kind) || s.t[start].kind == TK_LAMBDA)
        return false;
    for (size_t i = start; i + 1 < fail; i++)
        if (depth_at(l, start, i) == 0 && (is_delimiter(s.t[i].kind) && s.t[i].kind != TK_STAR))
            return false;
    AstExpr *target = mpy_parse_fragment(p, s.t[start].start, s.t[fail - 2].end, s.t[start].lineno,
                                         s.t[start].col_offset);
    if (!target || target->kind == AST_Name_kind || target->kind == AST_Attribute_kind ||
        target->kind == AST_Subscript_kind)
        return false;
    error_at_token(p, "SyntaxError", &s.t[fail - 1], "invalid syntax");
    return true;
}

/* f(expr=) and f(expr=, ...): the keyword rules see the '=' first. */
static bool keyword_without_value(MpyParser *p, MpyTokenLine *l, size_t start, size_t fail)
{
    Toks s = TOKS(l);
    if (fail < 2 || s.t[fail - 1].kind != TK_EQUAL)
        return false;
    size_t open = enclosing_bracket(l, start, fail - 1);
    if (open == (size_t)-1 || open == start || s.t[open].kind != TK_LPAR ||
        !(s.t[open - 1].kind == TK_NAME || is_close(s.t[open - 1].kind)) || !expression_bracket(l, start, fail))
        return false;
    size_t a = element_start(l, start, fail - 1);
    if (a == fail - 1)
        return false;
    const MpyToken *key = &s.t[a];
    if (a + 1 == fail - 1 && (key->kind == TK_TRUE || key->kind == TK_FALSE || key->kind == TK_NONE)) {
        char msg[64];
        snprintf(msg, sizeof msg, "cannot assign to %.*s", (int)(key->end - key->start), key->start);
        error_tokens(p, key, &s.t[fail - 1], msg);
        return true;
    }
    if (a + 1 == fail - 1 && key->kind == TK_NAME)
        return false; /* f(a=) is plain invalid syntax */
    if (scan(s, a, LV_EXPRESSION) != fail - 1)
        return false;
    error_tokens(p, key, &s.t[fail - 1], "expression cannot contain assignment, perhaps you meant \"==\"?");
    return true;
}

/* An assignment whose target cannot be assigned, when the statement fails
 * to parse further on (CPython checks the targets first). */
static bool bad_assignment(MpyParser *p, MpyTokenLine *l, size_t start, size_t fail)
{
    Toks s = TOKS(l);
    size_t eqs[64], n = 0;
    for (size_t i = start; i < fail && n < 64; i++)
        if (s.t[i].kind == TK_EQUAL && depth_at(l, start, i) == 0)
            eqs[n++] = i;
    size_t from = start;
    for (size_t k = 0; k < n; k++) {
        size_t eq = eqs[k];
        if (eq == from)
            return false;
        AstExpr *target = mpy_parse_fragment(p, s.t[from].start, s.t[eq - 1].end, s.t[from].lineno,
                                             s.t[from].col_offset);
        if (!target)
            return false;
        const AstExpr *bad = mpy_build_invalid_target(target, AST_Store);
        if (bad) {
            size_t v_end = scan_chain(s, eq + 1, LV_BITWISE);
            bool single = n == 1 && kind_at(s, v_end) != TK_EQUAL;
            bool excluded = target->kind == AST_List_kind || target->kind == AST_Tuple_kind ||
                            target->kind == AST_GeneratorExp_kind ||
                            (target->kind == AST_Constant_kind && target->v.Constant.value.kind <= AST_CONST_FALSE &&
                             target->v.Constant.value.kind != AST_CONST_ELLIPSIS);
            if (single && v_end > eq + 1 && !excluded && scan_chain(s, from, LV_BITWISE) == eq)
                mpy_build_error_node(p, target, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                                     mpy_build_expr_name(target));
            else
                mpy_build_error_node(p, bad, "cannot assign to %s", mpy_build_expr_name(bad));
            return true;
        }
        from = eq + 1;
    }
    return false;
}

static bool diagnose(MpyParser *p, MpyTokenLine *l);

bool mpy_parse_diagnose(MpyParser *p, MpyTokenLine *l, MpyTokenizer *t)
{
    (void)t;
    bool result = diagnose(p, l);
    if (l->len > 0) {
        size_t seen = l->seen < l->len ? l->seen : l->len - 1;
        p->furthest_line = l->toks[seen].lineno;
        /* looking past the last token read means reaching the tokenizer's error */
        p->reached_tokenizer_error = l->seen >= l->len;
    }
    return result;
}

static bool diagnose(MpyParser *p, MpyTokenLine *l)
{
    if (p->err->kind)
        return true;
    if (l->len == 0) {
        error_at_token(p, "SyntaxError", &p->error_token, "invalid syntax");
        return true;
    }
    size_t fail = l->fail < l->len ? l->fail : l->len - 1;
    const MpyToken *bad = &l->toks[fail];
    l->seen = fail;
    /* CPython's second pass reads an expression starting at the failure
     * when a complete expression precedes it (invalid_expression), even
     * where no message comes of it. */
    if (fail > 0) {
        size_t start = logical_start(l, fail);
        size_t a = element_start(l, start, fail);
        if (a < fail && scan_chain(TOKS(l), a, LV_DISJUNCTION) == fail)
            scan(TOKS(l), fail, LV_EXPRESSION);
        l->seen = l->seen > fail ? l->seen : fail;
    }
    if (bad->kind == TK_INDENT) {
        unexpected_indent(p, l, fail);
        return false;
    }
    if (expected_block(p, l, fail) || try_without_handler(p, l, fail))
        return true;
    size_t start = logical_start(l, fail);
    if (fail > start) {
        if (match_statement(p, l, start, fail) || expected_colon(p, l, start, fail) ||
            parameter_errors(p, l, start, fail) || lambda_parenthesized(p, l, start, fail) ||
            lambda_default_missing(p, l, start, fail) ||
            except_errors(p, l, start, fail) ||
            legacy_print(p, l, start, fail) || missing_else(p, l, start, fail) ||
            assignment_in_expression(p, l, start, fail) || comprehension_errors(p, l, start, fail) ||
            dict_errors(p, l, start, fail) || double_starred_group(p, l, start, fail) ||
            bad_annotation_colon(p, l, start, fail) || keyword_without_value(p, l, start, fail) ||
            missing_comma(p, l, start, fail) || bad_assignment(p, l, start, fail))
            return true;
    }
    if (bad->kind == TK_DEDENT) {
        error_no_column(p, "IndentationError", bad->lineno, "unexpected unindent");
        return false;
    }
    if (bad->col_offset < 0)
        error_no_column(p, "SyntaxError", bad->lineno, "invalid syntax");
    else
        error_at_token(p, "SyntaxError", bad, "invalid syntax");
    return true;
}
