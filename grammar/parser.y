/* Python 3.11's grammar for lemon (LALR(1)). Rules follow CPython's
 * Grammar/python.gram in shape; where PEG lookahead cannot be expressed here
 * the grammar is more permissive (assignment targets, keyword arguments,
 * parameter lists are parsed as expressions or flat lists) and the AST
 * builders (src/ast_build.c) apply CPython's checks and messages.
 * Every action is one call into ast_build.h. */

%name mpy_lemon
%token_prefix TK_
%token_type {MpyToken}
%extra_argument {MpyParser *p}
%stack_size 0
%start_symbol start

%include {
#include <assert.h>
#include <stdlib.h>
#include "ast_build.h"
/* lemon grows its stack with malloc and realloc; these bound it, so that
 * absurd nesting ends in %stack_overflow (CPython: MemoryError). */
void *mpy_parser_stack_alloc(void *old, size_t size);
#define malloc(size) mpy_parser_stack_alloc(NULL, (size))
#define realloc(old, size) mpy_parser_stack_alloc((old), (size))
}

%syntax_error { mpy_parser_syntax_error(p, &yyminor); }
%stack_overflow { mpy_parser_overflow(p); }

/* The first token says what to parse (lemon has a single start symbol). */
%token FILE_MODE EVAL_MODE SINGLE_MODE FSTRING_MODE.
%token ENDMARKER NAME NUMBER STRING NEWLINE INDENT DEDENT.
%token LPAR RPAR LSQB RSQB LBRACE RBRACE COLON COMMA SEMI PLUS MINUS STAR SLASH
       VBAR AMPER LESS GREATER EQUAL DOT PERCENT EQEQUAL NOTEQUAL LESSEQUAL
       GREATEREQUAL TILDE CIRCUMFLEX LEFTSHIFT RIGHTSHIFT DOUBLESTAR PLUSEQUAL
       MINEQUAL STAREQUAL SLASHEQUAL PERCENTEQUAL AMPEREQUAL VBAREQUAL
       CIRCUMFLEXEQUAL LEFTSHIFTEQUAL RIGHTSHIFTEQUAL DOUBLESTAREQUAL DOUBLESLASH
       DOUBLESLASHEQUAL AT ATEQUAL RARROW ELLIPSIS COLONEQUAL.
%token FALSE NONE TRUE AND AS ASSERT ASYNC AWAIT BREAK CLASS CONTINUE DEF DEL ELIF
       ELSE EXCEPT FINALLY FOR FROM GLOBAL IF IMPORT IN IS LAMBDA NONLOCAL NOT OR
       PASS RAISE RETURN TRY WHILE WITH YIELD.
/* ERRORTOKEN: a character no rule accepts ($, ?, !, `, <>). WITH_LPAR: the
 * driver's name for the '(' of parenthesized with-items (3.10+). */
%token ERRORTOKEN WITH_LPAR.

%type stmts {AstVec *}
%type statement {AstVec *}
%type simple_stmts {AstVec *}
%type simple_list {AstVec *}
%type block {AstVec *}
%type simple_stmt {AstStmt *}
%type compound_stmt {AstStmt *}
%type funcdef {AstStmt *}
%type classdef {AstStmt *}
%type if_stmt {AstStmt *}
%type elif_chain {AstVec *}
%type try_stmt {AstStmt *}
%type handlers {AstVec *}
%type handler {MpyHandler *}
%type try_else {AstVec *}
%type try_finally {AstVec *}
%type with_items {AstVec *}
%type with_item {AstWithItem *}
%type decorators {AstVec *}
%type decorator {AstExpr *}
%type assign_chain {MpyExprList *}
%type augassign {int}
%type import_stmt {AstStmt *}
%type dotted_as_names {AstVec *}
%type dotted_as_name {AstAlias *}
%type dotted_name {MpyDotted *}
%type from_module {MpyDotted *}
%type dots {MpyDotted *}
%type import_targets {MpyImportTargets *}
%type import_as_names {AstVec *}
%type import_as_name {AstAlias *}
%type name_list {MpyNames *}
%type params {MpyParams *}
%type param_list {MpyParams *}
%type param {MpyParam *}
%type lparams {MpyParams *}
%type lparam_list {MpyParams *}
%type lparam {MpyParam *}
%type ret_opt {AstExpr *}

%type star_exprs_or_yield {AstExpr *}
%type star_exprs {AstExpr *}
%type star_expr_list {MpyExprList *}
%type star_expr {AstExpr *}
%type star_named_list {MpyExprList *}
%type star_named {AstExpr *}
%type namedexpr {AstExpr *}
%type yield_expr {AstExpr *}
%type expression {AstExpr *}
%type lambdef {AstExpr *}
%type disjunction {AstExpr *}
%type or_chain {MpyExprList *}
%type conjunction {AstExpr *}
%type and_chain {MpyExprList *}
%type inversion {AstExpr *}
%type comparison {AstExpr *}
%type compare_chain {MpyCompare *}
%type comp_op {int}
%type bitwise_or {AstExpr *}
%type bitwise_xor {AstExpr *}
%type bitwise_and {AstExpr *}
%type shift_expr {AstExpr *}
%type sum {AstExpr *}
%type term {AstExpr *}
%type factor {AstExpr *}
%type power {AstExpr *}
%type primary {AstExpr *}
%type atom {AstExpr *}
%type strings {MpyStrings *}
%type arglist {MpyArgs *}
%type argument {MpyArg *}
%type slices {AstExpr *}
%type slice_seq {MpyExprList *}
%type slice_item {AstExpr *}
%type slice {AstExpr *}
%type slice_opt {AstExpr *}
%type comp_for {AstVec *}
%type for_targets {AstExpr *}
%type target_list {MpyExprList *}
%type target_item {AstExpr *}
%type dict_list {MpyDictItems *}
%type dict_item {MpyDictItem *}

/* ------------------------------------------------------------ entry points */

start ::= FILE_MODE file_input.
start ::= EVAL_MODE eval_input.
start ::= SINGLE_MODE single_input.
start ::= FSTRING_MODE fstring_input.

file_input ::= stmts(S) ENDMARKER.                  { mpy_build_module(p, S); }
file_input ::= ENDMARKER.                           { mpy_build_module(p, NULL); }

eval_input ::= star_exprs(E) eval_newlines ENDMARKER. { mpy_build_expression(p, E); }
eval_newlines ::= .
eval_newlines ::= eval_newlines NEWLINE.

single_input ::= NEWLINE ENDMARKER.                  { mpy_build_interactive(p, NULL); }
single_input ::= simple_stmts(S) ENDMARKER.          { mpy_build_interactive(p, S); }
single_input ::= compound_stmt(S) NEWLINE ENDMARKER. { mpy_build_interactive(p, mpy_build_vec_one(p, S)); }
single_input ::= compound_stmt(S) ENDMARKER.         { mpy_build_interactive(p, mpy_build_vec_one(p, S)); }

fstring_input ::= star_exprs(E) NEWLINE ENDMARKER.   { mpy_build_fstring_result(p, E); }

/* ------------------------------------------------------------ statements */

stmts(A) ::= statement(B).                          { A = B; }
stmts(A) ::= stmts(B) statement(C).                 { A = mpy_build_vec_extend(p, B, C); }
statement(A) ::= compound_stmt(B).                  { A = mpy_build_vec_one(p, B); }
statement(A) ::= simple_stmts(B).                   { A = B; }
simple_stmts(A) ::= simple_list(B) NEWLINE.         { A = B; }
simple_stmts(A) ::= simple_list(B) SEMI(S) NEWLINE. { A = mpy_build_vec_semi(p, B, &S); }
simple_list(A) ::= simple_stmt(B).                  { A = mpy_build_vec_one(p, B); }
simple_list(A) ::= simple_list(B) SEMI simple_stmt(C). { A = mpy_build_vec_push(p, B, C); }

block(A) ::= NEWLINE INDENT stmts(B) DEDENT.        { A = B; }
block(A) ::= simple_stmts(B).                       { A = B; }

simple_stmt(A) ::= star_exprs_or_yield(E).          { A = mpy_build_expr_stmt(p, E); }
simple_stmt(A) ::= assign_chain(C).                 { A = mpy_build_assign(p, C); }
simple_stmt(A) ::= star_exprs(T) augassign(O) star_exprs_or_yield(V).
                                                    { A = mpy_build_augassign(p, T, O, V); }
simple_stmt(A) ::= star_exprs(T) COLON expression(N).
                                                    { A = mpy_build_annassign(p, T, N, NULL); }
simple_stmt(A) ::= star_exprs(T) COLON expression(N) EQUAL star_exprs_or_yield(V).
                                                    { A = mpy_build_annassign(p, T, N, V); }
simple_stmt(A) ::= PASS(T).                         { A = mpy_build_keyword_stmt(p, AST_Pass_kind, &T); }
simple_stmt(A) ::= BREAK(T).                        { A = mpy_build_keyword_stmt(p, AST_Break_kind, &T); }
simple_stmt(A) ::= CONTINUE(T).                     { A = mpy_build_keyword_stmt(p, AST_Continue_kind, &T); }
simple_stmt(A) ::= RETURN(T).                       { A = mpy_build_return(p, &T, NULL); }
simple_stmt(A) ::= RETURN(T) star_exprs(E).         { A = mpy_build_return(p, &T, E); }
simple_stmt(A) ::= RAISE(T).                        { A = mpy_build_raise(p, &T, NULL, NULL); }
simple_stmt(A) ::= RAISE(T) expression(E).          { A = mpy_build_raise(p, &T, E, NULL); }
simple_stmt(A) ::= RAISE(T) expression(E) FROM expression(C). { A = mpy_build_raise(p, &T, E, C); }
simple_stmt(A) ::= GLOBAL(T) name_list(L).          { A = mpy_build_global(p, &T, L, AST_Global_kind); }
simple_stmt(A) ::= NONLOCAL(T) name_list(L).        { A = mpy_build_global(p, &T, L, AST_Nonlocal_kind); }
simple_stmt(A) ::= DEL(T) star_expr_list(L).        { A = mpy_build_delete(p, &T, L, NULL); }
simple_stmt(A) ::= DEL(T) star_expr_list(L) COMMA(C). { A = mpy_build_delete(p, &T, L, &C); }
simple_stmt(A) ::= ASSERT(T) expression(E).         { A = mpy_build_assert(p, &T, E, NULL); }
simple_stmt(A) ::= ASSERT(T) expression(E) COMMA expression(M). { A = mpy_build_assert(p, &T, E, M); }
simple_stmt(A) ::= import_stmt(B).                  { A = B; }

assign_chain(A) ::= star_exprs_or_yield(T) EQUAL star_exprs_or_yield(V). { A = mpy_build_exprs_two(p, T, V); }
assign_chain(A) ::= assign_chain(B) EQUAL star_exprs_or_yield(V).        { A = mpy_build_exprs_push(p, B, V); }

augassign(O) ::= PLUSEQUAL.        { O = AST_Add; }
augassign(O) ::= MINEQUAL.         { O = AST_Sub; }
augassign(O) ::= STAREQUAL.        { O = AST_Mult; }
augassign(O) ::= ATEQUAL.          { O = AST_MatMult; }
augassign(O) ::= SLASHEQUAL.       { O = AST_Div; }
augassign(O) ::= PERCENTEQUAL.     { O = AST_Mod; }
augassign(O) ::= AMPEREQUAL.       { O = AST_BitAnd; }
augassign(O) ::= VBAREQUAL.        { O = AST_BitOr; }
augassign(O) ::= CIRCUMFLEXEQUAL.  { O = AST_BitXor; }
augassign(O) ::= LEFTSHIFTEQUAL.   { O = AST_LShift; }
augassign(O) ::= RIGHTSHIFTEQUAL.  { O = AST_RShift; }
augassign(O) ::= DOUBLESTAREQUAL.  { O = AST_Pow; }
augassign(O) ::= DOUBLESLASHEQUAL. { O = AST_FloorDiv; }

name_list(A) ::= NAME(N).                           { A = mpy_build_names_push(p, NULL, &N); }
name_list(A) ::= name_list(B) COMMA NAME(N).        { A = mpy_build_names_push(p, B, &N); }

/* ---------------------------------------------------------------- imports */

import_stmt(A) ::= IMPORT(T) dotted_as_names(L).    { A = mpy_build_import(p, &T, L); }
import_stmt(A) ::= FROM(T) from_module(M) IMPORT import_targets(L).
                                                    { A = mpy_build_import_from(p, &T, M, L); }
dotted_as_names(A) ::= dotted_as_name(B).           { A = mpy_build_vec_one(p, B); }
dotted_as_names(A) ::= dotted_as_names(B) COMMA dotted_as_name(C). { A = mpy_build_vec_push(p, B, C); }
dotted_as_name(A) ::= dotted_name(D).               { A = mpy_build_alias(p, D, NULL); }
dotted_as_name(A) ::= dotted_name(D) AS NAME(N).    { A = mpy_build_alias(p, D, &N); }
dotted_name(A) ::= NAME(N).                         { A = mpy_build_dotted_push(p, NULL, &N); }
dotted_name(A) ::= dotted_name(B) DOT NAME(N).      { A = mpy_build_dotted_push(p, B, &N); }
from_module(A) ::= dotted_name(D).                  { A = D; }
from_module(A) ::= dots(D).                         { A = D; }
from_module(A) ::= dots(D) dotted_name(N).          { A = mpy_build_dotted_relative(p, D, N); }
dots(A) ::= DOT(T).                                 { A = mpy_build_dots_push(p, NULL, &T); }
dots(A) ::= ELLIPSIS(T).                            { A = mpy_build_dots_push(p, NULL, &T); }
dots(A) ::= dots(B) DOT(T).                         { A = mpy_build_dots_push(p, B, &T); }
dots(A) ::= dots(B) ELLIPSIS(T).                    { A = mpy_build_dots_push(p, B, &T); }
import_targets(A) ::= STAR(T).                      { A = mpy_build_import_star(p, &T); }
import_targets(A) ::= import_as_names(L).           { A = mpy_build_import_targets(p, L, NULL, NULL); }
import_targets(A) ::= import_as_names(L) COMMA(C).  { A = mpy_build_import_targets(p, L, NULL, &C); }
import_targets(A) ::= LPAR import_as_names(L) RPAR(R).        { A = mpy_build_import_targets(p, L, &R, NULL); }
import_targets(A) ::= LPAR import_as_names(L) COMMA RPAR(R).  { A = mpy_build_import_targets(p, L, &R, NULL); }
import_as_names(A) ::= import_as_name(B).           { A = mpy_build_vec_one(p, B); }
import_as_names(A) ::= import_as_names(B) COMMA import_as_name(C). { A = mpy_build_vec_push(p, B, C); }
import_as_name(A) ::= NAME(N).                      { A = mpy_build_alias(p, mpy_build_dotted_push(p, NULL, &N), NULL); }
import_as_name(A) ::= NAME(N) AS NAME(M).           { A = mpy_build_alias(p, mpy_build_dotted_push(p, NULL, &N), &M); }

/* ----------------------------------------------------- compound statements */

compound_stmt(A) ::= if_stmt(B).                    { A = B; }
compound_stmt(A) ::= WHILE(T) namedexpr(C) COLON block(B).
                                                    { A = mpy_build_while(p, &T, C, B, NULL); }
compound_stmt(A) ::= WHILE(T) namedexpr(C) COLON block(B) ELSE COLON block(E).
                                                    { A = mpy_build_while(p, &T, C, B, E); }
compound_stmt(A) ::= FOR(T) for_targets(X) IN star_exprs(I) COLON block(B).
                                                    { A = mpy_build_for(p, &T, X, I, B, NULL); }
compound_stmt(A) ::= FOR(T) for_targets(X) IN star_exprs(I) COLON block(B) ELSE COLON block(E).
                                                    { A = mpy_build_for(p, &T, X, I, B, E); }
compound_stmt(A) ::= try_stmt(B).                   { A = B; }
compound_stmt(A) ::= WITH(T) with_items(I) COLON block(B).
                                                    { A = mpy_build_with(p, &T, I, B); }
compound_stmt(A) ::= WITH(T) WITH_LPAR with_items(I) RPAR COLON block(B).
                                                    { A = mpy_build_with(p, &T, I, B); }
compound_stmt(A) ::= WITH(T) WITH_LPAR with_items(I) COMMA RPAR COLON block(B).
                                                    { A = mpy_build_with(p, &T, I, B); }
compound_stmt(A) ::= funcdef(B).                    { A = B; }
compound_stmt(A) ::= classdef(B).                   { A = B; }
compound_stmt(A) ::= decorators(D) funcdef(B).      { A = mpy_build_decorated(p, D, B); }
compound_stmt(A) ::= decorators(D) classdef(B).     { A = mpy_build_decorated(p, D, B); }

if_stmt(A) ::= IF(T) namedexpr(C) COLON block(B) elif_chain(E). { A = mpy_build_if(p, &T, C, B, E); }
elif_chain(A) ::= .                                 { A = NULL; }
elif_chain(A) ::= ELSE COLON block(B).              { A = B; }
elif_chain(A) ::= ELIF(T) namedexpr(C) COLON block(B) elif_chain(E).
                                                    { A = mpy_build_vec_one(p, mpy_build_if(p, &T, C, B, E)); }

try_stmt(A) ::= TRY(T) COLON block(B) FINALLY COLON block(F).
                                                    { A = mpy_build_try(p, &T, B, NULL, NULL, F); }
try_stmt(A) ::= TRY(T) COLON block(B) handlers(H) try_else(E) try_finally(F).
                                                    { A = mpy_build_try(p, &T, B, H, E, F); }
handlers(A) ::= handler(B).                         { A = mpy_build_vec_one(p, B); }
handlers(A) ::= handlers(B) handler(C).             { A = mpy_build_vec_push(p, B, C); }
handler(A) ::= EXCEPT(T) COLON block(B).            { A = mpy_build_handler(p, &T, NULL, NULL, NULL, B); }
handler(A) ::= EXCEPT(T) expression(E) COLON block(B).
                                                    { A = mpy_build_handler(p, &T, NULL, E, NULL, B); }
handler(A) ::= EXCEPT(T) expression(E) AS NAME(N) COLON block(B).
                                                    { A = mpy_build_handler(p, &T, NULL, E, &N, B); }
handler(A) ::= EXCEPT(T) STAR(S) expression(E) COLON block(B).
                                                    { A = mpy_build_handler(p, &T, &S, E, NULL, B); }
handler(A) ::= EXCEPT(T) STAR(S) expression(E) AS NAME(N) COLON block(B).
                                                    { A = mpy_build_handler(p, &T, &S, E, &N, B); }
try_else(A) ::= .                                   { A = NULL; }
try_else(A) ::= ELSE COLON block(B).                { A = B; }
try_finally(A) ::= .                                { A = NULL; }
try_finally(A) ::= FINALLY COLON block(B).          { A = B; }

with_items(A) ::= with_item(B).                     { A = mpy_build_vec_one(p, B); }
with_items(A) ::= with_items(B) COMMA with_item(C). { A = mpy_build_vec_push(p, B, C); }
with_item(A) ::= expression(E).                     { A = mpy_build_withitem(p, E, NULL); }
with_item(A) ::= expression(E) AS target_item(T).   { A = mpy_build_withitem(p, E, T); }

decorators(A) ::= decorator(B).                     { A = mpy_build_vec_one(p, B); }
decorators(A) ::= decorators(B) decorator(C).       { A = mpy_build_vec_push(p, B, C); }
decorator(A) ::= AT namedexpr(E) NEWLINE.           { A = E; }

funcdef(A) ::= DEF(T) NAME(N) LPAR params(P) RPAR ret_opt(R) COLON block(B).
                                                    { A = mpy_build_funcdef(p, &T, &N, P, R, B); }
ret_opt(A) ::= .                                    { A = NULL; }
ret_opt(A) ::= RARROW expression(E).                { A = E; }

classdef(A) ::= CLASS(T) NAME(N) COLON block(B).    { A = mpy_build_classdef(p, &T, &N, NULL, NULL, B); }
classdef(A) ::= CLASS(T) NAME(N) LPAR RPAR COLON block(B).
                                                    { A = mpy_build_classdef(p, &T, &N, NULL, NULL, B); }
classdef(A) ::= CLASS(T) NAME(N) LPAR arglist(L) RPAR(R) COLON block(B).
                                                    { A = mpy_build_classdef(p, &T, &N, L, &R, B); }
classdef(A) ::= CLASS(T) NAME(N) LPAR arglist(L) COMMA RPAR(R) COLON block(B).
                                                    { A = mpy_build_classdef(p, &T, &N, mpy_build_args_comma(p, L), &R, B); }

/* Parameters are read as a flat list; mpy_build_arguments checks their
 * order with CPython's messages. */
params(A) ::= .                                     { A = NULL; }
params(A) ::= param_list(L).                        { A = L; }
params(A) ::= param_list(L) COMMA.                  { A = L; }
param_list(A) ::= param(B).                         { A = mpy_build_params_push(p, NULL, B); }
param_list(A) ::= param_list(L) COMMA param(B).     { A = mpy_build_params_push(p, L, B); }
param(A) ::= NAME(N).                               { A = mpy_build_param(p, MPY_PARAM_PLAIN, &N, &N, NULL, NULL, NULL); }
param(A) ::= NAME(N) COLON expression(T).           { A = mpy_build_param(p, MPY_PARAM_PLAIN, &N, &N, T, NULL, NULL); }
param(A) ::= NAME(N) EQUAL(Q) expression(D).        { A = mpy_build_param(p, MPY_PARAM_PLAIN, &N, &N, NULL, &Q, D); }
param(A) ::= NAME(N) COLON expression(T) EQUAL(Q) expression(D).
                                                    { A = mpy_build_param(p, MPY_PARAM_PLAIN, &N, &N, T, &Q, D); }
param(A) ::= SLASH(S).                              { A = mpy_build_param(p, MPY_PARAM_SLASH, &S, NULL, NULL, NULL, NULL); }
param(A) ::= STAR(S).                               { A = mpy_build_param(p, MPY_PARAM_STAR, &S, NULL, NULL, NULL, NULL); }
param(A) ::= STAR(S) NAME(N).                       { A = mpy_build_param(p, MPY_PARAM_STAR, &S, &N, NULL, NULL, NULL); }
param(A) ::= STAR(S) NAME(N) COLON expression(T).   { A = mpy_build_param(p, MPY_PARAM_STAR, &S, &N, T, NULL, NULL); }
param(A) ::= STAR(S) NAME(N) COLON STAR(Z) expression(T).
                                                    { A = mpy_build_param(p, MPY_PARAM_STAR, &S, &N, mpy_build_starred(p, &Z, T), NULL, NULL); }
param(A) ::= STAR(S) NAME(N) EQUAL(Q) expression(D). { A = mpy_build_param(p, MPY_PARAM_STAR, &S, &N, NULL, &Q, D); }
param(A) ::= DOUBLESTAR(S) NAME(N).                 { A = mpy_build_param(p, MPY_PARAM_DSTAR, &S, &N, NULL, NULL, NULL); }
param(A) ::= DOUBLESTAR(S) NAME(N) COLON expression(T). { A = mpy_build_param(p, MPY_PARAM_DSTAR, &S, &N, T, NULL, NULL); }
param(A) ::= DOUBLESTAR(S) NAME(N) EQUAL(Q) expression(D). { A = mpy_build_param(p, MPY_PARAM_DSTAR, &S, &N, NULL, &Q, D); }

lparams(A) ::= lparam_list(L).                      { A = L; }
lparams(A) ::= lparam_list(L) COMMA.                { A = L; }
lparam_list(A) ::= lparam(B).                       { A = mpy_build_params_push(p, NULL, B); }
lparam_list(A) ::= lparam_list(L) COMMA lparam(B).  { A = mpy_build_params_push(p, L, B); }
lparam(A) ::= NAME(N).                              { A = mpy_build_param(p, MPY_PARAM_PLAIN, &N, &N, NULL, NULL, NULL); }
lparam(A) ::= NAME(N) EQUAL(Q) expression(D).       { A = mpy_build_param(p, MPY_PARAM_PLAIN, &N, &N, NULL, &Q, D); }
lparam(A) ::= SLASH(S).                             { A = mpy_build_param(p, MPY_PARAM_SLASH, &S, NULL, NULL, NULL, NULL); }
lparam(A) ::= STAR(S).                              { A = mpy_build_param(p, MPY_PARAM_STAR, &S, NULL, NULL, NULL, NULL); }
lparam(A) ::= STAR(S) NAME(N).                      { A = mpy_build_param(p, MPY_PARAM_STAR, &S, &N, NULL, NULL, NULL); }
lparam(A) ::= STAR(S) NAME(N) EQUAL(Q) expression(D). { A = mpy_build_param(p, MPY_PARAM_STAR, &S, &N, NULL, &Q, D); }
lparam(A) ::= DOUBLESTAR(S) NAME(N).                { A = mpy_build_param(p, MPY_PARAM_DSTAR, &S, &N, NULL, NULL, NULL); }
lparam(A) ::= DOUBLESTAR(S) NAME(N) EQUAL(Q) expression(D). { A = mpy_build_param(p, MPY_PARAM_DSTAR, &S, &N, NULL, &Q, D); }

/* ------------------------------------------------------------ expressions */

star_exprs_or_yield(A) ::= star_exprs(E).           { A = E; }
star_exprs_or_yield(A) ::= yield_expr(E).           { A = E; }

star_exprs(A) ::= star_expr_list(L).                { A = mpy_build_tuple_or_item(p, L, NULL); }
star_exprs(A) ::= star_expr_list(L) COMMA(C).       { A = mpy_build_tuple_or_item(p, L, &C); }
star_expr_list(A) ::= star_expr(E).                 { A = mpy_build_exprs_push(p, NULL, E); }
star_expr_list(A) ::= star_expr_list(L) COMMA star_expr(E). { A = mpy_build_exprs_push(p, L, E); }
star_expr(A) ::= expression(E).                     { A = E; }
star_expr(A) ::= STAR(S) bitwise_or(E).             { A = mpy_build_starred(p, &S, E); }

star_named_list(A) ::= star_named(E).               { A = mpy_build_exprs_push(p, NULL, E); }
star_named_list(A) ::= star_named_list(L) COMMA star_named(E). { A = mpy_build_exprs_push(p, L, E); }
star_named(A) ::= namedexpr(E).                     { A = E; }
star_named(A) ::= STAR(S) bitwise_or(E).            { A = mpy_build_starred(p, &S, E); }

namedexpr(A) ::= expression(E).                     { A = E; }
namedexpr(A) ::= expression(T) COLONEQUAL expression(V). { A = mpy_build_namedexpr(p, T, V); }

yield_expr(A) ::= YIELD(T).                         { A = mpy_build_yield(p, &T, NULL, false); }
yield_expr(A) ::= YIELD(T) star_exprs(E).           { A = mpy_build_yield(p, &T, E, false); }
yield_expr(A) ::= YIELD(T) FROM expression(E).      { A = mpy_build_yield(p, &T, E, true); }

expression(A) ::= disjunction(B).                   { A = B; }
expression(A) ::= disjunction(B) IF disjunction(C) ELSE expression(D). { A = mpy_build_ifexp(p, C, B, D); }
expression(A) ::= lambdef(B).                       { A = B; }
lambdef(A) ::= LAMBDA(T) COLON expression(B).       { A = mpy_build_lambda(p, &T, NULL, B); }
lambdef(A) ::= LAMBDA(T) lparams(P) COLON expression(B). { A = mpy_build_lambda(p, &T, P, B); }

disjunction(A) ::= conjunction(B).                  { A = B; }
disjunction(A) ::= or_chain(L).                     { A = mpy_build_boolop(p, AST_Or, L); }
or_chain(A) ::= conjunction(B) OR conjunction(C).   { A = mpy_build_exprs_two(p, B, C); }
or_chain(A) ::= or_chain(L) OR conjunction(C).      { A = mpy_build_exprs_push(p, L, C); }
conjunction(A) ::= inversion(B).                    { A = B; }
conjunction(A) ::= and_chain(L).                    { A = mpy_build_boolop(p, AST_And, L); }
and_chain(A) ::= inversion(B) AND inversion(C).     { A = mpy_build_exprs_two(p, B, C); }
and_chain(A) ::= and_chain(L) AND inversion(C).     { A = mpy_build_exprs_push(p, L, C); }
inversion(A) ::= NOT(T) inversion(B).               { A = mpy_build_unary(p, &T, AST_Not, B); }
inversion(A) ::= comparison(B).                     { A = B; }

comparison(A) ::= bitwise_or(B).                    { A = B; }
comparison(A) ::= compare_chain(C).                 { A = mpy_build_compare(p, C); }
compare_chain(A) ::= bitwise_or(L) comp_op(O) bitwise_or(R). { A = mpy_build_compare_push(p, NULL, L, O, R); }
compare_chain(A) ::= compare_chain(C) comp_op(O) bitwise_or(R). { A = mpy_build_compare_push(p, C, NULL, O, R); }
comp_op(O) ::= EQEQUAL.         { O = AST_Eq; }
comp_op(O) ::= NOTEQUAL.        { O = AST_NotEq; }
comp_op(O) ::= LESS.            { O = AST_Lt; }
comp_op(O) ::= LESSEQUAL.       { O = AST_LtE; }
comp_op(O) ::= GREATER.         { O = AST_Gt; }
comp_op(O) ::= GREATEREQUAL.    { O = AST_GtE; }
comp_op(O) ::= IN.              { O = AST_In; }
comp_op(O) ::= NOT IN.          { O = AST_NotIn; }
comp_op(O) ::= IS.              { O = AST_Is; }
comp_op(O) ::= IS NOT.          { O = AST_IsNot; }

bitwise_or(A) ::= bitwise_or(B) VBAR bitwise_xor(C).       { A = mpy_build_binop(p, B, AST_BitOr, C); }
bitwise_or(A) ::= bitwise_xor(B).                          { A = B; }
bitwise_xor(A) ::= bitwise_xor(B) CIRCUMFLEX bitwise_and(C). { A = mpy_build_binop(p, B, AST_BitXor, C); }
bitwise_xor(A) ::= bitwise_and(B).                         { A = B; }
bitwise_and(A) ::= bitwise_and(B) AMPER shift_expr(C).     { A = mpy_build_binop(p, B, AST_BitAnd, C); }
bitwise_and(A) ::= shift_expr(B).                          { A = B; }
shift_expr(A) ::= shift_expr(B) LEFTSHIFT sum(C).          { A = mpy_build_binop(p, B, AST_LShift, C); }
shift_expr(A) ::= shift_expr(B) RIGHTSHIFT sum(C).         { A = mpy_build_binop(p, B, AST_RShift, C); }
shift_expr(A) ::= sum(B).                                  { A = B; }
sum(A) ::= sum(B) PLUS term(C).                            { A = mpy_build_binop(p, B, AST_Add, C); }
sum(A) ::= sum(B) MINUS term(C).                           { A = mpy_build_binop(p, B, AST_Sub, C); }
sum(A) ::= term(B).                                        { A = B; }
term(A) ::= term(B) STAR factor(C).                        { A = mpy_build_binop(p, B, AST_Mult, C); }
term(A) ::= term(B) SLASH factor(C).                       { A = mpy_build_binop(p, B, AST_Div, C); }
term(A) ::= term(B) DOUBLESLASH factor(C).                 { A = mpy_build_binop(p, B, AST_FloorDiv, C); }
term(A) ::= term(B) PERCENT factor(C).                     { A = mpy_build_binop(p, B, AST_Mod, C); }
term(A) ::= term(B) AT factor(C).                          { A = mpy_build_binop(p, B, AST_MatMult, C); }
term(A) ::= factor(B).                                     { A = B; }
factor(A) ::= PLUS(T) factor(B).                           { A = mpy_build_unary(p, &T, AST_UAdd, B); }
factor(A) ::= MINUS(T) factor(B).                          { A = mpy_build_unary(p, &T, AST_USub, B); }
factor(A) ::= TILDE(T) factor(B).                          { A = mpy_build_unary(p, &T, AST_Invert, B); }
factor(A) ::= power(B).                                    { A = B; }
power(A) ::= primary(B) DOUBLESTAR factor(C).              { A = mpy_build_binop(p, B, AST_Pow, C); }
power(A) ::= primary(B).                                   { A = B; }

primary(A) ::= primary(B) DOT NAME(N).                     { A = mpy_build_attribute(p, B, &N); }
primary(A) ::= primary(B) LPAR(L) RPAR(R).                 { A = mpy_build_call(p, B, &L, NULL, &R); }
primary(A) ::= primary(B) LPAR(L) arglist(G) RPAR(R).      { A = mpy_build_call(p, B, &L, G, &R); }
primary(A) ::= primary(B) LPAR(L) arglist(G) COMMA RPAR(R). { A = mpy_build_call(p, B, &L, mpy_build_args_comma(p, G), &R); }
primary(A) ::= primary(B) LSQB slices(S) RSQB(R).          { A = mpy_build_subscript(p, B, S, &R); }
primary(A) ::= atom(B).                                    { A = B; }

atom(A) ::= NAME(T).                { A = mpy_build_name(p, &T); }
atom(A) ::= TRUE(T).                { A = mpy_build_singleton(p, &T, AST_CONST_TRUE); }
atom(A) ::= FALSE(T).               { A = mpy_build_singleton(p, &T, AST_CONST_FALSE); }
atom(A) ::= NONE(T).                { A = mpy_build_singleton(p, &T, AST_CONST_NONE); }
atom(A) ::= ELLIPSIS(T).            { A = mpy_build_singleton(p, &T, AST_CONST_ELLIPSIS); }
atom(A) ::= NUMBER(T).              { A = mpy_build_number(p, &T); }
atom(A) ::= strings(S).             { A = mpy_build_strings(p, S); }
atom(A) ::= LPAR(L) RPAR(R).        { A = mpy_build_paren(p, &L, NULL, NULL, &R); }
atom(A) ::= LPAR(L) yield_expr(E) RPAR(R).            { A = mpy_build_paren_yield(p, &L, E, &R); }
atom(A) ::= LPAR(L) star_named_list(E) RPAR(R).       { A = mpy_build_paren(p, &L, E, NULL, &R); }
atom(A) ::= LPAR(L) star_named_list(E) COMMA(C) RPAR(R). { A = mpy_build_paren(p, &L, E, &C, &R); }
atom(A) ::= LPAR(L) namedexpr(E) comp_for(G) RPAR(R). { A = mpy_build_genexp(p, &L, E, G, &R); }
atom(A) ::= LSQB(L) RSQB(R).                          { A = mpy_build_list(p, &L, NULL, &R); }
atom(A) ::= LSQB(L) star_named_list(E) RSQB(R).       { A = mpy_build_list(p, &L, E, &R); }
atom(A) ::= LSQB(L) star_named_list(E) COMMA RSQB(R). { A = mpy_build_list(p, &L, E, &R); }
atom(A) ::= LSQB(L) namedexpr(E) comp_for(G) RSQB(R). { A = mpy_build_listcomp(p, &L, E, G, &R); }
atom(A) ::= LBRACE(L) RBRACE(R).                      { A = mpy_build_dict(p, &L, NULL, &R); }
atom(A) ::= LBRACE(L) dict_list(D) RBRACE(R).         { A = mpy_build_dict(p, &L, D, &R); }
atom(A) ::= LBRACE(L) dict_list(D) COMMA RBRACE(R).   { A = mpy_build_dict(p, &L, D, &R); }
atom(A) ::= LBRACE(L) star_named_list(E) RBRACE(R).   { A = mpy_build_set(p, &L, E, &R); }
atom(A) ::= LBRACE(L) star_named_list(E) COMMA RBRACE(R). { A = mpy_build_set(p, &L, E, &R); }
atom(A) ::= LBRACE(L) namedexpr(E) comp_for(G) RBRACE(R). { A = mpy_build_setcomp(p, &L, E, G, &R); }
atom(A) ::= LBRACE(L) expression(K) COLON expression(V) comp_for(G) RBRACE(R).
                                                      { A = mpy_build_dictcomp(p, &L, K, V, G, &R); }

strings(A) ::= STRING(T).                   { A = mpy_build_strings_push(p, NULL, &T); }
strings(A) ::= strings(B) STRING(T).        { A = mpy_build_strings_push(p, B, &T); }

dict_list(A) ::= dict_item(B).              { A = mpy_build_dict_push(p, NULL, B); }
dict_list(A) ::= dict_list(L) COMMA dict_item(B). { A = mpy_build_dict_push(p, L, B); }
dict_item(A) ::= expression(K) COLON expression(V). { A = mpy_build_dict_item(p, K, V); }
dict_item(A) ::= DOUBLESTAR bitwise_or(V).  { A = mpy_build_dict_item(p, NULL, V); }

/* Call arguments, read as a flat list; mpy_build_call checks their order. */
arglist(A) ::= argument(B).                 { A = mpy_build_args_push(p, NULL, B); }
arglist(A) ::= arglist(L) COMMA argument(B). { A = mpy_build_args_push(p, L, B); }
argument(A) ::= namedexpr(E).               { A = mpy_build_arg(p, MPY_ARG_POSITIONAL, NULL, NULL, E, NULL); }
argument(A) ::= namedexpr(E) comp_for(G).   { A = mpy_build_arg(p, MPY_ARG_GENEXP, NULL, NULL, E, G); }
argument(A) ::= expression(K) EQUAL(Q) expression(V). { A = mpy_build_arg(p, MPY_ARG_KEYWORD, K, &Q, V, NULL); }
argument(A) ::= STAR(S) expression(E).      { A = mpy_build_arg_star(p, MPY_ARG_STAR, &S, E); }
argument(A) ::= DOUBLESTAR(S) expression(E). { A = mpy_build_arg_star(p, MPY_ARG_DSTAR, &S, E); }

slices(A) ::= slice_seq(L).                 { A = mpy_build_slices(p, L, NULL); }
slices(A) ::= slice_seq(L) COMMA(C).        { A = mpy_build_slices(p, L, &C); }
slice_seq(A) ::= slice_item(B).             { A = mpy_build_exprs_push(p, NULL, B); }
slice_seq(A) ::= slice_seq(L) COMMA slice_item(B). { A = mpy_build_exprs_push(p, L, B); }
slice_item(A) ::= slice(B).                 { A = B; }
slice_item(A) ::= STAR(S) expression(E).    { A = mpy_build_starred(p, &S, E); }
slice(A) ::= namedexpr(E).                  { A = E; }
slice(A) ::= slice_opt(L) COLON(C) slice_opt(U). { A = mpy_build_slice(p, L, &C, U, NULL, NULL); }
slice(A) ::= slice_opt(L) COLON(C) slice_opt(U) COLON(D) slice_opt(S).
                                            { A = mpy_build_slice(p, L, &C, U, &D, S); }
slice_opt(A) ::= .                          { A = NULL; }
slice_opt(A) ::= expression(E).             { A = E; }

comp_for(A) ::= FOR(F) for_targets(T) IN disjunction(I). { A = mpy_build_comp_start(p, &F, mpy_build_comprehension(p, T, I)); }
comp_for(A) ::= comp_for(B) FOR for_targets(T) IN disjunction(I). { A = mpy_build_vec_push(p, B, mpy_build_comprehension(p, T, I)); }
comp_for(A) ::= comp_for(B) IF disjunction(C). { A = mpy_build_comp_if(p, B, C); }

for_targets(A) ::= target_list(L).          { A = mpy_build_targets(p, L, NULL); }
for_targets(A) ::= target_list(L) COMMA(C). { A = mpy_build_targets(p, L, &C); }
target_list(A) ::= target_item(B).          { A = mpy_build_exprs_push(p, NULL, B); }
target_list(A) ::= target_list(L) COMMA target_item(B). { A = mpy_build_exprs_push(p, L, B); }
target_item(A) ::= bitwise_or(E).           { A = E; }
target_item(A) ::= STAR(S) bitwise_or(E).   { A = mpy_build_starred(p, &S, E); }
