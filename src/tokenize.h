/* The tokenizer: Python 3.11's token stream (NAME, NUMBER, STRING, operators,
 * NEWLINE, INDENT, DEDENT, ENDMARKER) over a UTF-8 buffer, with CPython's
 * tokenizer errors. Raw tokens come from the re2c lexer (lexer.h); this layer
 * owns lines, the indentation stack and bracket depth. */
#ifndef MPY_TOKENIZE_H
#define MPY_TOKENIZE_H
#include <stdbool.h>
#include <stddef.h>

#include "parse.h"

enum {
    MPY_MAXINDENT = 100, /* CPython's MAXINDENT: "too many levels of indentation" */
    MPY_MAXLEVEL = 200,  /* CPython's MAXLEVEL: "too many nested parentheses" */
};

/* A token returned by mpy_tokenizer_next when something went wrong; the
 * error is in the tokenizer's MpySyntaxError. */
#define MPY_TOK_ERROR (-1)

typedef struct {
    int kind;                 /* a TK_* code of the grammar (parser.h) */
    const char *start, *end;  /* the text, inside the tokenizer's buffer */
    int lineno, col_offset;   /* 1-based line, 0-based byte column */
    int end_lineno, end_col_offset;
} MpyToken;

typedef struct {
    const char *buf;          /* the source; buf[len] is a NUL sentinel */
    const char *end;
    const char *cur;
    const char *line_start;   /* start of the line being scanned */
    int lineno;
    int line_offset;          /* added to every line number (f-string parts) */
    int col_offset;           /* added to columns on the first line (f-string parts) */
    bool atbol;               /* at the beginning of a line: indentation next */
    bool blankline_done;
    bool interactive;         /* MPY_PARSE_SINGLE: blank lines end a statement */
    bool input_complete;      /* interactive: an empty line closed the open blocks */
    int pendin;               /* pending INDENT (> 0) or DEDENT (< 0) tokens */
    int indent;
    int indstack[MPY_MAXINDENT + 1];
    int altindstack[MPY_MAXINDENT + 1]; /* columns with tabs as 1: detects TabError */
    int level;                /* bracket depth */
    char parenstack[MPY_MAXLEVEL];
    int parenlineno[MPY_MAXLEVEL];
    int parencol[MPY_MAXLEVEL];
    int last_kind;            /* the previous token's kind, 0 at the start */
    bool done;                /* ENDMARKER was returned */
    /* Errors. `hard` ones are those CPython raises from the tokenizer itself:
     * they win over a parser error found earlier in the file. Soft ones
     * (indentation, EOF) count only where the parser reaches them. */
    MpySyntaxError *err;
    bool err_hard;
    bool err_eof;             /* the soft error is CPython's E_EOF */
} MpyTokenizer;

/* Sets up tokenizing of buf[0..len); buf[len] must be NUL and the text must
 * end with a newline (mpy_source_prepare in parse.c ensures both). */
void mpy_tokenizer_init(MpyTokenizer *t, const char *buf, size_t len, MpySyntaxError *err);
/* The next token's kind (also stored in *tok), or MPY_TOK_ERROR. */
int mpy_tokenizer_next(MpyTokenizer *t, MpyToken *tok);

/* Fills *err from a 1-based character offset on line `lineno` of the buffer;
 * false (and *err untouched) when an earlier error stands. */
bool mpy_tokenizer_error_at(MpyTokenizer *t, const char *kind, int lineno, int offset,
                            int end_lineno, int end_offset, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));
/* The text of line `lineno` (1-based) in buf: start and length without newline. */
const char *mpy_tokenizer_line(const char *buf, const char *end, int lineno, size_t *len);

#endif
