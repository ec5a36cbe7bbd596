/* Diagnosis of a parse that lemon could not continue: which of CPython
 * 3.11's syntax errors (its invalid_* rules, "expected ':'", indentation
 * errors, "invalid syntax") the tokens around the failure call for. */
#ifndef MPY_PARSE_ERRORS_H
#define MPY_PARSE_ERRORS_H
#include <stddef.h>

#include "ast_build.h"

/* The tokens of one logical line; `fail` indexes the token lemon refused. */
typedef struct {
    MpyToken *toks;
    size_t len, cap;
    size_t fail;
    size_t cur_start; /* where the current logical line starts; the previous
                         line (for "expected an indented block") precedes it */
    int hdr_kind[MPY_MAXINDENT + 1]; /* first token of each open block's header */
    int hdr_depth;
    int closed_kind;  /* the header of the block the last DEDENT closed */
    size_t seen;      /* the furthest token the diagnosis looked at */
} MpyTokenLine;

void mpy_token_line_push(MpyTokenLine *l, const MpyToken *t);
/* Called after a NEWLINE: forgets all but the line that just ended. */
void mpy_token_line_boundary(MpyTokenLine *l);
void mpy_token_line_free(MpyTokenLine *l);

/* Records in p->err the error CPython reports for a failure at
 * line->toks[line->fail] (p->error_token). Returns false for the errors
 * CPython reports without looking for tokenizer errors further on
 * (unexpected indent and unindent). */
bool mpy_parse_diagnose(MpyParser *p, MpyTokenLine *line, MpyTokenizer *t);

#endif
