/* Unit tests of the tokenizer (src/tokenize.c and grammar/lexer.re): every
 * token kind, line structure, strings, numbers and each tokenizer error with
 * CPython 3.11's message and position. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser.h"
#include "tokenize.h"

enum { MAXTOK = 2048 };

typedef struct {
    int kinds[MAXTOK];
    char texts[MAXTOK][64];
    MpyToken toks[MAXTOK];
    int n;
    MpySyntaxError err;
} Result;

/* Tokenizes src (a newline is added when missing, as mpy_parse does). */
static Result *lex(const char *src)
{
    static Result r;
    mpy_syntax_error_clear(&r.err);
    memset(&r, 0, sizeof r);
    size_t len = strlen(src);
    char *buf = malloc(len + 2);
    memcpy(buf, src, len);
    if (len && src[len - 1] != '\n')
        buf[len++] = '\n';
    buf[len] = '\0';
    MpyTokenizer t;
    mpy_tokenizer_init(&t, buf, len, &r.err);
    for (r.n = 0; r.n < MAXTOK; r.n++) {
        MpyToken tok;
        int kind = mpy_tokenizer_next(&t, &tok);
        r.kinds[r.n] = kind;
        if (kind == MPY_TOK_ERROR)
            break;
        r.toks[r.n] = tok;
        size_t n = (size_t)(tok.end - tok.start);
        snprintf(r.texts[r.n], sizeof r.texts[0], "%.*s", (int)(n < 63 ? n : 63), tok.start);
        if (kind == TK_ENDMARKER) {
            r.n++;
            break;
        }
    }
    free(buf);
    return &r;
}

/* Checks the kinds of the tokens, ending with ENDMARKER. */
static void expect_kinds(const char *src, const int *kinds, int n)
{
    Result *r = lex(src);
    cr_assert_null(r->err.kind, "unexpected error for %s: %s", src, r->err.msg);
    cr_assert_eq(r->n, n, "%s: %d tokens, expected %d", src, r->n, n);
    for (int i = 0; i < n; i++)
        cr_assert_eq(r->kinds[i], kinds[i], "%s: token %d is %d, expected %d", src, i, r->kinds[i], kinds[i]);
}

#define KINDS(src, ...)                                                                            \
    do {                                                                                           \
        const int k_[] = {__VA_ARGS__};                                                            \
        expect_kinds(src, k_, (int)(sizeof k_ / sizeof k_[0]));                                    \
    } while (0)

/* Checks a tokenizer error: kind, message, line and 1-based offset. */
static void expect_error(const char *src, const char *kind, const char *msg, int lineno, int offset)
{
    Result *r = lex(src);
    cr_assert_not_null(r->err.kind, "no error for %s", src);
    cr_assert_str_eq(r->err.kind, kind, "%s", src);
    cr_assert_str_eq(r->err.msg, msg, "%s", src);
    cr_assert_eq(r->err.lineno, lineno, "%s: line %d, expected %d", src, r->err.lineno, lineno);
    cr_assert_eq(r->err.offset, offset, "%s: offset %d, expected %d", src, r->err.offset, offset);
}

/* ------------------------------------------------------------ tokens */

Test(tokenize, operators)
{
    static const struct { const char *text; int kind; } ops[] = {
        {"+", TK_PLUS}, {"-", TK_MINUS}, {"*", TK_STAR}, {"**", TK_DOUBLESTAR}, {"/", TK_SLASH},
        {"//", TK_DOUBLESLASH}, {"%", TK_PERCENT}, {"@", TK_AT}, {"<<", TK_LEFTSHIFT},
        {">>", TK_RIGHTSHIFT}, {"&", TK_AMPER}, {"|", TK_VBAR}, {"^", TK_CIRCUMFLEX}, {"~", TK_TILDE},
        {":=", TK_COLONEQUAL}, {"<", TK_LESS}, {">", TK_GREATER}, {"<=", TK_LESSEQUAL},
        {">=", TK_GREATEREQUAL}, {"==", TK_EQEQUAL}, {"!=", TK_NOTEQUAL}, {",", TK_COMMA},
        {":", TK_COLON}, {".", TK_DOT}, {";", TK_SEMI}, {"=", TK_EQUAL}, {"->", TK_RARROW},
        {"+=", TK_PLUSEQUAL}, {"-=", TK_MINEQUAL}, {"*=", TK_STAREQUAL}, {"/=", TK_SLASHEQUAL},
        {"//=", TK_DOUBLESLASHEQUAL}, {"%=", TK_PERCENTEQUAL}, {"@=", TK_ATEQUAL},
        {"&=", TK_AMPEREQUAL}, {"|=", TK_VBAREQUAL}, {"^=", TK_CIRCUMFLEXEQUAL},
        {">>=", TK_RIGHTSHIFTEQUAL}, {"<<=", TK_LEFTSHIFTEQUAL}, {"**=", TK_DOUBLESTAREQUAL},
        {"...", TK_ELLIPSIS}, {"<>", TK_ERRORTOKEN}, {"$", TK_ERRORTOKEN}, {"?", TK_ERRORTOKEN},
        {"!", TK_ERRORTOKEN},
    };
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        Result *r = lex(ops[i].text);
        cr_assert_eq(r->kinds[0], ops[i].kind, "%s", ops[i].text);
        cr_assert_str_eq(r->texts[0], ops[i].text);
        cr_assert_eq(r->kinds[1], TK_NEWLINE);
    }
}

Test(tokenize, brackets)
{
    KINDS("([{}])", TK_LPAR, TK_LSQB, TK_LBRACE, TK_RBRACE, TK_RSQB, TK_RPAR, TK_NEWLINE, TK_ENDMARKER);
}

Test(tokenize, keywords_and_names)
{
    static const struct { const char *text; int kind; } kws[] = {
        {"False", TK_FALSE}, {"None", TK_NONE}, {"True", TK_TRUE}, {"and", TK_AND}, {"as", TK_AS},
        {"assert", TK_ASSERT}, {"async", TK_ASYNC}, {"await", TK_AWAIT}, {"break", TK_BREAK},
        {"class", TK_CLASS}, {"continue", TK_CONTINUE}, {"def", TK_DEF}, {"del", TK_DEL},
        {"elif", TK_ELIF}, {"else", TK_ELSE}, {"except", TK_EXCEPT}, {"finally", TK_FINALLY},
        {"for", TK_FOR}, {"from", TK_FROM}, {"global", TK_GLOBAL}, {"if", TK_IF}, {"import", TK_IMPORT},
        {"in", TK_IN}, {"is", TK_IS}, {"lambda", TK_LAMBDA}, {"nonlocal", TK_NONLOCAL}, {"not", TK_NOT},
        {"or", TK_OR}, {"pass", TK_PASS}, {"raise", TK_RAISE}, {"return", TK_RETURN}, {"try", TK_TRY},
        {"while", TK_WHILE}, {"with", TK_WITH}, {"yield", TK_YIELD},
        {"match", TK_NAME}, {"case", TK_NAME}, {"_", TK_NAME}, {"iffy", TK_NAME}, {"Nonesuch", TK_NAME},
        {"_private", TK_NAME}, {"x1", TK_NAME}, {"café", TK_NAME}, {"変数", TK_NAME}, {"π", TK_NAME},
    };
    for (size_t i = 0; i < sizeof kws / sizeof kws[0]; i++) {
        Result *r = lex(kws[i].text);
        cr_assert_null(r->err.kind, "%s", kws[i].text);
        cr_assert_eq(r->kinds[0], kws[i].kind, "%s", kws[i].text);
        cr_assert_str_eq(r->texts[0], kws[i].text);
    }
}

Test(tokenize, numbers)
{
    const char *valid[] = {"0", "00", "0_0", "7", "1_000", "0x1F", "0XfF", "0x_1", "0o17", "0O_7", "0b1",
                           "0B1_0", "1.0", "1.", ".5", "1e5", "1E-5", "1.5e+10", "1_0.0_1e1_0", "1j", "1.5J",
                           ".5j", "1e5j", "0123.5", "0123e1", "09j", "123456789012345678901234567890"};
    for (size_t i = 0; i < sizeof valid / sizeof valid[0]; i++) {
        Result *r = lex(valid[i]);
        cr_assert_null(r->err.kind, "%s: %s", valid[i], r->err.msg);
        cr_assert_eq(r->kinds[0], TK_NUMBER, "%s", valid[i]);
        cr_assert_str_eq(r->texts[0], valid[i]);
        cr_assert_eq(r->kinds[1], TK_NEWLINE, "%s", valid[i]);
    }
}

Test(tokenize, number_glued_to_keyword)
{
    /* CPython accepts these (with a warning): the number ends at the keyword. */
    KINDS("1if x else 2", TK_NUMBER, TK_IF, TK_NAME, TK_ELSE, TK_NUMBER, TK_NEWLINE, TK_ENDMARKER);
    KINDS("0x1for", TK_NUMBER, TK_OR, TK_NEWLINE, TK_ENDMARKER);
    KINDS("1else", TK_NUMBER, TK_ELSE, TK_NEWLINE, TK_ENDMARKER);
    KINDS("1 .real", TK_NUMBER, TK_DOT, TK_NAME, TK_NEWLINE, TK_ENDMARKER);
}

Test(tokenize, strings)
{
    const char *valid[] = {"'a'", "\"a\"", "'''a\nb'''", "\"\"\"a\"b\"\"\"", "r'\\d'", "R'x'", "b'x'", "B'x'",
                           "u'x'", "U'x'", "f'x'", "F'x'", "rb'x'", "Rb'x'", "bR'x'", "BR'x'", "br'x'",
                           "fr'x'", "rf'x'", "Fr'x'", "rF'x'", "'it\\'s'", "'a\\\nb'", "''", "''''''"};
    for (size_t i = 0; i < sizeof valid / sizeof valid[0]; i++) {
        Result *r = lex(valid[i]);
        cr_assert_null(r->err.kind, "%s: %s", valid[i], r->err.msg);
        cr_assert_eq(r->kinds[0], TK_STRING, "%s", valid[i]);
        cr_assert_str_eq(r->texts[0], valid[i]);
    }
    /* Not prefixes: a name, then a string. */
    KINDS("ub'x'", TK_NAME, TK_STRING, TK_NEWLINE, TK_ENDMARKER);
    KINDS("bu'x'", TK_NAME, TK_STRING, TK_NEWLINE, TK_ENDMARKER);
}

Test(tokenize, string_positions)
{
    Result *r = lex("x = '''a\nbc''' + 1");
    MpyToken *s = &r->toks[2];
    cr_assert_eq(s->kind, TK_STRING);
    cr_assert_eq(s->lineno, 1);
    cr_assert_eq(s->col_offset, 4);
    cr_assert_eq(s->end_lineno, 2);
    cr_assert_eq(s->end_col_offset, 5);
    cr_assert_eq(r->toks[3].lineno, 2);
    cr_assert_eq(r->toks[3].col_offset, 6);
}

Test(tokenize, comments)
{
    KINDS("x # comment", TK_NAME, TK_NEWLINE, TK_ENDMARKER);
    KINDS("# only\n", TK_ENDMARKER);
    KINDS("x = '#not a comment'", TK_NAME, TK_EQUAL, TK_STRING, TK_NEWLINE, TK_ENDMARKER);
}

/* ---------------------------------------------------- line structure */

Test(tokenize, indentation)
{
    KINDS("if x:\n    y\n    z\nw\n", TK_IF, TK_NAME, TK_COLON, TK_NEWLINE, TK_INDENT, TK_NAME, TK_NEWLINE,
          TK_NAME, TK_NEWLINE, TK_DEDENT, TK_NAME, TK_NEWLINE, TK_ENDMARKER);
    KINDS("if a:\n  if b:\n    c\n", TK_IF, TK_NAME, TK_COLON, TK_NEWLINE, TK_INDENT, TK_IF, TK_NAME,
          TK_COLON, TK_NEWLINE, TK_INDENT, TK_NAME, TK_NEWLINE, TK_DEDENT, TK_DEDENT, TK_ENDMARKER);
}

Test(tokenize, blank_and_comment_lines)
{
    KINDS("if x:\n\n    # c\n  \n    y\n", TK_IF, TK_NAME, TK_COLON, TK_NEWLINE, TK_INDENT, TK_NAME,
          TK_NEWLINE, TK_DEDENT, TK_ENDMARKER);
}

Test(tokenize, tabs_to_multiples_of_eight)
{
    /* a tab and eight spaces are the same column when used consistently */
    KINDS("if x:\n\ty\n\tz\n", TK_IF, TK_NAME, TK_COLON, TK_NEWLINE, TK_INDENT, TK_NAME, TK_NEWLINE, TK_NAME,
          TK_NEWLINE, TK_DEDENT, TK_ENDMARKER);
}

Test(tokenize, implicit_joining)
{
    KINDS("x = (1,\n  2)\n", TK_NAME, TK_EQUAL, TK_LPAR, TK_NUMBER, TK_COMMA, TK_NUMBER, TK_RPAR, TK_NEWLINE,
          TK_ENDMARKER);
}

Test(tokenize, backslash_continuation)
{
    KINDS("x = 1 + \\\n    2\n", TK_NAME, TK_EQUAL, TK_NUMBER, TK_PLUS, TK_NUMBER, TK_NEWLINE, TK_ENDMARKER);
}

Test(tokenize, missing_final_newline)
{
    KINDS("x", TK_NAME, TK_NEWLINE, TK_ENDMARKER);
    KINDS("", TK_ENDMARKER);
}

Test(tokenize, newline_is_zero_width)
{
    Result *r = lex("ab\n");
    cr_assert_eq(r->toks[1].kind, TK_NEWLINE);
    cr_assert_eq(r->toks[1].col_offset, 2);
    cr_assert_eq(r->toks[1].end_col_offset, 2);
}

/* ----------------------------------------------------------- errors */

Test(tokenize, string_errors)
{
    expect_error("x = 'abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5);
    expect_error("x = f'abc\ny", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5);
    expect_error("x = 'a\\\nb", "SyntaxError", "unterminated string literal (detected at line 2)", 1, 5);
    expect_error("x = '''abc\n\ndef", "SyntaxError",
                 "unterminated triple-quoted string literal (detected at line 3)", 1, 5);
    expect_error("x = \"\"\"abc\n", "SyntaxError",
                 "unterminated triple-quoted string literal (detected at line 1)", 1, 5);
}

Test(tokenize, number_errors)
{
    expect_error("x = 1abc", "SyntaxError", "invalid decimal literal", 1, 5);
    expect_error("x = 1_", "SyntaxError", "invalid decimal literal", 1, 6);
    expect_error("x = 1__0", "SyntaxError", "invalid decimal literal", 1, 6);
    expect_error("x = 1e+", "SyntaxError", "invalid decimal literal", 1, 7);
    expect_error("x = 1.5_", "SyntaxError", "invalid decimal literal", 1, 8);
    expect_error("x = 0xg", "SyntaxError", "invalid hexadecimal literal", 1, 6);
    expect_error("x = 0x1g", "SyntaxError", "invalid hexadecimal literal", 1, 7);
    expect_error("x = 0o8", "SyntaxError", "invalid digit '8' in octal literal", 1, 7);
    expect_error("x = 0o", "SyntaxError", "invalid octal literal", 1, 6);
    expect_error("x = 0b12", "SyntaxError", "invalid digit '2' in binary literal", 1, 8);
    expect_error("x = 0b1_", "SyntaxError", "invalid binary literal", 1, 8);
    expect_error("x = 1jx", "SyntaxError", "invalid imaginary literal", 1, 6);
    expect_error("x = 0123", "SyntaxError",
                 "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
                 "integers",
                 1, 5);
}

Test(tokenize, character_errors)
{
    expect_error("x = a\xe2\x82\xac", "SyntaxError", "invalid character '\xe2\x82\xac' (U+20AC)", 1, 6);
    expect_error("x = \xe2\x82\xac", "SyntaxError", "invalid character '\xe2\x82\xac' (U+20AC)", 1, 5);
    expect_error("x = a\xc2\xa0" "b", "SyntaxError", "invalid non-printable character U+00A0", 1, 6);
    expect_error("x = \x01", "SyntaxError", "invalid non-printable character U+0001", 1, 5);
    expect_error("x = 1 \\ 2", "SyntaxError", "unexpected character after line continuation character", 1, 8);
}

Test(tokenize, bracket_errors)
{
    expect_error("x = )", "SyntaxError", "unmatched ')'", 1, 5);
    expect_error("x = (]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('",
                 1, 6);
    expect_error("x = [1,\n2)", "SyntaxError",
                 "closing parenthesis ')' does not match opening parenthesis '[' on line 1", 2, 2);
    expect_error("x = (1,\n", "SyntaxError", "'(' was never closed", 1, 5);
    char deep[512];
    memset(deep, '(', 250);
    deep[250] = '\0';
    expect_error(deep, "SyntaxError", "too many nested parentheses", 1, 201);
}

Test(tokenize, indentation_errors)
{
    expect_error("if x:\n    y\n  z\n", "IndentationError",
                 "unindent does not match any outer indentation level", 3, 4);
    expect_error("if x:\n\ty\n        z\n", "TabError", "inconsistent use of tabs and spaces in indentation",
                 3, 1);
    expect_error("x = 1 + \\\n", "SyntaxError", "unexpected EOF while parsing", 1, 10);
}

Test(tokenize, too_deep_indentation)
{
    char src[20000];
    size_t n = 0;
    for (int i = 0; i < 101; i++) {
        for (int k = 0; k < i; k++)
            src[n++] = ' ';
        n += (size_t)sprintf(src + n, "if x:\n");
    }
    src[n] = '\0';
    strcat(src, "                                                                              "
                "                                             pass\n");
    expect_error(src, "IndentationError", "too many levels of indentation", 101, 1);
}
