/* Literals: numbers, and adjacent string tokens decoded and concatenated
 * into a Constant or a JoinedStr, f-strings included. In 3.11 an f-string
 * is one token whose replacement fields are parsed here, each expression by
 * a nested run of the parser (mpy_parse_fstring_expr). The rules, messages
 * and positions are those of CPython 3.11's Parser/string_parser.c. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ast_build.h"
#include "strbuf.h"
#include "unicode_names.h"
#include "utf8.h"

/* ------------------------------------------------------------ numbers */

AstExpr *mpy_build_number(MpyParser *p, const MpyToken *t)
{
    size_t len = (size_t)(t->end - t->start);
    char *text = mpy_arena_alloc(p->arena, len + 1);
    AstExpr *e = mpy_build_new_expr(p, AST_Constant_kind, mpy_build_token_loc(t));
    if (!text)
        return e;
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        if (t->start[i] != '_')
            text[n++] = t->start[i];
    text[n] = '\0';
    AstConstant *c = &e->v.Constant.value;
    char last = text[n - 1];
    bool radix = n > 1 && text[0] == '0' && strchr("xXoObB", text[1]);
    if (last == 'j' || last == 'J') {
        text[n - 1] = '\0';
        c->kind = AST_CONST_COMPLEX;
        c->f = strtod(text, NULL);
    } else if (!radix && (strchr(text, '.') || strchr(text, 'e') || strchr(text, 'E'))) {
        c->kind = AST_CONST_FLOAT;
        c->f = strtod(text, NULL);
    } else {
        c->kind = AST_CONST_INT;
        if (radix)
            text[1] = (char)(text[1] | 0x20);
        c->text = text;
        c->len = n;
    }
    return e;
}

/* ------------------------------------------------------- string tokens */

MpyStrings *mpy_build_strings_push(MpyParser *p, MpyStrings *l, const MpyToken *t)
{
    if (!l) {
        l = mpy_arena_alloc(p->arena, sizeof *l);
        if (!l)
            return NULL;
    }
    MpyToken *copy = mpy_arena_alloc(p->arena, sizeof *copy);
    if (copy) {
        *copy = *t;
        mpy_build_vec_push(p, &l->tokens, copy);
    }
    return l;
}

typedef struct {
    bool bytes, raw, fstring;
    const char *body; /* between the quotes */
    size_t len;
} StrToken;

static StrToken split_token(const MpyToken *t)
{
    StrToken s = {0};
    const char *q = t->start;
    for (; *q != '\'' && *q != '"'; q++) {
        char c = (char)(*q | 0x20);
        s.bytes |= c == 'b';
        s.raw |= c == 'r';
        s.fstring |= c == 'f';
    }
    size_t quotes = (t->end - q >= 6 && q[1] == q[0] && q[2] == q[0]) ? 3 : 1;
    s.body = q + quotes;
    s.len = (size_t)(t->end - s.body) - quotes;
    return s;
}

/* CPython raises errors found while decoding at the token after the
 * strings (its RAISE_SYNTAX_ERROR uses the last token read). */
static void error_at_lookahead(MpyParser *p, const char *fmt, const char *detail)
{
    AstLocation loc = mpy_build_token_loc(&p->lookahead);
    if (loc.col_offset < 0)
        loc.col_offset = loc.end_col_offset = 0;
    mpy_build_error_range(p, "SyntaxError", &loc, &loc, fmt, detail);
}

/* ------------------------------------------------------------ escapes */

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = (char)(c | 0x20);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Where CPython's unicode-escape decoder would be: it sees each non-ASCII
 * character rewritten as a 10-byte \UXXXXXXXX escape, and counts positions
 * in that text. */
typedef struct {
    const char *s, *end;
    size_t pos;
} EscCursor;

static void esc_advance(EscCursor *c, size_t bytes)
{
    for (size_t i = 0; i < bytes && c->s < c->end; i++) {
        unsigned char u = (unsigned char)*c->s++;
        c->pos += u < 0x80 ? 1 : (u & 0xC0) == 0xC0 ? 10 : 0;
    }
}

static bool decode_error(MpyParser *p, size_t start, size_t end, const char *reason)
{
    char detail[160];
    snprintf(detail, sizeof detail,
             "'unicodeescape' codec can't decode bytes in position %zu-%zu: %s", start, end - 1, reason);
    error_at_lookahead(p, "(unicode error) %s", detail);
    return false;
}

/* \x, \u, \U: exactly `count` hex digits. */
static bool decode_hex(MpyParser *p, EscCursor *c, size_t start, int count, MpyStrBuf *out)
{
    static const char *const msgs[] = {"truncated \\xXX escape", "truncated \\uXXXX escape",
                                       "truncated \\UXXXXXXXX escape"};
    const char *msg = msgs[count == 2 ? 0 : count == 4 ? 1 : 2];
    uint32_t cp = 0;
    for (int i = 0; i < count; i++) {
        int v = c->s < c->end ? hexval(*c->s) : -1;
        if (v < 0)
            return decode_error(p, start, c->pos, msg);
        cp = cp * 16 + (uint32_t)v;
        esc_advance(c, 1);
    }
    if (cp > 0x10FFFF)
        return decode_error(p, start, c->pos, "illegal Unicode character");
    mpy_strbuf_append_utf8(out, cp);
    return true;
}

static bool decode_named(MpyParser *p, EscCursor *c, size_t start, MpyStrBuf *out)
{
    const char *malformed = "malformed \\N character escape";
    if (c->s >= c->end || *c->s != '{') {
        return decode_error(p, start, c->pos, malformed);
    }
    esc_advance(c, 1);
    const char *name = c->s;
    while (c->s < c->end && *c->s != '}')
        esc_advance(c, 1);
    if (c->s >= c->end || c->s == name)
        return decode_error(p, start, c->pos, malformed);
    size_t n = (size_t)(c->s - name);
    esc_advance(c, 1);
    uint32_t cp;
    if (!mpy_unicode_name_lookup(name, n, &cp))
        return decode_error(p, start, c->pos, "unknown Unicode character name");
    mpy_strbuf_append_utf8(out, cp);
    return true;
}

/* Decodes a str literal body with escapes, as CPython's
 * decode_unicode_with_escapes; false after reporting an error. */
static bool decode_str(MpyParser *p, const char *s, size_t len, MpyStrBuf *out)
{
    EscCursor c = {s, s + len, 0};
    while (c.s < c.end) {
        const char *bs = memchr(c.s, '\\', (size_t)(c.end - c.s));
        const char *stop = bs ? bs : c.end;
        mpy_strbuf_append(out, c.s, (size_t)(stop - c.s));
        esc_advance(&c, (size_t)(stop - c.s));
        if (!bs)
            break;
        size_t start = c.pos;
        esc_advance(&c, 1); /* the backslash */
        if (c.s < c.end && ((unsigned char)*c.s & 0x80))
            c.pos += 5; /* CPython writes "\u005c" for a backslash before non-ASCII */
        char ch = *c.s;
        if (c.s >= c.end)
            return decode_error(p, start, c.pos, "\\ at end of string");
        esc_advance(&c, 1);
        switch (ch) {
        case '\n': break;
        case '\\': mpy_strbuf_append_char(out, '\\'); break;
        case '\'': mpy_strbuf_append_char(out, '\''); break;
        case '"': mpy_strbuf_append_char(out, '"'); break;
        case 'a': mpy_strbuf_append_char(out, '\a'); break;
        case 'b': mpy_strbuf_append_char(out, '\b'); break;
        case 'f': mpy_strbuf_append_char(out, '\f'); break;
        case 't': mpy_strbuf_append_char(out, '\t'); break;
        case 'n': mpy_strbuf_append_char(out, '\n'); break;
        case 'r': mpy_strbuf_append_char(out, '\r'); break;
        case 'v': mpy_strbuf_append_char(out, '\v'); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            uint32_t v = (uint32_t)(ch - '0');
            for (int i = 0; i < 2 && c.s < c.end && *c.s >= '0' && *c.s <= '7'; i++) {
                v = v * 8 + (uint32_t)(*c.s - '0');
                esc_advance(&c, 1);
            }
            mpy_strbuf_append_utf8(out, v);
            break;
        }
        case 'x':
            if (!decode_hex(p, &c, start, 2, out))
                return false;
            break;
        case 'u':
            if (!decode_hex(p, &c, start, 4, out))
                return false;
            break;
        case 'U':
            if (!decode_hex(p, &c, start, 8, out))
                return false;
            break;
        case 'N':
            if (!decode_named(p, &c, start, out))
                return false;
            break;
        default: {
            /* An invalid escape keeps its backslash (CPython warns). */
            mpy_strbuf_append_char(out, '\\');
            size_t n = mpy_utf8_seqlen((unsigned char)ch);
            mpy_strbuf_append(out, c.s - 1, n);
            c.s += n - 1;
            break;
        }
        }
    }
    return true;
}

/* Decodes a bytes literal body, as CPython's _PyBytes_DecodeEscape. */
static bool decode_bytes(MpyParser *p, const char *s, size_t len, MpyStrBuf *out)
{
    const char *end = s + len, *body = s;
    while (s < end) {
        if (*s != '\\') {
            mpy_strbuf_append_char(out, *s++);
            continue;
        }
        const char *bs = s++;
        char ch = *s++;
        switch (ch) {
        case '\n': break;
        case '\\': case '\'': case '"': mpy_strbuf_append_char(out, ch); break;
        case 'a': mpy_strbuf_append_char(out, '\a'); break;
        case 'b': mpy_strbuf_append_char(out, '\b'); break;
        case 'f': mpy_strbuf_append_char(out, '\f'); break;
        case 't': mpy_strbuf_append_char(out, '\t'); break;
        case 'n': mpy_strbuf_append_char(out, '\n'); break;
        case 'r': mpy_strbuf_append_char(out, '\r'); break;
        case 'v': mpy_strbuf_append_char(out, '\v'); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned v = (unsigned)(ch - '0');
            for (int i = 0; i < 2 && s < end && *s >= '0' && *s <= '7'; i++)
                v = v * 8 + (unsigned)(*s++ - '0');
            mpy_strbuf_append_char(out, (char)(v & 0xFF));
            break;
        }
        case 'x':
            if (s + 1 < end + 0 && hexval(s[0]) >= 0 && hexval(s[1]) >= 0) {
                mpy_strbuf_append_char(out, (char)(hexval(s[0]) * 16 + hexval(s[1])));
                s += 2;
                break;
            }
            {
                char detail[64];
                snprintf(detail, sizeof detail, "invalid \\x escape at position %zu",
                         (size_t)(bs - body));
                error_at_lookahead(p, "(value error) %s", detail);
            }
            return false;
        default:
            mpy_strbuf_append_char(out, '\\');
            mpy_strbuf_append_char(out, ch);
            break;
        }
    }
    return true;
}

/* ------------------------------------------------------------ f-strings */

/* CPython's FstringParser: the literal text pending, and the values of the
 * JoinedStr built so far. */
typedef struct {
    MpyStrBuf last;
    bool has_last;
    bool fmode;
    AstVec values;
} FState;

typedef struct {
    MpyParser *p;
    AstLocation whole;      /* first to last string token */
    const MpyToken *first;  /* for the 'u' kind */
    const MpyToken *t;      /* the token being parsed */
    bool raw;
} FCtx;

static AstExpr *make_str(FCtx *c, MpyStrBuf *text, AstLocation loc)
{
    AstExpr *e = mpy_build_new_expr(c->p, AST_Constant_kind, loc);
    AstConstant *k = &e->v.Constant.value;
    k->kind = AST_CONST_STR;
    k->len = text->len;
    k->text = mpy_arena_strndup(c->p->arena, text->data ? text->data : "", text->len);
    if (c->first->start[0] == 'u')
        e->v.Constant.kind = "u";
    mpy_strbuf_free(text);
    return e;
}

static void fstate_add_text(FState *st, const char *s, size_t n)
{
    if (n == 0)
        return;
    mpy_strbuf_append(&st->last, s, n);
    st->has_last = true;
}

static void fstate_flush(FCtx *c, FState *st, AstLocation loc)
{
    if (st->has_last) {
        mpy_build_vec_push(c->p, &st->values, make_str(c, &st->last, loc));
        st->has_last = false;
    }
}

static bool fparse(FCtx *c, FState *st, const char **str, const char *end, int depth);

static bool fstring_error(FCtx *c, const char *msg)
{
    error_at_lookahead(c->p, "%s", msg);
    return false;
}

/* Reads literal text up to a replacement field; returns 1 when it stopped
 * at a doubled brace (the caller loops), 0 otherwise, -1 on error. */
static int find_literal(FCtx *c, FState *st, const char **str, const char *end, int depth)
{
    const char *s = *str, *start = s;
    int result = 0;
    while (s < end) {
        char ch = *s++;
        if (!c->raw && ch == '\\' && s < end) {
            ch = *s++;
            if (ch == 'N') {
                if (s < end && *s++ == '{') {
                    while (s < end && *s++ != '}') {
                    }
                }
                continue;
            }
        }
        if (ch == '{' || ch == '}') {
            if (depth == 0) {
                if (s < end && *s == ch) {
                    *str = s + 1;
                    result = 1;
                    goto done;
                }
                if (ch == '}') {
                    *str = s - 1;
                    fstring_error(c, "f-string: single '}' is not allowed");
                    return -1;
                }
            }
            s--;
            break;
        }
    }
    *str = s;
done:
    if (s > start) {
        if (c->raw) {
            fstate_add_text(st, start, (size_t)(s - start));
        } else {
            MpyStrBuf text = MPY_STRBUF_INIT;
            bool ok = decode_str(c->p, start, (size_t)(s - start), &text);
            if (ok)
                fstate_add_text(st, text.data ? text.data : "", text.len);
            mpy_strbuf_free(&text);
            if (!ok)
                return -1;
        }
    }
    return result;
}

/* Scans the expression of a replacement field as CPython's
 * fstring_find_expr does, stopping at !, :, = or } outside brackets. */
static bool scan_expr(FCtx *c, const char **str, const char *end)
{
    char quote = 0, parens[MPY_MAXLEVEL];
    int string_type = 0, nested = 0;
    for (; *str < end; (*str)++) {
        char ch = **str;
        if (ch == '\\')
            return fstring_error(c, "f-string expression part cannot include a backslash");
        if (quote) {
            if (ch == quote) {
                if (string_type == 3) {
                    if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
                        *str += 2;
                        quote = 0;
                    }
                } else {
                    quote = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
                string_type = 3;
                *str += 2;
            } else {
                string_type = 1;
            }
            quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (nested >= MPY_MAXLEVEL)
                return fstring_error(c, "f-string: too many nested parenthesis");
            parens[nested++] = ch;
        } else if (ch == '#') {
            return fstring_error(c, "f-string expression part cannot include '#'");
        } else if (nested == 0 && strchr("!:}=<>", ch)) {
            char next = *str + 1 < end ? (*str)[1] : 0;
            if (next == '=' && strchr("!=<>", ch)) {
                (*str)++;
                continue;
            }
            if (ch == '<' || ch == '>')
                continue;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            char msg[96];
            if (!nested) {
                snprintf(msg, sizeof msg, "f-string: unmatched '%c'", ch);
                return fstring_error(c, msg);
            }
            char open = parens[--nested];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') || (open == '{' && ch == '}'))) {
                snprintf(msg, sizeof msg,
                         "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", ch,
                         open);
                return fstring_error(c, msg);
            }
        }
    }
    if (quote)
        return fstring_error(c, "f-string: unterminated string");
    if (nested) {
        char msg[64];
        snprintf(msg, sizeof msg, "f-string: unmatched '%c'", parens[nested - 1]);
        return fstring_error(c, msg);
    }
    if (*str >= end)
        return fstring_error(c, "f-string: expecting '}'");
    return true;
}

static AstExpr *compile_expr(FCtx *c, const char *start, const char *stop)
{
    const char *s = start;
    while (s < stop && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f'))
        s++;
    if (s == stop) {
        if (*stop == '!' || *stop == ':' || *stop == '=') {
            char msg[64];
            snprintf(msg, sizeof msg, "f-string: expression required before '%c'", *stop);
            fstring_error(c, msg);
        } else {
            fstring_error(c, "f-string: empty expression not allowed");
        }
        return NULL;
    }
    return mpy_parse_fstring_expr(c->p, start, stop, c->t);
}

/* One replacement field, *str at its '{'. */
static bool find_expr(FCtx *c, FState *st, const char **str, const char *end, int depth)
{
    if (depth >= 2)
        return fstring_error(c, "f-string: expressions nested too deeply");
    (*str)++;
    const char *expr_start = *str;
    if (!scan_expr(c, str, end))
        return false;
    const char *expr_end = *str;
    AstExpr *value = compile_expr(c, expr_start, expr_end);
    if (!value)
        return false;
    bool debug = false;
    if (**str == '=') {
        (*str)++;
        while (*str < end && (**str == ' ' || **str == '\t' || **str == '\n' || **str == '\r' ||
                              **str == '\f' || **str == '\v'))
            (*str)++;
        if (*str >= end)
            return fstring_error(c, "f-string: expecting '}'");
        fstate_add_text(st, expr_start, (size_t)(*str - expr_start));
        debug = true;
    }
    int conversion = -1;
    if (**str == '!') {
        (*str)++;
        if (*str >= end)
            return fstring_error(c, "f-string: expecting '}'");
        conversion = (unsigned char)**str;
        (*str)++;
        if (conversion != 's' && conversion != 'r' && conversion != 'a')
            return fstring_error(c, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
    AstExpr *spec = NULL;
    if (*str < end && **str == ':') {
        (*str)++;
        if (*str >= end)
            return fstring_error(c, "f-string: expecting '}'");
        FState inner = {MPY_STRBUF_INIT, false, true, {0, 0, NULL}};
        if (!fparse(c, &inner, str, end, depth + 1)) {
            mpy_strbuf_free(&inner.last);
            return false;
        }
        /* CPython gives the spec and its last text the current token's span. */
        AstLocation tl = mpy_build_token_loc(c->t);
        fstate_flush(c, &inner, tl);
        spec = mpy_build_new_expr(c->p, AST_JoinedStr_kind, tl);
        spec->v.JoinedStr.values.size = inner.values.size;
        spec->v.JoinedStr.values.items = (AstExpr **)inner.values.items;
    }
    if (*str >= end || **str != '}')
        return fstring_error(c, "f-string: expecting '}'");
    (*str)++;
    if (debug && !spec && conversion == -1)
        conversion = 'r';
    fstate_flush(c, st, c->whole);
    AstExpr *fv = mpy_build_new_expr(c->p, AST_FormattedValue_kind, c->whole);
    fv->v.FormattedValue.value = value;
    fv->v.FormattedValue.conversion = conversion;
    fv->v.FormattedValue.format_spec = spec;
    mpy_build_vec_push(c->p, &st->values, fv);
    return true;
}

/* CPython's _PyPegen_FstringParser_ConcatFstring for the text [*str, end). */
static bool fparse(FCtx *c, FState *st, const char **str, const char *end, int depth)
{
    st->fmode = true;
    for (;;) {
        int r = find_literal(c, st, str, end, depth);
        if (r < 0)
            return false;
        if (r == 1)
            continue;
        if (*str >= end || **str == '}')
            break;
        if (!find_expr(c, st, str, end, depth))
            return false;
    }
    if (depth > 0 && (*str >= end || **str != '}'))
        return fstring_error(c, "f-string: expecting '}'");
    return true;
}

/* ------------------------------------------------------ concatenation */

static AstExpr *bytes_constant(MpyParser *p, MpyStrBuf *b, AstLocation loc)
{
    AstExpr *e = mpy_build_new_expr(p, AST_Constant_kind, loc);
    AstConstant *k = &e->v.Constant.value;
    k->kind = AST_CONST_BYTES;
    k->len = b->len;
    k->text = mpy_arena_strndup(p->arena, b->data ? b->data : "", b->len);
    return e;
}

static bool has_non_ascii(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80)
            return true;
    return false;
}

AstExpr *mpy_build_strings(MpyParser *p, MpyStrings *strings)
{
    MpyToken **toks = (MpyToken **)strings->tokens.items;
    ssize_t n = strings->tokens.size;
    AstLocation first = mpy_build_token_loc(toks[0]), last = mpy_build_token_loc(toks[n - 1]);
    FCtx c = {p, mpy_build_span(&first, &last), toks[0], NULL, false};
    FState st = {MPY_STRBUF_INIT, false, false, {0, 0, NULL}};
    MpyStrBuf bytes = MPY_STRBUF_INIT;
    bool bytesmode = false, ok = true;
    for (ssize_t i = 0; i < n && ok; i++) {
        StrToken s = split_token(toks[i]);
        if (s.bytes && has_non_ascii(s.body, s.len)) {
            AstLocation tl = mpy_build_token_loc(toks[i]);
            mpy_build_error_range(p, "SyntaxError", &tl, &tl, "bytes can only contain ASCII literal characters");
            ok = false;
            break;
        }
        if (i > 0 && s.bytes != bytesmode) {
            error_at_lookahead(p, "%s", "cannot mix bytes and nonbytes literals");
            ok = false;
            break;
        }
        bytesmode = s.bytes;
        c.t = toks[i];
        c.raw = s.raw;
        if (s.fstring) {
            const char *str = s.body;
            ok = fparse(&c, &st, &str, s.body + s.len, 0);
        } else if (s.bytes) {
            if (s.raw)
                mpy_strbuf_append(&bytes, s.body, s.len);
            else
                ok = decode_bytes(p, s.body, s.len, &bytes);
        } else if (s.raw) {
            fstate_add_text(&st, s.body, s.len);
        } else {
            MpyStrBuf text = MPY_STRBUF_INIT;
            ok = decode_str(p, s.body, s.len, &text);
            fstate_add_text(&st, text.data ? text.data : "", text.len);
            mpy_strbuf_free(&text);
        }
    }
    AstExpr *e;
    if (!ok) {
        e = mpy_build_new_expr(p, AST_Constant_kind, c.whole);
        e->v.Constant.value.kind = AST_CONST_NONE;
    } else if (bytesmode) {
        e = bytes_constant(p, &bytes, c.whole);
    } else if (!st.fmode) {
        st.has_last = true; /* "" is still a string */
        e = make_str(&c, &st.last, c.whole);
    } else {
        fstate_flush(&c, &st, c.whole);
        e = mpy_build_new_expr(p, AST_JoinedStr_kind, c.whole);
        e->v.JoinedStr.values.size = st.values.size;
        e->v.JoinedStr.values.items = (AstExpr **)st.values.items;
    }
    mpy_strbuf_free(&bytes);
    mpy_strbuf_free(&st.last);
    return e;
}
