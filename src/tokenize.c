/* The tokenizer driver (tokenize.h): lines, indentation, brackets, string
 * bodies, the checks after numbers and non-ASCII names, and CPython 3.11's
 * tokenizer errors (Parser/tokenizer.c is the model for every message and
 * position). The single-token scanner is generated from grammar/lexer.re. */
#include "tokenize.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "lexer.h"
#include "parser.h"
#include "strbuf.h"
#include "unicode_repr.h"
#include "utf8.h"

enum { TABSIZE = 8 };

void mpy_tokenizer_init(MpyTokenizer *t, const char *buf, size_t len, MpySyntaxError *err)
{
    memset(t, 0, sizeof *t);
    t->buf = t->cur = t->line_start = buf;
    t->end = buf + len;
    t->lineno = 1;
    t->atbol = true;
    t->err = err;
}

/* ------------------------------------------------------------ errors */

const char *mpy_tokenizer_line(const char *buf, const char *end, int lineno, size_t *len)
{
    const char *p = buf;
    for (int n = 1; n < lineno && p < end; n++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) {
            p = end;
            break;
        }
        p = nl + 1;
    }
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    *len = (size_t)((nl ? nl : end) - p);
    return p;
}

bool mpy_tokenizer_error_at(MpyTokenizer *t, const char *kind, int lineno, int offset,
                            int end_lineno, int end_offset, const char *fmt, ...)
{
    MpySyntaxError *e = t->err;
    if (e->kind)
        return false; /* the first error stands */
    MpyStrBuf msg = MPY_STRBUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    mpy_strbuf_vappendf(&msg, fmt, ap);
    va_end(ap);
    size_t len;
    const char *line = mpy_tokenizer_line(t->buf, t->end, lineno, &len);
    e->kind = kind;
    e->msg = mpy_strbuf_detach(&msg);
    e->lineno = lineno + t->line_offset;
    e->end_lineno = end_lineno + t->line_offset;
    e->offset = offset;
    e->end_offset = end_offset;
    e->text = strndup(line, len);
    e->text_source = MPY_TEXT_OWN;
    return true;
}

/* Code points in [from, to): CPython measures tokenizer error columns so. */
static int chars_between(const char *from, const char *to)
{
    return to > from ? (int)mpy_utf8_count(from, (size_t)(to - from)) : 0;
}

/* CPython's syntaxerror(): the caret goes under the character before `at`. */
static int hard_error(MpyTokenizer *t, const char *at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static int hard_error(MpyTokenizer *t, const char *at, const char *fmt, ...)
{
    MpyStrBuf msg = MPY_STRBUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    mpy_strbuf_vappendf(&msg, fmt, ap);
    va_end(ap);
    int off = chars_between(t->line_start, at);
    mpy_tokenizer_error_at(t, "SyntaxError", t->lineno, off, t->lineno, off, "%s",
                           msg.data ? msg.data : "");
    mpy_strbuf_free(&msg);
    t->err_hard = true;
    return MPY_TOK_ERROR;
}

/* An error CPython's tokenizer reports through tok->done rather than an
 * exception: the parser sees it only if it gets that far. */
/* CPython raises these from its parser, which re-reads the line from the
 * file with fgets into 1000 bytes: only the last piece of a longer line is
 * shown. Without a file it shows its buffer, which ends the line being read
 * with a newline (a line before it comes without). */
static void file_text(MpyTokenizer *t, bool current_line)
{
    char *text = t->err->text;
    t->err->text_source = MPY_TEXT_FILE_FIRST;
    if (!text)
        return;
    size_t len = strlen(text);
    size_t skip = t->line_offset == 0 && len >= 999 ? 999 * (len / 999) : 0;
    if (skip > 0) {
        memmove(text, text + skip, len - skip + 1);
        len -= skip;
    }
    if (!current_line)
        return;
    char *with_newline = realloc(text, len + 2);
    if (!with_newline)
        return;
    with_newline[len] = '\n';
    with_newline[len + 1] = '\0';
    t->err->text = with_newline;
}

static int soft_error(MpyTokenizer *t, const char *kind, int lineno, int offset, int end_offset,
                      const char *msg)
{
    if (mpy_tokenizer_error_at(t, kind, lineno, offset, lineno, end_offset, "%s", msg))
        file_text(t, true);
    t->err_hard = false;
    return MPY_TOK_ERROR;
}

/* Offset just past the end of line `lineno`, in bytes, as CPython computes
 * it from the tokenizer's end-of-input pointer. */
static int end_of_line_offset(MpyTokenizer *t, int lineno)
{
    size_t len;
    mpy_tokenizer_line(t->buf, t->end, lineno, &len);
    return (int)len + 1;
}

/* ------------------------------------------------------ line structure */

static void new_line(MpyTokenizer *t, const char *after_newline)
{
    t->lineno++;
    t->line_start = after_newline;
}

/* Reads the indentation at the start of a line and queues INDENT/DEDENT
 * tokens as CPython's tok_get does. Returns MPY_TOK_ERROR or 0. */
static int read_indentation(MpyTokenizer *t)
{
    int col = 0, altcol = 0;
    const char *p = t->cur;
    for (;; p++) {
        if (*p == ' ') {
            col++;
            altcol++;
        } else if (*p == '\t') {
            col = (col / TABSIZE + 1) * TABSIZE;
            altcol++;
        } else if (*p == '\f') {
            col = altcol = 0;
        } else {
            break;
        }
    }
    t->cur = p;
    bool at_eof = p >= t->end;
    /* Blank and comment-only lines are skipped, except that in interactive
     * input a totally empty line ends the statement (CPython's prompt mode). */
    bool ends_statement = t->interactive && col == 0 && (*p == '\n' || at_eof);
    if (ends_statement && *p == '\n')
        t->input_complete = true;
    if ((*p == '#' || *p == '\n' || (at_eof && t->interactive)) && !ends_statement) {
        t->blankline_done = true; /* neither NEWLINE nor indentation */
        return 0;
    }
    t->blankline_done = false;
    if (t->level > 0 || at_eof)
        return 0; /* at the end, at_end() closes the blocks */
    if (col == t->indstack[t->indent]) {
        if (altcol != t->altindstack[t->indent])
            goto tab_error;
    } else if (col > t->indstack[t->indent]) {
        if (t->indent + 1 >= MPY_MAXINDENT)
            return soft_error(t, "IndentationError", t->lineno, 1, 0,
                              "too many levels of indentation");
        if (altcol <= t->altindstack[t->indent])
            goto tab_error;
        t->pendin++;
        t->indent++;
        t->indstack[t->indent] = col;
        t->altindstack[t->indent] = altcol;
    } else {
        while (t->indent > 0 && col < t->indstack[t->indent]) {
            t->pendin--;
            t->indent--;
        }
        if (col != t->indstack[t->indent])
            return soft_error(t, "IndentationError", t->lineno, end_of_line_offset(t, t->lineno),
                              -1, "unindent does not match any outer indentation level");
        if (altcol != t->altindstack[t->indent])
            goto tab_error;
    }
    return 0;
tab_error:
    return soft_error(t, "TabError", t->lineno, 1, 0,
                      "inconsistent use of tabs and spaces in indentation");
}

/* ------------------------------------------------------------ strings */

/* Scans a string body; *p is just past the opening quote(s). */
static int scan_string(MpyTokenizer *t, const char *start, const char **pp, bool triple)
{
    const char *p = *pp;
    char quote = p[-1];
    int first_line = t->lineno;
    const char *first_line_start = t->line_start;
    for (;;) {
        char c = *p;
        if (p >= t->end || (c == '\n' && !triple)) {
            /* CPython reports it at the opening quote's line and prefix; at
             * the end of the input its line count stops at the last line. */
            int detected = t->lineno - (p >= t->end && p > t->buf && p[-1] == '\n');
            t->err_eof = triple && p >= t->end; /* at a prompt: read more lines */
            t->lineno = first_line;
            t->line_start = first_line_start;
            return hard_error(t, start + 1,
                              triple ? "unterminated triple-quoted string literal (detected at line %d)"
                                     : "unterminated string literal (detected at line %d)",
                              detected + t->line_offset);
        }
        p++;
        if (c == quote) {
            if (!triple)
                break;
            if (p[0] == quote && p[1] == quote) {
                p += 2;
                break;
            }
        } else if (c == '\\') {
            if (p < t->end) {
                if (*p == '\n')
                    new_line(t, p + 1);
                p++;
            }
        } else if (c == '\n') {
            new_line(t, p);
        }
    }
    *pp = p;
    return TK_STRING;
}

/* ------------------------------------------------------------ numbers */

static bool is_ident_char(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c >= 128;
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* CPython's verify_end_of_number: a number glued to a few keywords is
 * accepted (1if x else y); glued to any other name character it is an
 * "invalid ... literal". */
/* The keyword `word` at p, not followed by a name character (CPython's
 * lookahead()). */
static bool keyword_at(const char *p, const char *word)
{
    size_t n = strlen(word);
    return strncmp(p, word, n) == 0 && !is_ident_char((unsigned char)p[n]);
}

static bool number_end_ok(MpyTokenizer *t, const char *p, const char *kind)
{
    bool keyword = keyword_at(p, "and") || keyword_at(p, "else") || keyword_at(p, "for") ||
                   keyword_at(p, "or") || keyword_at(p, "not") ||
                   (p[0] == 'i' && (p[1] == 'f' || p[1] == 'n' || p[1] == 's'));
    /* Only ASCII counts here: a non-ASCII letter after a number starts a
     * separate name (CPython 3.11 then reports "invalid syntax"). */
    if (!keyword && (unsigned char)*p < 0x80 && is_ident_char((unsigned char)*p)) {
        hard_error(t, p, "invalid %s literal", kind);
        return false;
    }
    return true;
}

/* An 'e' that did not start an exponent: "1e+x" is an error after the sign,
 * "1else" is the number 1 and the keyword else. */
static bool number_bad_exponent(MpyTokenizer *t, const char *p)
{
    const char *q = p + 1;
    if (*q == '+' || *q == '-') {
        hard_error(t, q + 1, "invalid decimal literal");
        return false;
    }
    return number_end_ok(t, p, "decimal");
}

/* 0x, 0o, 0b with no valid digit after them. */
static bool number_bad_radix(MpyTokenizer *t, const char *p)
{
    char r = (char)(*p | 0x20);
    const char *q = p + 1;
    if (*q == '_')
        q++;
    if (r == 'x') {
        hard_error(t, q, "invalid hexadecimal literal");
        return false;
    }
    const char *name = r == 'o' ? "octal" : "binary";
    if (is_digit(*q))
        hard_error(t, q + 1, "invalid digit '%c' in %s literal", *q, name);
    else
        hard_error(t, q, "invalid %s literal", name);
    return false;
}

/* Radix literals: a stray '_' or a digit out of range after the match. */
static bool number_radix_end(MpyTokenizer *t, const char *p, int raw)
{
    const char *name = raw == MPY_RAW_NUM_HEX ? "hexadecimal" : raw == MPY_RAW_NUM_OCT ? "octal" : "binary";
    char top = raw == MPY_RAW_NUM_OCT ? '7' : '1';
    if (*p == '_') {
        if (raw != MPY_RAW_NUM_HEX && is_digit(p[1])) {
            hard_error(t, p + 2, "invalid digit '%c' in %s literal", p[1], name);
            return false;
        }
        hard_error(t, p + 1, "invalid %s literal", name);
        return false;
    }
    if (raw != MPY_RAW_NUM_HEX && is_digit(*p) && *p > top) {
        hard_error(t, p + 1, "invalid digit '%c' in %s literal", *p, name);
        return false;
    }
    return number_end_ok(t, p, name);
}

static bool has_exponent(const char *s, const char *e)
{
    for (; s < e; s++)
        if (*s == 'e' || *s == 'E')
            return true;
    return false;
}

/* Checks what follows a number the lexer matched, as CPython's tokenizer
 * would have continued reading it. Returns false after reporting an error. */
static bool check_number_end(MpyTokenizer *t, int raw, const char *start, const char *p)
{
    if (raw == MPY_RAW_NUM_HEX || raw == MPY_RAW_NUM_OCT || raw == MPY_RAW_NUM_BIN)
        return number_radix_end(t, p, raw);
    if (raw == MPY_RAW_NUM_IMAG)
        return number_end_ok(t, p, "imaginary");
    bool ends_with_dot = p[-1] == '.';
    if (*p == '_' && !ends_with_dot) {
        hard_error(t, p + 1, "invalid decimal literal");
        return false;
    }
    if (raw == MPY_RAW_NUM_ZEROS && p - start == 1 && strchr("xXoObB", *p) && *p)
        return number_bad_radix(t, p);
    if ((*p == 'e' || *p == 'E') && !has_exponent(start, p))
        return number_bad_exponent(t, p);
    if (raw == MPY_RAW_NUM_LEADZ) {
        const char *d = start;
        while (*d == '0' || *d == '_')
            d++;
        int from = (int)(start + 1 - t->line_start), to = (int)(d + 1 - t->line_start);
        mpy_tokenizer_error_at(t, "SyntaxError", t->lineno, from, t->lineno, to,
                               "leading zeros in decimal integer literals are not permitted; "
                               "use an 0o prefix for octal integers");
        t->err_hard = true;
        return false;
    }
    return number_end_ok(t, p, "decimal");
}

/* --------------------------------------------------------- identifiers */

static bool is_xid_start(int32_t cp)
{
    /* XID_Start from general categories (Lu Ll Lt Lm Lo Nl), plus
     * Other_ID_Start, minus the few NFKC-unstable characters. */
    switch (cp) {
    case 0x1885: case 0x1886: case 0x2118: case 0x212E:
        return true;
    case 0x037A: case 0x0E33: case 0x0EB3: case 0x309B: case 0x309C: case 0x2E2F:
    case 0xFDFA: case 0xFDFB: case 0xFF9E: case 0xFF9F:
        return false;
    }
    if ((cp >= 0xFC5E && cp <= 0xFC63) || (cp >= 0xFE70 && cp <= 0xFE7E && cp % 2 == 0))
        return false;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_NL:
        return true;
    default:
        return false;
    }
}

static bool is_xid_continue(int32_t cp)
{
    switch (cp) {
    case 0x00B7: case 0x0387: case 0x19DA: case 0x0E33: case 0x0EB3: case 0xFF9E: case 0xFF9F:
        return true;
    case 0x037A: case 0x309B: case 0x309C: case 0x2E2F:
        return false;
    }
    if (cp >= 0x1369 && cp <= 0x1371)
        return true;
    if (is_xid_start(cp))
        return true;
    if ((cp >= 0xFC5E && cp <= 0xFC63) || (cp >= 0xFE70 && cp <= 0xFE7E && cp % 2 == 0))
        return false;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_PC:
        return true;
    default:
        return false;
    }
}

/* CPython's verify_identifier: the first character that cannot be in a name
 * is reported, with the caret under it. */
static bool verify_identifier(MpyTokenizer *t, const char *start, const char *end)
{
    bool first = true;
    for (const char *p = start; p < end;) {
        size_t n;
        uint32_t cp = mpy_utf8_decode(p, &n);
        bool ok = first ? (cp == '_' || is_xid_start((int32_t)cp)) : is_xid_continue((int32_t)cp);
        first = false;
        p += n;
        if (!ok) {
            if (mpy_unicode_isprintable(cp))
                hard_error(t, p, "invalid character '%.*s' (U+%04X)", (int)n, p - n, cp);
            else
                hard_error(t, p, "invalid non-printable character U+%04X", cp);
            return false;
        }
    }
    return true;
}

/* ------------------------------------------------------------ brackets */

static int open_bracket(MpyTokenizer *t, char c, const char *start)
{
    if (t->level >= MPY_MAXLEVEL)
        return hard_error(t, start + 1, "too many nested parentheses");
    t->parenstack[t->level] = c;
    t->parenlineno[t->level] = t->lineno;
    t->parencol[t->level] = (int)(start - t->line_start);
    t->level++;
    return 0;
}

static int close_bracket(MpyTokenizer *t, char c, const char *start)
{
    if (t->level == 0)
        return hard_error(t, start + 1, "unmatched '%c'", c);
    t->level--;
    char open = t->parenstack[t->level];
    if ((open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}'))
        return 0;
    if (t->parenlineno[t->level] != t->lineno)
        return hard_error(t, start + 1,
                          "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                          c, open, t->parenlineno[t->level] + t->line_offset);
    return hard_error(t, start + 1, "closing parenthesis '%c' does not match opening parenthesis '%c'",
                      c, open);
}

/* ------------------------------------------------------------ the loop */

static int emit(MpyTokenizer *t, MpyToken *tok, int kind, const char *start, const char *end,
                int lineno, const char *line_start)
{
    tok->kind = kind;
    tok->start = start;
    tok->end = end;
    tok->lineno = lineno + t->line_offset;
    tok->col_offset = (int)(start - line_start) + (lineno == 1 ? t->col_offset : 0);
    tok->end_lineno = t->lineno + t->line_offset;
    tok->end_col_offset = (int)(end - t->line_start) + (t->lineno == 1 ? t->col_offset : 0);
    t->last_kind = kind;
    return kind;
}

/* INDENT, DEDENT and ENDMARKER have no text; CPython gives them column -1. */
static int emit_empty(MpyTokenizer *t, MpyToken *tok, int kind)
{
    tok->kind = kind;
    tok->start = tok->end = t->cur;
    tok->lineno = tok->end_lineno = t->lineno + t->line_offset;
    tok->col_offset = tok->end_col_offset = -1;
    t->last_kind = kind;
    return kind;
}

/* The end of input: a soft E_EOF error inside brackets or after a
 * continuation line, else the closing DEDENTs and ENDMARKER. */
/* CPython's line count at the end: it stops at the last line of the input. */
static int last_input_line(const MpyTokenizer *t)
{
    return t->lineno > 1 && t->end > t->buf && t->end[-1] == '\n' ? t->lineno - 1 : t->lineno;
}

static int at_end(MpyTokenizer *t, MpyToken *tok, bool after_continuation)
{
    if (after_continuation) {
        t->err_eof = true;
        return soft_error(t, "SyntaxError", t->lineno - 1, end_of_line_offset(t, t->lineno - 1), -1,
                          "unexpected EOF while parsing");
    }
    if (t->level > 0) {
        t->err_eof = true;
        int i = t->level - 1;
        if (mpy_tokenizer_error_at(t, "SyntaxError", t->parenlineno[i], t->parencol[i] + 1,
                                   t->parenlineno[i], 0, "'%c' was never closed", t->parenstack[i]))
            file_text(t, t->parenlineno[i] >= last_input_line(t));
        t->err_hard = false;
        return MPY_TOK_ERROR;
    }
    if (t->interactive && t->indent > 0 && !t->input_complete) {
        /* At a prompt an open block needs an empty line to end it. */
        t->err_eof = true;
        return soft_error(t, "SyntaxError", t->lineno > 1 ? t->lineno - 1 : 1, 0, -1,
                          "unexpected EOF while parsing");
    }
    int last = last_input_line(t);
    int kind = TK_ENDMARKER;
    if (t->indent > 0) {
        t->indent--;
        kind = TK_DEDENT;
    } else {
        t->done = true;
    }
    emit_empty(t, tok, kind);
    tok->lineno = tok->end_lineno = last + t->line_offset;
    return kind;
}

int mpy_tokenizer_next(MpyTokenizer *t, MpyToken *tok)
{
    if (t->err->kind)
        return MPY_TOK_ERROR;
    if (t->done) {
        emit_empty(t, tok, TK_ENDMARKER);
        tok->lineno = tok->end_lineno = (t->lineno > 1 ? t->lineno - 1 : 1) + t->line_offset;
        return TK_ENDMARKER;
    }
    bool continued = false;
    const char *comment = NULL;
    for (;;) {
        if (t->atbol) {
            t->atbol = false;
            if (read_indentation(t) < 0)
                return MPY_TOK_ERROR;
        }
        if (t->pendin != 0) {
            int kind = t->pendin < 0 ? TK_DEDENT : TK_INDENT;
            t->pendin += t->pendin < 0 ? 1 : -1;
            return emit_empty(t, tok, kind);
        }
        const char *start = t->cur;
        const char *p = start;
        int raw = mpy_lex_scan(&p);
        t->cur = p;
        switch (raw) {
        case MPY_RAW_SPACE:
            continue;
        case MPY_RAW_COMMENT:
            comment = start; /* CPython's NEWLINE token then starts at the '#' */
            continue;
        case MPY_RAW_CONTINUATION:
            comment = NULL;
            new_line(t, p);
            continued = true;
            if (p >= t->end)
                return at_end(t, tok, true);
            continue;
        case MPY_RAW_BAD_CONTINUATION:
            if (*p == '\0' && p >= t->end)
                return at_end(t, tok, true);
            t->cur = p + 1;
            return soft_error(t, "SyntaxError", t->lineno, (int)(p + 1 - t->line_start), 0,
                              "unexpected character after line continuation character");
        case MPY_RAW_NEWLINE: {
            const char *line_start = t->line_start;
            int lineno = t->lineno;
            new_line(t, p);
            t->atbol = true;
            if (t->blankline_done || t->level > 0) {
                t->blankline_done = false;
                continue;
            }
            tok->kind = TK_NEWLINE;
            tok->start = comment ? comment : start;
            tok->end = p;
            tok->lineno = tok->end_lineno = lineno + t->line_offset;
            int shift = lineno == 1 ? t->col_offset : 0;
            tok->col_offset = (int)(tok->start - line_start) + shift;
            tok->end_col_offset = (int)(start - line_start) + shift; /* the newline itself is left out */
            t->last_kind = TK_NEWLINE;
            return TK_NEWLINE;
        }
        case MPY_RAW_NUL:
            t->cur = start;
            if (start < t->end) /* mpy_parse rejects NUL bytes before we get here */
                return hard_error(t, start + 1, "source code cannot contain null bytes");
            return at_end(t, tok, continued);
        case MPY_RAW_NAME_UNICODE:
            if (!verify_identifier(t, start, p))
                return MPY_TOK_ERROR;
            return emit(t, tok, TK_NAME, start, p, t->lineno, t->line_start);
        case MPY_RAW_STRING1:
        case MPY_RAW_STRING3: {
            int lineno = t->lineno;
            const char *line_start = t->line_start;
            if (scan_string(t, start, &p, raw == MPY_RAW_STRING3) < 0)
                return MPY_TOK_ERROR;
            t->cur = p;
            return emit(t, tok, TK_STRING, start, p, lineno, line_start);
        }
        case MPY_RAW_NUM_DEC: case MPY_RAW_NUM_ZEROS: case MPY_RAW_NUM_LEADZ:
        case MPY_RAW_NUM_HEX: case MPY_RAW_NUM_OCT: case MPY_RAW_NUM_BIN:
        case MPY_RAW_NUM_FLOAT: case MPY_RAW_NUM_IMAG:
            if (!check_number_end(t, raw, start, p))
                return MPY_TOK_ERROR;
            return emit(t, tok, TK_NUMBER, start, p, t->lineno, t->line_start);
        case MPY_RAW_OTHER: {
            unsigned char c = (unsigned char)*start;
            if (c < 0x20 || c == 0x7f)
                return hard_error(t, p, "invalid non-printable character U+%04X", c);
            return emit(t, tok, TK_ERRORTOKEN, start, p, t->lineno, t->line_start);
        }
        case TK_LPAR: case TK_LSQB: case TK_LBRACE:
            if (open_bracket(t, *start, start) < 0)
                return MPY_TOK_ERROR;
            return emit(t, tok, raw, start, p, t->lineno, t->line_start);
        case TK_RPAR: case TK_RSQB: case TK_RBRACE:
            if (close_bracket(t, *start, start) < 0)
                return MPY_TOK_ERROR;
            return emit(t, tok, raw, start, p, t->lineno, t->line_start);
        default:
            return emit(t, tok, raw, start, p, t->lineno, t->line_start);
        }
    }
}
