/* The front end's entry point: source text to AST, or a syntax error as a
 * value. Lexing (tokenize.h) and the lemon parser are driven from here. */
#ifndef MPY_PARSE_H
#define MPY_PARSE_H
#include <stdbool.h>
#include <stdio.h>

#include "ast.h"

typedef enum {
    MPY_PARSE_FILE,   /* a module: ast.parse(src, mode='exec') */
    MPY_PARSE_SINGLE, /* one interactive statement (the REPL): mode='single' */
    MPY_PARSE_EVAL,   /* one expression: mode='eval' */
} MpyParseMode;

/* A syntax error as CPython reports it. Strings are malloc'd and owned by the
 * struct (mpy_syntax_error_clear frees them); offsets are 1-based columns as
 * CPython 3.11 puts in SyntaxError.offset: characters for the tokenizer's own
 * errors, bytes for the parser's and the compiler's (characters when the file
 * has a coding line). text is the line as CPython shows it (with its newline
 * when the error comes from the parser or the compiler). */
/* Where CPython takes a SyntaxError's text from. */
typedef enum {
    /* Parser errors: in file mode, the line of the file named when there is
     * one (compile(src, "real.py") shows real.py's line), else `text`. */
    MPY_TEXT_FILE_FIRST = 0,
    /* The tokenizer's own errors (CPython's syntaxerror()): `text`. */
    MPY_TEXT_OWN,
    /* Errors found after parsing, by the compiler, symtable or future check:
     * the line of the file named, or none. */
    MPY_TEXT_FILE_ONLY,
} MpySyntaxTextSource;

typedef struct {
    const char *kind;  /* "SyntaxError", "IndentationError" or "TabError"; NULL: no error */
    char *msg;
    char *filename;
    int lineno, offset;         /* offset 0: no caret */
    int end_lineno, end_offset; /* 0 when unknown */
    char *text;                 /* the offending source line (with its newline where CPython's
                                   report has one), or NULL */
    MpySyntaxTextSource text_source; /* where SyntaxError.text comes from */
    bool location_as_attributes; /* CPython's symtable and future errors: the location is
                                    set on the exception, its args hold only the message */
    bool incomplete;            /* MPY_PARSE_SINGLE only: input ended inside a statement
                                   (an open bracket, a continuation line, an unterminated
                                   triple-quoted string, or a block not yet closed by an
                                   empty line): the REPL should read another line */
} MpySyntaxError;

/* Parses `len` bytes of UTF-8 source (a BOM and a coding line are accepted).
 * Returns the tree, allocated in `arena`, or NULL with *err filled in. */
AstMod *mpy_parse(const char *source, size_t len, const char *filename, MpyParseMode mode,
                  MpyArena *arena, MpySyntaxError *err);

/* Fills *err (kind SyntaxError) for errors found after parsing (the symbol
 * table and compiler: "'return' outside function", ...); `source` gives the
 * line's text; col_offset is in UTF-8 bytes as in the AST. */
void mpy_syntax_error_set(MpySyntaxError *err, const char *source, size_t len,
                          const char *filename, const char *kind, const char *msg,
                          int lineno, int col_offset, int end_lineno, int end_col_offset);

/* Prints the report CPython prints for an uncaught SyntaxError:
 *   File "x.py", line 3
 *     x = = 1
 *         ^
 *   SyntaxError: invalid syntax                                          */
void mpy_syntax_error_print(const MpySyntaxError *err, FILE *out);
void mpy_syntax_error_clear(MpySyntaxError *err);

/* ast.dump() of the tree, as CPython 3.11 prints it, followed by a newline. */
void mpy_ast_dump(const AstMod *mod, FILE *out);
/* The same; with include_attributes, as ast.dump(..., include_attributes=True). */
void mpy_ast_dump_attrs(const AstMod *mod, FILE *out, bool include_attributes);

#endif
